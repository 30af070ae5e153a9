// Maija downloads her JSON package, with and without JavaScript: the download asks for
// her password first, then starts by itself, and the file holds her data, valid against
// the schema the portal publishes (checked by ajv, an outside JSON Schema validator).
const fs = require('node:fs');
const { test, expect } = require('@playwright/test');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');
const { signIn } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };

for (const javaScriptEnabled of [true, false]) {
  test(`Maija downloads her data ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, MAIJA);
    await page.getByRole('link', { name: 'Lataa kaikki tietosi' }).click();
    await expect(page).toHaveURL(/\/oma\/vienti$/);
    await page.getByRole('link', { name: 'Lataa tiedot (JSON)' }).click();
    // The password first.
    await expect(page).toHaveURL(/\/vahvista/);
    await page.getByLabel('Salasana').fill(MAIJA.password);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vahvista' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tietoni-100001-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(pkg.manifest.customer_number).toBe('100001');
    // The 11 categories of the privacy notice, the portal's own data, her requests and
    // disclosures of her data.
    expect(pkg.manifest.categories).toHaveLength(14);
    expect(pkg.data.disclosures.disclosures[0].recipient_name).toBe('Sisä-Suomen poliisilaitos');
    expect(pkg.data.traffic_data.traffic_records.length).toBe(
      pkg.manifest.categories.find((c) => c.id === 'traffic_data').record_count,
    );
    expect(pkg.data.basic.customer[0].first_name).toBe('Maija');
    // What the portal itself holds: her account, this session's sign-in, the mails.
    expect(pkg.data.portal.portal_account[0].login_email).toBe(MAIJA.login);
    expect(pkg.data.portal.portal_events.some((e) => e.action === 'sign_in' && e.actor_kind === 'customer')).toBe(true);
    expect(pkg.manifest.rights.map((r) => r.id)).toContain('complaint');
    expect(pkg.manifest.supervisory_authority.url).toBe('https://tietosuoja.fi');
    expect(pkg.manifest.transfers_outside_eea).toBe(false);
    const schema = await (await page.request.get('/schema/tietoni-export-v1.json')).json();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    await expect(page.getByRole('status')).toContainText('Latauksesi alkaa');
    await context.close();
  });
}
