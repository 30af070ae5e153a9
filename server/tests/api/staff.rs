//! The staff workspace over HTTP: each decision and its effect on the register and the
//! change log, the split between customer service and the DPO, every look audited in
//! the same transaction as the read (and no read when the audit cannot be written), the
//! statutory clock's extension rule, restriction applied and lifted, Art. 19 recipients,
//! the queue's filters and paging, and customers refused on every staff function.

use crate::helpers::{browser, TestApp};
use crate::requests::{error_page, form_key, location, maija, post, reference_of};
use app::ssr::seed::*;
use app::with_db;

async fn staff(app: &TestApp, login: &str, password: &str) -> reqwest::Client {
    let client = browser();
    let res = app.sign_in_with(&client, login, password).await;
    assert_eq!(res.status(), 302, "{login} signs in");
    client
}

async fn service(app: &TestApp) -> reqwest::Client {
    staff(app, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await
}

pub(crate) async fn dpo(app: &TestApp) -> reqwest::Client {
    staff(app, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await
}

fn mine_of(reference: &str) -> String {
    format!("/oma/pyynnot/{reference}")
}

pub(crate) fn page_of(reference: &str) -> String {
    format!("/henkilosto/pyynnot/{reference}")
}

pub(crate) async fn file(
    app: &TestApp,
    client: &reqwest::Client,
    segment: &str,
    function: &str,
    form: &[(&str, &str)],
) -> String {
    let (_, key) = form_key(app, client, segment).await;
    let mut form = form.to_vec();
    form.push(("idempotency_key", &key));
    let res = post(app, client, function, &format!("/oma/pyynnot/uusi/{segment}"), &form).await;
    reference_of(&location(&res))
}

async fn status_of(app: &TestApp, reference: &str) -> String {
    with_db!(&app.db, pool => sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1")
        .bind(reference).fetch_one(pool).await.unwrap())
}

async fn maija_phone(app: &TestApp) -> Option<String> {
    with_db!(&app.db, pool => sqlx::query_scalar("SELECT phone FROM customers WHERE customer_number = '100001'")
        .fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn a_rectification_is_clarified_answered_approved_by_the_dpo_and_written_to_the_register() {
    for app in crate::helpers::apps_on_every_backend().await {
        rectification_on(&app).await;
    }
}

async fn rectification_on(app: &TestApp) {
    let customer = maija(app).await;
    let old_phone = maija_phone(app).await;
    let form = [("field", "phone"), ("proposed", "040 765 4321"), ("reason", "Uusi numero."), ("restrict", "1")];
    let reference = file(app, &customer, "oikaisu", "file_rectification", &form).await;
    let page = page_of(&reference);

    // Customer service opens it: the look is audited with the request, and the customer
    // sees it under "who has looked at your data".
    let cs = service(app).await;
    let html = cs.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Meikäläinen") && html.contains(&reference), "the request and its customer");
    let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log l JOIN requests r ON r.id = l.request_id
         WHERE r.reference = $1 AND l.action = 'view_customer_data' AND l.actor_kind = 'staff' AND l.detail = 'basic'",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!(audited, 1);
    let views = customer.get(app.url("/oma/tiedot")).send().await.unwrap().text().await.unwrap();
    assert!(views.contains(&reference), "the customer sees the look and its request");

    // Customer service asks for clarification: the request waits, the customer is told.
    let res = post(
        app,
        &cs,
        "staff_message",
        &page,
        &[("reference", &reference), ("body", "Onko numero 040 765 4321?"), ("ask", "clarification")],
    )
    .await;
    assert_eq!(location(&res), format!("{page}?tehty=message#tila"));
    assert_eq!(status_of(app, &reference).await, "waiting_for_customer");
    // Customer service may not decide a rectification; the DPO does.
    let res =
        post(app, &cs, "staff_decide", &page, &[("reference", &reference), ("outcome", "approve"), ("reason", "Ok.")])
            .await;
    assert!(location(&res).contains("__err"));
    assert_eq!(maija_phone(app).await, old_phone, "nothing changed");

    // Maija answers.
    let mine = format!("/oma/pyynnot/{reference}");
    post(app, &customer, "add_request_message", &mine, &[("reference", &reference), ("body", "Kyllä, se on oikein.")])
        .await;
    assert_eq!(status_of(app, &reference).await, "in_progress");
    // Staff see both messages on the request (read only when the request has any).
    let (_, html) = app.get_as(&cs, &page).await;
    assert!(html.contains("Onko numero 040 765 4321?") && html.contains("Kyllä, se on oikein."), "{html}");

    // The DPO approves: the register, the change log, the Art. 19 recipients.
    let officer = dpo(app).await;
    // A second disclosure of her basic data, recorded by staff, besides the demo's one.
    let today = app::domain::clock::helsinki_date(chrono::Utc::now()).to_string();
    let res = post(
        app,
        &officer,
        "staff_record_disclosure",
        "/henkilosto/luovutukset",
        &[
            ("customer_number", "100001"),
            ("recipient_class", "subcontractors"),
            ("recipient_name", "Perintä Oy Esimerkki"),
            ("categories[]", "basic"),
            ("legal_basis", "contract"),
            ("notify_email", "tietosuoja@perinta.example"),
            ("disclosed_on", &today),
        ],
    )
    .await;
    assert!(location(&res).ends_with("tehty=recorded#tila"), "{}", location(&res));
    let res = post(
        app,
        &officer,
        "staff_decide",
        &page,
        &[("reference", &reference), ("outcome", "approve"), ("reason", "Puhelinnumerosi on korjattu.")],
    )
    .await;
    assert_eq!(location(&res), format!("{page}?tehty=approved#tila"));
    assert_eq!(status_of(app, &reference).await, "completed");
    assert_eq!(maija_phone(app).await.as_deref(), Some("+358407654321"));
    type Change = (Option<String>, Option<String>, String, Option<i64>, Option<i64>);
    let change: Change = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT l.old_value, l.new_value, l.actor_kind, l.actor_id, l.request_id FROM change_log l JOIN requests r ON r.id = l.request_id
         WHERE r.reference = $1 AND l.field = 'phone'",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    let dpo_id: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(DEMO_DPO_EMAIL).fetch_one(pool).await.unwrap());
    assert_eq!(
        (change.0, change.1.as_deref(), change.2.as_str(), change.3),
        (old_phone, Some("+358407654321"), "staff", Some(dpo_id))
    );
    let recipients: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT n.recipient FROM recipient_notifications n JOIN requests r ON r.id = n.request_id WHERE r.reference = $1 ORDER BY n.id",
    ).bind(&reference).fetch_all(pool).await.unwrap());
    // Art. 19 from the log of disclosures: those who got her basic data (the demo's
    // police request and the collector recorded above), not every recipient class.
    assert_eq!(recipients, ["Sisä-Suomen poliisilaitos", "Perintä Oy Esimerkki"]);
    // The collector's address was recorded with its disclosure: the notice went through
    // the outbox (written with the decision), and sending it marked the collector told,
    // by the system, audited. The police, with no address, are left for staff.
    app.outbox_drained().await;
    let notice = crate::recovery::mails(app, 1)
        .await
        .into_iter()
        .find(|m| m.contains("To: tietosuoja@perinta.example"))
        .expect("a notice to the collector");
    for part in ["oikaistu", "19 artikla", "tietosuoja@elmonet.fi"] {
        assert!(notice.contains(part), "{part} in {notice}");
    }
    for personal in ["765 4321", "407654321", "Meik", "100001"] {
        assert!(!notice.contains(personal), "no personal data ({personal}) in the notice");
    }
    let told: Vec<(String, bool, Option<i64>)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT n.recipient, n.notified_at IS NOT NULL, n.notified_by FROM recipient_notifications n
         JOIN requests r ON r.id = n.request_id WHERE r.reference = $1 ORDER BY n.id",
    ).bind(&reference).fetch_all(pool).await.unwrap());
    assert_eq!(
        told,
        [("Sisä-Suomen poliisilaitos".to_owned(), false, None), ("Perintä Oy Esimerkki".to_owned(), true, None)]
    );
    let by_system: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_kind = 'system' AND action = 'request_handled' AND detail = $1",
    ).bind(format!("recipient_notified/{reference}")).fetch_one(pool).await.unwrap());
    assert_eq!(by_system, 1);
    let html = customer.get(app.url(&mine_of(&reference))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Ilmoitus tekemättä") && html.contains("Ilmoitettu"), "one told, one not yet");
    let res = post(
        app,
        &officer,
        "staff_mark_notified",
        &page,
        &[("reference", &reference), ("recipient", "Sisä-Suomen poliisilaitos")],
    )
    .await;
    assert_eq!(location(&res), format!("{page}?tehty=notified#tila"));
    // A decided request takes no second decision.
    let again = post(
        app,
        &officer,
        "staff_decide",
        &page,
        &[("reference", &reference), ("outcome", "reject"), ("reason", "x")],
    )
    .await;
    assert!(error_page(&officer, &again).await.contains("pyyntö on muuttunut tai jo ratkaistu"));

    // Maija sees the answer, the recipients (one told), and her new number.
    let html = customer.get(app.url(&mine)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Valmis") && html.contains("Puhelinnumerosi on korjattu."));
    assert!(
        html.contains("Sisä-Suomen poliisilaitos") && html.contains("Perintä Oy Esimerkki"),
        "the recipients are listed"
    );
    assert!(html.contains("Ilmoitettu") && !html.contains("Ilmoitus tekemättä"), "both told now");
    let basic = customer.get(app.url("/oma/tiedot/basic")).send().await.unwrap().text().await.unwrap();
    assert!(basic.contains("0407654321") || basic.contains("+358407654321"), "the new number");
}

#[tokio::test]
async fn an_erasure_approved_erases_and_leaves_a_tombstone_without_content() {
    let app = crate::helpers::spawn_app().await;
    let customer = maija(&app).await;
    let reference = file(&app, &customer, "poisto", "file_erasure", &[("categories[]", "call_recordings")]).await;
    let before: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM call_recordings r JOIN customers c ON c.id = r.customer_id WHERE c.customer_number = '100001'",
    ).fetch_one(pool).await.unwrap());
    assert!(before > 0);
    let officer = dpo(&app).await;
    let page = page_of(&reference);
    let html = officer.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Asiakaspalvelupuheluiden tallenteet"), "the category to erase");
    post(
        &app,
        &officer,
        "staff_decide",
        &page,
        &[("reference", &reference), ("outcome", "approve"), ("reason", "Tallenteet on poistettu.")],
    )
    .await;
    let after: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM call_recordings r JOIN customers c ON c.id = r.customer_id WHERE c.customer_number = '100001'",
    ).fetch_one(pool).await.unwrap());
    assert_eq!(after, 0);
    let tombstone: (String, Option<String>, Option<String>) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT l.field, l.old_value, l.new_value FROM change_log l JOIN requests r ON r.id = l.request_id
         WHERE r.reference = $1 AND l.entity = 'erasure'",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!(tombstone, ("call_recordings".into(), None, Some(format!("erased:{before}"))));
    assert_eq!(status_of(&app, &reference).await, "completed");
}

#[tokio::test]
async fn a_rejection_needs_reasons_and_is_the_dpos_and_the_customer_is_shown_the_ombudsman() {
    let app = crate::helpers::spawn_app().await;
    let customer = maija(&app).await;
    let reference = file(
        &app,
        &customer,
        "vastustus",
        "file_objection",
        &[("purposes[]", "business_planning"), ("grounds", "En halua.")],
    )
    .await;
    let page = page_of(&reference);
    let cs = service(&app).await;
    let res =
        post(&app, &cs, "staff_decide", &page, &[("reference", &reference), ("outcome", "reject"), ("reason", "Ei.")])
            .await;
    assert!(location(&res).contains("__err"), "customer service cannot reject");
    let officer = dpo(&app).await;
    let res = post(
        &app,
        &officer,
        "staff_decide",
        &page,
        &[("reference", &reference), ("outcome", "reject"), ("reason", " ")],
    )
    .await;
    assert!(error_page(&officer, &res).await.contains("Kirjoita teksti"), "the reason is mandatory");
    assert_eq!(status_of(&app, &reference).await, "received");
    let reason = "Tilastointi perustuu sopimukseen; henkilötietoja ei käytetä tilastoissa yksilöivästi.";
    post(
        &app,
        &officer,
        "staff_decide",
        &page,
        &[("reference", &reference), ("outcome", "reject"), ("reason", reason)],
    )
    .await;
    assert_eq!(status_of(&app, &reference).await, "rejected");
    let html = customer.get(app.url(&format!("/oma/pyynnot/{reference}"))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(reason) && html.contains("Hylätty"));
    assert!(html.contains("/oma/tietosuojavaltuutettu"), "the route to the Ombudsman");
    let mail = crate::requests::mail_about(&app, &format!("{reference} on ratkaistu")).await;
    assert!(!mail.contains(reason), "the mail holds no content");
}

#[tokio::test]
async fn an_extension_needs_a_reason_is_made_once_and_only_within_the_first_month() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let reference =
            file(&app, &customer, "kopio", "file_text_request", &[("kind", "copy"), ("text", "Vanhat laskut.")]).await;
        let page = page_of(&reference);
        let cs = service(&app).await;
        let res = post(
            &app,
            &cs,
            "staff_extend",
            &page,
            &[("reference", &reference), ("months", "2"), ("extension_reason", "")],
        )
        .await;
        assert!(location(&res).contains("__err"));
        post(
            &app,
            &cs,
            "staff_extend",
            &page,
            &[("reference", &reference), ("months", "2"), ("extension_reason", "Aineisto on arkistossa.")],
        )
        .await;
        let (due, extended, status): (chrono::NaiveDate, Option<chrono::NaiveDate>, String) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT due_on, extended_due_on, status FROM requests WHERE reference = $1",
        ).bind(&reference).fetch_one(pool).await.unwrap());
        assert_eq!(extended, Some(app::domain::clock::add_months(due, 2)));
        assert_eq!(status, "extended");
        let again = post(
            &app,
            &cs,
            "staff_extend",
            &page,
            &[("reference", &reference), ("months", "1"), ("extension_reason", "Lisää.")],
        )
        .await;
        assert!(location(&again).contains("__err"), "only once");
        let html =
            customer.get(app.url(&format!("/oma/pyynnot/{reference}"))).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Aineisto on arkistossa.") && html.contains("Käsittelyaikaa jatkettu"));
        // A request received 40 days ago is past its first month.
        let late =
            file(&app, &customer, "kysymys", "file_text_request", &[("kind", "question"), ("text", "Vanha?")]).await;
        let received = chrono::Utc::now() - chrono::Duration::days(40);
        with_db!(&app.db, pool => sqlx::query("UPDATE requests SET received_at = $1, due_on = $2 WHERE reference = $3")
            .bind(received).bind(app::domain::clock::due_date(received)).bind(&late).execute(pool).await.unwrap().rows_affected());
        let res = post(
            &app,
            &cs,
            "staff_extend",
            &page_of(&late),
            &[("reference", &late), ("months", "2"), ("extension_reason", "Myöhään.")],
        )
        .await;
        assert!(location(&res).contains("__err"), "too late to extend");
        let html = cs.get(app.url("/henkilosto?myohassa=1")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(&late) && !html.contains(&reference), "the overdue filter");
        assert!(html.contains("myöhässä"), "overdue is said in words");
    }
}

#[tokio::test]
async fn a_restriction_is_applied_honoured_and_lifted_only_by_the_dpo_with_a_reason() {
    let app = crate::helpers::spawn_app().await;
    let customer = maija(&app).await;
    let reference =
        file(&app, &customer, "rajoitus", "file_restriction", &[("ground", "accuracy"), ("reason", "Osoite väärin.")])
            .await;
    let page = page_of(&reference);
    let cs = service(&app).await;
    post(&app, &cs, "staff_restrict", &page, &[("reference", &reference)]).await;
    let restricted = || async {
        let r: bool = with_db!(&app.db, pool => sqlx::query_scalar("SELECT processing_restricted FROM customers WHERE customer_number = '100001'")
            .fetch_one(pool).await.unwrap());
        r
    };
    assert!(restricted().await);
    // Honoured: the marketing audience leaves Maija out whatever her consents say.
    let audience = app::ssr::selections::marketing_audience(
        &app.db,
        app::domain::ConsentPurpose::DirectMarketing,
        app::domain::ConsentChannel::Email,
    )
    .await
    .unwrap();
    assert!(!audience.contains(&"100001".to_owned()), "a restricted customer gets no marketing");
    let res =
        post(&app, &cs, "staff_lift_restriction", &page, &[("reference", &reference), ("lift_reason", "Tarkistettu.")])
            .await;
    assert!(location(&res).contains("__err"), "customer service cannot lift");
    let officer = dpo(&app).await;
    let res =
        post(&app, &officer, "staff_lift_restriction", &page, &[("reference", &reference), ("lift_reason", "")]).await;
    assert!(location(&res).contains("__err"), "a reason is needed");
    post(
        &app,
        &officer,
        "staff_lift_restriction",
        &page,
        &[("reference", &reference), ("lift_reason", "Osoite tarkistettu oikeaksi.")],
    )
    .await;
    assert!(!restricted().await);
    let reasons: Vec<Option<String>> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT reason FROM change_log WHERE field = 'processing_restricted' ORDER BY id",
    ).fetch_all(pool).await.unwrap());
    assert_eq!(reasons, [None, Some("Osoite tarkistettu oikeaksi.".to_owned())]);
    // The DPO approves the restriction request itself: restricted again, the recipients
    // her data was disclosed to listed for Art. 19, and the customer's own pages say so.
    let banner = "Tietojesi käsittely on rajoitettu";
    assert!(!customer.get(app.url("/oma/tiedot")).send().await.unwrap().text().await.unwrap().contains(banner));
    post(
        &app,
        &officer,
        "staff_decide",
        &page,
        &[("reference", &reference), ("outcome", "approve"), ("reason", "Rajoitettu.")],
    )
    .await;
    assert!(restricted().await);
    let recipients: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM recipient_notifications n JOIN requests r ON r.id = n.request_id WHERE r.reference = $1",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!(recipients, 1, "the one recipient her data was disclosed to");
    for path in ["/oma", "/oma/tiedot", "/oma/luvat"] {
        let html = customer.get(app.url(path)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(banner), "{path} marks the restriction");
        // With its date, request and ground.
        assert!(html.contains(&format!("alkaen pyyntösi {reference} perusteella")), "{path}: since when and why");
        assert!(html.contains("Peruste: Tietojeni paikkansapitävyys on kiistanalainen."), "{path}: the ground");
    }
    // And her package, with the same date, request and ground, valid against the schema.
    let client = crate::export::maija_ready(&app).await;
    let package = crate::export::package_of(&app, &client).await;
    let restriction = &package["manifest"]["restriction"];
    assert_eq!(restriction["request_reference"], reference.as_str());
    assert_eq!(restriction["ground"], "accuracy");
    assert!(restriction["since"].as_str().is_some_and(|s| s.starts_with("20")), "{restriction}");
    let schema: serde_json::Value = serde_json::from_str(app::ssr::export::SCHEMA_FILE).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    assert!(validator.is_valid(&package), "the package validates");
}

#[tokio::test]
async fn a_look_that_cannot_be_audited_reads_nothing() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let reference =
            file(&app, &customer, "kysymys", "file_text_request", &[("kind", "question"), ("text", "Mitä?")]).await;
        let cs = service(&app).await;
        // The database now refuses every new audit row.
        app.refuse_inserts("audit_log").await;
        let res = cs
            .post(app.url("/api/staff_request"))
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[("reference", reference.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 500);
        let body = res.text().await.unwrap();
        assert!(body.contains("Internal") && !body.contains("Meikäläinen") && !body.contains("100001"), "{body}");
        let html = cs.get(app.url(&page_of(&reference))).send().await.unwrap().text().await.unwrap();
        assert!(!html.contains("Meikäläinen") && !html.contains("Mitä?"), "the page shows no customer data");
    }
}

#[tokio::test]
async fn customers_are_refused_every_staff_function_and_page() {
    let app = crate::helpers::spawn_app().await;
    let customer = maija(&app).await;
    let reference =
        file(&app, &customer, "kysymys", "file_text_request", &[("kind", "question"), ("text", "Kysymys.")]).await;
    let staff_functions: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(p, _)| p.to_owned())
        .filter(|p| p.starts_with("/api/staff_"))
        .collect();
    assert!(staff_functions.len() >= 10, "{staff_functions:?}");
    for path in &staff_functions {
        let res = customer
            .post(app.url(path))
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[
                ("reference", reference.as_str()),
                ("body", "x"),
                ("reason", "x"),
                ("outcome", "approve"),
                ("customer_number", "100001"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{path}");
    }
    for path in ["/henkilosto", &page_of(&reference), "/henkilosto/yleiskuva", "/henkilosto/loki?asiakas=100001"] {
        assert_eq!(customer.get(app.url(path)).send().await.unwrap().status(), 403, "{path}");
    }
    // Customer service is refused the DPO's pages.
    let cs = service(&app).await;
    assert_eq!(cs.get(app.url("/henkilosto/yleiskuva")).send().await.unwrap().status(), 403);
    assert_eq!(cs.get(app.url("/henkilosto/loki")).send().await.unwrap().status(), 403);
    assert_eq!(status_of(&app, &reference).await, "received");
}

#[tokio::test]
async fn the_queue_sorts_by_due_date_filters_and_pages() {
    let app = crate::helpers::spawn_app().await;
    // 120 requests of the synthetic customers, received over the last 60 days.
    let now = chrono::Utc::now();
    with_db!(&app.db, pool => {
        let customers: Vec<i64> = sqlx::query_scalar("SELECT id FROM customers ORDER BY id").fetch_all(pool).await.unwrap();
        for i in 0..120i64 {
            let received = now - chrono::Duration::hours(i * 12);
            sqlx::query(
                "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details)
                 VALUES ($1, $2, 'question', 'received', $3, $4, '{\"question\":\"q\"}')",
            )
            .bind(format!("TN-2026-9{i:05}")).bind(customers[i as usize % customers.len()]).bind(received)
            .bind(app::domain::clock::due_date(received)).execute(pool).await.unwrap();
        }
    });
    let cs = service(&app).await;
    let first = cs.get(app.url("/henkilosto")).send().await.unwrap().text().await.unwrap();
    // The oldest (due first) comes first; 50 a page.
    let oldest = first.find("TN-2026-900119").expect("the most urgent is on the first page");
    let newer = first.find("TN-2026-900100").expect("…and the next ones");
    assert!(oldest < newer);
    assert!(!first.contains("TN-2026-900000"), "the newest is on a later page");
    let next =
        first.split("jalkeen=").nth(1).and_then(|r| r.split(['"', '#', '&']).next()).expect("a next page").to_owned();
    let second = cs.get(app.url(&format!("/henkilosto?jalkeen={next}"))).send().await.unwrap().text().await.unwrap();
    let refs = |html: &str| -> std::collections::BTreeSet<String> {
        html.match_indices("TN-2026-9").map(|(i, _)| html[i..i + 14].to_owned()).collect()
    };
    let (one, two) = (refs(&first), refs(&second));
    assert_eq!((one.len(), two.len()), (50, 50), "50 a page");
    assert!(one.is_disjoint(&two), "the second page continues where the first ended");
    assert!(two.contains("TN-2026-900050") && !two.contains("TN-2026-900000"));
    let overdue = cs.get(app.url("/henkilosto?myohassa=1")).send().await.unwrap().text().await.unwrap();
    assert!(overdue.contains("TN-2026-900119") && !overdue.contains("TN-2026-900000"));
    let search = cs.get(app.url("/henkilosto?haku=tn-2026-900007")).send().await.unwrap().text().await.unwrap();
    assert!(search.contains("TN-2026-900007") && !search.contains("TN-2026-900008"));
    assert!(search.contains("1 pyyntöä") || search.contains(">1<") || search.contains("1&nbsp;"), "one match");
}

/// The demo register (`serve --seed-demo`) fills the staff queue with a request of each
/// kind in each state: staff trying the demo do not land on an empty queue.
#[tokio::test]
async fn the_demo_queue_shows_requests_of_every_kind_and_state() {
    for db in crate::helpers::every_backend().await {
        app::ssr::seed::seed(&db, &SeedOptions::default()).await.unwrap();
        let app = crate::helpers::spawn_app_on(db).await;
        let rows: Vec<(String, String, String, bool)> = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT r.reference, r.kind, r.status, c.processing_restricted FROM requests r JOIN customers c ON c.id = r.customer_id
             WHERE c.customer_number NOT IN ('100001', '100002') ORDER BY r.id",
        ).fetch_all(pool).await.unwrap());
        let kinds: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(kinds.len(), 7, "every kind: {rows:?}");
        for status in ["received", "in_progress", "waiting_for_customer", "extended", "rejected"] {
            assert!(rows.iter().any(|r| r.2 == status), "a request {status}");
        }
        assert!(rows.iter().any(|r| r.1 == "restriction" && r.3), "a customer restricted by their request");
        // Every demo request opens for staff, and the queue says what is overdue.
        let cs = service(&app).await;
        let queue = cs.get(app.url("/henkilosto")).send().await.unwrap().text().await.unwrap();
        assert!(queue.contains("myöhässä"), "an overdue request");
        for (reference, kind, ..) in &rows {
            let res = cs.get(app.url(&format!("/henkilosto/pyynnot/{reference}"))).send().await.unwrap();
            assert_eq!(res.status(), 200, "{reference}");
            let page = res.text().await.unwrap();
            assert!(!page.contains("role=\"alert\""), "{reference} shows an error");
            // Staff see what keeps the customer's records past their time.
            if kind == "restriction" {
                assert!(
                    page.contains("Pidetään säilytysajan yli") && page.contains("käsittely rajoitettu"),
                    "holds on {reference}"
                );
                assert!(page.contains(&format!("avoin pyyntö {reference}")));
            }
        }
    }
}
