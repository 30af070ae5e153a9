//! A request without an account (privacy notice §11): the public form for any right of
//! §9, the page that follows the submission and the request it becomes, and the page
//! the mailed link opens, where a button (not the opening: mail scanners open links)
//! confirms the request. Plain forms and links: everything works without JavaScript.
//! No page says whether the person is in the register.

use crate::api::public_request::{
    public_request_form, public_request_link, public_request_status, ConfirmPublicRequest, PublicRequest,
    PublicRequestMessage,
};
use crate::components::eid::{refusal, EidRefusal};
use crate::components::form::{error_text, ChoiceGroup, ErrorSummary, Field, Notice, TextAreaField};
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::account::no_store;
use crate::pages::password::title_for;
use crate::pages::requests::asked::AskedFields;
use crate::pages::requests::{kind_text, status_text};
use crate::wire::requests::{PublicConfirm, PublicStatus};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

pub use crate::paths::{PUBLIC_CONFIRM_PATH, PUBLIC_REQUEST_PATH, PUBLIC_STATUS_PATH};

/// The public form.
#[component]
pub fn PublicRequestPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    let form = Resource::new(|| (), |_| public_request_form());
    let action = ServerAction::<PublicRequest>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    view! {
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match form.await {
                        Ok(form) => view! { <PublicForm lang form error action /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn PublicForm(
    lang: Lang,
    form: crate::wire::staff::IntakeForm,
    error: Option<AppError>,
    action: ServerAction<PublicRequest>,
) -> impl IntoView {
    let draft = form.draft.clone();
    let kept = move |name: &str| draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let as_checked = |v: String| if v.is_empty() { vec![] } else { vec![v] };
    let kinds = crate::domain::RequestKind::ALL
        .iter()
        .map(|k| {
            (k.as_str().to_owned(), kind_text(lang, *k), Some(t(lang, &format!("public-kind-hint-{}", k.as_str()))))
        })
        .collect::<Vec<_>>();
    view! {
        <Title text=title_for(lang, "public-title", error.is_some()) />
        <ErrorSummary lang error=error.clone() />
        <h1>{t(lang, "public-heading")}</h1>
        <p>{t(lang, "public-lead")}</p>
        <p>{t(lang, "public-how")}</p>
        <p>
            {t(lang, "public-have-account")} " "
            <a href=crate::paths::SIGN_IN_PATH>{t(lang, "public-sign-in")}</a>
        </p>
        <ActionForm action=action>
            <fieldset>
                <legend>{t(lang, "public-who-legend")}</legend>
                <Field lang error=error.clone() name="name" label_key="public-name-label" autocomplete="name" maxlength="200" value=kept("name") />
                <Field
                    lang
                    error=error.clone()
                    name="email"
                    label_key="public-email-label"
                    hint_key="public-email-hint"
                    inputmode="email"
                    autocomplete="email"
                    value=kept("email")
                />
                <Field
                    lang
                    error=error.clone()
                    name="phone"
                    label_key="public-phone-label"
                    inputmode="tel"
                    autocomplete="tel"
                    maxlength="40"
                    value=kept("phone")
                />
            </fieldset>
            <ChoiceGroup lang error=error.clone() name="kind" legend=t(lang, "public-kind-legend") options=kinds checked=as_checked(kept("kind")) />
            <TextAreaField
                lang
                error=error.clone()
                name="description"
                label_key="public-description-label"
                hint_key="public-description-hint"
                value=kept("description")
            />
            <AskedFields
                lang
                error=error.clone()
                draft=form.draft.clone()
                categories=form.categories.clone()
                purposes=form.purposes.clone()
                legends="public"
            />
            <p class="hint">{t(lang, "public-privacy")}</p>
            <button type="submit" class="button">{t(lang, "public-submit")}</button>
        </ActionForm>
    }
}

/// The link that starts strong identification for the request this browser follows.
#[component]
fn IdentifyOffer(lang: Lang) -> impl IntoView {
    crate::user::eid_offered().then(|| {
        view! {
            <section class="eid" aria-labelledby="eid-heading">
                <h2 id="eid-heading">{t(lang, "public-eid-heading")}</h2>
                <p>{t(lang, "public-eid-lead")}</p>
                <p>
                    <a class="button" href=format!("{}?pyynto=1", crate::paths::EID_START_PATH)>
                        {t(lang, "public-eid-start")}
                    </a>
                </p>
            </section>
        }
    })
}

/// Where the submission or request this browser follows stands.
#[component]
pub fn PublicStatusPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    let query = use_query_map().get_untracked();
    let notice = ["lahetetty", "vahvistettu", "tunnistettu", "viesti"]
        .into_iter()
        .find(|k| query.get(k).is_some())
        .map(|k| view! { <Notice text=t(lang, &format!("public-notice-{k}")) /> });
    let refused = refusal();
    let status = Resource::new(|| (), |_| public_request_status());
    view! {
        <Title text=t(lang, "public-status-title") />
        <div class="narrow">
            <EidRefusal lang code=refused />
            {notice}
            <h1>{t(lang, "public-status-heading")}</h1>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match status.await {
                        Ok(status) => view! { <StatusView lang status /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn StatusView(lang: Lang, status: PublicStatus) -> impl IntoView {
    match status {
        PublicStatus::Unknown => view! {
            <p>{t(lang, "public-status-unknown")}</p>
            <p><a href=PUBLIC_REQUEST_PATH>{t(lang, "public-new")}</a></p>
        }
        .into_any(),
        PublicStatus::Expired => view! {
            <p>{t(lang, "public-status-expired")}</p>
            <p><a href=PUBLIC_REQUEST_PATH>{t(lang, "public-new")}</a></p>
        }
        .into_any(),
        PublicStatus::Waiting { kind, confirm_by, identified } => view! {
            <p>{t_args(lang, "public-status-waiting", &[("kind", kind_text(lang, kind)), ("until", format_datetime(lang, confirm_by))])}</p>
            {identified.then(|| view! { <p>{t(lang, "public-identified")}</p> })}
            {(!identified).then(|| view! { <IdentifyOffer lang /> })}
        }
        .into_any(),
        PublicStatus::Filed(r) => {
            let s = r.summary;
            let open = s.status.is_open();
            let waiting = s.status == crate::domain::RequestStatus::WaitingForCustomer;
            let messages = r
                .messages
                .into_iter()
                .map(|m| {
                    let who = t(lang, if m.author == "customer" { "value-customer" } else { "public-from-elmonet" });
                    view! {
                        <article class="message" class:from-staff=m.author != "customer">
                            <h3>{who} " " <span class="message-time">{format_datetime(lang, m.at)}</span></h3>
                            <p class="pre-line">{m.body}</p>
                        </article>
                    }
                })
                .collect_view();
            let action = ServerAction::<PublicRequestMessage>::new();
            let error = action.value().get_untracked().and_then(|r| r.err());
            let (label, submit) = if waiting {
                ("request-answer-label", "request-answer-submit")
            } else {
                ("request-message-label", "request-message-submit")
            };
            let (key, draft) = (r.message_key, r.draft);
            let form = open.then(move || {
                view! {
                    <ErrorSummary lang error=error.clone() />
                    <ActionForm action=action>
                        <input type="hidden" name="idempotency_key" value=key />
                        <TextAreaField lang error=error.clone() name="body" label_key=label value=draft />
                        <button type="submit" class="button">{t(lang, submit)}</button>
                    </ActionForm>
                }
            });
            view! {
                <dl class="facts">
                    <dt>{t(lang, "col-reference")}</dt>
                    <dd>{s.reference.clone()}</dd>
                    <dt>{t(lang, "col-kind")}</dt>
                    <dd>{kind_text(lang, s.kind)}</dd>
                    <dt>{t(lang, "col-status")}</dt>
                    <dd><strong>{status_text(lang, s.status)}</strong></dd>
                    <dt>{t(lang, "col-received")}</dt>
                    <dd>{format_datetime(lang, s.received_at)}</dd>
                    <dt>{t(lang, "col-answer-due")}</dt>
                    <dd>{format_date(lang, s.due_on)}</dd>
                    <dt>{t(lang, "public-identity-label")}</dt>
                    <dd>{t(lang, if r.identified { "public-identified" } else { "public-not-identified" })}</dd>
                </dl>
                {r.decision_reason.map(|reason| view! {
                    <section aria-labelledby="answer-heading">
                        <h2 id="answer-heading">{t(lang, "request-answer-heading")}</h2>
                        <p class="pre-line">{reason}</p>
                    </section>
                })}
                <section id="viestit" aria-labelledby="messages-heading" class="messages">
                    <h2 id="messages-heading">{t(lang, "request-messages-heading")}</h2>
                    {messages}
                    <p>{t(lang, "public-answer-how")}</p>
                    {form}
                </section>
                {(!r.identified && s.status.is_open()).then(|| view! { <IdentifyOffer lang /> })}
            }
            .into_any()
        }
    }
}

/// The page the mailed link opens: what is about to be filed, and the button that files it.
#[component]
pub fn PublicConfirmPage() -> impl IntoView {
    let lang = use_lang();
    no_store();
    let token = use_query_map().get_untracked().get("avain").unwrap_or_default();
    let action = ServerAction::<ConfirmPublicRequest>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let opened = Resource::new(move || (), {
        let token = token.clone();
        move |_| public_request_link(token.clone())
    });
    view! {
        <Title text=title_for(lang, "public-confirm-title", error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error.clone() />
            <h1>{t(lang, "public-confirm-heading")}</h1>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match opened.await {
                            Ok(PublicConfirm::Ready { kind }) => view! {
                                <p>{t_args(lang, "public-confirm-lead", &[("kind", kind_text(lang, kind))])}</p>
                                <ActionForm action=action>
                                    <input type="hidden" name="avain" value=token />
                                    <button type="submit" class="button">{t(lang, "public-confirm-submit")}</button>
                                </ActionForm>
                            }
                            .into_any(),
                            Ok(PublicConfirm::Done) => view! {
                                <p>{t(lang, "public-confirm-done")}</p>
                                <p><a href=PUBLIC_STATUS_PATH>{t(lang, "public-follow")}</a></p>
                            }
                            .into_any(),
                            Ok(PublicConfirm::Invalid) => view! {
                                <p role="alert">{t(lang, "public-confirm-invalid")}</p>
                                <p><a href=PUBLIC_REQUEST_PATH>{t(lang, "public-new")}</a></p>
                            }
                            .into_any(),
                            Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
}
