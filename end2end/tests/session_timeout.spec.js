// The warning before an idle session ends (WCAG 2.2.1 Timing Adjustable), in Chromium
// with the page's clock run forward: two minutes before the end the page says so in an
// assertive live region and offers to continue; continuing keeps the session on the server and focus
// returns to the field being written; once the session has ended the page says so,
// offers to sign in again in a new tab, and what was typed is still in the form. The
// server's answer about the time left is played by the test (the real one is tested in
// the integration suite); "continue" goes to the real server. Both states pass axe.
// Without JavaScript the box takes no room and its live region stays empty.
const { test, expect } = require('@playwright/test');
const { signIn, axeViolations } = require('./support');

const MAIJA = { login: 'maija.meikalainen@example.fi', password: 'Demo-tunnuslause-1' };

test('an idle session warns before it ends, can be continued, and once ended loses nothing typed', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install();
  await signIn(page, MAIJA);
  let left = 90;
  await page.route('**/api/session_state', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: String(left) }),
  );
  await page.goto('/oma/pyynnot/uusi/kysymys');
  const field = page.getByLabel('Kysymyksesi');
  const typed = 'Mihin tietojani on luovutettu viime vuonna, ja millä perusteella?';
  await field.fill(typed);

  // 28 minutes idle: the warning, announced.
  const kept = page.waitForResponse('**/api/keep_session');
  await page.clock.fastForward('28:00');
  const alert = page.locator('#istunto p');
  await expect(alert).toContainText('Istuntosi päättyy noin 2 min kuluttua');
  const button = page.getByRole('button', { name: 'Jatka istuntoa' });
  await expect(button).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Continue: the real server keeps the session; the box goes; focus is back in the form.
  await button.click();
  expect(await (await kept).json()).toBeGreaterThan(1700);
  await expect(button).toBeHidden();
  await expect(alert).toHaveText('');
  await expect(field).toBeFocused();

  // Later nobody answers: the session has ended. Nothing typed is lost.
  left = 0;
  await page.clock.fastForward('28:00');
  await expect(alert).toContainText('Istuntosi päättyi');
  const again = page.getByRole('link', { name: 'Kirjaudu uudelleen (avautuu uuteen välilehteen)' });
  await expect(again).toBeVisible();
  await expect(again).toHaveAttribute('target', '_blank');
  await expect(field).toHaveValue(typed);
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('without JavaScript the warning takes no room and says nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, MAIJA);
  await page.goto('/oma');
  await expect(page.locator('#istunto p')).toHaveText('');
  await expect(page.getByRole('button', { name: 'Jatka istuntoa' })).toBeHidden();
  expect((await page.locator('#istunto').boundingBox()).height).toBeLessThanOrEqual(1);
  await context.close();
});
