//! Authentication and the caller of a request.
//!
//! [`authenticate`] checks a login (email or customer number) and password. It always
//! verifies one argon2id hash — a dummy one for an unknown or disabled account — so
//! neither the answer nor its timing reveals which accounts exist, and it runs the hash
//! on the blocking pool behind a semaphore of about the number of cores, so a burst of
//! sign-ins cannot starve the async runtime.
//!
//! [`resolve`] finds the [`Caller`] of a session once per request (the server's
//! middleware puts it in the request); server functions read it through
//! `crate::api::caller`, so the customer id always comes from the session, never from
//! the request.

use super::audit::{self, Actor, Entry};
use super::db::Db;
use super::password::{self, PasswordHashString};
use super::throttle::{self, Subject};
use crate::domain::ids::{AccountId, CustomerId};
use crate::domain::Role;
use crate::user::Caller;
use crate::user::SignedIn;
use crate::with_db;
use std::sync::LazyLock;
use tokio::sync::Semaphore;

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: AccountId,
    role: String,
    customer_id: Option<CustomerId>,
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
    pub account_id: AccountId,
    pub role: Role,
    pub customer_id: Option<CustomerId>,
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
pub async fn record_failure(db: &Db, account: Option<AccountId>, address: &str) -> Result<(), sqlx::Error> {
    if let Some(id) = account {
        throttle::record_failure(db, Subject::SignIn(id), address).await?;
    }
    audit::record(db, Entry::new(Actor::Anonymous, account, "sign_in_failed")).await
}

/// Whether `address` may try a step of signing in to `account_id` now (not throttled,
/// not disabled).
pub async fn may_try(db: &Db, account_id: AccountId, address: &str) -> Result<bool, sqlx::Error> {
    let enabled: Option<bool> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT NOT disabled FROM accounts WHERE id = $1",
    ).bind(account_id).fetch_optional(pool).await?);
    Ok(enabled == Some(true) && !throttle::is_throttled(db, Subject::SignIn(account_id), address).await?)
}

/// Resolves the caller of an account id taken from a session. A disabled or deleted
/// account is anonymous.
pub async fn resolve(db: &Db, account_id: Option<AccountId>) -> Result<(Caller, Option<SignedIn>), sqlx::Error> {
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

/// The login (email) of an account, to check its password again.
pub async fn login_of(db: &Db, account_id: AccountId) -> Result<Option<String>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar("SELECT email FROM accounts WHERE id = $1").bind(account_id).fetch_optional(pool).await)
}
