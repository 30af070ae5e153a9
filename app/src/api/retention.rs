//! Retention for staff (issue #17): the schedule, the latest runs' reports and the
//! legal holds in force for every staff member; a dry run and placing or lifting a legal
//! hold for the DPO only. Each change answers with a redirect to the page with what was
//! done, and is audited.

use crate::error::AppError;
pub use crate::wire::retention::*;
use leptos::prelude::*;

/// How many runs the page shows.
pub const RUNS_SHOWN: i64 = 5;
/// The longest a legal hold may be placed for at once, in days (ten years: the longest
/// limitation period of Finnish law); it can be placed again.
pub const MAX_HOLD_DAYS: i64 = 3653;
/// The longest reason, in characters (as any free text).
pub const MAX_REASON: usize = crate::domain::request::MAX_TEXT_CHARS;

/// The schedule, the latest runs and the legal holds in force.
#[server(prefix = "/api", endpoint = "staff_retention_status")]
pub async fn staff_retention_status() -> Result<RetentionStatus, AppError> {
    crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    let every_hours = use_context::<crate::ssr::retention::Schedule>().and_then(|s| s.every_hours);
    let last_run = crate::ssr::retention::reports::last_run(&db).await?;
    let now = chrono::Utc::now();
    let next_due = every_hours.map(|h| match last_run {
        Some(last) => (last + chrono::Duration::hours(i64::from(h))).max(now),
        None => now,
    });
    Ok(RetentionStatus {
        every_hours,
        last_run,
        next_due,
        reports: crate::ssr::retention::reports::latest(&db, RUNS_SHOWN).await?,
        holds: crate::ssr::retention::holds::in_force(&db, now.date_naive()).await?,
    })
}

/// Runs every rule as a dry run now: counts and reports, deletes nothing.
#[server(prefix = "/api", endpoint = "staff_retention_dry_run")]
pub async fn staff_retention_dry_run() -> Result<(), AppError> {
    use crate::ssr::retention::{run, RetentionError, RunOptions};
    let dpo = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    let register = crate::api::auth::register()?;
    match run(&db, &register, chrono::Utc::now(), RunOptions { dry_run: true, ..Default::default() }).await {
        Ok(_) => {}
        Err(RetentionError::AlreadyRunning) => return Err(AppError::Conflict),
        Err(RetentionError::Database(e)) => return Err(e.into()),
    }
    use crate::ssr::audit::{self, Entry};
    audit::record(&db, Entry::staff(dpo, "retention_dry_run")).await?;
    done("dry-run")
}

/// Places a legal hold on the customer with number `customer_number`: their records are
/// kept past their period until `ends_on` (YYYY-MM-DD, inclusive) for `reason`.
#[server(prefix = "/api", endpoint = "staff_place_legal_hold")]
pub async fn staff_place_legal_hold(customer_number: String, reason: String, ends_on: String) -> Result<(), AppError> {
    let dpo = crate::api::caller::require_dpo()?;
    let page = crate::paths::STAFF_RETENTION_PATH;
    let keep = || {
        crate::api::form_memory::keep(
            page,
            &[("customer_number", &customer_number), ("reason", &reason), ("ends_on", &ends_on)],
        )
    };
    let invalid = |field: &str, code: &str| {
        keep();
        Err(AppError::InvalidInput { field: field.into(), code: code.into() })
    };
    let number = customer_number.trim();
    if number.is_empty() {
        return invalid("customer_number", "customer-number-missing");
    }
    let reason_text = reason.trim();
    if reason_text.is_empty() {
        return invalid("reason", "text-missing");
    }
    if reason_text.chars().count() > MAX_REASON {
        return invalid("reason", "text-too-long");
    }
    let today = chrono::Utc::now().date_naive();
    let Ok(until) = chrono::NaiveDate::parse_from_str(ends_on.trim(), "%Y-%m-%d") else {
        return invalid("ends_on", "date-invalid");
    };
    if until < today || until > today + chrono::Duration::days(MAX_HOLD_DAYS) {
        return invalid("ends_on", "hold-end-out-of-range");
    }
    let db = crate::api::auth::db()?;
    match crate::ssr::retention::holds::place(&db, dpo, number, reason_text, until, chrono::Utc::now()).await? {
        Some(_) => {
            crate::api::form_memory::forget(page);
            done("placed")
        }
        None => invalid("customer_number", "customer-unknown"),
    }
}

/// Lifts legal hold `hold`: from the next run on, its customer's due records go.
#[server(prefix = "/api", endpoint = "staff_lift_legal_hold")]
pub async fn staff_lift_legal_hold(hold: i64) -> Result<(), AppError> {
    let dpo = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    if !crate::ssr::retention::holds::lift(&db, dpo, hold, chrono::Utc::now()).await? {
        return Err(AppError::Conflict);
    }
    done("lifted")
}

#[cfg(feature = "ssr")]
fn done(what: &str) -> Result<(), AppError> {
    leptos_axum::redirect(&format!("{}?tehty={what}#tila", crate::paths::STAFF_RETENTION_PATH));
    Ok(())
}
