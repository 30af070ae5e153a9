//! One request: its timeline, messages and what can still be done; the details of a
//! request as customer and staff see them.

use super::new::error_of;
use super::*;

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
pub(super) fn RequestDetailsView(lang: Lang, view: RequestView, draft: String) -> impl IntoView {
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
    let message_key = view.message_key.clone();
    let message_error = error.clone();
    let message_form = open.then(move || {
        let label = if waiting { "request-answer-label" } else { "request-message-label" };
        let submit = if waiting { "request-answer-submit" } else { "request-message-submit" };
        view! {
            <ActionForm action=message>
                <input type="hidden" name="reference" value=reference.clone() />
                <input type="hidden" name="idempotency_key" value=message_key.clone() />
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
            <dt>{t(lang, "request-channel-label")}</dt>
            <dd>{t(lang, &format!("channel-{}", view.channel.as_str()))}</dd>
            <dt>{t(lang, "request-identity-label")}</dt>
            <dd>{identity_text(lang, &view.identity_checks)}</dd>
            {extension}
            {restriction}
            {s.decided_at.map(|at| view! {
                <dt>{t(lang, "request-decided-label")}</dt>
                <dd>{format_datetime(lang, at)}</dd>
            })}
            {view.deleted_on.map(|day| view! {
                <dt>{t(lang, "request-deleted-label")}</dt>
                <dd>{t_args(lang, "request-deleted-on", &[("day", crate::i18n::format_date(lang, day))])}</dd>
            })}
        </dl>
        {rejected}
        {decision}
        {view.copy.clone().map(|state| view! {
            <crate::pages::copies::CopyOnRequest lang reference=s.reference.clone() state />
        })}
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
        RequestDetails::Rectification { field, current, proposed, reason, .. } => vec![
            row(t(lang, "request-field-label"), field_label(lang, field).into_any()),
            row(t(lang, "request-current-label"), value(field, current.as_deref()).into_any()),
            row(t(lang, "request-proposed-label"), value(field, Some(&proposed)).into_any()),
            row(t(lang, "request-reason-label"), reason.into_any()),
        ],
        RequestDetails::Erasure { categories, reason, records } => {
            let list = categories.iter().map(|c| view! { <li>{category_title(lang, c)}</li> }).collect_view();
            let mut rows = vec![row(t(lang, "request-categories-legend"), view! { <ul>{list}</ul> }.into_any())];
            if !records.is_empty() {
                let count = crate::pages::my_data::format_number(lang, records.len() as i64);
                let text = t_args(
                    lang,
                    "request-records-chosen",
                    &[("count", count), ("category", category_title(lang, "other_data"))],
                );
                rows.push(row(t(lang, "request-records-legend"), text.into_any()));
            }
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

/// How the customer's identity was checked for the request, in a line: each check and
/// its day ("Signed in with password 30.11.2026; …"), or that none has been made yet.
fn identity_text(lang: Lang, checks: &[crate::wire::requests::IdentityCheck]) -> String {
    if checks.is_empty() {
        return t(lang, "request-identity-none");
    }
    checks
        .iter()
        .map(|c| {
            let result = if c.verified { String::new() } else { format!(" – {}", t(lang, "identity-not-verified")) };
            format!(
                "{} {}{result}",
                crate::i18n::texts::identity_check_text(lang, c),
                crate::i18n::format_date(lang, crate::domain::clock::helsinki_date(c.checked_at))
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
