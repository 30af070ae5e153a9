//! Password reset by emailed link (through the file outbox) and account activation with
//! the code from the activation letter.

use crate::helpers::{browser, spawn_app, TestApp};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{LOCATION, REFERER};

async fn post(client: &reqwest::Client, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url(path)).header(REFERER, app.url("/")).form(form).send().await.unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// The messages in the app's outbox, decoded from quoted-printable, oldest first. The
/// mail is sent after the answer, so wait for `n` messages a moment; a message counts
/// once the file is whole (the outbox writes it in place, so a read can see it empty or
/// cut: it must read the same twice, 50 ms apart).
pub(crate) async fn mails(app: &TestApp, n: usize) -> Vec<String> {
    let read = || -> Vec<(std::time::SystemTime, String)> {
        std::fs::read_dir(&app.outbox)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .filter_map(|e| {
                        Some((e.metadata().ok()?.modified().ok()?, std::fs::read_to_string(e.path()).ok()?))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    for _ in 0..50 {
        let mut found = read();
        if found.len() >= n && found.iter().all(|(_, m)| !m.is_empty()) {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            let mut again = read();
            found.sort();
            again.sort();
            if found == again {
                return found.into_iter().map(|(_, m)| m.replace("=\r\n", "").replace("=3D", "=")).collect();
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("expected {n} messages in the outbox");
}

pub(crate) fn reset_token(mail: &str) -> String {
    let at = mail.find("/salasana/uusi?avain=").expect("a reset link") + "/salasana/uusi?avain=".len();
    mail[at..at + 64].to_owned()
}

#[tokio::test]
async fn a_reset_link_sets_a_new_password_once_and_ends_every_session() {
    for app in crate::helpers::apps_on_every_backend().await {
        a_reset_link_sets_a_new_password_once_and_ends_every_session_on(&app).await;
    }
}

async fn a_reset_link_sets_a_new_password_once_and_ends_every_session_on(app: &TestApp) {
    let old_session = browser();
    app.sign_in_with(&old_session, DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;

    let asked = post(&browser(), app, "/api/request_password_reset", &[("login", "100002")]).await;
    let unknown = post(&browser(), app, "/api/request_password_reset", &[("login", "nobody@example.fi")]).await;
    assert_eq!(location(&asked), "/salasana/unohtui?lahetetty=1");
    assert_eq!(location(&unknown), location(&asked), "the answer tells whether an account exists");
    let mail = mails(app, 1).await.remove(0);
    assert!(mail.contains("To: matti.virtanen@example.fi"), "{mail}");
    assert!(mail.contains("Subject:"));
    let token = reset_token(&mail);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(mails(app, 1).await.len(), 1, "an unknown login got mail");
    let stored: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT code_hash FROM one_time_codes")
        .fetch_all(pool).await.unwrap());
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token, "the token is stored in the clear");

    let client = browser();
    // The link's token leaves the address before the page is shown (finding 9 of #15).
    let link = client.get(app.url(&format!("/salasana/uusi?avain={token}"))).send().await.unwrap();
    assert_eq!(link.status(), 303);
    assert_eq!(location(&link), "/salasana/uusi");
    assert_eq!(link.headers()["referrer-policy"], "no-referrer");
    let (status, page) = {
        let r = client.get(app.url("/salasana/uusi")).send().await.unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert_eq!(status, 200);
    assert!(page.contains(r#"autocomplete="new-password""#));
    assert!(!page.contains(&token), "the page carries the token");
    let weak = post(&client, app, "/api/reset_password", &[("new_password", "salasana123")]).await;
    assert!(location(&weak).contains("__err"));
    let new_password = "Kesäkuun kolmas sadepäivä";
    let ok = post(&client, app, "/api/reset_password", &[("new_password", new_password)]).await;
    assert_eq!(location(&ok), "/kirjaudu?salasana=1");
    // The old session is over; the old password no longer works; the new one does.
    assert_eq!(location(&old_session.get(app.url("/oma")).send().await.unwrap()), "/kirjaudu");
    let old = post(&browser(), app, "/api/sign_in", &[("login", "100002"), ("password", DEMO_BUSINESS_PASSWORD)]).await;
    assert!(location(&old).contains("__err"));
    let new = post(&browser(), app, "/api/sign_in", &[("login", "100002"), ("password", new_password)]).await;
    assert_eq!(location(&new), "/oma");
    // The link worked once.
    let again = post(
        &client,
        app,
        "/api/reset_password",
        &[("token", &token), ("new_password", "Toinen uusi salasana tänään")],
    )
    .await;
    assert!(location(&again).contains("__err"));
}

#[tokio::test]
async fn a_reset_link_expires_after_thirty_minutes_and_a_newer_one_voids_it() {
    let app = &spawn_app().await;
    post(&browser(), app, "/api/request_password_reset", &[("login", DEMO_PRIVATE_EMAIL)]).await;
    let first = reset_token(&mails(app, 1).await[0]);
    post(&browser(), app, "/api/request_password_reset", &[("login", DEMO_PRIVATE_EMAIL)]).await;
    let second = reset_token(&mails(app, 2).await[1]);
    let try_token = |token: String| async move {
        let res = browser()
            .post(app.url("/api/reset_password"))
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[("token", token.as_str()), ("new_password", "Kesäkuun kolmas sadepäivä")])
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    };
    let (status, body) = try_token(first).await;
    assert_eq!(status, 400);
    assert!(body.contains("LinkExpired"), "{body}");
    let expired = chrono::Utc::now() - chrono::Duration::seconds(1);
    with_db!(&app.db, pool => sqlx::query("UPDATE one_time_codes SET expires_at = $1").bind(expired).execute(pool).await.unwrap().rows_affected());
    let (_, body) = try_token(second).await;
    assert!(body.contains("LinkExpired"), "{body}");
}

/// A register customer without a portal account.
async fn customer_without_account(app: &TestApp) -> (app::domain::CustomerId, String) {
    with_db!(&app.db, pool => sqlx::query_as(
        "SELECT c.id, c.customer_number FROM customers c LEFT JOIN accounts a ON a.customer_id = c.id
         WHERE a.id IS NULL ORDER BY c.id LIMIT 1",
    ).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn a_register_customer_activates_an_account_with_the_letters_code() {
    for app in crate::helpers::apps_on_every_backend().await {
        a_register_customer_activates_an_account_with_the_letters_code_on(&app).await;
    }
}

async fn a_register_customer_activates_an_account_with_the_letters_code_on(app: &TestApp) {
    let (customer_id, number) = customer_without_account(app).await;
    let code = app::ssr::one_time::issue_activation_code(&app.db, customer_id).await.unwrap();
    let client = browser();
    let form = |code: &str, email: &str, password: &str| {
        vec![
            ("customer_number".to_owned(), number.clone()),
            ("code".to_owned(), code.to_owned()),
            ("email".to_owned(), email.to_owned()),
            ("new_password".to_owned(), password.to_owned()),
        ]
    };
    let activate = |form: Vec<(String, String)>| {
        client.post(app.url("/api/activate")).header(REFERER, app.url("/aktivoi")).form(&form).send()
    };
    // Bad email: the message is about the email, and what was typed comes back.
    let res = activate(form(&code, "not an address", "Kesäkuun kolmas sadepäivä")).await.unwrap();
    assert!(location(&res).contains("__err"));
    let page = client.get(location(&res).replace("http://tietoni.test", &app.address)).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains(&format!(r#"value="{number}""#)), "the customer number was lost");
    // An account email that is taken, and a weak password: refused.
    assert!(location(&activate(form(&code, DEMO_PRIVATE_EMAIL, "Kesäkuun kolmas sadepäivä")).await.unwrap())
        .contains("__err"));
    assert!(location(&activate(form(&code, "uusi.asiakas@example.fi", "salasana123")).await.unwrap()).contains("__err"));
    let ok =
        activate(form(&code.to_lowercase(), "uusi.asiakas@example.fi", "Kesäkuun kolmas sadepäivä")).await.unwrap();
    assert_eq!(location(&ok), "/oma");
    assert_eq!(client.get(app.url("/oma")).send().await.unwrap().status(), 200);
    let account: (String, Option<app::domain::CustomerId>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT role, customer_id FROM accounts WHERE email = 'uusi.asiakas@example.fi'").fetch_one(pool).await.unwrap());
    assert_eq!(account, ("customer".to_owned(), Some(customer_id)));
    // The code worked once.
    let again = browser()
        .post(app.url("/api/activate"))
        .header(REFERER, app.url("/aktivoi"))
        .form(&form(&code, "toinen@example.fi", "Kesäkuun kolmas sadepäivä"))
        .send()
        .await
        .unwrap();
    assert!(location(&again).contains("__err"));
}

#[tokio::test]
async fn five_wrong_activation_codes_void_the_letter_and_unknown_numbers_get_the_same_answer() {
    for app in crate::helpers::apps_on_every_backend().await {
        five_wrong_activation_codes_void_the_letter_and_unknown_numbers_get_the_same_answer_on(&app).await;
    }
}

async fn five_wrong_activation_codes_void_the_letter_and_unknown_numbers_get_the_same_answer_on(app: &TestApp) {
    let (customer_id, number) = customer_without_account(app).await;
    let code = app::ssr::one_time::issue_activation_code(&app.db, customer_id).await.unwrap();
    let attempt = |number: String, code: String| async move {
        let res = browser()
            .post(app.url("/api/activate"))
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[
                ("customer_number", number.as_str()),
                ("code", code.as_str()),
                ("email", "arvaaja@example.fi"),
                ("new_password", "Kesäkuun kolmas sadepäivä"),
            ])
            .send()
            .await
            .unwrap();
        (res.status().as_u16(), res.text().await.unwrap())
    };
    let unknown = attempt("999999".into(), "AAAAA-AAAAA".into()).await;
    let wrong = attempt(number.clone(), "AAAAA-AAAAA".into()).await;
    assert_eq!(unknown, wrong);
    assert!(wrong.1.contains("activation-code-wrong"), "{}", wrong.1);
    for _ in 0..4 {
        attempt(number.clone(), "AAAAA-AAAAA".into()).await;
    }
    let right_too_late = attempt(number.clone(), code).await;
    assert_eq!(right_too_late, wrong, "the code still worked after five wrong tries");
}

#[tokio::test]
async fn the_activation_letter_command_writes_the_letter_and_prints_a_working_code() {
    let app = spawn_app().await;
    let (_, number) = customer_without_account(&app).await;
    let settings = server::config::Settings { outbox_dir: app.outbox.clone(), ..Default::default() };
    let code = server::letters::activation(&app.db, &settings, &number).await.unwrap();
    let letters: Vec<_> = std::fs::read_dir(app.outbox.join("letters")).unwrap().collect();
    assert_eq!(letters.len(), 1);
    let letter = std::fs::read_to_string(letters[0].as_ref().unwrap().path()).unwrap();
    assert!(letter.contains(&code) && letter.contains(&number) && letter.contains("/aktivoi"), "{letter}");
    // It went through the outbox (issue #19): posted, it keeps neither address nor code.
    let jobs: Vec<(String, String, String, Option<String>)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT o.status, o.recipient, o.args, c.customer_number FROM outbox o LEFT JOIN customers c ON c.id = o.customer_id
         WHERE o.kind = 'letter'",
    ).fetch_all(pool).await.unwrap());
    assert_eq!(jobs, [("sent".into(), String::new(), "{}".into(), Some(number.clone()))]);
    assert!(server::letters::activation(&app.db, &settings, "000000").await.is_err());
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_the_other_sessions() {
    let app = spawn_app().await;
    let other_device = browser();
    app.sign_in_with(&other_device, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let new_password = "Syksyn ensimmäinen lumisade";
    let wrong = post(
        &client,
        &app,
        "/api/change_password",
        &[("password", "Wrong-password-123"), ("new_password", new_password)],
    )
    .await;
    assert!(location(&wrong).contains("__err"));
    let weak = post(
        &client,
        &app,
        "/api/change_password",
        &[("password", DEMO_PRIVATE_PASSWORD), ("new_password", "maija meikäläinen")],
    )
    .await;
    assert!(location(&weak).contains("__err"));
    let ok = post(
        &client,
        &app,
        "/api/change_password",
        &[("password", DEMO_PRIVATE_PASSWORD), ("new_password", new_password)],
    )
    .await;
    assert_eq!(location(&ok), "/oma/salasana?valmis=1");
    assert_eq!(client.get(app.url("/oma")).send().await.unwrap().status(), 200, "this session ended too");
    assert_eq!(location(&other_device.get(app.url("/oma")).send().await.unwrap()), "/kirjaudu");
    let res =
        post(&browser(), &app, "/api/sign_in", &[("login", DEMO_PRIVATE_EMAIL), ("password", new_password)]).await;
    assert_eq!(location(&res), "/oma");
}

#[tokio::test]
async fn activation_and_reset_share_the_per_address_rate_limit() {
    let db = crate::helpers::fresh_sqlite().await;
    crate::helpers::seed_small(&db).await;
    let app = crate::helpers::spawn_app_with(db, |s| s.sign_in_attempts_per_minute = 2).await;
    let client = browser();
    post(&client, &app, "/api/request_password_reset", &[("login", "x@example.fi")]).await;
    post(
        &client,
        &app,
        "/api/activate",
        &[("customer_number", "1"), ("code", "x"), ("email", "x@example.fi"), ("new_password", "x")],
    )
    .await;
    for path in ["/api/reset_password", "/api/request_password_reset", "/api/activate", "/api/verify_sign_in_code"] {
        let res = post(&client, &app, path, &[]).await;
        assert_eq!(res.status(), 429, "{path}");
        assert!(res.headers().contains_key("retry-after"));
    }
}
