//! Outgoing email through `lettre`: SMTP in production, a directory of `.eml` files in
//! development and tests (the "outbox"), so a reset link can be followed without a mail
//! server. Messages are plain text in the recipient's language; their content is never
//! logged.

use lettre::message::{header::ContentType, Mailbox, Message};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::PathBuf;

/// Where mail goes.
#[derive(Clone)]
pub enum Transport {
    /// Each message becomes `<uuid>.eml` in this directory.
    Outbox(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// The mailer every server function reaches through the request context.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// The portal's address as customers reach it, for links in messages.
    pub public_url: String,
}

impl Mailer {
    /// A mailer that writes to the `outbox` directory (created if missing).
    pub fn outbox(dir: PathBuf, from: &str, public_url: &str) -> Result<Self, String> {
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create the outbox {}: {e}", dir.display()))?;
        Ok(Self {
            transport: Transport::Outbox(AsyncFileTransport::new(dir)),
            from: from.parse().map_err(|e| format!("mail_from: {e}"))?,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// A mailer that sends through SMTP, e.g. `smtps://user:password@smtp.example.fi`
    /// or `smtp://relay.internal:25?tls=required` (lettre's URL format).
    pub fn smtp(url: &str, from: &str, public_url: &str) -> Result<Self, String> {
        let transport =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map_err(|e| format!("smtp_url: {e}"))?.build();
        Ok(Self {
            transport: Transport::Smtp(transport),
            from: from.parse().map_err(|e| format!("mail_from: {e}"))?,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// Sends a plain-text message to `to`.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), String> {
        // Errors name what failed, never the address: SMTP servers echo addresses in their
        // answers, and these texts go to the log.
        let to: Mailbox = to.parse().map_err(|_| "recipient address: not a valid address".to_owned())?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|_| "building the message failed".to_owned())?;
        match &self.transport {
            Transport::Outbox(t) => t.send(message).await.map(|_| ()).map_err(|e| format!("outbox: {e}")),
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| smtp_error_text(&e)),
        }
    }
}

/// What a log may say of an SMTP failure: its kind and reply code, never the server's
/// text (which often repeats the recipient's address).
pub fn smtp_error_text(e: &lettre::transport::smtp::Error) -> String {
    let kind = if e.is_permanent() {
        "permanent"
    } else if e.is_transient() {
        "transient"
    } else if e.is_timeout() {
        "timeout"
    } else if e.is_tls() {
        "tls"
    } else if e.is_client() {
        "client"
    } else {
        "connection"
    };
    match e.status() {
        Some(code) => format!("smtp: {kind} error, reply code {code}"),
        None => format!("smtp: {kind} error"),
    }
}
