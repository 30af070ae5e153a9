//! The retention run at telecom scale (issue #17), on PostgreSQL with traffic data
//! partitioned by month: `BENCH_TRAFFIC` (default 10 000 000) traffic records spread
//! evenly over the year before the clock, then two runs with the clock moved on so that
//! each removes a share of them (about 10 % and 5 %), each timed, while a customer's
//! traffic page is loaded at half its maximum rate from another process's server: its
//! p99 during the run against its p99 without.
//!
//! `scripts/bench-retention.sh` seeds `BENCH_CUSTOMERS` (default 10 000) customers in a
//! new database of the test cluster and runs this with `BENCH_DATABASE_URL` as the
//! schema's owner (so the run may drop partitions).

mod common;

use app::ssr::db::Db;
use app::ssr::retention::{partitions, run, RunOptions};
use chrono::{DateTime, Duration as Days, Utc};
use common::*;
use std::time::{Duration, Instant};

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(bench());
}

fn register() -> app::register::Register {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../register/elmonet.toml");
    app::register::Register::parse(&std::fs::read_to_string(path).expect("register")).expect("register parses")
}

async fn count(pool: &sqlx::PgPool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM traffic_records").fetch_one(pool).await.expect("count")
}

/// `n` traffic records spread evenly over the 365 days before `now`, over every
/// customer, a million per statement.
async fn fill(pool: &sqlx::PgPool, n: i64, now: DateTime<Utc>) {
    let chunk = 1_000_000;
    let mut from = 0;
    while from < n {
        let to = (from + chunk).min(n);
        sqlx::query(
            "WITH c AS (SELECT array_agg(id ORDER BY id) AS ids FROM customers)
             INSERT INTO traffic_records (customer_id, started_at, duration_seconds, direction, kind, other_party)
             SELECT c.ids[1 + g % cardinality(c.ids)],
                    $1 - (g::float8 / $2) * interval '365 days',
                    60, 'outgoing', 'call', '+358401234567'
             FROM c, generate_series($3, $4 - 1) g",
        )
        .bind(now)
        .bind(n as f64)
        .bind(from)
        .bind(to)
        .execute(pool)
        .await
        .expect("fill traffic");
        from = to;
    }
    sqlx::query("VACUUM ANALYZE traffic_records").execute(pool).await.expect("vacuum");
}

async fn bench() {
    // RUST_LOG=app=info shows each month's drop: its scan and how long the table was
    // locked against pages.
    if std::env::var("RUST_LOG").is_ok() {
        tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    }
    let url = std::env::var("BENCH_DATABASE_URL").expect("BENCH_DATABASE_URL (scripts/bench-retention.sh sets it)");
    let traffic: i64 = env_or("BENCH_TRAFFIC", 10_000_000);
    let seconds = Duration::from_secs(env_or("BENCH_SECONDS", 5));
    let passes: Vec<f64> = std::env::var("BENCH_PASSES")
        .unwrap_or_else(|_| "36.5,18.25".into())
        .split(',')
        .map(|d| d.trim().parse().expect("BENCH_PASSES: days, separated by commas"))
        .collect();
    let db = Db::connect(&url, 4).await.expect("the benchmark's database");
    let Db::Postgres(pool) = &db else { panic!("the retention benchmark is for PostgreSQL") };
    assert!(partitions::managed(pool).await.expect("owner?"), "run as the schema's owner");
    let register = register();

    // Today's run makes the months' partitions; then the year of traffic.
    let t0 = Utc::now();
    run(&db, &register, t0, RunOptions::default()).await.expect("first run");
    let seeded = count(pool).await;
    let filling = Instant::now();
    fill(pool, traffic, t0).await;
    let total = count(pool).await;
    println!(
        "\nPostgreSQL: {} traffic records ({} added in {:.0} s), {} monthly partitions\n",
        total,
        total - seeded,
        filling.elapsed().as_secs_f64(),
        partitions::months(pool).await.expect("months").len()
    );

    let served = Served::start(&url);
    served.ready().await;
    let maija =
        signed_in(&served.base, app::ssr::seed::DEMO_PRIVATE_EMAIL, app::ssr::seed::DEMO_PRIVATE_PASSWORD).await;
    let page = get(&maija, format!("{}/oma/tiedot/traffic_data", served.base));
    let max = max_throughput(&page, 16, seconds).await;
    let rate = max / 2.0;
    let (alone, failed_alone) = at_rate(&page, rate, seconds).await;
    println!(
        "Maija's traffic page (/oma/tiedot/traffic_data): {max:.0} req/s at most; at {rate:.0} req/s alone p50 {} ms, p99 {} ms ({failed_alone} failed)\n",
        ms(pct(&alone, 0.5)),
        ms(pct(&alone, 0.99))
    );
    println!("| run (clock) | removed | of the table | months dropped | run time (s) | ms per 1 000 removed | page p99 during (ms) | × alone | failed |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    // By default about 10 % and then 5 % more: the cutoff a twelve-month rule moves by
    // 36.5 and 18.25 days of the 365 the traffic covers (`BENCH_PASSES`, in days).
    let mut clock = t0;
    for days in passes {
        clock += Days::seconds((days * 86_400.0) as i64);
        let before = count(pool).await;
        let months_before = partitions::months(pool).await.expect("months");
        let started = Instant::now();
        let (db2, register2) = (db.clone(), register.clone());
        let pass = tokio::spawn(async move { run(&db2, &register2, clock, RunOptions::default()).await });
        let mut during = Vec::new();
        let mut failed = 0;
        // The page at the same rate for as long as the run lasts (at least 1 s).
        while !pass.is_finished() || during.is_empty() {
            let (times, f) = at_rate(&page, rate, Duration::from_secs(1)).await;
            during.extend(times);
            failed += f;
        }
        let reports = pass.await.expect("run task").expect("run");
        let took = started.elapsed();
        during.sort();
        let removed = before - count(pool).await;
        let report = reports.iter().find(|r| r.category == "traffic_data").expect("traffic report");
        assert_eq!(report.deleted, removed, "the report counts what went");
        let months_after = partitions::months(pool).await.expect("months");
        let dropped = months_before.iter().filter(|m| !months_after.contains(m)).count();
        let p99 = pct(&during, 0.99);
        println!(
            "| +{days} days | {removed} | {:.1} % | {dropped} | {:.2} | {:.2} | {} | {:.1} | {failed} |",
            100.0 * removed as f64 / before as f64,
            took.as_secs_f64(),
            took.as_secs_f64() * 1e6 / removed.max(1) as f64,
            ms(p99),
            p99.as_secs_f64() / pct(&alone, 0.99).as_secs_f64(),
        );
    }
    drop(served);
}
