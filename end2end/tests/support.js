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

/** Every page route the app's router has, asked from the server binary. */
function appRoutes() {
  const bin = process.env.TIETONI_BIN;
  if (!bin) throw new Error('TIETONI_BIN is not set: run the suite through the README test command');
  const out = execFileSync(bin, ['routes'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out).filter((p) => !p.includes(':') && !p.includes('*'));
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

/** Saves a full-page screenshot for a person to look at (not committed). */
async function screenshot(page, name) {
  const dir = path.join(__dirname, '..', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

module.exports = { LANGS, VIEWPORTS, appRoutes, useLanguage, axeViolations, screenshot };
