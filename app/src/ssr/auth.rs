//! Authentication and the caller of a request.
//!
//! [`authenticate`] checks a login (email or customer number) and password. It always
//! verifies one argon2id hash — a dummy one for an unknown or disabled account — so
//! neither the answer nor its timing reveals which accounts exist, and it runs the hash
//! on the blocking pool behind a semaphore of about the number of cores, so a burst of
//! sign-ins cannot starve the async runtime.
//!
//! [`Caller`] is resolved once per request from the session (by the server's
//! middleware) and read by server functions through [`caller`]; the customer id always
//! comes from here, never from the request.

use super::audit::{self, Actor, Entry};
use super::db::Db;
use super::password::{self, PasswordHashString};
use super::throttle::{self, Subject};
use crate::domain::Role;
use crate::error::AppError;
use crate::user::SignedIn;
use crate::with_db;
use chrono::Utc;
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// Who is making a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caller {
    Anonymous,
    Customer { account_id: i64, customer_id: i64 },
    Staff { account_id: i64, role: Role },
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: i64,
    role: String,
    customer_id: Option<i64>,
    display_name: String,
    password_hash: Option<String>,
    disabled: bool,
    second_factor: bool,
}

static HASH_SLOTS: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2)));
static DUMMY_HASH: LazyLock<PasswordHashString> = LazyLock::new(|| password::hash("not a password of anyone"));

async fn verify_limited(password: String, hash: PasswordHashString) -> bool {
    let _slot = HASH_SLOTS.acquire().await.expect("semaphore never closed");
    password::verify_blocking(password, hash).await
}

/// A login and password that matched. The session is not signed in yet when
/// `second_factor` is true: a code from the authenticator app comes first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authenticated {
    pub account_id: i64,
    pub role: Role,
    pub customer_id: Option<i64>,
    pub second_factor: bool,
}

/// Checks a login and password tried from `address` (a [`throttle::address_key`]).
/// `Ok(None)` for any failure, whatever its reason, a throttled address included. The
/// caller writes the success to the audit log (sign-in, re-authentication).
pub async fn authenticate(
    db: &Db,
    login: &str,
    password: &str,
    address: &str,
) -> Result<Option<Authenticated>, sqlx::Error> {
    let login = login.trim().to_lowercase();
    let row: Option<AccountRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT a.id, a.role, a.customer_id, a.display_name, a.password_hash, a.disabled,
                a.totp_secret IS NOT NULL AS second_factor
         FROM accounts a LEFT JOIN customers c ON c.id = a.customer_id
         WHERE lower(a.email) = $1 OR c.customer_number = $1",
    )
    .bind(&login)
    .fetch_optional(pool)
    .await?);

    let usable = row.filter(|r| !r.disabled && r.password_hash.is_some());
    let hash = usable
        .as_ref()
        .and_then(|r| r.password_hash.clone())
        .map(PasswordHashString::from_stored)
        .unwrap_or_else(|| DUMMY_HASH.clone());
    let ok = verify_limited(password.to_owned(), hash.clone()).await;
    // A throttled address refuses even the right password, with the same answer.
    let throttled = match usable.as_ref() {
        Some(r) => throttle::is_throttled(db, Subject::SignIn(r.id), address).await?,
        None => false,
    };
    let (Some(row), true, false) = (usable.as_ref(), ok, throttled) else {
        record_failure(db, usable.as_ref().map(|r| r.id), address).await?;
        return Ok(None);
    };
    // With a second factor the sign-in is not over yet: the count of failures stays until
    // the code is right too, so a known password cannot be used to reset the count
    // between rounds of guessed codes.
    if !row.second_factor {
        throttle::record_success(db, row.id, address).await?;
    }
    let role: Role = row.role.parse().map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    if hash.needs_rehash() {
        let fresh = password::hash_blocking(password.to_owned()).await;
        with_db!(db, pool => sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
            .bind(fresh.as_str()).bind(row.id).execute(pool).await.map(|_| ())?);
    }
    Ok(Some(Authenticated { account_id: row.id, role, customer_id: row.customer_id, second_factor: row.second_factor }))
}

/// Counts a failed sign-in step (password or second-factor code) from `address`
/// against `account` (`None` for an unknown login) and writes it to the audit log.
pub async fn record_failure(db: &Db, account: Option<i64>, address: &str) -> Result<(), sqlx::Error> {
    if let Some(id) = account {
        throttle::record_failure(db, Subject::SignIn(id), address).await?;
    }
    audit::record(db, Entry::new(Actor::Anonymous, account, "sign_in_failed")).await
}

/// Whether `address` may try a step of signing in to `account_id` now (not throttled,
/// not disabled).
pub async fn may_try(db: &Db, account_id: i64, address: &str) -> Result<bool, sqlx::Error> {
    let enabled: Option<bool> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT NOT disabled FROM accounts WHERE id = $1",
    ).bind(account_id).fetch_optional(pool).await?);
    Ok(enabled == Some(true) && !throttle::is_throttled(db, Subject::SignIn(account_id), address).await?)
}

/// Resolves the caller of an account id taken from a session. A disabled or deleted
/// account is anonymous.
pub async fn resolve(db: &Db, account_id: Option<i64>) -> Result<(Caller, Option<SignedIn>), sqlx::Error> {
    let Some(account_id) = account_id else { return Ok((Caller::Anonymous, None)) };
    let row: Option<AccountRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, role, customer_id, display_name, password_hash, disabled,
                totp_secret IS NOT NULL AS second_factor FROM accounts WHERE id = $1",
    )
    .bind(account_id)
    .fetch_optional(pool)
    .await?);
    let Some(row) = row.filter(|r| !r.disabled) else { return Ok((Caller::Anonymous, None)) };
    let Ok(role) = row.role.parse::<Role>() else { return Ok((Caller::Anonymous, None)) };
    let caller = match (role, row.customer_id) {
        (Role::Customer, Some(customer_id)) => Caller::Customer { account_id: row.id, customer_id },
        (Role::Customer, None) => Caller::Anonymous,
        (staff, _) => Caller::Staff { account_id: row.id, role: staff },
    };
    Ok((caller, Some(SignedIn { account_id: row.id, display_name: row.display_name, role })))
}

/// The audit-log actor kind of the current request's caller.
pub fn caller_actor() -> Actor {
    match caller() {
        Caller::Customer { .. } => Actor::Customer,
        Caller::Staff { .. } => Actor::Staff,
        Caller::Anonymous => Actor::Anonymous,
    }
}

/// The caller of the current request (Anonymous when the middleware found no session).
pub fn caller() -> Caller {
    leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<Caller>().cloned())
        .unwrap_or(Caller::Anonymous)
}

/// Fails with the right HTTP status for `err`, for use in server functions. A plain
/// HTML form post (no JavaScript) keeps the redirect back to its page instead, which
/// carries the error in the URL for the page to show.
///
/// A signed-in caller refused with `Forbidden` (reaching beyond their role) is written
/// to the audit log as `access_denied`, with the path it tried (asynchronously). Anonymous refusals are
/// only traced: anyone can make them, and they must not fill the audit log.
pub fn deny<T>(err: AppError) -> Result<T, AppError> {
    use leptos::prelude::use_context;
    if err == AppError::Forbidden {
        let path = use_context::<axum::http::request::Parts>().map(|p| p.uri.path().to_owned()).unwrap_or_default();
        let (actor, actor_id) = match caller() {
            Caller::Customer { account_id, .. } => (Actor::Customer, Some(account_id)),
            Caller::Staff { account_id, .. } => (Actor::Staff, Some(account_id)),
            Caller::Anonymous => (Actor::Anonymous, None),
        };
        tracing::warn!(path = %path, ?actor_id, "access denied");
        if let Some(db) = use_context::<Db>() {
            // `deny` is synchronous (it sits in the `require_*` guards); the row is written
            // beside the answer.
            tokio::spawn(async move {
                let entry = Entry::new(actor, actor_id, "access_denied").detail(&path);
                if let Err(e) = audit::record(&db, entry).await {
                    tracing::error!(error = %e, "audit of a denial failed");
                }
            });
        }
    } else if err == AppError::Unauthorized {
        tracing::info!("anonymous caller refused");
    }
    let from_html_form = use_context::<axum::http::request::Parts>().is_some_and(|p| {
        p.headers.get(axum::http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
    });
    if let (false, Some(res)) = (from_html_form, use_context::<leptos_axum::ResponseOptions>()) {
        res.set_status(err.status());
    }
    Err(err)
}

/// The signed-in customer's ids, or 401/403.
pub fn require_customer() -> Result<(i64, i64), AppError> {
    match caller() {
        Caller::Customer { account_id, customer_id } => Ok((account_id, customer_id)),
        Caller::Anonymous => deny(AppError::Unauthorized),
        Caller::Staff { .. } => deny(AppError::Forbidden),
    }
}

/// The signed-in staff member's account id and role, or 401/403.
pub fn require_staff() -> Result<(i64, crate::domain::Role), AppError> {
    match caller() {
        Caller::Staff { account_id, role } => Ok((account_id, role)),
        Caller::Anonymous => deny(AppError::Unauthorized),
        Caller::Customer { .. } => deny(AppError::Forbidden),
    }
}

/// The signed-in data protection officer's account id, or 401/403.
pub fn require_dpo() -> Result<i64, AppError> {
    match require_staff()? {
        (account_id, crate::domain::Role::Dpo) => Ok(account_id),
        _ => deny(AppError::Forbidden),
    }
}

/// When the current session last re-authenticated, put in the request by the middleware.
#[derive(Clone, Copy, Debug)]
pub struct ReauthenticatedAt(pub chrono::DateTime<Utc>);

/// Ok when the signed-in user gave their password within the last 10 minutes; 401 when
/// not signed in, 403 `ReauthRequired` otherwise.
pub fn require_recent_reauth() -> Result<i64, AppError> {
    let account_id = require_signed_in()?;
    if reauth_is_fresh() {
        Ok(account_id)
    } else {
        deny(AppError::ReauthRequired)
    }
}

/// Whether the signed-in user gave their password within the last 10 minutes.
pub fn reauth_is_fresh() -> bool {
    let at = leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<ReauthenticatedAt>().copied());
    at.is_some_and(|ReauthenticatedAt(at)| Utc::now() - at <= super::session_store::REAUTH_VALIDITY)
}

/// The login (email) of an account, to check its password again.
pub async fn login_of(db: &Db, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1").bind(account_id).fetch_optional(pool).await)
}

/// The signed-in account of any kind, or 401.
pub fn require_signed_in() -> Result<i64, AppError> {
    match caller() {
        Caller::Customer { account_id, .. } | Caller::Staff { account_id, .. } => Ok(account_id),
        Caller::Anonymous => deny(AppError::Unauthorized),
    }
}
