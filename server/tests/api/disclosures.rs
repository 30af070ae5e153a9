//! The log of actual disclosures (GDPR Art. 15(1)(c), 19; issue #16): staff record one
//! with a plain form (bad input told beside the field, nothing typed lost), the record
//! is audited, and the customer finds it on "My data" and in the package.

use crate::helpers::apps_on_every_backend;
use crate::requests::{error_page, location, post};
use app::ssr::seed::*;
use app::with_db;

const PAGE: &str = "/henkilosto/luovutukset";

#[tokio::test]
async fn staff_record_a_disclosure_the_customer_sees_with_the_seeded_one() {
    for app in apps_on_every_backend().await {
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let form = |date: &'static str, class: &'static str, number: &'static str| {
            vec![
                ("customer_number", number),
                ("recipient_class", class),
                ("recipient_name", "Perintä Oy Esimerkki"),
                ("categories[]", "basic"),
                ("categories[]", "billing"),
                ("legal_basis", "contract"),
                ("reference", "P-2026-77"),
                ("notify_email", "Tietosuoja@Perinta.example"),
                ("disclosed_on", date),
            ]
        };
        let bad_address: Vec<(&str, &str)> = form("2026-11-01", "subcontractors", "100001")
            .into_iter()
            .map(
                |(name, value)| {
                    if name == "notify_email" {
                        (name, "tietosuoja.perinta.example")
                    } else {
                        (name, value)
                    }
                },
            )
            .collect();
        // Bad input: the message beside the field, the typed name kept.
        for (bad, field, message) in [
            (
                form("2999-01-01", "subcontractors", "100001"),
                "disclosed_on",
                "Luovutuspäivä ei voi olla tulevaisuudessa.",
            ),
            (form("2026-11-01", "nobody", "100001"), "recipient_class", "Valitse vastaanottajaryhmä."),
            (form("2026-11-01", "subcontractors", "999999"), "customer_number", "Tällä numerolla ei ole asiakasta."),
            (bad_address, "notify_email", "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi."),
        ] {
            let res = post(&app, &cs, "staff_record_disclosure", PAGE, &bad).await;
            let page = error_page(&cs, &res).await;
            assert!(page.contains(&format!("id=\"{field}-error\"")) && page.contains(message), "{field}");
            assert!(page.contains("value=\"Perintä Oy Esimerkki\""), "the name is kept");
        }
        // No class and no basis chosen at all (radio groups left empty send nothing).
        let unchosen: Vec<(&str, &str)> = form("2026-11-01", "subcontractors", "100001")
            .into_iter()
            .filter(|(name, _)| *name != "recipient_class" && *name != "legal_basis")
            .collect();
        let res = post(&app, &cs, "staff_record_disclosure", PAGE, &unchosen).await;
        let page = error_page(&cs, &res).await;
        assert!(page.contains("id=\"recipient_class-error\"") && page.contains("Valitse vastaanottajaryhmä."));
        let res =
            post(&app, &cs, "staff_record_disclosure", PAGE, &form("2026-11-01", "subcontractors", "100001")).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=recorded#tila"));
        let html = cs.get(app.url(PAGE)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Perintä Oy Esimerkki") && html.contains("Sisä-Suomen poliisilaitos"));
        // The address for Art. 19 notices, kept with the disclosure (its domain in lower case).
        assert!(html.contains("Ilmoitukset muutoksista: Tietosuoja@perinta.example"), "staff see the address");
        let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'disclosure_recorded' AND detail NOT LIKE '%Perint%'",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(audited, 1, "audited, without the recipient's text");

        // Maija sees both on "My data", and in her package.
        let maija = crate::export::maija_ready(&app).await;
        let page = maija.get(app.url("/oma/tiedot")).send().await.unwrap().text().await.unwrap();
        for expected in [
            "Kenelle tietojasi on luovutettu",
            "Perintä Oy Esimerkki",
            "P-2026-77",
            "Sisä-Suomen poliisilaitos",
            "5500/R/12345/26",
        ] {
            assert!(page.contains(expected), "{expected}");
        }
        assert!(!page.contains("perinta.example"), "the recipient's address is for staff");
        let package = crate::export::package_of(&app, &maija).await;
        let disclosed = package["data"]["disclosures"]["disclosures"].as_array().unwrap();
        assert_eq!(disclosed.len(), 2);
        assert_eq!(disclosed[1]["recipient_name"], "Perintä Oy Esimerkki");
        assert_eq!(disclosed[1]["categories"], "basic,billing");
        let schema: serde_json::Value = serde_json::from_str(app::ssr::export::SCHEMA_FILE).unwrap();
        let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
        assert!(validator.is_valid(&package), "the package validates");
        // Matti has none and is told so.
        let matti = app.signed_in(DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
        let page = matti.get(app.url("/oma/tiedot")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Tietojasi ei ole luovutettu kenellekään nimetylle vastaanottajalle."));
        // Customers may not record.
        let res =
            post(&app, &matti, "staff_record_disclosure", PAGE, &form("2026-11-01", "subcontractors", "100002")).await;
        assert!(res.status() == 403 || location(&res).contains("__err"));
    }
}

/// While a customer's processing is restricted (GDPR Art. 18(2)), their data may be
/// disclosed only on a legal obligation or with their consent: another basis is refused
/// beside the basis with the reason, nothing typed lost; a disclosure made before the
/// restriction began can still be recorded as it was.
#[tokio::test]
async fn a_restricted_customers_data_is_disclosed_only_as_the_restriction_allows() {
    for app in apps_on_every_backend().await {
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let today = app::domain::clock::helsinki_date(chrono::Utc::now());
        let (restricted_on, before) = (today.to_string(), (today - chrono::Duration::days(3)).to_string());
        // Matti's processing restricted today, as a decided restriction writes it.
        with_db!(&app.db, pool => {
            sqlx::query("UPDATE customers SET processing_restricted = TRUE WHERE customer_number = '100002'")
                .execute(pool).await.unwrap();
            sqlx::query(
                "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, source)
                 SELECT id, 'customers', id, 'processing_restricted', 'false', 'true', $1, 'staff', 'request'
                 FROM customers WHERE customer_number = '100002'",
            ).bind(chrono::Utc::now()).execute(pool).await.unwrap();
        });
        let form = |basis: &'static str, day: &str, class: &'static str| {
            vec![
                ("customer_number", "100002".to_owned()),
                ("recipient_class", class.to_owned()),
                ("recipient_name", "Kumppani Oy".to_owned()),
                ("categories[]", "basic".to_owned()),
                ("legal_basis", basis.to_owned()),
                ("disclosed_on", day.to_owned()),
            ]
        };
        let send = |form: Vec<(&'static str, String)>| {
            let (app, cs) = (&app, &cs);
            async move {
                let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
                post(app, cs, "staff_record_disclosure", PAGE, &form).await
            }
        };
        let count = || async {
            with_db!(&app.db, pool => sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM disclosures d JOIN customers c ON c.id = d.customer_id WHERE c.customer_number = '100002'",
            ).fetch_one(pool).await.unwrap())
        };
        let held = count().await;
        for basis in ["contract", "legitimate_interest"] {
            let res = send(form(basis, &restricted_on, "marketing_partners")).await;
            let page = error_page(&cs, &res).await;
            assert!(page.contains("id=\"legal_basis-error\""), "{basis}: refused beside the basis");
            assert!(page.contains("oli rajoitettu luovutuspäivänä"), "{basis}: the reason");
            assert!(page.contains("value=\"Kumppani Oy\""), "the name is kept");
        }
        assert_eq!(count().await, held, "nothing recorded");
        // Allowed: an authority's request on a legal obligation, and what was disclosed
        // before the restriction began.
        let res = send(form("legal_obligation", &restricted_on, "authorities")).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=recorded#tila"));
        let res = send(form("contract", &before, "marketing_partners")).await;
        assert_eq!(location(&res), format!("{PAGE}?tehty=recorded#tila"));
        assert_eq!(count().await, held + 2);
    }
}
