//! "Confirm with your password": asked before sensitive actions. `?jatka=/path` names
//! where to return; only a local path is followed.

use crate::api::auth::Reauthenticate;
use crate::components::eid::{refusal, EidRefusal, EidStart};
use crate::components::form::{CurrentPasswordField, ErrorSummary};
use crate::domain::is_local_path;
use crate::i18n::{t, use_lang};
use crate::pages::account::{no_store, ACCOUNT_PATH};
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_query_map;

pub use crate::paths::REAUTH_PATH;

#[component]
pub fn Reauth() -> impl IntoView {
    let lang = use_lang();
    no_store();
    if use_signed_in().is_none() {
        return view! { <Redirect path=crate::paths::SIGN_IN_PATH /> }.into_any();
    }
    let next = use_query_map()
        .get_untracked()
        .get("jatka")
        .filter(|p| is_local_path(p))
        .unwrap_or_else(|| ACCOUNT_PATH.to_owned());
    let action = ServerAction::<Reauthenticate>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let refused = refusal();
    let title = if error.is_some() || refused.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "reauth-title"))
    } else {
        t(lang, "reauth-title")
    };
    let eid = crate::user::eid_offered().then(|| view! { <EidStart lang next=next.clone() confirm=true /> });
    view! {
        <Title text=title />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <EidRefusal lang code=refused />
            <h1>{t(lang, "reauth-heading")}</h1>
            <p>{t(lang, "reauth-lead")}</p>
            <ActionForm action=action>
                <input type="hidden" name="next" value=next />
                <CurrentPasswordField lang error=error.clone() />
                <button type="submit" class="button">{t(lang, "reauth-submit")}</button>
            </ActionForm>
            {eid}
        </div>
    }
    .into_any()
}
