//! The wire types of `api::auth`: what its server functions take and answer.

/// One of the signed-in user's sessions, as the sessions page shows it. `key` is the
/// stored hash of the session id (never the id itself).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SessionInfo {
    pub key: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_active_at: chrono::DateTime<chrono::Utc>,
    pub current: bool,
}
