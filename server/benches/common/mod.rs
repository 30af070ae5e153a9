//! What the load benchmarks share: the load generator (closed and open loop), the
//! percentiles, and clients signed in over HTTP.
#![allow(dead_code)]

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub type Call = Arc<dyn Fn(u64) -> Pin<Box<dyn Future<Output = bool> + Send>> + Send + Sync>;

pub fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Requests per second with `connections` callers in a closed loop for `seconds`.
pub async fn max_throughput(call: &Call, connections: usize, seconds: Duration) -> f64 {
    let done = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + seconds;
    let counter = Arc::new(AtomicU64::new(0));
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (call, done, counter) = (call.clone(), done.clone(), counter.clone());
            tokio::spawn(async move {
                while Instant::now() < until {
                    if call(counter.fetch_add(1, Ordering::Relaxed)).await {
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    let start = Instant::now();
    for w in workers {
        w.await.expect("worker");
    }
    done.load(Ordering::Relaxed) as f64 / start.elapsed().as_secs_f64()
}

/// Latencies of requests sent at `rate` per second for `seconds`, each timed from the
/// moment it was due (open loop). Failed requests count as failures.
pub async fn at_rate(call: &Call, rate: f64, seconds: Duration) -> (Vec<Duration>, usize) {
    let start = tokio::time::Instant::now();
    let n = (rate * seconds.as_secs_f64()).max(1.0) as u64;
    let mut handles = Vec::with_capacity(n as usize);
    let counter = Arc::new(AtomicU64::new(1_000_000));
    for i in 0..n {
        let due = start + Duration::from_secs_f64(i as f64 / rate);
        tokio::time::sleep_until(due).await;
        let (call, counter) = (call.clone(), counter.clone());
        handles.push(tokio::spawn(async move {
            let ok = call(counter.fetch_add(1, Ordering::Relaxed)).await;
            (due.elapsed(), ok)
        }));
    }
    let mut times = Vec::with_capacity(handles.len());
    let mut failed = 0;
    for h in handles {
        let (t, ok) = h.await.expect("request");
        if ok {
            times.push(t);
        } else {
            failed += 1;
        }
    }
    times.sort();
    (times, failed)
}

/// Latencies of requests sent one at a time, each after the last answered, for `seconds`:
/// what one request costs with nothing else running.
pub async fn one_at_a_time(call: &Call, seconds: Duration) -> Vec<Duration> {
    let until = Instant::now() + seconds;
    let mut times = Vec::new();
    let mut i = 2_000_000;
    while Instant::now() < until {
        let start = Instant::now();
        if call(i).await {
            times.push(start.elapsed());
        }
        i += 1;
    }
    times.sort();
    times
}

pub fn pct(times: &[Duration], p: f64) -> Duration {
    if times.is_empty() {
        return Duration::ZERO;
    }
    times[((times.len() as f64 * p) as usize).min(times.len() - 1)]
}

pub fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

pub fn client(cookies: bool) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    headers.insert("accept", "text/html".parse().unwrap());
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(cookies)
        .default_headers(headers)
        .pool_max_idle_per_host(256)
        .build()
        .expect("client")
}

pub async fn signed_in(base: &str, login: &str, password: &str) -> reqwest::Client {
    let c = client(true);
    let res = c
        .post(format!("{base}/api/sign_in"))
        .form(&[("login", login), ("password", password)])
        .send()
        .await
        .expect("sign in");
    assert_eq!(res.status(), 302, "signed in");
    c
}

pub fn get(c: &reqwest::Client, url: String) -> Call {
    let c = c.clone();
    Arc::new(move |_| {
        let (c, url) = (c.clone(), url.clone());
        Box::pin(async move { c.get(&url).send().await.is_ok_and(|r| r.status() == 200) })
    })
}

pub fn post(
    c: &reqwest::Client,
    url: String,
    referer: String,
    form: impl Fn(u64) -> Vec<(String, String)> + Send + Sync + 'static,
) -> Call {
    let c = c.clone();
    let form = Arc::new(form);
    Arc::new(move |i| {
        let (c, url, referer, form) = (c.clone(), url.clone(), referer.clone(), form.clone());
        Box::pin(async move {
            let res = c.post(&url).header("referer", referer).form(&form(i)).send().await;
            res.is_ok_and(|r| {
                r.status() == 302
                    && r.headers().get("location").and_then(|l| l.to_str().ok()).is_some_and(|l| !l.contains("__err"))
            })
        })
    })
}

/// The release binary `tietoni serve` on a free loopback port over the database `url`,
/// in its own process (its scheduled retention off, limits out of the way); stopped
/// when dropped.
pub struct Served {
    child: std::process::Child,
    pub base: String,
    pub port: u16,
    outbox: std::path::PathBuf,
}

impl Served {
    pub fn start(url: &str) -> Served {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let outbox = std::env::temp_dir().join(format!("tietoni-bench-outbox-{port}"));
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_tietoni"))
            .arg("serve")
            .current_dir(root)
            .env("DATABASE_URL", url)
            .env("TIETONI_LISTEN", format!("127.0.0.1:{port}"))
            .env("TIETONI_SECURE_COOKIES", "false")
            .env("TIETONI_SIGN_IN_ATTEMPTS_PER_MINUTE", "100000000")
            .env("TIETONI_RETENTION_EVERY_HOURS", "0")
            .env("TIETONI_OUTBOX_DIR", &outbox)
            .env("TIETONI_MAX_CONNECTIONS", env_or("BENCH_POOL", 10u32).to_string())
            .env("RUST_LOG", "warn")
            .spawn()
            .expect("tietoni serve");
        Served { child, base: format!("http://127.0.0.1:{port}"), port, outbox }
    }

    /// Waits until `/healthz` answers (at most 30 s).
    pub async fn ready(&self) {
        let probe = client(false);
        for _ in 0..600 {
            if probe.get(format!("{}/healthz", self.base)).send().await.is_ok_and(|r| r.status() == 200) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("tietoni serve did not become ready");
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.outbox);
    }
}
