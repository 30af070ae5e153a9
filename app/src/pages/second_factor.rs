//! Two-step verification: turn on a code from an authenticator app (with recovery codes
//! for a lost phone), get new recovery codes, or turn it off (customers only; staff
//! always use it). Starting, renewing and turning off need the password again.

use crate::api::security::{
    second_factor_status, ConfirmSecondFactor, DisableSecondFactor, RenewRecoveryCodes, SecondFactorState,
    StartSecondFactor,
};
use crate::components::form::{error_text, ErrorSummary, OneTimeCodeField};
use crate::domain::Lang;
use crate::i18n::{format_datetime, t, t_args, use_lang};
use crate::pages::account::no_store;
use crate::pages::password::title_for;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub use crate::paths::SECOND_FACTOR_SETTINGS_PATH;

#[component]
pub fn SecondFactorPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    if use_signed_in().is_none() {
        return view! { <Redirect path=crate::paths::SIGN_IN_PATH /> }.into_any();
    }
    let status = Resource::new(|| (), |_| second_factor_status());
    let confirm = ServerAction::<ConfirmSecondFactor>::new();
    let error = confirm.value().get_untracked().and_then(|r| r.err());
    view! {
        <Title text=title_for(lang, "second-factor-title", error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "second-factor-heading")}</h1>
            <p>{t(lang, "second-factor-lead")}</p>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || {
                    let error = error.clone();
                    Suspend::new(async move {
                        match status.await {
                            Ok(s) => view! { <StatusView lang s confirm error /> }.into_any(),
                            Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
    .into_any()
}

#[component]
fn StatusView(
    lang: Lang,
    s: SecondFactorState,
    confirm: ServerAction<ConfirmSecondFactor>,
    error: Option<crate::error::AppError>,
) -> impl IntoView {
    let start = ServerAction::<StartSecondFactor>::new();
    let renew = ServerAction::<RenewRecoveryCodes>::new();
    let disable = ServerAction::<DisableSecondFactor>::new();
    let reauth_link = format!("{}?jatka={}", crate::paths::REAUTH_PATH, SECOND_FACTOR_SETTINGS_PATH);
    let fresh = (!s.fresh_codes.is_empty()).then(|| view! { <FreshCodes lang codes=s.fresh_codes.clone() /> });
    let body = match (s.enabled_since, s.setup) {
        (Some(since), _) => view! {
            <p class="status-on">
                <strong>{t(lang, "second-factor-on")}</strong>
                " "
                {t_args(lang, "second-factor-on-since", &[("date", format_datetime(lang, since))])}
            </p>
            <p>
                {t_args(lang, "second-factor-codes-left", &[("count", s.recovery_codes_left.to_string())])}
            </p>
            {if s.reauth_fresh {
                view! {
                    <ActionForm action=renew>
                        <button type="submit" class="button secondary">
                            {t(lang, "second-factor-renew")}
                        </button>
                    </ActionForm>
                    {(!s.mandatory)
                        .then(|| {
                            view! {
                                <ActionForm action=disable>
                                    <button type="submit" class="button secondary">
                                        {t(lang, "second-factor-disable")}
                                    </button>
                                </ActionForm>
                            }
                        })}
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        <a href=reauth_link.clone()>{t(lang, "second-factor-confirm-to-change")}</a>
                    </p>
                }
                    .into_any()
            }}
            {s.mandatory.then(|| view! { <p>{t(lang, "second-factor-mandatory")}</p> })}
        }
        .into_any(),
        (None, Some(setup)) => view! {
            <AppSetupStep lang setup />
            <h2>{t(lang, "second-factor-step-2")}</h2>
            <ActionForm action=confirm>
                <OneTimeCodeField lang error hint_key="second-factor-code-hint" />
                <button type="submit" class="button">{t(lang, "second-factor-confirm")}</button>
            </ActionForm>
        }
        .into_any(),
        (None, None) => view! {
            <p>{t(lang, "second-factor-off")}</p>
            {if s.reauth_fresh {
                view! {
                    <ActionForm action=start>
                        <button type="submit" class="button">{t(lang, "second-factor-start")}</button>
                    </ActionForm>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        <a href=reauth_link.clone() class="button">
                            {t(lang, "second-factor-start")}
                        </a>
                    </p>
                }
                    .into_any()
            }}
        }
        .into_any(),
    };
    view! {
        {fresh}
        {body}
    }
}

/// Step 1 of setting up the authenticator app: a link that opens it on a phone, the QR
/// code for a computer, and the key to type by hand. Shared by the settings page and
/// the enrolment step of signing in.
#[component]
pub fn AppSetupStep(lang: Lang, setup: crate::wire::security::SetupInfo) -> impl IntoView {
    view! {
        <h2>{t(lang, "second-factor-step-1")}</h2>
        <p>{t(lang, "second-factor-step-1-text")}</p>
        <p>
            <a href=setup.url.clone() class="button secondary">
                {t(lang, "second-factor-open-app")}
            </a>
        </p>
        <figure class="qr">
            <div role="img" aria-label=t(lang, "second-factor-qr-label") inner_html=setup.qr_svg></div>
            <figcaption>{t(lang, "second-factor-qr-caption")}</figcaption>
        </figure>
        <p>{t(lang, "second-factor-key-text")}</p>
        <p class="secret">
            <code>{setup.secret}</code>
        </p>
    }
}

#[component]
fn FreshCodes(lang: Lang, codes: Vec<String>) -> impl IntoView {
    view! {
        <section class="notice" role="status" aria-labelledby="fresh-codes-heading">
            <h2 id="fresh-codes-heading">{t(lang, "recovery-codes-heading")}</h2>
            <p>{t(lang, "recovery-codes-text")}</p>
            <ul class="recovery-codes">
                {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
            </ul>
        </section>
    }
}
