// Shared helpers: the route list from the router itself, languages, viewports and the
// axe scan every page must pass.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const AxeBuilder = require('@axe-core/playwright').default;

const LANGS = ['fi', 'sv', 'en'];
const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'laptop', width: 1366, height: 768 },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page route the app's router has, asked from the server binary, parameters
 * written `{name}`. */
function allRoutes() {
  const bin = process.env.TIETONI_BIN;
  if (!bin) throw new Error('TIETONI_BIN is not set: run the suite through the README test command');
  const out = execFileSync(bin, ['routes'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out);
}

/** The routes without parameters. */
function appRoutes() {
  return allRoutes().filter((p) => !/[:*{]/.test(p));
}

/**
 * Every route with its parameters filled from `samples` ({ name: [values] }): one path
 * per sample value. A parameter without samples fails, so a new page with a parameter
 * cannot be left out of the scans.
 */
function concreteRoutes(samples) {
  const paths = [];
  for (const route of allRoutes()) {
    const params = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    if (params.length > 1) throw new Error(`more than one parameter in ${route}: give samples for each`);
    if (params.length === 0) {
      paths.push(route);
      continue;
    }
    const values = samples[params[0]];
    if (!values || values.length === 0) throw new Error(`no sample values for {${params[0]}} in ${route}`);
    for (const v of values) paths.push(route.replace(`{${params[0]}}`, v));
  }
  return paths;
}

/** Sets the language cookie, as the language switch does. */
async function useLanguage(context, baseURL, lang) {
  await context.addCookies([{ name: 'tietoni_lang', value: lang, url: baseURL }]);
}

/** Runs axe with the WCAG 2.2 AA tags and returns the violations, summarised. */
async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The demo staff accounts' TOTP secret (README; demo data only). */
const DEMO_STAFF_SECRET = 'TIETONIDEMOKOODIELMONETOYSTAFF23';

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of `secret` for time step `step`. */
function totpAt(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = require('node:crypto').createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

// The server accepts each step once per account; within one test process, give each
// sign-in of an account a step not used before (the server allows one step of skew).
const usedSteps = new Map();
function freshCode(login, secret) {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (usedSteps.get(login) ?? -1) + 1);
  usedSteps.set(login, step);
  return totpAt(secret, step);
}

/**
 * Writes a secret the test saw (a session id, a token, a code) to the file the test
 * command checks the server's log against after the run (playwright.config.js).
 */
function recordSecret(value) {
  const file = process.env.TIETONI_E2E_SECRETS;
  if (file && value && value.length >= 6) fs.appendFileSync(file, `${value}\n`);
}

/** Records every session id the server gives `page` from now on. */
function recordSessionIds(page) {
  page.on('response', async (response) => {
    const setCookie = await response.headerValue('set-cookie').catch(() => null);
    for (const m of (setCookie || '').matchAll(/(?:tietoni_session|__Host-tietoni)=([^;\s]+)/g)) recordSecret(m[1]);
  });
}

/** Signs in through the form (Finnish labels), giving the TOTP code when asked. */
async function signIn(page, who) {
  recordSessionIds(page);
  await page.goto('/kirjaudu');
  await page.getByLabel('Sähköpostiosoite tai asiakasnumero').fill(who.login);
  await page.getByLabel('Salasana').fill(who.password);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  if (who.totpSecret) {
    await page.waitForURL(/\/kirjaudu\/koodi$/);
    const code = freshCode(who.login, who.totpSecret);
    recordSecret(who.totpSecret);
    await page.getByLabel('Vahvistuskoodi').fill(code);
    await page.getByRole('button', { name: 'Jatka' }).click();
  }
}

/** Where the server under test writes email and letters (see playwright.config.js). */
function outboxDir() {
  return process.env.TIETONI_OUTBOX_DIR;
}

/** Every email in the outbox to `to`, newest last, with quoted-printable undone. */
function mailsTo(to) {
  const dir = outboxDir();
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => ({ at: fs.statSync(path.join(dir, f)).mtimeMs, text: fs.readFileSync(path.join(dir, f), 'utf8') }))
    .sort((a, b) => a.at - b.at)
    .map((m) => m.text.replace(/=\r?\n/g, '').replace(/=3D/g, '='))
    .filter((m) => m.includes(`To: ${to}`));
}

/** Runs the server binary's CLI on the test server's database, e.g. `activation-code`. */
function tietoni(args, env = {}) {
  return execFileSync(process.env.TIETONI_BIN, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, RUST_LOG: 'error', ...env },
  }).trim();
}

/**
 * A new staff account made with `tietoni create-staff`, as an operator makes one, with
 * the TOTP secret it prints. Each test gets its own, so parallel tests never compete
 * for the same account's time steps.
 */
function newStaff(role = 'customer-service', name = 'Testi Henkilö') {
  const login = `staff-${Date.now()}-${Math.floor(Math.random() * 1e6)}@elmonet.example`;
  const password = 'Kolme vihreää omenaa pöydällä';
  const out = tietoni(['create-staff', '--email', login, '--name', name, '--role', role], {
    TIETONI_STAFF_PASSWORD: password,
  });
  const secret = out.match(/secret: ([A-Z2-7 ]+)/)[1].replace(/\s/g, '');
  recordSecret(secret);
  return { login, password, totpSecret: secret };
}

/** Saves a full-page screenshot for a person to look at (not committed). */
async function screenshot(page, name) {
  const dir = path.join(__dirname, '..', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Waits until every island on the page has hydrated (each marks its form with
 * `data-hydrated` from an effect, which runs only in the browser), so a click is handled
 * in place and not by the plain form post.
 */
async function waitForIslands(page) {
  await page.waitForFunction(
    () => document.querySelectorAll('leptos-island form').length === document.querySelectorAll('leptos-island form[data-hydrated]').length,
  );
}

/**
 * Activates the account of register customer `number` with the code from the letter
 * (`tietoni activation-code`), as the customer does; the page ends signed in on /oma.
 * A spec that changes a customer's data activates its own customer this way.
 */
async function activateAccount(page, number, email, password) {
  const code = tietoni(['activation-code', number]);
  recordSecret(code);
  recordSessionIds(page);
  await page.goto('/aktivoi');
  await page.getByLabel('Asiakasnumero').fill(number);
  await page.getByLabel('Aktivointikoodi').fill(code);
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Uusi salasana').fill(password);
  await page.getByRole('button', { name: 'Ota tunnus käyttöön' }).click();
  await page.waitForURL(/\/oma$/);
}

/** The virtual screen reader's browser build (@guidepup/virtual-screen-reader). */
const SCREEN_READER_SOURCE = fs.readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');

/**
 * Starts a virtual screen reader on the page's body: from then on `spoken(page)` is what
 * it has said, including live-region announcements. The page's context needs
 * `bypassCSP: true` (the reader is loaded as a module from a blob URL, which the
 * portal's CSP rightly refuses).
 */
async function startScreenReader(page) {
  await page.evaluate(async (source) => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const { virtual } = await import(url);
    window.__screenReader = virtual;
    await virtual.start({ container: document.body });
  }, SCREEN_READER_SOURCE);
}

/** What the virtual screen reader has said so far. */
async function spoken(page) {
  return page.evaluate(() => window.__screenReader.spokenPhraseLog());
}

/** Reads on with the virtual screen reader to the end of the page (at most `max` steps); what it said. */
async function readToEnd(page, max = 600) {
  await page.evaluate(async (max) => {
    const sr = window.__screenReader;
    for (let i = 0; i < max && (await sr.lastSpokenPhrase()) !== 'end of document'; i++) await sr.next();
  }, max);
  return spoken(page);
}

/** A Helsinki wall-clock time `hoursAgo` hours ago, as a `datetime-local` field takes it. */
function helsinkiLocal(hoursAgo = 0) {
  const at = new Date(Date.now() - hoursAgo * 3_600_000);
  return at.toLocaleString('sv-SE', { timeZone: 'Europe/Helsinki' }).slice(0, 16).replace(' ', 'T');
}

module.exports = {
  startScreenReader,
  spoken,
  readToEnd,
  activateAccount,
  helsinkiLocal,
  waitForIslands,
  LANGS,
  VIEWPORTS,
  DEMO_STAFF_SECRET,
  appRoutes,
  concreteRoutes,
  useLanguage,
  axeViolations,
  screenshot,
  signIn,
  recordSecret,
  recordSessionIds,
  totpAt,
  outboxDir,
  mailsTo,
  tietoni,
  newStaff,
};
