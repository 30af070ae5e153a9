//! Writing the audit log (append-only; the database refuses UPDATE and DELETE on it).
//! Rows name who did what to whose data; they never hold passwords, codes, identity
//! codes or session ids.
//!
//! The log is a hash chain: every row carries the previous row's hash and its own,
//! SHA-256 over the previous hash and the row's content ([`chain_hash`]). Writers take
//! the chain's head row (`audit_chain`) first, so rows chain in id order across
//! connections and instances; a row that is changed, removed or added behind the
//! application's back breaks the chain, and [`verify`] names the first broken row.

use super::db::BeginWrite;
use super::db::Db;
use crate::domain::ids::{AccountId, CustomerId, StaffId};
use crate::with_db;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// The hash before the first row of the chain.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who acted, as the `actor_kind` column names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    Customer,
    Staff,
    System,
}

impl Actor {
    fn as_str(self) -> &'static str {
        match self {
            Actor::Anonymous => "anonymous",
            Actor::Customer => "customer",
            Actor::Staff => "staff",
            Actor::System => "system",
        }
    }

    /// The actor kind of a signed-in account of `role`.
    pub fn of(role: crate::domain::Role) -> Self {
        if role.is_staff() {
            Actor::Staff
        } else {
            Actor::Customer
        }
    }
}

/// One audit row.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub actor: Actor,
    pub actor_id: Option<AccountId>,
    pub action: &'a str,
    pub customer_id: Option<CustomerId>,
    /// The request the action concerns, if any.
    pub request_id: Option<i64>,
    pub detail: Option<&'a str>,
    /// When it happened, if not now (demo data).
    pub at: Option<DateTime<Utc>>,
}

impl<'a> Entry<'a> {
    pub fn new(actor: Actor, actor_id: Option<AccountId>, action: &'a str) -> Self {
        Self { actor, actor_id, action, customer_id: None, request_id: None, detail: None, at: None }
    }

    /// An action of staff member `id`.
    pub fn staff(id: StaffId, action: &'a str) -> Self {
        Self::new(Actor::Staff, Some(id.into()), action)
    }

    pub fn customer(mut self, customer_id: Option<CustomerId>) -> Self {
        self.customer_id = customer_id;
        self
    }

    pub fn request(mut self, request_id: Option<i64>) -> Self {
        self.request_id = request_id;
        self
    }

    pub fn detail(mut self, detail: &'a str) -> Self {
        self.detail = Some(detail);
        self
    }

    pub fn at(mut self, at: DateTime<Utc>) -> Self {
        self.at = Some(at);
        self
    }
}

/// A time as the database keeps it (microseconds), so the hash made before the insert
/// is the hash of what is read back.
fn stored_time(at: DateTime<Utc>) -> DateTime<Utc> {
    use chrono::{SubsecRound, Timelike};
    let micros = at.nanosecond() / 1_000;
    at.trunc_subsecs(0) + chrono::Duration::microseconds(i64::from(micros))
}

/// The hash of a row: SHA-256 (hex) over the previous row's hash and each field of the
/// row, every field prefixed by its length so no two rows share an input.
pub fn chain_hash(prev: &str, row: &ChainedRow) -> String {
    let mut h = Sha256::new();
    let field = |h: &mut Sha256, v: Option<&str>| match v {
        Some(v) => h.update(format!("{}:{v};", v.len()).as_bytes()),
        None => h.update(b"-;"),
    };
    field(&mut h, Some(prev));
    field(&mut h, Some(&row.occurred_at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()));
    field(&mut h, Some(&row.actor_kind));
    field(&mut h, row.actor_id.map(|v| v.to_string()).as_deref());
    field(&mut h, Some(&row.action));
    field(&mut h, row.customer_id.map(|v| v.to_string()).as_deref());
    field(&mut h, row.request_id.map(|v| v.to_string()).as_deref());
    field(&mut h, row.detail.as_deref());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The hashed content of an audit row.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ChainedRow {
    pub occurred_at: DateTime<Utc>,
    pub actor_kind: String,
    pub actor_id: Option<AccountId>,
    pub action: String,
    pub customer_id: Option<CustomerId>,
    pub request_id: Option<i64>,
    pub detail: Option<String>,
}

impl ChainedRow {
    fn of(entry: &Entry<'_>) -> Self {
        Self {
            occurred_at: stored_time(entry.at.unwrap_or_else(Utc::now)),
            actor_kind: entry.actor.as_str().to_owned(),
            actor_id: entry.actor_id,
            action: entry.action.to_owned(),
            customer_id: entry.customer_id,
            request_id: entry.request_id,
            detail: entry.detail.map(str::to_owned),
        }
    }
}

/// Appending to the chain inside an open transaction of either backend.
#[allow(async_fn_in_trait)]
pub trait AuditTx {
    /// Appends `entry`: takes the chain's head (held until the transaction ends), hashes
    /// the row onto it and inserts it; the insert moves the head (a trigger).
    async fn append_audit(&mut self, entry: &Entry<'_>) -> Result<(), sqlx::Error>;
}

macro_rules! audit_tx {
    ($db:ty) => {
        impl AuditTx for sqlx::Transaction<'_, $db> {
            async fn append_audit(&mut self, entry: &Entry<'_>) -> Result<(), sqlx::Error> {
                // The head read by a write: on SQLite it takes the write lock, on
                // PostgreSQL the row lock; either way no other writer reads the head until
                // this one ends. One statement, not a lock and then a read.
                let prev: String =
                    sqlx::query_scalar("UPDATE audit_chain SET last_id = last_id WHERE id = 1 RETURNING last_hash")
                        .fetch_one(&mut **self)
                        .await?;
                let row = ChainedRow::of(entry);
                let hash = chain_hash(&prev, &row);
                // The insert's trigger moves the head to this row (migration 0028).
                sqlx::query(
                    "INSERT INTO audit_log (occurred_at, actor_kind, actor_id, action, customer_id, request_id, detail, prev_hash, row_hash)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                )
                .bind(row.occurred_at)
                .bind(&row.actor_kind)
                .bind(row.actor_id)
                .bind(&row.action)
                .bind(row.customer_id)
                .bind(row.request_id)
                .bind(&row.detail)
                .bind(&prev)
                .bind(&hash)
                .execute(&mut **self)
                .await?;
                Ok(())
            }
        }
    };
}
audit_tx!(sqlx::Sqlite);
audit_tx!(sqlx::Postgres);

/// Appends `entry` to the audit log in a transaction of its own.
pub async fn record(db: &Db, entry: Entry<'_>) -> Result<(), sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        tx.append_audit(&entry).await?;
        tx.commit().await
    })
}

/// Appends `entry` inside an open transaction, so the audit row commits (or not) with
/// the change it records.
pub async fn record_in<T: AuditTx>(tx: &mut T, entry: Entry<'_>) -> Result<(), sqlx::Error> {
    tx.append_audit(&entry).await
}

/// What [`verify`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChainReport {
    /// Rows whose hashes were checked.
    pub chained: u64,
    /// Rows from before the chain began (no hashes).
    pub before_chain: u64,
    /// Rows removed by retention under signed checkpoints (the latest one's count).
    pub removed: u64,
    /// The first row whose hash or link is wrong, and what is wrong with it.
    pub first_broken: Option<(i64, &'static str)>,
}

impl ChainReport {
    pub fn is_intact(&self) -> bool {
        self.first_broken.is_none()
    }
}

#[derive(sqlx::FromRow)]
struct StoredRow {
    id: i64,
    prev_hash: Option<String>,
    row_hash: Option<String>,
    #[sqlx(flatten)]
    row: ChainedRow,
}

/// Walks the whole log in id order (in pages, never all in memory) and checks every
/// link: each row's previous hash is the hash of the row before it, its own hash is
/// that of its content, and the chain's head is the last row. Where retention removed
/// the oldest rows, the first row left must link to the latest checkpoint's hash, and
/// that checkpoint must carry a valid signature (of `trusted_key`, when given: the
/// public key, in hex, the operator handed out).
pub async fn verify(db: &Db) -> Result<ChainReport, sqlx::Error> {
    verify_with_key(db, None).await
}

/// [`verify`], requiring the checkpoints to be signed by `trusted_key` (hex).
pub async fn verify_with_key(db: &Db, trusted_key: Option<&str>) -> Result<ChainReport, sqlx::Error> {
    let mut report = ChainReport::default();
    let mut expected_prev: Option<String> = None;
    let mut after = 0i64;
    if let Some(checkpoint) = crate::ssr::audit_checkpoint::latest(db).await? {
        if !checkpoint.signature_valid() {
            report.first_broken =
                Some((checkpoint.through_id, "the checkpoint of the removed rows is not validly signed"));
            return Ok(report);
        }
        if trusted_key.is_some_and(|k| !k.eq_ignore_ascii_case(&checkpoint.public_key)) {
            report.first_broken =
                Some((checkpoint.through_id, "the checkpoint of the removed rows is signed by another key"));
            return Ok(report);
        }
        report.removed = u64::try_from(checkpoint.rows_removed).unwrap_or(0);
        expected_prev = checkpoint.through_hash;
        after = checkpoint.through_id;
    }
    loop {
        let page: Vec<StoredRow> = with_db!(db, pool => sqlx::query_as(
            "SELECT id, occurred_at, actor_kind, actor_id, action, customer_id, request_id, detail, prev_hash, row_hash
             FROM audit_log WHERE id > $1 ORDER BY id LIMIT 5000",
        ).bind(after).fetch_all(pool).await?);
        let Some(last) = page.last() else { break };
        after = last.id;
        for stored in page {
            let (Some(prev), Some(hash)) = (stored.prev_hash.as_deref(), stored.row_hash.as_deref()) else {
                if expected_prev.is_some() {
                    report.first_broken = Some((stored.id, "a row without hashes inside the chain"));
                    return Ok(report);
                }
                report.before_chain += 1;
                continue;
            };
            if prev != expected_prev.as_deref().unwrap_or(GENESIS) {
                report.first_broken = Some((
                    stored.id,
                    "its link to the row before does not match (a row before it was removed or changed)",
                ));
                return Ok(report);
            }
            if chain_hash(prev, &stored.row) != hash {
                report.first_broken = Some((stored.id, "its content does not match its hash (the row was changed)"));
                return Ok(report);
            }
            report.chained += 1;
            expected_prev = Some(hash.to_owned());
        }
    }
    let (last_id, head): (Option<i64>, String) = with_db!(db, pool => sqlx::query_as("SELECT last_id, last_hash FROM audit_chain WHERE id = 1").fetch_one(pool).await?);
    if head != expected_prev.as_deref().unwrap_or(GENESIS) {
        report.first_broken =
            Some((last_id.unwrap_or(0), "the chain's head is not the last row (rows at the end were removed)"));
    }
    Ok(report)
}
