//! Requests and complaints (privacy notice §9, §11): the customer's requests with their
//! status and due date, a form for each kind of request, a page per request with its
//! timeline, messages and what can still be done, and the route to the Data Protection
//! Ombudsman with a summary of the case. Every form posts to its server function, so
//! everything works without JavaScript; free text is always shown escaped.

use crate::api::my_data::ErasureNow;
use crate::api::requests::{
    my_request, my_requests, request_form, AddRequestMessage, FileErasure, FileObjection, FileRectification,
    FileRestriction, FileTextRequest, NewRequestForm, RequestSummary, RequestView, RestrictDuringRequest,
    WithdrawRequest,
};
use crate::components::form::{error_text, query_flag, ChoiceGroup, ErrorSummary, Field, Notice, TextAreaField};
use crate::domain::clock;
use crate::domain::request::{RectifiableField, RequestDetails, RestrictionGround};
use crate::domain::{IdentityCode, Lang, PhoneNumber, RequestKind, RequestStatus};
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::password::title_for;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

pub use crate::i18n::texts::{kind_text, status_text};
pub use crate::paths::DPA_PATH;
pub use crate::paths::DPA_SUMMARY_PATH;
pub use crate::paths::NEW_REQUEST_PATH;
pub use crate::paths::REQUESTS_PATH;

fn register() -> Option<std::sync::Arc<crate::register::Register>> {
    use_context::<std::sync::Arc<crate::register::Register>>()
}

/// "Due 25.12.2026 (30 days left)" / "… (overdue by 2 days)" for an open request.
pub fn due_text(lang: Lang, due: chrono::NaiveDate, open: bool) -> String {
    let date = format_date(lang, due);
    if !open {
        return date;
    }
    let left = clock::days_left(due, clock::helsinki_date(chrono::Utc::now()));
    let key = match left {
        0 => "request-due-today",
        n if n > 0 => "request-days-left",
        _ => "request-overdue",
    };
    format!("{date} ({})", t_args(lang, key, &[("days", left.abs().to_string())]))
}

/// A stored field value as the customer reads it: the identity code masked, a phone
/// number in national form, a language by its name.
pub fn field_value_text(lang: Lang, field: RectifiableField, value: Option<&str>) -> String {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return t(lang, "value-none");
    };
    match field {
        RectifiableField::IdentityCode => {
            IdentityCode::parse(value).map(|c| c.masked()).unwrap_or_else(|_| "***".into())
        }
        RectifiableField::Phone => PhoneNumber::parse(value).map(|p| p.national()).unwrap_or_else(|_| value.into()),
        RectifiableField::Language => t(lang, &format!("value-lang-{value}")),
        _ => value.to_owned(),
    }
}

pub fn field_label(lang: Lang, field: RectifiableField) -> String {
    t(lang, &format!("value-field-{}", field.as_str()))
}

pub fn category_title(lang: Lang, id: &str) -> String {
    register().and_then(|r| r.category(id).map(|c| c.title.get(lang).to_owned())).unwrap_or_else(|| id.to_owned())
}

fn purpose_title(lang: Lang, id: &str) -> String {
    register().and_then(|r| r.purpose(id).map(|p| p.title.get(lang).to_owned())).unwrap_or_else(|| id.to_owned())
}

#[component]
fn Breadcrumb(lang: Lang) -> impl IntoView {
    view! {
        <p class="breadcrumb">
            <a href=REQUESTS_PATH>{t(lang, "requests-heading")}</a>
        </p>
    }
}

#[component]
pub fn RequestsPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let list = Resource::new(|| (), |_| my_requests());
    let kinds = RequestKind::ALL
        .iter()
        .map(|k| {
            let href = format!("{NEW_REQUEST_PATH}/{}", k.path_segment());
            view! {
                <li>
                    <a href=href>{kind_text(lang, *k)}</a>
                    <p class="hint">{t(lang, &format!("request-kind-{}-hint", k.as_str()))}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=t(lang, "requests-title") />
        <h1>{t(lang, "requests-heading")}</h1>
        <p>{t(lang, "requests-lead")}</p>
        <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">{t(lang, "requests-mine-heading")}</h2>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! { <p>{t(lang, "requests-none")}</p> }.into_any(),
                        Ok(list) => view! { <RequestList lang list /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <section aria-labelledby="new-heading">
            <h2 id="new-heading">{t(lang, "requests-new-heading")}</h2>
            <ul class="category-list">{kinds}</ul>
            <p>
                {t(lang, "requests-marketing-note")} " "
                <a href=crate::paths::CONSENTS_PATH>{t(lang, "consents-heading")}</a>
            </p>
        </section>
        <section aria-labelledby="dpa-heading">
            <h2 id="dpa-heading">{t(lang, "dpa-heading")}</h2>
            <p>{t(lang, "dpa-short")}</p>
            <p>
                <a href=DPA_PATH>{t(lang, "dpa-link")}</a>
            </p>
        </section>
    }
    .into_any()
}

#[component]
fn RequestList(lang: Lang, list: Vec<RequestSummary>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|r| {
            let href = format!("{REQUESTS_PATH}/{}", r.reference);
            let due = due_text(lang, r.due_on, r.status.is_open());
            view! {
                <tr>
                    <th scope="row">
                        <span class="cell-label">{t(lang, "col-reference")} ": "</span>
                        <a href=href>{r.reference.clone()}</a>
                    </th>
                    <td>
                        <span class="cell-label">{t(lang, "col-kind")} ": "</span>
                        {kind_text(lang, r.kind)}
                    </td>
                    <td>
                        <span class="cell-label">{t(lang, "col-received")} ": "</span>
                        {format_datetime(lang, r.received_at)}
                    </td>
                    <td>
                        <span class="cell-label">{t(lang, "col-answer-due")} ": "</span>
                        {due}
                    </td>
                    <td>
                        <span class="cell-label">{t(lang, "col-status")} ": "</span>
                        {status_text(lang, r.status)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "requests-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "col-reference")}</th>
                    <th scope="col">{t(lang, "col-kind")}</th>
                    <th scope="col">{t(lang, "col-received")}</th>
                    <th scope="col">{t(lang, "col-answer-due")}</th>
                    <th scope="col">{t(lang, "col-status")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The form for a new request of the kind in the address (`/oma/pyynnot/uusi/<kind>`).
#[component]
pub fn NewRequestPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let segment = use_params_map().get_untracked().get("laji").unwrap_or_default();
    let Some(kind) = RequestKind::from_path_segment(&segment) else {
        return view! { <crate::pages::not_found::NotFound /> }.into_any();
    };
    let form = Resource::new(move || (), move |_| request_form(kind.as_str().to_owned()));
    view! {
        <Breadcrumb lang />
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <KindForm lang kind form /> }.into_any(),
                    Err(e) => {
                        view! {
                            <Title text=kind_text(lang, kind) />
                            <h1>{kind_text(lang, kind)}</h1>
                            <p role="alert">{error_text(lang, &e)}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
    .into_any()
}

/// The error a form's action came back with (read from the address after a redirect).
fn error_of<A>(action: &ServerAction<A>) -> Option<AppError>
where
    A: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    action.value().get_untracked().and_then(|r| r.err())
}

/// What every request form starts from: the error it came back with, a reader of what
/// was typed before (field name → value), and a fresh idempotency key.
fn form_start<A>(
    action: &ServerAction<A>,
    form: &NewRequestForm,
) -> (Option<AppError>, impl Fn(&str) -> String + Clone + 'static, String)
where
    A: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    let draft = form.draft.clone();
    let drafted = move |name: &str| draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
    (error_of(action), drafted, form.idempotency_key.clone())
}

#[component]
fn KindForm(lang: Lang, kind: RequestKind, form: NewRequestForm) -> impl IntoView {
    let heading = kind_text(lang, kind);
    let lead = t(lang, &format!("request-kind-{}-lead", kind.as_str()));
    let (body, error) = match kind {
        RequestKind::Rectification => rectification_form(lang, form),
        RequestKind::Erasure => erasure_form(lang, form),
        RequestKind::Restriction => restriction_form(lang, form),
        RequestKind::Objection => objection_form(lang, form),
        RequestKind::Copy | RequestKind::Question | RequestKind::Complaint => text_form(lang, kind, form),
    };
    let dpa = (kind == RequestKind::Complaint).then(|| {
        view! {
            <aside class="notice" aria-labelledby="dpa-aside">
                <h2 id="dpa-aside">{t(lang, "dpa-heading")}</h2>
                <p>{t(lang, "dpa-short")}</p>
                <p>
                    <a href=DPA_PATH>{t(lang, "dpa-link")}</a>
                </p>
            </aside>
        }
    });
    view! {
        <Title text=title_for(lang, &format!("request-kind-{}", kind.as_str()), error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error />
            <h1>{heading}</h1>
            <p>{lead}</p>
            <p>{t(lang, "request-clock-note")}</p>
            {body}
            {dpa}
        </div>
    }
}

/// The checkbox that asks for restriction while the request is pending.
#[component]
fn RestrictCheckbox(lang: Lang, checked: bool) -> impl IntoView {
    view! {
        <div class="field">
            <div class="choice">
                <input type="checkbox" id="restrict" name="restrict" value="1" checked=checked aria-describedby="restrict-hint" />
                <label for="restrict">{t(lang, "request-restrict-label")}</label>
                <p class="hint choice-hint" id="restrict-hint">
                    {t(lang, "request-restrict-hint")}
                </p>
            </div>
        </div>
    }
}

#[component]
fn Submit(lang: Lang, idempotency_key: String) -> impl IntoView {
    view! {
        <input type="hidden" name="idempotency_key" value=idempotency_key />
        <button type="submit" class="button">{t(lang, "request-submit")}</button>
    }
}

fn rectification_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileRectification>::new();
    let (error, d, key) = form_start(&action, &form);
    let options = form
        .fields
        .iter()
        .map(|(field, current)| {
            let now =
                t_args(lang, "request-current-value", &[("value", field_value_text(lang, *field, current.as_deref()))]);
            (field.as_str().to_owned(), field_label(lang, *field), Some(now))
        })
        .collect();
    let view = view! {
        <ActionForm action=action>
            <ChoiceGroup
                lang
                error=error.clone()
                name="field"
                legend=t(lang, "request-field-legend")
                options
                checked=vec![d("field")]
            />
            <Field
                lang
                error=error.clone()
                name="proposed"
                label_key="request-proposed-label"
                hint_key="request-proposed-hint"
                autocomplete="off"
                maxlength="254"
                value=d("proposed")
            />
            <TextAreaField
                lang
                error=error.clone()
                name="reason"
                label_key="request-reason-label"
                hint_key="request-reason-hint"
                value=d("reason")
            />
            <RestrictCheckbox lang checked=!d("restrict").is_empty() />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

fn erasure_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileErasure>::new();
    let (error, d, key) = form_start(&action, &form);
    let chosen: Vec<String> = d("categories").split(',').map(str::to_owned).collect();
    let held: Vec<_> = form.categories.iter().filter(|c| c.records > 0).collect();
    let options: Vec<(String, String, Option<String>)> = held
        .iter()
        .filter(|c| c.erasure == ErasureNow::Possible)
        .map(|c| {
            let count =
                t_args(lang, "request-records", &[("count", crate::pages::my_data::format_number(lang, c.records))]);
            (c.category.clone(), category_title(lang, &c.category), Some(count))
        })
        .collect();
    let blocked = held
        .iter()
        .filter(|c| c.erasure != ErasureNow::Possible)
        .map(|c| {
            let why = match &c.erasure {
                ErasureNow::ActiveContract => t(lang, "erasure-now-contract"),
                ErasureNow::Law(law) => t_args(lang, "erasure-now-law", &[("law", law.clone())]),
                ErasureNow::Possible => String::new(),
            };
            view! {
                <li>
                    <strong>{category_title(lang, &c.category)}</strong>
                    ": "
                    {why}
                </li>
            }
        })
        .collect_view();
    let any = !options.is_empty();
    let view = view! {
        {if any {
            view! {
                <ActionForm action=action>
                    <ChoiceGroup
                        lang
                        error=error.clone()
                        name="categories"
                        legend=t(lang, "request-categories-legend")
                        hint=t(lang, "request-categories-hint")
                        options
                        checked=chosen
                        multiple=true
                    />
                    <TextAreaField
                        lang
                        error=error.clone()
                        name="reason"
                        label_key="request-erasure-reason-label"
                        value=d("reason")
                        optional=true
                    />
                    <RestrictCheckbox lang checked=!d("restrict").is_empty() />
                    <Submit lang idempotency_key=key.clone() />
                </ActionForm>
            }
                .into_any()
        } else {
            view! { <p>{t(lang, "request-nothing-erasable")}</p> }.into_any()
        }}
        <h2>{t(lang, "request-not-erasable-heading")}</h2>
        <ul>{blocked}</ul>
    }
    .into_any();
    (view, error_of(&action))
}

fn restriction_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileRestriction>::new();
    let (error, d, key) = form_start(&action, &form);
    let options = RestrictionGround::ALL
        .iter()
        .map(|g| {
            let key = format!("request-ground-{}", g.as_str());
            (g.as_str().to_owned(), t(lang, &key), Some(t(lang, &format!("{key}-hint"))))
        })
        .collect();
    let view = view! {
        <ActionForm action=action>
            <ChoiceGroup
                lang
                error=error.clone()
                name="ground"
                legend=t(lang, "request-ground-legend")
                options
                checked=vec![d("ground")]
            />
            <TextAreaField
                lang
                error=error.clone()
                name="reason"
                label_key="request-restriction-reason-label"
                value=d("reason")
            />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

fn objection_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileObjection>::new();
    let (error, d, key) = form_start(&action, &form);
    let chosen: Vec<String> = d("purposes").split(',').map(str::to_owned).collect();
    let options = form.purposes.iter().map(|p| (p.clone(), purpose_title(lang, p), None)).collect();
    let view = view! {
        <p>
            {t(lang, "requests-marketing-note")} " "
            <a href=crate::paths::CONSENTS_PATH>{t(lang, "consents-heading")}</a>
        </p>
        <ActionForm action=action>
            <ChoiceGroup
                lang
                error=error.clone()
                name="purposes"
                legend=t(lang, "request-purposes-legend")
                options
                checked=chosen
                multiple=true
            />
            <TextAreaField
                lang
                error=error.clone()
                name="grounds"
                label_key="request-grounds-label"
                hint_key="request-grounds-hint"
                value=d("grounds")
            />
            <RestrictCheckbox lang checked=!d("restrict").is_empty() />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

fn text_form(lang: Lang, kind: RequestKind, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileTextRequest>::new();
    let (error, d, key) = form_start(&action, &form);
    let label_key = match kind {
        RequestKind::Copy => "request-copy-label",
        RequestKind::Question => "request-question-label",
        _ => "request-complaint-label",
    };
    let view = view! {
        <ActionForm action=action>
            <input type="hidden" name="kind" value=kind.as_str() />
            <TextAreaField lang error=error.clone() name="text" label_key value=d("text") />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

/// One request: its status, due date, what was asked, timeline and messages, and the
/// actions still open to the customer.
#[component]
pub fn RequestPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let reference = use_params_map().get_untracked().get("viite").unwrap_or_default();
    let data = Resource::new(move || (), move |_| my_request(reference.clone()));
    view! {
        <Breadcrumb lang />
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some((view, draft))) => view! { <RequestDetailsView lang view draft /> }.into_any(),
                    Ok(None) => view! { <crate::pages::not_found::NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn RequestDetailsView(lang: Lang, view: RequestView, draft: String) -> impl IntoView {
    let s = view.summary.clone();
    let open = s.status.is_open();
    let message = ServerAction::<AddRequestMessage>::new();
    let error = error_of(&message);
    let title = format!("{} {} – {}", kind_text(lang, s.kind), s.reference, t(lang, "requests-heading"));
    let receipt = query_flag("kuitti").then(|| {
        let text = t_args(
            lang,
            "request-receipt",
            &[
                ("reference", s.reference.clone()),
                ("received", format_datetime(lang, s.received_at)),
                ("due", format_date(lang, s.due_on)),
            ],
        );
        view! {
            <div class="notice" role="status" id="kuitti" tabindex="-1">
                <h2>{t(lang, "request-receipt-heading")}</h2>
                <p>{text}</p>
                <p>{t(lang, "request-receipt-mail")}</p>
            </div>
        }
    });
    let notices = [
        ("lahetetty", "request-message-sent"),
        ("peruttu", "request-withdrawn"),
        ("rajoitus", "request-restriction-asked"),
    ]
    .into_iter()
    .filter(|(flag, _)| query_flag(flag))
    .map(|(_, key)| view! { <Notice text=t(lang, key) /> })
    .collect_view();
    let extension = view.extension_reason.clone().map(|reason| {
        view! {
            <dt>{t(lang, "request-extended-label")}</dt>
            <dd>
                {t_args(lang, "request-extended-text", &[("original", format_date(lang, view.original_due_on))])} " "
                <span class="pre-line">{reason}</span>
            </dd>
        }
    });
    let restriction = view.restrict_processing.then(|| {
        view! {
            <dt>{t(lang, "request-restriction-label")}</dt>
            <dd>{t(lang, "request-restriction-on")}</dd>
        }
    });
    let decision = view.decision_reason.clone().filter(|_| !open).map(|reason| {
        view! {
            <section aria-labelledby="answer-heading">
                <h2 id="answer-heading">{t(lang, "request-answer-heading")}</h2>
                <p class="pre-line">{reason}</p>
            </section>
        }
    });
    let rejected = (s.status == RequestStatus::Rejected).then(|| {
        view! {
            <div class="notice">
                <p>{t(lang, "request-rejected-dpa")}</p>
                <p>
                    <a href=DPA_PATH>{t(lang, "dpa-link")}</a>
                </p>
            </div>
        }
    });
    let waiting = s.status == RequestStatus::WaitingForCustomer;
    let recipients = (!view.recipients.is_empty()).then(|| {
        let items = view
            .recipients
            .iter()
            .map(|(recipient, at)| {
                let title = register()
                    .and_then(|r| r.recipient(recipient).map(|i| i.title.get(lang).to_owned()))
                    .unwrap_or_else(|| recipient.clone());
                let state = match at {
                    Some(at) => t_args(lang, "staff-notified-at", &[("when", format_datetime(lang, *at))]),
                    None => t(lang, "request-recipient-pending"),
                };
                view! {
                    <li>
                        <strong>{title}</strong>
                        ": "
                        {state}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="recipients-heading">
                <h2 id="recipients-heading">{t(lang, "request-recipients-heading")}</h2>
                <p>{t(lang, "request-recipients-lead")}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let events = view
        .events
        .iter()
        .map(|e| {
            let what = t(lang, &format!("request-event-{}", e.kind));
            let who = t(lang, &format!("value-{}", e.actor));
            view! {
                <li>
                    <strong>{format_datetime(lang, e.at)}</strong>
                    " "
                    {what}
                    " ("
                    {who}
                    ")"
                </li>
            }
        })
        .collect_view();
    let messages = view
        .messages
        .iter()
        .map(|m| {
            let who = t(lang, &format!("value-{}", m.author));
            view! {
                <article class="message" class:from-staff=m.author != "customer">
                    <h3>
                        {who} <span class="message-time">{format_datetime(lang, m.at)}</span>
                    </h3>
                    <p class="pre-line">{m.body.clone()}</p>
                </article>
            }
        })
        .collect_view();
    let reference = s.reference.clone();
    let message_error = error.clone();
    let message_form = open.then(move || {
        let label = if waiting { "request-answer-label" } else { "request-message-label" };
        let submit = if waiting { "request-answer-submit" } else { "request-message-submit" };
        view! {
            <ActionForm action=message>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextAreaField lang error=message_error name="body" label_key=label value=draft />
                <button type="submit" class="button">{t(lang, submit)}</button>
            </ActionForm>
        }
    });
    let (r1, r2) = (s.reference.clone(), s.reference.clone());
    let restrict_form = (open && s.kind.offers_restriction() && !view.restrict_processing).then(move || {
        let action = ServerAction::<RestrictDuringRequest>::new();
        view! {
            <section aria-labelledby="restrict-heading">
                <h2 id="restrict-heading">{t(lang, "request-restrict-heading")}</h2>
                <p>{t(lang, "request-restrict-hint")}</p>
                <ActionForm action=action>
                    <input type="hidden" name="reference" value=r1 />
                    <button type="submit" class="button secondary">{t(lang, "request-restrict-submit")}</button>
                </ActionForm>
            </section>
        }
    });
    let withdraw_form = open.then(move || {
        let action = ServerAction::<WithdrawRequest>::new();
        view! {
            <section aria-labelledby="withdraw-heading">
                <h2 id="withdraw-heading">{t(lang, "request-withdraw-heading")}</h2>
                <p>{t(lang, "request-withdraw-lead")}</p>
                <ActionForm action=action>
                    <input type="hidden" name="reference" value=r2 />
                    <button type="submit" class="button secondary">{t(lang, "request-withdraw-submit")}</button>
                </ActionForm>
            </section>
        }
    });
    view! {
        <Title text=if error.is_some() { format!("{}: {title}", t(lang, "error-prefix")) } else { title } />
        <ErrorSummary lang error=error.clone() />
        {receipt}
        {notices}
        <h1>{kind_text(lang, s.kind)} " " {s.reference.clone()}</h1>
        <dl class="facts">
            <dt>{t(lang, "col-status")}</dt>
            <dd>
                <strong>{status_text(lang, s.status)}</strong>
                {waiting.then(|| view! { " – " {t(lang, "request-waiting-note")} })}
            </dd>
            <dt>{t(lang, "col-received")}</dt>
            <dd>{format_datetime(lang, s.received_at)}</dd>
            <dt>{t(lang, "col-answer-due")}</dt>
            <dd>{due_text(lang, s.due_on, open)}</dd>
            {extension}
            {restriction}
            {s.decided_at.map(|at| view! {
                <dt>{t(lang, "request-decided-label")}</dt>
                <dd>{format_datetime(lang, at)}</dd>
            })}
        </dl>
        {rejected}
        {decision}
        {recipients}
        <section aria-labelledby="asked-heading">
            <h2 id="asked-heading">{t(lang, "request-asked-heading")}</h2>
            {view.details.clone().map(|d| view! { <DetailsView lang details=d /> })}
        </section>
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t(lang, "request-timeline-heading")}</h2>
            <ol class="timeline">{events}</ol>
        </section>
        <section aria-labelledby="viestit" class="messages">
            <h2 id="viestit" tabindex="-1">{t(lang, "request-messages-heading")}</h2>
            {if view.messages.is_empty() { Some(view! { <p>{t(lang, "request-no-messages")}</p> }) } else { None }}
            {messages}
            {message_form}
        </section>
        {restrict_form}
        {withdraw_form}
    }
}

/// What a request asked. `reveal`: identity codes in full (staff deciding the request);
/// customers see them masked.
#[component]
pub fn DetailsView(lang: Lang, details: RequestDetails, #[prop(default = false)] reveal: bool) -> impl IntoView {
    let value = move |field: RectifiableField, v: Option<&str>| {
        if reveal && field == RectifiableField::IdentityCode {
            v.map(str::to_owned).unwrap_or_else(|| t(lang, "value-none"))
        } else {
            field_value_text(lang, field, v)
        }
    };
    let row = |label: String, value: AnyView| {
        view! {
            <dt>{label}</dt>
            <dd class="pre-line">{value}</dd>
        }
    };
    let rows = match details {
        RequestDetails::Rectification { field, current, proposed, reason } => vec![
            row(t(lang, "request-field-label"), field_label(lang, field).into_any()),
            row(t(lang, "request-current-label"), value(field, current.as_deref()).into_any()),
            row(t(lang, "request-proposed-label"), value(field, Some(&proposed)).into_any()),
            row(t(lang, "request-reason-label"), reason.into_any()),
        ],
        RequestDetails::Erasure { categories, reason } => {
            let list = categories.iter().map(|c| view! { <li>{category_title(lang, c)}</li> }).collect_view();
            let mut rows = vec![row(t(lang, "request-categories-legend"), view! { <ul>{list}</ul> }.into_any())];
            if let Some(reason) = reason {
                rows.push(row(t(lang, "request-erasure-reason-label"), reason.into_any()));
            }
            rows
        }
        RequestDetails::Restriction { ground, reason } => vec![
            row(t(lang, "request-ground-legend"), t(lang, &format!("request-ground-{}", ground.as_str())).into_any()),
            row(t(lang, "request-restriction-reason-label"), reason.into_any()),
        ],
        RequestDetails::Objection { purposes, grounds } => {
            let list = purposes.iter().map(|p| view! { <li>{purpose_title(lang, p)}</li> }).collect_view();
            vec![
                row(t(lang, "request-purposes-legend"), view! { <ul>{list}</ul> }.into_any()),
                row(t(lang, "request-grounds-label"), grounds.into_any()),
            ]
        }
        RequestDetails::Copy { what } => vec![row(t(lang, "request-copy-label"), what.into_any())],
        RequestDetails::Question { question } => vec![row(t(lang, "request-question-label"), question.into_any())],
        RequestDetails::Complaint { complaint } => vec![row(t(lang, "request-complaint-label"), complaint.into_any())],
    };
    view! { <dl class="facts">{rows}</dl> }
}

/// The route to the supervisory authority: what it is, where, and a summary of the
/// customer's case to copy or download.
#[component]
pub fn DpaPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let summary = Resource::new(|| (), |_| crate::api::requests::dpa_summary());
    let (name, url) = register()
        .map(|r| (r.supervisory_authority.name.get(lang).to_owned(), r.supervisory_authority.url.clone()))
        .unwrap_or_default();
    let site = url.trim_start_matches("https://").to_owned();
    view! {
        <Title text=t(lang, "dpa-title") />
        <Breadcrumb lang />
        <h1>{t(lang, "dpa-heading")}</h1>
        <p>{t_args(lang, "dpa-what", &[("name", name.clone())])}</p>
        <p>{t(lang, "dpa-when")}</p>
        <p>
            {t(lang, "dpa-first-us")} " "
            <a href=format!("{NEW_REQUEST_PATH}/{}", RequestKind::Complaint.path_segment())>
                {t(lang, "request-kind-complaint")}
            </a>
        </p>
        <p>
            {t(lang, "dpa-where")} " " <a href=url.clone() rel="external">{format!("{name} ({site})")}</a>
        </p>
        <h2>{t(lang, "dpa-summary-heading")}</h2>
        <p>{t(lang, "dpa-summary-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match summary.await {
                    Ok(text) => {
                        view! {
                            <div class="field">
                                <label for="summary">{t(lang, "dpa-summary-label")}</label>
                                <textarea id="summary" class="summary" rows="14" readonly>
                                    {crate::components::form::textarea_text(&text)}
                                </textarea>
                            </div>
                            <p>
                                <a href=DPA_SUMMARY_PATH class="button secondary" download="">
                                    {t(lang, "dpa-summary-download")}
                                </a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use crate::domain::request::{RectifiableField, RestrictionGround, EVENT_KINDS};
    use crate::domain::{Lang, RequestKind, RequestStatus};
    use crate::i18n::has_text;

    /// Every text these pages name by a code (kinds, statuses, grounds, events, fields
    /// and the errors a proposed value can have) exists in every language.
    #[test]
    fn every_coded_text_exists_in_every_language() {
        let mut keys = Vec::new();
        for k in RequestKind::ALL {
            for suffix in ["", "-hint", "-lead"] {
                keys.push(format!("request-kind-{}{suffix}", k.as_str()));
            }
        }
        keys.extend(RequestStatus::ALL.iter().map(|s| format!("request-status-{}", s.as_str())));
        for g in RestrictionGround::ALL {
            keys.push(format!("request-ground-{}", g.as_str()));
            keys.push(format!("request-ground-{}-hint", g.as_str()));
        }
        keys.extend(EVENT_KINDS.iter().map(|e| format!("request-event-{e}")));
        keys.extend(RectifiableField::ALL.iter().map(|f| format!("value-field-{}", f.as_str())));
        keys.extend(["customer", "customer_service", "dpo", "system"].iter().map(|a| format!("value-{a}")));
        for bad in [
            "",
            "x",
            "12345678901",
            "abcdef-1234",
            "010190*1234",
            "010190-12a4",
            "010190-0014",
            "310290-1234",
            "010190-123A",
            "++",
            "123",
            "1234567890123456",
            "0",
            "@",
            "a@",
            "a@@b",
            "a@b",
            &"a".repeat(300),
        ] {
            for field in RectifiableField::ALL {
                if let Err(code) = field.check(bad) {
                    keys.push(format!("error-{code}"));
                }
            }
        }
        keys.extend(
            [
                "text-missing",
                "text-too-long",
                "field-missing",
                "proposed-unchanged",
                "categories-missing",
                "erasure-not-possible",
                "ground-missing",
                "purposes-missing",
            ]
            .iter()
            .map(|c| format!("error-{c}")),
        );
        keys.sort();
        keys.dedup();
        assert!(keys.len() > 80, "{}", keys.len());
        for lang in Lang::ALL {
            for key in &keys {
                assert!(has_text(*lang, key), "{key} has no {lang:?} text");
            }
            for key in ["request-mail-received-subject", "request-mail-received-body"] {
                let args = [("reference", "TN-2026-000042".to_owned()), ("link", "https://x.test/r".to_owned())];
                let text = crate::i18n::t_args(*lang, key, &args);
                assert!(text.contains("TN-2026-000042") && text != key, "{key} in {lang:?}: {text}");
            }
        }
    }
}
