// Journeys with the keyboard alone (Tab, Enter, Space): reaching a category of one's
// data, withdrawing a consent, and downloading the package. Focus must be visible and
// land where the journey goes on.
const { test, expect } = require('@playwright/test');
const { waitForIslands } = require('./support');

const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };

/** Presses Tab until `locator` has focus (at most `max` times), checking focus is visible. */
async function tabTo(page, locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) {
      const outline = await locator.evaluate((el) => {
        const s = getComputedStyle(el);
        return s.outlineStyle !== 'none' || s.boxShadow !== 'none';
      });
      expect(outline, 'focus is visible').toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

async function signInWithKeyboard(page, who) {
  await page.goto('/kirjaudu');
  await tabTo(page, page.getByLabel('Sähköpostiosoite tai asiakasnumero'));
  await page.keyboard.type(who.login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/oma$/);
}

test('a category of one\'s data, with the keyboard alone', async ({ page }) => {
  await signInWithKeyboard(page, MATTI);
  await tabTo(page, page.getByRole('link', { name: 'Tietosi', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/oma\/tiedot$/);
  await tabTo(page, page.getByRole('link', { name: 'Tehtävä yritysasiakkaan palveluksessa' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tehtävä yritysasiakkaan palveluksessa' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('toimitusjohtaja');
});

test('withdrawing a consent with the keyboard alone keeps focus on the control', async ({ page }) => {
  await signInWithKeyboard(page, MATTI);
  await page.goto('/oma/luvat');
  await waitForIslands(page);
  const withdraw = page.getByRole('button', { name: 'Peru: Etämyynti, puhelin' });
  await tabTo(page, withdraw);
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Peruit suostumuksen: Etämyynti, puhelin' })).toBeVisible();
  const giveBack = page.getByRole('button', { name: 'Anna: Etämyynti, puhelin' });
  await expect(giveBack).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Annoit suostumuksen: Etämyynti, puhelin' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Peru: Etämyynti, puhelin' })).toBeFocused();
});

test('downloading the package with the keyboard alone', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signInWithKeyboard(page, MATTI);
  await page.goto('/oma/vienti');
  await tabTo(page, page.getByRole('link', { name: 'Lataa tiedot (JSON)' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vahvista/);
  await tabTo(page, page.getByLabel('Salasana'));
  await page.keyboard.type(MATTI.password);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tietoni-100002-/);
  await context.close();
});

test('filing a request with the keyboard alone lands on its receipt', async ({ page }) => {
  await signInWithKeyboard(page, MATTI);
  await tabTo(page, page.getByRole('link', { name: 'Pyynnöt', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/oma\/pyynnot$/);
  await tabTo(page, page.getByRole('link', { name: 'Kysymys tietosuojavastaavalle' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Kysymyksesi'));
  await page.keyboard.type('Kenelle tietojani on luovutettu?');
  // An objection form's choices are reached and ticked with Space the same way; here
  // the one button sends.
  await tabTo(page, page.getByRole('button', { name: 'Lähetä pyyntö' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?kuitti=1#kuitti$/);
  await expect(page.getByRole('status').filter({ hasText: 'Pyyntö vastaanotettu' })).toBeVisible();
  await expect(page.locator('#kuitti')).toBeInViewport();
});

test('choosing the field to correct with the arrow keys, and fixing an error from the summary', async ({ page }) => {
  await signInWithKeyboard(page, MATTI);
  await page.goto('/oma/pyynnot/uusi/oikaisu');
  await tabTo(page, page.getByRole('radio', { name: 'Etunimi' }));
  // Arrow keys move within a radio group and choose as they go.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Puhelinnumero' })).toBeChecked();
  await tabTo(page, page.getByLabel('Oikea arvo'));
  await page.keyboard.type('12');
  await tabTo(page, page.getByRole('button', { name: 'Lähetä pyyntö' }));
  await page.keyboard.press('Enter');
  const link = page.locator('.error-summary a');
  await expect(link).toContainText('Aloita numero nollalla');
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#proposed$/);
});
