//! The staff workspace's server functions. Each checks the caller's role first: staff
//! only, and the data protection officer alone for decisions on rectification, erasure,
//! restriction and objection, for rejections, lifting a restriction, the overview and
//! the audit log. Reads of customer data are audited in the same transaction as the read.
//! Every change is committed before the answer, and the customer is told by email (the
//! reference and a link only).

use crate::error::AppError;
pub use crate::wire::staff::*;
use leptos::prelude::*;

/// The queue of requests: open ones by due date unless filtered otherwise.
#[server(prefix = "/api", endpoint = "staff_queue")]
pub async fn staff_queue(filter: QueueFilter) -> Result<QueuePage, AppError> {
    let staff_id = crate::api::caller::require_staff()?.id;
    let db = crate::api::auth::db()?;
    let today = crate::domain::clock::helsinki_date(chrono::Utc::now());
    Ok(crate::ssr::staff::queue(&db, &filter, staff_id, today).await?)
}

/// Opens a request with the customer data needed to decide it (audited).
#[server(prefix = "/api", endpoint = "staff_request")]
pub async fn staff_request(reference: String) -> Result<Option<StaffRequestPage>, AppError> {
    let staff_id = crate::api::caller::require_staff()?.id;
    if !crate::domain::request::is_reference(&reference) {
        return Ok(None);
    }
    let db = crate::api::auth::db()?;
    let register = crate::api::auth::register()?;
    let Some(request) = crate::ssr::staff::open(&db, &register, crate::i18n::use_lang(), staff_id, &reference).await?
    else {
        return Ok(None);
    };
    let staff = crate::ssr::accounts::assignable_staff(&db).await?;
    let draft = crate::api::requests::take_draft(&draft_form(&reference)).await?;
    let copy = match request.kind {
        crate::domain::RequestKind::Copy => crate::ssr::staff::copies::staff_copy(&db, &reference).await?,
        _ => None,
    };
    Ok(Some(StaffRequestPage { request, staff, draft, copy }))
}

#[cfg(feature = "ssr")]
fn draft_form(reference: &str) -> String {
    format!("staff:{reference}")
}

/// Checks a required text of a staff form, keeping it for the form on failure.
#[cfg(feature = "ssr")]
pub(crate) async fn staff_text(reference: &str, field: &str, value: &str) -> Result<String, AppError> {
    match crate::domain::request::check_text(value) {
        Ok(text) => Ok(text),
        Err(code) => {
            crate::api::requests::keep_draft(&draft_form(reference), &[(field, value.to_owned())]).await?;
            Err(AppError::InvalidInput { field: field.into(), code: code.into() })
        }
    }
}

/// Turns an action's outcome into the answer: back to the request page with a notice.
/// The customer's mail about it (if the event has one) was written with the change.
#[cfg(feature = "ssr")]
pub(crate) async fn done(outcome: crate::ssr::staff::Outcome, reference: &str, notice: &str) -> Result<(), AppError> {
    use crate::ssr::staff::Outcome;
    match outcome {
        Outcome::Done => {
            crate::api::requests::forget_draft(&draft_form(reference)).await?;
            crate::api::caller::wake_outbox();
            leptos_axum::redirect(&format!("{}/{reference}?tehty={notice}#tila", crate::paths::STAFF_REQUEST_PATH));
            Ok(())
        }
        Outcome::NotApplicable => Err(AppError::Conflict),
        Outcome::NotAllowed => crate::api::caller::deny(AppError::Forbidden),
        Outcome::IdentityMissing => crate::api::caller::deny(AppError::InvalidInput {
            field: "outcome".into(),
            code: "identity-insufficient".into(),
        }),
        Outcome::NotLinked => crate::api::caller::deny(AppError::InvalidInput {
            field: "outcome".into(),
            code: "request-not-linked".into(),
        }),
        Outcome::CopyMissing => crate::api::caller::deny(AppError::InvalidInput {
            field: "outcome".into(),
            code: "copy-not-prepared".into(),
        }),
        Outcome::LegalHold => crate::api::caller::deny(AppError::InvalidInput {
            field: "outcome".into(),
            code: "erasure-legal-hold".into(),
        }),
    }
}

/// Records how staff checked the person's identity for the request: `method`
/// `id_document` (with the `document` type seen) or `known_data`, and `result`
/// `verified` or `not_verified`. Customer service and the DPO alike.
#[server(prefix = "/api", endpoint = "staff_identity_check")]
pub async fn staff_identity_check(
    reference: String,
    method: Option<String>,
    document: Option<String>,
    result: Option<String>,
) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let invalid = |field: &str, code: &str| {
        crate::api::caller::deny(AppError::InvalidInput { field: field.into(), code: code.into() })
    };
    let Some(method) = method.filter(|m| !m.is_empty()) else { return invalid("method", "identity-method-missing") };
    let Some((method, detail)) = crate::ssr::identity::staff_check(&method, document.as_deref()) else {
        return invalid("document", "identity-document-missing");
    };
    let verified = match result.as_deref() {
        Some("verified") => true,
        Some("not_verified") => false,
        _ => return invalid("result", "identity-result-missing"),
    };
    let db = crate::api::auth::db()?;
    let outcome =
        crate::ssr::staff::record_identity_check(&db, staff, &reference, method, detail.as_deref(), verified).await?;
    done(outcome, &reference, "identity").await
}

/// Assigns the request to oneself (`me`), to another staff member (their id) or to
/// nobody (`none`).
#[server(prefix = "/api", endpoint = "staff_assign")]
pub async fn staff_assign(reference: String, assignee: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let to = match assignee.as_str() {
        "me" => Some(staff.id),
        "none" => None,
        id => Some(crate::domain::StaffId(id.parse::<i64>().map_err(|_| AppError::BadRequest)?)),
    };
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::assign(&db, staff, &reference, to).await?;
    done(outcome, &reference, "assigned").await
}

/// Sends the customer a message; with `ask` (`clarification` or `identity`) it asks
/// them to clarify or to verify their identity, and the request waits for them.
#[server(prefix = "/api", endpoint = "staff_message")]
pub async fn staff_message(reference: String, body: String, ask: Option<String>) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let ask = match ask.as_deref() {
        None | Some("") => None,
        Some("clarification") => Some("clarification_requested"),
        Some("identity") => Some("identity_check_requested"),
        Some(_) => return crate::api::caller::deny(AppError::BadRequest),
    };
    let body = staff_text(&reference, "body", &body).await?;
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::message(&db, staff, &reference, &body, ask).await?;
    done(outcome, &reference, "message").await
}

/// Extends the time to answer by one or two months, with the reason the customer reads.
#[server(prefix = "/api", endpoint = "staff_extend")]
pub async fn staff_extend(reference: String, months: String, extension_reason: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let Ok(months @ 1..=2) = months.parse::<u32>() else {
        return Err(AppError::InvalidInput { field: "months".into(), code: "months-invalid".into() });
    };
    let reason = staff_text(&reference, "extension_reason", &extension_reason).await?;
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::extend(&db, staff, &reference, months, &reason).await?;
    done(outcome, &reference, "extended").await
}

/// Decides the request: `approve` applies it to the register, `reject` refuses it; the
/// reason is the answer the customer reads (in their language).
#[server(prefix = "/api", endpoint = "staff_decide")]
pub async fn staff_decide(reference: String, outcome: String, reason: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let approve = match outcome.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::InvalidInput { field: "outcome".into(), code: "outcome-missing".into() }),
    };
    let reason = staff_text(&reference, "reason", &reason).await?;
    let db = crate::api::auth::db()?;
    let register = crate::api::auth::register()?;
    let outcome = crate::ssr::staff::decide(&db, staff, &register, &reference, approve, &reason).await?;
    done(outcome, &reference, if approve { "approved" } else { "rejected" }).await
}

/// Restricts the processing of the customer's data while the request is handled.
#[server(prefix = "/api", endpoint = "staff_restrict")]
pub async fn staff_restrict(reference: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::apply_restriction(&db, staff, &reference).await?;
    done(outcome, &reference, "restricted").await
}

/// Lifts the customer's restriction of processing, with a reason (the DPO only).
#[server(prefix = "/api", endpoint = "staff_lift_restriction")]
pub async fn staff_lift_restriction(reference: String, lift_reason: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    crate::api::caller::require_dpo()?;
    let reason = staff_text(&reference, "lift_reason", &lift_reason).await?;
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::lift_restriction(&db, staff, &reference, &reason).await?;
    done(outcome, &reference, "lifted").await
}

/// Records that a recipient of the data was told of the change (GDPR Art. 19).
#[server(prefix = "/api", endpoint = "staff_mark_notified")]
pub async fn staff_mark_notified(reference: String, recipient: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    let outcome = crate::ssr::staff::mark_notified(&db, staff, &reference, &recipient).await?;
    done(outcome, &reference, "notified").await
}

/// The DPO's overview of requests.
#[server(prefix = "/api", endpoint = "staff_overview")]
pub async fn staff_overview() -> Result<Overview, AppError> {
    crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    let today = crate::domain::clock::helsinki_date(chrono::Utc::now());
    Ok(crate::ssr::staff::overview(&db, today).await?)
}

/// A customer's audit log for the DPO (`None`: no such customer). Audited.
#[server(prefix = "/api", endpoint = "staff_audit_log")]
pub async fn staff_audit_log(customer_number: String) -> Result<Option<Vec<AuditRow>>, AppError> {
    let dpo = crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::staff::audit_log(&db, dpo, customer_number.trim()).await?)
}
