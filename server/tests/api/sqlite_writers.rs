//! SQLite under concurrency (issue #19): 50 writers at once for a minute (shorter with
//! `TIETONI_SOAK_SECONDS`) — consent changes and request filings by two customers, each
//! a write transaction that also chains an audit row — and not one answer is a busy
//! error or any 5xx: every write transaction begins IMMEDIATE (`BeginWrite`), so none
//! fails half-way on a lock another writer took.

use crate::helpers::spawn_app;
use app::ssr::seed::*;
use app::with_db;
use reqwest::header::LOCATION;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const WRITERS: usize = 50;

#[tokio::test]
async fn fifty_writers_for_a_minute_meet_no_busy_error_and_no_5xx() {
    let seconds: u64 = std::env::var("TIETONI_SOAK_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let app = Arc::new(spawn_app().await);
    let mut customers = Vec::new();
    for (login, password) in
        [(DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD), (DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD)]
    {
        let client = crate::helpers::browser();
        app.sign_in_with(&client, login, password).await;
        customers.push(client);
    }
    let (writes, failures) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for w in 0..WRITERS {
        let (app, client) = (app.clone(), customers[w % 2].clone());
        let (writes, failures) = (writes.clone(), failures.clone());
        tasks.push(tokio::spawn(async move {
            let mut n = 0u64;
            while Instant::now() < until {
                n += 1;
                let res = if n.is_multiple_of(4) {
                    let key = format!("soak{w:02}{n:08}{}", uuid::Uuid::new_v4().simple());
                    let form = [("idempotency_key", key.as_str()), ("kind", "question"), ("text", "Kuormitus.")];
                    client
                        .post(app.url("/api/file_text_request"))
                        .header("referer", app.url("/oma/pyynnot/uusi/kysymys"))
                        .form(&form)
                        .send()
                        .await
                } else {
                    let give = if (n + w as u64).is_multiple_of(2) { "true" } else { "false" };
                    let channel = ["email", "sms", "phone"][w % 3];
                    client
                        .post(app.url("/api/set_consent"))
                        .header("referer", app.url("/oma/luvat"))
                        .form(&[("purpose", "direct_marketing"), ("channel", channel), ("give", give)])
                        .send()
                        .await
                };
                let res = res.expect("an answer");
                let to = res.headers().get(LOCATION).and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
                if res.status() == 302 && !to.contains("__err") {
                    writes.fetch_add(1, Ordering::Relaxed);
                } else {
                    failures.fetch_add(1, Ordering::Relaxed);
                    eprintln!("writer {w}: {} {to}", res.status());
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let (writes, failures) = (writes.load(Ordering::Relaxed), failures.load(Ordering::Relaxed));
    println!("sqlite: {WRITERS} writers for {seconds} s: {writes} writes, {failures} failures");
    assert_eq!(failures, 0, "busy errors or 5xx under {WRITERS} writers");
    assert!(writes > WRITERS, "the writers wrote");
    let chain = app::ssr::audit::verify(&app.db).await.unwrap();
    assert!(chain.is_intact(), "the audit chain stays whole");
    let filed: i64 = with_db!(&app.db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM requests WHERE idempotency_key LIKE 'soak%'",
    ).fetch_one(pool).await.unwrap());
    assert!(filed > 0);
}

/// The write-ahead log is emptied by the checkpoint `serve` runs every few seconds,
/// also while a reader holds a snapshot open until it ends (the busy timeout waits).
#[tokio::test]
async fn a_checkpoint_empties_the_write_ahead_log() {
    let path = std::env::temp_dir().join(format!("tietoni-wal-{}.db", uuid::Uuid::new_v4().simple()));
    let db = app::ssr::db::Db::connect(&format!("sqlite:{}", path.display()), 4).await.unwrap();
    server::startup::migrate(&db).await.unwrap();
    let wal = || std::fs::metadata(format!("{}-wal", path.display())).map(|m| m.len()).unwrap_or(0);
    crate::helpers::seed_small(&db).await;
    assert!(wal() > 0, "the seed went to the log");
    // A reader in the middle of a transaction: the checkpoint waits for it to end.
    let app::ssr::db::Db::Sqlite(pool) = &db else { unreachable!() };
    let mut reader = pool.begin().await.unwrap();
    let _: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM customers").fetch_one(&mut *reader).await.unwrap();
    let ends = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        reader.commit().await.unwrap();
    });
    assert!(db.checkpoint().await.unwrap(), "done, not busy");
    ends.await.unwrap();
    assert_eq!(wal(), 0, "the log is empty");
    let n: i64 =
        with_db!(&db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM customers").fetch_one(pool).await.unwrap());
    assert!(n > 0, "and the data is in the database");
    db.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}
