//! The register of personal-data breaches (GDPR Art. 33 and 34), for the DPO: every
//! breach with its 72-hour clock, and a plain form to record a new one. Each breach has
//! its own page ([`super::breach`]).

use super::*;
use crate::api::breaches::{breach_path, staff_breaches, BreachSummary, StaffRecordBreach};
use crate::api::form_memory::recall;
use crate::components::form::{Field, TextAreaField};
use crate::domain::breach::{to_helsinki_local, Risk};
use crate::pages::requests::register;

#[component]
pub fn StaffBreachesPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let action = ServerAction::<StaffRecordBreach>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let list = Resource::new(|| (), |_| staff_breaches());
    view! {
        <Title text=t(lang, "breaches-title") />
        <h1>{t(lang, "breaches-heading")}</h1>
        {staff_links(lang, role)}
        <ErrorSummary lang error=error.clone() />
        <p>{t(lang, "breaches-lead")}</p>
        <section aria-labelledby="kirjatut">
            <h2 id="kirjatut">{t(lang, "breaches-list-heading")}</h2>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! { <p>{t(lang, "breaches-none")}</p> }.into_any(),
                        Ok(list) => view! { <BreachTable lang list /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <section aria-labelledby="kirjaa">
            <h2 id="kirjaa">{t(lang, "breaches-record-heading")}</h2>
            <RecordForm lang action error />
        </section>
    }
    .into_any()
}

/// Where a breach stands with the Ombudsman: notified when, or the clock.
pub(super) fn ombudsman_state(
    lang: Lang,
    risk: Risk,
    aware_at: chrono::DateTime<chrono::Utc>,
    notified_at: Option<chrono::DateTime<chrono::Utc>>,
    closed: bool,
) -> (String, Option<&'static str>) {
    use crate::domain::breach::{clock, notify_by, Clock};
    if let Some(at) = notified_at {
        return (t_args(lang, "breaches-notified-at", &[("at", format_datetime(lang, at))]), None);
    }
    if !risk.must_notify_authority() {
        return (t(lang, "breaches-not-notifiable"), None);
    }
    let by = format_datetime(lang, notify_by(aware_at));
    if closed {
        return (t_args(lang, "breaches-not-notified", &[("by", by)]), None);
    }
    match clock(notify_by(aware_at), chrono::Utc::now()) {
        Clock::Left(hours) => {
            let mark = if hours < 24 { Some("mark soon") } else { None };
            (t_args(lang, "breaches-clock-left", &[("by", by), ("hours", hours.to_string())]), mark)
        }
        Clock::Past(hours) => {
            (t_args(lang, "breaches-clock-past", &[("by", by), ("hours", hours.to_string())]), Some("mark overdue"))
        }
    }
}

#[component]
fn BreachTable(lang: Lang, list: Vec<BreachSummary>) -> impl IntoView {
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let rows = list
        .into_iter()
        .map(|b| {
            let (state, mark) =
                ombudsman_state(lang, b.risk, b.aware_at, b.ombudsman_notified_at, b.closed_at.is_some());
            let state = match mark {
                Some(class) => view! { <span class=class>{state}</span> }.into_any(),
                None => state.into_any(),
            };
            let summary: String = b.summary.chars().take(140).collect();
            let summary = if b.summary.chars().count() > 140 { format!("{summary}…") } else { summary };
            let status = match b.closed_at {
                Some(at) => t_args(
                    lang,
                    "breaches-closed-at",
                    &[("at", format_date(lang, crate::domain::clock::helsinki_date(at)))],
                ),
                None => t(lang, "breaches-open"),
            };
            view! {
                <tr>
                    <th scope="row">
                        <a href=breach_path(&b.reference)>{b.reference.clone()}</a>
                    </th>
                    <td>{label("breaches-col-aware")} {format_datetime(lang, b.aware_at)}</td>
                    <td>{label("breaches-col-summary")} {summary}</td>
                    <td>{label("breaches-col-risk")} {t(lang, &format!("breaches-risk-{}", b.risk))}</td>
                    <td>{label("breaches-col-ombudsman")} {state}</td>
                    <td>{label("breaches-col-told")} {crate::i18n::texts::format_number(lang, b.told)}</td>
                    <td>{label("breaches-col-status")} {status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "breaches-list-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "breaches-col-reference")}</th>
                    <th scope="col">{t(lang, "breaches-col-aware")}</th>
                    <th scope="col">{t(lang, "breaches-col-summary")}</th>
                    <th scope="col">{t(lang, "breaches-col-risk")}</th>
                    <th scope="col">{t(lang, "breaches-col-ombudsman")}</th>
                    <th scope="col">{t(lang, "breaches-col-told")}</th>
                    <th scope="col">{t(lang, "breaches-col-status")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn RecordForm(lang: Lang, action: ServerAction<StaffRecordBreach>, error: Option<AppError>) -> impl IntoView {
    let reg = register();
    let categories: Vec<(String, String, Option<String>)> = reg
        .as_ref()
        .map(|r| r.categories.iter().map(|c| (c.id.clone(), c.title.get(lang).to_owned(), None)).collect())
        .unwrap_or_default();
    let risks: Vec<(String, String, Option<String>)> = Risk::ALL
        .iter()
        .map(|r| {
            (r.to_string(), t(lang, &format!("breaches-risk-{r}")), Some(t(lang, &format!("breaches-risk-{r}-hint"))))
        })
        .collect();
    let kept = |name: &str| recall(name).split(',').filter(|v| !v.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    let aware =
        Some(recall("aware_at")).filter(|v| !v.is_empty()).unwrap_or_else(|| to_helsinki_local(chrono::Utc::now()));
    view! {
        <ActionForm action=action>
            <Field
                lang
                error=error.clone()
                name="aware_at"
                label_key="breaches-aware-label"
                hint_key="breaches-aware-hint"
                input_type="datetime-local"
                autocomplete="off"
                maxlength="16"
                value=aware
            />
            <Field
                lang
                error=error.clone()
                name="occurred"
                label_key="breaches-occurred-label"
                hint_key="breaches-occurred-hint"
                autocomplete="off"
                maxlength="200"
                value=recall("occurred")
            />
            <TextAreaField
                lang
                error=error.clone()
                name="summary"
                label_key="breaches-summary-label"
                hint_key="breaches-summary-hint"
                value=recall("summary")
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="categories"
                legend=t(lang, "breaches-categories-legend")
                options=categories
                checked=kept("categories")
                multiple=true
            />
            <Field
                lang
                error=error.clone()
                name="people_estimate"
                label_key="breaches-people-label"
                hint_key="breaches-estimate-hint"
                autocomplete="off"
                inputmode="numeric"
                maxlength="20"
                value=recall("people_estimate")
            />
            <Field
                lang
                error=error.clone()
                name="records_estimate"
                label_key="breaches-records-label"
                hint_key="breaches-estimate-hint"
                autocomplete="off"
                inputmode="numeric"
                maxlength="20"
                value=recall("records_estimate")
            />
            <TextAreaField
                lang
                error=error.clone()
                name="consequences"
                label_key="breaches-consequences-label"
                value=recall("consequences")
            />
            <TextAreaField
                lang
                error=error.clone()
                name="measures"
                label_key="breaches-measures-label"
                hint_key="breaches-measures-hint"
                value=recall("measures")
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="risk"
                legend=t(lang, "breaches-risk-legend")
                options=risks
                checked=kept("risk")
            />
            <button type="submit" class="button">{t(lang, "breaches-record")}</button>
        </ActionForm>
    }
}
