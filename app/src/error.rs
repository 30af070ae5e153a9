//! The error every server function returns. It crosses the wire as JSON, so it carries
//! only what the browser may know: a kind, the field an input error belongs to, or, for
//! an internal failure, a reference id. The cause of an internal failure stays in the
//! server log under that id. The UI translates each kind (`AppError::message_key`).

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// No signed-in user, and the function needs one (HTTP 401).
    #[error("sign-in required")]
    Unauthorized,
    /// Signed in, but not allowed to do this (HTTP 403).
    #[error("forbidden")]
    Forbidden,
    /// The action needs the password again (re-authentication older than 10 minutes).
    #[error("re-authentication required")]
    ReauthRequired,
    /// Sign-in failed. Deliberately the same for an unknown account, a wrong password and
    /// a disabled account, so responses never reveal which accounts exist.
    #[error("wrong email, customer number or password")]
    InvalidCredentials,
    /// One input field is wrong; `code` names what is wrong (a translation key suffix).
    #[error("invalid input in {field}: {code}")]
    InvalidInput { field: String, code: String },
    /// A single-use link or code that has expired or was used already.
    #[error("link expired or used")]
    LinkExpired,
    /// The action does not fit the object's current state (a decided request, an
    /// extension after the first month…) (HTTP 409).
    #[error("not possible in the current state")]
    Conflict,
    /// The request itself could not be read (malformed body, unknown function).
    #[error("bad request")]
    BadRequest,
    /// Something failed on the server; the log holds the cause under `reference`.
    #[error("internal error, reference {reference}")]
    Internal { reference: String },
    /// The database cannot be reached (down, restarting, every connection busy): the
    /// service is temporarily unavailable (HTTP 503); the log holds the cause.
    #[error("service temporarily unavailable, reference {reference}")]
    Unavailable { reference: String },
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// Framework errors (decoding, routing) carry text about the request; none of it is
    /// sent back.
    fn from_server_fn_error(_value: ServerFnErrorErr) -> Self {
        AppError::BadRequest
    }
}

impl AppError {
    /// The translation key of the message shown to the user.
    pub fn message_key(&self) -> String {
        match self {
            AppError::Unauthorized => "error-unauthorized".into(),
            AppError::Forbidden => "error-forbidden".into(),
            AppError::ReauthRequired => "error-reauth-required".into(),
            AppError::InvalidCredentials => "error-invalid-credentials".into(),
            AppError::InvalidInput { code, .. } => format!("error-{code}"),
            AppError::LinkExpired => "error-link-expired".into(),
            AppError::BadRequest => "error-bad-request".into(),
            AppError::Conflict => "error-conflict".into(),
            AppError::Internal { .. } => "error-internal".into(),
            AppError::Unavailable { .. } => "error-unavailable".into(),
        }
    }

    /// The field an error belongs to, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            AppError::InvalidInput { field, .. } => Some(field),
            AppError::InvalidCredentials => Some("login"),
            AppError::ReauthRequired => Some("password"),
            _ => None,
        }
    }

    /// Logs `cause` under a fresh reference id and returns the error that carries only
    /// the id.
    #[cfg(feature = "ssr")]
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let reference = uuid::Uuid::new_v4().simple().to_string()[..12].to_uppercase();
        tracing::error!(reference = %reference, error = %cause, "internal error");
        AppError::Internal { reference }
    }

    /// Logs `cause` under a fresh reference id as the database being out of reach, and
    /// answers the page being rendered, if any, with 503.
    #[cfg(feature = "ssr")]
    pub fn unavailable(cause: impl std::fmt::Display) -> Self {
        let reference = uuid::Uuid::new_v4().simple().to_string()[..12].to_uppercase();
        tracing::error!(reference = %reference, error = %cause, "database unavailable");
        if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(axum::http::StatusCode::SERVICE_UNAVAILABLE);
            if let Ok(v) = axum::http::HeaderValue::from_str(RETRY_AFTER_SECONDS) {
                res.insert_header(axum::http::header::RETRY_AFTER, v);
            }
        }
        AppError::Unavailable { reference }
    }

    /// Like [`AppError::internal`] for an error with causes: the whole chain is logged
    /// (`outer: inner: root`), so the log says why, not only what.
    #[cfg(feature = "ssr")]
    pub fn internal_chain(cause: &(dyn std::error::Error + 'static)) -> Self {
        let mut text = cause.to_string();
        let mut source = cause.source();
        while let Some(inner) = source {
            text.push_str(": ");
            text.push_str(&inner.to_string());
            source = inner.source();
        }
        Self::internal(text)
    }

    /// Whether `s` has the form of the references [`AppError::internal`] makes (12
    /// upper-case hexadecimal digits).
    pub fn is_reference(s: &str) -> bool {
        s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    }

    /// The HTTP status of this error.
    #[cfg(feature = "ssr")]
    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::ReauthRequired => StatusCode::FORBIDDEN,
            AppError::InvalidCredentials
            | AppError::InvalidInput { .. }
            | AppError::BadRequest
            | AppError::LinkExpired => StatusCode::BAD_REQUEST,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::Internal { .. } => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Unavailable { .. } => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// How long a client should wait before trying again when the database is unavailable.
pub const RETRY_AFTER_SECONDS: &str = "5";

/// Whether a database error means the database is out of reach (down, restarting, every
/// connection busy) rather than that the statement failed.
#[cfg(feature = "ssr")]
pub fn database_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_) => true,
        // SQLSTATE class 08 (connection exception) and 57P (operator intervention: the
        // server shutting down, starting up or terminating the connection).
        sqlx::Error::Database(d) => d.code().is_some_and(|c| c.starts_with("08") || c.starts_with("57P")),
        _ => false,
    }
}

/// Converts database errors into [`AppError::Unavailable`] when the database is out of
/// reach and [`AppError::Internal`] otherwise, logging the cause.
#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        if database_unavailable(&e) {
            AppError::unavailable(&e)
        } else {
            AppError::internal_chain(&e)
        }
    }
}

/// An error answer of a route outside Leptos: the error's status and the error as JSON
/// (for an internal one, only its reference).
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        (self.status(), axum::Json(self)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_internal_error_crosses_the_wire_with_only_its_reference() {
        let e = AppError::Internal { reference: "ABC123".into() };
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, r#"{"Internal":{"reference":"ABC123"}}"#);
        assert_eq!(
            AppError::from_server_fn_error(ServerFnErrorErr::ServerError("db password x".into())),
            AppError::BadRequest
        );
    }

    #[test]
    fn only_references_of_the_generated_form_are_references() {
        assert!(AppError::is_reference("0A1B2C3D4E5F"));
        assert!(!AppError::is_reference("Call 0700 123 456 now"));
        assert!(!AppError::is_reference("0a1b2c3d4e5f"));
        assert!(!AppError::is_reference("0A1B2C3D4E5"));
    }
}
