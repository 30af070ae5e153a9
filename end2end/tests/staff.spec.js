// The staff workspace end to end: a customer-service agent opens Maija's rectification
// of her phone number, asks for clarification; Maija answers; the data protection
// officer approves; Maija sees her new number, the change in her history, the Art. 19
// recipients and the staff look under "who has looked at your data". Once without
// JavaScript and once with it, and once with the keyboard alone for the decision.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, screenshot, mailsTo, totpAt, axeViolations } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };

async function fileRectification(page, number) {
  await page.goto('/oma/pyynnot/uusi/oikaisu');
  await page.getByRole('radio', { name: 'Puhelinnumero' }).check();
  await page.getByLabel('Oikea arvo').fill(number);
  await page.getByLabel('Miksi nykyinen tieto on väärin?').fill('Vaihdoin liittymää.');
  await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pyyntö vastaanotettu' })).toBeVisible();
  return page.url().match(/TN-\d{4}-\d{6}/)[0];
}

// Both runs change Maija's phone number, so they run one after the other.
test.describe.configure({ mode: 'serial' });

for (const [javaScriptEnabled, number, national] of [
  [false, '040 555 0101', '0405550101'],
  [true, '040 555 0202', '0405550202'],
]) {
  const mode = javaScriptEnabled ? 'with' : 'without';
  test(`a rectification from clarification to the DPO's approval ${mode} JavaScript`, async ({ browser }) => {
    test.setTimeout(120_000);
    const maijaContext = await browser.newContext({ javaScriptEnabled });
    const maija = await maijaContext.newPage();
    await signIn(maija, MAIJA);
    const reference = await fileRectification(maija, number);

    // Customer service finds it in the queue and opens it.
    const csContext = await browser.newContext({ javaScriptEnabled });
    const cs = await csContext.newPage();
    await signIn(cs, newStaff('customer-service'));
    await expect(cs).toHaveURL(/\/henkilosto$/);
    await cs.getByLabel('Viitenumero tai asiakasnumero').fill(reference);
    await cs.getByRole('button', { name: 'Näytä', exact: true }).click();
    const row = cs.getByRole('table', { name: /Pyynnöt määräpäivän mukaan/ }).getByRole('row', { name: new RegExp(reference) });
    await expect(row).toContainText('Tietojen oikaisu');
    await expect(row).toContainText('100001');
    await row.getByRole('link', { name: reference }).click();
    await expect(cs.getByRole('heading', { level: 1 })).toHaveText(`Tietojen oikaisu ${reference}`);
    await expect(cs.locator('dl.facts').first()).toContainText('Maija Meikäläinen (100001)');
    await expect(cs.getByText('Tämän sivun avaaminen on kirjattu lokiin')).toBeVisible();
    // The decision is the DPO's; customer service asks for clarification.
    await expect(cs.getByText('Tämän pyynnön ratkaisee tietosuojavastaava.')).toBeVisible();
    await cs.getByLabel('Viesti', { exact: true }).fill('Onko uusi numero käytössä jo nyt?');
    await cs.getByRole('radio', { name: /Pyytää tarkennusta/ }).check();
    await cs.getByRole('button', { name: 'Lähetä viesti' }).click();
    await expect(cs.getByRole('status').filter({ hasText: 'Viesti lähetetty asiakkaalle.' })).toBeVisible();
    await expect(cs.locator('dl.facts').first()).toContainText('Odottaa vastaustasi');

    // Maija answers.
    await maija.goto(`/oma/pyynnot/${reference}`);
    await expect(maija.locator('dl.facts').first()).toContainText('Odottaa vastaustasi');
    await expect(maija.locator('.message.from-staff')).toContainText('Onko uusi numero käytössä jo nyt?');
    await maija.getByLabel('Vastauksesi').fill('On, vanha liittymä on lopetettu.');
    await maija.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await expect(maija.getByRole('status').filter({ hasText: 'Viestisi on lähetetty' })).toBeVisible();
    await expect(maija.locator('dl.facts').first()).toContainText('Käsittelyssä');

    // The DPO approves.
    const dpoContext = await browser.newContext({ javaScriptEnabled });
    const dpo = await dpoContext.newPage();
    await signIn(dpo, newStaff('dpo'));
    await dpo.goto(`/henkilosto/pyynnot/${reference}`);
    await expect(dpo.locator('.message').last()).toContainText('On, vanha liittymä on lopetettu.');
    await dpo.getByRole('radio', { name: 'Hyväksy: oikaise tieto rekisteriin' }).check();
    await dpo.getByLabel('Vastaus asiakkaalle').fill('Puhelinnumerosi on korjattu.');
    await dpo.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
    await expect(dpo.getByRole('status').filter({ hasText: 'Ratkaisu tallennettu ja tehty rekisteriin.' })).toBeVisible();
    const recipients = dpo.getByRole('table', { name: 'Vastaanottajat ja ilmoitukset' });
    // Art. 19: those her basic data was disclosed to (the demo's police request).
    await expect(recipients.locator('tbody tr')).toHaveCount(1);
    await recipients.getByRole('button', { name: /Merkitse ilmoitetuksi: Sisä-Suomen poliisilaitos/ }).click();
    await expect(dpo.getByRole('status').filter({ hasText: 'Merkitty ilmoitetuksi.' })).toBeVisible();
    await screenshot(dpo, `staff-request-decided-${javaScriptEnabled ? 'js' : 'nojs'}`);

    // Maija: the answer, the recipients, her new number, the history, the staff look.
    await maija.goto(`/oma/pyynnot/${reference}`);
    await expect(maija.locator('dl.facts').first()).toContainText('Valmis');
    await expect(maija.getByText('Puhelinnumerosi on korjattu.')).toBeVisible();
    const told = maija.getByRole('region', { name: 'Kenelle muutoksesta ilmoitetaan' });
    await expect(told).toContainText(/Sisä-Suomen poliisilaitos.*: Ilmoitettu/);
    await maija.goto('/oma/tiedot/basic');
    await expect(maija.getByRole('table').first()).toContainText(national.replace(/^0/, '+358'));
    await expect(maija.getByRole('table').first()).toContainText('Pyyntösi perusteella');
    await maija.goto('/oma/tiedot/change_history');
    await expect(maija.locator('main')).toContainText(national.replace(/^0/, '+358'));
    await maija.goto('/oma/tiedot');
    const looks = maija.getByRole('table', { name: 'Henkilökunnan katselut' });
    const ours = looks.getByRole('row', { name: new RegExp(reference) });
    await expect(ours.filter({ hasText: 'Asiakaspalvelu' }).first()).toContainText('Perustiedot');
    await expect(ours.filter({ hasText: 'Tietosuojavastaava' }).first()).toContainText(/H-\d{4}/);
    for (const c of [maijaContext, csContext, dpoContext]) await c.close();
  });
}

test('the DPO sees the overview and a customer\'s audit log', async ({ page }) => {
  await signIn(page, newStaff('dpo'));
  await page.getByRole('link', { name: 'Yleiskuva' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Yleiskuva' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Pyynnöt tilan mukaan' })).toContainText('Valmis');
  await page.getByRole('link', { name: 'Asiakkaan lokitiedot' }).click();
  await page.getByLabel('Asiakasnumero').fill('100001');
  await page.getByRole('button', { name: 'Näytä loki' }).click();
  const log = page.getByRole('table', { name: 'Kirjatut tapahtumat, uusin ensin' });
  await expect(log.locator('tbody tr').first()).toContainText('view_audit_log');
});

test('customer service decides a question with the keyboard alone', async ({ browser }) => {
  const maijaContext = await browser.newContext();
  const maija = await maijaContext.newPage();
  await signIn(maija, MAIJA);
  await maija.goto('/oma/pyynnot/uusi/kysymys');
  await maija.getByLabel('Kysymyksesi').fill('Kuinka kauan puhelutallenteita säilytetään?');
  await maija.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  const reference = maija.url().match(/TN-\d{4}-\d{6}/)[0];
  await maijaContext.close();

  const page = await browser.newPage();
  await signIn(page, newStaff('customer-service'));
  await page.goto(`/henkilosto/pyynnot/${reference}`);
  const tabTo = async (locator) => {
    for (let i = 0; i < 150; i++) {
      if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('Tab never reached the element');
  };
  await tabTo(page.getByRole('radio', { name: 'Valmis: kysymykseen vastattu' }));
  await page.keyboard.press('Space');
  await tabTo(page.getByLabel('Vastaus asiakkaalle'));
  await page.keyboard.type('Tallenteita säilytetään kaksi vuotta.');
  await tabTo(page.getByRole('button', { name: 'Tallenna ratkaisu' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Ratkaisu tallennettu' })).toBeVisible();
  await expect(page.locator('dl.facts').first()).toContainText('Valmis');
});

// Granting and removing access (privacy notice §8): the DPO deactivates a staff account
// while its owner is signed in, without JavaScript; the owner's next page is the sign-in
// page and signing in is refused; reactivated, the account works again.
test('the DPO deactivates a signed-in staff account and it is out at once', async ({ browser }) => {
  const name = `Lähtevä Työntekijä ${Math.floor(Math.random() * 1e6)}`;
  const leaving = newStaff('customer-service', name);
  const leavingContext = await browser.newContext();
  const theirs = await leavingContext.newPage();
  await signIn(theirs, leaving);
  await expect(theirs).toHaveURL(/\/henkilosto$/);

  const dpoContext = await browser.newContext({ javaScriptEnabled: false });
  const dpo = await dpoContext.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.getByRole('link', { name: 'Henkilökunnan tunnukset' }).click();
  const row = dpo.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Käytössä');
  await expect(row).toContainText('Asiakaspalvelu');
  await dpo.getByRole('button', { name: `Poista käytöstä: ${name}` }).click();
  await expect(dpo.getByRole('status')).toContainText('Tunnus poistettu käytöstä');
  await expect(dpo.getByRole('row', { name: new RegExp(name) })).toContainText('Poistettu käytöstä');

  // Their open workspace: the next page asks them to sign in, and signing in fails.
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/kirjaudu/);
  await theirs.getByLabel('Sähköpostiosoite tai asiakasnumero').fill(leaving.login);
  await theirs.getByLabel('Salasana').fill(leaving.password);
  await theirs.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(theirs.getByRole('alert')).toContainText('Sähköpostiosoite, asiakasnumero tai salasana on väärin.');

  // Reactivated: they sign in again.
  await dpo.getByRole('button', { name: `Ota käyttöön: ${name}` }).click();
  await expect(dpo.getByRole('status')).toContainText('Tunnus otettu käyttöön');
  await signIn(theirs, leaving);
  await expect(theirs).toHaveURL(/\/henkilosto$/);
  for (const c of [leavingContext, dpoContext]) await c.close();
});

// A new colleague (privacy notice §8): the DPO creates the account without JavaScript
// (a missing name told beside the field, the address kept); the colleague sets a
// password from the mail, signs in, enrols the authenticator app on the page that
// follows the password (which passes axe) and lands on their recovery codes; the DPO
// resets the factor and the next sign-in enrols again.
test('the DPO creates a staff account and its owner enrols a second factor at the first sign-in', async ({
  browser,
}) => {
  const name = `Uusi Kollega ${Math.floor(Math.random() * 1e6)}`;
  const email = `kollega-${Date.now()}@elmonet.example`;
  const password = 'Uuden kollegan ensimmäinen salalause';
  const dpoContext = await browser.newContext({ javaScriptEnabled: false });
  const dpo = await dpoContext.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.goto('/henkilosto/tunnukset');
  await dpo.getByLabel('Työsähköpostiosoite').fill(email);
  await dpo.getByRole('button', { name: 'Luo tunnus' }).click();
  await expect(dpo.locator('#name-error')).toContainText('Kirjoita tunnuksen omistajan nimi');
  await expect(dpo.getByLabel('Työsähköpostiosoite')).toHaveValue(email);
  await dpo.getByLabel('Nimi', { exact: true }).fill(name);
  await dpo.getByRole('button', { name: 'Luo tunnus' }).click();
  await expect(dpo.getByRole('status')).toContainText('Tunnus luotu.');
  await expect(dpo.getByRole('row', { name: new RegExp(name) })).toContainText('seuraavalla kirjautumisella');

  // The colleague: the mail's link, a password, the first sign-in.
  let mail;
  await expect.poll(() => (mail = mailsTo(email)[0]) !== undefined).toBe(true);
  const link = mail.match(/https?:\/\/\S+\/salasana\/uusi\?avain=[0-9a-f]{64}/)[0];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByLabel('Uusi salasana').fill(password);
  await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
  await expect(page).toHaveURL(/\/kirjaudu/);
  const enrol = async () => {
    await page.goto('/kirjaudu');
    await page.getByLabel('Sähköpostiosoite tai asiakasnumero').fill(email);
    await page.getByLabel('Salasana').fill(password);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect(page).toHaveURL(/\/kirjaudu\/kayttoonotto$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ota kaksivaiheinen tunnistautuminen käyttöön');
    await expect(page.getByRole('img', { name: 'QR-koodi todennussovellukselle' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const secret = (await page.locator('p.secret code').textContent()).replace(/\s/g, '');
    await page.getByLabel('Vahvistuskoodi').fill(totpAt(secret, Math.floor(Date.now() / 30_000)));
    await page.getByRole('button', { name: 'Ota käyttöön ja kirjaudu' }).click();
    await expect(page).toHaveURL(/\/oma\/kaksivaihe$/);
    await expect(page.getByRole('heading', { name: 'Varakoodisi' })).toBeVisible();
    return secret;
  };
  const first = await enrol();
  await page.goto('/henkilosto');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/henkilosto$/);

  // A lost phone: the DPO resets the factor; the colleague is out and enrols again.
  await dpo.reload();
  await dpo.getByRole('button', { name: `Nollaa kaksivaiheinen tunnistautuminen: ${name}` }).click();
  await expect(dpo.getByRole('status')).toContainText('Kaksivaiheinen tunnistautuminen nollattu.');
  await page.reload();
  await expect(page).toHaveURL(/\/kirjaudu/);
  const second = await enrol();
  expect(second).not.toBe(first);
  for (const c of [context, dpoContext]) await c.close();
});
