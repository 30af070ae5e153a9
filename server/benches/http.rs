//! The project's benchmark: costs of requests measured against each other in one run,
//! on this machine, as ratios (never as timed assertions in tests).
//!
//! `scripts/bench.sh` (`cargo bench -p server --bench http`) starts the real app on a
//! fresh SQLite file with a small demo register, then runs each scenario sequentially
//! over HTTP on loopback. For each it reports the median wall time, the process CPU time
//! per request (client and server share the process; /healthz carries the same client
//! cost), and the ratios of the median to `GET /healthz` and to one argon2id
//! verification. `BENCH_N` sets the number of requests per scenario (default 200),
//! `BENCH_TRAFFIC` the traffic records of the demo customer (default 100 000).

use app::ssr::seed::*;
use server::config::{LogFormat, Settings};
use server::startup::{migrate, Application};
use std::time::{Duration, Instant};

/// CPU time (user + system) of this process so far, from /proc (Linux), in clock ticks
/// of 10 ms: a scenario needs a few hundred requests for a precise figure.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    // utime and stime are fields 14 and 15 of the whole line (11 and 12 after the name).
    let ticks: u64 = fields.get(11).and_then(|u| u.parse().ok()).unwrap_or(0)
        + fields.get(12).and_then(|s| s.parse().ok()).unwrap_or(0);
    // Clock ticks are 100 per second on Linux.
    Duration::from_millis(ticks * 10)
}

struct Measured {
    name: &'static str,
    median: Duration,
    cpu_per_request: Duration,
}

async fn measure<F, Fut>(name: &'static str, n: usize, mut call: F) -> Measured
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for _ in 0..n.min(5) {
        call().await; // warm-up
    }
    let mut times = Vec::with_capacity(n);
    let cpu_start = cpu_time();
    for _ in 0..n {
        let t = Instant::now();
        call().await;
        times.push(t.elapsed());
    }
    let cpu = cpu_time() - cpu_start;
    times.sort();
    Measured { name, median: times[n / 2], cpu_per_request: cpu / n as u32 }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(run());
}

async fn run() {
    let dir = std::env::temp_dir().join(format!("tietoni-bench-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let db = app::ssr::db::Db::connect(&format!("sqlite:{}", dir.join("bench.db").display()), 10).await.expect("db");
    migrate(&db).await.expect("migrate");
    let traffic: u32 = std::env::var("BENCH_TRAFFIC").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let opts = SeedOptions { customers: 20, demo_traffic: traffic, traffic_per_customer: 50, ..SeedOptions::default() };
    seed(&db, &opts).await.expect("seed");
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let settings = Settings {
        database_url: String::new(),
        listen: ([127, 0, 0, 1], 0).into(),
        register_file: root.join("register/elmonet.toml"),
        site_root: root.join("target/site"),
        log_format: LogFormat::Pretty,
        max_connections: 10,
        secure_cookies: false,
        migration_database_url: None,
        sign_in_attempts_per_minute: 1_000_000,
        public_url: "http://127.0.0.1".into(),
        mail_from: "Tietoni <tietoni@elmonet.example>".into(),
        smtp_url: None,
        outbox_dir: dir.join("outbox"),
        ..Settings::default()
    };
    // A row 90 % of the way down Maija's traffic list, newest first: the cursor of a deep page.
    let deep: i64 = app::with_db!(&db, pool => sqlx::query_scalar(
        "SELECT t.id FROM traffic_records t JOIN customers c ON c.id = t.customer_id WHERE c.customer_number = '100001'
         ORDER BY t.started_at DESC, t.id DESC LIMIT 1 OFFSET $1",
    ).bind(i64::from(traffic) * 9 / 10).fetch_one(pool).await.expect("deep row"));
    // Open requests for the staff queue, received over the last 90 days.
    let requests: i64 = std::env::var("BENCH_REQUESTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let now = chrono::Utc::now();
    app::with_db!(&db, pool => {
        let customers: Vec<i64> = sqlx::query_scalar("SELECT id FROM customers ORDER BY id").fetch_all(pool).await.expect("customers");
        let mut tx = pool.begin().await.expect("tx");
        for i in 0..requests {
            let received = now - chrono::Duration::minutes(i * 90 * 24 * 60 / requests.max(1));
            sqlx::query(
                "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details)
                 VALUES ($1, $2, 'question', 'received', $3, $4, '{\"question\":\"q\"}')",
            )
            .bind(format!("TN-2026-{:06}", 500_000 + i))
            .bind(customers[i as usize % customers.len()])
            .bind(received)
            .bind(app::domain::clock::due_date(received))
            .execute(&mut *tx)
            .await
            .expect("request");
        }
        tx.commit().await.expect("commit");
    });
    // The queue cursor 90 % of the way down (due date, id).
    let (deep_due, deep_id): (chrono::NaiveDate, i64) = app::with_db!(&db, pool => sqlx::query_as(
        "SELECT COALESCE(extended_due_on, due_on), id FROM requests ORDER BY COALESCE(extended_due_on, due_on), id LIMIT 1 OFFSET $1",
    ).bind(requests * 9 / 10).fetch_one(pool).await.expect("deep request"));
    let bench_db = db.clone();
    let register = app::register::Register::parse(&std::fs::read_to_string(&settings.register_file).expect("register"))
        .expect("register");
    let app = Application::build_with_db(settings, db).await.expect("app");
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped(std::future::pending()));
    let client = same_origin_client().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let n: usize = std::env::var("BENCH_N").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let sign_in_n = (n / 4).max(20);

    // Cheap requests run ten times as often, so their CPU time spans many clock ticks.
    let healthz = measure("GET /healthz", n * 10, || async {
        let res = client.get(format!("{base}/healthz")).send().await.expect("healthz");
        assert!(res.status().is_success());
    })
    .await;
    let landing = measure("GET / (landing page)", n * 10, || async {
        let res = client.get(format!("{base}/")).send().await.expect("landing");
        assert!(res.status().is_success());
    })
    .await;
    let sign_in = measure("POST /api/sign_in (right password)", sign_in_n, || async {
        let res = client
            .post(format!("{base}/api/sign_in"))
            .header("accept", "text/html")
            .form(&[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD)])
            .send()
            .await
            .expect("sign in");
        assert_eq!(res.status(), 302);
    })
    .await;
    let wrong = measure("POST /api/sign_in (wrong password)", sign_in_n, || async {
        let res = client
            .post(format!("{base}/api/sign_in"))
            .header("accept", "text/html")
            .header("referer", format!("{base}/kirjaudu"))
            .form(&[("login", DEMO_BUSINESS_EMAIL), ("password", "Wrong-password-123")])
            .send()
            .await
            .expect("sign in");
        assert_eq!(res.status(), 302);
    })
    .await;
    let unknown = measure("POST /api/sign_in (unknown account)", sign_in_n, || async {
        let res = client
            .post(format!("{base}/api/sign_in"))
            .header("accept", "text/html")
            .header("referer", format!("{base}/kirjaudu"))
            .form(&[("login", "nobody@example.fi"), ("password", "Wrong-password-123")])
            .send()
            .await
            .expect("sign in");
        assert_eq!(res.status(), 302);
    })
    .await;
    let maija =
        same_origin_client().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().expect("client");
    let res = maija
        .post(format!("{base}/api/sign_in"))
        .header("accept", "text/html")
        .form(&[("login", DEMO_PRIVATE_EMAIL), ("password", DEMO_PRIVATE_PASSWORD)])
        .send()
        .await
        .expect("sign in");
    assert_eq!(res.status(), 302);
    let traffic_page = |path: String| {
        let maija = maija.clone();
        async move {
            let res = maija.get(path).send().await.expect("traffic page");
            assert_eq!(res.status(), 200);
            let html = res.text().await.expect("body");
            assert_eq!(html.matches("<tr>").count(), 101, "a page of 100 rows");
        }
    };
    let first = measure("GET traffic data, first page (100 rows)", n, || {
        traffic_page(format!("{base}/oma/tiedot/traffic_data"))
    })
    .await;
    let deep_page = measure("GET traffic data, page at 90 %", n, || {
        traffic_page(format!("{base}/oma/tiedot/traffic_data?jalkeen={deep}"))
    })
    .await;
    // A consent change that changes the state each time (give, withdraw, give, ...):
    // an event row and an audit row in one transaction, and the redirect to the receipt.
    let mut give = false;
    let consent = measure("POST /api/set_consent (a change)", n, || {
        give = !give;
        let maija = maija.clone();
        let url = format!("{base}/api/set_consent");
        async move {
            let res = maija
                .post(url)
                .header("accept", "text/html")
                .form(&[
                    ("purpose", "market_research"),
                    ("channel", "email"),
                    ("give", if give { "true" } else { "false" }),
                ])
                .send()
                .await
                .expect("consent");
            assert_eq!(res.status(), 302);
        }
    })
    .await;
    // Staff: the queue of open requests and one request opened (an audited read).
    let officer =
        same_origin_client().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().expect("client");
    officer
        .post(format!("{base}/api/sign_in"))
        .header("accept", "text/html")
        .form(&[("login", DEMO_DPO_EMAIL), ("password", DEMO_DPO_PASSWORD)])
        .send()
        .await
        .expect("sign in");
    let step = chrono::Utc::now().timestamp() as u64 / 30;
    let code = app::ssr::second_factor::code_at(app::ssr::second_factor::DEMO_STAFF_SECRET, step * 30).expect("code");
    let res = officer
        .post(format!("{base}/api/verify_sign_in_code"))
        .header("accept", "text/html")
        .form(&[("code", code)])
        .send()
        .await
        .expect("code");
    assert_eq!(res.headers()["location"], "/henkilosto");
    let queue_page = |path: String| {
        let officer = officer.clone();
        async move {
            let res = officer.get(path).send().await.expect("queue");
            assert_eq!(res.status(), 200);
            let html = res.text().await.expect("body");
            assert_eq!(html.matches("<tr>").count(), 51, "a page of 50 requests");
        }
    };
    let queue_first =
        measure("GET staff queue, first page (50 rows)", n, || queue_page(format!("{base}/henkilosto"))).await;
    let queue_deep = measure("GET staff queue, page at 90 %", n, || {
        queue_page(format!("{base}/henkilosto?jalkeen={deep_due}_{deep_id}"))
    })
    .await;
    let open_request = measure("GET staff request (audited read)", n, || {
        let officer = officer.clone();
        let url = format!("{base}/henkilosto/pyynnot/TN-2026-500000");
        async move {
            let res = officer.get(url).send().await.expect("request");
            assert_eq!(res.status(), 200);
        }
    })
    .await;
    let export = export_figures(&maija, &base, &bench_db, &register).await;
    let hash = app::ssr::password::hash_blocking(DEMO_PRIVATE_PASSWORD.into()).await;
    let argon2 = measure("one argon2id verification", sign_in_n, || {
        let hash = hash.clone();
        async move {
            assert!(app::ssr::password::verify_blocking(DEMO_PRIVATE_PASSWORD.into(), hash).await);
        }
    })
    .await;

    println!(
        "Tietoni benchmark: {n} requests per scenario ({sign_in_n} for sign-in), sequential, loopback, SQLite, \
         Maija with {traffic} traffic records, {requests} open requests in the staff queue"
    );
    println!(
        "{:<42} {:>10} {:>13} {:>10} {:>10} {:>9}",
        "scenario", "median", "CPU/request", "×healthz", "CPU×hlthz", "×argon2"
    );
    for m in [
        &healthz,
        &landing,
        &first,
        &deep_page,
        &consent,
        &queue_first,
        &queue_deep,
        &open_request,
        &sign_in,
        &wrong,
        &unknown,
        &argon2,
    ] {
        println!(
            "{:<42} {:>7.2} ms {:>10.2} ms {:>10.1} {:>10.1} {:>9.2}",
            m.name,
            m.median.as_secs_f64() * 1e3,
            m.cpu_per_request.as_secs_f64() * 1e3,
            m.median.as_secs_f64() / healthz.median.as_secs_f64(),
            m.cpu_per_request.as_secs_f64() / healthz.cpu_per_request.as_secs_f64(),
            m.median.as_secs_f64() / argon2.median.as_secs_f64(),
        );
    }
    println!();
    println!(
        "JSON export of Maija's package ({} bytes): HTTP {:.0} ms (first byte {:.1} ms), \
         in-process stream {:.0} ms, ratio {:.2}; peak RSS {} KiB before, {} KiB after (+{} KiB)",
        export.bytes,
        export.http.as_secs_f64() * 1e3,
        export.first_byte.as_secs_f64() * 1e3,
        export.in_process.as_secs_f64() * 1e3,
        export.http.as_secs_f64() / export.in_process.as_secs_f64(),
        export.hwm_before,
        export.hwm_after,
        export.hwm_after.saturating_sub(export.hwm_before),
    );
    let _ = std::fs::remove_dir_all(&dir);
}

struct ExportFigures {
    bytes: u64,
    http: Duration,
    first_byte: Duration,
    in_process: Duration,
    hwm_before: u64,
    hwm_after: u64,
}

/// Peak resident set size of this process (VmHWM, KiB).
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The export over HTTP (time to first byte and to the end, peak RSS before and after,
/// with the peak reset first) and the same rows streamed in process into a counting sink.
async fn export_figures(
    maija: &reqwest::Client,
    base: &str,
    db: &app::ssr::db::Db,
    register: &app::register::Register,
) -> ExportFigures {
    let res = maija
        .post(format!("{base}/api/reauthenticate"))
        .header("accept", "text/html")
        .form(&[("password", DEMO_PRIVATE_PASSWORD), ("next", "/oma/vienti")])
        .send()
        .await
        .expect("reauthenticate");
    assert_eq!(res.status(), 302);
    // Reset the peak RSS to the current RSS (Linux: write 5 to clear_refs).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let hwm_before = peak_rss_kib();
    let started = Instant::now();
    let mut res = maija
        .get(format!("{base}/oma/vienti/lataa"))
        .header("accept", "application/json")
        .send()
        .await
        .expect("export");
    assert_eq!(res.status(), 200);
    let mut bytes = 0u64;
    let mut first_byte = None;
    while let Some(chunk) = res.chunk().await.expect("export body") {
        first_byte.get_or_insert_with(|| started.elapsed());
        bytes += chunk.len() as u64;
    }
    let http = started.elapsed();
    let hwm_after = peak_rss_kib();
    let customer_id: app::domain::CustomerId = app::with_db!(db, pool => sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = '100001'")
        .fetch_one(pool).await.expect("customer"));
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
    let sink = tokio::spawn(async move {
        let mut n = 0u64;
        while let Some(chunk) = rx.recv().await {
            n += chunk.len() as u64;
        }
        n
    });
    let started = Instant::now();
    app::ssr::export::stream(db, register, customer_id, "http://127.0.0.1", tx).await.expect("stream");
    let streamed = sink.await.expect("sink");
    let in_process = started.elapsed();
    assert!(streamed > 0);
    ExportFigures { bytes, http, first_byte: first_byte.unwrap_or_default(), in_process, hwm_before, hwm_after }
}

/// A client that marks its posts as coming from the portal's own pages, as a browser
/// does (the portal refuses state changes without such a sign).
fn same_origin_client() -> reqwest::ClientBuilder {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", reqwest::header::HeaderValue::from_static("same-origin"));
    reqwest::Client::builder().default_headers(headers)
}
