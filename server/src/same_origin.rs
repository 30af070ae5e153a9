//! State-changing requests only from the portal's own pages, and redirects that stay on
//! this site.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Refuses state-changing requests unless the request shows it comes from one of the
/// portal's own pages (ASVS 4.2.2, 50.4): `Sec-Fetch-Site` must be `same-origin` (or
/// `none`, typed by the user), an `Origin` must be this host, and a request that carries
/// neither must have a `Referer` on this host. Any one cross-site signal refuses it.
pub async fn same_origin_only(req: Request<Body>, next: Next) -> Response {
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

#[cfg(test)]
mod tests {
    use super::*;
    use axum::response::Redirect;

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
