// Maija withdraws a consent and objects to SMS marketing, with and without JavaScript,
// and sees the receipt and the history. The page passes axe in every language at phone
// and laptop size.
const { test, expect } = require('@playwright/test');
const { LANGS, VIEWPORTS, useLanguage, axeViolations, screenshot, signIn, tietoni } = require('./support');

// Each run gets a customer of its own (activated here), so parallel runs never race
// for the same consents.
async function freshCustomer(page, number) {
  const code = tietoni(['activation-code', number]);
  const login = `luvat-${number}@example.fi`;
  const password = 'Keltainen kuu nousee järven yllä';
  await page.goto('/aktivoi');
  await page.getByLabel('Asiakasnumero').fill(number);
  await page.getByLabel('Aktivointikoodi').fill(code);
  await page.getByLabel('Sähköpostiosoite').fill(login);
  await page.getByLabel('Uusi salasana').fill(password);
  await page.getByRole('button', { name: 'Ota tunnus käyttöön' }).click();
  await expect(page).toHaveURL(/\/oma$/);
}

for (const [javaScriptEnabled, number] of [
  [true, '200020'],
  [false, '200021'],
]) {
  test(`a customer withdraws a consent and objects to SMS marketing ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await freshCustomer(page, number);
    await page.getByRole('link', { name: 'Markkinointiluvat ja -kiellot' }).click();
    await expect(page).toHaveURL(/\/oma\/luvat$/);
    // Market research by email: given first if the register has no consent for it (the
    // demo register gives some customers consents), then withdrawn; one button each.
    // With JavaScript the change happens in place: no reload, focus stays on the button.
    await page.evaluate(() => {
      window.__samePage = true;
    }).catch(() => {});
    const receipt = (text) => page.getByRole('status').filter({ hasText: text });
    const give = page.getByRole('button', { name: 'Anna: Mielipide- ja markkinatutkimukset, sähköposti' });
    let made = 1;
    if ((await give.count()) > 0) {
      await give.click();
      await expect(receipt('Annoit suostumuksen: Mielipide- ja markkinatutkimukset, sähköposti')).toBeVisible();
      made = 2;
    }
    const withdraw = page.getByRole('button', { name: 'Peru: Mielipide- ja markkinatutkimukset, sähköposti' });
    await withdraw.click();
    await expect(receipt('Peruit suostumuksen: Mielipide- ja markkinatutkimukset, sähköposti')).toBeVisible();
    if (javaScriptEnabled) {
      await expect(page.getByRole('button', { name: 'Anna: Mielipide- ja markkinatutkimukset, sähköposti' })).toBeFocused();
      expect(await page.evaluate(() => window.__samePage)).toBe(true);
      await page.reload();
    }
    // Object to SMS marketing: a prohibition, separate from the consents.
    const objection = page.getByRole('table', { name: 'Suoramarkkinointikiellot kanavittain' });
    await objection.getByRole('button', { name: 'Kiellä suoramarkkinointi: tekstiviesti' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kielsit suoramarkkinoinnin: Tekstiviesti' })).toBeVisible();
    await expect(objection.getByRole('row', { name: /Tekstiviesti/ })).toContainText('Kielletty');
    // The history shows every event, newest first: the ones made here on top.
    const history = page.getByRole('table', { name: 'Suostumukset ja niiden peruutukset' });
    await expect(history.locator('tbody tr', { hasText: 'Tietoni-palvelu' })).toHaveCount(made);
    await expect(history.locator('tbody tr').first()).toContainText('Peruttu');
    await expect(page.getByRole('table', { name: 'Suoramarkkinointikiellot', exact: true })).toContainText('Kielletty');
    await context.close();
  });
}

for (const lang of LANGS) {
  for (const vp of VIEWPORTS) {
    test(`the permissions page in ${lang} at ${vp.width}x${vp.height} passes axe`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const page = await context.newPage();
      await signIn(page, { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' });
      await useLanguage(context, baseURL, lang);
      await page.goto('/oma/luvat');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `consents-${lang}-${vp.name}`);
      await context.close();
    });
  }
}
