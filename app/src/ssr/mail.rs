//! Outgoing email through `lettre`: SMTP in production, a directory of `.eml` files in
//! development and tests (the "outbox" directory), so a reset link can be followed
//! without a mail server. Messages are plain text in the recipient's language; their
//! content is never logged. Only the outbox worker (`ssr::outbox`) sends: every message
//! has the Message-ID of its job, so sending a job again is sending the same message.

use lettre::message::{header::ContentType, Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use std::path::PathBuf;

/// Where mail goes.
#[derive(Clone)]
pub enum Transport {
    /// Each message becomes `<job key>.eml` in this directory, written whole (a
    /// temporary file renamed), and the same file again when a job is sent again.
    Outbox(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Why a message was not sent: a text for the log (never an address) and whether
/// trying again can help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendError {
    pub permanent: bool,
    pub text: String,
}

impl SendError {
    fn permanent(text: &str) -> Self {
        Self { permanent: true, text: text.to_owned() }
    }
}

/// The outbox worker's mailer.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    /// Where letters by post go: the print service's drop directory (here a directory of
    /// `<job key>.txt` files); none, and a letter fails for staff to see.
    letters: Option<PathBuf>,
    from: Mailbox,
    /// The portal's address as customers reach it, for links in messages.
    pub public_url: String,
}

impl Mailer {
    /// A mailer that writes to the `outbox` directory (created if missing).
    pub fn outbox(dir: PathBuf, from: &str, public_url: &str) -> Result<Self, String> {
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create the outbox {}: {e}", dir.display()))?;
        Ok(Self {
            transport: Transport::Outbox(dir),
            letters: None,
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
            letters: None,
            from: from.parse().map_err(|e| format!("mail_from: {e}"))?,
            public_url: public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// The same mailer, posting letters into `dir` (made when the first letter goes).
    pub fn with_letters(mut self, dir: PathBuf) -> Self {
        self.letters = Some(dir);
        self
    }

    /// Posts letter `text` as job `key`: written whole to `<letters>/<key>.txt` (a
    /// temporary file renamed), the same file again when the job is sent again.
    pub async fn post_letter(&self, key: &str, text: &str) -> Result<(), SendError> {
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(SendError::permanent("job key: not a plain key"));
        }
        let Some(dir) = &self.letters else { return Err(SendError::permanent("no letter service configured")) };
        let part = dir.join(format!("{key}.part"));
        let whole = dir.join(format!("{key}.txt"));
        let written = async {
            tokio::fs::create_dir_all(dir).await?;
            tokio::fs::write(&part, text).await?;
            tokio::fs::rename(&part, &whole).await
        };
        written.await.map_err(|e| SendError { permanent: false, text: format!("letters: {}", e.kind()) })
    }

    /// Sends a plain-text message to `to` as the message of job `key` (its Message-ID
    /// and, in the outbox directory, its file name).
    pub async fn send_keyed(&self, key: &str, to: &str, subject: &str, body: String) -> Result<(), SendError> {
        // Errors name what failed, never the address: SMTP servers echo addresses in their
        // answers, and these texts go to the log.
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(SendError::permanent("job key: not a plain key"));
        }
        let to: Mailbox = to.parse().map_err(|_| SendError::permanent("recipient address: not a valid address"))?;
        let domain = self.from.email.domain().to_owned();
        let message = Message::builder()
            .message_id(Some(format!("<{key}@{domain}>")))
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|_| SendError::permanent("building the message failed"))?;
        match &self.transport {
            Transport::Outbox(dir) => {
                let part = dir.join(format!("{key}.part"));
                let whole = dir.join(format!("{key}.eml"));
                let written = async {
                    tokio::fs::write(&part, message.formatted()).await?;
                    tokio::fs::rename(&part, &whole).await
                };
                written.await.map_err(|e| SendError { permanent: false, text: format!("outbox: {}", e.kind()) })
            }
            Transport::Smtp(t) => t
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError { permanent: e.is_permanent(), text: smtp_error_text(&e) }),
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
