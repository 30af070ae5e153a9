//! The wire types of `api::requests`: what its server functions take and answer.

use crate::domain::request::{RectifiableField, RequestDetails};
use crate::domain::{RequestKind, RequestStatus};
use serde::{Deserialize, Serialize};

/// A request as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSummary {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub received_at: chrono::DateTime<chrono::Utc>,
    /// The day the answer is due (after an extension, the extended day).
    pub due_on: chrono::NaiveDate,
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// One event of a request's timeline. `actor`: `customer`, `system` or a staff role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestEvent {
    pub at: chrono::DateTime<chrono::Utc>,
    pub kind: String,
    pub actor: String,
}

/// A message of a request's thread. `author`: `customer` or a staff role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct RequestMessage {
    pub at: chrono::DateTime<chrono::Utc>,
    pub author: String,
    pub body: String,
}

/// One check of the person's identity for a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityCheck {
    pub method: crate::domain::IdentityMethod,
    /// The assurance level of a strong identification, the type of an identity document.
    pub detail: Option<String>,
    /// The staff member who recorded it (none: the portal, at filing). Staff views only.
    pub checked_by: Option<String>,
    pub checked_at: chrono::DateTime<chrono::Utc>,
    pub verified: bool,
}

/// A request in full, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    pub summary: RequestSummary,
    /// One month from receipt; `summary.due_on` differs when extended.
    pub original_due_on: chrono::NaiveDate,
    pub extended: bool,
    pub extension_reason: Option<String>,
    pub restrict_processing: bool,
    pub details: Option<RequestDetails>,
    pub decision_reason: Option<String>,
    pub events: Vec<RequestEvent>,
    pub messages: Vec<RequestMessage>,
    /// GDPR Art. 19: the recipients told (or to be told) of the change, and when.
    pub recipients: Vec<(String, Option<chrono::DateTime<chrono::Utc>>)>,
    /// A fresh key for the message form, so a message sent twice is stored once.
    #[serde(default)]
    pub message_key: String,
    /// How the request came in.
    pub channel: crate::domain::Channel,
    /// How the customer's identity was checked for it (never who at ElmoNet did).
    pub identity_checks: Vec<IdentityCheck>,
    /// For a copy request: the copy, once released.
    #[serde(default)]
    pub copy: Option<crate::wire::copies::CopyState>,
    /// A closed request: the day the register's rule (`portal_requests`) removes it,
    /// unless a hold keeps it longer.
    #[serde(default)]
    pub deleted_on: Option<chrono::NaiveDate>,
}

/// A category as the erasure form offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureOption {
    pub category: String,
    pub records: i64,
    pub erasure: crate::wire::my_data::ErasureNow,
}

/// A field of one of the customer's records, as the rectification form offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordField {
    pub field: RectifiableField,
    /// The record's id in the field's table.
    pub record: i64,
    /// Which record it is, in the customer's words (the company, the item's topic).
    pub of: String,
    pub current: String,
}

impl RecordField {
    /// The form's value for it: `<field>:<record id>`.
    pub fn key(&self) -> String {
        format!("{}:{}", self.field.as_str(), self.record)
    }
}

/// What a request form needs: the fields with their current values (rectification), the
/// categories and whether each can be erased now (erasure), the register's purposes
/// (objection), a fresh idempotency key and what was typed before a failed submit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRequestForm {
    pub fields: Vec<(RectifiableField, Option<String>)>,
    /// Fields of the customer's records they may ask to rectify (a role at a business
    /// customer, an item of other data they gave).
    pub record_fields: Vec<RecordField>,
    pub categories: Vec<ErasureOption>,
    pub purposes: Vec<String>,
    /// Single records the customer may ask to erase (`other_data:<id>`, label).
    pub records: Vec<(String, String)>,
    pub idempotency_key: String,
    pub draft: Vec<(String, String)>,
}

/// What the person who used the public request form sees of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PublicStatus {
    /// No submission in this browser (the mailed link opens it).
    Unknown,
    /// Submitted; counts once the mailed link is opened, before `confirm_by`.
    Waiting { kind: RequestKind, confirm_by: chrono::DateTime<chrono::Utc>, identified: bool },
    /// The link was not opened in time: nothing was filed.
    Expired,
    /// Filed: the request as the person follows it.
    Filed(PublicRequest),
}

/// A request made without an account, as its maker follows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicRequest {
    pub summary: RequestSummary,
    /// Whether they identified themselves with strong electronic identification.
    pub identified: bool,
    pub decision_reason: Option<String>,
    /// The messages about it both ways, oldest first.
    pub messages: Vec<RequestMessage>,
    /// A fresh key for the message form (a second submit adds nothing).
    pub message_key: String,
    /// What was typed into the message form before a failed submit.
    pub draft: String,
}

/// A link's opening before the request is confirmed: what it is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PublicConfirm {
    /// The link is unknown or its time ran out.
    Invalid,
    /// Waiting for the button (mail scanners open links; only a person presses it).
    Ready { kind: RequestKind },
    /// Already confirmed: the request is being handled.
    Done,
}
