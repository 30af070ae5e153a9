//! Server functions only. Each is a public HTTP endpoint (`/api/<name>`): it states who
//! may call it, takes the caller from the session (never from the request), and returns
//! [`crate::error::AppError`]. The allow-list of functions open to anonymous callers is
//! [`ANONYMOUS_ALLOWED`]; a test calls every registered function without a session and
//! fails for any other that answers with anything but 401 or 403.

pub mod auth;
pub mod breaches;
#[cfg(feature = "ssr")]
pub mod caller;
pub mod consents;
pub mod copies;
pub mod disclosures;
pub mod enrolment;
pub mod feedback;
pub mod form_memory;
pub mod intake;
pub mod login_email;
pub mod my_data;
pub mod outbox;
pub mod public_request;
pub mod record;
pub mod recovery;
pub mod requests;
pub mod retention;
pub mod security;
pub mod staff;
pub mod staff_accounts;

/// Every staff server function's path starts with this; only staff reach them (the
/// middleware refuses anyone else before arguments are decoded, and each function checks
/// the role again).
pub const STAFF_PREFIX: &str = "/api/staff_";

/// Server-function paths that anonymous callers may use.
pub const ANONYMOUS_ALLOWED: &[&str] = &[
    "/api/sign_in",
    "/api/verify_sign_in_code",
    "/api/enrolment",
    "/api/complete_enrolment",
    "/api/session_state",
    "/api/activate",
    "/api/request_password_reset",
    "/api/reset_password",
    "/api/confirm_login_email",
    "/api/send_accessibility_feedback",
    "/api/feedback_draft",
    "/api/public_request_form",
    "/api/public_request",
    "/api/public_request_status",
    "/api/public_request_link",
    "/api/confirm_public_request",
    "/api/public_request_message",
];
