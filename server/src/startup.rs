//! Builds the application: connects the database, runs its migrations, loads the
//! register description, and assembles the router. [`Application::build`] binds the
//! listener first, so a test can ask for port 0 and read the real port back.

use crate::config::Settings;
use crate::{limits, routes, security_headers};
use anyhow::Context;
use app::register::Register;
use app::ssr::db::{Backend, Db};
use app::ssr::mail::Mailer;
use app::ssr::session_store::{DbSessionStore, IDLE_TIMEOUT_MINUTES};
use app::user::SignedIn;
use app::{shell, App};
use axum::serve::ListenerExt;
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;
use tokio::net::TcpListener;

pub use crate::state::AppState;

pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
    port: u16,
    /// Tells the background work (the outbox worker) that the instance is stopping.
    stop: tokio::sync::watch::Sender<bool>,
    worker: Option<tokio::task::JoinHandle<()>>,
}

/// How long in-flight requests may take to finish after a stop signal.
pub const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);

/// Connects to the configured database and applies the backend's migrations — as the
/// schema's owner when `migration_database_url` is set (PostgreSQL), then connects as
/// the app's own role.
pub async fn connect_and_migrate(settings: &Settings) -> anyhow::Result<Db> {
    if let Some(owner_url) = &settings.migration_database_url {
        let owner = Db::connect(owner_url, 1).await.context("cannot connect to the database as its owner")?;
        migrate(&owner).await?;
        owner.close().await;
    }
    let db = Db::connect(&settings.database_url, settings.max_connections)
        .await
        .context("cannot connect to the database")?;
    if settings.migration_database_url.is_none() {
        migrate(&db).await?;
    }
    Ok(db)
}

/// For the owner's maintenance (`retention run`, `audit prune`): the database as the
/// schema's owner, migrated, when `migration_database_url` is set; otherwise as
/// [`connect_and_migrate`] connects.
pub async fn as_owner(settings: &Settings) -> anyhow::Result<Db> {
    match &settings.migration_database_url {
        Some(owner) => {
            let owner = Db::connect(owner, 2).await.context("cannot connect to the database as its owner")?;
            migrate(&owner).await?;
            Ok(owner)
        }
        None => connect_and_migrate(settings).await,
    }
}

/// PostgreSQL: what the app's role may do, granted by the schema's owner (`db`): read
/// and write the register's tables, but only INSERT and SELECT on the audit log. Not the
/// owner, it can neither change nor remove audit rows nor drop the triggers that refuse
/// it. Run again after migrations that add tables.
pub async fn grant_app_role(db: &Db, role: &str) -> anyhow::Result<()> {
    let Db::Postgres(pool) = db else { anyhow::bail!("grant-app-role is for PostgreSQL") };
    anyhow::ensure!(
        !role.is_empty() && role.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
        "a role name of lower-case letters, digits and _"
    );
    for statement in [
        format!("GRANT USAGE ON SCHEMA public TO {role}"),
        format!("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"),
        format!("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}"),
        format!("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM {role}"),
        format!("REVOKE INSERT, UPDATE, DELETE ON _sqlx_migrations FROM {role}"),
        format!("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"),
    ] {
        sqlx::query(&statement).execute(pool).await.with_context(|| format!("grant to {role} failed"))?;
    }
    Ok(())
}

/// Applies pending migrations of the database's backend.
pub async fn migrate(db: &Db) -> anyhow::Result<()> {
    match db {
        Db::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await,
        Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await,
    }
    .context("migrations failed")?;
    if let Db::Sqlite(pool) = db {
        sqlite_rebuild_requests(pool).await.context("rebuilding the requests table failed")?;
    }
    tracing::info!(backend = ?db.backend(), "database migrated");
    Ok(())
}

/// Makes `requests.customer_id` optional on SQLite (a request from someone linked to no
/// register customer, issue #18), once: SQLite drops a NOT NULL only by rebuilding the
/// table, which needs foreign keys off, and those cannot be switched inside the
/// transaction a migration runs in. On one connection: foreign keys off, the rebuild and
/// a foreign-key check in one transaction (nothing changes if either fails), foreign keys
/// on again. A database already rebuilt is left alone.
async fn sqlite_rebuild_requests(pool: &sqlx::SqlitePool) -> anyhow::Result<()> {
    use sqlx::Connection;
    const REBUILD: &str = include_str!("../migrations/sqlite_rebuilds/requests_customer_optional.sql");
    const NOT_NULL: &str = "SELECT \"notnull\" FROM pragma_table_info('requests') WHERE name = 'customer_id'";
    let mut conn = pool.acquire().await?;
    let not_null: Option<i64> = sqlx::query_scalar(NOT_NULL).fetch_optional(&mut *conn).await?;
    if not_null != Some(1) {
        return Ok(());
    }
    sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
    let rebuilt: anyhow::Result<()> = async {
        let mut tx = conn.begin().await?;
        sqlx::raw_sql(REBUILD).execute(&mut *tx).await?;
        let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *tx).await?;
        anyhow::ensure!(broken.is_empty(), "{} rows would refer to nothing", broken.len());
        tx.commit().await?;
        Ok(())
    }
    .await;
    sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
    rebuilt?;
    tracing::info!("requests table rebuilt: a request may be linked to no customer");
    Ok(())
}

/// Reads and checks the register description file.
pub fn load_register(settings: &Settings) -> anyhow::Result<Register> {
    let text = std::fs::read_to_string(&settings.register_file)
        .with_context(|| format!("cannot read the register file {}", settings.register_file.display()))?;
    Register::parse(&text).with_context(|| format!("the register file {} is invalid", settings.register_file.display()))
}

/// The Leptos options: from cargo-leptos' environment when it runs us, otherwise the
/// same values as `Cargo.toml` sets, with our own listen address and site root.
fn leptos_options(settings: &Settings) -> anyhow::Result<LeptosOptions> {
    let from_cargo_leptos =
        std::env::var_os("LEPTOS_OUTPUT_NAME").is_some() || option_env!("LEPTOS_OUTPUT_NAME").is_some();
    let mut options = if from_cargo_leptos {
        leptos::config::get_configuration(None).context("leptos configuration")?.leptos_options
    } else {
        LeptosOptions::builder().output_name("tietoni").build()
    };
    options.site_root = settings.site_root.to_string_lossy().as_ref().into();
    options.site_addr = settings.listen;
    // The release site names its JS, WASM and CSS by their content and lists the names in
    // `hash.txt` (scripts/build-site.sh); Leptos reads it beside the executable unless
    // the path is absolute, so it is given the site's own.
    let hash_file = std::path::absolute(settings.site_root.join("hash.txt")).context("site root")?;
    options.hash_files = hash_file.exists();
    if options.hash_files {
        let css = asset_hashes(&hash_file)?.into_iter().find(|(file, _)| file == "css").map(|(_, hash)| hash);
        if let Some(hash) = css {
            let _ = app::STYLESHEET_HREF.set(format!("/{}/{}.{hash}.css", options.site_pkg_dir, options.output_name));
        }
    }
    options.hash_file = hash_file.to_string_lossy().as_ref().into();
    Ok(options)
}

/// The `file: hash` lines of a site's `hash.txt`.
fn asset_hashes(path: &std::path::Path) -> anyhow::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(file, hash)| (file.trim().to_owned(), hash.trim().to_owned()))
        .collect())
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = connect_and_migrate(&settings).await?;
        Self::build_with_db(settings, db).await
    }

    pub async fn build_with_db(settings: Settings, db: Db) -> anyhow::Result<Self> {
        settings.trusted_proxy_ranges().map_err(anyhow::Error::msg)?;
        let eid = settings.eid().map_err(|e| anyhow::anyhow!("strong identification settings: {e}"))?.map(Arc::new);
        let register = Arc::new(load_register(&settings)?);
        let leptos_options = leptos_options(&settings)?;
        let listener = TcpListener::bind(settings.listen)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let mailer = mailer(&settings)?;
        let schedule = app::ssr::retention::Schedule {
            every_hours: (settings.retention_every_hours > 0).then_some(settings.retention_every_hours),
        };
        let register_for_schedule = register.clone();
        let outbox = app::ssr::outbox::Wake::default();
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let worker = (settings.outbox_poll_seconds > 0).then(|| {
            let poll = std::time::Duration::from_secs(u64::from(settings.outbox_poll_seconds));
            tokio::spawn(app::ssr::outbox::worker(db.clone(), mailer, outbox.clone(), poll, stopping))
        });
        let state = AppState { leptos_options, db: db.clone(), register, settings: Arc::new(settings), outbox, eid };
        let router = router(state);
        // Ended sessions, old rate-limit buckets and the contents of expired copies are
        // purged every ten minutes by every instance (idempotent).
        let store = DbSessionStore::new(db.clone());
        let purge_db = db.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
            loop {
                every.tick().await;
                match store.purge_expired(chrono::Utc::now()).await {
                    Ok(n) if n > 0 => tracing::info!(sessions = n, "ended sessions purged"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "purging ended sessions failed"),
                }
                if let Err(e) = app::ssr::rate_limit::purge(&purge_db, chrono::Utc::now().timestamp_millis()).await {
                    tracing::warn!(error = %e, "purging old rate-limit buckets failed");
                }
                match app::ssr::staff::copies::purge_expired(&purge_db, chrono::Utc::now()).await {
                    Ok(n) if n > 0 => tracing::info!(copies = n, "expired copies deleted"),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "deleting expired copies failed"),
                }
            }
        });
        if let Some(every) = schedule.every_hours {
            tokio::spawn(retention_schedule(db.clone(), register_for_schedule, every));
        }
        if db.backend() == Backend::Sqlite {
            tokio::spawn(checkpoints(db.clone()));
        }
        Ok(Self { listener, router, db, port, stop, worker })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    /// Serves until `shutdown` completes; then takes no new connections, lets the
    /// requests in flight finish (for at most [`SHUTDOWN_GRACE`]), lets the outbox
    /// worker finish the mail it is sending and give back what it took, and closes the
    /// database pool.
    pub async fn run_until_stopped(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        // TCP_NODELAY: without it streamed pages stall on Nagle + delayed ACK (~44 ms).
        let listener = self.listener.tap_io(|tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::warn!(error = %e, "cannot set TCP_NODELAY");
            }
        });
        tracing::info!(port = self.port, "listening");
        let (fired, mut signalled) = tokio::sync::watch::channel(false);
        let signal = async move {
            shutdown.await;
            tracing::info!("stopping: no new connections, finishing the requests in flight");
            let _ = fired.send(true);
        };
        let serve = axum::serve(listener, self.router.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .with_graceful_shutdown(signal);
        let grace = async move {
            let _ = signalled.wait_for(|fired| *fired).await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        };
        tokio::select! {
            served = serve => served?,
            _ = grace => tracing::warn!("requests still running after the grace period were cut off"),
        }
        let _ = self.stop.send(true);
        if let Some(worker) = self.worker {
            if tokio::time::timeout(std::time::Duration::from_secs(10), worker).await.is_err() {
                tracing::warn!("the outbox worker did not finish in 10 s; its jobs return when their lease ends");
            }
        }
        self.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// The retention run on its schedule: every ten minutes each instance looks whether the
/// latest real run is `every_hours` old and, if so, runs it (under the run's advisory
/// lock on PostgreSQL, which also re-checks, so two instances never both run it).
async fn retention_schedule(db: Db, register: Arc<app::register::Register>, every_hours: u32) {
    use app::ssr::retention::{reports, run, RetentionError, RunOptions};
    let every = chrono::Duration::hours(i64::from(every_hours));
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        tick.tick().await;
        let now = chrono::Utc::now();
        match reports::last_run(&db).await {
            Ok(Some(last)) if last + every > now => continue,
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "retention schedule: cannot read the latest run");
                continue;
            }
        }
        let options = RunOptions { unless_ran_since: Some(now - every), ..Default::default() };
        match run(&db, &register, now, options).await {
            Ok(reports) if reports.is_empty() => {}
            Ok(reports) => {
                let deleted: i64 = reports.iter().map(|r| r.deleted).sum();
                let held: i64 = reports.iter().map(|r| r.held_back).sum();
                tracing::info!(deleted, held, "retention run done");
            }
            Err(RetentionError::AlreadyRunning) => {}
            Err(RetentionError::Database(e)) => {
                tracing::warn!(error = %e, "retention run failed; the next check retries")
            }
        }
    }
}

/// SQLite: the write-ahead log emptied every five seconds ([`Db::checkpoint`]), so it
/// cannot grow without end under a load that never pauses.
async fn checkpoints(db: Db) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(5));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match db.checkpoint().await {
            Ok(true) => {}
            Ok(false) => tracing::debug!("write-ahead log busy; checkpointed at the next tick"),
            Err(e) => tracing::warn!(error = %e, "checkpointing the write-ahead log failed"),
        }
    }
}

/// The mailer: SMTP when `smtp_url` is set, otherwise the file outbox; letters by post
/// into the letters directory either way (`letters::letters_dir`).
pub fn mailer(settings: &Settings) -> anyhow::Result<Mailer> {
    let mailer = match &settings.smtp_url {
        Some(url) => Mailer::smtp(url, &settings.mail_from, &settings.public_url),
        None => Mailer::outbox(settings.outbox_dir.clone(), &settings.mail_from, &settings.public_url),
    };
    mailer.map(|m| m.with_letters(crate::letters::letters_dir(settings))).map_err(|e| anyhow::anyhow!(e))
}

/// Provides the per-request context every page reads: the register description, the
/// database and the request's language.
fn page_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let register = state.register.clone();
    let db = state.db.clone();
    let outbox = state.outbox.clone();
    let eid_offered = app::user::EidOffered(state.eid.is_some());
    let public_url = app::user::PublicUrl(state.settings.public_url.clone());
    let schedule = app::ssr::retention::Schedule {
        every_hours: (state.settings.retention_every_hours > 0).then_some(state.settings.retention_every_hours),
    };
    move || {
        provide_context(schedule);
        provide_context(register.clone());
        provide_context(db.clone());
        provide_context(outbox.clone());
        provide_context(eid_offered);
        provide_context(public_url.clone());
        let lang = use_context::<axum::http::request::Parts>()
            .map(|parts| crate::extract::request_lang(&parts.headers))
            .unwrap_or_default();
        provide_context(lang);
        let signed_in =
            use_context::<axum::http::request::Parts>().and_then(|p| p.extensions.get::<SignedIn>().cloned());
        provide_context(signed_in);
        // A page's policy names the nonce Leptos put on this response's own scripts.
        if let (Some(nonce), Some(res)) = (leptos::nonce::use_nonce(), use_context::<leptos_axum::ResponseOptions>()) {
            if let Ok(policy) = axum::http::HeaderValue::from_str(&security_headers::page_csp(&nonce)) {
                res.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, policy);
            }
        }
    }
}

/// Server-side sessions in the database. The cookie is HttpOnly and SameSite=Lax, and
/// with `secure_cookies` (anywhere but local development) `Secure` with the `__Host-`
/// prefix, which also pins it to this host and path `/`.
fn session_layer(state: &AppState) -> tower_sessions::SessionManagerLayer<DbSessionStore> {
    let secure = state.settings.secure_cookies;
    tower_sessions::SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(if secure { "__Host-tietoni" } else { "tietoni_session" })
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_path("/")
        .with_expiry(tower_sessions::Expiry::OnInactivity(time::Duration::minutes(IDLE_TIMEOUT_MINUTES)))
}

/// The site's files (`/pkg/…`, the favicon, the export schema), and for any other path
/// the portal's "not found" page. Leptos's own `file_and_error_handler` is not used: for
/// a file it runs the page context in an owner that is not a root, so on a busy worker
/// thread it found another request's response options and took that page's headers
/// (its Content-Security-Policy and `no-store`) onto the file's answer.
fn files_or_not_found(
    state: &AppState,
    context: impl Fn() + Clone + Send + Sync + 'static,
) -> impl tower::Service<
    axum::extract::Request,
    Response = impl axum::response::IntoResponse + 'static,
    Error = std::convert::Infallible,
    Future = impl Send + 'static,
> + Clone
       + Send
       + Sync
       + 'static {
    let not_found = leptos_axum::render_app_to_stream_with_context(
        {
            let state = state.clone();
            move || {
                provide_context(state.clone());
                context();
            }
        },
        {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        },
    );
    tower_http::services::ServeDir::new(state.leptos_options.site_root.as_ref())
        .precompressed_br()
        .precompressed_gzip()
        .call_fallback_on_method_not_allowed(true)
        .fallback(axum::handler::HandlerWithoutStateExt::into_service(not_found))
}

pub fn router(state: AppState) -> Router {
    // Checked when the state was built (AppState::build_with_db).
    let trusted_proxies = limits::TrustedProxies(Arc::new(state.settings.trusted_proxy_ranges().unwrap_or_default()));
    let routes = generate_route_list(App);
    let context = page_context(&state);
    let leptos_options = state.leptos_options.clone();
    let router = Router::new()
        .merge(routes::plain_routes())
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let leptos_options = leptos_options.clone();
            move || shell(leptos_options.clone())
        })
        .fallback_service(files_or_not_found(&state, context))
        .layer(axum::middleware::from_fn_with_state(state.db.clone(), routes::resolve_caller))
        .layer(axum::middleware::from_fn(routes::tokens_out_of_url))
        .layer(axum::middleware::from_fn(routes::audited_reads_from_this_site))
        .layer(session_layer(&state))
        .layer(axum::middleware::from_fn_with_state(
            limits::AddressLimit { db: state.db.clone(), per_minute: state.settings.sign_in_attempts_per_minute },
            limits::rate_limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            security_headers::SecureTransport(state.settings.secure_cookies),
            security_headers::transport_security,
        ))
        .layer(axum::middleware::from_fn_with_state(trusted_proxies, limits::client_address))
        .with_state(state);
    routes::with_middleware(router)
}
