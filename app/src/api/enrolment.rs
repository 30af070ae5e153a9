//! Enrolling a second factor while signing in (issue #20): a staff account the DPO
//! created or whose factor the DPO reset gives its password, then — before it is signed
//! in — sets up the authenticator app from a QR code and confirms it with a code. Only
//! then is the session signed in, and the new recovery codes are shown once. The
//! secret lives in the session for at most [`ENROL_WINDOW_SECONDS`]; wrong codes count
//! towards the account's throttling like wrong passwords.

#[cfg(feature = "ssr")]
use crate::domain::ids::AccountId;
use crate::error::AppError;
use leptos::prelude::*;

pub use crate::wire::security::SetupInfo;

/// The session key of a pending enrolment: (account id, Unix time of the password step,
/// the new secret).
pub const ENROL_KEY: &str = "pending_enrolment";
/// How long the enrolment may follow the password step.
pub const ENROL_WINDOW_SECONDS: i64 = 900;

/// Starts the enrolment after a correct password: a new secret in the session, then the
/// enrolment page.
#[cfg(feature = "ssr")]
pub(crate) async fn begin(
    session: &tower_sessions::Session,
    account_id: AccountId,
    next: Option<String>,
) -> Result<(), AppError> {
    let secret = crate::ssr::second_factor::new_secret();
    session
        .insert(ENROL_KEY, (account_id, chrono::Utc::now().timestamp(), secret))
        .await
        .map_err(AppError::internal)?;
    if let Some(next) = next.filter(|n| crate::domain::is_local_path(n)) {
        session.insert(crate::api::auth::PENDING_NEXT_KEY, next).await.map_err(AppError::internal)?;
    }
    leptos_axum::redirect(crate::paths::ENROL_PATH);
    Ok(())
}

#[cfg(feature = "ssr")]
async fn pending() -> Result<Option<(AccountId, String)>, AppError> {
    let session = crate::api::auth::session()?;
    let pending: Option<(AccountId, i64, String)> = session.get(ENROL_KEY).await.map_err(AppError::internal)?;
    Ok(pending
        .filter(|(_, at, _)| chrono::Utc::now().timestamp() - at <= ENROL_WINDOW_SECONDS)
        .map(|(account, _, secret)| (account, secret)))
}

/// What the enrolment page shows: the QR code and the secret to type, or `None` when no
/// enrolment is pending (then the page sends the visitor to sign in).
#[server(prefix = "/api", endpoint = "enrolment")]
pub async fn enrolment() -> Result<Option<SetupInfo>, AppError> {
    let Some((account_id, secret)) = pending().await? else { return Ok(None) };
    let db = crate::api::auth::db()?;
    Ok(Some(crate::api::security::setup_info(&db, account_id, &secret).await?))
}

/// Confirms the new factor with a code from the app: the factor is on, the account
/// signed in (audited with the factor), and the recovery codes wait on the second-factor
/// page, shown once.
#[server(prefix = "/api", endpoint = "complete_enrolment")]
pub async fn complete_enrolment(code: String) -> Result<(), AppError> {
    use crate::ssr::{audit, auth, second_factor};
    let invalid =
        |code: &str| crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: code.into() });
    let Some((account_id, secret)) = pending().await? else { return invalid("sign-in-expired") };
    let code = code.trim();
    if code.is_empty() {
        return invalid("code-missing");
    }
    let db = crate::api::auth::db()?;
    let address = crate::api::caller::request_address();
    if !auth::may_try(&db, account_id, &address).await?
        || !crate::ssr::staff_accounts::must_enrol(&db, account_id).await?
    {
        return invalid("code-wrong");
    }
    let now = chrono::Utc::now().timestamp().max(0) as u64;
    let Some(step) = (code.len() <= 32).then(|| second_factor::matching_step(&secret, code, now)).flatten() else {
        auth::record_failure(&db, Some(account_id), &address).await?;
        return invalid("code-wrong");
    };
    let codes = crate::ssr::staff_accounts::enrolled(&db, account_id, &secret, step).await?;
    crate::ssr::throttle::record_success(&db, account_id, &address).await?;
    let entry = audit::Entry::new(audit::Actor::Staff, Some(account_id), "second_factor_enabled");
    audit::record(&db, entry).await?;
    let (caller, _) = auth::resolve(&db, Some(account_id)).await?;
    let crate::user::Caller::Staff { role, .. } = caller else {
        return crate::api::caller::deny(AppError::InvalidCredentials);
    };
    let session = crate::api::auth::session()?;
    session.remove_value(ENROL_KEY).await.map_err(AppError::internal)?;
    session.remove_value(crate::api::auth::PENDING_NEXT_KEY).await.map_err(AppError::internal)?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(crate::api::security::FRESH_CODES_KEY, codes).await.map_err(AppError::internal)?;
    let user = auth::Authenticated { account_id, role, customer_id: None, second_factor: true };
    let with = (crate::domain::IdentityMethod::PasswordTotp, None);
    crate::api::auth::mark_signed_in(&db, &session, &user, Some("totp"), with).await?;
    leptos_axum::redirect(crate::paths::SECOND_FACTOR_SETTINGS_PATH);
    Ok(())
}
