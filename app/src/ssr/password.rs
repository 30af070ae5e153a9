//! Password hashing with argon2id at explicit parameters (m = 19 456 KiB, t = 2, p = 1:
//! OWASP's recommendation and the argon2 crate's default). Hashing is CPU-bound, so
//! callers on the async runtime run it through [`hash_blocking`] / [`verify_blocking`].

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Memory cost in KiB.
pub const M_COST: u32 = 19_456;
/// Number of passes.
pub const T_COST: u32 = 2;
/// Degree of parallelism.
pub const P_COST: u32 = 1;

fn hasher() -> Argon2<'static> {
    Argon2::new(
        Algorithm::Argon2id,
        Version::V0x13,
        Params::new(M_COST, T_COST, P_COST, None).expect("valid argon2 parameters"),
    )
}

/// A stored password hash (PHC string). Deliberately not `Serialize` and with a
/// redacting `Debug`, so it cannot cross the wire or reach a log.
#[derive(Clone)]
pub struct PasswordHashString(String);

impl PasswordHashString {
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Whether the hash was made with other parameters than today's, so it should be
    /// replaced at the next successful sign-in.
    pub fn needs_rehash(&self) -> bool {
        match PasswordHash::new(&self.0) {
            Ok(h) => {
                h.algorithm != argon2::ARGON2ID_IDENT
                    || Params::try_from(&h)
                        .map(|p| (p.m_cost(), p.t_cost(), p.p_cost()) != (M_COST, T_COST, P_COST))
                        .unwrap_or(true)
            }
            Err(_) => true,
        }
    }
}

impl std::fmt::Debug for PasswordHashString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHashString(***)")
    }
}

/// Hashes a password with a fresh random salt.
pub fn hash(password: &str) -> PasswordHashString {
    let salt = SaltString::generate(&mut OsRng);
    let h = hasher().hash_password(password.as_bytes(), &salt).expect("argon2 hashing with valid params cannot fail");
    PasswordHashString(h.to_string())
}

/// Checks a password against a stored hash. A malformed stored hash never matches.
pub fn verify(password: &str, stored: &PasswordHashString) -> bool {
    match PasswordHash::new(stored.as_str()) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// [`hash`] on the blocking thread pool.
/// How many argon2 computations run at once: one core fewer than the machine has (at
/// least one). A flood of sign-ins then waits its turn instead of taking every core, so
/// pages keep a core of their own (issue #19: the pages' p99 in a sign-in flood).
fn hashing_slots() -> &'static tokio::sync::Semaphore {
    static SLOTS: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();
    SLOTS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        tokio::sync::Semaphore::new(cores.saturating_sub(1).max(1))
    })
}

async fn hashing_turn() -> tokio::sync::SemaphorePermit<'static> {
    hashing_slots().acquire().await.expect("the hashing semaphore is never closed")
}

pub async fn hash_blocking(password: String) -> PasswordHashString {
    let _turn = hashing_turn().await;
    tokio::task::spawn_blocking(move || hash(&password)).await.expect("hashing task panicked")
}

/// [`verify`] on the blocking thread pool.
pub async fn verify_blocking(password: String, stored: PasswordHashString) -> bool {
    let _turn = hashing_turn().await;
    tokio::task::spawn_blocking(move || verify(&password, &stored)).await.expect("verify task panicked")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_the_stated_parameters() {
        let h = hash("Demo-tunnuslause-1");
        assert!(h.as_str().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{}", h.as_str());
        assert!(verify("Demo-tunnuslause-1", &h));
        assert!(!verify("demo-tunnuslause-1", &h));
        assert!(!h.needs_rehash());
        assert!(!format!("{h:?}").contains("argon2"));
    }

    #[test]
    fn weaker_or_broken_hashes_ask_for_a_rehash() {
        let weak = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8, 1, 1, None).unwrap())
            .hash_password(b"x", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(PasswordHashString::from_stored(weak).needs_rehash());
        assert!(PasswordHashString::from_stored("garbage".into()).needs_rehash());
        assert!(!verify("x", &PasswordHashString::from_stored("garbage".into())));
    }
}
