//! The record of processing activities (GDPR Art. 30(1)) for the DPO: generated from the
//! register file, so a change of the file shows up here without a code change. The page
//! is the readable document (it prints as one); the same record downloads as JSON in
//! Finnish, Swedish or English.

use super::*;
use crate::api::record::{staff_record_of_processing, RecordOfProcessing};

#[component]
pub fn RecordPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let record = Resource::new(|| (), |_| staff_record_of_processing());
    view! {
        <Title text=t(lang, "record-title") />
        <h1>{t(lang, "record-heading")}</h1>
        {staff_links(lang, role)}
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match record.await {
                    Ok(record) => view! { <RecordView lang record /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn RecordView(lang: Lang, record: RecordOfProcessing) -> impl IntoView {
    let c = record.controller;
    let json = crate::paths::RECORD_JSON_PATH;
    let downloads = [Lang::Fi, Lang::Sv, Lang::En]
        .into_iter()
        .map(|l| {
            view! {
                <li>
                    <a href=format!("{json}?kieli={}", l.as_str()) download="" hreflang=l.as_str()>
                        {t_args(lang, "record-download-json", &[("language", l.native_name().to_owned())])}
                    </a>
                </li>
            }
        })
        .collect_view();
    let purposes = record
        .purposes
        .into_iter()
        .map(|p| {
            let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
            view! {
                <tr>
                    <th scope="row">{p.title} {p.description.map(|d| view! { <br /> <span class="hint">{d}</span> })}</th>
                    <td>{label("record-col-basis")} {format!("{} ({})", p.legal_basis, p.article)}</td>
                </tr>
            }
        })
        .collect_view();
    let categories = record
        .categories
        .into_iter()
        .map(|cat| {
            view! {
                <section aria-labelledby=format!("ryhma-{}", cat.id) class="record-category">
                    <h3 id=format!("ryhma-{}", cat.id)>{cat.title}</h3>
                    <p>{cat.description}</p>
                    <dl class="facts">
                        <dt>{t(lang, "record-purposes")}</dt>
                        <dd>{cat.purposes.join("; ")}</dd>
                        <dt>{t(lang, "record-col-basis")}</dt>
                        <dd>{cat.legal_bases.join("; ")}</dd>
                        <dt>{t(lang, "record-sources")}</dt>
                        <dd>{cat.sources.join("; ")}</dd>
                        <dt>{t(lang, "record-recipients")}</dt>
                        <dd>{cat.recipients.join("; ")}</dd>
                        <dt>{t(lang, "record-retention")}</dt>
                        <dd>{cat.retention}</dd>
                    </dl>
                </section>
            }
        })
        .collect_view();
    let subjects = record.data_subjects.into_iter().map(|s| view! { <li>{s}</li> }).collect_view();
    let recipients = record
        .recipients
        .into_iter()
        .map(|r| view! { <li>{r.title} {r.description.map(|d| format!(" – {d}"))}</li> })
        .collect_view();
    let made = record.disclosures_made;
    let disclosures_made = if made.is_empty() {
        view! { <p>{t(lang, "record-disclosures-none")}</p> }.into_any()
    } else {
        let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
        let number = |n: i64| crate::i18n::texts::format_number(lang, n);
        let rows = made
            .into_iter()
            .map(|d| {
                view! {
                    <tr>
                        <th scope="row">{d.title}</th>
                        <td>{label("record-col-disclosures")} {number(d.disclosures)}</td>
                        <td>{label("record-col-customers")} {number(d.customers)}</td>
                        <td>{label("record-col-latest")} {crate::i18n::format_date(lang, d.latest)}</td>
                        <td>{label("record-col-named")} {d.recipients.join("; ")}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table">
                <caption>{t(lang, "record-disclosures-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "record-col-class")}</th>
                        <th scope="col">{t(lang, "record-col-disclosures")}</th>
                        <th scope="col">{t(lang, "record-col-customers")}</th>
                        <th scope="col">{t(lang, "record-col-latest")}</th>
                        <th scope="col">{t(lang, "record-col-named")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let retention = record
        .retention
        .into_iter()
        .map(|r| {
            let period = r
                .period
                .as_deref()
                .and_then(|p| crate::i18n::texts::format_period(lang, p))
                .map(|p| match r.runs_from {
                    Some(from) => format!("{p} ({})", t(lang, &format!("record-runs-from-{}", from.as_str()))),
                    None => p,
                })
                .unwrap_or_else(|| t(lang, "record-no-fixed-period"));
            let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
            view! {
                <tr>
                    <th scope="row">{r.title}</th>
                    <td>{label("record-col-period")} {period}</td>
                    <td>{label("record-col-source")} {r.source.or(r.law).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let transfers =
        if record.transfers_outside_eea { t(lang, "record-transfers-yes") } else { t(lang, "record-transfers-no") };
    view! {
        <p>
            {t_args(
                lang,
                "record-lead",
                &[
                    ("register", record.register_name.clone()),
                    ("date", format_date(lang, record.notice_valid_from)),
                ],
            )}
        </p>
        <ul>{downloads}</ul>
        <section aria-labelledby="rekisterinpitaja">
            <h2 id="rekisterinpitaja">{t(lang, "record-controller")}</h2>
            <dl class="facts">
                <dt>{t(lang, "record-controller-name")}</dt>
                <dd>{format!("{} ({})", c.name, c.business_id)}</dd>
                <dt>{t(lang, "record-address")}</dt>
                <dd>{c.address}</dd>
                <dt>{t(lang, "record-contact")}</dt>
                <dd>{format!("{} {} · {} · {}", c.phone, c.email, c.contact_role, c.contact_name)} " " <a href=format!("mailto:{}", c.contact_email)>{c.contact_email.clone()}</a></dd>
            </dl>
        </section>
        <section aria-labelledby="tarkoitukset">
            <h2 id="tarkoitukset">{t(lang, "record-purposes")}</h2>
            <table class="data-table">
                <caption>{t(lang, "record-purposes-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "record-col-purpose")}</th>
                        <th scope="col">{t(lang, "record-col-basis")}</th>
                    </tr>
                </thead>
                <tbody>{purposes}</tbody>
            </table>
        </section>
        <section aria-labelledby="rekisteroidyt">
            <h2 id="rekisteroidyt">{t(lang, "record-subjects")}</h2>
            <ul>{subjects}</ul>
        </section>
        <section aria-labelledby="tietoryhmat">
            <h2 id="tietoryhmat">{t(lang, "record-categories")}</h2>
            {categories}
        </section>
        <section aria-labelledby="vastaanottajat">
            <h2 id="vastaanottajat">{t(lang, "record-recipients")}</h2>
            <ul>{recipients}</ul>
            <p>
                <strong>{t(lang, "record-transfers")} ": "</strong>
                {transfers}
            </p>
            <h3>{t(lang, "record-disclosures-heading")}</h3>
            <p>{t(lang, "record-disclosures-lead")}</p>
            {disclosures_made}
        </section>
        <section aria-labelledby="sailytys">
            <h2 id="sailytys">{t(lang, "record-retention")}</h2>
            <table class="data-table">
                <caption>{t(lang, "record-retention-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "record-col-rule")}</th>
                        <th scope="col">{t(lang, "record-col-period")}</th>
                        <th scope="col">{t(lang, "record-col-source")}</th>
                    </tr>
                </thead>
                <tbody>{retention}</tbody>
            </table>
        </section>
        <section aria-labelledby="turvallisuus">
            <h2 id="turvallisuus">{t(lang, "record-security")}</h2>
            <p>{record.security}</p>
            <p>
                <strong>{t(lang, "record-authority")} ": "</strong>
                <a href=record.supervisory_authority_url.clone()>{record.supervisory_authority}</a>
            </p>
        </section>
    }
}
