//! Signed checkpoints of the audit log's hash chain (issue #17). When the oldest rows of
//! the log go ([`crate::ssr::retention::audit_log`]), a checkpoint records the last row
//! removed and its hash, signed with the operator's Ed25519 key: the remaining chain
//! must link to that hash ([`crate::ssr::audit::verify`]), the database lets rows go
//! only under a checkpoint (a trigger), and nobody without the key can write one that
//! verifies. The key's public half can be handed to an auditor.

use crate::ssr::db::Db;
use crate::with_db;
use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};

/// The operator's signing key (an Ed25519 seed, the `audit_signing_key` setting).
/// `Debug` shows only the public key.
#[derive(Clone)]
pub struct AuditKey(SigningKey);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AuditKey(public {})", self.public_hex())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let s = s.trim();
    if s.len() != 2 * N || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

impl AuditKey {
    /// A key from its 64 hex digits (32 bytes).
    pub fn from_hex(seed: &str) -> Option<Self> {
        unhex::<32>(seed).map(|bytes| Self(SigningKey::from_bytes(&bytes)))
    }

    /// A new random key, and its seed in hex (to keep in the operator's secrets).
    pub fn generate() -> (Self, String) {
        use rand::RngCore;
        let mut seed = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut seed);
        (Self(SigningKey::from_bytes(&seed)), hex(&seed))
    }

    /// The public key in hex, as checkpoints carry it and an auditor checks it.
    pub fn public_hex(&self) -> String {
        hex(self.0.verifying_key().as_bytes())
    }

    fn sign(&self, message: &str) -> String {
        hex(&self.0.sign(message.as_bytes()).to_bytes())
    }
}

/// What a checkpoint signs: the last row removed, its hash (none for a row from before
/// the chain began), how many rows have been removed in all, and when (whole seconds).
pub fn message(through_id: i64, through_hash: Option<&str>, rows_removed: i64, removed_at: DateTime<Utc>) -> String {
    format!(
        "tietoni-audit-checkpoint/1/{through_id}/{}/{rows_removed}/{}",
        through_hash.unwrap_or("-"),
        removed_at.timestamp()
    )
}

/// One checkpoint as stored.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Checkpoint {
    pub id: i64,
    pub through_id: i64,
    pub through_hash: Option<String>,
    /// Rows removed in all, up to and including this checkpoint's.
    pub rows_removed: i64,
    pub removed_at: DateTime<Utc>,
    pub public_key: String,
    pub signature: String,
}

impl Checkpoint {
    /// A checkpoint for rows up to `through_id`, signed with `key`.
    pub fn signed(
        key: &AuditKey,
        through_id: i64,
        through_hash: Option<String>,
        rows_removed: i64,
        at: DateTime<Utc>,
    ) -> Self {
        use chrono::SubsecRound;
        let removed_at = at.trunc_subsecs(0);
        let signature = key.sign(&message(through_id, through_hash.as_deref(), rows_removed, removed_at));
        Self { id: 0, through_id, through_hash, rows_removed, removed_at, public_key: key.public_hex(), signature }
    }

    /// Whether the signature is the stated public key's over the checkpoint's content.
    pub fn signature_valid(&self) -> bool {
        let (Some(public), Some(signature)) = (unhex::<32>(&self.public_key), unhex::<64>(&self.signature)) else {
            return false;
        };
        let Ok(key) = VerifyingKey::from_bytes(&public) else { return false };
        let text = message(self.through_id, self.through_hash.as_deref(), self.rows_removed, self.removed_at);
        key.verify(text.as_bytes(), &Signature::from_bytes(&signature)).is_ok()
    }
}

/// The latest checkpoint, if rows have ever been removed.
pub async fn latest(db: &Db) -> Result<Option<Checkpoint>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_as(
        "SELECT id, through_id, through_hash, rows_removed, removed_at, public_key, signature
         FROM audit_checkpoints ORDER BY id DESC LIMIT 1",
    ).fetch_optional(pool).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checkpoint_verifies_only_as_signed() {
        let (key, seed) = AuditKey::generate();
        assert_eq!(AuditKey::from_hex(&seed).unwrap().public_hex(), key.public_hex());
        assert!(!format!("{key:?}").contains(&seed), "Debug never shows the seed");
        let at = Utc::now();
        let good = Checkpoint::signed(&key, 41, Some("ab".repeat(32)), 41, at);
        assert!(good.signature_valid());
        for bad in [
            Checkpoint { through_id: 42, ..good.clone() },
            Checkpoint { through_hash: Some("cd".repeat(32)), ..good.clone() },
            Checkpoint { rows_removed: 40, ..good.clone() },
            Checkpoint { public_key: AuditKey::generate().0.public_hex(), ..good.clone() },
            Checkpoint { signature: "00".repeat(64), ..good.clone() },
            Checkpoint { signature: "not hex".into(), ..good.clone() },
        ] {
            assert!(!bad.signature_valid(), "{bad:?}");
        }
        assert!(AuditKey::from_hex("12").is_none() && AuditKey::from_hex(&"zz".repeat(32)).is_none());
    }
}
