//! Password hashing with argon2id at explicit parameters (m = 19 456 KiB, t = 2, p = 1:
//! OWASP's recommendation and the argon2 crate's default). Hashing is CPU-bound, so
//! callers on the async runtime run it through [`hash_blocking`] / [`verify_blocking`],
//! on threads of its own at a lower CPU priority.

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

/// The nice value of the hashing threads: below the rest of the process (0), so that on
/// a busy machine the kernel serves pages first and a flood of sign-ins takes what CPU
/// is left (issue #19: the pages' p99 in a sign-in flood), yet not the lowest (19), so
/// sign-ins still move while the machine is saturated.
pub const HASHING_NICE: i32 = 10;

type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads: as many as the machine has cores, each at [`HASHING_NICE`],
/// taking jobs in turn from one queue. The nice value, not a core held back, keeps the
/// pages first: a busy machine runs their threads before these, an idle one gives
/// sign-ins every core (with one core held back, two sign-ins at once on a two-core
/// machine waited for each other: the end2end suite took 10.2 min instead of 8.3).
/// A flood waits in the queue; other blocking work (tokio's own pool) keeps its priority.
fn hashing_threads() -> &'static std::sync::mpsc::Sender<Job> {
    static QUEUE: std::sync::OnceLock<std::sync::mpsc::Sender<Job>> = std::sync::OnceLock::new();
    QUEUE.get_or_init(|| {
        let (queue, jobs) = std::sync::mpsc::channel::<Job>();
        let jobs = std::sync::Arc::new(std::sync::Mutex::new(jobs));
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        for n in 0..cores {
            let jobs = jobs.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    // On Linux the nice value is the thread's own (`setpriority` with its id).
                    if let Err(e) = rustix::process::setpriority_process(Some(rustix::thread::gettid()), HASHING_NICE) {
                        tracing::warn!(error = %e, "the hashing thread keeps the process's priority");
                    }
                    loop {
                        let job = match jobs.lock() {
                            Ok(jobs) => jobs.recv(),
                            Err(_) => return,
                        };
                        let Ok(job) = job else { return };
                        // A job that panics drops its answer (its caller sees it); the
                        // thread goes on with the next.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                })
                .expect("a hashing thread starts");
        }
        queue
    })
}

/// Runs `work` on a hashing thread and waits for its answer.
async fn on_hashing_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (answer, answered) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = answer.send(work());
    });
    hashing_threads().send(job).expect("the hashing threads never stop");
    answered.await.expect("a hashing job panicked")
}

/// [`hash`] on a hashing thread.
pub async fn hash_blocking(password: String) -> PasswordHashString {
    on_hashing_thread(move || hash(&password)).await
}

/// [`verify`] on a hashing thread.
pub async fn verify_blocking(password: String, stored: PasswordHashString) -> bool {
    on_hashing_thread(move || verify(&password, &stored)).await
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

    #[tokio::test]
    async fn hashing_runs_on_its_own_threads_at_a_lower_priority() {
        // The nice value of the thread that ran the job: field 19 of its stat line.
        let (name, nice) = on_hashing_thread(|| {
            let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
            let after_name = &stat[stat.rfind(')').unwrap() + 2..];
            let nice: i32 = after_name.split(' ').nth(16).unwrap().parse().unwrap();
            (std::thread::current().name().map(str::to_owned), nice)
        })
        .await;
        assert!(name.is_some_and(|n| n.starts_with("argon2-")));
        assert_eq!(nice, HASHING_NICE);
        let h = hash_blocking("Demo-tunnuslause-1".into()).await;
        assert!(verify_blocking("Demo-tunnuslause-1".into(), h.clone()).await);
        assert!(!verify_blocking("väärä".into(), h).await);
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
