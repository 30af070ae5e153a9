//! The security headers that depend on the answer or the transport: the pages'
//! Content-Security-Policy with its nonce, the policy of everything else, HSTS and
//! `Secure` cookies when served over HTTPS, and no caching of server function answers.
//! (The fixed headers are set in [`crate::routes::with_middleware`].)

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

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

/// Whether the portal is served over HTTPS (the `secure_cookies` setting).
#[derive(Clone, Copy)]
pub struct SecureTransport(pub bool);
