//! Keeps what was typed into a form's plain fields across the redirect back to the form
//! after a failed submit, so nothing typed is lost without JavaScript either. The values
//! live in one HttpOnly cookie scoped to the form's page for five minutes; they never go
//! into the URL. Secrets (passwords, codes) are never kept.

/// The cookie's name.
pub const FORM_COOKIE: &str = "tietoni_form";
/// How long typed values are kept, in seconds.
pub const KEEP_SECONDS: u32 = 300;

/// Keeps `fields` (name, value) for the form on `page_path`; each value at most 254
/// characters.
#[cfg(feature = "ssr")]
pub fn keep(page_path: &str, fields: &[(&str, &str)]) {
    let mut encoded = form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields {
        let value: String = value.trim().chars().take(254).collect();
        encoded.append_pair(name, &value);
    }
    set_cookie(page_path, &encoded.finish(), KEEP_SECONDS);
}

/// Forgets what was kept for the form on `page_path` (after a successful submit).
#[cfg(feature = "ssr")]
pub fn forget(page_path: &str) {
    set_cookie(page_path, "", 0);
}

#[cfg(feature = "ssr")]
fn set_cookie(page_path: &str, value: &str, max_age: u32) {
    use axum::http::{header::SET_COOKIE, HeaderValue};
    use leptos::prelude::use_context;
    let cookie = format!("{FORM_COOKIE}={value}; Path={page_path}; Max-Age={max_age}; HttpOnly; SameSite=Strict");
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), HeaderValue::from_str(&cookie)) {
        res.append_header(SET_COOKIE, v);
    }
}

/// What was kept for the field `name` of the current page's form ("" if nothing).
pub fn recall(name: &str) -> String {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<axum::http::request::Parts>()
            .and_then(|p| {
                p.headers
                    .get_all(axum::http::header::COOKIE)
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .find_map(|h| crate::i18n::cookie_value(h, FORM_COOKIE).map(str::to_owned))
            })
            .and_then(|kept| {
                form_urlencoded::parse(kept.as_bytes()).find(|(n, _)| n == name).map(|(_, v)| v.into_owned())
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = name;
        String::new()
    }
}
