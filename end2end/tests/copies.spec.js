// A copy of personal data (GDPR Art. 15(3)) from filing to download: a customer asks for
// a copy with their recordings in writing; customer service, without JavaScript, checks
// their identity, listens to a recording, types what was said and prepares the copy; the
// DPO reviews it and gives it; the customer, after confirming their password, reads the
// copy (the transcript in it) and downloads the package. The copy's pages pass axe in
// Finnish, Swedish and English.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, activateAccount, axeViolations, LANGS, useLanguage } = require('./support');

// A register customer of the demo no other spec uses, with a call recording.
const NUMBER = '200037';

test('a copy request goes from filing through preparation and review to the customer downloading it', async ({
  browser,
  baseURL,
}) => {
  // Four people, two signed-in staff sessions with second factors, and axe on each
  // page: a minute on a normal run, past the default 60 s on a machine twice as slow.
  test.setTimeout(180_000);
  const said = `Asiakas kysyi liittymänsä nopeudesta, puhelu ${Math.floor(Math.random() * 1e6)}.`;
  const customer = { login: `kopio-${Date.now()}@example.fi`, password: 'Sininen vene ja keltainen laituri' };
  const customerContext = await browser.newContext();
  const page = await customerContext.newPage();
  await activateAccount(page, NUMBER, customer.login, customer.password);

  // Filing.
  await page.goto('/oma/pyynnot/uusi/kopio');
  await page.getByLabel('Mistä tiedoista haluat jäljennöksen?').fill('Kaikki tietoni ja puhelutallenteet kirjoitettuina.');
  await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await page.waitForURL(/kuitti=1#kuitti$/);
  const reference = page.url().match(/TN-\d{4}-\d{6}/)[0];

  // Customer service: identity, a transcript, the copy prepared.
  const csContext = await browser.newContext({ javaScriptEnabled: false });
  const cs = await csContext.newPage();
  await signIn(cs, newStaff('customer-service'));
  await cs.goto(`/henkilosto/pyynnot/${reference}`);
  const form = cs.getByRole('region', { name: 'Kirjaa henkilöllisyyden tarkistus' });
  await form.getByRole('radio', { name: 'Henkilöllisyystodistus palvelupisteessä' }).check();
  await form.getByRole('radio', { name: 'passi' }).check();
  await form.getByRole('radio', { name: 'Varmistettu', exact: true }).check();
  await form.getByRole('button', { name: 'Kirjaa tarkistus' }).click();
  const section = cs.getByRole('region', { name: 'Jäljennös', exact: true });
  await expect(section).toContainText('Jäljennöstä ei ole vielä valmisteltu.');
  const recording = section.locator('section.recording').first();
  const audio = await recording.locator('audio').getAttribute('src');
  const played = await cs.request.get(audio);
  expect(played.status()).toBe(200);
  expect(played.headers()['content-type']).toContain('audio/');
  const transcript = recording.getByLabel(/^Kirjoitettu versio tallenteesta/);
  // Nothing typed: told beside the field.
  await recording.getByRole('button', { name: 'Tallenna kirjoitettu versio' }).click();
  await expect(cs.getByRole('alert')).toBeVisible();
  await expect(cs.locator('.field-error').first()).toBeVisible();
  await cs.locator('section.recording').first().getByLabel(/^Kirjoitettu versio tallenteesta/).fill(said);
  await cs.locator('section.recording').first().getByRole('button', { name: 'Tallenna kirjoitettu versio' }).click();
  await expect(cs.getByRole('status')).toContainText('Kirjoitettu versio on tallennettu.');
  await expect(transcript).toHaveValue(said);
  await cs.getByRole('button', { name: 'Valmistele jäljennös' }).click();
  await expect(cs.getByRole('status')).toContainText('Jäljennös on valmisteltu.');
  await expect(section).toContainText('Tietosuojavastaava tarkistaa jäljennöksen ja antaa sen asiakkaalle.');
  await expect(cs.getByRole('radio', { name: 'Valmis: anna valmisteltu jäljennös asiakkaalle' })).toHaveCount(0);
  await csContext.close();

  // The DPO reviews the copy, then gives it.
  const dpoContext = await browser.newContext();
  const dpo = await dpoContext.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.goto(`/henkilosto/pyynnot/${reference}`);
  await dpo.getByRole('link', { name: 'Tarkista jäljennös' }).click();
  await expect(dpo.getByRole('heading', { level: 1 })).toHaveText('Jäljennös henkilötiedoistasi');
  await expect(dpo.getByText(said)).toBeVisible();
  expect(await axeViolations(dpo)).toEqual([]);
  await dpo.getByRole('link', { name: 'Takaisin pyyntöön' }).click();
  await dpo.getByRole('radio', { name: 'Valmis: anna valmisteltu jäljennös asiakkaalle' }).check();
  await dpo.getByLabel('Vastaus asiakkaalle').fill('Jäljennös tiedoistasi on valmis omilla sivuillasi.');
  await dpo.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
  await expect(dpo.locator('dl.facts').first()).toContainText('Valmis');
  await expect(dpo.getByRole('region', { name: 'Jäljennös', exact: true })).toContainText('Annettu asiakkaalle');
  await dpoContext.close();

  // The customer: the request page points to the copy; the password first; the copy.
  await page.goto(`/oma/pyynnot/${reference}`);
  const mine = page.getByRole('region', { name: 'Jäljennöksesi' });
  await expect(mine).toContainText('Jäljennös tiedoistasi on valmis.');
  await mine.getByRole('link', { name: /^Lue jäljennös/ }).click();
  await page.getByRole('link', { name: 'Vahvista ja näytä jäljennös' }).click();
  await expect(page).toHaveURL(/\/vahvista/);
  await page.getByLabel('Salasana').fill(customer.password);
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page).toHaveURL(new RegExp(`/oma/kopiot/${reference}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jäljennös henkilötiedoistasi');
  await expect(page.getByText(said)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Asiakaspalvelupuheluiden tallenteet' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lataa tiedot koneluettavana (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`tietoni-kopio-${reference}.json`);
  const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(json.manifest.customer_number).toBe(NUMBER);

  // The same copy in Swedish and English: the page around it follows the reader's
  // language, the copy keeps the customer's, and both pass axe.
  for (const lang of LANGS.filter((l) => l !== 'fi')) {
    await useLanguage(customerContext, baseURL, lang);
    await page.goto(`/oma/kopiot/${reference}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('article.copy')).toHaveAttribute('lang', 'fi');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/oma/pyynnot/${reference}`);
    expect(await axeViolations(page)).toEqual([]);
  }
  await customerContext.close();
});
