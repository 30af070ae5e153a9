// Maija withdraws a consent and objects to SMS marketing, with and without JavaScript,
// and sees the receipt and the history. The page passes axe in every language at phone
// and laptop size.
const { test, expect } = require('@playwright/test');
const { LANGS, VIEWPORTS, useLanguage, axeViolations, screenshot, signIn, waitForIslands } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };

// Maija's permissions change only here; the two modes run one after the other so they
// never race for the same consent.
test('Maija withdraws a consent and objects to SMS marketing, without and with JavaScript', async ({ browser }) => {
  for (const [javaScriptEnabled, channel] of [
    [false, 'sähköposti'],
    [true, 'tekstiviesti'],
  ]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, MAIJA);
    await page.getByRole('link', { name: 'Markkinointiluvat ja -kiellot' }).click();
    await expect(page).toHaveURL(/\/oma\/luvat$/);
    if (javaScriptEnabled) await waitForIslands(page);
    await page.evaluate(() => {
      window.__samePage = true;
    }).catch(() => {});
    const receipt = (text) => page.getByRole('status').filter({ hasText: text });
    // Market research: given in the demo register; one button withdraws it.
    const what = `Mielipide- ja markkinatutkimukset, ${channel}`;
    await page.getByRole('button', { name: `Peru: ${what}` }).click();
    await expect(receipt(`Peruit suostumuksen: ${what}`)).toBeVisible();
    if (javaScriptEnabled) {
      // In place: no reload, focus on the same button, which now gives it back.
      await expect(page.getByRole('button', { name: `Anna: ${what}` })).toBeFocused();
      expect(await page.evaluate(() => window.__samePage)).toBe(true);
      await page.reload();
      await waitForIslands(page);
      await page.evaluate(() => {
        window.__samePage = true;
      });
    }
    // Object to SMS marketing: a prohibition, separate from the consents.
    const objection = page.getByRole('table', { name: 'Suoramarkkinointikiellot kanavittain' });
    const lift = objection.getByRole('button', { name: 'Poista kielto: tekstiviesti' });
    if ((await lift.count()) > 0) {
      await lift.click();
      await expect(receipt('Poistit suoramarkkinointikiellon: Tekstiviesti')).toBeVisible();
    }
    await objection.getByRole('button', { name: 'Kiellä suoramarkkinointi: tekstiviesti' }).click();
    await expect(receipt('Kielsit suoramarkkinoinnin: Tekstiviesti')).toBeVisible();
    await expect(objection.getByRole('row', { name: /Tekstiviesti/ })).toContainText('Kielletty');
    if (javaScriptEnabled) {
      await expect(objection.getByRole('button', { name: 'Poista kielto: tekstiviesti' })).toBeFocused();
      expect(await page.evaluate(() => window.__samePage)).toBe(true);
      await page.reload();
    }
    // The history shows the change, newest first.
    const history = page.getByRole('table', { name: 'Suostumukset ja niiden peruutukset' });
    await expect(history.locator('tbody tr').first()).toContainText('Peruttu');
    await expect(history.locator('tbody tr').first()).toContainText('Tietoni-palvelu');
    await expect(page.getByRole('table', { name: 'Suoramarkkinointikiellot', exact: true }).locator('tbody tr').first()).toContainText('Kielletty');
    // The purposes resting on legitimate interest, each open to objection by a request.
    const objectable = page.getByRole('table', { name: 'Käyttötarkoitukset, joita voit vastustaa' });
    await expect(objectable.getByRole('row', { name: /Yrityksen toiminnan suunnittelu ja tilastointi/ })).toContainText('ElmoNetin oikeutettu etu');
    await expect(page.getByRole('link', { name: 'Vastusta käsittelyä' })).toHaveAttribute('href', '/oma/pyynnot/uusi/vastustus');
    await context.close();
  }
});

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

// On a phone the consents come grouped by purpose, each channel a line with its state and
// one button (was a card per purpose × channel, and the page 9 657 px tall at 360 px).
test('on a 360 px phone the consents are grouped by purpose, a line per channel', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await signIn(page, { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' });
  await page.goto('/oma/luvat');
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Suostumuksesi' }) });
  const purposes = section.getByRole('heading', { level: 3 });
  await expect(purposes.first()).toBeVisible();
  const names = await purposes.allTextContents();
  expect(new Set(names).size, 'each purpose once').toBe(names.length);
  // Each purpose's list is named by its heading and holds one button per channel.
  const first = section.getByRole('list', { name: names[0] });
  const lines = await first.getByRole('listitem').count();
  expect(lines).toBeGreaterThan(1);
  await expect(first.getByRole('button')).toHaveCount(lines);
  // A line is about two lines of text tall, not a card of five.
  const tallest = await first.getByRole('listitem').evaluateAll((items) => Math.max(...items.map((li) => li.getBoundingClientRect().height)));
  expect(tallest).toBeLessThan(110);
  await context.close();
});
