//! Extractors for the routes outside Leptos.

use app::domain::ids::{AccountId, CustomerId};
use app::user::Caller;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

/// The signed-in customer of a request (the middleware resolved the caller from the
/// session). Refuses anyone else: an anonymous browser is sent to sign in and back here,
/// an anonymous script gets 401, staff get 403.
#[derive(Clone, Copy, Debug)]
pub struct CustomerCaller {
    pub account_id: AccountId,
    pub customer_id: CustomerId,
}

impl<S: Send + Sync> FromRequestParts<S> for CustomerCaller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Caller>().cloned().unwrap_or(Caller::Anonymous) {
            Caller::Customer { account_id, customer_id } => Ok(Self { account_id, customer_id }),
            Caller::Staff { .. } => Err(StatusCode::FORBIDDEN.into_response()),
            Caller::Anonymous => Err(sign_in_first(parts)),
        }
    }
}

/// The signed-in data protection officer. Anyone else: an anonymous browser is sent to
/// sign in and back, an anonymous script gets 401, customers and customer service 403.
#[derive(Clone, Copy, Debug)]
pub struct DpoCaller {
    pub account_id: AccountId,
}

impl<S: Send + Sync> FromRequestParts<S> for DpoCaller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Caller>().cloned().unwrap_or(Caller::Anonymous) {
            Caller::Staff { account_id, role: app::domain::Role::Dpo } => Ok(Self { account_id }),
            Caller::Staff { .. } | Caller::Customer { .. } => Err(StatusCode::FORBIDDEN.into_response()),
            Caller::Anonymous => Err(sign_in_first(parts)),
        }
    }
}

/// A signed-in staff member (customer service or the DPO). Anyone else: an anonymous
/// browser is sent to sign in and back, an anonymous script gets 401, customers 403.
#[derive(Clone, Copy, Debug)]
pub struct StaffCaller(pub app::user::Staff);

impl<S: Send + Sync> FromRequestParts<S> for StaffCaller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let caller = parts.extensions.get::<Caller>().cloned().unwrap_or(Caller::Anonymous);
        match (caller.staff(), caller) {
            (Some(staff), _) => Ok(Self(staff)),
            (None, Caller::Anonymous) => Err(sign_in_first(parts)),
            (None, _) => Err(StatusCode::FORBIDDEN.into_response()),
        }
    }
}

/// Whether the session gave its password again within the validity of a confirmation
/// (the middleware put the time into the request).
pub fn reauth_fresh(reauth: Option<axum::Extension<app::user::ReauthenticatedAt>>) -> bool {
    reauth.is_some_and(|axum::Extension(app::user::ReauthenticatedAt(at))| {
        chrono::Utc::now() - at <= app::ssr::session_store::REAUTH_VALIDITY
    })
}

/// An anonymous caller: a browser to the sign-in page and back here, a script 401.
fn sign_in_first(parts: &Parts) -> Response {
    if !wants_html(parts) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let here = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let to = format!("{}?{}={}", app::paths::SIGN_IN_PATH, app::paths::NEXT_PARAM, app::domain::percent_encode(here));
    Redirect::to(&to).into_response()
}

/// Whether the request comes from a browser showing pages (not a script's fetch).
pub fn wants_html(parts: &Parts) -> bool {
    parts.headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// The language of a request: the language cookie, else `Accept-Language`, else Finnish.
pub fn request_lang(headers: &axum::http::HeaderMap) -> app::domain::Lang {
    let text = |name| headers.get(name).and_then(|v: &axum::http::HeaderValue| v.to_str().ok());
    app::i18n::negotiate(text(header::COOKIE), text(header::ACCEPT_LANGUAGE))
}
