// Security in a real browser (issue #15): every page runs under the Content-Security-
// Policy with its nonce, islands included, and the console shows no violation; text a
// customer or a visitor typed never runs as script on their pages or on staff pages.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, waitForIslands } = require('./support');

const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };
const PAYLOADS = ['</script><script>window.__xss = 1; alert(1)</script>', '"><img src=x onerror="window.__xss = 1; alert(1)">'];

/** Collects what the browser reports against the policy or as a script run by a payload. */
function watch(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect)/i.test(msg.text())) problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`a dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return problems;
}

test('every page runs under the CSP with a fresh nonce and no violation, the island too', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  const nonces = new Set();
  for (const path of ['/', '/kirjaudu', '/aktivoi', '/salasana/unohtui', '/saavutettavuus', '/ei-ole-olemassa']) {
    const res = await page.goto(path);
    const csp = res.headers()['content-security-policy'];
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]{22,}' 'wasm-unsafe-eval'/);
    expect(csp, path).not.toContain('unsafe-inline');
    nonces.add(csp.match(/'nonce-([^']+)'/)[1]);
    await page.waitForLoadState('networkidle');
  }
  expect(nonces.size).toBe(6);
  await signIn(page, MATTI);
  for (const path of ['/oma', '/oma/tiedot', '/oma/tiedot/basic', '/oma/vienti', '/oma/pyynnot', '/oma/kaksivaihe']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The permissions page has the island: it loads its wasm under the policy and changes
  // a consent in place (no reload), which it cannot do unless it hydrated.
  await page.goto('/oma/luvat');
  await waitForIslands(page);
  await page.evaluate(() => {
    window.__samePage = true;
  });
  const give = page.getByRole('button', { name: /^(Anna|Peru): Mielipide- ja markkinatutkimukset, puhelin$/ });
  const before = await give.textContent();
  await give.click();
  await expect(page.getByRole('button', { name: /Mielipide- ja markkinatutkimukset, puhelin$/ })).not.toHaveText(before);
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test('text typed into free-text fields never runs, for the customer or for staff', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await signIn(page, MATTI);
  const references = [];
  for (const payload of PAYLOADS) {
    await page.goto('/oma/pyynnot/uusi/kysymys');
    await page.getByLabel('Kysymyksesi').fill(`Kysymys ${payload}`);
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await page.waitForURL(/TN-\d{4}-\d{6}/);
    references.push(page.url().match(/TN-\d{4}-\d{6}/)[0]);
    await expect(page.getByText(payload, { exact: false }).first()).toBeVisible();
    await page.getByLabel('Uusi viesti').fill(`Viesti ${payload}`);
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    await expect(page.getByText(`Viesti ${payload}`).first()).toBeVisible();
  }
  await page.goto('/oma/pyynnot');
  await page.goto('/oma/tietosuojavaltuutettu');
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(problems).toEqual([]);
  await context.close();

  // A visitor's accessibility feedback with the same payloads.
  const visitor = await browser.newPage();
  for (const payload of PAYLOADS) {
    await visitor.goto('/saavutettavuus');
    await visitor.getByLabel('Palautteesi').fill(`Palaute ${payload}`);
    await visitor.getByRole('button', { name: 'Lähetä palaute' }).click();
    await expect(visitor.getByRole('status').filter({ hasText: 'Kiitos palautteestasi' })).toBeVisible();
  }
  await visitor.close();

  const staff = await browser.newPage();
  const staffProblems = watch(staff);
  await signIn(staff, newStaff('customer-service'));
  for (const reference of references) {
    await staff.goto(`/henkilosto/pyynnot/${reference}`);
    await expect(staff.getByText('Viesti ', { exact: false }).first()).toBeVisible();
  }
  await staff.goto('/henkilosto');
  await staff.goto('/henkilosto/palaute');
  await expect(staff.getByText(`Palaute ${PAYLOADS[1]}`).first()).toBeVisible();
  expect(await staff.evaluate(() => window.__xss)).toBeUndefined();
  expect(staffProblems).toEqual([]);
});

/** The payloads must be in the document as text only: no element they would make. */
async function expectInert(page, where) {
  const html = await page.content();
  expect(html, where).not.toMatch(/<img[^>]+src="?x"?[^>]*onerror/i);
  expect(html, where).not.toMatch(/<script>window\.__xss/);
  expect(await page.locator('img[src="x"]').count(), where).toBe(0);
}

test('without JavaScript, every free-text field of every request form, a message and a staff reply stay text', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, MATTI);
  const references = [];
  for (const [i, kind] of ['oikaisu', 'poisto', 'rajoitus', 'vastustus', 'kopio', 'kysymys', 'valitus'].entries()) {
    const payload = PAYLOADS[i % PAYLOADS.length];
    await page.goto(`/oma/pyynnot/uusi/${kind}`);
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lähetä pyyntö' }) });
    // Every free-text field gets the payload; the first choice of each radio group is taken.
    const fields = form.locator('textarea, input[type="text"]');
    expect(await fields.count(), kind).toBeGreaterThan(0);
    for (const field of await fields.all()) await field.fill(`Teksti ${payload}`);
    for (const radio of await form.locator('input[type="radio"]').all()) {
      const name = await radio.getAttribute('name');
      if (!(await form.locator(`input[type="radio"][name="${name}"]:checked`).count())) await radio.check();
    }
    await form.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await page.waitForLoadState();
    // Filed (its page shows the text) or refused (the form shows it again): text either way.
    await expect(page.getByText(payload, { exact: false }).first(), kind).toBeVisible();
    await expectInert(page, kind);
    const filed = page.url().match(/TN-\d{4}-\d{6}/);
    if (filed) references.push(filed[0]);
  }
  expect(references.length).toBeGreaterThanOrEqual(5);
  await page.goto(`/oma/pyynnot/${references[0]}`);
  await page.getByLabel('Uusi viesti').fill(`Viesti ${PAYLOADS[1]}`);
  await page.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(page.getByText(`Viesti ${PAYLOADS[1]}`).first()).toBeVisible();
  await expectInert(page, 'message');

  // Staff read every one, and their own reply with a payload reaches the customer as text.
  const staffContext = await browser.newContext({ javaScriptEnabled: false });
  const staff = await staffContext.newPage();
  await signIn(staff, newStaff('customer-service'));
  for (const reference of references) {
    await staff.goto(`/henkilosto/pyynnot/${reference}`);
    await expect(staff.getByText('Teksti ', { exact: false }).first()).toBeVisible();
    await expectInert(staff, `staff ${reference}`);
  }
  await staff.goto(`/henkilosto/pyynnot/${references[0]}`);
  await staff.getByLabel('Viesti', { exact: true }).fill(`Henkilökunta ${PAYLOADS[0]}`);
  await staff.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Viesti lähetetty asiakkaalle.' })).toBeVisible();
  await expectInert(staff, 'staff reply');
  await page.goto(`/oma/pyynnot/${references[0]}`);
  await expect(page.getByText(`Henkilökunta ${PAYLOADS[0]}`).first()).toBeVisible();
  await expectInert(page, 'the reply on the customer page');
  await staff.goto('/henkilosto/palaute');
  await expectInert(staff, 'feedback');
  await staffContext.close();
  await context.close();
});
