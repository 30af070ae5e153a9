// Signing in and out with the demo accounts, with and without JavaScript; the signed-in
// pages (own page, password confirmation) pass axe in every language at phone and
// laptop size.
const { test, expect } = require('@playwright/test');
const {
  LANGS,
  VIEWPORTS,
  DEMO_STAFF_SECRET,
  useLanguage,
  axeViolations,
  screenshot,
  signIn,
  newStaff,
} = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1', name: 'Maija Meikäläinen' };
const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2', name: 'Matti Virtanen' };

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`Maija signs in and out ${mode}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kirjaudu sisään' }).click();
    await expect(page).toHaveURL(/\/kirjaudu$/);
    await signIn(page, MAIJA);
    await expect(page).toHaveURL(/\/oma$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
    await expect(page.getByText(MAIJA.name)).toBeVisible();
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/oma');
    await expect(page).toHaveURL(/\/kirjaudu$/);
    await context.close();
  });

  test(`a wrong password is reported next to the field ${mode}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, { login: MATTI.login, password: 'Vaara-salasana-1' });
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Sähköpostiosoite, asiakasnumero tai salasana on väärin.');
    await expect(page.getByLabel('Sähköpostiosoite tai asiakasnumero')).toHaveAttribute('aria-invalid', 'true');
    // What was typed is kept (the password deliberately is not).
    await expect(page.getByLabel('Sähköpostiosoite tai asiakasnumero')).toHaveValue(MATTI.login);
    await expect(page.getByLabel('Salasana')).toHaveValue('');
    await expect(page).not.toHaveURL(/maija|matti/);
    // axe runs inside the page, so it can scan only where JavaScript runs.
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
    // The summary links to the field.
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Sähköpostiosoite tai asiakasnumero')).toBeFocused();
    await context.close();
  });
}

test('Matti signs in with the keyboard alone', async ({ page }) => {
  await page.goto('/kirjaudu');
  await page.getByLabel('Sähköpostiosoite tai asiakasnumero').focus();
  await page.keyboard.type(MATTI.login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(MATTI.password);
  await page.keyboard.press('Enter');
  await expect(page.getByText(MATTI.name)).toBeVisible();
});

for (const lang of LANGS) {
  for (const vp of VIEWPORTS) {
    test(`the signed-in page in ${lang} at ${vp.width}x${vp.height} passes axe`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const page = await context.newPage();
      await signIn(page, MAIJA);
      await expect(page).toHaveURL(/\/oma$/);
      await useLanguage(context, baseURL, lang);
      await page.reload();
      for (const [path, name] of [
        ['/oma', 'account'],
        ['/vahvista?jatka=/oma', 'reauth'],
        ['/istunnot', 'sessions'],
        ['/oma/salasana', 'password'],
        ['/oma/kaksivaihe', 'second-factor'],
        ['/oma/vienti', 'export'],
      ]) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${name}-${lang}-${vp.name}`);
      }
      await context.close();
    });
  }
}

test('Maija confirms her password and returns where she was', async ({ page }) => {
  await signIn(page, MAIJA);
  await page.goto('/vahvista?jatka=/oma');
  await page.getByLabel('Salasana').fill('Vaara-salasana-9');
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page.getByRole('alert')).toContainText('Salasana on väärin.');
  await page.getByLabel('Salasana').fill(MAIJA.password);
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page).toHaveURL(/\/oma$/);
});

// The demo staff accounts sign in only here (their TOTP steps are used once each), so
// parallel tests never compete for a step.
const DEMO_ACCOUNTS = [
  { ...MAIJA, home: /\/oma$/ },
  { ...MATTI, home: /\/oma$/ },
  { login: 'asiakaspalvelu@example.fi', password: 'Demo-henkilokunta-1', totpSecret: DEMO_STAFF_SECRET, name: 'Asiakaspalvelu (demo)', home: /\/henkilosto$/ },
  { login: 'tietosuoja@example.fi', password: 'Demo-henkilokunta-2', totpSecret: DEMO_STAFF_SECRET, name: 'Tietosuojavastaava (demo)', home: /\/henkilosto$/ },
];

test('every demo account signs in with and without JavaScript', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    for (const who of DEMO_ACCOUNTS) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await signIn(page, who);
      await expect(page).toHaveURL(who.home);
      // The name is shown (staff names also head the demo queue's assignee column).
      await expect(page.getByText(who.name).first()).toBeVisible();
      await context.close();
    }
  }
});

test('a user sees their sign-ins and ends the other ones, without JavaScript', async ({ browser }) => {
  // An account of its own, so parallel tests cannot add sessions to it.
  const DPO = newStaff('dpo');
  const other = await browser.newContext();
  await signIn(await other.newPage(), DPO);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, DPO);
  await page.getByRole('link', { name: 'Kirjautumisesi' }).click();
  const table = page.getByRole('table', { name: 'Voimassa olevat kirjautumiset' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Lopeta kaikki muut kirjautumiset' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('rowheader', { name: 'Tämä laite' })).toBeVisible();
  await context.close();
  await other.close();
});
