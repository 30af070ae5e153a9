//! Staff intake: a request that reached ElmoNet by phone, email, letter or at a service
//! point, recorded by staff with the day it was received (the statutory clock runs from
//! then, not from the typing) and the register customer it is from, found by customer
//! number or identity code. It then lives in the same queue as the portal's own.
//! Identity is checked and recorded on the request's page.
// The intake form has eleven fields, and a server function takes a form's fields as its
// arguments (the macro's browser-side twin cannot carry an item-level allow).
#![allow(clippy::too_many_arguments)]

#[cfg(feature = "ssr")]
use crate::domain::ids::CustomerId;
use crate::error::AppError;
pub use crate::wire::staff::IntakeForm;
use leptos::prelude::*;

/// The kinds staff record from other channels: every right of privacy notice §9. What
/// was asked is said in words; a rectification names the field and the correct value, an
/// erasure its categories, a restriction its ground, an objection its purposes.
pub const INTAKE_KINDS: &[crate::domain::RequestKind] = crate::domain::RequestKind::ALL;

/// How far back a request may be recorded as received.
pub const MAX_AGE_DAYS: i64 = 365;

#[cfg(feature = "ssr")]
const DRAFT: &str = "staff:intake";

/// What the intake form offers: the register's categories and the purposes one may
/// object to, a fresh idempotency key, and what was typed before a failed submit.
#[server(prefix = "/api", endpoint = "staff_intake_form")]
pub async fn staff_intake_form() -> Result<IntakeForm, AppError> {
    crate::api::caller::require_staff()?;
    let register = crate::api::auth::register()?;
    Ok(IntakeForm {
        categories: register.categories.iter().map(|c| c.id.clone()).collect(),
        purposes: register.purposes.iter().filter(|p| register.objectable(&p.id)).map(|p| p.id.clone()).collect(),
        idempotency_key: uuid::Uuid::new_v4().simple().to_string(),
        draft: crate::api::requests::take_draft(DRAFT).await?,
        today: crate::domain::clock::helsinki_date(chrono::Utc::now()),
    })
}

/// Records a request received by `channel` on `received_on` (YYYY-MM-DD or D.M.YYYY)
/// from the register customer `customer` (customer number or identity code).
#[server(prefix = "/api", endpoint = "staff_intake")]
pub async fn staff_intake(
    idempotency_key: String,
    channel: Option<String>,
    received_on: String,
    customer: String,
    kind: Option<String>,
    description: String,
    categories: Option<Vec<String>>,
    purposes: Option<Vec<String>>,
    field: Option<String>,
    proposed: Option<String>,
    ground: Option<String>,
    requester_name: Option<String>,
    requester_email: Option<String>,
    requester_phone: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::Channel;
    use crate::ssr::requests::{FiledBy, NewRequest, Requester};
    let staff = crate::api::caller::require_staff()?;
    let kept = [
        ("channel", channel.clone().unwrap_or_default()),
        ("received_on", received_on.clone()),
        ("customer", customer.clone()),
        ("kind", kind.clone().unwrap_or_default()),
        ("description", description.clone()),
        ("field", field.clone().unwrap_or_default()),
        ("proposed", proposed.clone().unwrap_or_default()),
        ("ground", ground.clone().unwrap_or_default()),
        ("requester_name", requester_name.clone().unwrap_or_default()),
        ("requester_email", requester_email.clone().unwrap_or_default()),
        ("requester_phone", requester_phone.clone().unwrap_or_default()),
    ];
    let fail = |field: &str, code: &str| AppError::InvalidInput { field: field.into(), code: code.into() };
    let result: Result<_, AppError> = async {
        let channel = channel
            .and_then(|c| c.parse::<Channel>().ok())
            .filter(|c| Channel::INTAKE.contains(c))
            .ok_or_else(|| fail("channel", "intake-channel-missing"))?;
        let today = crate::domain::clock::helsinki_date(chrono::Utc::now());
        let day = parse_day(&received_on).ok_or_else(|| fail("received_on", "intake-date-invalid"))?;
        if day > today {
            return Err(fail("received_on", "intake-date-future"));
        }
        if (today - day).num_days() > MAX_AGE_DAYS {
            return Err(fail("received_on", "intake-date-old"));
        }
        let db = crate::api::auth::db()?;
        // A register customer, or (no number or identity code given) a person linked to
        // nobody yet, by name and how to reach them.
        let (customer_id, requester) = if customer.trim().is_empty() {
            let name = requester_name.as_deref().map(str::trim).unwrap_or_default();
            if name.is_empty() {
                return Err(fail("requester_name", "intake-requester-missing"));
            }
            let email = match requester_email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
                Some(e) => Some(
                    crate::domain::EmailAddress::parse(e)
                        .map_err(|_| fail("requester_email", "email-invalid"))?
                        .as_ref()
                        .to_owned(),
                ),
                None => None,
            };
            let phone = requester_phone.as_deref().map(str::trim).filter(|p| !p.is_empty());
            let phone = phone.map(|p| p.chars().take(40).collect::<String>());
            let lang = crate::i18n::use_lang();
            let name = name.chars().take(200).collect();
            (None, Some(Requester { name, email, phone, lang }))
        } else {
            let id = find_customer(&db, &customer).await?.ok_or_else(|| fail("customer", "intake-customer-unknown"))?;
            (Some(id), None)
        };
        let asked = Asked { kind, description, categories, purposes, field, proposed, ground };
        let details = details_of(&db, customer_id, asked).await?;
        let key: String = idempotency_key.chars().filter(char::is_ascii_alphanumeric).take(64).collect();
        if key.len() < 16 {
            return Err(AppError::BadRequest);
        }
        let now = chrono::Utc::now();
        let received_at = if day == today { now } else { crate::domain::clock::start_of_helsinki_day(day) };
        let by = FiledBy::Staff { staff_id: staff.id, channel, received_at, requester: requester.as_ref() };
        let new = NewRequest { customer_id, details: &details, restrict: false, idempotency_key: &key, by };
        Ok(crate::ssr::requests::file(&db, new, now).await?)
    }
    .await;
    match result {
        Ok((reference, _)) => {
            crate::api::requests::forget_draft(DRAFT).await?;
            crate::api::caller::wake_outbox();
            leptos_axum::redirect(&format!("{}/{reference}?tehty=recorded#tila", crate::paths::STAFF_REQUEST_PATH));
            Ok(())
        }
        Err(e) => crate::api::requests::refuse_form(e, DRAFT, &kept).await,
    }
}

/// Links request `reference`, made by someone not (yet) linked to a register customer,
/// to the customer with this customer number or identity code (once staff have checked
/// who the person is). Then its decision can change that customer's data.
#[server(prefix = "/api", endpoint = "staff_link_request")]
pub async fn staff_link_request(reference: String, customer: String) -> Result<(), AppError> {
    let staff = crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    let Some(customer_id) = find_customer(&db, &customer).await? else {
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "customer".into(),
            code: "intake-customer-unknown".into(),
        });
    };
    let outcome = crate::ssr::staff::link(&db, staff, &reference, customer_id).await?;
    crate::api::staff::done(outcome, &reference, "linked").await
}

/// What a request form says was asked: the right, in words, and the fields its kind
/// needs.
#[cfg(feature = "ssr")]
#[derive(Default)]
pub(crate) struct Asked {
    pub kind: Option<String>,
    pub description: String,
    pub categories: Option<Vec<String>>,
    pub purposes: Option<Vec<String>>,
    pub field: Option<String>,
    pub proposed: Option<String>,
    pub ground: Option<String>,
}

/// The details of a request from what a form says was asked (the staff intake form and
/// the public form alike), or the field that is wrong and why. A rectification records
/// the value the register holds now when the customer is known.
#[cfg(feature = "ssr")]
pub(crate) async fn details_of(
    db: &crate::ssr::db::Db,
    customer_id: Option<CustomerId>,
    a: Asked,
) -> Result<crate::domain::request::RequestDetails, AppError> {
    use crate::domain::request::{check_text, RequestDetails};
    use crate::domain::RequestKind;
    let fail = |field: &str, code: &str| AppError::InvalidInput { field: field.into(), code: code.into() };
    let kind = a
        .kind
        .and_then(|k| k.parse::<RequestKind>().ok())
        .filter(|k| INTAKE_KINDS.contains(k))
        .ok_or_else(|| fail("kind", "intake-kind-missing"))?;
    let text = check_text(&a.description).map_err(|code| fail("description", code))?;
    let register = crate::api::auth::register()?;
    Ok(match kind {
        RequestKind::Copy => RequestDetails::Copy { what: text },
        RequestKind::Question => RequestDetails::Question { question: text },
        RequestKind::Complaint => RequestDetails::Complaint { complaint: text },
        RequestKind::Erasure => {
            let categories: Vec<String> = a.categories.unwrap_or_default();
            if categories.is_empty() || categories.iter().any(|c| register.category(c).is_none()) {
                return Err(fail("categories", "intake-categories-missing"));
            }
            RequestDetails::Erasure { categories, reason: Some(text), records: Vec::new() }
        }
        RequestKind::Objection => {
            let purposes: Vec<String> = a.purposes.unwrap_or_default();
            if purposes.is_empty() || purposes.iter().any(|p| !register.objectable(p)) {
                return Err(fail("purposes", "intake-purposes-missing"));
            }
            RequestDetails::Objection { purposes, grounds: text }
        }
        RequestKind::Rectification => {
            let field = a
                .field
                .and_then(|f| f.parse::<crate::domain::request::RectifiableField>().ok())
                // Staff record a rectification of the basic data; one of a record the
                // customer files in the portal, where their records are listed.
                .filter(|f| f.record().is_none())
                .ok_or_else(|| fail("field", "field-missing"))?;
            let proposed = field.check(a.proposed.as_deref().unwrap_or_default()).map_err(|c| fail("proposed", c))?;
            let current = match customer_id {
                Some(id) => {
                    let values = crate::ssr::my_data::basic_values(db, id).await?;
                    values.into_iter().find(|(n, _)| n == field.as_str()).and_then(|(_, v)| v)
                }
                None => None,
            };
            if current.as_deref() == Some(proposed.as_str()) {
                return Err(fail("proposed", "proposed-unchanged"));
            }
            RequestDetails::Rectification { field, record: None, current, proposed, reason: text }
        }
        RequestKind::Restriction => {
            let ground = a
                .ground
                .and_then(|g| g.parse::<crate::domain::request::RestrictionGround>().ok())
                .ok_or_else(|| fail("ground", "ground-missing"))?;
            RequestDetails::Restriction { ground, reason: text }
        }
    })
}

/// A day typed as `2026-11-30` (a date field) or `30.11.2026` (the Finnish way).
pub fn parse_day(text: &str) -> Option<chrono::NaiveDate> {
    let text = text.trim();
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
}

/// The register customer with this customer number or identity code (exactly one).
#[cfg(feature = "ssr")]
async fn find_customer(db: &crate::ssr::db::Db, text: &str) -> Result<Option<CustomerId>, AppError> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(crate::ssr::accounts::customer_by_number(db, text).await?.map(|c| c.id));
    }
    let Ok(code) = crate::domain::IdentityCode::parse(text) else { return Ok(None) };
    let found = crate::ssr::accounts::customers_by_identity_code(db, code.as_ref()).await?;
    Ok(match found.as_slice() {
        [one] => Some(one.id),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_day_is_read_either_way_and_nothing_else() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 3);
        assert_eq!(super::parse_day("2026-11-03"), d);
        assert_eq!(super::parse_day(" 3.11.2026 "), d);
        assert_eq!(super::parse_day("03.11.2026"), d);
        assert_eq!(super::parse_day("31.2.2026"), None);
        assert_eq!(super::parse_day("eilen"), None);
    }
}
