//! Requests over HTTP as a browser without JavaScript makes them: each kind filed with a
//! receipt, its first event, its audit row and a mail; one request however often a form
//! is submitted; bad input answered beside the field with nothing typed lost; free text
//! shown escaped; messages, answers to a clarification, restriction and withdrawal; and
//! another customer's request out of reach.

use crate::helpers::{browser, TestApp};
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, LOCATION, REFERER};

const MATTI_EMAIL: &str = "matti.virtanen@example.fi";
const MATTI_PASSWORD: &str = "Demo-tunnuslause-2";

pub(crate) async fn maija(app: &TestApp) -> reqwest::Client {
    let client = browser();
    app.sign_in_with(&client, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    client
}

/// The form page of a request kind, and the idempotency key it carries.
pub(crate) async fn form_key(app: &TestApp, client: &reqwest::Client, segment: &str) -> (String, String) {
    let res = client.get(app.url(&format!("/oma/pyynnot/uusi/{segment}"))).send().await.unwrap();
    let (status, to) = (res.status(), location(&res));
    let html = res.text().await.unwrap();
    let key = html
        .split(r#"name="idempotency_key" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| {
            panic!("no idempotency key: {status} to {to:?}: {}", &html[html.find("<main").unwrap_or(0)..])
        })
        .to_owned();
    (html, key)
}

/// Posts a form to a server function as the form page's browser does.
pub(crate) async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    function: &str,
    page: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client.post(app.url(&format!("/api/{function}"))).header(REFERER, app.url(page)).form(form).send().await.unwrap()
}

/// Whether the input with `attribute` is checked.
fn checked(html: &str, attribute: &str) -> bool {
    let at = html.find(attribute).unwrap_or_else(|| panic!("no input with {attribute}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    html[start..end].contains("checked")
}

/// The page a failed form post sends the browser back to.
pub(crate) async fn error_page(client: &reqwest::Client, res: &reqwest::Response) -> String {
    let back = location(res);
    assert!(back.contains("__err"), "not an error: {back}");
    client.get(back).send().await.unwrap().text().await.unwrap()
}

pub(crate) fn location(res: &reqwest::Response) -> String {
    res.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// The reference in a `/oma/pyynnot/<reference>?kuitti=1#kuitti` location.
pub(crate) fn reference_of(location: &str) -> String {
    let rest = location.strip_prefix("/oma/pyynnot/").unwrap_or_else(|| panic!("not a request page: {location}"));
    rest.split('?').next().unwrap().to_owned()
}

async fn count(app: &TestApp, sql: &str, reference: &str) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar::<_, i64>(sql).bind(reference).fetch_one(pool).await.unwrap())
}

async fn requests_of(app: &TestApp, customer_number: &str) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM requests r JOIN customers c ON c.id = r.customer_id WHERE c.customer_number = $1",
    ).bind(customer_number).fetch_one(pool).await.unwrap())
}

/// The text of a mail after its headers, with quoted-printable soft line breaks undone.
/// Only the body is searched for personal data: the headers hold the recipient's address
/// by necessity, and a random Message-ID or the test server's port may hold any digits.
pub(crate) fn mail_body(mail: &str) -> String {
    let body = mail.split_once("\r\n\r\n").or_else(|| mail.split_once("\n\n")).map_or(mail, |(_, body)| body);
    body.replace("=\r\n", "").replace("=\n", "")
}

/// Waits for a mail about `reference` in the outbox and returns it, once it is whole.
pub(crate) async fn mail_about(app: &TestApp, reference: &str) -> String {
    for _ in 0..100 {
        if let Ok(dir) = std::fs::read_dir(&app.outbox) {
            for entry in dir.flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                // Whole only when it reads the same a moment later (the outbox writes in place).
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                if text.contains(reference)
                    && std::fs::read_to_string(entry.path()).ok().as_deref() == Some(text.as_str())
                {
                    return text;
                }
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail about {reference}");
}

#[tokio::test]
async fn every_kind_is_filed_with_a_receipt_its_first_event_an_audit_row_and_a_mail() {
    for app in crate::helpers::apps_on_every_backend().await {
        every_kind_on(&app).await;
    }
}

async fn every_kind_on(app: &TestApp) {
    let client = maija(app).await;
    // Rectification of the phone number, with restriction meanwhile.
    let (html, key) = form_key(app, &client, "oikaisu").await;
    assert!(html.contains("Nyt: 0"), "the form shows the current phone number");
    let limit = app::pages::my_data::format_number(app::domain::Lang::Fi, 4000);
    assert!(html.contains(&format!("Enintään {limit} merkkiä")), "the length limit is shown before typing");
    let res = post(
        app,
        &client,
        "file_rectification",
        "/oma/pyynnot/uusi/oikaisu",
        &[
            ("idempotency_key", &key),
            ("field", "phone"),
            ("proposed", "040 765 4321"),
            ("reason", "Vaihdoin numeroa maaliskuussa."),
            ("restrict", "1"),
        ],
    )
    .await;
    let to = location(&res);
    assert!(to.ends_with("?kuitti=1#kuitti"), "{to}");
    let reference = reference_of(&to);
    type Row = (String, String, bool, String, chrono::DateTime<chrono::Utc>, chrono::NaiveDate);
    let row: Row = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT kind, status, restrict_processing, details, received_at, due_on FROM requests WHERE reference = $1",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!((row.0.as_str(), row.1.as_str(), row.2), ("rectification", "received", true));
    assert!(row.3.contains(r#""proposed":"+358407654321""#), "stored in E.164 form: {}", row.3);
    assert_eq!(row.5, app::domain::clock::due_date(row.4), "due one Helsinki calendar month after receipt");
    let events: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT e.kind FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 ORDER BY e.id",
    ).bind(&reference).fetch_all(pool).await.unwrap());
    assert_eq!(events, ["received", "restriction_requested"]);
    let audited = count(
        app,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'request_filed' AND detail = 'rectification/' || $1",
        &reference,
    )
    .await;
    assert_eq!(audited, 1);
    // The receipt page.
    let page = client.get(app.url(&to)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Pyyntö vastaanotettu") && page.contains(&reference), "receipt");
    let due = app::i18n::format_date(app::domain::Lang::Fi, row.5);
    assert!(page.contains(&format!("Vastaamme viimeistään {due}")), "the due date in the receipt");
    assert!(page.contains("040 765 4321") || page.contains("0407654321"), "the proposed value");
    // The mail names the reference and links to it, and holds no personal data.
    let mail = mail_about(app, &reference).await;
    assert!(mail.contains(&format!("/oma/pyynnot/{reference}")), "{mail}");
    let body = mail_body(&mail);
    for personal in ["765 4321", "7654321", "Maija", "Vaihdoin numeroa"] {
        assert!(!body.contains(personal), "no personal data in the mail: {personal}");
    }

    // Erasure of a category that can be erased now.
    let (html, key) = form_key(app, &client, "poisto").await;
    assert!(html.contains(r#"value="call_recordings""#), "recordings can be erased at any time");
    assert!(!html.contains(r#"value="basic""#), "basic data is kept while a contract is active");
    assert!(html.contains("Näitä ei voi poistaa nyt"));
    let res = post(
        app,
        &client,
        "file_erasure",
        "/oma/pyynnot/uusi/poisto",
        &[("idempotency_key", &key), ("categories[]", "call_recordings"), ("categories[]", "marketing_permissions")],
    )
    .await;
    let erasure = reference_of(&location(&res));
    let details: String = with_db!(&app.db, pool => sqlx::query_scalar("SELECT details FROM requests WHERE reference = $1")
        .bind(&erasure).fetch_one(pool).await.unwrap());
    assert!(details.contains(r#""categories":["call_recordings","marketing_permissions"]"#), "{details}");

    // Restriction, objection, and the three kinds that are one text.
    let (_, key) = form_key(app, &client, "rajoitus").await;
    let res = post(
        app,
        &client,
        "file_restriction",
        "/oma/pyynnot/uusi/rajoitus",
        &[("idempotency_key", &key), ("ground", "accuracy"), ("reason", "Osoitteeni on väärin.")],
    )
    .await;
    reference_of(&location(&res));
    let (html, key) = form_key(app, &client, "vastustus").await;
    assert!(html.contains(r#"value="business_planning""#), "the register's purposes are offered");
    let res = post(
        app,
        &client,
        "file_objection",
        "/oma/pyynnot/uusi/vastustus",
        &[("idempotency_key", &key), ("purposes[]", "business_planning"), ("grounds", "En halua olla tilastoissa.")],
    )
    .await;
    reference_of(&location(&res));
    for (segment, kind) in [("kopio", "copy"), ("kysymys", "question"), ("valitus", "complaint")] {
        let (_, key) = form_key(app, &client, segment).await;
        let page = format!("/oma/pyynnot/uusi/{segment}");
        let res = post(
            app,
            &client,
            "file_text_request",
            &page,
            &[("idempotency_key", &key), ("kind", kind), ("text", "Teksti.")],
        )
        .await;
        reference_of(&location(&res));
    }
    // The seeded answered question plus the seven filed now, listed newest first.
    assert_eq!(requests_of(app, "100001").await, 8);
    let list = client.get(app.url("/oma/pyynnot")).send().await.unwrap().text().await.unwrap();
    let (first, second) = (list.find(&reference).unwrap(), list.find(&erasure).unwrap());
    assert!(second < first, "newest first");
}

#[tokio::test]
async fn a_form_submitted_twice_or_at_once_files_one_request() {
    for app in crate::helpers::apps_on_every_backend().await {
        let client = maija(&app).await;
        let before = requests_of(&app, "100001").await;
        let (_, key) = form_key(&app, &client, "kysymys").await;
        let form = [("idempotency_key", key.as_str()), ("kind", "question"), ("text", "Kuinka kauan?")];
        let first = location(&post(&app, &client, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form).await);
        let again = location(&post(&app, &client, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form).await);
        assert_eq!(first, again, "the second submit shows the same request");
        let (_, key) = form_key(&app, &client, "kysymys").await;
        let form = [("idempotency_key", key.as_str()), ("kind", "question"), ("text", "Entä nyt?")];
        let at_once = futures_util::future::join_all(
            (0..6).map(|_| post(&app, &client, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form)),
        )
        .await;
        let places: std::collections::HashSet<String> = at_once.iter().map(location).collect();
        assert_eq!(places.len(), 1, "{places:?}");
        assert_eq!(requests_of(&app, "100001").await, before + 2);
    }
}

#[tokio::test]
async fn bad_input_is_answered_beside_the_field_and_nothing_typed_is_lost() {
    let app = crate::helpers::spawn_app().await;
    let client = maija(&app).await;
    let before = requests_of(&app, "100001").await;
    let page = "/oma/pyynnot/uusi/oikaisu";
    let (_, key) = form_key(&app, &client, "oikaisu").await;
    let reason = "Numero vaihtui, vanha ei ole enää käytössä. <b>tärkeä</b>";
    let res = post(
        &app,
        &client,
        "file_rectification",
        page,
        &[
            ("idempotency_key", &key),
            ("field", "phone"),
            ("proposed", "40 765 4321"),
            ("reason", reason),
            ("restrict", "1"),
        ],
    )
    .await;
    let back = location(&res);
    assert!(back.starts_with(&app.url(page)) && back.contains("__err"), "{back}");
    let query = back.split_once('?').map(|(_, q)| q).unwrap_or_default();
    assert!(!query.contains("765") && !query.contains("Numero"), "nothing typed goes into the address");
    let html = client.get(&back).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Aloita numero nollalla"), "the exact problem is named");
    assert!(html.contains(r##"href="#proposed""##), "the summary links to the field");
    assert!(
        html.contains(r#"id="proposed-error""#) && html.contains(r#"aria-describedby="proposed-hint proposed-error""#)
    );
    assert!(html.contains(r#"value="40 765 4321""#), "the typed value is back");
    let at = html.find("Numero vaihtui").expect("the reason is back");
    assert!(
        html[at..].starts_with("Numero vaihtui, vanha ei ole enää käytössä. &lt;b&gt;tärkeä&lt;/b&gt;"),
        "escaped: {}",
        &html[at..at + 90]
    );
    assert!(checked(&html, r#"value="phone""#), "the chosen field is still chosen");
    assert!(checked(&html, r#"name="restrict""#), "the restriction box is still ticked");
    assert!(!checked(&html, r#"value="email""#));

    // A text over the limit.
    let (_, key) = form_key(&app, &client, "valitus").await;
    let long = "ä".repeat(4001);
    let res = post(
        &app,
        &client,
        "file_text_request",
        "/oma/pyynnot/uusi/valitus",
        &[("idempotency_key", &key), ("kind", "complaint"), ("text", &long)],
    )
    .await;
    let html = client.get(location(&res)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Teksti on liian pitkä"));
    assert!(html.contains(&long), "the long text is back to be shortened");

    // A category that cannot be erased now, none at all, an unchanged value, no field.
    let (_, key) = form_key(&app, &client, "poisto").await;
    let res = post(
        &app,
        &client,
        "file_erasure",
        "/oma/pyynnot/uusi/poisto",
        &[("idempotency_key", &key), ("categories[]", "basic")],
    )
    .await;
    assert!(error_page(&client, &res).await.contains("Valitsemaasi tietoa ei voi poistaa nyt"));
    let res = post(&app, &client, "file_erasure", "/oma/pyynnot/uusi/poisto", &[("idempotency_key", &key)]).await;
    let back = error_page(&client, &res).await;
    assert!(back.contains("Valitse ainakin yksi poistettava tieto"), "{}", &back[back.find("<main").unwrap_or(0)..]);
    let (_, key) = form_key(&app, &client, "oikaisu").await;
    let res = post(
        &app,
        &client,
        "file_rectification",
        page,
        &[("idempotency_key", &key), ("proposed", "x"), ("reason", "y")],
    )
    .await;
    assert!(error_page(&client, &res).await.contains("Valitse tieto, joka on väärin"));
    let res = post(
        &app,
        &client,
        "file_rectification",
        page,
        &[("idempotency_key", &key), ("field", "language"), ("proposed", "fi"), ("reason", "y")],
    )
    .await;
    assert!(error_page(&client, &res).await.contains("Oikea arvo on sama kuin nykyinen"));
    assert_eq!(requests_of(&app, "100001").await, before, "nothing was filed");
}

#[tokio::test]
async fn free_text_is_stored_as_typed_and_never_runs() {
    let app = crate::helpers::spawn_app().await;
    let client = maija(&app).await;
    let (_, key) = form_key(&app, &client, "valitus").await;
    let text = "</script><script>alert('x')</script> & \"lainaus\"";
    let res = post(
        &app,
        &client,
        "file_text_request",
        "/oma/pyynnot/uusi/valitus",
        &[("idempotency_key", &key), ("kind", "complaint"), ("text", text)],
    )
    .await;
    let reference = reference_of(&location(&res));
    let stored: String = with_db!(&app.db, pool => sqlx::query_scalar("SELECT details FROM requests WHERE reference = $1")
        .bind(&reference).fetch_one(pool).await.unwrap());
    assert!(stored.contains("</script><script>alert('x')</script>"), "stored as typed");
    let html = client.get(app.url(&format!("/oma/pyynnot/{reference}"))).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert("), "shown escaped");
    assert!(!html.contains("<script>alert("), "never as markup");
    // Text typed into a form that comes back with an error cannot end its field either.
    let (_, key) = form_key(&app, &client, "oikaisu").await;
    let reason = "</textarea><script>alert('y')</script>";
    let page = "/oma/pyynnot/uusi/oikaisu";
    let form = [("idempotency_key", key.as_str()), ("field", "phone"), ("proposed", "x"), ("reason", reason)];
    let res = post(&app, &client, "file_rectification", page, &form).await;
    let html = client.get(location(&res)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;alert("), "kept and escaped");
    assert!(!html.contains("<script>alert("), "never as markup");
}

#[tokio::test]
async fn messages_answers_restriction_and_withdrawal() {
    for app in crate::helpers::apps_on_every_backend().await {
        let client = maija(&app).await;
        let (_, key) = form_key(&app, &client, "oikaisu").await;
        let res = post(
            &app,
            &client,
            "file_rectification",
            "/oma/pyynnot/uusi/oikaisu",
            &[("idempotency_key", &key), ("field", "city"), ("proposed", "Tampere"), ("reason", "Muutin.")],
        )
        .await;
        let reference = reference_of(&location(&res));
        let page = format!("/oma/pyynnot/{reference}");
        let html = client.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Pyydä rajoittamista"), "restriction is offered beside a pending rectification");
        // A message.
        let res =
            post(&app, &client, "add_request_message", &page, &[("reference", &reference), ("body", "Lisätieto.")])
                .await;
        assert_eq!(location(&res), format!("{page}?lahetetty=1#viestit"));
        // Staff ask for clarification (the staff workspace does this; here, the database).
        with_db!(&app.db, pool => sqlx::query("UPDATE requests SET status = 'waiting_for_customer' WHERE reference = $1")
            .bind(&reference).execute(pool).await.unwrap().rows_affected());
        let html = client.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Odottaa vastaustasi") && html.contains("Lähetä vastaus"));
        post(&app, &client, "add_request_message", &page, &[("reference", &reference), ("body", "Muutin 1.3.")]).await;
        let status: String = with_db!(&app.db, pool => sqlx::query_scalar("SELECT status FROM requests WHERE reference = $1")
            .bind(&reference).fetch_one(pool).await.unwrap());
        assert_eq!(status, "in_progress", "the answer puts the request back in progress");
        // Restriction meanwhile, twice: one event.
        for _ in 0..2 {
            let res = post(&app, &client, "restrict_during_request", &page, &[("reference", &reference)]).await;
            assert_eq!(location(&res), format!("{page}?rajoitus=1"));
        }
        // Withdrawal; after it nothing more can be done.
        let res = post(&app, &client, "withdraw_request", &page, &[("reference", &reference)]).await;
        assert_eq!(location(&res), format!("{page}?peruttu=1"));
        let again = post(&app, &client, "withdraw_request", &page, &[("reference", &reference)]).await;
        assert!(location(&again).contains("__err"), "a decided request cannot be withdrawn again");
        let late =
            post(&app, &client, "add_request_message", &page, &[("reference", &reference), ("body", "Vielä.")]).await;
        assert!(location(&late).contains("__err"));
        let events: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT e.kind FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 ORDER BY e.id",
        ).bind(&reference).fetch_all(pool).await.unwrap());
        assert_eq!(
            events,
            ["received", "message_customer", "clarification_answered", "restriction_requested", "withdrawn"]
        );
        let messages = count(
            &app,
            "SELECT COUNT(*) FROM request_messages m JOIN requests r ON r.id = m.request_id WHERE r.reference = $1",
            &reference,
        )
        .await;
        assert_eq!(messages, 2);
        let html = client.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Peruttu") && !html.contains("Peru pyyntö</button>"));
        // The day the register's rule removes it: three years from the withdrawal.
        let withdrawn: chrono::DateTime<chrono::Utc> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT decided_at FROM requests WHERE reference = $1",
        ).bind(&reference).fetch_one(pool).await.unwrap());
        let day = (withdrawn + chrono::Months::new(36)).date_naive();
        let shown = app::i18n::format_date(app::domain::Lang::Fi, day);
        assert!(html.contains(&format!("<dt>Poistetaan</dt><dd>{shown} (ellei")), "{shown}");
    }
}

#[tokio::test]
async fn another_customers_request_is_out_of_reach() {
    let app = crate::helpers::spawn_app().await;
    let maija = maija(&app).await;
    let (_, key) = form_key(&app, &maija, "kysymys").await;
    let secret = "Maijan-salainen-kysymys";
    let res = post(
        &app,
        &maija,
        "file_text_request",
        "/oma/pyynnot/uusi/kysymys",
        &[("idempotency_key", &key), ("kind", "question"), ("text", secret)],
    )
    .await;
    let reference = reference_of(&location(&res));
    let page = format!("/oma/pyynnot/{reference}");
    let matti = browser();
    app.sign_in_with(&matti, MATTI_EMAIL, MATTI_PASSWORD).await;
    let res = matti.get(app.url(&page)).send().await.unwrap();
    assert_eq!(res.status(), 404);
    assert!(!res.text().await.unwrap().contains(secret));
    for (function, form) in [
        ("withdraw_request", vec![("reference", reference.as_str())]),
        ("restrict_during_request", vec![("reference", reference.as_str())]),
        ("add_request_message", vec![("reference", reference.as_str()), ("body", "Matti was here")]),
    ] {
        let res = post(&app, &matti, function, &page, &form).await;
        assert!(location(&res).contains("__err"), "{function}");
    }
    let (status, messages): (String, i64) = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT status, (SELECT COUNT(*) FROM request_messages m WHERE m.request_id = r.id) FROM requests r WHERE reference = $1",
    ).bind(&reference).fetch_one(pool).await.unwrap());
    assert_eq!((status.as_str(), messages), ("received", 0));
    let list = matti.get(app.url("/oma/pyynnot")).send().await.unwrap().text().await.unwrap();
    assert!(!list.contains(&reference));
    let summary = matti.get(app.url("/oma/tietosuojavaltuutettu")).send().await.unwrap().text().await.unwrap();
    assert!(!summary.contains(&reference));
    // Staff use the staff workspace, never customer pages.
    let staff = browser();
    app.sign_in_with(&staff, "asiakaspalvelu@example.fi", "Demo-henkilokunta-1").await;
    assert_eq!(staff.get(app.url("/oma/pyynnot")).send().await.unwrap().status(), 403);
    assert_eq!(staff.get(app.url(&page)).send().await.unwrap().status(), 403);
    assert_eq!(staff.get(app.url("/oma/tietosuojavaltuutettu/yhteenveto.txt")).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn the_route_to_the_ombudsman_has_a_summary_to_copy_or_download() {
    let app = crate::helpers::spawn_app().await;
    let client = maija(&app).await;
    let (_, key) = form_key(&app, &client, "valitus").await;
    let res = post(
        &app,
        &client,
        "file_text_request",
        "/oma/pyynnot/uusi/valitus",
        &[("idempotency_key", &key), ("kind", "complaint"), ("text", "Tietojani käytettiin väärin.")],
    )
    .await;
    let reference = reference_of(&location(&res));
    let html = client.get(app.url("/oma/tietosuojavaltuutettu")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("https://tietosuoja.fi") && html.contains("Tietosuojavaltuutetun toimisto"));
    assert!(html.contains(&reference) && html.contains("Asiakasnumeroni: 100001"));
    let file = client.get(app.url("/oma/tietosuojavaltuutettu/yhteenveto.txt")).send().await.unwrap();
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()[CONTENT_TYPE], "text/plain; charset=utf-8");
    assert!(file.headers()[CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment"));
    assert_eq!(file.headers()["cache-control"], "no-store");
    let text = file.text().await.unwrap();
    assert!(
        text.contains(&reference) && text.contains("Valitus tietojesi käsittelystä") && text.contains("TN-"),
        "{text}"
    );
    // The seeded answered question comes with its answer.
    assert!(text.contains("Tallenteita käytetään"), "{text}");
    let anonymous = browser().get(app.url("/oma/tietosuojavaltuutettu/yhteenveto.txt")).send().await.unwrap();
    assert_eq!(anonymous.status(), 303);
    assert_eq!(location(&anonymous), "/kirjaudu?jatka=/oma/tietosuojavaltuutettu/yhteenveto.txt");
}

/// A message sent twice from one form — a double click, or a retry after an answer that
/// never came — is stored once (issue #19: nothing acknowledged is lost or doubled); the
/// next message, from the page shown again, is a new one. On both backends.
#[tokio::test]
async fn a_message_sent_twice_from_one_form_is_stored_once() {
    for app in crate::helpers::apps_on_every_backend().await {
        let client = maija(&app).await;
        let (_, key) = form_key(&app, &client, "kysymys").await;
        let form = [("idempotency_key", key.as_str()), ("kind", "question"), ("text", "Kysymys.")];
        let reference = reference_of(&location(
            &post(&app, &client, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form).await,
        ));
        let page = format!("/oma/pyynnot/{reference}");
        let message_key = || async {
            let html = client.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
            let form = &html[html.find("name=\"body\"").expect("the message form") - 600..];
            form.split(r#"name="idempotency_key" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned()
        };
        let first_key = message_key().await;
        assert!(first_key.len() >= 16, "a key in the form");
        let send = |key: String| {
            let (app, client, reference, page) = (&app, &client, reference.clone(), page.clone());
            async move {
                let form =
                    [("reference", reference.as_str()), ("body", "Lisätieto."), ("idempotency_key", key.as_str())];
                location(&post(app, client, "add_request_message", &page, &form).await)
            }
        };
        for _ in 0..2 {
            assert!(send(first_key.clone()).await.contains("lahetetty=1"), "both answers say sent");
        }
        let count = || async {
            with_db!(&app.db, pool => sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM request_messages m JOIN requests r ON r.id = m.request_id WHERE r.reference = $1",
            ).bind(&reference).fetch_one(pool).await.unwrap())
        };
        assert_eq!(count().await, 1, "stored once");
        let second_key = message_key().await;
        assert_ne!(second_key, first_key, "the page shown again has a new key");
        send(second_key).await;
        assert_eq!(count().await, 2, "the next message is a new one");
    }
}

/// Without JavaScript nothing warns before a session ends: a form sent after it has
/// ended is kept (never a password) through signing in again, and the page shows what
/// was typed once more, once.
#[tokio::test]
async fn a_message_sent_after_the_session_ended_is_back_in_its_form_after_signing_in_again() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let (_, key) = form_key(&app, &customer, "kysymys").await;
        let form = [("kind", "question"), ("text", "Mihin tietojani luovutetaan?"), ("idempotency_key", key.as_str())];
        let reference = reference_of(&location(
            &post(&app, &customer, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form).await,
        ));
        let page = format!("/oma/pyynnot/{reference}");

        // Idle too long: the server has forgotten the session.
        with_db!(&app.db, pool => sqlx::query("DELETE FROM sessions").execute(pool).await.unwrap().rows_affected());
        let text = "Koskeeko tämä myös vanhoja laskujani vuodelta 2024?";
        let res =
            post(&app, &customer, "add_request_message", &page, &[("reference", &reference), ("body", text)]).await;
        let to_sign_in = location(&res);
        assert_eq!(to_sign_in, format!("/kirjaudu?jatka={}", app::domain::percent_encode(&page)));
        let messages: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM request_messages WHERE body = $1")
            .bind(text).fetch_one(pool).await.unwrap());
        assert_eq!(messages, 0, "nothing was sent");

        // Signing in again returns to the page, and the text is in the form again, once.
        let res = post(
            &app,
            &customer,
            "sign_in",
            &to_sign_in,
            &[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD), ("next", &page)],
        )
        .await;
        assert_eq!(location(&res), page);
        let (_, html) = app.get_as(&customer, &page).await;
        assert!(html.contains(text), "what was typed is back");
        let (_, html) = app.get_as(&customer, &page).await;
        assert!(!html.contains(text), "and only once");

        // A form with a password: the password is never kept anywhere.
        with_db!(&app.db, pool => sqlx::query("DELETE FROM sessions").execute(pool).await.unwrap().rows_affected());
        let secret = "Salainen-vanha-salasana-123";
        let form = [("password", secret), ("new_password", "Uusi pitkä salasana tänään")];
        post(&app, &customer, "change_password", "/oma/salasana", &form).await;
        let kept: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE data LIKE $1 OR data LIKE $2")
            .bind(format!("%{secret}%")).bind("%Uusi pitkä salasana%").fetch_one(pool).await.unwrap());
        assert_eq!(kept, 0);
    }
}
