//! Sign-in: email address or customer number, and password. Works without JavaScript:
//! the form posts to the `sign_in` server function, which redirects to the account page,
//! or back here with the error.

use crate::api::auth::SignIn as SignInFn;
use crate::components::form::{CurrentPasswordField, ErrorSummary, Field};
use crate::i18n::{t, use_lang};
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub const SIGN_IN_PATH: &str = "/kirjaudu";

/// What the login field held at the last failed attempt (see `api::auth::LOGIN_COOKIE`).
fn kept_login() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>()
            .and_then(|p| {
                p.headers
                    .get_all(axum::http::header::COOKIE)
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .find_map(|h| crate::i18n::cookie_value(h, crate::api::auth::LOGIN_COOKIE).map(str::to_owned))
            })
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    String::new()
}

#[component]
pub fn SignIn() -> impl IntoView {
    let lang = use_lang();
    if use_signed_in().is_some() {
        return view! { <Redirect path=crate::pages::account::ACCOUNT_PATH /> }.into_any();
    }
    let action = ServerAction::<SignInFn>::new();
    let typed_login = kept_login();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let title = if error.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "sign-in-title"))
    } else {
        t(lang, "sign-in-title")
    };
    view! {
        <Title text=title />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "sign-in-heading")}</h1>
            <p>{t(lang, "sign-in-lead")}</p>
            <ActionForm action=action>
                <Field
                    lang
                    error=error.clone()
                    name="login"
                    label_key="sign-in-login-label"
                    hint_key="sign-in-login-hint"
                    autocomplete="username"
                    inputmode="email"
                    value=typed_login
                />
                <CurrentPasswordField lang error=error.clone() />
                <button type="submit" class="button">{t(lang, "sign-in-submit")}</button>
            </ActionForm>
        </div>
    }
    .into_any()
}
