// Every route of the router, in every language, at phone and laptop size: axe finds no
// WCAG 2.2 AA violation, the page has one h1, a title, and `lang` matching the language;
// and at 320 CSS px nothing scrolls sideways.
const { test, expect } = require('@playwright/test');
const { LANGS, VIEWPORTS, appRoutes, useLanguage, axeViolations, screenshot } = require('./support');

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
