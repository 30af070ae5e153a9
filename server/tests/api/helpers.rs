use app::ssr::db::Db;
use app::ssr::seed::{seed, SeedOptions, SeedReport};
use app::with_db;
use server::config::{LogFormat, Settings};
use server::startup::{migrate, Application};
use std::path::PathBuf;

pub struct TestApp {
    pub address: String,
    /// Where the app's email goes (one directory per app).
    pub outbox: PathBuf,
    /// Keeps cookies and never follows redirects, so tests see each answer.
    pub client: reqwest::Client,
    pub db: Db,
}

impl TestApp {
    /// Waits until the outbox worker has sent every job waiting (at most ten seconds).
    pub async fn outbox_drained(&self) {
        for _ in 0..200 {
            let pending: i64 = with_db!(&self.db, pool => sqlx::query_scalar(
                "SELECT COUNT(*) FROM outbox WHERE status = 'pending'",
            ).fetch_one(pool).await.unwrap());
            if pending == 0 {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the outbox still has jobs waiting after ten seconds");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get_html(&self, path: &str) -> (reqwest::StatusCode, String) {
        let res = self.client.get(self.url(path)).send().await.expect("request");
        let status = res.status();
        (status, res.text().await.expect("body"))
    }

    /// A TOTP code of `secret` that the account `login` has not used yet: the current
    /// step, or the next one when the current was used (one step of skew is allowed).
    pub async fn fresh_code(&self, login: &str, secret: &str) -> String {
        let last: Option<i64> = app::with_db!(&self.db, pool => sqlx::query_scalar("SELECT totp_last_step FROM accounts WHERE email = $1")
            .bind(login).fetch_one(pool).await.expect("account"));
        let now = chrono::Utc::now().timestamp() as u64;
        let step = (now / 30).max(last.map(|l| l as u64 + 1).unwrap_or(0));
        app::ssr::second_factor::code_at(secret, step * 30).expect("code")
    }

    /// Makes the database refuse every new row of `table` from now on (a fault injected
    /// below the application, on either backend).
    pub async fn refuse_inserts(&self, table: &str) {
        match &self.db {
            Db::Sqlite(pool) => {
                sqlx::query(&format!(
                    "CREATE TRIGGER {table}_refused BEFORE INSERT ON {table} BEGIN SELECT RAISE(ABORT, '{table} refused'); END"
                ))
                .execute(pool)
                .await
                .unwrap();
            }
            Db::Postgres(pool) => {
                sqlx::query(&format!(
                    "CREATE FUNCTION {table}_refused() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '{table} refused'; END $$ LANGUAGE plpgsql"
                ))
                .execute(pool)
                .await
                .unwrap();
                sqlx::query(&format!(
                    "CREATE TRIGGER {table}_refused BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_refused()"
                ))
                .execute(pool)
                .await
                .unwrap();
            }
        }
    }

    /// Signs `client` in as a browser without JavaScript does, giving the demo staff's
    /// TOTP code when the account asks for one. Returns the last answer (302 home).
    pub async fn sign_in_with(&self, client: &reqwest::Client, login: &str, password: &str) -> reqwest::Response {
        let res = client
            .post(self.url("/api/sign_in"))
            .form(&[("login", login), ("password", password)])
            .send()
            .await
            .expect("sign in");
        if res.headers().get(reqwest::header::LOCATION).is_some_and(|l| l == "/kirjaudu/koodi") {
            let code = self.fresh_code(login, app::ssr::second_factor::DEMO_STAFF_SECRET).await;
            return client
                .post(self.url("/api/verify_sign_in_code"))
                .form(&[("code", code)])
                .send()
                .await
                .expect("code");
        }
        res
    }

    /// A new browser without JavaScript, signed in as `login` (staff with the demo TOTP).
    pub async fn signed_in(&self, login: &str, password: &str) -> reqwest::Client {
        let client = browser();
        let res = self.sign_in_with(&client, login, password).await;
        let to = res.headers().get(reqwest::header::LOCATION).and_then(|l| l.to_str().ok()).unwrap_or_default();
        assert!(res.status() == 302 && to.starts_with('/') && !to.starts_with("/kirjaudu"), "{login} signs in: {to}");
        client
    }

    /// `path` fetched by `client`: the status and the body.
    pub async fn get_as(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let res = client.get(self.url(path)).send().await.expect("request");
        (res.status().as_u16(), res.text().await.expect("body"))
    }
}

/// The application seeded with the small demo register, once per backend (SQLite, and
/// PostgreSQL when the test command started it).
pub async fn apps_on_every_backend() -> Vec<TestApp> {
    let mut apps = Vec::new();
    for db in every_backend().await {
        seed_small(&db).await;
        apps.push(spawn_app_on(db).await);
    }
    apps
}

/// A browser without JavaScript: keeps cookies, asks for HTML, never follows redirects.
pub fn browser() -> reqwest::Client {
    browser_builder().build().expect("client")
}

/// [`browser`] on another loopback address (the whole 127.0.0.0/8 is this machine), as
/// a client elsewhere would be.
pub fn browser_from(address: [u8; 4]) -> reqwest::Client {
    browser_builder().local_address(std::net::IpAddr::from(address)).build().expect("client")
}

fn browser_builder() -> reqwest::ClientBuilder {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT, "text/html".parse().unwrap());
    // What a browser sends with a form posted from one of the portal's own pages.
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).default_headers(headers)
}

fn init_logs() {
    if std::env::var_os("TEST_LOG").is_some() {
        server::telemetry::init(LogFormat::Pretty);
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh, empty SQLite database file.
pub async fn fresh_sqlite() -> Db {
    let path = std::env::temp_dir().join(format!("tietoni-test-{}.db", uuid::Uuid::new_v4().simple()));
    let db = Db::connect(&format!("sqlite:{}", path.display()), 5).await.expect("sqlite");
    migrate(&db).await.expect("migrate sqlite");
    db
}

/// A fresh, empty PostgreSQL database, or `None` when no server is configured. With
/// `TIETONI_REQUIRE_POSTGRES=1` (as the test command sets) a missing server fails.
pub async fn fresh_postgres() -> Option<Db> {
    let url = empty_postgres_url().await?;
    let db = Db::connect(&url, 5).await.expect("postgres");
    migrate(&db).await.expect("migrate postgres");
    Some(db)
}

/// The URL of a new, empty PostgreSQL database (not migrated), or `None` when no server
/// is configured.
pub async fn empty_postgres_url() -> Option<String> {
    let Ok(admin_url) = std::env::var("TIETONI_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("TIETONI_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "TIETONI_REQUIRE_POSTGRES=1 but TIETONI_TEST_POSTGRES_URL is not set"
        );
        return None;
    };
    let name = format!("tietoni_test_{}", uuid::Uuid::new_v4().simple());
    let admin = Db::connect(&admin_url, 1).await.expect("postgres admin connection");
    let Db::Postgres(pool) = &admin else { panic!("TIETONI_TEST_POSTGRES_URL must be a postgres:// URL") };
    sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(pool).await.expect("create database");
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').expect("URL with a database name");
    Some(format!("{base}/{name}"))
}

/// Every backend available to this run: SQLite always, PostgreSQL when configured.
pub async fn every_backend() -> Vec<Db> {
    let mut dbs = vec![fresh_sqlite().await];
    dbs.extend(fresh_postgres().await);
    dbs
}

/// A small but complete register.
pub fn small_seed() -> SeedOptions {
    SeedOptions { customers: 3, demo_traffic: 1_500, traffic_per_customer: 20, ..SeedOptions::default() }
}

pub async fn seed_small(db: &Db) -> SeedReport {
    seed(db, &small_seed()).await.expect("seed")
}

/// Starts the real application on a random port over `db`.
pub async fn spawn_app_on(db: Db) -> TestApp {
    spawn_app_with(db, |_| {}).await
}

/// Like [`spawn_app_on`], with settings adjusted by `adjust`.
pub async fn spawn_app_with(db: Db, adjust: impl FnOnce(&mut Settings)) -> TestApp {
    init_logs();
    let settings = Settings {
        database_url: String::new(),
        migration_database_url: None,
        listen: ([127, 0, 0, 1], 0).into(),
        register_file: workspace_root().join("register/elmonet.toml"),
        site_root: workspace_root().join("target/site"),
        log_format: LogFormat::Pretty,
        max_connections: 5,
        secure_cookies: false,
        sign_in_attempts_per_minute: 1000,
        public_url: "http://tietoni.test".into(),
        mail_from: "Tietoni <tietoni@elmonet.example>".into(),
        smtp_url: None,
        outbox_dir: std::env::temp_dir().join(format!("tietoni-outbox-{}", uuid::Uuid::new_v4().simple())),
        trusted_proxies: String::new(),
        // Tests run the retention run themselves, with a moved clock; a schedule would
        // change data under them.
        retention_every_hours: 0,
        // Mail goes through the outbox worker: woken by the change that wrote it, and
        // looking every second for jobs another instance wrote.
        outbox_poll_seconds: 1,
        // No identification provider unless a test sets one.
        ..Settings::default()
    };
    let mut settings = settings;
    adjust(&mut settings);
    let outbox = settings.outbox_dir.clone();
    let app = Application::build_with_db(settings, db.clone()).await.expect("build app");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped(std::future::pending()));
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .expect("client");
    TestApp { address, outbox, client, db }
}

/// The application on a fresh SQLite database with the small demo register.
pub async fn spawn_app() -> TestApp {
    let db = fresh_sqlite().await;
    seed_small(&db).await;
    spawn_app_on(db).await
}
