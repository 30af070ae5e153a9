//! The language switch: a plain form whose buttons post the chosen language to
//! `/kieli`, which sets the language cookie and sends the browser back to the page it
//! came from. It needs no JavaScript and changes no state over GET.

use crate::domain::Lang;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

pub use crate::paths::LANG_PATH;

#[component]
pub fn LangSwitch() -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    let here = move || {
        let path = location.pathname.get();
        let query = location.search.get();
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    };
    view! {
        <form class="lang-switch" method="post" action=LANG_PATH>
            <fieldset>
                <legend class="visually-hidden">{t(current, "language-switch-label")}</legend>
                <input type="hidden" name="next" value=here />
                {Lang::ALL
                    .iter()
                    .map(|l| {
                        let pressed = *l == current;
                        view! {
                            <button
                                type="submit"
                                name="lang"
                                value=l.as_str()
                                lang=l.as_str()
                                aria-pressed=if pressed { "true" } else { "false" }
                            >
                                {l.native_name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </form>
    }
}
