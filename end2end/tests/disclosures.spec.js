// Disclosures (GDPR Art. 15(1)(c), 19; issue #16): customer service records, without
// JavaScript, that Matti's data was given to a named recipient (a missing choice is told
// beside the field and nothing typed is lost), with the address where the recipient is
// told of later changes; Matti finds it on "My data" under who
// his data has been disclosed to. Maija sees the one the demo seeds.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff } = require('./support');

const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };
const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };

test('staff record a disclosure and the customer sees it', async ({ browser }) => {
  const recipient = `Perintätoimisto Esimerkki ${Math.floor(Math.random() * 1e6)}`;
  const staffContext = await browser.newContext({ javaScriptEnabled: false });
  const cs = await staffContext.newPage();
  await signIn(cs, newStaff('customer-service'));
  await cs.getByRole('link', { name: 'Luovutukset' }).click();
  await expect(cs.getByRole('heading', { level: 1 })).toHaveText('Luovutukset');
  await cs.getByLabel('Asiakasnumero').fill('100002');
  await cs.getByLabel('Vastaanottaja', { exact: true }).fill(recipient);
  await cs.getByRole('group', { name: 'Luovutetut tiedot' }).getByLabel('Laskutus ja perintä').check();
  await cs.getByRole('group', { name: 'Luovutuksen peruste' }).getByLabel(/Palvelusopimus/).check();
  await cs.getByLabel('Luovutuspäivä').fill('2026-11-02');
  // No recipient class chosen: told beside the group, the typed recipient kept.
  await cs.getByRole('button', { name: 'Kirjaa luovutus' }).click();
  await expect(cs.locator('#recipient_class-error')).toContainText('Valitse vastaanottajaryhmä.');
  await expect(cs.getByLabel('Vastaanottaja', { exact: true })).toHaveValue(recipient);
  await cs.getByRole('group', { name: /Vastaanottajaryhmä/ }).getByLabel(/Alihankkijat|alihankkij/i).first().check();
  // Where the recipient is told of later changes (Art. 19): a bad address is told
  // beside the field, and everything typed is kept.
  const notify = cs.getByLabel('Osoite ilmoituksille muutoksista (valinnainen)');
  await notify.fill('tietosuoja@perinta'); // the browser lets it through; the portal does not
  await cs.getByRole('button', { name: 'Kirjaa luovutus' }).click();
  await expect(cs.locator('#notify_email-error')).toContainText('Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.');
  await expect(cs.getByLabel('Vastaanottaja', { exact: true })).toHaveValue(recipient);
  await notify.fill('tietosuoja@perinta.example');
  await cs.getByRole('button', { name: 'Kirjaa luovutus' }).click();
  await expect(cs.getByRole('status')).toContainText('Luovutus kirjattu');
  const row = cs.getByRole('row', { name: new RegExp(recipient) });
  await expect(row).toContainText('100002');
  await expect(row).toContainText('Ilmoitukset muutoksista: tietosuoja@perinta.example');

  const mattiContext = await browser.newContext();
  const matti = await mattiContext.newPage();
  await signIn(matti, MATTI);
  await matti.goto('/oma/tiedot');
  const section = matti.getByRole('region', { name: 'Kenelle tietojasi on luovutettu' });
  await expect(section.getByRole('row', { name: new RegExp(recipient) })).toContainText('Laskutus ja perintä');

  const maijaContext = await browser.newContext();
  const maija = await maijaContext.newPage();
  await signIn(maija, MAIJA);
  await maija.goto('/oma/tiedot');
  await expect(maija.getByRole('region', { name: 'Kenelle tietojasi on luovutettu' })).toContainText('Sisä-Suomen poliisilaitos');
  for (const c of [staffContext, mattiContext, maijaContext]) await c.close();
});
