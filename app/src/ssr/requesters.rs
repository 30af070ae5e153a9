//! Requests from people without an account (issue #18). The public form's submission is
//! kept as a requester with a single-use link mailed to the address given; only when the
//! link is opened and confirmed does the request count (it gets its reference and its
//! clock then). A strong identification on the spot is kept with the submission and
//! links the request to the register customer it matches; whether it matched anyone is
//! never shown to the person. Only a SHA-256 hash of a link's token is stored.

use super::audit::{self, Actor, Entry};
use super::db::{BeginWrite, Db};
use super::outbox::{Mail, MailArgs, OutboxTx};
use super::request_events::{By, RequestTx};
use super::requests::{FiledBy, NewRequest};
use crate::domain::ids::CustomerId;
use crate::domain::request::RequestDetails;
use crate::domain::{Lang, RequestKind};
use crate::wire::requests::{PublicConfirm, PublicRequest, PublicStatus, RequestMessage};
use crate::with_db;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// How long the mailed link waits to be opened before the submission is void.
pub const CONFIRM_WITHIN: Duration = Duration::hours(24);

/// Unconfirmed submissions to one address within [`CONFIRM_WITHIN`] before more are
/// taken without mailing (nobody can make the portal flood someone's mailbox).
pub const MAX_WAITING_PER_ADDRESS: i64 = 3;

/// A submission of the public form.
pub struct Submission<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub phone: Option<&'a str>,
    pub lang: Lang,
    pub details: &'a RequestDetails,
}

fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Keeps a submission and writes the mail with its link to the outbox, in one
/// transaction. Returns the requester's id (for the browser's session), or `None` when
/// the address already has [`MAX_WAITING_PER_ADDRESS`] links waiting (nothing is kept or
/// sent; the person is answered the same way).
pub async fn submit(db: &Db, s: &Submission<'_>, now: DateTime<Utc>) -> Result<Option<i64>, sqlx::Error> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let kind = s.details.kind();
    let details = serde_json::to_string(s.details).expect("request details serialise");
    let args = MailArgs {
        link_path: Some(format!("{}?avain={token}", crate::paths::PUBLIC_CONFIRM_PATH)),
        ..Default::default()
    };
    let mail = Mail { template: "public-request-mail", lang: s.lang, to: s.email, args, customer_id: None };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM requesters WHERE email = $1 AND request_id IS NULL AND confirm_by > $2",
        ).bind(s.email).bind(now).fetch_one(&mut *tx).await?;
        if waiting >= MAX_WAITING_PER_ADDRESS {
            tx.rollback().await?;
            audit::record(db, Entry::new(Actor::Anonymous, None, "public_request_refused").detail("too-many-waiting")).await?;
            return Ok(None);
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO requesters (name, email, phone, language, kind, details, token_hash, created_at, confirm_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        ).bind(s.name).bind(s.email).bind(s.phone).bind(s.lang.as_str()).bind(kind.as_str()).bind(&details)
        .bind(hash(&token)).bind(now).bind(now + CONFIRM_WITHIN).fetch_one(&mut *tx).await?;
        audit::record_in(&mut tx, Entry::new(Actor::Anonymous, None, "public_request_submitted").detail(kind.as_str())).await?;
        tx.enqueue_mail(&mail, now).await?;
        tx.commit().await?;
        Ok(Some(id))
    })
}

/// The submission a mailed link belongs to.
#[derive(sqlx::FromRow)]
struct Link {
    id: i64,
    kind: String,
    /// The request it became, once confirmed.
    request_id: Option<i64>,
    /// Until when it can be confirmed (none once confirmed).
    confirm_by: Option<DateTime<Utc>>,
}

async fn by_token(db: &Db, token: &str) -> Result<Option<Link>, sqlx::Error> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    with_db!(db, pool => sqlx::query_as(
        "SELECT id, kind, request_id, confirm_by FROM requesters WHERE token_hash = $1",
    ).bind(hash(&token.to_ascii_lowercase())).fetch_optional(pool).await)
}

/// What a link opens: the button to confirm, or that it is done, or nothing. With the
/// requester's id, which the browser's session keeps so the status page can follow.
pub async fn opened(db: &Db, token: &str, now: DateTime<Utc>) -> Result<(PublicConfirm, Option<i64>), sqlx::Error> {
    let Some(link) = by_token(db, token).await? else { return Ok((PublicConfirm::Invalid, None)) };
    Ok(match (link.request_id, link.confirm_by, link.kind.parse::<RequestKind>()) {
        (Some(_), _, _) => (PublicConfirm::Done, Some(link.id)),
        (None, Some(by), Ok(kind)) if by > now => (PublicConfirm::Ready { kind }, Some(link.id)),
        _ => (PublicConfirm::Invalid, None),
    })
}

/// Confirms the submission behind `token`: the request is filed now (its clock runs from
/// now), linked to the register customer a strong identification matched. Returns the
/// requester's id and the reference; `None` for an unknown or expired link. Opening a
/// confirmed link again answers with the same request.
pub async fn confirm(db: &Db, token: &str, now: DateTime<Utc>) -> Result<Option<(i64, String)>, sqlx::Error> {
    let Some(Link { id, kind, request_id, confirm_by }) = by_token(db, token).await? else { return Ok(None) };
    if request_id.is_none() && confirm_by.is_none_or(|by| by <= now) {
        return Ok(None);
    }
    let row: Option<(String, Option<CustomerId>)> = with_db!(db, pool => sqlx::query_as(
        "SELECT details, identified_customer_id FROM requesters WHERE id = $1",
    ).bind(id).fetch_optional(pool).await?);
    let Some((details, customer_id)) = row else { return Ok(None) };
    let Ok(kind) = kind.parse::<RequestKind>() else { return Ok(None) };
    let Some(details) = RequestDetails::from_json(kind, &details) else { return Ok(None) };
    let key = format!("public{id}");
    let new = NewRequest {
        customer_id,
        details: &details,
        restrict: false,
        idempotency_key: &key,
        by: FiledBy::Public { requester_id: id },
    };
    let (reference, _) = super::requests::file(db, new, now).await?;
    Ok(Some((id, reference)))
}

/// Records that requester `id` identified themselves strongly as `identity_code` at
/// level `acr`. The register customer it matches (exactly one) is kept; a filed request
/// not yet linked is linked to them and gets the check. Whether anyone matched is not
/// returned: the person is told the same either way.
pub async fn identify(db: &Db, id: i64, identity_code: &str, acr: &str, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let found = super::accounts::customers_by_identity_code(db, identity_code).await?;
    let customer = match found.as_slice() {
        [one] => Some(one.id),
        _ => None,
    };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let request: Option<Option<i64>> = sqlx::query_scalar(
            "UPDATE requesters SET identity_code = $1, identity_acr = $2, identified_at = $3, identified_customer_id = $4
             WHERE id = $5 RETURNING request_id",
        ).bind(identity_code).bind(acr).bind(now).bind(customer).bind(id).fetch_optional(&mut *tx).await?;
        let Some(request) = request else { return Ok(()) };
        if let Some(request_id) = request {
            sqlx::query("UPDATE requests SET customer_id = $1 WHERE id = $2 AND customer_id IS NULL")
                .bind(customer).bind(request_id).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified)
                 VALUES ($1, 'strong_eid', 'high', $2, NULL, $3, TRUE)",
            ).bind(request_id).bind(acr).bind(now).execute(&mut *tx).await?;
            tx.request_event(request_id, "identity_verified", By::Customer(None), now).await?;
        }
        let entry = Entry::new(Actor::Anonymous, None, "requester_identified").customer(customer).request(request).detail(acr);
        audit::record_in(&mut tx, entry).await?;
        tx.commit().await
    })
}

/// What requester `id` sees of their submission or request.
pub async fn status(db: &Db, id: i64, now: DateTime<Utc>) -> Result<PublicStatus, sqlx::Error> {
    /// A submission as its requester follows it.
    #[derive(sqlx::FromRow)]
    struct Row {
        kind: String,
        request_id: Option<i64>,
        confirm_by: Option<DateTime<Utc>>,
        identified: bool,
    }
    let row: Option<Row> = with_db!(db, pool => sqlx::query_as(
        "SELECT kind, request_id, confirm_by, identified_at IS NOT NULL AS identified FROM requesters WHERE id = $1",
    ).bind(id).fetch_optional(pool).await?);
    let Some(Row { kind, request_id, confirm_by, identified }) = row else { return Ok(PublicStatus::Unknown) };
    let Ok(kind) = kind.parse::<RequestKind>() else { return Ok(PublicStatus::Unknown) };
    let Some(request_id) = request_id else {
        return Ok(match confirm_by {
            Some(by) if by > now => PublicStatus::Waiting { kind, confirm_by: by, identified },
            _ => PublicStatus::Expired,
        });
    };
    /// The request a submission became, as its requester sees it.
    #[derive(sqlx::FromRow)]
    struct RequestRow {
        #[sqlx(flatten)]
        summary: crate::ssr::requests::SummaryRow,
        decision_reason: Option<String>,
    }
    let r: Option<RequestRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT reference, kind, status, received_at, due_on, extended_due_on, decided_at, decision_reason FROM requests WHERE id = $1",
    ).bind(request_id).fetch_optional(pool).await?);
    let Some((summary, decision_reason)) =
        r.and_then(|r| Some((crate::ssr::requests::summary(&r.summary)?, r.decision_reason)))
    else {
        return Ok(PublicStatus::Unknown);
    };
    let messages: Vec<RequestMessage> = with_db!(db, pool => sqlx::query_as(
        "SELECT sent_at AS at, author_kind AS author, body FROM request_messages WHERE request_id = $1 ORDER BY sent_at, id",
    ).bind(request_id).fetch_all(pool).await?);
    Ok(PublicStatus::Filed(PublicRequest {
        summary,
        identified,
        decision_reason,
        messages,
        message_key: uuid::Uuid::new_v4().simple().to_string(),
        draft: String::new(),
    }))
}

/// Adds requester `id`'s message to their open request (a form's `key` sent twice adds
/// it once). When the request waits for them, the message is the answer and the request
/// goes back in progress. False: they have no open request.
pub async fn add_message(db: &Db, id: i64, body: &str, key: &str, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let lock = if matches!(db, Db::Postgres(_)) { " FOR UPDATE OF r" } else { "" };
    let sql = format!(
        "SELECT r.id, r.status, r.customer_id FROM requesters q JOIN requests r ON r.id = q.request_id
         WHERE q.id = $1 AND r.status IN {OPEN}{lock}",
        OPEN = crate::ssr::requests::OPEN
    );
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let row: Option<(i64, String, Option<CustomerId>)> = sqlx::query_as(&sql).bind(id).fetch_optional(&mut *tx).await?;
        let Some((request_id, status, customer_id)) = row else { return Ok(false) };
        let added: Option<i64> = sqlx::query_scalar(
            "INSERT INTO request_messages (request_id, sent_at, author_kind, author_id, body, idempotency_key) VALUES ($1, $2, 'customer', NULL, $3, $4)
             ON CONFLICT (request_id, idempotency_key) DO NOTHING RETURNING id",
        ).bind(request_id).bind(now).bind(body).bind(key).fetch_optional(&mut *tx).await?;
        if added.is_none() {
            return Ok(true);
        }
        let event = if status == "waiting_for_customer" {
            sqlx::query("UPDATE requests SET status = 'in_progress' WHERE id = $1").bind(request_id).execute(&mut *tx).await?;
            "clarification_answered"
        } else {
            "message_customer"
        };
        let entry = Entry::new(Actor::Anonymous, None, "request_message_added").customer(customer_id).request(Some(request_id)).detail(event);
        tx.request_change(request_id, event, By::Customer(None), now, entry).await?;
        tx.commit().await?;
        Ok(true)
    })
}
