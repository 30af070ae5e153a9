//! The record of processing activities (GDPR Art. 30, issue #20): the DPO reads it as a
//! page in their language and downloads it as JSON in any language; nobody else may; it
//! is generated from the register file the portal serves and sums the log of
//! disclosures by recipient class.

use crate::helpers::{browser, spawn_app};
use crate::requests::location;
use app::ssr::seed::*;
use reqwest::header::{ACCEPT, CONTENT_DISPOSITION};

#[tokio::test]
async fn the_dpo_reads_the_record_and_downloads_it_as_json_and_nobody_else_may() {
    let app = spawn_app().await;
    let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    let res = dpo.get(app.url("/henkilosto/seloste")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    for expected in [
        "Seloste käsittelytoimista",
        "ElmoNet Oy (0215655-1)",
        "Teletunnistetiedot",
        "Yritysasiakkaiden yhteyshenkilöt",
        "12 kuukautta (tiedon ajankohdasta)",
        "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        "/henkilosto/seloste.json?kieli=en",
        // The log of disclosures, summed by class: the demo's one to the police.
        "Toteutuneet luovutukset vastaanottajaryhmittäin",
        "Sisä-Suomen poliisilaitos",
    ] {
        assert!(html.contains(expected), "the page lacks {expected:?}");
    }

    let res = dpo.get(app.url("/henkilosto/seloste.json?kieli=en")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()[CONTENT_DISPOSITION], "attachment; filename=\"seloste-kasittelytoimista-en.json\"");
    let record: serde_json::Value = res.json().await.unwrap();
    assert_eq!(record["register_name"], "ElmoNet Oy's general customer register");
    assert_eq!(record["categories"].as_array().unwrap().len(), 12);
    assert_eq!(record["transfers_outside_eea"], false);
    let traffic = record["retention"].as_array().unwrap().iter().find(|r| r["id"] == "traffic_data").unwrap();
    assert_eq!((traffic["period"].as_str(), traffic["runs_from"].as_str()), (Some("P12M"), Some("record")));
    let made = record["disclosures_made"].as_array().unwrap();
    assert_eq!(made.len(), 1, "{made:?}");
    assert_eq!((made[0]["recipient_class"].as_str(), made[0]["disclosures"].as_i64()), (Some("authorities"), Some(1)));
    assert_eq!(made[0]["recipients"], serde_json::json!(["Sisä-Suomen poliisilaitos"]));
    assert_eq!(dpo.get(app.url("/henkilosto/seloste.json?kieli=de")).send().await.unwrap().status(), 400);

    // Customer service and customers are refused; an anonymous browser is sent to sign in.
    let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
    assert_eq!(cs.get(app.url("/henkilosto/seloste")).send().await.unwrap().status(), 403);
    assert_eq!(cs.get(app.url("/henkilosto/seloste.json")).send().await.unwrap().status(), 403);
    let maija = app.signed_in(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    assert_eq!(maija.get(app.url("/henkilosto/seloste.json")).send().await.unwrap().status(), 403);
    assert_eq!(reqwest::Client::new().get(app.url("/henkilosto/seloste.json")).send().await.unwrap().status(), 401);
    let res = browser().get(app.url("/henkilosto/seloste.json")).header(ACCEPT, "text/html").send().await.unwrap();
    assert!(location(&res).starts_with("/kirjaudu?jatka="), "{}", location(&res));
}
