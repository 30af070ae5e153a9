use crate::domain::Lang;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

/// Shown for any path the router does not know, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let lang: Lang = use_lang();
    view! {
        <Title text=t(lang, "not-found-title") />
        <h1>{t(lang, "not-found-title")}</h1>
        <p>{t(lang, "not-found-text")}</p>
        <p>
            <a href="/">{t(lang, "not-found-home")}</a>
        </p>
    }
}

/// Shown, with status 403, to a signed-in user on a page of another kind of user
/// (a customer in the staff workspace, staff on a customer's own page).
#[component]
pub fn Forbidden() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::FORBIDDEN);
    }
    let lang: Lang = use_lang();
    view! {
        <Title text=t(lang, "forbidden-title") />
        <h1>{t(lang, "forbidden-title")}</h1>
        <p>{t(lang, "error-forbidden")}</p>
        <p>
            <a href="/">{t(lang, "not-found-home")}</a>
        </p>
    }
}
