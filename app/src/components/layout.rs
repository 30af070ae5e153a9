//! The frame of every page: skip link, header with the language switch, the main
//! landmark and the footer with the controller's contacts.

use crate::components::lang_switch::LangSwitch;
use crate::i18n::{t, use_lang};
use crate::paths::ACCOUNT_PATH;
use crate::paths::SIGN_IN_PATH;
use crate::register::Register;
use crate::user::use_signed_in;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let register = use_context::<Arc<Register>>();
    view! {
        <a class="skip-link" href="#main">{t(lang, "skip-to-content")}</a>
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">{t(lang, "app-name")}</a>
                <nav class="site-nav" aria-label=t(lang, "site-nav")>
                    {match use_signed_in() {
                        Some(_) => view! { <a href=ACCOUNT_PATH>{t(lang, "nav-account")}</a> }.into_any(),
                        None => view! { <a href=SIGN_IN_PATH>{t(lang, "nav-sign-in")}</a> }.into_any(),
                    }}
                </nav>
                <LangSwitch />
            </div>
        </header>
        <main id="main" tabindex="-1" class="wrap">{children()}</main>
        {use_signed_in().map(|_| view! { <SessionWarning lang /> })}
        {register.map(|reg| {
            let c = reg.controller.clone();
            view! {
                <footer class="site-footer" aria-label=t(lang, "footer-label")>
                    <div class="wrap">
                        <p>
                            <strong>{c.name.clone()}</strong>
                            " (" {c.business_id.clone()} "), "
                            {format!("{}, {} {}", c.street_address, c.postal_code, c.city)}
                        </p>
                        <p>
                            <a href=format!("tel:{}", c.phone.replace(' ', ""))>{c.phone.clone()}</a>
                            " · "
                            <a href=format!("mailto:{}", c.email)>{c.email.clone()}</a>
                            " · "
                            {c.contact_role.get(lang).to_owned()} ": " {c.contact_person.name.clone()} " "
                            <a href=format!("mailto:{}", c.contact_person.email)>{c.contact_person.email.clone()}</a>
                        </p>
                        <p>
                            <a href=crate::paths::STATEMENT_PATH>{t(lang, "a11y-heading")}</a>
                        </p>
                    </div>
                </footer>
            }
        })}
    }
}

/// The warning before a signed-in session ends for inactivity (WCAG 2.2.1 Timing
/// Adjustable): [`crate::SESSION_SCRIPT`] (plain JavaScript, not the WebAssembly) asks the server
/// how long the session has left shortly before it could end, shows this box with a
/// button to continue two minutes before, and when it has ended offers to sign in again
/// in a new tab, so the form on this page and what was typed in it stay. The assertive
/// live region is always in the page, empty, so what fills it is announced; without
/// JavaScript it stays empty and the box out of sight.
#[component]
fn SessionWarning(lang: crate::domain::Lang) -> impl IntoView {
    use crate::api::auth::{KEEP_SESSION_PATH, SESSION_STATE_PATH};
    use crate::user::{IDLE_TIMEOUT_MINUTES, IDLE_WARNING_SECONDS};
    let warning = crate::i18n::t_args(lang, "session-warning", &[("minutes", "__M__".to_owned())]);
    view! {
        <div
            id="istunto"
            class="session-warning"
            data-idle=(IDLE_TIMEOUT_MINUTES * 60).to_string()
            data-warn=IDLE_WARNING_SECONDS.to_string()
            data-state=SESSION_STATE_PATH
            data-keep=KEEP_SESSION_PATH
            data-warning=warning
            data-ended=t(lang, "session-ended")
        >
            // A live region (what an alert is) without the alert role: the page's own
            // error alerts stay the only ones.
            <p aria-live="assertive" aria-atomic="true" class="session-warning-text"></p>
            <button type="button" class="button" hidden>
                {t(lang, "session-keep")}
            </button>
            <a href=SIGN_IN_PATH target="_blank" rel="noopener" hidden>{t(lang, "session-sign-in-again")}</a>
        </div>
        <script src=crate::session_script_href() defer></script>
    }
}
