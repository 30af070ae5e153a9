//! The files of a copy of personal data (GDPR Art. 15(3)) outside the Leptos pages:
//! `GET /oma/kopiot/{reference}/paketti`, the customer's JSON package as it was prepared
//! (needs the password given in the last 10 minutes, as the export does; a browser
//! without one is sent to confirm it and back to the copy's page), and
//! `GET /henkilosto/kopiot/{reference}/tallenteet/{id}`, a recording of the request's
//! customer for staff to listen to before typing a transcript. Both are audited by the
//! store and never cached; anything not the caller's is the same 404.

use crate::extract::{CustomerCaller, StaffCaller};
use crate::recordings::{no_store, Download};
use crate::state::AppState;
use app::ssr::staff::copies::{self, Part, Reader};
use app::user::ReauthenticatedAt;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

pub async fn package(
    State(state): State<AppState>,
    CustomerCaller { account_id, customer_id }: CustomerCaller,
    reauth: Option<Extension<ReauthenticatedAt>>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Response {
    if !app::domain::request::is_reference(&reference) {
        return (StatusCode::NOT_FOUND, no_store()).into_response();
    }
    if !crate::extract::reauth_fresh(reauth) {
        let browser =
            headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"));
        if browser {
            let to =
                format!("{}?{}={}/{reference}", app::paths::REAUTH_PATH, app::paths::NEXT_PARAM, app::paths::COPY_PATH);
            return Redirect::to(&to).into_response();
        }
        return (StatusCode::FORBIDDEN, axum::Json(app::error::AppError::ReauthRequired)).into_response();
    }
    let reader = Reader::Customer { account_id, customer_id };
    let (_, json) = match copies::read(&state.db, reader, &reference, Part::Package, chrono::Utc::now()).await {
        Ok(Some(found)) => found,
        Ok(None) => return (StatusCode::NOT_FOUND, no_store()).into_response(),
        Err(e) => return (no_store(), app::error::AppError::from(e)).into_response(),
    };
    let mut out = no_store();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"tietoni-kopio-{reference}.json\"")) {
        out.insert(header::CONTENT_DISPOSITION, v);
    }
    (StatusCode::OK, out, json).into_response()
}

pub async fn recording(
    State(state): State<AppState>,
    StaffCaller(staff): StaffCaller,
    Path((reference, id)): Path<(String, i64)>,
    Query(download): Query<Download>,
    headers: HeaderMap,
) -> Response {
    // A player's first request (no range, or from the start) is the look to audit.
    let first = headers.get(header::RANGE).and_then(|v| v.to_str().ok()).is_none_or(|r| r.starts_with("bytes=0-"));
    let found = copies::staff_recording(&state.db, staff, &reference, id, first).await;
    let app::ssr::my_data::Recording { mime_type, audio, recorded_at } = match found {
        Ok(Some(row)) => row,
        Ok(None) => return (StatusCode::NOT_FOUND, no_store()).into_response(),
        Err(e) => return (no_store(), app::error::AppError::from(e)).into_response(),
    };
    crate::recordings::serve(mime_type, audio, recorded_at, download.lataa.is_some(), &headers)
}
