//! `GET /oma/tietosuojavaltuutettu/yhteenveto.txt`: the signed-in customer's case summary
//! as a text file to attach to a complaint to the Data Protection Ombudsman, in the
//! reader's language. Never cached.

use crate::startup::AppState;
use app::ssr::auth::Caller;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

pub use app::pages::requests::DPA_SUMMARY_PATH;

pub async fn summary(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
) -> Response {
    let customer_id = match caller {
        Caller::Customer { customer_id, .. } => customer_id,
        Caller::Anonymous => return Redirect::to(app::pages::sign_in::SIGN_IN_PATH).into_response(),
        Caller::Staff { .. } => return StatusCode::FORBIDDEN.into_response(),
    };
    let header_text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let lang = app::i18n::negotiate(header_text(header::COOKIE), header_text(header::ACCEPT_LANGUAGE));
    let now = chrono::Utc::now();
    match app::ssr::requests::summary_text(&state.db, &state.register, customer_id, lang, now).await {
        Ok(text) => {
            let date = app::domain::clock::helsinki_date(now).format("%Y-%m-%d");
            let disposition = format!("attachment; filename=\"tietosuoja-yhteenveto-{date}.txt\"");
            let mut out = HeaderMap::new();
            out.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
            out.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            if let Ok(v) = HeaderValue::from_str(&disposition) {
                out.insert(header::CONTENT_DISPOSITION, v);
            }
            (StatusCode::OK, out, text).into_response()
        }
        Err(e) => {
            let err = app::error::AppError::internal(e);
            (StatusCode::INTERNAL_SERVER_ERROR, axum::Json(err)).into_response()
        }
    }
}
