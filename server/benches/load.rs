//! The benchmark under concurrent load (issue #19), as ratios to `GET /healthz` under
//! the same load, in one run on this machine.
//!
//! `scripts/bench-load.sh` seeds a register of `BENCH_CUSTOMERS` (default 10 000)
//! customers on SQLite and on PostgreSQL and runs this against the release binary
//! `tietoni serve` in its own process (the load comes from this one, over loopback). Per
//! scenario: the maximum throughput (closed loop, `BENCH_CONNECTIONS` at once, default
//! 32, for `BENCH_SECONDS`, default 5), then p50 and p99 of the latency at half that
//! rate (open loop: each request sent at its scheduled moment and timed from it, so a
//! slow answer cannot hide the ones queued behind it). Then the same pages' p99 at a
//! fixed rate alone and again while a flood of sign-ins (argon2) runs.
//!
//! `BENCH_DATABASE_URL` names the seeded database; the script sets it.

mod common;

use common::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    use app::ssr::seed::*;
    let url = std::env::var("BENCH_DATABASE_URL").expect("BENCH_DATABASE_URL (scripts/bench-load.sh sets it)");
    let seconds = Duration::from_secs(env_or("BENCH_SECONDS", 5));
    let connections: usize = env_or("BENCH_CONNECTIONS", 32);
    let served = Served::start(&url);
    let (base, port) = (served.base.clone(), served.port);
    served.ready().await;
    let backend = if url.starts_with("sqlite") { "SQLite" } else { "PostgreSQL" };
    let anonymous = client(false);
    let maija = signed_in(&base, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let matti = signed_in(&base, DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD).await;
    let scenarios: Vec<(&str, Call)> = vec![
        ("GET /healthz", get(&anonymous, format!("{base}/healthz"))),
        ("GET / (landing page)", get(&anonymous, format!("{base}/"))),
        ("GET /oma/tiedot (My data, signed in)", get(&maija, format!("{base}/oma/tiedot"))),
        (
            "POST set_consent (a change each time)",
            post(&maija, format!("{base}/api/set_consent"), format!("{base}/oma/luvat"), |i| {
                let give = if i % 2 == 0 { "false" } else { "true" };
                vec![
                    ("purpose".into(), "direct_marketing".into()),
                    ("channel".into(), "email".into()),
                    ("give".into(), give.into()),
                ]
            }),
        ),
        (
            "POST file_text_request (a request filed)",
            post(
                &matti,
                format!("{base}/api/file_text_request"),
                format!("{base}/oma/pyynnot/uusi/kysymys"),
                move |i| {
                    vec![
                        ("idempotency_key".into(), format!("load{port}{i:012}0000")),
                        ("kind".into(), "question".into()),
                        ("text".into(), "Kuormitustesti.".into()),
                    ]
                },
            ),
        ),
    ];
    // "My data" one request at a time, before the write scenarios (and again after them).
    let solo_before = one_at_a_time(&scenarios[2].1, seconds).await;
    println!("\n{backend}: {connections} connections, {} s per measurement\n", seconds.as_secs());
    println!("| scenario | max req/s | × healthz | p50 at half (ms) | p99 at half (ms) | p50 × healthz | p99 × healthz | failed |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut base_line: Option<(f64, Duration, Duration)> = None;
    let mut rates = Vec::new();
    for (name, call) in &scenarios {
        let max = max_throughput(call, connections, seconds).await;
        let (times, failed) = at_rate(call, max / 2.0, seconds).await;
        let (p50, p99) = (pct(&times, 0.50), pct(&times, 0.99));
        let (h_max, h50, h99) = *base_line.get_or_insert((max, p50, p99));
        println!(
            "| {name} | {max:.0} | {:.3} | {} | {} | {:.1} | {:.1} | {failed} |",
            max / h_max,
            ms(p50),
            ms(p99),
            p50.as_secs_f64() / h50.as_secs_f64(),
            p99.as_secs_f64() / h99.as_secs_f64(),
        );
        rates.push(max);
    }

    // Filing left a mail job per request filed, which the instance's worker sends in the
    // background: "My data" at half its rate while it does, the time it took, and "My
    // data" again once it is done; only then the flood, so the two are measured apart.
    let db = app::ssr::db::Db::connect(&url, 2).await.expect("the benchmark's database");
    let pending = || {
        let db = db.clone();
        async move {
            app::with_db!(&db, pool => sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
                .fetch_one(pool).await.expect("outbox"))
        }
    };
    let (my_data, my_data_rate) = (&scenarios[2].1, rates[2] / 2.0);
    let backlog = pending().await;
    let draining = Instant::now();
    let (during, failed_during) = at_rate(my_data, my_data_rate, seconds).await;
    let mut left = pending().await;
    while left > 0 && draining.elapsed() < Duration::from_secs(600) {
        tokio::time::sleep(Duration::from_millis(200)).await;
        left = pending().await;
    }
    let drained = draining.elapsed();
    let (after, failed_after) = at_rate(my_data, my_data_rate, seconds).await;
    let sent = match backlog {
        0 => "no mail pending".to_owned(),
        n => format!("{n} mails pending, all sent {:.1} s later ({left} left)", drained.as_secs_f64()),
    };
    println!("\nThe outbox after the filing: {sent}.\n");
    println!("| page | p99 while they are sent (ms) | failed | p99 after (ms) | failed |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| {} | {} | {failed_during} | {} | {failed_after} |",
        scenarios[2].0,
        ms(pct(&during, 0.99)),
        ms(pct(&after, 0.99))
    );

    let solo_after = one_at_a_time(my_data, seconds).await;
    let wal = url
        .strip_prefix("sqlite:")
        .and_then(|path| std::fs::metadata(format!("{path}-wal")).ok())
        .map(|m| format!("; the write-ahead log is {:.1} MiB", m.len() as f64 / 1048576.0))
        .unwrap_or_default();
    println!(
        "\n{} one at a time: p50 {} ms, p99 {} ms before the write scenarios; p50 {} ms, p99 {} ms after{wal}.",
        scenarios[2].0,
        ms(pct(&solo_before, 0.5)),
        ms(pct(&solo_before, 0.99)),
        ms(pct(&solo_after, 0.5)),
        ms(pct(&solo_after, 0.99)),
    );

    // A sign-in flood next to the pages: the pages at half their own maximum rate, alone
    // and while `connections` callers sign in with wrong passwords as fast as they can.
    let flood = post(&anonymous, format!("{base}/api/sign_in"), format!("{base}/kirjaudu"), |i| {
        vec![
            ("login".into(), format!("nobody{}@example.fi", i % 1000)),
            ("password".into(), "Wrong-password-123".into()),
        ]
    });
    println!(
        "\nSign-in flood ({connections} callers, unknown accounts) beside the pages at half their maximum rate:\n"
    );
    println!("| page | p99 alone (ms) | p99 in the flood (ms) | × | sign-ins/s in the flood |");
    println!("| --- | --- | --- | --- | --- |");
    for (i, (name, call)) in scenarios.iter().enumerate().take(3).skip(1) {
        let rate = rates[i] / 2.0;
        let (alone, _) = at_rate(call, rate, seconds).await;
        let signed = Arc::new(AtomicU64::new(0));
        let until = Instant::now() + seconds;
        let flooders: Vec<_> = (0..connections)
            .map(|_| {
                let (flood, signed) = (flood.clone(), signed.clone());
                tokio::spawn(async move {
                    let mut n = 0;
                    while Instant::now() < until {
                        n += 1;
                        // A wrong password answers 302 back to the form with an error.
                        let _ = flood(n).await;
                        signed.fetch_add(1, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (during, _) = at_rate(call, rate, seconds - Duration::from_millis(300)).await;
        for f in flooders {
            f.await.expect("flood");
        }
        let (a, d) = (pct(&alone, 0.99), pct(&during, 0.99));
        println!(
            "| {name} | {} | {} | {:.1} | {:.0} |",
            ms(a),
            ms(d),
            d.as_secs_f64() / a.as_secs_f64(),
            signed.load(Ordering::Relaxed) as f64 / seconds.as_secs_f64()
        );
    }
    drop(served);
}
