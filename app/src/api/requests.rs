//! Requests under the customer's rights (privacy notice §9, GDPR Art. 12–21): filing one
//! of each kind, following it, adding a message or answering a clarification, asking for
//! restriction meanwhile, withdrawing it, and the summary for a complaint to the Data
//! Protection Ombudsman. Customers only; the customer id comes from the session. A form
//! that fails comes back with its error and everything typed (kept in the session, never
//! in the URL).

#[cfg(feature = "ssr")]
use crate::domain::request::{RectifiableField, RequestDetails};
#[cfg(feature = "ssr")]
use crate::domain::RequestKind;
use crate::error::AppError;
pub use crate::wire::requests::*;
use leptos::prelude::*;

/// The session key of a form's draft.
#[cfg(feature = "ssr")]
fn draft_key(form: &str) -> String {
    format!("draft:{form}")
}

/// Keeps what was typed into `form` in the session, for the form to show again.
#[cfg(feature = "ssr")]
pub(crate) async fn keep_draft(form: &str, fields: &[(&str, String)]) -> Result<(), AppError> {
    let fields: Vec<(String, String)> = fields
        .iter()
        .map(|(name, value)| {
            ((*name).to_owned(), value.chars().take(crate::domain::request::MAX_TEXT_CHARS * 2).collect())
        })
        .collect();
    crate::api::auth::session()?.insert(&draft_key(form), fields).await.map_err(AppError::internal)
}

/// The answer to a form that failed: a wrong field keeps what was typed (`kept`) as the
/// draft of form `form` and goes back to it with the error beside the field; any other
/// error is answered as it is.
#[cfg(feature = "ssr")]
pub(crate) async fn refuse_form<T>(e: AppError, form: &str, kept: &[(&str, String)]) -> Result<T, AppError> {
    if let AppError::InvalidInput { .. } = e {
        keep_draft(form, kept).await?;
        return crate::api::caller::deny(e);
    }
    Err(e)
}

#[cfg(feature = "ssr")]
pub(crate) async fn take_draft(form: &str) -> Result<Vec<(String, String)>, AppError> {
    let session = crate::api::auth::session()?;
    let draft: Option<Vec<(String, String)>> = session.get(&draft_key(form)).await.map_err(AppError::internal)?;
    if let Some(draft) = draft {
        return Ok(draft);
    }
    // A form of this page posted after the session had ended, kept until signing in.
    let refused: Option<RefusedForm> = session.get(REFUSED_FORM_KEY).await.map_err(AppError::internal)?;
    let here = use_context::<axum::http::request::Parts>().map(|p| p.uri.path().to_owned());
    match refused {
        Some(r) if Some(&r.page) == here.as_ref() => {
            session.remove_value(REFUSED_FORM_KEY).await.map_err(AppError::internal)?;
            let fresh = chrono::Utc::now().timestamp() - r.at <= REFUSED_FORM_SECONDS;
            Ok(if fresh { r.fields } else { Vec::new() })
        }
        _ => Ok(Vec::new()),
    }
}

/// The session key of a form posted after its session had ended ([`RefusedForm`]).
pub const REFUSED_FORM_KEY: &str = "refused_form";
/// How long such a form is kept for the signed-in page to show again.
pub const REFUSED_FORM_SECONDS: i64 = 1800;

/// A form a browser posted after its session had ended (kept by the server's
/// middleware, secrets left out): the page it was on, when, and its fields.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RefusedForm {
    pub page: String,
    pub at: i64,
    pub fields: Vec<(String, String)>,
}

#[cfg(feature = "ssr")]
pub(crate) async fn forget_draft(form: &str) -> Result<(), AppError> {
    crate::api::auth::session()?.remove::<Vec<(String, String)>>(&draft_key(form)).await.map_err(AppError::internal)?;
    Ok(())
}

/// The customer's requests, newest first.
#[server(prefix = "/api", endpoint = "my_requests")]
pub async fn my_requests() -> Result<Vec<RequestSummary>, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::requests::list(&db, customer_id).await?)
}

/// One of the customer's requests, and the draft of a message that failed to send.
/// `None`: the customer has no request with this reference.
#[server(prefix = "/api", endpoint = "my_request")]
pub async fn my_request(reference: String) -> Result<Option<(RequestView, String)>, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    if !crate::domain::request::is_reference(&reference) {
        return Ok(None);
    }
    let db = crate::api::auth::db()?;
    let Some(mut view) = crate::ssr::requests::get(&db, customer_id, &reference).await? else {
        return Ok(None);
    };
    if view.summary.kind == RequestKind::Copy {
        view.copy = crate::ssr::staff::copies::my_copy(&db, customer_id, &reference).await?;
    }
    let register = crate::api::auth::register()?;
    view.deleted_on =
        view.summary.decided_at.and_then(|at| crate::ssr::retention::due_on(&register, "portal_requests", at));
    let draft = take_draft(&format!("message:{reference}")).await?;
    let body = draft.into_iter().find(|(n, _)| n == "body").map(|(_, v)| v).unwrap_or_default();
    Ok(Some((view, body)))
}

/// What the form of `kind` (a [`RequestKind`] slug) needs.
#[server(prefix = "/api", endpoint = "request_form")]
pub async fn request_form(kind: String) -> Result<NewRequestForm, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let Ok(kind) = kind.parse::<RequestKind>() else {
        return crate::api::caller::deny(AppError::BadRequest);
    };
    let db = crate::api::auth::db()?;
    let lang = crate::i18n::use_lang();
    let mut form = NewRequestForm {
        fields: Vec::new(),
        record_fields: Vec::new(),
        categories: Vec::new(),
        purposes: Vec::new(),
        records: Vec::new(),
        idempotency_key: uuid::Uuid::new_v4().simple().to_string(),
        draft: take_draft(kind.as_str()).await?,
    };
    let register = crate::api::auth::register()?;
    match kind {
        RequestKind::Rectification => {
            let values = crate::ssr::my_data::basic_values(&db, customer_id).await?;
            form.fields = RectifiableField::basic()
                .map(|f| (f, values.iter().find(|(n, _)| n == f.as_str()).and_then(|(_, v)| v.clone())))
                .collect();
            form.record_fields = crate::ssr::my_data::rectifiable_records(&db, customer_id).await?;
        }
        RequestKind::Erasure => {
            let counts = crate::ssr::my_data::counts(&db, customer_id).await?;
            for (category, records) in counts {
                let erasure = crate::ssr::my_data::erasure_now(&db, &register, customer_id, &category, lang).await?;
                if erasure == crate::api::my_data::ErasureNow::Possible && category == "other_data" {
                    for item in crate::ssr::my_data::other_data_items(&db, customer_id).await? {
                        let date = crate::i18n::format_date(lang, crate::domain::clock::helsinki_date(item.given_at));
                        form.records.push((format!("other_data:{}", item.id), format!("{} ({date})", item.topic)));
                    }
                }
                form.categories.push(ErasureOption { category, records, erasure });
            }
        }
        RequestKind::Objection => {
            form.purposes =
                register.purposes.iter().filter(|p| register.objectable(&p.id)).map(|p| p.id.clone()).collect();
        }
        _ => {}
    }
    Ok(form)
}

/// Files `details` for the signed-in customer, tells them by email, forgets the form's
/// draft and sends the browser to the request's page with its receipt.
#[cfg(feature = "ssr")]
async fn file(details: RequestDetails, restrict: bool, idempotency_key: &str) -> Result<(), AppError> {
    use crate::ssr::requests::{self, FiledBy, NewRequest};
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    let key: String = idempotency_key.chars().filter(char::is_ascii_alphanumeric).take(64).collect();
    if key.len() < 16 {
        return crate::api::caller::deny(AppError::BadRequest);
    }
    let db = crate::api::auth::db()?;
    let (method, detail) = crate::api::auth::signed_in_with().await?;
    let by = FiledBy::Customer { account_id, identity: (method, detail.as_deref()) };
    let new = NewRequest { customer_id: Some(customer_id), details: &details, restrict, idempotency_key: &key, by };
    let (reference, created) = requests::file(&db, new, chrono::Utc::now()).await?;
    if created {
        crate::api::caller::wake_outbox();
    }
    forget_draft(details.kind().as_str()).await?;
    leptos_axum::redirect(&format!("{}/{reference}?kuitti=1#kuitti", crate::paths::REQUESTS_PATH));
    Ok(())
}

/// Keeps the typed `fields` of the form of `kind` and answers with the error of `field`.
#[cfg(feature = "ssr")]
async fn invalid(kind: RequestKind, fields: &[(&str, String)], field: &str, code: &str) -> Result<(), AppError> {
    crate::api::caller::require_customer()?;
    keep_draft(kind.as_str(), fields).await?;
    Err(AppError::InvalidInput { field: field.into(), code: code.into() })
}

/// Checks a required text field or keeps the form and answers with its error.
#[cfg(feature = "ssr")]
macro_rules! required_text {
    ($kind:expr, $fields:expr, $name:literal, $value:expr) => {
        match crate::domain::request::check_text(&$value) {
            Ok(text) => text,
            Err(code) => return invalid($kind, $fields, $name, code).await,
        }
    };
}

/// Asks to rectify one field of the basic data: the proposed value is checked with the
/// field's own type. `restrict` (a checkbox): restrict processing meanwhile.
#[server(prefix = "/api", endpoint = "file_rectification")]
pub async fn file_rectification(
    idempotency_key: String,
    field: Option<String>,
    proposed: String,
    reason: String,
    restrict: Option<String>,
) -> Result<(), AppError> {
    const KIND: RequestKind = RequestKind::Rectification;
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let fields = [
        ("field", field.clone().unwrap_or_default()),
        ("proposed", proposed.clone()),
        ("reason", reason.clone()),
        ("restrict", restrict.clone().unwrap_or_default()),
    ];
    // `<field>` of the basic data, or `<field>:<record id>` of one of the customer's records.
    let chosen = field.unwrap_or_default();
    let (slug, record) = match chosen.split_once(':') {
        Some((slug, id)) => (slug, Some(id.parse::<i64>().ok())),
        None => (chosen.as_str(), None),
    };
    let Ok(field) = slug.parse::<RectifiableField>() else {
        return invalid(KIND, &fields, "field", "field-missing").await;
    };
    // A record field names its record, a basic one none; anything else is not a form's.
    let record = match (field.record(), record) {
        (Some(_), Some(Some(id))) => Some(id),
        (None, None) => None,
        _ => return crate::api::caller::deny(AppError::BadRequest),
    };
    let proposed = match field.check(&proposed) {
        Ok(value) => value,
        Err(code) => return invalid(KIND, &fields, "proposed", code).await,
    };
    let db = crate::api::auth::db()?;
    let current = match record {
        // Only the customer's own record: another's is as if it did not exist.
        Some(id) => match crate::ssr::my_data::record_value(&db, customer_id, field, id).await? {
            Some(value) => Some(value),
            None => return crate::api::caller::deny(AppError::BadRequest),
        },
        None => {
            let values = crate::ssr::my_data::basic_values(&db, customer_id).await?;
            values.into_iter().find(|(n, _)| n == field.as_str()).and_then(|(_, v)| v)
        }
    };
    if current.as_deref() == Some(proposed.as_str()) {
        return invalid(KIND, &fields, "proposed", "proposed-unchanged").await;
    }
    let reason = required_text!(KIND, &fields, "reason", reason);
    let details = RequestDetails::Rectification { field, record, current, proposed, reason };
    file(details, restrict.is_some(), &idempotency_key).await
}

/// Asks to erase whole categories; only those that can be erased now are accepted.
#[server(prefix = "/api", endpoint = "file_erasure")]
pub async fn file_erasure(
    idempotency_key: String,
    categories: Option<Vec<String>>,
    records: Option<Vec<String>>,
    reason: Option<String>,
    restrict: Option<String>,
) -> Result<(), AppError> {
    use crate::api::my_data::ErasureNow;
    const KIND: RequestKind = RequestKind::Erasure;
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let mut categories = categories.unwrap_or_default();
    categories.sort();
    categories.dedup();
    let mut records = records.unwrap_or_default();
    records.sort();
    records.dedup();
    let reason = reason.unwrap_or_default();
    let fields = [
        ("categories", categories.join(",")),
        ("records", records.join(",")),
        ("reason", reason.clone()),
        ("restrict", restrict.clone().unwrap_or_default()),
    ];
    if categories.is_empty() && records.is_empty() {
        return invalid(KIND, &fields, "categories", "categories-missing").await;
    }
    let db = crate::api::auth::db()?;
    let lang = crate::i18n::use_lang();
    let register = crate::api::auth::register()?;
    // Single records: the customer's own, of a category that allows it and can be
    // erased now; one whose whole category is asked for anyway is not listed twice.
    let own = crate::ssr::my_data::other_data_items(&db, customer_id).await?;
    for record in &records {
        let Some((category, id)) = crate::domain::request::erasable_record(record) else {
            return crate::api::caller::deny(AppError::BadRequest);
        };
        if !own.iter().any(|item| item.id == id) {
            return crate::api::caller::deny(AppError::BadRequest);
        }
        if crate::ssr::my_data::erasure_now(&db, &register, customer_id, category, lang).await? != ErasureNow::Possible
        {
            return invalid(KIND, &fields, "records", "erasure-not-possible").await;
        }
    }
    records.retain(|r| {
        crate::domain::request::erasable_record(r).is_some_and(|(c, _)| !categories.iter().any(|x| x == c))
    });
    for category in &categories {
        if register.category(category).is_none() {
            return crate::api::caller::deny(AppError::BadRequest);
        }
        if crate::ssr::my_data::erasure_now(&db, &register, customer_id, category, lang).await? != ErasureNow::Possible
        {
            return invalid(KIND, &fields, "categories", "erasure-not-possible").await;
        }
    }
    let reason = match reason.trim() {
        "" => None,
        _ => Some(required_text!(KIND, &fields, "reason", reason)),
    };
    file(RequestDetails::Erasure { categories, reason, records }, restrict.is_some(), &idempotency_key).await
}

/// Asks to restrict processing on a ground of GDPR Art. 18(1), with a reason.
#[server(prefix = "/api", endpoint = "file_restriction")]
pub async fn file_restriction(idempotency_key: String, ground: Option<String>, reason: String) -> Result<(), AppError> {
    const KIND: RequestKind = RequestKind::Restriction;
    crate::api::caller::require_customer()?;
    let fields = [("ground", ground.clone().unwrap_or_default()), ("reason", reason.clone())];
    let Some(ground) = ground.and_then(|g| g.parse::<crate::domain::request::RestrictionGround>().ok()) else {
        return invalid(KIND, &fields, "ground", "ground-missing").await;
    };
    let reason = required_text!(KIND, &fields, "reason", reason);
    file(RequestDetails::Restriction { ground, reason }, false, &idempotency_key).await
}

/// Objects to processing for purposes of the register (GDPR Art. 21(1)), with grounds.
#[server(prefix = "/api", endpoint = "file_objection")]
pub async fn file_objection(
    idempotency_key: String,
    purposes: Option<Vec<String>>,
    grounds: String,
    restrict: Option<String>,
) -> Result<(), AppError> {
    const KIND: RequestKind = RequestKind::Objection;
    crate::api::caller::require_customer()?;
    let mut purposes = purposes.unwrap_or_default();
    purposes.sort();
    purposes.dedup();
    let fields = [
        ("purposes", purposes.join(",")),
        ("grounds", grounds.clone()),
        ("restrict", restrict.clone().unwrap_or_default()),
    ];
    let register = crate::api::auth::register()?;
    if purposes.is_empty() {
        return invalid(KIND, &fields, "purposes", "purposes-missing").await;
    }
    if purposes.iter().any(|p| !register.objectable(p)) {
        return crate::api::caller::deny(AppError::BadRequest);
    }
    let grounds = required_text!(KIND, &fields, "grounds", grounds);
    file(RequestDetails::Objection { purposes, grounds }, restrict.is_some(), &idempotency_key).await
}

/// A request that is one text: a copy of data (`copy`), a question to the data
/// protection officer (`question`) or a complaint (`complaint`).
#[server(prefix = "/api", endpoint = "file_text_request")]
pub async fn file_text_request(idempotency_key: String, kind: String, text: String) -> Result<(), AppError> {
    crate::api::caller::require_customer()?;
    let Ok(kind) = kind.parse::<RequestKind>() else {
        return crate::api::caller::deny(AppError::BadRequest);
    };
    let fields = [("text", text.clone())];
    let details = match kind {
        RequestKind::Copy => RequestDetails::Copy { what: required_text!(kind, &fields, "text", text) },
        RequestKind::Question => RequestDetails::Question { question: required_text!(kind, &fields, "text", text) },
        RequestKind::Complaint => RequestDetails::Complaint { complaint: required_text!(kind, &fields, "text", text) },
        _ => return crate::api::caller::deny(AppError::BadRequest),
    };
    file(details, false, &idempotency_key).await
}

/// The page of the customer's request `reference`, with `query` after the `?`.
#[cfg(feature = "ssr")]
fn back_to(reference: &str, query: &str) {
    leptos_axum::redirect(&format!("{}/{reference}?{query}", crate::paths::REQUESTS_PATH));
}

/// Adds a message to the customer's open request; when staff asked for clarification,
/// this is the answer.
#[server(prefix = "/api", endpoint = "add_request_message")]
pub async fn add_request_message(
    reference: String,
    body: String,
    idempotency_key: Option<String>,
) -> Result<(), AppError> {
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    let form = format!("message:{reference}");
    let body = match crate::domain::request::check_text(&body) {
        Ok(body) => body,
        Err(code) => {
            keep_draft(&form, &[("body", body)]).await?;
            return Err(AppError::InvalidInput { field: "body".into(), code: code.into() });
        }
    };
    let db = crate::api::auth::db()?;
    let key: Option<String> = idempotency_key
        .map(|k| k.chars().filter(char::is_ascii_alphanumeric).take(64).collect::<String>())
        .filter(|k| k.len() >= 16);
    match crate::ssr::requests::add_message(&db, account_id, customer_id, &reference, &body, key.as_deref()).await? {
        crate::ssr::requests::Change::Done => {
            forget_draft(&form).await?;
            back_to(&reference, "lahetetty=1#viestit");
            Ok(())
        }
        crate::ssr::requests::Change::NotApplicable => crate::api::caller::deny(AppError::Forbidden),
    }
}

/// Withdraws the customer's request that is not yet decided.
#[server(prefix = "/api", endpoint = "withdraw_request")]
pub async fn withdraw_request(reference: String) -> Result<(), AppError> {
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    let db = crate::api::auth::db()?;
    match crate::ssr::requests::withdraw(&db, account_id, customer_id, &reference).await? {
        crate::ssr::requests::Change::Done => {
            back_to(&reference, "peruttu=1");
            Ok(())
        }
        crate::ssr::requests::Change::NotApplicable => crate::api::caller::deny(AppError::Forbidden),
    }
}

/// Asks that processing be restricted while the customer's pending rectification,
/// erasure or objection is handled.
#[server(prefix = "/api", endpoint = "restrict_during_request")]
pub async fn restrict_during_request(reference: String) -> Result<(), AppError> {
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    let db = crate::api::auth::db()?;
    match crate::ssr::requests::ask_restriction(&db, account_id, customer_id, &reference).await? {
        crate::ssr::requests::Change::Done => {
            back_to(&reference, "rajoitus=1");
            Ok(())
        }
        crate::ssr::requests::Change::NotApplicable => crate::api::caller::deny(AppError::Forbidden),
    }
}

/// A summary of the customer's case for a complaint to the Data Protection Ombudsman.
#[server(prefix = "/api", endpoint = "dpa_summary")]
pub async fn dpa_summary() -> Result<String, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    let register = crate::api::auth::register()?;
    let lang = crate::i18n::use_lang();
    Ok(crate::ssr::requests::summary_text(&db, &register, customer_id, lang, chrono::Utc::now()).await?)
}
