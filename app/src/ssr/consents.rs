//! Consents and direct-marketing prohibitions: their current state (the latest event per
//! purpose and channel), and changing them. Every change is an event row (never an
//! update) and an audit row, written in one transaction before the answer.
//!
//! A change is made only when it changes the state: the event is inserted by one
//! conditional statement that compares with the latest event, under a lock on the
//! customer's row on PostgreSQL (SQLite runs one writer at a time). So a double submit,
//! a resubmitted form or two tabs yield one event, and concurrent opposite changes end
//! in the state of whichever came last, each recorded once.

use super::audit::{self, Actor, Entry};
use super::db::BeginWrite;
use super::db::{Backend, Db};
use crate::domain::ids::{AccountId, CustomerId};
use crate::with_db;
use chrono::{DateTime, Utc};

/// Channels a direct-marketing prohibition can name (`all` = every channel).
pub const PROHIBITION_CHANNELS: &[&str] = &["email", "sms", "phone", "letter", "all"];

/// The latest event of one consent (purpose × channel).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ConsentEventRow {
    pub purpose: String,
    pub channel: String,
    /// `given` or `withdrawn`.
    pub action: String,
    pub occurred_at: DateTime<Utc>,
    pub source: String,
}

/// The latest event of one direct-marketing prohibition (per channel).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ProhibitionEventRow {
    pub channel: String,
    /// `prohibited` or `lifted`.
    pub action: String,
    pub occurred_at: DateTime<Utc>,
}

/// The current state of each (purpose, channel): given or not, and since when.
pub async fn consent_states(db: &Db, customer_id: CustomerId) -> Result<Vec<ConsentEventRow>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT e.purpose, e.channel, e.action, e.occurred_at, e.source FROM consent_events e
         WHERE e.customer_id = $1 AND e.id = (SELECT MAX(id) FROM consent_events
                                             WHERE customer_id = e.customer_id AND purpose = e.purpose AND channel = e.channel)",
    ).bind(customer_id).fetch_all(pool).await)
}

/// The current prohibitions: the latest event per channel.
pub async fn prohibition_states(db: &Db, customer_id: CustomerId) -> Result<Vec<ProhibitionEventRow>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT e.channel, e.action, e.occurred_at FROM marketing_prohibition_events e
         WHERE e.customer_id = $1 AND e.id = (SELECT MAX(id) FROM marketing_prohibition_events
                                             WHERE customer_id = e.customer_id AND channel = e.channel)",
    ).bind(customer_id).fetch_all(pool).await)
}

/// What a change did: the event's id when the state changed, `None` when it already was so.
pub type Changed = Option<i64>;

/// The wording a customer saw when changing a consent, and its version: the first 16
/// hex digits of the wording's SHA-256, so two events with the same version saw the
/// same text (GDPR Art. 7(1)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    pub text: String,
    pub version: String,
}

impl Wording {
    pub fn of(text: String) -> Self {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(text.as_bytes());
        let version = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        Self { text, version }
    }
}

/// Gives (`given`) or withdraws (`withdrawn`) a consent, with the wording the customer
/// saw.
pub async fn set_consent(
    db: &Db,
    account_id: AccountId,
    customer_id: CustomerId,
    purpose: &str,
    channel: &str,
    action: &str,
    wording: &Wording,
) -> Result<Changed, sqlx::Error> {
    let now = Utc::now();
    let postgres = db.backend() == Backend::Postgres;
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        if postgres {
            sqlx::query("SELECT id FROM customers WHERE id = $1 FOR UPDATE").bind(customer_id).execute(&mut *tx).await?;
        }
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO consent_events (customer_id, purpose, channel, action, occurred_at, source, wording, wording_version)
             SELECT $1, $2, $3, $4, $5, 'portal', $6, $7
             WHERE COALESCE((SELECT action FROM consent_events WHERE customer_id = $1 AND purpose = $2 AND channel = $3
                             ORDER BY id DESC LIMIT 1), 'withdrawn') <> $4
             RETURNING id",
        ).bind(customer_id).bind(purpose).bind(channel).bind(action).bind(now).bind(&wording.text).bind(&wording.version)
        .fetch_optional(&mut *tx).await?;
        if let Some(id) = id {
            let detail = format!("{purpose}/{channel}/{action}/event={id}");
            let entry = Entry::new(Actor::Customer, Some(account_id), "consent_changed").customer(Some(customer_id)).detail(&detail);
            audit::record_in(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(id)
    })
}

/// Sets (`prohibited`) or lifts (`lifted`) a direct-marketing prohibition on a channel.
pub async fn set_prohibition(
    db: &Db,
    account_id: AccountId,
    customer_id: CustomerId,
    channel: &str,
    action: &str,
) -> Result<Changed, sqlx::Error> {
    let now = Utc::now();
    let postgres = db.backend() == Backend::Postgres;
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        if postgres {
            sqlx::query("SELECT id FROM customers WHERE id = $1 FOR UPDATE").bind(customer_id).execute(&mut *tx).await?;
        }
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO marketing_prohibition_events (customer_id, channel, action, occurred_at, source)
             SELECT $1, $2, $3, $4, 'portal'
             WHERE COALESCE((SELECT action FROM marketing_prohibition_events WHERE customer_id = $1 AND channel = $2
                             ORDER BY id DESC LIMIT 1), 'lifted') <> $3
             RETURNING id",
        ).bind(customer_id).bind(channel).bind(action).bind(now).fetch_optional(&mut *tx).await?;
        if let Some(id) = id {
            let detail = format!("{channel}/{action}/event={id}");
            let entry = Entry::new(Actor::Customer, Some(account_id), "prohibition_changed").customer(Some(customer_id)).detail(&detail);
            audit::record_in(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(id)
    })
}

/// The receipt of the customer's own event `c<id>` (consent) or `p<id>` (prohibition).
pub async fn receipt_of(
    db: &Db,
    customer_id: CustomerId,
    key: &str,
) -> Result<Option<crate::wire::consents::Receipt>, sqlx::Error> {
    let Some((kind, id)) = key.get(..1).zip(key.get(1..).and_then(|i| i.parse::<i64>().ok())) else {
        return Ok(None);
    };
    let sql = match kind {
        "c" => {
            "SELECT 'consent' AS kind, purpose, channel, action, occurred_at AS at FROM consent_events
             WHERE id = $1 AND customer_id = $2"
        }
        "p" => {
            "SELECT 'prohibition' AS kind, CAST(NULL AS TEXT) AS purpose, channel, action, occurred_at AS at
             FROM marketing_prohibition_events WHERE id = $1 AND customer_id = $2"
        }
        _ => return Ok(None),
    };
    with_db!(db, pool => sqlx::query_as(sql).bind(id).bind(customer_id).fetch_optional(pool).await)
}

/// The customer's latest event of one consent (the one that holds its state), if any.
pub async fn latest_consent_event(
    db: &Db,
    customer_id: CustomerId,
    purpose: &str,
    channel: &str,
) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar(
        "SELECT MAX(id) FROM consent_events WHERE customer_id = $1 AND purpose = $2 AND channel = $3",
    ).bind(customer_id).bind(purpose).bind(channel).fetch_one(pool).await)
}

/// The customer's latest prohibition event on a channel, if any.
pub async fn latest_prohibition_event(
    db: &Db,
    customer_id: CustomerId,
    channel: &str,
) -> Result<Option<i64>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar(
        "SELECT MAX(id) FROM marketing_prohibition_events WHERE customer_id = $1 AND channel = $2",
    ).bind(customer_id).bind(channel).fetch_one(pool).await)
}
