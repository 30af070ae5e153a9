//! Security findings of the ASVS level 2 review (issue #15), each with a test that
//! failed on the code before its fix.

use crate::helpers::{apps_on_every_backend, browser, TestApp};
use app::ssr::second_factor::DEMO_STAFF_SECRET;
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{LOCATION, ORIGIN, REFERER};

async fn post(client: &reqwest::Client, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url(path)).header(REFERER, app.url("/")).form(form).send().await.unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// The failure count and throttle of the account `email` for the tests' address.
pub(crate) async fn failures_and_lock(app: &TestApp, email: &str) -> (i32, Option<chrono::DateTime<chrono::Utc>>) {
    let row: Option<(i32, Option<chrono::DateTime<chrono::Utc>>)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT t.failures, t.locked_until FROM attempt_throttles t JOIN accounts a ON t.subject = 'sign_in:' || a.id
         WHERE a.email = $1 AND t.address = '127.0.0.1'")
        .bind(email).fetch_optional(pool).await.unwrap());
    row.unwrap_or((0, None))
}

/// Finding 1: a right password used to clear the failure count before the code step, so
/// nine wrong codes per password entry never reached the throttle.
#[tokio::test]
async fn wrong_codes_across_repeated_right_passwords_throttle_the_account() {
    for app in apps_on_every_backend().await {
        wrong_codes_across_repeated_right_passwords_throttle_the_account_on(&app).await;
    }
}

async fn wrong_codes_across_repeated_right_passwords_throttle_the_account_on(app: &TestApp) {
    let client = browser();
    let mut codes_tried = 0;
    while codes_tried < 100 {
        post(&client, app, "/api/sign_in", &[("login", DEMO_SERVICE_EMAIL), ("password", DEMO_SERVICE_PASSWORD)]).await;
        for _ in 0..9 {
            let res = post(&client, app, "/api/verify_sign_in_code", &[("code", "000000")]).await;
            assert!(location(&res).contains("__err"), "a wrong code was accepted");
            codes_tried += 1;
        }
    }
    let (failures, locked) = failures_and_lock(app, DEMO_SERVICE_EMAIL).await;
    assert!(failures >= 10, "only {failures} failures counted");
    assert!(locked.is_some_and(|t| t > chrono::Utc::now()), "the account is not throttled");
    // The owner's right password and right code are refused while it lasts.
    let res = app.sign_in_with(&browser(), DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_ne!(location(&res), "/henkilosto", "signed in through the throttle");
}

/// Finding 1: the count was read, incremented in Rust and written back, so parallel
/// failures were lost.
#[tokio::test]
async fn parallel_wrong_codes_are_all_counted() {
    for app in apps_on_every_backend().await {
        parallel_wrong_codes_are_all_counted_on(&app).await;
    }
}

async fn parallel_wrong_codes_are_all_counted_on(app: &TestApp) {
    let client = browser();
    let res =
        post(&client, app, "/api/sign_in", &[("login", DEMO_SERVICE_EMAIL), ("password", DEMO_SERVICE_PASSWORD)]).await;
    assert_eq!(location(&res), "/kirjaudu/koodi");
    let attempts = (0..20).map(|_| post(&client, app, "/api/verify_sign_in_code", &[("code", "000000")]));
    futures_util::future::join_all(attempts).await;
    let (failures, locked) = failures_and_lock(app, DEMO_SERVICE_EMAIL).await;
    assert!(failures >= 10, "parallel failures were lost: {failures} of 20 counted");
    assert!(locked.is_some_and(|t| t > chrono::Utc::now()), "20 parallel wrong codes did not throttle");
    let code = app.fresh_code(DEMO_SERVICE_EMAIL, DEMO_STAFF_SECRET).await;
    let res = post(&client, app, "/api/verify_sign_in_code", &[("code", &code)]).await;
    assert!(location(&res).contains("__err"), "the right code passed the throttle");
}

/// A customer without a second factor still has the count cleared by the right password.
#[tokio::test]
async fn a_right_password_without_a_second_factor_still_clears_the_count() {
    for app in apps_on_every_backend().await {
        for _ in 0..3 {
            post(&browser(), &app, "/api/sign_in", &[("login", DEMO_PRIVATE_EMAIL), ("password", "wrong")]).await;
        }
        assert_eq!(failures_and_lock(&app, DEMO_PRIVATE_EMAIL).await.0, 3);
        let res = app.sign_in_with(&browser(), DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        assert_eq!(location(&res), "/oma");
        assert_eq!(failures_and_lock(&app, DEMO_PRIVATE_EMAIL).await, (0, None));
    }
}

/// Finding 8: a state-changing POST with neither `Origin` nor `Sec-Fetch-Site` and only
/// a foreign `Referer` was accepted.
#[tokio::test]
async fn a_post_without_origin_headers_needs_a_same_origin_referer() {
    for app in apps_on_every_backend().await {
        // A client that sends only what each request names: no Sec-Fetch-Site by default.
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_provider(jar)
            .build()
            .unwrap();
        let res = client
            .post(app.url("/api/sign_in"))
            .header("sec-fetch-site", "same-origin")
            .header(reqwest::header::ACCEPT, "text/html")
            .form(&[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(location(&res), "/oma");
        let form = [("purpose", "direct_marketing"), ("channel", "email"), ("give", "false")];
        let consent_events = || async {
            let n: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM consent_events")
                .fetch_one(pool).await.unwrap());
            n
        };
        let before = consent_events().await;
        // Both ways, so that one of them would have changed the state had it gone through.
        for give in ["false", "true"] {
            let form = [("purpose", "direct_marketing"), ("channel", "email"), ("give", give)];
            let foreign = client
                .post(app.url("/api/set_consent"))
                .header(REFERER, "https://evil.example/page")
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(foreign.status(), 403, "a foreign Referer alone was accepted");
            let bare = client.post(app.url("/api/set_consent")).form(&form).send().await.unwrap();
            assert_eq!(bare.status(), 403, "a POST without Origin, Sec-Fetch-Site or Referer was accepted");
        }
        assert_eq!(consent_events().await, before, "a refused request changed a consent");
        // The same request from the portal's own page goes through.
        let own = client
            .post(app.url("/api/set_consent"))
            .header(REFERER, app.url("/oma/luvat"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert!(own.status().is_success() || own.status().is_redirection(), "{}", own.status());
        let back = [("purpose", "direct_marketing"), ("channel", "email"), ("give", "true")];
        let with_origin =
            client.post(app.url("/api/set_consent")).header(ORIGIN, &app.address).form(&back).send().await.unwrap();
        assert!(with_origin.status().is_success() || with_origin.status().is_redirection(), "{}", with_origin.status());
        assert!(consent_events().await > before, "the portal's own requests changed nothing");
    }
}

/// Finding 8: error redirects were built from the raw `Referer`, so a foreign one sent
/// the browser to another site with the error in its query.
#[tokio::test]
async fn error_redirects_never_leave_the_site() {
    let app = crate::helpers::spawn_app().await;
    let res = browser()
        .post(app.url("/api/sign_in"))
        .header(ORIGIN, &app.address)
        .header(REFERER, "https://evil.example/kirjaudu")
        .form(&[("login", "nobody"), ("password", "wrong")])
        .send()
        .await
        .unwrap();
    let to = location(&res);
    assert!(to.starts_with('/') && !to.starts_with("//"), "error redirect to {to}");
    assert!(!to.contains("evil.example"), "error redirect to {to}");
}

/// Finding 3: every page carries a Content-Security-Policy whose nonce is new for each
/// answer and is the one on the page's own scripts.
#[tokio::test]
async fn every_page_has_a_csp_with_a_fresh_nonce() {
    let app = crate::helpers::spawn_app().await;
    let mut nonces = std::collections::HashSet::new();
    for i in 0..100 {
        let path = ["/", "/kirjaudu", "/saavutettavuus", "/ei-ole"][i % 4];
        let res = app.client.get(app.url(path)).send().await.unwrap();
        let csp = res.headers()["content-security-policy"].to_str().unwrap().to_owned();
        let html = res.text().await.unwrap();
        for part in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'wasm-unsafe-eval'"] {
            assert!(csp.contains(part), "{path}: {csp} lacks {part}");
        }
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).expect("a nonce").to_owned();
        assert!(nonce.len() >= 22, "a nonce of {} characters", nonce.len());
        assert!(html.contains(&format!("nonce=\"{nonce}\"")), "{path}: the page's scripts do not carry the nonce");
        nonces.insert(nonce);
    }
    assert_eq!(nonces.len(), 100, "nonces were reused");
}

/// Finding 3: server-function answers are never stored, and every other answer has a
/// policy that runs nothing.
#[tokio::test]
async fn api_answers_are_not_cached_and_files_get_a_strict_policy() {
    let app = crate::helpers::spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/sign_in"))
        .header(reqwest::header::ACCEPT, "application/json")
        .form(&[("login", "nobody@example.fi"), ("password", "wrong")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["cache-control"], "no-store");
    let res = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert!(res.headers()["content-security-policy"].to_str().unwrap().starts_with("default-src 'none'"));
}

/// Finding 4: secure unless switched off; then every cookie is `Secure` (the typed login
/// of a failed sign-in too) and answers carry HSTS.
#[tokio::test]
async fn cookies_are_secure_and_hsts_is_sent_by_default() {
    assert!(server::config::Settings::default().secure_cookies, "secure cookies must be the default");
    let db = crate::helpers::fresh_sqlite().await;
    crate::helpers::seed_small(&db).await;
    let app = crate::helpers::spawn_app_with(db, |s| s.secure_cookies = true).await;
    let failed = post(&browser(), &app, "/api/sign_in", &[("login", DEMO_PRIVATE_EMAIL), ("password", "wrong")]).await;
    let ok =
        post(&browser(), &app, "/api/sign_in", &[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD)])
            .await;
    let lang = post(&browser(), &app, "/kieli", &[("lang", "en"), ("next", "/")]).await;
    let mut seen = 0;
    for res in [&failed, &ok, &lang] {
        assert_eq!(res.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
        for cookie in res.headers().get_all("set-cookie") {
            let cookie = cookie.to_str().unwrap();
            assert!(
                cookie.split(';').any(|p| p.trim() == "Secure"),
                "a cookie without Secure: {}",
                cookie.split('=').next().unwrap()
            );
            seen += 1;
        }
    }
    assert!(seen >= 3, "expected the form, session and language cookies, saw {seen}");
    assert!(ok.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap().starts_with("__Host-")));
}

/// Finding 2: every route takes at most 64 KiB; larger bodies are refused with 413
/// before they are read, and a body the server function cannot decode is a 400.
#[tokio::test]
async fn large_bodies_are_refused_and_malformed_ones_are_bad_requests() {
    let app = crate::helpers::spawn_app().await;
    let big = "x".repeat(1024 * 1024);
    for path in ["/api/sign_in", "/api/send_accessibility_feedback", "/kieli"] {
        let res =
            app.client.post(app.url(path)).form(&[("login", big.as_str()), ("password", "x")]).send().await.unwrap();
        assert_eq!(res.status(), 413, "{path}");
    }
    let just_over = "x".repeat(64 * 1024);
    let res = app
        .client
        .post(app.url("/api/sign_in"))
        .form(&[("login", just_over.as_str()), ("password", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    // Nothing reached the sign-in: no failure was recorded.
    let failed: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed'")
        .fetch_one(pool).await.unwrap());
    assert_eq!(failed, 0);
    for body in ["login=a", "%%%", "password=x&password=y&login"] {
        let res = app
            .client
            .post(app.url("/api/sign_in"))
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{body:?} answered {}", res.status());
    }
}

async fn session_rows(app: &TestApp) -> Vec<(String, chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)> {
    with_db!(&app.db, pool => sqlx::query_as("SELECT data, created_at, expires_at FROM sessions WHERE account_id IS NOT NULL ORDER BY created_at")
        .fetch_all(pool).await.unwrap())
}

/// Moves the signed-in session's first creation back by `by`, in the row and in its data.
async fn age_session(app: &TestApp, by: chrono::Duration) -> chrono::DateTime<chrono::Utc> {
    let (data, created, _) = session_rows(app).await.pop().expect("a signed-in session");
    let mut data: serde_json::Value = serde_json::from_str(&data).unwrap();
    let then = created - by;
    data[app::ssr::session_store::CREATED_KEY] = serde_json::json!(then.timestamp());
    with_db!(&app.db, pool => sqlx::query("UPDATE sessions SET created_at = $1, data = $2 WHERE account_id IS NOT NULL")
        .bind(then).bind(data.to_string()).execute(pool).await.unwrap().rows_affected());
    then
}

/// Finding 6: a new id (re-authentication) restarted the 12-hour limit.
#[tokio::test]
async fn a_new_session_id_keeps_the_first_sign_in_time() {
    for app in apps_on_every_backend().await {
        let client = browser();
        app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        let first = age_session(&app, chrono::Duration::hours(11)).await;
        let res =
            post(&client, &app, "/api/reauthenticate", &[("password", DEMO_PRIVATE_PASSWORD), ("next", "/oma")]).await;
        assert_eq!(location(&res), "/oma");
        let rows = session_rows(&app).await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].1.timestamp(), first.timestamp(), "the new id restarted the absolute lifetime");
        // Past 12 hours from the first sign-in, the session is over however active.
        age_session(&app, chrono::Duration::hours(1) + chrono::Duration::minutes(1)).await;
        let page = client.get(app.url("/oma")).send().await.unwrap();
        assert!(location(&page).starts_with("/kirjaudu"), "a session past 12 hours still works");
    }
}

/// Finding 6: reads did not move the idle deadline (only modified sessions were saved).
#[tokio::test]
async fn reading_a_page_moves_the_idle_deadline() {
    for app in apps_on_every_backend().await {
        let client = browser();
        app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        let soon = chrono::Utc::now() + chrono::Duration::minutes(5);
        with_db!(&app.db, pool => sqlx::query("UPDATE sessions SET expires_at = $1 WHERE account_id IS NOT NULL")
            .bind(soon).execute(pool).await.unwrap().rows_affected());
        let page = client.get(app.url("/oma/tiedot")).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let (_, _, expires) = session_rows(&app).await.pop().unwrap();
        assert!(expires > chrono::Utc::now() + chrono::Duration::minutes(29), "a read left the deadline at {expires}");
    }
}

/// Finding 6: a request in flight saved its session back (an upsert) after "end other
/// sessions" had deleted it.
#[tokio::test]
async fn an_ended_session_is_not_brought_back_by_a_save() {
    use tower_sessions::session::{Id, Record};
    use tower_sessions::SessionStore;
    for app in apps_on_every_backend().await {
        let store = app::ssr::session_store::DbSessionStore::new(app.db.clone());
        let mut record = Record {
            id: Id::default(),
            data: Default::default(),
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(30),
        };
        record.data.insert("account_id".into(), serde_json::json!(1));
        store.create(&mut record).await.unwrap();
        store.delete(&record.id).await.unwrap();
        store.save(&record).await.unwrap();
        assert!(store.load(&record.id).await.unwrap().is_none(), "a deleted session came back");
    }
}

/// Finding 6: ended sessions were never removed from the table.
#[tokio::test]
async fn ended_sessions_are_purged() {
    for app in apps_on_every_backend().await {
        app.sign_in_with(&browser(), DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        app.sign_in_with(&browser(), DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        let past = chrono::Utc::now() - chrono::Duration::minutes(1);
        with_db!(&app.db, pool => sqlx::query("UPDATE sessions SET expires_at = $1 WHERE id_hash = (SELECT MIN(id_hash) FROM sessions WHERE account_id IS NOT NULL)")
            .bind(past).execute(pool).await.unwrap().rows_affected());
        let store = app::ssr::session_store::DbSessionStore::new(app.db.clone());
        assert_eq!(store.purge_expired(chrono::Utc::now()).await.unwrap(), 1);
        assert_eq!(session_rows(&app).await.len(), 1, "the live session must stay");
    }
}

/// Finding 6: after signing in again a customer landed on /oma, not on the page whose
/// session had ended.
#[tokio::test]
async fn signing_in_again_returns_to_the_page_that_asked() {
    for app in apps_on_every_backend().await {
        let client = browser();
        let page = client.get(app.url("/oma/luvat")).send().await.unwrap();
        assert_eq!(location(&page), "/kirjaudu?jatka=/oma/luvat");
        let html = client.get(app.url("/kirjaudu?jatka=/oma/luvat")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(r#"name="next" value="/oma/luvat""#), "the form does not carry the page");
        let res = post(
            &client,
            &app,
            "/api/sign_in",
            &[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD), ("next", "/oma/luvat")],
        )
        .await;
        assert_eq!(location(&res), "/oma/luvat");
        // Only a local path on the account's own side is followed.
        for next in ["https://evil.example/", "//evil.example/", "/henkilosto"] {
            let res = post(
                &browser(),
                &app,
                "/api/sign_in",
                &[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD), ("next", next)],
            )
            .await;
            assert_eq!(location(&res), "/oma", "{next}");
        }
        // Staff return through the code step.
        let staff = browser();
        let res = post(
            &staff,
            &app,
            "/api/sign_in",
            &[("login", DEMO_DPO_EMAIL), ("password", DEMO_DPO_PASSWORD), ("next", "/henkilosto/loki")],
        )
        .await;
        assert_eq!(location(&res), "/kirjaudu/koodi");
        let code = app.fresh_code(DEMO_DPO_EMAIL, DEMO_STAFF_SECRET).await;
        let res = post(&staff, &app, "/api/verify_sign_in_code", &[("code", &code)]).await;
        assert_eq!(location(&res), "/henkilosto/loki");
    }
}

/// Finding 5: the reset did its work before answering, only for accounts that exist, so
/// the answer (its timing, or a failure on the way) told who has an account.
#[tokio::test]
async fn a_reset_request_answers_the_same_whatever_happens_after() {
    for app in apps_on_every_backend().await {
        app.refuse_inserts("one_time_codes").await;
        let answer = |login: &'static str| {
            let client = browser();
            let app = &app;
            async move {
                let res = post(&client, app, "/api/request_password_reset", &[("login", login)]).await;
                (res.status(), location(&res))
            }
        };
        let known = answer(DEMO_PRIVATE_EMAIL).await;
        let unknown = answer("nobody@example.fi").await;
        assert_eq!(known, unknown, "a known account answered differently");
        assert_eq!(known.1, "/salasana/unohtui?lahetetty=1");
    }
}

/// Finding 5: anyone who knew a login could lock its owner out for up to an hour. Now a
/// guessing address throttles itself; many addresses together throttle the account for
/// every address but those that signed in to it before.
#[tokio::test]
async fn a_guesser_elsewhere_cannot_lock_the_owner_out() {
    use crate::helpers::browser_from;
    for app in apps_on_every_backend().await {
        let sign_in = |from: [u8; 4], password: &'static str| {
            let app = &app;
            async move {
                let res = post(
                    &browser_from(from),
                    app,
                    "/api/sign_in",
                    &[("login", DEMO_PRIVATE_EMAIL), ("password", password)],
                )
                .await;
                location(&res)
            }
        };
        for _ in 0..30 {
            sign_in([127, 0, 0, 2], "Wrong-password-123").await;
        }
        assert_ne!(sign_in([127, 0, 0, 2], DEMO_PRIVATE_PASSWORD).await, "/oma", "the guessing address got in");
        assert_eq!(sign_in([127, 0, 0, 3], DEMO_PRIVATE_PASSWORD).await, "/oma", "the owner was locked out");
        // Five more addresses, ten wrong passwords each: the account now waits for every
        // address that never signed in to it, but not for the owner's.
        for last in 4..9 {
            for _ in 0..10 {
                sign_in([127, 0, 0, last], "Wrong-password-123").await;
            }
        }
        assert_ne!(
            sign_in([127, 0, 0, 9], DEMO_PRIVATE_PASSWORD).await,
            "/oma",
            "a new address got through the account-wide throttle"
        );
        assert_eq!(
            sign_in([127, 0, 0, 3], DEMO_PRIVATE_PASSWORD).await,
            "/oma",
            "the owner's own address was locked out"
        );
    }
}

/// Finding 7: nothing detected a changed audit row. Now each row is chained to the one
/// before it, and `verify` names the first row that was changed or removed.
#[tokio::test]
async fn a_changed_or_removed_audit_row_breaks_the_chain_and_is_named() {
    use app::ssr::audit;
    for app in apps_on_every_backend().await {
        for _ in 0..3 {
            app.sign_in_with(&browser(), DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        }
        let report = audit::verify(&app.db).await.unwrap();
        assert!(report.is_intact(), "{report:?}");
        assert!(report.chained >= 5, "{report:?}");
        assert_eq!(report.before_chain, 0);
        let ids: Vec<i64> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM audit_log ORDER BY id").fetch_all(pool).await.unwrap());
        let (changed, removed) = (ids[2], ids[ids.len() - 2]);
        // Around the application, as someone with the database owner's rights could.
        let tamper = |sql: String| {
            let db = app.db.clone();
            async move {
                match &db {
                    app::ssr::db::Db::Sqlite(pool) => {
                        sqlx::query("DROP TRIGGER IF EXISTS audit_log_no_update").execute(pool).await.unwrap();
                        sqlx::query("DROP TRIGGER IF EXISTS audit_log_no_delete").execute(pool).await.unwrap();
                        sqlx::query(&sql).execute(pool).await.unwrap();
                    }
                    app::ssr::db::Db::Postgres(pool) => {
                        sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER USER").execute(pool).await.unwrap();
                        sqlx::query(&sql).execute(pool).await.unwrap();
                    }
                }
            }
        };
        tamper(format!("DELETE FROM audit_log WHERE id = {removed}")).await;
        let report = audit::verify(&app.db).await.unwrap();
        assert_eq!(report.first_broken.map(|b| b.0), Some(ids[ids.len() - 1]), "{report:?}");
        tamper(format!("UPDATE audit_log SET action = 'nothing_happened' WHERE id = {changed}")).await;
        let report = audit::verify(&app.db).await.unwrap();
        assert_eq!(report.first_broken.map(|b| b.0), Some(changed), "{report:?}");
    }
}

/// Finding 9: a link on another site to a staff page wrote audit rows in the viewer's
/// name. Now such a navigation gets a page with one link to the same address; only
/// following it (from this site) reads and audits.
#[tokio::test]
async fn a_link_from_another_site_does_not_open_an_audited_page() {
    for app in apps_on_every_backend().await {
        let dpo = browser();
        app.sign_in_with(&dpo, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let reference: String = with_db!(&app.db, pool => sqlx::query_scalar("SELECT reference FROM requests ORDER BY id LIMIT 1")
            .fetch_one(pool).await.unwrap());
        let looks = || async {
            let n: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action IN ('view_customer_data', 'view_audit_log')")
                .fetch_one(pool).await.unwrap());
            n
        };
        let before = looks().await;
        for path in [format!("/henkilosto/pyynnot/{reference}"), "/henkilosto/loki?asiakas=100001".to_owned()] {
            let res = dpo.get(app.url(&path)).header("sec-fetch-site", "cross-site").send().await.unwrap();
            assert_eq!(res.status(), 200);
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("href=\"{}\"", path.replace('&', "&amp;"))), "{html}");
            assert!(html.contains("<html lang=\"fi\""));
        }
        assert_eq!(looks().await, before, "a cross-site navigation wrote audit rows");
        let res = dpo.get(app.url(&format!("/henkilosto/pyynnot/{reference}"))).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(looks().await > before, "the look from the portal's own page was not audited");
    }
}

/// Proof in the suite: with the database failing under every server function (all its
/// tables but the accounts and sessions that name the caller are gone), each answers an
/// internal error as a reference only: no "sqlx", "sqlite", "postgres", table names or
/// Debug text reach the caller.
#[tokio::test]
async fn a_failing_database_answers_only_a_reference_from_every_server_function() {
    for app in apps_on_every_backend().await {
        let customer = browser();
        app.sign_in_with(&customer, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        let dpo = browser();
        app.sign_in_with(&dpo, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let tables: Vec<String> = match &app.db {
            app::ssr::db::Db::Sqlite(pool) => sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await
            .unwrap(),
            app::ssr::db::Db::Postgres(pool) => sqlx::query_scalar(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await
            .unwrap(),
        };
        let broken: Vec<&String> = tables.iter().filter(|t| !["accounts", "sessions"].contains(&t.as_str())).collect();
        assert!(broken.len() > 10, "{tables:?}");
        for table in &broken {
            with_db!(&app.db, pool => sqlx::query(&format!("ALTER TABLE {table} RENAME TO {table}_gone")).execute(pool).await.map(|_| ()).unwrap());
        }
        let form = [
            ("reference", "TN-2026-000001"),
            ("kind", "question"),
            ("text", "Teksti"),
            ("idempotency_key", "failure000000000000001"),
            ("purpose", "direct_marketing"),
            ("channel", "email"),
            ("give", "false"),
            ("prohibit", "true"),
            ("category", "basic"),
            ("field", "phone"),
            ("proposed", "040 111 2222"),
            ("reason", "Syy"),
            ("body", "Viesti"),
            ("message", "Palaute"),
            ("page", "/"),
            ("contact", ""),
            ("answer", "Vastaus"),
            ("id", "1"),
            ("outcome", "approve"),
            ("assignee", "me"),
        ];
        // Those that end the caller's session go last (the registry's order is random).
        let mut paths: Vec<String> = leptos::server_fn::axum::server_fn_paths().map(|(p, _)| p.to_owned()).collect();
        paths.sort_by_key(|p| (p.contains("sign_out") || p.contains("end_"), p.clone()));
        let mut internal = 0;
        let mut statuses = std::collections::BTreeMap::<u16, u32>::new();
        for client in [&customer, &dpo] {
            for path in &paths {
                let res = client
                    .post(app.url(path))
                    .header(reqwest::header::ACCEPT, "application/json")
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                let status = res.status();
                *statuses.entry(status.as_u16()).or_default() += 1;
                let body = res.text().await.unwrap();
                let lower = body.to_lowercase();
                // PostgreSQL says `relation "x" does not exist`; the bare word is in ids
                // such as `customer_relationship`.
                for word in
                    ["sqlx", "sqlite", "postgres", "database", "no such table", "relation \"", "error {", "_gone"]
                {
                    assert!(!lower.contains(word), "{path} answered {status} with {word:?}: {body}");
                }
                for table in &broken {
                    assert!(
                        !body.contains(&format!("{table}_gone")) && !body.contains(&format!(" {table} ")),
                        "{path}: {body}"
                    );
                }
                if status == 500 {
                    let err: app::error::AppError =
                        serde_json::from_str(&body).unwrap_or_else(|_| panic!("{path}: {body}"));
                    match err {
                        app::error::AppError::Internal { reference } => {
                            assert!(app::error::AppError::is_reference(&reference), "{path}: {reference}");
                            internal += 1;
                        }
                        other => panic!("{path} answered 500 with {other:?}"),
                    }
                }
            }
        }
        assert!(internal >= 10, "only {internal} server functions reached the failing database: {statuses:?}");
    }
}

/// Finding 7: the app's own role owned the audit table and could drop its triggers. On
/// PostgreSQL the schema's owner migrates and grants; the app's role may only INSERT and
/// SELECT on the audit log, and the portal works as that role.
#[tokio::test]
async fn on_postgres_the_apps_role_can_only_add_to_the_audit_log() {
    let Ok(admin_url) = std::env::var("TIETONI_TEST_POSTGRES_URL") else { return };
    let suffix = uuid::Uuid::new_v4().simple().to_string();
    let (name, role) = (format!("tietoni_test_{suffix}"), format!("tietoni_app_{}", &suffix[..12]));
    let admin = app::ssr::db::Db::connect(&admin_url, 1).await.unwrap();
    let app::ssr::db::Db::Postgres(pool) = &admin else { panic!("a postgres:// URL") };
    sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(pool).await.unwrap();
    sqlx::query(&format!("CREATE ROLE {role} LOGIN")).execute(pool).await.unwrap();
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    let owner_url = format!("{base}/{name}");
    let app_url = owner_url.replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
    assert_ne!(app_url, owner_url, "the test URL names the postgres user");

    let owner = app::ssr::db::Db::connect(&owner_url, 2).await.unwrap();
    server::startup::migrate(&owner).await.unwrap();
    crate::helpers::seed_small(&owner).await;
    server::startup::grant_app_role(&owner, &role).await.unwrap();
    let db = app::ssr::db::Db::connect(&app_url, 5).await.unwrap();
    let app = crate::helpers::spawn_app_on(db.clone()).await;
    let client = browser();
    let res = app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    assert_eq!(location(&res), "/oma", "the portal does not work as the app's role");
    let app::ssr::db::Db::Postgres(as_app) = &db else { unreachable!() };
    for sql in [
        "UPDATE audit_log SET action = 'nothing_happened'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER USER",
        "DROP TRIGGER audit_log_no_delete ON audit_log",
        "DROP TRIGGER audit_log_no_update ON audit_log",
        // Nor sign its own way past the triggers: checkpoints are the owner's.
        "INSERT INTO audit_checkpoints (through_id, rows_removed, removed_at, public_key, signature) VALUES (1000000, 1, now(), 'x', 'y')",
    ] {
        let refused = sqlx::query(sql).execute(as_app).await;
        assert!(refused.is_err(), "the app's role could: {sql}");
    }
    let report = app::ssr::audit::verify(&db).await.unwrap();
    assert!(report.is_intact() && report.chained >= 2, "{report:?}");
}

/// Finding 9: the limits must count the client, also behind a reverse proxy. Only a
/// proxy named in `trusted_proxies` may say who the client is with `X-Forwarded-For`;
/// from anywhere else the header changes nothing, so it cannot reset a limit.
#[tokio::test]
async fn only_a_trusted_proxy_names_the_client_the_limits_count() {
    for trusted in [false, true] {
        let db = crate::helpers::fresh_sqlite().await;
        crate::helpers::seed_small(&db).await;
        let app = crate::helpers::spawn_app_with(db, |s| {
            s.sign_in_attempts_per_minute = 3;
            if trusted {
                s.trusted_proxies = "127.0.0.2, 10.0.0.0/8".into();
            }
        })
        .await;
        // The "proxy" connects from 127.0.0.2 and forwards two different clients.
        let proxy = crate::helpers::browser_from([127, 0, 0, 2]);
        let attempt = |client: &'static str| {
            proxy
                .post(app.url("/api/sign_in"))
                .header(REFERER, app.url("/kirjaudu"))
                .header("x-forwarded-for", format!("198.51.100.1, {client}"))
                .form(&[("login", DEMO_PRIVATE_EMAIL), ("password", "Wrong-password-123")])
                .send()
        };
        for _ in 0..3 {
            assert_ne!(attempt("203.0.113.9").await.unwrap().status(), 429);
        }
        assert_eq!(attempt("203.0.113.9").await.unwrap().status(), 429, "trusted: {trusted}");
        // Another client behind the proxy has its own budget only when the proxy is trusted.
        let other = attempt("203.0.113.10").await.unwrap().status();
        assert_eq!(other == 429, !trusted, "trusted: {trusted}: {other}");
        let addresses: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT address FROM attempt_throttles ORDER BY address").fetch_all(pool).await.unwrap());
        let expected: Vec<String> =
            if trusted { vec!["203.0.113.10".into(), "203.0.113.9".into()] } else { vec!["127.0.0.2".into()] };
        assert_eq!(addresses, expected, "the sign-in failures were counted against the wrong address");
    }
}

/// Finding 3: every signed-in page carries the page's policy with its nonce and
/// `no-store`, also while the browser fetches the site's files at the same time. Leptos's
/// file handler ran the page context in a non-root owner, so a file answer could take a
/// page's headers and leave the page with the strict file policy (blocking its own
/// scripts) and cacheable: seen in Chromium about once in twenty runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_keep_their_policy_and_no_store_while_files_load_at_the_same_time() {
    // A site root of its own: the built site may not exist yet when this runs.
    let site = std::env::temp_dir().join(format!("tietoni-test-site-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&site).unwrap();
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/../public/favicon.svg"), site.join("favicon.svg")).unwrap();
    let db = crate::helpers::fresh_sqlite().await;
    crate::helpers::seed_small(&db).await;
    let app = crate::helpers::spawn_app_with(db, |s| s.site_root = site.clone()).await;
    let maija = browser();
    app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let paths = ["/oma", "/oma/tiedot", "/oma/tiedot/basic", "/oma/luvat", "/favicon.svg", "/favicon.svg"];
    let mut reads = Vec::new();
    for _ in 0..100 {
        for path in paths {
            let (client, url) = (maija.clone(), app.url(path));
            reads.push(tokio::spawn(async move {
                let res = client.get(url).send().await.unwrap();
                assert_eq!(res.status(), 200, "{path}");
                let header = |name: &str| res.headers().get(name).map(|v| v.to_str().unwrap().to_owned());
                (path, header("content-security-policy"), header("cache-control"))
            }));
        }
    }
    let mut wrong = Vec::new();
    for read in reads {
        let (path, csp, cache) = read.await.unwrap();
        let page_policy = csp.as_deref().is_some_and(|c| c.contains("'nonce-"));
        let no_store = cache.as_deref() == Some("no-store");
        let file = path.starts_with("/favicon");
        if page_policy == file || no_store == file {
            wrong.push(format!("{path}: {csp:?} {cache:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} answers with another answer's headers: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
}
