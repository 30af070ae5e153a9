//! Strong electronic identification on the sign-in and confirmation pages: the link
//! that starts it (when the portal offers it) and, after a refused identification, what
//! went wrong in words. Plain links and text: no JavaScript.

use crate::domain::Lang;
use crate::i18n::t;
use leptos::prelude::*;

/// The query parameter the portal returns with after a refused identification.
pub const REFUSAL_PARAM: &str = "tunnistus";

/// Every refusal code the server sends (see `ssr::eid::Refusal` and `server::eid`); an
/// unknown one shows nothing.
const REFUSALS: &[&str] = &[
    "peruttu",
    "vanhentunut",
    "ei-tama-tunnistus",
    "vaara-allekirjoitus",
    "vanha-tunniste",
    "taso",
    "ei-tunnusta",
    "palvelu",
    "ei-asiakas",
    "tili-suljettu",
    "eri-henkilo",
];

/// The refusal this page was reached with, if it is one the portal sends.
pub fn refusal() -> Option<&'static str> {
    let code = leptos_router::hooks::use_query_map().get_untracked().get(REFUSAL_PARAM)?;
    REFUSALS.iter().copied().find(|c| *c == code)
}

/// Why the identification did not go through, as an alert at the top of the page.
#[component]
pub fn EidRefusal(lang: Lang, code: Option<&'static str>) -> impl IntoView {
    code.map(|code| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="eid-refusal-title" tabindex="-1">
                <h2 id="eid-refusal-title">{t(lang, "eid-refused-title")}</h2>
                <p>{t(lang, &format!("eid-refused-{code}"))}</p>
            </div>
        }
    })
}

/// The link that starts strong identification: signing in, or with `confirm` confirming
/// the signed-in customer. `next` is the local path to return to.
#[component]
pub fn EidStart(lang: Lang, next: String, confirm: bool) -> impl IntoView {
    let mut href = crate::paths::EID_START_PATH.to_owned();
    let mut sep = '?';
    if confirm {
        href.push_str("?vahvista=1");
        sep = '&';
    }
    if crate::domain::is_local_path(&next) {
        href.push(sep);
        href.push_str(&format!("jatka={}", crate::domain::percent_encode(&next)));
    }
    let (heading, lead, button) = if confirm {
        ("eid-confirm-heading", "eid-confirm-lead", "eid-confirm-start")
    } else {
        ("eid-heading", "eid-lead", "eid-start")
    };
    view! {
        <section class="eid" aria-labelledby="eid-heading">
            <h2 id="eid-heading">{t(lang, heading)}</h2>
            <p>{t(lang, lead)}</p>
            <p>
                <a class="button" href=href>{t(lang, button)}</a>
            </p>
        </section>
    }
}
