//! The wire types of `api::security`: what its server functions take and answer.

use serde::{Deserialize, Serialize};

/// What the second-factor page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondFactorState {
    pub enabled_since: Option<chrono::DateTime<chrono::Utc>>,
    pub recovery_codes_left: i64,
    /// Staff cannot turn the factor off.
    pub mandatory: bool,
    /// Whether the password was given again within the last 10 minutes.
    pub reauth_fresh: bool,
    pub setup: Option<SetupInfo>,
    /// Recovery codes just made, shown this once.
    pub fresh_codes: Vec<String>,
}

/// A secret being set up: as text, as an `otpauth://` link and as a QR code (SVG).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupInfo {
    pub secret: String,
    pub url: String,
    pub qr_svg: String,
}
