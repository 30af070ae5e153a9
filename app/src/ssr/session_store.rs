//! `tower-sessions` store on the `sessions` table of either backend, so every app
//! instance shares the sessions and an account's sessions can be listed and ended.
//!
//! Only the SHA-256 of a session id is stored. The account id is copied out of the
//! session data into its own column when the session is saved. Besides the idle
//! timeout that `tower-sessions` enforces through `expires_at` (moved by every request,
//! reads too: the server marks a signed-in session active once a minute), a session ends [`ABSOLUTE_LIFETIME`] after
//! it was first created, however active it is; a new id (at sign-in, re-authentication)
//! keeps that first time ([`CREATED_KEY`]). Saving never brings back a session that was
//! ended meanwhile, and [`DbSessionStore::purge_expired`] (run every ten minutes by
//! the server) removes ended rows.

use super::db::Db;
use crate::domain::ids::AccountId;
use crate::with_db;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use tower_sessions::SessionStore;

/// The session key that holds the signed-in account's id.
pub const ACCOUNT_KEY: &str = "account_id";
/// The session key that holds how the session was signed in: an
/// [`IdentityMethod`](crate::domain::IdentityMethod) slug and its detail (the assurance
/// level of a strong identification). Requests filed in the session record it as their
/// identity check.
pub const SIGNED_IN_WITH_KEY: &str = "signed_in_with";
/// The session key that holds the requester whose request made without an account this
/// browser follows (set by the public form, and by opening the mailed link).
pub const REQUESTER_KEY: &str = "requester_id";
/// The session key that holds when the user last gave their password again (Unix time).
pub const REAUTH_KEY: &str = "reauth_at";
/// The session key of the minute a signed-in session was last active (written by the
/// server's middleware once a minute of activity).
pub const SEEN_KEY: &str = "seen_minute";
/// The session key of the moment (Unix seconds) the signed-in user last chose to stay
/// signed in from the warning before the session ends.
pub const KEPT_KEY: &str = "kept_at";

/// Seconds until a session last active at `seen_minute` (and kept at `kept_at`) ends for
/// inactivity at `now`: never more than the real time left, as the minute is rounded down.
pub fn seconds_left(seen_minute: Option<i64>, kept_at: Option<i64>, now: i64) -> i64 {
    let last = seen_minute.map(|m| m * 60).into_iter().chain(kept_at).max().unwrap_or(now);
    (last + IDLE_TIMEOUT_MINUTES * 60 - now).max(0)
}

/// How long a re-authentication stays valid.
pub const REAUTH_VALIDITY: chrono::Duration = chrono::Duration::minutes(10);
/// How long a session may live from its creation, whatever its activity.
pub const ABSOLUTE_LIFETIME: chrono::Duration = chrono::Duration::hours(12);
/// How long a session survives without a request.
pub use crate::user::IDLE_TIMEOUT_MINUTES;
/// The session key that holds when the session was first created (Unix time); a new id
/// keeps it, so the absolute lifetime counts from the first sign-in step.
pub const CREATED_KEY: &str = "created_at";

/// One live session of an account, as the sessions page lists it.
#[derive(Debug, sqlx::FromRow)]
pub struct LiveSession {
    pub id_hash: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Ends every session of an account but `keep` (by id), e.g. after a password change.
    pub async fn end_other_sessions(
        &self,
        account_id: AccountId,
        keep: Option<&Id>,
    ) -> std::result::Result<u64, sqlx::Error> {
        let keep = keep.map(hash_id).unwrap_or_default();
        with_db!(&self.db, pool => sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
            .bind(account_id)
            .bind(keep)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
    }

    /// The account's sessions that are live at `now` (idle and absolute limits), newest
    /// first.
    pub async fn live_sessions(
        &self,
        account_id: AccountId,
        now: DateTime<Utc>,
    ) -> std::result::Result<Vec<LiveSession>, sqlx::Error> {
        with_db!(&self.db, pool => sqlx::query_as(
            "SELECT id_hash, created_at, expires_at FROM sessions WHERE account_id = $1 AND expires_at > $2 AND created_at > $3
             ORDER BY created_at DESC, id_hash",
        )
        .bind(account_id)
        .bind(now)
        .bind(now - ABSOLUTE_LIFETIME)
        .fetch_all(pool)
        .await)
    }

    /// Ends the account's session whose id hashes to `id_hash`; false when the account
    /// has no such session (someone else's key matches nothing).
    pub async fn end_session(&self, account_id: AccountId, id_hash: &str) -> std::result::Result<bool, sqlx::Error> {
        with_db!(&self.db, pool => sqlx::query("DELETE FROM sessions WHERE id_hash = $1 AND account_id = $2")
            .bind(id_hash).bind(account_id).execute(pool).await.map(|r| r.rows_affected() > 0))
    }
}

/// Hex SHA-256 of the session id's text form.
pub fn hash_id(id: &Id) -> String {
    let digest = Sha256::digest(id.to_string().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn to_chrono(t: time::OffsetDateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(t.unix_timestamp(), 0).unwrap_or_default()
}

fn to_time(t: DateTime<Utc>) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp(t.timestamp()).unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

fn backend(e: sqlx::Error) -> Error {
    Error::Backend(e.to_string())
}

fn account_of(record: &Record) -> Option<i64> {
    record.data.get(ACCOUNT_KEY).and_then(|v| v.as_i64())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    /// Inserts a new session, choosing a fresh id in the (astronomically unlikely) case
    /// that the id is taken, so an existing session is never overwritten. A session that
    /// only got a new id keeps its first creation time.
    async fn create(&self, record: &mut Record) -> Result<()> {
        let now = Utc::now();
        let created = record
            .data
            .get(CREATED_KEY)
            .and_then(|v| v.as_i64())
            .and_then(|t| DateTime::from_timestamp(t, 0))
            .filter(|t| *t <= now)
            .unwrap_or(now);
        record.data.insert(CREATED_KEY.to_owned(), serde_json::Value::from(created.timestamp()));
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        loop {
            let inserted = with_db!(&self.db, pool => sqlx::query(
                "INSERT INTO sessions (id_hash, account_id, data, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (id_hash) DO NOTHING",
            )
            .bind(hash_id(&record.id))
            .bind(account_of(record))
            .bind(&data)
            .bind(created)
            .bind(to_chrono(record.expiry_date))
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
            .map_err(backend)?);
            if inserted == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    /// Updates a live session. A session ended meanwhile (signed out elsewhere, "end
    /// other sessions", expired) stays ended: an update of no row brings nothing back.
    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        with_db!(&self.db, pool => sqlx::query(
            "UPDATE sessions SET account_id = $2, data = $3, expires_at = $4 WHERE id_hash = $1",
        )
        .bind(hash_id(&record.id))
        .bind(account_of(record))
        .bind(&data)
        .bind(to_chrono(record.expiry_date))
        .execute(pool)
        .await
        .map(|_| ())
        .map_err(backend))
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let now = Utc::now();
        let row: Option<(String, DateTime<Utc>, DateTime<Utc>)> = with_db!(&self.db, pool => sqlx::query_as(
            "SELECT data, created_at, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2 AND created_at > $3",
        )
        .bind(hash_id(id))
        .bind(now)
        .bind(now - ABSOLUTE_LIFETIME)
        .fetch_optional(pool)
        .await
        .map_err(backend)?);
        let Some((data, _created, expires)) = row else { return Ok(None) };
        let data: HashMap<String, serde_json::Value> =
            serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?;
        Ok(Some(Record { id: *id, data, expiry_date: to_time(expires) }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        with_db!(&self.db, pool => sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(hash_id(id))
            .execute(pool)
            .await
            .map(|_| ())
            .map_err(backend))
    }
}

impl DbSessionStore {
    /// Deletes the sessions that have ended by `now`; returns how many.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> std::result::Result<u64, sqlx::Error> {
        with_db!(&self.db, pool => sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR created_at <= $2")
            .bind(now)
            .bind(now - ABSOLUTE_LIFETIME)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
    }
}
