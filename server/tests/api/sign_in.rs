//! Sign-in, sign-out and sessions over plain HTTP, and the default-deny rule for every
//! server function.

use crate::helpers::{spawn_app, TestApp};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{HeaderMap, ACCEPT, CACHE_CONTROL, LOCATION, REFERER, SET_COOKIE};

fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("tietoni_session="))
        .map(|c| c.split(';').next().unwrap().to_owned())
}

/// Posts the sign-in form as a browser without JavaScript does.
async fn sign_in(app: &TestApp, login: &str, password: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/sign_in"))
        .header(ACCEPT, "text/html")
        .form(&[("login", login), ("password", password)])
        .send()
        .await
        .unwrap()
}

/// Posts the sign-in form from the sign-in page, as a browser without JavaScript does
/// (with the Referer the form redirect returns to).
async fn sign_in_from_form(app: &TestApp, login: &str, password: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/sign_in"))
        .header(ACCEPT, "text/html")
        .header(REFERER, app.url("/kirjaudu"))
        .form(&[("login", login), ("password", password)])
        .send()
        .await
        .unwrap()
}

/// A client without a cookie jar, for replaying a given cookie; it asks for HTML, as a
/// browser does.
fn bare_client() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, "text/html".parse().unwrap());
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).default_headers(headers).build().unwrap()
}

#[tokio::test]
async fn every_demo_account_signs_in_and_reaches_its_page() {
    let app = spawn_app().await;
    for (login, password, name, home) in [
        (DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD, "Maija Meikäläinen", "/oma"),
        (DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD, "Matti Virtanen", "/oma"),
        (DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD, "Asiakaspalvelu (demo)", "/henkilosto"),
        (DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD, "Tietosuojavastaava (demo)", "/henkilosto"),
    ] {
        let client = crate::helpers::browser();
        let res = app.sign_in_with(&client, login, password).await;
        assert_eq!(res.status(), 302, "{login}");
        assert_eq!(res.headers()[LOCATION], home);
        let cookie = res
            .headers()
            .get_all(SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
        let page = client.get(app.url(home)).send().await.unwrap();
        assert_eq!(page.status(), 200);
        assert_eq!(page.headers()[CACHE_CONTROL], "no-store");
        assert!(page.text().await.unwrap().contains(name), "{login}");
    }
}

#[tokio::test]
async fn the_customer_number_also_signs_in() {
    let app = spawn_app().await;
    let res = sign_in(&app, "100001", DEMO_PRIVATE_PASSWORD).await;
    assert_eq!(res.status(), 302);
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_account_get_the_same_answer() {
    let app = spawn_app().await;
    // As the browser's server-function client (JavaScript) calls it.
    let call = |login: &'static str| {
        app.client.post(app.url("/api/sign_in")).form(&[("login", login), ("password", "Wrong-password-123")]).send()
    };
    let wrong = call(DEMO_PRIVATE_EMAIL).await.unwrap();
    let (s1, b1) = (wrong.status(), wrong.text().await.unwrap());
    let unknown = call("nobody@example.fi").await.unwrap();
    let (s2, b2) = (unknown.status(), unknown.text().await.unwrap());
    assert_eq!(s1, 400);
    assert_eq!((s1, &b1), (s2, &b2));
    assert!(b1.contains("InvalidCredentials"), "{b1}");
    assert!(!b1.contains("maija"));
}

#[tokio::test]
async fn without_javascript_the_error_comes_back_to_the_form() {
    let app = spawn_app().await;
    let res = sign_in_from_form(&app, DEMO_PRIVATE_EMAIL, "Wrong-password-123").await;
    assert_eq!(res.status(), 302);
    let location = res.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(location.contains("/kirjaudu") && location.contains("__err"), "{location}");
    assert!(!location.contains("maija"), "personal data in a URL: {location}");
    let html = app.client.get(&location).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Sähköpostiosoite, asiakasnumero tai salasana on väärin."));
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains(r##"href="#login""##));
}

#[tokio::test]
async fn signing_in_renews_the_session_id_and_stores_only_its_hash() {
    let app = spawn_app().await;
    let first = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    let second = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    assert_ne!(first, second);
    // The id from before the second sign-in no longer works.
    let old = bare_client().get(app.url("/oma")).header("Cookie", &first).send().await.unwrap();
    assert_eq!(old.status(), 302, "an old session id still signs in");
    let new = bare_client().get(app.url("/oma")).header("Cookie", &second).send().await.unwrap();
    assert_eq!(new.status(), 200);
    let id = second.split_once('=').unwrap().1.to_owned();
    let hashes: Vec<String> =
        with_db!(&app.db, pool => sqlx::query_scalar("SELECT id_hash FROM sessions").fetch_all(pool).await.unwrap());
    assert!(!hashes.is_empty());
    assert!(hashes.iter().all(|h| h.len() == 64 && !h.contains(&id)));
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let cookie = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    let res = bare_client().post(app.url("/api/sign_out")).header("Cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 302);
    assert_eq!(res.headers()[LOCATION], "/");
    let after = bare_client().get(app.url("/oma")).header("Cookie", &cookie).send().await.unwrap();
    assert_eq!(after.status(), 302);
    assert_eq!(after.headers()[LOCATION], "/kirjaudu");
}

#[tokio::test]
async fn every_server_function_denies_anonymous_callers_unless_allow_listed() {
    let app = spawn_app().await;
    let paths: Vec<String> = leptos::server_fn::axum::server_fn_paths().map(|(p, _)| p.to_owned()).collect();
    assert!(paths.iter().any(|p| p == "/api/sign_in") && paths.iter().any(|p| p == "/api/sign_out"), "{paths:?}");
    for path in paths {
        if app::api::ANONYMOUS_ALLOWED.contains(&path.as_str()) {
            continue;
        }
        // As a script would call it: no cookies, no HTML form redirect.
        let res = reqwest::Client::new()
            .post(app.url(&path))
            .header("sec-fetch-site", "same-origin")
            .form(&[("x", "y")])
            .send()
            .await
            .unwrap();
        assert!(matches!(res.status().as_u16(), 401 | 403), "{path} answered {} to an anonymous caller", res.status());
    }
}

#[tokio::test]
async fn sign_in_and_sign_out_are_audited_without_secrets() {
    let app = spawn_app().await;
    sign_in(&app, DEMO_PRIVATE_EMAIL, "Wrong-password-123").await;
    sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    app.client.post(app.url("/api/sign_out")).header(ACCEPT, "text/html").send().await.unwrap();
    let rows: Vec<(String, Option<String>)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT action, detail FROM audit_log WHERE action IN ('sign_in', 'sign_in_failed', 'sign_out') ORDER BY id")
        .fetch_all(pool).await.unwrap());
    let actions: Vec<_> = rows.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(actions, ["sign_in_failed", "sign_in", "sign_out"]);
    assert!(rows.iter().all(|(_, d)| d.is_none()));
}

#[tokio::test]
async fn ten_failures_throttle_the_account_even_for_the_right_password_and_any_address() {
    let app = spawn_app().await;
    for _ in 0..10 {
        let res = sign_in(&app, DEMO_BUSINESS_EMAIL, "Wrong-password-123").await;
        assert_ne!(res.headers()[LOCATION], "/oma");
    }
    // The right password now gets the same answer as a wrong one, whatever the client
    // claims about its address.
    let res = app
        .client
        .post(app.url("/api/sign_in"))
        .header("X-Forwarded-For", "203.0.113.9")
        .form(&[("login", DEMO_BUSINESS_EMAIL), ("password", DEMO_BUSINESS_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(res.text().await.unwrap().contains("InvalidCredentials"));
    let (failures, locked) = crate::security::failures_and_lock(&app, DEMO_BUSINESS_EMAIL).await;
    assert_eq!(failures, 11);
    assert!(locked.unwrap() > chrono::Utc::now() + chrono::Duration::seconds(30));
    // Other accounts are not affected.
    assert_eq!(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()[LOCATION], "/oma");
}

#[tokio::test]
async fn a_successful_sign_in_resets_the_failure_count() {
    let app = spawn_app().await;
    for _ in 0..3 {
        sign_in(&app, DEMO_PRIVATE_EMAIL, "Wrong-password-123").await;
    }
    assert_eq!(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()[LOCATION], "/oma");
    let failures: i32 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT failed_sign_ins FROM accounts WHERE email = $1")
        .bind(DEMO_PRIVATE_EMAIL).fetch_one(pool).await.unwrap());
    assert_eq!(failures, 0);
}

#[tokio::test]
async fn one_address_posting_too_often_gets_429_with_retry_after() {
    let db = crate::helpers::fresh_sqlite().await;
    crate::helpers::seed_small(&db).await;
    let app = crate::helpers::spawn_app_with(db, |s| s.sign_in_attempts_per_minute = 3).await;
    for _ in 0..3 {
        assert_ne!(sign_in(&app, "nobody@example.fi", "Wrong-password-123").await.status(), 429);
    }
    let res = sign_in(&app, "nobody@example.fi", "Wrong-password-123").await;
    assert_eq!(res.status(), 429);
    let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // Pages are not limited.
    assert_eq!(app.client.get(app.url("/kirjaudu")).send().await.unwrap().status(), 200);
}

/// The address limit lives in the database: two instances of the portal on one database
/// (one SQLite file, one PostgreSQL) count one budget, so more instances never mean more
/// attempts. A refused attempt takes nothing: the budget refills with time alone.
#[tokio::test]
async fn two_instances_on_one_database_share_the_address_limit() {
    for db in crate::helpers::every_backend().await {
        crate::helpers::seed_small(&db).await;
        let first = crate::helpers::spawn_app_with(db.clone(), |s| s.sign_in_attempts_per_minute = 3).await;
        let second = crate::helpers::spawn_app_with(db.clone(), |s| s.sign_in_attempts_per_minute = 3).await;
        for app in [&first, &second, &first] {
            assert_ne!(sign_in(app, "nobody@example.fi", "Wrong-password-123").await.status(), 429);
        }
        for app in [&second, &first] {
            let res = sign_in(app, "nobody@example.fi", "Wrong-password-123").await;
            assert_eq!(res.status(), 429, "the other instance did not see the attempts");
            let retry: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
            assert!((1..=20).contains(&retry), "one token of three a minute is back within 20 s: {retry}");
        }
        // A minute later (the bucket's clock moved back) the whole burst is there again.
        with_db!(&db, pool => sqlx::query("UPDATE rate_buckets SET updated_ms = updated_ms - 60000")
            .execute(pool).await.map(|r| r.rows_affected()).unwrap());
        for app in [&second, &first, &second] {
            assert_ne!(sign_in(app, "nobody@example.fi", "Wrong-password-123").await.status(), 429);
        }
        assert_eq!(sign_in(&first, "nobody@example.fi", "Wrong-password-123").await.status(), 429);
    }
}

#[tokio::test]
async fn an_idle_session_ends_after_thirty_minutes_and_any_session_after_twelve_hours() {
    let app = spawn_app().await;
    let cookie = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    let page = || bare_client().get(app.url("/oma")).header("Cookie", &cookie).send();
    assert_eq!(page().await.unwrap().status(), 200);
    // Every request moves the idle deadline 30 minutes ahead.
    let expires: chrono::DateTime<chrono::Utc> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT expires_at FROM sessions")
        .fetch_one(pool).await.unwrap());
    let ahead = expires - chrono::Utc::now();
    assert!(ahead > chrono::Duration::minutes(29) && ahead <= chrono::Duration::minutes(30), "{ahead}");

    // Active, but created 12 hours and a minute ago: over.
    let long_ago = chrono::Utc::now() - chrono::Duration::hours(12) - chrono::Duration::minutes(1);
    with_db!(&app.db, pool => sqlx::query("UPDATE sessions SET created_at = $1").bind(long_ago).execute(pool).await.unwrap().rows_affected());
    assert_eq!(page().await.unwrap().status(), 302);

    // A fresh session left idle past its deadline: over.
    let cookie = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    let idle = chrono::Utc::now() - chrono::Duration::seconds(1);
    with_db!(&app.db, pool => sqlx::query("UPDATE sessions SET expires_at = $1").bind(idle).execute(pool).await.unwrap().rows_affected());
    let res = bare_client().get(app.url("/oma")).header("Cookie", &cookie).send().await.unwrap();
    assert_eq!(res.status(), 302);
}

#[tokio::test]
async fn after_a_failed_sign_in_the_typed_login_is_kept_but_never_in_the_url() {
    let app = spawn_app().await;
    let res = sign_in_from_form(&app, "100002", "Wrong-password-123").await;
    let location = res.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(!location.contains("100002"));
    let kept = res
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("tietoni_form="));
    let kept = kept.expect("the login is kept in a cookie");
    assert!(kept.contains("HttpOnly") && kept.contains("Path=/kirjaudu") && kept.contains("Max-Age=300"), "{kept}");
    let html = app.client.get(&location).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(r#"value="100002""#), "the login field lost what was typed");
}

#[tokio::test]
async fn reauthentication_checks_the_password_renews_the_id_and_returns_only_to_local_paths() {
    let app = spawn_app().await;
    let cookie = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    let reauth = |password: &'static str, next: &'static str, cookie: String| {
        bare_client()
            .post(app.url("/api/reauthenticate"))
            .header("Cookie", cookie)
            .header(REFERER, app.url("/vahvista"))
            .form(&[("password", password), ("next", next)])
            .send()
    };
    let wrong = reauth("Wrong-password-123", "/oma", cookie.clone()).await.unwrap();
    assert!(wrong.headers()[LOCATION].to_str().unwrap().contains("__err"));
    let ok = reauth(DEMO_PRIVATE_PASSWORD, "/oma?x=1", cookie.clone()).await.unwrap();
    assert_eq!(ok.headers()[LOCATION], "/oma?x=1");
    let renewed = session_cookie(ok.headers()).expect("a new session id");
    assert_ne!(renewed, cookie);
    let off_site = reauth(DEMO_PRIVATE_PASSWORD, "//evil.example/", renewed.clone()).await.unwrap();
    assert_eq!(off_site.headers()[LOCATION], "/oma");
    let latest = session_cookie(off_site.headers()).expect("renewed again");
    // Anonymous callers cannot re-authenticate.
    let anonymous = reqwest::Client::new()
        .post(app.url("/api/reauthenticate"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("password", "x"), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let page = bare_client().get(app.url("/vahvista?jatka=/oma")).header("Cookie", &latest).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains(r#"name="next" value="/oma""#));
}

#[tokio::test]
async fn the_sessions_page_lists_own_sessions_and_ends_them() {
    let app = spawn_app().await;
    // Three devices, each with its own cookies.
    let app = &app;
    let device = |login: &'static str, password: &'static str| async move {
        let res = bare_client()
            .post(app.url("/api/sign_in"))
            .form(&[("login", login), ("password", password)])
            .send()
            .await
            .unwrap();
        session_cookie(res.headers()).unwrap()
    };
    let phone = device(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let laptop = device(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let matti = device(DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
    let html =
        bare_client().get(app.url("/istunnot")).header("Cookie", &laptop).send().await.unwrap().text().await.unwrap();
    assert_eq!(html.matches(r#"name="key""#).count(), 2, "Maija has two sessions: {html}");
    assert!(html.contains("Tämä laite") && html.contains("<caption>"));

    // Matti's key does not end Maija's session and Maija cannot end Matti's.
    let matti_key: String = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT s.id_hash FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = $1")
        .bind(DEMO_BUSINESS_EMAIL).fetch_one(pool).await.unwrap());
    bare_client()
        .post(app.url("/api/end_session"))
        .header("Cookie", &laptop)
        .form(&[("key", matti_key.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(bare_client().get(app.url("/oma")).header("Cookie", &matti).send().await.unwrap().status(), 200);

    // "End all others" ends the phone and keeps the laptop.
    let res = bare_client().post(app.url("/api/end_other_sessions")).header("Cookie", &laptop).send().await.unwrap();
    assert_eq!(res.headers()[LOCATION], "/istunnot");
    assert_eq!(bare_client().get(app.url("/oma")).header("Cookie", &phone).send().await.unwrap().status(), 302);
    assert_eq!(bare_client().get(app.url("/oma")).header("Cookie", &laptop).send().await.unwrap().status(), 200);
    // Ending sessions is audited; ending someone else's (nothing ended) is not an event.
    let ends: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE action LIKE '%sessions_ended' OR action = 'session_ended' ORDER BY id")
        .fetch_all(pool).await.unwrap());
    assert_eq!(ends, ["other_sessions_ended"]);
}

/// WCAG 2.2.1: the page asks how long its session has left without that keeping it
/// alive, and the warning's button keeps it for another 30 minutes.
#[tokio::test]
async fn asking_how_long_a_session_has_left_keeps_nothing_alive_and_the_warnings_button_does() {
    let app = spawn_app().await;
    let cookie = session_cookie(sign_in(&app, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.headers()).unwrap();
    let call = |path: &'static str, cookie: Option<&str>| {
        let mut req = bare_client()
            .post(app.url(path))
            .header(ACCEPT, "application/json")
            .header(REFERER, app.url("/oma"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("");
        if let Some(c) = cookie {
            req = req.header("Cookie", c);
        }
        async move {
            let text = req.send().await.unwrap().text().await.unwrap();
            text.parse::<i64>().unwrap_or_else(|_| panic!("{path}: {text}"))
        }
    };
    // A page: the session is marked active this minute.
    assert_eq!(bare_client().get(app.url("/oma")).header("Cookie", &cookie).send().await.unwrap().status(), 200);
    let left = call("/api/session_state", Some(&cookie)).await;
    assert!((1740..=1800).contains(&left), "{left}");

    // Idle for 29 minutes: about a minute left, and asking (twice) does not change that.
    let minute = chrono::Utc::now().timestamp() / 60 - 29;
    with_db!(&app.db, pool => sqlx::query(&format!(
        "UPDATE sessions SET data = replace(data, substr(data, instr(data, '\"seen_minute\":'), 14 + length('{minute}')), '\"seen_minute\":{minute}'), expires_at = $1"
    )).bind(chrono::Utc::now() + chrono::Duration::seconds(60)).execute(pool).await.unwrap().rows_affected());
    for _ in 0..2 {
        let left = call("/api/session_state", Some(&cookie)).await;
        assert!((1..=60).contains(&left), "{left}");
    }
    let expires: chrono::DateTime<chrono::Utc> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT expires_at FROM sessions")
        .fetch_one(pool).await.unwrap());
    assert!(expires - chrono::Utc::now() <= chrono::Duration::seconds(60), "asking kept it alive");

    // The warning's button: 30 minutes again, in the store too.
    let left = call("/api/keep_session", Some(&cookie)).await;
    assert!((1790..=1800).contains(&left), "{left}");
    let expires: chrono::DateTime<chrono::Utc> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT expires_at FROM sessions")
        .fetch_one(pool).await.unwrap());
    assert!(expires - chrono::Utc::now() > chrono::Duration::minutes(29));
    assert!(call("/api/session_state", Some(&cookie)).await > 1700);
    // Without a session: nothing left.
    assert_eq!(call("/api/session_state", None).await, 0);
}
