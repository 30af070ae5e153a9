//! The texts a breach page prepares from the record: the notifications to the Data
//! Protection Ombudsman and Traficom, and the draft of the customers' notice.

use super::*;

/// Which notification text: the Ombudsman's (GDPR Art. 33(3)) or Traficom's.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum To {
    Ombudsman,
    Traficom,
}

/// The notification prepared from the record, one fact a line, in the reader's language.
pub(super) fn notification_text(lang: Lang, breach: &Breach, to: To) -> String {
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

pub(super) fn category_titles(lang: Lang, ids: &[String]) -> String {
    ids.iter().map(|c| category_title(lang, c)).collect::<Vec<_>>().join(", ")
}

/// The words offered for the customers' notice (Art. 34(2)): what happened, the likely
/// consequences, the measures and whom to ask, in plain language.
pub(super) fn notice_draft(lang: Lang, breach: &Breach) -> String {
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
