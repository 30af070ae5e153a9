// Bytes on the wire (issue #19), measured in Chromium against the running release
// server, as a first visitor with an empty cache: only a page with an island loads the
// WebAssembly and its JavaScript, at most 100 KB of them go over the wire (compressed);
// a signed-in page loads only the session warning's small script (at most 2 KB), a
// signed-out page none; the files are named by their content and cached for a year, so
// a second visit transfers none of them again. Pages without personal data go
// compressed.
const { test, expect } = require('@playwright/test');
const { signIn, waitForIslands } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };
const BUDGET = 100_000;
const SESSION_SCRIPT = /^\/pkg\/istunto\.[0-9a-f]{16}\.js$/;

/** Bytes of .js and .wasm that went over the wire while `visit` ran, by Chrome's count. */
async function scriptBytes(page, visit) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map();
  const files = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response));
  cdp.on('Network.loadingFinished', (e) => {
    const res = urls.get(e.requestId);
    if (res && /\.(js|wasm)$/.test(new URL(res.url).pathname)) {
      files.push({ url: res.url, bytes: e.encodedDataLength, headers: res.headers, cached: res.fromDiskCache || res.fromMemoryCache });
    }
  });
  await visit();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return files;
}

const header = (headers, name) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];

test('a page with an island loads at most 100 KB of script, named by content and cached for a year', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, MAIJA);
  const first = await scriptBytes(page, async () => {
    await page.goto('/oma/luvat');
    await waitForIslands(page);
  });
  const total = first.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`first visit to /oma/luvat: ${first.map((f) => `${new URL(f.url).pathname} ${f.bytes} B`).join(', ')}; total ${total} B`);
  expect(first.some((f) => f.url.endsWith('.wasm'))).toBe(true);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGET);
  for (const f of first) {
    expect(new URL(f.url).pathname).toMatch(/^\/pkg\/(tietoni|istunto)\.[0-9a-f]{16}\.(js|wasm)$/);
    expect(header(f.headers, 'content-encoding')).toBe('br');
    expect(header(f.headers, 'cache-control')).toBe('public, max-age=31536000, immutable');
  }
  // The preload links say `crossorigin` without the nonce Leptos writes into it (the
  // scripts keep their nonce, which the CSP needs).
  const html = await (await page.request.get('/oma/luvat')).text();
  expect(html).toMatch(/<link rel="modulepreload"[^>]* crossorigin=""/);
  expect(html).not.toMatch(/<link[^>]* crossorigin="[^"]+"/);
  // The stylesheet too is named by its content and cached for a year.
  const css = await page.request.get(await page.locator('link[rel=stylesheet]').getAttribute('href'));
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // A second visit takes them from the cache: nothing goes over the wire again.
  const again = await scriptBytes(page, async () => {
    await page.goto('/oma/luvat');
    await waitForIslands(page);
  });
  expect(again.filter((f) => !f.cached).reduce((sum, f) => sum + f.bytes, 0)).toBe(0);
  await context.close();
});

test('pages without an island load no WebAssembly, and signed-out pages no script at all', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signedOut = ['/', '/kirjaudu', '/aktivoi', '/salasana/unohtui', '/saavutettavuus'];
  for (const path of signedOut) {
    const files = await scriptBytes(page, () => page.goto(path));
    expect(files, path).toEqual([]);
  }
  // A page without personal data goes compressed; one with it (no-store) does not.
  const landing = await page.goto('/');
  expect(await landing.headerValue('content-encoding')).toBe('br');
  await signIn(page, MAIJA);
  const mine = await page.goto('/oma/tiedot');
  expect(await mine.headerValue('content-encoding')).toBeNull();
  // Signed in: only the session warning's script, at most 2 KB over the wire in all (it
  // comes from the cache after the first page).
  let sessionBytes = 0;
  for (const path of ['/oma', '/oma/tiedot', '/oma/pyynnot', '/oma/vienti', '/istunnot', '/oma/kaksivaihe']) {
    const files = await scriptBytes(page, () => page.goto(path));
    expect(files.every((f) => SESSION_SCRIPT.test(new URL(f.url).pathname)), path).toBe(true);
    sessionBytes += files.filter((f) => !f.cached).reduce((sum, f) => sum + f.bytes, 0);
  }
  expect(sessionBytes).toBeLessThanOrEqual(2_000);
  await context.close();
});
