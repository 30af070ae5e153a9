//! Activation: a register customer creates their portal account with the code from the
//! letter ElmoNet sent them. People who are not in the register cannot register.

use crate::api::recovery::Activate;
use crate::components::form::{ErrorSummary, Field, NewPasswordField};
use crate::i18n::{t, use_lang};
use crate::pages::password::title_for;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub use crate::paths::ACTIVATE_PATH;

#[component]
pub fn ActivatePage() -> impl IntoView {
    let lang = use_lang();
    if let Some(user) = use_signed_in() {
        return view! { <Redirect path=crate::pages::home_path(user.role) /> }.into_any();
    }
    let action = ServerAction::<Activate>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let recall = crate::api::form_memory::recall;
    view! {
        <Title text=title_for(lang, "activate-title", error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "activate-heading")}</h1>
            <p>{t(lang, "activate-lead")}</p>
            <ActionForm action=action>
                <Field
                    lang
                    error=error.clone()
                    name="customer_number"
                    label_key="activate-customer-number-label"
                    hint_key="sign-in-login-hint"
                    autocomplete="off"
                    inputmode="numeric"
                    maxlength="20"
                    value=recall("customer_number")
                />
                <Field
                    lang
                    error=error.clone()
                    name="code"
                    label_key="activate-code-label"
                    hint_key="activate-code-hint"
                    autocomplete="one-time-code"
                    maxlength="32"
                />
                <Field
                    lang
                    error=error.clone()
                    name="email"
                    label_key="activate-email-label"
                    hint_key="activate-email-hint"
                    inputmode="email"
                    autocomplete="username"
                    value=recall("email")
                />
                <NewPasswordField lang error=error.clone() />
                <button type="submit" class="button">{t(lang, "activate-submit")}</button>
            </ActionForm>
            <p>
                <a href=crate::paths::SIGN_IN_PATH>{t(lang, "back-to-sign-in")}</a>
            </p>
        </div>
    }
    .into_any()
}
