//! The wire types of `api::copies`: a copy of personal data (GDPR Art. 15(3)) as staff
//! prepare and release it and as the customer downloads it.

use serde::{Deserialize, Serialize};

/// Days a released copy can be downloaded; then it is deleted.
pub const COPY_DAYS: i64 = 30;

/// One of the customer's call recordings as the copy lists it, with the transcript staff
/// typed of it for the copy, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyRecording {
    pub id: i64,
    pub recorded_at: chrono::DateTime<chrono::Utc>,
    pub duration_seconds: i64,
    pub topic: String,
    pub transcript: Option<String>,
}

/// Where a copy stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyState {
    pub prepared_at: chrono::DateTime<chrono::Utc>,
    /// The name of who prepared it (staff only; the customer's pages leave it out).
    pub prepared_by: Option<String>,
    /// The language of its readable version (`fi`, `sv`, `en`).
    pub lang: String,
    pub package_bytes: i64,
    pub released_at: Option<chrono::DateTime<chrono::Utc>>,
    pub released_by: Option<String>,
    /// Until when the customer can download it.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whether its contents have been deleted (it expired, or the data was erased).
    pub purged: bool,
}

/// What the request page of a copy request shows staff: the copy, if prepared, and the
/// customer's recordings with their transcripts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffCopy {
    pub copy: Option<CopyState>,
    pub recordings: Vec<CopyRecording>,
}

/// The readable version of a copy: every category's tables as "My data" shows them, in
/// the customer's language, fixed when the copy was prepared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadableCopy {
    pub reference: String,
    pub customer_number: String,
    pub lang: String,
    pub prepared_at: chrono::DateTime<chrono::Utc>,
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    pub categories: Vec<crate::wire::my_data::CategoryData>,
    pub recordings: Vec<CopyRecording>,
    /// Disclosures of the customer's data (Art. 15(1)(c)).
    pub disclosures: Vec<crate::wire::disclosures::Disclosure>,
}
