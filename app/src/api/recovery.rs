//! Getting into an account without a password: activating the portal account of a
//! register customer with the code from their letter, and resetting a forgotten password
//! through an emailed single-use link. All three are open to anonymous callers, share the
//! sign-in endpoints' per-IP rate limit, and never reveal whether an account exists.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::api::{
    auth::{db, session},
    form_memory,
};

#[cfg(feature = "ssr")]
fn invalid<T>(field: &str, code: &str) -> Result<T, AppError> {
    crate::api::caller::deny(AppError::InvalidInput { field: field.into(), code: code.into() })
}

/// Sends a password-reset link (valid 30 minutes, usable once) to the account's email
/// address, if the email or customer number belongs to an account. The answer is the
/// same either way and comes first: looking the account up, making the token and
/// sending the mail all happen after it, so neither the answer nor its timing (nor a
/// failure on the way) tells whether an account exists.
#[server(prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(login: String) -> Result<(), AppError> {
    use crate::paths::FORGOT_PATH;
    let login = login.trim().to_lowercase();
    if login.is_empty() {
        return invalid("login", "login-missing");
    }
    if login.len() > 254 {
        return invalid("login", "login-missing");
    }
    let db = db()?;
    let wake = use_context::<crate::ssr::outbox::Wake>();
    let lang = crate::i18n::use_lang();
    tokio::spawn(async move {
        match issue_reset_link(&db, lang, &login).await {
            Ok(true) => {
                if let Some(wake) = wake {
                    wake.now();
                }
            }
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "password reset not completed"),
        }
    });
    form_memory::forget(FORGOT_PATH);
    leptos_axum::redirect(&format!("{FORGOT_PATH}?lahetetty=1"));
    Ok(())
}

/// The work behind a reset request, after its answer: a token and its mail for an
/// account that exists and is not disabled, nothing otherwise. Whether a mail was written.
#[cfg(feature = "ssr")]
async fn issue_reset_link(
    db: &crate::ssr::db::Db,
    lang: crate::domain::Lang,
    login: &str,
) -> Result<bool, sqlx::Error> {
    let Some(crate::ssr::accounts::ResetContact { id: account_id, email }) =
        crate::ssr::accounts::reset_contact(db, login).await?
    else {
        return Ok(false);
    };
    crate::ssr::one_time::issue_reset_mail(db, account_id, &email, lang).await?;
    Ok(true)
}

/// The session key that holds a reset link's token once it has been taken out of the
/// address (the server moves it there before the page is shown, so the token never
/// stays in the browser's history or a `Referer`).
pub const RESET_TOKEN_KEY: &str = "reset_token";

/// Sets a new password with a reset link's token: the one the link put in the session,
/// or one given in the call (a script). The token is used up, the account's failure
/// count is cleared and every session of the account ends. A second factor stays on:
/// the next sign-in still asks for its code.
#[server(prefix = "/api", endpoint = "reset_password")]
pub async fn reset_password(token: Option<String>, new_password: String) -> Result<(), AppError> {
    use crate::ssr::audit::{self, Actor, Entry};
    use crate::ssr::{accounts, one_time, password, password_policy, session_store::DbSessionStore};
    let db = db()?;
    let token = match token.filter(|t| !t.trim().is_empty()) {
        Some(token) => token,
        None => session()?.get::<String>(RESET_TOKEN_KEY).await.map_err(AppError::internal)?.unwrap_or_default(),
    };
    let Some((account_id, code_id)) = one_time::check_reset_token(&db, token.trim()).await? else {
        return crate::api::caller::deny(AppError::LinkExpired);
    };
    let names = accounts::names(&db, account_id).await?;
    if let Err(rejection) = password_policy::check(&new_password, &[&names.email, &names.display_name]) {
        return invalid("new_password", rejection.code());
    }
    if !one_time::use_code(&db, code_id).await? {
        return crate::api::caller::deny(AppError::LinkExpired);
    }
    let hash = password::hash_blocking(new_password).await;
    accounts::set_password(&db, account_id, hash.as_str()).await?;
    DbSessionStore::new(db.clone()).end_other_sessions(account_id, None).await?;
    audit::record(&db, Entry::new(Actor::Anonymous, Some(account_id), "password_reset")).await?;
    let _ = session()?.remove::<String>(RESET_TOKEN_KEY).await;
    leptos_axum::redirect(&format!("{}?salasana=1", crate::paths::SIGN_IN_PATH));
    Ok(())
}

/// Creates the portal account of a register customer: customer number and the code from
/// their activation letter, the email address to sign in with, and a password. Signs
/// the new account in. Wrong codes throttle the address that sent them for that
/// customer (from the fifth on), not the letter: its owner can still use it.
#[server(prefix = "/api", endpoint = "activate")]
pub async fn activate(
    customer_number: String,
    code: String,
    email: String,
    new_password: String,
) -> Result<(), AppError> {
    use crate::domain::EmailAddress;
    use crate::paths::ACTIVATE_PATH;
    use crate::ssr::audit::{self, Actor, Entry};
    use crate::ssr::throttle::{self, Subject};
    use crate::ssr::{accounts, one_time, password, password_policy};
    let customer_number = customer_number.trim().to_owned();
    form_memory::keep(ACTIVATE_PATH, &[("customer_number", &customer_number), ("email", &email)]);
    if customer_number.is_empty() {
        return invalid("customer_number", "customer-number-missing");
    }
    if code.trim().is_empty() {
        return invalid("code", "code-missing");
    }
    let Ok(email) = EmailAddress::parse(email.trim()) else {
        return invalid("email", "email-invalid");
    };
    if new_password.is_empty() {
        return invalid("new_password", "password-missing");
    }
    let db = db()?;
    let customer = accounts::customer_by_number(&db, &customer_number).await?;
    // An unknown number, a wrong code and a throttled address get the same answer.
    let address = crate::api::caller::request_address();
    let checked = match &customer {
        Some(c) if throttle::is_throttled(&db, Subject::Activation(c.id), &address).await? => None,
        Some(c) if code.len() <= 32 => {
            let checked = one_time::check_activation_code(&db, c.id, &code).await?;
            if checked.is_none() {
                throttle::record_failure(&db, Subject::Activation(c.id), &address).await?;
            }
            checked
        }
        _ => None,
    };
    let (Some(accounts::CustomerNames { id: customer_id, first_name: first, last_name: last }), Some(code_id)) =
        (customer, checked)
    else {
        audit::record(&db, Entry::new(Actor::Anonymous, None, "activation_failed")).await?;
        return invalid("code", "activation-code-wrong");
    };
    if accounts::email_or_customer_taken(&db, email.as_ref(), customer_id).await? {
        return invalid("email", "email-taken");
    }
    if let Err(rejection) = password_policy::check(&new_password, &[email.as_ref(), &first, &last, &customer_number]) {
        return invalid("new_password", rejection.code());
    }
    if !one_time::use_code(&db, code_id).await? {
        return crate::api::caller::deny(AppError::LinkExpired);
    }
    let hash = password::hash_blocking(new_password).await;
    let name = format!("{first} {last}");
    let account_id =
        accounts::create_customer_account(&db, email.as_ref(), customer_id, &name, hash.as_str(), chrono::Utc::now())
            .await?;
    audit::record(&db, Entry::new(Actor::Customer, Some(account_id), "account_activated").customer(Some(customer_id)))
        .await?;
    form_memory::forget(ACTIVATE_PATH);
    let session = session()?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(crate::ssr::session_store::ACCOUNT_KEY, account_id).await.map_err(AppError::internal)?;
    leptos_axum::redirect(crate::paths::ACCOUNT_PATH);
    Ok(())
}
