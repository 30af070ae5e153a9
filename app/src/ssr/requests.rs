//! Data-subject requests on the customer's side: filing one, reading one's own, adding a
//! message or answering a clarification, asking for restriction while one is pending,
//! and withdrawing one. Every change writes the request row, its timeline event and an
//! audit row in one transaction before the answer. Every query names the customer, so a
//! reference number of another customer's request finds nothing.

use super::audit::{self, Actor, Entry};
use super::db::BeginWrite;
use super::db::{Backend, Db};
use super::outbox::OutboxTx;
use super::request_events::{By, RequestTx};
use crate::domain::clock;
use crate::domain::ids::{AccountId, CustomerId, StaffId};
use crate::domain::request::{reference, RequestDetails};
use crate::domain::{RequestKind, RequestStatus};
use crate::wire::requests::{IdentityCheck, RequestEvent, RequestMessage, RequestSummary, RequestView};
use crate::with_db;
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// The statuses in which a request is still open, as SQL (`status IN {OPEN}`); every
/// query of the store that asks "open?" uses this one list (a test keeps it equal to
/// [`crate::domain::RequestStatus::is_open`]).
pub(crate) const OPEN: &str = "('received', 'in_progress', 'waiting_for_customer', 'extended')";

/// Who files a request.
#[derive(Clone, Copy, Debug)]
pub enum FiledBy<'a> {
    /// The customer in the portal. `identity`: how their session was signed in, and its
    /// detail, recorded as the request's first identity check.
    Customer { account_id: AccountId, identity: (crate::domain::IdentityMethod, Option<&'a str>) },
    /// A staff member recording a request that came by `channel` on `received_at` (the
    /// clock runs from then). Identity is checked and recorded separately. `requester`:
    /// who made it, when they are linked to no register customer.
    Staff {
        staff_id: StaffId,
        channel: crate::domain::Channel,
        received_at: DateTime<Utc>,
        requester: Option<&'a Requester>,
    },
    /// A person without an account, on the public form, whose mailed link was just opened
    /// ([`super::requesters`]): their submission `requester_id` becomes the request. A
    /// strong identification they made on the spot is its first identity check.
    Public { requester_id: i64 },
}

/// Who made a request recorded by staff when they are no register customer (yet).
#[derive(Clone, Debug)]
pub struct Requester {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub lang: crate::domain::Lang,
}

/// A request to file.
pub struct NewRequest<'a> {
    /// The register customer it is about; none yet for a person not identified as one.
    pub customer_id: Option<CustomerId>,
    pub details: &'a RequestDetails,
    /// Restrict processing while the request is pending (GDPR Art. 18(1)(a)).
    pub restrict: bool,
    /// The key the form carried: a second submit of the same form files nothing new.
    pub idempotency_key: &'a str,
    pub by: FiledBy<'a>,
}

/// Files a request. Returns its reference and whether it is new (false: the same form
/// was submitted before, and this is that request).
pub async fn file(db: &Db, new: NewRequest<'_>, now: DateTime<Utc>) -> Result<(String, bool), sqlx::Error> {
    let kind = new.details.kind();
    let details = serde_json::to_string(new.details).expect("request details serialise");
    let (received_at, channel, by) = match new.by {
        FiledBy::Customer { account_id, .. } => (now, crate::domain::Channel::Portal, By::Customer(Some(account_id))),
        FiledBy::Staff { staff_id, channel, received_at, .. } => (received_at, channel, By::Staff(staff_id)),
        FiledBy::Public { .. } => (now, crate::domain::Channel::Portal, By::Customer(None)),
    };
    let due = clock::due_date(received_at);
    let year = clock::helsinki_date(received_at).year();
    let placeholder = format!("new-{}", uuid::Uuid::new_v4().simple());
    let restrict = new.restrict && kind.offers_restriction();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, restrict_processing, details, idempotency_key, channel)
             VALUES ($1, $2, $3, 'received', $4, $5, $6, $7, $8, $9)
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(&placeholder).bind(new.customer_id).bind(kind.as_str()).bind(received_at).bind(due).bind(restrict)
        .bind(&details).bind(new.idempotency_key).bind(channel.as_str())
        .fetch_optional(&mut *tx).await?;
        let Some(id) = id else {
            tx.rollback().await?;
            let existing: String = sqlx::query_scalar(
                "SELECT reference FROM requests WHERE customer_id IS NOT DISTINCT FROM $1 AND idempotency_key = $2",
            ).bind(new.customer_id).bind(new.idempotency_key).fetch_one(pool).await?;
            return Ok((existing, false));
        };
        let reference = reference(year, id);
        sqlx::query("UPDATE requests SET reference = $1 WHERE id = $2").bind(&reference).bind(id).execute(&mut *tx).await?;
        match new.by {
            FiledBy::Public { requester_id } => {
                // The submission becomes this request once: a second opening of the link
                // (or two at once) finds it taken and answers with the request made.
                let taken = sqlx::query(
                    "UPDATE requesters SET request_id = $1, email_confirmed_at = $2, confirm_by = NULL WHERE id = $3 AND request_id IS NULL",
                ).bind(id).bind(now).bind(requester_id).execute(&mut *tx).await?.rows_affected();
                if taken == 0 {
                    tx.rollback().await?;
                    let existing: Option<String> = sqlx::query_scalar(
                        "SELECT r.reference FROM requesters q JOIN requests r ON r.id = q.request_id WHERE q.id = $1",
                    ).bind(requester_id).fetch_optional(pool).await?;
                    return existing.map(|r| (r, false)).ok_or(sqlx::Error::RowNotFound);
                }
                // A strong identification on the spot is the request's first check.
                sqlx::query(
                    "INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified)
                     SELECT $1, 'strong_eid', 'high', identity_acr, NULL, identified_at, TRUE FROM requesters
                     WHERE id = $2 AND identified_at IS NOT NULL",
                ).bind(id).bind(requester_id).execute(&mut *tx).await?;
            }
            FiledBy::Staff { requester: Some(who), .. } => {
                sqlx::query(
                    "INSERT INTO requesters (request_id, name, email, phone, language, kind, details, created_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                ).bind(id).bind(&who.name).bind(&who.email).bind(&who.phone).bind(who.lang.as_str()).bind(kind.as_str())
                .bind(&details).bind(now).execute(&mut *tx).await?;
            }
            _ => {}
        }
        let mut events = vec!["received"];
        if restrict {
            events.push("restriction_requested");
        }
        for event in events {
            tx.request_event(id, event, by, received_at).await?;
        }
        let entry = match new.by {
            FiledBy::Customer { account_id, identity: (method, check_detail) } => {
                sqlx::query(
                    "INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified) VALUES ($1, $2, $3, $4, NULL, $5, TRUE)",
                ).bind(id).bind(method.as_str()).bind(method.level().as_str()).bind(check_detail).bind(now).execute(&mut *tx).await?;
                Entry::new(Actor::Customer, Some(account_id), "request_filed")
            }
            FiledBy::Staff { staff_id, .. } => Entry::staff(staff_id, "request_recorded"),
            FiledBy::Public { .. } => Entry::new(Actor::Anonymous, None, "request_filed_public"),
        };
        let detail = match new.by {
            FiledBy::Customer { .. } | FiledBy::Public { .. } => format!("{}/{reference}", kind.as_str()),
            FiledBy::Staff { .. } => format!("{}/{reference}/{}", kind.as_str(), channel.as_str()),
        };
        audit::record_in(&mut tx, entry.customer(new.customer_id).request(Some(id)).detail(&detail)).await?;
        tx.enqueue_request_news(id, &reference, "received", now).await?;
        tx.commit().await?;
        Ok((reference, true))
    })
}

/// A request as its list shows it.
#[derive(sqlx::FromRow)]
pub(super) struct SummaryRow {
    reference: String,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    extended_due_on: Option<NaiveDate>,
    decided_at: Option<DateTime<Utc>>,
}

pub(super) fn summary(row: &SummaryRow) -> Option<RequestSummary> {
    Some(RequestSummary {
        reference: row.reference.clone(),
        kind: row.kind.parse().ok()?,
        status: row.status.parse().ok()?,
        received_at: row.received_at,
        due_on: row.extended_due_on.unwrap_or(row.due_on),
        decided_at: row.decided_at,
    })
}

/// The customer's requests, newest first.
pub async fn list(db: &Db, customer_id: CustomerId) -> Result<Vec<RequestSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT reference, kind, status, received_at, due_on, extended_due_on, decided_at FROM requests
         WHERE customer_id = $1 ORDER BY received_at DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    Ok(rows.iter().filter_map(summary).collect())
}

/// One request as its customer sees it.
#[derive(sqlx::FromRow)]
struct ViewRow {
    id: i64,
    #[sqlx(flatten)]
    summary: SummaryRow,
    extension_reason: Option<String>,
    restrict_processing: bool,
    details: String,
    decision_reason: Option<String>,
    channel: String,
}

/// An event on a request's timeline: who acted, by kind, and by role when staff.
#[derive(sqlx::FromRow)]
struct EventRow {
    occurred_at: DateTime<Utc>,
    kind: String,
    actor_kind: String,
    role: Option<String>,
}

/// A message on a request: its author, by kind, and by role when staff.
#[derive(sqlx::FromRow)]
struct MessageRow {
    sent_at: DateTime<Utc>,
    author_kind: String,
    role: Option<String>,
    body: String,
}

/// One of the customer's requests in full, or `None` when the customer has none with
/// this reference.
pub async fn get(db: &Db, customer_id: CustomerId, reference: &str) -> Result<Option<RequestView>, sqlx::Error> {
    let row: Option<ViewRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, reference, kind, status, received_at, due_on, extended_due_on, decided_at, extension_reason,
                restrict_processing, details, decision_reason, channel
         FROM requests WHERE customer_id = $1 AND reference = $2",
    ).bind(customer_id).bind(reference).fetch_optional(pool).await?);
    let Some(row) = row else { return Ok(None) };
    let Some(summary) = summary(&row.summary) else {
        return Ok(None);
    };
    let id = row.id;
    let events: Vec<EventRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT e.occurred_at, e.kind, e.actor_kind, a.role FROM request_events e LEFT JOIN accounts a ON a.id = e.actor_id
         WHERE e.request_id = $1 ORDER BY e.occurred_at, e.id",
    ).bind(id).fetch_all(pool).await?);
    let messages: Vec<MessageRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT m.sent_at, m.author_kind, a.role, m.body FROM request_messages m LEFT JOIN accounts a ON a.id = m.author_id
         WHERE m.request_id = $1 ORDER BY m.sent_at, m.id",
    ).bind(id).fetch_all(pool).await?);
    let recipients: Vec<(String, Option<DateTime<Utc>>)> = with_db!(db, pool => sqlx::query_as(
        "SELECT recipient, notified_at FROM recipient_notifications WHERE request_id = $1 ORDER BY id",
    ).bind(id).fetch_all(pool).await?);
    let details = RequestDetails::from_json(summary.kind, &row.details);
    let channel = row.channel.parse().unwrap_or(crate::domain::Channel::Portal);
    // The customer sees how they were identified, not which staff member checked.
    let identity_checks =
        super::identity::checks(db, id).await?.into_iter().map(|c| IdentityCheck { checked_by: None, ..c }).collect();
    Ok(Some(RequestView {
        channel,
        identity_checks,
        recipients,
        original_due_on: row.summary.due_on,
        extended: row.summary.extended_due_on.is_some(),
        extension_reason: row.extension_reason,
        restrict_processing: row.restrict_processing,
        details,
        decision_reason: row.decision_reason,
        events: events
            .into_iter()
            .map(|e| RequestEvent { at: e.occurred_at, kind: e.kind, actor: e.role.unwrap_or(e.actor_kind) })
            .collect(),
        messages: messages
            .into_iter()
            .map(|m| RequestMessage { at: m.sent_at, author: m.role.unwrap_or(m.author_kind), body: m.body })
            .collect(),
        summary,
        message_key: uuid::Uuid::new_v4().simple().to_string(),
        copy: None,
        deleted_on: None,
    }))
}

/// What a customer's change to an open request did.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    Done,
    /// No open request of the customer has this reference (or the change does not
    /// apply to it).
    NotApplicable,
}

/// What a customer's change did to a request, decided inside its transaction.
enum Step {
    /// Record this timeline event (and an audit row).
    Record(&'static str),
    /// The request already is so: nothing to record.
    Unchanged,
    /// The change does not apply to this request.
    NotApplicable,
}

/// A change by the customer to their own open request `reference`, in one transaction:
/// locks the request (PostgreSQL row lock; SQLite runs one writer at a time), runs
/// `$body` with the request's id, kind and status, which answers with a [`Step`]; a
/// recorded step writes its timeline event and an audit row `$action`; then commits. No
/// open request of the customer with this reference: not applicable.
macro_rules! customer_action {
    ($db:expr, $account_id:expr, $customer_id:expr, $reference:expr, $action:expr,
     |$tx:ident, $id:ident, $kind:ident, $status:ident| $body:block) => {{
        let postgres = $db.backend() == Backend::Postgres;
        let now = Utc::now();
        with_db!($db, pool => {
            let mut $tx = pool.begin_write().await?;
            let sql = format!(
                "SELECT id, kind, status FROM requests WHERE customer_id = $1 AND reference = $2 AND status IN {OPEN}{}",
                if postgres { " FOR UPDATE" } else { "" }
            );
            let row: Option<(i64, String, String)> =
                sqlx::query_as(&sql).bind($customer_id).bind($reference).fetch_optional(&mut *$tx).await?;
            let Some(($id, $kind, $status)) = row else { return Ok(Change::NotApplicable) };
            let step: Result<Step, sqlx::Error> = async { $body }.await;
            let event = match step? {
                Step::Record(event) => event,
                Step::Unchanged => return Ok(Change::Done),
                Step::NotApplicable => return Ok(Change::NotApplicable),
            };
            let detail = format!("{event}/{}", $reference);
            let entry = Entry::new(Actor::Customer, Some($account_id), $action).customer(Some($customer_id)).request(Some($id)).detail(&detail);
            use $crate::ssr::request_events::{By, RequestTx};
            $tx.request_change($id, event, By::Customer(Some($account_id)), now, entry).await?;
            $tx.commit().await?;
            Ok(Change::Done)
        })
    }};
}

/// Adds the customer's message to their open request. When the request waits for the
/// customer, the message is the answer and the request goes back in progress.
pub async fn add_message(
    db: &Db,
    account_id: AccountId,
    customer_id: CustomerId,
    reference: &str,
    body: &str,
    key: Option<&str>,
) -> Result<Change, sqlx::Error> {
    customer_action!(db, account_id, customer_id, reference, "request_message_added", |tx, id, _kind, status| {
        // A message sent again with its form's key is the one already stored.
        let added: Option<i64> = sqlx::query_scalar(
            "INSERT INTO request_messages (request_id, sent_at, author_kind, author_id, body, idempotency_key) VALUES ($1, $2, 'customer', $3, $4, $5)
             ON CONFLICT (request_id, idempotency_key) DO NOTHING RETURNING id",
        )
        .bind(id).bind(Utc::now()).bind(account_id).bind(body).bind(key).fetch_optional(&mut *tx).await?;
        if added.is_none() {
            return Ok(Step::Unchanged);
        }
        if status == RequestStatus::WaitingForCustomer.as_str() {
            sqlx::query("UPDATE requests SET status = 'in_progress' WHERE id = $1").bind(id).execute(&mut *tx).await?;
            Ok(Step::Record("clarification_answered"))
        } else {
            Ok(Step::Record("message_customer"))
        }
    })
}

/// Withdraws the customer's open request.
pub async fn withdraw(
    db: &Db,
    account_id: AccountId,
    customer_id: CustomerId,
    reference: &str,
) -> Result<Change, sqlx::Error> {
    customer_action!(db, account_id, customer_id, reference, "request_withdrawn", |tx, id, _kind, _status| {
        sqlx::query("UPDATE requests SET status = 'withdrawn', decided_at = $1 WHERE id = $2")
            .bind(Utc::now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        Ok(Step::Record("withdrawn"))
    })
}

/// Asks that processing be restricted while the customer's open rectification, erasure
/// or objection is pending (GDPR Art. 18(1)(a), (d)). Asking twice records nothing more.
pub async fn ask_restriction(
    db: &Db,
    account_id: AccountId,
    customer_id: CustomerId,
    reference: &str,
) -> Result<Change, sqlx::Error> {
    customer_action!(db, account_id, customer_id, reference, "request_restriction_asked", |tx, id, kind, _status| {
        if !kind.parse::<RequestKind>().is_ok_and(RequestKind::offers_restriction) {
            return Ok(Step::NotApplicable);
        }
        let changed =
            sqlx::query("UPDATE requests SET restrict_processing = TRUE WHERE id = $1 AND NOT restrict_processing")
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        Ok(if changed == 1 { Step::Record("restriction_requested") } else { Step::Unchanged })
    })
}

/// The customer's number, for the summary to the supervisory authority.
pub async fn customer_number(db: &Db, customer_id: CustomerId) -> Result<String, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar("SELECT customer_number FROM customers WHERE id = $1").bind(customer_id).fetch_one(pool).await)
}

/// A plain-text summary of the customer's case for a complaint to the supervisory
/// authority: the controller, the customer number, and every request with its dates,
/// status and answer, in `lang`.
pub async fn summary_text(
    db: &Db,
    register: &crate::register::Register,
    customer_id: CustomerId,
    lang: crate::domain::Lang,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    use crate::i18n::texts::{kind_text, status_text};
    use crate::i18n::{format_date, format_datetime, t};
    use std::fmt::Write;
    type Row =
        (String, String, String, DateTime<Utc>, NaiveDate, Option<NaiveDate>, Option<DateTime<Utc>>, Option<String>);
    let number = customer_number(db, customer_id).await?;
    let rows: Vec<Row> = with_db!(db, pool => sqlx::query_as(
        "SELECT reference, kind, status, received_at, due_on, extended_due_on, decided_at, decision_reason FROM requests
         WHERE customer_id = $1 ORDER BY received_at, id",
    ).bind(customer_id).fetch_all(pool).await?);
    let c = &register.controller;
    let mut out = String::new();
    let line = |out: &mut String, key: &str, value: &str| {
        let _ = writeln!(out, "{}: {value}", t(lang, key));
    };
    let _ = writeln!(out, "{}\n", t(lang, "dpa-summary-title"));
    line(&mut out, "dpa-summary-controller", &format!("{} ({}), {}", c.name, c.business_id, c.contact_person.email));
    line(&mut out, "dpa-summary-customer-number", &number);
    line(&mut out, "dpa-summary-made", &format_date(lang, clock::helsinki_date(now)));
    let _ = writeln!(out, "\n{}", t(lang, "dpa-summary-requests"));
    if rows.is_empty() {
        let _ = writeln!(out, "{}", t(lang, "requests-none"));
    }
    for (reference, kind, status, received_at, due_on, extended, decided_at, reason) in rows {
        let (Ok(kind), Ok(status)) = (kind.parse::<RequestKind>(), status.parse::<RequestStatus>()) else { continue };
        let _ = writeln!(out, "\n{reference} – {}", kind_text(lang, kind));
        line(&mut out, "col-received", &format_datetime(lang, received_at));
        line(&mut out, "col-answer-due", &format_date(lang, extended.unwrap_or(due_on)));
        line(&mut out, "col-status", &status_text(lang, status));
        if let Some(at) = decided_at {
            line(&mut out, "request-decided-label", &format_datetime(lang, at));
        }
        if let Some(reason) = reason {
            line(&mut out, "request-answer-heading", &reason);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn open_is_the_open_statuses() {
        use crate::domain::RequestStatus;
        let open: Vec<String> =
            RequestStatus::ALL.iter().filter(|s| s.is_open()).map(|s| format!("'{}'", s.as_str())).collect();
        assert_eq!(super::OPEN, format!("({})", open.join(", ")));
        // The retention run's hold of an open request (a constant of its own) asks the same.
        let (_, hold) = crate::ssr::retention::HOLDS.iter().find(|(why, _)| *why == "open_request").unwrap();
        assert!(hold.contains(&format!("status IN {}", super::OPEN)), "{hold}");
    }
}
