//! Which new passwords are accepted (NIST SP 800-63B-4): at least 12 characters, up to
//! 1 024, no composition rules, and refused when the zxcvbn strength estimator (with its
//! lists of common passwords, names and words) finds it guessable, or when it is built
//! from the account's own email address or name. Each refusal names its reason, for a
//! translated message beside the field.

/// Fewest characters (Unicode scalar values) a password may have.
pub const MIN_CHARS: usize = 12;
/// Most characters accepted; longer input is refused, not silently cut.
pub const MAX_CHARS: usize = 1024;
/// zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable: moderate
/// protection from offline slow-hash scenario", right for argon2id-hashed passwords.
const MIN_SCORE: u8 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRejection {
    #[error("the password must have at least 12 characters")]
    TooShort,
    #[error("the password may have at most 1024 characters")]
    TooLong,
    #[error("the password is too easy to guess")]
    Guessable,
}

impl PasswordRejection {
    /// The suffix of the translation key (`error-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            PasswordRejection::TooShort => "password-too-short",
            PasswordRejection::TooLong => "password-too-long",
            PasswordRejection::Guessable => "password-guessable",
        }
    }
}

/// Checks a new password; `personal` holds the account's own words (email, name), which
/// make a password guessable for anyone who knows them.
pub fn check(password: &str, personal: &[&str]) -> Result<(), PasswordRejection> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordRejection::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordRejection::TooLong);
    }
    // zxcvbn's cost grows with length; the first 100 characters decide well enough.
    let head: String = password.chars().take(100).collect();
    let mut inputs: Vec<&str> = personal.to_vec();
    let parts: Vec<&str> =
        personal.iter().flat_map(|p| p.split(['@', '.', ' ', '-', '_'])).filter(|p| p.len() >= 3).collect();
    inputs.extend(parts.iter().copied());
    // What is left once the account's own words are taken out must still be long enough.
    let mut rest = password.to_lowercase();
    for part in &parts {
        rest = rest.replace(&part.to_lowercase(), "");
    }
    if rest.chars().count() < MIN_CHARS {
        return Err(PasswordRejection::Guessable);
    }
    inputs.extend(["tietoni", "elmonet", "salasana", "lösenord", "password"]);
    if u8::from(zxcvbn::zxcvbn(&head, &inputs).score()) < MIN_SCORE {
        return Err(PasswordRejection::Guessable);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_limits_are_counted_in_characters() {
        assert_eq!(check("lyhyt", &[]), Err(PasswordRejection::TooShort));
        assert_eq!(check("ääkkösiä ään", &[]).err(), check("aakkosia aan", &[]).err());
        assert_eq!(check(&"x".repeat(MAX_CHARS + 1), &[]), Err(PasswordRejection::TooLong));
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        assert_eq!(check("password1234", &[]), Err(PasswordRejection::Guessable));
        assert_eq!(check("qwertyuiop123", &[]), Err(PasswordRejection::Guessable));
        assert_eq!(check("salasana123456", &[]), Err(PasswordRejection::Guessable));
        assert_eq!(
            check("MaijaMeikalainen1", &["maija.meikalainen@example.fi", "Maija Meikäläinen"]),
            Err(PasswordRejection::Guessable)
        );
    }

    #[test]
    fn long_unusual_passphrases_pass_without_composition_rules() {
        assert_eq!(check("kesäyön kuikka huutaa järvellä", &[]), Ok(()));
        assert_eq!(check("correct horse battery staple", &[]), Ok(()));
    }
}
