//! "Your sessions": every live sign-in of the user, when it began and was last active,
//! with "end this" for each and "end all others". The route renders with
//! `SsrMode::Async`, so the list is in the HTML even without JavaScript.

use crate::api::auth::{my_sessions, EndOtherSessions, EndSession, SessionInfo};
use crate::components::form::error_text;
use crate::domain::Lang;
use crate::i18n::{format_datetime, t, use_lang};
use crate::pages::account::no_store;
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

pub use crate::paths::SESSIONS_PATH;

#[component]
pub fn Sessions() -> impl IntoView {
    let lang = use_lang();
    no_store();
    if use_signed_in().is_none() {
        return view! { <Redirect path=crate::paths::SIGN_IN_PATH /> }.into_any();
    }
    let sessions = Resource::new(|| (), |_| my_sessions());
    view! {
        <Title text=t(lang, "sessions-title") />
        <h1>{t(lang, "sessions-heading")}</h1>
        <p>{t(lang, "sessions-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) => view! { <SessionTable lang list /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn SessionTable(lang: Lang, list: Vec<SessionInfo>) -> impl IntoView {
    let end_one = ServerAction::<EndSession>::new();
    let end_others = ServerAction::<EndOtherSessions>::new();
    let others = list.iter().filter(|s| !s.current).count();
    let rows = list
        .into_iter()
        .map(|s| {
            let label = if s.current { t(lang, "sessions-this-one") } else { t(lang, "sessions-other") };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td>
                        <span class="cell-label" aria-hidden="true">{t(lang, "sessions-col-started")} ": "</span>
                        {format_datetime(lang, s.created_at)}
                    </td>
                    <td>
                        <span class="cell-label" aria-hidden="true">{t(lang, "sessions-col-active")} ": "</span>
                        {format_datetime(lang, s.last_active_at)}
                    </td>
                    <td>
                        <ActionForm action=end_one>
                            <input type="hidden" name="key" value=s.key />
                            <button type="submit" class="button secondary">
                                {if s.current { t(lang, "sign-out") } else { t(lang, "sessions-end") }}
                            </button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "sessions-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "sessions-col-session")}</th>
                    <th scope="col">{t(lang, "sessions-col-started")}</th>
                    <th scope="col">{t(lang, "sessions-col-active")}</th>
                    <th scope="col">{t(lang, "sessions-col-action")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {(others > 0).then(|| view! {
            <ActionForm action=end_others>
                <button type="submit" class="button">{t(lang, "sessions-end-others")}</button>
            </ActionForm>
        })}
    }
}
