// Maija files a rectification of her phone number with restriction meanwhile, makes a
// complaint, and reads the route to the Data Protection Ombudsman — without and with
// JavaScript. A wrong phone number is answered beside the field with what was typed
// kept. Every request page passes axe in every language at phone and laptop size.
const { test, expect } = require('@playwright/test');
const { LANGS, VIEWPORTS, useLanguage, axeViolations, screenshot, signIn } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };
const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with' : 'without';
  test(`Maija asks to correct her phone number, complains, and finds the Ombudsman ${mode} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, MAIJA);
    await page.getByRole('link', { name: 'Pyynnöt', exact: true }).click();
    await expect(page).toHaveURL(/\/oma\/pyynnot$/);
    await page.getByRole('link', { name: 'Tietojen oikaisu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tietojen oikaisu' })).toBeVisible();

    // The field to correct, with its current value beside it.
    const phone = page.getByRole('radio', { name: 'Puhelinnumero' });
    await expect(page.locator('.choice').filter({ hasText: 'Puhelinnumero' })).toContainText('Nyt: 0');
    await phone.check();
    const proposed = page.getByLabel('Oikea arvo');
    const reason = page.getByLabel('Miksi nykyinen tieto on väärin?');
    await expect(page.getByText(/Enintään 4.000 merkkiä/).first()).toBeVisible();
    // A mistyped number: the exact problem beside the field, nothing lost.
    await proposed.fill('40 765 4321');
    await reason.fill(`Vaihdoin numeroa (${mode} JS).`);
    await page.getByRole('checkbox', { name: /Rajoita tietojeni käsittelyä/ }).check();
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tarkista tiedot' });
    await expect(summary).toContainText('Aloita numero nollalla');
    await expect(page).toHaveTitle(/^Virhe: /);
    await expect(proposed).toHaveValue('40 765 4321');
    await expect(proposed).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toHaveValue(`Vaihdoin numeroa (${mode} JS).`);
    await expect(phone).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Rajoita tietojeni käsittelyä/ })).toBeChecked();
    // The summary's link leads to the field.
    await summary.getByRole('link').click();
    await expect(page).toHaveURL(/#proposed$/);
    await proposed.fill('040 765 4321');
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();

    // The receipt: reference, when received, when due.
    await expect(page).toHaveURL(/\/oma\/pyynnot\/TN-\d{4}-\d{6}\?kuitti=1#kuitti$/);
    const receipt = page.getByRole('status').filter({ hasText: 'Pyyntö vastaanotettu' });
    await expect(receipt).toContainText(/Viitenumero TN-\d{4}-\d{6}\. Vastaanotettu .* Vastaamme viimeistään \d+\.\d+\.\d{4}\./);
    const reference = page.url().match(/TN-\d{4}-\d{6}/)[0];
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Tietojen oikaisu ${reference}`);
    await expect(page.locator('dl.facts').first()).toContainText('Vastaanotettu');
    await expect(page.locator('dl.facts').first()).toContainText('päivää jäljellä');
    await expect(page.locator('dl.facts').first()).toContainText('Pyydetty, kunnes pyyntö on ratkaistu');
    await expect(page.locator('dl.facts').nth(1)).toContainText('0407654321');
    await expect(page.locator('.timeline')).toContainText('Pyysit käsittelyn rajoittamista');

    // A complaint, and beside it the route to the Ombudsman.
    await page.getByRole('link', { name: 'Pyynnöt', exact: true }).first().click();
    await page.getByRole('link', { name: 'Valitus tietojesi käsittelystä' }).click();
    await page.getByLabel('Mitä tapahtui?').fill('Sain markkinointiviestin, vaikka olin kieltänyt sen. <script>alert(1)</script>');
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Pyyntö vastaanotettu' })).toBeVisible();
    await expect(page.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
    const complaint = page.url().match(/TN-\d{4}-\d{6}/)[0];

    // The list shows both, newest first.
    await page.goto('/oma/pyynnot');
    const rows = page.getByRole('table', { name: 'Pyyntösi, uusin ensin' }).locator('tbody tr');
    await expect(rows.filter({ hasText: complaint })).toContainText('Vastaanotettu');
    await expect(rows.filter({ hasText: reference })).toContainText('Tietojen oikaisu');

    // The Ombudsman: what it is, where, and a summary to copy or download.
    await page.getByRole('link', { name: 'Miten valitus tehdään, ja yhteenveto asiastasi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Valitus tietosuojavaltuutetulle' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Tietosuojavaltuutetun toimisto \(tietosuoja\.fi\)/ })).toHaveAttribute('href', 'https://tietosuoja.fi');
    const text = page.getByLabel('Yhteenveto', { exact: true });
    await expect(text).toHaveValue(new RegExp(`${reference} – Tietojen oikaisu`));
    await expect(text).toHaveValue(new RegExp(`${complaint} – Valitus tietojesi käsittelystä`));
    await expect(text).toHaveValue(/Asiakasnumeroni: 100001/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lataa yhteenveto (teksti)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tietosuoja-yhteenveto-\d{4}-\d{2}-\d{2}\.txt$/);
    await context.close();
  });
}

test('Maija withdraws a question she no longer needs answered', async ({ page }) => {
  await signIn(page, MAIJA);
  await page.goto('/oma/pyynnot/uusi/kysymys');
  await page.getByLabel('Kysymyksesi').fill('Kuinka kauan laskuni säilytetään?');
  await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pyyntö vastaanotettu' })).toBeVisible();
  await page.getByLabel('Uusi viesti').fill('Löysin vastauksen itse.');
  await page.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Viestisi on lähetetty' })).toBeVisible();
  await expect(page.locator('.message')).toContainText('Löysin vastauksen itse.');
  await page.getByRole('button', { name: 'Peru pyyntö' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Peruit pyynnön' })).toBeVisible();
  await expect(page.locator('dl.facts').first()).toContainText('Peruttu');
  await expect(page.getByRole('button', { name: 'Peru pyyntö' })).toHaveCount(0);
  await expect(page.getByLabel('Uusi viesti')).toHaveCount(0);
});

// Every page of the requests journey, in every language at both sizes, as Matti.
test.describe('request pages pass axe', () => {
  let reference;
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signIn(page, MATTI);
    await page.goto('/oma/pyynnot/uusi/kysymys');
    await page.getByLabel('Kysymyksesi').fill('Mihin tietojani käytetään?');
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await page.waitForURL(/kuitti=1#kuitti$/);
    reference = page.url().match(/TN-\d{4}-\d{6}/)[0];
    await page.close();
  });

  const pages = () => [
    ['list', '/oma/pyynnot'],
    ['request', `/oma/pyynnot/${reference}?kuitti=1`],
    ['rectification', '/oma/pyynnot/uusi/oikaisu'],
    ['rectification-error', null],
    ['erasure', '/oma/pyynnot/uusi/poisto'],
    ['restriction', '/oma/pyynnot/uusi/rajoitus'],
    ['objection', '/oma/pyynnot/uusi/vastustus'],
    ['complaint', '/oma/pyynnot/uusi/valitus'],
    ['ombudsman', '/oma/tietosuojavaltuutettu'],
  ];
  for (const lang of LANGS) {
    for (const vp of VIEWPORTS) {
      test(`in ${lang} at ${vp.width}x${vp.height}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
        const page = await context.newPage();
        await signIn(page, MATTI);
        await useLanguage(context, baseURL, lang);
        for (const [name, path] of pages()) {
          if (path) {
            await page.goto(path);
          } else {
            // The rectification form after a failed submit: errors in the summary and
            // beside the fields.
            await page.goto('/oma/pyynnot/uusi/oikaisu');
            await page.locator('main form button[type="submit"]').click();
            await expect(page.locator('.error-summary')).toBeVisible();
          }
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expect(page.locator('h1')).toHaveCount(1);
          expect(await axeViolations(page), `${name} in ${lang}`).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
          await screenshot(page, `requests-${name}-${lang}-${vp.name}`);
        }
        await context.close();
      });
    }
  }
});
