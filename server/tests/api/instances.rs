//! Several instances (issue #19): two real `tietoni serve` processes on their own ports
//! over one database — PostgreSQL, and one SQLite file where that applies — behave as
//! one portal: a session begun on one continues on the other, a consent withdrawn on one
//! is withdrawn on the other at once, 30 wrong passwords spread over both throttle the
//! account exactly as 30 on one, and a mail written by one is sent by the other's
//! worker when the first sends nothing.

use crate::helpers::{empty_postgres_url, seed_small};
use app::ssr::db::Db;
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::{ACCEPT, LOCATION};
use std::process::{Child, Command, Stdio};

/// A `tietoni serve` process; killed when dropped.
pub(crate) struct Instance {
    pub(crate) child: Child,
    pub(crate) address: String,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Instance {
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts the portal's binary over `database_url` and waits until it is ready.
async fn start(database_url: &str, outbox: &std::path::Path, outbox_poll_seconds: u32) -> Instance {
    start_on(free_port(), database_url, outbox, outbox_poll_seconds).await
}

/// Starts the portal's binary on `port` over `database_url` and waits (up to 20 s) until
/// it is ready.
pub(crate) async fn start_on(
    port: u16,
    database_url: &str,
    outbox: &std::path::Path,
    outbox_poll_seconds: u32,
) -> Instance {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let child = Command::new(env!("CARGO_BIN_EXE_tietoni"))
        .arg("serve")
        .current_dir(root)
        .env("DATABASE_URL", database_url)
        .env("TIETONI_LISTEN", format!("127.0.0.1:{port}"))
        .env("TIETONI_SECURE_COOKIES", "false")
        .env("TIETONI_SIGN_IN_ATTEMPTS_PER_MINUTE", "10000")
        .env("TIETONI_RETENTION_EVERY_HOURS", "0")
        .env("TIETONI_OUTBOX_DIR", outbox)
        .env("TIETONI_OUTBOX_POLL_SECONDS", outbox_poll_seconds.to_string())
        .env("TIETONI_PUBLIC_URL", "http://tietoni.test")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start tietoni");
    let instance = Instance { child, address: format!("http://127.0.0.1:{port}") };
    let probe = reqwest::Client::new();
    for _ in 0..400 {
        if probe.get(instance.url("/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
            return instance;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the instance did not become ready");
}

/// The databases the test runs on: a seeded SQLite file and a seeded PostgreSQL
/// database (when the test command started one), each with its URL.
async fn databases() -> Vec<(Db, String)> {
    let path = std::env::temp_dir().join(format!("tietoni-instances-{}.db", uuid::Uuid::new_v4().simple()));
    let mut urls = vec![format!("sqlite:{}", path.display())];
    urls.extend(empty_postgres_url().await);
    let mut dbs = Vec::new();
    for url in urls {
        let db = Db::connect(&url, 2).await.unwrap();
        server::startup::migrate(&db).await.unwrap();
        seed_small(&db).await;
        dbs.push((db, url));
    }
    dbs
}

fn browser() -> reqwest::Client {
    crate::helpers::browser()
}

async fn sign_in(client: &reqwest::Client, on: &Instance, login: &str, password: &str) -> (u16, String) {
    let res =
        client.post(on.url("/api/sign_in")).form(&[("login", login), ("password", password)]).send().await.unwrap();
    let to = res.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
    (res.status().as_u16(), to)
}

async fn email_consent(client: &reqwest::Client, on: &Instance) -> bool {
    let page: serde_json::Value = client
        .post(on.url("/api/my_consents"))
        .header(ACCEPT, "application/json")
        .form(&[] as &[(&str, &str)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    page["consents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "direct_marketing" && c["channel"] == "email")
        .map(|c| c["given"].as_bool().unwrap())
        .expect("the email consent")
}

async fn throttle_of(db: &Db, email: &str) -> (i32, Option<chrono::DateTime<chrono::Utc>>) {
    with_db!(db, pool => sqlx::query_as(
        "SELECT t.failures, t.locked_until FROM attempt_throttles t JOIN accounts a ON t.subject = 'sign_in:' || a.id
         WHERE a.email = $1",
    ).bind(email).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn two_instances_over_one_database_are_one_portal() {
    for (db, url) in databases().await {
        let outbox = std::env::temp_dir().join(format!("tietoni-outbox-{}", uuid::Uuid::new_v4().simple()));
        // The first instance sends no mail itself: what it writes, the second sends.
        let (a, b) = tokio::join!(start(&url, &outbox, 0), start(&url, &outbox, 1));

        // Signed in on one, still signed in on the other (one cookie jar, one host).
        let maija = browser();
        assert_eq!(sign_in(&maija, &a, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await.1, "/oma");
        let res = maija.get(b.url("/oma")).send().await.unwrap();
        assert_eq!(res.status(), 200, "the other instance knows the session");
        assert!(res.text().await.unwrap().contains("Maija"), "as Maija");

        // A consent withdrawn on one is withdrawn on the other at once.
        assert!(email_consent(&maija, &b).await, "given at first");
        let res = maija
            .post(a.url("/api/set_consent"))
            .header("referer", a.url("/oma/luvat"))
            .form(&[("purpose", "direct_marketing"), ("channel", "email"), ("give", "false")])
            .send()
            .await
            .unwrap();
        assert!(res.headers()[LOCATION].to_str().unwrap().starts_with("/oma/luvat?kuitti="));
        assert!(!email_consent(&maija, &b).await, "the other instance sees the withdrawal at once");

        // Signed out on the second, signed out on the first.
        let res = maija.post(b.url("/api/sign_out")).form(&[] as &[(&str, &str)]).send().await.unwrap();
        assert!(res.status().is_redirection(), "{}", res.status());
        assert_ne!(maija.get(a.url("/oma")).send().await.unwrap().status(), 200, "the session ended everywhere");

        // 30 wrong passwords over both instances count as 30 on one.
        let spread = browser();
        let mut spread_answers = Vec::new();
        for i in 0..30 {
            let on = if i % 2 == 0 { &a } else { &b };
            spread_answers.push(sign_in(&spread, on, DEMO_BUSINESS_EMAIL, "Wrong-password-123").await);
        }
        let one = browser();
        let mut one_answers = Vec::new();
        for _ in 0..30 {
            one_answers.push(sign_in(&one, &a, DEMO_PRIVATE_EMAIL, "Wrong-password-123").await);
        }
        assert_eq!(spread_answers, one_answers, "the same answers, attempt by attempt");
        let (spread_failures, spread_lock) = throttle_of(&db, DEMO_BUSINESS_EMAIL).await;
        let (one_failures, one_lock) = throttle_of(&db, DEMO_PRIVATE_EMAIL).await;
        assert_eq!((spread_failures, one_failures), (30, 30));
        let (spread_lock, one_lock) = (spread_lock.expect("throttled"), one_lock.expect("throttled"));
        assert!((spread_lock - one_lock).num_seconds().abs() <= 5, "{spread_lock} vs {one_lock}");
        // The right password is refused on both while the throttle lasts.
        for on in [&a, &b] {
            assert_ne!(sign_in(&browser(), on, DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await.1, "/oma");
        }

        // A password reset asked on the first (which sends no mail itself) is sent by
        // the second's worker.
        let res = browser()
            .post(a.url("/api/request_password_reset"))
            .header("referer", a.url("/salasana/unohtui"))
            .form(&[("login", DEMO_PRIVATE_EMAIL)])
            .send()
            .await
            .unwrap();
        assert!(res.headers()[LOCATION].to_str().unwrap().contains("lahetetty=1"));
        let mut sent = false;
        for _ in 0..100 {
            let done: i64 = with_db!(&db, pool => sqlx::query_scalar(
                "SELECT COUNT(*) FROM outbox WHERE template = 'reset-mail' AND status = 'sent'",
            ).fetch_one(pool).await.unwrap());
            if done == 1 {
                sent = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert!(sent, "the other instance's worker sent the mail");
        let files: Vec<_> = std::fs::read_dir(&outbox).unwrap().flatten().collect();
        assert_eq!(files.len(), 1, "one message");
    }
}
