//! A copy of personal data (GDPR Art. 15(3)) as a readable document: every category of
//! the register with why it is held, where it came from, who gets it and how long it
//! stays, the records themselves, the call recordings with any transcripts, and the
//! disclosures made — in the customer's language, as fixed when the copy was prepared.
//! The customer reads it on their copy's page (after giving their password again) and
//! can print or save it; staff review the same document before releasing it. Both are
//! server-rendered and work without JavaScript.

use crate::api::copies::{my_copy, staff_review_copy, CopyState, ReadableCopy};
use crate::components::form::error_text;
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::my_data::{format_seconds, RecordTable};
use crate::pages::requests::category_title;
use crate::wire::my_data::Cell;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

pub use crate::paths::{COPY_PATH, STAFF_COPY_PATH};

/// The address of the package download of copy `reference`.
pub fn package_href(reference: &str) -> String {
    format!("{COPY_PATH}/{reference}/paketti")
}

/// The customer's copy of one of their requests.
#[component]
pub fn MyCopyPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let reference = use_params_map().get_untracked().get("viite").unwrap_or_default();
    let back = format!("{}/{reference}", crate::paths::REQUESTS_PATH);
    let here = format!("{COPY_PATH}/{reference}");
    let data = Resource::new(move || (), move |_| my_copy(reference.clone()));
    view! {
        <p class="breadcrumb">
            <a href=back>{t(lang, "copy-back")}</a>
        </p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let here = here.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(Some((state, copy))) => view! { <CopyDocument lang state copy staff=false /> }.into_any(),
                        Ok(None) => view! { <CopyGone lang /> }.into_any(),
                        Err(AppError::ReauthRequired) => view! { <ConfirmFirst lang here /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The copy of a request as staff review it (every look audited).
#[component]
pub fn StaffCopyPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::staff::staff_page_guard(false) {
        return instead;
    }
    let reference = use_params_map().get_untracked().get("viite").unwrap_or_default();
    let back = format!("{}/{reference}#kopio", crate::paths::STAFF_REQUEST_PATH);
    let data = Resource::new(move || (), move |_| staff_review_copy(reference.clone()));
    view! {
        <p class="breadcrumb">
            <a href=back>{t(lang, "copy-back-staff")}</a>
        </p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some((state, copy))) => view! { <CopyDocument lang state copy staff=true /> }.into_any(),
                    Ok(None) => view! { <CopyGone lang /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

/// No copy to show: not released yet, expired, or not the reader's.
#[component]
fn CopyGone(lang: Lang) -> impl IntoView {
    view! {
        <Title text=t(lang, "copy-title") />
        <h1>{t(lang, "copy-heading")}</h1>
        <p>{t(lang, "copy-gone")}</p>
    }
}

/// The copy holds the identity code in full: the password first.
#[component]
fn ConfirmFirst(lang: Lang, here: String) -> impl IntoView {
    let href = format!("{}?{}={here}", crate::paths::REAUTH_PATH, crate::paths::NEXT_PARAM);
    view! {
        <Title text=t(lang, "copy-title") />
        <h1>{t(lang, "copy-heading")}</h1>
        <p>{t(lang, "copy-confirm-lead")}</p>
        <p>
            <a class="button" href=href>{t(lang, "copy-confirm")}</a>
        </p>
    }
}

/// The readable copy. Its words are in the language of the copy (the customer's), which
/// the article declares; for staff the recordings play from the staff workspace.
#[component]
pub fn CopyDocument(lang: Lang, state: CopyState, copy: ReadableCopy, staff: bool) -> impl IntoView {
    let doc: Lang = copy.lang.parse().unwrap_or(lang);
    let reference = copy.reference.clone();
    let register = use_context::<std::sync::Arc<crate::register::Register>>();
    let title = format!("{} {reference}", t(lang, "copy-title"));
    let status = if staff {
        let released = match (state.released_at, state.released_by.clone()) {
            (Some(at), Some(by)) => {
                t_args(lang, "copy-staff-released", &[("when", format_datetime(lang, at)), ("who", by)])
            }
            _ => t(lang, "copy-staff-not-released"),
        };
        Some(view! {
            <div class="notice" role="note">
                <p>
                    {t_args(
                        lang,
                        "copy-staff-prepared",
                        &[
                            ("when", format_datetime(lang, state.prepared_at)),
                            ("who", state.prepared_by.clone().unwrap_or_default()),
                        ],
                    )}
                </p>
                <p>{released}</p>
            </div>
        })
    } else {
        None
    };
    let until = copy.expires_at.map(|at| {
        view! {
            <dt>{t(doc, "copy-until")}</dt>
            <dd>{format_datetime(doc, at)}</dd>
        }
    });
    let package = (!staff).then(|| {
        view! {
            <p>
                <a href=package_href(&reference) download="">{t(doc, "copy-package-link")}</a>
                " "
                <span class="hint">{t(doc, "copy-package-hint")}</span>
            </p>
        }
    });
    let categories = copy
        .categories
        .into_iter()
        .map(|data| {
            let id = data.category.clone();
            let heading = format!("copy-cat-{id}");
            let facts = register.clone().and_then(|reg| {
                let cat = reg.category(&id).cloned()?;
                Some(view! { <crate::pages::landing::ProcessingFacts reg cat lang=doc /> })
            });
            let recordings = id == "call_recordings";
            let tables = data
                .tables
                .into_iter()
                .map(|mut table| {
                    if table.rows.is_empty() {
                        return view! {
                            <p>
                                <strong>{t(doc, &table.caption)}</strong>
                                ": "
                                {t(doc, "data-none-held")}
                            </p>
                        }
                        .into_any();
                    }
                    if staff && recordings {
                        for row in &mut table.rows {
                            if let Some(Cell::Text(src)) = row.last_mut() {
                                *src = src.replacen(
                                    crate::paths::RECORDING_PATH,
                                    &format!("{STAFF_COPY_PATH}/{}/tallenteet", copy.reference),
                                    1,
                                );
                            }
                        }
                    }
                    view! { <RecordTable lang=doc table recordings /> }.into_any()
                })
                .collect_view();
            let labelled = heading.clone();
            view! {
                <section aria-labelledby=labelled class="copy-category">
                    <h2 id=heading>{category_title(doc, &id)}</h2>
                    {facts}
                    {tables}
                </section>
            }
        })
        .collect_view();
    let transcripts = copy
        .recordings
        .iter()
        .filter_map(|r| {
            let text = r.transcript.clone()?;
            Some(view! {
                <article class="transcript">
                    <h3>
                        {format_datetime(doc, r.recorded_at)} " – " {r.topic.clone()} " ("
                        {format_seconds(r.duration_seconds)} ")"
                    </h3>
                    <p class="pre-line">{text}</p>
                </article>
            })
        })
        .collect::<Vec<_>>();
    let transcripts = (!transcripts.is_empty()).then(|| {
        view! {
            <section aria-labelledby="copy-transcripts">
                <h2 id="copy-transcripts">{t(doc, "copy-transcripts-heading")}</h2>
                <p>{t(doc, "copy-transcripts-lead")}</p>
                {transcripts}
            </section>
        }
    });
    view! {
        <Title text=title />
        {status}
        <article lang=doc.as_str() class="copy">
            <h1>{t(doc, "copy-heading")}</h1>
            <dl class="facts">
                <dt>{t(doc, "copy-customer-number")}</dt>
                <dd>{copy.customer_number.clone()}</dd>
                <dt>{t(doc, "copy-request")}</dt>
                <dd>{reference.clone()}</dd>
                <dt>{t(doc, "copy-prepared")}</dt>
                <dd>{format_datetime(doc, copy.prepared_at)}</dd>
                {until}
            </dl>
            <p>{t(doc, "copy-lead")}</p>
            {package}
            {categories}
            {transcripts}
            <section aria-labelledby="copy-disclosures">
                <h2 id="copy-disclosures">{t(doc, "data-disclosures-heading")}</h2>
                <crate::pages::staff::disclosures::DisclosureTable lang=doc list=copy.disclosures staff=false />
            </section>
            <section aria-labelledby="copy-rights">
                <h2 id="copy-rights">{t(doc, "copy-rights-heading")}</h2>
                <p>{t(doc, "copy-rights")}</p>
            </section>
        </article>
    }
}

/// What the customer's request page says of the copy: where to read and download it and
/// until when, or that its time has ended.
#[component]
pub fn CopyOnRequest(lang: Lang, reference: String, state: CopyState) -> impl IntoView {
    let now = chrono::Utc::now();
    let current = !state.purged && state.expires_at.is_some_and(|until| now < until);
    let body = if current {
        let until = state.expires_at.map(|at| format_datetime(lang, at)).unwrap_or_default();
        view! {
            <p>{t_args(lang, "copy-ready", &[("until", until)])}</p>
            <ul>
                <li>
                    <a href=format!("{COPY_PATH}/{reference}")>{t(lang, "copy-read-link")}</a>
                </li>
                <li>
                    <a href=package_href(&reference) download="">{t(lang, "copy-package-link")}</a>
                </li>
            </ul>
            <p class="hint">{t(lang, "copy-recordings-hint")}</p>
        }
        .into_any()
    } else {
        let ended = state.expires_at.map(|at| format_date(lang, at.date_naive())).unwrap_or_default();
        view! { <p>{t_args(lang, "copy-expired", &[("when", ended)])}</p> }.into_any()
    };
    view! {
        <section aria-labelledby="kopio" class="notice">
            <h2 id="kopio">{t(lang, "copy-section-heading")}</h2>
            {body}
        </section>
    }
}
