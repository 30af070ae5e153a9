// Strong electronic identification through a real OpenID provider (oidc/provider.mjs,
// the `oidc-provider` package on loopback, started by playwright.config.js): a register
// customer lands on their own data, a first-timer gets an account, a person the
// register does not have is told so and nothing more, and every broken answer — a
// wrong nonce, a tampered or expired token, too weak an assurance level, no identity
// code, a cancel, a replayed return — is refused with a clear page. The identity code
// never appears in an address.
const { test, expect } = require('@playwright/test');
const { axeViolations, LANGS, useLanguage, signIn, newStaff, mailsTo } = require('./support');

const START = 'Tunnistaudu pankkitunnuksilla tai mobiilivarmenteella';

// One provider for the whole file, and one test rotates its keys: one at a time.
test.describe.configure({ mode: 'serial' });
const HETU = { maija: '140385-917', matti: '021171-955', liisa: '150792-938', outi: '010190-990' };

/** Records every address the browser asks for, to check no identity code is in one. */
function watchAddresses(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

function expectNoIdentityCode(urls) {
  for (const url of urls) {
    for (const code of Object.values(HETU)) expect(url, 'an identity code in an address').not.toContain(code);
  }
}

/** At the test provider's login page ("the bank"): who, how strongly, which fault. */
async function identifyAtProvider(page, { person, level = 'substantial', fault = '' }) {
  await expect(page.getByRole('heading', { level: 1, name: /Testipankki/ })).toBeVisible();
  await page.getByLabel('Henkilö').selectOption(person);
  await page.getByLabel('Varmuustaso').selectOption(level);
  await page.getByLabel('Vastauksen virhe').selectOption(fault);
  await page.getByRole('button', { name: 'Tunnistaudu', exact: true }).click();
}

async function identify(page, who) {
  await page.goto('/kirjaudu');
  await page.getByRole('link', { name: START }).click();
  await identifyAtProvider(page, who);
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

  test(`Matti identifies with his bank and lands on his own data ${mode}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const urls = watchAddresses(context);
    const page = await context.newPage();
    await identify(page, { person: 'matti', level: javaScriptEnabled ? 'high' : 'substantial' });
    await expect(page).toHaveURL(/\/oma$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
    await expect(page.getByText('Matti Virtanen').first()).toBeVisible();
    await page.getByRole('link', { name: 'Tietosi', exact: true }).first().click();
    await expect(page).toHaveURL(/\/oma\/tiedot/);
    expectNoIdentityCode(urls);
    await context.close();
  });

  test(`a refused identification says why and signs nobody in ${mode}`, async ({ browser }) => {
    const cases = [
      { fault: 'nonce', text: 'ei kuulunut tähän tunnistautumiseen' },
      { fault: 'tampered', text: 'allekirjoitus ei täsmännyt' },
      { fault: 'expired', text: 'vastaus oli vanhentunut' },
      { level: 'weak', text: 'ei ole riittävän vahva' },
      { fault: 'no-hetu', text: 'ei kertonut henkilötunnustasi' },
    ];
    for (const c of cases) {
      const context = await browser.newContext({ javaScriptEnabled });
      const urls = watchAddresses(context);
      const page = await context.newPage();
      await identify(page, { person: 'maija', fault: c.fault || '', level: c.level || 'substantial' });
      await expect(page).toHaveURL(/\/kirjaudu\?tunnistus=/);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Tunnistautuminen ei onnistunut');
      await expect(alert).toContainText(c.text);
      await expect(page).toHaveTitle(/^Virhe: /);
      // The tampered token claimed Matti: neither he nor Maija is signed in.
      await page.goto('/oma');
      await expect(page).toHaveURL(/\/kirjaudu/);
      expectNoIdentityCode(urls);
      await context.close();
    }
  });
}

test('a person the register does not have is told so, and nothing else', async ({ page }) => {
  await identify(page, { person: 'outi' });
  await expect(page).toHaveURL(/\/kirjaudu\?tunnistus=ei-asiakas$/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('emme löytäneet sinua ElmoNetin asiakasrekisteristä');
  await expect(page.getByText('Outi')).toHaveCount(0);
  await page.goto('/oma');
  await expect(page).toHaveURL(/\/kirjaudu/);
});

test('cancelling at the provider returns to sign-in with a way to try again', async ({ page }) => {
  await page.goto('/kirjaudu');
  await page.getByRole('link', { name: START }).click();
  await page.getByRole('button', { name: 'Keskeytä' }).click();
  await expect(page).toHaveURL(/\/kirjaudu\?tunnistus=peruttu$/);
  await expect(page.getByRole('alert')).toContainText('Tunnistautuminen keskeytettiin');
  await expect(page.getByRole('link', { name: START })).toBeVisible();
});

test('a return address replayed in another browser signs nobody in', async ({ browser }) => {
  const victim = await browser.newContext();
  const page = await victim.newPage();
  let returned = null;
  page.on('request', (r) => {
    if (r.url().includes('/tunnistaudu/paluu')) returned = r.url();
  });
  await identify(page, { person: 'maija' });
  await expect(page).toHaveURL(/\/oma$/);
  expect(returned).toContain('code=');
  const attacker = await browser.newContext();
  const other = await attacker.newPage();
  await other.goto(returned);
  await expect(other).toHaveURL(/\/kirjaudu\?tunnistus=vanhentunut$/);
  await other.goto('/oma');
  await expect(other).toHaveURL(/\/kirjaudu/);
  // The same browser cannot use it twice either: the flow was spent.
  await page.goto(returned);
  await expect(page).toHaveURL(/\/oma$/);
  await victim.close();
  await attacker.close();
});

test('Liisa, who never activated, gets her account on first identification and confirms with it', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await identify(page, { person: 'liisa' });
  await expect(page).toHaveURL(/\/oma$/);
  await expect(page.getByText('Liisa Lahtinen').first()).toBeVisible();
  // The package needs a fresh confirmation; she has no password, so she identifies.
  await page.goto('/oma/vienti/lataa');
  await expect(page).toHaveURL(/\/vahvista\?jatka=/);
  await page.getByRole('link', { name: 'Vahvista pankkitunnuksilla tai mobiilivarmenteella' }).click();
  // Someone else at the bank is refused…
  await identifyAtProvider(page, { person: 'matti' });
  await expect(page).toHaveURL(/\/vahvista\?jatka=.*tunnistus=eri-henkilo$/);
  await expect(page.getByRole('alert')).toContainText('eri henkilönä');
  // …Liisa herself is accepted and her download goes through.
  await page.getByRole('link', { name: 'Vahvista pankkitunnuksilla tai mobiilivarmenteella' }).click();
  await identifyAtProvider(page, { person: 'liisa' });
  await expect(page).toHaveURL(/\/oma\/vienti/);
  const res = await page.request.get('/oma/vienti/lataa', { headers: { accept: 'application/json' } });
  expect(res.status()).toBe(200);
  const pkg = await res.json();
  expect(JSON.stringify(pkg)).toContain('Lahtinen');
  // A request filed in this session records how she was identified, and says so.
  await page.goto('/oma/pyynnot/uusi/kysymys');
  await page.getByLabel('Kysymyksesi').fill('Mistä osoitteeni on saatu?');
  await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pyyntö vastaanotettu' })).toBeVisible();
  await expect(page.locator('dl.facts').first()).toContainText('Vahva sähköinen tunnistus (loa2)');
  // A second identification finds the same account.
  await context.clearCookies();
  await identify(page, { person: 'liisa' });
  await expect(page).toHaveURL(/\/oma$/);
  await context.close();
});

for (const lang of LANGS) {
  test(`the sign-in page with identification and a refusal passes axe in ${lang}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    await useLanguage(context, baseURL, lang);
    const page = await context.newPage();
    await page.goto('/kirjaudu?tunnistus=ei-asiakas');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.locator('a[href^="/tunnistaudu"]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}

// A request without an account, with identification on the spot: a register customer's
// request is linked to her at once; a person the register does not have is told exactly
// the same; staff see the difference. With JavaScript and without.
for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  test(`a request without an account is identified on the spot ${mode}`, async ({ browser }) => {
    const staffContext = await browser.newContext({ javaScriptEnabled });
    const staff = await staffContext.newPage();
    await signIn(staff, newStaff('dpo'));
    for (const who of [
      { person: 'liisa', name: 'Liisa Lahtinen', staffSees: 'vastaa asiakasta 100003', customer: '(100003)' },
      { person: 'outi', name: 'Outi Ulkopuolinen', staffSees: 'ei vastaa yhtäkään', customer: 'Ei yhdistetty' },
    ]) {
      const email = `${who.person}-${Date.now()}-${javaScriptEnabled ? 'js' : 'html'}@example.org`;
      const context = await browser.newContext({ javaScriptEnabled });
      const urls = watchAddresses(context);
      const page = await context.newPage();
      await page.goto('/pyynto');
      await page.getByLabel('Nimi', { exact: true }).fill(who.name);
      await page.getByRole('textbox', { name: 'Sähköpostiosoite', exact: true }).fill(email);
      await page.getByRole('radio', { name: 'Kysymys' }).check();
      await page.getByLabel('Pyyntösi').fill('Mihin tietojani käytetään?');
      await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
      await expect(page).toHaveURL(/\/pyynto\/tila\?lahetetty=1$/);
      await page.getByRole('link', { name: 'Tunnistaudu pankkitunnuksilla', exact: true }).click();
      await identifyAtProvider(page, { person: who.person });
      await expect(page).toHaveURL(/\/pyynto\/tila\?tunnistettu=1$/);
      // The same words whoever it was: nothing tells whether the register has them.
      await expect(page.getByRole('status')).toContainText('Henkilöllisyytesi on todennettu.');
      await expect(page.getByText('Henkilöllisyytesi on todennettu vahvasti.')).toBeVisible();
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await expect.poll(() => mailsTo(email).length).toBe(1);
      const link = mailsTo(email)[0].match(/https?:\/\/\S+\/pyynto\/vahvista\?avain=[0-9a-f]{64}/)[0];
      await page.goto(link);
      await page.getByRole('button', { name: 'Vahvista pyyntö' }).click();
      const reference = (await page.locator('dl.facts').textContent()).match(/TN-\d{4}-\d{6}/)[0];
      await expect(page.locator('dl.facts')).toContainText('Henkilöllisyytesi on todennettu vahvasti.');
      expectNoIdentityCode(urls);
      await context.close();

      await staff.goto(`/henkilosto/pyynnot/${reference}`);
      await expect(staff.locator('dl.facts').first()).toContainText(who.customer);
      await expect(staff.getByRole('region', { name: 'Pyytäjä' })).toContainText(who.staffSees);
      await expect(staff.getByRole('region', { name: 'Henkilöllisyys' })).toContainText('Vahva sähköinen tunnistus');
    }
    await staffContext.close();
  });
}

test('after the provider rotates its keys, the new key is fetched and accepted', async ({ browser, request }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await identify(page, { person: 'matti' });
  await expect(page).toHaveURL(/\/oma$/);
  await first.close();
  // The broker retires its key: the portal's cached keys no longer sign anything.
  const rotated = await request.post(`${process.env.TIETONI_E2E_OIDC_ISSUER}/__test/rotate`);
  expect(await rotated.text()).toMatch(/^signing with test-\d+$/);
  const second = await browser.newContext();
  const again = await second.newPage();
  await identify(again, { person: 'matti' });
  await expect(again).toHaveURL(/\/oma$/);
  await expect(again.getByText('Matti Virtanen').first()).toBeVisible();
  // Fetching keys again does not weaken the check: a tampered token is still refused.
  const third = await browser.newContext();
  const refused = await third.newPage();
  await identify(refused, { person: 'maija', fault: 'tampered' });
  await expect(refused).toHaveURL(/tunnistus=vaara-allekirjoitus$/);
  await second.close();
  await third.close();
});
