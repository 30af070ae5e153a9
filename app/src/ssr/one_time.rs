//! Single-use codes: activation codes that a register customer gets by letter (to create
//! their portal account) and password-reset links sent by email. Only a SHA-256 hash of
//! each is stored; a code works once, until it expires, and issuing a new one voids the
//! older ones. Wrong activation codes throttle the address that sent them
//! ([`super::throttle`]); only after [`MAX_ACTIVATION_ATTEMPTS`] wrong tries from
//! everywhere together (a 50-bit code makes a hit hopeless long before) is a code void,
//! so a stranger who knows a customer number cannot void the customer's letter.

use super::db::BeginWrite;
use super::db::Db;
use crate::domain::ids::{AccountId, CustomerId};
use crate::with_db;
use chrono::{DateTime, Duration, Utc};
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

/// How long an activation letter's code is valid.
pub const ACTIVATION_VALIDITY: Duration = Duration::days(30);
/// How long a password-reset link is valid.
pub const RESET_VALIDITY: Duration = Duration::minutes(30);
/// Wrong activation codes for one customer, from all addresses together, before their
/// code is void. One address waits from its fifth wrong code on
/// ([`super::throttle::ACTIVATION_FAILURES_BEFORE_THROTTLE`]), so reaching this takes a
/// thousand addresses or days, and 1 000 guesses of a 50-bit code hit with a chance of
/// about one in 10^12.
pub const MAX_ACTIVATION_ATTEMPTS: i32 = 1000;

const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY2346789";

fn hash(normalised: &str) -> String {
    Sha256::digest(normalised.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Case, spaces and dashes do not matter in a typed code.
fn normalise(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// A new activation code (`XXXXX-XXXXX`, 50 bits) and the hash stored of it.
fn new_activation_code() -> (String, String) {
    let mut rng = rand::rngs::OsRng;
    let mut code: String = (0..10).map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char).collect();
    let stored = hash(&code);
    code.insert(5, '-');
    (code, stored)
}

/// A new activation code (`XXXXX-XXXXX`, 50 bits) for the register customer `customer_id`.
pub async fn issue_activation_code(db: &Db, customer_id: CustomerId) -> Result<String, sqlx::Error> {
    let (code, stored) = new_activation_code();
    let now = Utc::now();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE one_time_codes SET expires_at = $1 WHERE purpose = 'activation' AND customer_id = $2 AND used_at IS NULL AND expires_at > $1")
            .bind(now).bind(customer_id).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO one_time_codes (purpose, code_hash, customer_id, created_at, expires_at) VALUES ('activation', $1, $2, $3, $4)")
            .bind(&stored).bind(customer_id).bind(now).bind(now + ACTIVATION_VALIDITY).execute(&mut *tx).await?;
        tx.commit().await
    })?;
    Ok(code)
}

/// A new activation code for the register customer at `address`, and the letter that
/// carries it written to the outbox (kind `letter`, in the customer's language), in one
/// transaction: older codes stop working only if the letter is on its way. Returns the
/// code (the operator's command prints it; nothing else keeps it in the clear, and the
/// outbox drops it once the letter is posted).
pub async fn issue_activation_letter(
    db: &Db,
    address: &super::accounts::PostalAddress,
    customer_number: &str,
) -> Result<String, sqlx::Error> {
    use super::outbox::{Mail, MailArgs, OutboxTx};
    let (code, stored) = new_activation_code();
    let now = Utc::now();
    let name = format!("{} {}", address.first_name, address.last_name);
    let block = format!("{name}\n{}\n{} {}", address.street_address, address.postal_code, address.city);
    let args = MailArgs {
        name: Some(name),
        customer_number: Some(customer_number.to_owned()),
        code: Some(code.clone()),
        days: Some(ACTIVATION_VALIDITY.num_days()),
        link_path: Some(crate::paths::ACTIVATE_PATH.to_owned()),
        ..Default::default()
    };
    let letter = Mail {
        template: "activation-letter",
        lang: address.language.parse().unwrap_or_default(),
        to: &block,
        args,
        customer_id: Some(address.id),
    };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE one_time_codes SET expires_at = $1 WHERE purpose = 'activation' AND customer_id = $2 AND used_at IS NULL AND expires_at > $1")
            .bind(now).bind(address.id).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO one_time_codes (purpose, code_hash, customer_id, created_at, expires_at) VALUES ('activation', $1, $2, $3, $4)")
            .bind(&stored).bind(address.id).bind(now).bind(now + ACTIVATION_VALIDITY).execute(&mut *tx).await?;
        tx.enqueue_letter(&letter, now).await?;
        tx.commit().await
    })?;
    Ok(code)
}

/// Whether `code` is the live activation code of `customer_id`. A wrong code counts
/// against the live one. Does not use the code up (see [`use_code`]).
pub async fn check_activation_code(db: &Db, customer_id: CustomerId, code: &str) -> Result<Option<i64>, sqlx::Error> {
    let now = Utc::now();
    let live: Option<(i64, String, i32)> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, code_hash, failed_attempts FROM one_time_codes
         WHERE purpose = 'activation' AND customer_id = $1 AND used_at IS NULL AND expires_at > $2
         ORDER BY created_at DESC LIMIT 1",
    ).bind(customer_id).bind(now).fetch_optional(pool).await?);
    let Some((id, stored, failures)) = live else { return Ok(None) };
    if stored == hash(&normalise(code)) {
        return Ok(Some(id));
    }
    let void = failures + 1 >= MAX_ACTIVATION_ATTEMPTS;
    with_db!(db, pool => sqlx::query(
        "UPDATE one_time_codes SET failed_attempts = failed_attempts + 1, expires_at = CASE WHEN $1 THEN $2 ELSE expires_at END WHERE id = $3",
    ).bind(void).bind(now).bind(id).execute(pool).await.map(|_| ()))?;
    Ok(None)
}

/// How long the link that lets a new staff member set their first password lives.
pub const WELCOME_VALIDITY: Duration = Duration::days(3);

/// A new password-setting token (256 bits, hex) and the hash to store of it.
pub(crate) fn new_reset_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let token_hash = hash(&normalise(&token));
    (token, token_hash)
}

/// A new password-reset link for `account_id` (a 256-bit token, hex), sent to `email` in
/// `lang`: earlier live links are ended, the token's hash stored, the request audited and
/// the mail written to the outbox, all in one transaction.
pub async fn issue_reset_mail(
    db: &Db,
    account_id: AccountId,
    email: &str,
    lang: crate::domain::Lang,
) -> Result<(), sqlx::Error> {
    use super::audit::{self, Actor, Entry};
    use super::outbox::{Mail, MailArgs, OutboxTx};
    let (token, token_hash) = new_reset_token();
    let now = Utc::now();
    let args =
        MailArgs { link_path: Some(format!("{}?avain={token}", crate::paths::RESET_PATH)), ..Default::default() };
    let mail = Mail { template: "reset-mail", lang, to: email, args, customer_id: None };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE one_time_codes SET expires_at = $1 WHERE purpose = 'password_reset' AND account_id = $2 AND used_at IS NULL AND expires_at > $1")
            .bind(now).bind(account_id).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO one_time_codes (purpose, code_hash, account_id, created_at, expires_at) VALUES ('password_reset', $1, $2, $3, $4)")
            .bind(token_hash).bind(account_id).bind(now).bind(now + RESET_VALIDITY).execute(&mut *tx).await?;
        audit::record_in(&mut tx, Entry::new(Actor::Anonymous, Some(account_id), "password_reset_requested")).await?;
        tx.enqueue_mail(&mail, now).await?;
        tx.commit().await
    })
}

/// The account and code id of a live reset token.
pub async fn check_reset_token(db: &Db, token: &str) -> Result<Option<(AccountId, i64)>, sqlx::Error> {
    if token.len() != 64 {
        return Ok(None);
    }
    let row: Option<(i64, Option<AccountId>, DateTime<Utc>)> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, account_id, expires_at FROM one_time_codes WHERE purpose = 'password_reset' AND code_hash = $1 AND used_at IS NULL",
    ).bind(hash(&normalise(token))).fetch_optional(pool).await?);
    Ok(row.filter(|(_, _, expires)| *expires > Utc::now()).and_then(|(id, account, _)| Some((account?, id))))
}

/// Uses a code up. False when it was used meanwhile (a double submit): only one use wins.
pub async fn use_code(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let n = with_db!(db, pool => sqlx::query("UPDATE one_time_codes SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
        .bind(Utc::now()).bind(id).execute(pool).await?.rows_affected());
    Ok(n == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalise("abcde-fghij"), "ABCDEFGHIJ");
        assert_eq!(normalise(" ABCDE FGHIJ "), "ABCDEFGHIJ");
        assert_eq!(hash(&normalise("abcde-fghij")), hash("ABCDEFGHIJ"));
    }
}
