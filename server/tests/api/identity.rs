//! Requests from every channel and identity checks as records (issue #18), on both
//! backends: a portal filing records how the customer signed in; staff record a request
//! that came by phone with the day it was received, and the statutory clock runs from
//! that day; the register's identity level for a kind stops a decision until a check
//! reaches it, and staff record checks (a failed one counts for nothing).

use crate::helpers::TestApp;
use crate::requests::{error_page, location, maija, post};
use app::ssr::seed::*;
use app::with_db;

/// The intake form's idempotency key.
async fn intake_key(app: &TestApp, client: &reqwest::Client) -> String {
    let html = client.get(app.url("/henkilosto/vastaanota")).send().await.unwrap().text().await.unwrap();
    html.split(r#"name="idempotency_key" value=""#).nth(1).and_then(|r| r.split('"').next()).expect("a key").to_owned()
}

/// Posts the intake form; the response.
async fn intake(app: &TestApp, client: &reqwest::Client, form: &[(&str, &str)]) -> reqwest::Response {
    let key = intake_key(app, client).await;
    let mut form = form.to_vec();
    form.push(("idempotency_key", &key));
    post(app, client, "staff_intake", "/henkilosto/vastaanota", &form).await
}

fn staff_reference(location: &str) -> String {
    let rest =
        location.strip_prefix("/henkilosto/pyynnot/").unwrap_or_else(|| panic!("not a request page: {location}"));
    rest.split('?').next().unwrap().to_owned()
}

type Row = (String, String, chrono::DateTime<chrono::Utc>, chrono::NaiveDate);

async fn request_row(app: &TestApp, reference: &str) -> Row {
    with_db!(&app.db, pool => sqlx::query_as("SELECT channel, status, received_at, due_on FROM requests WHERE reference = $1")
        .bind(reference).fetch_one(pool).await.unwrap())
}

async fn checks(app: &TestApp, reference: &str) -> Vec<(String, String, Option<String>, Option<i64>, bool)> {
    with_db!(&app.db, pool => sqlx::query_as(
        "SELECT k.method, k.level, k.detail, k.checked_by, k.verified FROM identity_checks k JOIN requests r ON r.id = k.request_id
         WHERE r.reference = $1 ORDER BY k.id",
    ).bind(reference).fetch_all(pool).await.unwrap())
}

#[tokio::test]
async fn a_portal_filing_records_how_the_customer_signed_in() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let (_, key) = crate::requests::form_key(&app, &customer, "kysymys").await;
        let res = post(
            &app,
            &customer,
            "file_text_request",
            "/oma/pyynnot/uusi/kysymys",
            &[("kind", "question"), ("text", "Mistä tietoni on saatu?"), ("idempotency_key", &key)],
        )
        .await;
        let reference = crate::requests::reference_of(&location(&res));
        assert_eq!(checks(&app, &reference).await, vec![("password".into(), "substantial".into(), None, None, true)]);
        assert_eq!(request_row(&app, &reference).await.0, "portal");
        // The customer's page says how the request came in and how she was identified.
        let html =
            customer.get(app.url(&format!("/oma/pyynnot/{reference}"))).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Tietoni-palvelussa") && html.contains("Kirjautunut salasanalla"), "{html}");
    }
}

#[tokio::test]
async fn staff_record_a_phoned_request_and_the_clock_runs_from_the_day_received() {
    for app in crate::helpers::apps_on_every_backend().await {
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let today = app::domain::clock::helsinki_date(chrono::Utc::now());
        let day = today - chrono::Duration::days(20);
        let day_text = day.format("%-d.%-m.%Y").to_string();
        let res = intake(
            &app,
            &cs,
            &[
                ("channel", "phone"),
                ("received_on", &day_text),
                ("customer", "100002"),
                ("kind", "copy"),
                ("description", "Soitti ja pyysi kopion puhelutallenteistaan."),
            ],
        )
        .await;
        let to = location(&res);
        assert!(to.ends_with("?tehty=recorded#tila"), "{to}");
        let reference = staff_reference(&to);
        let (channel, status, received_at, due_on) = request_row(&app, &reference).await;
        assert_eq!((channel.as_str(), status.as_str()), ("phone", "received"));
        assert_eq!(app::domain::clock::helsinki_date(received_at), day, "received the day it was phoned in");
        assert_eq!(due_on, app::domain::clock::add_months(day, 1), "a month from that day, not from today");
        assert!(checks(&app, &reference).await.is_empty(), "nobody has checked who called");
        let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'request_recorded' AND actor_kind = 'staff' AND detail = $1",
        ).bind(format!("copy/{reference}/phone")).fetch_one(pool).await.unwrap());
        assert_eq!(audited, 1);
        // It is in the same queue, marked as unchecked.
        let queue = cs.get(app.url("/henkilosto?haku=100002")).send().await.unwrap().text().await.unwrap();
        assert!(
            queue.contains(&reference)
                && queue.contains("Puhelimessa")
                && queue.contains("Henkilöllisyys tarkistamatta")
        );

        // By identity code, a letter of today: Liisa, who has no portal account.
        let res = intake(
            &app,
            &cs,
            &[
                ("channel", "letter"),
                ("received_on", &today.to_string()),
                ("customer", "150792-938A"),
                ("kind", "question"),
                ("description", "Mihin tietojani käytetään?"),
            ],
        )
        .await;
        let letter = staff_reference(&location(&res));
        let customer: String = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT c.customer_number FROM requests r JOIN customers c ON c.id = r.customer_id WHERE r.reference = $1",
        ).bind(&letter).fetch_one(pool).await.unwrap());
        assert_eq!(customer, DEMO_UNACTIVATED_NUMBER);

        // Bad input: each error beside its field, what was typed kept, nothing filed.
        let before: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM requests").fetch_one(pool).await.unwrap());
        let tomorrow = (today + chrono::Duration::days(1)).to_string();
        let today_text = today.to_string();
        for (field, value, code) in [
            ("received_on", tomorrow.as_str(), "Saapumispäivä ei voi olla tulevaisuudessa."),
            ("received_on", "eilen", "Kirjoita saapumispäivä muodossa 30.11.2026."),
            ("customer", "999999", "Asiakasnumerolla tai henkilötunnuksella ei löytynyt yhtä asiakasta."),
        ] {
            let mut form = vec![
                ("channel", "email"),
                ("received_on", today_text.as_str()),
                ("customer", "100002"),
                ("kind", "complaint"),
                ("description", "Valitus markkinoinnista."),
            ];
            form.retain(|(n, _)| *n != field);
            form.push((field, value));
            let res = intake(&app, &cs, &form).await;
            let html = error_page(&cs, &res).await;
            assert!(html.contains(code), "{field}: {code}");
            assert!(html.contains("Valitus markkinoinnista."), "the text is kept");
        }
        let after: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM requests").fetch_one(pool).await.unwrap());
        assert_eq!(before, after);
        // Customers cannot record requests for anyone.
        let customer = maija(&app).await;
        let res = customer
            .post(app.url("/api/staff_intake"))
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[
                ("channel", "phone"),
                ("received_on", "1.1.2026"),
                ("customer", "100002"),
                ("kind", "copy"),
                ("description", "x"),
                ("idempotency_key", "0123456789abcdef"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
    }
}

#[tokio::test]
async fn a_request_is_not_carried_out_before_identity_is_checked_to_the_registers_level() {
    for app in crate::helpers::apps_on_every_backend().await {
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let today = app::domain::clock::helsinki_date(chrono::Utc::now()).to_string();
        let res = intake(
            &app,
            &cs,
            &[
                ("channel", "service_point"),
                ("received_on", &today),
                ("customer", "100002"),
                ("kind", "copy"),
                ("description", "Pyysi kopion kaikista tiedoistaan."),
            ],
        )
        .await;
        let reference = staff_reference(&location(&res));
        let page = format!("/henkilosto/pyynnot/{reference}");
        let approve = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Kopio annettu.")];
        // Customer service prepares the copy; the DPO gives it.
        let prepared = post(&app, &cs, "staff_prepare_copy", &page, &[("reference", reference.as_str())]).await;
        assert!(location(&prepared).ends_with("?tehty=copy#tila"), "{}", location(&prepared));
        let dpo = app.signed_in(app::ssr::seed::DEMO_DPO_EMAIL, app::ssr::seed::DEMO_DPO_PASSWORD).await;

        // No check: the copy may not go out, and the page says what is missing.
        let res = post(&app, &dpo, "staff_decide", &page, &approve).await;
        let html = error_page(&dpo, &res).await;
        assert!(html.contains("Henkilöllisyyttä ei ole tarkistettu niin varmasti kuin tämä pyyntö vaatii"));
        assert!(html.contains("Korotettu (oma tunnus): puuttuu"));
        assert_eq!(request_row(&app, &reference).await.1, "received");

        // Questions about known data are not enough for a copy; a document that did not
        // match counts for nothing.
        let record = |method: &'static str, document: Option<&'static str>, result: &'static str| {
            let mut form = vec![("reference", reference.clone()), ("method", method.into()), ("result", result.into())];
            if let Some(d) = document {
                form.push(("document", d.into()));
            }
            form
        };
        for form in [record("known_data", None, "verified"), record("id_document", Some("passport"), "not_verified")] {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = post(&app, &cs, "staff_identity_check", &page, &form).await;
            assert!(location(&res).ends_with("?tehty=identity#tila"), "{}", location(&res));
        }
        let res = post(&app, &dpo, "staff_decide", &page, &approve).await;
        assert!(location(&res).contains("__err"), "still refused");
        // A document without its type is refused beside the field.
        let form = record("id_document", None, "verified");
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let html = error_page(&cs, &post(&app, &cs, "staff_identity_check", &page, &form).await).await;
        assert!(html.contains("Valitse henkilöllisyystodistus"));

        // An identity card seen at the service point: now it goes out.
        let form = record("id_document", Some("id_card"), "verified");
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        post(&app, &cs, "staff_identity_check", &page, &form).await;
        let res = post(&app, &dpo, "staff_decide", &page, &approve).await;
        assert!(location(&res).ends_with("?tehty=approved#tila"), "{}", location(&res));
        assert_eq!(request_row(&app, &reference).await.1, "completed");
        let recorded = checks(&app, &reference).await;
        let methods: Vec<(&str, bool)> = recorded.iter().map(|c| (c.0.as_str(), c.4)).collect();
        assert_eq!(methods, vec![("known_data", true), ("id_document", false), ("id_document", true)]);
        assert!(recorded.iter().all(|c| c.3.is_some()), "each by a staff member");
        assert_eq!(recorded[2].2.as_deref(), Some("id_card"));
        // The staff page lists them.
        let html = cs.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Henkilöllisyystodistus palvelupisteessä: henkilökortti"));
    }
}

#[tokio::test]
async fn a_rectification_by_letter_is_written_to_the_register_once_identity_is_checked() {
    for app in crate::helpers::apps_on_every_backend().await {
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let today = app::domain::clock::helsinki_date(chrono::Utc::now()).to_string();
        let form = |proposed: &'static str| -> Vec<(&str, &str)> {
            vec![
                ("channel", "letter"),
                ("received_on", today.as_str()),
                ("customer", "100002"),
                ("kind", "rectification"),
                ("description", "Kirjeessä uusi puhelinnumero."),
                ("field", "phone"),
                ("proposed", proposed),
            ]
        };
        // A value the field's own type refuses comes back beside the field.
        let html = error_page(&cs, &intake(&app, &cs, &form("12")).await).await;
        assert!(html.contains(r#"id="proposed-error""#), "the error is beside the correct value");
        let reference = staff_reference(&location(&intake(&app, &cs, &form("040 111 2233")).await));
        let page = format!("/henkilosto/pyynnot/{reference}");
        let approve = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Numero korjattu.")];
        assert!(location(&post(&app, &dpo, "staff_decide", &page, &approve).await).contains("__err"));
        let check = [
            ("reference", reference.as_str()),
            ("method", "id_document"),
            ("document", "passport"),
            ("result", "verified"),
        ];
        let (_, html) = app.get_as(&dpo, &page).await;
        assert!(
            html.contains("puuttuu. Pyyntöä ei voi toteuttaa") && !html.contains("Varmistettu</td>"),
            "no check yet"
        );
        post(&app, &cs, "staff_identity_check", &page, &check).await;
        // The page staff open lists the check and says it suffices.
        let (_, html) = app.get_as(&dpo, &page).await;
        assert!(html.contains("riittää, pyynnön voi toteuttaa") && html.contains("Varmistettu</td>"), "{html}");
        let res = post(&app, &dpo, "staff_decide", &page, &approve).await;
        assert!(location(&res).ends_with("?tehty=approved#tila"), "{}", location(&res));
        let phone: Option<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT phone FROM customers WHERE customer_number = '100002'",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(phone.as_deref(), Some("+358401112233"));
    }
}
