//! The wire types of `api::my_data`: what its server functions take and answer.

use serde::{Deserialize, Serialize};

/// Rows per page of the large categories (traffic data, IP addresses, invoices).
pub const PAGE_SIZE: i64 = 100;

/// One value of a table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// Data as stored (names, addresses, free text the customer gave).
    Text(String),
    Date(chrono::NaiveDate),
    DateTime(chrono::DateTime<chrono::Utc>),
    Money {
        cents: i64,
        currency: String,
    },
    /// A length of time in seconds.
    Seconds(i64),
    /// A coded value, shown through the translation `value-<code>`.
    Code(String),
    /// Nothing held.
    Empty,
}

/// A table of one kind of record. `caption` and `columns` are translation keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A category's records as one page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryData {
    pub category: String,
    /// How many records the category holds in all (within the date filter).
    pub total: i64,
    pub tables: Vec<DataTable>,
    /// For paged categories: the id after which the next page starts.
    pub next_after: Option<i64>,
    /// Whether this category is paged (and filtered by date).
    pub paged: bool,
    /// Whether the identity code is shown in full (after a re-authentication).
    pub identity_revealed: bool,
    /// Whether the customer could have this category erased now, and if not, why.
    pub erasure: ErasureNow,
    /// How long the records are kept and what keeps them past their time.
    pub retention: Option<crate::wire::retention::RetentionNow>,
}

/// Whether a category can be erased now (GDPR Art. 17, privacy notice §9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ErasureNow {
    /// Nothing keeps it: the customer may ask for erasure.
    #[default]
    Possible,
    /// Kept while the customer has an active contract.
    ActiveContract,
    /// A law requires keeping it (the law's name in the reader's language).
    Law(String),
}

/// One look at the customer's data by staff, from the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffView {
    pub at: chrono::DateTime<chrono::Utc>,
    /// The staff member's role (`customer_service`, `dpo`), not their name.
    pub role: String,
    /// A pseudonymous id of the staff member: the same person has the same id here.
    pub staff_ref: String,
    /// What was viewed: a category id, when the audit row names one.
    pub what: Option<String>,
    /// The reference of the request the look was for.
    pub request: Option<String>,
}

/// A restriction of processing in force (GDPR Art. 18): since when, by which request,
/// on what ground (in the reader's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restriction {
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    pub reference: Option<String>,
    pub ground: Option<String>,
}
