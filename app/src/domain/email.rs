//! An email address as the portal accepts it: one `@`, a non-empty local part of at most
//! 64 characters without spaces or control characters, and a domain of dot-separated
//! labels (letters, digits, hyphens; not starting or ending with a hyphen) with at least
//! one dot. The domain is lower-cased; the local part is kept as typed.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("enter an email address")]
    Empty,
    #[error("an email address has exactly one @ sign")]
    NotOneAt,
    #[error("the part before the @ is missing or too long")]
    BadLocalPart,
    #[error("the part after the @ is not a valid domain, e.g. example.fi")]
    BadDomain,
    #[error("an email address is at most 254 characters")]
    TooLong,
}

impl EmailError {
    /// The error's code: the suffix of its message's translation key (`error-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            EmailError::Empty => "email-empty",
            EmailError::NotOneAt => "email-one-at",
            EmailError::BadLocalPart => "email-local-part",
            EmailError::BadDomain => "email-domain",
            EmailError::TooLong => "email-too-long",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > 254 {
            return Err(EmailError::TooLong);
        }
        let mut parts = s.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(EmailError::NotOneAt);
        };
        let local_ok = !local.is_empty()
            && local.chars().count() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !"\"(),:;<>[\\]".contains(c));
        if !local_ok {
            return Err(EmailError::BadLocalPart);
        }
        let domain = domain.to_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && domain.len() <= 253
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.chars().all(char::is_alphabetic) && tld.chars().count() >= 2);
        if !domain_ok {
            return Err(EmailError::BadDomain);
        }
        Ok(Self(format!("{local}@{domain}")))
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl From<EmailAddress> for String {
    fn from(e: EmailAddress) -> String {
        e.0
    }
}
impl TryFrom<String> for EmailAddress {
    type Error = EmailError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
/// Debug hides the address: it is personal data and must not reach logs.
impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmailAddress(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_ordinary_addresses_and_lowercases_the_domain() {
        assert_eq!(
            EmailAddress::parse(" Maija.Meikalainen@Example.FI ").unwrap().as_ref(),
            "Maija.Meikalainen@example.fi"
        );
        assert!(EmailAddress::parse("a+tag@sub.elmonet.fi").is_ok());
        assert!(EmailAddress::parse("åsa@exempel.ax").is_ok());
    }

    #[test]
    fn rejects_with_a_reason() {
        assert_eq!(EmailAddress::parse(""), Err(EmailError::Empty));
        assert_eq!(EmailAddress::parse("maija.example.fi"), Err(EmailError::NotOneAt));
        assert_eq!(EmailAddress::parse("a@b@example.fi"), Err(EmailError::NotOneAt));
        assert_eq!(EmailAddress::parse("@example.fi"), Err(EmailError::BadLocalPart));
        assert_eq!(EmailAddress::parse("maija meika@example.fi"), Err(EmailError::BadLocalPart));
        assert_eq!(EmailAddress::parse("maija@localhost"), Err(EmailError::BadDomain));
        assert_eq!(EmailAddress::parse("maija@-x.fi"), Err(EmailError::BadDomain));
        assert_eq!(EmailAddress::parse("maija@example.f1"), Err(EmailError::BadDomain));
        assert_eq!(EmailAddress::parse(&format!("{}@example.fi", "a".repeat(65))), Err(EmailError::BadLocalPart));
    }

    #[test]
    fn debug_does_not_leak() {
        assert!(!format!("{:?}", EmailAddress::parse("maija@example.fi").unwrap()).contains("maija"));
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,80}") {
            let _ = EmailAddress::parse(&s);
        }

        #[test]
        fn simple_addresses_round_trip(local in "[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]", domain in "[a-z0-9]{1,10}\\.(fi|se|com)") {
            prop_assume!(!local.contains(".."));
            let addr = format!("{local}@{domain}");
            let parsed = EmailAddress::parse(&addr).unwrap();
            prop_assert_eq!(parsed.as_ref(), addr.as_str());
        }
    }
}
