//! The site's own files and pages on the wire: files named by their content are cached
//! for a year, pages without personal data go compressed.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

/// Whether `path` is a file of the site named by its content (`/pkg/<name>.<hash>.<ext>`,
/// the hash 16 hex digits), which never changes under that name.
pub fn is_named_by_content(path: &str) -> bool {
    let Some(file) = path.strip_prefix("/pkg/") else { return false };
    let mut parts = file.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(name), Some(hash), Some(ext), None) => {
            !name.is_empty()
                && hash.len() == 16
                && hash.bytes().all(|b| b.is_ascii_hexdigit())
                && matches!(ext, "js" | "wasm" | "css")
        }
        _ => false,
    }
}

/// Files named by their content are cached for a year and never asked for again
/// (`immutable`); a new build has new names.
pub async fn cache_named_assets(req: Request<Body>, next: Next) -> Response {
    let named = is_named_by_content(req.uri().path());
    let mut res = next.run(req).await;
    if named && res.status() == StatusCode::OK {
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    }
    res
}

/// `crossorigin` without the nonce Leptos writes into it on an island page's preload
/// links (`crossorigin="<nonce>"`, which the Nu HTML checker rejects; browsers read any
/// unknown value as `anonymous`, so the empty value means the same). Only the pages with
/// an island carry those links; their HTML is small and rendered whole before it is
/// sent, so it is rewritten in memory.
pub async fn plain_crossorigin(req: Request<Body>, next: Next) -> Response {
    let island = app::paths::ISLAND_PAGES.contains(&req.uri().path());
    let res = next.run(req).await;
    let html = res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !island || !html || res.headers().contains_key(header::CONTENT_ENCODING) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 8 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let text = String::from_utf8_lossy(&bytes);
    let fixed = without_crossorigin_values(&text);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(fixed))
}

/// `text` with every `crossorigin="…"` of a `<link>` made `crossorigin=""`.
pub fn without_crossorigin_values(text: &str) -> String {
    const ATTR: &str = " crossorigin=\"";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(ATTR) {
        let in_link = rest[..at].rfind('<').is_some_and(|open| rest[open..].starts_with("<link"));
        let value_start = at + ATTR.len();
        let Some(len) = rest[value_start..].find('"') else { break };
        out.push_str(&rest[..at]);
        if in_link {
            out.push_str(" crossorigin=\"\"");
        } else {
            out.push_str(&rest[at..value_start + len + 1]);
        }
        rest = &rest[value_start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The script of the warning before a session ends, at its content-named address (the
/// middleware above makes it immutable).
pub async fn session_script() -> Response {
    let mut res = Response::new(Body::from(app::SESSION_SCRIPT));
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    res
}

/// Pages (HTML) that hold no personal data go compressed (brotli or gzip, as the browser
/// accepts), and so does the session warning's script (the build's files are stored
/// compressed already). Not compressed: pages with personal data or secrets (they are `no-store`),
/// so that no compressed length can leak a secret next to reflected text (BREACH); files
/// (stored compressed already); a package download (large streamed JSON whose memory and
/// first byte are measured); recordings (audio); the small JSON of server functions.
pub fn compress_pages() -> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    let html = |_: StatusCode, _: axum::http::Version, headers: &axum::http::HeaderMap, _: &axum::http::Extensions| {
        let value = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok()).unwrap_or_default();
        let kind = value(header::CONTENT_TYPE);
        (kind.starts_with("text/html") || kind.starts_with("text/javascript"))
            && !value(header::CACHE_CONTROL).contains("no-store")
    };
    tower_http::compression::CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(tower_http::CompressionLevel::Precise(5))
        .compress_when(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_in_a_links_crossorigin_is_left_out_and_nothing_else_changes() {
        let page = r#"<link rel="modulepreload" href="/pkg/a.js" crossorigin="abc123"><script nonce="abc123" crossorigin="x">1</script><p>crossorigin="y"</p>"#;
        assert_eq!(
            without_crossorigin_values(page),
            r#"<link rel="modulepreload" href="/pkg/a.js" crossorigin=""><script nonce="abc123" crossorigin="x">1</script><p>crossorigin="y"</p>"#
        );
    }

    #[test]
    fn only_files_named_by_their_content_are_immutable() {
        assert!(is_named_by_content("/pkg/tietoni.0123456789abcdef.wasm"));
        assert!(is_named_by_content("/pkg/tietoni.0123456789abcdef.css"));
        for path in [
            "/pkg/tietoni.css",
            "/pkg/tietoni_bg.wasm",
            "/pkg/tietoni.0123456789abcdeg.js",
            "/favicon.svg",
            "/pkg/a.0123456789abcdef.js.br",
        ] {
            assert!(!is_named_by_content(path), "{path}");
        }
    }
}
