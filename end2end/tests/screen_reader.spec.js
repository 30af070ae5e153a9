// What a screen-reader user hears (issue #20): three journeys asserted on the spoken
// output of a virtual screen reader (@guidepup/virtual-screen-reader) in Chromium, not
// only on axe — a sign-in with an error, a change of marketing permissions with its
// receipt announced, and filing a request with its receipt.
const { test, expect } = require('@playwright/test');
const { signIn, activateAccount, startScreenReader, spoken, readToEnd, waitForIslands } = require('./support');

// A register customer of the demo no other spec uses: this spec activates their account.
const NUMBER = '200032';
const WHO = { login: `ruudunlukija-${Date.now()}@example.fi`, password: 'Hiljainen lukija kuuntelee tarkasti' };

test.describe.configure({ mode: 'serial' });

test('a sign-in with a wrong password: the error is spoken first, then the field it belongs to', async ({ browser }) => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto('/kirjaudu');
  await page.getByLabel('Sähköpostiosoite tai asiakasnumero').fill('ei.ketaan@example.fi');
  await page.getByLabel('Salasana').fill('väärä salasana tähän');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await startScreenReader(page);
  const said = await readToEnd(page);
  // The first thing in the main content is the alert, naming the error as a link to
  // the field; then the page's heading.
  const main = said.indexOf('main');
  expect(said[main + 1]).toBe('alert, Tarkista tiedot');
  const error = 'Sähköpostiosoite, asiakasnumero tai salasana on väärin.';
  expect(said.slice(main, said.indexOf('end of alert, Tarkista tiedot'))).toContain(`link, ${error}`);
  expect(said.indexOf('end of alert, Tarkista tiedot')).toBeLessThan(said.indexOf('heading, Kirjaudu sisään, level 1'));
  // The field says what was typed, its hint and its error, and that it is invalid.
  expect(said).toContain(
    `textbox, Sähköpostiosoite tai asiakasnumero, ei.ketaan@example.fi, Asiakasnumero on laskussasi, esimerkiksi 100001. Virhe: ${error}, invalid`,
  );
  // The password is never read out (it was not kept either).
  expect(said.filter((p) => p.includes('väärä salasana'))).toEqual([]);
  await context.close();
});

test('a change of marketing permissions: the receipt is announced where the user is', async ({ browser }) => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await activateAccount(page, NUMBER, WHO.login, WHO.password);
  await page.goto('/oma/luvat');
  await waitForIslands(page);
  const objection = page.getByRole('table', { name: 'Suoramarkkinointikiellot kanavittain' });
  const lift = objection.getByRole('button', { name: 'Poista kielto: tekstiviesti' });
  if ((await lift.count()) > 0) {
    await lift.click();
    await expect(objection.getByRole('button', { name: 'Kiellä suoramarkkinointi: tekstiviesti' })).toBeVisible();
  }
  await startScreenReader(page);
  await objection.getByRole('button', { name: 'Kiellä suoramarkkinointi: tekstiviesti' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kielsit suoramarkkinoinnin: Tekstiviesti' })).toBeVisible();
  // Announced politely, once, where the user is: what changed and when it was saved.
  await expect.poll(async () => (await spoken(page)).filter((p) => p.startsWith('polite: ')).length).toBe(1);
  const said = await spoken(page);
  expect(said.find((p) => p.startsWith('polite: '))).toMatch(
    /^polite: Kielsit suoramarkkinoinnin: Tekstiviesti\. Tallennettu \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\.$/,
  );
  // Focus stays on the button, which now offers the opposite.
  await expect(objection.getByRole('button', { name: 'Poista kielto: tekstiviesti' })).toBeFocused();
  await context.close();
});

test('filing a request: the receipt with its reference is spoken', async ({ browser }) => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, WHO);
  await page.goto('/oma/pyynnot/uusi/kysymys');
  await page.getByLabel('Kysymyksesi').fill('Mihin tietojani käytetään?');
  await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await page.waitForURL(/kuitti=1#kuitti$/);
  const reference = page.url().match(/TN-\d{4}-\d{6}/)[0];
  await startScreenReader(page);
  const said = await readToEnd(page);
  // Before the request's own heading: a status with the receipt, its reference, the
  // moment received and the day the answer is due, and where the confirmation went.
  const status = said.indexOf('status');
  expect(status).toBeGreaterThan(said.indexOf('main'));
  expect(said[status + 1]).toBe('heading, Pyyntö vastaanotettu, level 2');
  const receipt = said.slice(status, said.indexOf('end of status'));
  expect(receipt.join(' ')).toMatch(
    new RegExp(`Viitenumero ${reference}\\. Vastaanotettu .* Vastaamme viimeistään \\d{1,2}\\.\\d{1,2}\\.\\d{4}\\.`),
  );
  expect(receipt.join(' ')).toContain('Lähetimme vahvistuksen sähköpostiisi.');
  expect(said.indexOf('end of status')).toBeLessThan(said.indexOf(`heading, Kysymys tietosuojavastaavalle ${reference}, level 1`));
  await context.close();
});
