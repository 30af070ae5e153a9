//! Brute-force throttles that an attacker elsewhere cannot turn against the owner
//! (ASVS 6.3). Failures count per *(subject, address)*: the sign-in of one account, or
//! the activation letter of one customer, from one address (an IPv4 address or an IPv6
//! /64). From the tenth consecutive failure of a sign-in from one address (the fifth of
//! an activation), that address waits 30 s, doubling to at most an hour, while the owner
//! signs in from anywhere else as usual.
//!
//! Many addresses together are held back by the account-wide count
//! (`accounts.failed_sign_ins`): from [`ACCOUNT_FAILURES_BEFORE_THROTTLE`] failures on,
//! the account waits the same way for every address **except those that have signed in
//! to it before** (`trusted`), so a distributed guesser slows to a crawl and the owner at
//! home is not locked out. Every count is incremented in SQL (no lost updates under
//! parallel attempts) and lives in the database, so all instances share it.

use super::audit::{self, Actor, Entry};
use super::db::Db;
use crate::domain::ids::{AccountId, CustomerId};
use crate::with_db;
use chrono::{DateTime, Utc};

/// Consecutive failures of one address at one account's sign-in before it waits.
pub const FAILURES_BEFORE_THROTTLE: i32 = 10;
/// Failures of all addresses together before the account waits for untrusted addresses.
pub const ACCOUNT_FAILURES_BEFORE_THROTTLE: i32 = 50;
/// Wrong activation codes from one address for one customer's letter before it waits.
pub const ACTIVATION_FAILURES_BEFORE_THROTTLE: i32 = 5;

/// How long to wait after `failures` consecutive failures: nothing below `threshold`,
/// then 30 s, doubling with each further failure, at most one hour.
pub fn throttle_delay(failures: i32, threshold: i32) -> Option<chrono::Duration> {
    if failures < threshold {
        return None;
    }
    let over = (failures - threshold).min(7);
    let seconds = 30i64 << over;
    Some(chrono::Duration::seconds(seconds.min(3600)))
}

/// What the failures are counted against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// Signing in to an account (password and second-factor steps alike).
    SignIn(AccountId),
    /// Activating the portal account of a register customer with their letter's code.
    Activation(CustomerId),
}

impl Subject {
    fn key(self) -> String {
        match self {
            Subject::SignIn(account_id) => format!("sign_in:{account_id}"),
            Subject::Activation(customer_id) => format!("activation:{customer_id}"),
        }
    }

    fn threshold(self) -> i32 {
        match self {
            Subject::SignIn(_) => FAILURES_BEFORE_THROTTLE,
            Subject::Activation(_) => ACTIVATION_FAILURES_BEFORE_THROTTLE,
        }
    }
}

/// The address a limit counts against: an IPv4 address itself (also when it arrives as
/// an IPv4-mapped IPv6 address), and for IPv6 its /64 network, since one subscriber
/// usually holds a whole /64 and could otherwise take a fresh address per attempt.
pub fn address_key(ip: std::net::IpAddr) -> std::net::IpAddr {
    use std::net::{IpAddr, Ipv6Addr};
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1))),
        },
    }
}

/// The client's address as the server resolved it for one request: the connecting
/// peer, or behind a trusted reverse proxy the address it forwarded
/// ([`crate::domain::ip_range::forwarded_client`]). The server puts it in every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub std::net::IpAddr);

#[derive(sqlx::FromRow)]
struct PairRow {
    locked_until: Option<DateTime<Utc>>,
    trusted: bool,
}

/// Whether `address` must wait before trying `subject` again.
pub async fn is_throttled(db: &Db, subject: Subject, address: &str) -> Result<bool, sqlx::Error> {
    let now = Utc::now();
    let pair: Option<PairRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT locked_until, trusted FROM attempt_throttles WHERE subject = $1 AND address = $2",
    )
    .bind(subject.key())
    .bind(address)
    .fetch_optional(pool)
    .await?);
    if pair.as_ref().and_then(|p| p.locked_until).is_some_and(|until| until > now) {
        return Ok(true);
    }
    let Subject::SignIn(account_id) = subject else { return Ok(false) };
    if pair.as_ref().is_some_and(|p| p.trusted) {
        return Ok(false);
    }
    let account_lock: Option<Option<DateTime<Utc>>> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT locked_until FROM accounts WHERE id = $1",
    )
    .bind(account_id)
    .fetch_optional(pool)
    .await?);
    Ok(account_lock.flatten().is_some_and(|until| until > now))
}

/// Counts a failure of `address` at `subject`, throttling the pair (and, for a sign-in,
/// the account for untrusted addresses) when its count says so.
pub async fn record_failure(db: &Db, subject: Subject, address: &str) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    let failures: i32 = with_db!(db, pool => sqlx::query_scalar(
        "INSERT INTO attempt_throttles (subject, address, failures, updated_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (subject, address) DO UPDATE SET failures = attempt_throttles.failures + 1, updated_at = $3
         RETURNING failures",
    )
    .bind(subject.key())
    .bind(address)
    .bind(now)
    .fetch_one(pool)
    .await?);
    if let Some(until) = throttle_delay(failures, subject.threshold()).map(|d| now + d) {
        // Only ever later: of two parallel failures, the one that counted more wins.
        with_db!(db, pool => sqlx::query(
            "UPDATE attempt_throttles SET locked_until = $1
             WHERE subject = $2 AND address = $3 AND (locked_until IS NULL OR locked_until < $1)",
        )
        .bind(until)
        .bind(subject.key())
        .bind(address)
        .execute(pool)
        .await
        .map(|_| ())?);
    }
    let Subject::SignIn(account_id) = subject else { return Ok(()) };
    if failures == FAILURES_BEFORE_THROTTLE {
        let entry = Entry::new(Actor::System, Some(account_id), "account_throttled").detail("one_address");
        audit::record(db, entry).await?;
    }
    let account_failures: Option<i32> = with_db!(db, pool => sqlx::query_scalar(
        "UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1 WHERE id = $1 RETURNING failed_sign_ins",
    )
    .bind(account_id)
    .fetch_optional(pool)
    .await?);
    let account_failures = account_failures.unwrap_or(0);
    if let Some(until) = throttle_delay(account_failures, ACCOUNT_FAILURES_BEFORE_THROTTLE).map(|d| now + d) {
        with_db!(db, pool => sqlx::query(
            "UPDATE accounts SET locked_until = $1 WHERE id = $2 AND (locked_until IS NULL OR locked_until < $1)",
        )
        .bind(until)
        .bind(account_id)
        .execute(pool)
        .await
        .map(|_| ())?);
    }
    if account_failures == ACCOUNT_FAILURES_BEFORE_THROTTLE {
        let entry = Entry::new(Actor::System, Some(account_id), "account_throttled").detail("all_addresses");
        audit::record(db, entry).await?;
    }
    Ok(())
}

/// After a whole sign-in succeeded from `address`: its count and the account's are
/// cleared, and the address is trusted from now on.
pub async fn record_success(db: &Db, account_id: AccountId, address: &str) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_db!(db, pool => sqlx::query(
        "INSERT INTO attempt_throttles (subject, address, failures, trusted, updated_at) VALUES ($1, $2, 0, TRUE, $3)
         ON CONFLICT (subject, address) DO UPDATE SET failures = 0, locked_until = NULL, trusted = TRUE, updated_at = $3",
    )
    .bind(Subject::SignIn(account_id).key())
    .bind(address)
    .bind(now)
    .execute(pool)
    .await
    .map(|_| ())?);
    with_db!(db, pool => sqlx::query("UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE id = $1")
        .bind(account_id)
        .execute(pool)
        .await
        .map(|_| ()))
}

/// Removes what no throttle needs any more: untrusted pairs quiet for a day, trusted
/// ones unused for a year. Returns how many went.
pub async fn purge(db: &Db, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    with_db!(db, pool => sqlx::query(
        "DELETE FROM attempt_throttles WHERE (NOT trusted AND updated_at < $1) OR updated_at < $2",
    )
    .bind(now - chrono::Duration::days(1))
    .bind(now - chrono::Duration::days(365))
    .execute(pool)
    .await
    .map(|r| r.rows_affected()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_starts_at_the_threshold_and_grows_to_an_hour() {
        assert_eq!(throttle_delay(9, 10), None);
        assert_eq!(throttle_delay(10, 10), Some(chrono::Duration::seconds(30)));
        assert_eq!(throttle_delay(11, 10), Some(chrono::Duration::seconds(60)));
        assert_eq!(throttle_delay(14, 10), Some(chrono::Duration::seconds(480)));
        assert_eq!(throttle_delay(17, 10), Some(chrono::Duration::seconds(3600)));
        assert_eq!(throttle_delay(1000, 10), Some(chrono::Duration::seconds(3600)));
        assert_eq!(throttle_delay(4, 5), None);
        assert_eq!(throttle_delay(5, 5), Some(chrono::Duration::seconds(30)));
    }

    #[test]
    fn an_ipv6_network_counts_as_one_address() {
        let key = |s: &str| address_key(s.parse().unwrap()).to_string();
        assert_eq!(key("2001:db8:1:2:aaaa::1"), key("2001:db8:1:2:bbbb::9"));
        assert_eq!(key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::");
        assert_ne!(key("2001:db8:1:2::1"), key("2001:db8:1:3::1"));
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(key("192.0.2.7"), "192.0.2.7");
    }
}
