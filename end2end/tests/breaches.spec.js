// Personal-data breaches (issue #20, GDPR Art. 33 and 34) as people meet them: the DPO,
// without JavaScript, records a high-risk breach (a time the clocks skip is told beside
// the field and nothing typed is lost), sees the 72-hour clock, marks the Ombudsman
// notified and tells one customer; that customer sees the notice on their own page and
// has the mail, and the page with the notice passes axe. The DPO closes the breach and
// its record stays.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, mailsTo, activateAccount, helsinkiLocal, axeViolations, screenshot } = require('./support');

// A register customer of the demo no other spec uses: this spec activates their account.
const NUMBER = '200031';

test('the DPO records a breach and tells a customer, who sees the notice and gets the mail', async ({ browser }) => {
  const caseNumber = `tapaus ${Math.floor(Math.random() * 1e6)}`;
  const summary = `Asiakastietojen vientitiedosto jäi avoimeen hakemistoon, ${caseNumber}`;
  const customer = { login: `loukkaus-${Date.now()}@example.fi`, password: 'Kirkas järvi ja hiljainen metsä' };
  const customerContext = await browser.newContext();
  const page = await customerContext.newPage();
  await activateAccount(page, NUMBER, customer.login, customer.password);
  await expect(page.getByText('joka koskee tietojasi')).toHaveCount(0);

  const dpoContext = await browser.newContext({ javaScriptEnabled: false });
  const dpo = await dpoContext.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.getByRole('link', { name: 'Tietoturvaloukkaukset' }).click();
  await expect(dpo.getByRole('heading', { level: 1 })).toHaveText('Tietoturvaloukkaukset');

  // A time the clocks skip (summer time begins): told beside the field, the rest kept.
  await dpo.getByLabel('Milloin loukkaus tuli tietoon').fill('2027-03-28T03:30');
  await dpo.getByLabel('Mitä tapahtui', { exact: true }).fill(summary);
  await dpo.getByLabel('Perustiedot', { exact: true }).check();
  await dpo.getByLabel('Henkilöiden arvioitu määrä').fill('1');
  await dpo.getByLabel('Tietueiden arvioitu määrä').fill('3');
  await dpo.getByLabel('Todennäköiset seuraukset').fill('Nimi ja osoite saattoivat näkyä ulkopuoliselle.');
  await dpo.getByLabel('Toteutetut ja suunnitellut toimenpiteet').fill('Hakemisto suljettiin heti.');
  await dpo.getByLabel('Korkea riski', { exact: true }).check();
  await dpo.getByRole('button', { name: 'Kirjaa loukkaus' }).click();
  await expect(dpo.getByRole('alert')).toBeVisible();
  await expect(dpo.locator('#aware_at-error')).toContainText('Tätä kellonaikaa ei ole');
  await expect(dpo.getByLabel('Mitä tapahtui', { exact: true })).toHaveValue(summary);
  await expect(dpo.getByLabel('Korkea riski', { exact: true })).toBeChecked();
  await expect(dpo.getByLabel('Perustiedot', { exact: true })).toBeChecked();

  // Aware of it two hours ago: recorded, with about 70 hours left.
  await dpo.getByLabel('Milloin loukkaus tuli tietoon').fill(helsinkiLocal(2));
  await dpo.getByRole('button', { name: 'Kirjaa loukkaus' }).click();
  await expect(dpo.getByRole('status')).toContainText('Loukkaus kirjattu');
  await expect(dpo.getByRole('heading', { level: 1 })).toHaveText(/^Tietoturvaloukkaus LO-\d{4}-\d{4}$/);
  const reference = (await dpo.getByRole('heading', { level: 1 }).textContent()).match(/LO-\d{4}-\d{4}/)[0];
  await expect(dpo.getByText(/ilmoitettava viimeistään .* \(jäljellä (69|70) h\)/)).toBeVisible();
  await expect(dpo.getByLabel('Ilmoituksen teksti (kopioi ilmoituslomakkeelle)').first()).toHaveValue(new RegExp(summary));
  await dpo.getByRole('button', { name: 'Merkitse ilmoitetuksi tietosuojavaltuutetulle' }).click();
  await expect(dpo.getByRole('status')).toContainText('Merkitty ilmoitetuksi tietosuojavaltuutetulle');

  // The notice offered is written from the record; the DPO tells the customer.
  await expect(dpo.getByLabel('Ilmoitus asiakkaille')).toHaveValue(new RegExp(`Mitä tapahtui: ${summary}`));
  await dpo.getByLabel('Asiakasnumerot').fill(NUMBER);
  await dpo.getByRole('button', { name: 'Kerro asiakkaille' }).click();
  await expect(dpo.getByRole('status')).toContainText('Asiakkaille kerrottu');
  const told = dpo.getByRole('table', { name: 'Asiakkaat, joille on kerrottu' });
  await expect(told.getByRole('row', { name: new RegExp(NUMBER) })).toContainText('lähetetty');

  // The customer sees it on their own page, and the page passes axe with it.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Tietoturvaloukkaus, joka koskee tietojasi (${reference})` })).toBeVisible();
  await expect(page.getByText(summary).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'breach-notice-on-the-customers-page');
  await expect.poll(() => mailsTo(customer.login).filter((m) => m.includes(reference)).length).toBe(1);
  // (The mail is quoted-printable: its ASCII part is compared.)
  expect(mailsTo(customer.login).find((m) => m.includes(reference))).toContain(caseNumber);

  // Closed: the record stays, nothing more can be done with it.
  await dpo.getByRole('button', { name: 'Sulje loukkaus' }).click();
  await expect(dpo.getByRole('status')).toContainText('Loukkaus suljettu');
  await expect(dpo.getByRole('button', { name: 'Kerro asiakkaille' })).toHaveCount(0);
  await dpo.getByRole('link', { name: 'Tietoturvaloukkaukset' }).click();
  await expect(dpo.getByRole('row', { name: new RegExp(reference) })).toContainText('suljettu');
  for (const c of [dpoContext, customerContext]) await c.close();
});
