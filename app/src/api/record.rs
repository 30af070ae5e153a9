//! The record of processing activities (GDPR Art. 30) for the DPO, in the reader's
//! language, generated from the register the portal serves and the log of disclosures.

use crate::error::AppError;
pub use crate::register::record::*;
use leptos::prelude::*;

/// The record in the request's language.
#[server(prefix = "/api", endpoint = "staff_record_of_processing")]
pub async fn staff_record_of_processing() -> Result<RecordOfProcessing, AppError> {
    crate::api::caller::require_dpo()?;
    let register = crate::api::auth::register()?;
    let db = crate::api::auth::db()?;
    let made = crate::ssr::disclosures::summary(&db).await?;
    Ok(register.record_of_processing(crate::i18n::use_lang()).with_disclosures(&register, made))
}
