//! Requests without an account (issue #18), on both backends: anyone may ask on the
//! public form; nothing counts until the mailed link is opened and confirmed (a mail
//! scanner opening it files nothing), then the request has its reference and a clock
//! from that moment; a strong identification on the spot links it to the register
//! customer it matches; a request linked to nobody changes nothing in the register until
//! staff link it; staff record a request from someone not in the register; and the form
//! never floods a mailbox nor says whether anyone is a customer.

use crate::helpers::{browser, TestApp};
use crate::recovery::mails;
use crate::requests::{error_page, location, post};
use app::ssr::seed::*;
use app::with_db;

/// Sends the public form from `client`; the response.
async fn ask(app: &TestApp, client: &reqwest::Client, form: &[(&str, &str)]) -> reqwest::Response {
    post(app, client, "public_request", "/pyynto", form).await
}

/// The confirmation token in the newest mail to `to` (waiting for `n` mails in all).
async fn token_to(app: &TestApp, n: usize, to: &str) -> String {
    let all = mails(app, n).await;
    let mail = all.iter().rev().find(|m| m.contains(&format!("To: {to}"))).expect("a mail to the address");
    let at = mail.find("/pyynto/vahvista?avain=").expect("the link");
    mail[at + "/pyynto/vahvista?avain=".len()..].chars().take(64).collect()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.unwrap())
}

type Row = (Option<i64>, String, String, chrono::DateTime<chrono::Utc>, chrono::NaiveDate);

async fn request_row(app: &TestApp, reference: &str) -> Row {
    with_db!(&app.db, pool => sqlx::query_as(
        "SELECT customer_id, kind, status, received_at, due_on FROM requests WHERE reference = $1",
    ).bind(reference).fetch_one(pool).await.unwrap())
}

/// The reference the status page shows (`ELM-…`).
fn reference_in(html: &str) -> String {
    let at = html.find("<dd>TN-").unwrap_or_else(|| panic!("a reference on the page: {html}")) + 4;
    html[at..].split('<').next().unwrap().to_owned()
}

/// Confirms the link with `token` from `client`: the status page's reference.
async fn confirm(app: &TestApp, client: &reqwest::Client, token: &str) -> String {
    let page = format!("/pyynto/vahvista?avain={token}");
    let res = post(app, client, "confirm_public_request", &page, &[("avain", token)]).await;
    assert_eq!(location(&res), "/pyynto/tila?vahvistettu=1");
    let html = client.get(app.url("/pyynto/tila")).send().await.unwrap().text().await.unwrap();
    reference_in(&html)
}

const COPY: &[(&str, &str)] = &[
    ("name", "Pekka Ulkopuolinen"),
    ("email", "pekka@example.org"),
    ("kind", "copy"),
    ("description", "Olin asiakkaana vuoteen 2024. Mitä tietoja minusta on vielä?"),
];

#[tokio::test]
async fn anyone_may_ask_and_the_request_counts_from_the_confirmed_link() {
    for app in crate::helpers::apps_on_every_backend().await {
        let person = browser();
        let (status, html) = app.get_html("/pyynto").await;
        assert_eq!(status, 200);
        assert!(html.contains("Tee tietosuojapyyntö ilman tunnusta") && html.contains(r#"name="email""#));
        let before = count(&app, "SELECT COUNT(*) FROM requests").await;

        let res = ask(&app, &person, COPY).await;
        assert_eq!(location(&res), "/pyynto/tila?lahetetty=1");
        let html = person.get(app.url("/pyynto/tila?lahetetty=1")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("odottaa vahvistusta"), "{html}");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM requests").await, before, "nothing counts yet");

        // The link opened (as a mail scanner does) files nothing: a person presses the button.
        let token = token_to(&app, 1, "pekka@example.org").await;
        let scanner = browser();
        let page = format!("/pyynto/vahvista?avain={token}");
        let html = scanner.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Vahvista pyyntö") && html.contains("Jäljennös tiedoista"), "{html}");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM requests").await, before);

        // Confirmed on another device (the phone the mail was read on).
        let phone = browser();
        phone.get(app.url(&page)).send().await.unwrap();
        let reference = confirm(&app, &phone, &token).await;
        let (customer, kind, status, received_at, due_on) = request_row(&app, &reference).await;
        assert_eq!((customer, kind.as_str(), status.as_str()), (None, "copy", "received"));
        assert!(chrono::Utc::now() - received_at < chrono::Duration::minutes(1), "the clock runs from now");
        assert_eq!(due_on, app::domain::clock::due_date(received_at));
        // Confirming again files nothing more and answers with the same request.
        assert_eq!(confirm(&app, &phone, &token).await, reference);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM requests").await, before + 1);
        // No identity check yet: nobody has verified who Pekka is.
        let checks = count(&app, &format!(
            "SELECT COUNT(*) FROM identity_checks k JOIN requests r ON r.id = k.request_id WHERE r.reference = '{reference}'"
        )).await;
        assert_eq!(checks, 0);

        // Staff see it in the queue, linked to nobody, and who asked (that look audited).
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let queue =
            cs.get(app.url(&format!("/henkilosto?haku={reference}"))).send().await.unwrap().text().await.unwrap();
        assert!(queue.contains(&reference) && queue.contains("Ei yhdistetty asiakkaaseen"), "{queue}");
        let staff_page = format!("/henkilosto/pyynnot/{reference}");
        let html = cs.get(app.url(&staff_page)).send().await.unwrap().text().await.unwrap();
        assert!(
            html.contains("Pekka Ulkopuolinen")
                && html.contains("pekka@example.org")
                && html.contains("Ei tunnistautunut")
        );
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'view_requester'").await, 1);

        // Staff ask him to say more; he answers on his page, and it is back in progress.
        let ask =
            [("reference", reference.as_str()), ("body", "Millä nimellä olit asiakkaana?"), ("ask", "clarification")];
        post(&app, &cs, "staff_message", &staff_page, &ask).await;
        let html = phone.get(app.url("/pyynto/tila")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Millä nimellä olit asiakkaana?") && html.contains("Vastauksesi"), "{html}");
        let key = html.split(r#"name="idempotency_key" value=""#).nth(1).and_then(|r| r.split('"').next()).unwrap();
        let answer = [("body", "Nimellä Pekka Ulkopuolinen, asiakasnumeroa en muista."), ("idempotency_key", key)];
        let res = post(&app, &phone, "public_request_message", "/pyynto/tila", &answer).await;
        assert_eq!(location(&res), "/pyynto/tila?viesti=1#viestit");
        post(&app, &phone, "public_request_message", "/pyynto/tila", &answer).await;
        assert_eq!(request_row(&app, &reference).await.2, "in_progress");
        let answers = count(&app, "SELECT COUNT(*) FROM request_messages WHERE body LIKE 'Nimellä Pekka%'").await;
        assert_eq!(answers, 1, "sent twice, added once");
        // A browser that follows no request cannot write to one.
        let res = post(&app, &browser(), "public_request_message", "/pyynto/tila", &answer).await;
        assert!(location(&res).contains("__err") || res.status() == 403, "{}", res.status());

        // A copy goes out only after identity is checked; then the DPO answers by mail
        // (nobody in the register: nothing to copy).
        let approve =
            [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Sinusta ei ole tietoja.")];
        let dpo = app.signed_in(app::ssr::seed::DEMO_DPO_EMAIL, app::ssr::seed::DEMO_DPO_PASSWORD).await;
        let res = post(&app, &dpo, "staff_decide", &staff_page, &approve).await;
        assert!(error_page(&dpo, &res).await.contains("Henkilöllisyyttä ei ole tarkistettu"));
        let check = [
            ("reference", reference.as_str()),
            ("method", "id_document"),
            ("document", "passport"),
            ("result", "verified"),
        ];
        post(&app, &cs, "staff_identity_check", &staff_page, &check).await;
        let res = post(&app, &dpo, "staff_decide", &staff_page, &approve).await;
        assert!(location(&res).ends_with("?tehty=approved#tila"), "{}", location(&res));
        app.outbox_drained().await;
        let to_pekka: Vec<String> =
            mails(&app, 4).await.into_iter().filter(|m| m.contains("To: pekka@example.org")).collect();
        assert_eq!(to_pekka.len(), 4, "the link, the receipt, the question and the answer");
        assert!(to_pekka.iter().all(|m| !m.contains("/oma/pyynnot")), "no link into an account he does not have");
        let html = phone.get(app.url("/pyynto/tila")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Sinusta ei ole tietoja.") && html.contains("Valmis"), "{html}");
    }
}

#[tokio::test]
async fn strong_identification_on_the_spot_links_the_request_to_the_register_customer() {
    for app in crate::helpers::apps_on_every_backend().await {
        let maija_code: String = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT identity_code FROM customers WHERE customer_number = '100001'",
        ).fetch_one(pool).await.unwrap());
        let person = browser();
        let form = [
            ("name", "Maija Meikäläinen"),
            ("email", "maija.toinen@example.org"),
            ("kind", "question"),
            ("description", "Kenelle tietojani on luovutettu?"),
        ];
        ask(&app, &person, &form).await;
        let id: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT id FROM requesters WHERE email = 'maija.toinen@example.org'",
        ).fetch_one(pool).await.unwrap());
        // What the return from the provider does (the browser flow is in the end2end suite).
        app::ssr::requesters::identify(&app.db, id, &maija_code, "http://ftn.ficora.fi/acr/loa3", chrono::Utc::now())
            .await
            .unwrap();
        let token = token_to(&app, 1, "maija.toinen@example.org").await;
        let reference = confirm(&app, &person, &token).await;
        let maija_id: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = '100001'")
            .fetch_one(pool).await.unwrap());
        assert_eq!(request_row(&app, &reference).await.0, Some(maija_id));
        let check: (String, String, Option<String>) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT k.method, k.level, k.detail FROM identity_checks k JOIN requests r ON r.id = k.request_id WHERE r.reference = $1",
        ).bind(&reference).fetch_one(pool).await.unwrap());
        assert_eq!(check, ("strong_eid".into(), "high".into(), Some("http://ftn.ficora.fi/acr/loa3".into())));
        // It is among Maija's own requests in the portal, and the news goes to her account.
        let maija = crate::export::maija_ready(&app).await;
        let html = maija.get(app.url("/oma/pyynnot")).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(&reference));
        // Her package holds what she gave with it, and how she was identified.
        let res =
            maija.get(app.url("/oma/vienti/lataa")).header(reqwest::header::ACCEPT, "application/json").send().await;
        let package: serde_json::Value = res.unwrap().json().await.unwrap();
        let given = package.to_string();
        assert!(given.contains("request_requesters") && given.contains("maija.toinen@example.org"), "{given}");

        // Someone not in the register is told exactly the same, and stays linked to nobody.
        let stranger = browser();
        let form = [
            ("name", "Outi Ulkopuolinen"),
            ("email", "outi@example.org"),
            ("kind", "question"),
            ("description", "Onko minusta tietoja?"),
        ];
        ask(&app, &stranger, &form).await;
        let id: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM requesters WHERE email = 'outi@example.org'")
            .fetch_one(pool).await.unwrap());
        app::ssr::requesters::identify(&app.db, id, "010199-9981", "http://ftn.ficora.fi/acr/loa3", chrono::Utc::now())
            .await
            .unwrap();
        let known = person.get(app.url("/pyynto/tila?tunnistettu=1")).send().await.unwrap().text().await.unwrap();
        let unknown = stranger.get(app.url("/pyynto/tila?tunnistettu=1")).send().await.unwrap().text().await.unwrap();
        assert!(unknown.contains("Henkilöllisyytesi on todennettu vahvasti"));
        assert!(!unknown.contains("100001") && !known.contains("100001"), "no page names a customer");
        let token = token_to(&app, 2, "outi@example.org").await;
        let reference = confirm(&app, &stranger, &token).await;
        assert_eq!(request_row(&app, &reference).await.0, None);
    }
}

#[tokio::test]
async fn a_request_linked_to_nobody_changes_nothing_until_staff_link_it() {
    for app in crate::helpers::apps_on_every_backend().await {
        let person = browser();
        let form = [
            ("name", "Maija Meikäläinen"),
            ("email", "maija.kotona@example.org"),
            ("kind", "restriction"),
            ("ground", "accuracy"),
            ("description", "Osoitteeni on väärin; rajoittakaa käsittelyä, kunnes se on korjattu."),
        ];
        ask(&app, &person, &form).await;
        let token = token_to(&app, 1, "maija.kotona@example.org").await;
        let reference = confirm(&app, &person, &token).await;
        let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let page = format!("/henkilosto/pyynnot/{reference}");
        let check = [
            ("reference", reference.as_str()),
            ("method", "id_document"),
            ("document", "id_card"),
            ("result", "verified"),
        ];
        post(&app, &dpo, "staff_identity_check", &page, &check).await;
        let approve = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Rajoitettu.")];
        let res = post(&app, &dpo, "staff_decide", &page, &approve).await;
        assert!(error_page(&dpo, &res).await.contains("Pyyntöä ei ole yhdistetty rekisterin asiakkaaseen"));
        assert_eq!(request_row(&app, &reference).await.2, "received");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM customers WHERE processing_restricted").await, 0);

        // A wrong number is refused beside the field; then linked by customer number.
        let res =
            post(&app, &dpo, "staff_link_request", &page, &[("reference", &reference), ("customer", "999999")]).await;
        assert!(error_page(&dpo, &res).await.contains("ei löytynyt yhtä asiakasta"));
        let res =
            post(&app, &dpo, "staff_link_request", &page, &[("reference", &reference), ("customer", "100001")]).await;
        assert!(location(&res).ends_with("?tehty=linked#tila"), "{}", location(&res));
        // Linked once: it cannot be moved to someone else.
        let res =
            post(&app, &dpo, "staff_link_request", &page, &[("reference", &reference), ("customer", "100002")]).await;
        assert!(location(&res).contains("__err"), "{}", location(&res));
        let res = post(&app, &dpo, "staff_decide", &page, &approve).await;
        assert!(location(&res).ends_with("?tehty=approved#tila"), "{}", location(&res));
        let restricted: String = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT customer_number FROM customers WHERE processing_restricted",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(restricted, "100001", "the customer it was linked to, not the one tried after");
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'request_handled' AND detail LIKE 'linked/%'")
                .await,
            1
        );
    }
}

#[tokio::test]
async fn staff_record_a_request_from_someone_not_in_the_register() {
    for app in crate::helpers::apps_on_every_backend().await {
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let html = cs.get(app.url("/henkilosto/vastaanota")).send().await.unwrap().text().await.unwrap();
        let key = html
            .split(r#"name="idempotency_key" value=""#)
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap()
            .to_owned();
        let today = app::domain::clock::helsinki_date(chrono::Utc::now()) - chrono::Duration::days(3);
        let day = today.to_string();
        let base = vec![
            ("idempotency_key", key.as_str()),
            ("channel", "letter"),
            ("received_on", day.as_str()),
            ("customer", ""),
            ("kind", "question"),
            ("description", "Kirje: onko minusta tietoja rekisterissänne?"),
        ];
        // Neither a customer nor a name: refused beside the field, the text kept.
        let res = post(&app, &cs, "staff_intake", "/henkilosto/vastaanota", &base).await;
        let html = error_page(&cs, &res).await;
        assert!(html.contains("kirjoita pyytäjän nimi") && html.contains("Kirje: onko minusta tietoja"));
        let mut form = base.clone();
        form.extend([("requester_name", "Eero Kirjoittaja"), ("requester_phone", "+358 40 123 4567")]);
        let res = post(&app, &cs, "staff_intake", "/henkilosto/vastaanota", &form).await;
        let to = location(&res);
        let reference = to.strip_prefix("/henkilosto/pyynnot/").unwrap().split('?').next().unwrap().to_owned();
        let (customer, _, _, received_at, due_on) = request_row(&app, &reference).await;
        assert_eq!(customer, None);
        assert_eq!(app::domain::clock::helsinki_date(received_at), today);
        assert_eq!(due_on, app::domain::clock::add_months(today, 1));
        let html = cs.get(app.url(&to)).send().await.unwrap().text().await.unwrap();
        assert!(
            html.contains("Eero Kirjoittaja") && html.contains("+358 40 123 4567") && html.contains("Yhdistä pyyntö")
        );
        // The same form sent again records nothing more.
        post(&app, &cs, "staff_intake", "/henkilosto/vastaanota", &form).await;
        let n = count(&app, "SELECT COUNT(*) FROM requesters WHERE name = 'Eero Kirjoittaja'").await;
        assert_eq!(n, 1);
    }
}

#[tokio::test]
async fn the_form_keeps_what_was_typed_and_never_floods_a_mailbox() {
    for app in crate::helpers::apps_on_every_backend().await {
        let person = browser();
        let mut form = COPY.to_vec();
        form.retain(|(n, _)| *n != "email");
        form.push(("email", "ei osoite"));
        let html = error_page(&person, &ask(&app, &person, &form).await).await;
        assert!(html.contains("Kirjoita sähköpostiosoite muodossa") && html.contains("Pekka Ulkopuolinen"));
        assert!(html.contains("Olin asiakkaana vuoteen 2024"), "the text is kept");
        let mut form = COPY.to_vec();
        form.retain(|(n, _)| *n != "name");
        form.push(("name", " "));
        let html = error_page(&person, &ask(&app, &person, &form).await).await;
        assert!(html.contains("Kirjoita nimesi."));

        // Five submissions to one address: each answered the same, three links sent.
        for _ in 0..5 {
            let res = ask(&app, &browser(), COPY).await;
            assert_eq!(location(&res), "/pyynto/tila?lahetetty=1");
        }
        app.outbox_drained().await;
        let sent = mails(&app, 3).await.into_iter().filter(|m| m.contains("To: pekka@example.org")).count();
        assert_eq!(sent, app::ssr::requesters::MAX_WAITING_PER_ADDRESS as usize);
        // A submission never named in a log line: nothing of it is in the audit detail.
        let leaked =
            count(&app, "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%pekka%' OR detail LIKE '%Pekka%'").await;
        assert_eq!(leaked, 0);
    }
}
