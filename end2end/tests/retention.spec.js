// Retention (issue #17) as people meet it: the DPO, without JavaScript, does a dry run
// and reads its report, places a legal hold on a customer (a wrong date is told beside
// the field and nothing typed is lost) and lifts it; the customer sees, on their data
// page, the day each record goes and why theirs are kept past their time.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff } = require('./support');

const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };

function isoDate(daysFromNow) {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('the DPO reads a dry run and places and lifts a legal hold the customer sees', async ({ browser }) => {
  const reason = `Oikeudenkäynti käräjäoikeudessa, asia ${Math.floor(Math.random() * 1e6)}`;
  const dpoContext = await browser.newContext({ javaScriptEnabled: false });
  const dpo = await dpoContext.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.getByRole('link', { name: 'Säilytysajat' }).click();
  await expect(dpo.getByRole('heading', { level: 1 })).toHaveText('Säilytysajat');

  // A dry run: its report, rule by rule, and nothing deleted.
  await dpo.getByRole('button', { name: 'Tee koeajo nyt' }).click();
  await expect(dpo.getByRole('status')).toContainText('Koeajo tehty');
  const report = dpo.getByRole('table', { name: /^Koeajo / }).first();
  await expect(report.getByRole('row', { name: /Teletunnistetiedot/ })).toBeVisible();
  await expect(report.getByRole('row', { name: /Laskutus ja perintä/ })).toBeVisible();

  // A hold with a day in the past: told beside the field, what was typed kept.
  await dpo.getByLabel('Asiakasnumero').fill('100002');
  await dpo.getByLabel('Syy', { exact: true }).fill(reason);
  await dpo.getByLabel('Voimassa asti').fill(isoDate(-3));
  await dpo.getByRole('button', { name: 'Aseta pito' }).click();
  await expect(dpo.locator('#ends_on-error')).toContainText('Valitse päivä');
  await expect(dpo.getByRole('alert')).toBeVisible();
  await expect(dpo.getByLabel('Syy', { exact: true })).toHaveValue(reason);
  await expect(dpo.getByLabel('Asiakasnumero')).toHaveValue('100002');
  await dpo.getByLabel('Voimassa asti').fill(isoDate(400));
  await dpo.getByRole('button', { name: 'Aseta pito' }).click();
  await expect(dpo.getByRole('status')).toContainText('Oikeudellinen pito asetettu');
  await expect(dpo.getByRole('row', { name: new RegExp(reason) })).toContainText('100002');

  // The customer sees the days of deletion and the hold with its reason.
  const mattiContext = await browser.newContext();
  const matti = await mattiContext.newPage();
  await signIn(matti, MATTI);
  await matti.goto('/oma/tiedot/traffic_data');
  await expect(matti.getByRole('columnheader', { name: 'Poistetaan' })).toBeVisible();
  await expect(matti.getByText('12 kuukautta', { exact: false }).first()).toBeVisible();
  await expect(matti.getByText('Tietojasi säilytetään määräajan jälkeenkin')).toBeVisible();
  await expect(matti.getByText(reason)).toBeVisible();

  // Lifted: gone for staff and for the customer.
  await dpo.getByRole('row', { name: new RegExp(reason) }).getByRole('button', { name: 'Pura asiakkaan 100002 pito' }).click();
  await expect(dpo.getByRole('status')).toContainText('Oikeudellinen pito purettu');
  await expect(dpo.getByText(reason)).toHaveCount(0);
  await matti.reload();
  await expect(matti.getByText(reason)).toHaveCount(0);
  for (const c of [dpoContext, mattiContext]) await c.close();
});

// The record of processing activities (GDPR Art. 30): the DPO finds it in the staff
// navigation, reads it as a document and downloads it as JSON in English.
test('the DPO reads the record of processing and downloads it as JSON', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const dpo = await context.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.getByRole('link', { name: 'Seloste käsittelytoimista' }).click();
  await expect(dpo.getByRole('heading', { level: 1 })).toHaveText('Seloste käsittelytoimista');
  await expect(dpo.getByRole('heading', { name: 'Teletunnistetiedot' })).toBeVisible();
  await expect(dpo.getByRole('table', { name: 'Säilytyssäännöt' })).toContainText('12 kuukautta');
  const download = dpo.waitForEvent('download');
  await dpo.getByRole('link', { name: 'Lataa JSON-tiedostona (English)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('seloste-kasittelytoimista-en.json');
  const record = JSON.parse(require('fs').readFileSync(await file.path(), 'utf8'));
  expect(record.register_name).toBe("ElmoNet Oy's general customer register");
  expect(record.categories).toHaveLength(12);
  await context.close();
});
