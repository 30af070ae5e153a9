// A rectified email address becomes the login address only after its owner confirms it
// (issue #16), all without JavaScript: a customer asks to rectify their email address,
// the DPO approves, the new address gets a link and the old one a notice; until the link
// is confirmed the old address signs in; the link opens a page (its token already out of
// the address bar) whose one button moves the login; then the new address signs in. The
// confirmation page passes axe in Finnish, Swedish and English (in a browser with
// JavaScript: axe is a script).
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, activateAccount, mailsTo, axeViolations, LANGS, useLanguage } = require('./support');

// A register customer of the demo no other spec uses.
const NUMBER = '200034';

test('a new login address signs in only after the link sent to it is confirmed', async ({ browser, baseURL }) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const customer = { login: `vanha-${stamp}@example.fi`, password: 'Punainen tupa ja perunamaa' };
  const fresh = `uusi-${stamp}@example.fi`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await activateAccount(page, NUMBER, customer.login, customer.password);

  // The rectification: the email address, its value now beside it.
  await page.goto('/oma/pyynnot/uusi/oikaisu');
  await expect(page.locator('.choice').filter({ hasText: 'Sähköpostiosoite' })).toContainText('Nyt:');
  await page.getByRole('radio', { name: 'Sähköpostiosoite', exact: true }).check();
  await page.getByLabel('Oikea arvo').fill(fresh);
  await page.getByLabel('Miksi nykyinen tieto on väärin?').fill('Vaihdoin sähköpostipalvelua.');
  await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  await page.waitForURL(/kuitti=1#kuitti$/);
  const reference = page.url().match(/TN-\d{4}-\d{6}/)[0];
  const toOldBefore = mailsTo(customer.login).length;

  // The DPO approves.
  const dpoContext = await browser.newContext({ javaScriptEnabled: false });
  const dpo = await dpoContext.newPage();
  await signIn(dpo, newStaff('dpo'));
  await dpo.goto(`/henkilosto/pyynnot/${reference}`);
  await dpo.getByRole('radio', { name: 'Hyväksy: oikaise tieto rekisteriin' }).check();
  await dpo.getByLabel('Vastaus asiakkaalle').fill('Sähköpostiosoitteesi on korjattu.');
  await dpo.getByRole('button', { name: 'Tallenna ratkaisu' }).click();
  await expect(dpo.getByRole('status').filter({ hasText: 'Ratkaisu tallennettu ja tehty rekisteriin.' })).toBeVisible();
  await dpoContext.close();

  // The new address gets the link; the old one a notice without it.
  await expect.poll(() => mailsTo(fresh).filter((m) => m.includes('/osoite/vahvista?avain=')).length).toBe(1);
  const link = mailsTo(fresh)[0].match(/\/osoite\/vahvista\?avain=[0-9a-f]{64}/)[0];
  await expect.poll(() => mailsTo(customer.login).length).toBeGreaterThan(toOldBefore);
  expect(mailsTo(customer.login).some((m) => m.includes('avain='))).toBe(false);

  // Not yet: the new address does not sign in.
  const early = await browser.newContext({ javaScriptEnabled: false });
  const tryNew = await early.newPage();
  await signIn(tryNew, { login: fresh, password: customer.password });
  await expect(tryNew).toHaveURL(/\/kirjaudu/);
  await early.close();

  // The link, in a browser of its own: the token leaves the address, one button confirms.
  const mailbox = await browser.newContext({ javaScriptEnabled: false });
  const opened = await mailbox.newPage();
  await opened.goto(link);
  await expect(opened).toHaveURL(/\/osoite\/vahvista$/);
  await expect(opened.getByRole('heading', { level: 1 })).toHaveText('Vahvista uusi kirjautumisosoite');
  await opened.getByRole('button', { name: 'Vahvista uusi kirjautumisosoite' }).click();
  await expect(opened.getByRole('status')).toContainText('Kirjautumisosoitteesi on vaihdettu.');
  await mailbox.close();
  // The page that says so, through axe (which runs as a script in the page).
  const look = await browser.newContext();
  const done = await look.newPage();
  await done.goto('/osoite/vahvista?valmis=1');
  await expect(done.getByRole('status')).toContainText('Kirjautumisosoitteesi on vaihdettu.');
  expect(await axeViolations(done)).toEqual([]);
  await look.close();

  // Now the new address signs in, and the portal's own data shows the change.
  const after = await browser.newContext({ javaScriptEnabled: false });
  const signedIn = await after.newPage();
  await signIn(signedIn, { login: fresh, password: customer.password });
  await expect(signedIn).toHaveURL(/\/oma$/);
  await signedIn.goto('/oma/tiedot/portal');
  await expect(signedIn.getByRole('table', { name: 'Uudet kirjautumisosoitteet (oikaistu sähköpostiosoite)' })).toContainText(fresh);
  await after.close();
  await context.close();
});

for (const lang of LANGS) {
  test(`the confirmation page in ${lang} passes axe, its expired state too`, async ({ browser, baseURL }) => {
    // axe runs as a script in the page: this browser has JavaScript (the page has no island).
    const context = await browser.newContext();
    await useLanguage(context, baseURL, lang);
    const page = await context.newPage();
    // A link whose token is no one's: the button answers that it has expired.
    await page.goto(`/osoite/vahvista?avain=${'0'.repeat(64)}`);
    await expect(page).toHaveURL(/\/osoite\/vahvista$/);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('main button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveTitle(/: /);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
}
