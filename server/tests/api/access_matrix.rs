//! The access matrix: every registered server function, called by every kind of caller
//! with customer B's object ids and values, never shows B's values to anyone else and
//! never changes B's data. A new server function is in the matrix automatically.

use crate::helpers::{browser, spawn_app, TestApp};
use app::ssr::seed::*;
use app::with_db;

/// Server functions that staff may use to read customer data (each audited). Staff
/// callers are exempt from the "never shows B's values" check for these only.
const STAFF_READS: &[&str] =
    &["/api/staff_queue", "/api/staff_request", "/api/staff_audit_log", "/api/staff_review_copy"];

/// A caller of the matrix: who, their login and password (none for anonymous), staff?
type Caller<'a> = (&'a str, Option<(&'a str, &'a str)>, bool);

/// What B's data looks like, to prove no call changed it.
async fn snapshot_of_b(app: &TestApp) -> String {
    let account: (String, Option<String>, Option<String>, String, bool) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT email, password_hash, totp_secret, display_name, disabled FROM accounts WHERE email = $1",
    ).bind(DEMO_BUSINESS_EMAIL).fetch_one(pool).await.unwrap());
    let sessions: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT s.id_hash FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1 ORDER BY 1",
    ).bind(DEMO_BUSINESS_EMAIL).fetch_all(pool).await.unwrap());
    let customer: (String, String, String, Option<String>, Option<String>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT first_name, last_name, street_address, phone, email FROM customers WHERE customer_number = '100002'",
    ).fetch_one(pool).await.unwrap());
    let messages: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM request_messages m JOIN requests r ON r.id = m.request_id JOIN customers c ON c.id = r.customer_id
         WHERE c.customer_number = '100002' AND m.author_kind = 'customer'",
    ).fetch_one(pool).await.unwrap());
    format!("{account:?} {sessions:?} {customer:?} customer-messages={messages}")
}

/// Signs a fresh browser in, clearing the account's used TOTP step first so a staff
/// account can sign in as often as the matrix needs.
async fn signed_in(app: &TestApp, login: &str, password: &str) -> reqwest::Client {
    with_db!(&app.db, pool => sqlx::query("UPDATE accounts SET totp_last_step = NULL, failed_sign_ins = 0, locked_until = NULL WHERE email = $1")
        .bind(login).execute(pool).await.unwrap().rows_affected());
    let client = browser();
    let res = app.sign_in_with(&client, login, password).await;
    assert_eq!(res.status(), 302, "{login} did not sign in");
    client
}

#[tokio::test]
async fn no_caller_sees_or_changes_another_customers_data_through_any_server_function() {
    let app = spawn_app().await;
    // B (Matti) is signed in somewhere; his session key is an object id the others try.
    let b = signed_in(&app, DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
    assert_eq!(b.get(app.url("/oma")).send().await.unwrap().status(), 200);
    let b_key: String = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT s.id_hash FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1",
    ).bind(DEMO_BUSINESS_EMAIL).fetch_one(pool).await.unwrap());
    // A disabled customer account (customer 3 of the register).
    let disabled_login = "suljettu@example.fi";
    let disabled_password = "Suljetun tilin pitkä salalause";
    let hash = app::ssr::password::hash_blocking(disabled_password.into()).await;
    with_db!(&app.db, pool => sqlx::query(
        "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at, disabled)
         SELECT $1, 'customer', c.id, 'Suljettu', $2, $3, TRUE FROM customers c LEFT JOIN accounts a ON a.customer_id = c.id
         WHERE a.id IS NULL ORDER BY c.id LIMIT 1",
    ).bind(disabled_login).bind(hash.as_str()).bind(chrono::Utc::now()).execute(pool).await.unwrap().rows_affected());

    let (b_first, b_last, b_street): (String, String, String) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT first_name, last_name, street_address FROM customers WHERE customer_number = '100002'",
    ).fetch_one(pool).await.unwrap());
    // B has a request with a question only B and staff may read.
    let b_secret = "Matin-oma-kysymys-tietosuojasta";
    let (_, idem) = crate::requests::form_key(&app, &b, "kysymys").await;
    let res = crate::requests::post(
        &app,
        &b,
        "file_text_request",
        "/oma/pyynnot/uusi/kysymys",
        &[("idempotency_key", &idem), ("kind", "question"), ("text", b_secret)],
    )
    .await;
    let b_reference = crate::requests::reference_of(&crate::requests::location(&res));
    let b_values = [
        b_key.clone(),
        b_first.clone(),
        b_last.clone(),
        b_street,
        DEMO_BUSINESS_EMAIL.to_owned(),
        "100002".into(),
        b_secret.to_owned(),
    ];
    // Every argument any server function takes, filled with B's ids and values.
    let form = [
        ("key", b_key.as_str()),
        ("login", DEMO_BUSINESS_EMAIL),
        ("email", DEMO_BUSINESS_EMAIL),
        ("customer_number", "100002"),
        ("password", "Wrong-password-123"),
        ("new_password", "Matin uusi salasana kaapattu"),
        ("code", "000000"),
        ("token", "00000000000000000000000000000000000000000000000000000000000000ff"),
        ("next", "/oma"),
        ("reference", b_reference.as_str()),
        ("body", "Viesti toisen pyyntöön"),
        ("text", "Teksti"),
        ("kind", "question"),
        ("idempotency_key", "matrix0000000000000001"),
        ("field", "phone"),
        ("proposed", "040 111 2222"),
        ("reason", "Syy"),
        ("assignee", "me"),
        ("outcome", "approve"),
        ("months", "2"),
        ("extension_reason", "Syy"),
        ("lift_reason", "Syy"),
        ("recipient", "authorities"),
    ];
    let before = snapshot_of_b(&app).await;

    let paths: Vec<String> = leptos::server_fn::axum::server_fn_paths().map(|(p, _)| p.to_owned()).collect();
    assert!(paths.len() >= 15, "{paths:?}");
    let callers: [Caller; 5] = [
        ("anonymous", None, false),
        ("customer A", Some((DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD)), false),
        ("customer service", Some((DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD)), true),
        ("data protection officer", Some((DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD)), true),
        ("disabled account", Some((disabled_login, disabled_password)), false),
    ];
    let mut calls = 0;
    for (who, credentials, staff) in callers {
        for path in &paths {
            let client = match credentials {
                // A disabled account cannot sign in; it calls as the browser it has.
                Some((login, password)) if login != disabled_login => signed_in(&app, login, password).await,
                Some((login, password)) => {
                    let client = browser();
                    app.sign_in_with(&client, login, password).await;
                    client
                }
                None => browser(),
            };
            for accept in ["text/html", "application/json"] {
                let res = client
                    .post(app.url(path))
                    .header(reqwest::header::ACCEPT, accept)
                    .header(reqwest::header::REFERER, app.url("/"))
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                let location =
                    res.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
                let body = res.text().await.unwrap();
                calls += 1;
                if staff && STAFF_READS.contains(&path.as_str()) {
                    continue;
                }
                for value in &b_values {
                    assert!(
                        !body.contains(value.as_str()) && !location.contains(value.as_str()),
                        "{path} called by {who} answered with B's value"
                    );
                }
            }
            assert_eq!(snapshot_of_b(&app).await, before, "{path} called by {who} changed B's data");
        }
    }
    assert!(calls >= 150, "{calls}");
    // B is still signed in: nobody ended his session.
    assert_eq!(b.get(app.url("/oma")).send().await.unwrap().status(), 200);
}

#[tokio::test]
async fn a_signed_in_caller_refused_for_their_role_is_audited() {
    let app = spawn_app().await;
    let staff = signed_in(&app, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    with_db!(&app.db, pool => sqlx::query("UPDATE accounts SET totp_last_step = NULL").execute(pool).await.unwrap().rows_affected());
    let res = staff
        .post(app.url("/api/disable_second_factor"))
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let mut rows: Vec<(String, Option<String>)> = Vec::new();
    for _ in 0..50 {
        rows = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT actor_kind, detail FROM audit_log WHERE action = 'access_denied'").fetch_all(pool).await.unwrap());
        if !rows.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(rows, vec![("staff".to_owned(), Some("/api/disable_second_factor".to_owned()))]);
}
