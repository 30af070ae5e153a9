//! The wire types of disclosures (GDPR Art. 15(1)(c) and 19): one actual disclosure of a
//! customer's data to a named recipient.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disclosure {
    pub id: i64,
    pub disclosed_on: NaiveDate,
    /// The register's recipient class (privacy notice §7), by id.
    pub recipient_class: String,
    /// The named recipient ("Helsingin poliisilaitos").
    pub recipient_name: String,
    /// The register categories disclosed, by id.
    pub categories: Vec<String>,
    /// The legal basis, by the register's id.
    pub legal_basis: String,
    /// The recipient's or the authority's reference, if any.
    pub reference: Option<String>,
    /// For staff: where the recipient is told of later changes (Art. 19), if recorded;
    /// `None` in the customer's own view.
    pub notify_email: Option<String>,
    /// For staff: whose data (the customer's number); `None` in the customer's own view.
    pub customer_number: Option<String>,
}
