//! The caller of a server function, read once from the request at the edge: who is
//! signed in ([`Caller`], put in the request by the server's middleware from the
//! session), whether they gave their password again lately, and from which address they
//! connect. The `require_*` guards answer 401 or 403 through [`deny`], which also
//! audits a signed-in caller reaching beyond their role. The store below never reads the
//! request: it is given what it needs as arguments.

use crate::domain::{AccountId, StaffId};
use crate::error::AppError;
use crate::ssr::audit::{self, Actor, Entry};
use crate::ssr::db::Db;
pub use crate::user::{Caller, ReauthenticatedAt};
use chrono::Utc;
use leptos::prelude::use_context;

/// The audit-log actor kind of the current request's caller.
pub fn caller_actor() -> Actor {
    match caller() {
        Caller::Customer { .. } => Actor::Customer,
        Caller::Staff { .. } => Actor::Staff,
        Caller::Anonymous => Actor::Anonymous,
    }
}

/// The caller of the current request (Anonymous when the middleware found no session).
pub fn caller() -> Caller {
    use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<Caller>().cloned())
        .unwrap_or(Caller::Anonymous)
}

/// Fails with the right HTTP status for `err`, for use in server functions. A plain
/// HTML form post (no JavaScript) keeps the redirect back to its page instead, which
/// carries the error in the URL for the page to show.
///
/// A signed-in caller refused with `Forbidden` (reaching beyond their role) is written
/// to the audit log as `access_denied`, with the path it tried (asynchronously). Anonymous refusals are
/// only traced: anyone can make them, and they must not fill the audit log.
pub fn deny<T>(err: AppError) -> Result<T, AppError> {
    if err == AppError::Forbidden {
        let path = use_context::<axum::http::request::Parts>().map(|p| p.uri.path().to_owned()).unwrap_or_default();
        let (actor, actor_id) = match caller() {
            Caller::Customer { account_id, .. } => (Actor::Customer, Some(account_id)),
            Caller::Staff { account_id, .. } => (Actor::Staff, Some(account_id)),
            Caller::Anonymous => (Actor::Anonymous, None),
        };
        tracing::warn!(path = %path, ?actor_id, "access denied");
        if let Some(db) = use_context::<Db>() {
            // `deny` is synchronous (it sits in the `require_*` guards); the row is written
            // beside the answer.
            tokio::spawn(async move {
                let entry = Entry::new(actor, actor_id, "access_denied").detail(&path);
                if let Err(e) = audit::record(&db, entry).await {
                    tracing::error!(error = %e, "audit of a denial failed");
                }
            });
        }
    } else if err == AppError::Unauthorized {
        tracing::info!("anonymous caller refused");
    }
    let from_html_form = use_context::<axum::http::request::Parts>().is_some_and(|p| {
        p.headers.get(axum::http::header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
    });
    if let (false, Some(res)) = (from_html_form, use_context::<leptos_axum::ResponseOptions>()) {
        res.set_status(err.status());
    }
    Err(err)
}

/// The signed-in customer's ids, or 401/403.
pub fn require_customer() -> Result<crate::user::CustomerIds, AppError> {
    match caller() {
        Caller::Customer { account_id, customer_id } => Ok(crate::user::CustomerIds { account_id, customer_id }),
        Caller::Anonymous => deny(AppError::Unauthorized),
        Caller::Staff { .. } => deny(AppError::Forbidden),
    }
}

/// The signed-in staff member's account id and role, or 401/403.
pub fn require_staff() -> Result<crate::user::Staff, AppError> {
    let caller = caller();
    match (caller.staff(), caller) {
        (Some(staff), _) => Ok(staff),
        (None, Caller::Anonymous) => deny(AppError::Unauthorized),
        (None, _) => deny(AppError::Forbidden),
    }
}

/// The signed-in data protection officer's account id, or 401/403.
pub fn require_dpo() -> Result<StaffId, AppError> {
    match require_staff()? {
        crate::user::Staff { id, role: crate::domain::Role::Dpo } => Ok(id),
        _ => deny(AppError::Forbidden),
    }
}

/// Ok when the signed-in user gave their password within the last 10 minutes; 401 when
/// not signed in, 403 `ReauthRequired` otherwise.
pub fn require_recent_reauth() -> Result<AccountId, AppError> {
    let account_id = require_signed_in()?;
    if reauth_is_fresh() {
        Ok(account_id)
    } else {
        deny(AppError::ReauthRequired)
    }
}

/// Whether the signed-in user gave their password within the last 10 minutes.
pub fn reauth_is_fresh() -> bool {
    let at = use_context::<axum::http::request::Parts>().and_then(|p| p.extensions.get::<ReauthenticatedAt>().copied());
    at.is_some_and(|ReauthenticatedAt(at)| Utc::now() - at <= crate::ssr::session_store::REAUTH_VALIDITY)
}

/// The signed-in account of any kind, or 401.
pub fn require_signed_in() -> Result<AccountId, AppError> {
    match caller() {
        Caller::Customer { account_id, .. } | Caller::Staff { account_id, .. } => Ok(account_id),
        Caller::Anonymous => deny(AppError::Unauthorized),
    }
}

/// The [`address_key`] of the current request's client, as text ("unknown" outside a
/// request).
pub fn request_address() -> String {
    use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<crate::ssr::throttle::ClientAddress>().map(|c| c.0))
        .map(|ip| crate::ssr::throttle::address_key(ip).to_string())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// Wakes this instance's outbox worker after a change that wrote a job committed, so
/// the mail goes at once rather than at the worker's next poll.
pub fn wake_outbox() {
    if let Some(wake) = use_context::<crate::ssr::outbox::Wake>() {
        wake.now();
    }
}
