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

impl RequestKind {
    /// The kind's segment in the portal's addresses (`/oma/pyynnot/uusi/<segment>`).
    pub const fn path_segment(self) -> &'static str {
        match self {
            Self::Rectification => "oikaisu",
            Self::Erasure => "poisto",
            Self::Restriction => "rajoitus",
            Self::Objection => "vastustus",
            Self::Copy => "kopio",
            Self::Question => "kysymys",
            Self::Complaint => "valitus",
        }
    }

    /// The kind whose address segment is `segment`.
    pub fn from_path_segment(segment: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.path_segment() == segment)
    }

    /// Whether processing may be restricted while this request is pending
    /// (GDPR Art. 18(1)(a)–(b), (d): contested accuracy, erasure, objection).
    pub const fn offers_restriction(self) -> bool {
        matches!(self, Self::Rectification | Self::Erasure | Self::Objection)
    }
}

/// The kinds of event a request's timeline can hold (`request_events.kind`).
pub const EVENT_KINDS: &[&str] = &[
    "received",
    "assigned",
    "in_progress",
    "message_customer",
    "message_staff",
    "clarification_requested",
    "identity_check_requested",
    "clarification_answered",
    "extended",
    "restriction_requested",
    "restriction_applied",
    "restriction_lifted",
    "completed",
    "rejected",
    "withdrawn",
    "recipient_notified",
    "linked",
    "copy_prepared",
    "transcript_saved",
];

/// The mail a request event sends the customer (a `request-mail-<what>` text), if any:
/// the receipt, staff's messages and restrictions, a question that waits for them, an
/// extension and a decision. Events of the customer's own doing send nothing more.
pub fn news_mail(event: &str) -> Option<&'static str> {
    match event {
        "received" => Some("received"),
        "message_staff" | "restriction_applied" | "restriction_lifted" => Some("message"),
        "clarification_requested" | "identity_check_requested" => Some("waiting"),
        "extended" => Some("extended"),
        "completed" | "rejected" => Some("decided"),
        _ => None,
    }
}

/// Whether `role` may decide a request of `kind` this way. Customer service answers
/// questions and complaints (and prepares copies); releasing a copy, every decision on
/// rectification, erasure, restriction or objection, and every rejection, is the data
/// protection officer's.
pub fn may_decide(role: super::Role, kind: RequestKind, approve: bool) -> bool {
    match role {
        super::Role::Dpo => true,
        super::Role::CustomerService => approve && matches!(kind, RequestKind::Question | RequestKind::Complaint),
        super::Role::Customer => false,
    }
}

/// The longest free text a request or message may hold, in characters. The forms show
/// the limit before typing and the server enforces it.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Checks a required free text: trimmed, not empty, at most [`MAX_TEXT_CHARS`]
/// characters. The error is the code of its message (`error-<code>`).
pub fn check_text(input: &str) -> Result<String, &'static str> {
    let text = input.trim();
    if text.is_empty() {
        Err("text-missing")
    } else if text.chars().count() > MAX_TEXT_CHARS {
        Err("text-too-long")
    } else {
        Ok(text.to_owned())
    }
}

slug_enum!(
    /// A field the customer gave that they may ask to have rectified: the basic data, and
    /// in a record of theirs (named by its id) their role or position at a business
    /// customer and an item of other data they gave.
    RectifiableField, "rectifiable field", {
        FirstName => "first_name",
        LastName => "last_name",
        IdentityCode => "identity_code",
        StreetAddress => "street_address",
        PostalCode => "postal_code",
        City => "city",
        Phone => "phone",
        Email => "email",
        Language => "language",
        BusinessRole => "business_role",
        BusinessPosition => "business_position",
        OtherData => "other_data",
    }
);

impl RectifiableField {
    /// For a field of a record (not of the basic data): its table and column, and the
    /// register category it belongs to.
    pub fn record(self) -> Option<(&'static str, &'static str, &'static str)> {
        match self {
            Self::BusinessRole => Some(("business_roles", "role", "business_role")),
            Self::BusinessPosition => Some(("business_roles", "position", "business_role")),
            Self::OtherData => Some(("other_data", "content", "other_data")),
            _ => None,
        }
    }

    /// The register category the field belongs to.
    pub fn category(self) -> &'static str {
        self.record().map_or("basic", |(_, _, category)| category)
    }

    /// The fields of the basic data.
    pub fn basic() -> impl Iterator<Item = Self> {
        Self::ALL.iter().copied().filter(|f| f.record().is_none())
    }

    /// Validates a proposed value with the field's own type and returns it as it would
    /// be stored (a phone number in E.164 form, an identity code in upper case). The
    /// error is the code of its message, saying exactly what is wrong.
    pub fn check(self, input: &str) -> Result<String, &'static str> {
        use super::{EmailAddress, IdentityCode, Lang, PhoneNumber, PostalCode};
        let value = input.trim();
        match self {
            Self::IdentityCode => IdentityCode::parse(value).map(String::from).map_err(|e| e.code()),
            Self::Phone => PhoneNumber::parse(value).map(String::from).map_err(|e| e.code()),
            Self::Email => EmailAddress::parse(value).map(String::from).map_err(|e| e.code()),
            Self::PostalCode => PostalCode::parse(value).map(String::from).map_err(|e| e.code()),
            Self::Language => value.parse::<Lang>().map(|l| l.as_str().to_owned()).map_err(|_| "language-unknown"),
            Self::FirstName | Self::LastName | Self::City | Self::BusinessRole | Self::BusinessPosition => {
                check_name(value, 100)
            }
            Self::StreetAddress => check_name(value, 200),
            Self::OtherData => check_given(value),
        }
    }
}

/// A name or an address line: not empty, at most `max` characters, no control
/// characters, at least one letter.
fn check_name(value: &str, max: usize) -> Result<String, &'static str> {
    if value.is_empty() {
        Err("value-missing")
    } else if value.chars().count() > max {
        Err(if max > 100 { "value-too-long-200" } else { "value-too-long-100" })
    } else if value.chars().any(char::is_control) || !value.chars().any(char::is_alphabetic) {
        Err("value-not-text")
    } else {
        Ok(value.to_owned())
    }
}

/// An item of other data as the customer gives it: not empty, at most 254 characters
/// (the form's limit), no control characters.
fn check_given(value: &str) -> Result<String, &'static str> {
    if value.is_empty() {
        Err("value-missing")
    } else if value.chars().count() > 254 {
        Err("value-too-long-254")
    } else if value.chars().any(char::is_control) {
        Err("value-not-text")
    } else {
        Ok(value.to_owned())
    }
}

slug_enum!(
    /// The ground of a restriction of processing (GDPR Art. 18(1)).
    RestrictionGround, "restriction ground", {
        /// (a) the accuracy of the data is contested.
        Accuracy => "accuracy",
        /// (b) the processing is unlawful and the customer wants restriction, not erasure.
        Unlawful => "unlawful",
        /// (c) the customer needs the data for a legal claim.
        LegalClaim => "legal_claim",
        /// (d) an objection is pending.
        ObjectionPending => "objection_pending",
    }
);

/// The categories whose records a customer may ask to erase one by one (privacy notice
/// §5 item 6, "other data the customer has given").
pub const SINGLE_RECORD_CATEGORIES: &[&str] = &["other_data"];

/// A single record named in an erasure request, `<category>:<id>`: its category and id,
/// when the category allows erasing single records.
pub fn erasable_record(key: &str) -> Option<(&'static str, i64)> {
    let (category, id) = key.split_once(':')?;
    let category = SINGLE_RECORD_CATEGORIES.iter().find(|c| **c == category)?;
    Some((category, id.parse().ok().filter(|id: &i64| *id > 0)?))
}

/// What the customer asked, by kind. Stored as JSON in `requests.details`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RequestDetails {
    Rectification {
        field: RectifiableField,
        /// The record the field is in (its id in the field's table), for a field of a
        /// record; none for the basic data.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        record: Option<i64>,
        current: Option<String>,
        proposed: String,
        reason: String,
    },
    Erasure {
        categories: Vec<String>,
        reason: Option<String>,
        /// Single records asked to be erased where the register allows it
        /// (`other_data:<id>`, see [`erasable_record`]); never their content.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        records: Vec<String>,
    },
    Restriction {
        ground: RestrictionGround,
        reason: String,
    },
    Objection {
        purposes: Vec<String>,
        grounds: String,
    },
    Copy {
        what: String,
    },
    Question {
        question: String,
    },
    Complaint {
        complaint: String,
    },
}

impl RequestDetails {
    pub fn kind(&self) -> RequestKind {
        match self {
            Self::Rectification { .. } => RequestKind::Rectification,
            Self::Erasure { .. } => RequestKind::Erasure,
            Self::Restriction { .. } => RequestKind::Restriction,
            Self::Objection { .. } => RequestKind::Objection,
            Self::Copy { .. } => RequestKind::Copy,
            Self::Question { .. } => RequestKind::Question,
            Self::Complaint { .. } => RequestKind::Complaint,
        }
    }

    /// Reads stored details; older rows hold only the text (`{"question": …}`).
    pub fn from_json(kind: RequestKind, json: &str) -> Option<Self> {
        if let Ok(d) = serde_json::from_str::<Self>(json) {
            return Some(d);
        }
        let v: serde_json::Value = serde_json::from_str(json).ok()?;
        let text = |k: &str| v.get(k).and_then(|t| t.as_str()).map(str::to_owned);
        Some(match kind {
            RequestKind::Question => Self::Question { question: text("question")? },
            RequestKind::Complaint => Self::Complaint { complaint: text("complaint")? },
            RequestKind::Copy => Self::Copy { what: text("what")? },
            _ => return None,
        })
    }
}

/// A reference number: `TN-<year received>-<six-digit sequence>`.
pub fn reference(year: i32, id: i64) -> String {
    format!("TN-{year}-{id:06}")
}

/// Whether `s` has the shape of a reference number (checked before any lookup).
pub fn is_reference(s: &str) -> bool {
    let mut parts = s.split('-');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some("TN"), Some(y), Some(n), None)
            if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit())
                && (6..=12).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
    )
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

    #[test]
    fn every_kind_has_an_address_segment_of_its_own() {
        for kind in RequestKind::ALL {
            assert_eq!(RequestKind::from_path_segment(kind.path_segment()), Some(*kind));
        }
        assert_eq!(RequestKind::from_path_segment("rectification"), None);
    }

    #[test]
    fn a_proposed_value_is_checked_with_the_fields_own_type() {
        assert_eq!(RectifiableField::Phone.check("040 765 4321"), Ok("+358407654321".into()));
        assert_eq!(RectifiableField::Phone.check("40 765 4321"), Err("phone-prefix"));
        assert_eq!(RectifiableField::Phone.check("040 76x 4321"), Err("phone-character"));
        assert_eq!(RectifiableField::IdentityCode.check("131052-308t"), Ok("131052-308T".into()));
        assert_eq!(RectifiableField::IdentityCode.check("131052-308U"), Err("identity-code-check"));
        assert_eq!(RectifiableField::IdentityCode.check("310252-308T"), Err("identity-code-no-such-date"));
        assert_eq!(RectifiableField::PostalCode.check("0010"), Err("postal-code-format"));
        assert_eq!(RectifiableField::Email.check("maija@@example.fi"), Err("email-one-at"));
        assert_eq!(RectifiableField::Language.check("de"), Err("language-unknown"));
        assert_eq!(RectifiableField::City.check("  "), Err("value-missing"));
        assert_eq!(RectifiableField::City.check("12345"), Err("value-not-text"));
        assert_eq!(RectifiableField::StreetAddress.check(&"a".repeat(201)), Err("value-too-long-200"));
        assert_eq!(RectifiableField::FirstName.check("Anna-Liisa"), Ok("Anna-Liisa".into()));
        assert_eq!(RectifiableField::BusinessPosition.check(" Talousjohtaja "), Ok("Talousjohtaja".into()));
        assert_eq!(RectifiableField::OtherData.check("Ovikoodi 1234"), Ok("Ovikoodi 1234".into()));
        assert_eq!(RectifiableField::OtherData.check(&"a".repeat(255)), Err("value-too-long-254"));
        assert_eq!(RectifiableField::OtherData.check("rivi\u{7}"), Err("value-not-text"));
    }

    #[test]
    fn a_field_of_a_record_names_its_table_column_and_category() {
        assert_eq!(RectifiableField::BusinessPosition.record(), Some(("business_roles", "position", "business_role")));
        assert_eq!(RectifiableField::OtherData.category(), "other_data");
        assert_eq!(RectifiableField::Phone.category(), "basic");
        assert_eq!(RectifiableField::basic().count(), 9);
    }

    #[test]
    fn free_text_has_a_limit_counted_in_characters() {
        assert_eq!(check_text(&"ä".repeat(MAX_TEXT_CHARS)), Ok("ä".repeat(MAX_TEXT_CHARS)));
        assert_eq!(check_text(&"ä".repeat(MAX_TEXT_CHARS + 1)), Err("text-too-long"));
        assert_eq!(check_text(" \n "), Err("text-missing"));
    }

    #[test]
    fn details_round_trip_and_old_rows_still_read() {
        let d = RequestDetails::Rectification {
            field: RectifiableField::Phone,
            record: None,
            current: Some("+358401234567".into()),
            proposed: "+358407654321".into(),
            reason: "Vaihdoin numeroa.".into(),
        };
        let json = serde_json::to_string(&d).unwrap();
        assert!(!json.contains("record"), "a basic field's request reads as before: {json}");
        assert_eq!(RequestDetails::from_json(RequestKind::Rectification, &json), Some(d));
        let of_record = RequestDetails::Rectification {
            field: RectifiableField::BusinessPosition,
            record: Some(7),
            current: Some("Myyjä".into()),
            proposed: "Myyntipäällikkö".into(),
            reason: "Ylennys.".into(),
        };
        let json = serde_json::to_string(&of_record).unwrap();
        assert_eq!(RequestDetails::from_json(RequestKind::Rectification, &json), Some(of_record));
        assert_eq!(
            RequestDetails::from_json(RequestKind::Question, r#"{"question":"Mitä?"}"#),
            Some(RequestDetails::Question { question: "Mitä?".into() })
        );
    }

    #[test]
    fn reference_numbers() {
        assert_eq!(reference(2026, 42), "TN-2026-000042");
        assert!(is_reference("TN-2026-000042"));
        for bad in ["TN-2026-42", "TN-26-000042", "XX-2026-000042", "TN-2026-000042-1", "TN-2026-00004a"] {
            assert!(!is_reference(bad), "{bad}");
        }
    }
}
