//! A rectified email address becomes the login address only when its owner confirms it
//! (issue #16): an approved rectification of the email address writes a change with a
//! link token (its SHA-256 only) in the decision's own transaction, mails the link to
//! the new address and tells the old login address; opening the link and confirming
//! moves the login, once, within [`VALIDITY`]. A newer change voids the older ones.

use super::audit::{self, Actor, Entry};
use super::db::{BeginWrite, Db};
use crate::domain::ids::{AccountId, CustomerId};
use crate::with_db;
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// How long the link to confirm a new login address works.
pub const VALIDITY: Duration = Duration::days(3);

/// Voids account `$2`'s unconfirmed changes at `$1`.
pub const VOID_SQL: &str =
    "UPDATE login_email_changes SET expires_at = $1 WHERE account_id = $2 AND confirmed_at IS NULL AND expires_at > $1";

/// A new change: account `$1`, request `$2`, the address `$3`, the token's hash `$4`,
/// made at `$5`, valid until `$6`.
pub const INSERT_SQL: &str =
    "INSERT INTO login_email_changes (account_id, request_id, new_email, code_hash, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)";

/// The account of customer `$1` whose login a rectified email address may move: its id,
/// login address and the customer's language.
pub const ACCOUNT_SQL: &str =
    "SELECT a.id, a.email, c.language FROM accounts a JOIN customers c ON c.id = a.customer_id
     WHERE a.customer_id = $1";

/// The account a rectification of the email address concerns.
#[derive(Debug, sqlx::FromRow)]
pub struct LoginAccount {
    pub id: AccountId,
    pub email: String,
    pub language: String,
}

fn hash(token: &str) -> String {
    Sha256::digest(token.trim().to_ascii_lowercase().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A live change found by its link's token.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Pending {
    pub id: i64,
    pub account_id: AccountId,
    pub new_email: String,
}

/// The live (unconfirmed, unexpired) change whose link carries `token`.
pub async fn pending(db: &Db, token: &str, now: DateTime<Utc>) -> Result<Option<Pending>, sqlx::Error> {
    if token.trim().len() != 64 {
        return Ok(None);
    }
    with_db!(db, pool => sqlx::query_as(
        "SELECT id, account_id, new_email FROM login_email_changes
         WHERE code_hash = $1 AND confirmed_at IS NULL AND expires_at > $2",
    ).bind(hash(token)).bind(now).fetch_optional(pool).await)
}

/// What confirming a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmed {
    /// The account now signs in with the new address.
    Moved,
    /// The link was used or voided meanwhile.
    Gone,
    /// Another account signs in with that address already.
    Taken,
}

/// Moves the login of the change's account to its new address, uses the change up and
/// audits it (`login_email_changed`, never the address), in one transaction.
pub async fn confirm(db: &Db, change: &Pending, now: DateTime<Utc>) -> Result<Confirmed, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let used = sqlx::query(
            "UPDATE login_email_changes SET confirmed_at = $1 WHERE id = $2 AND confirmed_at IS NULL AND expires_at > $1",
        ).bind(now).bind(change.id).execute(&mut *tx).await?.rows_affected();
        if used != 1 {
            return Ok(Confirmed::Gone);
        }
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE LOWER(email) = LOWER($1) AND id <> $2")
            .bind(&change.new_email).bind(change.account_id).fetch_one(&mut *tx).await?;
        if taken > 0 {
            return Ok(Confirmed::Taken);
        }
        let customer: Option<CustomerId> = sqlx::query_scalar("UPDATE accounts SET email = $1 WHERE id = $2 RETURNING customer_id")
            .bind(&change.new_email).bind(change.account_id).fetch_one(&mut *tx).await?;
        let entry = Entry::new(Actor::Anonymous, Some(change.account_id), "login_email_changed").customer(customer);
        audit::record_in(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(Confirmed::Moved)
    })
}

/// A new link token and the hash stored of it.
pub fn new_token() -> (String, String) {
    let (token, _) = super::one_time::new_reset_token();
    let stored = hash(&token);
    (token, stored)
}
