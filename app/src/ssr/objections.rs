//! Objections to processing that staff upheld (GDPR Art. 21(1)), per purpose: written
//! when an objection request is approved (`staff::decide`), read by the customer's
//! permissions page, the package and every selection (`selections`).

use super::db::Db;
use crate::domain::ids::CustomerId;
use crate::with_db;
use chrono::{DateTime, Utc};

/// The latest objection event of one purpose.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ObjectionEventRow {
    pub purpose: String,
    /// `upheld` or `ended`.
    pub action: String,
    pub occurred_at: DateTime<Utc>,
    /// The request whose decision upheld it.
    pub reference: Option<String>,
}

/// The state of each purpose the customer has ever objected to: its latest event.
pub async fn current(db: &Db, customer_id: CustomerId) -> Result<Vec<ObjectionEventRow>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT e.purpose, e.action, e.occurred_at, r.reference FROM objection_events e
         LEFT JOIN requests r ON r.id = e.request_id
         WHERE e.customer_id = $1 AND e.id = (SELECT MAX(id) FROM objection_events
                                             WHERE customer_id = e.customer_id AND purpose = e.purpose)
         ORDER BY e.purpose",
    ).bind(customer_id).fetch_all(pool).await)
}
