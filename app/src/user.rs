//! What pages may know about the signed-in user. The server's middleware resolves it
//! from the session once per request and the page context provides it; it never holds
//! the password hash or any personal data beyond the display name.

use crate::domain::ids::{AccountId, CustomerId, StaffId};
use crate::domain::Role;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub account_id: AccountId,
    pub display_name: String,
    pub role: Role,
}

/// The signed-in user of the current request, if any.
pub fn use_signed_in() -> Option<SignedIn> {
    leptos::prelude::use_context::<Option<SignedIn>>().flatten()
}

/// How long a signed-in session survives without a request, in minutes.
pub const IDLE_TIMEOUT_MINUTES: i64 = 30;
/// How long before the end of an idle session the page warns and offers to continue.
pub const IDLE_WARNING_SECONDS: i64 = 120;

/// The portal's public address (`https://tietoni.elmonet.fi`), for links that leave it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PublicUrl(pub String);

/// Whether the portal offers strong electronic identification (a provider is set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EidOffered(pub bool);

/// Whether the sign-in and confirmation pages offer strong electronic identification.
pub fn eid_offered() -> bool {
    leptos::prelude::use_context::<EidOffered>().unwrap_or_default().0
}

/// Who is making a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caller {
    Anonymous,
    Customer { account_id: AccountId, customer_id: CustomerId },
    Staff { account_id: AccountId, role: crate::domain::Role },
}

impl Caller {
    /// The staff member this caller is, when the session's account has a staff role:
    /// where a signed-in account's id becomes a [`StaffId`].
    pub fn staff(&self) -> Option<Staff> {
        match *self {
            Caller::Staff { account_id, role } => Some(Staff { id: StaffId(account_id.0), role }),
            Caller::Customer { .. } | Caller::Anonymous => None,
        }
    }
}

/// When the current session last re-authenticated, put in the request by the middleware.
#[derive(Clone, Copy, Debug)]
pub struct ReauthenticatedAt(pub chrono::DateTime<chrono::Utc>);

/// The signed-in customer a server function acts for: their account and their record
/// in the register (both from the session, never from the request).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CustomerIds {
    pub account_id: AccountId,
    pub customer_id: CustomerId,
}

/// The signed-in staff member a server function acts for: their account and role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Staff {
    pub id: StaffId,
    pub role: crate::domain::Role,
}
