//! Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check
//! digit is 11 minus the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) modulo 11; a
//! remainder of 0 gives 0 and a remainder of 1 is never issued. Old six-digit IDs are
//! written with a leading zero.

use std::fmt;

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BusinessIdError {
    #[error("a business ID is seven digits, a hyphen and a check digit, e.g. 1234567-8")]
    BadFormat,
    #[error("the check digit does not match")]
    BadCheckDigit,
}

/// A valid business ID in the form `1234567-8`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BusinessId(String);

impl BusinessId {
    pub fn parse(input: &str) -> Result<Self, BusinessIdError> {
        let s = input.trim();
        let (body, check) = s.split_once('-').ok_or(BusinessIdError::BadFormat)?;
        let body = match body.len() {
            6 => format!("0{body}"),
            7 => body.to_owned(),
            _ => return Err(BusinessIdError::BadFormat),
        };
        if !body.bytes().all(|b| b.is_ascii_digit()) || check.len() != 1 || !check.bytes().all(|b| b.is_ascii_digit()) {
            return Err(BusinessIdError::BadFormat);
        }
        if check_digit(&body) != Some(check.as_bytes()[0] - b'0') {
            return Err(BusinessIdError::BadCheckDigit);
        }
        Ok(Self(format!("{body}-{check}")))
    }

    /// Builds an ID from seven digits, or `None` when that body can have no check digit.
    pub fn from_body(body: u32) -> Option<Self> {
        let body = format!("{:07}", body % 10_000_000);
        check_digit(&body).map(|c| Self(format!("{body}-{c}")))
    }
}

fn check_digit(body: &str) -> Option<u8> {
    let sum: u32 = body.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
    match sum % 11 {
        0 => Some(0),
        1 => None,
        r => Some((11 - r) as u8),
    }
}

impl AsRef<str> for BusinessId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl From<BusinessId> for String {
    fn from(b: BusinessId) -> String {
        b.0
    }
}
impl TryFrom<String> for BusinessId {
    type Error = BusinessIdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_controllers_own_id_is_valid() {
        assert_eq!(BusinessId::parse("0215655-1").unwrap().as_ref(), "0215655-1");
        assert_eq!(BusinessId::parse("215655-1").unwrap().as_ref(), "0215655-1");
    }

    #[test]
    fn errors_are_precise() {
        assert_eq!(BusinessId::parse("0215655-2"), Err(BusinessIdError::BadCheckDigit));
        assert_eq!(BusinessId::parse("02156551"), Err(BusinessIdError::BadFormat));
        assert_eq!(BusinessId::parse("02a5655-1"), Err(BusinessIdError::BadFormat));
        assert_eq!(BusinessId::parse("0215655-12"), Err(BusinessIdError::BadFormat));
    }

    proptest! {
        #[test]
        fn generated_ids_parse(body in 0u32..10_000_000) {
            if let Some(id) = BusinessId::from_body(body) {
                prop_assert_eq!(BusinessId::parse(id.as_ref()).unwrap(), id);
            }
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,12}") {
            let _ = BusinessId::parse(&s);
        }
    }
}
