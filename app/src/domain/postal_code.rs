//! A Finnish postal code: exactly five digits (`34600`).

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PostalCodeError {
    #[error("a postal code is five digits, e.g. 34600")]
    BadFormat,
}

impl PostalCodeError {
    /// The error's code: the suffix of its message's translation key (`error-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            PostalCodeError::BadFormat => "postal-code-format",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PostalCode(String);

impl PostalCode {
    pub fn parse(input: &str) -> Result<Self, PostalCodeError> {
        let s = input.trim();
        if s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(s.to_owned()))
        } else {
            Err(PostalCodeError::BadFormat)
        }
    }
}

impl AsRef<str> for PostalCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl From<PostalCode> for String {
    fn from(p: PostalCode) -> String {
        p.0
    }
}
impl TryFrom<String> for PostalCode {
    type Error = PostalCodeError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn five_digits_only() {
        assert_eq!(PostalCode::parse(" 34600 ").unwrap().as_ref(), "34600");
        assert!(PostalCode::parse("3460").is_err());
        assert!(PostalCode::parse("346000").is_err());
        assert!(PostalCode::parse("3460A").is_err());
        assert!(PostalCode::parse("３４６００").is_err());
    }

    proptest! {
        #[test]
        fn any_five_digits_parse(s in "[0-9]{5}") {
            prop_assert!(PostalCode::parse(&s).is_ok());
        }
        #[test]
        fn parse_never_panics(s in "\\PC{0,10}") {
            let _ = PostalCode::parse(&s);
        }
    }
}
