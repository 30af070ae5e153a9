//! The transactional outbox (issue #19): mail that belongs to a change is written as a
//! job in the change's own transaction ([`OutboxTx`]), and workers in every instance
//! send it after the commit ([`work_once`], [`worker`]). A crash after the commit loses
//! nothing (the job is there for the next worker); a rolled-back change sends nothing.
//!
//! A worker takes due jobs under a lease (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
//! workers of several instances never take the same job; SQLite: the write lock), sends
//! each, and marks it sent, keeping no recipient and no content. A failure is tried again
//! after a growing pause and, past [`MAX_ATTEMPTS`] or on a permanent refusal, is kept as
//! failed for staff to see ([`status`]) and try again ([`retry`]). A job whose worker
//! died holding it is taken again when its lease ends: the message is rendered again
//! from the same fields with the same Message-ID, so it is the same message (the file
//! transport overwrites its own file; mail systems drop a duplicate by its id).

use super::db::{BeginWrite, Db};
use super::mail::{Mailer, SendError};
use crate::domain::ids::{CustomerId, StaffId};
use crate::domain::Lang;
use crate::with_db;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// How many times a job is tried before it is kept as failed.
pub const MAX_ATTEMPTS: i32 = 8;

/// How long a worker holds a job it took; past it another worker may take it.
pub const LEASE_SECONDS: i64 = 120;

/// The pause before try number `attempts + 1`: 30 s doubling, at most an hour (the eight
/// tries span about two hours).
pub fn backoff(attempts: i32) -> Duration {
    let doublings = attempts.clamp(1, 8) - 1;
    Duration::seconds((30_i64 << doublings).min(3600))
}

/// The named values a message's texts are filled with. `link_path` becomes `link`, the
/// portal's public address followed by the path, when the message is sent.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct MailArgs {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// A letter's addressee, customer number, one-time code and how many days it works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// A notice to a recipient (Art. 19): what the change was (`rectification`,
    /// `erasure`, `restriction`), the categories it touched, the days of the disclosures
    /// it concerns and the controller's contact for the changed data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

impl MailArgs {
    fn fluent(&self, public_url: &str) -> Vec<(&'static str, String)> {
        let mut args = Vec::new();
        if let Some(r) = &self.reference {
            args.push(("reference", r.clone()));
        }
        if let Some(p) = &self.link_path {
            args.push(("link", format!("{public_url}{p}")));
        }
        if let Some(a) = &self.answer {
            args.push(("answer", a.clone()));
        }
        let named = [
            ("name", &self.name),
            ("customer_number", &self.customer_number),
            ("code", &self.code),
            ("change", &self.change),
            ("categories", &self.categories),
            ("date", &self.date),
            ("contact", &self.contact),
        ];
        for (name, value) in named {
            if let Some(v) = value {
                args.push((name, v.clone()));
            }
        }
        if let Some(d) = self.days {
            args.push(("days", d.to_string()));
        }
        args
    }
}

/// A mail to send after the change commits: texts `<template>-subject` and
/// `<template>-body` in `lang`, filled with `args`.
#[derive(Clone, Debug)]
pub struct Mail<'a> {
    pub template: &'a str,
    pub lang: Lang,
    pub to: &'a str,
    pub args: MailArgs,
    /// The customer the mail concerns, so an erasure can find jobs still waiting.
    pub customer_id: Option<CustomerId>,
}

/// The subject and body of a job's message.
pub fn render(template: &str, lang: Lang, args: &MailArgs, public_url: &str) -> (String, String) {
    let args = args.fluent(public_url);
    let subject = crate::i18n::t_args(lang, &format!("{template}-subject"), &args);
    let body = crate::i18n::t_args(lang, &format!("{template}-body"), &args);
    (subject, body)
}

/// Writing jobs inside an open transaction of either backend.
#[allow(async_fn_in_trait)]
pub trait OutboxTx {
    /// Adds `mail` as a job that commits (or not) with the transaction.
    async fn enqueue_mail(&mut self, mail: &Mail<'_>, now: DateTime<Utc>) -> Result<(), sqlx::Error>;

    /// Adds a letter by post (kind `letter`): `letter.to` is the postal address block,
    /// `letter.template` the text key of its body.
    async fn enqueue_letter(&mut self, letter: &Mail<'_>, now: DateTime<Utc>) -> Result<(), sqlx::Error>;

    /// Adds the notice that tells a recipient of a change (Art. 19, kind `mail`): once it
    /// is sent, the worker marks `recipient_notifications` row `notification_id` told.
    async fn enqueue_recipient_notice(
        &mut self,
        notice: &Mail<'_>,
        notification_id: i64,
        now: DateTime<Utc>,
    ) -> Result<(), sqlx::Error>;

    /// Adds the mail that tells the person behind request `request_id` (`reference`) of
    /// news (`what`, a `request-mail-<what>` text): the register customer's account
    /// address in their language, linking to the request in the portal; else the address
    /// of the requester who made it without an account, linking to the public status
    /// page. Nothing when there is no usable address.
    async fn enqueue_request_news(
        &mut self,
        request_id: i64,
        reference: &str,
        what: &str,
        now: DateTime<Utc>,
    ) -> Result<(), sqlx::Error>;
}

/// Inserts a job of `kind` (`mail` or `letter`) in the transaction `$tx`, telling the
/// recipient notification `$notification` (if any) when sent.
macro_rules! enqueue_job {
    ($tx:expr, $kind:literal, $mail:expr, $notification:expr, $now:expr) => {{
        let args = serde_json::to_string(&$mail.args).expect("mail arguments serialise");
        sqlx::query(concat!(
            "INSERT INTO outbox (idempotency_key, kind, template, lang, recipient, args, customer_id, created_at, next_attempt_at,
                                 recipient_notification_id)
             VALUES ($1, '",
            $kind,
            "', $2, $3, $4, $5, $6, $7, $7, $8)"
        ))
        .bind(uuid::Uuid::new_v4().simple().to_string())
        .bind($mail.template)
        .bind($mail.lang.as_str())
        .bind($mail.to)
        .bind(args)
        .bind($mail.customer_id)
        .bind($now)
        .bind($notification)
        .execute(&mut **$tx)
        .await?;
        Ok(())
    }};
}

macro_rules! outbox_tx {
    ($db:ty) => {
        impl OutboxTx for sqlx::Transaction<'_, $db> {
            async fn enqueue_mail(&mut self, mail: &Mail<'_>, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
                enqueue_job!(self, "mail", mail, None::<i64>, now)
            }

            async fn enqueue_letter(&mut self, letter: &Mail<'_>, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
                enqueue_job!(self, "letter", letter, None::<i64>, now)
            }

            async fn enqueue_recipient_notice(
                &mut self,
                notice: &Mail<'_>,
                notification_id: i64,
                now: DateTime<Utc>,
            ) -> Result<(), sqlx::Error> {
                enqueue_job!(self, "mail", notice, Some(notification_id), now)
            }

            async fn enqueue_request_news(
                &mut self,
                request_id: i64,
                reference: &str,
                what: &str,
                now: DateTime<Utc>,
            ) -> Result<(), sqlx::Error> {
                let account: Option<(String, String, CustomerId)> = sqlx::query_as(
                    "SELECT a.email, c.language, c.id FROM requests r JOIN customers c ON c.id = r.customer_id
                     JOIN accounts a ON a.customer_id = c.id
                     WHERE r.id = $1 AND NOT a.disabled AND a.email NOT LIKE '%@invalid'",
                )
                .bind(request_id)
                .fetch_optional(&mut **self)
                .await?;
                let (to, lang, customer_id, link_path) = match account {
                    Some((to, lang, customer_id)) => {
                        (to, lang, Some(customer_id), format!("{}/{reference}", crate::paths::REQUESTS_PATH))
                    }
                    None => {
                        let requester: Option<(String, String, Option<CustomerId>)> = sqlx::query_as(
                            "SELECT q.email, q.language, r.customer_id FROM requesters q JOIN requests r ON r.id = q.request_id
                             WHERE q.request_id = $1 AND q.email IS NOT NULL",
                        )
                        .bind(request_id)
                        .fetch_optional(&mut **self)
                        .await?;
                        let Some((to, lang, customer_id)) = requester else { return Ok(()) };
                        (to, lang, customer_id, crate::paths::PUBLIC_STATUS_PATH.to_owned())
                    }
                };
                let template = format!("request-mail-{what}");
                let args = MailArgs { reference: Some(reference.to_owned()), link_path: Some(link_path), ..Default::default() };
                let mail = Mail { template: &template, lang: lang.parse().unwrap_or_default(), to: &to, args, customer_id };
                self.enqueue_mail(&mail, now).await
            }
        }
    };
}
outbox_tx!(sqlx::Sqlite);
outbox_tx!(sqlx::Postgres);

/// Adds `mail` in a transaction of its own.
pub async fn enqueue(db: &Db, mail: &Mail<'_>, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        tx.enqueue_mail(mail, now).await?;
        tx.commit().await
    })
}

/// A job a worker took.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Job {
    pub id: i64,
    pub idempotency_key: String,
    /// `mail`, or `letter` (by post).
    pub kind: String,
    pub template: String,
    pub lang: String,
    pub recipient: String,
    pub args: String,
    pub attempts: i32,
}

/// Takes up to `limit` due jobs that no live worker holds, under a lease until
/// `now + LEASE_SECONDS`, counting the try.
pub async fn claim(db: &Db, now: DateTime<Utc>, limit: i64) -> Result<Vec<Job>, sqlx::Error> {
    let until = now + Duration::seconds(LEASE_SECONDS);
    let skip_locked = if matches!(db, Db::Postgres(_)) { " FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!(
        "UPDATE outbox SET locked_until = $1, attempts = attempts + 1
         WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2
                      AND (locked_until IS NULL OR locked_until <= $2)
                      ORDER BY next_attempt_at, id LIMIT $3{skip_locked})
         RETURNING id, idempotency_key, kind, template, lang, recipient, args, attempts"
    );
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let jobs: Vec<Job> = sqlx::query_as(&sql).bind(until).bind(now).bind(limit).fetch_all(&mut *tx).await?;
        tx.commit().await?;
        Ok(jobs)
    })
}

/// Marks job `id` sent: its recipient and content are dropped, its key and times stay.
/// A notice to a recipient (Art. 19) marks the recipient told in the same transaction,
/// with an audit row by the system (unless staff marked it told first).
pub async fn mark_sent(db: &Db, id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    use super::audit::{Actor, AuditTx, Entry};
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let notification: Option<Option<i64>> = sqlx::query_scalar(
            "UPDATE outbox SET status = 'sent', sent_at = $2, recipient = '', args = '{}', locked_until = NULL, last_error = NULL
             WHERE id = $1 RETURNING recipient_notification_id",
        ).bind(id).bind(now).fetch_optional(&mut *tx).await?;
        if let Some(notification) = notification.flatten() {
            let told: Option<(i64, Option<CustomerId>, String)> = sqlx::query_as(
                "UPDATE recipient_notifications SET notified_at = $1 WHERE id = $2 AND notified_at IS NULL
                 RETURNING request_id,
                           (SELECT r.customer_id FROM requests r WHERE r.id = recipient_notifications.request_id),
                           (SELECT r.reference FROM requests r WHERE r.id = recipient_notifications.request_id)",
            ).bind(now).bind(notification).fetch_optional(&mut *tx).await?;
            if let Some((request_id, customer_id, reference)) = told {
                let detail = format!("recipient_notified/{reference}");
                let entry = Entry::new(Actor::System, None, "request_handled")
                    .customer(customer_id).request(Some(request_id)).detail(&detail);
                tx.append_audit(&entry).await?;
            }
        }
        tx.commit().await
    })
}

/// Records a failed try of job `id` (its `attempts`th): tried again after [`backoff`], or
/// kept as failed when the refusal is permanent or the tries are used up. `error` names
/// the kind of failure, never an address.
pub async fn mark_failed(
    db: &Db,
    id: i64,
    attempts: i32,
    error: &SendError,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let give_up = error.permanent || attempts >= MAX_ATTEMPTS;
    let status = if give_up { "failed" } else { "pending" };
    let next = now + backoff(attempts);
    with_db!(db, pool => sqlx::query(
        "UPDATE outbox SET status = $2, next_attempt_at = $3, locked_until = NULL, last_error = $4 WHERE id = $1",
    ).bind(id).bind(status).bind(next).bind(&error.text).execute(pool).await.map(|_| ()))?;
    Ok(give_up)
}

/// What one pass of a worker did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

/// One pass: takes due jobs (up to 20) and sends each.
pub async fn work_once(db: &Db, mailer: &Mailer, now: DateTime<Utc>) -> Result<Pass, sqlx::Error> {
    work_until(db, mailer, now, || false).await
}

/// [`work_once`], asking `stop` before each job: once it says so, the jobs taken but
/// not tried are given back at once (their lease ended, the try not counted), for this
/// or another instance's worker to take.
pub async fn work_until(
    db: &Db,
    mailer: &Mailer,
    now: DateTime<Utc>,
    stop: impl Fn() -> bool,
) -> Result<Pass, sqlx::Error> {
    let mut pass = Pass::default();
    let mut jobs = claim(db, now, 20).await?.into_iter();
    while let Some(job) = jobs.next() {
        if stop() {
            for job in std::iter::once(job).chain(jobs) {
                give_back(db, job.id).await?;
            }
            break;
        }
        let args: MailArgs = serde_json::from_str(&job.args).unwrap_or_default();
        let lang: Lang = job.lang.parse().unwrap_or_default();
        let sent = if job.kind == "letter" {
            // A letter: the address block, then its text (one key, no subject).
            let body = crate::i18n::t_args(lang, &job.template, &args.fluent(&mailer.public_url));
            mailer.post_letter(&job.idempotency_key, &format!("{}\n\n{body}\n", job.recipient)).await
        } else {
            let (subject, body) = render(&job.template, lang, &args, &mailer.public_url);
            mailer.send_keyed(&job.idempotency_key, &job.recipient, &subject, body).await
        };
        match sent {
            Ok(()) => {
                mark_sent(db, job.id, Utc::now().max(now)).await?;
                pass.sent += 1;
            }
            Err(error) => {
                let gave_up = mark_failed(db, job.id, job.attempts, &error, now).await?;
                tracing::warn!(job = job.id, attempts = job.attempts, gave_up, error = %error.text, "outbox: mail not sent");
                if gave_up {
                    pass.failed += 1;
                } else {
                    pass.retrying += 1;
                }
            }
        }
    }
    Ok(pass)
}

/// Gives job `id`, taken but not tried, back: no lease, the try not counted.
async fn give_back(db: &Db, id: i64) -> Result<(), sqlx::Error> {
    with_db!(db, pool => sqlx::query(
        "UPDATE outbox SET locked_until = NULL, attempts = attempts - 1 WHERE id = $1 AND status = 'pending'",
    ).bind(id).execute(pool).await.map(|_| ()))
}

/// Wakes this instance's worker when a job was just committed (other instances find it
/// on their next poll).
#[derive(Clone, Default, Debug)]
pub struct Wake(pub Arc<tokio::sync::Notify>);

impl Wake {
    pub fn now(&self) {
        self.0.notify_one();
    }
}

/// The worker of an instance: a pass when woken or every `poll`, until `stop` turns
/// true (the instance is shutting down): then the pass under way finishes the job it is
/// sending and gives the rest back. A database that is away is waited for (the next
/// pass tries again).
pub async fn worker(
    db: Db,
    mailer: Mailer,
    wake: Wake,
    poll: std::time::Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        loop {
            if *stop.borrow() {
                return;
            }
            match work_until(&db, &mailer, Utc::now(), || *stop.borrow()).await {
                Ok(pass) if pass.sent + pass.retrying + pass.failed == 20 => continue,
                Ok(_) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "outbox worker: the database is not answering");
                    break;
                }
            }
        }
        tokio::select! {
            _ = wake.0.notified() => {}
            _ = tokio::time::sleep(poll) => {}
            _ = stop.changed() => {}
        }
    }
}

pub use crate::wire::staff::{OutboxStatus, StuckJob};

/// How the outbox stands at `now`.
pub async fn status(db: &Db, now: DateTime<Utc>) -> Result<OutboxStatus, sqlx::Error> {
    let day_ago = now - Duration::days(1);
    let late = now - Duration::minutes(15);
    with_db!(db, pool => {
        let (pending, failed, sent_last_day): (i64, i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'sent' AND sent_at >= $1 THEN 1 ELSE 0 END), 0)
             FROM outbox",
        ).bind(day_ago).fetch_one(pool).await?;
        let oldest_pending: Option<DateTime<Utc>> =
            sqlx::query_scalar("SELECT MIN(created_at) FROM outbox WHERE status = 'pending'").fetch_one(pool).await?;
        let stuck: Vec<StuckJob> = sqlx::query_as(
            "SELECT id, template, status, attempts, created_at, next_attempt_at, last_error FROM outbox
             WHERE status = 'failed' OR (status = 'pending' AND (attempts > 0 OR created_at < $1))
             ORDER BY created_at DESC, id DESC LIMIT 50",
        ).bind(late).fetch_all(pool).await?;
        Ok(OutboxStatus { pending, failed, sent_last_day, oldest_pending, stuck })
    })
}

/// Puts failed job `id` back to be tried at once, with its tries counted afresh, by
/// staff member `staff_id` (audited with the change). Whether there was such a job.
pub async fn retry(db: &Db, id: i64, staff_id: StaffId, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    use super::audit::{self, Entry};
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $2, locked_until = NULL
             WHERE id = $1 AND status = 'failed'",
        ).bind(id).bind(now).execute(&mut *tx).await?.rows_affected();
        if changed != 1 {
            return Ok(false);
        }
        let detail = id.to_string();
        audit::record_in(&mut tx, Entry::staff(staff_id, "mail_retried").detail(&detail)).await?;
        tx.commit().await?;
        Ok(true)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_half_a_minute_to_an_hour() {
        let pauses: Vec<i64> = (1..=MAX_ATTEMPTS).map(|a| backoff(a).num_seconds()).collect();
        assert_eq!(pauses, vec![30, 60, 120, 240, 480, 960, 1920, 3600]);
        assert_eq!(backoff(0).num_seconds(), 30);
        assert_eq!(backoff(100).num_seconds(), 3600);
    }

    #[test]
    fn a_link_path_becomes_a_link_on_the_portal() {
        let args = MailArgs {
            reference: Some("TN-2026-000001".into()),
            link_path: Some("/oma/pyynnot/x".into()),
            ..Default::default()
        };
        let (subject, body) = render("request-mail-received", Lang::Fi, &args, "https://tietoni.example");
        assert!(subject.contains("TN-2026-000001"), "{subject}");
        assert!(body.contains("https://tietoni.example/oma/pyynnot/x"), "{body}");
    }

    #[test]
    fn a_letter_is_filled_with_its_addressee_number_code_and_days() {
        let args = MailArgs {
            name: Some("Maija Meikäläinen".into()),
            customer_number: Some("100001".into()),
            code: Some("ACDEF-GHJKM".into()),
            days: Some(30),
            link_path: Some("/aktivoi".into()),
            ..Default::default()
        };
        let text = crate::i18n::t_args(Lang::Fi, "activation-letter", &args.fluent("https://tietoni.example"));
        for part in ["Maija Meikäläinen", "100001", "ACDEF-GHJKM", "30 päivää", "https://tietoni.example/aktivoi"]
        {
            assert!(text.contains(part), "{part} in {text}");
        }
        let stored = serde_json::to_string(&MailArgs::default()).unwrap();
        assert_eq!(stored, "{}", "a mail's arguments keep only what it has");
    }
}
