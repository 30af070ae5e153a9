//! The staff workspace's data: the queue of requests by statutory due date, one request
//! with the customer data needed to decide it (every look audited in the same
//! transaction as the read: if the audit row cannot be written, nothing is read), and
//! the actions on a request — assign, message, ask the customer, extend, apply or lift a
//! restriction, decide — each in one transaction with its timeline event and audit row.

use super::audit::{self, Actor, Entry};
use super::db::BeginWrite;
use super::db::{Backend, Db};
use super::erasure::{erasure_sql, TOMBSTONE_SQL};
use crate::domain::ids::{CustomerId, StaffId};
use crate::domain::request::{may_decide, RequestDetails};
use crate::domain::{clock, RequestKind, RequestStatus, Role};
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

use crate::ssr::requests::OPEN;

/// The request a staff action locks ([`staff_action!`]).
#[derive(sqlx::FromRow)]
struct TargetRow {
    id: i64,
    customer_id: Option<CustomerId>,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    extended: bool,
    restrict_processing: bool,
    details: String,
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
    /// A copy request approved before its copy was prepared.
    CopyMissing,
    /// An erasure approved while the DPO's legal hold on the customer is in force: the
    /// data is kept for a legal claim (GDPR Art. 17(3)(e)) until the hold ends or is lifted.
    LegalHold,
}

/// The request a staff action works on, locked for the change.
struct Target {
    id: i64,
    /// None: the request is linked to no register customer yet.
    customer_id: Option<CustomerId>,
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
            let detail = format!("{}/{}", $event, $reference);
            let entry = Entry::staff($staff.id, "request_handled")
                .customer($t.customer_id).request(Some($t.id)).detail(&detail);
            use $crate::ssr::request_events::{By, RequestTx};
            $tx.request_change($t.id, $event, By::Staff($staff.id), $now, entry).await?;
            $tx.commit().await?;
            Ok(Outcome::Done)
        })
    }};
}

/// Who acts: the staff account's id and role.
pub use crate::user::Staff;

/// Assigns the request to `assignee` (a staff account id) or to nobody.
pub async fn assign(db: &Db, staff: Staff, reference: &str, assignee: Option<StaffId>) -> Result<Outcome, sqlx::Error> {
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
pub async fn link(db: &Db, staff: Staff, reference: &str, customer_id: CustomerId) -> Result<Outcome, sqlx::Error> {
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

pub mod copies;
mod decisions;
mod open;
mod overview;
mod queue;
pub use decisions::{
    categories_changed, decide, recipient_notice, recipients_of, record_identity_check, Disclosed, ToTell,
};
pub use open::{categories_of, open};
pub use overview::{audit_log, median, overview};
pub use queue::{queue, QUEUE_PAGE};

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
        for kind in [Question, Complaint] {
            assert!(may_decide(Role::CustomerService, kind, true));
            assert!(!may_decide(Role::CustomerService, kind, false), "rejections are the DPO's");
        }
        // Customer service prepares a copy; the DPO releases it.
        for kind in [Copy, Rectification, Erasure, Restriction, Objection] {
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
            record: None,
            current: None,
            proposed: "+358401234567".into(),
            reason: "x".into(),
        };
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let disclosed =
            |name: &str, categories: &str, email: Option<&str>, reference: Option<&str>, on: u32| Disclosed {
                recipient_name: name.into(),
                categories: categories.into(),
                notify_email: email.map(Into::into),
                reference: reference.map(Into::into),
                disclosed_on: day(on),
            };
        let log = [
            disclosed("Poliisi", "basic,traffic_data", None, Some("5500/R/1"), 1),
            disclosed("Perintä Oy", "billing", Some("tietosuoja@perinta.example"), None, 2),
            disclosed("Poliisi", "basic", Some("kirjaamo@poliisi.example"), Some("5500/R/2"), 3),
        ];
        let names = |tell: Vec<ToTell>| tell.into_iter().map(|t| t.recipient).collect::<Vec<_>>();
        let told = recipients_of(&log, &categories_changed(&register, &rect));
        // Both of the police's disclosures concern the phone; the address recorded with
        // the later one is where the notice goes.
        assert_eq!(
            told,
            [ToTell {
                recipient: "Poliisi".into(),
                address: Some("kirjaamo@poliisi.example".into()),
                references: vec!["5500/R/1".into(), "5500/R/2".into()],
                days: vec![day(1), day(3)],
                categories: vec!["basic".into()],
            }]
        );
        let notice = recipient_notice(&register, &rect, &told[0]);
        assert_eq!(notice.change.as_deref(), Some("rectification"));
        assert_eq!(notice.reference.as_deref(), Some("5500/R/1, 5500/R/2"));
        assert_eq!(notice.date.as_deref(), Some("1.3.2026, 3.3.2026"));
        assert_eq!(notice.contact.as_deref(), Some("tietosuoja@elmonet.fi"));
        let (subject, body) = crate::ssr::outbox::render("recipient-notice", crate::domain::Lang::Fi, &notice, "");
        assert!(subject.contains("oikaistu"), "{subject}");
        for part in ["1.3.2026, 3.3.2026", "5500/R/1, 5500/R/2", "tietosuoja@elmonet.fi", "19 artikla"] {
            assert!(body.contains(part), "{part} in {body}");
        }
        let erasure =
            RequestDetails::Erasure { categories: vec!["call_recordings".into()], reason: None, records: vec![] };
        assert!(recipients_of(&log, &categories_changed(&register, &erasure)).is_empty());
        let restriction = RequestDetails::Restriction {
            ground: crate::domain::request::RestrictionGround::Accuracy,
            reason: "x".into(),
        };
        let told = recipients_of(&log, &categories_changed(&register, &restriction));
        assert_eq!(names(told.clone()), ["Poliisi", "Perintä Oy"]);
        assert_eq!(told[1].address.as_deref(), Some("tietosuoja@perinta.example"));
        assert!(told[1].references.is_empty());
        // A restriction changes every category; each recipient is told of those it got.
        assert_eq!(told[0].categories, ["basic", "traffic_data"]);
        assert_eq!(told[1].categories, ["billing"]);
        let notice = recipient_notice(&register, &restriction, &told[1]);
        let billing = register.category("billing").unwrap().title.get(crate::domain::Lang::Fi);
        assert_eq!(notice.categories.as_deref(), Some(billing));
        assert_eq!(notice.reference.as_deref(), Some("-"));
        assert_eq!(notice.change.as_deref(), Some("restriction"));
    }
}
