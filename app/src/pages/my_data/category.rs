//! One category's page: its records, page by page or between two dates, beside why they
//! are held, where they came from, who gets them, how long they stay and what keeps
//! them longer; whether they can be erased now.

use super::*;

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
