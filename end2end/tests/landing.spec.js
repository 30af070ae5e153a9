// The landing page: the register described from its data file, usable with and without
// JavaScript, by keyboard, in three languages.
const { test, expect } = require('@playwright/test');

const CATEGORIES_FI = [
  'Perustiedot',
  'Tehtävä yritysasiakkaan palveluksessa',
  'Sopimukset, tilaukset ja palvelut',
  'Laskutus ja perintä',
  'IP-osoitteet',
  'Muut antamasi tiedot',
  'Suoramarkkinointiluvat ja -kiellot',
  'Palveluiden estotiedot',
  'Teletunnistetiedot',
  'Asiakaspalvelupuheluiden tallenteet',
  'Tietojen muutoshistoria',
];

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`the landing page shows the controller and all eleven categories ${mode}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Omat tietosi ElmoNetillä' })).toBeVisible();
    for (const name of CATEGORIES_FI) {
      await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('contentinfo')).toContainText('ElmoNet Oy');
    await expect(page.getByRole('contentinfo')).toContainText('0215655-1');
    // The processing details open without JavaScript.
    const card = page.getByRole('region', { name: 'Laskutus ja perintä' });
    await card.getByText('Käyttötarkoitukset, käsittelyperuste').click();
    await expect(card.getByRole('definition').filter({ hasText: 'Laki velvoittaa säilyttämään' })).toContainText('Kirjanpitolaki (1336/1997)');
    // The retention period and the section of the law it comes from.
    await expect(card.getByText(/Kirjanpitolaki \(1336\/1997\) 2 luvun 10 §: tositteet säilytetään vähintään kuusi vuotta/)).toBeVisible();
    await context.close();
  });

  test(`the language switch changes the language and keeps it ${mode}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Dina uppgifter hos ElmoNet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Svenska' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data at ElmoNet' })).toBeVisible();
    await context.close();
  });
}

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry pääsisältöön' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the landing page raises no errors and loads no script', async ({ page }) => {
  const errors = [];
  const scripts = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => /\.(js|wasm)$/.test(new URL(r.url()).pathname) && scripts.push(r.url()));
  await page.goto('/');
  const css = await page.request.get(await page.locator('link[rel=stylesheet]').getAttribute('href'));
  expect(css.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  expect(scripts).toEqual([]);
});
