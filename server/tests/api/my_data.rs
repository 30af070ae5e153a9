//! "My data" over HTTP: every category page shows the customer's own records and
//! nothing of anyone else's; keyset paging and the date filter; call recordings with
//! range requests; the identity code revealed only after re-authentication.

use crate::helpers::{browser, spawn_app, TestApp};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{CACHE_CONTROL, CONTENT_RANGE, CONTENT_TYPE, LOCATION, RANGE};

const CATEGORIES: [&str; 12] = [
    "basic",
    "business_role",
    "contracts",
    "billing",
    "ip_addresses",
    "other_data",
    "marketing_permissions",
    "service_blocks",
    "traffic_data",
    "call_recordings",
    "change_history",
    "portal",
];

async fn page(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let res = client.get(app.url(path)).send().await.unwrap();
    let status = res.status().as_u16();
    if status == 200 {
        assert_eq!(res.headers()[CACHE_CONTROL], "no-store", "{path}");
    }
    (status, res.text().await.unwrap())
}

/// Values of a customer that must never appear on another customer's pages.
async fn values_of(app: &TestApp, customer_number: &str) -> Vec<String> {
    let (id, first, last, street, email): (i64, String, String, String, Option<String>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT id, first_name, last_name, street_address, email FROM customers WHERE customer_number = $1",
    ).bind(customer_number).fetch_one(pool).await.unwrap());
    let mut values = vec![first, last, street, customer_number.to_owned()];
    values.extend(email);
    let invoices: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT invoice_number FROM invoices WHERE customer_id = $1")
        .bind(id).fetch_all(pool).await.unwrap());
    let contracts: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT contract_number FROM contracts WHERE customer_id = $1")
        .bind(id).fetch_all(pool).await.unwrap());
    let ips: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT address FROM ip_assignments WHERE customer_id = $1")
        .bind(id).fetch_all(pool).await.unwrap());
    values.extend(invoices);
    values.extend(contracts);
    values.extend(ips);
    values
}

#[tokio::test]
async fn every_category_page_shows_the_customers_own_data_and_nobody_elses() {
    for app in crate::helpers::apps_on_every_backend().await {
        every_category_on(&app).await;
    }
}

async fn every_category_on(app: &TestApp) {
    let maija = browser();
    app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let own = values_of(app, "100001").await;
    // An address handed to both over time (IP addresses are reused) is not Matti's alone.
    let matti: Vec<String> = values_of(app, "100002").await.into_iter().filter(|v| !own.contains(v)).collect();
    let (status, overview) = page(&maija, app, "/oma/tiedot").await;
    assert_eq!(status, 200);
    for id in CATEGORIES {
        assert!(overview.contains(&format!("/oma/tiedot/{id}\"")), "the overview lacks {id}");
    }
    assert!(overview.contains("tietuetta"));
    // Who has looked: the seeded look by the data protection officer, by role, not name.
    assert!(overview.contains("Kuka on katsonut tietojasi"));
    let at = overview.find("H-0").unwrap_or_else(|| panic!("the staff look is missing: {overview}"));
    assert!(
        overview[at.saturating_sub(80)..at].contains("Tietosuojavastaava"),
        "{}",
        &overview[at.saturating_sub(80)..at]
    );
    assert!(!overview.contains("Tietosuojavastaava (demo)"), "a staff member's name is shown");
    let mut seen = String::new();
    for id in CATEGORIES {
        let (status, html) = page(&maija, app, &format!("/oma/tiedot/{id}")).await;
        assert_eq!(status, 200, "{id}");
        assert!(!html.contains("Unknown localization"), "{id} has an untranslated text");
        assert!(html.contains("<caption>") || html.contains("Ei tallennettuja tietoja"), "{id}");
        assert!(html.contains("Käyttötarkoitukset"), "{id} lacks the processing information");
        for value in &matti {
            assert!(!html.contains(value.as_str()), "{id} shows another customer's value");
        }
        assert!(html.contains("Voiko tiedot poistaa nyt"), "{id} does not say whether it can be erased now");
        seen.push_str(&html);
    }
    // Service blocks in words, never as stored codes.
    let (_, blocks) = page(&maija, app, "/oma/tiedot/service_blocks").await;
    assert!(blocks.contains("Maksulliset palvelunumerot") && blocks.contains("Oma pyyntösi"), "no block in words");
    for code in ["premium_numbers", "outgoing_calls", "customer_request", "unpaid_invoice"] {
        assert!(!blocks.contains(&format!(">{code}<")), "the block code {code} is shown as it is stored");
    }
    // Maija has an active contract; invoices are kept by the accounting law.
    let (_, basic) = page(&maija, app, "/oma/tiedot/basic").await;
    assert!(basic.contains("sinulla on voimassa oleva sopimus"));
    let (_, billing) = page(&maija, app, "/oma/tiedot/billing").await;
    assert!(billing.contains("laki velvoittaa säilyttämään"));
    // Her own values are there (the first page of invoices holds all 24).
    for value in own.iter().take(5) {
        assert!(seen.contains(value.as_str()), "her own value is missing");
    }
    assert!(seen.contains("<audio controls"));
    // An unknown category is a 404 page, not an error.
    assert_eq!(page(&maija, app, "/oma/tiedot/nothing").await.0, 404);
    // Matti sees his business role.
    let matti_client = browser();
    app.sign_in_with(&matti_client, DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
    let (_, html) = page(&matti_client, app, "/oma/tiedot/business_role").await;
    assert!(html.contains("toimitusjohtaja"), "Matti's business role is missing");
}

#[tokio::test]
async fn traffic_data_pages_with_a_keyset_and_filters_by_date() {
    let app = spawn_app().await;
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let total: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM traffic_records t JOIN customers c ON c.id = t.customer_id WHERE c.customer_number = '100001'",
    ).fetch_one(pool).await.unwrap());
    assert!(total > 300, "{total}");
    let mut path = "/oma/tiedot/traffic_data".to_owned();
    let mut rows = 0;
    let mut pages = 0;
    loop {
        let (status, html) = page(&client, &app, &path).await;
        assert_eq!(status, 200);
        rows += html.matches("<tr>").count() - 1; // minus the header row
        pages += 1;
        let Some(at) = html.find("rel=\"next\"") else { break };
        let href_start = html[..at].rfind("href=\"").unwrap() + 6;
        path = html[href_start..at].split('"').next().unwrap().replace("&amp;", "&");
        assert!(path.contains("jalkeen="), "{path}");
    }
    assert_eq!(rows as i64, total, "paging lost or repeated rows");
    assert_eq!(pages as i64, (total + 99) / 100);

    // A date filter: only that day's records, and the filter stays in the next links.
    let day: chrono::DateTime<chrono::Utc> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT MAX(started_at) FROM traffic_records t JOIN customers c ON c.id = t.customer_id WHERE c.customer_number = '100001'",
    ).fetch_one(pool).await.unwrap());
    let day = day.with_timezone(&chrono_tz::Europe::Helsinki).date_naive();
    let (status, html) = page(&client, &app, &format!("/oma/tiedot/traffic_data?alkaen={day}&asti={day}")).await;
    assert_eq!(status, 200);
    let shown = html.matches("<tr>").count() - 1;
    assert!((1..=100).contains(&shown), "{shown}");
    assert!(html.contains(&format!("value=\"{day}\"")), "the filter is not kept in the form");
    let (_, bad) = page(&client, &app, "/oma/tiedot/traffic_data?alkaen=31.2.2026").await;
    assert!(bad.contains("role=\"alert\""), "a bad date gives no message");
    // Another customer's row id as the cursor gives nothing of theirs.
    let other: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT t.id FROM traffic_records t JOIN customers c ON c.id = t.customer_id WHERE c.customer_number = '100002' LIMIT 1",
    ).fetch_one(pool).await.unwrap());
    let (_, html) = page(&client, &app, &format!("/oma/tiedot/traffic_data?jalkeen={other}")).await;
    assert_eq!(html.matches("<tr>").count(), 0, "a foreign cursor returned rows");
}

#[tokio::test]
async fn recordings_are_served_with_ranges_only_to_their_customer() {
    let app = spawn_app().await;
    let ids = |number: &'static str| {
        let db = app.db.clone();
        async move {
            let ids: Vec<(i64, i64)> = with_db!(&db, pool => sqlx::query_as(
                "SELECT r.id, r.size_bytes FROM call_recordings r JOIN customers c ON c.id = r.customer_id WHERE c.customer_number = $1",
            ).bind(number).fetch_all(pool).await.unwrap());
            ids
        }
    };
    let (own, size) = ids("100001").await[0];
    let (other, _) = ids("100002").await[0];
    let client = browser();
    // Anonymous: to the sign-in page.
    let res = client.get(app.url(&format!("/oma/tallenteet/{own}"))).send().await.unwrap();
    assert_eq!(res.headers()[LOCATION], format!("/kirjaudu?jatka=/oma/tallenteet/{own}").as_str());
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let res = client.get(app.url(&format!("/oma/tallenteet/{own}"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()[CONTENT_TYPE], "audio/wav");
    assert_eq!(res.headers()[CACHE_CONTROL], "no-store");
    let body = res.bytes().await.unwrap();
    assert_eq!(body.len() as i64, size);
    assert_eq!(&body[..4], b"RIFF");
    let part =
        client.get(app.url(&format!("/oma/tallenteet/{own}"))).header(RANGE, "bytes=100-199").send().await.unwrap();
    assert_eq!(part.status(), 206);
    assert_eq!(part.headers()[CONTENT_RANGE], format!("bytes 100-199/{size}").as_str());
    assert_eq!(part.bytes().await.unwrap(), body.slice(100..200));
    let beyond = client
        .get(app.url(&format!("/oma/tallenteet/{own}")))
        .header(RANGE, format!("bytes={size}-"))
        .send()
        .await
        .unwrap();
    assert_eq!(beyond.status(), 416);
    let download = client.get(app.url(&format!("/oma/tallenteet/{own}?lataa=1"))).send().await.unwrap();
    assert!(download.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    // Matti's recording is not there for Maija, exactly like one that does not exist.
    assert_eq!(client.get(app.url(&format!("/oma/tallenteet/{other}"))).send().await.unwrap().status(), 404);
    assert_eq!(client.get(app.url("/oma/tallenteet/999999")).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn the_identity_code_is_masked_until_the_customer_confirms_the_password() {
    let app = spawn_app().await;
    let code: String = with_db!(&app.db, pool => sqlx::query_scalar("SELECT identity_code FROM customers WHERE customer_number = '100001'")
        .fetch_one(pool).await.unwrap());
    let masked = format!("{}***", &code[..8]);
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let (_, html) = page(&client, &app, "/oma/tiedot/basic").await;
    assert!(html.contains(&masked) && !html.contains(&code), "the code is not masked");
    let (_, history) = page(&client, &app, "/oma/tiedot/change_history").await;
    assert!(!history.contains(&code), "the change history shows the full code");
    assert!(html.contains("/vahvista?jatka=/oma/tiedot/basic%3Fnayta%3D1"), "no way to reveal it");
    let (_, early) = page(&client, &app, "/oma/tiedot/basic?nayta=1").await;
    assert!(!early.contains(&code), "revealed without re-authentication");
    let res = client
        .post(app.url("/api/reauthenticate"))
        .form(&[("password", DEMO_PRIVATE_PASSWORD), ("next", "/oma/tiedot/basic?nayta=1")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()[LOCATION], "/oma/tiedot/basic?nayta=1");
    let (_, revealed) = page(&client, &app, "/oma/tiedot/basic?nayta=1").await;
    assert!(revealed.contains(&code), "the code is not revealed after re-authentication");
    let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'identity_code_revealed'").fetch_one(pool).await.unwrap());
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn staff_and_anonymous_callers_get_no_customer_data_pages() {
    let app = spawn_app().await;
    assert_eq!(
        browser().get(app.url("/oma/tiedot/basic")).send().await.unwrap().headers()[LOCATION],
        "/kirjaudu?jatka=/oma/tiedot/basic"
    );
    let staff = browser();
    app.sign_in_with(&staff, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_eq!(staff.get(app.url("/oma/tiedot")).send().await.unwrap().status(), 403);
    assert_eq!(staff.get(app.url("/oma/tiedot/basic")).send().await.unwrap().status(), 403);
}
