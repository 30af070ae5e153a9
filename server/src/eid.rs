//! Strong electronic identification in the browser: `GET /tunnistaudu` sends the visitor
//! to the identification provider, `GET /tunnistaudu/paluu` takes them back. Both are
//! plain links and redirects, so they work without JavaScript. What the provider
//! vouched for is checked in `app::ssr::eid`; here the identified person is signed in
//! (their account made on first use) or confirmed, or sent to a page that says why not.
//! The identity code never reaches a URL or a log line.

use crate::state::AppState;
use app::api::auth::{landing_after_sign_in, mark_signed_in};
use app::domain::Role;
use app::ssr::accounts;
use app::ssr::audit::{self, Actor, Entry};
use app::ssr::auth::Authenticated;
use app::ssr::eid::{Identified, Pending, Purpose, Refusal, PENDING_KEY};
use app::ssr::session_store::{ACCOUNT_KEY, REAUTH_KEY};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

pub use app::paths::{EID_RETURN_PATH, EID_START_PATH};

/// The sign-in page's explanation when the person is not a register customer (said the
/// same way whoever they are: nothing else about the register is revealed).
const NOT_A_CUSTOMER: &str = "ei-asiakas";
/// …when the customer's portal account has been closed.
const ACCOUNT_CLOSED: &str = "tili-suljettu";
/// …when a confirmation identified someone other than the signed-in customer.
const SOMEONE_ELSE: &str = "eri-henkilo";

#[derive(Deserialize)]
pub struct StartQuery {
    /// A local path to return to afterwards.
    jatka: Option<String>,
    /// Present: confirm the signed-in customer's identity instead of signing in.
    vahvista: Option<String>,
    /// Present: prove the identity of whoever made the request this browser follows
    /// without an account ([`app::ssr::requesters`]).
    pyynto: Option<String>,
}

pub async fn start(
    State(state): State<AppState>,
    session: Session,
    headers: HeaderMap,
    Query(q): Query<StartQuery>,
) -> Response {
    let Some(eid) = state.eid.clone() else { return StatusCode::NOT_FOUND.into_response() };
    let purpose = match (q.vahvista, q.pyynto) {
        (_, Some(_)) => Purpose::Requester,
        (Some(_), None) => Purpose::Confirm,
        (None, None) => Purpose::SignIn,
    };
    let next = q.jatka.filter(|n| app::domain::is_local_path(n));
    let lang = crate::extract::request_lang(&headers);
    match eid.start(purpose, next.clone(), lang.as_str()).await {
        Ok((url, pending)) => match session.insert(PENDING_KEY, pending).await {
            Ok(()) => Redirect::to(&url).into_response(),
            Err(e) => app::error::AppError::internal(e).into_response(),
        },
        Err(refusal) => refused(&state, purpose, next.as_deref(), refusal.code()).await,
    }
}

#[derive(Deserialize)]
pub struct ReturnQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

pub async fn finish(State(state): State<AppState>, session: Session, Query(q): Query<ReturnQuery>) -> Response {
    let Some(eid) = state.eid.clone() else { return StatusCode::NOT_FOUND.into_response() };
    // Taken out at once: a flow is used once, whatever its outcome.
    let pending: Option<Pending> = match session.remove(PENDING_KEY).await {
        Ok(p) => p,
        Err(e) => return app::error::AppError::internal(e).into_response(),
    };
    let Some(pending) = pending else { return refused(&state, Purpose::SignIn, None, Refusal::Flow.code()).await };
    let next = pending.next.clone();
    let result = match (q.error, q.code, q.state) {
        (Some(_), _, _) => Err(Refusal::Cancelled),
        (None, Some(code), Some(st)) => eid.finish(&pending, &st, &code).await,
        _ => Err(Refusal::Flow),
    };
    let identified = match result {
        Ok(identified) => identified,
        Err(refusal) => return refused(&state, pending.purpose, next.as_deref(), refusal.code()).await,
    };
    let outcome = match pending.purpose {
        Purpose::SignIn => sign_in(&state, &session, identified, next.as_deref()).await,
        Purpose::Confirm => confirm(&state, &session, identified, next.as_deref()).await,
        Purpose::Requester => requester(&state, &session, identified).await,
    };
    outcome.unwrap_or_else(IntoResponse::into_response)
}

/// Signs in the register customer with this identity code, making their account on
/// first use.
async fn sign_in(
    state: &AppState,
    session: &Session,
    identified: Identified,
    next: Option<&str>,
) -> Result<Response, app::error::AppError> {
    let db = &state.db;
    let found = accounts::customers_by_identity_code(db, identified.identity_code.as_ref()).await?;
    let customer = match found.as_slice() {
        [one] => one,
        [] => return Ok(refused(state, Purpose::SignIn, None, NOT_A_CUSTOMER).await),
        _ => {
            // Two customers with one identity code is a fault in the register for staff
            // to put right; signing in either could show one person another's data.
            tracing::error!("strong identification matched more than one register customer; nobody signed in");
            return Ok(refused(state, Purpose::SignIn, None, NOT_A_CUSTOMER).await);
        }
    };
    if customer.account_disabled == Some(true) {
        return Ok(refused(state, Purpose::SignIn, None, ACCOUNT_CLOSED).await);
    }
    let account_id = match customer.account_id {
        Some(id) => id,
        None => {
            let id = accounts::create_identified_account(db, customer, chrono::Utc::now()).await?;
            let entry =
                Entry::new(Actor::Customer, Some(id), "account_created").customer(Some(customer.id)).detail("eid");
            audit::record(db, entry).await?;
            id
        }
    };
    // A new id at sign-in: an id planted before it is worthless after it.
    session.cycle_id().await.map_err(app::error::AppError::internal)?;
    let _ = session.remove_value(app::api::auth::PENDING_KEY).await;
    let user = Authenticated { account_id, role: Role::Customer, customer_id: Some(customer.id), second_factor: false };
    let how = factor(&identified);
    let with = (app::domain::IdentityMethod::StrongEid, Some(identified.acr.as_str()));
    mark_signed_in(db, session, &user, Some(&how), with).await?;
    Ok(Redirect::to(&landing_after_sign_in(Role::Customer, next)).into_response())
}

/// Confirms that the signed-in customer is the person just identified: the same as
/// typing the password again before a sensitive action.
async fn confirm(
    state: &AppState,
    session: &Session,
    identified: Identified,
    next: Option<&str>,
) -> Result<Response, app::error::AppError> {
    let db = &state.db;
    let account: Option<app::domain::AccountId> =
        session.get(ACCOUNT_KEY).await.map_err(app::error::AppError::internal)?;
    let Some(account_id) = account else {
        return Ok(refused(state, Purpose::SignIn, next, Refusal::Flow.code()).await);
    };
    let held = accounts::identity_code_of_account(db, account_id).await?;
    if held.as_deref() != Some(identified.identity_code.as_ref()) {
        return Ok(refused(state, Purpose::Confirm, next, SOMEONE_ELSE).await);
    }
    session.cycle_id().await.map_err(app::error::AppError::internal)?;
    session.insert(REAUTH_KEY, chrono::Utc::now().timestamp()).await.map_err(app::error::AppError::internal)?;
    let how = factor(&identified);
    let entry = Entry::new(Actor::Customer, Some(account_id), "reauthenticated").detail(&how);
    audit::record(db, entry).await?;
    Ok(Redirect::to(next.unwrap_or(app::paths::ACCOUNT_PATH)).into_response())
}

/// Keeps the strong identification of whoever made the request this browser follows
/// (the public form's submission, kept in the session): the request is linked to the
/// register customer it matches. The page says only that they were identified, never
/// whether they are in the register.
async fn requester(
    state: &AppState,
    session: &Session,
    identified: Identified,
) -> Result<Response, app::error::AppError> {
    let id: Option<i64> =
        session.get(app::ssr::session_store::REQUESTER_KEY).await.map_err(app::error::AppError::internal)?;
    let Some(id) = id else {
        return Ok(refused(state, Purpose::Requester, None, Refusal::Flow.code()).await);
    };
    let now = chrono::Utc::now();
    app::ssr::requesters::identify(&state.db, id, identified.identity_code.as_ref(), &identified.acr, now).await?;
    Ok(Redirect::to(&format!("{}?tunnistettu=1", app::paths::PUBLIC_STATUS_PATH)).into_response())
}

/// How the person signed in, for the audit log: the method and the assurance level
/// (the `acr` URI names a level, never a person).
fn factor(identified: &Identified) -> String {
    format!("eid {}", identified.acr)
}

/// Audits the refusal and sends the browser to the page that explains it: the sign-in
/// page, or the confirmation page for a confirmation.
async fn refused(state: &AppState, purpose: Purpose, next: Option<&str>, code: &str) -> Response {
    let entry = Entry::new(Actor::Anonymous, None, "eid_refused").detail(code);
    if let Err(e) = audit::record(&state.db, entry).await {
        return app::error::AppError::from(e).into_response();
    }
    let encoded_next = next.map(app::domain::percent_encode);
    let to = match (purpose, encoded_next) {
        (Purpose::Requester, _) => format!("{}?tunnistus={code}", app::paths::PUBLIC_STATUS_PATH),
        (Purpose::Confirm, Some(n)) => format!("{}?jatka={n}&tunnistus={code}", app::paths::REAUTH_PATH),
        (Purpose::Confirm, None) => format!("{}?tunnistus={code}", app::paths::REAUTH_PATH),
        (Purpose::SignIn, Some(n)) => {
            format!("{}?{}={n}&tunnistus={code}", app::paths::SIGN_IN_PATH, app::paths::NEXT_PARAM)
        }
        (Purpose::SignIn, None) => format!("{}?tunnistus={code}", app::paths::SIGN_IN_PATH),
    };
    Redirect::to(&to).into_response()
}
