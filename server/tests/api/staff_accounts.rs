//! Staff accounts governed by the DPO (issue #20): roles changed, accounts deactivated
//! and reactivated, by the DPO alone and never on their own account; a deactivation ends
//! the account's sessions at once and refuses its sign-in, while its past actions stay
//! attributed. Every change is audited.

use crate::helpers::{browser, TestApp};
use crate::requests::{error_page, location, post};
use app::ssr::seed::*;
use app::with_db;

const PAGE: &str = "/henkilosto/tunnukset";

async fn id_of(app: &TestApp, email: &str) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(pool).await.unwrap())
}

async fn role_and_disabled(app: &TestApp, id: i64) -> (String, bool) {
    with_db!(&app.db, pool => sqlx::query_as("SELECT role, disabled FROM accounts WHERE id = $1").bind(id).fetch_one(pool).await.unwrap())
}

async fn signed_in(app: &TestApp, email: &str, password: &str) -> reqwest::Client {
    let client = browser();
    let res = app.sign_in_with(&client, email, password).await;
    assert_eq!(location(&res), "/henkilosto", "{email} signs in");
    client
}

#[tokio::test]
async fn the_dpo_changes_roles_and_deactivates_accounts_whose_sessions_end_at_once() {
    for app in crate::helpers::apps_on_every_backend().await {
        accounts_on(&app).await;
    }
}

async fn accounts_on(app: &TestApp) {
    let dpo = signed_in(app, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let cs = signed_in(app, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let (dpo_id, cs_id) = (id_of(app, DEMO_DPO_EMAIL).await, id_of(app, DEMO_SERVICE_EMAIL).await);
    let (cs_s, dpo_s) = (cs_id.to_string(), dpo_id.to_string());

    // The list: every staff account, the DPO's own without forms, no customers.
    let html = dpo.get(app.url(PAGE)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(DEMO_SERVICE_EMAIL) && html.contains(DEMO_DPO_EMAIL) && !html.contains(DEMO_PRIVATE_EMAIL));
    assert!(html.contains("Oma tunnuksesi") && html.contains("Poista käytöstä: "), "forms for the others only");
    // Customer service may neither see nor change it.
    assert_eq!(cs.get(app.url(PAGE)).send().await.unwrap().status(), 403);
    let res = post(app, &cs, "staff_set_active", PAGE, &[("account", &dpo_s), ("active", "false")]).await;
    assert!(location(&res).contains("__err") || res.status() == 403, "customer service refused");
    assert_eq!(role_and_disabled(app, dpo_id).await, ("dpo".into(), false));
    // The DPO cannot change their own account.
    let res = post(app, &dpo, "staff_set_active", PAGE, &[("account", &dpo_s), ("active", "false")]).await;
    assert!(location(&res).contains("__err"), "own account: {}", location(&res));
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &dpo_s), ("role", "customer_service")]).await;
    assert!(location(&res).contains("__err"));
    assert_eq!(role_and_disabled(app, dpo_id).await, ("dpo".into(), false));
    // Not a staff role, not a staff account.
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "customer")]).await;
    assert!(location(&res).contains("__err"));
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "root")]).await;
    assert!(error_page(&dpo, &res).await.contains("Valitse rooli."), "a role that does not exist");
    let maija = id_of(app, DEMO_PRIVATE_EMAIL).await.to_string();
    let res = post(app, &dpo, "staff_set_active", PAGE, &[("account", &maija), ("active", "false")]).await;
    assert!(location(&res).contains("__err"), "a customer's account is not staff");

    // A role changed and back, each audited.
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "dpo")]).await;
    assert_eq!(location(&res), format!("{PAGE}?tehty=role#tila"));
    assert_eq!(role_and_disabled(app, cs_id).await, ("dpo".into(), false));
    post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "customer_service")]).await;
    assert_eq!(role_and_disabled(app, cs_id).await, ("customer_service".into(), false));

    // Deactivated while signed in: the next page is the sign-in page, signing in fails,
    // and what the account did stays in its name.
    let before: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1")
        .bind(cs_id).fetch_one(pool).await.unwrap());
    assert!(before > 0);
    let res = post(app, &dpo, "staff_set_active", PAGE, &[("account", &cs_s), ("active", "false")]).await;
    assert_eq!(location(&res), format!("{PAGE}?tehty=deactivated#tila"));
    let sessions: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE account_id = $1")
        .bind(cs_id).fetch_one(pool).await.unwrap());
    assert_eq!(sessions, 0, "its sessions ended");
    let res = cs.get(app.url("/henkilosto")).send().await.unwrap();
    assert!(location(&res).starts_with("/kirjaudu"), "the old session is gone: {}", location(&res));
    let res = app.sign_in_with(&browser(), DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_ne!(location(&res), "/henkilosto", "a deactivated account cannot sign in");
    let after: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1")
        .bind(cs_id).fetch_one(pool).await.unwrap());
    assert!(after >= before, "its past actions stay attributed");
    let html = dpo.get(app.url(PAGE)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Poistettu käytöstä") && html.contains("Ota käyttöön: "));

    // Reactivated: it signs in again.
    post(app, &dpo, "staff_set_active", PAGE, &[("account", &cs_s), ("active", "true")]).await;
    signed_in(app, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let changes: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'staff_account_changed' AND actor_id = $1 ORDER BY id",
    ).bind(dpo_id).fetch_all(pool).await.unwrap());
    let expected: Vec<String> = ["role=dpo", "role=customer_service", "deactivated", "activated"]
        .iter()
        .map(|what| format!("account={cs_id}/{what}"))
        .collect();
    assert_eq!(changes, expected);
}

/// The `<code>` on the enrolment page: the new secret, grouped in fours.
fn secret_on(html: &str) -> String {
    let at =
        html.find(r#"<p class="secret"><code>"#).expect("the secret on the page") + r#"<p class="secret"><code>"#.len();
    html[at..].split('<').next().unwrap().replace(' ', "")
}

/// Signs `client` in with a password and enrols the second factor the page offers;
/// returns the secret.
async fn sign_in_and_enrol(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> String {
    let res =
        client.post(app.url("/api/sign_in")).form(&[("login", email), ("password", password)]).send().await.unwrap();
    assert_eq!(location(&res), "/kirjaudu/kayttoonotto", "the password step leads to the enrolment");
    let (_, page) = app.get_as(client, "/kirjaudu/kayttoonotto").await;
    assert!(page.contains("Ota kaksivaiheinen tunnistautuminen käyttöön") && page.contains("<svg"), "the QR code");
    let secret = secret_on(&page);
    // Not signed in yet: staff pages send it to sign in.
    assert_eq!(location(&client.get(app.url("/henkilosto")).send().await.unwrap()), "/kirjaudu?jatka=/henkilosto");
    let wrong = post(app, client, "complete_enrolment", "/kirjaudu/kayttoonotto", &[("code", "000000")]).await;
    assert!(error_page(client, &wrong).await.contains("id=\"code-error\""), "a wrong code is told beside the field");
    let now = chrono::Utc::now().timestamp() as u64;
    let code = app::ssr::second_factor::code_at(&secret, now).unwrap();
    let res = post(app, client, "complete_enrolment", "/kirjaudu/kayttoonotto", &[("code", &code)]).await;
    assert_eq!(location(&res), "/oma/kaksivaihe");
    let (_, page) = app.get_as(client, "/oma/kaksivaihe").await;
    assert!(page.contains("Varakoodisi"), "the recovery codes, once");
    assert_eq!(app.get_as(client, "/henkilosto").await.0, 200, "signed in as staff");
    secret
}

#[tokio::test]
async fn an_account_the_dpo_creates_sets_its_password_from_the_mail_and_enrols_at_its_first_sign_in() {
    for app in crate::helpers::apps_on_every_backend().await {
        let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let email = "uusi.tyontekija@elmonet.example";
        let create = |name: &'static str, email: &'static str| {
            vec![("name", name), ("email", email), ("role", "customer_service")]
        };
        // Bad input: told beside the field, what was typed kept.
        let html = error_page(&dpo, &post(&app, &dpo, "staff_create_account", PAGE, &create(" ", email)).await).await;
        assert!(html.contains("id=\"name-error\"") && html.contains(email), "the name refused, the address kept");
        let html = error_page(
            &dpo,
            &post(&app, &dpo, "staff_create_account", PAGE, &create("Uusi Työntekijä", "ei-osoite")).await,
        )
        .await;
        assert!(html.contains("id=\"email-error\"") && html.contains("Uusi Työntekijä"));
        let taken = create("Toinen", DEMO_SERVICE_EMAIL);
        let html = error_page(&dpo, &post(&app, &dpo, "staff_create_account", PAGE, &taken).await).await;
        assert!(html.contains("Tällä sähköpostiosoitteella on jo tunnus."));
        // Customer service cannot create accounts.
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let res = post(&app, &cs, "staff_create_account", PAGE, &create("Luvaton", "luvaton@elmonet.example")).await;
        assert!(res.status() == 403 || location(&res).contains("__err"), "{}", res.status());

        let res = post(&app, &dpo, "staff_create_account", PAGE, &create("Uusi Työntekijä", email)).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=created#tila"));
        let id = id_of(&app, email).await;
        let (password, must_enrol): (Option<String>, bool) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT password_hash, must_enrol FROM accounts WHERE id = $1",
        ).bind(id).fetch_one(pool).await.unwrap());
        assert!(password.is_none() && must_enrol, "no password yet; enrols at the first sign-in");
        let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'staff_account_changed' AND detail = $1",
        ).bind(format!("account={id}/created/role=customer_service")).fetch_one(pool).await.unwrap());
        assert_eq!(audited, 1);
        let (_, list) = app.get_as(&dpo, PAGE).await;
        assert!(
            list.contains("Uusi Työntekijä")
                && list.contains("ottaa kaksivaiheisen tunnistautumisen käyttöön seuraavalla")
        );

        // The mail's link sets the password.
        app.outbox_drained().await;
        let mails = crate::recovery::mails(&app, 1).await;
        let mail = mails.iter().find(|m| m.contains(&format!("To: {email}"))).expect("the welcome mail");
        assert!(mail.contains("Tietoni-palveluun"), "the welcome words");
        let token = crate::recovery::reset_token(mail);
        let person = browser();
        person.get(app.url(&format!("/salasana/uusi?avain={token}"))).send().await.unwrap();
        let password = "Uuden työntekijän pitkä salalause";
        let res = post(&app, &person, "reset_password", "/salasana/uusi", &[("new_password", password)]).await;
        assert_eq!(location(&res), "/kirjaudu?salasana=1");

        // The first sign-in enrols the second factor; the next asks for its code.
        let secret = sign_in_and_enrol(&app, &person, email, password).await;
        let (totp, must_enrol): (Option<String>, bool) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT totp_secret, must_enrol FROM accounts WHERE id = $1",
        ).bind(id).fetch_one(pool).await.unwrap());
        assert_eq!((totp.as_deref(), must_enrol), (Some(secret.as_str()), false));
        let again = browser();
        let res =
            again.post(app.url("/api/sign_in")).form(&[("login", email), ("password", password)]).send().await.unwrap();
        assert_eq!(location(&res), "/kirjaudu/koodi", "now the code is asked");

        // The DPO resets the factor while the person is signed in: the session ends, and
        // the next sign-in enrols a new factor.
        let res = post(&app, &dpo, "staff_reset_factor", PAGE, &[("account", &id.to_string())]).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=factor-reset#tila"));
        assert_eq!(location(&person.get(app.url("/henkilosto")).send().await.unwrap()), "/kirjaudu?jatka=/henkilosto");
        let recovery: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1")
            .bind(id).fetch_one(pool).await.unwrap());
        assert_eq!(recovery, 0, "the old recovery codes are gone too");
        let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'staff_account_changed' AND detail = $1",
        ).bind(format!("account={id}/second_factor_reset")).fetch_one(pool).await.unwrap());
        assert_eq!(audited, 1);
        let newer = sign_in_and_enrol(&app, &browser(), email, password).await;
        assert_ne!(newer, secret, "a new secret");

        // A staff account without a factor that the DPO did not create or reset is still
        // refused at the password step: nobody enrols a factor by knowing a password.
        with_db!(&app.db, pool => sqlx::query("UPDATE accounts SET totp_secret = NULL, must_enrol = FALSE WHERE id = $1")
            .bind(id).execute(pool).await.unwrap().rows_affected());
        let res = post(&app, &browser(), "sign_in", "/kirjaudu", &[("login", email), ("password", password)]).await;
        assert!(location(&res).contains("__err"), "refused: {}", location(&res));
        // An enrolment page without a pending enrolment offers to sign in again.
        let (_, page) = app.get_as(&browser(), "/kirjaudu/kayttoonotto").await;
        assert!(page.contains("Käyttöönottoa ei ole kesken"));
    }
}
