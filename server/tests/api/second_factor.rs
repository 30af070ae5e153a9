//! The second factor: mandatory TOTP for staff, optional for customers, recovery codes,
//! and the separation of staff and customer pages.

use crate::helpers::{browser, spawn_app, TestApp};
use app::ssr::second_factor::{code_at, DEMO_STAFF_SECRET};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{LOCATION, REFERER};

async fn post(client: &reqwest::Client, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url(path)).header(REFERER, app.url("/")).form(form).send().await.unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn staff_need_the_code_after_the_password_and_each_code_works_once() {
    for app in crate::helpers::apps_on_every_backend().await {
        staff_need_the_code_after_the_password_and_each_code_works_once_on(&app).await;
    }
}

async fn staff_need_the_code_after_the_password_and_each_code_works_once_on(app: &TestApp) {
    let client = browser();
    let res = post(&client, app, "/api/sign_in", &[("login", DEMO_DPO_EMAIL), ("password", DEMO_DPO_PASSWORD)]).await;
    assert_eq!(location(&res), "/kirjaudu/koodi");
    // The password alone signs nobody in.
    let page = client.get(app.url("/henkilosto")).send().await.unwrap();
    assert_eq!(location(&page), "/kirjaudu?jatka=/henkilosto");
    let wrong = post(&client, app, "/api/verify_sign_in_code", &[("code", "000000")]).await;
    assert!(location(&wrong).contains("__err"), "{}", location(&wrong));
    let code = app.fresh_code(DEMO_DPO_EMAIL, DEMO_STAFF_SECRET).await;
    let ok = post(&client, app, "/api/verify_sign_in_code", &[("code", &code)]).await;
    assert_eq!(location(&ok), "/henkilosto");
    let (status, html) = {
        let r = client.get(app.url("/henkilosto")).send().await.unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(html.contains("Tietosuojavastaava (demo)"));

    // The same code again, from another browser after the right password: refused.
    let other = browser();
    post(&other, app, "/api/sign_in", &[("login", DEMO_DPO_EMAIL), ("password", DEMO_DPO_PASSWORD)]).await;
    let replay = post(&other, app, "/api/verify_sign_in_code", &[("code", &code)]).await;
    assert!(location(&replay).contains("__err"), "a used code was accepted again");

    let audited: Vec<(String, Option<String>)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT action, detail FROM audit_log WHERE action = 'sign_in' AND actor_kind = 'staff'"
    ).fetch_all(pool).await.unwrap());
    assert_eq!(audited, vec![("sign_in".to_owned(), Some("totp".to_owned()))]);
}

#[tokio::test]
async fn the_code_step_needs_the_password_step_first() {
    let app = spawn_app().await;
    let code = code_at(DEMO_STAFF_SECRET, chrono::Utc::now().timestamp() as u64).unwrap();
    let res = post(&browser(), &app, "/api/verify_sign_in_code", &[("code", &code)]).await;
    assert!(location(&res).contains("__err"), "{}", location(&res));
    let signed_in: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE account_id IS NOT NULL")
        .fetch_one(pool).await.unwrap());
    assert_eq!(signed_in, 0);
}

#[tokio::test]
async fn wrong_codes_throttle_the_account_like_wrong_passwords() {
    let app = spawn_app().await;
    let client = browser();
    post(&client, &app, "/api/sign_in", &[("login", DEMO_SERVICE_EMAIL), ("password", DEMO_SERVICE_PASSWORD)]).await;
    for _ in 0..10 {
        post(&client, &app, "/api/verify_sign_in_code", &[("code", "000000")]).await;
    }
    let (_, locked) = crate::security::failures_and_lock(&app, DEMO_SERVICE_EMAIL).await;
    assert!(locked.is_some_and(|t| t > chrono::Utc::now()));
    // Even the right code is refused now.
    let code = app.fresh_code(DEMO_SERVICE_EMAIL, DEMO_STAFF_SECRET).await;
    let res = post(&client, &app, "/api/verify_sign_in_code", &[("code", &code)]).await;
    assert!(location(&res).contains("__err"));
}

#[tokio::test]
async fn a_staff_account_without_a_second_factor_cannot_sign_in() {
    let app = spawn_app().await;
    with_db!(&app.db, pool => sqlx::query("UPDATE accounts SET totp_secret = NULL WHERE email = $1")
        .bind(DEMO_SERVICE_EMAIL).execute(pool).await.unwrap().rows_affected());
    let res =
        post(&browser(), &app, "/api/sign_in", &[("login", DEMO_SERVICE_EMAIL), ("password", DEMO_SERVICE_PASSWORD)])
            .await;
    assert!(location(&res).contains("__err"), "{}", location(&res));
}

#[tokio::test]
async fn staff_and_customer_pages_stay_apart() {
    let app = spawn_app().await;
    let staff = browser();
    app.sign_in_with(&staff, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_eq!(location(&staff.get(app.url("/oma")).send().await.unwrap()), "/henkilosto");
    let customer = browser();
    app.sign_in_with(&customer, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    assert_eq!(customer.get(app.url("/henkilosto")).send().await.unwrap().status(), 403);
}

/// The secret as the setup page shows it (groups of four inside `<code>`).
fn shown_secret(html: &str) -> String {
    let start = html.find("class=\"secret\"").expect("the page shows the key");
    let code = &html[start..];
    let code = &code[code.find("<code>").unwrap() + 6..];
    code[..code.find("</code>").unwrap()].replace(' ', "")
}

fn shown_recovery_codes(html: &str) -> Vec<String> {
    let Some(start) = html.find("class=\"recovery-codes\"") else { return Vec::new() };
    let list = &html[start..html[start..].find("</ul>").unwrap() + start];
    list.split("<code>").skip(1).map(|c| c[..c.find("</code>").unwrap()].to_owned()).collect()
}

#[tokio::test]
async fn a_customer_turns_the_second_factor_on_uses_a_recovery_code_once_and_turns_it_off() {
    for app in crate::helpers::apps_on_every_backend().await {
        a_customer_turns_the_second_factor_on_uses_a_recovery_code_once_and_turns_it_off_on(&app).await;
    }
}

async fn a_customer_turns_the_second_factor_on_uses_a_recovery_code_once_and_turns_it_off_on(app: &TestApp) {
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    // Starting needs the password again.
    let early = post(&client, app, "/api/start_second_factor", &[]).await;
    assert!(location(&early).contains("__err"));
    let page = client.get(app.url("/oma/kaksivaihe")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("/vahvista?jatka=/oma/kaksivaihe"));
    post(&client, app, "/api/reauthenticate", &[("password", DEMO_PRIVATE_PASSWORD), ("next", "/oma/kaksivaihe")])
        .await;
    assert_eq!(location(&post(&client, app, "/api/start_second_factor", &[]).await), "/oma/kaksivaihe");
    let page = client.get(app.url("/oma/kaksivaihe")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("otpauth://totp/") && page.contains("<svg"), "setup page lacks the link or QR code");
    let secret = shown_secret(&page);
    let wrong = post(&client, app, "/api/confirm_second_factor", &[("code", "000000")]).await;
    assert!(location(&wrong).contains("__err"));
    let code = code_at(&secret, chrono::Utc::now().timestamp() as u64).unwrap();
    assert_eq!(
        location(&post(&client, app, "/api/confirm_second_factor", &[("code", &code)]).await),
        "/oma/kaksivaihe"
    );
    let page = client.get(app.url("/oma/kaksivaihe")).send().await.unwrap().text().await.unwrap();
    let codes = shown_recovery_codes(&page);
    assert_eq!(codes.len(), 10);
    // Shown once.
    let again = client.get(app.url("/oma/kaksivaihe")).send().await.unwrap().text().await.unwrap();
    assert!(shown_recovery_codes(&again).is_empty());
    assert!(again.contains("varakoodeja: 10"), "the count of unused codes is missing");
    let stored: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT code_hash FROM recovery_codes")
        .fetch_all(pool).await.unwrap());
    assert!(stored.iter().all(|h| h.len() == 64 && !codes.iter().any(|c| h.contains(c.as_str()))));

    // Signing in now needs a code; a recovery code works once.
    let phone_lost = browser();
    let res = post(&phone_lost, app, "/api/sign_in", &[("login", "100001"), ("password", DEMO_PRIVATE_PASSWORD)]).await;
    assert_eq!(location(&res), "/kirjaudu/koodi");
    let typed = codes[0].to_lowercase().replace('-', " ");
    assert_eq!(location(&post(&phone_lost, app, "/api/verify_sign_in_code", &[("code", &typed)]).await), "/oma");
    let thief = browser();
    post(&thief, app, "/api/sign_in", &[("login", "100001"), ("password", DEMO_PRIVATE_PASSWORD)]).await;
    assert!(location(&post(&thief, app, "/api/verify_sign_in_code", &[("code", &codes[0])]).await).contains("__err"));

    // Turning it off needs a recent re-authentication (this one still is).
    assert_eq!(location(&post(&client, app, "/api/disable_second_factor", &[]).await), "/oma/kaksivaihe");
    let res = post(&browser(), app, "/api/sign_in", &[("login", "100001"), ("password", DEMO_PRIVATE_PASSWORD)]).await;
    assert_eq!(location(&res), "/oma");
    let actions: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE action LIKE 'second_factor%' ORDER BY id").fetch_all(pool).await.unwrap());
    assert_eq!(actions, ["second_factor_enabled", "second_factor_disabled"]);
}

#[tokio::test]
async fn staff_cannot_turn_their_second_factor_off() {
    let app = spawn_app().await;
    let client = browser();
    app.sign_in_with(&client, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    post(&client, &app, "/api/reauthenticate", &[("password", DEMO_DPO_PASSWORD), ("next", "/henkilosto")]).await;
    let res = client
        .post(app.url("/api/disable_second_factor"))
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let on: Option<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT totp_secret FROM accounts WHERE email = $1")
        .bind(DEMO_DPO_EMAIL).fetch_one(pool).await.unwrap());
    assert!(on.is_some());
}
