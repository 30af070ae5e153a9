//! `GET /oma/tietosuojavaltuutettu/yhteenveto.txt`: the signed-in customer's case summary
//! as a text file to attach to a complaint to the Data Protection Ombudsman, in the
//! reader's language. Never cached.

use crate::extract::CustomerCaller;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

pub use app::paths::DPA_SUMMARY_PATH;

pub async fn summary(
    State(state): State<AppState>,
    CustomerCaller { customer_id, .. }: CustomerCaller,
    headers: HeaderMap,
) -> Response {
    let lang = crate::extract::request_lang(&headers);
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
        Err(e) => app::error::AppError::from(e).into_response(),
    }
}
