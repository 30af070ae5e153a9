//! The per-address limit of the endpoints a password guesser would hammer, and the
//! client address it counts (behind a trusted reverse proxy, the client it forwarded).
//! Counted in the database, so every instance shares one budget.

use app::ssr::throttle::ClientAddress;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The endpoints a password guesser would hammer; they share one per-IP budget.
pub const RATE_LIMITED_PATHS: &[&str] = &[
    "/api/sign_in",
    "/api/verify_sign_in_code",
    "/api/complete_enrolment",
    "/api/activate",
    "/api/request_password_reset",
    "/api/reset_password",
    "/api/confirm_login_email",
    "/api/send_accessibility_feedback",
    "/api/public_request",
    "/api/confirm_public_request",
    "/api/public_request_message",
];

/// The per-address limit of the endpoints in [`RATE_LIMITED_PATHS`]: requests per
/// minute, counted in the database so every instance shares it.
#[derive(Clone)]
pub struct AddressLimit {
    pub db: app::ssr::db::Db,
    pub per_minute: u32,
}

/// The reverse proxies whose `X-Forwarded-For` is believed (the `trusted_proxies`
/// setting).
#[derive(Clone, Default)]
pub struct TrustedProxies(pub Arc<Vec<app::domain::IpRange>>);

/// Puts the request's [`ClientAddress`] in its extensions: the connecting address, or
/// behind a trusted proxy the client it forwarded. Every limit and every record of an
/// address reads it from there.
pub async fn client_address(
    State(proxies): State<TrustedProxies>,
    ConnectInfo(peer): ConnectInfo<std::net::SocketAddr>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    let forwarded: Vec<&str> =
        req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
    let client = app::domain::ip_range::forwarded_client(peer.ip(), &forwarded, &proxies.0);
    req.extensions_mut().insert(ClientAddress(client));
    next.run(req).await
}

/// Answers 429 with Retry-After when one address posts to a rate-limited endpoint too
/// often. The key is the client's address (an IPv6 client's /64) as `client_address`
/// resolved it: a client cannot reset it with `X-Forwarded-For` unless it connects from
/// a trusted proxy.
pub async fn rate_limit(State(limit): State<AddressLimit>, req: Request<Body>, next: Next) -> Response {
    let path = req.uri().path();
    // Starting strong identification is a GET (a link), limited like a sign-in post.
    if (req.method() == Method::POST && RATE_LIMITED_PATHS.contains(&path)) || path == app::paths::EID_START_PATH {
        use app::ssr::rate_limit::{take, Take};
        let Some(ClientAddress(client)) = req.extensions().get::<ClientAddress>().copied() else {
            return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
        };
        let key = format!("address:{}", app::ssr::throttle::address_key(client));
        match take(&limit.db, &key, limit.per_minute, chrono::Utc::now().timestamp_millis()).await {
            Ok(Take::Allowed) => {}
            Ok(Take::RetryAfter(wait)) => {
                tracing::warn!(path = %req.uri().path(), retry_after = wait, "rate limit reached");
                return (
                    StatusCode::TOO_MANY_REQUESTS,
                    [(header::RETRY_AFTER, wait.to_string())],
                    "Liian monta yritystä – yritä hetken päästä uudelleen.\nFör många försök – försök igen om en stund.\nToo many attempts – try again in a moment.\n",
                )
                    .into_response();
            }
            // Without the database the limit cannot be counted: refuse rather than let
            // the attempts through uncounted.
            Err(e) => return app::error::AppError::from(e).into_response(),
        }
    }
    next.run(req).await
}
