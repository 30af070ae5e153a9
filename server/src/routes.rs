//! Routes outside Leptos (health, language), the session and audited-read middleware,
//! and the stack of middleware around every route ([`with_middleware`]); the address
//! limit, the origin check and the transport headers have rooms of their own
//! ([`crate::limits`], [`crate::same_origin`], [`crate::security_headers`]).

use crate::state::AppState;
use app::domain::Lang;
use app::i18n::LANG_COOKIE;
use app::ssr::auth;
use app::ssr::db::Db;
use app::ssr::session_store::{ACCOUNT_KEY, REAUTH_KEY};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use serde::Deserialize;
use std::sync::Arc;
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

pub fn plain_routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/livez", get(livez))
        .route(app::paths::LANG_PATH, post(set_language))
        .route(&format!("{}/{{id}}", app::paths::RECORDING_PATH), get(crate::recordings::recording))
        .route(app::session_script_href(), get(crate::assets::session_script))
        .route(crate::export::DOWNLOAD_PATH, get(crate::export::download))
        .route(&format!("{}/{{reference}}/paketti", app::paths::COPY_PATH), get(crate::copies::package))
        .route(
            &format!("{}/{{reference}}/tallenteet/{{id}}", app::paths::STAFF_COPY_PATH),
            get(crate::copies::recording),
        )
        .route(crate::eid::EID_START_PATH, get(crate::eid::start))
        .route(crate::eid::EID_RETURN_PATH, get(crate::eid::finish))
        .route(app::paths::SCHEMA_PATH, get(crate::export::schema))
        .route(crate::dpa::DPA_SUMMARY_PATH, get(crate::dpa::summary))
        .route(app::paths::RECORD_JSON_PATH, get(crate::record::json))
}

/// Liveness: 200 while the process serves requests, whatever the database does, so a
/// supervisor restarts only a process that is stuck, not every instance while the
/// database restarts.
async fn livez() -> Response {
    Json(serde_json::json!({ "status": "ok" })).into_response()
}

/// Readiness: 200 when the database answers, 503 when it does not (a load balancer
/// sends no traffic to an instance that cannot reach it).
async fn healthz(State(db): State<Db>) -> Response {
    match db.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ok" })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "unavailable" }))).into_response()
        }
    }
}

/// Resolves the caller of the request from its session, once, for the pages and server
/// functions to read from the request's extensions. A session whose account is gone or
/// disabled counts as anonymous.
pub async fn resolve_caller(State(db): State<Db>, mut req: Request<Body>, next: Next) -> Response {
    let (account_id, reauth_at) = match req.extensions().get::<tower_sessions::Session>() {
        // The session store out of reach: who is asking cannot be known, so the answer is
        // 503, never the page as if they were anonymous. (One failed read is enough: a
        // second would wait for the pool's timeout again.)
        Some(session) => match session.get::<app::domain::AccountId>(ACCOUNT_KEY).await {
            Err(e) => return app::error::AppError::unavailable(e).into_response(),
            Ok(id) => match session.get::<i64>(REAUTH_KEY).await {
                Ok(at) => (id, at),
                Err(e) => return app::error::AppError::unavailable(e).into_response(),
            },
        },
        None => (None, None),
    };
    // Every request, a read too, moves the idle deadline: the session is marked changed
    // once a minute (a write per minute of activity, not one per request). Asking how
    // long the session has left is not activity: the warning before it ends must not
    // keep it alive by itself.
    if account_id.is_some() && req.uri().path() != app::api::auth::SESSION_STATE_PATH {
        if let Some(session) = req.extensions().get::<tower_sessions::Session>() {
            let minute = chrono::Utc::now().timestamp() / 60;
            if session.get::<i64>(SEEN_KEY).await.ok().flatten() != Some(minute) {
                if let Err(e) = session.insert(SEEN_KEY, minute).await {
                    tracing::warn!(error = %e, "cannot mark the session active");
                }
            }
        }
    }
    if let Some(at) = reauth_at.and_then(|t| chrono::DateTime::from_timestamp(t, 0)) {
        req.extensions_mut().insert(app::user::ReauthenticatedAt(at));
    }
    match auth::resolve(&db, account_id).await {
        Ok((caller, signed_in)) => {
            // Default deny, before a server function even decodes its arguments: only
            // the allow-listed functions take anonymous calls. Each function still
            // checks its own caller.
            let path = req.uri().path();
            if caller == app::user::Caller::Anonymous
                && path.starts_with("/api/")
                && !app::api::ANONYMOUS_ALLOWED.contains(&path)
            {
                let html_form = req
                    .headers()
                    .get(header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.contains("text/html"));
                return if html_form {
                    // A form posted after the session ended: what was typed is kept.
                    crate::refused::keep_for_after_sign_in(req).await
                } else {
                    (StatusCode::UNAUTHORIZED, Json(app::error::AppError::Unauthorized)).into_response()
                };
            }
            if let app::user::Caller::Customer { account_id, customer_id } = caller {
                if path.starts_with(app::api::STAFF_PREFIX) {
                    let entry = app::ssr::audit::Entry::new(
                        app::ssr::audit::Actor::Customer,
                        Some(account_id),
                        "access_denied",
                    )
                    .customer(Some(customer_id))
                    .detail(path);
                    if let Err(e) = app::ssr::audit::record(&db, entry).await {
                        tracing::error!(error = %e, "access denial not audited");
                    }
                    return (StatusCode::FORBIDDEN, Json(app::error::AppError::Forbidden)).into_response();
                }
            }
            req.extensions_mut().insert(caller);
            if let Some(user) = signed_in {
                req.extensions_mut().insert(user);
            }
            next.run(req).await
        }
        Err(e) => app::error::AppError::from(e).into_response(),
    }
}

/// The pages a mailed link with a token (`?avain=…`) leads to, and the session key the
/// token is kept under: a password reset and a new login address's confirmation.
const TOKEN_PAGES: &[(&str, &str)] = &[
    (app::paths::RESET_PATH, app::api::recovery::RESET_TOKEN_KEY),
    (app::paths::EMAIL_CONFIRM_PATH, app::api::login_email::EMAIL_TOKEN_KEY),
];

/// Takes a mailed link's token out of the address before the page is shown:
/// `GET /salasana/uusi?avain=…` (or another page of [`TOKEN_PAGES`]) puts the token in
/// the session and redirects to the bare page, so the token stays in neither the history
/// nor any `Referer`. The redirect, the one answer whose address holds the token, is
/// sent with `Referrer-Policy: no-referrer`; the page keeps the site's `same-origin`
/// (its address holds no secret, and its form's error redirect needs the `Referer`
/// back to it).
pub async fn tokens_out_of_url(req: Request<Body>, next: Next) -> Response {
    let Some(&(page, key)) = TOKEN_PAGES.iter().find(|(page, _)| req.uri().path() == *page) else {
        return next.run(req).await;
    };
    if req.method() != Method::GET {
        return next.run(req).await;
    }
    let token = req
        .uri()
        .query()
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "avain").map(|(_, v)| v.into_owned()));
    match (token, req.extensions().get::<tower_sessions::Session>().cloned()) {
        (Some(token), Some(session)) => {
            if let Err(e) = session.insert(key, token.chars().take(128).collect::<String>()).await {
                return app::error::AppError::internal(e).into_response();
            }
            let mut res = Redirect::to(page).into_response();
            res.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
            res
        }
        _ => next.run(req).await,
    }
}

/// Staff pages whose reading is audited as a look at a customer's data.
fn is_audited_read(path: &str) -> bool {
    path.starts_with(&format!("{}/", app::paths::STAFF_REQUEST_PATH)) || path == app::paths::AUDIT_LOG_PATH
}

/// A page that writes audit rows in the viewer's name opens only from the portal's own
/// pages or a typed address (`Sec-Fetch-Site: same-origin` or `none`). Reached from
/// another site, it answers a short page with one link to itself instead: following it
/// is a same-origin navigation, so the look happens only when the viewer chose it.
pub async fn audited_reads_from_this_site(req: Request<Body>, next: Next) -> Response {
    let from_elsewhere = req
        .headers()
        .get("sec-fetch-site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|site| site != "same-origin" && site != "none");
    if req.method() != Method::GET || !from_elsewhere || !is_audited_read(req.uri().path()) {
        return next.run(req).await;
    }
    let lang = crate::extract::request_lang(req.headers());
    let here = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let t = |key| escape(&app::i18n::t(lang, key));
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
         <link rel=\"stylesheet\" href=\"{css}\"></head><body><main class=\"wrap\" id=\"main\">\
         <h1>{title}</h1><p>{lead}</p><p><a class=\"button\" href=\"{href}\">{link}</a></p></main></body></html>",
        lang = lang.as_str(),
        title = t("confirm-open-title"),
        lead = t("confirm-open-lead"),
        link = t("confirm-open-link"),
        href = escape(here),
        css = app::stylesheet_href(),
    );
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        html,
    )
        .into_response()
}

use app::ssr::session_store::SEEN_KEY;

#[derive(Deserialize)]
struct LangForm {
    lang: String,
    next: Option<String>,
}

/// Stores the chosen language in a cookie for a year and returns to the page the form
/// was on. Only a local path is followed, so the form cannot redirect elsewhere.
async fn set_language(State(settings): State<Arc<crate::config::Settings>>, Form(form): Form<LangForm>) -> Response {
    let next = form.next.filter(|n| app::domain::is_local_path(n)).unwrap_or_else(|| "/".into());
    let Ok(lang) = form.lang.parse::<Lang>() else {
        return Redirect::to(&next).into_response();
    };
    let secure = if settings.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", lang.as_str());
    let mut res = Redirect::to(&next).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// The largest request body any route takes: the longest form (a request with its
/// free-text fields of at most 4 000 characters each) fits many times over. Larger
/// bodies are answered 413 before any of it is read.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// How long a client may take to send its request body.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long a request may take until its answer starts (a streamed download goes on).
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Gives a server function's error answer the status of its error. The framework
/// answers every error 500, also a body it could not decode (`AppError::BadRequest`),
/// which is the client's fault, not the server's.
async fn api_error_status(req: Request<Body>, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !api || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
    };
    if let Ok(err) = serde_json::from_slice::<app::error::AppError>(&bytes) {
        parts.status = err.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The database being out of reach, as people and scripts see it: a browser gets a
/// translated page, a script `AppError::Unavailable` as JSON, both 503 with Retry-After
/// and never cached. A bare 500 (the session layer's answer when its store fails to save)
/// counts as the same.
async fn unavailable_answer(req: Request<Body>, next: Next) -> Response {
    let lang = crate::extract::request_lang(req.headers());
    let html = !req.uri().path().starts_with("/api/")
        || req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"));
    let res = next.run(req).await;
    let bare_500 = res.status() == StatusCode::INTERNAL_SERVER_ERROR
        && res.headers().get(header::CONTENT_TYPE).is_none()
        && axum::body::HttpBody::size_hint(res.body()).exact() == Some(0);
    let json_503 = res.status() == StatusCode::SERVICE_UNAVAILABLE
        && res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(bare_500 || (json_503 && html)) {
        return res;
    }
    let reference = if bare_500 {
        match app::error::AppError::unavailable("the session store failed") {
            app::error::AppError::Unavailable { reference } => reference,
            _ => String::new(),
        }
    } else {
        let (_, body) = res.into_parts();
        let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES).await.unwrap_or_default();
        match serde_json::from_slice::<app::error::AppError>(&bytes) {
            Ok(app::error::AppError::Unavailable { reference }) => reference,
            _ => String::new(),
        }
    };
    let headers = [(header::RETRY_AFTER, app::error::RETRY_AFTER_SECONDS), (header::CACHE_CONTROL, "no-store")];
    if !html {
        return (StatusCode::SERVICE_UNAVAILABLE, headers, Json(app::error::AppError::Unavailable { reference }))
            .into_response();
    }
    (StatusCode::SERVICE_UNAVAILABLE, headers, axum::response::Html(unavailable_page(lang, &reference))).into_response()
}

/// A page of its own (no Leptos, no database): the service is temporarily unavailable.
fn unavailable_page(lang: app::domain::Lang, reference: &str) -> String {
    use app::i18n::{t, t_args};
    let reference = if app::error::AppError::is_reference(reference) { reference } else { "-" };
    let title = t(lang, "unavailable-title");
    let text = t_args(lang, "error-unavailable", &[("reference", reference.to_owned())]);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} – Tietoni</title></head><body><main><h1>{title}</h1><p>{text}</p><p><a href=\"/\">Tietoni</a></p></main></body></html>\n",
        lang.as_str()
    )
}

/// Adds security headers, request tracing (path only, never the query) and the origin
/// check around every route.
pub fn with_middleware(router: Router) -> Router {
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http().make_span_with(
                |req: &Request<Body>| tracing::info_span!("request", method = %req.method(), path = %req.uri().path()),
            ))
            .layer(crate::assets::compress_pages())
            .layer(SetResponseHeaderLayer::if_not_present(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::REFERRER_POLICY,
                HeaderValue::from_static("same-origin"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::HeaderName::from_static("permissions-policy"),
                HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
            ))
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(crate::security_headers::DEFAULT_CSP),
            ))
            .layer(axum::middleware::from_fn(crate::assets::cache_named_assets))
            .layer(axum::middleware::from_fn(crate::assets::plain_crossorigin))
            .layer(axum::middleware::from_fn(crate::same_origin::same_origin_only))
            .layer(axum::middleware::from_fn(unavailable_answer))
            .layer(axum::middleware::from_fn(api_error_status))
            // Innermost, as they change the body types: 413 for a declared length over the
            // limit, the same limit for extractors (a chunked body), and the timeouts.
            .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_BODY_BYTES))
            .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
            .layer(tower_http::timeout::TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, REQUEST_TIMEOUT))
            .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(BODY_TIMEOUT)),
    )
}
