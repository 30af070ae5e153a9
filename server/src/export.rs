//! `GET /oma/vienti/lataa`: the signed-in customer's JSON portability package, streamed
//! from the database to the socket as it is read (never built whole in memory). Needs a
//! re-authentication from the last 10 minutes; a browser without one is sent to confirm
//! the password and comes back here. Each export is audited with its size (never its
//! content). If the database fails mid-stream, the body ends with an error, so the
//! client sees a failed download rather than a file that looks complete.

use crate::extract::CustomerCaller;
use crate::state::AppState;
use app::ssr::audit::{self, Actor, Entry};
use app::ssr::export;
use app::user::ReauthenticatedAt;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;

pub use app::paths::DOWNLOAD_PATH;

pub async fn download(
    State(state): State<AppState>,
    CustomerCaller { account_id, customer_id }: CustomerCaller,
    reauth: Option<Extension<ReauthenticatedAt>>,
    headers: HeaderMap,
) -> Response {
    let browser = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"));
    if !crate::extract::reauth_fresh(reauth) {
        if browser {
            // Back to the export page, which starts the download and says so.
            let to = format!("{}?jatka={}%3Flataa%3D1", app::paths::REAUTH_PATH, app::paths::EXPORT_PATH);
            return Redirect::to(&to).into_response();
        }
        return (StatusCode::FORBIDDEN, axum::Json(app::error::AppError::ReauthRequired)).into_response();
    }
    let db = state.db.clone();
    let number = match export::customer_number(&db, customer_id).await {
        Ok(Some(n)) => n,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return app::error::AppError::from(e).into_response(),
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
    let (fail_tx, fail_rx) = tokio::sync::oneshot::channel::<()>();
    let register = state.register.clone();
    let public_url = state.settings.public_url.clone();
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        let result = export::stream(&db, &register, customer_id, &public_url, tx).await;
        let (action, detail) = match &result {
            Ok(bytes) => ("data_exported", format!("bytes={bytes}")),
            Err(export::ExportError::Gone) => ("data_export_abandoned", String::new()),
            Err(export::ExportError::Db(e)) => {
                let err = app::error::AppError::internal(e);
                tracing::error!(?err, "export failed mid-stream; the download is aborted");
                let _ = fail_tx.send(());
                ("data_export_failed", String::new())
            }
        };
        tracing::info!(
            customer_id = customer_id.0,
            action,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "export"
        );
        let entry = Entry::new(Actor::Customer, Some(account_id), action).customer(Some(customer_id));
        let entry = if detail.is_empty() { entry } else { entry.detail(&detail) };
        if let Err(e) = audit::record(&db, entry).await {
            tracing::error!(error = %e, "audit of an export failed");
        }
    });
    // Chunks as they come; when the writer stops, a failure turns into a body error.
    let body = futures_util::stream::unfold((rx, Some(fail_rx)), |(mut rx, fail)| async move {
        match rx.recv().await {
            Some(chunk) => Some((Ok::<_, std::io::Error>(chunk), (rx, fail))),
            None => {
                let failed = match fail {
                    Some(fail) => fail.await.is_ok(),
                    None => false,
                };
                failed.then(|| (Err(std::io::Error::other("export failed")), (rx, None)))
            }
        }
    });
    let filename = format!("tietoni-{number}-{}.json", chrono::Utc::now().format("%Y-%m-%d"));
    let mut res = Response::new(Body::from_stream(body));
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

/// `GET /schema/tietoni-export-v1.json`: the package's JSON Schema, at a stable URL.
pub async fn schema() -> Response {
    let mut h = HeaderMap::new();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/schema+json"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
    (h, export::SCHEMA_FILE).into_response()
}
