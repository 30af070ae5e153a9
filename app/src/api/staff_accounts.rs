//! Staff accounts governed by the DPO (issue #20): the list, an account created, a role
//! changed, a second factor reset, an account deactivated or reactivated. The DPO only;
//! each change answers with a redirect to the list with what was done, and is audited.

#[cfg(feature = "ssr")]
use crate::domain::ids::{AccountId, StaffId};
use crate::error::AppError;
pub use crate::wire::staff::StaffAccount;
use leptos::prelude::*;

/// Every staff account with its role, state, second factor and latest sign-in.
#[server(prefix = "/api", endpoint = "staff_accounts")]
pub async fn staff_accounts() -> Result<Vec<StaffAccount>, AppError> {
    crate::api::caller::require_dpo()?;
    let db = crate::api::auth::db()?;
    Ok(crate::ssr::staff_accounts::list(&db).await?)
}

/// Gives staff account `account` the role `role` (`customer_service` or `dpo`).
#[server(prefix = "/api", endpoint = "staff_set_role")]
pub async fn staff_set_role(account: i64, role: String) -> Result<(), AppError> {
    use crate::ssr::staff_accounts::Change;
    let dpo = crate::api::caller::require_dpo()?;
    let Ok(role) = role.parse::<crate::domain::Role>() else {
        return Err(AppError::InvalidInput { field: "role".into(), code: "role-invalid".into() });
    };
    changed(dpo, AccountId(account), Change::Role(role), "role").await
}

/// Deactivates (`active = false`: sessions end at once, signing in is refused) or
/// reactivates staff account `account`.
#[server(prefix = "/api", endpoint = "staff_set_active")]
pub async fn staff_set_active(account: i64, active: bool) -> Result<(), AppError> {
    use crate::ssr::staff_accounts::Change;
    let dpo = crate::api::caller::require_dpo()?;
    changed(dpo, AccountId(account), Change::Active(active), if active { "activated" } else { "deactivated" }).await
}

/// Creates a staff account: its owner gets a link to set a password and enrols a second
/// factor at the first sign-in. Bad input is told beside its field and kept.
#[server(prefix = "/api", endpoint = "staff_create_account")]
pub async fn staff_create_account(name: String, email: String, role: String) -> Result<(), AppError> {
    use crate::ssr::staff_accounts::Created;
    let dpo = crate::api::caller::require_dpo()?;
    let path = crate::paths::STAFF_ACCOUNTS_PATH;
    let keep = || {
        crate::api::form_memory::keep(
            path,
            &[("name", name.as_str()), ("email", email.as_str()), ("role", role.as_str())],
        )
    };
    let fail = |field: &str, code: &str| {
        keep();
        crate::api::caller::deny::<()>(AppError::InvalidInput { field: field.into(), code: code.into() })
    };
    let display = name.trim();
    if display.is_empty() || display.chars().count() > 100 {
        return fail("name", "staff-name-missing");
    }
    let address = match crate::domain::EmailAddress::parse(email.trim()) {
        Ok(address) => address,
        Err(e) => return fail("email", e.code()),
    };
    let Some(role) = role.parse::<crate::domain::Role>().ok().filter(|r| r.is_staff()) else {
        return fail("role", "role-invalid");
    };
    let db = crate::api::auth::db()?;
    let lang = crate::i18n::use_lang();
    match crate::ssr::staff_accounts::create(&db, dpo, display, address.as_ref(), role, lang).await? {
        Created::Done => {
            crate::api::form_memory::forget(path);
            crate::api::caller::wake_outbox();
            leptos_axum::redirect(&format!("{path}?tehty=created#tila"));
            Ok(())
        }
        Created::EmailTaken => fail("email", "staff-email-taken"),
    }
}

/// Resets staff account `account`'s second factor: its sessions end and its owner enrols
/// a new factor at the next sign-in (a lost phone, a person leaving a shared device).
#[server(prefix = "/api", endpoint = "staff_reset_factor")]
pub async fn staff_reset_factor(account: i64) -> Result<(), AppError> {
    use crate::ssr::staff_accounts::Change;
    let dpo = crate::api::caller::require_dpo()?;
    changed(dpo, AccountId(account), Change::ResetFactor, "factor-reset").await
}

#[cfg(feature = "ssr")]
async fn changed(
    dpo: StaffId,
    account: AccountId,
    change: crate::ssr::staff_accounts::Change,
    done: &str,
) -> Result<(), AppError> {
    use crate::ssr::staff::Outcome;
    let db = crate::api::auth::db()?;
    match crate::ssr::staff_accounts::change(&db, dpo, account, change).await? {
        Outcome::Done => {
            leptos_axum::redirect(&format!("{}?tehty={done}#tila", crate::paths::STAFF_ACCOUNTS_PATH));
            Ok(())
        }
        Outcome::NotApplicable
        | Outcome::IdentityMissing
        | Outcome::NotLinked
        | Outcome::CopyMissing
        | Outcome::LegalHold => Err(AppError::Conflict),
        Outcome::NotAllowed => crate::api::caller::deny(AppError::Forbidden),
    }
}
