// Every route of the router, in every language, at phone and laptop size: axe finds no
// WCAG 2.2 AA violation, the page has one h1, a title, and `lang` matching the language;
// and at 320 CSS px nothing scrolls sideways.
const { test, expect } = require('@playwright/test');
const { LANGS, VIEWPORTS, appRoutes, concreteRoutes, useLanguage, axeViolations, screenshot, signIn, newStaff } = require('./support');

const routes = appRoutes();

test('the router has pages to scan', () => {
  expect(routes).toContain('/');
});

for (const route of [...routes, '/ei-tata-sivua']) {
  for (const lang of LANGS) {
    for (const vp of VIEWPORTS) {
      test(`${route} in ${lang} at ${vp.width}x${vp.height} passes axe`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
        await useLanguage(context, baseURL, lang);
        const page = await context.newPage();
        await page.goto(route);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        expect(await page.title()).not.toBe('');
        // Open every <details>, so axe checks the hidden content too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axeViolations(page)).toEqual([]);
        const name = `${route === '/' ? 'home' : route.replace(/\W+/g, '_')}-${lang}-${vp.name}`;
        await screenshot(page, name);
        await context.close();
      });
    }
  }

  test(`${route} reflows at 320 px without sideways scrolling`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(route);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

// Signed in: every route of the router again, parameters filled with real values, as a
// customer (customer pages) and as staff (staff pages). A new route is scanned without
// anyone adding it here; a new parameter fails until it has sample values.
const MATTI = { login: 'matti.virtanen@example.fi', password: 'Demo-tunnuslause-2' };
const STAFF_PREFIX = '/henkilosto';

async function scanSignedIn(page, context, baseURL, paths, lang, vp, who) {
  await useLanguage(context, baseURL, lang);
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res.status(), `${path} as ${who}`).toBeLessThan(500);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1'), `${path} as ${who}`).toHaveCount(1);
    expect(await page.title()).not.toBe('');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await axeViolations(page), `${path} as ${who} in ${lang}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    await screenshot(page, `signed-in-${who}-${path.replace(/\W+/g, '_')}-${lang}-${vp.name}`);
  }
}

test.describe('signed in, every route', () => {
  let samples;
  test.beforeAll(async ({ browser }) => {
    // A request of Matti's own, for the request page.
    const page = await browser.newPage();
    await signIn(page, MATTI);
    await page.goto('/oma/pyynnot/uusi/kysymys');
    await page.getByLabel('Kysymyksesi').fill('Saavutettavuustesti.');
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await page.waitForURL(/kuitti=1#kuitti$/);
    const reference = page.url().match(/TN-\d{4}-\d{6}/)[0];
    await page.close();
    // A breach of the DPO's register (the demo has one), for the breach page.
    const staffPage = await browser.newPage();
    await signIn(staffPage, newStaff('dpo'));
    await staffPage.goto('/henkilosto/loukkaukset');
    const breach = (await staffPage.locator('a[href^="/henkilosto/loukkaukset/LO-"]').first().getAttribute('href')).split('/').pop();
    await staffPage.close();
    samples = {
      luokka: ['basic', 'traffic_data'],
      laji: ['oikaisu', 'poisto', 'rajoitus', 'vastustus', 'kopio', 'kysymys', 'valitus'],
      viite: [reference],
      tunnus: [breach],
    };
  });

  for (const lang of LANGS) {
    for (const vp of VIEWPORTS) {
      test(`as a customer in ${lang} at ${vp.width}x${vp.height}`, async ({ browser, baseURL }) => {
        test.setTimeout(180_000);
        const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
        const page = await context.newPage();
        await signIn(page, MATTI);
        const paths = concreteRoutes(samples).filter((p) => !p.startsWith(STAFF_PREFIX));
        await scanSignedIn(page, context, baseURL, paths, lang, vp, 'customer');
        await context.close();
      });
      test(`as staff in ${lang} at ${vp.width}x${vp.height}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
        const page = await context.newPage();
        await signIn(page, newStaff('dpo'));
        const paths = concreteRoutes(samples).filter((p) => p.startsWith(STAFF_PREFIX));
        expect(paths.length).toBeGreaterThan(0);
        await scanSignedIn(page, context, baseURL, paths, lang, vp, 'staff');
        await context.close();
      });
    }
  }
});

// Text at 200 %, reduced motion, and targets of at least 24×24 CSS px (WCAG 1.4.4,
// 2.3.3 as honoured by prefers-reduced-motion, 2.5.8), on every route signed out.
const TARGETS = 'button, input:not([type="hidden"]), select, textarea, summary, a.button, nav a, .pager a';

for (const route of routes) {
  test(`${route}: text at 200 %, reduced motion, targets of 24 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(route);
    // Targets.
    const small = await page.evaluate((selector) => {
      return [...document.querySelectorAll(selector)]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ el, r }) => `${el.tagName} ${el.id || el.name || el.textContent.trim().slice(0, 30)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }, TARGETS);
    expect(small, 'targets smaller than 24×24').toEqual([]);
    // Nothing moves when the user asks for reduced motion.
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el))
        .filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0)).length,
    );
    expect(moving, 'elements still animated').toBe(0);
    // Text at 200 %: nothing scrolls sideways and no text is cut off by its box.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scrolling at 200 % text').toBeLessThanOrEqual(0);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('main *, header *, footer *')]
        .filter((el) => {
          const s = getComputedStyle(el);
          return (s.overflow === 'hidden' || s.overflowX === 'hidden') && el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('visually-hidden');
        })
        .map((el) => el.tagName + (el.className ? `.${el.className}` : '')),
    );
    expect(clipped, 'text cut off at 200 %').toEqual([]);
    await context.close();
  });
}

test('a visitor sends accessibility feedback without JavaScript, and staff answer it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  await page.getByLabel('Palautteesi').fill('Kielivalinnan painikkeet ovat pieniä.');
  await page.getByLabel('Sähköpostiosoite vastausta varten').fill('liisa@example');
  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tarkista tiedot' })).toContainText('verkkotunnus');
  await expect(page.getByLabel('Palautteesi')).toHaveValue('Kielivalinnan painikkeet ovat pieniä.');
  await page.getByLabel('Sähköpostiosoite vastausta varten').fill('liisa@example.fi');
  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  const thanks = page.getByRole('status').filter({ hasText: 'Kiitos palautteestasi' });
  await expect(thanks).toContainText(/SP-\d{4}-\d{6}/);
  const reference = (await thanks.textContent()).match(/SP-\d{4}-\d{6}/)[0];
  await context.close();

  const staffPage = await browser.newPage();
  await signIn(staffPage, newStaff('customer-service'));
  await staffPage.getByRole('link', { name: 'Saavutettavuuspalaute' }).click();
  const item = staffPage.getByRole('article', { name: new RegExp(reference) });
  await expect(item).toContainText('Kielivalinnan painikkeet ovat pieniä.');
  await item.getByLabel('Vastaus').fill('Suurensimme painikkeet. Kiitos!');
  await item.getByRole('button', { name: 'Tallenna vastaus' }).click();
  await expect(staffPage.getByRole('status').filter({ hasText: 'Vastaus tallennettu.' })).toBeVisible();
  await expect(staffPage.getByRole('article', { name: new RegExp(reference) })).toContainText('vastattu');
});
