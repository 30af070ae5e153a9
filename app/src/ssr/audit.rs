//! Writing the audit log (append-only; the database refuses UPDATE and DELETE on it).
//! Rows name who did what to whose data; they never hold passwords, codes, identity
//! codes or session ids.

use super::db::Db;
use crate::with_db;

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
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub customer_id: Option<i64>,
    /// The request the action concerns, if any.
    pub request_id: Option<i64>,
    pub detail: Option<&'a str>,
}

impl<'a> Entry<'a> {
    pub fn new(actor: Actor, actor_id: Option<i64>, action: &'a str) -> Self {
        Self { actor, actor_id, action, customer_id: None, request_id: None, detail: None }
    }

    pub fn customer(mut self, customer_id: Option<i64>) -> Self {
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
}

/// Appends `entry` to the audit log.
pub async fn record(db: &Db, entry: Entry<'_>) -> Result<(), sqlx::Error> {
    with_db!(db, pool => sqlx::query(
        "INSERT INTO audit_log (occurred_at, actor_kind, actor_id, action, customer_id, request_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(chrono::Utc::now())
    .bind(entry.actor.as_str())
    .bind(entry.actor_id)
    .bind(entry.action)
    .bind(entry.customer_id)
    .bind(entry.request_id)
    .bind(entry.detail)
    .execute(pool)
    .await
    .map(|_| ()))
}

/// Appends `entry` inside an open transaction, so the audit row commits (or not) with
/// the change it records.
pub async fn record_in<'c, DB>(tx: &mut sqlx::Transaction<'c, DB>, entry: Entry<'_>) -> Result<(), sqlx::Error>
where
    DB: sqlx::Database,
    for<'e> &'e mut DB::Connection: sqlx::Executor<'e, Database = DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'q> chrono::DateTime<chrono::Utc>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<&'q str>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    sqlx::query(
        "INSERT INTO audit_log (occurred_at, actor_kind, actor_id, action, customer_id, request_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(chrono::Utc::now())
    .bind(entry.actor.as_str())
    .bind(entry.actor_id)
    .bind(entry.action)
    .bind(entry.customer_id)
    .bind(entry.request_id)
    .bind(entry.detail)
    .execute(&mut **tx)
    .await
    .map(|_| ())
}
