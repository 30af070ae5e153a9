//! "Marketing permissions": each consent-based purpose and channel with its state and a
//! control to withdraw or give it (equally prominent, nothing pre-ticked), and — as its
//! own, separate section — objecting to direct marketing per channel or everything at
//! once. Each control is a form posting to its server function, so it works without
//! JavaScript; after a change the page shows a receipt and the full history.

use crate::api::consents::{my_consents, ConsentState, ConsentsPage, ObjectionState, ProhibitionState, Receipt};
use crate::api::my_data::my_category;
use crate::components::form::error_text;
use crate::domain::Lang;
use crate::i18n::{t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

pub use crate::i18n::texts::{
    consent_button_text, consent_state_text, prohibition_button_text, prohibition_state_text, receipt_text, value,
};
pub use crate::paths::CONSENTS_PATH;

#[component]
pub fn ConsentsPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let receipt = use_query_map().get_untracked().get("kuitti");
    let page = Resource::new(move || (), move |_| my_consents(receipt.clone()));
    let history = Resource::new(|| (), |_| my_category("marketing_permissions".into(), None, None, None, false));
    view! {
        <Title text=t(lang, "consents-title") />
        <h1>{t(lang, "consents-heading")}</h1>
        <crate::pages::account::RestrictionBanner lang />
        <p>{t(lang, "consents-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <ConsentControls lang page /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
        <section aria-labelledby="history-heading" class="compact-history">
            <h2 id="history-heading">{t(lang, "consents-history-heading")}</h2>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match history.await {
                        Ok(data) => data
                            .tables
                            .into_iter()
                            .map(|table| view! { <crate::pages::my_data::RecordTable lang table recordings=false /> })
                            .collect_view()
                            .into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

#[component]
fn ReceiptView(lang: Lang, receipt: Receipt) -> impl IntoView {
    let text = receipt_text(lang, &receipt);
    view! {
        <div class="notice" role="status" id="kuitti" tabindex="-1">
            <h2>{t(lang, "receipt-heading")}</h2>
            <p>{text}</p>
        </div>
    }
}

#[component]
fn ConsentControls(lang: Lang, page: ConsentsPage) -> impl IntoView {
    let receipt = page.receipt.map(|receipt| view! { <ReceiptView lang receipt /> });
    // One group per purpose, its channels together, in the order the purposes come.
    let mut groups: Vec<(String, Vec<ConsentState>)> = Vec::new();
    for c in page.consents {
        match groups.iter_mut().find(|(purpose, _)| *purpose == c.purpose) {
            Some((_, channels)) => channels.push(c),
            None => groups.push((c.purpose.clone(), vec![c])),
        }
    }
    let consents =
        groups.into_iter().map(|(purpose, channels)| view! { <PurposeGroup lang purpose channels /> }).collect_view();
    let prohibitions = page.prohibitions.into_iter().map(|p| view! { <ProhibitionRow lang p /> }).collect_view();
    let objections = (!page.objections.is_empty()).then(|| view! { <Objections lang objections=page.objections /> });
    view! {
        {receipt}
        <section aria-labelledby="consents-section">
            <h2 id="consents-section">{t(lang, "consents-section-heading")}</h2>
            <p>{t(lang, "consents-section-lead")}</p>
            {consents}
        </section>
        <section aria-labelledby="objection-section" class="objection">
            <h2 id="objection-section">{t(lang, "objection-heading")}</h2>
            <p>{t(lang, "objection-lead")}</p>
            <table class="data-table">
                <caption>{t(lang, "objection-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "col-channel")}</th>
                        <th scope="col">{t(lang, "consents-col-state-change")}</th>
                    </tr>
                </thead>
                <tbody>{prohibitions}</tbody>
            </table>
        </section>
        {objections}
    }
}

/// The purposes resting on a basis the customer may object to (GDPR Art. 21(1)), each
/// with whether an objection to it was upheld; objecting is a request, since staff weigh
/// the customer's grounds.
#[component]
fn Objections(lang: Lang, objections: Vec<ObjectionState>) -> impl IntoView {
    let rows = objections
        .into_iter()
        .map(|o| {
            let state = match (o.upheld, o.since) {
                (true, Some(since)) => crate::i18n::t_args(
                    lang,
                    "objections-upheld",
                    &[
                        ("date", crate::i18n::format_date(lang, crate::domain::clock::helsinki_date(since))),
                        ("reference", o.reference.clone().unwrap_or_default()),
                    ],
                ),
                _ => t(lang, "objections-none"),
            };
            view! {
                <tr>
                    <th scope="row">{o.title}</th>
                    <td>
                        <span class="cell-label" aria-hidden="true">{t(lang, "col-legal-basis")} ": "</span>
                        {o.basis}
                    </td>
                    <td>
                        <span class="cell-label" aria-hidden="true">{t(lang, "col-status")} ": "</span>
                        {state}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let file = format!("{}/{}", crate::paths::NEW_REQUEST_PATH, crate::domain::RequestKind::Objection.path_segment());
    view! {
        <section aria-labelledby="objections-section">
            <h2 id="objections-section">{t(lang, "objections-heading")}</h2>
            <p>{t(lang, "objections-lead")}</p>
            <table class="data-table">
                <caption>{t(lang, "objections-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "col-purpose")}</th>
                        <th scope="col">{t(lang, "col-legal-basis")}</th>
                        <th scope="col">{t(lang, "col-status")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p>
                <a href=file>{t(lang, "objections-file")}</a>
            </p>
        </section>
    }
}

/// One purpose's consents: its name as a heading, then a line per channel with the
/// state and the one button that changes it.
#[component]
fn PurposeGroup(lang: Lang, purpose: String, channels: Vec<ConsentState>) -> impl IntoView {
    let id = format!("tarkoitus-{purpose}");
    let items = channels
        .into_iter()
        .map(|c| {
            let state = consent_state_text(lang, c.given, c.since);
            let label = consent_button_text(lang, &c.purpose, &c.channel, c.given);
            view! {
                <li>
                    <span class="channel-name">{value(lang, &c.channel)}</span>
                    <Toggle
                        kind=ToggleKind::Consent
                        purpose=c.purpose.clone()
                        channel=c.channel.clone()
                        on=c.given
                        state=state
                        label=label
                        state_label=t(lang, "col-status")
                    />
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="purpose-group">
            <h3 id=id.clone()>{value(lang, &purpose)}</h3>
            <ul class="channel-list" aria-labelledby=id>
                {items}
            </ul>
        </div>
    }
}

/// Which kind of switch a [`Toggle`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ToggleKind {
    Consent,
    Prohibition,
}

/// A consent's or prohibition's state and its one button. Without JavaScript the button
/// posts the form (the page reloads with a receipt). With it, the change is made in
/// place: the state and the button's label change, focus stays on the button, and the
/// receipt is announced through a live region.
#[island]
fn Toggle(
    kind: ToggleKind,
    purpose: String,
    channel: String,
    on: bool,
    state: String,
    label: String,
    state_label: String,
) -> impl IntoView {
    let on = RwSignal::new(on);
    let state = RwSignal::new(state);
    let label = RwSignal::new(label);
    let receipt = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    // Effects run only in the browser: the mark says the island has hydrated and its
    // button now changes the state in place (tests wait for it before they click).
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let (p, c) = (purpose.clone(), channel.clone());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let (p, c, turn_on) = (p.clone(), c.clone(), !on.get_untracked());
        leptos::task::spawn_local(async move {
            let change = match kind {
                ToggleKind::Consent => crate::api::consents::toggle_consent(p, c, turn_on).await,
                ToggleKind::Prohibition => crate::api::consents::toggle_prohibition(c, turn_on).await,
            };
            match change {
                Ok(change) => {
                    on.set(change.given);
                    state.set(change.state_text);
                    label.set(change.button_text);
                    receipt.set(change.receipt_text);
                }
                Err(_) => {
                    // The plain form still works: submit it the way a browser without
                    // JavaScript would, so the page that follows explains what happened.
                    #[cfg(feature = "hydrate")]
                    if let Some(form) =
                        ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlFormElement>(t).ok())
                    {
                        let _ = form.submit();
                    }
                }
            }
            busy.set(false);
        });
    };
    let (action, field) = match kind {
        ToggleKind::Consent => ("/api/set_consent", "give"),
        ToggleKind::Prohibition => ("/api/set_prohibition", "prohibit"),
    };
    view! {
        <p class="consent-state">
            <span class="cell-label" aria-hidden="true">{state_label} ": "</span>
            {move || state.get()}
        </p>
        <form
            method="post"
            action=action
            on:submit=on_submit
            data-hydrated=move || hydrated.get().then_some("")
        >
            {(kind == ToggleKind::Consent).then(|| view! { <input type="hidden" name="purpose" value=purpose.clone() /> })}
            <input type="hidden" name="channel" value=channel />
            <input type="hidden" name=field value=move || if on.get() { "false" } else { "true" } />
            // The button shows its verb; its name is the whole "<verb>: <purpose, channel>"
            // (the heading and the row show the rest), so a screen reader, voice control
            // and the tests use one unique name that starts with what is seen.
            <button
                type="submit"
                class="button secondary"
                aria-busy=move || busy.get().to_string()
                aria-label=move || label.get()
            >
                {move || {
                    let label = label.get();
                    label.split_once(": ").map(|(verb, _)| verb.to_owned()).unwrap_or(label)
                }}
            </button>
        </form>
        <p class="inline-receipt" role="status">{move || receipt.get()}</p>
    }
}

#[component]
fn ProhibitionRow(lang: Lang, p: ProhibitionState) -> impl IntoView {
    let channel = value(lang, &p.channel);
    view! {
        <tr>
            <th scope="row">{channel}</th>
            <td>
                <Toggle
                    kind=ToggleKind::Prohibition
                    purpose=String::new()
                    channel=p.channel.clone()
                    on=p.prohibited
                    state=prohibition_state_text(lang, p.prohibited, p.since)
                    label=prohibition_button_text(lang, &p.channel, p.prohibited)
                    state_label=t(lang, "col-status")
                />
            </td>
        </tr>
    }
}
