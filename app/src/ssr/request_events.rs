//! What a change to a request writes besides the change itself: its event on the
//! request's timeline and the audit row of whoever made it, in the change's own
//! transaction (both commit with it or not at all). Written once here for both
//! backends; every change the portal makes to a request goes through [`RequestTx`]
//! (only the demo seeder writes its invented history directly).

use super::audit::{AuditTx, Entry};
use crate::domain::ids::{AccountId, StaffId};
use chrono::{DateTime, Utc};

/// Who a request's event is by, as its timeline shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// The customer (their account when signed in) or a requester without an account.
    Customer(Option<AccountId>),
    /// A staff member (their account).
    Staff(StaffId),
}

impl By {
    fn kind(self) -> &'static str {
        match self {
            By::Customer(_) => "customer",
            By::Staff(_) => "staff",
        }
    }

    fn account(self) -> Option<AccountId> {
        match self {
            By::Customer(account) => account,
            By::Staff(account) => Some(account.into()),
        }
    }
}

/// Writing a request's events inside an open transaction of either backend.
#[allow(async_fn_in_trait)]
pub trait RequestTx: AuditTx {
    /// Adds `event` to the timeline of request `request_id`.
    async fn request_event(
        &mut self,
        request_id: i64,
        event: &str,
        by: By,
        at: DateTime<Utc>,
    ) -> Result<(), sqlx::Error>;

    /// Adds `event` to the timeline and `entry` to the audit log: one change, recorded.
    async fn request_change(
        &mut self,
        request_id: i64,
        event: &str,
        by: By,
        at: DateTime<Utc>,
        entry: Entry<'_>,
    ) -> Result<(), sqlx::Error> {
        self.request_event(request_id, event, by, at).await?;
        self.append_audit(&entry).await
    }
}

macro_rules! request_tx {
    ($db:ty) => {
        impl RequestTx for sqlx::Transaction<'_, $db> {
            async fn request_event(
                &mut self,
                request_id: i64,
                event: &str,
                by: By,
                at: DateTime<Utc>,
            ) -> Result<(), sqlx::Error> {
                sqlx::query(
                    "INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail)
                     VALUES ($1, $2, $3, $4, $5, NULL)",
                )
                .bind(request_id)
                .bind(at)
                .bind(event)
                .bind(by.kind())
                .bind(by.account())
                .execute(&mut **self)
                .await
                .map(|_| ())
            }
        }
    };
}
request_tx!(sqlx::Sqlite);
request_tx!(sqlx::Postgres);
