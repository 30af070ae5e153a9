//! One personal-data breach, for the DPO: the 72-hour clock, the record, the texts to
//! notify the Data Protection Ombudsman and Traficom prepared from it (and marking each
//! notified, with the reasons when late), telling the customers affected and who has
//! been told, and closing it. Plain forms; every change is audited.

use super::breaches::ombudsman_state;
use super::*;
use crate::api::breaches::{staff_breach, Breach, StaffBreachNotified, StaffCloseBreach, StaffTellCustomers, Told};
use crate::api::form_memory::recall;
use crate::components::form::textarea_text;
use crate::i18n::texts::format_number;
use crate::pages::requests::register;

mod sections;
mod texts;

use sections::{NotifySection, TellSection};
use texts::{category_titles, notice_draft, notification_text, To};

#[component]
pub fn StaffBreachPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let reference = use_params_map().get_untracked().get("tunnus").unwrap_or_default();
    let notified = ServerAction::<StaffBreachNotified>::new();
    let tell = ServerAction::<StaffTellCustomers>::new();
    let close = ServerAction::<StaffCloseBreach>::new();
    let error = first_error(&[
        notified.value().get_untracked().and_then(|r| r.err()),
        tell.value().get_untracked().and_then(|r| r.err()),
        close.value().get_untracked().and_then(|r| r.err()),
    ]);
    let done = use_query_map().get_untracked().get("tehty");
    let breach = Resource::new(move || reference.clone(), staff_breach);
    view! {
        <Title text=t(lang, "breach-title") />
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let error = error.clone();
                let done = done.clone().map(|what| {
                    view! {
                        <div id="tila" tabindex="-1">
                            <Notice text=t(lang, &format!("breach-done-{what}")) />
                        </div>
                    }
                });
                Suspend::new(async move {
                    match breach.await {
                        Ok(Some(breach)) => {
                            view! {
                                <h1>{t_args(lang, "breach-heading", &[("reference", breach.reference.clone())])}</h1>
                                {staff_links(lang, role)}
                                <ErrorSummary lang error=error.clone() />
                                {done}
                                <BreachView lang breach error notified tell close />
                            }
                                .into_any()
                        }
                        Ok(None) => {
                            view! {
                                <h1>{t(lang, "breach-not-found")}</h1>
                                {staff_links(lang, role)}
                                <p>
                                    <a href=crate::paths::STAFF_BREACHES_PATH>{t(lang, "breaches-heading")}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Err(e) => {
                            view! {
                                <h1>{t(lang, "breach-title")}</h1>
                                <p role="alert">{error_text(lang, &e)}</p>
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}
#[component]
fn BreachView(
    lang: Lang,
    breach: Breach,
    error: Option<AppError>,
    notified: ServerAction<StaffBreachNotified>,
    tell: ServerAction<StaffTellCustomers>,
    close: ServerAction<StaffCloseBreach>,
) -> impl IntoView {
    let open = breach.closed_at.is_none();
    let (state, mark) = ombudsman_state(lang, breach.risk, breach.aware_at, breach.ombudsman_notified_at, !open);
    let state = match mark {
        Some(class) => view! { <strong class=class>{state}</strong> }.into_any(),
        None => state.into_any(),
    };
    let by = |at: Option<chrono::DateTime<chrono::Utc>>, name: &Option<String>| {
        at.map(|at| format!("{} ({})", format_datetime(lang, at), name.clone().unwrap_or_default()))
            .unwrap_or_else(|| t(lang, "breach-not-yet"))
    };
    let late = chrono::Utc::now() > crate::domain::breach::notify_by(breach.aware_at);
    let reference = breach.reference.clone();
    let ombudsman_text = notification_text(lang, &breach, To::Ombudsman);
    let traficom_text = notification_text(lang, &breach, To::Traficom);
    let ombudsman_done = breach.ombudsman_notified_at.is_some();
    let traficom_done = breach.traficom_notified_at.is_some();
    let draft = notice_draft(lang, &breach);
    let high = breach.risk.must_tell_people();
    let sections = view! {
        <NotifySection
            lang
            reference=reference.clone()
            to=To::Ombudsman
            text=ombudsman_text
            done=ombudsman_done
            ask_late_reason=late
            open
            error=error.clone()
            notified
        />
        <NotifySection
            lang
            reference=reference.clone()
            to=To::Traficom
            text=traficom_text
            done=traficom_done
            ask_late_reason=false
            open
            error=error.clone()
            notified
        />
        <TellSection
            lang
            reference=reference.clone()
            high
            kept=breach.customer_notice.clone()
            draft
            told=breach.told.clone()
            open
            error=error.clone()
            tell
        />
    };
    let close_form = open.then(|| {
        view! {
            <section aria-labelledby="sulje">
                <h2 id="sulje">{t(lang, "breach-close-heading")}</h2>
                <p>{t(lang, "breach-close-lead")}</p>
                <ActionForm action=close>
                    <input type="hidden" name="reference" value=reference.clone() />
                    <button type="submit" class="button secondary">{t(lang, "breach-close")}</button>
                </ActionForm>
            </section>
        }
    });
    view! {
        <section aria-labelledby="maaraaika">
            <h2 id="maaraaika">{t(lang, "breach-clock-heading")}</h2>
            <p>{state}</p>
        </section>
        <section aria-labelledby="kirjaus">
            <h2 id="kirjaus">{t(lang, "breach-record-heading")}</h2>
            <dl class="facts">
                <dt>{t(lang, "breaches-aware-label")}</dt>
                <dd>{format_datetime(lang, breach.aware_at)}</dd>
                <dt>{t(lang, "breach-occurred")}</dt>
                <dd>{breach.occurred.clone().unwrap_or_else(|| t(lang, "value-none"))}</dd>
                <dt>{t(lang, "breaches-summary-label")}</dt>
                <dd class="pre-line">{breach.summary.clone()}</dd>
                <dt>{t(lang, "breaches-categories-legend")}</dt>
                <dd>{category_titles(lang, &breach.categories)}</dd>
                <dt>{t(lang, "breaches-people-label")}</dt>
                <dd>{format_number(lang, breach.people_estimate)}</dd>
                <dt>{t(lang, "breaches-records-label")}</dt>
                <dd>{format_number(lang, breach.records_estimate)}</dd>
                <dt>{t(lang, "breaches-consequences-label")}</dt>
                <dd class="pre-line">{breach.consequences.clone()}</dd>
                <dt>{t(lang, "breaches-measures-label")}</dt>
                <dd class="pre-line">{breach.measures.clone()}</dd>
                <dt>{t(lang, "breaches-risk-legend")}</dt>
                <dd>{t(lang, &format!("breaches-risk-{}", breach.risk))}</dd>
                <dt>{t(lang, "breach-recorded")}</dt>
                <dd>{format!("{} ({})", format_datetime(lang, breach.recorded_at), breach.recorded_by)}</dd>
                <dt>{t(lang, "breach-ombudsman-notified")}</dt>
                <dd>{by(breach.ombudsman_notified_at, &breach.ombudsman_notified_by)}</dd>
                <dt>{t(lang, "breach-traficom-notified")}</dt>
                <dd>{by(breach.traficom_notified_at, &breach.traficom_notified_by)}</dd>
                {breach
                    .late_reason
                    .clone()
                    .map(|r| {
                        view! {
                            <dt>{t(lang, "breach-late-reason-label")}</dt>
                            <dd class="pre-line">{r}</dd>
                        }
                    })}
                <dt>{t(lang, "breaches-col-status")}</dt>
                <dd>
                    {match breach.closed_at {
                        Some(at) => {
                            let when = t_args(lang, "breaches-closed-at", &[("at", format_datetime(lang, at))]);
                            format!("{when} ({})", breach.closed_by.clone().unwrap_or_default())
                        }
                        None => t(lang, "breaches-open"),
                    }}
                </dd>
            </dl>
        </section>
        {sections}
        {close_form}
    }
}
