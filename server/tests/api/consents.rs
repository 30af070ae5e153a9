//! Consents and direct-marketing prohibitions over HTTP: withdraw, give again, object per
//! channel and for all, one event per change however often it is submitted, consistent
//! under concurrent changes, and customer B's untouchable by A.

use crate::helpers::{browser, spawn_app, TestApp};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::LOCATION;

async fn post(client: &reqwest::Client, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url(path)).header("referer", app.url("/oma/luvat")).form(form).send().await.unwrap()
}

/// The portal-made events of a customer in `table`: (channel, action), oldest first.
async fn events(app: &TestApp, customer: &str, table: &str) -> Vec<(String, String)> {
    let sql = format!(
        "SELECT e.channel, e.action FROM {table} e JOIN customers c ON c.id = e.customer_id
         WHERE c.customer_number = $1 AND e.source = 'portal' ORDER BY e.id"
    );
    with_db!(&app.db, pool => sqlx::query_as(&sql).bind(customer).fetch_all(pool).await.unwrap())
}

#[tokio::test]
async fn withdrawing_giving_and_objecting_each_record_one_event_with_a_receipt() {
    for app in crate::helpers::apps_on_every_backend().await {
        consents_on(&app).await;
    }
}

async fn consents_on(app: &TestApp) {
    let maija = browser();
    app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let form = [("purpose", "direct_marketing"), ("channel", "email"), ("give", "false")];
    let res = post(&maija, app, "/api/set_consent", &form).await;
    let location = res.headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(location.starts_with("/oma/luvat?kuitti=c"), "{location}");
    // A double submit records nothing more and shows the same state.
    let again = post(&maija, app, "/api/set_consent", &form).await;
    assert_eq!(again.headers()[LOCATION].to_str().unwrap(), location);
    assert_eq!(events(app, "100001", "consent_events").await, [("email".to_owned(), "withdrawn".to_owned())]);
    let page = maija.get(app.url(&location.replace("#kuitti", ""))).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Peruit suostumuksen: Suoramarkkinointi, sähköposti"),
        "no receipt: {}",
        &page[page.find("<main").unwrap_or(0)..]
    );
    assert!(page.contains("Anna: Suoramarkkinointi, sähköposti"), "no control to give it again");
    // Given again: a second event.
    let give = [("purpose", "direct_marketing"), ("channel", "email"), ("give", "true")];
    post(&maija, app, "/api/set_consent", &give).await;
    assert_eq!(events(app, "100001", "consent_events").await.len(), 2);
    // Objection per channel and for all, recorded as prohibitions.
    post(&maija, app, "/api/set_prohibition", &[("channel", "sms"), ("prohibit", "true")]).await;
    post(&maija, app, "/api/set_prohibition", &[("channel", "sms"), ("prohibit", "true")]).await;
    let res = post(&maija, app, "/api/set_prohibition", &[("channel", "all"), ("prohibit", "true")]).await;
    assert!(res.headers()[LOCATION].to_str().unwrap().contains("kuitti=p"));
    assert_eq!(
        events(app, "100001", "marketing_prohibition_events").await,
        [("sms".to_owned(), "prohibited".to_owned()), ("all".to_owned(), "prohibited".to_owned())]
    );
    let page = maija.get(app.url("/oma/luvat")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Poista kielto: kaikki kanavat"));
    // Each change is audited with its event.
    let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('consent_changed', 'prohibition_changed')").fetch_one(pool).await.unwrap());
    assert_eq!(audited, 4);
    // A purpose on a channel it does not have is refused without a change.
    let bad = [("purpose", "partner_marketing"), ("channel", "sms"), ("give", "true")];
    let res = post(&maija, app, "/api/set_consent", &bad).await;
    assert!(res.headers()[LOCATION].to_str().unwrap().contains("__err"));
    assert_eq!(events(app, "100001", "consent_events").await.len(), 2);
}

#[tokio::test]
async fn concurrent_changes_end_consistent_with_one_event_per_change() {
    for app in crate::helpers::apps_on_every_backend().await {
        concurrent_on(&app).await;
    }
}

async fn concurrent_on(app: &TestApp) {
    let mut tabs = Vec::new();
    for _ in 0..2 {
        let tab = browser();
        app.sign_in_with(&tab, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        tabs.push(tab);
    }
    // Eight identical withdrawals at once, from two tabs: one event.
    let mut all = Vec::new();
    for i in 0..8 {
        let tab = tabs[i % 2].clone();
        let url = app.url("/api/set_consent");
        all.push(tokio::spawn(async move {
            tab.post(url)
                .form(&[("purpose", "distance_selling"), ("channel", "sms"), ("give", "false")])
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for h in all {
        assert_eq!(h.await.unwrap(), 302);
    }
    let rows: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT e.action FROM consent_events e JOIN customers c ON c.id = e.customer_id
         WHERE c.customer_number = '100001' AND e.purpose = 'distance_selling' AND e.channel = 'sms' AND e.source = 'portal'",
    ).fetch_all(pool).await.unwrap());
    assert_eq!(rows, ["withdrawn"], "duplicate events from concurrent submits");
    // Opposite changes at once: the events alternate, so the history is a consistent
    // sequence whose last entry is the state shown.
    let mut all = Vec::new();
    for i in 0..6 {
        let tab = tabs[i % 2].clone();
        let url = app.url("/api/set_prohibition");
        let prohibit = if i % 2 == 0 { "true" } else { "false" };
        all.push(tokio::spawn(async move {
            tab.post(url).form(&[("channel", "email"), ("prohibit", prohibit)]).send().await.unwrap().status()
        }));
    }
    for h in all {
        assert_eq!(h.await.unwrap(), 302);
    }
    let history = events(app, "100001", "marketing_prohibition_events").await;
    assert!(!history.is_empty());
    for pair in history.windows(2) {
        assert_ne!(pair[0].1, pair[1].1, "two equal events in a row: {history:?}");
    }
    let page = tabs[0].get(app.url("/oma/luvat")).send().await.unwrap().text().await.unwrap();
    let shown = if history.last().unwrap().1 == "prohibited" {
        "Poista kielto: sähköposti"
    } else {
        "Kiellä suoramarkkinointi: sähköposti"
    };
    assert!(page.contains(shown), "the page does not show the last state");
}

#[tokio::test]
async fn customer_b_s_consents_are_untouchable_by_a() {
    let app = spawn_app().await;
    let count_b = || async {
        let n: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM consent_events e JOIN customers c ON c.id = e.customer_id WHERE c.customer_number = '100002'",
        ).fetch_one(pool).await.unwrap());
        n
    };
    let before = count_b().await;
    let maija = browser();
    app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    // There is no way to name another customer: extra fields change nothing.
    let form = [
        ("purpose", "market_research"),
        ("channel", "email"),
        ("give", "false"),
        ("customer_id", "2"),
        ("customer_number", "100002"),
    ];
    post(&maija, &app, "/api/set_consent", &form).await;
    assert_eq!(count_b().await, before);
    // A's page shows no receipt of B's event.
    let b_event: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT MAX(e.id) FROM consent_events e JOIN customers c ON c.id = e.customer_id WHERE c.customer_number = '100002'",
    ).fetch_one(pool).await.unwrap());
    let page = maija.get(app.url(&format!("/oma/luvat?kuitti=c{b_event}"))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Kuitti muutoksesta"), "A sees a receipt of B's event");
    // Staff cannot change consents here.
    let staff = browser();
    app.sign_in_with(&staff, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let res = staff
        .post(app.url("/api/set_consent"))
        .header("accept", "application/json")
        .form(&[("purpose", "market_research"), ("channel", "email"), ("give", "true")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
}

#[tokio::test]
async fn the_in_place_change_answers_with_the_new_state_and_the_receipt() {
    let app = spawn_app().await;
    let maija = browser();
    app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let toggle = |give: &'static str| {
        maija
            .post(app.url("/api/toggle_consent"))
            .header("accept", "application/json")
            .form(&[("purpose", "direct_marketing"), ("channel", "sms"), ("give", give)])
            .send()
    };
    let res = toggle("false").await.unwrap();
    assert_eq!(res.status(), 200);
    let change: serde_json::Value = res.json().await.unwrap();
    assert_eq!(change["given"], false);
    assert!(change["receipt_text"]
        .as_str()
        .unwrap()
        .starts_with("Peruit suostumuksen: Suoramarkkinointi, tekstiviesti"));
    assert_eq!(change["button_text"], "Anna: Suoramarkkinointi, tekstiviesti");
    // The same again: no new event, the same state.
    let again: serde_json::Value = toggle("false").await.unwrap().json().await.unwrap();
    assert_eq!(again["given"], false);
    assert_eq!(events(&app, "100001", "consent_events").await.len(), 1);
    // An objection in place, likewise.
    let res = maija
        .post(app.url("/api/toggle_prohibition"))
        .header("accept", "application/json")
        .form(&[("channel", "email"), ("prohibit", "true")])
        .send()
        .await
        .unwrap();
    let change: serde_json::Value = res.json().await.unwrap();
    assert_eq!(change["given"], true);
    assert_eq!(change["button_text"], "Poista kielto: sähköposti");
    assert_eq!(
        events(&app, "100001", "marketing_prohibition_events").await,
        [("email".to_owned(), "prohibited".to_owned())]
    );
}

/// Consent proof (GDPR Art. 7(1)): each portal event keeps the wording the customer saw,
/// in their language, with a version that is the same for the same text; the history
/// and the package show it.
#[tokio::test]
async fn every_consent_change_keeps_the_wording_the_customer_saw() {
    for app in crate::helpers::apps_on_every_backend().await {
        let maija = browser();
        app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        let withdraw = [("purpose", "market_research"), ("channel", "phone"), ("give", "false")];
        post(&maija, &app, "/api/set_consent", &withdraw).await;
        post(
            &maija,
            &app,
            "/api/set_consent",
            &[("purpose", "market_research"), ("channel", "phone"), ("give", "true")],
        )
        .await;
        // In Swedish, the same change has its own wording and version.
        let svenska = browser();
        app.sign_in_with(&svenska, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        svenska.post(app.url("/kieli")).form(&[("lang", "sv"), ("next", "/oma/luvat")]).send().await.unwrap();
        post(&svenska, &app, "/api/set_consent", &withdraw).await;
        type Row = (String, Option<String>, Option<String>);
        let rows: Vec<Row> = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT e.action, e.wording, e.wording_version FROM consent_events e JOIN customers c ON c.id = e.customer_id
             WHERE c.customer_number = '100001' AND e.source = 'portal' ORDER BY e.id",
        ).fetch_all(pool).await.unwrap());
        assert_eq!(rows.len(), 3);
        let (_, fi_withdrawal, fi_version) = &rows[0];
        let fi_withdrawal = fi_withdrawal.as_deref().expect("wording kept");
        assert!(fi_withdrawal.contains("Peru: Mielipide- ja markkinatutkimukset, puhelin"), "{fi_withdrawal}");
        assert!(fi_withdrawal.contains("Voit perua minkä tahansa suostumuksen"), "the page's text: {fi_withdrawal}");
        let version = fi_version.as_deref().expect("a version");
        assert!(version.len() == 16 && version.chars().all(|c| c.is_ascii_hexdigit()), "{version}");
        assert!(rows[1].1.as_deref().is_some_and(|w| w.contains("Anna: Mielipide")), "giving has its own wording");
        assert_ne!(rows[1].2, rows[0].2, "another text, another version");
        assert!(rows[2].1.as_deref().is_some_and(|w| w.contains("Återkalla")), "Swedish: {:?}", rows[2].1);
        assert_ne!(rows[2].2, rows[0].2);
        // The same text again has the same version.
        post(
            &maija,
            &app,
            "/api/set_consent",
            &[("purpose", "market_research"), ("channel", "phone"), ("give", "true")],
        )
        .await;
        post(&maija, &app, "/api/set_consent", &withdraw).await;
        let last: Option<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT e.wording_version FROM consent_events e JOIN customers c ON c.id = e.customer_id
             WHERE c.customer_number = '100001' ORDER BY e.id DESC LIMIT 1",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(last.as_deref(), Some(version));
        let history =
            maija.get(app.url("/oma/tiedot/marketing_permissions")).send().await.unwrap().text().await.unwrap();
        assert!(history.contains("Teksti, jonka näit") && history.contains(&format!("[{version}]")));
    }
}
