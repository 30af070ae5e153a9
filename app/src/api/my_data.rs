//! "My data": what the register holds about the signed-in customer, category by
//! category (GDPR Art. 15). Customers only; the customer id always comes from the
//! session. Values travel as typed [`Cell`]s and are formatted in the page, in the
//! reader's language.

use crate::error::AppError;
pub use crate::wire::my_data::*;
use leptos::prelude::*;

/// How many records each category holds for the customer: (category id, count).
#[server(prefix = "/api", endpoint = "my_data_overview")]
pub async fn my_data_overview() -> Result<Vec<(String, i64)>, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::my_data::counts(&db, customer_id).await?)
}

/// The restriction of processing in force (GDPR Art. 18), if any: since when, by which
/// request and on what ground.
#[server(prefix = "/api", endpoint = "my_restriction")]
pub async fn my_restriction() -> Result<Option<crate::wire::my_data::Restriction>, AppError> {
    use crate::domain::request::RequestDetails;
    use crate::domain::RequestKind;
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    let lang = crate::i18n::use_lang();
    let Some(row) = crate::ssr::my_data::restriction(&db, customer_id).await? else {
        return Ok(None);
    };
    let kind = row.kind.as_deref().and_then(|k| k.parse::<RequestKind>().ok());
    let details = kind.zip(row.details.as_deref()).and_then(|(k, d)| RequestDetails::from_json(k, d));
    let ground = match (&details, &row.reference) {
        (Some(RequestDetails::Restriction { ground, .. }), _) => {
            Some(crate::i18n::t(lang, &format!("request-ground-{}", ground.as_str())))
        }
        // Asked for together with a rectification, erasure or objection: it lasts
        // while that request is handled.
        (Some(_), Some(reference)) => {
            Some(crate::i18n::t_args(lang, "restriction-while-pending", &[("reference", reference.clone())]))
        }
        _ => None,
    };
    Ok(Some(crate::wire::my_data::Restriction { since: Some(row.changed_at), reference: row.reference, ground }))
}

/// Who at ElmoNet has looked at the customer's data: the staff views in the audit log,
/// newest first (at most 100).
#[server(prefix = "/api", endpoint = "my_data_views")]
pub async fn my_data_views() -> Result<Vec<StaffView>, AppError> {
    let customer_id = crate::api::caller::require_customer()?.customer_id;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::my_data::staff_views(&db, customer_id).await?)
}

/// One category's records. For paged categories `after` continues after a row id of
/// the previous page (keyset pagination) and `from`/`to` (YYYY-MM-DD, Helsinki dates)
/// limit the dates. `reveal` shows the full identity code when the password was given
/// within the last 10 minutes (otherwise the answer is `ReauthRequired`).
#[server(prefix = "/api", endpoint = "my_category")]
pub async fn my_category(
    category: String,
    after: Option<i64>,
    from: Option<String>,
    to: Option<String>,
    reveal: bool,
) -> Result<CategoryData, AppError> {
    use crate::ssr::my_data::{self, Filter};
    let crate::user::CustomerIds { account_id, customer_id } = crate::api::caller::require_customer()?;
    if reveal {
        crate::api::caller::require_recent_reauth()?;
    }
    let parse = |field: &str, value: Option<String>| -> Result<Option<chrono::NaiveDate>, AppError> {
        match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| AppError::InvalidInput { field: field.into(), code: "date-invalid".into() }),
        }
    };
    let filter = Filter { after, from: parse("alkaen", from)?, to: parse("asti", to)? };
    let db = crate::api::auth::db()?;
    let lang = crate::i18n::use_lang();
    let register = crate::api::auth::register()?;
    let Some(data) = my_data::category(&db, &register, customer_id, &category, &filter, reveal, lang).await? else {
        return crate::api::caller::deny(AppError::BadRequest);
    };
    let mut data = data;
    data.erasure = my_data::erasure_now(&db, &register, customer_id, &category, lang).await?;
    data.retention =
        crate::ssr::retention::for_category(&db, &register, customer_id, &category, lang, chrono::Utc::now()).await?;
    if reveal {
        use crate::ssr::audit::{self, Actor, Entry};
        let entry = Entry::new(Actor::Customer, Some(account_id), "identity_code_revealed").customer(Some(customer_id));
        audit::record(&db, entry).await?;
    }
    Ok(data)
}
