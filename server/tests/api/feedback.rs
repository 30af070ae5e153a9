//! Accessibility feedback: anyone can send it from the statement (bad input answered
//! beside the field, nothing lost), it becomes an item due in 14 days, staff list and
//! answer it (the answer mailed when an address was given), customers cannot see it.

use crate::helpers::{browser, spawn_app};
use crate::requests::{error_page, location, maija};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::REFERER;

#[tokio::test]
async fn feedback_is_tracked_for_fourteen_days_and_answered_by_staff() {
    let app = spawn_app().await;
    let visitor = browser();
    let html = visitor.get(app.url("/saavutettavuus")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Saavutettavuusseloste") && html.contains("osittain"), "the statement states conformance");
    let post = |form: Vec<(&'static str, String)>| {
        visitor
            .post(app.url("/api/send_accessibility_feedback"))
            .header(REFERER, app.url("/saavutettavuus"))
            .form(&form)
            .send()
    };
    // A wrong address: the message is kept and the field says what is wrong.
    let message = "Tallenteiden soitin ei toimi ruudunlukijalla.".to_owned();
    let res = post(vec![("message", message.clone()), ("page", "Omat tiedot".into()), ("contact", "a@@b".into())])
        .await
        .unwrap();
    let back = error_page(&visitor, &res).await;
    assert!(back.contains("täsmälleen yksi @-merkki") && back.contains(&message));
    let res = post(vec![
        ("message", message.clone()),
        ("page", "Omat tiedot".into()),
        ("contact", "liisa@example.fi".into()),
    ])
    .await
    .unwrap();
    let to = location(&res);
    assert!(to.starts_with("/saavutettavuus?kiitos=SP-"), "{to}");
    let (reference, received, due): (String, chrono::DateTime<chrono::Utc>, chrono::NaiveDate) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT reference, received_at, due_on FROM accessibility_feedback",
    ).fetch_one(pool).await.unwrap());
    assert_eq!(due, app::domain::clock::helsinki_date(received) + chrono::Duration::days(14));
    let thanks = visitor.get(app.url(&to)).send().await.unwrap().text().await.unwrap();
    assert!(thanks.contains(&reference));

    // Customers are refused; staff see it and answer it.
    let customer = maija(&app).await;
    assert_eq!(customer.get(app.url("/henkilosto/palaute")).send().await.unwrap().status(), 403);
    let res = customer.post(app.url("/api/staff_feedback")).header("accept", "application/json").send().await.unwrap();
    assert_eq!(res.status(), 403);
    let staff = browser();
    app.sign_in_with(&staff, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let list = staff.get(app.url("/henkilosto/palaute")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains(&reference) && list.contains(&message) && list.contains("vastattava viimeistään"));
    let id: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM accessibility_feedback").fetch_one(pool).await.unwrap());
    let answer = "Korjasimme soittimen nimet. Kiitos!";
    let res = staff
        .post(app.url("/api/staff_answer_feedback"))
        .header(REFERER, app.url("/henkilosto/palaute"))
        .form(&[("id", id.to_string()), ("answer", answer.to_owned())])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/henkilosto/palaute?vastattu=1");
    let mail = crate::requests::mail_about(&app, &reference).await;
    assert!(mail.contains("liisa@example.fi") && mail.contains("Korjasimme soittimen nimet."));
    // Answered once.
    let again = staff
        .post(app.url("/api/staff_answer_feedback"))
        .header(REFERER, app.url("/henkilosto/palaute"))
        .form(&[("id", id.to_string()), ("answer", "Toinen.".to_owned())])
        .send()
        .await
        .unwrap();
    assert!(location(&again).contains("__err"));
    let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('accessibility_feedback_received', 'accessibility_feedback_answered')",
    ).fetch_one(pool).await.unwrap());
    assert_eq!(audited, 2);
}

/// Feedback a signed-in customer gives is theirs (issue #16): the form says so, and it is
/// on "My data" with its answer and in the package; signed out, it stays anonymous.
#[tokio::test]
async fn a_signed_in_customers_feedback_is_in_their_data_and_package() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let (_, statement) = app.get_as(&customer, "/saavutettavuus").await;
        assert!(statement.contains("palautteesi ja vastaus näkyvät Omissa tiedoissasi"), "the form says so");
        let (_, anonymous) = app.get_as(&browser(), "/saavutettavuus").await;
        assert!(!anonymous.contains("palautteesi ja vastaus näkyvät Omissa tiedoissasi"));
        let message = format!("Taulukon otsikot puuttuvat ({}).", uuid::Uuid::new_v4().simple());
        let send = |client: reqwest::Client, message: String| {
            let app = &app;
            async move {
                let form = [("message", message.as_str()), ("page", ""), ("contact", "")];
                let res = client
                    .post(app.url("/api/send_accessibility_feedback"))
                    .header(REFERER, app.url("/saavutettavuus"))
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                assert!(location(&res).starts_with("/saavutettavuus?kiitos=SP-"), "{}", location(&res));
            }
        };
        send(customer.clone(), message.clone()).await;
        send(browser(), format!("{message} nimettömänä")).await;
        let linked: Vec<Option<String>> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT c.customer_number FROM accessibility_feedback f LEFT JOIN customers c ON c.id = f.customer_id
             WHERE f.message LIKE $1 ORDER BY f.id",
        ).bind(format!("{}%", &message[..30])).fetch_all(pool).await.unwrap());
        assert_eq!(linked, [Some("100001".to_owned()), None], "the signed-in one is hers, the other no one's");
        let (_, portal) = app.get_as(&customer, "/oma/tiedot/portal").await;
        assert!(portal.contains("Antamasi saavutettavuuspalaute") && portal.contains(&message));
        assert!(!portal.contains("nimettömänä"));
        let client = crate::export::maija_ready(&app).await;
        let package = crate::export::package_of(&app, &client).await;
        let given = package["data"]["portal"]["portal_feedback"].as_array().unwrap();
        assert_eq!(given.len(), 1);
        assert_eq!(given[0]["message"], message.as_str());
    }
}
