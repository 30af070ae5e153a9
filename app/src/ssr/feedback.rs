//! Accessibility feedback: recorded with a reference and a due date 14 days on, listed
//! for staff, answered once. Each step writes an audit row in the same transaction.

use super::audit::{self, Actor, Entry};
use super::db::BeginWrite;
use super::db::Db;
use crate::domain::ids::{CustomerId, StaffId};
use crate::domain::{clock, Lang};
use crate::wire::feedback::{FeedbackItem, ANSWER_DAYS};
use crate::with_db;
use chrono::{DateTime, Datelike, Duration, Utc};

/// Records feedback and returns its reference (`SP-<year>-<sequence>`). `customer_id`:
/// the signed-in customer who gave it (theirs to see on "My data"), none when anonymous.
pub async fn record(
    db: &Db,
    lang: Lang,
    customer_id: Option<CustomerId>,
    page: Option<String>,
    contact: Option<String>,
    message: &str,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let today = clock::helsinki_date(now);
    let due = today + Duration::days(ANSWER_DAYS);
    let placeholder = format!("new-{}", uuid::Uuid::new_v4().simple());
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO accessibility_feedback (reference, received_at, due_on, lang, page, contact, message, customer_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        ).bind(&placeholder).bind(now).bind(due).bind(lang.as_str()).bind(&page).bind(&contact).bind(message).bind(customer_id)
        .fetch_one(&mut *tx).await?;
        let reference = format!("SP-{}-{id:06}", today.year());
        sqlx::query("UPDATE accessibility_feedback SET reference = $1 WHERE id = $2").bind(&reference).bind(id).execute(&mut *tx).await?;
        let entry = Entry::new(Actor::Anonymous, None, "accessibility_feedback_received").customer(customer_id).detail(&reference);
        audit::record_in(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(reference)
    })
}

/// Open feedback by due date, then the 20 last answered.
pub async fn list(db: &Db) -> Result<Vec<FeedbackItem>, sqlx::Error> {
    const COLUMNS: &str = "id, reference, received_at, due_on, lang, page, contact, message, answered_at, answer";
    let open: Vec<FeedbackItem> = with_db!(db, pool => sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM accessibility_feedback WHERE answered_at IS NULL ORDER BY due_on, id"
    )).fetch_all(pool).await?);
    let answered: Vec<FeedbackItem> = with_db!(db, pool => sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM accessibility_feedback WHERE answered_at IS NOT NULL ORDER BY answered_at DESC, id DESC LIMIT 20"
    )).fetch_all(pool).await?);
    Ok(open.into_iter().chain(answered).collect())
}

/// Answers open feedback `id` and, when the sender gave an address, writes the mail that
/// carries the answer with it. Whether there was such an open item.
pub async fn answer(db: &Db, staff_id: StaffId, id: i64, answer: &str) -> Result<bool, sqlx::Error> {
    use super::outbox::{Mail, MailArgs, OutboxTx};
    let now = Utc::now();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let row: Option<(Option<String>, String, String)> = sqlx::query_as(
            "UPDATE accessibility_feedback SET answered_at = $1, answered_by = $2, answer = $3
             WHERE id = $4 AND answered_at IS NULL RETURNING contact, lang, reference",
        ).bind(now).bind(staff_id).bind(answer).bind(id).fetch_optional(&mut *tx).await?;
        let Some((contact, lang, reference)) = row else { return Ok(false) };
        audit::record_in(&mut tx, Entry::staff(staff_id, "accessibility_feedback_answered").detail(&reference)).await?;
        if let Some(to) = contact {
            let args = MailArgs { reference: Some(reference), answer: Some(answer.to_owned()), ..Default::default() };
            let mail = Mail { template: "feedback-mail", lang: lang.parse().unwrap_or_default(), to: &to, args, customer_id: None };
            tx.enqueue_mail(&mail, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    })
}
