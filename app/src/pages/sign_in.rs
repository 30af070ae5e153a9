//! Sign-in: email address or customer number, and password. Works without JavaScript:
//! the form posts to the `sign_in` server function, which redirects to the account page,
//! or back here with the error.

use crate::api::auth::{SignIn as SignInFn, VerifySignInCode};
use crate::components::eid::{refusal, EidRefusal, EidStart};
use crate::components::form::{query_flag, CurrentPasswordField, ErrorSummary, LoginField, Notice, OneTimeCodeField};
use crate::i18n::{t, use_lang};
use crate::pages::account::no_store;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub use crate::paths::NEXT_PARAM;
pub use crate::paths::SIGN_IN_PATH;

/// The sign-in page, returning to the current page afterwards: where a page sends a
/// visitor whose session has ended.
pub fn sign_in_and_return() -> String {
    let location = leptos_router::hooks::use_location();
    let here = format!("{}{}", location.pathname.get_untracked(), location.search.get_untracked());
    let here = if here.starts_with('?') || here.is_empty() { String::new() } else { here };
    if crate::domain::is_local_path(&here) && here != "/" {
        format!("{SIGN_IN_PATH}?{NEXT_PARAM}={}", crate::domain::percent_encode(&here))
    } else {
        SIGN_IN_PATH.to_owned()
    }
}

/// A redirect to [`sign_in_and_return`].
#[component]
pub fn SignInAndReturn() -> impl IntoView {
    view! { <Redirect path=sign_in_and_return() /> }
}
pub use crate::paths::SECOND_FACTOR_PATH;

#[component]
pub fn SignIn() -> impl IntoView {
    let lang = use_lang();
    if use_signed_in().is_some() {
        return view! { <Redirect path=crate::paths::ACCOUNT_PATH /> }.into_any();
    }
    let action = ServerAction::<SignInFn>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let next = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get(NEXT_PARAM)
        .filter(|p| crate::domain::is_local_path(p))
        .unwrap_or_default();
    let refused = refusal();
    let title = if error.is_some() || refused.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "sign-in-title"))
    } else {
        t(lang, "sign-in-title")
    };
    let eid = crate::user::eid_offered().then(|| {
        view! {
            <EidStart lang next=next.clone() confirm=false />
            <h2>{t(lang, "eid-or-password")}</h2>
        }
    });
    view! {
        <Title text=title />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <EidRefusal lang code=refused />
            {query_flag("salasana").then(|| view! { <Notice text=t(lang, "password-reset-done") /> })}
            <h1>{t(lang, "sign-in-heading")}</h1>
            {eid}
            <p>{t(lang, "sign-in-lead")}</p>
            <ActionForm action=action>
                <input type="hidden" name="next" value=next />
                <LoginField lang error=error.clone() />
                <CurrentPasswordField lang error=error.clone() />
                <button type="submit" class="button">{t(lang, "sign-in-submit")}</button>
            </ActionForm>
            <p>
                <a href=crate::paths::FORGOT_PATH>{t(lang, "sign-in-forgot")}</a>
            </p>
            <p>
                <a href=crate::paths::ACTIVATE_PATH>{t(lang, "sign-in-activate")}</a>
            </p>
            <p>
                <a href=crate::paths::PUBLIC_REQUEST_PATH>{t(lang, "sign-in-public-request")}</a>
            </p>
        </div>
    }
    .into_any()
}

/// The code from the authenticator app (or a recovery code), after a right password.
#[component]
pub fn SignInCode() -> impl IntoView {
    let lang = use_lang();
    no_store();
    if let Some(user) = use_signed_in() {
        return view! { <Redirect path=crate::pages::home_path(user.role) /> }.into_any();
    }
    let action = ServerAction::<VerifySignInCode>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let title = if error.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "code-title"))
    } else {
        t(lang, "code-title")
    };
    view! {
        <Title text=title />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "code-heading")}</h1>
            <p>{t(lang, "code-lead")}</p>
            <ActionForm action=action>
                <OneTimeCodeField lang error=error.clone() hint_key="code-hint" />
                <button type="submit" class="button">{t(lang, "code-submit")}</button>
            </ActionForm>
            <p>
                <a href=SIGN_IN_PATH>{t(lang, "code-start-again")}</a>
            </p>
        </div>
    }
    .into_any()
}
