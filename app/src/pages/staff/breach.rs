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

/// Which notification text: the Ombudsman's (GDPR Art. 33(3)) or Traficom's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum To {
    Ombudsman,
    Traficom,
}

/// The notification prepared from the record, one fact a line, in the reader's language.
fn notification_text(lang: Lang, breach: &Breach, to: To) -> String {
    let reg = register();
    let line = |key: &str, value: String| format!("{}: {value}", t(lang, key));
    let mut lines = vec![t(lang, if to == To::Ombudsman { "breach-text-ombudsman" } else { "breach-text-traficom" })];
    if let Some(r) = &reg {
        let c = &r.controller;
        lines.push(line(
            "breach-text-controller",
            format!("{} ({}), {}, {} {}", c.name, c.business_id, c.street_address, c.postal_code, c.city),
        ));
        lines.push(line("breach-text-contact", format!("{}, {}", c.contact_person.name, c.contact_person.email)));
    }
    lines.push(line("breach-text-reference", breach.reference.clone()));
    lines.push(line("breach-text-aware", format_datetime(lang, breach.aware_at)));
    if let Some(occurred) = &breach.occurred {
        lines.push(line("breach-text-occurred", occurred.clone()));
    }
    lines.push(line("breach-text-nature", breach.summary.clone()));
    lines.push(line("breach-text-categories", category_titles(lang, &breach.categories)));
    lines.push(line("breach-text-people", format_number(lang, breach.people_estimate)));
    lines.push(line("breach-text-records", format_number(lang, breach.records_estimate)));
    lines.push(line("breach-text-consequences", breach.consequences.clone()));
    lines.push(line("breach-text-measures", breach.measures.clone()));
    lines.push(line("breach-text-risk", t(lang, &format!("breaches-risk-{}", breach.risk))));
    if let Some(reason) = &breach.late_reason {
        lines.push(line("breach-text-late", reason.clone()));
    }
    lines.join("\n")
}

fn category_titles(lang: Lang, ids: &[String]) -> String {
    ids.iter().map(|c| category_title(lang, c)).collect::<Vec<_>>().join(", ")
}

/// The words offered for the customers' notice (Art. 34(2)): what happened, the likely
/// consequences, the measures and whom to ask, in plain language.
fn notice_draft(lang: Lang, breach: &Breach) -> String {
    let contact = register()
        .map(|r| format!("{}, {}", r.controller.contact_person.name, r.controller.contact_person.email))
        .unwrap_or_default();
    t_args(
        lang,
        "breach-notice-draft",
        &[
            ("date", format_date(lang, crate::domain::clock::helsinki_date(breach.aware_at))),
            ("summary", breach.summary.clone()),
            ("consequences", breach.consequences.clone()),
            ("measures", breach.measures.clone()),
            ("contact", contact),
        ],
    )
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

#[component]
fn NotifySection(
    lang: Lang,
    reference: String,
    to: To,
    text: String,
    done: bool,
    ask_late_reason: bool,
    open: bool,
    error: Option<AppError>,
    notified: ServerAction<StaffBreachNotified>,
) -> impl IntoView {
    let (id, who) = match to {
        To::Ombudsman => ("tietosuojavaltuutettu", "ombudsman"),
        To::Traficom => ("traficom", "traficom"),
    };
    let text_id = format!("{id}-teksti");
    let form = (open && !done).then(|| {
        let late = ask_late_reason.then(|| {
            view! {
                <TextAreaField
                    lang
                    error=error.clone()
                    name="late_reason"
                    label_key="breach-late-reason-label"
                    hint_key="breach-late-reason-hint"
                    value=recall("late_reason")
                />
            }
        });
        view! {
            <ActionForm action=notified>
                <input type="hidden" name="reference" value=reference.clone() />
                <input type="hidden" name="authority" value=who />
                {late}
                <button type="submit" class="button">{t(lang, &format!("breach-mark-{who}"))}</button>
            </ActionForm>
        }
    });
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{t(lang, &format!("breach-{who}-heading"))}</h2>
            <p>{t(lang, &format!("breach-{who}-lead"))}</p>
            <div class="field">
                <label for=text_id.clone()>{t(lang, "breach-text-label")}</label>
                <textarea id=text_id class="summary" rows="14" readonly>
                    {textarea_text(&text)}
                </textarea>
            </div>
            {form}
        </section>
    }
}

#[component]
fn TellSection(
    lang: Lang,
    reference: String,
    high: bool,
    kept: Option<String>,
    draft: String,
    told: Vec<Told>,
    open: bool,
    error: Option<AppError>,
    tell: ServerAction<StaffTellCustomers>,
) -> impl IntoView {
    let lead = t(lang, if high { "breach-tell-lead-high" } else { "breach-tell-lead" });
    let words = match &kept {
        Some(words) => view! {
            <h3>{t(lang, "breach-notice-kept")}</h3>
            <p class="pre-line">{words.clone()}</p>
        }
        .into_any(),
        None => ().into_any(),
    };
    let form = open.then(|| {
        let notice = kept.is_none().then(|| {
            let value = Some(recall("notice")).filter(|v| !v.is_empty()).unwrap_or(draft);
            view! {
                <TextAreaField
                    lang
                    error=error.clone()
                    name="notice"
                    label_key="breach-notice-label"
                    hint_key="breach-notice-hint"
                    value
                />
            }
        });
        view! {
            <ActionForm action=tell>
                <input type="hidden" name="reference" value=reference.clone() />
                {notice}
                <TextAreaField
                    lang
                    error=error.clone()
                    name="customers"
                    label_key="breach-customers-label"
                    hint_key="breach-customers-hint"
                    value=recall("customers")
                />
                <button type="submit" class="button">{t(lang, "breach-tell")}</button>
            </ActionForm>
        }
    });
    let list = if told.is_empty() {
        view! { <p>{t(lang, "breach-told-none")}</p> }.into_any()
    } else {
        let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
        let rows = told
            .into_iter()
            .map(|c| {
                let how = t(lang, if c.mailed { "breach-told-mailed" } else { "breach-told-no-mail" });
                view! {
                    <tr>
                        <th scope="row">{c.customer_number}</th>
                        <td>{label("breach-told-col-at")} {format!("{} ({})", format_datetime(lang, c.told_at), c.told_by)}</td>
                        <td>{label("breach-told-col-how")} {how}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table">
                <caption>{t(lang, "breach-told-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "staff-customer-number")}</th>
                        <th scope="col">{t(lang, "breach-told-col-at")}</th>
                        <th scope="col">{t(lang, "breach-told-col-how")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="asiakkaat">
            <h2 id="asiakkaat">{t(lang, "breach-tell-heading")}</h2>
            <p>{lead}</p>
            {words}
            {form}
            {list}
        </section>
    }
}
