//! Tietoni's Leptos application: the UI and its server functions, compiled twice.
//!
//! - With `ssr` it is linked into the `server` binary, which renders every page on the
//!   server (each page is complete without JavaScript) and runs the server functions.
//! - With `hydrate` it is compiled to wasm32 and loaded by the browser. The app uses
//!   Leptos *islands*: only components marked `#[island]` ship code to the browser; the
//!   rest is HTML. This keeps the first load small on cheap phones (see the README's
//!   architecture section for the measurement that chose islands).
//!
//! Layers, lowest first; each module imports only its own layer and those below it
//! (`scripts/check-layers.py` fails the test command otherwise):
//! - `domain` (validated types and rules, no I/O; the ids `CustomerId`, `AccountId`
//!   and `StaffId`, one type each), `error` (`AppError`, the one error on the wire), `paths` (every path of the portal), `user`, `register` (the privacy
//!   notice as data), `wire` (what server functions take and answer);
//! - `i18n`: fi/sv/en texts, formats, and texts made from data (`i18n::texts`);
//! - `ssr`, the store (server only): the database over two backends and all SQL (named
//!   `FromRow` rows; `with_db!` is used nowhere else), accounts, sessions, throttles,
//!   the audit chain and its signed checkpoints, retention, passwords, mail, demo data.
//!   A write is one transaction (`db::BeginWrite`: IMMEDIATE on SQLite, the row locked
//!   on PostgreSQL) whose request event and audit row go through
//!   `request_events::RequestTx`. It never reads the request or Leptos context: it is
//!   given the caller's ids, the language and the register;
//! - `api`: server functions — parse, authorize, call the store, answer. `api::caller`
//!   reads the request once (caller, re-authentication, client address) and holds the
//!   `require_*` guards;
//! - `components`, then `pages`: the UI, every page complete without JavaScript.

// Deeply nested `view!` types exceed the default limit in the browser build.
#![recursion_limit = "256"]

pub mod api;
pub mod components;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod pages;
pub mod paths;
pub mod register;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod user;
pub mod wire;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

/// The address of the site's stylesheet: `/pkg/tietoni.<hash>.css` when the release
/// build named its files by their content (set once by the server at start, from the
/// site's `hash.txt`), otherwise `/pkg/tietoni.css`.
pub static STYLESHEET_HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// The stylesheet's address (see [`STYLESHEET_HREF`]).
pub fn stylesheet_href() -> &'static str {
    STYLESHEET_HREF.get().map(String::as_str).unwrap_or("/pkg/tietoni.css")
}

/// The script of the warning before a signed-in session ends (`components::layout`):
/// a few hundred bytes of plain JavaScript, so that signed-in pages do not load the
/// WebAssembly for it.
pub const SESSION_SCRIPT: &str = include_str!("../assets/istunto.js");

/// Where [`SESSION_SCRIPT`] is served: `/pkg/istunto.<16 hex of its SHA-256>.js`, named by
/// its content like the build's files, so it is cached for a year.
pub fn session_script_href() -> &'static str {
    static HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HREF.get_or_init(|| {
        #[cfg(feature = "ssr")]
        {
            use sha2::Digest;
            let digest = sha2::Sha256::digest(SESSION_SCRIPT.as_bytes());
            let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
            format!("/pkg/istunto.{hex}.js")
        }
        #[cfg(not(feature = "ssr"))]
        {
            String::from("/pkg/istunto.js")
        }
    })
}

/// Whether the page being rendered holds an island ([`paths::ISLAND_PAGES`]).
fn page_has_islands() -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>().is_some_and(|p| paths::ISLAND_PAGES.contains(&p.uri.path()))
    }
    #[cfg(not(feature = "ssr"))]
    {
        true
    }
}

/// The HTML document around every page. `lang` follows the request's language. Only a
/// page with an island loads the WebAssembly and its script (bytes on the wire count).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = i18n::use_lang();
    let scripts = page_has_islands().then(|| view! { <HydrationScripts options islands=true /> });
    view! {
        <!DOCTYPE html>
        <html lang=lang.as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="stylesheet" id="leptos" href=stylesheet_href() />
                {scripts}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The routes of the portal. The end2end suite derives the pages it scans from here.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <components::layout::Layout>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::landing::Landing />
                    <Route path=path!("/kirjaudu") view=pages::sign_in::SignIn />
                    <Route path=path!("/oma") view=pages::account::Account ssr=SsrMode::Async />
                    <Route path=path!("/vahvista") view=pages::reauth::Reauth />
                    <Route path=path!("/pyynto") view=pages::public_request::PublicRequestPage ssr=SsrMode::Async />
                    <Route path=path!("/pyynto/tila") view=pages::public_request::PublicStatusPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/pyynto/vahvista")
                        view=pages::public_request::PublicConfirmPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/istunnot") view=pages::sessions::Sessions ssr=SsrMode::Async />
                    <Route path=path!("/kirjaudu/koodi") view=pages::sign_in::SignInCode />
                    <Route path=path!("/kirjaudu/kayttoonotto") view=pages::enrol::EnrolPage ssr=SsrMode::Async />
                    <Route path=path!("/aktivoi") view=pages::activate::ActivatePage />
                    <Route path=path!("/salasana/unohtui") view=pages::password::ForgotPassword />
                    <Route path=path!("/salasana/uusi") view=pages::password::ResetPasswordPage />
                    <Route path=path!("/osoite/vahvista") view=pages::confirm_email::ConfirmEmailPage />
                    <Route path=path!("/oma/salasana") view=pages::password::ChangePasswordPage />
                    <Route
                        path=path!("/oma/kaksivaihe")
                        view=pages::second_factor::SecondFactorPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/henkilosto") view=pages::staff::queue::StaffHome ssr=SsrMode::Async />
                    <Route
                        path=path!("/henkilosto/pyynnot/:viite")
                        view=pages::staff::request::StaffRequestPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/henkilosto/vastaanota")
                        view=pages::staff::intake::StaffIntakePage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/henkilosto/yleiskuva") view=pages::staff::overview::OverviewPage ssr=SsrMode::Async />
                    <Route path=path!("/henkilosto/loki") view=pages::staff::audit_log::AuditLogPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/henkilosto/luovutukset")
                        view=pages::staff::disclosures::StaffDisclosuresPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/henkilosto/seloste") view=pages::staff::record::RecordPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/henkilosto/sailytys")
                        view=pages::staff::retention::StaffRetentionPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/henkilosto/loukkaukset")
                        view=pages::staff::breaches::StaffBreachesPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/henkilosto/loukkaukset/:tunnus")
                        view=pages::staff::breach::StaffBreachPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/henkilosto/tunnukset")
                        view=pages::staff::accounts::StaffAccountsPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/henkilosto/palaute")
                        view=pages::accessibility::StaffFeedbackPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/saavutettavuus") view=pages::accessibility::StatementPage ssr=SsrMode::Async />
                    <Route path=path!("/oma/tiedot") view=pages::my_data::MyDataOverview ssr=SsrMode::Async />
                    <Route path=path!("/oma/vienti") view=pages::export::ExportPage />
                    <Route path=path!("/oma/luvat") view=pages::consents::ConsentsPage ssr=SsrMode::Async />
                    <Route path=path!("/oma/pyynnot") view=pages::requests::list::RequestsPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/oma/pyynnot/uusi/:laji")
                        view=pages::requests::new::NewRequestPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/oma/pyynnot/:viite") view=pages::requests::detail::RequestPage ssr=SsrMode::Async />
                    <Route path=path!("/oma/kopiot/:viite") view=pages::copies::MyCopyPage ssr=SsrMode::Async />
                    <Route path=path!("/henkilosto/kopiot/:viite") view=pages::copies::StaffCopyPage ssr=SsrMode::Async />
                    <Route path=path!("/oma/tietosuojavaltuutettu") view=pages::requests::dpa::DpaPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/oma/tiedot/:luokka")
                        view=pages::my_data::MyDataCategory
                        ssr=SsrMode::Async
                    />
                </Routes>
            </components::layout::Layout>
        </Router>
    }
}

/// The browser entry point: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
