//! Erasure with every copy (GDPR Art. 17, issue #16): after an approved erasure of basic
//! data no erased value is anywhere in the database — every text column of every table
//! is searched — while what the register keeps stays: the fact that fields changed,
//! withdrawals of consent, prohibitions, and an account that still signs in with the
//! customer number.

use crate::helpers::TestApp;
use crate::requests::{form_key, location, maija, post, reference_of};
use app::ssr::db::Db;
use app::ssr::seed::*;
use app::with_db;

const MAIJA: &str = "100001";

async fn dpo(app: &TestApp) -> reqwest::Client {
    let client = crate::helpers::browser();
    app.sign_in_with(&client, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    client
}

async fn file(
    app: &TestApp,
    customer: &reqwest::Client,
    segment: &str,
    function: &str,
    form: &[(&str, &str)],
) -> String {
    let (_, key) = form_key(app, customer, segment).await;
    let mut form = form.to_vec();
    form.push(("idempotency_key", &key));
    let res = post(app, customer, function, &format!("/oma/pyynnot/uusi/{segment}"), &form).await;
    reference_of(&location(&res))
}

async fn approve(app: &TestApp, officer: &reqwest::Client, reference: &str) {
    let page = format!("/henkilosto/pyynnot/{reference}");
    let res = post(
        app,
        officer,
        "staff_decide",
        &page,
        &[("reference", reference), ("outcome", "approve"), ("reason", "Tehty.")],
    )
    .await;
    assert!(location(&res).contains("tehty=approved"), "approved: {}", location(&res));
}

/// Every (table, text column) of the database.
async fn text_columns(db: &Db) -> Vec<(String, String)> {
    match db {
        Db::Sqlite(pool) => {
            let tables: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
            )
            .fetch_all(pool)
            .await
            .unwrap();
            let mut out = Vec::new();
            for table in tables {
                let columns: Vec<(String, String)> = sqlx::query_as("SELECT name, type FROM pragma_table_info($1)")
                    .bind(&table)
                    .fetch_all(pool)
                    .await
                    .unwrap();
                out.extend(
                    columns
                        .into_iter()
                        .filter(|(_, t)| t.eq_ignore_ascii_case("TEXT"))
                        .map(|(c, _)| (table.clone(), c)),
                );
            }
            out
        }
        Db::Postgres(pool) => sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying')
               AND table_name NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    }
}

/// Where `value` occurs in the database, as `table.column` names.
async fn places_holding(db: &Db, value: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (table, column) in text_columns(db).await {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE '%' || $1 || '%'");
        let n: i64 = with_db!(db, pool => sqlx::query_scalar(&sql).bind(value).fetch_one(pool).await.unwrap());
        if n > 0 {
            found.push(format!("{table}.{column} ({n})"));
        }
    }
    found
}

#[tokio::test]
async fn after_erasing_basic_data_no_erased_value_is_anywhere_in_the_database() {
    for app in crate::helpers::apps_on_every_backend().await {
        erasure_on(&app).await;
    }
}

async fn erasure_on(app: &TestApp) {
    let customer = maija(app).await;
    let officer = dpo(app).await;
    // A rectification first: the old and the new number are in the request and the
    // change log too.
    let form = [("field", "phone"), ("proposed", "040 765 4321"), ("reason", "Uusi numero.")];
    let rectification = file(app, &customer, "oikaisu", "file_rectification", &form).await;
    approve(app, &officer, &rectification).await;
    // Basic data is kept while a contract is active: Maija's contracts end.
    with_db!(&app.db, pool => {
        sqlx::query("UPDATE contracts SET status = 'ended' WHERE customer_id = (SELECT id FROM customers WHERE customer_number = $1)")
            .bind(MAIJA).execute(pool).await.unwrap();
    });
    type Basic = (Option<String>, String, Option<String>, Option<String>);
    let (identity_code, street, email, phone): Basic = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT identity_code, street_address, email, phone FROM customers WHERE customer_number = $1",
    ).bind(MAIJA).fetch_one(pool).await.unwrap());
    let old_phone: Option<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT l.old_value FROM change_log l JOIN requests r ON r.id = l.request_id WHERE r.reference = $1",
    ).bind(&rectification).fetch_one(pool).await.unwrap());
    // Had she made the rectification without an account, what she gave with it is a
    // copy of her basic data too.
    with_db!(&app.db, pool => {
        sqlx::query(
            "INSERT INTO requesters (request_id, name, email, phone, language, kind, details, created_at, identity_code)
             SELECT id, 'Maija Meikäläinen', $2, $3, 'fi', 'rectification', '{}', $4, $5 FROM requests WHERE reference = $1",
        )
        .bind(&rectification).bind(&email).bind(&phone).bind(chrono::Utc::now()).bind(&identity_code)
        .execute(pool).await.unwrap();
    });
    // Her values in free text: a question she asked, a message she sent and a legal hold
    // placed on her, each naming her, her identity code, address, email and number (in
    // its national form too).
    let (code, mail, number) = (identity_code.clone().unwrap(), email.clone().unwrap(), phone.clone().unwrap());
    let national = format!("0{}", &number[4..]);
    let told = format!("Olen Maija Meikäläinen ({code}), {street}, {mail}, puh. {number} tai {national}.");
    let question =
        file(app, &customer, "kysymys", "file_text_request", &[("kind", "question"), ("text", told.as_str())]).await;
    let res = post(
        app,
        &customer,
        "add_request_message",
        &format!("/oma/pyynnot/{question}"),
        &[("reference", question.as_str()), ("body", told.as_str())],
    )
    .await;
    assert!(!location(&res).contains("__err"), "the message was sent: {}", location(&res));
    // Feedback she gave signed in, with her address for the answer.
    let res = customer
        .post(app.url("/api/send_accessibility_feedback"))
        .header(reqwest::header::REFERER, app.url("/saavutettavuus"))
        .form(&[("message", told.as_str()), ("page", ""), ("contact", mail.as_str())])
        .send()
        .await
        .unwrap();
    assert!(location(&res).contains("kiitos=SP-"), "the feedback was sent: {}", location(&res));
    with_db!(&app.db, pool => {
        sqlx::query(
            "INSERT INTO legal_holds (customer_id, reason, ends_on, placed_by, placed_at)
             SELECT c.id, $2, $3, a.id, $4 FROM customers c, accounts a WHERE c.customer_number = $1 AND a.email = $5",
        )
        .bind(MAIJA).bind(format!("Maija Meikäläisen ({code}) riita-asia")).bind(chrono::Utc::now().date_naive() - chrono::Duration::days(1))
        .bind(chrono::Utc::now()).bind(DEMO_DPO_EMAIL).execute(pool).await.unwrap();
    });
    // A copy of everything prepared for her (not yet given) holds every value too.
    let copy =
        file(app, &customer, "kopio", "file_text_request", &[("kind", "copy"), ("text", "Kaikki tiedot.")]).await;
    let res =
        post(app, &officer, "staff_prepare_copy", &format!("/henkilosto/pyynnot/{copy}"), &[("reference", &copy)])
            .await;
    assert!(location(&res).contains("tehty=copy"), "prepared: {}", location(&res));
    let mut values: Vec<String> = [identity_code, Some(street), email, phone, old_phone, Some("Meikäläinen".into())]
        .into_iter()
        .map(|v| v.expect("Maija's value"))
        .collect();
    values.push(national);
    for value in &values {
        let places = places_holding(&app.db, value).await;
        assert!(places.iter().any(|p| p.starts_with("copies.")), "before: {value} is in the copy: {places:?}");
    }

    let erasure = file(
        app,
        &customer,
        "poisto",
        "file_erasure",
        &[("categories[]", "basic"), ("categories[]", "marketing_permissions"), ("reason", "Asiakkuus päättyi.")],
    )
    .await;
    approve(app, &officer, &erasure).await;
    // The mail telling her of the decision went to the address she had; once sent, the
    // outbox keeps no address.
    app.outbox_drained().await;

    for value in &values {
        let mut places = places_holding(&app.db, value).await;
        // The address a service was delivered to is contract data, which the register
        // keeps under the Accounting Act (retention rule `accounting`), not basic data.
        places.retain(|p| !p.starts_with("contracts.service_address"));
        assert!(places.is_empty(), "after the erasure a value is still in {places:?}");
    }
    // Kept: that fields changed and when (their values gone), the withdrawals and
    // prohibitions as evidence, and the account, which signs in with the customer number.
    let changes: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM change_log l JOIN customers c ON c.id = l.customer_id
         WHERE c.customer_number = $1 AND l.entity = 'customers' AND l.old_value IS NULL AND l.new_value IS NULL",
    ).bind(MAIJA).fetch_one(pool).await.unwrap());
    assert!(changes > 0, "the change log keeps the changes without their values");
    let consents: Vec<(String, i64)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT e.action, COUNT(*) FROM consent_events e JOIN customers c ON c.id = e.customer_id
         WHERE c.customer_number = $1 GROUP BY e.action ORDER BY e.action",
    ).bind(MAIJA).fetch_all(pool).await.unwrap());
    assert!(consents.iter().all(|(action, _)| action == "withdrawn") && !consents.is_empty(), "{consents:?}");
    let prohibitions: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM marketing_prohibition_events e JOIN customers c ON c.id = e.customer_id WHERE c.customer_number = $1",
    ).bind(MAIJA).fetch_one(pool).await.unwrap());
    assert!(prohibitions > 0, "prohibitions stay");
    let again = crate::helpers::browser();
    let res = app.sign_in_with(&again, MAIJA, DEMO_PRIVATE_PASSWORD).await;
    assert_eq!(location_of(&res), "/oma", "the account signs in with the customer number");
    let res = app.sign_in_with(&crate::helpers::browser(), DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    assert_ne!(location_of(&res), "/oma", "the erased email no longer signs in");
    let home = again.get(app.url("/oma")).send().await.unwrap().text().await.unwrap();
    assert!(!home.contains("Meikäläinen"), "the account's name is gone");
}

fn location_of(res: &reqwest::Response) -> String {
    res.headers().get(reqwest::header::LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// A customer may ask to erase single items of "other data they gave" (privacy notice
/// §5 item 6): only that item goes, with the values of its changes; the others stay; an
/// item of another customer cannot be named.
#[tokio::test]
async fn one_item_of_other_data_can_be_erased_alone() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let officer = dpo(&app).await;
        type Item = (i64, String);
        let items: Vec<Item> = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT o.id, o.topic FROM other_data o JOIN customers c ON c.id = o.customer_id
             WHERE c.customer_number = $1 ORDER BY o.id",
        ).bind(MAIJA).fetch_all(pool).await.unwrap());
        assert!(items.len() >= 2, "the demo gives Maija several items");
        let id = items[0].0;
        // Her own words, and their history in the change log.
        let content = format!("Ovikoodi on {} ja koira on kiltti.", uuid::Uuid::new_v4().simple());
        with_db!(&app.db, pool => {
            sqlx::query("UPDATE other_data SET content = $1 WHERE id = $2").bind(&content).bind(id).execute(pool).await.unwrap();
            sqlx::query(
                "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, source)
                 SELECT customer_id, 'other_data', id, 'content', NULL, content, CURRENT_TIMESTAMP, 'customer', NULL
                 FROM other_data WHERE id = $1",
            ).bind(id).execute(pool).await.unwrap();
        });
        assert_eq!(places_holding(&app.db, &content).await.len(), 2, "before: the item and its change");
        let key = format!("other_data:{id}");
        let form = customer.get(app.url("/oma/pyynnot/uusi/poisto")).send().await.unwrap().text().await.unwrap();
        assert!(form.contains(&format!("value=\"{key}\"")), "the form offers each item");
        // Someone else's item is refused.
        let theirs: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT o.id FROM other_data o JOIN customers c ON c.id = o.customer_id WHERE c.customer_number <> $1 LIMIT 1",
        ).bind(MAIJA).fetch_one(pool).await.unwrap());
        let (_, idem) = form_key(&app, &customer, "poisto").await;
        let res = post(
            &app,
            &customer,
            "file_erasure",
            "/oma/pyynnot/uusi/poisto",
            &[("records[]", &format!("other_data:{theirs}")), ("idempotency_key", &idem)],
        )
        .await;
        assert!(location(&res).contains("__err"), "another customer's item");

        let reference = file(&app, &customer, "poisto", "file_erasure", &[("records[]", &key)]).await;
        let page =
            customer.get(app.url(&format!("/oma/pyynnot/{reference}"))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("1 yksittäistä tietoa"), "the request says how many items, not what they hold");
        approve(&app, &officer, &reference).await;
        let left: Vec<i64> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT o.id FROM other_data o JOIN customers c ON c.id = o.customer_id WHERE c.customer_number = $1 ORDER BY o.id",
        ).bind(MAIJA).fetch_all(pool).await.unwrap());
        assert_eq!(left, items[1..].iter().map(|(id, _)| *id).collect::<Vec<_>>(), "only that item went");
        let places = places_holding(&app.db, &content).await;
        assert!(places.is_empty(), "its content is still in {places:?}");
        let tombstone: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM change_log WHERE entity = 'erasure' AND field = $1 AND new_value = 'erased:1'",
        ).bind(&key).fetch_one(pool).await.unwrap());
        assert_eq!(tombstone, 1);
    }
}

/// A legal hold the DPO placed keeps the customer's data for a legal claim (GDPR Art.
/// 17(3)(e), issue #17): an erasure cannot be approved while it is in force — told
/// beside the outcome — and can once it is lifted.
#[tokio::test]
async fn a_legal_hold_in_force_stops_an_erasure_until_it_is_lifted() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let officer = dpo(&app).await;
        let reference = file(&app, &customer, "poisto", "file_erasure", &[("categories[]", "other_data")]).await;
        let hold: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "INSERT INTO legal_holds (customer_id, reason, ends_on, placed_by, placed_at)
             SELECT c.id, 'Riita laskusta käräjäoikeudessa', $2, a.id, $3 FROM customers c, accounts a
             WHERE c.customer_number = $1 AND a.email = $4 RETURNING id",
        ).bind(MAIJA).bind(chrono::Utc::now().date_naive() + chrono::Duration::days(30)).bind(chrono::Utc::now())
        .bind(DEMO_DPO_EMAIL).fetch_one(pool).await.unwrap());
        let page = format!("/henkilosto/pyynnot/{reference}");
        let form = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Poistettu.")];
        let res = post(&app, &officer, "staff_decide", &page, &form).await;
        let html = crate::requests::error_page(&officer, &res).await;
        assert!(
            html.contains("id=\"outcome-error\"") && html.contains("säilytysvelvoite"),
            "refused beside the outcome"
        );
        let items: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM other_data o JOIN customers c ON c.id = o.customer_id WHERE c.customer_number = $1",
        ).bind(MAIJA).fetch_one(pool).await.unwrap());
        assert!(items > 0, "nothing erased");
        with_db!(&app.db, pool => {
            sqlx::query("UPDATE legal_holds SET lifted_at = $1, lifted_by = placed_by WHERE id = $2")
                .bind(chrono::Utc::now()).bind(hold).execute(pool).await.unwrap();
        });
        approve(&app, &officer, &reference).await;
    }
}
