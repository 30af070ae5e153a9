// A request from another channel, end to end: the data protection officer records
// Matti's phone call for a copy with the day it came in, the queue shows it with its
// channel and an unchecked identity, the copy cannot go out until an identity document
// seen at the service point is recorded and the copy is prepared, then it can. Without JavaScript and with it; bad input is
// reported beside its field with what was typed kept; the pages pass axe in every
// language.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, axeViolations, LANGS, useLanguage } = require('./support');

function daysAgo(n) {
  const d = new Date(Date.now() - n * 86_400_000);
  return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with' : 'without';
  test(`a phoned-in copy request waits for an identity check ${mode} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const cs = await context.newPage();
    await signIn(cs, newStaff('dpo'));
    await cs.getByRole('link', { name: 'Kirjaa saapunut pyyntö' }).click();
    await expect(cs.getByRole('heading', { level: 1, name: 'Kirjaa saapunut pyyntö' })).toBeVisible();

    // A day in the future: refused beside the field, the description kept.
    await cs.getByRole('radio', { name: 'Puhelimessa' }).check();
    await cs.getByLabel('Saapumispäivä').fill('2099-01-01');
    await cs.getByLabel('Asiakasnumero tai henkilötunnus').fill('100002');
    await cs.getByRole('radio', { name: 'Jäljennös tiedoista' }).check();
    await cs.getByLabel('Pyynnön sisältö').fill('Pyysi puhelimessa kopion puhelutallenteistaan.');
    await cs.getByRole('button', { name: 'Kirjaa pyyntö' }).click();
    await expect(cs.locator('#received_on-error')).toContainText('Saapumispäivä ei voi olla tulevaisuudessa.');
    await expect(cs.getByLabel('Pyynnön sisältö')).toHaveValue('Pyysi puhelimessa kopion puhelutallenteistaan.');
    await expect(cs.getByLabel('Asiakasnumero tai henkilötunnus')).toHaveValue('100002');

    // Twelve days ago: recorded, the clock from that day.
    const received = new Date(Date.now() - 12 * 86_400_000);
    const iso = received.toISOString().slice(0, 10);
    await cs.getByLabel('Saapumispäivä').fill(iso);
    await cs.getByRole('radio', { name: 'Puhelimessa' }).check();
    await cs.getByRole('radio', { name: 'Jäljennös tiedoista' }).check();
    await cs.getByRole('button', { name: 'Kirjaa pyyntö' }).click();
    await expect(cs.getByRole('status').filter({ hasText: 'Pyyntö kirjattu jonoon.' })).toBeVisible();
    const reference = cs.url().match(/TN-\d{4}-\d{6}/)[0];
    await expect(cs.locator('dl.facts').first()).toContainText(daysAgo(12));
    const identity = cs.getByRole('region', { name: 'Henkilöllisyys' });
    await expect(identity).toContainText('Puhelimessa');
    await expect(identity).toContainText('Korotettu (oma tunnus): puuttuu');

    // The queue shows how it came and that nobody has checked who called.
    await cs.goto(`/henkilosto?haku=${reference}`);
    const row = cs.getByRole('row', { name: new RegExp(reference) });
    await expect(row).toContainText('Puhelimessa');
    await expect(row).toContainText('Henkilöllisyys tarkistamatta');
    await row.getByRole('link', { name: reference }).click();

    // The copy cannot go out yet.
    await cs.getByRole('radio', { name: 'Valmis: anna valmisteltu jäljennös asiakkaalle' }).check();
    await cs.getByLabel('Vastaus asiakkaalle').fill('Kopio on annettu palvelupisteessä.');
    await cs.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
    await expect(cs.getByRole('alert')).toContainText('Henkilöllisyyttä ei ole tarkistettu niin varmasti');

    // Matti shows his identity card at the service point.
    const form = cs.getByRole('region', { name: 'Kirjaa henkilöllisyyden tarkistus' });
    await form.getByRole('radio', { name: 'Henkilöllisyystodistus palvelupisteessä' }).check();
    await form.getByRole('radio', { name: 'henkilökortti' }).check();
    await form.getByRole('radio', { name: 'Varmistettu', exact: true }).check();
    await form.getByRole('button', { name: 'Kirjaa tarkistus' }).click();
    await expect(cs.getByRole('status').filter({ hasText: 'Henkilöllisyyden tarkistus kirjattu.' })).toBeVisible();
    await expect(identity).toContainText('Korotettu (oma tunnus): riittää');
    await expect(identity.getByRole('table', { name: 'Henkilöllisyyden tarkistukset' })).toContainText('henkilökortti');

    // Identity is enough now, but there is no copy to give yet.
    const approve = 'Valmis: anna valmisteltu jäljennös asiakkaalle';
    await cs.getByRole('radio', { name: approve }).check();
    await cs.getByLabel('Vastaus asiakkaalle').fill('Kopio on annettu palvelupisteessä.');
    await cs.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
    await expect(cs.getByRole('alert')).toContainText('Jäljennöstä ei ole valmisteltu.');
    await cs.getByRole('button', { name: 'Valmistele jäljennös' }).click();
    await expect(cs.getByRole('status').filter({ hasText: 'Jäljennös on valmisteltu.' })).toBeVisible();

    await cs.getByRole('radio', { name: approve }).check();
    await cs.getByLabel('Vastaus asiakkaalle').fill('Kopio on annettu palvelupisteessä.');
    await cs.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
    await expect(cs.locator('dl.facts').first()).toContainText('Valmis');
    if (javaScriptEnabled) expect(await axeViolations(cs)).toEqual([]);
    await context.close();
  });
}

// A letter from someone the register does not have: recorded with their name and phone,
// linked to nobody, in the queue as such, and its page offers to link it.
for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with' : 'without';
  test(`a letter from someone not in the register is recorded linked to nobody ${mode} JavaScript`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const cs = await context.newPage();
    await signIn(cs, newStaff('customer-service'));
    await cs.goto('/henkilosto/vastaanota');
    await cs.getByRole('radio', { name: 'Kirjeellä' }).check();
    await cs.getByLabel('Saapumispäivä').fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
    await cs.getByRole('radio', { name: 'Kysymys tietosuojavastaavalle' }).check();
    await cs.getByLabel('Pyynnön sisältö').fill('Kirje: onko minusta tietoja rekisterissänne?');
    // Neither a customer nor a name: refused beside the name, the text kept.
    await cs.getByRole('button', { name: 'Kirjaa pyyntö' }).click();
    await expect(cs.locator('#requester_name-error')).toContainText('kirjoita pyytäjän nimi');
    await expect(cs.getByLabel('Pyynnön sisältö')).toHaveValue('Kirje: onko minusta tietoja rekisterissänne?');
    await cs.getByLabel('Pyytäjän nimi').fill('Eero Kirjoittaja');
    await cs.getByLabel('Pyytäjän puhelin (valinnainen)').fill('+358 40 123 4567');
    await cs.getByRole('radio', { name: 'Kirjeellä' }).check();
    await cs.getByRole('radio', { name: 'Kysymys tietosuojavastaavalle' }).check();
    await cs.getByRole('button', { name: 'Kirjaa pyyntö' }).click();
    await expect(cs.getByRole('status').filter({ hasText: 'Pyyntö kirjattu jonoon.' })).toBeVisible();
    await expect(cs.locator('dl.facts').first()).toContainText('Ei yhdistetty asiakkaaseen');
    const requester = cs.getByRole('region', { name: 'Pyytäjä' });
    await expect(requester).toContainText('Eero Kirjoittaja');
    await expect(requester).toContainText('+358 40 123 4567');
    await expect(requester.getByRole('button', { name: 'Yhdistä pyyntö' })).toBeVisible();
    if (javaScriptEnabled) expect(await axeViolations(cs)).toEqual([]);
    await context.close();
  });
}

for (const lang of LANGS) {
  test(`the intake page passes axe in ${lang}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, newStaff('customer-service'));
    await useLanguage(context, baseURL, lang);
    await page.goto('/henkilosto/vastaanota');
    await expect(page.locator('h1')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // And with an error.
    await page.locator('button[type=submit]').last().click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}
