//! The wire types of `api::consents`: what its server functions take and answer.

use serde::{Deserialize, Serialize};

/// One consent as the page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentState {
    pub purpose: String,
    pub channel: String,
    pub given: bool,
    /// When it was last given or withdrawn (None: never given).
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub source: Option<String>,
}

/// A prohibition channel and whether it is on, since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProhibitionState {
    pub channel: String,
    pub prohibited: bool,
    pub since: Option<chrono::DateTime<chrono::Utc>>,
}

/// The receipt of a change: what, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Receipt {
    /// `consent` or `prohibition`.
    pub kind: String,
    pub purpose: Option<String>,
    pub channel: String,
    pub action: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// A purpose the customer may object to (GDPR Art. 21(1)) and whether an objection to
/// it was upheld, since when, by which request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectionState {
    pub purpose: String,
    /// The purpose's title, in the reader's language.
    pub title: String,
    /// The title of its legal basis, in the reader's language.
    pub basis: String,
    pub upheld: bool,
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub reference: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentsPage {
    pub consents: Vec<ConsentState>,
    pub prohibitions: Vec<ProhibitionState>,
    pub objections: Vec<ObjectionState>,
    pub receipt: Option<Receipt>,
}

/// What the page shows after a change made with JavaScript (texts in the reader's
/// language, made on the server).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentChange {
    pub given: bool,
    pub state_text: String,
    pub button_text: String,
    pub receipt_text: String,
}
