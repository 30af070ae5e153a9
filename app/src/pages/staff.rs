//! The staff workspace: the queue of requests by statutory due date (the front page,
//! where staff land after signing in), one request with what is needed to decide it and
//! the actions on it, and for the data protection officer an overview and any
//! customer's audit log. Customers are refused (403); anonymous visitors are sent to
//! sign in. Every form is a plain form post; every page works without JavaScript.

use crate::api::auth::SignOut;
use crate::api::my_data::ErasureNow;
use crate::api::staff::{
    staff_audit_log, staff_overview, staff_queue, staff_request, QueueFilter, QueuePage, StaffAssign, StaffDecide,
    StaffExtend, StaffLiftRestriction, StaffMarkNotified, StaffMessage, StaffRequestPage, StaffRestrict,
};
use crate::components::form::{error_text, ChoiceGroup, ErrorSummary, Notice, TextAreaField};
use crate::domain::{Lang, RequestKind, RequestStatus, Role};
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::account::no_store;
use crate::pages::requests::{category_title, field_label, kind_text, status_text, DetailsView};
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

pub use crate::paths::AUDIT_LOG_PATH;
pub use crate::paths::OVERVIEW_PATH;
pub use crate::paths::STAFF_PATH;
pub use crate::paths::STAFF_REQUEST_PATH;

/// The guard of a staff page: not cached; anonymous visitors to sign-in, customers (and,
/// with `dpo_only`, customer service) refused with 403. Ok: the signed-in staff role.
fn staff_page_guard(dpo_only: bool) -> Result<Role, AnyView> {
    no_store();
    match use_signed_in() {
        None => Err(view! { <crate::pages::sign_in::SignInAndReturn /> }.into_any()),
        Some(user) if !user.role.is_staff() || (dpo_only && user.role != Role::Dpo) => {
            Err(view! { <crate::pages::Forbidden /> }.into_any())
        }
        Some(user) => Ok(user.role),
    }
}

/// "Overdue by 3 days" / "Due in 5 days" / "Due today": said in words, never by colour
/// alone.
fn due_mark(lang: Lang, days_left: i64) -> Option<(String, &'static str)> {
    match days_left {
        n if n < 0 => Some((t_args(lang, "staff-overdue", &[("days", (-n).to_string())]), "mark overdue")),
        0 => Some((t(lang, "staff-due-today"), "mark soon")),
        n if n <= 7 => Some((t_args(lang, "staff-due-soon", &[("days", n.to_string())]), "mark soon")),
        _ => None,
    }
}

fn staff_links(lang: Lang, role: Role) -> impl IntoView {
    view! {
        <nav aria-label=t(lang, "staff-nav-label") class="staff-nav">
            <ul>
                <li>
                    <a href=STAFF_PATH>{t(lang, "staff-queue-heading")}</a>
                </li>
                <li>
                    <a href=crate::paths::STAFF_FEEDBACK_PATH>{t(lang, "a11y-staff-heading")}</a>
                </li>
                {(role == Role::Dpo)
                    .then(|| {
                        view! {
                            <li>
                                <a href=OVERVIEW_PATH>{t(lang, "staff-overview-heading")}</a>
                            </li>
                            <li>
                                <a href=AUDIT_LOG_PATH>{t(lang, "staff-audit-heading")}</a>
                            </li>
                        }
                    })}
            </ul>
        </nav>
    }
}

/// The front page: who is signed in, and the queue.
#[component]
pub fn StaffHome() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(false) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let user = use_signed_in().expect("guarded");
    let q = use_query_map().get_untracked();
    let filter = QueueFilter {
        kind: q.get("laji").filter(|v| !v.is_empty()),
        status: q.get("tila").filter(|v| !v.is_empty()),
        assignee: q.get("kasittelija").filter(|v| !v.is_empty()),
        overdue: q.get("myohassa").is_some(),
        search: q.get("haku").filter(|v| !v.is_empty()),
        after: q.get("jalkeen").filter(|v| !v.is_empty()),
    };
    let page = {
        let filter = filter.clone();
        Resource::new(move || (), move |_| staff_queue(filter.clone()))
    };
    let sign_out = ServerAction::<SignOut>::new();
    let role_key = format!("role-{}", user.role);
    view! {
        <Title text=t(lang, "staff-title") />
        <h1>{t(lang, "staff-heading")}</h1>
        <p>
            {t_args(
                lang,
                "staff-signed-in-as",
                &[("name", user.display_name.clone()), ("role", t(lang, &role_key))],
            )}
        </p>
        <p>{t(lang, "staff-lead")}</p>
        {staff_links(lang, role)}
        <h2 id="queue-heading">{t(lang, "staff-queue-heading")}</h2>
        <QueueFilters lang filter=filter.clone() />
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let filter = filter.clone();
                Suspend::new(async move {
                    match page.await {
                        Ok(page) => view! { <QueueTable lang page filter /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
        <crate::pages::account::SecurityLinks lang />
        <ActionForm action=sign_out>
            <button type="submit" class="button secondary">{t(lang, "sign-out")}</button>
        </ActionForm>
    }
    .into_any()
}

fn select_options(
    lang: Lang,
    chosen: Option<&str>,
    any_key: &'static str,
    options: Vec<(String, String)>,
) -> impl IntoView {
    let any = view! { <option value="" selected=chosen.is_none()>{t(lang, any_key)}</option> };
    let rest = options
        .into_iter()
        .map(|(value, label)| {
            let selected = chosen == Some(value.as_str());
            view! {
                <option value=value selected=selected>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        {any}
        {rest}
    }
}

#[component]
fn QueueFilters(lang: Lang, filter: QueueFilter) -> impl IntoView {
    let kinds = RequestKind::ALL.iter().map(|k| (k.as_str().to_owned(), kind_text(lang, *k))).collect();
    let statuses = RequestStatus::ALL.iter().map(|s| (s.as_str().to_owned(), status_text(lang, *s))).collect();
    let assignees =
        vec![("me".to_owned(), t(lang, "staff-assignee-me")), ("none".to_owned(), t(lang, "staff-assignee-none"))];
    view! {
        <form method="get" action=STAFF_PATH class="filters" aria-labelledby="filters-heading">
            <h3 id="filters-heading">{t(lang, "staff-filters-heading")}</h3>
            <div class="filter-row">
                <div class="field">
                    <label for="haku">{t(lang, "staff-search-label")}</label>
                    <input id="haku" name="haku" type="search" value=filter.search.clone().unwrap_or_default() autocomplete="off" />
                </div>
                <div class="field">
                    <label for="laji">{t(lang, "col-kind")}</label>
                    <select id="laji" name="laji">
                        {select_options(lang, filter.kind.as_deref(), "staff-any", kinds)}
                    </select>
                </div>
                <div class="field">
                    <label for="tila">{t(lang, "col-status")}</label>
                    <select id="tila" name="tila">
                        {select_options(lang, filter.status.as_deref(), "staff-open", statuses)}
                    </select>
                </div>
                <div class="field">
                    <label for="kasittelija">{t(lang, "staff-col-assignee")}</label>
                    <select id="kasittelija" name="kasittelija">
                        {select_options(lang, filter.assignee.as_deref(), "staff-any", assignees)}
                    </select>
                </div>
                <div class="field choice">
                    <input type="checkbox" id="myohassa" name="myohassa" value="1" checked=filter.overdue />
                    <label for="myohassa">{t(lang, "staff-overdue-only")}</label>
                </div>
            </div>
            <button type="submit" class="button">{t(lang, "staff-filter-submit")}</button>
        </form>
    }
}

/// The query string of the queue with `filter` and the cursor `after`.
fn queue_href(filter: &QueueFilter, after: &str) -> String {
    let mut parts = Vec::new();
    let mut push = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            parts.push(format!("{k}={}", v.replace(['&', '#', '?', '='], "")));
        }
    };
    push("laji", &filter.kind);
    push("tila", &filter.status);
    push("kasittelija", &filter.assignee);
    push("haku", &filter.search);
    if filter.overdue {
        parts.push("myohassa=1".into());
    }
    parts.push(format!("jalkeen={after}"));
    format!("{STAFF_PATH}?{}#queue-heading", parts.join("&"))
}

#[component]
fn QueueTable(lang: Lang, page: QueuePage, filter: QueueFilter) -> impl IntoView {
    if page.rows.is_empty() {
        return view! { <p>{t(lang, "staff-queue-empty")}</p> }.into_any();
    }
    let total = t_args(lang, "staff-queue-total", &[("count", crate::pages::my_data::format_number(lang, page.total))]);
    let label = |key: &str| view! { <span class="cell-label">{t(lang, key)} ": "</span> };
    let rows = page
        .rows
        .into_iter()
        .map(|r| {
            let href = format!("{STAFF_REQUEST_PATH}/{}", r.reference);
            let open = r.status.is_open();
            let mark = due_mark(lang, r.days_left)
                .filter(|_| open)
                .map(|(text, class)| view! { <span class=class>{text}</span> });
            view! {
                <tr>
                    <th scope="row">
                        {label("col-reference")}
                        <a href=href>{r.reference.clone()}</a>
                    </th>
                    <td>{label("staff-col-customer")} {r.customer_number.clone()}</td>
                    <td>
                        {label("col-kind")} {kind_text(lang, r.kind)}
                        {r.restricted.then(|| view! { " " <span class="mark">{t(lang, "staff-restricted-mark")}</span> })}
                    </td>
                    <td>{label("col-received")} {format_date(lang, crate::domain::clock::helsinki_date(r.received_at))}</td>
                    <td>{label("col-answer-due")} {format_date(lang, r.due_on)} " " {mark}</td>
                    <td>{label("col-status")} {status_text(lang, r.status)}</td>
                    <td>
                        {label("staff-col-assignee")}
                        {r.assignee.clone().unwrap_or_else(|| t(lang, "staff-assignee-none"))}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let next = page.next_after.map(|after| {
        view! {
            <p class="pager">
                <a href=queue_href(&filter, &after)>{t(lang, "staff-next-page")}</a>
            </p>
        }
    });
    view! {
        <p>{total}</p>
        <table class="data-table queue">
            <caption>{t(lang, "staff-queue-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "col-reference")}</th>
                    <th scope="col">{t(lang, "staff-col-customer")}</th>
                    <th scope="col">{t(lang, "col-kind")}</th>
                    <th scope="col">{t(lang, "col-received")}</th>
                    <th scope="col">{t(lang, "col-answer-due")}</th>
                    <th scope="col">{t(lang, "col-status")}</th>
                    <th scope="col">{t(lang, "staff-col-assignee")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {next}
    }
    .into_any()
}

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
fn staff_source_text(lang: Lang, source: &str) -> String {
    match source {
        "customer" => t(lang, "staff-customer"),
        "request" => t(lang, "staff-source-request"),
        other => t(lang, &format!("value-{other}")),
    }
}

/// What was typed into field `name` of a form that came back with an error.
fn drafted(draft: &[(String, String)], name: &str) -> String {
    draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn first_error(errors: &[Option<AppError>]) -> Option<AppError> {
    errors.iter().flatten().next().cloned()
}

#[component]
fn StaffRequestView(lang: Lang, role: Role, page: StaffRequestPage) -> impl IntoView {
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
    let errors = [
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
    let customer_lang = t(lang, &format!("value-lang-{}", r.customer_language));
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
        .map(|(at, kind, actor, name)| {
            let who = name.clone().unwrap_or_else(|| t(lang, &format!("value-{actor}")));
            view! {
                <li>
                    <strong>{format_datetime(lang, *at)}</strong>
                    " "
                    {t(lang, &format!("staff-event-{kind}"))}
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
        .map(|(at, author, name, body)| {
            let who = name.clone().unwrap_or_else(|| t(lang, "staff-customer"));
            view! {
                <article class="message" class:from-staff=author.as_str() != "customer">
                    <h4>{who} <span class="message-time">{format_datetime(lang, *at)}</span></h4>
                    <p class="pre-line">{body.clone()}</p>
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
            .map(|(recipient, at)| {
                let reference = reference.clone();
                let title = use_context::<std::sync::Arc<crate::register::Register>>()
                    .and_then(|reg| reg.recipient(&recipient).map(|i| i.title.get(lang).to_owned()))
                    .unwrap_or_else(|| recipient.clone());
                let label = title.clone();
                let state = match at {
                    Some(at) => view! { {t_args(lang, "staff-notified-at", &[("when", format_datetime(lang, at))])} }.into_any(),
                    None => view! { <NotifiedButton lang reference=reference.clone() recipient=recipient.clone() label=label action=notified /> }
                    .into_any(),
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
        let restrictable = (r.restrict_processing || r.kind == RequestKind::Restriction) && !r.customer_restricted;
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
    let lift_form =
        (r.customer_restricted && role == Role::Dpo).then(|| view! { <LiftForm form=form.clone() action=lift /> });
    view! {
        <Title text=if error.is_some() { format!("{}: {title}", t(lang, "error-prefix")) } else { title } />
        <ErrorSummary lang error=error.clone() />
        {done}
        <h1>{kind_text(lang, r.kind)} " " {reference.clone()}</h1>
        <dl class="facts">
            <dt>{t(lang, "staff-col-customer")}</dt>
            <dd>{format!("{} ({})", r.customer_name, r.customer_number)}</dd>
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
                {if r.customer_restricted {
                    t(lang, "staff-restricted-now")
                } else if r.restrict_processing {
                    t(lang, "staff-restriction-asked")
                } else {
                    t(lang, "staff-not-restricted")
                }}
            </dd>
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
        {recipients}
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

/// What every action form of a request page shares: the language, the request's
/// reference, the error the page came back with and what was typed before it.
#[derive(Clone)]
struct FormCtx {
    lang: Lang,
    reference: String,
    error: Option<AppError>,
    draft: Vec<(String, String)>,
}

impl FormCtx {
    fn drafted(&self, name: &str) -> String {
        drafted(&self.draft, name)
    }
}

#[component]
fn AssignForm(
    form: FormCtx,
    action: ServerAction<StaffAssign>,
    options: Vec<(String, String, Option<String>)>,
) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="assign-heading" class="action">
            <h3 id="assign-heading">{t(lang, "staff-assign-heading")}</h3>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <ChoiceGroup lang error=form.error.clone() name="assignee" legend=t(lang, "staff-assign-legend") options checked=vec![] />
                <button type="submit" class="button secondary">{t(lang, "staff-assign-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn MessageForm(form: FormCtx, action: ServerAction<StaffMessage>) -> impl IntoView {
    let lang = form.lang;
    let ask_options = vec![
        ("".to_owned(), t(lang, "staff-ask-none"), None),
        ("clarification".to_owned(), t(lang, "staff-ask-clarification"), None),
        ("identity".to_owned(), t(lang, "staff-ask-identity"), None),
    ];
    view! {
        <section aria-labelledby="message-heading" class="action">
            <h3 id="message-heading">{t(lang, "staff-message-heading")}</h3>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <TextAreaField lang error=form.error.clone() name="body" label_key="staff-message-label" value=form.drafted("body") />
                <ChoiceGroup
                    lang
                    error=form.error.clone()
                    name="ask"
                    legend=t(lang, "staff-ask-legend")
                    options=ask_options
                    checked=vec!["".to_owned()]
                />
                <button type="submit" class="button secondary">{t(lang, "staff-message-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn ExtendForm(form: FormCtx, action: ServerAction<StaffExtend>) -> impl IntoView {
    let lang = form.lang;
    let months =
        vec![("1".to_owned(), t(lang, "staff-extend-1"), None), ("2".to_owned(), t(lang, "staff-extend-2"), None)];
    view! {
        <section aria-labelledby="extend-heading" class="action">
            <h3 id="extend-heading">{t(lang, "staff-extend-heading")}</h3>
            <p>{t(lang, "staff-extend-lead")}</p>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <ChoiceGroup
                    lang
                    error=form.error.clone()
                    name="months"
                    legend=t(lang, "staff-extend-legend")
                    options=months
                    checked=vec!["2".to_owned()]
                />
                <TextAreaField
                    lang
                    error=form.error.clone()
                    name="extension_reason"
                    label_key="staff-extend-reason"
                    value=form.drafted("extension_reason")
                />
                <button type="submit" class="button secondary">{t(lang, "staff-extend-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn RestrictForm(form: FormCtx, action: ServerAction<StaffRestrict>) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="restrict-heading" class="action">
            <h3 id="restrict-heading">{t(lang, "staff-restrict-heading")}</h3>
            <p>{t(lang, "staff-restrict-lead")}</p>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <button type="submit" class="button secondary">{t(lang, "staff-restrict-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn DecideForm(
    form: FormCtx,
    action: ServerAction<StaffDecide>,
    outcomes: Vec<(String, String, Option<String>)>,
    /// The customer's language, which the answer is to be written in.
    language: String,
) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="decide-heading" class="action">
            <h3 id="decide-heading">{t(lang, "staff-decide-heading")}</h3>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <ChoiceGroup
                    lang
                    error=form.error.clone()
                    name="outcome"
                    legend=t(lang, "staff-outcome-legend")
                    options=outcomes
                    checked=vec![]
                />
                <TextAreaField
                    lang
                    error=form.error.clone()
                    name="reason"
                    label_key="staff-answer-label"
                    hint_key="staff-answer-hint"
                    value=form.drafted("reason")
                />
                <p class="hint">{t_args(lang, "staff-answer-language", &[("language", language)])}</p>
                <button type="submit" class="button">{t(lang, "staff-decide-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn LiftForm(form: FormCtx, action: ServerAction<StaffLiftRestriction>) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="lift-heading" class="action">
            <h2 id="lift-heading">{t(lang, "staff-lift-heading")}</h2>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <TextAreaField
                    lang
                    error=form.error.clone()
                    name="lift_reason"
                    label_key="staff-lift-reason"
                    value=form.drafted("lift_reason")
                />
                <button type="submit" class="button secondary">{t(lang, "staff-lift-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// The button that records one recipient as told of the change.
#[component]
fn NotifiedButton(
    lang: Lang,
    reference: String,
    recipient: String,
    /// The recipient's name, for screen readers (the visible label is short).
    label: String,
    action: ServerAction<StaffMarkNotified>,
) -> impl IntoView {
    view! {
        <ActionForm action=action>
            <input type="hidden" name="reference" value=reference />
            <input type="hidden" name="recipient" value=recipient />
            <button
                type="submit"
                class="button secondary"
                aria-label=format!("{}: {label}", t(lang, "staff-mark-notified"))
            >
                {t(lang, "staff-mark-notified")}
            </button>
        </ActionForm>
    }
}

/// Why a customer-service agent sees no decision form: the decision is the DPO's.
fn outcomes_note(lang: Lang, may_approve: bool, may_reject: bool) -> Option<impl IntoView> {
    (!may_approve || !may_reject).then(|| view! { <p class="hint">{t(lang, "staff-dpo-decides")}</p> })
}

/// The DPO's overview: requests by status, overdue, median days to a decision.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let data = Resource::new(|| (), |_| staff_overview());
    view! {
        <Title text=t(lang, "staff-overview-title") />
        <h1>{t(lang, "staff-overview-heading")}</h1>
        {staff_links(lang, role)}
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        let rows = o
                            .by_status
                            .iter()
                            .filter_map(|(s, n)| {
                                let status = s.parse::<RequestStatus>().ok()?;
                                Some(view! {
                                    <tr>
                                        <th scope="row">{status_text(lang, status)}</th>
                                        <td>{crate::pages::my_data::format_number(lang, *n)}</td>
                                    </tr>
                                })
                            })
                            .collect_view();
                        let median = o
                            .median_days
                            .map(|m| t_args(lang, "staff-median-days", &[("days", format!("{m:.1}").replace('.', if lang == Lang::En { "." } else { "," }))]))
                            .unwrap_or_else(|| t(lang, "value-none"));
                        view! {
                            <dl class="facts">
                                <dt>{t(lang, "staff-overdue-count")}</dt>
                                <dd>{crate::pages::my_data::format_number(lang, o.overdue)}</dd>
                                <dt>{t(lang, "staff-median-label")}</dt>
                                <dd>{median} " " {t_args(lang, "staff-decided-count", &[("count", o.decided.to_string())])}</dd>
                            </dl>
                            <table class="data-table">
                                <caption>{t(lang, "staff-by-status-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t(lang, "col-status")}</th>
                                        <th scope="col">{t(lang, "staff-col-count")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
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

/// The DPO's view of one customer's audit log (the look itself is audited).
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let number = use_query_map().get_untracked().get("asiakas").filter(|v| !v.trim().is_empty());
    let data = {
        let number = number.clone();
        Resource::new(
            move || (),
            move |_| {
                let number = number.clone();
                async move {
                    match number {
                        Some(n) => staff_audit_log(n).await.map(Some),
                        None => Ok(None),
                    }
                }
            },
        )
    };
    view! {
        <Title text=t(lang, "staff-audit-title") />
        <h1>{t(lang, "staff-audit-heading")}</h1>
        {staff_links(lang, role)}
        <form method="get" action=AUDIT_LOG_PATH class="filters">
            <div class="field">
                <label for="asiakas">{t(lang, "staff-customer-number")}</label>
                <input id="asiakas" name="asiakas" type="text" inputmode="numeric" autocomplete="off" value=number.clone().unwrap_or_default() />
            </div>
            <button type="submit" class="button">{t(lang, "staff-audit-submit")}</button>
        </form>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(Some(rows))) => {
                        let body = rows
                            .into_iter()
                            .map(|row| {
                                let who = match (row.actor_name, row.actor_id) {
                                    (Some(name), _) => name,
                                    (None, Some(id)) => format!("#{id}"),
                                    _ => t(lang, &format!("value-{}", row.actor_kind)),
                                };
                                view! {
                                    <tr>
                                        <td>{format_datetime(lang, row.at)}</td>
                                        <td>{who}</td>
                                        <td><code>{row.action}</code></td>
                                        <td>{row.reference.unwrap_or_default()}</td>
                                        <td>{row.detail.unwrap_or_default()}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <table class="data-table">
                                <caption>{t(lang, "staff-audit-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t(lang, "col-when")}</th>
                                        <th scope="col">{t(lang, "col-staff")}</th>
                                        <th scope="col">{t(lang, "staff-col-action")}</th>
                                        <th scope="col">{t(lang, "col-request")}</th>
                                        <th scope="col">{t(lang, "staff-col-detail")}</th>
                                    </tr>
                                </thead>
                                <tbody>{body}</tbody>
                            </table>
                        }
                            .into_any()
                    }
                    Ok(Some(None)) => view! { <p role="alert">{t(lang, "staff-no-such-customer")}</p> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use crate::domain::{Lang, RequestKind};
    use crate::i18n::{has_text, t_args};

    #[test]
    fn every_coded_staff_text_exists_in_every_language() {
        let mut keys: Vec<String> =
            ["assigned", "message", "extended", "approved", "rejected", "restricted", "lifted", "notified"]
                .iter()
                .map(|w| format!("staff-done-{w}"))
                .collect();
        keys.extend(RequestKind::ALL.iter().map(|k| format!("staff-approve-{}", k.as_str())));
        keys.extend(["conflict", "months-invalid", "outcome-missing"].iter().map(|c| format!("error-{c}")));
        keys.extend(crate::domain::request::EVENT_KINDS.iter().map(|e| format!("staff-event-{e}")));
        for lang in Lang::ALL {
            for key in &keys {
                assert!(has_text(*lang, key), "{key} has no {lang:?} text");
            }
            for what in ["received", "message", "waiting", "extended", "decided"] {
                for part in ["subject", "body"] {
                    let key = format!("request-mail-{what}-{part}");
                    let args = [("reference", "TN-2026-000042".to_owned()), ("link", "https://x.test/r".to_owned())];
                    let text = t_args(*lang, &key, &args);
                    assert!(text.contains("TN-2026-000042"), "{key} in {lang:?}: {text}");
                }
            }
        }
    }
}
