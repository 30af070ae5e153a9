//! Rectification of every field the customer gave (GDPR Art. 16, issue #16), on both
//! backends: besides the basic data, the role and position of a role at a business
//! customer and each item of other data. The form lists the customer's own records with
//! their values; an approved request writes the record and its change-log row; another
//! customer's record, or a record field without its record, is refused.

use crate::helpers::TestApp;
use crate::requests::{form_key, location, maija, post, reference_of};
use app::ssr::seed::*;
use app::with_db;

const MATTI_EMAIL: &str = "matti.virtanen@example.fi";
const MATTI_PASSWORD: &str = "Demo-tunnuslause-2";

async fn file(app: &TestApp, customer: &reqwest::Client, field: &str, proposed: &str) -> reqwest::Response {
    let (_, key) = form_key(app, customer, "oikaisu").await;
    let form =
        [("field", field), ("proposed", proposed), ("reason", "Tieto on vanhentunut."), ("idempotency_key", &key)];
    post(app, customer, "file_rectification", "/oma/pyynnot/uusi/oikaisu", &form).await
}

async fn approve(app: &TestApp, reference: &str) -> String {
    let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let page = format!("/henkilosto/pyynnot/{reference}");
    let (_, html) = app.get_as(&dpo, &page).await;
    let form = [("reference", reference), ("outcome", "approve"), ("reason", "Korjattu.")];
    let res = post(app, &dpo, "staff_decide", &page, &form).await;
    assert!(location(&res).contains("tehty=approved"), "{}", location(&res));
    html
}

/// The change-log row of a decided rectification: (entity, entity id, field, old, new).
async fn logged(app: &TestApp, reference: &str) -> (String, i64, String, Option<String>, Option<String>) {
    with_db!(&app.db, pool => sqlx::query_as(
        "SELECT l.entity, l.entity_id, l.field, l.old_value, l.new_value FROM change_log l
         JOIN requests r ON r.id = l.request_id WHERE r.reference = $1",
    ).bind(reference).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn a_role_at_a_business_and_an_item_of_other_data_can_be_rectified() {
    for app in crate::helpers::apps_on_every_backend().await {
        // Matti's position at the company he works for.
        let (role_id, position): (i64, String) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT r.id, r.position FROM business_roles r JOIN customers c ON c.id = r.customer_id
             WHERE c.customer_number = '100002' ORDER BY r.id LIMIT 1",
        ).fetch_one(pool).await.unwrap());
        let matti = app.signed_in(MATTI_EMAIL, MATTI_PASSWORD).await;
        let (form, _) = form_key(&app, &matti, "oikaisu").await;
        let key = format!("business_position:{role_id}");
        assert!(form.contains(&format!("value=\"{key}\"")), "the form offers his role's position");
        assert!(form.contains(&position), "with its value now");
        let res = file(&app, &matti, &key, "Talousjohtaja").await;
        let reference = reference_of(&location(&res));
        let staff_page = approve(&app, &reference).await;
        assert!(staff_page.contains("Asema yrityksessä") && staff_page.contains(&position), "staff see the value now");
        let now: String = with_db!(&app.db, pool => sqlx::query_scalar("SELECT position FROM business_roles WHERE id = $1")
            .bind(role_id).fetch_one(pool).await.unwrap());
        assert_eq!(now, "Talousjohtaja");
        assert_eq!(
            logged(&app, &reference).await,
            ("business_roles".into(), role_id, "position".into(), Some(position), Some("Talousjohtaja".into()))
        );

        // An item of other data Maija gave.
        let customer = maija(&app).await;
        let (item, content): (i64, String) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT o.id, o.content FROM other_data o JOIN customers c ON c.id = o.customer_id
             WHERE c.customer_number = '100001' ORDER BY o.id LIMIT 1",
        ).fetch_one(pool).await.unwrap());
        let res = file(&app, &customer, &format!("other_data:{item}"), "Asennus arkisin klo 8–16").await;
        let reference = reference_of(&location(&res));
        approve(&app, &reference).await;
        let (entity, id, field, old, new) = logged(&app, &reference).await;
        assert_eq!((entity.as_str(), id, field.as_str()), ("other_data", item, "content"));
        assert_eq!((old, new.as_deref()), (Some(content), Some("Asennus arkisin klo 8–16")));

        // Matti's record is not Maija's to rectify, and a record field needs its record.
        let requests = || async {
            with_db!(&app.db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM requests").fetch_one(pool).await.unwrap())
        };
        let before = requests().await;
        for field in [key.as_str(), "business_position", "phone:1", "other_data:x"] {
            let res = file(&app, &customer, field, "Toimitusjohtaja").await;
            assert!(location(&res).contains("__err"), "{field} refused: {}", location(&res));
        }
        assert_eq!(requests().await, before, "nothing filed");
    }
}
