//! Confirming a new login address (issue #16): the page the mailed link opens (the
//! server has taken its token out of the address). One button confirms; the page then
//! says the login moved. Works without JavaScript.

use crate::api::login_email::ConfirmLoginEmail;
use crate::components::form::{query_flag, ErrorSummary, Notice};
use crate::error::AppError;
use crate::i18n::{t, use_lang};
use crate::pages::account::no_store;
use crate::pages::password::title_for;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    let action = ServerAction::<ConfirmLoginEmail>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let done = query_flag("valmis");
    let body = if done {
        view! {
            <Notice text=t(lang, "email-confirm-done") />
            <p>
                <a href=crate::paths::SIGN_IN_PATH>{t(lang, "email-confirm-sign-in")}</a>
            </p>
        }
        .into_any()
    } else {
        match &error {
            // The address is another account's login: said in words of this page.
            Some(AppError::Conflict) => view! {
                <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                    <h2 id="error-summary-title">{t(lang, "error-summary-title")}</h2>
                    <p>{t(lang, "email-confirm-taken")}</p>
                </div>
            }
            .into_any(),
            Some(AppError::LinkExpired) => view! {
                <ErrorSummary lang error=error.clone() />
                <p>{t(lang, "email-confirm-expired")}</p>
            }
            .into_any(),
            _ => view! {
                <ErrorSummary lang error=error.clone() />
                <p>{t(lang, "email-confirm-lead")}</p>
                <ActionForm action=action>
                    <button type="submit" class="button">{t(lang, "email-confirm-submit")}</button>
                </ActionForm>
            }
            .into_any(),
        }
    };
    view! {
        <Title text=title_for(lang, "email-confirm-title", error.is_some()) />
        <div class="narrow">
            <h1>{t(lang, "email-confirm-heading")}</h1>
            {body}
        </div>
    }
}
