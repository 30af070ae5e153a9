// A request without an account, end to end: from the sign-in page a person who has no
// account reaches the public form, gets a mistake pointed out beside its field with
// what they typed kept, sends the request, confirms it from the link mailed to them on
// another device (opening the link alone files nothing), and follows it; staff find it
// in the queue linked to nobody, see who asked, and link it to the register customer.
// Without JavaScript and with it; each state of the pages passes axe in every language.
const { test, expect } = require('@playwright/test');
const { signIn, newStaff, axeViolations, LANGS, useLanguage, mailsTo } = require('./support');

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'with' : 'without';
  test(`someone without an account asks, confirms from the mail and is followed up ${mode} JavaScript`, async ({
    browser,
  }) => {
    const email = `pekka-${Date.now()}-${javaScriptEnabled ? 'js' : 'html'}@example.org`;
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/kirjaudu');
    await page.getByRole('link', { name: 'Ei tunnusta? Tee tietosuojapyyntö ilman tunnusta' }).click();
    await expect(page).toHaveURL(/\/pyynto$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tee tietosuojapyyntö ilman tunnusta' })).toBeVisible();

    await page.getByLabel('Nimi', { exact: true }).fill('Pekka Ulkopuolinen');
    await page.getByRole('textbox', { name: 'Sähköpostiosoite', exact: true }).fill('pekka.example.org');
    await page.getByRole('radio', { name: 'Jäljennös tiedoista' }).check();
    await page.getByLabel('Pyyntösi').fill('Olin asiakkaana vuoteen 2024. Mitä tietoja minusta on vielä?');
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await expect(page.locator('#email-error')).toContainText('Kirjoita sähköpostiosoite muodossa');
    await expect(page.getByRole('textbox', { name: 'Sähköpostiosoite', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Pyyntösi')).toHaveValue('Olin asiakkaana vuoteen 2024. Mitä tietoja minusta on vielä?');
    await expect(page.getByLabel('Nimi', { exact: true })).toHaveValue('Pekka Ulkopuolinen');

    await page.getByRole('textbox', { name: 'Sähköpostiosoite', exact: true }).fill(email);
    await page.getByRole('radio', { name: 'Jäljennös tiedoista' }).check();
    await page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
    await expect(page).toHaveURL(/\/pyynto\/tila\?lahetetty=1$/);
    await expect(page.getByRole('status')).toContainText('Katso sähköpostisi');
    await expect(page.getByText('odottaa vahvistusta')).toBeVisible();

    // The mail's link, opened on another device: a button, not the opening, files it.
    await expect.poll(() => mailsTo(email).length).toBe(1);
    const link = mailsTo(email)[0].match(/https?:\/\/\S+\/pyynto\/vahvista\?avain=[0-9a-f]{64}/)[0];
    const phone = await browser.newContext({ javaScriptEnabled });
    const other = await phone.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: 'Vahvista pyyntösi' })).toBeVisible();
    await expect(other.getByText('Vahvista pyyntösi (Jäljennös tiedoista)')).toBeVisible();
    await other.getByRole('button', { name: 'Vahvista pyyntö' }).click();
    await expect(other).toHaveURL(/\/pyynto\/tila\?vahvistettu=1$/);
    await expect(other.getByRole('status')).toContainText('vahvistettu ja kirjattu');
    const facts = other.locator('dl.facts');
    await expect(facts).toContainText('Vastaanotettu');
    const reference = (await facts.textContent()).match(/TN-\d{4}-\d{6}/)[0];
    // The receipt follows by mail, with the reference and no link into an account.
    await expect.poll(() => mailsTo(email).length).toBe(2);
    expect(mailsTo(email)[1]).toContain(reference);
    expect(mailsTo(email)[1]).not.toContain('/oma/');
    // The first browser follows it too.
    await page.goto('/pyynto/tila');
    await expect(page.locator('dl.facts')).toContainText(reference);

    // Staff: in the queue, linked to nobody; who asked; linked to the register customer.
    const staff = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await signIn(staff, newStaff('dpo'));
    await staff.goto(`/henkilosto?haku=${reference}`);
    const row = staff.getByRole('row', { name: new RegExp(reference) });
    await expect(row).toContainText('Ei yhdistetty asiakkaaseen');
    await row.getByRole('link', { name: reference }).click();
    const requester = staff.getByRole('region', { name: 'Pyytäjä' });
    await expect(requester).toContainText('Pekka Ulkopuolinen');
    await expect(requester).toContainText(email);
    await expect(requester).toContainText('Ei tunnistautunut');
    if (javaScriptEnabled) expect(await axeViolations(staff)).toEqual([]);
    // Staff ask for identity; he answers on his page (the one the mail's link opened).
    const messageForm = staff.getByRole('region', { name: 'Viesti asiakkaalle' });
    await messageForm.getByLabel('Viesti', { exact: true }).fill('Tule palvelupisteeseen henkilöllisyystodistuksen kanssa.');
    await messageForm.getByRole('radio', { name: /Pyytää varmistamaan henkilöllisyyden/ }).check();
    await messageForm.getByRole('button', { name: 'Lähetä viesti' }).click();
    await expect(staff.getByRole('status').first()).toBeVisible();
    await other.goto('/pyynto/tila');
    await expect(other.getByText('Tule palvelupisteeseen henkilöllisyystodistuksen kanssa.')).toBeVisible();
    await other.getByLabel('Vastauksesi').fill('Tulen torstaina.');
    await other.getByRole('button', { name: 'Lähetä vastaus' }).click();
    await expect(other).toHaveURL(/\/pyynto\/tila\?viesti=1#viestit$/);
    await expect(other.getByRole('status')).toContainText('Viestisi on lähetetty.');
    await expect(other.locator('#viestit')).toContainText('Tulen torstaina.');
    if (javaScriptEnabled) expect(await axeViolations(other)).toEqual([]);
    await staff.reload();
    await expect(staff.getByText('Tulen torstaina.')).toBeVisible();
    await requester.getByLabel('Asiakasnumero tai henkilötunnus').fill('999999');
    await requester.getByRole('button', { name: 'Yhdistä pyyntö' }).click();
    await expect(staff.locator('#customer-error')).toContainText('ei löytynyt yhtä asiakasta');
    await staff.getByRole('region', { name: 'Pyytäjä' }).getByLabel('Asiakasnumero tai henkilötunnus').fill('100002');
    await staff.getByRole('region', { name: 'Pyytäjä' }).getByRole('button', { name: 'Yhdistä pyyntö' }).click();
    await expect(staff.getByRole('status').filter({ hasText: 'Pyyntö on yhdistetty asiakkaaseen.' })).toBeVisible();
    await expect(staff.locator('dl.facts').first()).toContainText('(100002)');
    await context.close();
    await phone.close();
  });
}

test('the public request pages pass axe in every language, in every state', async ({ browser, baseURL }) => {
  for (const lang of LANGS) {
    const context = await browser.newContext();
    await useLanguage(context, baseURL, lang);
    const page = await context.newPage();
    await page.goto('/pyynto');
    expect(await axeViolations(page), `form in ${lang}`).toEqual([]);
    // A mistake on the form.
    await page.getByRole('button', { name: /Lähetä pyyntö|Skicka begäran|Send the request/ }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect(await axeViolations(page), `form with errors in ${lang}`).toEqual([]);
    // Waiting for the link.
    const email = `axe-${lang}-${Date.now()}@example.org`;
    await page.locator('#name').fill('Testi Henkilö');
    await page.locator('#email').fill(email);
    await page.locator('input[name="kind"][value="question"]').check();
    await page.locator('#description').fill('Onko minusta tietoja?');
    await page.getByRole('button', { name: /Lähetä pyyntö|Skicka begäran|Send the request/ }).click();
    await expect(page).toHaveURL(/\/pyynto\/tila/);
    expect(await axeViolations(page), `waiting in ${lang}`).toEqual([]);
    // The link's page, then the filed request.
    await expect.poll(() => mailsTo(email).length).toBe(1);
    const link = mailsTo(email)[0].match(/https?:\/\/\S+\/pyynto\/vahvista\?avain=[0-9a-f]{64}/)[0];
    await page.goto(link);
    expect(await axeViolations(page), `confirm in ${lang}`).toEqual([]);
    await page.getByRole('button', { name: /Vahvista pyyntö|Bekräfta begäran|Confirm the request/ }).click();
    await expect(page).toHaveURL(/\/pyynto\/tila\?vahvistettu=1/);
    await expect(page.locator('dl.facts')).toBeVisible();
    expect(await axeViolations(page), `filed in ${lang}`).toEqual([]);
    await context.close();
  }
});
