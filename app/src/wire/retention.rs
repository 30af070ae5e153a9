//! The wire types of retention (issue #17): the run's reports and the legal holds for
//! staff, and for a customer how long a category's records are kept and what keeps
//! them past their time.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What one run did with one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionReport {
    pub run_id: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    pub dry_run: bool,
    pub rule: String,
    pub category: String,
    pub cutoff: Option<DateTime<Utc>>,
    pub due: i64,
    pub deleted: i64,
    pub held_back: i64,
    /// The holds that kept due records, with how many each kept.
    pub holds: Vec<(String, i64)>,
    /// `no_period`, `event_not_followed` or `cut_short`.
    pub note: Option<String>,
}

/// A legal hold placed by the DPO, as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalHold {
    pub id: i64,
    pub customer_number: String,
    pub reason: String,
    pub ends_on: NaiveDate,
    pub placed_at: DateTime<Utc>,
    /// The name of the staff member who placed it.
    pub placed_by: String,
}

/// The staff page of retention: the schedule, the latest runs and the holds in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionStatus {
    /// Hours between scheduled runs; `None` when `serve` does not schedule it.
    pub every_hours: Option<u32>,
    /// The latest real run.
    pub last_run: Option<DateTime<Utc>>,
    /// When the schedule runs it next (at the next check after this moment).
    pub next_due: Option<DateTime<Utc>>,
    pub reports: Vec<RetentionReport>,
    pub holds: Vec<LegalHold>,
}

/// Why a customer's records are kept past their time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hold {
    /// Requests of theirs are open: the references of the oldest (all of them, or as
    /// many as the reader asked for) and how many there are.
    OpenRequests { references: Vec<String>, count: u32 },
    /// They restricted processing.
    Restricted,
    /// A debt-collection case is open.
    DebtCollection,
    /// The DPO placed a legal hold: why and until when.
    Legal { reason: String, until: NaiveDate },
}

/// How long a category's records are kept, for the customer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionNow {
    /// The rule in the reader's language.
    pub rule: String,
    /// The period as an ISO 8601 duration, when the rule has a fixed one.
    pub period: Option<String>,
    /// What the period runs from (`record`, `end_of_year`, …).
    pub runs_from: Option<crate::domain::retention::RunsFrom>,
    /// Where the period comes from, in the reader's language.
    pub source: Option<String>,
    /// Whether the records have a date of deletion each (a column of the tables).
    pub dated: bool,
    /// What keeps this customer's due records past their time (empty: nothing).
    pub holds: Vec<Hold>,
}
