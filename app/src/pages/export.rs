//! "Download your data": what the JSON package holds and a plain link that downloads
//! it (asking for the password first when it was not given in the last 10 minutes).
//! Works without JavaScript.

use crate::components::form::Notice;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

pub use crate::paths::DOWNLOAD_PATH;
pub use crate::paths::EXPORT_PATH;
/// The package's JSON Schema.
pub const SCHEMA_URL: &str = "/schema/tietoni-export-v1.json";

#[component]
pub fn ExportPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    // After confirming the password the browser comes back with `?lataa=1`: the page
    // starts the download by itself (a refresh without delay, no JavaScript needed).
    let starting = crate::components::form::query_flag("lataa");
    view! {
        <Title text=t(lang, "export-title") />
        {starting.then(|| view! { <Meta http_equiv="refresh" content=format!("0;url={DOWNLOAD_PATH}") /> })}
        <div class="narrow">
            {starting.then(|| view! { <Notice text=t(lang, "export-starting") /> })}
            <h1>{t(lang, "export-heading")}</h1>
            <p>{t(lang, "export-lead")}</p>
            <ul>
                <li>{t(lang, "export-includes-all")}</li>
                <li>{t(lang, "export-includes-facts")}</li>
                <li>{t(lang, "export-includes-recordings")}</li>
            </ul>
            <p>{t(lang, "export-password")}</p>
            <p>
                <a href=DOWNLOAD_PATH class="button">
                    {t(lang, "export-download")}
                </a>
            </p>
            <p class="hint">{t(lang, "export-format")} " " <a href=SCHEMA_URL>{t(lang, "export-schema-link")}</a></p>
        </div>
    }
    .into_any()
}
