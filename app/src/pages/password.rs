//! Passwords: changing it (signed in), asking for a reset link when it is forgotten,
//! and setting a new one with that link. Each form works without JavaScript.

use crate::api::recovery::{RequestPasswordReset, ResetPassword};
use crate::api::security::ChangePassword;
use crate::components::form::{query_flag, CurrentPasswordField, ErrorSummary, LoginField, NewPasswordField, Notice};
use crate::i18n::{t, use_lang};
use crate::pages::account::no_store;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub use crate::paths::CHANGE_PATH;
pub use crate::paths::FORGOT_PATH;
pub use crate::paths::RESET_PATH;

/// The page title, prefixed with "Error:" when the form came back with one.
pub fn title_for(lang: crate::domain::Lang, key: &str, has_error: bool) -> String {
    if has_error {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, key))
    } else {
        t(lang, key)
    }
}

#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    if use_signed_in().is_none() {
        return view! { <Redirect path=crate::paths::SIGN_IN_PATH /> }.into_any();
    }
    let action = ServerAction::<ChangePassword>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    view! {
        <Title text=title_for(lang, "password-change-title", error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            {query_flag("valmis").then(|| view! { <Notice text=t(lang, "password-changed") /> })}
            <h1>{t(lang, "password-change-heading")}</h1>
            <p>{t(lang, "password-change-lead")}</p>
            <ActionForm action=action>
                <CurrentPasswordField lang error=error.clone() />
                <NewPasswordField lang error=error.clone() />
                <button type="submit" class="button">{t(lang, "password-change-submit")}</button>
            </ActionForm>
        </div>
    }
    .into_any()
}

#[component]
pub fn ForgotPassword() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<RequestPasswordReset>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let sent = query_flag("lahetetty");
    view! {
        <Title text=title_for(lang, "forgot-title", error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            {sent.then(|| view! { <Notice text=t(lang, "forgot-sent") /> })}
            <h1>{t(lang, "forgot-heading")}</h1>
            <p>{t(lang, "forgot-lead")}</p>
            <ActionForm action=action>
                <LoginField lang error=error.clone() />
                <button type="submit" class="button">{t(lang, "forgot-submit")}</button>
            </ActionForm>
            <p>
                <a href=crate::paths::SIGN_IN_PATH>{t(lang, "back-to-sign-in")}</a>
            </p>
        </div>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    // The link's token is in the session by now (the server took it out of the address).
    let action = ServerAction::<ResetPassword>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let expired = matches!(error, Some(crate::error::AppError::LinkExpired));
    view! {
        <Title text=title_for(lang, "reset-title", error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "reset-heading")}</h1>
            {if expired {
                view! {
                    <p>
                        <a href=FORGOT_PATH>{t(lang, "reset-ask-again")}</a>
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>{t(lang, "reset-lead")}</p>
                    <ActionForm action=action>
                        <NewPasswordField lang error=error.clone() />
                        <button type="submit" class="button">{t(lang, "reset-submit")}</button>
                    </ActionForm>
                }
                    .into_any()
            }}
        </div>
    }
}
