//! Personal-data breaches (issue #20, GDPR Art. 33 and 34): the DPO's register. The DPO
//! records a breach, marks the Data Protection Ombudsman and Traficom notified (with
//! the reasons when past the 72 hours), tells the customers affected and closes it;
//! customer service and customers are refused. A customer reads the notices they were
//! given. Each change answers with a redirect to the breach with what was done.

// A form's fields are a server function's arguments: the breach record has nine.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
pub use crate::wire::breaches::*;
use leptos::prelude::*;

/// The longest free text of a breach record, in characters.
pub const MAX_TEXT: usize = crate::domain::request::MAX_TEXT_CHARS;
/// The largest estimate accepted (more people than live on Earth is a typing error).
pub const MAX_ESTIMATE: i64 = 10_000_000_000;

/// Every breach, open ones first.
#[server(prefix = "/api", endpoint = "staff_breaches")]
pub async fn staff_breaches() -> Result<Vec<BreachSummary>, AppError> {
    crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::breaches::list(&db).await?)
}

/// Breach `reference`, with the customers told; `None` when there is none.
#[server(prefix = "/api", endpoint = "staff_breach")]
pub async fn staff_breach(reference: String) -> Result<Option<Breach>, AppError> {
    crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::breaches::get(&db, &reference).await?)
}

/// The breaches the signed-in customer has been told of.
#[server(prefix = "/api", endpoint = "my_breach_notices")]
pub async fn my_breach_notices() -> Result<Vec<BreachNotice>, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::breaches::for_customer(&db, customer_id).await?)
}

/// A required free text, trimmed: `Err(code)` when empty or too long.
#[cfg(feature = "ssr")]
fn text(value: &str) -> Result<&str, &'static str> {
    let value = value.trim();
    if value.is_empty() {
        Err("text-missing")
    } else if value.chars().count() > MAX_TEXT {
        Err("text-too-long")
    } else {
        Ok(value)
    }
}

/// An estimate typed with or without spaces between thousands.
#[cfg(feature = "ssr")]
fn estimate(value: &str) -> Option<i64> {
    let digits: String = value.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    digits.parse::<i64>().ok().filter(|n| (0..=MAX_ESTIMATE).contains(n))
}

/// Records a breach: when ElmoNet became aware of it (`aware_at`, Helsinki time as a
/// `datetime-local` field gives it), when it happened as far as known, what happened,
/// the categories of data, approximate numbers of people and records, likely
/// consequences, measures, and how likely a risk to people is.
#[server(prefix = "/api", endpoint = "staff_record_breach")]
pub async fn staff_record_breach(
    aware_at: String,
    occurred: Option<String>,
    summary: String,
    categories: Option<Vec<String>>,
    people_estimate: String,
    records_estimate: String,
    consequences: String,
    measures: String,
    risk: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::breach::{from_helsinki_local, LocalTimeError, Risk};
    let dpo = crate::api::caller::require_dpo()?;
    let register = crate::api::auth::register()?;
    let page = crate::paths::STAFF_BREACHES_PATH;
    let occurred = occurred.map(|o| o.trim().to_owned()).filter(|o| !o.is_empty());
    let risk = risk.unwrap_or_default();
    let mut categories = categories.unwrap_or_default();
    categories.sort();
    categories.dedup();
    let keep = || {
        crate::api::form_memory::keep(
            page,
            &[
                ("aware_at", &aware_at),
                ("occurred", occurred.as_deref().unwrap_or_default()),
                ("summary", &summary),
                ("categories", &categories.join(",")),
                ("people_estimate", &people_estimate),
                ("records_estimate", &records_estimate),
                ("consequences", &consequences),
                ("measures", &measures),
                ("risk", &risk),
            ],
        )
    };
    let invalid = |field: &str, code: &str| {
        keep();
        Err(AppError::InvalidInput { field: field.into(), code: code.into() })
    };
    let now = chrono::Utc::now();
    let aware = match from_helsinki_local(&aware_at) {
        Ok(at) if at > now + chrono::Duration::minutes(5) => return invalid("aware_at", "time-in-future"),
        Ok(at) => at,
        Err(LocalTimeError::Skipped) => return invalid("aware_at", "time-skipped"),
        Err(LocalTimeError::Unreadable) => return invalid("aware_at", "time-invalid"),
    };
    if occurred.as_ref().is_some_and(|o| o.chars().count() > 200) {
        return invalid("occurred", "text-too-long-short");
    }
    let summary = match text(&summary) {
        Ok(s) => s,
        Err(code) => return invalid("summary", code),
    };
    if categories.is_empty() || categories.iter().any(|c| register.category(c).is_none()) {
        return invalid("categories", "breach-categories-missing");
    }
    let Some(people) = estimate(&people_estimate) else {
        return invalid("people_estimate", "estimate-invalid");
    };
    let Some(records) = estimate(&records_estimate) else {
        return invalid("records_estimate", "estimate-invalid");
    };
    let consequences = match text(&consequences) {
        Ok(s) => s,
        Err(code) => return invalid("consequences", code),
    };
    let measures = match text(&measures) {
        Ok(s) => s,
        Err(code) => return invalid("measures", code),
    };
    let Ok(risk) = risk.parse::<Risk>() else {
        return invalid("risk", "risk-missing");
    };
    let db = crate::api::auth::db()?;
    let new = crate::ssr::breaches::NewBreach {
        aware_at: aware,
        occurred: occurred.as_deref(),
        summary,
        categories: &categories,
        people_estimate: people,
        records_estimate: records,
        consequences,
        measures,
        risk,
    };
    let reference = crate::ssr::breaches::record(&db, dpo, &new, now).await?;
    crate::api::form_memory::forget(page);
    done(&reference, "recorded")
}

/// Marks breach `reference` notified to `authority` (`ombudsman` or `traficom`).
/// Notified to the Ombudsman past the 72 hours, `late_reason` says why (Art. 33(1)).
#[server(prefix = "/api", endpoint = "staff_breach_notified")]
pub async fn staff_breach_notified(
    reference: String,
    authority: String,
    late_reason: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::breaches::Authority;
    let dpo = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    let authority = match authority.as_str() {
        "ombudsman" => Authority::Ombudsman,
        "traficom" => Authority::Traficom,
        _ => return Err(AppError::InvalidInput { field: "authority".into(), code: "authority-invalid".into() }),
    };
    let Some(breach) = crate::ssr::breaches::get(&db, &reference).await? else {
        return Err(AppError::Conflict);
    };
    let now = chrono::Utc::now();
    let late_reason = late_reason.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    let late = now > crate::domain::breach::notify_by(breach.aware_at);
    if authority == Authority::Ombudsman && late {
        let page = breach_path(&reference);
        let invalid = |code: &str| {
            crate::api::form_memory::keep(&page, &[("late_reason", late_reason.as_deref().unwrap_or_default())]);
            Err(AppError::InvalidInput { field: "late_reason".into(), code: code.into() })
        };
        match late_reason.as_deref().map(text) {
            None => return invalid("late-reason-missing"),
            Some(Err(code)) => return invalid(code),
            Some(Ok(_)) => {}
        }
    }
    let late_reason = if late { late_reason } else { None };
    if !crate::ssr::breaches::notified(&db, dpo, &reference, authority, late_reason.as_deref(), now).await? {
        return Err(AppError::Conflict);
    }
    crate::api::form_memory::forget(&breach_path(&reference));
    done(&reference, &format!("notified-{}", authority.as_str()))
}

/// Tells the customers with the numbers in `customers` (one per line, or separated by
/// commas or spaces) of breach `reference` with `notice` (the words are kept the first
/// time; later tellings use them). All or nothing.
#[server(prefix = "/api", endpoint = "staff_tell_customers")]
pub async fn staff_tell_customers(
    reference: String,
    customers: String,
    notice: Option<String>,
) -> Result<(), AppError> {
    use crate::ssr::breaches::{tell, Telling, MAX_TOLD_AT_ONCE};
    let dpo = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    let Some(breach) = crate::ssr::breaches::get(&db, &reference).await? else {
        return Err(AppError::Conflict);
    };
    let page = breach_path(&reference);
    let notice = notice.unwrap_or_default();
    let invalid = |field: &str, code: &str| {
        crate::api::form_memory::keep(&page, &[("customers", &customers), ("notice", &notice)]);
        Err(AppError::InvalidInput { field: field.into(), code: code.into() })
    };
    let mut numbers: Vec<String> = customers
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    numbers.sort();
    numbers.dedup();
    if numbers.is_empty() {
        return invalid("customers", "customers-missing");
    }
    if numbers.len() > MAX_TOLD_AT_ONCE {
        return invalid("customers", "customers-too-many");
    }
    let words = match &breach.customer_notice {
        Some(kept) => kept.clone(),
        None => match text(&notice) {
            Ok(words) => words.to_owned(),
            Err(code) => return invalid("notice", code),
        },
    };
    match tell(&db, dpo, &reference, &numbers, &words, chrono::Utc::now()).await? {
        Telling::Done { .. } => {
            crate::api::caller::wake_outbox();
            crate::api::form_memory::forget(&page);
            done(&reference, "told")
        }
        Telling::Unknown(_) => invalid("customers", "customers-unknown"),
        Telling::NoBreach => Err(AppError::Conflict),
    }
}

/// Closes breach `reference`: its record stays.
#[server(prefix = "/api", endpoint = "staff_close_breach")]
pub async fn staff_close_breach(reference: String) -> Result<(), AppError> {
    let dpo = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    if !crate::ssr::breaches::close(&db, dpo, &reference, chrono::Utc::now()).await? {
        return Err(AppError::Conflict);
    }
    done(&reference, "closed")
}

/// The page of breach `reference`.
pub fn breach_path(reference: &str) -> String {
    format!("{}/{reference}", crate::paths::STAFF_BREACHES_PATH)
}

#[cfg(feature = "ssr")]
fn done(reference: &str, what: &str) -> Result<(), AppError> {
    leptos_axum::redirect(&format!("{}?tehty={what}#tila", breach_path(reference)));
    Ok(())
}
