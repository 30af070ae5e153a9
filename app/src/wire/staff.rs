//! The wire types of `api::staff`: what its server functions take and answer.

use crate::domain::ids::{AccountId, StaffId};
use crate::domain::request::{RectifiableField, RequestDetails};
use crate::domain::{RequestKind, RequestStatus};
use serde::{Deserialize, Serialize};

/// One change of a field, from the change log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct FieldChange {
    pub changed_at: chrono::DateTime<chrono::Utc>,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    /// `customer`, `staff` or `system`.
    pub actor_kind: String,
    /// Where the value came from, when the change log says.
    pub source: Option<String>,
}

/// The queue's filters, as the filter form's query string names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    pub kind: Option<String>,
    /// A status; none: every open request.
    pub status: Option<String>,
    /// `me`, `none` or none (anyone).
    pub assignee: Option<String>,
    pub overdue: bool,
    /// A reference number or a customer number.
    pub search: Option<String>,
    /// The cursor `YYYY-MM-DD_<id>` after which the page starts.
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: chrono::DateTime<chrono::Utc>,
    pub due_on: chrono::NaiveDate,
    /// Days to the due date from today (negative: overdue).
    pub days_left: i64,
    /// None: linked to no register customer yet.
    pub customer_number: Option<String>,
    pub assignee: Option<String>,
    pub restricted: bool,
    /// How the request came in.
    pub channel: crate::domain::Channel,
    /// The strongest identity level its verified checks establish.
    pub identity: Option<crate::domain::IdentityLevel>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuePage {
    pub rows: Vec<QueueRow>,
    pub total: i64,
    pub next_after: Option<String>,
}

/// The field a rectification concerns: its value now and its history with provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldHistory {
    pub field: RectifiableField,
    pub current: Option<String>,
    pub history: Vec<FieldChange>,
}

/// A request as staff open it, with the customer data needed to decide it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRequestView {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: chrono::DateTime<chrono::Utc>,
    pub original_due_on: chrono::NaiveDate,
    pub due_on: chrono::NaiveDate,
    pub extended: bool,
    pub extension_reason: Option<String>,
    /// Whether the time may still be extended (once, within the first month).
    pub may_extend: bool,
    pub restrict_processing: bool,
    pub details: Option<RequestDetails>,
    pub assignee_id: Option<StaffId>,
    pub assigned_to_me: bool,
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
    pub decision_reason: Option<String>,
    /// The register customer it is about; None while it is linked to nobody.
    pub customer: Option<RequestCustomerView>,
    /// Who made it without an account (the public form, or staff recording someone
    /// not in the register).
    pub requester: Option<RequesterView>,
    pub events: Vec<StaffEvent>,
    pub messages: Vec<StaffMessage>,
    pub field: Option<FieldHistory>,
    /// For an erasure: each category asked for and whether it can be erased now.
    pub erasure: Vec<(String, crate::wire::my_data::ErasureNow)>,
    /// Art. 19: each recipient to tell of the change, and when they were told.
    pub recipients: Vec<StaffRecipient>,
    /// What keeps the customer's records past their retention period today.
    pub holds: Vec<crate::wire::retention::Hold>,
    /// How the request came in.
    pub channel: crate::domain::Channel,
    /// Every identity check of the request, oldest first.
    pub identity_checks: Vec<crate::wire::requests::IdentityCheck>,
    /// The level the register requires before the request is carried out.
    pub identity_required: crate::domain::IdentityLevel,
    /// Whether the checks reach it.
    pub identity_sufficient: bool,
}

/// The register customer a request is about, as staff see them beside it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestCustomerView {
    pub number: String,
    pub name: String,
    pub language: String,
    /// Whether the processing of their data is restricted.
    pub restricted: bool,
}

/// An event on a request's timeline, as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct StaffEvent {
    pub at: chrono::DateTime<chrono::Utc>,
    pub kind: String,
    /// `customer`, `staff` or `system`.
    pub actor_kind: String,
    /// The staff member's name, when staff acted.
    pub actor_name: Option<String>,
}

/// A message on a request, as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct StaffMessage {
    pub at: chrono::DateTime<chrono::Utc>,
    /// `customer` or `staff`.
    pub author_kind: String,
    /// The staff member's name, when staff wrote it.
    pub author_name: Option<String>,
    pub body: String,
}

/// A person who made a request without an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct RequesterView {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: String,
    /// Whether they identified themselves with strong electronic identification.
    pub identified: bool,
    /// The register customer that identification matched, if any.
    pub matched_customer: Option<String>,
}

/// What the request page needs besides the request: the staff to assign to, and what
/// was typed into a form that came back with an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffRequestPage {
    pub request: StaffRequestView,
    pub staff: Vec<(StaffId, String)>,
    pub draft: Vec<(String, String)>,
    /// For a copy request linked to a customer: its copy and the customer's recordings.
    pub copy: Option<crate::wire::copies::StaffCopy>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub by_status: Vec<(String, i64)>,
    pub overdue: i64,
    pub decided: i64,
    pub median_days: Option<f64>,
}

/// One row of a customer's audit log, as the DPO reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AuditRow {
    pub at: chrono::DateTime<chrono::Utc>,
    pub actor_kind: String,
    pub actor_id: Option<AccountId>,
    pub actor_name: Option<String>,
    pub action: String,
    pub reference: Option<String>,
    pub detail: Option<String>,
}

/// A staff account as the DPO's list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAccount {
    pub id: AccountId,
    pub name: String,
    pub email: String,
    pub role: crate::domain::Role,
    pub active: bool,
    pub second_factor: bool,
    /// Whether the owner enrols a second factor at the next sign-in (created or reset by
    /// the DPO).
    pub must_enrol: bool,
    pub last_sign_in: Option<chrono::DateTime<chrono::Utc>>,
}

/// A mail job staff see: one that failed, is being tried again, or waits longer than it
/// should. Never its recipient or content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct StuckJob {
    pub id: i64,
    /// The mail's texts (`request-mail-decided`, `reset-mail`, …).
    pub template: String,
    /// `pending` (to be tried again) or `failed` (given up).
    pub status: String,
    pub attempts: i32,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub next_attempt_at: chrono::DateTime<chrono::Utc>,
    pub last_error: Option<String>,
}

/// The outbox of mail as staff see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxStatus {
    pub pending: i64,
    pub failed: i64,
    pub sent_last_day: i64,
    pub oldest_pending: Option<chrono::DateTime<chrono::Utc>>,
    /// Failed jobs and pending ones that were tried or waited over 15 minutes, newest
    /// first (at most 50).
    pub stuck: Vec<StuckJob>,
}

/// What the staff intake form needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeForm {
    /// The register's categories (an erasure names some).
    pub categories: Vec<String>,
    /// The purposes one may object to.
    pub purposes: Vec<String>,
    pub idempotency_key: String,
    /// What was typed before a failed submit.
    pub draft: Vec<(String, String)>,
    /// Today in Helsinki, the form's default day of receipt.
    pub today: chrono::NaiveDate,
}

/// A recipient to tell of a decided request's change (GDPR Art. 19), as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct StaffRecipient {
    pub recipient: String,
    pub notified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The outbox job of its notice by email (`pending`, `sent` or `failed`); none when
    /// no address was recorded with the disclosures, and staff tell it another way.
    pub notice: Option<String>,
}
