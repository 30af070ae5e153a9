//! Requests without an account (privacy notice §11): anyone may use any right of §9 on
//! the public form. The address given is confirmed by a mailed link before the request
//! counts; the person may prove who they are with strong electronic identification on
//! the spot, or later as staff ask. Every answer is the same whoever the person is: the
//! form never tells whether someone is in the register.
// The public form has ten fields, and a server function takes a form's fields as its
// arguments (the macro's browser-side twin cannot carry an item-level allow).
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::wire::requests::{PublicConfirm, PublicStatus};
pub use crate::wire::staff::IntakeForm;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
const DRAFT: &str = "public:request";

/// The requester whose submission or request this browser follows.
#[cfg(feature = "ssr")]
async fn followed() -> Result<Option<i64>, AppError> {
    let session = crate::api::auth::session()?;
    session.get(crate::ssr::session_store::REQUESTER_KEY).await.map_err(AppError::internal)
}

/// Makes this browser follow requester `id` (none: nobody).
#[cfg(feature = "ssr")]
async fn follow(id: Option<i64>) -> Result<(), AppError> {
    let session = crate::api::auth::session()?;
    let key = crate::ssr::session_store::REQUESTER_KEY;
    match id {
        Some(id) => session.insert(key, id).await,
        None => session.remove::<i64>(key).await.map(|_| ()),
    }
    .map_err(AppError::internal)
}

/// What the public form offers: the register's categories and the purposes one may
/// object to, and what was typed before a failed submit.
#[server(prefix = "/api", endpoint = "public_request_form")]
pub async fn public_request_form() -> Result<IntakeForm, AppError> {
    let register = crate::api::auth::register()?;
    Ok(IntakeForm {
        categories: register.categories.iter().map(|c| c.id.clone()).collect(),
        purposes: register.purposes.iter().filter(|p| register.objectable(&p.id)).map(|p| p.id.clone()).collect(),
        idempotency_key: String::new(),
        draft: crate::api::requests::take_draft(DRAFT).await?,
        today: crate::domain::clock::helsinki_date(chrono::Utc::now()),
    })
}

/// Takes a request from someone without an account: who they are (`name`), where to
/// reach them (`email`, where the confirmation link goes; `phone` if they like), which
/// right (`kind`) and what they ask. Nothing is filed until the link is opened.
#[server(prefix = "/api", endpoint = "public_request")]
pub async fn public_request(
    name: String,
    email: String,
    phone: Option<String>,
    kind: Option<String>,
    description: String,
    categories: Option<Vec<String>>,
    purposes: Option<Vec<String>>,
    field: Option<String>,
    proposed: Option<String>,
    ground: Option<String>,
) -> Result<(), AppError> {
    use crate::api::intake::{details_of, Asked};
    use crate::ssr::requesters::{submit, Submission};
    let kept = [
        ("name", name.clone()),
        ("email", email.clone()),
        ("phone", phone.clone().unwrap_or_default()),
        ("kind", kind.clone().unwrap_or_default()),
        ("description", description.clone()),
        ("field", field.clone().unwrap_or_default()),
        ("proposed", proposed.clone().unwrap_or_default()),
        ("ground", ground.clone().unwrap_or_default()),
    ];
    let fail = |field: &str, code: &str| AppError::InvalidInput { field: field.into(), code: code.into() };
    let result: Result<Option<i64>, AppError> = async {
        let name = name.trim();
        if name.is_empty() {
            return Err(fail("name", "public-name-missing"));
        }
        if name.chars().count() > 200 {
            return Err(fail("name", "text-too-long"));
        }
        let email = crate::domain::EmailAddress::parse(email.trim()).map_err(|_| fail("email", "email-invalid"))?;
        let phone = phone.as_deref().map(str::trim).filter(|p| !p.is_empty());
        if let Some(p) = phone {
            crate::domain::request::RectifiableField::Phone.check(p).map_err(|code| fail("phone", code))?;
        }
        let db = crate::api::auth::db()?;
        let asked = Asked { kind, description, categories, purposes, field, proposed, ground };
        let details = details_of(&db, None, asked).await?;
        let lang = crate::i18n::use_lang();
        let submission = Submission { name, email: email.as_ref(), phone, lang, details: &details };
        Ok(submit(&db, &submission, chrono::Utc::now()).await?)
    }
    .await;
    match result {
        Ok(requester) => {
            crate::api::requests::forget_draft(DRAFT).await?;
            follow(requester).await?;
            crate::api::caller::wake_outbox();
            leptos_axum::redirect(&format!("{}?lahetetty=1", crate::paths::PUBLIC_STATUS_PATH));
            Ok(())
        }
        Err(e) => crate::api::requests::refuse_form(e, DRAFT, &kept).await,
    }
}

/// Adds a message to the open request this browser follows (the answer, when staff
/// asked for clarification or identity).
#[server(prefix = "/api", endpoint = "public_request_message")]
pub async fn public_request_message(body: String, idempotency_key: String) -> Result<(), AppError> {
    const FORM: &str = "public:message";
    let body = match crate::domain::request::check_text(&body) {
        Ok(body) => body,
        Err(code) => {
            let invalid = AppError::InvalidInput { field: "body".into(), code: code.into() };
            return crate::api::requests::refuse_form(invalid, FORM, &[("body", body)]).await;
        }
    };
    let key: String = idempotency_key.chars().filter(char::is_ascii_alphanumeric).take(64).collect();
    if key.len() < 16 {
        return Err(AppError::BadRequest);
    }
    let Some(id) = followed().await? else { return crate::api::caller::deny(AppError::Forbidden) };
    let db = crate::api::auth::db()?;
    if !crate::ssr::requesters::add_message(&db, id, &body, &key, chrono::Utc::now()).await? {
        return Err(AppError::Conflict);
    }
    crate::api::requests::forget_draft(FORM).await?;
    leptos_axum::redirect(&format!("{}?viesti=1#viestit", crate::paths::PUBLIC_STATUS_PATH));
    Ok(())
}

/// Where the submission or request this browser follows stands.
#[server(prefix = "/api", endpoint = "public_request_status")]
pub async fn public_request_status() -> Result<PublicStatus, AppError> {
    let Some(id) = followed().await? else { return Ok(PublicStatus::Unknown) };
    let db = crate::api::auth::db()?;
    let mut status = crate::ssr::requesters::status(&db, id, chrono::Utc::now()).await?;
    if let PublicStatus::Filed(r) = &mut status {
        let draft = crate::api::requests::take_draft("public:message").await?;
        r.draft = draft.into_iter().find(|(n, _)| n == "body").map(|(_, v)| v).unwrap_or_default();
    }
    Ok(status)
}

/// What the mailed link `avain` opens. A live link makes this browser follow the
/// submission (so the person can identify themselves and follow it here).
#[server(prefix = "/api", endpoint = "public_request_link")]
pub async fn public_request_link(avain: String) -> Result<PublicConfirm, AppError> {
    let db = crate::api::auth::db()?;
    let (confirm, requester) = crate::ssr::requesters::opened(&db, avain.trim(), chrono::Utc::now()).await?;
    if requester.is_some() {
        follow(requester).await?;
    }
    Ok(confirm)
}

/// Confirms the submission behind the mailed link `avain`: the request is filed now and
/// its clock starts. An unknown or expired link is refused.
#[server(prefix = "/api", endpoint = "confirm_public_request")]
pub async fn confirm_public_request(avain: String) -> Result<(), AppError> {
    let db = crate::api::auth::db()?;
    match crate::ssr::requesters::confirm(&db, avain.trim(), chrono::Utc::now()).await? {
        Some((id, _reference)) => {
            follow(Some(id)).await?;
            crate::api::caller::wake_outbox();
            leptos_axum::redirect(&format!("{}?vahvistettu=1", crate::paths::PUBLIC_STATUS_PATH));
            Ok(())
        }
        None => crate::api::caller::deny(AppError::LinkExpired),
    }
}
