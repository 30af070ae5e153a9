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
        }
    }
}

/// Converts database errors into [`AppError::Internal`], logging the cause.
#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::internal(e)
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
}
