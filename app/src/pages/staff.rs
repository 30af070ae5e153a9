//! The staff workspace's front page, where staff land after signing in. Customers are
//! refused (403); anonymous visitors are sent to sign in.

use crate::api::auth::SignOut;
use crate::i18n::{t, t_args, use_lang};
use crate::pages::account::no_store;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub const STAFF_PATH: &str = "/henkilosto";

#[component]
pub fn StaffHome() -> impl IntoView {
    let lang = use_lang();
    no_store();
    let Some(user) = use_signed_in() else {
        return view! { <Redirect path=crate::pages::sign_in::SIGN_IN_PATH /> }.into_any();
    };
    if !user.role.is_staff() {
        return view! { <crate::pages::Forbidden /> }.into_any();
    }
    let sign_out = ServerAction::<SignOut>::new();
    let role_key = format!("role-{}", user.role);
    view! {
        <Title text=t(lang, "staff-title") />
        <h1>{t(lang, "staff-heading")}</h1>
        <p>
            {t_args(
                lang,
                "staff-signed-in-as",
                &[("name", user.display_name.clone()), ("role", t(lang, &role_key))],
            )}
        </p>
        <p>{t(lang, "staff-lead")}</p>
        <crate::pages::account::SecurityLinks lang />
        <ActionForm action=sign_out>
            <button type="submit" class="button secondary">{t(lang, "sign-out")}</button>
        </ActionForm>
    }
    .into_any()
}
