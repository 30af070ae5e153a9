//! Objections to processing (GDPR Art. 21, issue #16): an approved objection stops the
//! purposes objected to — recorded as an event, shown to the customer, and enforced by
//! every selection of customers for those purposes — and a restricted customer is in no
//! selection at all. Direct marketing objections become a prohibition on every channel.

use crate::helpers::TestApp;
use crate::requests::{form_key, location, maija, post, reference_of};
use app::domain::{ConsentChannel, ConsentPurpose};
use app::ssr::seed::*;
use app::ssr::selections::{for_purpose, marketing_audience};
use app::with_db;

const MAIJA: &str = "100001";

async fn file_objection(app: &TestApp, customer: &reqwest::Client, purposes: &[&str]) -> String {
    let (_, key) = form_key(app, customer, "vastustus").await;
    let mut form: Vec<(&str, &str)> = purposes.iter().map(|p| ("purposes[]", *p)).collect();
    form.push(("grounds", "En halua, että tietojani käytetään tähän."));
    form.push(("idempotency_key", &key));
    let res = post(app, customer, "file_objection", "/oma/pyynnot/uusi/vastustus", &form).await;
    reference_of(&location(&res))
}

async fn decide(app: &TestApp, officer: &reqwest::Client, reference: &str) -> reqwest::Response {
    let page = format!("/henkilosto/pyynnot/{reference}");
    post(
        app,
        officer,
        "staff_decide",
        &page,
        &[("reference", reference), ("outcome", "approve"), ("reason", "Hyväksytty.")],
    )
    .await
}

async fn dpo(app: &TestApp) -> reqwest::Client {
    let client = crate::helpers::browser();
    app.sign_in_with(&client, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    client
}

fn register() -> app::register::Register {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../register/elmonet.toml");
    app::register::Register::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[tokio::test]
async fn an_approved_objection_stops_its_purposes_and_the_customer_sees_it() {
    for app in crate::helpers::apps_on_every_backend().await {
        objection_on(&app).await;
    }
}

async fn objection_on(app: &TestApp) {
    let register = register();
    let customer = maija(app).await;
    let officer = dpo(app).await;
    for purpose in ["business_planning", "marketing", "service_development"] {
        let selected = for_purpose(&app.db, &register, purpose).await.unwrap();
        assert!(selected.contains(&MAIJA.to_owned()), "before: Maija is selected for {purpose}");
    }
    // The form offers only the purposes open to objection; one resting on the contract
    // is refused even when posted by hand.
    let form = customer.get(app.url("/oma/pyynnot/uusi/vastustus")).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("value=\"business_planning\"") && !form.contains("value=\"billing_and_reporting\""));
    let (_, key) = form_key(app, &customer, "vastustus").await;
    let res = post(
        app,
        &customer,
        "file_objection",
        "/oma/pyynnot/uusi/vastustus",
        &[("purposes[]", "billing_and_reporting"), ("grounds", "Ei."), ("idempotency_key", &key)],
    )
    .await;
    assert!(location(&res).contains("__err"), "a contract purpose cannot be objected to");

    let reference = file_objection(app, &customer, &["business_planning", "marketing"]).await;
    let before = customer.get(app.url("/oma/luvat")).send().await.unwrap().text().await.unwrap();
    assert!(before.contains("Käsittelyn vastustaminen") && !before.contains(&reference));
    let res = decide(app, &officer, &reference).await;
    assert!(location(&res).contains("tehty=approved"), "{}", location(&res));

    // The effect: out of both purposes' selections, still in the one not objected to.
    for purpose in ["business_planning", "marketing"] {
        let selected = for_purpose(&app.db, &register, purpose).await.unwrap();
        assert!(!selected.contains(&MAIJA.to_owned()), "after: Maija is out of {purpose}");
    }
    let still = for_purpose(&app.db, &register, "service_development").await.unwrap();
    assert!(still.contains(&MAIJA.to_owned()), "a purpose not objected to goes on");

    // Recorded as events with the request, shown on the permissions page and in the
    // history, and in the package.
    let events: Vec<(String, String, Option<i64>)> = with_db!(&app.db, pool => sqlx::query_as(
        "SELECT e.purpose, e.action, e.staff_id FROM objection_events e JOIN customers c ON c.id = e.customer_id
         WHERE c.customer_number = $1 ORDER BY e.purpose",
    ).bind(MAIJA).fetch_all(pool).await.unwrap());
    assert_eq!(events.len(), 2);
    assert!(events.iter().all(|(_, action, staff)| action == "upheld" && staff.is_some()));
    let page = customer.get(app.url("/oma/luvat")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("(pyyntö {reference})")), "the page names the request");
    assert!(page.contains("ElmoNetin oikeutettu etu"), "and the legal basis objected to");
    let history =
        customer.get(app.url("/oma/tiedot/marketing_permissions")).send().await.unwrap().text().await.unwrap();
    assert!(history.contains("Vastustus hyväksytty") && history.contains("Yrityksen toiminnan suunnittelu"));

    // Approving it again changes nothing: one event per purpose.
    let again = file_objection(app, &customer, &["business_planning"]).await;
    decide(app, &officer, &again).await;
    let count: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM objection_events e JOIN customers c ON c.id = e.customer_id WHERE c.customer_number = $1",
    ).bind(MAIJA).fetch_one(pool).await.unwrap());
    assert_eq!(count, 2);
}

#[tokio::test]
async fn an_objection_to_direct_marketing_prohibits_it_on_every_channel_but_not_market_research() {
    for app in crate::helpers::apps_on_every_backend().await {
        let customer = maija(&app).await;
        let officer = dpo(&app).await;
        // Maija's demo consents: find a channel where she gets direct marketing and one
        // where she takes part in market research.
        let direct = marketing_audience(&app.db, ConsentPurpose::DirectMarketing, ConsentChannel::Email).await.unwrap();
        let research =
            marketing_audience(&app.db, ConsentPurpose::MarketResearch, ConsentChannel::Phone).await.unwrap();
        assert!(direct.contains(&MAIJA.to_owned()) && research.contains(&MAIJA.to_owned()), "the demo consents");
        let reference = file_objection(&app, &customer, &["direct_marketing"]).await;
        decide(&app, &officer, &reference).await;
        let direct = marketing_audience(&app.db, ConsentPurpose::DirectMarketing, ConsentChannel::Email).await.unwrap();
        assert!(!direct.contains(&MAIJA.to_owned()), "no direct marketing on any channel");
        // Opinion and market research is not direct marketing (the register's
        // exception): the consent still counts.
        let research =
            marketing_audience(&app.db, ConsentPurpose::MarketResearch, ConsentChannel::Phone).await.unwrap();
        assert!(research.contains(&MAIJA.to_owned()), "market research is not blocked by the prohibition");
        let page = customer.get(app.url("/oma/luvat")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Pyyntösi perusteella") || page.contains("Kielletty"), "the prohibition shows");
    }
}

#[tokio::test]
async fn a_restricted_customer_is_in_no_selection() {
    for app in crate::helpers::apps_on_every_backend().await {
        let register = register();
        let everyone = |purpose: &'static str| {
            let (db, register) = (app.db.clone(), register.clone());
            async move { for_purpose(&db, &register, purpose).await.unwrap() }
        };
        assert!(everyone("business_planning").await.contains(&MAIJA.to_owned()));
        with_db!(&app.db, pool => {
            sqlx::query("UPDATE customers SET processing_restricted = TRUE WHERE customer_number = $1")
                .bind(MAIJA).execute(pool).await.unwrap();
        });
        for purpose in register.purposes.iter().map(|p| p.id.as_str()) {
            let selected = for_purpose(&app.db, &register, purpose).await.unwrap();
            assert!(!selected.contains(&MAIJA.to_owned()), "restricted, yet selected for {purpose}");
            assert!(!selected.is_empty(), "others are still selected for {purpose}");
        }
        for purpose in ConsentPurpose::ALL {
            for channel in purpose.channels() {
                let audience = marketing_audience(&app.db, *purpose, *channel).await.unwrap();
                assert!(!audience.contains(&MAIJA.to_owned()), "restricted, yet in {purpose:?}/{channel:?}");
            }
        }
        assert!(matches!(
            for_purpose(&app.db, &register, "no_such_purpose").await,
            Err(app::ssr::selections::SelectionError::UnknownPurpose(_))
        ));
    }
}

/// The operator's way to make a list: `tietoni select` prints what the selection allows
/// and records that a selection was made (purpose and count only).
#[tokio::test]
async fn the_select_command_leaves_out_objectors_and_records_the_selection() {
    let path = std::env::temp_dir().join(format!("tietoni-test-{}.db", uuid::Uuid::new_v4().simple()));
    let url = format!("sqlite:{}", path.display());
    let db = app::ssr::db::Db::connect(&url, 2).await.unwrap();
    server::startup::migrate(&db).await.unwrap();
    crate::helpers::seed_small(&db).await;
    with_db!(&db, pool => {
        sqlx::query(
            "INSERT INTO objection_events (customer_id, purpose, action, occurred_at)
             SELECT id, 'business_planning', 'upheld', CURRENT_TIMESTAMP FROM customers WHERE customer_number = $1",
        ).bind(MAIJA).execute(pool).await.unwrap();
    });
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tietoni"))
            .args(args)
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .env("DATABASE_URL", &url)
            .env("RUST_LOG", "error")
            .output()
            .unwrap()
    };
    let out = run(&["select", "--purpose", "business_planning"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8(out.stdout).unwrap();
    assert!(listed.lines().count() >= 3 && !listed.lines().any(|l| l == MAIJA), "Maija objected: {listed}");
    let out = run(&["select", "--purpose", "service_development"]);
    assert!(String::from_utf8(out.stdout).unwrap().lines().any(|l| l == MAIJA), "not to this one");
    let out = run(&["select", "--purpose", "direct_marketing", "--consent", "market_research", "--channel", "phone"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!run(&["select", "--purpose", "nothing"]).status.success(), "an unknown purpose fails");
    let recorded: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'selection_made' ORDER BY id",
    ).fetch_all(pool).await.unwrap());
    assert_eq!(recorded.len(), 3);
    assert!(recorded[0].starts_with("business_planning/"), "{recorded:?}");
    db.close().await;
    let _ = std::fs::remove_file(&path);
}
