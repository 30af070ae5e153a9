//! Routes outside Leptos, and the middleware around every route.

use crate::startup::AppState;
use app::domain::Lang;
use app::i18n::LANG_COOKIE;
use app::ssr::auth;
use app::ssr::db::Db;
use app::ssr::session_store::{ACCOUNT_KEY, REAUTH_KEY};
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
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
        .route(app::components::lang_switch::LANG_PATH, post(set_language))
        .route(&format!("{}/{{id}}", app::pages::my_data::RECORDING_PATH), get(crate::recordings::recording))
        .route(crate::export::DOWNLOAD_PATH, get(crate::export::download))
        .route(app::ssr::export::SCHEMA_PATH, get(crate::export::schema))
        .route(crate::dpa::DPA_SUMMARY_PATH, get(crate::dpa::summary))
}

/// Liveness and readiness: 200 when the database answers, 503 when it does not.
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
        Some(session) => match (session.get::<i64>(ACCOUNT_KEY).await, session.get::<i64>(REAUTH_KEY).await) {
            (Ok(id), Ok(at)) => (id, at),
            (Err(e), _) | (_, Err(e)) => {
                tracing::error!(error = %e, "cannot read the session");
                (None, None)
            }
        },
        None => (None, None),
    };
    if let Some(at) = reauth_at.and_then(|t| chrono::DateTime::from_timestamp(t, 0)) {
        req.extensions_mut().insert(auth::ReauthenticatedAt(at));
    }
    match auth::resolve(&db, account_id).await {
        Ok((caller, signed_in)) => {
            // Default deny, before a server function even decodes its arguments: only
            // the allow-listed functions take anonymous calls. Each function still
            // checks its own caller.
            let path = req.uri().path();
            if caller == auth::Caller::Anonymous
                && path.starts_with("/api/")
                && !app::api::ANONYMOUS_ALLOWED.contains(&path)
            {
                let html_form = req
                    .headers()
                    .get(header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.contains("text/html"));
                return if html_form {
                    Redirect::to(app::pages::sign_in::SIGN_IN_PATH).into_response()
                } else {
                    (StatusCode::UNAUTHORIZED, Json(app::error::AppError::Unauthorized)).into_response()
                };
            }
            if let auth::Caller::Customer { account_id, customer_id } = caller {
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
        Err(e) => {
            let err = app::error::AppError::internal(e);
            (StatusCode::INTERNAL_SERVER_ERROR, format!("{err}")).into_response()
        }
    }
}

/// The endpoints a password guesser would hammer; they share one per-IP budget.
pub const RATE_LIMITED_PATHS: &[&str] = &[
    "/api/sign_in",
    "/api/verify_sign_in_code",
    "/api/activate",
    "/api/request_password_reset",
    "/api/reset_password",
    "/api/send_accessibility_feedback",
];

/// A per-IP rate limiter (GCRA, from the `governor` crate).
#[derive(Clone)]
pub struct IpLimiter(Arc<governor::DefaultKeyedRateLimiter<std::net::IpAddr>>);

impl IpLimiter {
    pub fn per_minute(n: u32) -> Self {
        let quota = governor::Quota::per_minute(std::num::NonZeroU32::new(n.max(1)).expect("at least one"));
        Self(Arc::new(governor::RateLimiter::keyed(quota)))
    }
}

/// Answers 429 with Retry-After when one address posts to a rate-limited endpoint too
/// often. The key is the connecting address: a client cannot reset it with
/// `X-Forwarded-For`.
pub async fn rate_limit(
    State(limiter): State<IpLimiter>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    req: Request<Body>,
    next: Next,
) -> Response {
    if req.method() == Method::POST && RATE_LIMITED_PATHS.contains(&req.uri().path()) {
        use governor::clock::{Clock, DefaultClock};
        if let Err(not_until) = limiter.0.check_key(&peer.ip()) {
            let wait = not_until.wait_time_from(DefaultClock::default().now()).as_secs().max(1);
            tracing::warn!(path = %req.uri().path(), retry_after = wait, "rate limit reached");
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, wait.to_string())],
                "Liian monta yritystä – yritä hetken päästä uudelleen.\nFör många försök – försök igen om en stund.\nToo many attempts – try again in a moment.\n",
            )
                .into_response();
        }
        if limiter.0.len() > 100_000 {
            limiter.0.retain_recent();
        }
    }
    next.run(req).await
}

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

/// Refuses state-changing requests that a browser marks as coming from another site.
/// Browsers send `Sec-Fetch-Site` and `Origin` on POST; a request with neither is not
/// a cross-site browser request (cookies are `SameSite`), so it passes.
async fn same_origin_only(req: Request<Body>, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let headers = req.headers();
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    let cross_by_fetch = matches!(fetch_site, Some("cross-site" | "same-site"));
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let cross_by_origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()).is_some_and(|origin| {
        let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or(origin);
        Some(origin_host) != host
    });
    if cross_by_fetch || cross_by_origin {
        tracing::warn!(path = %req.uri().path(), "cross-origin state change refused");
        return (StatusCode::FORBIDDEN, "cross-origin request refused").into_response();
    }
    next.run(req).await
}

/// Adds security headers, request tracing (path only, never the query) and the origin
/// check around every route.
pub fn with_middleware(router: Router) -> Router {
    router.layer(
        ServiceBuilder::new()
            .layer(TraceLayer::new_for_http().make_span_with(
                |req: &Request<Body>| tracing::info_span!("request", method = %req.method(), path = %req.uri().path()),
            ))
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
            .layer(axum::middleware::from_fn(same_origin_only)),
    )
}
