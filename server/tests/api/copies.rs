//! Copies of personal data (GDPR Art. 15(3)) over HTTP, on both backends: customer
//! service prepares the copy (with a transcript typed of a call recording it listened
//! to), only the DPO gives it and only once it is prepared, the customer reads and
//! downloads it behind a fresh password confirmation, nobody else can, every look is
//! audited, and when its time ends it can no longer be had and its contents are deleted.

use crate::helpers::{browser, TestApp};
use crate::requests::{error_page, form_key, location, maija, post, reference_of};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{ACCEPT, CONTENT_DISPOSITION, LOCATION};

async fn file_copy_request(app: &TestApp, customer: &reqwest::Client) -> String {
    let (_, key) = form_key(app, customer, "kopio").await;
    let form =
        [("kind", "copy"), ("text", "Kaikki tietoni ja puhelutallenteet kirjoitettuina."), ("idempotency_key", &key)];
    let res = post(app, customer, "file_text_request", "/oma/pyynnot/uusi/kopio", &form).await;
    reference_of(&location(&res))
}

async fn audited(app: &TestApp, action: &str, reference: &str) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log l JOIN requests r ON r.id = l.request_id WHERE l.action = $1 AND r.reference = $2",
    ).bind(action).bind(reference).fetch_one(pool).await.unwrap())
}

async fn reauthenticate(app: &TestApp, client: &reqwest::Client, password: &str) {
    let res = client
        .post(app.url("/api/reauthenticate"))
        .form(&[("password", password), ("next", "/oma")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
}

#[tokio::test]
async fn a_copy_is_prepared_given_by_the_dpo_downloaded_by_its_customer_and_gone_when_its_time_ends() {
    for app in crate::helpers::apps_on_every_backend().await {
        copy_on(&app).await;
    }
}

async fn copy_on(app: &TestApp) {
    let customer = maija(app).await;
    let reference = file_copy_request(app, &customer).await;
    let page = format!("/henkilosto/pyynnot/{reference}");
    let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let check = [
        ("reference", reference.as_str()),
        ("method", "id_document"),
        ("document", "passport"),
        ("result", "verified"),
    ];
    post(app, &cs, "staff_identity_check", &page, &check).await;
    let approve = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Jäljennös on valmis.")];

    // Customer service cannot give a copy, and the DPO cannot give one not prepared.
    let res = post(app, &cs, "staff_decide", &page, &approve).await;
    assert!(location(&res).contains("__err"), "customer service may not give it");
    let html = error_page(&dpo, &post(app, &dpo, "staff_decide", &page, &approve).await).await;
    assert!(html.contains("Jäljennöstä ei ole valmisteltu"), "the DPO is told to prepare it first");

    // Customer service listens to a recording (audited) and types what was said.
    let (_, html) = app.get_as(&cs, &page).await;
    assert!(html.contains("Valmistele jäljennös") && html.contains("Puhelutallenteet"));
    let recording: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT r.id FROM call_recordings r JOIN customers c ON c.id = r.customer_id WHERE c.customer_number = '100001' ORDER BY r.id LIMIT 1",
    ).fetch_one(pool).await.unwrap());
    let audio = format!("/henkilosto/kopiot/{reference}/tallenteet/{recording}");
    let res = cs.get(app.url(&audio)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert!(res.bytes().await.unwrap().starts_with(b"RIFF"), "the audio itself");
    assert_eq!(audited(app, "recording_played", &reference).await, 1);
    let ranged = cs.get(app.url(&audio)).header("range", "bytes=100-199").send().await.unwrap();
    assert_eq!(ranged.status(), 206);
    assert_eq!(audited(app, "recording_played", &reference).await, 1, "a player's seek is not another look");
    assert_eq!(customer.get(app.url(&audio)).send().await.unwrap().status(), 403, "not for customers");
    let matti_recording: Option<i64> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT r.id FROM call_recordings r JOIN customers c ON c.id = r.customer_id WHERE c.customer_number <> '100001' ORDER BY r.id LIMIT 1",
    ).fetch_optional(pool).await.unwrap());
    if let Some(other) = matti_recording {
        let other = format!("/henkilosto/kopiot/{reference}/tallenteet/{other}");
        assert_eq!(cs.get(app.url(&other)).send().await.unwrap().status(), 404, "another customer's recording");
    }
    let empty = [("reference", reference.as_str()), ("recording", &recording.to_string()), ("transcript", "  ")];
    let html = error_page(&cs, &post(app, &cs, "staff_save_transcript", &page, &empty).await).await;
    assert!(html.contains(&format!("id=\"transcript-{recording}-error\"")), "the error beside its own field");
    let said = "Asiakas kysyi laskunsa eräpäivästä; eräpäivää siirrettiin viikolla.";
    let typed = [("reference", reference.as_str()), ("recording", &recording.to_string()), ("transcript", said)];
    let res = post(app, &cs, "staff_save_transcript", &page, &typed).await;
    assert!(location(&res).ends_with("?tehty=transcript#tila"), "{}", location(&res));

    // Prepared: fixed, not yet the customer's.
    let res = post(app, &cs, "staff_prepare_copy", &page, &[("reference", reference.as_str())]).await;
    assert!(location(&res).ends_with("?tehty=copy#tila"), "{}", location(&res));
    let (bytes, released): (i64, Option<chrono::DateTime<chrono::Utc>>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT c.package_bytes, c.released_at FROM copies c JOIN requests r ON r.id = c.request_id WHERE r.reference = $1",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert!(bytes > 1000 && released.is_none());
    let (_, review) = app.get_as(&dpo, &format!("/henkilosto/kopiot/{reference}")).await;
    assert!(review.contains("Jäljennös henkilötiedoistasi") && review.contains("100001"), "the DPO reviews it");
    assert!(review.contains(said), "with the transcript");
    assert!(review.contains(&format!("/henkilosto/kopiot/{reference}/tallenteet/")), "recordings play for staff");
    assert_eq!(audited(app, "copy_reviewed", &reference).await, 1);
    reauthenticate(app, &customer, DEMO_PRIVATE_PASSWORD).await;
    let package = format!("/oma/kopiot/{reference}/paketti");
    assert_eq!(customer.get(app.url(&package)).send().await.unwrap().status(), 404, "not given yet");

    // The DPO gives it: the request is done, the copy downloadable for 30 days.
    let res = post(app, &dpo, "staff_decide", &page, &approve).await;
    assert!(location(&res).ends_with("?tehty=approved#tila"), "{}", location(&res));
    let (status, released, expires): (String, chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT r.status, c.released_at, c.expires_at FROM copies c JOIN requests r ON r.id = c.request_id WHERE r.reference = $1",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!(status, "completed");
    assert_eq!(expires - released, chrono::Duration::days(30));

    // The customer: the request page points to it; the copy itself needs the password.
    let (_, html) = app.get_as(&customer, &format!("/oma/pyynnot/{reference}")).await;
    assert!(html.contains("Jäljennöksesi") && html.contains(&format!("/oma/kopiot/{reference}")));
    let fresh = browser();
    app.sign_in_with(&fresh, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let (_, html) = app.get_as(&fresh, &format!("/oma/kopiot/{reference}")).await;
    assert!(html.contains("Vahvista ja näytä jäljennös") && !html.contains(said), "the password first");
    let res = fresh.get(app.url(&package)).header(ACCEPT, "text/html").send().await.unwrap();
    assert_eq!(res.headers()[LOCATION], format!("/vahvista?jatka=/oma/kopiot/{reference}"));
    let (_, html) = app.get_as(&customer, &format!("/oma/kopiot/{reference}")).await;
    assert!(html.contains("Jäljennös henkilötiedoistasi") && html.contains(said), "the readable copy");
    assert!(html.contains("Puhelutallenteet") && html.contains("/oma/tallenteet/"), "recordings to download");
    let res = customer.get(app.url(&package)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()[CONTENT_DISPOSITION].to_str().unwrap().contains(&format!("tietoni-kopio-{reference}.json")));
    let json: serde_json::Value = res.json().await.unwrap();
    assert_eq!(json["manifest"]["customer_number"], "100001");
    assert!(json["data"]["basic"]["customer"][0]["identity_code"].is_string());
    assert_eq!(audited(app, "copy_downloaded", &reference).await, 2, "the readable copy and the package");

    // Nobody else: another customer, with a fresh confirmation, gets nothing.
    let matti = app.signed_in(DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
    reauthenticate(app, &matti, DEMO_BUSINESS_PASSWORD).await;
    assert_eq!(matti.get(app.url(&package)).send().await.unwrap().status(), 404);
    let (_, html) = app.get_as(&matti, &format!("/oma/kopiot/{reference}")).await;
    assert!(html.contains("Jäljennöstä ei ole saatavilla") && !html.contains("100001"));
    assert_eq!(audited(app, "copy_downloaded", &reference).await, 2);

    // Its time ends: nothing to download, the page says so, and the contents go.
    with_db!(&app.db, pool => sqlx::query(
        "UPDATE copies SET expires_at = $1 WHERE request_id = (SELECT id FROM requests WHERE reference = $2)",
    ).bind(chrono::Utc::now() - chrono::Duration::minutes(1)).bind(&reference).execute(pool).await.unwrap().rows_affected());
    assert_eq!(customer.get(app.url(&package)).send().await.unwrap().status(), 404);
    let (_, html) = app.get_as(&customer, &format!("/oma/kopiot/{reference}")).await;
    assert!(html.contains("Jäljennöstä ei ole saatavilla") && !html.contains(said));
    let (_, html) = app.get_as(&customer, &format!("/oma/pyynnot/{reference}")).await;
    assert!(html.contains("Jäljennöksen latausaika päättyi"));
    let purged = app::ssr::staff::copies::purge_expired(&app.db, chrono::Utc::now()).await.unwrap();
    assert_eq!(purged, 1);
    let (package_kept, readable_kept, transcripts): (bool, bool, i64) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT c.package IS NOT NULL, c.readable IS NOT NULL, (SELECT COUNT(*) FROM copy_transcripts t WHERE t.request_id = c.request_id)
         FROM copies c JOIN requests r ON r.id = c.request_id WHERE r.reference = $1",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!((package_kept, readable_kept, transcripts), (false, false, 0));
    let (_, html) = app.get_as(&dpo, &page).await;
    assert!(html.contains("Jäljennöksen sisältö on poistettu"), "staff see it was given and is gone");
    assert_eq!(app::ssr::staff::copies::purge_expired(&app.db, chrono::Utc::now()).await.unwrap(), 0, "once");
}
