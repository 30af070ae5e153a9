//! Staff accounts governed by the DPO (issue #20): roles changed, accounts deactivated
//! and reactivated, by the DPO alone and never on their own account; a deactivation ends
//! the account's sessions at once and refuses its sign-in, while its past actions stay
//! attributed. Every change is audited.

use crate::helpers::{browser, TestApp};
use crate::requests::{error_page, location, post};
use app::ssr::seed::*;
use app::with_db;

const PAGE: &str = "/henkilosto/tunnukset";

async fn id_of(app: &TestApp, email: &str) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(pool).await.unwrap())
}

async fn role_and_disabled(app: &TestApp, id: i64) -> (String, bool) {
    with_db!(&app.db, pool => sqlx::query_as("SELECT role, disabled FROM accounts WHERE id = $1").bind(id).fetch_one(pool).await.unwrap())
}

async fn signed_in(app: &TestApp, email: &str, password: &str) -> reqwest::Client {
    let client = browser();
    let res = app.sign_in_with(&client, email, password).await;
    assert_eq!(location(&res), "/henkilosto", "{email} signs in");
    client
}

#[tokio::test]
async fn the_dpo_changes_roles_and_deactivates_accounts_whose_sessions_end_at_once() {
    for app in crate::helpers::apps_on_every_backend().await {
        accounts_on(&app).await;
    }
}

async fn accounts_on(app: &TestApp) {
    let dpo = signed_in(app, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let cs = signed_in(app, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let (dpo_id, cs_id) = (id_of(app, DEMO_DPO_EMAIL).await, id_of(app, DEMO_SERVICE_EMAIL).await);
    let (cs_s, dpo_s) = (cs_id.to_string(), dpo_id.to_string());

    // The list: every staff account, the DPO's own without forms, no customers.
    let html = dpo.get(app.url(PAGE)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains(DEMO_SERVICE_EMAIL) && html.contains(DEMO_DPO_EMAIL) && !html.contains(DEMO_PRIVATE_EMAIL));
    assert!(html.contains("Oma tunnuksesi") && html.contains("Poista käytöstä: "), "forms for the others only");
    // Customer service may neither see nor change it.
    assert_eq!(cs.get(app.url(PAGE)).send().await.unwrap().status(), 403);
    let res = post(app, &cs, "staff_set_active", PAGE, &[("account", &dpo_s), ("active", "false")]).await;
    assert!(location(&res).contains("__err") || res.status() == 403, "customer service refused");
    assert_eq!(role_and_disabled(app, dpo_id).await, ("dpo".into(), false));
    // The DPO cannot change their own account.
    let res = post(app, &dpo, "staff_set_active", PAGE, &[("account", &dpo_s), ("active", "false")]).await;
    assert!(location(&res).contains("__err"), "own account: {}", location(&res));
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &dpo_s), ("role", "customer_service")]).await;
    assert!(location(&res).contains("__err"));
    assert_eq!(role_and_disabled(app, dpo_id).await, ("dpo".into(), false));
    // Not a staff role, not a staff account.
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "customer")]).await;
    assert!(location(&res).contains("__err"));
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "root")]).await;
    assert!(error_page(&dpo, &res).await.contains("Valitse rooli."), "a role that does not exist");
    let maija = id_of(app, DEMO_PRIVATE_EMAIL).await.to_string();
    let res = post(app, &dpo, "staff_set_active", PAGE, &[("account", &maija), ("active", "false")]).await;
    assert!(location(&res).contains("__err"), "a customer's account is not staff");

    // A role changed and back, each audited.
    let res = post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "dpo")]).await;
    assert_eq!(location(&res), format!("{PAGE}?tehty=role#tila"));
    assert_eq!(role_and_disabled(app, cs_id).await, ("dpo".into(), false));
    post(app, &dpo, "staff_set_role", PAGE, &[("account", &cs_s), ("role", "customer_service")]).await;
    assert_eq!(role_and_disabled(app, cs_id).await, ("customer_service".into(), false));

    // Deactivated while signed in: the next page is the sign-in page, signing in fails,
    // and what the account did stays in its name.
    let before: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1")
        .bind(cs_id).fetch_one(pool).await.unwrap());
    assert!(before > 0);
    let res = post(app, &dpo, "staff_set_active", PAGE, &[("account", &cs_s), ("active", "false")]).await;
    assert_eq!(location(&res), format!("{PAGE}?tehty=deactivated#tila"));
    let sessions: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE account_id = $1")
        .bind(cs_id).fetch_one(pool).await.unwrap());
    assert_eq!(sessions, 0, "its sessions ended");
    let res = cs.get(app.url("/henkilosto")).send().await.unwrap();
    assert!(location(&res).starts_with("/kirjaudu"), "the old session is gone: {}", location(&res));
    let res = app.sign_in_with(&browser(), DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_ne!(location(&res), "/henkilosto", "a deactivated account cannot sign in");
    let after: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1")
        .bind(cs_id).fetch_one(pool).await.unwrap());
    assert!(after >= before, "its past actions stay attributed");
    let html = dpo.get(app.url(PAGE)).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Poistettu käytöstä") && html.contains("Ota käyttöön: "));

    // Reactivated: it signs in again.
    post(app, &dpo, "staff_set_active", PAGE, &[("account", &cs_s), ("active", "true")]).await;
    signed_in(app, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    let changes: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'staff_account_changed' AND actor_id = $1 ORDER BY id",
    ).bind(dpo_id).fetch_all(pool).await.unwrap());
    let expected: Vec<String> = ["role=dpo", "role=customer_service", "deactivated", "activated"]
        .iter()
        .map(|what| format!("account={cs_id}/{what}"))
        .collect();
    assert_eq!(changes, expected);
}
