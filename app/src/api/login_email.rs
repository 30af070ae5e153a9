//! Confirming a new login address (issue #16): the link mailed to a rectified email
//! address leads here; confirming moves the account's login to it, once. Open to
//! anonymous callers (the link is the proof of the mailbox), under the sign-in
//! endpoints' per-IP rate limit.

use crate::error::AppError;
use leptos::prelude::*;

/// Where the server keeps the link's token once it took it out of the address.
pub const EMAIL_TOKEN_KEY: &str = "login_email_token";

/// Confirms the new login address whose link put its token in the session. The account
/// signs in with the new address from now on and no longer with the old one; the page
/// then says so. A used, voided or expired link answers `LinkExpired`; an address that
/// another account signs in with, `Conflict`.
#[server(prefix = "/api", endpoint = "confirm_login_email")]
pub async fn confirm_login_email() -> Result<(), AppError> {
    use crate::ssr::login_email::{self, Confirmed};
    let db = crate::api::auth::db()?;
    let session = crate::api::auth::session()?;
    let token = session.get::<String>(EMAIL_TOKEN_KEY).await.map_err(AppError::internal)?.unwrap_or_default();
    let now = chrono::Utc::now();
    let Some(change) = login_email::pending(&db, &token, now).await? else {
        return crate::api::caller::deny(AppError::LinkExpired);
    };
    match login_email::confirm(&db, &change, now).await? {
        Confirmed::Moved => {
            let _ = session.remove::<String>(EMAIL_TOKEN_KEY).await;
            leptos_axum::redirect(&format!("{}?valmis=1", crate::paths::EMAIL_CONFIRM_PATH));
            Ok(())
        }
        Confirmed::Gone => crate::api::caller::deny(AppError::LinkExpired),
        Confirmed::Taken => crate::api::caller::deny(AppError::Conflict),
    }
}
