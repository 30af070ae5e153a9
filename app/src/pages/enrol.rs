//! "Set up your second factor": the step of signing in where a staff account the DPO
//! created or reset enrols an authenticator app (QR code or the key typed in) and
//! confirms it with a code. Works without JavaScript; the recovery codes follow on the
//! second-factor page, shown once.

use crate::api::enrolment::{enrolment, CompleteEnrolment};
use crate::components::form::{error_text, ErrorSummary, OneTimeCodeField};
use crate::i18n::{t, use_lang};
use crate::pages::account::no_store;
use crate::paths::SIGN_IN_PATH;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

#[component]
pub fn EnrolPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    if let Some(user) = use_signed_in() {
        return view! { <Redirect path=crate::pages::home_path(user.role) /> }.into_any();
    }
    let action = ServerAction::<CompleteEnrolment>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let title = if error.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "enrol-title"))
    } else {
        t(lang, "enrol-title")
    };
    let setup = Resource::new(|| (), |_| enrolment());
    view! {
        <Title text=title />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "enrol-heading")}</h1>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                        match setup.await {
                            Ok(Some(setup)) => view! {
                                <p>{t(lang, "enrol-lead")}</p>
                                <crate::pages::second_factor::AppSetupStep lang setup />
                                <h2>{t(lang, "second-factor-step-2")}</h2>
                                <ActionForm action=action>
                                    <OneTimeCodeField lang error=error.clone() hint_key="second-factor-code-hint" />
                                    <button type="submit" class="button">{t(lang, "enrol-submit")}</button>
                                </ActionForm>
                            }
                            .into_any(),
                            Ok(None) => view! {
                                <p>{t(lang, "enrol-none")}</p>
                                <p>
                                    <a href=SIGN_IN_PATH>{t(lang, "code-start-again")}</a>
                                </p>
                            }
                            .into_any(),
                            Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
    .into_any()
}
