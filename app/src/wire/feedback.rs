//! The wire types of `api::feedback`: what its server functions take and answer.

use serde::{Deserialize, Serialize};

/// Days within which feedback is answered.
pub const ANSWER_DAYS: i64 = 14;

/// One piece of feedback as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct FeedbackItem {
    pub id: i64,
    pub reference: String,
    pub received_at: chrono::DateTime<chrono::Utc>,
    pub due_on: chrono::NaiveDate,
    pub lang: String,
    pub page: Option<String>,
    pub contact: Option<String>,
    pub message: String,
    pub answered_at: Option<chrono::DateTime<chrono::Utc>>,
    pub answer: Option<String>,
}
