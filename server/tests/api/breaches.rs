//! Personal-data breaches (issue #20, GDPR Art. 33 and 34): the DPO records a breach
//! with a plain form (bad input told beside the field, nothing typed lost), sees the
//! 72-hour clock in Helsinki time, notifies the Ombudsman (with the reasons when late)
//! and Traficom, tells the customers affected — who then see the notice on their own
//! page and get a mail — and closes it, the record kept. Customer service and customers
//! are refused; every change is audited without personal data.

use crate::helpers::{apps_on_every_backend, TestApp};
use crate::requests::{error_page, location, post};
use app::domain::breach::{from_helsinki_local, notify_by, to_helsinki_local};
use app::domain::Lang;
use app::i18n::format_datetime;
use app::ssr::seed::*;
use app::with_db;

const PAGE: &str = "/henkilosto/loukkaukset";

/// The form of a breach the DPO became aware of at `aware_at` (Helsinki wall clock).
fn breach_form<'a>(aware_at: &'a str, risk: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("aware_at", aware_at),
        ("occurred", "Yöllä"),
        ("summary", "Varmuuskopio jäi julkiseen tallennustilaan."),
        ("categories[]", "basic"),
        ("categories[]", "traffic_data"),
        ("people_estimate", "1 200"),
        ("records_estimate", "45000"),
        ("consequences", "Nimet ja osoitteet saattoivat päätyä vääriin käsiin."),
        ("measures", "Tallennustila suljettiin ja pääsyoikeudet tarkistettiin."),
        ("risk", risk),
    ]
}

/// Records a breach; its reference.
async fn record(app: &TestApp, dpo: &reqwest::Client, aware_at: &str, risk: &str) -> String {
    let res = post(app, dpo, "staff_record_breach", PAGE, &breach_form(aware_at, risk)).await;
    let to = location(&res);
    let rest = to.strip_prefix(&format!("{PAGE}/")).unwrap_or_else(|| panic!("not recorded: {to}"));
    assert!(rest.ends_with("?tehty=recorded#tila"), "{to}");
    rest.split('?').next().unwrap().to_owned()
}

async fn audited(app: &TestApp) -> Vec<(String, Option<i64>, Option<String>)> {
    with_db!(&app.db, pool => sqlx::query_as(
        "SELECT action, customer_id, detail FROM audit_log WHERE action LIKE 'breach%' ORDER BY id",
    ).fetch_all(pool).await.unwrap())
}

#[tokio::test]
async fn the_dpo_records_a_breach_and_sees_its_72_hour_clock_in_helsinki_time() {
    for app in apps_on_every_backend().await {
        let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let cs = app.signed_in(DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let maija = app.signed_in(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;

        // Only the DPO: customer service and customers are refused the pages and the forms.
        assert_eq!(app.get_as(&cs, PAGE).await.0, 403);
        assert_eq!(app.get_as(&maija, PAGE).await.0, 403);
        let now = to_helsinki_local(chrono::Utc::now());
        let res = post(&app, &cs, "staff_record_breach", PAGE, &breach_form(&now, "risk")).await;
        assert!(res.status() == 403 || location(&res).contains("__err"), "customer service refused");
        let (status, html) = app.get_as(&dpo, PAGE).await;
        assert_eq!(status, 200);
        assert!(html.contains("Tietoturvaloukkauksia ei ole kirjattu.") && html.contains("Kirjaa loukkaus"));

        // Bad input: the message beside the field, everything typed kept.
        for (aware, risk, people, field, message) in [
            ("2027-03-28T03:30", "risk", "12", "aware_at", "Tätä kellonaikaa ei ole"),
            ("2999-01-01T10:00", "risk", "12", "aware_at", "Aika ei voi olla tulevaisuudessa."),
            ("30.11.2026", "risk", "12", "aware_at", "Anna päivä ja kellonaika"),
            ("2026-11-01T10:00", "", "12", "risk", "Valitse riskin arvio."),
            ("2026-11-01T10:00", "risk", "paljon", "people_estimate", "Anna arvio kokonaislukuna"),
        ] {
            let mut form = breach_form(aware, risk);
            form.retain(|(name, _)| *name != "people_estimate" && !(*name == "risk" && risk.is_empty()));
            form.push(("people_estimate", people));
            let res = post(&app, &dpo, "staff_record_breach", PAGE, &form).await;
            let page = error_page(&dpo, &res).await;
            assert!(page.contains(&format!("id=\"{field}-error\"")) && page.contains(message), "{field}: {message}");
            assert!(page.contains("Varmuuskopio jäi julkiseen tallennustilaan."), "the summary is kept");
        }
        assert!(audited(&app).await.is_empty(), "nothing recorded from bad input");

        // Aware of it 70 hours ago: under two hours left, the deadline in Helsinki time.
        let aware = chrono::Utc::now() - chrono::Duration::hours(70);
        let typed = to_helsinki_local(aware);
        let reference = record(&app, &dpo, &typed, "risk").await;
        assert!(reference.starts_with("LO-20") && reference.ends_with("-0001"), "{reference}");
        let deadline = notify_by(from_helsinki_local(&typed).unwrap());
        let (status, html) = app.get_as(&dpo, &format!("{PAGE}/{reference}")).await;
        assert_eq!(status, 200);
        let clock = format!("ilmoitettava viimeistään {} (jäljellä 1 h)", format_datetime(Lang::Fi, deadline));
        assert!(html.contains(&clock), "{clock} in {html}");
        assert!(html.contains("Varmuuskopio jäi julkiseen tallennustilaan.") && html.contains("1\u{a0}200"));
        // The Ombudsman's text is prepared from the record and the register.
        assert!(
            html.contains("Ilmoitus henkilötietojen tietoturvaloukkauksesta")
                && html.contains("ElmoNet Oy (0215655-1)")
        );
        assert!(html.contains("Tietoryhmät: Perustiedot, Teletunnistetiedot"), "{html}");
        // Across the end of summer time the deadline is an hour earlier by the clock:
        // 72 hours, not three days.
        let late = record(&app, &dpo, "2026-10-23T10:00", "risk").await;
        let (_, html) = app.get_as(&dpo, &format!("{PAGE}/{late}")).await;
        assert!(html.contains("määräaika 26.10.2026 klo 9.00 ylitetty"), "{html}");
        // Both on the list, with the clock; customer service still refused one breach.
        let (_, list) = app.get_as(&dpo, PAGE).await;
        assert!(list.contains(&reference) && list.contains(&late) && list.contains("jäljellä 1 h"));
        assert_eq!(app.get_as(&cs, &format!("{PAGE}/{reference}")).await.0, 403);
        let details: Vec<_> = audited(&app).await.into_iter().map(|(a, c, d)| (a, c, d.unwrap_or_default())).collect();
        assert_eq!(
            details,
            [
                ("breach_recorded".to_owned(), None, format!("breach={reference}/risk=risk")),
                ("breach_recorded".to_owned(), None, format!("breach={late}/risk=risk")),
            ]
        );
    }
}

#[tokio::test]
async fn a_late_notice_needs_its_reasons_and_customers_told_see_the_notice() {
    for app in apps_on_every_backend().await {
        let dpo = app.signed_in(DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let maija = app.signed_in(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
        let matti = app.signed_in(DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
        let reference = record(&app, &dpo, "2026-10-23T10:00", "high").await;
        let page = format!("{PAGE}/{reference}");
        let notify = |authority: &'static str, reason: &'static str| {
            vec![
                ("reference", reference.clone()),
                ("authority", authority.to_owned()),
                ("late_reason", reason.to_owned()),
            ]
        };
        let as_str = |form: &Vec<(&'static str, String)>| form.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();

        // Past the 72 hours the Ombudsman's notice needs the reasons for the delay.
        let form = as_str(&notify("ombudsman", " "));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = post(&app, &dpo, "staff_breach_notified", &page, &pairs).await;
        let html = error_page(&dpo, &res).await;
        assert!(html.contains("id=\"late_reason-error\"") && html.contains("Kerro syy viivästykseen"), "{html}");
        let why = "Loukkaus havaittiin viikonloppuna, ja sen laajuuden selvittäminen vei aikaa.";
        let form = as_str(&notify("ombudsman", why));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = post(&app, &dpo, "staff_breach_notified", &page, &pairs).await;
        assert_eq!(location(&res), format!("{page}?tehty=notified-ombudsman#tila"));
        // Once only.
        let res = post(&app, &dpo, "staff_breach_notified", &page, &pairs).await;
        assert!(location(&res).contains("__err"), "notified twice");
        let form = as_str(&notify("traficom", ""));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let res = post(&app, &dpo, "staff_breach_notified", &page, &pairs).await;
        assert_eq!(location(&res), format!("{page}?tehty=notified-traficom#tila"));
        let (_, html) = app.get_as(&dpo, &page).await;
        assert!(html.contains("Syy viivästykseen: Loukkaus havaittiin viikonloppuna"), "in the text: {html}");
        assert!(!html.contains("Merkitse ilmoitetuksi"), "both notified");

        // Telling customers: one unknown number and nobody is told, the list kept.
        let words = "Varmuuskopio, jossa oli nimesi ja osoitteesi, oli hetken julkisesti saatavilla. Vaihda salasanasi varmuuden vuoksi.";
        let res = post(
            &app,
            &dpo,
            "staff_tell_customers",
            &page,
            &[("reference", &reference), ("customers", "100001, 999999"), ("notice", words)],
        )
        .await;
        let html = error_page(&dpo, &res).await;
        assert!(html.contains("id=\"customers-error\"") && html.contains("100001, 999999"), "told and kept");
        let notices = |app: &TestApp| {
            let db = app.db.clone();
            async move {
                with_db!(&db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM breach_notices").fetch_one(pool).await.unwrap())
            }
        };
        assert_eq!(notices(&app).await, 0);
        let res = post(
            &app,
            &dpo,
            "staff_tell_customers",
            &page,
            &[("reference", &reference), ("customers", "100001"), ("notice", words)],
        )
        .await;
        assert_eq!(location(&res), format!("{page}?tehty=told#tila"));
        // Maija sees it on her page; Matti, not told, does not.
        let (_, html) = app.get_as(&maija, "/oma").await;
        assert!(
            html.contains(&format!("Tietoturvaloukkaus, joka koskee tietojasi ({reference})")) && html.contains(words)
        );
        let (_, html) = app.get_as(&matti, "/oma").await;
        assert!(!html.contains("Tietoturvaloukkaus, joka koskee"), "Matti was not told");
        // Told later with other words, Matti gets the same words as Maija; Maija is not
        // told twice.
        let res = post(
            &app,
            &dpo,
            "staff_tell_customers",
            &page,
            &[("reference", &reference), ("customers", "100002\n100001"), ("notice", "Toiset sanat")],
        )
        .await;
        assert_eq!(location(&res), format!("{page}?tehty=told#tila"));
        let (_, html) = app.get_as(&matti, "/oma").await;
        assert!(html.contains(words) && !html.contains("Toiset sanat"));
        assert_eq!(notices(&app).await, 2);
        // A mail each, through the outbox, to their account addresses with the words.
        app.outbox_drained().await;
        let mails: Vec<String> =
            crate::recovery::mails(&app, 2).await.into_iter().filter(|m| m.contains(&reference)).collect();
        assert_eq!(mails.len(), 2, "{mails:?}");
        assert!(
            mails.iter().any(|m| m.contains(DEMO_PRIVATE_EMAIL))
                && mails.iter().any(|m| m.contains(DEMO_BUSINESS_EMAIL))
        );
        assert!(mails.iter().all(|m| m.contains("hetken julkisesti")), "{mails:?}");
        // Staff see who was told and how.
        let (_, html) = app.get_as(&dpo, &page).await;
        assert!(html.contains("Asiakkaat, joille on kerrottu") && html.contains("100001") && html.contains("100002"));

        // Closed: the record stays, the forms go, nothing more is done.
        let res = post(&app, &dpo, "staff_close_breach", &page, &[("reference", &reference)]).await;
        assert_eq!(location(&res), format!("{page}?tehty=closed#tila"));
        let (_, html) = app.get_as(&dpo, &page).await;
        assert!(html.contains("Varmuuskopio jäi julkiseen tallennustilaan.") && !html.contains("Kerro asiakkaille"));
        let res = post(
            &app,
            &dpo,
            "staff_tell_customers",
            &page,
            &[("reference", &reference), ("customers", "100003"), ("notice", words)],
        )
        .await;
        assert!(location(&res).contains("__err"), "closed");
        assert_eq!(notices(&app).await, 2);
        let (_, list) = app.get_as(&dpo, PAGE).await;
        assert!(list.contains("suljettu"));

        // Audited, each told customer by id, never a name or a number in the detail.
        let actions: Vec<String> = audited(&app).await.into_iter().map(|(a, _, _)| a).collect();
        assert_eq!(
            actions,
            [
                "breach_recorded",
                "breach_notified",
                "breach_notified",
                "breach_customer_told",
                "breach_customer_told",
                "breach_closed"
            ]
        );
        assert!(audited(&app).await.iter().all(|(_, _, d)| !d.as_deref().unwrap_or_default().contains("1000")));
    }
}
