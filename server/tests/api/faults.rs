//! Faults (issue #19): the database out of reach. Between the portal and PostgreSQL
//! runs a TCP proxy the test can cut: while it is cut, pages and server functions fail
//! within seconds (never the 30 s of a hung connection) with 503, a translated page for
//! a browser and a typed error for a script; once it is back, the portal recovers by
//! itself and the session is still there.

use crate::helpers::{browser, seed_small, spawn_app_on};
use app::ssr::seed::*;
use reqwest::header::{ACCEPT, RETRY_AFTER};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// A TCP proxy to `target` that can be cut (open connections dropped, new ones refused),
/// made to hang (new connections accepted and never answered, as a database host that
/// drops packets) and restored.
struct Proxy {
    port: u16,
    mode: Arc<AtomicU8>,
    connections: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

const UP: u8 = 0;
const REFUSE: u8 = 1;
const HANG: u8 = 2;

impl Proxy {
    async fn start(target: std::net::SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let mode = Arc::new(AtomicU8::new(UP));
        let connections: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let (mode2, connections2) = (mode.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let handle = match mode2.load(Ordering::SeqCst) {
                    REFUSE => continue, // dropped: the connection is refused
                    HANG => tokio::spawn(async move {
                        tokio::time::sleep(Duration::from_secs(120)).await;
                        drop(inbound);
                    }),
                    _ => tokio::spawn(async move {
                        if let Ok(mut outbound) = TcpStream::connect(target).await {
                            let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                        }
                    }),
                };
                connections2.lock().unwrap().push(handle);
            }
        });
        Self { port, mode, connections }
    }

    fn set(&self, mode: u8) {
        self.mode.store(mode, Ordering::SeqCst);
        for connection in self.connections.lock().unwrap().drain(..) {
            connection.abort();
        }
    }
}

#[tokio::test]
async fn with_the_database_out_of_reach_the_portal_answers_503_within_seconds_and_recovers() {
    let Some(url) = crate::helpers::empty_postgres_url().await else { return };
    let url = reqwest::Url::parse(&url).unwrap();
    let target = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432)).parse().unwrap();
    let proxy = Proxy::start(target).await;
    let mut via = url.clone();
    via.set_port(Some(proxy.port)).unwrap();
    let db = app::ssr::db::Db::connect(via.as_str(), 5).await.unwrap();
    server::startup::migrate(&db).await.unwrap();
    seed_small(&db).await;
    let app = spawn_app_on(db).await;
    let maija = browser();
    app.sign_in_with(&maija, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    let page = |client: reqwest::Client, path: &'static str| {
        let url = app.url(path);
        async move {
            let res = client.get(url).send().await.unwrap();
            let status = res.status().as_u16();
            let retry = res.headers().get(RETRY_AFTER).is_some();
            (status, retry, res.text().await.unwrap())
        }
    };
    let (status, _, html) = page(maija.clone(), "/oma/tiedot/basic").await;
    assert_eq!(status, 200);
    assert!(html.contains("Meikäläinen"));

    proxy.set(REFUSE);
    // A page: 503 with a translated page, within seconds.
    let started = Instant::now();
    let (status, retry, html) = page(maija.clone(), "/oma/tiedot/basic").await;
    let took = started.elapsed();
    assert_eq!(status, 503, "{html}");
    assert!(retry, "Retry-After");
    assert!(html.contains("Palvelu on tilapäisesti poissa käytöstä"), "translated");
    assert!(!html.contains("Meikäläinen") && !html.to_lowercase().contains("sqlx"), "no data, no cause");
    assert!(took < Duration::from_secs(10), "failed within seconds, not {took:?}");
    eprintln!("database cut: a page answered 503 after {took:?}");
    // A script: 503 with a typed error.
    let res = maija.get(app.url("/oma/tiedot/basic")).header(ACCEPT, "application/json").send().await.unwrap();
    let started = Instant::now();
    let api = maija
        .post(app.url("/api/my_category"))
        .header(ACCEPT, "application/json")
        .form(&[("category", "basic"), ("reveal", "false")])
        .send()
        .await
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(api.status(), 503);
    let error: app::error::AppError = api.json().await.unwrap();
    assert!(matches!(error, app::error::AppError::Unavailable { .. }), "{error:?}");
    assert_eq!(res.status(), 503);
    // A page without the database still answers (the landing page).
    assert_eq!(page(browser(), "/").await.0, 200);

    // A database host that swallows packets: the pool gives up after its acquire timeout
    // (5 s), not the 30 s of a hung connection.
    proxy.set(HANG);
    let started = Instant::now();
    let (status, ..) = page(maija.clone(), "/oma/tiedot/basic").await;
    let took = started.elapsed();
    assert_eq!(status, 503);
    assert!(took < Duration::from_secs(10), "failed within seconds, not {took:?}");
    eprintln!("database hanging: a page answered 503 after {took:?}");

    proxy.set(UP);
    // Back by itself within seconds, and Maija is still signed in.
    let started = Instant::now();
    loop {
        let (status, _, html) = page(maija.clone(), "/oma/tiedot/basic").await;
        if status == 200 && html.contains("Meikäläinen") {
            eprintln!("database back: the page answered 200 after {:?}", started.elapsed());
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "not recovered: {status}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
