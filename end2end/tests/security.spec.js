// Security in a real browser (issue #15): every page runs under the Content-Security-
// Policy with its nonce, islands included, and the console shows no violation; text a
// customer or a visitor typed never runs as script on their pages or on staff pages.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff } = require('./support');

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
  await page.waitForLoadState('networkidle');
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
