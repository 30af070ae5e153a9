//! Disclosures (GDPR Art. 15(1)(c), 19): the customer reads every disclosure of their
//! data; staff list the latest and record one (an authority's request answered, data
//! given to a debt collector), audited.

// A form's fields are a server function's arguments: a disclosure has eight.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
pub use crate::wire::disclosures::*;
use leptos::prelude::*;

/// How many disclosures the staff page lists.
pub const LATEST: i64 = 50;

/// Every disclosure of the signed-in customer's data, newest first.
#[server(prefix = "/api", endpoint = "my_disclosures")]
pub async fn my_disclosures() -> Result<Vec<Disclosure>, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::disclosures::for_customer(&db, customer_id).await?)
}

/// The latest disclosures of anyone's data, for staff.
#[server(prefix = "/api", endpoint = "staff_disclosures")]
pub async fn staff_disclosures() -> Result<Vec<Disclosure>, AppError> {
    crate::api::caller::require_staff()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::disclosures::latest(&db, LATEST).await?)
}

/// Records that the data (`categories`) of the customer with number `customer_number`
/// was disclosed on `disclosed_on` (YYYY-MM-DD) to `recipient_name` of the register's
/// recipient class `recipient_class`, on legal basis `legal_basis`, with the recipient's
/// `reference`, and the address (`notify_email`, optional) where the recipient is told of
/// later changes to the data (Art. 19: the notice then goes through the outbox).
#[server(prefix = "/api", endpoint = "staff_record_disclosure")]
pub async fn staff_record_disclosure(
    customer_number: String,
    recipient_class: Option<String>,
    recipient_name: String,
    categories: Option<Vec<String>>,
    legal_basis: Option<String>,
    reference: Option<String>,
    notify_email: Option<String>,
    disclosed_on: String,
) -> Result<(), AppError> {
    use crate::ssr::disclosures::{record, NewDisclosure, Recorded};
    let staff = crate::api::caller::require_staff()?;
    let register = crate::api::auth::register()?;
    let page = crate::paths::STAFF_DISCLOSURES_PATH;
    // A radio group with nothing chosen sends nothing: told beside the group, not a 400.
    let recipient_class = recipient_class.unwrap_or_default();
    let legal_basis = legal_basis.unwrap_or_default();
    let mut categories = categories.unwrap_or_default();
    categories.sort();
    categories.dedup();
    let reference = reference.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty());
    let notify_email = notify_email.map(|e| e.trim().to_owned()).filter(|e| !e.is_empty());
    let keep = || {
        crate::api::form_memory::keep(
            page,
            &[
                ("customer_number", &customer_number),
                ("recipient_class", &recipient_class),
                ("recipient_name", &recipient_name),
                ("categories", &categories.join(",")),
                ("legal_basis", &legal_basis),
                ("reference", reference.as_deref().unwrap_or_default()),
                ("notify_email", notify_email.as_deref().unwrap_or_default()),
                ("disclosed_on", &disclosed_on),
            ],
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
    if register.recipient(&recipient_class).is_none() {
        return invalid("recipient_class", "recipient-missing");
    }
    let name = recipient_name.trim();
    if name.is_empty() {
        return invalid("recipient_name", "text-missing");
    }
    if name.chars().count() > 200 || reference.as_ref().is_some_and(|r| r.chars().count() > 200) {
        return invalid(if name.chars().count() > 200 { "recipient_name" } else { "reference" }, "text-too-long-short");
    }
    let notify_email = match notify_email.as_deref().map(crate::domain::EmailAddress::parse) {
        None => None,
        Some(Ok(address)) => Some(address.as_ref().to_owned()),
        Some(Err(_)) => return invalid("notify_email", "email-invalid"),
    };
    if categories.is_empty() || categories.iter().any(|c| register.category(c).is_none()) {
        return invalid("categories", "categories-missing");
    }
    if register.legal_basis(&legal_basis).is_none() {
        return invalid("legal_basis", "basis-missing");
    }
    let today = crate::domain::clock::helsinki_date(chrono::Utc::now());
    let Ok(day) = chrono::NaiveDate::parse_from_str(disclosed_on.trim(), "%Y-%m-%d") else {
        return invalid("disclosed_on", "date-invalid");
    };
    if day > today {
        return invalid("disclosed_on", "date-in-future");
    }
    let db = crate::api::auth::db()?;
    let new = NewDisclosure {
        customer_number: number,
        recipient_class: &recipient_class,
        recipient_name: name,
        categories: &categories,
        legal_basis: &legal_basis,
        reference: reference.as_deref(),
        notify_email: notify_email.as_deref(),
        disclosed_on: day,
    };
    match record(&db, staff.id, &new, chrono::Utc::now()).await? {
        Recorded::Done(_) => {
            crate::api::form_memory::forget(page);
            leptos_axum::redirect(&format!("{page}?tehty=recorded#tila"));
            Ok(())
        }
        Recorded::NoCustomer => invalid("customer_number", "customer-unknown"),
        // Told beside the basis: the restriction allows only some (GDPR Art. 18(2)).
        Recorded::Restricted => invalid("legal_basis", "disclosure-restricted"),
    }
}
