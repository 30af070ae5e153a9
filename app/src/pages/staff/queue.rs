//! The queue of requests by statutory due date: the staff front page, its filters and
//! its table.

use super::*;

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

pub(super) fn select_options(
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
pub(super) fn QueueFilters(lang: Lang, filter: QueueFilter) -> impl IntoView {
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
pub(super) fn queue_href(filter: &QueueFilter, after: &str) -> String {
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
pub(super) fn QueueTable(lang: Lang, page: QueuePage, filter: QueueFilter) -> impl IntoView {
    if page.rows.is_empty() {
        return view! { <p>{t(lang, "staff-queue-empty")}</p> }.into_any();
    }
    let total = t_args(lang, "staff-queue-total", &[("count", crate::pages::my_data::format_number(lang, page.total))]);
    let label = |key: &str| view! { <span class="cell-label">{t(lang, key)} ": "</span> };
    let register = use_context::<std::sync::Arc<crate::register::Register>>();
    let rows = page
        .rows
        .into_iter()
        .map(|r| {
            let href = format!("{STAFF_REQUEST_PATH}/{}", r.reference);
            let open = r.status.is_open();
            let required = register.as_ref().map(|reg| reg.identity_required(r.kind));
            let identity_missing = open && required.is_some_and(|req| r.identity.is_none_or(|l| l < req));
            let channel = (r.channel != crate::domain::Channel::Portal)
                .then(|| format!(" · {}", t(lang, &format!("channel-{}", r.channel.as_str()))));
            let mark = due_mark(lang, r.days_left)
                .filter(|_| open)
                .map(|(text, class)| view! { <span class=class>{text}</span> });
            view! {
                <tr>
                    <th scope="row">
                        {label("col-reference")}
                        <a href=href>{r.reference.clone()}</a>
                    </th>
                    <td>
                        {label("staff-col-customer")}
                        {r.customer_number.clone().unwrap_or_else(|| t(lang, "staff-customer-not-linked"))}
                    </td>
                    <td>
                        {label("col-kind")} {kind_text(lang, r.kind)}
                        {r.restricted.then(|| view! { " " <span class="mark">{t(lang, "staff-restricted-mark")}</span> })}
                        {identity_missing
                            .then(|| view! { " " <span class="mark">{t(lang, "staff-identity-missing-mark")}</span> })}
                    </td>
                    <td>
                        {label("col-received")} {format_date(lang, crate::domain::clock::helsinki_date(r.received_at))}
                        {channel}
                    </td>
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
