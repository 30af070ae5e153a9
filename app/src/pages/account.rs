//! The signed-in user's own page. Anonymous visitors are sent to sign in. Holds
//! personal data, so it is never cached.

use crate::api::auth::SignOut;
use crate::i18n::{t, t_args, use_lang};
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub use crate::paths::ACCOUNT_PATH;

/// Marks the response as not to be stored by any cache.
pub fn no_store() {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.insert_header(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    }
}

/// Links to what keeps the account safe: password, second factor, sessions.
#[component]
pub fn SecurityLinks(lang: crate::domain::Lang) -> impl IntoView {
    view! {
        <h2>{t(lang, "account-security-heading")}</h2>
        <ul>
            <li>
                <a href=crate::paths::CHANGE_PATH>{t(lang, "password-change-heading")}</a>
            </li>
            <li>
                <a href=crate::paths::SECOND_FACTOR_SETTINGS_PATH>
                    {t(lang, "second-factor-heading")}
                </a>
            </li>
            <li>
                <a href=crate::paths::SESSIONS_PATH>{t(lang, "sessions-heading")}</a>
            </li>
        </ul>
    }
}

/// The guard of a page with a customer's own data: marks it not to be cached, and
/// answers with the view to show instead when the visitor is not a signed-in customer
/// (anonymous: to sign-in; staff: 403).
pub fn customer_page_guard() -> Result<(), AnyView> {
    no_store();
    match use_signed_in() {
        None => Err(view! { <crate::pages::sign_in::SignInAndReturn /> }.into_any()),
        Some(user) if user.role.is_staff() => Err(view! { <crate::pages::Forbidden /> }.into_any()),
        Some(_) => Ok(()),
    }
}

/// A notice, on the customer's own pages, that the processing of their data is
/// restricted (GDPR Art. 18): kept, but not used for marketing.
#[component]
pub fn RestrictionBanner(lang: crate::domain::Lang) -> impl IntoView {
    let restricted = Resource::new(|| (), |_| crate::api::my_data::my_restriction());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                restricted
                    .await
                    .ok()
                    .flatten()
                    .map(|r| {
                        let since = r.since.map(|at| {
                            let date = crate::i18n::format_date(lang, crate::domain::clock::helsinki_date(at));
                            match &r.reference {
                                Some(reference) => {
                                    t_args(
                                        lang,
                                        "data-restricted-since-request",
                                        &[("date", date), ("reference", reference.clone())],
                                    )
                                }
                                None => t_args(lang, "data-restricted-since", &[("date", date)]),
                            }
                        });
                        let ground = r.ground.map(|g| t_args(lang, "data-restricted-ground", &[("ground", g)]));
                        view! {
                            <div class="notice restricted">
                                <p>{t(lang, "data-restricted-banner")}</p>
                                {since.map(|s| view! { <p>{s}</p> })}
                                {ground.map(|g| view! { <p>{g}</p> })}
                            </div>
                        }
                    })
            })}
        </Suspense>
    }
}

/// The personal-data breaches the customer has been told of (GDPR Art. 34), newest
/// first, each with ElmoNet's words, on their own page; nothing when there are none.
#[component]
pub fn BreachNotices(lang: crate::domain::Lang) -> impl IntoView {
    let notices = Resource::new(|| (), |_| crate::api::breaches::my_breach_notices());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let notices = notices.await.unwrap_or_default();
                (!notices.is_empty())
                    .then(|| {
                        let items = notices
                            .into_iter()
                            .map(|n| {
                                let told = crate::i18n::format_date(lang, crate::domain::clock::helsinki_date(n.told_at));
                                let heading = t_args(lang, "breach-customer-heading", &[("reference", n.reference.clone())]);
                                view! {
                                    <div class="notice breach">
                                        <h2>{heading}</h2>
                                        <p>{t_args(lang, "breach-customer-told", &[("date", told)])}</p>
                                        <p class="pre-line">{n.notice}</p>
                                        <p>
                                            <a href=crate::paths::DPA_PATH>{t(lang, "breach-customer-dpa")}</a>
                                        </p>
                                    </div>
                                }
                            })
                            .collect_view();
                        view! { <section aria-label=t(lang, "breach-customer-section")>{items}</section> }
                    })
            })}
        </Suspense>
    }
}

#[component]
pub fn Account() -> impl IntoView {
    let lang = use_lang();
    no_store();
    let Some(user) = use_signed_in() else {
        return view! { <Redirect path=crate::paths::SIGN_IN_PATH /> }.into_any();
    };
    if user.role.is_staff() {
        // Staff have no customer page of their own; they work in the staff workspace.
        return view! { <Redirect path=crate::paths::STAFF_PATH /> }.into_any();
    }
    let sign_out = ServerAction::<SignOut>::new();
    view! {
        <Title text=t(lang, "account-title") />
        <h1>{t(lang, "account-heading")}</h1>
        <RestrictionBanner lang />
        <BreachNotices lang />
        <p>{t_args(lang, "account-signed-in-as", &[("name", user.display_name.clone())])}</p>
        <p>
            <a href=crate::paths::MY_DATA_PATH class="button">{t(lang, "data-heading")}</a>
        </p>
        <ul>
            <li>
                <a href=crate::paths::CONSENTS_PATH>{t(lang, "consents-heading")}</a>
            </li>
            <li>
                <a href=crate::paths::EXPORT_PATH>{t(lang, "export-heading")}</a>
            </li>
            <li>
                <a href=crate::paths::REQUESTS_PATH>{t(lang, "requests-heading")}</a>
            </li>
        </ul>
        <SecurityLinks lang />
        <ActionForm action=sign_out>
            <button type="submit" class="button secondary">{t(lang, "sign-out")}</button>
        </ActionForm>
    }
    .into_any()
}
