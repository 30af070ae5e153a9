//! Feedback on accessibility, from the accessibility statement: anyone may send it (no
//! sign-in; the same per-address limit as sign-in); each becomes a tracked item that
//! staff answer within 14 days, by email when the sender gave an address.

use crate::error::AppError;
pub use crate::wire::feedback::*;
use leptos::prelude::*;

/// What was typed into the feedback form before a failed submit.
#[server(prefix = "/api", endpoint = "feedback_draft")]
pub async fn feedback_draft() -> Result<Vec<(String, String)>, AppError> {
    crate::api::requests::take_draft("feedback").await
}

/// Sends feedback on accessibility. `contact`: an email address for the answer
/// (optional); `page`: where the problem was (optional).
#[server(prefix = "/api", endpoint = "send_accessibility_feedback")]
pub async fn send_accessibility_feedback(message: String, page: String, contact: String) -> Result<(), AppError> {
    let fields = [("message", message.clone()), ("page", page.clone()), ("contact", contact.clone())];
    let fail = |field: &str, code: &str| AppError::InvalidInput { field: field.into(), code: code.into() };
    let message = match crate::domain::request::check_text(&message) {
        Ok(m) => m,
        Err(code) => {
            crate::api::requests::keep_draft("feedback", &fields).await?;
            return Err(fail("message", code));
        }
    };
    let contact = match contact.trim() {
        "" => None,
        c => match crate::domain::EmailAddress::parse(c) {
            Ok(email) => Some(String::from(email)),
            Err(e) => {
                crate::api::requests::keep_draft("feedback", &fields).await?;
                return Err(fail("contact", e.code()));
            }
        },
    };
    let page: Option<String> = Some(page.trim().chars().take(300).collect::<String>()).filter(|p| !p.is_empty());
    let db = crate::api::auth::db()?;
    let lang = crate::i18n::use_lang();
    // A signed-in customer's feedback is theirs to see and take; the form tells them so.
    let customer = match crate::api::caller::caller() {
        crate::user::Caller::Customer { customer_id, .. } => Some(customer_id),
        _ => None,
    };
    let reference =
        crate::ssr::feedback::record(&db, lang, customer, page, contact, &message, chrono::Utc::now()).await?;
    crate::api::requests::forget_draft("feedback").await?;
    leptos_axum::redirect(&format!("{}?kiitos={reference}#kiitos", crate::paths::STATEMENT_PATH));
    Ok(())
}

/// Feedback for staff: the open items by due date, then the last answered ones.
#[server(prefix = "/api", endpoint = "staff_feedback")]
pub async fn staff_feedback() -> Result<Vec<FeedbackItem>, AppError> {
    crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::feedback::list(&db).await?)
}

/// Records the answer to feedback `id` and mails it to the sender if they gave an address.
#[server(prefix = "/api", endpoint = "staff_answer_feedback")]
pub async fn staff_answer_feedback(id: i64, answer: String) -> Result<(), AppError> {
    let staff_id = crate::api::caller::require_staff()?.id;
    let answer = crate::domain::request::check_text(&answer)
        .map_err(|code| AppError::InvalidInput { field: format!("answer-{id}"), code: code.into() })?;
    let db = crate::api::auth::db()?;
    if !crate::ssr::feedback::answer(&db, staff_id, id, &answer).await? {
        return Err(AppError::Conflict);
    }
    crate::api::caller::wake_outbox();
    leptos_axum::redirect(&format!("{}?vastattu=1", crate::paths::STAFF_FEEDBACK_PATH));
    Ok(())
}
