//! Nothing acknowledged is lost (issue #19): 1 000 submissions from 20 concurrent
//! clients — requests filed, consents given and withdrawn, messages on those requests —
//! while the portal's process is SIGKILLed 20 times at random moments and started
//! again, and PostgreSQL is restarted once. A client that gets no answer, or an error,
//! submits again (what pressing the button again does: the same idempotency key, the
//! same change). Afterwards every acknowledged submission is in the database exactly
//! once, with its event and its audit row (no partial rows), nothing unacknowledged was
//! added, the audit chain is whole, and every mail job is sent exactly once.

use crate::helpers::{empty_postgres_url, seed_small};
use crate::instances::{free_port, start_on, Instance};
use app::ssr::db::Db;
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::LOCATION;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SUBMISSIONS: usize = 1000;
const CLIENTS: usize = 20;
const KILLS: usize = 20;

/// A small xorshift generator: random moments without another dependency.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn restart_postgres() {
    let url = std::env::var("TIETONI_TEST_POSTGRES_URL").unwrap();
    let port = url.rsplit(':').next().and_then(|p| p.split('/').next()).unwrap().to_owned();
    let status = std::process::Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/postgres.sh"))
        .arg("restart")
        .env("TIETONI_PG_PORT", port)
        .status()
        .unwrap();
    assert!(status.success(), "PostgreSQL restarted");
}

/// Posts `form` to `function` (from the page `page`) until the answer's redirect is one
/// `accept` takes; returns what it made of it. Each try that got no answer or a "not
/// now" adds one to `retries`; any other answer fails the test.
async fn until_acknowledged<T>(
    client: &reqwest::Client,
    address: &str,
    (function, page): (&str, &str),
    form: &[(&str, &str)],
    (retries, unavailable): (&AtomicUsize, &AtomicUsize),
    accept: impl Fn(&str) -> Option<T>,
) -> T {
    let deadline = Instant::now() + Duration::from_secs(240);
    loop {
        assert!(Instant::now() < deadline, "{function} never acknowledged");
        let res = client
            .post(format!("{address}/api/{function}"))
            .header("referer", format!("{address}{page}"))
            .form(form)
            .timeout(Duration::from_secs(15))
            .send()
            .await;
        if let Ok(res) = res {
            let to = res.headers().get(LOCATION).and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
            if let Some(done) = accept(&to) {
                return done;
            }
            // Anything else must be the answer that says "not now": 503, never a 500.
            let status = res.status().as_u16();
            assert_eq!(status, 503, "{function}: unexpected answer {to}");
            unavailable.fetch_add(1, Ordering::Relaxed);
        }
        retries.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// What the clients were told was done.
#[derive(Default, Clone)]
struct Acknowledged {
    /// Requests filed: idempotency key → reference.
    requests: HashMap<String, String>,
    /// Consent changes: (customer number, purpose, channel, action, receipt event id).
    consents: Vec<(String, &'static str, &'static str, &'static str, i64)>,
    /// Messages: idempotency key → the request's reference.
    messages: HashMap<String, String>,
}

impl Acknowledged {
    fn len(&self) -> usize {
        self.requests.len() + self.consents.len() + self.messages.len()
    }
}

/// The consent each client gives and withdraws, on its own customer (client `c` has
/// customer `c % 2` and pair `c / 2`), so no two clients change the same consent.
const PAIRS: [(&str, &str); CLIENTS / 2] = [
    ("direct_marketing", "email"),
    ("direct_marketing", "sms"),
    ("direct_marketing", "phone"),
    ("direct_marketing", "letter"),
    ("distance_selling", "email"),
    ("distance_selling", "sms"),
    ("market_research", "email"),
    ("market_research", "letter"),
    ("partner_marketing", "partner"),
    ("digital_advertising", "digital_ads"),
];

async fn count(db: &Db, sql: &str) -> i64 {
    with_db!(db, pool => sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn acknowledged_submissions_survive_twenty_kills_and_a_database_restart_exactly_once() {
    let Some(url) = empty_postgres_url().await else { return };
    let db = Db::connect(&url, 2).await.unwrap();
    server::startup::migrate(&db).await.unwrap();
    seed_small(&db).await;
    let outbox = std::env::temp_dir().join(format!("tietoni-outbox-{}", uuid::Uuid::new_v4().simple()));
    let port = free_port();
    let address = format!("http://127.0.0.1:{port}");
    let instance: Arc<tokio::sync::Mutex<Instance>> =
        Arc::new(tokio::sync::Mutex::new(start_on(port, &url, &outbox, 1).await));

    // Two customers, each signed in once: their sessions live in the database and
    // outlast every process.
    let mut customers = Vec::new();
    for (login, password) in
        [(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD), (DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD)]
    {
        let client = crate::helpers::browser();
        let res = client
            .post(format!("{address}/api/sign_in"))
            .form(&[("login", login), ("password", password)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()[LOCATION], "/oma");
        let number: String = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT c.customer_number FROM accounts a JOIN customers c ON c.id = a.customer_id WHERE a.email = $1",
        ).bind(login).fetch_one(pool).await.unwrap());
        customers.push((client, number));
    }
    // Where each client's consent stands: its first change is to the other state, so
    // every acknowledged change is a new event.
    let first_new_event = count(&db, "SELECT COALESCE(MAX(id), 0) FROM consent_events").await;
    let mut given_before = Vec::new();
    for c in 0..CLIENTS {
        let (purpose, channel) = PAIRS[c / 2];
        let action: Option<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT e.action FROM consent_events e JOIN customers c ON c.id = e.customer_id
             WHERE c.customer_number = $1 AND e.purpose = $2 AND e.channel = $3 ORDER BY e.id DESC LIMIT 1",
        ).bind(&customers[c % 2].1).bind(purpose).bind(channel).fetch_optional(pool).await.unwrap());
        given_before.push(action.as_deref() == Some("given"));
    }

    let acknowledged: Arc<Mutex<Acknowledged>> = Arc::default();
    let retries: Arc<AtomicUsize> = Arc::default();
    let unavailable: Arc<AtomicUsize> = Arc::default();
    let started = Instant::now();
    let mut clients = Vec::new();
    for (c, mut given) in given_before.into_iter().enumerate() {
        let (client, number) = customers[c % 2].clone();
        let (address, acknowledged) = (address.clone(), acknowledged.clone());
        let (retries, unavailable) = (retries.clone(), unavailable.clone());
        clients.push(tokio::spawn(async move {
            let faults = (&*retries, &*unavailable);
            let mut last_request: Option<String> = None;
            // Of every five submissions three file a question, one changes the client's
            // consent and one writes a message on its latest question.
            for (i, n) in (c..SUBMISSIONS).step_by(CLIENTS).enumerate() {
                match (i % 5, last_request.clone()) {
                    (3, _) => {
                        let (purpose, channel) = PAIRS[c / 2];
                        given = !given;
                        let form = [
                            ("purpose", purpose),
                            ("channel", channel),
                            ("give", if given { "true" } else { "false" }),
                        ];
                        let receipt =
                            until_acknowledged(&client, &address, ("set_consent", "/oma/luvat"), &form, faults, |to| {
                                to.strip_prefix("/oma/luvat?kuitti=c")?.split('#').next()?.parse::<i64>().ok()
                            })
                            .await;
                        let action = if given { "given" } else { "withdrawn" };
                        acknowledged.lock().unwrap().consents.push((number.clone(), purpose, channel, action, receipt));
                    }
                    (4, Some(reference)) => {
                        let key = format!("chaosm{n:06}{}", uuid::Uuid::new_v4().simple());
                        let body = format!("Lisätieto numero {n}.");
                        let form = [
                            ("reference", reference.as_str()),
                            ("body", body.as_str()),
                            ("idempotency_key", key.as_str()),
                        ];
                        let page = format!("/oma/pyynnot/{reference}");
                        let done = format!("{page}?lahetetty=1#viestit");
                        until_acknowledged(&client, &address, ("add_request_message", &page), &form, faults, |to| {
                            (to == done).then_some(())
                        })
                        .await;
                        acknowledged.lock().unwrap().messages.insert(key, reference);
                    }
                    _ => {
                        let key = format!("chaos{n:06}{}", uuid::Uuid::new_v4().simple());
                        let text = format!("Kysymys numero {n}.");
                        let form = [("idempotency_key", key.as_str()), ("kind", "question"), ("text", text.as_str())];
                        let page = ("file_text_request", "/oma/pyynnot/uusi/kysymys");
                        let reference = until_acknowledged(&client, &address, page, &form, faults, |to| {
                            let rest = to.strip_prefix("/oma/pyynnot/")?;
                            (rest.starts_with("TN-") && to.contains("kuitti=1"))
                                .then(|| rest.split('?').next().unwrap_or_default().to_owned())
                        })
                        .await;
                        last_request = Some(reference.clone());
                        acknowledged.lock().unwrap().requests.insert(key, reference);
                    }
                }
            }
        }));
    }
    // The killer: 20 SIGKILLs at random moments spread over the submissions (each in
    // its own stretch of progress, so all of them meet submissions in flight), a start
    // after each, and PostgreSQL restarted once half-way.
    let killer = {
        let (instance, url, outbox, acknowledged) =
            (instance.clone(), url.clone(), outbox.clone(), acknowledged.clone());
        tokio::spawn(async move {
            let mut random = Random(0x9E37_79B9_7F4A_7C15 ^ u64::from(std::process::id()));
            let stretch = SUBMISSIONS / (KILLS + 2);
            for kill in 0..KILLS {
                let at = (kill + 1) * stretch + random.below(stretch as u64) as usize;
                while acknowledged.lock().unwrap().len() < at {
                    tokio::time::sleep(Duration::from_millis(1 + random.below(5))).await;
                }
                if kill == KILLS / 2 {
                    // Under load: the portal answers 503 meanwhile and recovers by itself.
                    tokio::task::spawn_blocking(restart_postgres).await.unwrap();
                }
                let mut running = instance.lock().await;
                running.child.kill().unwrap();
                running.child.wait().unwrap();
                *running = start_on(port, &url, &outbox, 1).await;
            }
        })
    };
    killer.await.unwrap();
    let done_when_the_kills_ended = acknowledged.lock().unwrap().len();
    for client in clients {
        client.await.unwrap();
    }
    let elapsed = started.elapsed();

    let acknowledged = acknowledged.lock().unwrap().clone();
    assert_eq!(acknowledged.len(), SUBMISSIONS, "every submission was acknowledged in the end");
    let retries = retries.load(Ordering::Relaxed);
    // The faults met the submissions: tries were cut off, and submitting went on past the kills.
    assert!(retries >= KILLS, "only {retries} tries met a fault");
    assert!(done_when_the_kills_ended < SUBMISSIONS, "the submissions ended before the kills did");
    // Each acknowledged request is in the database once, under the reference it was
    // acknowledged with, and no other.
    let rows: HashMap<String, String> = with_db!(&db, pool => sqlx::query_as(
        "SELECT idempotency_key, reference FROM requests WHERE idempotency_key LIKE 'chaos%'",
    ).fetch_all(pool).await.unwrap())
    .into_iter()
    .collect();
    assert_eq!(rows, acknowledged.requests, "one row per request filed, under its acknowledged reference");
    // No partial rows: no placeholder reference, and each request has its one event,
    // its one audit row and its one mail job.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM requests WHERE reference LIKE 'new-%'").await, 0);
    let per_request =
        |sql: &str| format!("SELECT COUNT(*) FROM requests r WHERE r.idempotency_key LIKE 'chaos%' AND ({sql}) <> 1");
    for (what, sql) in [
        ("event", "SELECT COUNT(*) FROM request_events e WHERE e.request_id = r.id AND e.kind = 'received'"),
        (
            "audit row",
            "SELECT COUNT(*) FROM audit_log a WHERE a.action = 'request_filed' AND a.detail = 'question/' || r.reference",
        ),
    ] {
        assert_eq!(count(&db, &per_request(sql)).await, 0, "a request without exactly one {what}");
    }
    // Each acknowledged consent change is one new event, the one its receipt named, and
    // there is no other; each has its one audit row.
    let mut changes: Vec<(String, String, String, String, i64)> = with_db!(&db, pool => sqlx::query_as(
        "SELECT c.customer_number, e.purpose, e.channel, e.action, e.id FROM consent_events e
         JOIN customers c ON c.id = e.customer_id WHERE e.id > $1",
    ).bind(first_new_event).fetch_all(pool).await.unwrap());
    let mut told: Vec<(String, String, String, String, i64)> = acknowledged
        .consents
        .iter()
        .map(|(n, p, c, a, id)| (n.clone(), (*p).to_owned(), (*c).to_owned(), (*a).to_owned(), *id))
        .collect();
    changes.sort_by_key(|c| c.4);
    told.sort_by_key(|c| c.4);
    assert!(!told.is_empty());
    assert_eq!(changes, told, "the consent events are exactly the acknowledged changes");
    let unaudited = count(
        &db,
        &format!(
            "SELECT COUNT(*) FROM consent_events e WHERE e.id > {first_new_event} AND (SELECT COUNT(*) FROM audit_log a
               WHERE a.action = 'consent_changed'
                 AND a.detail = e.purpose || '/' || e.channel || '/' || e.action || '/event=' || CAST(e.id AS TEXT)) <> 1"
        ),
    )
    .await;
    assert_eq!(unaudited, 0, "a consent change without exactly one audit row");
    // Each acknowledged message is stored once, on its request, and no other; each
    // chaos request has as many message events and audit rows as messages.
    let messages: HashMap<String, String> = with_db!(&db, pool => sqlx::query_as(
        "SELECT m.idempotency_key, r.reference FROM request_messages m JOIN requests r ON r.id = m.request_id
         WHERE m.idempotency_key LIKE 'chaosm%'",
    ).fetch_all(pool).await.unwrap())
    .into_iter()
    .collect();
    assert!(!acknowledged.messages.is_empty());
    assert_eq!(messages, acknowledged.messages, "one row per message, on the request it was written to");
    let messages_of =
        "(SELECT COUNT(*) FROM request_messages m WHERE m.request_id = r.id AND m.idempotency_key LIKE 'chaosm%')";
    for (what, sql) in [
        ("events", "SELECT COUNT(*) FROM request_events e WHERE e.request_id = r.id AND e.kind = 'message_customer'"),
        (
            "audit rows",
            "SELECT COUNT(*) FROM audit_log a WHERE a.action = 'request_message_added' AND a.detail = 'message_customer/' || r.reference",
        ),
    ] {
        let sql =
            format!("SELECT COUNT(*) FROM requests r WHERE r.idempotency_key LIKE 'chaos%' AND ({sql}) <> {messages_of}");
        assert_eq!(count(&db, &sql).await, 0, "a request whose messages and message {what} differ in number");
    }
    // One mail job per request, for its customer (a sent job keeps no content, so they
    // are matched by customer).
    let unmatched = count(
        &db,
        "SELECT COUNT(*) FROM customers c WHERE
           (SELECT COUNT(*) FROM requests r WHERE r.customer_id = c.id AND r.idempotency_key LIKE 'chaos%')
           <> (SELECT COUNT(*) FROM outbox o WHERE o.customer_id = c.id AND o.template = 'request-mail-received')",
    )
    .await;
    assert_eq!(unmatched, 0, "a customer whose requests and mail jobs differ in number");
    // Jobs a killed process held are taken again when their two-minute lease ends; the
    // test moves past it rather than waiting (the lease itself: tests/api/outbox.rs).
    with_db!(&db, pool => sqlx::query("UPDATE outbox SET locked_until = NULL WHERE status = 'pending'")
        .execute(pool).await.map(|r| r.rows_affected()).unwrap());
    let mut waiting = i64::MAX;
    for _ in 0..300 {
        waiting = count(&db, "SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").await;
        if waiting == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(waiting, 0, "every mail job sent");
    let keys: std::collections::HashSet<String> = with_db!(&db, pool => sqlx::query_scalar(
        "SELECT idempotency_key FROM outbox",
    ).fetch_all(pool).await.unwrap())
    .into_iter()
    .collect();
    let files: Vec<String> = std::fs::read_dir(&outbox)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".eml"))
        .collect();
    assert_eq!(files.len(), keys.len(), "one message per job");
    assert!(files.iter().all(|f| keys.contains(f.trim_end_matches(".eml"))), "every message is a job's");
    let chain = app::ssr::audit::verify(&db).await.unwrap();
    assert!(chain.is_intact(), "the audit chain is whole: {chain:?}");
    println!(
        "chaos: {SUBMISSIONS} submissions acknowledged ({} requests, {} consent changes, {} messages; {done_when_the_kills_ended} while the kills went on), {retries} tries cut off ({} of them answered 503), {KILLS} kills and a PostgreSQL restart in {:.1} s; {} mails",
        acknowledged.requests.len(),
        acknowledged.consents.len(),
        acknowledged.messages.len(),
        unavailable.load(Ordering::Relaxed),
        elapsed.as_secs_f64(),
        files.len()
    );
    drop(instance);
}
