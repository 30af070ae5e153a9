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
