//! The transactional outbox (issue #19), on SQLite and PostgreSQL: a request's mail is a
//! job written with the request (a double submit writes one), sent by a worker after
//! the commit; a worker that died between sending and marking sends the same message
//! again (same Message-ID, same file); failures are tried again with backoff and kept
//! as failed for the DPO, who sees them without recipient or content and can send one
//! again; two workers at once never take the same job.

use crate::helpers::{every_backend, seed_small, spawn_app_with, TestApp};
use crate::requests::{form_key, location, maija, post, reference_of};
use app::ssr::db::Db;
use app::ssr::mail::Mailer;
use app::ssr::outbox::{self, Mail, MailArgs, MAX_ATTEMPTS};
use app::ssr::seed::*;
use app::with_db;
use chrono::{Duration, Utc};

/// An app whose own worker never runs, so the test drives the outbox itself.
async fn app_without_worker(db: Db) -> TestApp {
    seed_small(&db).await;
    spawn_app_with(db, |s| s.outbox_poll_seconds = 0).await
}

fn file_mailer(app: &TestApp) -> Mailer {
    Mailer::outbox(app.outbox.clone(), "Tietoni <tietoni@elmonet.example>", "http://tietoni.test").unwrap()
}

type JobRow = (String, String, String, String, i32, Option<String>);

async fn jobs(db: &Db) -> Vec<JobRow> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT template, status, recipient, args, attempts, last_error FROM outbox ORDER BY id",
    ).fetch_all(pool).await.unwrap())
}

fn eml_files(app: &TestApp) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(&app.outbox)
        .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

async fn ask(app: &TestApp, client: &reqwest::Client, key: &str, text: &str) -> String {
    let form = [("idempotency_key", key), ("kind", "question"), ("text", text)];
    reference_of(&location(&post(app, client, "file_text_request", "/oma/pyynnot/uusi/kysymys", &form).await))
}

#[tokio::test]
async fn a_request_and_its_mail_commit_together_and_the_worker_sends_it_once() {
    for db in every_backend().await {
        let app = app_without_worker(db).await;
        let maija = maija(&app).await;
        let (_, key) = form_key(&app, &maija, "kysymys").await;
        let reference = ask(&app, &maija, &key, "Mitä tietoja minusta on?").await;
        assert_eq!(ask(&app, &maija, &key, "Mitä tietoja minusta on?").await, reference, "a double submit");
        let written = jobs(&app.db).await;
        assert_eq!(written.len(), 1, "one job for one request");
        let (template, status, recipient, args, attempts, _) = &written[0];
        assert_eq!((template.as_str(), status.as_str(), *attempts), ("request-mail-received", "pending", 0));
        assert_eq!(recipient, DEMO_PRIVATE_EMAIL);
        assert!(args.contains(&reference), "the job names the request");
        assert!(eml_files(&app).is_empty(), "nothing is sent before a worker runs");

        let pass = outbox::work_once(&app.db, &file_mailer(&app), Utc::now()).await.unwrap();
        assert_eq!((pass.sent, pass.retrying, pass.failed), (1, 0, 0));
        let files = eml_files(&app);
        assert_eq!(files.len(), 1, "{files:?}");
        let text = std::fs::read_to_string(app.outbox.join(&files[0])).unwrap();
        let key = files[0].trim_end_matches(".eml");
        assert!(text.contains(&format!("Message-ID: <{key}@elmonet.example>")), "the job's id is the message's");
        assert!(text.contains(&reference) && text.contains(&format!("To: {DEMO_PRIVATE_EMAIL}")));
        let (_, status, recipient, args, attempts, _) = jobs(&app.db).await.remove(0);
        assert_eq!((status.as_str(), recipient.as_str(), args.as_str(), attempts), ("sent", "", "{}", 1));
        // Nothing more to do: a second pass sends nothing.
        let pass = outbox::work_once(&app.db, &file_mailer(&app), Utc::now()).await.unwrap();
        assert_eq!(pass.sent, 0);

        // A staff action that changes nothing writes no mail; one that does writes one.
        let officer = crate::helpers::browser();
        app.sign_in_with(&officer, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let page = format!("/henkilosto/pyynnot/{reference}");
        let decide = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Vastattu.")];
        let res = post(&app, &officer, "staff_decide", &page, &decide).await;
        assert!(location(&res).contains("tehty=approved"));
        let res = post(&app, &officer, "staff_decide", &page, &decide).await;
        assert!(location(&res).contains("__err"), "a decided request cannot be decided again");
        let templates: Vec<String> = jobs(&app.db).await.into_iter().map(|j| j.0).collect();
        assert_eq!(templates, ["request-mail-received", "request-mail-decided"]);
    }
}

#[tokio::test]
async fn a_worker_that_dies_after_sending_leaves_the_job_to_be_sent_again_as_the_same_message() {
    for db in every_backend().await {
        let app = app_without_worker(db).await;
        let now = Utc::now();
        let mail = Mail {
            template: "request-mail-message",
            lang: app::domain::Lang::Sv,
            to: "maija@example.fi",
            args: MailArgs {
                reference: Some("TN-2026-000777".into()),
                link_path: Some("/oma/pyynnot/TN-2026-000777".into()),
                ..Default::default()
            },
            customer_id: None,
        };
        outbox::enqueue(&app.db, &mail, now).await.unwrap();
        // A worker takes the job and sends it, then dies before marking it sent.
        let taken = outbox::claim(&app.db, now, 20).await.unwrap();
        assert_eq!(taken.len(), 1);
        let job = &taken[0];
        let (subject, body) = outbox::render(
            &job.template,
            app::domain::Lang::Sv,
            &serde_json::from_str(&job.args).unwrap(),
            "http://tietoni.test",
        );
        file_mailer(&app).send_keyed(&job.idempotency_key, &job.recipient, &subject, body).await.unwrap();
        let first = std::fs::read_to_string(app.outbox.join(format!("{}.eml", job.idempotency_key))).unwrap();

        // While its lease lasts no other worker takes it.
        let pass = outbox::work_once(&app.db, &file_mailer(&app), now + Duration::seconds(60)).await.unwrap();
        assert_eq!(pass.sent, 0, "the lease holds");
        // After it, another worker sends it again: the same message, the same file.
        let later = now + Duration::seconds(outbox::LEASE_SECONDS + 1);
        let pass = outbox::work_once(&app.db, &file_mailer(&app), later).await.unwrap();
        assert_eq!(pass.sent, 1);
        assert_eq!(eml_files(&app), [format!("{}.eml", job.idempotency_key)], "one message, written again in place");
        let again = std::fs::read_to_string(app.outbox.join(format!("{}.eml", job.idempotency_key))).unwrap();
        let message_id = |m: &str| m.lines().find(|l| l.starts_with("Message-ID:")).map(str::to_owned);
        assert_eq!(message_id(&first), message_id(&again));
        assert!(again.contains("http://tietoni.test/oma/pyynnot/TN-2026-000777"), "the link on the portal");
        let (_, status, _, _, attempts, _) = jobs(&app.db).await.remove(0);
        assert_eq!((status.as_str(), attempts), ("sent", 2));
    }
}

#[tokio::test]
async fn failures_are_tried_again_with_backoff_then_kept_for_the_dpo_who_can_send_again() {
    for db in every_backend().await {
        let app = app_without_worker(db).await;
        // A mail server that is not there: a transient failure.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let smtp = Mailer::smtp(&format!("smtp://127.0.0.1:{closed}"), "Tietoni <tietoni@elmonet.example>", "http://x")
            .unwrap();
        let start = Utc::now();
        let mail = |to: &'static str| Mail {
            template: "reset-mail",
            lang: app::domain::Lang::Fi,
            to,
            args: MailArgs { link_path: Some("/salasana/uusi?avain=0123".into()), ..Default::default() },
            customer_id: None,
        };
        outbox::enqueue(&app.db, &mail("matti@example.fi"), start).await.unwrap();
        outbox::enqueue(&app.db, &mail("ei osoite"), start).await.unwrap();

        let mut now = start;
        let pass = outbox::work_once(&app.db, &smtp, now).await.unwrap();
        assert_eq!((pass.sent, pass.retrying, pass.failed), (0, 1, 1), "a bad address is refused for good at once");
        let mut waits = Vec::new();
        for attempt in 2..=MAX_ATTEMPTS {
            let next: chrono::DateTime<Utc> = with_db!(&app.db, pool => sqlx::query_scalar(
                "SELECT next_attempt_at FROM outbox WHERE recipient = 'matti@example.fi'",
            ).fetch_one(pool).await.unwrap());
            waits.push(((next - now).num_milliseconds() + 500) / 1000);
            let early = outbox::work_once(&app.db, &smtp, next - Duration::seconds(1)).await.unwrap();
            assert_eq!(early, outbox::Pass::default(), "not before its time (try {attempt})");
            now = next;
            let pass = outbox::work_once(&app.db, &smtp, now).await.unwrap();
            assert_eq!(pass.sent, 0);
            assert_eq!(pass.failed, usize::from(attempt == MAX_ATTEMPTS), "try {attempt}");
        }
        assert_eq!(waits, [30, 60, 120, 240, 480, 960, 1920], "backoff doubles");
        let rows = jobs(&app.db).await;
        assert!(rows.iter().all(|r| r.1 == "failed"), "both kept as failed");
        assert_eq!(rows[0].4, MAX_ATTEMPTS);
        assert!(rows[0].5.as_deref().is_some_and(|e| e.starts_with("smtp:") && !e.contains('@')), "{:?}", rows[0].5);
        assert_eq!(rows[1].5.as_deref(), Some("recipient address: not a valid address"));

        // The DPO sees both on the overview, without recipient or link, and sends one again.
        let officer = crate::helpers::browser();
        app.sign_in_with(&officer, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
        let page = officer.get(app.url("/henkilosto/yleiskuva")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Lähtevä posti") && page.contains("Salasanan vaihtolinkki"), "the section");
        assert!(page.contains("Epäonnistui") && page.contains("smtp:"), "the failure and its kind");
        assert!(!page.contains("matti@example.fi") && !page.contains("avain=0123"), "no recipient, no content");
        let id: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT id FROM outbox WHERE recipient = 'matti@example.fi'",
        ).fetch_one(pool).await.unwrap());
        let customer_service = crate::helpers::browser();
        app.sign_in_with(&customer_service, DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD).await;
        let res = post(&app, &customer_service, "staff_retry_mail", "/henkilosto", &[("job", &id.to_string())]).await;
        assert!(!location(&res).contains("tehty"), "only the DPO");
        let res = post(&app, &officer, "staff_retry_mail", "/henkilosto/yleiskuva", &[("job", &id.to_string())]).await;
        assert_eq!(location(&res), "/henkilosto/yleiskuva?tehty=mail-retried#posti");
        let audited: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'mail_retried' AND detail = $1",
        ).bind(id.to_string()).fetch_one(pool).await.unwrap());
        assert_eq!(audited, 1);
        let pass = outbox::work_once(&app.db, &file_mailer(&app), Utc::now()).await.unwrap();
        assert_eq!(pass.sent, 1, "sent once the mail server is there");
    }
}

#[tokio::test]
async fn two_workers_at_once_send_every_job_exactly_once() {
    for db in every_backend().await {
        let app = app_without_worker(db).await;
        let now = Utc::now();
        for i in 0..60 {
            let mail = Mail {
                template: "request-mail-message",
                lang: app::domain::Lang::Fi,
                to: "maija@example.fi",
                args: MailArgs { reference: Some(format!("TN-2026-{i:06}")), ..Default::default() },
                customer_id: None,
            };
            outbox::enqueue(&app.db, &mail, now).await.unwrap();
        }
        let worker = |db: Db, mailer: Mailer| async move {
            let mut sent = 0;
            loop {
                let pass = outbox::work_once(&db, &mailer, now).await.unwrap();
                if pass.sent == 0 {
                    return sent;
                }
                sent += pass.sent;
            }
        };
        let (a, b) = tokio::join!(worker(app.db.clone(), file_mailer(&app)), worker(app.db.clone(), file_mailer(&app)));
        assert_eq!(a + b, 60, "every job sent once between them ({a} + {b})");
        let rows = jobs(&app.db).await;
        assert!(rows.iter().all(|r| r.1 == "sent" && r.4 == 1), "each taken once");
        assert_eq!(eml_files(&app).len(), 60);
    }
}

#[tokio::test]
async fn the_running_worker_sends_at_once_and_a_password_reset_mail_leaves_no_token_behind() {
    for db in every_backend().await {
        seed_small(&db).await;
        let app = crate::helpers::spawn_app_on(db).await;
        let res = post(
            &app,
            &crate::helpers::browser(),
            "request_password_reset",
            "/salasana/unohtui",
            &[("login", DEMO_PRIVATE_EMAIL)],
        )
        .await;
        assert!(location(&res).contains("lahetetty=1"));
        // The reset's work follows its answer: wait for its job, then for the worker.
        for _ in 0..100 {
            if !jobs(&app.db).await.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        app.outbox_drained().await;
        let rows = jobs(&app.db).await;
        assert_eq!(rows.len(), 1);
        assert_eq!((rows[0].0.as_str(), rows[0].1.as_str(), rows[0].3.as_str()), ("reset-mail", "sent", "{}"));
        let files = eml_files(&app);
        assert_eq!(files.len(), 1);
        let text =
            std::fs::read_to_string(app.outbox.join(&files[0])).unwrap().replace("=\r\n", "").replace("=3D", "=");
        assert!(text.contains("/salasana/uusi?avain="), "the link went out");
    }
}

#[tokio::test]
async fn a_worker_told_to_stop_gives_back_the_jobs_it_took_but_did_not_try() {
    for db in every_backend().await {
        let app = app_without_worker(db).await;
        let now = Utc::now();
        for i in 0..3 {
            let mail = Mail {
                template: "request-mail-message",
                lang: app::domain::Lang::En,
                to: "maija@example.fi",
                args: MailArgs { reference: Some(format!("TN-2026-00000{i}")), ..Default::default() },
                customer_id: None,
            };
            outbox::enqueue(&app.db, &mail, now).await.unwrap();
        }
        // Told to stop after the first job: it finishes that one and gives back two.
        let tried = std::sync::atomic::AtomicUsize::new(0);
        let stop = || tried.fetch_add(1, std::sync::atomic::Ordering::Relaxed) >= 1;
        let pass = outbox::work_until(&app.db, &file_mailer(&app), now, stop).await.unwrap();
        assert_eq!(pass.sent, 1);
        let rows = jobs(&app.db).await;
        assert_eq!(rows.iter().filter(|r| r.1 == "pending" && r.4 == 0).count(), 2, "given back, the try not counted");
        // Another worker takes them at once, without waiting for a lease.
        let pass = outbox::work_once(&app.db, &file_mailer(&app), now).await.unwrap();
        assert_eq!(pass.sent, 2);
    }
}

/// Art. 19 through the outbox: a decision that changes data disclosed to a recipient
/// whose address was recorded writes the notice with the decision; staff see it going,
/// and then failed when it could not be sent; once a worker sends it, the recipient is
/// told (by the system, audited) and staff see when.
#[tokio::test]
async fn a_notice_to_a_recipient_goes_with_the_decision_and_marks_it_told_when_sent() {
    use crate::staff::{dpo, file, page_of};
    for db in every_backend().await {
        let app = app_without_worker(db).await;
        with_db!(&app.db, pool => sqlx::query(
            "INSERT INTO disclosures (customer_id, recipient_class, recipient_name, categories, legal_basis, reference,
                                      disclosed_on, recorded_by, recorded_at, notify_email)
             SELECT c.id, 'subcontractors', 'Perintä Oy', 'basic', 'contract', 'P-7', '2026-01-15', a.id, $1, 'dpo@perinta.example'
             FROM customers c, accounts a WHERE c.customer_number = '100001' AND a.email = $2",
        ).bind(Utc::now()).bind(DEMO_DPO_EMAIL).execute(pool).await.map(|_| ()).unwrap());
        let maija = maija(&app).await;
        let form = [("field", "phone"), ("proposed", "040 765 4321"), ("reason", "Uusi numero.")];
        let reference = file(&app, &maija, "oikaisu", "file_rectification", &form).await;
        let officer = dpo(&app).await;
        let page = page_of(&reference);
        let decision = [("reference", reference.as_str()), ("outcome", "approve"), ("reason", "Korjattu.")];
        assert!(
            location(&post(&app, &officer, "staff_decide", &page, &decision).await).ends_with("tehty=approved#tila")
        );

        let notice: (String, String, String) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT o.recipient, o.status, o.args FROM outbox o JOIN recipient_notifications n ON n.id = o.recipient_notification_id
             JOIN requests r ON r.id = n.request_id WHERE r.reference = $1",
        ).bind(&reference).fetch_one(pool).await.unwrap());
        assert_eq!((notice.0.as_str(), notice.1.as_str()), ("dpo@perinta.example", "pending"));
        let args: MailArgs = serde_json::from_str(&notice.2).unwrap();
        assert_eq!((args.reference.as_deref(), args.date.as_deref()), (Some("P-7"), Some("15.1.2026")));
        let html = officer.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Ilmoitus lähtee sähköpostilla"), "staff see the notice going");

        // Failed (e.g. refused for good): staff are told to tell the recipient another way.
        let set = |status: &'static str| {
            let db = app.db.clone();
            async move {
                with_db!(&db, pool => sqlx::query(
                    "UPDATE outbox SET status = $1 WHERE recipient_notification_id IS NOT NULL",
                ).bind(status).execute(pool).await.map(|_| ()).unwrap());
            }
        };
        set("failed").await;
        let html = officer.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Sähköposti-ilmoitus ei mennyt perille"), "staff see it failed");
        set("pending").await;

        let pass = outbox::work_once(&app.db, &file_mailer(&app), Utc::now()).await.unwrap();
        assert_eq!(pass.sent, 3, "the request's received and decided mails, and the notice");
        let told: (Option<chrono::DateTime<Utc>>, Option<i64>) = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT n.notified_at, n.notified_by FROM recipient_notifications n JOIN requests r ON r.id = n.request_id
             WHERE r.reference = $1",
        ).bind(&reference).fetch_one(pool).await.unwrap());
        assert!(told.0.is_some() && told.1.is_none(), "told by the system: {told:?}");
        let html = officer.get(app.url(&page)).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("Ilmoitettu ") && !html.contains("Ilmoitus lähtee"), "staff see when");
        let sent: Vec<(String, String)> = with_db!(&app.db, pool => sqlx::query_as(
            "SELECT recipient, args FROM outbox WHERE recipient_notification_id IS NOT NULL",
        ).fetch_all(pool).await.unwrap());
        assert_eq!(sent, [(String::new(), "{}".to_owned())], "a sent notice keeps neither address nor content");
    }
}
