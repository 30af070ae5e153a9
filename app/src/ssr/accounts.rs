//! Accounts in the store: the portal's sign-in identities of customers and staff,
//! their creation, passwords and the names the password policy checks against.

use super::db::Db;
use super::password;
use crate::domain::ids::{AccountId, CustomerId, StaffId};
use crate::with_db;
use chrono::{DateTime, Utc};

/// Where a password-reset link goes: an enabled account found by its email address or
/// its customer's number.
#[derive(Debug, sqlx::FromRow)]
pub struct ResetContact {
    pub id: AccountId,
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
    pub id: CustomerId,
    pub first_name: String,
    pub last_name: String,
}

/// Where a customer's letters go (activation codes are sent by post), and in which
/// language.
#[derive(Debug, sqlx::FromRow)]
pub struct PostalAddress {
    pub id: CustomerId,
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

pub async fn names(db: &Db, account_id: AccountId) -> Result<AccountNames, sqlx::Error> {
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
pub async fn email_or_customer_taken(db: &Db, email: &str, customer_id: CustomerId) -> Result<bool, sqlx::Error> {
    let taken: i64 = with_db!(db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM accounts WHERE lower(email) = $1 OR customer_id = $2",
    ).bind(email.to_lowercase()).bind(customer_id).fetch_one(pool).await)?;
    Ok(taken > 0)
}

/// A customer's own account, made when they activate it; returns its id.
pub async fn create_customer_account(
    db: &Db,
    email: &str,
    customer_id: CustomerId,
    display_name: &str,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<AccountId, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar(
        "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at, password_changed_at)
         VALUES ($1, 'customer', $2, $3, $4, $5, $5) RETURNING id",
    ).bind(email).bind(customer_id).bind(display_name).bind(password_hash).bind(now).fetch_one(pool).await)
}

/// Stores a new password hash and clears the account's failure count and lock.
pub async fn set_password(db: &Db, account_id: AccountId, hash: &str) -> Result<(), sqlx::Error> {
    with_db!(db, pool => sqlx::query(
        "UPDATE accounts SET password_hash = $1, password_changed_at = $2, failed_sign_ins = 0, locked_until = NULL WHERE id = $3",
    ).bind(hash).bind(Utc::now()).bind(account_id).execute(pool).await.map(|_| ()))
}

/// Staff who can be assigned a request: enabled customer-service and DPO accounts, by
/// name.
pub async fn assignable_staff(db: &Db) -> Result<Vec<(StaffId, String)>, sqlx::Error> {
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

/// A register customer found by identity code, with their portal account if they have
/// one.
#[derive(Debug, sqlx::FromRow)]
pub struct IdentifiedCustomer {
    pub id: CustomerId,
    pub customer_number: String,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub account_id: Option<AccountId>,
    pub account_disabled: Option<bool>,
}

/// The register customers whose identity code is `code` (normally one; more would be a
/// fault in the register, and then nobody is signed in).
pub async fn customers_by_identity_code(db: &Db, code: &str) -> Result<Vec<IdentifiedCustomer>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT c.id, c.customer_number, c.first_name, c.last_name, c.email, a.id AS account_id, a.disabled AS account_disabled
         FROM customers c LEFT JOIN accounts a ON a.customer_id = c.id
         WHERE c.identity_code = $1 ORDER BY c.id LIMIT 2",
    ).bind(code).fetch_all(pool).await)
}

/// The identity code of the customer behind a customer account, if the register has one.
pub async fn identity_code_of_account(db: &Db, account_id: AccountId) -> Result<Option<String>, sqlx::Error> {
    let code: Option<Option<String>> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT c.identity_code FROM accounts a JOIN customers c ON c.id = a.customer_id WHERE a.id = $1 AND NOT a.disabled",
    ).bind(account_id).fetch_optional(pool).await)?;
    Ok(code.flatten())
}

/// The account of a customer who identified with strong electronic identification and
/// had none: no password (they sign in the same way again, or set one later) and no
/// activation letter. Its email is the register's, when no other account uses it;
/// otherwise an undeliverable placeholder (`…@invalid`, which no mail is sent to) until
/// they give one. Returns the account id; a concurrent first sign-in of the same
/// customer finds the account the other made.
pub async fn create_identified_account(
    db: &Db,
    customer: &IdentifiedCustomer,
    now: DateTime<Utc>,
) -> Result<AccountId, sqlx::Error> {
    let display_name = format!("{} {}", customer.first_name, customer.last_name);
    let register_email = customer.email.as_deref().map(str::trim).filter(|e| !e.is_empty()).map(str::to_lowercase);
    let email = match register_email {
        Some(e) if !email_or_customer_taken(db, &e, customer.id).await? => e,
        _ => format!("tunnistettu-{}@invalid", customer.customer_number),
    };
    let inserted: Option<AccountId> = with_db!(db, pool => sqlx::query_scalar(
        "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at)
         VALUES ($1, 'customer', $2, $3, NULL, $4) ON CONFLICT DO NOTHING RETURNING id",
    ).bind(&email).bind(customer.id).bind(&display_name).bind(now).fetch_optional(pool).await)?;
    match inserted {
        Some(id) => Ok(id),
        None => with_db!(db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE customer_id = $1")
            .bind(customer.id).fetch_one(pool).await),
    }
}
