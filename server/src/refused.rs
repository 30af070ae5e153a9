//! A form posted after its session ended (idle for 30 minutes, or ended elsewhere), from
//! a browser without JavaScript: nothing typed is lost. The middleware refuses the call
//! before the server function sees it; here the form's fields — never a password, code,
//! token or secret — are kept in the (new, anonymous) session for 30 minutes, and the
//! browser goes to sign in and back to the page the form was on. There the form shows
//! them again: forms that keep drafts in the session take them
//! (`app::api::requests::take_draft`), plain forms from the form-memory cookie, scoped
//! to that page.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};

/// Whether a field may be kept: never anything secret.
fn keepable(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    !["password", "code", "token", "secret", "avain"].iter().any(|s| name.contains(s))
}

/// The local path (no query) of the page a browser posted from, by its `Referer`.
fn page_of(req: &Request<Body>) -> Option<String> {
    let referer = req.headers().get(header::REFERER)?.to_str().ok()?;
    let host = req.headers().get(header::HOST)?.to_str().ok()?;
    let rest = referer.strip_prefix("http://").or_else(|| referer.strip_prefix("https://"))?;
    let path = rest.strip_prefix(host)?;
    let path = path.split(['?', '#']).next().unwrap_or_default();
    app::domain::is_local_path(path).then(|| path.to_owned())
}

/// Keeps the refused form's fields and sends the browser to sign in and back.
pub async fn keep_for_after_sign_in(req: Request<Body>) -> Response {
    let Some(page) = page_of(&req) else { return Redirect::to(app::paths::SIGN_IN_PATH).into_response() };
    let urlencoded = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let session = req.extensions().get::<tower_sessions::Session>().cloned();
    let to = format!("{}?{}={}", app::paths::SIGN_IN_PATH, app::paths::NEXT_PARAM, app::domain::percent_encode(&page));
    let mut res = Redirect::to(&to).into_response();
    let (Some(session), true) = (session, urlencoded) else { return res };
    let Ok(bytes) = axum::body::to_bytes(req.into_body(), crate::routes::MAX_BODY_BYTES).await else { return res };
    let fields: Vec<(String, String)> = form_urlencoded::parse(&bytes)
        .filter(|(name, _)| keepable(name))
        .map(|(name, value)| {
            (name.into_owned(), value.chars().take(app::domain::request::MAX_TEXT_CHARS * 2).collect())
        })
        .collect();
    if fields.is_empty() {
        return res;
    }
    let kept = app::api::requests::RefusedForm { page: page.clone(), at: chrono::Utc::now().timestamp(), fields };
    if let Err(e) = session.insert(app::api::requests::REFUSED_FORM_KEY, &kept).await {
        tracing::warn!(error = %e, "a refused form could not be kept");
        return res;
    }
    // Plain forms read the form-memory cookie of their page (short values only).
    let mut memory = form_urlencoded::Serializer::new(String::new());
    for (name, value) in &kept.fields {
        memory.append_pair(name, &value.chars().take(254).collect::<String>());
    }
    let cookie = format!(
        "{}={}; Path={page}; Max-Age={}; HttpOnly; SameSite=Strict",
        app::api::form_memory::FORM_COOKIE,
        memory.finish(),
        app::api::requests::REFUSED_FORM_SECONDS
    );
    if cookie.len() < 4000 {
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}
