//! The retention run (issue #17) on both backends, with the clock moved instead of
//! waited for: exactly what is past its period goes, nothing held and nothing else
//! (every other table compared before and after); a dry run changes nothing; a run cut
//! short and run again ends where one whole run does; one instance at a time on
//! PostgreSQL.

use crate::helpers::{every_backend, seed_small};
use app::ssr::db::Db;
use app::ssr::retention::{run, RetentionError, RunOptions};
use app::with_db;
use chrono::{DateTime, Duration, Utc};

fn register() -> app::register::Register {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../register/elmonet.toml");
    app::register::Register::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every table's rows (all columns, as text) except the run's own bookkeeping, the
/// audit log it writes to, and `skip`.
async fn contents(db: &Db, skip: &[&str]) -> std::collections::BTreeMap<String, Vec<String>> {
    let tables: Vec<String> = match db {
        Db::Sqlite(pool) => sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    let mut out = std::collections::BTreeMap::new();
    for table in tables {
        if ["retention_reports", "audit_log", "audit_chain"].contains(&table.as_str()) || skip.contains(&table.as_str())
        {
            continue;
        }
        let rows: Vec<String> = match db {
            Db::Sqlite(pool) => {
                let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
                    .bind(&table)
                    .fetch_all(pool)
                    .await
                    .unwrap();
                let row = columns.iter().map(|c| format!("quote({c})")).collect::<Vec<_>>().join(" || '|' || ");
                sqlx::query_scalar(&format!("SELECT {row} FROM {table} ORDER BY 1")).fetch_all(pool).await.unwrap()
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar(&format!("SELECT t::text FROM {table} t ORDER BY 1")).fetch_all(pool).await.unwrap()
            }
        };
        out.insert(table, rows);
    }
    out
}

/// The ids of `table` that must survive a run at `now`: not past the cutoff, or of a
/// customer held back, by a query of its own.
async fn survivors(db: &Db, table: &str, column: &str, cutoff: DateTime<Utc>) -> Vec<i64> {
    let sql = format!(
        "SELECT t.id FROM {table} t WHERE t.{column} >= $1
            OR t.customer_id IN (SELECT customer_id FROM requests WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended'))
            OR t.customer_id IN (SELECT id FROM customers WHERE processing_restricted)
            OR t.customer_id IN (SELECT customer_id FROM collection_cases WHERE status = 'open')
         ORDER BY t.id"
    );
    with_db!(db, pool => sqlx::query_scalar(&sql).bind(cutoff).fetch_all(pool).await.unwrap())
}

async fn ids(db: &Db, table: &str) -> Vec<i64> {
    with_db!(db, pool => sqlx::query_scalar(&format!("SELECT id FROM {table} ORDER BY id")).fetch_all(pool).await.unwrap())
}

/// Holds for the test: one customer with an open request, one restricted, one with an
/// open debt-collection case (the demo data has some), the rest free.
async fn holds(db: &Db) {
    with_db!(db, pool => {
        sqlx::query("UPDATE requests SET status = 'in_progress' WHERE customer_id = (SELECT id FROM customers WHERE customer_number = '100001')")
            .execute(pool).await.unwrap();
        sqlx::query("UPDATE customers SET processing_restricted = TRUE WHERE customer_number = '100002'")
            .execute(pool).await.unwrap();
    });
}

/// A seeded register with holds, a clock eighteen months on (much of the demo traffic
/// and recordings is then past 12 months), and the ids that must survive a run.
struct Setup {
    register: app::register::Register,
    now: DateTime<Utc>,
    traffic: Vec<i64>,
    recordings: Vec<i64>,
}

async fn setup(db: &Db) -> Setup {
    seed_small(db).await;
    holds(db).await;
    let now = Utc::now() + Duration::days(548);
    let cutoff = app::domain::retention::Period::parse("P12M").unwrap().before(now).unwrap();
    let traffic = survivors(db, "traffic_records", "started_at", cutoff).await;
    let recordings = survivors(db, "call_recordings", "recorded_at", cutoff).await;
    Setup { register: register(), now, traffic, recordings }
}

#[tokio::test]
async fn a_run_removes_exactly_what_is_due_and_nothing_held_or_else() {
    for db in every_backend().await {
        let Setup { register, now, traffic, recordings } = setup(&db).await;
        let (traffic_before, recordings_before) =
            (ids(&db, "traffic_records").await, ids(&db, "call_recordings").await);
        assert!(traffic.len() < traffic_before.len() && recordings.len() < recordings_before.len(), "some are due");
        let others = contents(&db, &["traffic_records", "call_recordings"]).await;

        // A dry run counts and changes nothing.
        let all = contents(&db, &[]).await;
        let dry = run(&db, &register, now, RunOptions { dry_run: true, ..Default::default() }).await.unwrap();
        assert_eq!(contents(&db, &[]).await, all, "the dry run changed something");
        let traffic_report = dry.iter().find(|r| r.category == "traffic_data").unwrap();
        assert_eq!(traffic_report.due - traffic_report.held_back, (traffic_before.len() - traffic.len()) as i64);
        assert_eq!(traffic_report.deleted, 0);
        assert!(traffic_report.held_back > 0, "Maija's open request holds her old traffic back");
        assert!(
            traffic_report.note.as_deref().is_some_and(|n| n.contains("open_request:")),
            "{:?}",
            traffic_report.note
        );

        // The run: exactly the due and unheld go, in batches, and nothing else changes.
        let reports = run(&db, &register, now, RunOptions { batch_size: 97, ..Default::default() }).await.unwrap();
        assert_eq!(ids(&db, "traffic_records").await, traffic);
        assert_eq!(ids(&db, "call_recordings").await, recordings);
        assert_eq!(contents(&db, &["traffic_records", "call_recordings"]).await, others, "another table changed");
        let deleted: i64 = reports.iter().map(|r| r.deleted).sum();
        assert_eq!(deleted as usize, traffic_before.len() - traffic.len() + recordings_before.len() - recordings.len());
        // Reported to the table and the audit log, with counts only.
        let reported: i64 = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM retention_reports WHERE NOT dry_run AND deleted > 0",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(reported, 2);
        let audited: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT detail FROM audit_log WHERE action = 'retention_run' ORDER BY id",
        ).fetch_all(pool).await.unwrap());
        assert_eq!(audited.len(), 4, "{audited:?}");
        assert!(audited[0].starts_with("traffic_data/traffic_data/due=") && audited[0].ends_with("/dry_run"));
        // A second run finds nothing more to do.
        let again = run(&db, &register, now, RunOptions::default()).await.unwrap();
        assert!(again.iter().all(|r| r.deleted == 0));
    }
}

#[tokio::test]
async fn a_run_cut_short_is_finished_by_the_next() {
    for db in every_backend().await {
        let Setup { register, now, traffic, recordings } = setup(&db).await;
        let before = ids(&db, "traffic_records").await.len();
        // The "crash": the run stops after two batches of 10.
        let cut = run(&db, &register, now, RunOptions { batch_size: 10, max_batches: Some(2), dry_run: false })
            .await
            .unwrap();
        assert_eq!(cut.iter().map(|r| r.deleted).sum::<i64>(), 20);
        let partway = ids(&db, "traffic_records").await.len();
        assert!(partway == before - 20 && partway > traffic.len(), "stopped partway: {partway} of {before}");
        run(&db, &register, now, RunOptions::default()).await.unwrap();
        assert_eq!(ids(&db, "traffic_records").await, traffic);
        assert_eq!(ids(&db, "call_recordings").await, recordings);
    }
}

#[tokio::test]
async fn on_postgres_one_instance_runs_it_at_a_time() {
    let Some(db) = crate::helpers::fresh_postgres().await else { return };
    seed_small(&db).await;
    let Db::Postgres(pool) = &db else { unreachable!() };
    // Another instance holds the run's lock.
    let mut other = pool.acquire().await.unwrap();
    let key: i64 = 0x7469_6574_6f6e_6901;
    let got: bool =
        sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(key).fetch_one(&mut *other).await.unwrap();
    assert!(got);
    let refused = run(&db, &register(), Utc::now(), RunOptions::default()).await;
    assert!(matches!(refused, Err(RetentionError::AlreadyRunning)), "{refused:?}");
    sqlx::query("SELECT pg_advisory_unlock($1)").bind(key).execute(&mut *other).await.unwrap();
    drop(other);
    assert!(run(&db, &register(), Utc::now(), RunOptions { dry_run: true, ..Default::default() }).await.is_ok());
}
