//! Accounts in the store: the portal's sign-in identities of customers and staff,
//! their creation, passwords and the names the password policy checks against.

use super::db::Db;
use super::password;
use crate::with_db;
use chrono::{DateTime, Utc};

/// Where a password-reset link goes: an enabled account found by its email address or
/// its customer's number.
#[derive(Debug, sqlx::FromRow)]
pub struct ResetContact {
    pub id: i64,
    pub email: String,
}

/// An account's login email and display name (what a new password may not contain).
#[derive(Debug, sqlx::FromRow)]
pub struct AccountNames {
    pub email: String,
    pub display_name: String,
}

/// A register customer as activation needs them: the id and the names a password may
/// not contain.
#[derive(Debug, sqlx::FromRow)]
pub struct CustomerNames {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
}

/// Where a customer's letters go (activation codes are sent by post), and in which
/// language.
#[derive(Debug, sqlx::FromRow)]
pub struct PostalAddress {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub language: String,
}

pub async fn postal_address(db: &Db, customer_number: &str) -> Result<Option<PostalAddress>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT id, first_name, last_name, street_address, postal_code, city, language FROM customers WHERE customer_number = $1",
    ).bind(customer_number).fetch_optional(pool).await)
}

/// The enabled account whose email (lower-case) or customer number is `login`.
pub async fn reset_contact(db: &Db, login: &str) -> Result<Option<ResetContact>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT a.id, a.email FROM accounts a LEFT JOIN customers c ON c.id = a.customer_id
         WHERE (lower(a.email) = $1 OR c.customer_number = $1) AND NOT a.disabled",
    ).bind(login).fetch_optional(pool).await)
}

pub async fn names(db: &Db, account_id: i64) -> Result<AccountNames, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as("SELECT email, display_name FROM accounts WHERE id = $1")
        .bind(account_id).fetch_one(pool).await)
}

/// The register customer with this customer number, if any.
pub async fn customer_by_number(db: &Db, customer_number: &str) -> Result<Option<CustomerNames>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as("SELECT id, first_name, last_name FROM customers WHERE customer_number = $1")
        .bind(customer_number).fetch_optional(pool).await)
}

/// Whether an account already uses this email address (in any case) or belongs to this
/// customer.
pub async fn email_or_customer_taken(db: &Db, email: &str, customer_id: i64) -> Result<bool, sqlx::Error> {
    let taken: i64 = with_db!(db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM accounts WHERE lower(email) = $1 OR customer_id = $2",
    ).bind(email.to_lowercase()).bind(customer_id).fetch_one(pool).await)?;
    Ok(taken > 0)
}

/// A customer's own account, made when they activate it; returns its id.
pub async fn create_customer_account(
    db: &Db,
    email: &str,
    customer_id: i64,
    display_name: &str,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar(
        "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at, password_changed_at)
         VALUES ($1, 'customer', $2, $3, $4, $5, $5) RETURNING id",
    ).bind(email).bind(customer_id).bind(display_name).bind(password_hash).bind(now).fetch_one(pool).await)
}

/// Stores a new password hash and clears the account's failure count and lock.
pub async fn set_password(db: &Db, account_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    with_db!(db, pool => sqlx::query(
        "UPDATE accounts SET password_hash = $1, password_changed_at = $2, failed_sign_ins = 0, locked_until = NULL WHERE id = $3",
    ).bind(hash).bind(Utc::now()).bind(account_id).execute(pool).await.map(|_| ()))
}

/// Staff who can be assigned a request: enabled customer-service and DPO accounts, by
/// name.
pub async fn assignable_staff(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT id, display_name FROM accounts WHERE role IN ('customer_service', 'dpo') AND NOT disabled ORDER BY display_name, id",
    ).fetch_all(pool).await)
}

/// Creates a personal staff account with a role (`customer_service` or `dpo`); returns
/// its id and the TOTP secret to hand over with it.
pub async fn create_staff(
    db: &Db,
    email: &crate::domain::EmailAddress,
    name: &str,
    role: &str,
    password: String,
) -> Result<(i64, String), sqlx::Error> {
    let hash = password::hash_blocking(password).await;
    let now = Utc::now();
    // Staff sign in with a second factor from the start: the secret is handed over with
    // the account, for the staff member to add to their authenticator app.
    let secret = super::second_factor::new_secret();
    let id = with_db!(db, pool => sqlx::query_scalar(
        "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at, password_changed_at, totp_secret, totp_enabled_at)
         VALUES ($1, $2, NULL, $3, $4, $5, $5, $6, $5) RETURNING id",
    )
    .bind(email.as_ref())
    .bind(role)
    .bind(name)
    .bind(hash.as_str())
    .bind(now)
    .bind(&secret)
    .fetch_one(pool)
    .await)?;
    Ok((id, secret))
}
