//! The wire types of personal-data breaches (issue #20, GDPR Art. 33 and 34): the DPO's
//! register and one breach with its clock and notification texts, and the notices a
//! customer told of a breach sees.

use crate::domain::breach::Risk;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A breach in the DPO's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachSummary {
    pub reference: String,
    pub aware_at: DateTime<Utc>,
    pub summary: String,
    pub risk: Risk,
    /// When the Data Protection Ombudsman was notified.
    pub ombudsman_notified_at: Option<DateTime<Utc>>,
    /// How many customers have been told.
    pub told: i64,
    pub closed_at: Option<DateTime<Utc>>,
}

/// The record of one breach, as the DPO sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breach {
    pub reference: String,
    pub aware_at: DateTime<Utc>,
    /// When it happened, as far as is known, in the DPO's words.
    pub occurred: Option<String>,
    pub summary: String,
    /// Register category ids.
    pub categories: Vec<String>,
    pub people_estimate: i64,
    pub records_estimate: i64,
    pub consequences: String,
    pub measures: String,
    pub risk: Risk,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
    pub ombudsman_notified_at: Option<DateTime<Utc>>,
    pub ombudsman_notified_by: Option<String>,
    pub traficom_notified_at: Option<DateTime<Utc>>,
    pub traficom_notified_by: Option<String>,
    /// Why the Ombudsman was notified later than 72 hours after (Art. 33(1)).
    pub late_reason: Option<String>,
    /// What the customers told were told (Art. 34(2)).
    pub customer_notice: Option<String>,
    pub closed_at: Option<DateTime<Utc>>,
    pub closed_by: Option<String>,
    /// The customers told, by customer number, in the order they were told.
    pub told: Vec<Told>,
}

/// One customer told of a breach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Told {
    pub customer_number: String,
    pub told_at: DateTime<Utc>,
    pub told_by: String,
    /// Whether a mail went; without a usable address staff tell them another way.
    pub mailed: bool,
}

/// A notice of a breach on the customer's own pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachNotice {
    pub reference: String,
    pub told_at: DateTime<Utc>,
    pub notice: String,
}
