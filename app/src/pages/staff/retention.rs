//! Retention for staff (privacy notice §10, issue #17): when the run is scheduled and
//! last ran, what each of the latest runs did rule by rule and what held records back,
//! and the legal holds in force. The DPO also runs a dry run and places or lifts legal
//! holds here, with plain forms.

use super::*;
use crate::api::form_memory::recall;
use crate::api::retention::{
    staff_retention_status, LegalHold, RetentionReport, RetentionStatus, StaffLiftLegalHold, StaffPlaceLegalHold,
    StaffRetentionDryRun,
};
use crate::components::form::{Field, TextAreaField};

#[component]
pub fn StaffRetentionPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(false) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let dry_run = ServerAction::<StaffRetentionDryRun>::new();
    let place = ServerAction::<StaffPlaceLegalHold>::new();
    let lift = ServerAction::<StaffLiftLegalHold>::new();
    let error = first_error(&[
        dry_run.value().get_untracked().and_then(|r| r.err()),
        place.value().get_untracked().and_then(|r| r.err()),
        lift.value().get_untracked().and_then(|r| r.err()),
    ]);
    let done = use_query_map().get_untracked().get("tehty").map(|what| {
        view! {
            <div id="tila" tabindex="-1">
                <Notice text=t(lang, &format!("retention-done-{what}")) />
            </div>
        }
    });
    let dpo = role == Role::Dpo;
    let status = Resource::new(|| (), |_| staff_retention_status());
    view! {
        <Title text=t(lang, "retention-staff-title") />
        <h1>{t(lang, "retention-staff-heading")}</h1>
        {staff_links(lang, role)}
        <ErrorSummary lang error=error.clone() />
        {done}
        <p>{t(lang, "retention-staff-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match status.await {
                        Ok(status) => view! { <StatusView lang status dpo dry_run place lift error /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn StatusView(
    lang: Lang,
    status: RetentionStatus,
    dpo: bool,
    dry_run: ServerAction<StaffRetentionDryRun>,
    place: ServerAction<StaffPlaceLegalHold>,
    lift: ServerAction<StaffLiftLegalHold>,
    error: Option<AppError>,
) -> impl IntoView {
    let never = || t(lang, "value-none");
    let schedule = match status.every_hours {
        Some(hours) => t_args(lang, "retention-schedule-every", &[("hours", hours.to_string())]),
        None => t(lang, "retention-schedule-off"),
    };
    let last = status.last_run.map(|at| format_datetime(lang, at)).unwrap_or_else(never);
    let next = status.next_due.map(|at| format_datetime(lang, at)).unwrap_or_else(never);
    let dry_run_form = dpo.then(|| {
        view! {
            <ActionForm action=dry_run>
                <p class="hint" id="dry-run-hint">{t(lang, "retention-dry-run-hint")}</p>
                <button type="submit" class="button secondary" aria-describedby="dry-run-hint">
                    {t(lang, "retention-dry-run")}
                </button>
            </ActionForm>
        }
    });
    // The runs, newest first, each with its rules in order.
    let mut runs: Vec<Vec<RetentionReport>> = Vec::new();
    for r in status.reports {
        match runs.last_mut() {
            Some(run) if run[0].run_id == r.run_id => run.push(r),
            _ => runs.push(vec![r]),
        }
    }
    let runs_view = if runs.is_empty() {
        view! { <p>{t(lang, "retention-no-runs")}</p> }.into_any()
    } else {
        runs.into_iter().map(|run| view! { <RunTable lang run /> }).collect_view().into_any()
    };
    let holds = status.holds;
    let holds_view = if holds.is_empty() {
        view! { <p>{t(lang, "retention-no-holds")}</p> }.into_any()
    } else {
        let rows = holds.into_iter().map(|h| view! { <HoldRow lang hold=h dpo lift /> }).collect_view();
        view! {
            <table class="data-table">
                <caption>{t(lang, "retention-holds-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "staff-customer-number")}</th>
                        <th scope="col">{t(lang, "retention-col-reason")}</th>
                        <th scope="col">{t(lang, "retention-col-until")}</th>
                        <th scope="col">{t(lang, "retention-col-placed")}</th>
                        {dpo.then(|| view! { <th scope="col">{t(lang, "staff-accounts-col-actions")}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let place_form = dpo.then(|| {
        view! {
            <h3 id="uusi-pito">{t(lang, "retention-place-heading")}</h3>
            <ActionForm action=place>
                <Field
                    lang
                    error=error.clone()
                    name="customer_number"
                    label_key="staff-customer-number"
                    autocomplete="off"
                    inputmode="numeric"
                    maxlength="20"
                    value=recall("customer_number")
                />
                <TextAreaField
                    lang
                    error=error.clone()
                    name="reason"
                    label_key="retention-reason-label"
                    hint_key="retention-reason-hint"
                    value=recall("reason")
                />
                <Field
                    lang
                    error=error.clone()
                    name="ends_on"
                    label_key="retention-until-label"
                    hint_key="retention-until-hint"
                    input_type="date"
                    autocomplete="off"
                    maxlength="10"
                    value=recall("ends_on")
                />
                <button type="submit" class="button">{t(lang, "retention-place")}</button>
            </ActionForm>
        }
    });
    view! {
        <section aria-labelledby="ajastus">
            <h2 id="ajastus">{t(lang, "retention-schedule-heading")}</h2>
            <dl class="facts">
                <dt>{t(lang, "retention-schedule-label")}</dt>
                <dd>{schedule}</dd>
                <dt>{t(lang, "retention-last-run")}</dt>
                <dd>{last}</dd>
                <dt>{t(lang, "retention-next-run")}</dt>
                <dd>{next}</dd>
            </dl>
            {dry_run_form}
        </section>
        <section aria-labelledby="ajot">
            <h2 id="ajot">{t(lang, "retention-runs-heading")}</h2>
            {runs_view}
        </section>
        <section aria-labelledby="pidot">
            <h2 id="pidot">{t(lang, "retention-holds-heading")}</h2>
            <p>{t(lang, "retention-holds-lead")}</p>
            {holds_view}
            {place_form}
        </section>
    }
}

/// One run: a table with a row per rule.
#[component]
fn RunTable(lang: Lang, run: Vec<RetentionReport>) -> impl IntoView {
    let first = &run[0];
    let caption = t_args(
        lang,
        if first.dry_run { "retention-run-caption-dry" } else { "retention-run-caption" },
        &[("at", format_datetime(lang, first.started_at))],
    );
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let rows = run
        .into_iter()
        .map(|r| {
            let number = |n: i64| crate::i18n::texts::format_number(lang, n);
            let mut why: Vec<String> = r
                .holds
                .iter()
                .map(|(reason, n)| format!("{}: {}", t(lang, &format!("retention-hold-{reason}")), number(*n)))
                .collect();
            if let Some(note) = &r.note {
                why.push(t(lang, &format!("retention-note-{note}")));
            }
            let cutoff = r.cutoff.map(|c| format_date(lang, c.date_naive())).unwrap_or_else(|| t(lang, "value-none"));
            view! {
                <tr>
                    <th scope="row">{target_title(lang, &r.category)}</th>
                    <td>{label("retention-col-cutoff")} {cutoff}</td>
                    <td>{label("retention-col-due")} {number(r.due)}</td>
                    <td>{label("retention-col-deleted")} {number(r.deleted)}</td>
                    <td>{label("retention-col-held")} {number(r.held_back)}</td>
                    <td>{label("retention-col-why")} {why.join("; ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "retention-col-category")}</th>
                    <th scope="col">{t(lang, "retention-col-cutoff")}</th>
                    <th scope="col">{t(lang, "retention-col-due")}</th>
                    <th scope="col">{t(lang, "retention-col-deleted")}</th>
                    <th scope="col">{t(lang, "retention-col-held")}</th>
                    <th scope="col">{t(lang, "retention-col-why")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A register category's title, or for the portal's own data its text.
fn target_title(lang: Lang, id: &str) -> String {
    crate::i18n::t_or(lang, &format!("retention-target-{id}"), || category_title(lang, id))
}

#[component]
fn HoldRow(lang: Lang, hold: LegalHold, dpo: bool, lift: ServerAction<StaffLiftLegalHold>) -> impl IntoView {
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let placed = t_args(
        lang,
        "retention-placed-by",
        &[("at", format_datetime(lang, hold.placed_at)), ("name", hold.placed_by.clone())],
    );
    let button = t_args(lang, "retention-lift", &[("customer", hold.customer_number.clone())]);
    let action = dpo.then(|| {
        view! {
            <td>
                <ActionForm action=lift>
                    <input type="hidden" name="hold" value=hold.id.to_string() />
                    <button type="submit" class="button secondary">{button}</button>
                </ActionForm>
            </td>
        }
    });
    view! {
        <tr>
            <th scope="row">{hold.customer_number}</th>
            <td>{label("retention-col-reason")} {hold.reason}</td>
            <td>{label("retention-col-until")} {format_date(lang, hold.ends_on)}</td>
            <td>{label("retention-col-placed")} {placed}</td>
            {action}
        </tr>
    }
}
