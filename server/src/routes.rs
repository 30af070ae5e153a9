//! Routes outside Leptos, and the middleware around every route.

use crate::state::AppState;
use app::domain::Lang;
use app::i18n::LANG_COOKIE;
use app::ssr::auth;
use app::ssr::db::Db;
use app::ssr::session_store::{ACCOUNT_KEY, REAUTH_KEY};
use app::ssr::throttle::ClientAddress;
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
        Some(session) => match session.get::<i64>(ACCOUNT_KEY).await {
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

/// Refuses state-changing requests unless the request shows it comes from one of the
/// portal's own pages (ASVS 4.2.2, 50.4): `Sec-Fetch-Site` must be `same-origin` (or
/// `none`, typed by the user), an `Origin` must be this host, and a request that carries
/// neither must have a `Referer` on this host. Any one cross-site signal refuses it.
async fn same_origin_only(req: Request<Body>, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    if !is_same_origin_post(req.headers()) {
        tracing::warn!(path = %req.uri().path(), "cross-origin state change refused");
        return (StatusCode::FORBIDDEN, "cross-origin request refused").into_response();
    }
    let host = req.headers().get(header::HOST).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let mut res = next.run(req).await;
    local_location(&mut res, host.as_deref());
    res
}

/// The host and port of an `http(s)://host[:port]/…` URL (or `Origin` value).
fn authority_of(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(rest))
}

/// Whether a state-changing request's headers show it came from this site.
pub fn is_same_origin_post(headers: &axum::http::HeaderMap) -> bool {
    let get = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    let host = get(header::HOST);
    let fetch_site = get(header::HeaderName::from_static("sec-fetch-site"));
    let origin = get(header::ORIGIN);
    if fetch_site.is_some_and(|s| s != "same-origin" && s != "none") {
        return false;
    }
    // A page sent with `Referrer-Policy: no-referrer` posts its forms with `Origin: null`;
    // then the browser's `Sec-Fetch-Site` is what tells.
    match origin {
        Some("null") if fetch_site.is_some() => return true,
        Some(origin) => return host.is_some() && authority_of(origin) == host,
        None => {}
    }
    if fetch_site.is_some() {
        return true;
    }
    get(header::REFERER).is_some_and(|r| host.is_some() && authority_of(r) == host)
}

/// Keeps a redirect answer's `Location` on this site (`host`): Leptos sends a form
/// post's answer back to the raw `Referer`, so one on another site becomes the same path
/// here. A URL of this site stays as it is.
fn local_location(res: &mut Response, host: Option<&str>) {
    let Some(location) = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()) else { return };
    let rest = match authority_of(location) {
        Some(authority) if host == Some(authority) => return,
        Some(authority) => &location[location.find("://").map_or(0, |i| i + 3) + authority.len()..],
        None if location.starts_with('/') => location,
        None => "",
    };
    // One leading slash: `//host` or `/\host` would leave the site again.
    let path = format!("/{}", rest.trim_start_matches(['/', '\\']));
    if path != location {
        if let Ok(v) = HeaderValue::from_str(&path) {
            res.headers_mut().insert(header::LOCATION, v);
        }
    }
}

/// The Content-Security-Policy of a rendered page: scripts only from this site or with
/// this response's nonce (Leptos puts it on its own inline scripts), WebAssembly allowed,
/// no plugins, no `<base>`, no framing, forms only to this site.
pub fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; media-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

/// The policy of every answer that is not a rendered page (server functions, files,
/// downloads): nothing in it may run or be framed.
pub const DEFAULT_CSP: &str =
    "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// HSTS for a year, subdomains included, sent whenever cookies are `Secure` (that is,
/// whenever the portal is served over HTTPS).
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// Transport-dependent headers and cookie flags: with `secure` every `Set-Cookie` gets
/// `Secure` (whichever part of the portal wrote it) and answers carry HSTS. Server
/// function answers are never cached.
pub async fn transport_security(State(secure): State<SecureTransport>, req: Request<Body>, next: Next) -> Response {
    let api = req.uri().path().starts_with("/api/");
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    if api {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if secure.0 {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
        let cookies: Vec<HeaderValue> = headers.get_all(header::SET_COOKIE).iter().cloned().collect();
        if !cookies.is_empty() {
            headers.remove(header::SET_COOKIE);
            for cookie in cookies {
                let text = cookie.to_str().unwrap_or_default();
                let has_secure = text.split(';').any(|part| part.trim().eq_ignore_ascii_case("secure"));
                let value = if has_secure {
                    cookie
                } else {
                    HeaderValue::from_str(&format!("{text}; Secure")).unwrap_or(cookie)
                };
                headers.append(header::SET_COOKIE, value);
            }
        }
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

/// Whether the portal is served over HTTPS (the `secure_cookies` setting).
#[derive(Clone, Copy)]
pub struct SecureTransport(pub bool);

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
                HeaderValue::from_static(DEFAULT_CSP),
            ))
            .layer(axum::middleware::from_fn(crate::assets::cache_named_assets))
            .layer(axum::middleware::from_fn(crate::assets::plain_crossorigin))
            .layer(axum::middleware::from_fn(same_origin_only))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> axum::http::HeaderMap {
        let mut h = axum::http::HeaderMap::new();
        h.insert(header::HOST, HeaderValue::from_static("portal.example:3000"));
        for (k, v) in pairs {
            h.insert(header::HeaderName::from_static(k), HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn a_post_must_show_it_came_from_this_site() {
        let ok = |pairs: &[(&'static str, &str)]| is_same_origin_post(&headers(pairs));
        assert!(ok(&[("sec-fetch-site", "same-origin")]));
        assert!(ok(&[("origin", "http://portal.example:3000")]));
        assert!(ok(&[("referer", "https://portal.example:3000/oma/luvat?x=1")]));
        assert!(ok(&[("origin", "https://portal.example:3000"), ("referer", "https://evil.example/")]));
        assert!(!ok(&[]), "no header at all");
        assert!(!ok(&[("referer", "https://evil.example/")]));
        assert!(!ok(&[("referer", "https://portal.example:3000.evil.example/")]));
        assert!(!ok(&[("origin", "null")]));
        assert!(ok(&[("origin", "null"), ("sec-fetch-site", "same-origin")]));
        assert!(!ok(&[("origin", "null"), ("sec-fetch-site", "cross-site")]));
        assert!(!ok(&[("origin", "https://evil.example")]));
        assert!(!ok(&[("sec-fetch-site", "same-origin"), ("origin", "https://evil.example")]));
        assert!(!ok(&[("sec-fetch-site", "cross-site"), ("origin", "http://portal.example:3000")]));
        assert!(!ok(&[("sec-fetch-site", "same-site"), ("referer", "https://portal.example:3000/")]));
    }

    #[test]
    fn a_redirect_stays_on_this_site() {
        let to = |location: &str| {
            let mut res = Redirect::to(location).into_response();
            local_location(&mut res, Some("127.0.0.1:3000"));
            res.headers()[header::LOCATION].to_str().unwrap().to_owned()
        };
        assert_eq!(to("/oma/luvat?__err=x"), "/oma/luvat?__err=x");
        assert_eq!(to("https://evil.example/kirjaudu?__err=x"), "/kirjaudu?__err=x");
        assert_eq!(to("http://127.0.0.1:3000/oma"), "http://127.0.0.1:3000/oma");
        assert_eq!(to("http://127.0.0.1:3001/oma"), "/oma");
        assert_eq!(to("https://evil.example"), "/");
        assert_eq!(to("https://evil.example//evil.example/x"), "/evil.example/x");
        assert_eq!(to("//evil.example/x"), "/evil.example/x");
        assert_eq!(to("/\\evil.example/x"), "/evil.example/x");
        assert_eq!(to("javascript:alert(1)"), "/");
    }
}
