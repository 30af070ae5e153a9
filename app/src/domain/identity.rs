//! How a person's identity was verified for a request (privacy notice §11: ElmoNet may
//! verify identity before acting), how strong each way is, and the channel a request
//! came by.

use super::slug_enum;

slug_enum!(
    /// How strongly a person's identity is established, weakest first.
    IdentityLevel, "identity level", {
        /// Answers to questions only the person should know (customer number, latest
        /// invoice): enough to answer a question, not to disclose or change data.
        Low => "low",
        /// Signed in to their own portal account (its activation code went by post to
        /// the register's address), with or without a second factor.
        Substantial => "substantial",
        /// Strong electronic identification, or an identity document seen in person.
        High => "high",
    }
);

slug_enum!(
    /// A way identity was checked.
    IdentityMethod, "identity method", {
        /// Strong electronic identification (bank ID, mobile certificate); the detail
        /// is the assurance level (`acr`) the provider vouched for.
        StrongEid => "strong_eid",
        /// Signed in with password and a second factor.
        PasswordTotp => "password_totp",
        /// Signed in with a password.
        Password => "password",
        /// Signed in to the portal account (recorded for requests filed before the
        /// way of signing in was kept).
        Account => "account",
        /// An identity document shown at a service point; the detail is its type.
        IdDocument => "id_document",
        /// Questions about data only the person should know.
        KnownData => "known_data",
    }
);

impl IdentityMethod {
    /// The level this way establishes.
    pub fn level(self) -> IdentityLevel {
        match self {
            Self::StrongEid | Self::IdDocument => IdentityLevel::High,
            Self::PasswordTotp | Self::Password | Self::Account => IdentityLevel::Substantial,
            Self::KnownData => IdentityLevel::Low,
        }
    }

    /// The ways staff record by hand (the others are recorded by the portal itself).
    pub const STAFF_RECORDED: &'static [IdentityMethod] = &[Self::IdDocument, Self::KnownData];
}

slug_enum!(
    /// Identity documents accepted at a service point.
    IdDocument, "identity document", {
        Passport => "passport",
        IdCard => "id_card",
        DrivingLicence => "driving_licence",
    }
);

slug_enum!(
    /// How a request reached ElmoNet.
    Channel, "channel", {
        Portal => "portal",
        Phone => "phone",
        Email => "email",
        Letter => "letter",
        ServicePoint => "service_point",
    }
);

impl Channel {
    /// The channels staff record requests from (the portal files its own).
    pub const INTAKE: &'static [Channel] = &[Self::Phone, Self::Email, Self::Letter, Self::ServicePoint];
}

/// The strongest level among the checks that verified the person (`None`: no check
/// verified them).
pub fn established(checks: impl IntoIterator<Item = (IdentityMethod, bool)>) -> Option<IdentityLevel> {
    checks.into_iter().filter(|(_, verified)| *verified).map(|(m, _)| m.level()).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_weakest_first() {
        assert!(IdentityLevel::Low < IdentityLevel::Substantial);
        assert!(IdentityLevel::Substantial < IdentityLevel::High);
    }

    #[test]
    fn only_verified_checks_count_and_the_strongest_wins() {
        use IdentityMethod::*;
        assert_eq!(established([]), None);
        assert_eq!(established([(IdDocument, false)]), None);
        assert_eq!(established([(KnownData, true), (IdDocument, false)]), Some(IdentityLevel::Low));
        assert_eq!(established([(Password, true), (StrongEid, true), (KnownData, true)]), Some(IdentityLevel::High));
    }

    #[test]
    fn slugs_round_trip() {
        for m in IdentityMethod::ALL {
            assert_eq!(m.as_str().parse::<IdentityMethod>().ok(), Some(*m));
        }
        for c in Channel::ALL {
            assert_eq!(c.as_str().parse::<Channel>().ok(), Some(*c));
        }
        assert!(!Channel::INTAKE.contains(&Channel::Portal));
        assert!(IdentityMethod::STAFF_RECORDED.iter().all(|m| !matches!(m, IdentityMethod::StrongEid)));
    }
}
