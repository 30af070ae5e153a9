//! One request as staff open it (every look audited): the facts, the customer data
//! needed to decide it, the timeline, messages and the forms of the actions.

use super::*;

/// One request as staff see it, with the actions their role allows.
#[component]
pub fn StaffRequestPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(false) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let reference = use_params_map().get_untracked().get("viite").unwrap_or_default();
    let data = Resource::new(move || (), move |_| staff_request(reference.clone()));
    view! {
        <p class="breadcrumb">
            <a href=STAFF_PATH>{t(lang, "staff-queue-heading")}</a>
        </p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(page)) => view! { <StaffRequestView lang role page /> }.into_any(),
                    Ok(None) => view! { <crate::pages::not_found::NotFound /> }.into_any(),
                    Err(e) => {
                        view! {
                            <Title text=t(lang, "staff-title") />
                            <h1>{t(lang, "staff-heading")}</h1>
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

/// Where a value came from, as staff read it ("the customer", "the customer's request"),
/// where the customer's own pages say "you".
pub(super) fn staff_source_text(lang: Lang, source: &str) -> String {
    match source {
        "customer" => t(lang, "staff-customer"),
        "request" => t(lang, "staff-source-request"),
        other => t(lang, &format!("value-{other}")),
    }
}

/// What was typed into field `name` of a form that came back with an error.
pub(super) fn drafted(draft: &[(String, String)], name: &str) -> String {
    draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

pub(super) fn first_error(errors: &[Option<AppError>]) -> Option<AppError> {
    errors.iter().flatten().next().cloned()
}

#[component]
pub(super) fn StaffRequestView(lang: Lang, role: Role, page: StaffRequestPage) -> impl IntoView {
    let r = page.request;
    let reference = r.reference.clone();
    let open = r.status.is_open();
    let assign = ServerAction::<StaffAssign>::new();
    let message = ServerAction::<StaffMessage>::new();
    let extend = ServerAction::<StaffExtend>::new();
    let decide = ServerAction::<StaffDecide>::new();
    let restrict = ServerAction::<StaffRestrict>::new();
    let lift = ServerAction::<StaffLiftRestriction>::new();
    let notified = ServerAction::<StaffMarkNotified>::new();
    let identity = ServerAction::<crate::api::staff::StaffIdentityCheck>::new();
    let link = ServerAction::<crate::api::intake::StaffLinkRequest>::new();
    let prepare = ServerAction::<crate::api::copies::StaffPrepareCopy>::new();
    let transcript = ServerAction::<crate::api::copies::StaffSaveTranscript>::new();
    let errors = [
        prepare.value().get_untracked().and_then(|r| r.err()),
        transcript.value().get_untracked().and_then(|r| r.err()),
        link.value().get_untracked().and_then(|r| r.err()),
        identity.value().get_untracked().and_then(|r| r.err()),
        assign.value().get_untracked().and_then(|r| r.err()),
        message.value().get_untracked().and_then(|r| r.err()),
        extend.value().get_untracked().and_then(|r| r.err()),
        decide.value().get_untracked().and_then(|r| r.err()),
        restrict.value().get_untracked().and_then(|r| r.err()),
        lift.value().get_untracked().and_then(|r| r.err()),
        notified.value().get_untracked().and_then(|r| r.err()),
    ];
    let error = first_error(&errors);
    let draft = page.draft.clone();
    let done = use_query_map().get_untracked().get("tehty").map(|what| {
        view! {
            <div id="tila" tabindex="-1">
                <Notice text=t(lang, &format!("staff-done-{what}")) />
            </div>
        }
    });
    let title = format!("{} {} – {}", kind_text(lang, r.kind), reference, t(lang, "staff-heading"));
    let language =
        r.customer.as_ref().map(|c| c.language.clone()).or_else(|| r.requester.as_ref().map(|q| q.language.clone()));
    let customer_lang = t(lang, &format!("value-lang-{}", language.unwrap_or_else(|| "fi".into())));
    let restricted = r.customer.as_ref().is_some_and(|c| c.restricted);
    let customer = match &r.customer {
        Some(c) => format!("{} ({})", c.name, c.number),
        None => t(lang, "staff-customer-not-linked"),
    };
    let days = crate::domain::clock::days_left(r.due_on, crate::domain::clock::helsinki_date(chrono::Utc::now()));
    let due = format!(
        "{}{}",
        format_date(lang, r.due_on),
        due_mark(lang, days).filter(|_| open).map(|(text, _)| format!(" – {text}")).unwrap_or_default()
    );
    let assignee_name = r
        .assignee_id
        .and_then(|id| page.staff.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()))
        .unwrap_or_else(|| t(lang, "staff-assignee-none"));
    let events = r
        .events
        .iter()
        .map(|e| {
            let who = e.actor_name.clone().unwrap_or_else(|| t(lang, &format!("value-{}", e.actor_kind)));
            view! {
                <li>
                    <strong>{format_datetime(lang, e.at)}</strong>
                    " "
                    {t(lang, &format!("staff-event-{}", e.kind))}
                    " ("
                    {who}
                    ")"
                </li>
            }
        })
        .collect_view();
    let messages = r
        .messages
        .iter()
        .map(|m| {
            let who = m.author_name.clone().unwrap_or_else(|| t(lang, "staff-customer"));
            view! {
                <article class="message" class:from-staff=m.author_kind.as_str() != "customer">
                    <h4>{who} <span class="message-time">{format_datetime(lang, m.at)}</span></h4>
                    <p class="pre-line">{m.body.clone()}</p>
                </article>
            }
        })
        .collect_view();
    let field = r.field.clone().map(|f| {
        let label = field_label(lang, f.field);
        let history = f
            .history
            .iter()
            .map(|change| {
                let by = staff_source_text(lang, change.source.as_deref().unwrap_or(&change.actor_kind));
                view! {
                    <tr>
                        <td>{format_datetime(lang, change.changed_at)}</td>
                        <td>{change.old_value.clone().unwrap_or_default()}</td>
                        <td>{change.new_value.clone().unwrap_or_default()}</td>
                        <td>{by}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <dl class="facts">
                <dt>{label.clone()}</dt>
                <dd>{f.current.clone().unwrap_or_else(|| t(lang, "value-none"))}</dd>
            </dl>
            <table class="data-table">
                <caption>{t_args(lang, "staff-field-history", &[("field", label)])}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "col-changed")}</th>
                        <th scope="col">{t(lang, "col-old")}</th>
                        <th scope="col">{t(lang, "col-new")}</th>
                        <th scope="col">{t(lang, "col-by")}</th>
                    </tr>
                </thead>
                <tbody>{history}</tbody>
            </table>
        }
    });
    let erasure = (!r.erasure.is_empty()).then(|| {
        let items = r
            .erasure
            .iter()
            .map(|(c, now)| {
                let text = match now {
                    ErasureNow::Possible => t(lang, "erasure-now-possible"),
                    ErasureNow::ActiveContract => t(lang, "erasure-now-contract"),
                    ErasureNow::Law(law) => t_args(lang, "erasure-now-law", &[("law", law.clone())]),
                };
                view! {
                    <li>
                        <strong>{category_title(lang, c)}</strong>
                        ": "
                        {text}
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }
    });
    let recipients = (!r.recipients.is_empty()).then(|| {
            let rows = r
            .recipients
            .clone()
            .into_iter()
            .map(|crate::wire::staff::StaffRecipient { recipient, notified_at: at, notice }| {
                let reference = reference.clone();
                let title = use_context::<std::sync::Arc<crate::register::Register>>()
                    .and_then(|reg| reg.recipient(&recipient).map(|i| i.title.get(lang).to_owned()))
                    .unwrap_or_else(|| recipient.clone());
                let label = title.clone();
                let state = match at {
                    Some(at) => view! { {t_args(lang, "staff-notified-at", &[("when", format_datetime(lang, at))])} }.into_any(),
                    None => {
                        // A notice by email waiting or failed: said before the button, which
                        // staff use when they tell the recipient another way.
                        let by_mail = match notice.as_deref() {
                            Some("pending") => Some("staff-notice-pending"),
                            Some("failed") => Some("staff-notice-failed"),
                            _ => None,
                        };
                        view! {
                            {by_mail.map(|key| view! { <p class="hint">{t(lang, key)}</p> })}
                            <NotifiedButton lang reference=reference.clone() recipient=recipient.clone() label=label action=notified />
                        }
                        .into_any()
                    }
                };
                view! {
                    <tr>
                        <th scope="row">{title.clone()}</th>
                        <td>{state}</td>
                    </tr>
                }
            })
            .collect_view();
            view! {
                <section aria-labelledby="recipients-heading">
                    <h2 id="recipients-heading">{t(lang, "staff-recipients-heading")}</h2>
                    <p>{t(lang, "staff-recipients-lead")}</p>
                    <table class="data-table">
                        <caption>{t(lang, "staff-recipients-caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(lang, "col-recipient")}</th>
                                <th scope="col">{t(lang, "col-notified")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </section>
            }
    });
    let may_approve = crate::domain::request::may_decide(role, r.kind, true);
    let may_reject = crate::domain::request::may_decide(role, r.kind, false);
    let form = FormCtx { lang, reference: reference.clone(), error: error.clone(), draft: draft.clone() };
    let actions = open.then(|| {
        let mut assign_options = vec![
            ("me".to_owned(), t(lang, "staff-assign-me"), None),
            ("none".to_owned(), t(lang, "staff-assign-none"), None),
        ];
        assign_options.extend(page.staff.iter().map(|(id, name)| (id.to_string(), name.clone(), None)));
        let mut outcomes = Vec::new();
        if may_approve {
            outcomes.push(("approve".to_owned(), t(lang, &format!("staff-approve-{}", r.kind.as_str())), None));
        }
        if may_reject {
            outcomes.push(("reject".to_owned(), t(lang, "staff-reject"), Some(t(lang, "staff-reject-hint"))));
        }
        let restrictable = (r.restrict_processing || r.kind == RequestKind::Restriction) && !restricted;
        view! {
            <section aria-labelledby="actions-heading">
                <h2 id="actions-heading">{t(lang, "staff-actions-heading")}</h2>
                <AssignForm form=form.clone() action=assign options=assign_options />
                <MessageForm form=form.clone() action=message />
                {r.may_extend.then(|| view! { <ExtendForm form=form.clone() action=extend /> })}
                {restrictable.then(|| view! { <RestrictForm form=form.clone() action=restrict /> })}
                {(!outcomes.is_empty())
                    .then(|| {
                        view! { <DecideForm form=form.clone() action=decide outcomes language=customer_lang.clone() /> }
                    })}
                {outcomes_note(lang, may_approve, may_reject)}
            </section>
        }
    });
    let lift_form = (restricted && role == Role::Dpo).then(|| view! { <LiftForm form=form.clone() action=lift /> });
    view! {
        <Title text=if error.is_some() { format!("{}: {title}", t(lang, "error-prefix")) } else { title } />
        <ErrorSummary lang error=error.clone() />
        {done}
        <h1>{kind_text(lang, r.kind)} " " {reference.clone()}</h1>
        <dl class="facts">
            <dt>{t(lang, "staff-col-customer")}</dt>
            <dd>{customer}</dd>
            <dt>{t(lang, "staff-customer-language")}</dt>
            <dd>{customer_lang.clone()}</dd>
            <dt>{t(lang, "col-status")}</dt>
            <dd>
                <strong>{status_text(lang, r.status)}</strong>
            </dd>
            <dt>{t(lang, "col-received")}</dt>
            <dd>{format_datetime(lang, r.received_at)}</dd>
            <dt>{t(lang, "col-answer-due")}</dt>
            <dd>{due}</dd>
            {r.extension_reason.clone().map(|reason| view! {
                <dt>{t(lang, "request-extended-label")}</dt>
                <dd>
                    {t_args(lang, "request-extended-text", &[("original", format_date(lang, r.original_due_on))])} " "
                    <span class="pre-line">{reason}</span>
                </dd>
            })}
            <dt>{t(lang, "staff-col-assignee")}</dt>
            <dd>{assignee_name}</dd>
            <dt>{t(lang, "request-restriction-label")}</dt>
            <dd>
                {if restricted {
                    t(lang, "staff-restricted-now")
                } else if r.restrict_processing {
                    t(lang, "staff-restriction-asked")
                } else {
                    t(lang, "staff-not-restricted")
                }}
            </dd>
            <dt>{t(lang, "retention-staff-holds-label")}</dt>
            <dd>{holds_text(lang, &r.holds)}</dd>
        </dl>
        {r.decision_reason.clone().filter(|_| !open).map(|reason| view! {
            <section aria-labelledby="answer-heading">
                <h2 id="answer-heading">{t(lang, "request-answer-heading")}</h2>
                <p class="pre-line">{reason}</p>
            </section>
        })}
        <section aria-labelledby="asked-heading">
            <h2 id="asked-heading">{t(lang, "staff-asked-heading")}</h2>
            {r.details.clone().map(|d| view! { <DetailsView lang details=d reveal=true /> })}
        </section>
        <section aria-labelledby="data-heading">
            <h2 id="data-heading">{t(lang, "staff-data-heading")}</h2>
            <p class="hint">{t(lang, "staff-data-audited")}</p>
            {field}
            {erasure}
        </section>
        {(r.requester.is_some() || r.customer.is_none()).then(|| view! {
            <super::requester::RequesterSection
                form=form.clone()
                requester=r.requester.clone()
                linked=r.customer.is_some()
                open
                action=link
            />
        })}
        <super::identity::IdentitySection
            form=form.clone()
            channel=r.channel
            checks=r.identity_checks.clone()
            required=r.identity_required
            sufficient=r.identity_sufficient
            open
            action=identity
        />
        {recipients}
        {page.copy.clone().map(|copy| view! {
            <super::copy::CopySection form=form.clone() copy open role prepare transcript />
        })}
        {actions}
        {lift_form}
        <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t(lang, "request-timeline-heading")}</h2>
            <ol class="timeline">{events}</ol>
        </section>
        <section aria-labelledby="messages-heading" class="messages">
            <h2 id="messages-heading">{t(lang, "request-messages-heading")}</h2>
            {if r.messages.is_empty() { Some(view! { <p>{t(lang, "request-no-messages")}</p> }) } else { None }}
            {messages}
        </section>
    }
}

/// What keeps the customer's records past their retention period, for staff.
fn holds_text(lang: Lang, holds: &[crate::wire::retention::Hold]) -> String {
    use crate::wire::retention::Hold;
    if holds.is_empty() {
        return t(lang, "retention-staff-no-holds");
    }
    holds
        .iter()
        .map(|h| match h {
            Hold::OpenRequests { references, count: 1 } => {
                format!("{} {}", t(lang, "retention-hold-open_request"), references.join(", "))
            }
            Hold::OpenRequests { references, count } => format!(
                "{} ({count}): {}",
                t(lang, "retention-hold-open_requests"),
                crate::i18n::references_and_more(lang, references, *count)
            ),
            Hold::Restricted => t(lang, "retention-hold-restricted"),
            Hold::DebtCollection => t(lang, "retention-hold-debt_collection"),
            Hold::Legal { reason, until } => {
                format!("{} ({}): {reason}", t(lang, "retention-hold-legal_hold"), format_date(lang, *until))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
