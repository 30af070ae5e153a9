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
    crate::ssr::auth::deny(AppError::InvalidInput { field: field.into(), code: code.into() })
}

/// Sends a password-reset link (valid 30 minutes, usable once) to the account's email
/// address, if the email or customer number belongs to an account. The answer is the
/// same either way and comes first: looking the account up, making the token and
/// sending the mail all happen after it, so neither the answer nor its timing (nor a
/// failure on the way) tells whether an account exists.
#[server(prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(login: String) -> Result<(), AppError> {
    use crate::paths::FORGOT_PATH;
    use crate::ssr::mail::Mailer;
    let login = login.trim().to_lowercase();
    if login.is_empty() {
        return invalid("login", "login-missing");
    }
    if login.len() > 254 {
        return invalid("login", "login-missing");
    }
    let db = db()?;
    let mailer = use_context::<Mailer>().ok_or_else(|| AppError::internal("no mailer in context"))?;
    let lang = crate::i18n::use_lang();
    tokio::spawn(async move {
        if let Err(e) = send_reset_link(&db, &mailer, lang, &login).await {
            tracing::error!(error = %e, "password reset not completed");
        }
    });
    form_memory::forget(FORGOT_PATH);
    leptos_axum::redirect(&format!("{FORGOT_PATH}?lahetetty=1"));
    Ok(())
}

/// The work behind a reset request, after its answer: a token and a mail for an account
/// that exists and is not disabled, nothing otherwise.
#[cfg(feature = "ssr")]
async fn send_reset_link(
    db: &crate::ssr::db::Db,
    mailer: &crate::ssr::mail::Mailer,
    lang: crate::domain::Lang,
    login: &str,
) -> Result<(), sqlx::Error> {
    use crate::ssr::audit::{self, Actor, Entry};
    use crate::ssr::one_time;
    use crate::with_db;
    let account: Option<(i64, String)> = with_db!(db, pool => sqlx::query_as(
        "SELECT a.id, a.email FROM accounts a LEFT JOIN customers c ON c.id = a.customer_id
         WHERE (lower(a.email) = $1 OR c.customer_number = $1) AND NOT a.disabled",
    ).bind(login).fetch_optional(pool).await)?;
    let Some((account_id, email)) = account else { return Ok(()) };
    let token = one_time::issue_reset_token(db, account_id).await?;
    audit::record(db, Entry::new(Actor::Anonymous, Some(account_id), "password_reset_requested")).await?;
    let link = format!("{}{}?avain={token}", mailer.public_url, crate::paths::RESET_PATH);
    let subject = crate::i18n::t(lang, "reset-mail-subject");
    let body = crate::i18n::t_args(lang, "reset-mail-body", &[("link", link)]);
    if let Err(e) = mailer.send(&email, &subject, body).await {
        tracing::error!(account_id, error = %e, "password-reset mail not sent");
    }
    Ok(())
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
    use crate::ssr::{one_time, password, password_policy, session_store::DbSessionStore};
    use crate::with_db;
    let db = db()?;
    let token = match token.filter(|t| !t.trim().is_empty()) {
        Some(token) => token,
        None => session()?.get::<String>(RESET_TOKEN_KEY).await.map_err(AppError::internal)?.unwrap_or_default(),
    };
    let Some((account_id, code_id)) = one_time::check_reset_token(&db, token.trim()).await? else {
        return crate::ssr::auth::deny(AppError::LinkExpired);
    };
    let (email, name): (String, String) = with_db!(&db, pool => sqlx::query_as(
        "SELECT email, display_name FROM accounts WHERE id = $1"
    ).bind(account_id).fetch_one(pool).await)?;
    if let Err(rejection) = password_policy::check(&new_password, &[&email, &name]) {
        return invalid("new_password", rejection.code());
    }
    if !one_time::use_code(&db, code_id).await? {
        return crate::ssr::auth::deny(AppError::LinkExpired);
    }
    let hash = password::hash_blocking(new_password).await;
    crate::api::security::set_password(&db, account_id, hash.as_str()).await?;
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
    use crate::ssr::{one_time, password, password_policy};
    use crate::with_db;
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
    let customer: Option<(i64, String, String)> = with_db!(&db, pool => sqlx::query_as(
        "SELECT id, first_name, last_name FROM customers WHERE customer_number = $1"
    ).bind(&customer_number).fetch_optional(pool).await)?;
    // An unknown number, a wrong code and a throttled address get the same answer.
    let address = throttle::request_address();
    let checked = match &customer {
        Some((id, _, _)) if throttle::is_throttled(&db, Subject::Activation(*id), &address).await? => None,
        Some((id, _, _)) if code.len() <= 32 => {
            let checked = one_time::check_activation_code(&db, *id, &code).await?;
            if checked.is_none() {
                throttle::record_failure(&db, Subject::Activation(*id), &address).await?;
            }
            checked
        }
        _ => None,
    };
    let (Some((customer_id, first, last)), Some(code_id)) = (customer, checked) else {
        audit::record(&db, Entry::new(Actor::Anonymous, None, "activation_failed")).await?;
        return invalid("code", "activation-code-wrong");
    };
    let taken: i64 = with_db!(&db, pool => sqlx::query_scalar(
        "SELECT COUNT(*) FROM accounts WHERE lower(email) = $1 OR customer_id = $2"
    ).bind(email.as_ref().to_lowercase()).bind(customer_id).fetch_one(pool).await)?;
    if taken > 0 {
        return invalid("email", "email-taken");
    }
    if let Err(rejection) = password_policy::check(&new_password, &[email.as_ref(), &first, &last, &customer_number]) {
        return invalid("new_password", rejection.code());
    }
    if !one_time::use_code(&db, code_id).await? {
        return crate::ssr::auth::deny(AppError::LinkExpired);
    }
    let hash = password::hash_blocking(new_password).await;
    let now = chrono::Utc::now();
    let account_id: i64 = with_db!(&db, pool => sqlx::query_scalar(
        "INSERT INTO accounts (email, role, customer_id, display_name, password_hash, created_at, password_changed_at)
         VALUES ($1, 'customer', $2, $3, $4, $5, $5) RETURNING id",
    ).bind(email.as_ref()).bind(customer_id).bind(format!("{first} {last}")).bind(hash.as_str()).bind(now).fetch_one(pool).await)?;
    audit::record(&db, Entry::new(Actor::Customer, Some(account_id), "account_activated").customer(Some(customer_id)))
        .await?;
    form_memory::forget(ACTIVATE_PATH);
    let session = session()?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(crate::ssr::session_store::ACCOUNT_KEY, account_id).await.map_err(AppError::internal)?;
    leptos_axum::redirect(crate::paths::ACCOUNT_PATH);
    Ok(())
}
