//! The second factor: time-based one-time passwords (RFC 6238, via `totp-rs`) from an
//! authenticator app, and single-use recovery codes for when the phone is lost.
//!
//! Mandatory for staff, optional for customers. Codes are 6 digits, 30-second steps,
//! one step of clock skew either way. Each accepted step is remembered, so a code that
//! was seen (over a shoulder, in a proxy log) cannot be used again (RFC 6238 §5.2).
//! Recovery codes are stored only as SHA-256 hashes: each has 50 random bits, so a fast
//! hash is enough, and a used one is marked, never deleted.

use super::db::BeginWrite;
use super::db::Db;
use crate::domain::ids::AccountId;
use crate::with_db;
use chrono::Utc;
use rand::Rng;
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// How the issuer appears in the authenticator app.
pub const ISSUER: &str = "Tietoni ElmoNet";
/// How many recovery codes a user gets at a time.
pub const RECOVERY_CODES: usize = 10;
/// The TOTP secret of the demo staff accounts (README; demo data only).
pub const DEMO_STAFF_SECRET: &str = "TIETONIDEMOKOODIELMONETOYSTAFF23";

/// Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L, 5/S, 8/B).
const RECOVERY_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY2346789";

/// A fresh random 160-bit secret, base32 as authenticator apps take it.
pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

fn totp(secret: &str, account_label: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        .with_account_name(account_label.replace(':', " "))
        .build()
        .ok()
}

/// The `otpauth://` address an authenticator app takes (as a link on a phone, or a QR code).
pub fn otpauth_url(secret: &str, account_label: &str) -> Option<String> {
    totp(secret, account_label)?.to_url().ok()
}

/// The otpauth address as an SVG QR code, for scanning from a computer screen.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(176, 176)
            .quiet_zone(true)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build(),
    )
}

/// The current code of `secret` (tests, and the end2end suite's demo staff).
pub fn code_at(secret: &str, unix_time: u64) -> Option<String> {
    Some(totp(secret, "x")?.generate(unix_time).to_string())
}

/// The time step that `code` matches at `unix_time`, if any.
pub fn matching_step(secret: &str, code: &str, unix_time: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    totp(secret, "x")?.check(&code, unix_time)
}

/// The secret in the setup page's display form: groups of four.
pub fn grouped(secret: &str) -> String {
    secret.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join(" ")
}

/// Fresh recovery codes in the form `XXXXX-XXXXX`.
pub fn new_recovery_codes() -> Vec<String> {
    let mut rng = rand::rngs::OsRng;
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut s: String =
                (0..10).map(|_| RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char).collect();
            s.insert(5, '-');
            s
        })
        .collect()
}

/// The stored form of a typed recovery code: case, spaces and dashes do not matter.
pub fn hash_recovery_code(code: &str) -> String {
    let normal: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    let digest = Sha256::digest(normal.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Which kind of second factor was accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepted {
    Totp,
    RecoveryCode,
}

/// Checks a code typed by the user of `account_id`: a current TOTP code not used before,
/// or one of their unused recovery codes (which is then used up). Race-free: the step or
/// the recovery code is claimed with a conditional UPDATE.
pub async fn verify(db: &Db, account_id: AccountId, code: &str) -> Result<Option<Accepted>, sqlx::Error> {
    let secret: Option<Option<String>> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT totp_secret FROM accounts WHERE id = $1"
    ).bind(account_id).fetch_optional(pool).await?);
    let Some(Some(secret)) = secret else { return Ok(None) };
    let now = Utc::now();
    if let Some(step) = matching_step(&secret, code, now.timestamp().max(0) as u64) {
        let step = step as i64;
        let claimed = with_db!(db, pool => sqlx::query(
            "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
        ).bind(step).bind(account_id).execute(pool).await?.rows_affected());
        return Ok((claimed == 1).then_some(Accepted::Totp));
    }
    if code.chars().filter(|c| c.is_ascii_alphanumeric()).count() != 10 {
        return Ok(None);
    }
    let used = with_db!(db, pool => sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
    ).bind(now).bind(account_id).bind(hash_recovery_code(code)).execute(pool).await?.rows_affected());
    Ok((used == 1).then_some(Accepted::RecoveryCode))
}

/// Turns the second factor on with `secret` (already confirmed by a code at `step`) and
/// replaces the account's recovery codes. Returns the new codes, to be shown once.
pub async fn enable(db: &Db, account_id: AccountId, secret: &str, step: u64) -> Result<Vec<String>, sqlx::Error> {
    store_codes(db, account_id, Some((secret, step))).await
}

/// New recovery codes for an account whose second factor is on; the old ones stop working.
pub async fn replace_recovery_codes(db: &Db, account_id: AccountId) -> Result<Vec<String>, sqlx::Error> {
    store_codes(db, account_id, None).await
}

/// In one transaction: sets the secret when `enable` gives one, and replaces the
/// recovery codes with fresh ones, which it returns.
async fn store_codes(db: &Db, account_id: AccountId, enable: Option<(&str, u64)>) -> Result<Vec<String>, sqlx::Error> {
    let codes = new_recovery_codes();
    let now = Utc::now();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        if let Some((secret, step)) = enable {
            sqlx::query("UPDATE accounts SET totp_secret = $1, totp_enabled_at = $2, totp_last_step = $3 WHERE id = $4")
                .bind(secret).bind(now).bind(step as i64).bind(account_id).execute(&mut *tx).await?;
        }
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        for code in &codes {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)")
                .bind(account_id).bind(hash_recovery_code(code)).bind(now).execute(&mut *tx).await?;
        }
        tx.commit().await
    })?;
    Ok(codes)
}

/// Turns the second factor off and deletes the recovery codes.
pub async fn disable(db: &Db, account_id: AccountId) -> Result<(), sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE accounts SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1")
            .bind(account_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        tx.commit().await
    })
}

/// Whether the factor is on, since when, and how many recovery codes are unused.
pub async fn status(db: &Db, account_id: AccountId) -> Result<(Option<chrono::DateTime<Utc>>, i64), sqlx::Error> {
    let enabled: Option<Option<chrono::DateTime<Utc>>> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT totp_enabled_at FROM accounts WHERE id = $1 AND totp_secret IS NOT NULL"
    ).bind(account_id).fetch_optional(pool).await?);
    let left: i64 = with_db!(db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL"
    ).bind(account_id).fetch_one(pool).await?);
    Ok((enabled.flatten(), left))
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", truncated to 6 digits.
    const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    #[test]
    fn codes_match_the_rfc_6238_test_vectors() {
        assert_eq!(code_at(RFC_SECRET, 59).as_deref(), Some("287082"));
        assert_eq!(code_at(RFC_SECRET, 1111111109).as_deref(), Some("081804"));
        assert_eq!(code_at(RFC_SECRET, 1234567890).as_deref(), Some("005924"));
        assert_eq!(code_at(RFC_SECRET, 2000000000).as_deref(), Some("279037"));
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_not_further() {
        let t = 1_700_000_000u64;
        let code = code_at(DEMO_STAFF_SECRET, t).unwrap();
        assert_eq!(matching_step(DEMO_STAFF_SECRET, &code, t), Some(t / 30));
        assert!(matching_step(DEMO_STAFF_SECRET, &code, t + 30).is_some());
        assert!(matching_step(DEMO_STAFF_SECRET, &code, t - 30).is_some());
        assert_eq!(matching_step(DEMO_STAFF_SECRET, &code, t + 90), None);
        assert_eq!(matching_step(DEMO_STAFF_SECRET, "12345", t), None);
        assert_eq!(matching_step(DEMO_STAFF_SECRET, "abcdef", t), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(matching_step(DEMO_STAFF_SECRET, &spaced, t).is_some());
    }

    #[test]
    fn the_demo_secret_and_new_secrets_are_valid_and_160_bits() {
        assert!(otpauth_url(DEMO_STAFF_SECRET, "tietosuoja@example.fi").is_some());
        let s = new_secret();
        assert_eq!(Secret::try_from_base32(&s).unwrap().len(), 20);
        assert_ne!(s, new_secret());
    }

    #[test]
    fn the_otpauth_url_names_the_issuer_and_account_and_renders_as_qr() {
        let url = otpauth_url(DEMO_STAFF_SECRET, "maija@example.fi").unwrap();
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert!(url.contains("secret=TIETONIDEMOKOODIELMONETOYSTAFF23"), "{url}");
        assert!(url.contains("issuer=Tietoni%20ElmoNet"), "{url}");
        assert!(qr_svg(&url).unwrap().starts_with("<?xml"));
    }

    #[test]
    fn recovery_codes_are_distinct_readable_and_hash_the_same_however_typed() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), RECOVERY_CODES);
        for c in &codes {
            assert_eq!(c.len(), 11);
            assert_eq!(&c[5..6], "-");
        }
        let c = &codes[0];
        assert_eq!(hash_recovery_code(c), hash_recovery_code(&c.to_lowercase().replace('-', " ")));
        assert_ne!(hash_recovery_code(c), hash_recovery_code(&codes[1]));
    }

    #[test]
    fn the_secret_is_shown_in_groups_of_four() {
        assert_eq!(grouped("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
