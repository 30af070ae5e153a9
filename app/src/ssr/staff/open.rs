//! One request as staff open it, with the customer data needed to decide it (every look
//! audited in the same transaction as the read: if the audit row cannot be written,
//! nothing read is shown).

use crate::domain::ids::{CustomerId, StaffId};
use crate::domain::request::RequestDetails;
use crate::domain::{clock, RequestKind};
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{BeginWrite, Db};
use crate::ssr::identity::ReadChecks;
use crate::ssr::retention::holds::{self, ReadHolds};
use crate::wire::staff::{FieldHistory, StaffRequestView};
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

/// A request as staff open it, with the customer it is about and the person who made it
/// without an account, each when there is one ([`REQUEST_COLUMNS`]: one statement).
#[derive(sqlx::FromRow)]
struct RequestRow {
    id: i64,
    customer_id: Option<CustomerId>,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    extended_due_on: Option<NaiveDate>,
    extension_reason: Option<String>,
    restrict_processing: bool,
    details: String,
    assignee_id: Option<StaffId>,
    decided_at: Option<DateTime<Utc>>,
    decision_reason: Option<String>,
    channel: String,
    customer_number: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    customer_language: Option<String>,
    processing_restricted: Option<bool>,
    requester_name: Option<String>,
    requester_email: Option<String>,
    requester_phone: Option<String>,
    requester_language: Option<String>,
    requester_identified: Option<bool>,
    requester_matched: Option<String>,
    /// Whether there is anything to read of these (most requests have no messages and
    /// no identity checks: one statement fewer each, on the page staff open most).
    has_messages: bool,
    has_identity_checks: bool,
}

impl RequestRow {
    fn customer(&self) -> Option<crate::wire::staff::RequestCustomerView> {
        Some(crate::wire::staff::RequestCustomerView {
            number: self.customer_number.clone()?,
            name: format!("{} {}", self.first_name.as_deref()?, self.last_name.as_deref()?),
            language: self.customer_language.clone()?,
            restricted: self.processing_restricted.unwrap_or(false),
        })
    }

    fn requester(&self) -> Option<crate::wire::staff::RequesterView> {
        Some(crate::wire::staff::RequesterView {
            name: self.requester_name.clone()?,
            email: self.requester_email.clone(),
            phone: self.requester_phone.clone(),
            language: self.requester_language.clone()?,
            identified: self.requester_identified.unwrap_or(false),
            matched_customer: self.requester_matched.clone(),
        })
    }
}

const REQUEST_COLUMNS: &str =
    "r.id, r.customer_id, r.kind, r.status, r.received_at, r.due_on, r.extended_due_on, r.extension_reason,
     r.restrict_processing, r.details, r.assignee_id, r.decided_at, r.decision_reason, r.channel,
     c.customer_number, c.first_name, c.last_name, c.language AS customer_language, c.processing_restricted,
     q.name AS requester_name, q.email AS requester_email, q.phone AS requester_phone,
     q.language AS requester_language, q.identified_at IS NOT NULL AS requester_identified,
     m.customer_number AS requester_matched,
     EXISTS (SELECT 1 FROM request_messages WHERE request_id = r.id) AS has_messages,
     EXISTS (SELECT 1 FROM identity_checks WHERE request_id = r.id) AS has_identity_checks
     FROM requests r LEFT JOIN customers c ON c.id = r.customer_id
     LEFT JOIN requesters q ON q.request_id = r.id LEFT JOIN customers m ON m.id = q.identified_customer_id";

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
    staff_id: StaffId,
    reference: &str,
) -> Result<Option<StaffRequestView>, sqlx::Error> {
    let now = Utc::now();
    let row: Option<RequestRow>;
    let mut view;
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        row = sqlx::query_as(&format!("SELECT {REQUEST_COLUMNS} WHERE r.reference = $1"))
            .bind(reference).fetch_optional(&mut *tx).await?;
        let Some(r) = &row else { return Ok(None) };
        let (id, customer_id) = (r.id, r.customer_id);
        let kind: RequestKind = r.kind.parse().map_err(|_| sqlx::Error::Protocol("unknown request kind".into()))?;
        let details = RequestDetails::from_json(kind, &r.details);
        // The audit rows before anything more is read; if they cannot be written, the
        // transaction fails and nothing read in it is shown.
        for category in categories_of(&details) {
            if customer_id.is_none() {
                break;
            }
            let entry = Entry::staff(staff_id, "view_customer_data")
                .customer(customer_id).request(Some(id)).detail(&category);
            audit::record_in(&mut tx, entry).await?;
        }
        // Who made it without an account (or was recorded by staff as nobody in the
        // register): a look at their contact details is audited like customer data.
        let requester = r.requester();
        if requester.is_some() {
            let entry = Entry::staff(staff_id, "view_requester").customer(customer_id).request(Some(id));
            audit::record_in(&mut tx, entry).await?;
        }
        let events: Vec<crate::wire::staff::StaffEvent> = sqlx::query_as(
            "SELECT e.occurred_at AS at, e.kind, e.actor_kind, a.display_name AS actor_name
             FROM request_events e LEFT JOIN accounts a ON a.id = e.actor_id
             WHERE e.request_id = $1 ORDER BY e.occurred_at, e.id",
        ).bind(id).fetch_all(&mut *tx).await?;
        let messages: Vec<crate::wire::staff::StaffMessage> = if r.has_messages {
            sqlx::query_as(
                "SELECT m.sent_at AS at, m.author_kind, a.display_name AS author_name, m.body
                 FROM request_messages m LEFT JOIN accounts a ON a.id = m.author_id
                 WHERE m.request_id = $1 ORDER BY m.sent_at, m.id",
            ).bind(id).fetch_all(&mut *tx).await?
        } else {
            Vec::new()
        };
        let mut field = None;
        if let (Some(RequestDetails::Rectification { field: f, record, .. }), Some(customer_id)) = (&details, customer_id) {
            // The basic data's column, or the column of the customer's own record.
            let (table, column, owner, entity_id) = match (f.record(), record) {
                (Some((table, column, _)), Some(id)) => (table, column, "customer_id", *id),
                _ => ("customers", f.as_str(), "id", customer_id.0),
            };
            let sql = format!("SELECT {column} FROM {table} WHERE id = $1 AND {owner} = $2");
            let current: Option<Option<String>> =
                sqlx::query_scalar(&sql).bind(entity_id).bind(customer_id).fetch_optional(&mut *tx).await?;
            let history: Vec<crate::wire::staff::FieldChange> = sqlx::query_as(
                "SELECT changed_at, old_value, new_value, actor_kind, source FROM change_log
                 WHERE customer_id = $1 AND entity = $2 AND entity_id = $3 AND field = $4 ORDER BY changed_at, id",
            ).bind(customer_id).bind(table).bind(entity_id).bind(column).fetch_all(&mut *tx).await?;
            field = Some(FieldHistory { field: *f, current: current.flatten(), history });
        }
        // Recipients to tell are written by a decision, so an undecided request has none.
        let recipients: Vec<crate::wire::staff::StaffRecipient> = if r.decided_at.is_none() {
            Vec::new()
        } else {
            sqlx::query_as(
                "SELECT n.recipient, n.notified_at, o.status AS notice FROM recipient_notifications n
                 LEFT JOIN outbox o ON o.recipient_notification_id = n.id WHERE n.request_id = $1 ORDER BY n.id",
            ).bind(id).fetch_all(&mut *tx).await?
        };
        // What holds the customer's records back and how the person was identified,
        // read in the same transaction: as of the same moment, on the same connection.
        let holds = match customer_id {
            Some(customer_id) => tx.holds_of(customer_id, now.date_naive(), holds::REFERENCES_NAMED).await?,
            None => Vec::new(),
        };
        let identity_checks = if r.has_identity_checks { tx.identity_checks_of(id).await? } else { Vec::new() };
        let assignee: Option<StaffId> = r.assignee_id;
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
            customer: r.customer(),
            requester,
            events,
            messages,
            field,
            erasure: Vec::new(),
            recipients,
            holds,
            channel: r.channel.parse().unwrap_or(crate::domain::Channel::Portal),
            identity_sufficient: crate::ssr::identity::suffices(&identity_checks, register.identity_required(kind)),
            identity_checks,
            identity_required: register.identity_required(kind),
        };
        Ok::<(), sqlx::Error>(())
    })?;
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
            let now = crate::ssr::my_data::erasure_now(db, register, customer_id, category.as_str(), lang).await?;
            view.erasure.push((category, now));
        }
    }
    Ok(Some(view))
}
