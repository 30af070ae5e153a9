//! A phone number, stored in E.164 form (`+358401234567`). Finnish national forms
//! (`040 123 4567`, `(03) 486 4300`) are read with the country code +358; international
//! forms start with `+` or `00`. Spaces, hyphens, dots and parentheses are ignored.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("enter a phone number")]
    Empty,
    #[error("a phone number may contain only digits, spaces, hyphens, parentheses and a leading +")]
    InvalidCharacter,
    #[error("start with 0 (e.g. 040 123 4567) or with the country code (e.g. +358 40 123 4567)")]
    MissingPrefix,
    #[error("the number is too short")]
    TooShort,
    #[error("the number is too long (at most 15 digits with the country code)")]
    TooLong,
}

impl PhoneError {
    /// The error's code: the suffix of its message's translation key (`error-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            PhoneError::Empty => "phone-empty",
            PhoneError::InvalidCharacter => "phone-character",
            PhoneError::MissingPrefix => "phone-prefix",
            PhoneError::TooShort => "phone-too-short",
            PhoneError::TooLong => "phone-too-long",
        }
    }
}

#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut digits = String::with_capacity(s.len());
        for (i, c) in s.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => {}
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => return Err(PhoneError::InvalidCharacter),
            }
        }
        let e164_digits = if s.starts_with('+') {
            digits
        } else if let Some(rest) = digits.strip_prefix("00") {
            rest.to_owned()
        } else if let Some(rest) = digits.strip_prefix('0') {
            format!("358{rest}")
        } else {
            return Err(PhoneError::MissingPrefix);
        };
        if e164_digits.starts_with('0') {
            return Err(PhoneError::MissingPrefix);
        }
        // With the country code at least 8 digits: Finnish national significant numbers
        // have 5–12 digits after 358. E.164 allows at most 15 digits in all.
        if e164_digits.len() < 8 {
            return Err(PhoneError::TooShort);
        }
        if e164_digits.len() > 15 {
            return Err(PhoneError::TooLong);
        }
        Ok(Self(format!("+{e164_digits}")))
    }

    /// The number as a Finn would write it: national form with a leading 0 for Finnish
    /// numbers, E.164 for others.
    pub fn national(&self) -> String {
        match self.0.strip_prefix("+358") {
            Some(rest) => format!("0{rest}"),
            None => self.0.clone(),
        }
    }
}

impl AsRef<str> for PhoneNumber {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
impl From<PhoneNumber> for String {
    fn from(p: PhoneNumber) -> String {
        p.0
    }
}
impl TryFrom<String> for PhoneNumber {
    type Error = PhoneError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}
impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhoneNumber(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finnish_national_and_international_forms_agree() {
        for s in ["040 123 4567", "040-1234567", "+358 40 123 4567", "00358401234567", "+358401234567"] {
            assert_eq!(PhoneNumber::parse(s).unwrap().as_ref(), "+358401234567", "{s}");
        }
        assert_eq!(PhoneNumber::parse("(03) 486 4300").unwrap().as_ref(), "+35834864300");
        assert_eq!(PhoneNumber::parse("+46 8 123 456 78").unwrap().as_ref(), "+46812345678");
        assert_eq!(PhoneNumber::parse("040 123 4567").unwrap().national(), "0401234567");
    }

    #[test]
    fn errors_are_precise() {
        assert_eq!(PhoneNumber::parse(" "), Err(PhoneError::Empty));
        assert_eq!(PhoneNumber::parse("040 123 456a"), Err(PhoneError::InvalidCharacter));
        assert_eq!(PhoneNumber::parse("40 123 4567"), Err(PhoneError::MissingPrefix));
        assert_eq!(PhoneNumber::parse("040 12"), Err(PhoneError::TooShort));
        assert_eq!(PhoneNumber::parse("+358 40 123 4567 8901"), Err(PhoneError::TooLong));
        assert_eq!(PhoneNumber::parse("040+1234567"), Err(PhoneError::InvalidCharacter));
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,30}") {
            let _ = PhoneNumber::parse(&s);
        }

        #[test]
        fn national_form_parses_back(n in "0[1-9][0-9]{5,10}") {
            let p = PhoneNumber::parse(&n).unwrap();
            prop_assert_eq!(PhoneNumber::parse(&p.national()).unwrap(), p);
        }
    }
}
