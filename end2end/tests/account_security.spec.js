// Staff sign in with a second factor; a register customer activates an account with
// the code from the letter, resets a forgotten password through the emailed link, and
// turns two-step verification on. Each journey runs in Chromium; the new pages pass axe
// in every language at phone and laptop size.
const { test, expect } = require('@playwright/test');
const {
  LANGS,
  VIEWPORTS,
  useLanguage,
  axeViolations,
  screenshot,
  signIn,
  totpAt,
  mailsTo,
  tietoni,
  recordSecret,
  newStaff,
} = require('./support');

const step = () => Math.floor(Date.now() / 30_000);

/** The password step of a staff sign-in: it leads to the code page. */
async function passwordStep(page, who) {
  await signIn(page, { login: who.login, password: who.password });
  await expect(page).toHaveURL(/\/kirjaudu\/koodi$/);
}

async function activate(page, number, email, password) {
  const code = tietoni(['activation-code', number]);
  recordSecret(code);
  await page.goto('/kirjaudu');
  await page.getByRole('link', { name: /Ota tunnus käyttöön/ }).click();
  await expect(page).toHaveURL(/\/aktivoi$/);
  await page.getByLabel('Asiakasnumero').fill(number);
  await page.getByLabel('Aktivointikoodi').fill(code);
  await page.getByLabel('Sähköpostiosoite').fill('ei osoite');
  await page.getByLabel('Uusi salasana').fill(password);
  await page.getByRole('button', { name: 'Ota tunnus käyttöön' }).click();
  // The error is beside the field, and what was typed (but not the secrets) is kept.
  await expect(page.getByRole('alert')).toContainText('Kirjoita sähköpostiosoite muodossa');
  await expect(page.getByLabel('Asiakasnumero')).toHaveValue(number);
  await expect(page.getByLabel('Sähköpostiosoite')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Aktivointikoodi').fill(code);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Uusi salasana').fill(password);
  await page.getByRole('button', { name: 'Ota tunnus käyttöön' }).click();
  await expect(page).toHaveURL(/\/oma$/);
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`staff give the code from the app after the password ${mode}`, async ({ browser }) => {
    const SERVICE = newStaff();
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await passwordStep(page, SERVICE);
    await expect(page.getByLabel('Vahvistuskoodi')).toHaveAttribute('autocomplete', 'one-time-code');
    await page.getByLabel('Vahvistuskoodi').fill('000000');
    await page.getByRole('button', { name: 'Jatka' }).click();
    await expect(page.getByRole('alert')).toContainText('Koodi on väärin');
    await page.getByLabel('Vahvistuskoodi').fill(totpAt(SERVICE.totpSecret, step()));
    await page.getByRole('button', { name: 'Jatka' }).click();
    await expect(page).toHaveURL(/\/henkilosto$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Henkilöstön työtila' })).toBeVisible();
    await context.close();
  });
}

test('a customer activates the account, forgets the password and sets a new one, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = 'aktivoija.ilman.js@example.fi';
  await activate(page, '200010', email, 'Vanha talo mäen päällä');
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

  await page.goto('/kirjaudu');
  await page.getByRole('link', { name: 'Unohditko salasanasi?' }).click();
  await page.getByLabel('Sähköpostiosoite tai asiakasnumero').fill(email);
  await page.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(page.getByRole('status')).toContainText('lähetimme');
  await expect.poll(() => mailsTo(email).length).toBe(1);
  const link = mailsTo(email)[0].match(/https?:\/\/\S+\/salasana\/uusi\?avain=[0-9a-f]{64}/)[0];
  recordSecret(link.split('avain=')[1]);
  await page.goto(link);
  await page.getByLabel('Uusi salasana').fill('Uusi lause kirjoitettuna tänään');
  await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
  await expect(page).toHaveURL(/\/kirjaudu\?salasana=1$/);
  await expect(page.getByRole('status')).toContainText('Salasanasi on vaihdettu');
  await signIn(page, { login: '200010', password: 'Uusi lause kirjoitettuna tänään' });
  await expect(page).toHaveURL(/\/oma$/);
  // The link worked once.
  await page.goto(link);
  await page.getByLabel('Uusi salasana').fill('Kolmas lause samalle päivälle');
  await page.getByRole('button', { name: 'Tallenna uusi salasana' }).click();
  await expect(page.getByRole('alert')).toContainText('vanhentunut tai jo käytetty');
  await context.close();
});

test('a customer turns two-step verification on and signs in with a code', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const who = { login: 'kaksivaihe@example.fi', password: 'Punainen tupa ja perunamaa' };
  await activate(page, '200011', who.login, who.password);
  await page.getByRole('link', { name: 'Kaksivaiheinen tunnistautuminen' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Ota käyttöön' }).click();
  await page.getByLabel('Salasana').fill(who.password);
  await page.getByRole('button', { name: 'Vahvista' }).click();
  await expect(page).toHaveURL(/\/oma\/kaksivaihe$/);
  await page.getByRole('button', { name: 'Ota käyttöön' }).click();
  await expect(page.getByRole('img', { name: 'QR-koodi todennussovellukselle' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'second-factor-setup-fi-laptop');
  const secret = (await page.locator('.secret code').innerText()).replace(/\s/g, '');
  recordSecret(secret);
  await page.getByLabel('Vahvistuskoodi').fill(totpAt(secret, step()));
  await page.getByRole('button', { name: 'Vahvista ja ota käyttöön' }).click();
  const codes = page.locator('.recovery-codes li');
  await expect(codes).toHaveCount(10);
  expect(await axeViolations(page)).toEqual([]);
  const recovery = await codes.first().innerText();
  for (const c of await codes.allInnerTexts()) recordSecret(c);
  await page.goto('/oma');
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  // Phone lost: a recovery code opens the account once.
  await signIn(page, { login: '200011', password: who.password });
  await expect(page).toHaveURL(/\/kirjaudu\/koodi$/);
  await page.getByLabel('Vahvistuskoodi').fill(recovery);
  await page.getByRole('button', { name: 'Jatka' }).click();
  await expect(page).toHaveURL(/\/oma$/);
  await context.close();
});

test('the second-factor and staff pages pass axe in every language at phone and laptop size', async ({ browser, baseURL }) => {
  const SERVICE = newStaff('dpo');
  const context = await browser.newContext();
  const page = await context.newPage();
  await passwordStep(page, SERVICE);
  const scan = async (name) => {
    for (const lang of LANGS) {
      await useLanguage(context, baseURL, lang);
      for (const vp of VIEWPORTS) {
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await page.reload();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `${name}-${lang}-${vp.name}`);
      }
    }
    await useLanguage(context, baseURL, 'fi');
    await page.reload();
  };
  await scan('sign-in-code');
  await page.getByLabel('Vahvistuskoodi').fill(totpAt(SERVICE.totpSecret, step()));
  await page.getByRole('button', { name: 'Jatka' }).click();
  await expect(page).toHaveURL(/\/henkilosto$/);
  await scan('staff');
  await page.goto('/oma/kaksivaihe');
  await scan('staff-second-factor');
  await context.close();
});
