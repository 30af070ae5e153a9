//! What pages may know about the signed-in user. The server's middleware resolves it
//! from the session once per request and the page context provides it; it never holds
//! the password hash or any personal data beyond the display name.

use crate::domain::Role;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub account_id: i64,
    pub display_name: String,
    pub role: Role,
}

/// The signed-in user of the current request, if any.
pub fn use_signed_in() -> Option<SignedIn> {
    leptos::prelude::use_context::<Option<SignedIn>>().flatten()
}
