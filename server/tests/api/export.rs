//! The JSON portability package over HTTP: complete, valid against the published
//! schema, only the customer's own, behind a fresh re-authentication, audited, and
//! never a truncated file that looks complete.

use crate::helpers::{browser, spawn_app, TestApp};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{ACCEPT, CACHE_CONTROL, CONTENT_DISPOSITION, LOCATION};

/// Maija, signed in and re-authenticated.
pub(crate) async fn maija_ready(app: &TestApp) -> reqwest::Client {
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let res = client
        .post(app.url("/api/reauthenticate"))
        .form(&[("password", DEMO_PRIVATE_PASSWORD), ("next", "/oma/vienti")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
    client
}

/// The package `client` (signed in, re-authenticated) downloads, as JSON.
pub(crate) async fn package_of(app: &TestApp, client: &reqwest::Client) -> serde_json::Value {
    let res = client.get(app.url("/oma/vienti/lataa")).header(ACCEPT, "application/json").send().await.unwrap();
    res.json().await.unwrap()
}

async fn count(app: &TestApp, sql: &str, customer: &str) -> i64 {
    let sql = format!("SELECT COUNT(*) FROM {sql} c.customer_number = $1");
    with_db!(&app.db, pool => sqlx::query_scalar(&sql).bind(customer).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn the_package_is_valid_complete_and_only_the_customers_own() {
    for app in crate::helpers::apps_on_every_backend().await {
        package_on(&app).await;
    }
}

async fn package_on(app: &TestApp) {
    let client = maija_ready(app).await;
    let res = client.get(app.url("/oma/vienti/lataa")).header(ACCEPT, "application/json").send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()[CACHE_CONTROL], "no-store");
    let disposition = res.headers()[CONTENT_DISPOSITION].to_str().unwrap().to_owned();
    assert!(disposition.starts_with("attachment; filename=\"tietoni-100001-"), "{disposition}");
    let body = res.text().await.unwrap();
    let package: serde_json::Value = serde_json::from_str(&body).expect("the package is JSON");

    // Valid against the published schema.
    let schema: serde_json::Value = serde_json::from_str(app::ssr::export::SCHEMA_FILE).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("a valid schema");
    let errors: Vec<String> =
        validator.iter_errors(&package).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // The schema is served at its stable URL.
    let served = reqwest::get(app.url("/schema/tietoni-export-v1.json")).await.unwrap().text().await.unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&served).unwrap(), schema);

    // Per-category counts equal the database's, and the records are all there.
    let expected = [
        (
            "traffic_data",
            count(app, "traffic_records t JOIN customers c ON c.id = t.customer_id WHERE", "100001").await,
        ),
        (
            "billing",
            count(app, "invoices t JOIN customers c ON c.id = t.customer_id WHERE", "100001").await
                + count(app, "collection_cases t JOIN customers c ON c.id = t.customer_id WHERE", "100001").await,
        ),
        (
            "marketing_permissions",
            count(app, "consent_events t JOIN customers c ON c.id = t.customer_id WHERE", "100001").await
                + count(app, "marketing_prohibition_events t JOIN customers c ON c.id = t.customer_id WHERE", "100001")
                    .await,
        ),
        (
            "call_recordings",
            count(app, "call_recordings t JOIN customers c ON c.id = t.customer_id WHERE", "100001").await,
        ),
        ("change_history", count(app, "change_log t JOIN customers c ON c.id = t.customer_id WHERE", "100001").await),
        ("basic", 1),
    ];
    let categories = package["manifest"]["categories"].as_array().unwrap();
    assert_eq!(categories.len(), 14, "11 categories of the notice, the portal's own data, requests and disclosures");
    for (id, n) in expected {
        let manifest = categories.iter().find(|c| c["id"] == id).unwrap();
        assert_eq!(manifest["record_count"], n, "{id} in the manifest");
        let records: usize =
            package["data"][id].as_object().unwrap().values().map(|v| v.as_array().unwrap().len()).sum();
        assert_eq!(records as i64, n, "{id} records");
    }
    assert!(n_of(&package, "traffic_data", "traffic_records") > 1000);
    assert_eq!(package["manifest"]["customer_number"], "100001");
    assert_eq!(categories.iter().find(|c| c["id"] == "traffic_data").unwrap()["scope"], "art20_observed");

    // Matti's canary values appear nowhere.
    let (first, last, street, email): (String, String, String, Option<String>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT first_name, last_name, street_address, email FROM customers WHERE customer_number = '100002'",
    ).fetch_one(pool).await.unwrap());
    for canary in [first, last, street, email.unwrap_or_default(), "100002".into()] {
        assert!(!body.contains(&canary), "another customer's value in the package");
    }
    // Audited with its size, never its content.
    let mut audited: Option<String> = None;
    for _ in 0..50 {
        audited =
            with_db!(&app.db, pool => sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'data_exported'")
            .fetch_optional(pool).await.unwrap())
            .flatten();
        if audited.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(audited, Some(format!("bytes={}", body.len())));
}

fn n_of(package: &serde_json::Value, category: &str, kind: &str) -> usize {
    package["data"][category][kind].as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn the_package_needs_a_session_and_a_fresh_password() {
    let app = spawn_app().await;
    let anonymous = reqwest::Client::new().get(app.url("/oma/vienti/lataa")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let api = client.get(app.url("/oma/vienti/lataa")).header(ACCEPT, "application/json").send().await.unwrap();
    assert_eq!(api.status(), 403);
    assert!(api.text().await.unwrap().contains("ReauthRequired"));
    // A browser is sent to confirm the password and comes back to the download.
    let page = client.get(app.url("/oma/vienti/lataa")).send().await.unwrap();
    assert_eq!(page.headers()[LOCATION], "/vahvista?jatka=/oma/vienti%3Flataa%3D1");
    // A re-authentication older than 10 minutes no longer counts.
    let client = maija_ready(&app).await;
    let old = (chrono::Utc::now() - chrono::Duration::minutes(11)).timestamp();
    with_db!(&app.db, pool => sqlx::query(&format!(
        "UPDATE sessions SET data = replace(data, substr(data, instr(data, '\"reauth_at\":') + 12, 10), '{old}')"
    )).execute(pool).await.unwrap().rows_affected());
    let stale = client.get(app.url("/oma/vienti/lataa")).header(ACCEPT, "application/json").send().await.unwrap();
    assert_eq!(stale.status(), 403);
    let staff = browser();
    app.sign_in_with(&staff, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_eq!(staff.get(app.url("/oma/vienti/lataa")).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn a_database_failure_mid_stream_fails_the_download() {
    let app = spawn_app().await;
    // A row the database cannot give back as a record (text in an integer column),
    // after thousands of good ones: the failure comes after the first chunks are out.
    let customer: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = '100001'")
        .fetch_one(pool).await.unwrap());
    with_db!(&app.db, pool => sqlx::query(
        "INSERT INTO traffic_records (customer_id, started_at, duration_seconds, direction, kind, other_party)
         VALUES ($1, '2099-01-01 00:00:00+00:00', 'not a number', 'outgoing', 'call', '+358401')",
    ).bind(customer).execute(pool).await.unwrap().rows_affected());
    let client = maija_ready(&app).await;
    let res = client.get(app.url("/oma/vienti/lataa")).header(ACCEPT, "application/json").send().await.unwrap();
    assert_eq!(res.status(), 200, "the download starts before the failure");
    let body = res.bytes().await;
    assert!(body.is_err(), "a failed export ended like a complete file");
    let mut failed = 0i64;
    for _ in 0..50 {
        failed = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'data_export_failed'")
            .fetch_one(pool).await.unwrap());
        if failed > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(failed, 1);
}
