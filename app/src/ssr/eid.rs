//! Strong electronic identification: the portal as an OpenID Connect relying party of a
//! Finnish Trust Network broker (bank IDs and the mobile certificate).
//!
//! Authorization code flow with PKCE; `state`, `nonce` and the PKCE verifier are kept in
//! the visitor's server-side session ([`Pending`]) and checked on return. The ID token's
//! signature is checked against the provider's published keys (fetched again once when
//! a token names a key not seen yet: key rotation), and its issuer, audience, expiry,
//! time of issue, nonce and assurance level (`acr`) are checked by the `openidconnect`
//! crate before the identity code claim is read. Nothing here logs a claim.

use crate::domain::IdentityCode;
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthenticationContextClass, AuthorizationCode, Client, ClientId, ClientSecret, CsrfToken,
    EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields, IssuerUrl, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse,
};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The session key of a started identification.
pub const PENDING_KEY: &str = "eid_pending";
/// How long the person may spend at the provider before the started flow is void.
pub const FLOW_WINDOW_SECONDS: i64 = 600;
/// How old an ID token may be when it arrives (its `iat`), and how far in the future.
const MAX_TOKEN_AGE: chrono::Duration = chrono::Duration::minutes(5);
const MAX_CLOCK_AHEAD: chrono::Duration = chrono::Duration::minutes(1);
/// How long the provider's metadata and keys are used before they are fetched again.
const METADATA_TTL: Duration = Duration::from_secs(3600);
/// At most one extra fetch of the keys this often, however many tokens name unknown keys.
const KEY_REFRESH_MIN_INTERVAL: Duration = Duration::from_secs(60);

/// What the operator sets (see the README's "Strong electronic identification").
#[derive(Clone, Debug)]
pub struct EidConfig {
    /// The provider's issuer URL; its discovery document is at
    /// `<issuer>/.well-known/openid-configuration`.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// Where the provider sends the browser back: `<public_url>/tunnistaudu/paluu`.
    pub redirect_url: String,
    /// The ID token claim that carries the Finnish personal identity code.
    pub identity_claim: String,
    /// The assurance levels accepted, in the order they are asked for.
    pub acr_values: Vec<String>,
    /// Scopes asked for besides `openid`.
    pub scopes: Vec<String>,
}

/// Every other claim of the ID token, by name: the identity code's claim name is a
/// setting, so it cannot be a field.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OtherClaims {
    #[serde(flatten)]
    by_name: HashMap<String, serde_json::Value>,
}
impl AdditionalClaims for OtherClaims {}

type TokenFields = IdTokenFields<
    OtherClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type TokenResponse = StandardTokenResponse<TokenFields, CoreTokenType>;
type EidClient = Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// Why an identification was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    /// Signing in (or creating the account on first use).
    SignIn,
    /// A signed-in customer confirming who they are before a sensitive action.
    Confirm,
    /// A person who made a request without an account proving who they are for it.
    Requester,
}

/// A started identification, kept in the session until the browser returns.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Pending {
    state: String,
    nonce: String,
    verifier: String,
    pub purpose: Purpose,
    /// A local path to return to afterwards.
    pub next: Option<String>,
    started_at: i64,
}

/// A person the provider identified, with the assurance level it vouched for.
#[derive(Debug)]
pub struct Identified {
    pub identity_code: IdentityCode,
    pub acr: String,
}

/// Why an identification was refused. The code goes into the sign-in page's address
/// (`?tunnistus=<code>`) and picks its translated explanation; it says nothing of who
/// the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The person cancelled at the provider (or the provider refused them).
    Cancelled,
    /// The browser came back without the flow this session started (a replayed or
    /// forged return, or a second tab), or after the flow's time ran out.
    Flow,
    /// The ID token was not issued for this sign-in (its `nonce`).
    Nonce,
    /// The ID token's signature does not hold: it was altered or not from the provider.
    Signature,
    /// The ID token had expired or was issued too long ago.
    Expired,
    /// The provider vouched for a lower assurance level than the portal accepts.
    Assurance,
    /// The token carried no valid identity code.
    NoIdentityCode,
    /// The provider could not be reached or answered with an error.
    Provider,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Cancelled => "peruttu",
            Refusal::Flow => "vanhentunut",
            Refusal::Nonce => "ei-tama-tunnistus",
            Refusal::Signature => "vaara-allekirjoitus",
            Refusal::Expired => "vanha-tunniste",
            Refusal::Assurance => "taso",
            Refusal::NoIdentityCode => "ei-tunnusta",
            Refusal::Provider => "palvelu",
        }
    }
}

struct Cached {
    metadata: CoreProviderMetadata,
    fetched: Instant,
}

/// The relying party: settings, an HTTP client that never follows redirects, and the
/// provider's metadata and keys, cached.
pub struct Eid {
    config: EidConfig,
    issuer: IssuerUrl,
    redirect: RedirectUrl,
    http: reqwest::Client,
    cached: tokio::sync::RwLock<Option<Cached>>,
    last_key_refresh: std::sync::Mutex<Option<Instant>>,
}

impl Eid {
    /// Checks the settings; the provider itself is first asked when someone starts.
    pub fn new(config: EidConfig) -> Result<Self, String> {
        let issuer = IssuerUrl::new(config.issuer.clone()).map_err(|e| format!("oidc_issuer: {e}"))?;
        let redirect = RedirectUrl::new(config.redirect_url.clone()).map_err(|e| format!("redirect URL: {e}"))?;
        if config.client_id.is_empty() {
            return Err("oidc_client_id is empty".into());
        }
        if config.acr_values.is_empty() {
            return Err("oidc_acr_values is empty: no assurance level would be accepted".into());
        }
        let http = reqwest::Client::builder()
            // Following redirects would let a provider's answer send the portal anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("HTTP client: {e}"))?;
        Ok(Self {
            config,
            issuer,
            redirect,
            http,
            cached: tokio::sync::RwLock::new(None),
            last_key_refresh: std::sync::Mutex::new(None),
        })
    }

    async fn metadata(&self, refresh: bool) -> Result<CoreProviderMetadata, Refusal> {
        if !refresh {
            if let Some(c) = self.cached.read().await.as_ref().filter(|c| c.fetched.elapsed() < METADATA_TTL) {
                return Ok(c.metadata.clone());
            }
        }
        let metadata = CoreProviderMetadata::discover_async(self.issuer.clone(), &self.http).await.map_err(|e| {
            tracing::warn!(error = %e, "the identification provider's metadata could not be read");
            Refusal::Provider
        })?;
        *self.cached.write().await = Some(Cached { metadata: metadata.clone(), fetched: Instant::now() });
        Ok(metadata)
    }

    fn client(&self, metadata: CoreProviderMetadata) -> EidClient {
        EidClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            self.config.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(self.redirect.clone())
    }

    /// The provider's address to send the browser to, and what to keep in the session.
    /// `ui_locales` asks the provider to speak the portal's language.
    pub async fn start(
        &self,
        purpose: Purpose,
        next: Option<String>,
        ui_locale: &str,
    ) -> Result<(String, Pending), Refusal> {
        let client = self.client(self.metadata(false).await?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .set_pkce_challenge(challenge)
            .add_extra_param("ui_locales", ui_locale);
        for scope in &self.config.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        for acr in &self.config.acr_values {
            request = request.add_auth_context_value(AuthenticationContextClass::new(acr.clone()));
        }
        if purpose != Purpose::SignIn {
            // A confirmation is a fresh identification, never the provider's own session.
            request = request.add_prompt(CoreAuthPrompt::Login);
        }
        let (url, state, nonce) = request.url();
        let pending = Pending {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            verifier: verifier.secret().clone(),
            purpose,
            next: next.filter(|n| crate::domain::is_local_path(n)),
            started_at: chrono::Utc::now().timestamp(),
        };
        Ok((url.to_string(), pending))
    }

    /// Checks the return from the provider against the started flow, exchanges the code
    /// and checks the ID token; the identity code it vouches for, or why not.
    pub async fn finish(&self, pending: &Pending, state: &str, code: &str) -> Result<Identified, Refusal> {
        let now = chrono::Utc::now();
        if now.timestamp() - pending.started_at > FLOW_WINDOW_SECONDS || !same_secret(state, &pending.state) {
            return Err(Refusal::Flow);
        }
        let client = self.client(self.metadata(false).await?);
        let token: TokenResponse = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| {
                tracing::warn!(error = %e, "the identification provider has no token endpoint");
                Refusal::Provider
            })?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                // The provider's error text names no person; the code is not logged.
                tracing::warn!(error = %e, "the identification provider refused the code");
                Refusal::Provider
            })?;
        let id_token = openidconnect::TokenResponse::id_token(&token).ok_or(Refusal::Provider)?;
        let nonce = Nonce::new(pending.nonce.clone());
        let mut result = self.verify(&client, id_token, &nonce, now);
        if result.as_ref().is_err_and(|r| r.0) && self.may_refresh_keys() {
            // The token names a key this instance has not seen: the provider rotated its
            // keys. Fetch them again (once) and check once more.
            let client = self.client(self.metadata(true).await?);
            result = self.verify(&client, id_token, &nonce, now);
        }
        let claims = result.map_err(|(_, refusal)| refusal)?;
        let acr = claims.auth_context_ref().map(|a| a.as_str().to_owned()).unwrap_or_default();
        let identity_code = claims
            .additional_claims()
            .by_name
            .get(&self.config.identity_claim)
            .and_then(|v| v.as_str())
            .and_then(|s| IdentityCode::parse(s.trim()).ok())
            .ok_or(Refusal::NoIdentityCode)?;
        Ok(Identified { identity_code, acr })
    }

    /// The verified claims, or (whether a key was missing, why refused).
    fn verify<'t>(
        &self,
        client: &EidClient,
        id_token: &'t openidconnect::IdToken<
            OtherClaims,
            CoreGenderClaim,
            CoreJweContentEncryptionAlgorithm,
            CoreJwsSigningAlgorithm,
        >,
        nonce: &Nonce,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<&'t openidconnect::IdTokenClaims<OtherClaims, CoreGenderClaim>, (bool, Refusal)> {
        use openidconnect::{ClaimsVerificationError as E, SignatureVerificationError as S};
        let accepted = self.config.acr_values.clone();
        let verifier = client
            .id_token_verifier()
            .set_time_fn(move || now)
            .set_issue_time_verifier_fn(move |iat| {
                if iat < now - MAX_TOKEN_AGE || iat > now + MAX_CLOCK_AHEAD {
                    Err("issued outside the accepted window".into())
                } else {
                    Ok(())
                }
            })
            .set_auth_context_verifier_fn(move |acr| match acr {
                Some(acr) if accepted.iter().any(|a| a == acr.as_str()) => Ok(()),
                _ => Err("assurance level not accepted".into()),
            });
        id_token.claims(&verifier, nonce).map_err(|e| {
            let refusal = match &e {
                E::InvalidNonce(_) => Refusal::Nonce,
                E::Expired(_) => Refusal::Expired,
                E::InvalidAuthContext(_) => Refusal::Assurance,
                // A bad signature, and any other claim that does not hold (issuer,
                // audience): the token is not the provider's answer to this portal.
                _ => Refusal::Signature,
            };
            // The error names the check, never a claim's value.
            tracing::warn!(refusal = refusal.code(), error = %e, "an ID token was refused");
            (matches!(e, E::SignatureVerification(S::NoMatchingKey)), refusal)
        })
    }

    fn may_refresh_keys(&self) -> bool {
        let mut last = self.last_key_refresh.lock().unwrap_or_else(|p| p.into_inner());
        if last.is_some_and(|at| at.elapsed() < KEY_REFRESH_MIN_INTERVAL) {
            return false;
        }
        *last = Some(Instant::now());
        true
    }
}

/// Compares two secrets in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> EidConfig {
        EidConfig {
            issuer: "https://tunnistus.example.fi/oidc".into(),
            client_id: "tietoni".into(),
            client_secret: Some("s".into()),
            redirect_url: "https://tietoni.example.fi/tunnistaudu/paluu".into(),
            identity_claim: "hetu".into(),
            acr_values: vec!["http://ftn.ficora.fi/2017/loa2".into()],
            scopes: vec!["profile".into()],
        }
    }

    #[test]
    fn settings_are_checked_up_front() {
        assert!(Eid::new(config()).is_ok());
        assert!(Eid::new(EidConfig { issuer: "not a url".into(), ..config() }).is_err());
        assert!(Eid::new(EidConfig { client_id: String::new(), ..config() }).is_err());
        assert!(Eid::new(EidConfig { acr_values: vec![], ..config() }).is_err());
    }

    #[test]
    fn refusal_codes_are_distinct_and_say_nothing_of_the_person() {
        let all = [
            Refusal::Cancelled,
            Refusal::Flow,
            Refusal::Nonce,
            Refusal::Signature,
            Refusal::Expired,
            Refusal::Assurance,
            Refusal::NoIdentityCode,
            Refusal::Provider,
        ];
        let codes: std::collections::HashSet<_> = all.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), all.len());
        assert!(codes.iter().all(|c| c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }
}
