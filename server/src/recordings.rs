//! `GET /oma/tallenteet/{id}`: one of the signed-in customer's own call recordings, for
//! the `<audio>` player and for download. Range requests are answered (players seek with
//! them); every answer is `Cache-Control: no-store`. Someone else's recording, or one
//! that does not exist, is the same 404. Staff reach recordings through the audited
//! staff workspace, not here.

use crate::extract::CustomerCaller;
use app::ssr::db::Db;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(serde::Deserialize)]
pub struct Download {
    pub lataa: Option<String>,
}

pub async fn recording(
    State(db): State<Db>,
    CustomerCaller { customer_id, .. }: CustomerCaller,
    Path(id): Path<i64>,
    Query(download): Query<Download>,
    headers: HeaderMap,
) -> Response {
    let app::ssr::my_data::Recording { mime_type: mime, audio, recorded_at } =
        match app::ssr::my_data::own_recording(&db, customer_id, id).await {
            Ok(Some(row)) => row,
            Ok(None) => return (StatusCode::NOT_FOUND, no_store()).into_response(),
            Err(e) => return (no_store(), app::error::AppError::from(e)).into_response(),
        };
    serve(mime, audio, recorded_at, download.lataa.is_some(), &headers)
}

/// Answers with a recording: the whole file, or the one range asked for (players seek
/// with ranges), `inline` for a player or as an `attachment` to download.
pub fn serve(
    mime: String,
    audio: Vec<u8>,
    recorded_at: chrono::DateTime<chrono::Utc>,
    attachment: bool,
    headers: &HeaderMap,
) -> Response {
    let mut out = no_store();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_str(&mime).unwrap_or(HeaderValue::from_static("audio/wav")));
    out.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    let name = format!("puhelu-{}.wav", recorded_at.with_timezone(&chrono_tz::Europe::Helsinki).format("%Y%m%d-%H%M"));
    let disposition = if attachment { "attachment" } else { "inline" };
    if let Ok(v) = HeaderValue::from_str(&format!("{disposition}; filename=\"{name}\"")) {
        out.insert(header::CONTENT_DISPOSITION, v);
    }
    let len = audio.len() as u64;
    let Some(range) = headers.get(header::RANGE).and_then(|v| v.to_str().ok()) else {
        return (StatusCode::OK, out, audio).into_response();
    };
    let ranges = http_range_header::parse_range_header(range).and_then(|r| r.validate(len));
    match ranges.as_deref() {
        Ok([one]) => {
            let (start, end) = (*one.start(), *one.end());
            if let Ok(v) = HeaderValue::from_str(&format!("bytes {start}-{end}/{len}")) {
                out.insert(header::CONTENT_RANGE, v);
            }
            let part = audio[start as usize..=end as usize].to_vec();
            (StatusCode::PARTIAL_CONTENT, out, part).into_response()
        }
        // Several ranges at once: the whole file (allowed by RFC 9110).
        Ok(_) => (StatusCode::OK, out, audio).into_response(),
        Err(_) => {
            if let Ok(v) = HeaderValue::from_str(&format!("bytes */{len}")) {
                out.insert(header::CONTENT_RANGE, v);
            }
            (StatusCode::RANGE_NOT_SATISFIABLE, out).into_response()
        }
    }
}

pub(crate) fn no_store() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h
}
