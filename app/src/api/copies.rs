//! Copies of personal data (GDPR Art. 15(3)): staff prepare a copy request's copy and
//! type transcripts of call recordings; the DPO releases it with the decision
//! (`api::staff::staff_decide`); the customer reads the readable version (after giving
//! their password again, as it holds their identity code in full) and downloads the
//! package until the copy expires. Every look at a copy is audited by the store.

use crate::error::AppError;
pub use crate::wire::copies::*;
use leptos::prelude::*;

/// Prepares the copy of copy request `reference` from what is held now (customer
/// service or the DPO).
#[server(prefix = "/api", endpoint = "staff_prepare_copy")]
pub async fn staff_prepare_copy(reference: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    let register = crate::api::auth::register()?;
    let public_url = use_context::<crate::user::PublicUrl>().map(|u| u.0).unwrap_or_default();
    let outcome = crate::ssr::staff::copies::prepare(&db, staff, &register, &reference, &public_url).await?;
    crate::api::staff::done(outcome, &reference, "copy").await
}

/// Keeps a transcript of recording `recording` typed for copy request `reference`.
#[server(prefix = "/api", endpoint = "staff_save_transcript")]
pub async fn staff_save_transcript(reference: String, recording: i64, transcript: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let field = format!("transcript-{recording}");
    let body = crate::api::staff::staff_text(&reference, &field, &transcript).await?;
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::copies::save_transcript(&db, staff, &reference, recording, &body).await?;
    crate::api::staff::done(outcome, &reference, "transcript").await
}

/// The readable version of the signed-in customer's copy of request `reference` (needs
/// the password given in the last 10 minutes); `None` when there is no copy to give:
/// not released, expired, or not theirs.
#[server(prefix = "/api", endpoint = "my_copy")]
pub async fn my_copy(reference: String) -> Result<Option<(CopyState, ReadableCopy)>, AppError> {
    let ids = crate::api::caller::require_customer()?;
    crate::api::caller::require_recent_reauth()?;
    if !crate::domain::request::is_reference(&reference) {
        return Ok(None);
    }
    let db = crate::api::auth::db()?;
    let reader =
        crate::ssr::staff::copies::Reader::Customer { account_id: ids.account_id, customer_id: ids.customer_id };
    readable(&db, reader, &reference).await
}

/// The readable version of the copy of request `reference` for staff to review.
#[server(prefix = "/api", endpoint = "staff_review_copy")]
pub async fn staff_review_copy(reference: String) -> Result<Option<(CopyState, ReadableCopy)>, AppError> {
    let staff = crate::api::caller::require_staff()?;
    if !crate::domain::request::is_reference(&reference) {
        return Ok(None);
    }
    let db = crate::api::auth::db()?;
    readable(&db, crate::ssr::staff::copies::Reader::Staff(staff), &reference).await
}

#[cfg(feature = "ssr")]
async fn readable(
    db: &crate::ssr::db::Db,
    reader: crate::ssr::staff::copies::Reader,
    reference: &str,
) -> Result<Option<(CopyState, ReadableCopy)>, AppError> {
    use crate::ssr::staff::copies::{read, Part};
    let Some((state, stored)) = read(db, reader, reference, Part::Readable, chrono::Utc::now()).await? else {
        return Ok(None);
    };
    let mut copy: ReadableCopy = serde_json::from_str(&stored).map_err(AppError::internal)?;
    copy.expires_at = state.expires_at;
    Ok(Some((state, copy)))
}
