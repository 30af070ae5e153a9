//! `GET /henkilosto/seloste.json?kieli=fi|sv|en`: the record of processing activities
//! (GDPR Art. 30) as a JSON file, for the DPO, generated from the register file and the
//! log of disclosures. Never
//! cached; the language defaults to the reader's.

use crate::extract::DpoCaller;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

#[derive(serde::Deserialize)]
pub struct Params {
    kieli: Option<String>,
}

pub async fn json(
    State(state): State<AppState>,
    _dpo: DpoCaller,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Response {
    let lang = match params.kieli.as_deref().map(str::parse::<app::domain::Lang>) {
        Some(Ok(lang)) => lang,
        Some(Err(_)) => return StatusCode::BAD_REQUEST.into_response(),
        None => crate::extract::request_lang(&headers),
    };
    let made = match app::ssr::disclosures::summary(&state.db).await {
        Ok(made) => made,
        Err(e) => return app::error::AppError::from(e).into_response(),
    };
    let record = state.register.record_of_processing(lang).with_disclosures(&state.register, made);
    let Ok(body) = serde_json::to_vec_pretty(&record) else {
        return app::error::AppError::internal("the record does not serialise").into_response();
    };
    let disposition = format!("attachment; filename=\"seloste-kasittelytoimista-{}.json\"", lang.as_str());
    let mut out = HeaderMap::new();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        out.insert(header::CONTENT_DISPOSITION, v);
    }
    (StatusCode::OK, out, body).into_response()
}
