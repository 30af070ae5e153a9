//! The outbox of mail for the data protection officer (issue #19): how many mails wait,
//! failed or went in the last day, and the jobs that are stuck, with a way to try a
//! failed one again (audited). Never a recipient or a message's content.

use crate::error::AppError;
pub use crate::wire::staff::{OutboxStatus, StuckJob};
use leptos::prelude::*;

/// How the outbox stands now.
#[server(prefix = "/api", endpoint = "staff_outbox")]
pub async fn staff_outbox() -> Result<OutboxStatus, AppError> {
    crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::outbox::status(&db, chrono::Utc::now()).await?)
}

/// Puts failed mail job `job` back to be sent at once.
#[server(prefix = "/api", endpoint = "staff_retry_mail")]
pub async fn staff_retry_mail(job: i64) -> Result<(), AppError> {
    let dpo_id = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    if !crate::ssr::outbox::retry(&db, job, dpo_id, chrono::Utc::now()).await? {
        return Err(AppError::Conflict);
    }
    crate::api::caller::wake_outbox();
    leptos_axum::redirect(&format!("{}?tehty=mail-retried#posti", crate::paths::OVERVIEW_PATH));
    Ok(())
}
