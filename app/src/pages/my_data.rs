//! "My data": an overview of every category with what is held, and one page per
//! category with the records themselves beside why they are held, where they came
//! from, who gets them and how long they stay. Server-rendered with `SsrMode::Async`,
//! so the data is in the HTML without JavaScript; never cached.

use crate::api::my_data::{
    my_category, my_data_overview, my_data_views, CategoryData, Cell, DataTable, ErasureNow, StaffView,
};
use crate::components::form::error_text;
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::landing::ProcessingFacts;
use crate::register::Register;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;

pub use crate::i18n::texts::{format_money, format_number};
pub use crate::paths::MY_DATA_PATH;
pub use crate::paths::RECORDING_PATH;

fn register() -> Option<Arc<Register>> {
    use_context::<Arc<Register>>()
}

/// A length of time as `m:ss` or `h:mm:ss`.
pub fn format_seconds(s: i64) -> String {
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, (s % 3600) / 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The text of a cell in the reader's language.
pub fn cell_text(lang: Lang, cell: &Cell) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Date(d) => format_date(lang, *d),
        Cell::DateTime(at) => format_datetime(lang, *at),
        Cell::Money { cents, currency } => format_money(lang, *cents, currency),
        Cell::Seconds(s) => format_seconds(*s),
        Cell::Code(code) => t(lang, &format!("value-{code}")),
        Cell::Empty => "–".into(),
    }
}

/// "142 records" / "none held".
fn count_text(lang: Lang, count: i64) -> String {
    if count == 0 {
        t(lang, "data-none-held")
    } else {
        t_args(lang, "data-count", &[("count", format_number(lang, count))])
    }
}

#[component]
pub fn MyDataOverview() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let counts = Resource::new(|| (), |_| my_data_overview());
    let views = Resource::new(|| (), |_| my_data_views());
    let disclosures = Resource::new(|| (), |_| crate::api::disclosures::my_disclosures());
    view! {
        <Title text=t(lang, "data-title") />
        <h1>{t(lang, "data-heading")}</h1>
        <crate::pages::account::RestrictionBanner lang />
        <p>{t(lang, "data-lead")}</p>
        <p>
            <a href=crate::paths::EXPORT_PATH>{t(lang, "export-heading")}</a>
        </p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match counts.await {
                    Ok(counts) => view! { <CategoryList lang counts /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
        <section aria-labelledby="views-heading">
            <h2 id="views-heading">{t(lang, "data-views-heading")}</h2>
            <p>{t(lang, "data-views-lead")}</p>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match views.await {
                        Ok(views) => view! { <StaffViews lang views /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <section aria-labelledby="disclosures-heading">
            <h2 id="disclosures-heading">{t(lang, "data-disclosures-heading")}</h2>
            <p>{t(lang, "data-disclosures-lead")}</p>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match disclosures.await {
                        Ok(list) => {
                            view! { <crate::pages::staff::disclosures::DisclosureTable lang list staff=false /> }
                                .into_any()
                        }
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <ControllerContacts lang />
    }
    .into_any()
}

#[component]
fn CategoryList(lang: Lang, counts: Vec<(String, i64)>) -> impl IntoView {
    let Some(reg) = register() else { return ().into_any() };
    let items = reg
        .categories
        .iter()
        .map(|cat| {
            let count = counts.iter().find(|(id, _)| *id == cat.id).map_or(0, |(_, n)| *n);
            let purposes = cat
                .purposes
                .iter()
                .filter_map(|p| reg.purpose(p))
                .map(|p| p.title.get(lang).to_owned())
                .collect::<Vec<_>>()
                .join(", ");
            let bases = cat
                .legal_bases
                .iter()
                .filter_map(|b| reg.legal_basis(b))
                .map(|b| format!("{} ({})", b.title.get(lang), b.article))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <a href=format!("{MY_DATA_PATH}/{}", cat.id)>{cat.title.get(lang).to_owned()}</a>
                    <span class="count">{count_text(lang, count)}</span>
                    <p class="hint">{t(lang, "category-purposes")} ": " {purposes}</p>
                    <p class="hint">{t(lang, "category-legal-basis")} ": " {bases}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="category-list">{items}</ul> }.into_any()
}

#[component]
fn StaffViews(lang: Lang, views: Vec<StaffView>) -> impl IntoView {
    if views.is_empty() {
        return view! { <p>{t(lang, "data-views-none")}</p> }.into_any();
    }
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let rows = views
        .into_iter()
        .map(|v| {
            let what = v.what.as_ref().and_then(|id| register()?.category(id).map(|c| c.title.get(lang).to_owned()));
            view! {
                <tr>
                    <th scope="row">{format_datetime(lang, v.at)}</th>
                    <td>{label("col-staff")} {t(lang, &format!("role-{}", v.role))} " " {v.staff_ref}</td>
                    <td>{label("col-viewed")} {what.unwrap_or_else(|| "–".into())}</td>
                    <td>{label("col-request")} {v.request.unwrap_or_else(|| "–".into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "data-views-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "col-when")}</th>
                    <th scope="col">{t(lang, "col-staff")}</th>
                    <th scope="col">{t(lang, "col-viewed")}</th>
                    <th scope="col">{t(lang, "col-request")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// The controller's contacts and where the rights are explained, on every data page.
#[component]
fn ControllerContacts(lang: Lang) -> impl IntoView {
    let Some(reg) = register() else { return ().into_any() };
    let c = &reg.controller;
    view! {
        <aside class="contacts" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t(lang, "data-contacts-heading")}</h2>
            <p>
                {t_args(
                    lang,
                    "data-contacts-text",
                    &[("name", c.contact_person.name.clone()), ("controller", c.name.clone())],
                )} " " <a href=format!("mailto:{}", c.contact_person.email)>{c.contact_person.email.clone()}</a>
            </p>
            <p>
                <a href="/#rights-heading">{t(lang, "data-rights-link")}</a>
            </p>
        </aside>
    }
    .into_any()
}

/// The query of a category page: `jalkeen` (next page), `alkaen`/`asti` (dates), `nayta`.
#[derive(Clone, Debug, PartialEq)]
struct PageQuery {
    after: Option<i64>,
    from: Option<String>,
    to: Option<String>,
    reveal: bool,
}

#[component]
pub fn MyDataCategory() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let id = use_params_map().get_untracked().get("luokka").unwrap_or_default();
    let Some(reg) = register() else { return ().into_any() };
    let Some(cat) = reg.category(&id).cloned() else {
        return view! { <crate::pages::not_found::NotFound /> }.into_any();
    };
    let q = use_query_map().get_untracked();
    let query = PageQuery {
        after: q.get("jalkeen").and_then(|v| v.parse().ok()),
        from: q.get("alkaen").filter(|v| !v.is_empty()),
        to: q.get("asti").filter(|v| !v.is_empty()),
        reveal: q.get("nayta").is_some(),
    };
    let data = {
        let (id, query) = (id.clone(), query.clone());
        Resource::new(
            move || (),
            move |_| my_category(id.clone(), query.after, query.from.clone(), query.to.clone(), query.reveal),
        )
    };
    let title = format!("{} – {}", cat.title.get(lang), t(lang, "data-title"));
    view! {
        <Title text=title />
        <p class="breadcrumb">
            <a href=MY_DATA_PATH>{t(lang, "data-heading")}</a>
        </p>
        <h1>{cat.title.get(lang).to_owned()}</h1>
        <p>{cat.description.get(lang).to_owned()}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let (query, id) = (query.clone(), id.clone());
                Suspend::new(async move {
                    match data.await {
                        Ok(data) => view! { <CategoryRecords lang data query /> }.into_any(),
                        Err(e) => view! { <DataError lang error=e id /> }.into_any(),
                    }
                })
            }}
        </Suspense>
        <section aria-labelledby="processing-heading">
            <h2 id="processing-heading">{t(lang, "data-processing-heading")}</h2>
            <ProcessingFacts reg=reg.clone() cat=cat.clone() lang />
        </section>
        <ControllerContacts lang />
    }
    .into_any()
}

#[component]
fn DataError(lang: Lang, error: AppError, id: String) -> impl IntoView {
    let reauth = matches!(error, AppError::ReauthRequired).then(|| {
        let next = format!("{MY_DATA_PATH}/{id}?nayta=1");
        let href = format!("{}?jatka={}", crate::paths::REAUTH_PATH, urlencode(&next));
        view! {
            <p>
                <a href=href>{t(lang, "data-reveal-confirm")}</a>
            </p>
        }
    });
    view! {
        <p role="alert">{error_text(lang, &error)}</p>
        {reauth}
    }
}

/// Percent-encodes a local path for use as a query value.
fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
fn CategoryRecords(lang: Lang, data: CategoryData, query: PageQuery) -> impl IntoView {
    let base = format!("{MY_DATA_PATH}/{}", data.category);
    let filter_query = |after: Option<i64>| {
        let mut parts = Vec::new();
        if let Some(a) = after {
            parts.push(format!("jalkeen={a}"));
        }
        if let Some(f) = &query.from {
            parts.push(format!("alkaen={}", urlencode(f)));
        }
        if let Some(t) = &query.to {
            parts.push(format!("asti={}", urlencode(t)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    };
    let reveal = (data.category == "basic" && !data.identity_revealed).then(|| {
        let next = format!("{base}?nayta=1");
        let href = format!("{}?jatka={}", crate::paths::REAUTH_PATH, urlencode(&next));
        view! {
            <p>
                <a href=href>{t(lang, "data-reveal-identity")}</a>
            </p>
        }
    });
    let filter = data.paged.then(|| {
        view! {
            <form method="get" action=base.clone() class="date-filter">
                <fieldset>
                    <legend>{t(lang, "data-filter-legend")}</legend>
                    <div class="field">
                        <label for="alkaen">{t(lang, "data-filter-from")}</label>
                        <input id="alkaen" name="alkaen" type="date" value=query.from.clone().unwrap_or_default() />
                    </div>
                    <div class="field">
                        <label for="asti">{t(lang, "data-filter-to")}</label>
                        <input id="asti" name="asti" type="date" value=query.to.clone().unwrap_or_default() />
                    </div>
                    <button type="submit" class="button secondary">{t(lang, "data-filter-submit")}</button>
                </fieldset>
            </form>
        }
    });
    let nav = data.paged.then(|| {
        let next = data.next_after.map(|after| {
            view! {
                <a href=format!("{base}{}", filter_query(Some(after))) rel="next">
                    {t(lang, "data-next-page")}
                </a>
            }
        });
        let first = query.after.is_some().then(|| {
            view! { <a href=format!("{base}{}", filter_query(None))>{t(lang, "data-first-page")}</a> }
        });
        view! {
            <nav class="pager" aria-label=t(lang, "data-pager-label")>
                {first}
                {next}
            </nav>
        }
    });
    let recordings = data.category == "call_recordings";
    let tables = data.tables.into_iter().map(|table| view! { <RecordTable lang table recordings /> }).collect_view();
    let erasure = match &data.erasure {
        ErasureNow::Possible => t(lang, "erasure-now-possible"),
        ErasureNow::ActiveContract => t(lang, "erasure-now-contract"),
        ErasureNow::Law(law) => t_args(lang, "erasure-now-law", &[("law", law.clone())]),
    };
    let retention = data.retention.map(|r| view! { <RetentionFacts lang retention=r /> });
    view! {
        <p class="count">{count_text(lang, data.total)}</p>
        <p>
            <strong>{t(lang, "erasure-now-label")} ": "</strong>
            {erasure}
        </p>
        {retention}
        {reveal}
        {filter}
        {tables}
        {nav}
    }
}

/// How long the category's records are kept: the rule, the period and where it comes
/// from, and what keeps this customer's records past their time.
#[component]
fn RetentionFacts(lang: Lang, retention: crate::wire::retention::RetentionNow) -> impl IntoView {
    use crate::domain::retention::RunsFrom;
    use crate::wire::retention::Hold;
    let period = retention.period.as_deref().and_then(|p| crate::i18n::texts::format_period(lang, p));
    let from_event = matches!(retention.runs_from, Some(RunsFrom::ContractEnd | RunsFrom::RelationshipEnd));
    let dated = match (retention.dated || from_event, period, retention.runs_from) {
        (true, Some(period), Some(from)) => {
            Some(t_args(lang, &format!("retention-dated-{}", from.as_str().replace('_', "-")), &[("period", period)]))
        }
        _ => None,
    };
    let holds = (!retention.holds.is_empty()).then(|| {
        let items = retention
            .holds
            .into_iter()
            .map(|h| {
                let text = match h {
                    Hold::OpenRequests { references, count: 1 } => {
                        t_args(lang, "retention-held-open-request", &[("reference", references.join(", "))])
                    }
                    Hold::OpenRequests { references, count } => t_args(
                        lang,
                        "retention-held-open-requests",
                        &[("references", crate::i18n::references_and_more(lang, &references, count))],
                    ),
                    Hold::Restricted => t(lang, "retention-held-restricted"),
                    Hold::DebtCollection => t(lang, "retention-held-debt-collection"),
                    Hold::Legal { reason, until } => t_args(
                        lang,
                        "retention-held-legal",
                        &[("until", crate::i18n::format_date(lang, until)), ("reason", reason)],
                    ),
                };
                view! { <li>{text}</li> }
            })
            .collect_view();
        view! {
            <div class="notice" id="pidot">
                <p>{t(lang, "retention-held-lead")}</p>
                <ul>{items}</ul>
            </div>
        }
    });
    view! {
        <p>
            <strong>{t(lang, "retention-label")} ": "</strong>
            {retention.rule}
            {dated.map(|d| format!(" {d}"))}
        </p>
        {retention.source.map(|s| view! { <p class="hint">{s}</p> })}
        {holds}
    }
}

#[component]
pub fn RecordTable(lang: Lang, table: DataTable, recordings: bool) -> impl IntoView {
    let columns: Vec<String> = table.columns.iter().map(|c| t(lang, c)).collect();
    let head = columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
    if table.rows.is_empty() {
        return view! {
            <h2>{t(lang, &table.caption)}</h2>
            <p>{t(lang, "data-none-held")}</p>
        }
        .into_any();
    }
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    let label = columns.get(i).cloned().unwrap_or_default();
                    let content = match (&cell, recordings && i == columns.len() - 1) {
                        (Cell::Text(src), true) => view! { <RecordingPlayer lang src=src.clone() /> }.into_any(),
                        _ => cell_text(lang, &cell).into_any(),
                    };
                    if i == 0 {
                        view! { <th scope="row">{content}</th> }.into_any()
                    } else {
                        view! {
                            <td>
                                <span class="cell-label" aria-hidden="true">{label} ": "</span>
                                {content}
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, &table.caption)}</caption>
            <thead>
                <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// An accessible player for one of the customer's own call recordings, and a download.
#[component]
fn RecordingPlayer(lang: Lang, src: String) -> impl IntoView {
    view! {
        <audio controls preload="none" src=src.clone()>
            <a href=src.clone()>{t(lang, "data-recording-download")}</a>
        </audio>
        <a href=format!("{src}?lataa=1") download="">
            {t(lang, "data-recording-download")}
        </a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_money_and_durations_follow_the_language() {
        assert_eq!(format_number(Lang::Fi, 38211), "38\u{a0}211");
        assert_eq!(format_number(Lang::En, 1234567), "1,234,567");
        assert_eq!(format_number(Lang::Fi, 142), "142");
        assert_eq!(format_money(Lang::Fi, 123456, "EUR"), "1\u{a0}234,56\u{a0}€");
        assert_eq!(format_money(Lang::En, 4990, "EUR"), "€49.90");
        assert_eq!(format_seconds(65), "1:05");
        assert_eq!(format_seconds(3725), "1:02:05");
    }

    /// Every coded value the register's tables can hold has a text in every language.
    #[test]
    fn every_coded_value_has_a_text() {
        let codes = [
            "active",
            "ended",
            "web",
            "phone",
            "store",
            "field_sales",
            "email",
            "received",
            "delivered",
            "cancelled",
            "open",
            "paid",
            "overdue",
            "in_collection",
            "outgoing",
            "incoming",
            "call",
            "sms",
            "mms",
            "data",
            "given",
            "withdrawn",
            "prohibited",
            "lifted",
            "request",
            "dpo",
            "customer",
            "staff",
            "system",
            "source_register",
            "population_register",
            "customer_service",
            "order_form",
            "digital_advertising",
            "direct_marketing",
            "distance_selling",
            "market_research",
            "partner_marketing",
            "digital_ads",
            "letter",
            "partner",
            "all",
            "lang-fi",
            "lang-sv",
            "lang-en",
            "field-customer_number",
            "field-first_name",
            "field-last_name",
            "field-identity_code",
            "field-street_address",
            "field-postal_code",
            "field-city",
            "field-phone",
            "field-email",
            "field-language",
            "field-customer_since",
            "portal",
            "field-login_email",
            "field-account_created",
            "field-password_changed",
            "field-second_factor",
            "field-failed_sign_ins",
            "field-locked_until",
            "not-in-use",
            "not-yet",
            "mail-pending",
            "mail-sent",
            "mail-failed",
        ];
        for lang in Lang::ALL {
            for code in codes {
                let key = format!("value-{code}");
                assert!(crate::i18n::has_text(*lang, &key), "{key} has no text in {lang}");
            }
        }
    }
}
