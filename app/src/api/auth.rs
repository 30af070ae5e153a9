//! Signing in and out.

#[cfg(feature = "ssr")]
use crate::api::form_memory;
#[cfg(feature = "ssr")]
use crate::domain::ids::AccountId;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::paths::SIGN_IN_PATH;
pub use crate::wire::auth::*;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) fn session() -> Result<tower_sessions::Session, AppError> {
    use_context::<axum::http::request::Parts>()
        .and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned())
        .ok_or_else(|| AppError::internal("no session layer on this route"))
}

#[cfg(feature = "ssr")]
pub(crate) fn db() -> Result<crate::ssr::db::Db, AppError> {
    use_context::<crate::ssr::db::Db>().ok_or_else(|| AppError::internal("no database in context"))
}

/// The register the portal serves. Its absence is a server fault, never an answer: the
/// store takes the register as an argument and cannot guess what the law keeps.
#[cfg(feature = "ssr")]
pub(crate) fn register() -> Result<std::sync::Arc<crate::register::Register>, AppError> {
    use_context::<std::sync::Arc<crate::register::Register>>()
        .ok_or_else(|| AppError::internal("no register in context"))
}

/// Signs in with an email address or customer number and a password, renews the session
/// id, and sends the browser to `next` (the page whose session had ended; a local path
/// of the account's own side) or its home page. Open to anonymous callers.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(login: String, password: String, next: Option<String>) -> Result<(), AppError> {
    use crate::ssr::auth;
    if login.trim().is_empty() {
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "login".into(),
            code: "login-missing".into(),
        });
    }
    if password.is_empty() {
        form_memory::keep(SIGN_IN_PATH, &[("login", &login)]);
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "password".into(),
            code: "password-missing".into(),
        });
    }
    if login.len() > 254 || password.len() > 1024 {
        return crate::api::caller::deny(AppError::InvalidCredentials);
    }
    let db = db()?;
    let address = crate::api::caller::request_address();
    let Some(user) = auth::authenticate(&db, &login, &password, &address).await? else {
        form_memory::keep(SIGN_IN_PATH, &[("login", &login)]);
        return crate::api::caller::deny(AppError::InvalidCredentials);
    };
    form_memory::forget(SIGN_IN_PATH);
    let session = session()?;
    // A new id at every sign-in step: an id planted before sign-in is worthless after it.
    session.cycle_id().await.map_err(AppError::internal)?;
    if user.second_factor {
        session
            .insert(PENDING_KEY, (user.account_id, chrono::Utc::now().timestamp()))
            .await
            .map_err(AppError::internal)?;
        if let Some(next) = next.filter(|n| crate::domain::is_local_path(n)) {
            session.insert(PENDING_NEXT_KEY, next).await.map_err(AppError::internal)?;
        }
        leptos_axum::redirect(crate::paths::SECOND_FACTOR_PATH);
        return Ok(());
    }
    if user.role.is_staff() && crate::ssr::staff_accounts::must_enrol(&db, user.account_id).await? {
        // Created or reset by the DPO: the second factor is enrolled now, before anything.
        crate::api::enrolment::begin(&session, user.account_id, next).await?;
        return Ok(());
    }
    if user.role.is_staff() {
        // The second factor is mandatory for staff; an account without one cannot sign in.
        tracing::warn!(account_id = user.account_id.0, "staff account without a second factor refused");
        auth::record_failure(&db, None, &address).await?;
        return crate::api::caller::deny(AppError::InvalidCredentials);
    }
    complete_sign_in(&db, &session, &user, None, next.as_deref()).await
}

/// Where a signed-in `role` goes: `next` when it is a local path on that role's side of
/// the portal (staff pages for staff, the rest for customers), otherwise home.
pub fn landing_after_sign_in(role: crate::domain::Role, next: Option<&str>) -> String {
    let staff_path = |p: &str| p == crate::paths::STAFF_PATH || p.starts_with("/henkilosto/");
    let public = |p: &str| p.starts_with(crate::paths::SIGN_IN_PATH) || p.starts_with("/kieli");
    match next {
        Some(p) if crate::domain::is_local_path(p) && !public(p) && staff_path(p) == role.is_staff() => p.to_owned(),
        _ => crate::paths::home_path(role).to_owned(),
    }
}

/// Marks the session signed in as `user` (after every factor was checked, and after the
/// session id was renewed), keeps how (`with`: the identity check the session's requests
/// record) and writes the audit row with the factor.
/// Shared by the password steps here and strong electronic identification.
#[cfg(feature = "ssr")]
pub async fn mark_signed_in(
    db: &crate::ssr::db::Db,
    session: &tower_sessions::Session,
    user: &crate::ssr::auth::Authenticated,
    factor: Option<&str>,
    with: (crate::domain::IdentityMethod, Option<&str>),
) -> Result<(), AppError> {
    use crate::ssr::audit::{self, Actor, Entry};
    use crate::ssr::session_store::{ACCOUNT_KEY, SIGNED_IN_WITH_KEY};
    session.insert(ACCOUNT_KEY, user.account_id).await.map_err(AppError::internal)?;
    let (method, detail) = with;
    session.insert(SIGNED_IN_WITH_KEY, (method.as_str(), detail)).await.map_err(AppError::internal)?;
    let mut entry = Entry::new(Actor::of(user.role), Some(user.account_id), "sign_in").customer(user.customer_id);
    if let Some(factor) = factor {
        entry = entry.detail(factor);
    }
    audit::record(db, entry).await?;
    Ok(())
}

/// [`mark_signed_in`], then sends the browser to the user's home page (or `next`).
#[cfg(feature = "ssr")]
async fn complete_sign_in(
    db: &crate::ssr::db::Db,
    session: &tower_sessions::Session,
    user: &crate::ssr::auth::Authenticated,
    factor: Option<&str>,
    next: Option<&str>,
) -> Result<(), AppError> {
    let method = if factor.is_some() {
        crate::domain::IdentityMethod::PasswordTotp
    } else {
        crate::domain::IdentityMethod::Password
    };
    mark_signed_in(db, session, user, factor, (method, None)).await?;
    leptos_axum::redirect(&landing_after_sign_in(user.role, next));
    Ok(())
}

/// How long the code step of a sign-in may follow the password step.
pub const SECOND_FACTOR_WINDOW_SECONDS: i64 = 300;

/// The second step of signing in to an account with a second factor: a code from the
/// authenticator app, or one of the recovery codes. Anonymous (the session is not signed
/// in yet), but only meaningful within five minutes of a correct password in the same
/// session. Wrong codes count towards the account's throttling like wrong passwords.
#[server(prefix = "/api", endpoint = "verify_sign_in_code")]
pub async fn verify_sign_in_code(code: String) -> Result<(), AppError> {
    use crate::ssr::{auth, second_factor};
    let session = session()?;
    let pending: Option<(AccountId, i64)> = session.get(PENDING_KEY).await.map_err(AppError::internal)?;
    let Some((account_id, _)) =
        pending.filter(|(_, at)| chrono::Utc::now().timestamp() - at <= SECOND_FACTOR_WINDOW_SECONDS)
    else {
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "code".into(),
            code: "sign-in-expired".into(),
        });
    };
    let code = code.trim();
    if code.is_empty() {
        return crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: "code-missing".into() });
    }
    let db = db()?;
    let address = crate::api::caller::request_address();
    if !auth::may_try(&db, account_id, &address).await? {
        return crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: "code-wrong".into() });
    }
    let accepted = if code.len() <= 32 { second_factor::verify(&db, account_id, code).await? } else { None };
    let Some(accepted) = accepted else {
        auth::record_failure(&db, Some(account_id), &address).await?;
        return crate::api::caller::deny(AppError::InvalidInput { field: "code".into(), code: "code-wrong".into() });
    };
    // The whole sign-in succeeded: only now is the count of failures cleared.
    crate::ssr::throttle::record_success(&db, account_id, &address).await?;
    let (caller, _) = auth::resolve(&db, Some(account_id)).await?;
    let user = match caller {
        crate::user::Caller::Customer { customer_id, .. } => auth::Authenticated {
            account_id,
            role: crate::domain::Role::Customer,
            customer_id: Some(customer_id),
            second_factor: true,
        },
        crate::user::Caller::Staff { role, .. } => {
            auth::Authenticated { account_id, role, customer_id: None, second_factor: true }
        }
        crate::user::Caller::Anonymous => return crate::api::caller::deny(AppError::InvalidCredentials),
    };
    session.remove_value(PENDING_KEY).await.map_err(AppError::internal)?;
    let next: Option<String> = session.remove(PENDING_NEXT_KEY).await.map_err(AppError::internal)?;
    session.cycle_id().await.map_err(AppError::internal)?;
    let factor = match accepted {
        second_factor::Accepted::Totp => "totp",
        second_factor::Accepted::RecoveryCode => "recovery_code",
    };
    complete_sign_in(&db, &session, &user, Some(factor), next.as_deref()).await
}

/// The session key of a sign-in whose password was right and whose code is awaited:
/// (account id, Unix time of the password step).
pub const PENDING_KEY: &str = "pending_sign_in";
/// The session key of the page to return to once the code step is done.
pub const PENDING_NEXT_KEY: &str = "pending_next";

/// Ends the session on the server and clears its cookie. Signed-in callers only.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let account_id = crate::api::caller::require_signed_in()?;
    session()?.flush().await.map_err(AppError::internal)?;
    let entry = crate::ssr::audit::Entry::new(crate::ssr::audit::Actor::System, Some(account_id), "sign_out");
    crate::ssr::audit::record(&db()?, entry).await?;
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
    let account_id = crate::api::caller::require_signed_in()?;
    if password.is_empty() {
        return crate::api::caller::deny(AppError::InvalidInput {
            field: "password".into(),
            code: "password-missing".into(),
        });
    }
    if password.len() > 1024 {
        return crate::api::caller::deny(AppError::ReauthRequired);
    }
    let db = db()?;
    let login = auth::login_of(&db, account_id).await?.ok_or(AppError::Unauthorized)?;
    match auth::authenticate(&db, &login, &password, &crate::api::caller::request_address()).await? {
        Some(user) if user.account_id == account_id => {
            use crate::ssr::audit::{self, Actor, Entry};
            audit::record(&db, Entry::new(Actor::of(user.role), Some(account_id), "reauthenticated")).await?;
        }
        _ => {
            return crate::api::caller::deny(AppError::InvalidInput {
                field: "password".into(),
                code: "password-wrong".into(),
            })
        }
    }
    let session = session()?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(REAUTH_KEY, chrono::Utc::now().timestamp()).await.map_err(AppError::internal)?;
    let local = crate::domain::is_local_path(&next);
    leptos_axum::redirect(if local { &next } else { crate::paths::ACCOUNT_PATH });
    Ok(())
}

/// Where a page asks how long its session has left ([`session_state`]).
pub const SESSION_STATE_PATH: &str = "/api/session_state";
/// Where the warning's button keeps the session alive ([`keep_session`]).
pub const KEEP_SESSION_PATH: &str = "/api/keep_session";

/// Seconds until the caller's session ends for inactivity (0: it has ended). Asking is
/// not activity (the middleware leaves this path out), so the warning cannot keep a
/// session alive by itself.
#[server(prefix = "/api", endpoint = "session_state")]
pub async fn session_state() -> Result<i64, AppError> {
    use crate::ssr::session_store::{seconds_left, KEPT_KEY, SEEN_KEY};
    // An ended session is an answer here (nothing left), not a refusal.
    if crate::api::caller::caller() == crate::user::Caller::Anonymous {
        return Ok(0);
    }
    let session = session()?;
    let seen: Option<i64> = session.get(SEEN_KEY).await.map_err(AppError::internal)?;
    let kept: Option<i64> = session.get(KEPT_KEY).await.map_err(AppError::internal)?;
    Ok(seconds_left(seen, kept, chrono::Utc::now().timestamp()))
}

/// Keeps the caller's session alive from the warning before it ends (WCAG 2.2.1): the
/// idle time starts again. Answers the seconds now left.
#[server(prefix = "/api", endpoint = "keep_session")]
pub async fn keep_session() -> Result<i64, AppError> {
    use crate::ssr::session_store::{seconds_left, KEPT_KEY, SEEN_KEY};
    crate::api::caller::require_signed_in()?;
    let session = session()?;
    let now = chrono::Utc::now().timestamp();
    session.insert(KEPT_KEY, now).await.map_err(AppError::internal)?;
    let seen: Option<i64> = session.get(SEEN_KEY).await.map_err(AppError::internal)?;
    Ok(seconds_left(seen, Some(now), now))
}

/// The signed-in user's live sessions, newest first.
#[server(prefix = "/api", endpoint = "my_sessions")]
pub async fn my_sessions() -> Result<Vec<SessionInfo>, AppError> {
    use crate::ssr::session_store;
    let account_id = crate::api::caller::require_signed_in()?;
    let store = session_store::DbSessionStore::new(db()?);
    let current = session()?.id().map(|id| session_store::hash_id(&id));
    let rows = store.live_sessions(account_id, chrono::Utc::now()).await?;
    let idle = chrono::Duration::minutes(session_store::IDLE_TIMEOUT_MINUTES);
    Ok(rows
        .into_iter()
        .map(|row| SessionInfo {
            current: current.as_deref() == Some(row.id_hash.as_str()),
            last_active_at: (row.expires_at - idle).max(row.created_at),
            created_at: row.created_at,
            key: row.id_hash,
        })
        .collect())
}

/// Ends one of the signed-in user's own sessions (someone else's key matches nothing).
/// Ending the current one signs out.
#[server(prefix = "/api", endpoint = "end_session")]
pub async fn end_session(key: String) -> Result<(), AppError> {
    use crate::ssr::session_store;
    let account_id = crate::api::caller::require_signed_in()?;
    let db = db()?;
    let session = session()?;
    if session.id().map(|id| session_store::hash_id(&id)).as_deref() == Some(key.as_str()) {
        session.flush().await.map_err(AppError::internal)?;
        leptos_axum::redirect("/");
        return Ok(());
    }
    if session_store::DbSessionStore::new(db.clone()).end_session(account_id, &key).await? {
        audit_session_end(&db, account_id, "session_ended").await?;
    }
    leptos_axum::redirect(crate::paths::SESSIONS_PATH);
    Ok(())
}

/// Ends every session of the signed-in user except this one.
#[server(prefix = "/api", endpoint = "end_other_sessions")]
pub async fn end_other_sessions() -> Result<(), AppError> {
    use crate::ssr::session_store::DbSessionStore;
    let account_id = crate::api::caller::require_signed_in()?;
    let db = db()?;
    let current = session()?.id();
    let ended = DbSessionStore::new(db.clone()).end_other_sessions(account_id, current.as_ref()).await?;
    if ended > 0 {
        audit_session_end(&db, account_id, "other_sessions_ended").await?;
    }
    leptos_axum::redirect(crate::paths::SESSIONS_PATH);
    Ok(())
}

/// Writes the end of sessions by their owner to the audit log (never the session ids).
#[cfg(feature = "ssr")]
async fn audit_session_end(db: &crate::ssr::db::Db, account_id: AccountId, action: &str) -> Result<(), AppError> {
    use crate::ssr::audit::{self, Entry};
    audit::record(db, Entry::new(crate::api::caller::caller_actor(), Some(account_id), action)).await?;
    Ok(())
}

/// How the current session was signed in: the identity check a request filed in it
/// records. A session signed in before this was kept counts as the account's.
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in_with() -> Result<(crate::domain::IdentityMethod, Option<String>), AppError> {
    use crate::ssr::session_store::SIGNED_IN_WITH_KEY;
    let kept: Option<(String, Option<String>)> =
        session()?.get(SIGNED_IN_WITH_KEY).await.map_err(AppError::internal)?;
    Ok(kept.and_then(|(m, d)| Some((m.parse().ok()?, d))).unwrap_or((crate::domain::IdentityMethod::Account, None)))
}
