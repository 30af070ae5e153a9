//! Retention as people meet it (issue #17): the schedule inside `serve` runs the run by
//! itself and once for several instances; staff see the runs, the DPO does a dry run
//! and places and lifts a legal hold from the page (customer service only reads); the
//! customer sees when each record goes and why theirs are kept past their time.

use crate::helpers::{seed_small, spawn_app_on, spawn_app_with, TestApp};
use crate::requests::{error_page, location, post};
use app::ssr::seed::*;
use app::with_db;

const PAGE: &str = "/henkilosto/sailytys";

async fn runs(app: &TestApp) -> Vec<String> {
    with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT DISTINCT run_id FROM retention_reports WHERE NOT dry_run",
    ).fetch_all(pool).await.unwrap())
}

#[tokio::test]
async fn the_schedule_inside_serve_runs_it_once_for_two_instances() {
    for db in crate::helpers::every_backend().await {
        seed_small(&db).await;
        let first = spawn_app_with(db.clone(), |s| s.retention_every_hours = 24).await;
        let mut waited = 0;
        while runs(&first).await.is_empty() {
            assert!(waited < 200, "the scheduled run did not start within 20 s");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            waited += 1;
        }
        // A second instance starting later finds the run done and does not run it again.
        let second = spawn_app_with(db.clone(), |s| s.retention_every_hours = 24).await;
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        assert_eq!(runs(&second).await.len(), 1, "one run for two instances");
        // Staff see it and when the next is due.
        let cs = second.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let (status, html) = second.get_as(&cs, PAGE).await;
        assert_eq!(status, 200);
        assert!(html.contains("24 tunnin välein") && html.contains("Ajo "), "{html}");
    }
}

#[tokio::test]
async fn the_dpo_runs_a_dry_run_and_places_and_lifts_a_legal_hold_the_customer_sees() {
    for db in crate::helpers::every_backend().await {
        seed_small(&db).await;
        let app = spawn_app_on(db).await;
        let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        // Signed in, with the password just confirmed (for the package).
        let maija = crate::export::maija_ready(&app).await;

        // Not scheduled in tests; nothing has run.
        let (status, html) = app.get_as(&dpo, PAGE).await;
        assert_eq!(status, 200);
        assert!(html.contains("ei ajastettu") && html.contains("Säilytysajoa ei ole vielä tehty."));
        assert!(html.contains("Tee koeajo nyt") && html.contains("Aseta pito"), "the DPO's forms");
        // Customer service reads the page but has no forms and may not use them.
        let (status, html) = app.get_as(&cs, PAGE).await;
        assert_eq!(status, 200);
        assert!(!html.contains("Tee koeajo nyt") && !html.contains("Aseta pito"));
        let res = post(&app, &cs, "staff_retention_dry_run", PAGE, &[]).await;
        assert!(res.status() == 403 || location(&res).contains("__err"), "customer service refused");
        // Customers are refused the page.
        assert_eq!(app.get_as(&maija, PAGE).await.0, 403);

        // The dry run: reported, nothing deleted.
        let traffic = |app: &TestApp| {
            let db = app.db.clone();
            async move {
                with_db!(&db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM traffic_records").fetch_one(pool).await.unwrap())
            }
        };
        let before = traffic(&app).await;
        let res = post(&app, &dpo, "staff_retention_dry_run", PAGE, &[]).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=dry-run#tila"));
        assert_eq!(traffic(&app).await, before);
        let (_, html) = app.get_as(&dpo, &format!("{PAGE}?tehty=dry-run")).await;
        assert!(
            html.contains("Koeajo tehty.") && html.contains("Koeajo ") && html.contains("Teletunnistetiedot"),
            "{html}"
        );

        // Bad input: a message beside the field and what was typed kept.
        let reason = "Kuluttajariitalautakunnan käsittely kesken";
        let res = post(
            &app,
            &dpo,
            "staff_place_legal_hold",
            PAGE,
            &[("customer_number", "100001"), ("reason", reason), ("ends_on", "31.12.2027")],
        )
        .await;
        let page = error_page(&dpo, &res).await;
        assert!(page.contains("id=\"ends_on-error\"") && page.contains(reason), "kept and told");
        let res = post(
            &app,
            &dpo,
            "staff_place_legal_hold",
            PAGE,
            &[("customer_number", "999999"), ("reason", reason), ("ends_on", "2027-12-31")],
        )
        .await;
        assert!(error_page(&dpo, &res).await.contains("Tällä numerolla ei ole asiakasta."));
        // Placed on Maija.
        let until = (chrono::Utc::now().date_naive() + chrono::Duration::days(400)).to_string();
        let res = post(
            &app,
            &dpo,
            "staff_place_legal_hold",
            PAGE,
            &[("customer_number", "100001"), ("reason", reason), ("ends_on", &until)],
        )
        .await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=placed#tila"));
        let (_, html) = app.get_as(&cs, PAGE).await;
        assert!(html.contains(reason) && html.contains("100001"), "staff see the hold");
        // Maija sees it where her records carry their day of deletion.
        let (status, html) = app.get_as(&maija, "/oma/tiedot/traffic_data").await;
        assert_eq!(status, 200);
        assert!(html.contains("Poistetaan") && html.contains("12 kuukautta"), "dates and period");
        assert!(html.contains("tietosuojavastaava on asettanut säilytysvelvoitteen") && html.contains(reason));
        // Her package says the same.
        let package = crate::export::package_of(&app, &maija).await;
        let traffic_cat = package["manifest"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "traffic_data")
            .unwrap()
            .clone();
        let retention = &traffic_cat["retention"];
        assert_eq!(retention["period"], "P12M");
        assert!(retention["next_deletion_on"].as_str().is_some_and(|d| d.len() == 10), "{retention}");
        assert!(retention["held_because"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["reason"] == "legal_hold" && h["text"] == reason));

        // Lifted: gone from the page and from Maija's.
        let hold: i64 =
            with_db!(&app.db, pool => sqlx::query_scalar("SELECT id FROM legal_holds").fetch_one(pool).await.unwrap());
        let res = post(&app, &dpo, "staff_lift_legal_hold", PAGE, &[("hold", &hold.to_string())]).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=lifted#tila"));
        let (_, html) = app.get_as(&dpo, PAGE).await;
        assert!(html.contains("Voimassa olevia pitoja ei ole."));
        let (_, html) = app.get_as(&maija, "/oma/tiedot/traffic_data").await;
        assert!(!html.contains(reason));
        let audited: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE action IN ('legal_hold_placed', 'legal_hold_lifted', 'retention_dry_run') ORDER BY id",
        ).fetch_all(pool).await.unwrap());
        assert_eq!(audited, ["retention_dry_run", "legal_hold_placed", "legal_hold_lifted"]);
    }
}

#[tokio::test]
async fn many_open_requests_hold_in_one_line_and_the_package_names_each() {
    for db in crate::helpers::every_backend().await {
        seed_small(&db).await;
        let app = spawn_app_on(db).await;
        // Maija files twelve more questions (a burst, as a script might).
        let now = chrono::Utc::now();
        with_db!(&app.db, pool => {
            let maija: i64 = sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = '100001'")
                .fetch_one(pool).await.unwrap();
            for i in 0..12_i64 {
                let received = now - chrono::Duration::days(30) + chrono::Duration::hours(i);
                sqlx::query(
                    "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details)
                     VALUES ($1, $2, 'question', 'received', $3, $4, '{\"question\":\"q\"}')",
                )
                .bind(format!("TN-2026-{:06}", 900_000 + i)).bind(maija).bind(received)
                .bind(app::domain::clock::due_date(received)).execute(pool).await.unwrap();
            }
        });
        let open: Vec<String> = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT r.reference FROM requests r JOIN customers c ON c.id = r.customer_id
             WHERE c.customer_number = '100001' AND r.status IN ('received', 'in_progress', 'waiting_for_customer', 'extended')
             ORDER BY r.received_at, r.id",
        ).fetch_all(pool).await.unwrap());
        assert!(open.len() >= 12);
        let named = open[..5].join(", ");
        let more = open.len() - 5;

        // Staff see the count, the five oldest by reference and how many more.
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let (status, html) = app.get_as(&cs, "/henkilosto/pyynnot/TN-2026-900011").await;
        assert_eq!(status, 200);
        let line = format!("avoimet pyynnöt ({}): {named} ja {more} muuta", open.len());
        assert!(html.contains(&line), "{line} in the staff page");
        assert!(!html.contains(&open[5]), "the sixth is counted, not named");

        // Maija is told the same on her category page, in her language.
        let maija = crate::export::maija_ready(&app).await;
        let (_, html) = app.get_as(&maija, "/oma/tiedot/traffic_data").await;
        assert!(html.contains(&format!("pyyntösi {named} ja {more} muuta ovat vielä käsittelyssä")), "{html}");
        // Her package names every one of them.
        let package = crate::export::package_of(&app, &maija).await;
        let traffic = package["manifest"]["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "traffic_data")
            .unwrap()
            .clone();
        let mut listed: Vec<String> = traffic["retention"]["held_because"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["reason"] == "open_request")
            .map(|h| h["reference"].as_str().unwrap().to_owned())
            .collect();
        listed.sort();
        let mut all = open.clone();
        all.sort();
        assert_eq!(listed, all);
    }
}
