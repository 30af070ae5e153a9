//! Settings, layered: built-in defaults, then a TOML file (`tietoni.toml` in the working
//! directory, or the path in `TIETONI_CONFIG`), then environment variables prefixed
//! `TIETONI_` (e.g. `TIETONI_LISTEN`), with the conventional `DATABASE_URL` last.

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Serialize, Deserialize)]
pub struct Settings {
    /// `sqlite:path/file.db` (default) or `postgres://user:pass@host/db`.
    pub database_url: String,
    /// PostgreSQL only: the owner of the schema, who runs the migrations
    /// (`TIETONI_MIGRATION_DATABASE_URL`). With it, `database_url` names the app's own
    /// role, which `tietoni grant-app-role` gives only what the app needs: no UPDATE,
    /// DELETE or TRUNCATE on the audit log and no way to drop its triggers.
    pub migration_database_url: Option<String>,
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The register description (privacy notice as data).
    pub register_file: PathBuf,
    /// Where cargo-leptos put the compiled site (CSS, wasm, JS, public files).
    pub site_root: PathBuf,
    /// `pretty` for people, `json` for log collectors.
    pub log_format: LogFormat,
    /// Database pool size.
    pub max_connections: u32,
    /// The portal is served over HTTPS: every cookie is `Secure` (the session cookie with
    /// the `__Host-` prefix) and answers carry HSTS. On by default; only plain-HTTP local
    /// use turns it off, and the start-up log says so.
    pub secure_cookies: bool,
    /// Sign-in attempts one IP address may make per minute (a burst of this many, then
    /// refilled at this rate); more get 429 with Retry-After.
    pub sign_in_attempts_per_minute: u32,
    /// The portal's address as users reach it, for links in emails.
    pub public_url: String,
    /// The sender of the portal's emails.
    pub mail_from: String,
    /// SMTP server for email (lettre URL, e.g. `smtps://user:password@smtp.example.fi`).
    /// Without it, email is written as `.eml` files to `outbox_dir` (development, tests).
    pub smtp_url: Option<String>,
    /// Where email (and activation letters) go when there is no SMTP server.
    pub outbox_dir: PathBuf,
    /// The reverse proxies in front of the portal whose `X-Forwarded-For` is believed,
    /// as addresses or CIDR ranges separated by commas (`TIETONI_TRUSTED_PROXIES=
    /// "10.0.0.0/8, 2001:db8:ffff::/48"`). Empty (the default): the connecting address is
    /// the client and the header is ignored. Behind a proxy that is not listed, every
    /// client would share the proxy's address in the sign-in limits.
    pub trusted_proxies: String,
    /// Hours between retention runs inside `serve` (privacy notice §10): every instance
    /// checks every ten minutes and runs it when the latest run is this old; on
    /// PostgreSQL one instance at a time. 0 turns the schedule off (then run
    /// `tietoni retention run` from cron or a job scheduler).
    pub retention_every_hours: u32,
    /// Seconds between this instance's looks into the outbox (mail written with the
    /// changes it belongs to). A job committed by this instance wakes its worker at once;
    /// one committed by another instance is found within this time. 0: this instance
    /// sends nothing (another instance, or a dedicated one, does).
    pub outbox_poll_seconds: u32,
    /// Strong electronic identification (OpenID Connect): the provider's issuer URL, e.g.
    /// a Finnish Trust Network broker's. Unset (the default): the portal offers none.
    pub oidc_issuer: Option<String>,
    /// The portal's client id at the provider.
    pub oidc_client_id: String,
    /// The client secret (sent with HTTP Basic authentication to the token endpoint).
    pub oidc_client_secret: Option<String>,
    /// The Ed25519 seed (64 hex digits) that signs the audit log's checkpoints when
    /// `tietoni audit prune` removes its oldest rows; `tietoni audit key` makes one.
    /// Without it nothing is removed from the log.
    pub audit_signing_key: Option<String>,
    /// The ID token claim carrying the Finnish personal identity code.
    pub oidc_identity_claim: String,
    /// The assurance levels (`acr`) accepted, separated by spaces; a token with any other
    /// level (or none) is refused.
    pub oidc_acr_values: String,
    /// Scopes asked for besides `openid`, separated by spaces.
    pub oidc_scopes: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: "sqlite:tietoni.db".into(),
            migration_database_url: None,
            listen: std::env::var("LEPTOS_SITE_ADDR")
                .ok()
                .and_then(|a| a.parse().ok())
                .unwrap_or_else(|| ([127, 0, 0, 1], 3000).into()),
            register_file: "register/elmonet.toml".into(),
            site_root: std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into()).into(),
            log_format: LogFormat::Pretty,
            max_connections: 10,
            // Secure unless plain-HTTP local use opts out (`TIETONI_SECURE_COOKIES=false`).
            secure_cookies: true,
            sign_in_attempts_per_minute: 20,
            public_url: "http://127.0.0.1:3000".into(),
            mail_from: "Tietoni <tietoni@elmonet.example>".into(),
            smtp_url: None,
            outbox_dir: ".tietoni/outbox".into(),
            trusted_proxies: String::new(),
            retention_every_hours: 24,
            outbox_poll_seconds: 5,
            oidc_issuer: None,
            oidc_client_id: String::new(),
            oidc_client_secret: None,
            audit_signing_key: None,
            oidc_identity_claim: "hetu".into(),
            // The Finnish Trust Network's substantial and high levels (bank IDs, mobile
            // certificate, ID card).
            oidc_acr_values: "http://ftn.ficora.fi/2017/loa2 http://ftn.ficora.fi/2017/loa3".into(),
            oidc_scopes: "profile".into(),
        }
    }
}

impl Settings {
    /// Reads the layered settings.
    pub fn load() -> Result<Self, Box<figment::Error>> {
        let file = std::env::var("TIETONI_CONFIG").unwrap_or_else(|_| "tietoni.toml".into());
        Figment::from(Serialized::defaults(Settings::default()))
            .merge(Toml::file(file))
            .merge(Env::prefixed("TIETONI_"))
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .extract()
            .map_err(Box::new)
    }
}

/// Shows the database URL without its password: settings are logged at start.
impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &redact_url(&self.database_url))
            .field("migration_database_url", &self.migration_database_url.as_deref().map(redact_url))
            .field("listen", &self.listen)
            .field("register_file", &self.register_file)
            .field("site_root", &self.site_root)
            .field("log_format", &self.log_format)
            .field("max_connections", &self.max_connections)
            .field("secure_cookies", &self.secure_cookies)
            .field("sign_in_attempts_per_minute", &self.sign_in_attempts_per_minute)
            .field("public_url", &self.public_url)
            .field("mail_from", &self.mail_from)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("outbox_dir", &self.outbox_dir)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("retention_every_hours", &self.retention_every_hours)
            .field("outbox_poll_seconds", &self.outbox_poll_seconds)
            .field("oidc_issuer", &self.oidc_issuer)
            .field("oidc_client_id", &self.oidc_client_id)
            .field("oidc_client_secret", &self.oidc_client_secret.as_ref().map(|_| "***"))
            .field("audit_signing_key", &self.audit_signing_key.as_ref().map(|_| "***"))
            .field("oidc_identity_claim", &self.oidc_identity_claim)
            .field("oidc_acr_values", &self.oidc_acr_values)
            .field("oidc_scopes", &self.oidc_scopes)
            .finish()
    }
}

impl Settings {
    /// The `trusted_proxies` setting as ranges; a bad entry is an error naming it.
    pub fn trusted_proxy_ranges(&self) -> Result<Vec<app::domain::IpRange>, String> {
        self.trusted_proxies
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|e| app::domain::IpRange::parse(e).map_err(|err| format!("trusted_proxies: {e:?}: {err}")))
            .collect()
    }

    /// The audit log's signing key, or `None` when not set; a key set that is not 64 hex
    /// digits is an error (never echoing it).
    pub fn audit_key(&self) -> Result<Option<app::ssr::audit_checkpoint::AuditKey>, String> {
        match self.audit_signing_key.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
            None => Ok(None),
            Some(seed) => app::ssr::audit_checkpoint::AuditKey::from_hex(seed)
                .map(Some)
                .ok_or_else(|| "audit_signing_key: not 64 hex digits (make one with `tietoni audit key`)".into()),
        }
    }
}

impl Settings {
    /// Strong electronic identification as set, or `None` when no provider is set; a
    /// provider set with unusable settings is an error naming the setting.
    pub fn eid(&self) -> Result<Option<app::ssr::eid::Eid>, String> {
        let Some(issuer) = self.oidc_issuer.as_deref().map(str::trim).filter(|i| !i.is_empty()) else {
            return Ok(None);
        };
        let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
        let config = app::ssr::eid::EidConfig {
            issuer: issuer.to_owned(),
            client_id: self.oidc_client_id.trim().to_owned(),
            client_secret: self.oidc_client_secret.clone().filter(|s| !s.is_empty()),
            redirect_url: format!("{}{}", self.public_url.trim_end_matches('/'), app::paths::EID_RETURN_PATH),
            identity_claim: self.oidc_identity_claim.trim().to_owned(),
            acr_values: words(&self.oidc_acr_values),
            scopes: words(&self.oidc_scopes),
        };
        app::ssr::eid::Eid::new(config).map(Some)
    }
}

/// Replaces the user-info part of a URL (`user:password@`) with `***@`.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            format!("{}***{}", &url[..scheme_end + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_database_password() {
        let s = Settings {
            database_url: "postgres://tietoni:s3cret@db.internal:5432/tietoni".into(),
            ..Settings::default()
        };
        let shown = format!("{s:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(!shown.contains("tietoni:"), "{shown}");
        let s = Settings { oidc_client_secret: Some("oidc-s3cret".into()), ..Settings::default() };
        assert!(!format!("{s:?}").contains("oidc-s3cret"));
        let seed = "ab".repeat(32);
        let s = Settings { audit_signing_key: Some(seed.clone()), ..Settings::default() };
        assert!(!format!("{s:?}").contains(&seed));
        assert!(s.audit_key().unwrap().is_some());
        let bad = Settings { audit_signing_key: Some("s3cret".into()), ..Settings::default() };
        assert!(!bad.audit_key().unwrap_err().contains("s3cret"), "the error never echoes the key");
        assert!(shown.contains("db.internal:5432/tietoni"));
        assert_eq!(redact_url("sqlite:tietoni.db"), "sqlite:tietoni.db");
    }

    #[test]
    fn trusted_proxies_are_ranges_and_a_bad_one_is_named() {
        let with = |v: &str| Settings { trusted_proxies: v.into(), ..Settings::default() }.trusted_proxy_ranges();
        assert_eq!(with("").unwrap(), vec![]);
        assert_eq!(with(" 10.0.0.0/8 , 2001:db8::/32,").unwrap().len(), 2);
        assert!(with("10.0.0.0/8, proxy.internal").unwrap_err().contains("proxy.internal"));
        assert!(with("10.0.0.1/8").is_err(), "host bits set");
    }
}
