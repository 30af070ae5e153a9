//! A rectified email address becomes the login address only after a link sent to it is
//! confirmed, and the old address is told (issue #16), on both backends: until then the
//! old address signs in and the new one does not; the link leaves the address bar, works
//! once, and never moves a login onto another account's address.

use crate::helpers::{browser, TestApp};
use crate::recovery::mails;
use crate::requests::{error_page, form_key, location, maija, post, reference_of};
use app::ssr::seed::*;
use app::with_db;

const PAGE: &str = "/osoite/vahvista";
const MATTI_EMAIL: &str = "matti.virtanen@example.fi";

/// Maija asks to rectify her email address to `new` and the DPO approves it.
async fn rectified(app: &TestApp, new: &str) -> String {
    let customer = maija(app).await;
    let (_, key) = form_key(app, &customer, "oikaisu").await;
    let form = [("field", "email"), ("proposed", new), ("reason", "Vaihdoin osoitetta."), ("idempotency_key", &key)];
    let res = post(app, &customer, "file_rectification", "/oma/pyynnot/uusi/oikaisu", &form).await;
    let reference = reference_of(&location(&res));
    let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let decide = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Oikaistu.")];
    let res = post(app, &dpo, "staff_decide", &format!("/henkilosto/pyynnot/{reference}"), &decide).await;
    assert!(location(&res).contains("tehty=approved"), "{}", location(&res));
    app.outbox_drained().await;
    reference
}

/// The mail sent to `to`, of those in the outbox.
async fn mail_to(app: &TestApp, to: &str, containing: &str) -> String {
    for _ in 0..20 {
        if let Some(m) =
            mails(app, 1).await.into_iter().find(|m| m.contains(&format!("To: {to}")) && m.contains(containing))
        {
            return m;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no mail to {to} with {containing:?}");
}

async fn signs_in(app: &TestApp, login: &str) -> bool {
    let res = app.sign_in_with(&browser(), login, DEMO_PRIVATE_PASSWORD).await;
    location(&res) == "/oma"
}

/// Opens the mailed link in a fresh browser: the token leaves the address first.
async fn open_link(app: &TestApp, token: &str) -> reqwest::Client {
    let client = browser();
    let link = client.get(app.url(&format!("{PAGE}?avain={token}"))).send().await.unwrap();
    assert_eq!(link.status(), 303);
    assert_eq!(location(&link), PAGE);
    assert_eq!(link.headers()["referrer-policy"], "no-referrer");
    let (status, page) = app.get_as(&client, PAGE).await;
    assert_eq!(status, 200);
    assert!(page.contains("Vahvista uusi kirjautumisosoite") && !page.contains(token));
    client
}

#[tokio::test]
async fn a_new_login_address_signs_in_only_after_its_link_is_confirmed() {
    for app in crate::helpers::apps_on_every_backend().await {
        confirmed_on(&app).await;
    }
}

async fn confirmed_on(app: &TestApp) {
    let new = "maija.uusi@example.fi";
    rectified(app, new).await;
    // The register's address changed at once; the login waits for the link.
    let contact: Option<String> = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT email FROM customers WHERE customer_number = '100001'",
    ).fetch_one(pool).await.unwrap());
    assert_eq!(contact.as_deref(), Some(new));
    let confirm = mail_to(app, new, "/osoite/vahvista?avain=").await;
    let at = confirm.find("/osoite/vahvista?avain=").unwrap() + "/osoite/vahvista?avain=".len();
    let token = confirm[at..at + 64].to_owned();
    let notice = mail_to(app, DEMO_PRIVATE_EMAIL, "Subject:").await;
    assert!(!notice.contains("avain=") && !notice.contains(new), "the old address gets no link and no new address");
    let stored: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar("SELECT code_hash FROM login_email_changes")
        .fetch_all(pool).await.unwrap());
    assert!(stored.len() == 1 && stored[0] != token, "only a hash of the token is kept");
    assert!(signs_in(app, DEMO_PRIVATE_EMAIL).await, "the old login works until the new one is confirmed");
    assert!(!signs_in(app, new).await, "the new address does not sign in before it is confirmed");

    let client = open_link(app, &token).await;
    let res = post(app, &client, "confirm_login_email", PAGE, &[]).await;
    assert_eq!(location(&res), format!("{PAGE}?valmis=1"));
    let (_, done) = app.get_as(&client, &format!("{PAGE}?valmis=1")).await;
    assert!(done.contains("Kirjautumisosoitteesi on vaihdettu"));
    assert!(signs_in(app, new).await, "the confirmed address signs in");
    assert!(!signs_in(app, DEMO_PRIVATE_EMAIL).await, "the old one no longer does");
    let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log l JOIN customers c ON c.id = l.customer_id
         WHERE l.action = 'login_email_changed' AND c.customer_number = '100001' AND l.detail IS NULL",
    ).fetch_one(pool).await.unwrap());
    assert_eq!(audited, 1, "audited once, without the address");
    // The link works once.
    let again = open_link(app, &token).await;
    let res = post(app, &again, "confirm_login_email", PAGE, &[]).await;
    let page = error_page(&again, &res).await;
    assert!(page.contains("vanhentunut tai jo käytetty") && page.contains("ei ole muuttunut"));
    // She sees the change among what the portal holds about her.
    let customer = app.signed_in(new, DEMO_PRIVATE_PASSWORD).await;
    let (_, portal) = app.get_as(&customer, "/oma/tiedot/portal").await;
    assert!(portal.contains("Uudet kirjautumisosoitteet") && portal.contains(new));
}

#[tokio::test]
async fn a_login_never_moves_onto_another_accounts_address() {
    for app in crate::helpers::apps_on_every_backend().await {
        rectified(&app, MATTI_EMAIL).await;
        let confirm = mail_to(&app, MATTI_EMAIL, "/osoite/vahvista?avain=").await;
        let at = confirm.find("/osoite/vahvista?avain=").unwrap() + "/osoite/vahvista?avain=".len();
        let client = open_link(&app, &confirm[at..at + 64]).await;
        let res = post(&app, &client, "confirm_login_email", PAGE, &[]).await;
        let page = error_page(&client, &res).await;
        assert!(page.contains("kirjaudutaan jo toiseen Tietoni-tunnukseen"), "told why");
        assert!(signs_in(&app, DEMO_PRIVATE_EMAIL).await, "Maija still signs in as before");
        let logins: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT email FROM accounts WHERE LOWER(email) = LOWER($1)",
        ).bind(MATTI_EMAIL).fetch_all(pool).await.unwrap());
        assert_eq!(logins.len(), 1, "one account per login address");
    }
}
