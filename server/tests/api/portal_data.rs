//! The portal's own data about a customer (register category `portal`, issue #16), on
//! both backends: the account, sessions, every event of the audit log about them or
//! done with their account (failed sign-ins included, every staff look, paged), the
//! mails written to them — on "My data" and in the package, with the manifest naming
//! the register, the rights, the supervisory authority and the transfers; nothing of
//! another customer's.

use crate::helpers::{browser, TestApp};
use crate::requests::{form_key, location, maija, post, reference_of};
use app::ssr::audit::{self, Actor, Entry};
use app::ssr::seed::*;
use app::with_db;

const MATTI_EMAIL: &str = "matti.virtanen@example.fi";
const MATTI_PASSWORD: &str = "Demo-tunnuslause-2";
const PORTAL: &str = "/oma/tiedot/portal";

async fn ids_of(app: &TestApp, customer_number: &str) -> (app::domain::CustomerId, app::domain::AccountId) {
    with_db!(&app.db, pool => sqlx::query_as(
        "SELECT c.id, a.id FROM customers c JOIN accounts a ON a.customer_id = c.id WHERE c.customer_number = $1",
    ).bind(customer_number).fetch_one(pool).await.unwrap())
}

/// The customer's events as the category counts them (the same rule, written out).
async fn events_of(app: &TestApp, customer: app::domain::CustomerId, account: app::domain::AccountId) -> i64 {
    with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE customer_id = $1
           OR (actor_id = $2 AND actor_kind IN ('customer', 'anonymous', 'system'))",
    ).bind(customer).bind(account).fetch_one(pool).await.unwrap())
}

/// The rows of the page's last table (the events; the only table after the first page).
fn body_rows(html: &str) -> usize {
    let last = html.rfind("<tbody>").map_or("", |at| &html[at..]);
    last[..last.find("</tbody>").unwrap_or(0)].matches("<tr>").count()
}

#[tokio::test]
async fn a_customer_sees_and_takes_everything_the_portal_holds_about_them() {
    for app in crate::helpers::apps_on_every_backend().await {
        portal_data_on(&app).await;
    }
}

async fn portal_data_on(app: &TestApp) {
    let (maija_id, maija_account) = ids_of(app, "100001").await;
    // Older events, enough for a second page of the newest-first list.
    for i in 0..120 {
        let at = chrono::Utc::now() - chrono::Duration::days(2) - chrono::Duration::minutes(i);
        let entry = Entry {
            at: Some(at),
            ..Entry::new(Actor::Customer, Some(maija_account), "consent_changed").customer(Some(maija_id))
        };
        audit::record(&app.db, entry).await.unwrap();
    }
    // A wrong password (the account, not yet the customer), then the right one.
    let res = browser()
        .post(app.url("/api/sign_in"))
        .form(&[("login", DEMO_PRIVATE_EMAIL), ("password", "väärä-salasana-1")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302);
    let customer = maija(app).await;
    let matti = app.signed_in(MATTI_EMAIL, MATTI_PASSWORD).await;
    let (_, key) = form_key(app, &customer, "kysymys").await;
    let form = [("kind", "question"), ("text", "Mitä tietoja teillä on minusta?"), ("idempotency_key", &key)];
    let res = post(app, &customer, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form).await;
    let reference = reference_of(&location(&res));
    let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let (status, _) = app.get_as(&dpo, &format!("/henkilosto/pyynnot/{reference}")).await;
    assert_eq!(status, 200);
    let dpo_id: i64 = with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(DEMO_DPO_EMAIL).fetch_one(pool).await.unwrap());

    // "My data" lists the category with its count, and its page shows each kind of data.
    let (_, overview) = app.get_as(&customer, "/oma/tiedot").await;
    assert!(overview.contains(&format!(r#"href="{PORTAL}""#)), "the overview links the portal's data");
    let (status, page) = app.get_as(&customer, PORTAL).await;
    assert_eq!(status, 200);
    for expected in [
        "Tietoni-palvelun tiedot",
        "<caption>Käyttäjätilisi</caption>",
        DEMO_PRIVATE_EMAIL,
        "Epäonnistuneita kirjautumisia peräkkäin",
        "Voimassa olevat istuntosi",
        "Epäonnistunut kirjautuminen",
        "Kirjautumaton käyttäjä tunnuksellasi",
        "Kirjautuminen",
        "Pyyntö jätettiin",
        "Henkilöstö katsoi tietojasi",
        &format!("Tietosuojavastaava H-{dpo_id:04}"),
        reference.as_str(),
        "Vastaanottokuittaus pyynnöstä",
        "Ilmoitukset tietojesi vastaanottajille",
        r#"rel="next""#,
    ] {
        assert!(page.contains(expected), "the page lacks {expected:?}");
    }
    assert!(!page.contains(MATTI_EMAIL) && !page.contains("Virtanen"), "nothing of Matti's");
    assert!(!page.contains("Tietosuojavastaava (demo)"), "staff appear by role and number, never by name");

    // The second page continues below the first, with the rest of the events only.
    let next = page.split(r#"rel="next""#).next().unwrap();
    let next = &next[next.rfind("href=\"").unwrap() + 6..];
    let next = next[..next.find('"').unwrap()].replace("&amp;", "&");
    assert!(next.starts_with(&format!("{PORTAL}?jalkeen=")), "{next}");
    let (_, second) = app.get_as(&customer, &next).await;
    let events = events_of(app, maija_id, maija_account).await;
    assert!(events > 120, "{events}");
    assert_eq!(body_rows(&page), 100, "a full first page");
    assert_eq!(body_rows(&second) as i64, events - 100, "the second page holds the rest");
    assert!(second.contains("Markkinointilupaa muutettiin"), "the older events");
    assert!(!second.contains(r#"rel="next""#), "no third page");
    assert!(!second.contains("<caption>Käyttäjätilisi</caption>"), "the account on the first page only");
    // A cursor that is another customer's event shows nothing.
    let (matti_id, _) = ids_of(app, "100002").await;
    let theirs: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT MAX(id) FROM audit_log WHERE customer_id = $1 OR actor_id = (SELECT id FROM accounts WHERE customer_id = $1)",
    ).bind(matti_id).fetch_one(pool).await.unwrap());
    let (_, foreign) = app.get_as(&customer, &format!("{PORTAL}?jalkeen={theirs}")).await;
    assert_eq!(body_rows(&foreign), 0);
    let (_, matti_page) = app.get_as(&matti, PORTAL).await;
    assert!(!matti_page.contains(DEMO_PRIVATE_EMAIL) && !matti_page.contains(&reference));

    // The package carries every record of it, valid against the schema, with the
    // register, the rights, the supervisory authority and the transfers in its manifest.
    let client = crate::export::maija_ready(app).await;
    // Read after the package's own re-authentication (the download's own row comes after).
    let events = events_of(app, maija_id, maija_account).await;
    let package = crate::export::package_of(app, &client).await;
    let schema: serde_json::Value = serde_json::from_str(app::ssr::export::SCHEMA_FILE).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(&package).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let manifest = &package["manifest"];
    assert_eq!(manifest["register_name"]["fi"], "ElmoNet Oy:n yleinen asiakasrekisteri");
    assert_eq!(manifest["rights"].as_array().unwrap().len(), 7);
    assert_eq!(manifest["supervisory_authority"]["url"], "https://tietosuoja.fi");
    assert_eq!(manifest["transfers_outside_eea"], false);
    let portal = &package["data"]["portal"];
    assert_eq!(portal["portal_account"][0]["login_email"], DEMO_PRIVATE_EMAIL);
    assert!(portal["portal_sessions"].as_array().unwrap().len() >= 2, "this session and the earlier one");
    let listed = portal["portal_events"].as_array().unwrap();
    assert_eq!(listed.len() as i64, events);
    assert!(listed.iter().any(|e| e["action"] == "sign_in_failed" && e["actor_kind"] == "anonymous"));
    let look = listed
        .iter()
        .find(|e| e["action"] == "view_customer_data" && e["request_reference"] == reference.as_str())
        .expect("the DPO's look");
    assert_eq!(look["staff_role"], "dpo");
    assert_eq!(look["staff_ref"], format!("H-{dpo_id:04}"));
    let mails = portal["portal_mails"].as_array().unwrap();
    assert!(mails.iter().any(|m| m["template"] == "request-mail-received"), "{mails:?}");
    let count = manifest["categories"].as_array().unwrap().iter().find(|c| c["id"] == "portal").unwrap();
    // "My data" counts what the package lists, its events by the rule written out here
    // (its count is written apart, as a sum of index ranges, for speed).
    let counted = app::ssr::my_data::counts(&app.db, maija_id).await.unwrap();
    let portal_count = counted.iter().find(|(c, _)| c == "portal").unwrap().1;
    let listed: usize = portal
        .as_object()
        .unwrap()
        .iter()
        .filter(|(name, _)| *name != "portal_events")
        .map(|(_, rows)| rows.as_array().unwrap().len())
        .sum();
    assert!(listed >= 2, "the account and a session at least");
    assert_eq!(portal_count, events_of(app, maija_id, maija_account).await + listed as i64, "the overview's count");
    assert_eq!(count["legal_bases"][0]["id"], "legal_obligation");
    assert_eq!(count["retention"]["id"], "portal_use");
}
