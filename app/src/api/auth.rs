//! Signing in and out.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
fn session() -> Result<tower_sessions::Session, AppError> {
    use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned())
        .ok_or_else(|| AppError::internal("no session layer on this route"))
}

#[cfg(feature = "ssr")]
fn db() -> Result<crate::ssr::db::Db, AppError> {
    use_context::<crate::ssr::db::Db>().ok_or_else(|| AppError::internal("no database in context"))
}

/// Signs in with an email address or customer number and a password, renews the session
/// id, and sends the browser to the account page. Open to anonymous callers.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(login: String, password: String) -> Result<(), AppError> {
    use crate::ssr::{auth, session_store::ACCOUNT_KEY};
    if login.trim().is_empty() {
        return auth::deny(AppError::InvalidInput { field: "login".into(), code: "login-missing".into() });
    }
    if password.is_empty() {
        keep_login(&login);
        return auth::deny(AppError::InvalidInput { field: "password".into(), code: "password-missing".into() });
    }
    if login.len() > 254 || password.len() > 1024 {
        return auth::deny(AppError::InvalidCredentials);
    }
    let db = db()?;
    let Some(user) = auth::authenticate(&db, &login, &password).await? else {
        keep_login(&login);
        return auth::deny(AppError::InvalidCredentials);
    };
    forget_login();
    let session = session()?;
    // A new id at every sign-in: an id planted before sign-in is worthless after it.
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(ACCOUNT_KEY, user.account_id).await.map_err(AppError::internal)?;
    leptos_axum::redirect(crate::pages::account::ACCOUNT_PATH);
    Ok(())
}

/// The cookie that keeps what was typed in the login field across the redirect back to
/// the form after a failed attempt, so nothing typed is lost without JavaScript either.
/// It never goes into the URL; it lives five minutes, only for the sign-in page.
pub const LOGIN_COOKIE: &str = "tietoni_login";

/// Keeps what was typed (trimmed, at most 254 cookie-safe characters) for five minutes.
#[cfg(feature = "ssr")]
fn keep_login(login: &str) {
    let value: String =
        login.trim().chars().take(254).filter(|c| c.is_ascii_graphic() && *c != ';' && *c != ',').collect();
    set_login_cookie(&value, 300);
}

#[cfg(feature = "ssr")]
fn forget_login() {
    set_login_cookie("", 0);
}

#[cfg(feature = "ssr")]
fn set_login_cookie(value: &str, max_age: u32) {
    use axum::http::{header::SET_COOKIE, HeaderValue};
    let cookie = format!(
        "{LOGIN_COOKIE}={value}; Path={}; Max-Age={max_age}; HttpOnly; SameSite=Strict",
        crate::pages::sign_in::SIGN_IN_PATH
    );
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), HeaderValue::from_str(&cookie)) {
        res.append_header(SET_COOKIE, v);
    }
}

/// Ends the session on the server and clears its cookie. Signed-in callers only.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::ssr::auth;
    use crate::with_db;
    let account_id = auth::require_signed_in()?;
    session()?.flush().await.map_err(AppError::internal)?;
    with_db!(&db()?, pool => sqlx::query("INSERT INTO audit_log (occurred_at, actor_kind, actor_id, action) VALUES ($1, 'system', $2, 'sign_out')")
        .bind(chrono::Utc::now()).bind(account_id).execute(pool).await.map(|_| ()))?;
    leptos_axum::redirect("/");
    Ok(())
}

/// Checks the signed-in user's password again before a sensitive action (downloading
/// the export, revealing the identity code, changing contact details or the password),
/// renews the session id, and returns to `next` (a local path). Valid for 10 minutes.
/// Failures count towards the account's throttling like failed sign-ins.
#[server(prefix = "/api", endpoint = "reauthenticate")]
pub async fn reauthenticate(password: String, next: String) -> Result<(), AppError> {
    use crate::ssr::{auth, session_store::REAUTH_KEY};
    let account_id = auth::require_signed_in()?;
    if password.is_empty() {
        return auth::deny(AppError::InvalidInput { field: "password".into(), code: "password-missing".into() });
    }
    if password.len() > 1024 {
        return auth::deny(AppError::ReauthRequired);
    }
    let db = db()?;
    let login = auth::login_of(&db, account_id).await?.ok_or(AppError::Unauthorized)?;
    match auth::authenticate(&db, &login, &password).await? {
        Some(user) if user.account_id == account_id => {}
        _ => return auth::deny(AppError::InvalidInput { field: "password".into(), code: "password-wrong".into() }),
    }
    let session = session()?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(REAUTH_KEY, chrono::Utc::now().timestamp()).await.map_err(AppError::internal)?;
    let local = crate::domain::is_local_path(&next);
    leptos_axum::redirect(if local { &next } else { crate::pages::account::ACCOUNT_PATH });
    Ok(())
}

/// One of the signed-in user's sessions, as the sessions page shows it. `key` is the
/// stored hash of the session id (never the id itself).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SessionInfo {
    pub key: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_active_at: chrono::DateTime<chrono::Utc>,
    pub current: bool,
}

/// The signed-in user's live sessions, newest first.
#[server(prefix = "/api", endpoint = "my_sessions")]
pub async fn my_sessions() -> Result<Vec<SessionInfo>, AppError> {
    use crate::ssr::{auth, session_store};
    use crate::with_db;
    let account_id = auth::require_signed_in()?;
    let db = db()?;
    let current = session()?.id().map(|id| session_store::hash_id(&id));
    let now = chrono::Utc::now();
    let rows: Vec<(String, chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)> = with_db!(&db, pool => sqlx::query_as(
        "SELECT id_hash, created_at, expires_at FROM sessions WHERE account_id = $1 AND expires_at > $2 AND created_at > $3
         ORDER BY created_at DESC, id_hash",
    )
    .bind(account_id)
    .bind(now)
    .bind(now - session_store::ABSOLUTE_LIFETIME)
    .fetch_all(pool)
    .await)?;
    let idle = chrono::Duration::minutes(session_store::IDLE_TIMEOUT_MINUTES);
    Ok(rows
        .into_iter()
        .map(|(key, created_at, expires_at)| SessionInfo {
            current: current.as_deref() == Some(key.as_str()),
            key,
            created_at,
            last_active_at: (expires_at - idle).max(created_at),
        })
        .collect())
}

/// Ends one of the signed-in user's own sessions (someone else's key matches nothing).
/// Ending the current one signs out.
#[server(prefix = "/api", endpoint = "end_session")]
pub async fn end_session(key: String) -> Result<(), AppError> {
    use crate::ssr::{auth, session_store};
    use crate::with_db;
    let account_id = auth::require_signed_in()?;
    let db = db()?;
    let session = session()?;
    if session.id().map(|id| session_store::hash_id(&id)).as_deref() == Some(key.as_str()) {
        session.flush().await.map_err(AppError::internal)?;
        leptos_axum::redirect("/");
        return Ok(());
    }
    with_db!(&db, pool => sqlx::query("DELETE FROM sessions WHERE id_hash = $1 AND account_id = $2")
        .bind(&key).bind(account_id).execute(pool).await.map(|_| ()))?;
    leptos_axum::redirect(crate::pages::sessions::SESSIONS_PATH);
    Ok(())
}

/// Ends every session of the signed-in user except this one.
#[server(prefix = "/api", endpoint = "end_other_sessions")]
pub async fn end_other_sessions() -> Result<(), AppError> {
    use crate::ssr::{auth, session_store::DbSessionStore};
    let account_id = auth::require_signed_in()?;
    let db = db()?;
    let current = session()?.id();
    DbSessionStore::new(db).end_other_sessions(account_id, current.as_ref()).await?;
    leptos_axum::redirect(crate::pages::sessions::SESSIONS_PATH);
    Ok(())
}
