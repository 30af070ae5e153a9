//! Staff accounts governed by the DPO (issue #20): the list, a role changed, an account
//! deactivated or reactivated. The DPO only; each change answers with a redirect to the
//! list with what was done, and is audited.

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
    changed(dpo, account, Change::Role(role), "role").await
}

/// Deactivates (`active = false`: sessions end at once, signing in is refused) or
/// reactivates staff account `account`.
#[server(prefix = "/api", endpoint = "staff_set_active")]
pub async fn staff_set_active(account: i64, active: bool) -> Result<(), AppError> {
    use crate::ssr::staff_accounts::Change;
    let dpo = crate::api::caller::require_dpo()?;
    changed(dpo, account, Change::Active(active), if active { "activated" } else { "deactivated" }).await
}

#[cfg(feature = "ssr")]
async fn changed(
    dpo: i64,
    account: i64,
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
        Outcome::NotApplicable | Outcome::IdentityMissing | Outcome::NotLinked | Outcome::CopyMissing => {
            Err(AppError::Conflict)
        }
        Outcome::NotAllowed => crate::api::caller::deny(AppError::Forbidden),
    }
}
