//! The signed-in user's own credentials: the second factor (turn on, new recovery codes,
//! turn off) and the password. Each sensitive change needs a recent re-authentication
//! or the current password, and each is written to the audit log.

#[cfg(feature = "ssr")]
use crate::domain::ids::AccountId;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::auth::{db, session};
pub use crate::wire::security::*;

/// The session key of a second-factor secret being set up (not yet confirmed by a code).
pub const TOTP_SETUP_KEY: &str = "totp_setup";
/// The session key of recovery codes waiting to be shown once.
pub const FRESH_CODES_KEY: &str = "fresh_recovery_codes";

/// The signed-in user's second-factor state. Takes any recovery codes waiting to be
/// shown out of the session, so they are shown once.
#[server(prefix = "/api", endpoint = "second_factor_status")]
pub async fn second_factor_status() -> Result<SecondFactorState, AppError> {
    use crate::ssr::second_factor;
    let account_id = crate::api::caller::require_signed_in()?;
    let mandatory = matches!(crate::api::caller::caller(), crate::user::Caller::Staff { .. });
    let db = db()?;
    let session = session()?;
    let (enabled_since, recovery_codes_left) = second_factor::status(&db, account_id).await?;
    let setup_secret: Option<String> = session.get(TOTP_SETUP_KEY).await.map_err(AppError::internal)?;
    let setup = match setup_secret.filter(|_| enabled_since.is_none()) {
        Some(secret) => Some(setup_info(&db, account_id, &secret).await?),
        None => None,
    };
    let fresh_codes: Option<Vec<String>> = session.remove(FRESH_CODES_KEY).await.map_err(AppError::internal)?;
    Ok(SecondFactorState {
        enabled_since,
        recovery_codes_left,
        mandatory,
        reauth_fresh: crate::api::caller::reauth_is_fresh(),
        setup,
        fresh_codes: fresh_codes.unwrap_or_default(),
    })
}

/// What setting up the authenticator app with `secret` shows for `account_id`: the
/// `otpauth:` link (labelled with the account's login), its QR code as inline SVG and
/// the key grouped for typing.
#[cfg(feature = "ssr")]
pub(crate) async fn setup_info(
    db: &crate::ssr::db::Db,
    account_id: AccountId,
    secret: &str,
) -> Result<SetupInfo, AppError> {
    use crate::ssr::{auth, second_factor};
    let label = auth::login_of(db, account_id).await?.unwrap_or_default();
    let url = second_factor::otpauth_url(secret, &label).ok_or_else(|| AppError::internal("bad secret"))?;
    let svg = second_factor::qr_svg(&url).ok_or_else(|| AppError::internal("QR code failed"))?;
    // The SVG's XML declaration cannot stand inside HTML.
    let qr_svg = svg.find("<svg").map(|i| svg[i..].to_owned()).unwrap_or_default();
    Ok(SetupInfo { secret: second_factor::grouped(secret), url, qr_svg })
}

/// Starts setting up the second factor: a new secret, kept in the session until a code
/// from the app confirms it. Needs a recent re-authentication.
#[server(prefix = "/api", endpoint = "start_second_factor")]
pub async fn start_second_factor() -> Result<(), AppError> {
    use crate::ssr::second_factor;
    let account_id = crate::api::caller::require_recent_reauth()?;
    if second_factor::status(&db()?, account_id).await?.0.is_some() {
        return crate::api::caller::deny(AppError::BadRequest);
    }
    session()?.insert(TOTP_SETUP_KEY, second_factor::new_secret()).await.map_err(AppError::internal)?;
    leptos_axum::redirect(crate::paths::SECOND_FACTOR_SETTINGS_PATH);
    Ok(())
}

/// Confirms the secret being set up with a code from the app, turns the factor on and
/// makes the recovery codes (shown once on the page).
#[server(prefix = "/api", endpoint = "confirm_second_factor")]
pub async fn confirm_second_factor(code: String) -> Result<(), AppError> {
    use crate::ssr::audit::{self, Entry};
    use crate::ssr::second_factor;
    let account_id = crate::api::caller::require_signed_in()?;
    let session = session()?;
    let Some(secret) = session.get::<String>(TOTP_SETUP_KEY).await.map_err(AppError::internal)? else {
        return crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: "setup-expired".into() });
    };
    if code.trim().is_empty() {
        return crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: "code-missing".into() });
    }
    let now = chrono::Utc::now().timestamp().max(0) as u64;
    let Some(step) = second_factor::matching_step(&secret, &code, now) else {
        return crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: "code-wrong".into() });
    };
    let db = db()?;
    let codes = second_factor::enable(&db, account_id, &secret, step).await?;
    session.remove_value(TOTP_SETUP_KEY).await.map_err(AppError::internal)?;
    session.insert(FRESH_CODES_KEY, codes).await.map_err(AppError::internal)?;
    audit::record(&db, Entry::new(crate::api::caller::caller_actor(), Some(account_id), "second_factor_enabled"))
        .await?;
    leptos_axum::redirect(crate::paths::SECOND_FACTOR_SETTINGS_PATH);
    Ok(())
}

/// New recovery codes; the old ones stop working. Needs a recent re-authentication.
#[server(prefix = "/api", endpoint = "renew_recovery_codes")]
pub async fn renew_recovery_codes() -> Result<(), AppError> {
    use crate::ssr::audit::{self, Entry};
    use crate::ssr::second_factor;
    let account_id = crate::api::caller::require_recent_reauth()?;
    let db = db()?;
    if second_factor::status(&db, account_id).await?.0.is_none() {
        return crate::api::caller::deny(AppError::BadRequest);
    }
    let codes = second_factor::replace_recovery_codes(&db, account_id).await?;
    session()?.insert(FRESH_CODES_KEY, codes).await.map_err(AppError::internal)?;
    audit::record(&db, Entry::new(crate::api::caller::caller_actor(), Some(account_id), "recovery_codes_renewed"))
        .await?;
    leptos_axum::redirect(crate::paths::SECOND_FACTOR_SETTINGS_PATH);
    Ok(())
}

/// Turns the second factor off (customers only: it is mandatory for staff). Needs a
/// recent re-authentication.
#[server(prefix = "/api", endpoint = "disable_second_factor")]
pub async fn disable_second_factor() -> Result<(), AppError> {
    use crate::ssr::audit::{self, Actor, Entry};
    use crate::ssr::second_factor;
    let account_id = crate::api::caller::require_customer()?.account_id;
    crate::api::caller::require_recent_reauth()?;
    let db = db()?;
    second_factor::disable(&db, account_id).await?;
    audit::record(&db, Entry::new(Actor::Customer, Some(account_id), "second_factor_disabled")).await?;
    leptos_axum::redirect(crate::paths::SECOND_FACTOR_SETTINGS_PATH);
    Ok(())
}

/// Changes the password: the current one first (it counts towards throttling like a
/// sign-in), then the new one against the password policy. Every other session of the
/// account ends and this one gets a new id.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(password: String, new_password: String) -> Result<(), AppError> {
    use crate::ssr::audit::{self, Entry};
    use crate::ssr::{auth, password, password_policy, session_store::DbSessionStore};
    let account_id = crate::api::caller::require_signed_in()?;
    if password.is_empty() {
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "password".into(),
            code: "password-missing".into(),
        });
    }
    let db = db()?;
    let login = auth::login_of(&db, account_id).await?.ok_or(AppError::Unauthorized)?;
    let user = match auth::authenticate(&db, &login, &password, &crate::api::caller::request_address()).await? {
        Some(user) if user.account_id == account_id => user,
        _ => {
            return crate::api::caller::deny(AppError::InvalidInput {
                field: "password".into(),
                code: "password-wrong".into(),
            })
        }
    };
    let name = crate::user::use_signed_in().map(|u| u.display_name).unwrap_or_default();
    if let Err(rejection) = password_policy::check(&new_password, &[&login, &name]) {
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "new_password".into(),
            code: rejection.code().into(),
        });
    }
    let hash = password::hash_blocking(new_password).await;
    crate::ssr::accounts::set_password(&db, account_id, hash.as_str()).await?;
    let session = session()?;
    session.cycle_id().await.map_err(AppError::internal)?;
    DbSessionStore::new(db.clone()).end_other_sessions(account_id, session.id().as_ref()).await?;
    audit::record(&db, Entry::new(audit::Actor::of(user.role), Some(account_id), "password_changed")).await?;
    leptos_axum::redirect(&format!("{}?valmis=1", crate::paths::CHANGE_PATH));
    Ok(())
}
