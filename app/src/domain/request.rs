//! Data-subject requests (privacy notice §9, §11): their kinds and the statuses they
//! move through.

use super::slug_enum;

slug_enum!(
    RequestKind, "request kind", {
        Rectification => "rectification",
        Erasure => "erasure",
        Restriction => "restriction",
        Objection => "objection",
        /// A copy of data that the self-service view cannot show.
        Copy => "copy",
        /// A question to the data protection officer.
        Question => "question",
        /// A complaint to the controller about how data was handled.
        Complaint => "complaint",
    }
);

slug_enum!(
    RequestStatus, "request status", {
        Received => "received",
        InProgress => "in_progress",
        /// Waiting for the customer: clarification or identity verification.
        WaitingForCustomer => "waiting_for_customer",
        Extended => "extended",
        Completed => "completed",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
);

impl RequestStatus {
    /// Whether the request is still open: not decided and not withdrawn.
    pub fn is_open(self) -> bool {
        !matches!(self, Self::Completed | Self::Rejected | Self::Withdrawn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_statuses_are_the_final_ones() {
        let open: Vec<_> = RequestStatus::ALL.iter().filter(|s| s.is_open()).collect();
        assert_eq!(open.len(), 4);
        assert!(!RequestStatus::Withdrawn.is_open());
    }
}
