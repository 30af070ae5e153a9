//! What the run deletes from: one [`Target`] per table, with the rule that applies,
//! the time its period runs from, the customer whose holds keep a record, the single
//! records the rule itself keeps, and the references cleared before a record goes.

/// A table the run deletes from.
pub struct Target {
    /// The register category whose rule applies, or for the portal's own data the id
    /// its report goes under.
    pub category: &'static str,
    /// The portal's own data: the register's retention rule by id (its categories name
    /// their rule themselves).
    pub rule: Option<&'static str>,
    /// The customer a record belongs to, as SQL on `t`, for the holds; `None` for data
    /// no customer hold keeps.
    pub customer: Option<&'static str>,
    pub table: &'static str,
    /// The column holding the time the period runs from (NULL: not yet, e.g. an IP
    /// address still assigned).
    pub time_column: &'static str,
    /// Whether that column is a date rather than a timestamp.
    pub date_column: bool,
    /// Single records the rule keeps past the period, as SQL on `t`, and why.
    pub row_holds: &'static [(&'static str, &'static str)],
    /// Rows of other tables that point at a record and outlive it (`table`, `column`):
    /// their reference is cleared before the record goes.
    pub detach: &'static [(&'static str, &'static str)],
}

/// Everything the run deletes from, in the register's order.
pub const TARGETS: &[Target] = &[
    Target {
        category: "billing",
        rule: None,
        customer: Some("t.customer_id"),
        table: "invoices",
        time_column: "issued_on",
        date_column: true,
        // An unpaid invoice is a claim still open; one behind a debt-collection case is
        // evidence of it.
        row_holds: &[
            ("unpaid", "t.status <> 'paid'"),
            ("collection_case", "t.id IN (SELECT invoice_id FROM collection_cases)"),
        ],
        detach: &[],
    },
    Target {
        category: "ip_addresses",
        rule: None,
        customer: Some("t.customer_id"),
        table: "ip_assignments",
        time_column: "assigned_to",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "traffic_data",
        rule: None,
        customer: Some("t.customer_id"),
        table: "traffic_records",
        time_column: "started_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "call_recordings",
        rule: None,
        customer: Some("t.customer_id"),
        table: "call_recordings",
        time_column: "recorded_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    // After the records that refer to them, so a contract whose traffic went in this
    // run is not kept for it. The period runs from the end of the year the contract ended.
    Target {
        category: "contracts",
        rule: None,
        customer: Some("t.customer_id"),
        table: "contracts",
        // An active contract has not started its period.
        time_column: "ended_on",
        date_column: true,
        row_holds: &[(
            "in_use",
            "(EXISTS (SELECT 1 FROM traffic_records x WHERE x.contract_id = t.id)
              OR EXISTS (SELECT 1 FROM ip_assignments x WHERE x.contract_id = t.id)
              OR EXISTS (SELECT 1 FROM service_blocks x WHERE x.contract_id = t.id))",
        )],
        detach: &[],
    },
    // Orders are vouchers of the accounting rule too (six years from the end of their
    // year). The register does not link an order to the contract it made, so an order
    // is kept while its customer has any active contract.
    Target {
        category: "orders",
        rule: Some("accounting"),
        customer: Some("t.customer_id"),
        table: "orders",
        time_column: "ordered_at",
        date_column: false,
        row_holds: &[(
            "active_contract",
            "t.customer_id IN (SELECT customer_id FROM contracts WHERE status = 'active')",
        )],
        detach: &[],
    },
    // The portal's own data.
    Target {
        category: "portal_one_time_codes",
        rule: Some("portal_codes"),
        customer: None,
        table: "one_time_codes",
        time_column: "expires_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    // A new login address's link, used or not.
    Target {
        category: "portal_login_email_changes",
        rule: Some("portal_codes"),
        customer: None,
        table: "login_email_changes",
        time_column: "expires_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "portal_recovery_codes",
        rule: Some("portal_codes"),
        customer: None,
        table: "recovery_codes",
        // An unused backup code has not started its period.
        time_column: "used_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "portal_unconfirmed_requests",
        rule: Some("portal_unconfirmed_requests"),
        customer: None,
        table: "requesters",
        // A filed request's requester has no time to confirm by: it stays with the request.
        time_column: "confirm_by",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "portal_feedback",
        rule: Some("portal_feedback"),
        customer: None,
        table: "accessibility_feedback",
        time_column: "received_at",
        date_column: false,
        // Unanswered feedback is a duty still open.
        row_holds: &[("unanswered", "t.answered_at IS NULL")],
        detach: &[],
    },
    // A request closed (decided or withdrawn) three years ago goes with what it carried:
    // its events, messages, requester, identity checks, copy and the recipients told
    // (deleted with it by the database). A request from someone who is no customer has
    // no customer to hold it. The changes and objections it made keep their rows, no
    // longer pointing at it.
    Target {
        category: "portal_requests",
        rule: Some("portal_requests"),
        customer: Some("COALESCE(t.customer_id, 0)"),
        table: "requests",
        // An open request has not been decided.
        time_column: "decided_at",
        date_column: false,
        row_holds: &[("open", "t.status IN ('received', 'in_progress', 'waiting_for_customer', 'extended')")],
        detach: &[("change_log", "request_id"), ("objection_events", "request_id")],
    },
];
