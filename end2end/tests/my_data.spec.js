// "My data": Maija reaches every category, plays a recording, pages through her traffic
// data and narrows it to a date, and reveals her identity code after confirming her
// password; Matti sees his business role. Every data page passes axe in fi/sv/en at
// phone and laptop size.
const { test, expect } = require('@playwright/test');
const { LANGS, VIEWPORTS, useLanguage, axeViolations, screenshot, signIn } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };
const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };
const CATEGORIES = [
  'basic',
  'business_role',
  'contracts',
  'billing',
  'ip_addresses',
  'other_data',
  'marketing_permissions',
  'service_blocks',
  'traffic_data',
  'call_recordings',
  'change_history',
  'portal',
];

for (const javaScriptEnabled of [true, false]) {
  test(`Maija reaches every category of her data ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await signIn(page, MAIJA);
    await page.getByRole('link', { name: 'Tietosi' }).first().click();
    await expect(page).toHaveURL(/\/oma\/tiedot$/);
    const links = page.locator('.category-list a');
    await expect(links).toHaveCount(12);
    for (let i = 0; i < 12; i++) {
      await page.goto('/oma/tiedot');
      const link = page.locator('.category-list a').nth(i);
      const name = await link.innerText();
      await link.click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Miksi ja miten näitä tietoja käsitellään' })).toBeVisible();
    }
    await context.close();
  });
}

test('Maija plays a call recording', async ({ page }) => {
  await signIn(page, MAIJA);
  await page.goto('/oma/tiedot/call_recordings');
  const audio = page.locator('audio').first();
  await expect(audio).toHaveAttribute('controls', '');
  const played = await audio.evaluate(async (a) => {
    a.muted = true;
    await a.play();
    await new Promise((resolve) => setTimeout(resolve, 600));
    a.pause();
    return { time: a.currentTime, duration: a.duration };
  });
  expect(played.time).toBeGreaterThan(0);
  expect(played.duration).toBeGreaterThan(3);
  await expect(page.getByRole('link', { name: 'Lataa tallenne' }).first()).toHaveAttribute('href', /\/oma\/tallenteet\/\d+\?lataa=1$/);
});

test('Maija pages through her traffic data and narrows it to a date, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, MAIJA);
  await page.goto('/oma/tiedot/traffic_data');
  const table = page.getByRole('table', { name: 'Tunnistamistiedot (viestintä), uusin ensin' });
  await expect(table.locator('tbody tr')).toHaveCount(100);
  const firstRow = await table.locator('tbody tr').first().innerText();
  await page.getByRole('link', { name: 'Seuraavat 100 (vanhemmat)' }).click();
  await expect(page).toHaveURL(/jalkeen=\d+/);
  await expect(table.locator('tbody tr')).toHaveCount(100);
  expect(await table.locator('tbody tr').first().innerText()).not.toBe(firstRow);
  await page.getByRole('link', { name: 'Seuraavat 100 (vanhemmat)' }).click();
  // The date of the first row on the third page, as a filter for that one day.
  const when = await table.locator('tbody tr th').first().innerText();
  const [d, m, y] = when.split(' ')[0].split('.');
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  await page.getByLabel('Alkaen (pp.kk.vvvv)').fill(iso);
  await page.getByLabel('Asti (pp.kk.vvvv)').fill(iso);
  await page.getByRole('button', { name: 'Näytä' }).click();
  await expect(page).toHaveURL(new RegExp(`alkaen=${iso}&asti=${iso}`));
  const rows = table.locator('tbody tr th');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const text of await rows.allInnerTexts()) expect(text.startsWith(`${Number(d)}.${Number(m)}.${y}`)).toBe(true);
  await context.close();
});

test('Maija finds what the portal itself holds about her, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, MAIJA);
  await page.goto('/oma/tiedot');
  await page.getByRole('link', { name: /^Tietoni-palvelun tiedot/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tietoni-palvelun tiedot');
  const account = page.getByRole('table', { name: 'Käyttäjätilisi' });
  await expect(account.getByRole('row', { name: /Kirjautumisosoite/ })).toContainText(MAIJA.login);
  await expect(account.getByRole('row', { name: /Toinen tunnistautumisvaihe/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Voimassa olevat istuntosi' }).locator('tbody tr')).not.toHaveCount(0);
  const events = page.getByRole('table', { name: 'Tapahtumat tiedoistasi ja tunnuksellasi, uusin ensin' });
  // This sign-in, by her, is among the newest events; staff looks are there by role.
  await expect(events.getByRole('row', { name: /Kirjautuminen/ }).first()).toContainText('Sinä');
  await expect(page.getByRole('heading', { name: 'Ilmoitukset tietojesi vastaanottajille pyyntöjesi vuoksi' }).or(
    page.getByRole('table', { name: 'Ilmoitukset tietojesi vastaanottajille pyyntöjesi vuoksi' }))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sinulle kirjoitetut viestit, uusin ensin' }).or(
    page.getByRole('table', { name: 'Sinulle kirjoitetut viestit, uusin ensin' }))).toBeVisible();
  await context.close();
});

test('Maija reveals her identity code after confirming her password', async ({ page }) => {
  await signIn(page, MAIJA);
  await page.goto('/oma/tiedot/basic');
  const code = page.getByRole('row', { name: /Henkilötunnus/ });
  await expect(code).toContainText('***');
  await page.getByRole('link', { name: 'Näytä koko henkilötunnus (vaatii salasanan)' }).click();
  await expect(page).toHaveURL(/\/vahvista/);
  await page.getByLabel('Salasana').fill(MAIJA.password);
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page).toHaveURL(/\/oma\/tiedot\/basic\?nayta=1$/);
  await expect(page.getByRole('row', { name: /Henkilötunnus/ })).not.toContainText('***');
  await expect(page.getByRole('row', { name: /Henkilötunnus/ })).toContainText(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/);
});

test('Matti sees his business role', async ({ page }) => {
  await signIn(page, MATTI);
  await page.goto('/oma/tiedot/business_role');
  await expect(page.getByRole('table', { name: 'Tehtäväsi yritysasiakkaiden palveluksessa' })).toContainText('toimitusjohtaja');
});

for (const lang of LANGS) {
  for (const vp of VIEWPORTS) {
    test(`the data pages in ${lang} at ${vp.width}x${vp.height} pass axe and do not scroll sideways`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      const page = await context.newPage();
      await signIn(page, MAIJA);
      await useLanguage(context, baseURL, lang);
      for (const path of ['/oma/tiedot', ...CATEGORIES.map((c) => `/oma/tiedot/${c}`)]) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axeViolations(page), path).toEqual([]);
        if (vp.name === 'phone') {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, path).toBeLessThanOrEqual(0);
        }
        await screenshot(page, `data${path.replace(/\W+/g, '_')}-${lang}-${vp.name}`);
      }
      await context.close();
    });
  }
}
