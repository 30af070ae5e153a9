//! Graceful shutdown (issue #19): SIGTERM to a real `tietoni serve` with 200 downloads
//! in flight lets every one of them finish whole, takes no new connection, and the
//! process exits cleanly well within its grace period.

use crate::helpers::seed_small;
use crate::instances::{free_port, start_on};
use app::ssr::db::Db;
use app::ssr::seed::*;
use reqwest::header::LOCATION;
use std::time::{Duration, Instant};

const IN_FLIGHT: usize = 200;

#[tokio::test]
async fn sigterm_finishes_the_requests_in_flight_refuses_new_ones_and_exits() {
    let path = std::env::temp_dir().join(format!("tietoni-test-{}.db", uuid::Uuid::new_v4().simple()));
    let url = format!("sqlite:{}", path.display());
    let db = Db::connect(&url, 2).await.unwrap();
    server::startup::migrate(&db).await.unwrap();
    seed_small(&db).await;
    db.close().await;
    let outbox = std::env::temp_dir().join(format!("tietoni-outbox-{}", uuid::Uuid::new_v4().simple()));
    let port = free_port();
    let mut instance = start_on(port, &url, &outbox, 1).await;

    // Matti's package (a business customer with a few traffic records): 200 of them are
    // in flight at once without the machine's speed deciding whether they fit the grace.
    let matti = crate::helpers::browser();
    let res = matti
        .post(instance.url("/api/sign_in"))
        .form(&[("login", DEMO_BUSINESS_EMAIL), ("password", DEMO_BUSINESS_PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()[LOCATION], "/oma");
    let res = matti
        .post(instance.url("/api/reauthenticate"))
        .form(&[("password", DEMO_BUSINESS_PASSWORD), ("next", "/oma/vienti")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 302, "the password again, as a download asks");
    // 200 package downloads at once; each has its answer's head (the package streams),
    // none its whole body yet.
    let downloads =
        futures_util::future::join_all((0..IN_FLIGHT).map(|_| matti.get(instance.url("/oma/vienti/lataa")).send()))
            .await;
    let downloads: Vec<reqwest::Response> = downloads.into_iter().map(|r| r.expect("an answer's head")).collect();
    let statuses: std::collections::BTreeSet<u16> = downloads.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(statuses, [200].into(), "every download started");

    let pid = instance.child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let signalled = Instant::now();
    // Every download in flight finishes whole, while a new connection is not served.
    let late = async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        reqwest::Client::new().get(instance.url("/healthz")).timeout(Duration::from_secs(5)).send().await
    };
    let (late, bodies) = tokio::join!(late, futures_util::future::join_all(downloads.into_iter().map(|r| r.bytes())));
    assert!(late.is_err() || late.is_ok_and(|r| r.status() != 200), "a new request was served while stopping");
    for body in bodies {
        let body = body.expect("the whole body");
        let package: serde_json::Value = serde_json::from_slice(&body).expect("a whole package");
        assert!(package["manifest"].is_object(), "a package");
    }
    // And the process exits, cleanly, well within the grace period.
    let mut exit = None;
    for _ in 0..200 {
        if let Some(status) = instance.child.try_wait().unwrap() {
            exit = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let exit = exit.expect("the process exited within 10 s");
    assert!(exit.success(), "{exit}");
    println!("shutdown: {IN_FLIGHT} downloads finished, exit after {:.2} s", signalled.elapsed().as_secs_f64());
}
