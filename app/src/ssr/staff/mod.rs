//! The staff workspace's data: the queue of requests by statutory due date, one request
//! with the customer data needed to decide it (every look audited in the same
//! transaction as the read: if the audit row cannot be written, nothing is read), and
//! the actions on a request — assign, message, ask the customer, extend, apply or lift a
//! restriction, decide — each in one transaction with its timeline event and audit row.

use super::audit::{self, Actor, Entry};
use super::db::BeginWrite;
use super::db::{Backend, Db, Param};
use super::erasure::{erasure_sql, TOMBSTONE_SQL};
use crate::domain::request::{may_decide, RequestDetails};
use crate::domain::{clock, RequestKind, RequestStatus, Role};
use crate::wire::staff::{FieldHistory, QueueFilter, QueuePage, QueueRow, StaffRequestView};
use crate::{bind_params, with_db};
use chrono::{DateTime, NaiveDate, Utc};

/// Requests per queue page.
pub const QUEUE_PAGE: i64 = 50;

/// The statuses of an open request, as SQL.
const OPEN: &str = "('received', 'in_progress', 'waiting_for_customer', 'extended')";

/// The queue: requests matching `filter`, by due date (the extended one when extended),
/// oldest first; a page of [`QUEUE_PAGE`] after the cursor `(due, id)`, the number of
/// matching requests, and where the next page starts.
pub async fn queue(db: &Db, filter: &QueueFilter, staff_id: i64, today: NaiveDate) -> Result<QueuePage, sqlx::Error> {
    let mut conditions = Vec::new();
    let mut params: Vec<Param> = Vec::new();
    let next = |p: Param, params: &mut Vec<Param>| {
        params.push(p);
        format!("${}", params.len())
    };
    match filter.status.as_deref().and_then(|s| s.parse::<RequestStatus>().ok()) {
        Some(status) => {
            let n = next(Param::Text(status.as_str().into()), &mut params);
            conditions.push(format!("r.status = {n}"));
        }
        None => conditions.push(format!("r.status IN {OPEN}")),
    }
    if let Some(kind) = filter.kind.as_deref().and_then(|k| k.parse::<RequestKind>().ok()) {
        let n = next(Param::Text(kind.as_str().into()), &mut params);
        conditions.push(format!("r.kind = {n}"));
    }
    match filter.assignee.as_deref() {
        Some("me") => {
            let n = next(Param::Id(staff_id), &mut params);
            conditions.push(format!("r.assignee_id = {n}"));
        }
        Some("none") => conditions.push("r.assignee_id IS NULL".into()),
        _ => {}
    }
    if filter.overdue {
        let n = next(Param::Date(today), &mut params);
        conditions.push(format!("COALESCE(r.extended_due_on, r.due_on) < {n}"));
    }
    if let Some(q) = filter.search.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let n = next(Param::Text(q.to_uppercase()), &mut params);
        let m = next(Param::Text(q.to_owned()), &mut params);
        conditions.push(format!("(r.reference = {n} OR c.customer_number = {m})"));
    }
    let filter_sql = conditions.join(" AND ");
    let count_sql =
        format!("SELECT COUNT(*) FROM requests r LEFT JOIN customers c ON c.id = r.customer_id WHERE {filter_sql}");
    let total: i64 = with_db!(db, pool => bind_params!(sqlx::query_scalar(&count_sql), &params).fetch_one(pool).await?);
    let mut page_params = params.clone();
    let mut page_sql = filter_sql.clone();
    if let Some((due, id)) = filter.after.as_deref().and_then(parse_cursor) {
        page_params.push(Param::Date(due));
        page_params.push(Param::Id(id));
        let n = page_params.len();
        page_sql.push_str(&format!(" AND (COALESCE(r.extended_due_on, r.due_on), r.id) > (${}, ${n})", n - 1));
    }
    page_params.push(Param::Id(QUEUE_PAGE + 1));
    let sql = format!(
        "SELECT r.id, r.reference, r.kind, r.status, r.received_at, COALESCE(r.extended_due_on, r.due_on) AS due_on,
                c.customer_number, a.display_name AS assignee, r.restrict_processing, r.channel,
                (SELECT CAST(MAX(CASE k.level WHEN 'high' THEN 3 WHEN 'substantial' THEN 2 ELSE 1 END) AS INTEGER)
                 FROM identity_checks k WHERE k.request_id = r.id AND k.verified) AS identity_rank
         FROM requests r LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN accounts a ON a.id = r.assignee_id
         WHERE {page_sql} ORDER BY COALESCE(r.extended_due_on, r.due_on), r.id LIMIT ${}",
        page_params.len()
    );
    let mut rows: Vec<QueueDbRow> =
        with_db!(db, pool => bind_params!(sqlx::query_as(&sql), &page_params).fetch_all(pool).await?);
    let more = rows.len() as i64 > QUEUE_PAGE;
    rows.truncate(QUEUE_PAGE as usize);
    let next_after = if more { rows.last().map(|r| format!("{}_{}", r.due_on, r.id)) } else { None };
    let rows = rows
        .into_iter()
        .filter_map(|r| {
            Some(QueueRow {
                reference: r.reference,
                kind: r.kind.parse().ok()?,
                status: r.status.parse().ok()?,
                received_at: r.received_at,
                due_on: r.due_on,
                days_left: clock::days_left(r.due_on, today),
                customer_number: r.customer_number,
                assignee: r.assignee,
                restricted: r.restrict_processing,
                channel: r.channel.parse().ok()?,
                identity: match r.identity_rank {
                    Some(3) => Some(crate::domain::IdentityLevel::High),
                    Some(2) => Some(crate::domain::IdentityLevel::Substantial),
                    Some(_) => Some(crate::domain::IdentityLevel::Low),
                    None => None,
                },
            })
        })
        .collect();
    Ok(QueuePage { rows, total, next_after })
}

/// A queue cursor `YYYY-MM-DD_<id>`.
fn parse_cursor(s: &str) -> Option<(NaiveDate, i64)> {
    let (date, id) = s.split_once('_')?;
    Some((date.parse().ok()?, id.parse().ok()?))
}

/// One row of the queue, as the database gives it (due date: the extended one when
/// extended).
#[derive(sqlx::FromRow)]
struct QueueDbRow {
    id: i64,
    reference: String,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    /// None: linked to no register customer yet.
    customer_number: Option<String>,
    assignee: Option<String>,
    restrict_processing: bool,
    channel: String,
    /// The strongest verified identity level: 1 low, 2 substantial, 3 high.
    identity_rank: Option<i32>,
}

/// A request as staff open it ([`REQUEST_COLUMNS`]).
#[derive(sqlx::FromRow)]
struct RequestRow {
    id: i64,
    customer_id: Option<i64>,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    extended_due_on: Option<NaiveDate>,
    extension_reason: Option<String>,
    restrict_processing: bool,
    details: String,
    assignee_id: Option<i64>,
    decided_at: Option<DateTime<Utc>>,
    decision_reason: Option<String>,
    channel: String,
}

/// The customer a request is about, as staff see them beside it.
#[derive(sqlx::FromRow)]
struct RequestCustomer {
    customer_number: String,
    first_name: String,
    last_name: String,
    language: String,
    processing_restricted: bool,
}

/// The request a staff action locks ([`staff_action!`]).
#[derive(sqlx::FromRow)]
struct TargetRow {
    id: i64,
    customer_id: Option<i64>,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    extended: bool,
    restrict_processing: bool,
    details: String,
}

const REQUEST_COLUMNS: &str =
    "r.id, r.customer_id, r.kind, r.status, r.received_at, r.due_on, r.extended_due_on, r.extension_reason,
     r.restrict_processing, r.details, r.assignee_id, r.decided_at, r.decision_reason, r.channel";

/// The categories a request concerns: what staff need to see to decide it.
pub fn categories_of(details: &Option<RequestDetails>) -> Vec<String> {
    let mut cats = vec!["basic".to_owned()];
    if let Some(RequestDetails::Erasure { categories, records, .. }) = details {
        cats.extend(categories.iter().filter(|c| *c != "basic").cloned());
        for (category, _) in records.iter().filter_map(|r| crate::domain::request::erasable_record(r)) {
            if !cats.iter().any(|c| c == category) {
                cats.push(category.to_owned());
            }
        }
    }
    cats
}

/// Opens request `reference` for staff member `staff_id`: writes an audit row for each
/// category of customer data shown, then reads the request and that data, all in one
/// transaction. `None` when there is no such request.
/// The register answers which erasures the law allows; `lang` names the laws.
pub async fn open(
    db: &Db,
    register: &crate::register::Register,
    lang: crate::domain::Lang,
    staff_id: i64,
    reference: &str,
) -> Result<Option<StaffRequestView>, sqlx::Error> {
    let now = Utc::now();
    let row: Option<RequestRow>;
    let mut view;
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        row = sqlx::query_as(&format!("SELECT {REQUEST_COLUMNS} FROM requests r WHERE r.reference = $1"))
            .bind(reference).fetch_optional(&mut *tx).await?;
        let Some(r) = &row else { return Ok(None) };
        let (id, customer_id) = (r.id, r.customer_id);
        let kind: RequestKind = r.kind.parse().map_err(|_| sqlx::Error::Protocol("unknown request kind".into()))?;
        let details = RequestDetails::from_json(kind, &r.details);
        // The audit rows first: if they cannot be written, the read fails with them.
        for category in categories_of(&details) {
            if customer_id.is_none() {
                break;
            }
            let entry = Entry::new(Actor::Staff, Some(staff_id), "view_customer_data")
                .customer(customer_id).request(Some(id)).detail(&category);
            audit::record_in(&mut tx, entry).await?;
        }
        let customer: Option<RequestCustomer> = sqlx::query_as(
            "SELECT customer_number, first_name, last_name, language, processing_restricted FROM customers WHERE id = $1",
        ).bind(customer_id).fetch_optional(&mut *tx).await?;
        // Who made it without an account (or was recorded by staff as nobody in the
        // register): a look at their contact details is audited like customer data.
        let requester: Option<crate::wire::staff::RequesterView> = sqlx::query_as(
            "SELECT q.name, q.email, q.phone, q.language, q.identified_at IS NOT NULL AS identified,
                    c.customer_number AS matched_customer
             FROM requesters q LEFT JOIN customers c ON c.id = q.identified_customer_id WHERE q.request_id = $1",
        ).bind(id).fetch_optional(&mut *tx).await?;
        if requester.is_some() {
            let entry = Entry::new(Actor::Staff, Some(staff_id), "view_requester").customer(customer_id).request(Some(id));
            audit::record_in(&mut tx, entry).await?;
        }
        let events: Vec<(DateTime<Utc>, String, String, Option<String>)> = sqlx::query_as(
            "SELECT e.occurred_at, e.kind, e.actor_kind, a.display_name FROM request_events e LEFT JOIN accounts a ON a.id = e.actor_id
             WHERE e.request_id = $1 ORDER BY e.occurred_at, e.id",
        ).bind(id).fetch_all(&mut *tx).await?;
        let messages: Vec<(DateTime<Utc>, String, Option<String>, String)> = sqlx::query_as(
            "SELECT m.sent_at, m.author_kind, a.display_name, m.body FROM request_messages m LEFT JOIN accounts a ON a.id = m.author_id
             WHERE m.request_id = $1 ORDER BY m.sent_at, m.id",
        ).bind(id).fetch_all(&mut *tx).await?;
        let mut field = None;
        if let (Some(RequestDetails::Rectification { field: f, .. }), Some(customer_id)) = (&details, customer_id) {
            let sql = format!("SELECT {} FROM customers WHERE id = $1", f.as_str());
            let current: Option<String> = sqlx::query_scalar(&sql).bind(customer_id).fetch_one(&mut *tx).await?;
            let history: Vec<crate::wire::staff::FieldChange> = sqlx::query_as(
                "SELECT changed_at, old_value, new_value, actor_kind, source FROM change_log
                 WHERE customer_id = $1 AND entity = 'customers' AND field = $2 ORDER BY changed_at, id",
            ).bind(customer_id).bind(f.as_str()).fetch_all(&mut *tx).await?;
            field = Some(FieldHistory { field: *f, current, history });
        }
        let recipients: Vec<(String, Option<DateTime<Utc>>)> = sqlx::query_as(
            "SELECT recipient, notified_at FROM recipient_notifications WHERE request_id = $1 ORDER BY id",
        ).bind(id).fetch_all(&mut *tx).await?;
        let assignee: Option<i64> = r.assignee_id;
        tx.commit().await?;
        view = StaffRequestView {
            reference: reference.to_owned(),
            kind,
            status: r.status.parse().map_err(|_| sqlx::Error::Protocol("unknown request status".into()))?,
            received_at: r.received_at,
            original_due_on: r.due_on,
            due_on: r.extended_due_on.unwrap_or(r.due_on),
            extended: r.extended_due_on.is_some(),
            extension_reason: r.extension_reason.clone(),
            may_extend: r.extended_due_on.is_none() && clock::may_extend(r.received_at, now),
            restrict_processing: r.restrict_processing,
            details,
            assignee_id: assignee,
            assigned_to_me: assignee == Some(staff_id),
            decided_at: r.decided_at,
            decision_reason: r.decision_reason.clone(),
            customer: customer.map(|c| crate::wire::staff::RequestCustomerView {
                number: c.customer_number,
                name: format!("{} {}", c.first_name, c.last_name),
                language: c.language,
                restricted: c.processing_restricted,
            }),
            requester,
            events,
            messages,
            field,
            erasure: Vec::new(),
            recipients,
            holds: Vec::new(),
            channel: r.channel.parse().unwrap_or(crate::domain::Channel::Portal),
            identity_checks: Vec::new(),
            identity_required: register.identity_required(kind),
            identity_sufficient: false,
        };
        Ok::<(), sqlx::Error>(())
    })?;
    if let Some(r) = &row {
        if let Some(customer_id) = r.customer_id {
            view.holds = super::retention::holds::for_customer(db, customer_id, now.date_naive()).await?;
        }
        view.identity_checks = super::identity::checks(db, r.id).await?;
        view.identity_sufficient = super::identity::suffices(&view.identity_checks, view.identity_required);
    }
    let customer_id = row.as_ref().and_then(|r| r.customer_id);
    if let (Some(RequestDetails::Erasure { categories, records, .. }), Some(customer_id)) = (&view.details, customer_id)
    {
        let mut asked: Vec<String> = categories.clone();
        for (category, _) in records.iter().filter_map(|r| crate::domain::request::erasable_record(r)) {
            if !asked.iter().any(|c| c == category) {
                asked.push(category.to_owned());
            }
        }
        for category in asked {
            let now = super::my_data::erasure_now(db, register, customer_id, category.as_str(), lang).await?;
            view.erasure.push((category, now));
        }
    }
    Ok(Some(view))
}

/// What a staff action did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// No request with this reference, or not in a state (or of a kind) the action fits.
    NotApplicable,
    /// The staff member's role may not do this.
    NotAllowed,
    /// The request's identity checks do not reach the level the register requires for
    /// its kind: it cannot be carried out yet.
    IdentityMissing,
    /// The request would change the register, but is linked to no register customer
    /// yet: staff link it first.
    NotLinked,
}

/// The request a staff action works on, locked for the change.
struct Target {
    id: i64,
    /// None: the request is linked to no register customer yet.
    customer_id: Option<i64>,
    kind: RequestKind,
    status: RequestStatus,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    extended: bool,
    restrict: bool,
    details: Option<RequestDetails>,
}

/// A staff action on request `reference` within one transaction: locks the request
/// (PostgreSQL row lock), runs `$body` with `$tx` and `$t` (the [`Target`]), writes the
/// timeline event `$event` and an audit row, and commits.
macro_rules! staff_action {
    ($db:expr, $staff:expr, $reference:expr, $event:expr, |$tx:ident, $t:ident, $now:ident| $body:block) => {{
        let postgres = $db.backend() == Backend::Postgres;
        let $now = Utc::now();
        with_db!($db, pool => {
            let mut $tx = pool.begin_write().await?;
            let sql = format!(
                "SELECT id, customer_id, kind, status, received_at, due_on, extended_due_on IS NOT NULL AS extended, restrict_processing, details
                 FROM requests WHERE reference = $1{}",
                if postgres { " FOR UPDATE" } else { "" }
            );
            let row: Option<TargetRow> = sqlx::query_as(&sql).bind($reference).fetch_optional(&mut *$tx).await?;
            let Some(row) = row else { return Ok(Outcome::NotApplicable) };
            let (Ok(kind), Ok(status)) = (row.kind.parse::<RequestKind>(), row.status.parse::<RequestStatus>()) else {
                return Ok(Outcome::NotApplicable);
            };
            let $t = Target {
                id: row.id, customer_id: row.customer_id, kind, status, received_at: row.received_at, due_on: row.due_on,
                extended: row.extended, restrict: row.restrict_processing, details: RequestDetails::from_json(kind, &row.details),
            };
            // The customer's mail is written before the change, so it goes to the address
            // they had (an erasure may be about to remove it); it commits with the change
            // or not at all.
            if let Some(what) = crate::domain::request::news_mail($event) {
                crate::ssr::outbox::OutboxTx::enqueue_request_news(&mut $tx, $t.id, $reference, what, $now).await?;
            }
            let result: Result<Outcome, sqlx::Error> = async { $body }.await;
            match result? {
                Outcome::Done => {}
                other => return Ok(other),
            }
            sqlx::query("INSERT INTO request_events (request_id, occurred_at, kind, actor_kind, actor_id, detail) VALUES ($1, $2, $3, 'staff', $4, NULL)")
                .bind($t.id).bind($now).bind($event).bind($staff.id).execute(&mut *$tx).await?;
            let detail = format!("{}/{}", $event, $reference);
            let entry = Entry::new(Actor::Staff, Some($staff.id), "request_handled")
                .customer($t.customer_id).request(Some($t.id)).detail(&detail);
            audit::record_in(&mut $tx, entry).await?;
            $tx.commit().await?;
            Ok(Outcome::Done)
        })
    }};
}

/// Who acts: the staff account's id and role.
pub use crate::user::Staff;

/// Assigns the request to `assignee` (a staff account id) or to nobody.
pub async fn assign(db: &Db, staff: Staff, reference: &str, assignee: Option<i64>) -> Result<Outcome, sqlx::Error> {
    staff_action!(db, staff, reference, "assigned", |tx, t, now| {
        if !t.status.is_open() {
            return Ok(Outcome::NotApplicable);
        }
        if let Some(a) = assignee {
            let staff_account: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM accounts WHERE id = $1 AND role IN ('customer_service', 'dpo') AND NOT disabled",
            )
            .bind(a)
            .fetch_optional(&mut *tx)
            .await?;
            if staff_account.is_none() {
                return Ok(Outcome::NotApplicable);
            }
        }
        sqlx::query("UPDATE requests SET assignee_id = $1, status = CASE WHEN status = 'received' THEN 'in_progress' ELSE status END WHERE id = $2")
            .bind(assignee).bind(t.id).execute(&mut *tx).await?;
        Ok(Outcome::Done)
    })
}

/// Sends the customer a message; `ask`: as a request for clarification (or, with
/// `identity`, for identity verification), which puts the request to wait for them.
pub async fn message(
    db: &Db,
    staff: Staff,
    reference: &str,
    body: &str,
    ask: Option<&'static str>,
) -> Result<Outcome, sqlx::Error> {
    let event = ask.unwrap_or("message_staff");
    staff_action!(db, staff, reference, event, |tx, t, now| {
        if !t.status.is_open() {
            return Ok(Outcome::NotApplicable);
        }
        sqlx::query("INSERT INTO request_messages (request_id, sent_at, author_kind, author_id, body) VALUES ($1, $2, 'staff', $3, $4)")
            .bind(t.id).bind(now).bind(staff.id).bind(body).execute(&mut *tx).await?;
        let status = if ask.is_some() {
            "waiting_for_customer"
        } else if t.status == RequestStatus::Received {
            "in_progress"
        } else {
            t.status.as_str()
        };
        sqlx::query("UPDATE requests SET status = $1 WHERE id = $2").bind(status).bind(t.id).execute(&mut *tx).await?;
        Ok(Outcome::Done)
    })
}

/// Extends the time to answer by `months` (1 or 2) with a reason: only once, and only
/// while still within the first month (GDPR Art. 12(3)).
pub async fn extend(db: &Db, staff: Staff, reference: &str, months: u32, reason: &str) -> Result<Outcome, sqlx::Error> {
    staff_action!(db, staff, reference, "extended", |tx, t, now| {
        if !t.status.is_open() || t.extended || !(1..=2).contains(&months) || !clock::may_extend(t.received_at, now) {
            return Ok(Outcome::NotApplicable);
        }
        let until = clock::add_months(t.due_on, months);
        sqlx::query(
            "UPDATE requests SET extended_due_on = $1, extension_reason = $2, status = 'extended' WHERE id = $3",
        )
        .bind(until)
        .bind(reason)
        .bind(t.id)
        .execute(&mut *tx)
        .await?;
        Ok(Outcome::Done)
    })
}

/// Sets the customer's restriction flag and records the change with the request and,
/// when lifted, the reason.
macro_rules! set_restricted {
    ($tx:expr, $t:expr, $staff_id:expr, $on:expr, $reason:expr, $now:expr) => {{
        // Only a register customer's processing can be restricted.
        let Some(customer_id) = $t.customer_id else { return Ok(Outcome::NotLinked) };
        sqlx::query("UPDATE customers SET processing_restricted = $1 WHERE id = $2")
            .bind($on).bind(customer_id).execute(&mut *$tx).await?;
        sqlx::query(
            "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, actor_id, source, request_id, reason)
             VALUES ($1, 'customers', $1, 'processing_restricted', $2, $3, $4, 'staff', $5, 'request', $6, $7)",
        )
        .bind(customer_id).bind((!$on).to_string()).bind($on.to_string()).bind($now).bind($staff_id).bind($t.id)
        .bind($reason).execute(&mut *$tx).await?;
        Ok(Outcome::Done)
    }};
}

/// Restricts the processing of the customer's data (a restriction request, or one asked
/// for while a rectification, erasure or objection is pending).
pub async fn apply_restriction(db: &Db, staff: Staff, reference: &str) -> Result<Outcome, sqlx::Error> {
    staff_action!(db, staff, reference, "restriction_applied", |tx, t, now| {
        if !t.status.is_open() || !(t.restrict || t.kind == RequestKind::Restriction) {
            return Ok(Outcome::NotApplicable);
        }
        set_restricted!(tx, t, staff.id, true, None::<String>, now)
    })
}

/// Lifts the restriction of the request's customer, with a reason (the DPO only).
pub async fn lift_restriction(db: &Db, staff: Staff, reference: &str, reason: &str) -> Result<Outcome, sqlx::Error> {
    if staff.role != Role::Dpo {
        return Ok(Outcome::NotAllowed);
    }
    staff_action!(db, staff, reference, "restriction_lifted", |tx, t, now| {
        set_restricted!(tx, t, staff.id, false, Some(reason), now)
    })
}

/// Links an open request that is linked to nobody to register customer `customer_id`
/// (staff have found who the person is). A linked request is never moved to another.
pub async fn link(db: &Db, staff: Staff, reference: &str, customer_id: i64) -> Result<Outcome, sqlx::Error> {
    staff_action!(db, staff, reference, "linked", |tx, t, now| {
        if !t.status.is_open() || t.customer_id.is_some() {
            return Ok(Outcome::NotApplicable);
        }
        sqlx::query("UPDATE requests SET customer_id = $1 WHERE id = $2 AND customer_id IS NULL")
            .bind(customer_id)
            .bind(t.id)
            .execute(&mut *tx)
            .await?;
        let _ = now;
        Ok(Outcome::Done)
    })
}

/// Records that `recipient` was told of the change a decided request made (Art. 19).
pub async fn mark_notified(db: &Db, staff: Staff, reference: &str, recipient: &str) -> Result<Outcome, sqlx::Error> {
    staff_action!(db, staff, reference, "recipient_notified", |tx, t, now| {
        let changed = sqlx::query(
            "UPDATE recipient_notifications SET notified_at = $1, notified_by = $2 WHERE request_id = $3 AND recipient = $4 AND notified_at IS NULL",
        ).bind(now).bind(staff.id).bind(t.id).bind(recipient).execute(&mut *tx).await?.rows_affected();
        Ok(if changed == 1 { Outcome::Done } else { Outcome::NotApplicable })
    })
}

mod decisions;
mod overview;
pub use decisions::{categories_changed, decide, recipients_of, record_identity_check};
pub use overview::{audit_log, median, overview};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_days_to_close() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4]), Some(4.0));
        assert_eq!(median(&[1, 3, 10]), Some(3.0));
        assert_eq!(median(&[1, 2, 4, 10]), Some(3.0));
    }

    #[test]
    fn customer_service_answers_and_the_dpo_decides() {
        use RequestKind::*;
        for kind in [Copy, Question, Complaint] {
            assert!(may_decide(Role::CustomerService, kind, true));
            assert!(!may_decide(Role::CustomerService, kind, false), "rejections are the DPO's");
        }
        for kind in [Rectification, Erasure, Restriction, Objection] {
            assert!(!may_decide(Role::CustomerService, kind, true));
            assert!(may_decide(Role::Dpo, kind, true) && may_decide(Role::Dpo, kind, false));
        }
        assert!(!may_decide(Role::Customer, Question, true));
    }

    #[test]
    fn every_erasable_category_has_its_erasure_and_no_other() {
        let register = crate::register::Register::parse(include_str!("../../../../register/elmonet.toml")).unwrap();
        for c in &register.categories {
            let rule = register.retention_rule(&c.retention).unwrap();
            let erasable = rule.erasable != crate::register::Erasable::Law;
            assert_eq!(erasure_sql(&c.id).is_some(), erasable, "{}", c.id);
        }
    }

    #[test]
    fn recipients_are_those_the_changed_categories_were_disclosed_to() {
        let register = crate::register::Register::parse(include_str!("../../../../register/elmonet.toml")).unwrap();
        let rect = RequestDetails::Rectification {
            field: crate::domain::request::RectifiableField::Phone,
            current: None,
            proposed: "+358401234567".into(),
            reason: "x".into(),
        };
        let disclosed = [
            ("Poliisi".to_owned(), "basic,traffic_data".to_owned()),
            ("Perintä Oy".to_owned(), "billing".to_owned()),
            ("Poliisi".to_owned(), "basic".to_owned()),
        ];
        assert_eq!(recipients_of(&disclosed, &categories_changed(&register, &rect)), ["Poliisi"]);
        let erasure =
            RequestDetails::Erasure { categories: vec!["call_recordings".into()], reason: None, records: vec![] };
        assert!(recipients_of(&disclosed, &categories_changed(&register, &erasure)).is_empty());
        let restriction = RequestDetails::Restriction {
            ground: crate::domain::request::RestrictionGround::Accuracy,
            reason: "x".into(),
        };
        assert_eq!(recipients_of(&disclosed, &categories_changed(&register, &restriction)), ["Poliisi", "Perintä Oy"]);
    }
}
