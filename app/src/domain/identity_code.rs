//! Finnish personal identity code (henkilötunnus): `DDMMYYCZZZQ`.
//!
//! `C` is the century sign: `+` for the 1800s; `-` and, since 2023, `Y X W V U` for the
//! 1900s; `A` and, since 2023, `B C D E F` for the 2000s. `ZZZ` is the individual number
//! (002–899 for people, 900–999 for temporary codes) and `Q` the check character: the
//! nine digits `DDMMYYZZZ` as one number, modulo 31, indexed into
//! `0123456789ABCDEFHJKLMNPRSTUVWXY`.

use chrono::NaiveDate;
use std::fmt;

const CHECK_CHARS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// What exactly is wrong with an identity code. Never contains the code itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdentityCodeError {
    #[error("an identity code has 11 characters")]
    WrongLength,
    #[error("the first six characters must be digits (DDMMYY)")]
    DateNotDigits,
    #[error("the seventh character must be a century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F)")]
    BadCenturySign,
    #[error("the characters 8–10 must be digits (individual number)")]
    IndividualNotDigits,
    #[error("the individual number must be between 002 and 999")]
    IndividualOutOfRange,
    #[error("the date of birth does not exist")]
    NoSuchDate,
    #[error("the check character does not match")]
    BadCheckCharacter,
}

impl IdentityCodeError {
    /// The error's code: the suffix of its message's translation key (`error-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            IdentityCodeError::WrongLength => "identity-code-length",
            IdentityCodeError::DateNotDigits => "identity-code-date-digits",
            IdentityCodeError::BadCenturySign => "identity-code-century",
            IdentityCodeError::IndividualNotDigits => "identity-code-individual-digits",
            IdentityCodeError::IndividualOutOfRange => "identity-code-individual-range",
            IdentityCodeError::NoSuchDate => "identity-code-no-such-date",
            IdentityCodeError::BadCheckCharacter => "identity-code-check",
        }
    }
}

/// A valid Finnish personal identity code, normalised to upper case.
#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IdentityCode(String);

impl IdentityCode {
    /// Parses and validates a code. Surrounding whitespace is ignored and letters may be
    /// in lower case; everything else must be exact.
    pub fn parse(input: &str) -> Result<Self, IdentityCodeError> {
        let s = input.trim().to_ascii_uppercase();
        let b = s.as_bytes();
        if b.len() != 11 || !s.is_ascii() {
            return Err(IdentityCodeError::WrongLength);
        }
        if !b[..6].iter().all(u8::is_ascii_digit) {
            return Err(IdentityCodeError::DateNotDigits);
        }
        let century = century_of(b[6]).ok_or(IdentityCodeError::BadCenturySign)?;
        if !b[7..10].iter().all(u8::is_ascii_digit) {
            return Err(IdentityCodeError::IndividualNotDigits);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().expect("checked digits");
        let (day, month, yy, individual) = (num(0..2), num(2..4), num(4..6), num(7..10));
        if individual < 2 {
            return Err(IdentityCodeError::IndividualOutOfRange);
        }
        NaiveDate::from_ymd_opt(century + yy as i32, month, day).ok_or(IdentityCodeError::NoSuchDate)?;
        let nine: u32 = format!("{}{}", &s[0..6], &s[7..10]).parse().expect("checked digits");
        if CHECK_CHARS[(nine % 31) as usize] != b[10] {
            return Err(IdentityCodeError::BadCheckCharacter);
        }
        Ok(Self(s))
    }

    /// Builds a valid code from its parts, computing the check character. Used by the
    /// demo-data generator; `individual` must be 2..=999.
    pub fn from_parts(birth: NaiveDate, individual: u16, sign: char) -> Result<Self, IdentityCodeError> {
        use chrono::Datelike;
        let date = birth.format("%d%m%y").to_string();
        let nine: u32 =
            format!("{date}{individual:03}").parse().map_err(|_| IdentityCodeError::IndividualOutOfRange)?;
        let check = CHECK_CHARS[(nine % 31) as usize] as char;
        let code = Self::parse(&format!("{date}{sign}{individual:03}{check}"))?;
        if code.birth_date().year() != birth.year() {
            return Err(IdentityCodeError::BadCenturySign);
        }
        Ok(code)
    }

    /// The date of birth the code encodes.
    pub fn birth_date(&self) -> NaiveDate {
        let b = self.0.as_bytes();
        let num = |r: std::ops::Range<usize>| self.0[r].parse::<u32>().expect("validated");
        let century = century_of(b[6]).expect("validated");
        NaiveDate::from_ymd_opt(century + num(4..6) as i32, num(2..4), num(0..2)).expect("validated")
    }

    /// True for the temporary range 900–999, which no permanent code uses: the demo data
    /// uses only these, so it can never be a real person's code.
    pub fn is_temporary(&self) -> bool {
        self.0[7..10].parse::<u32>().map(|n| n >= 900).unwrap_or(false)
    }

    /// The form shown by default: date and century sign, first digit of the individual
    /// number, the rest hidden (`010190-9***`).
    pub fn masked(&self) -> String {
        format!("{}***", &self.0[..8])
    }
}

fn century_of(sign: u8) -> Option<i32> {
    match sign {
        b'+' => Some(1800),
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => Some(1900),
        b'A'..=b'F' => Some(2000),
        _ => None,
    }
}

impl AsRef<str> for IdentityCode {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<IdentityCode> for String {
    fn from(c: IdentityCode) -> String {
        c.0
    }
}

impl TryFrom<String> for IdentityCode {
    type Error = IdentityCodeError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

/// Debug never prints the code: it would end up in logs.
impl fmt::Debug for IdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdentityCode({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_known_valid_codes_in_every_century() {
        // 131052-308T is the example of the Digital and Population Data Services Agency.
        for code in ["131052-308T", "131052Y308T", "131052X308T", "131052W308T", "131052V308T", "131052U308T"] {
            let c = IdentityCode::parse(code).unwrap();
            assert_eq!(c.birth_date(), NaiveDate::from_ymd_opt(1952, 10, 13).unwrap(), "{code}");
        }
        for sign in ['A', 'B', 'C', 'D', 'E', 'F'] {
            let c = IdentityCode::parse(&format!("010101{sign}123N")).unwrap();
            assert_eq!(c.birth_date(), NaiveDate::from_ymd_opt(2001, 1, 1).unwrap());
        }
        let c = IdentityCode::parse("010190+900P").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.birth_date(), NaiveDate::from_ymd_opt(1890, 1, 1).unwrap());
    }

    #[test]
    fn lower_case_and_whitespace_are_normalised() {
        let c = IdentityCode::parse("  131052y308t ").unwrap();
        assert_eq!(c.as_ref(), "131052Y308T");
    }

    #[test]
    fn each_kind_of_error_is_named() {
        use IdentityCodeError::*;
        assert_eq!(IdentityCode::parse("131052-308"), Err(WrongLength));
        assert_eq!(IdentityCode::parse("13105a-308T"), Err(DateNotDigits));
        assert_eq!(IdentityCode::parse("131052G308T"), Err(BadCenturySign));
        assert_eq!(IdentityCode::parse("131052-3O8T"), Err(IndividualNotDigits));
        assert_eq!(IdentityCode::parse("131052-001T"), Err(IndividualOutOfRange));
        assert_eq!(IdentityCode::parse("310252-308T"), Err(NoSuchDate));
        assert_eq!(IdentityCode::parse("131052-308U"), Err(BadCheckCharacter));
        assert_eq!(IdentityCode::parse("290201A9001"), Err(NoSuchDate));
    }

    #[test]
    fn masking_hides_the_individual_part() {
        let c = IdentityCode::parse("131052-308T").unwrap();
        assert_eq!(c.masked(), "131052-3***");
        assert!(!format!("{c:?}").contains("08T"));
    }

    #[test]
    fn demo_codes_are_temporary() {
        let c = IdentityCode::from_parts(NaiveDate::from_ymd_opt(1985, 3, 14).unwrap(), 917, '-').unwrap();
        assert!(c.is_temporary());
        assert!(!IdentityCode::parse("131052-308T").unwrap().is_temporary());
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in "\\PC{0,20}") {
            let _ = IdentityCode::parse(&s);
        }

        #[test]
        fn generated_codes_parse_and_round_trip(days in 0i64..73_000, individual in 2u16..1000, sign_ix in 0usize..6) {
            let birth = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Duration::days(days);
            let signs: &[char] = if birth.format("%Y").to_string().starts_with("19") {
                &['-', 'Y', 'X', 'W', 'V', 'U']
            } else {
                &['A', 'B', 'C', 'D', 'E', 'F']
            };
            let code = IdentityCode::from_parts(birth, individual, signs[sign_ix]).unwrap();
            prop_assert_eq!(code.birth_date(), birth);
            prop_assert_eq!(IdentityCode::parse(code.as_ref()).unwrap(), code.clone());
        }

        #[test]
        fn a_changed_check_character_is_rejected(days in 0i64..25_000, individual in 2u16..1000, other in 0usize..31) {
            let birth = NaiveDate::from_ymd_opt(1930, 1, 1).unwrap() + chrono::Duration::days(days);
            let code = IdentityCode::from_parts(birth, individual, '-').unwrap();
            let s = code.as_ref();
            let replacement = CHECK_CHARS[other] as char;
            prop_assume!(s.as_bytes()[10] as char != replacement);
            let tampered = format!("{}{}", &s[..10], replacement);
            prop_assert_eq!(IdentityCode::parse(&tampered), Err(IdentityCodeError::BadCheckCharacter));
        }
    }
}
