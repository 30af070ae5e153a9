//! The per-address request limit in the database, so that every instance of the portal
//! counts against the same budget (ten instances must not give an attacker ten times
//! the attempts). A token bucket per key: a burst of `per_minute` requests, refilled
//! continuously at `per_minute` a minute. One atomic upsert per request; a refused
//! request takes nothing, so waiting is enough to get through again.

use super::db::{Backend, Db};
use crate::with_db;

/// What the bucket said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    Allowed,
    /// Refused: a token is back in this many seconds (at least 1).
    RetryAfter(u64),
}

#[derive(sqlx::FromRow)]
struct Bucket {
    tokens: f64,
    allowed: bool,
}

/// Takes one token from `key`'s bucket at `now_ms` (Unix milliseconds).
pub async fn take(db: &Db, key: &str, per_minute: u32, now_ms: i64) -> Result<Take, sqlx::Error> {
    let rate = f64::from(per_minute.max(1));
    // The refilled level: what was left plus what the time since grew, at most the burst.
    let (min, max) = if db.backend() == Backend::Postgres { ("LEAST", "GREATEST") } else { ("MIN", "MAX") };
    let refilled = format!("{min}($2, rate_buckets.tokens + {max}($3 - rate_buckets.updated_ms, 0) * $2 / 60000.0)");
    let sql = format!(
        "INSERT INTO rate_buckets (key, tokens, allowed, updated_ms) VALUES ($1, $2 - 1.0, TRUE, $3)
         ON CONFLICT (key) DO UPDATE SET
             tokens = CASE WHEN {refilled} >= 1.0 THEN {refilled} - 1.0 ELSE {refilled} END,
             allowed = {refilled} >= 1.0,
             updated_ms = {max}(rate_buckets.updated_ms, $3)
         RETURNING tokens, allowed"
    );
    let bucket: Bucket =
        with_db!(db, pool => sqlx::query_as(&sql).bind(key).bind(rate).bind(now_ms).fetch_one(pool).await)?;
    if bucket.allowed {
        return Ok(Take::Allowed);
    }
    let wait = ((1.0 - bucket.tokens) * 60.0 / rate).ceil();
    Ok(Take::RetryAfter((wait as u64).max(1)))
}

/// Removes buckets untouched for an hour (full again long since); returns how many.
pub async fn purge(db: &Db, now_ms: i64) -> Result<u64, sqlx::Error> {
    with_db!(db, pool => sqlx::query("DELETE FROM rate_buckets WHERE updated_ms < $1")
        .bind(now_ms - 3_600_000).execute(pool).await.map(|r| r.rows_affected()))
}
