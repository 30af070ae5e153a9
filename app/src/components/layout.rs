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
