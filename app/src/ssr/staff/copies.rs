//! Copies of personal data (GDPR Art. 15(3)): staff prepare the copy from a copy
//! request's page — the JSON package and the readable version's tables in the customer's
//! language, fixed at that moment, with transcripts typed of call recordings — the data
//! protection officer releases it with the decision (`decide`), and the customer
//! downloads it until it expires ([`COPY_DAYS`]); then its contents are deleted
//! ([`purge_expired`]). Every look at a copy, by staff or the customer, is audited.

use super::*;
use crate::domain::ids::{AccountId, CustomerId};
use crate::wire::copies::{CopyRecording, CopyState, ReadableCopy, StaffCopy};
use crate::wire::my_data::CategoryData;

pub use crate::wire::copies::COPY_DAYS;

/// Who reads a copy.
#[derive(Clone, Copy, Debug)]
pub enum Reader {
    /// The customer it is about: only a released copy that has not expired.
    Customer { account_id: AccountId, customer_id: CustomerId },
    /// Staff reviewing it before (or after) release.
    Staff(Staff),
}

#[derive(sqlx::FromRow)]
struct CopyRow {
    request_id: i64,
    customer_id: CustomerId,
    prepared_at: DateTime<Utc>,
    prepared_by: String,
    lang: String,
    package_bytes: i64,
    released_at: Option<DateTime<Utc>>,
    released_by: Option<String>,
    expires_at: Option<DateTime<Utc>>,
    purged: bool,
}

impl From<CopyRow> for CopyState {
    fn from(r: CopyRow) -> Self {
        CopyState {
            prepared_at: r.prepared_at,
            prepared_by: Some(r.prepared_by),
            lang: r.lang,
            package_bytes: r.package_bytes,
            released_at: r.released_at,
            released_by: r.released_by,
            expires_at: r.expires_at,
            purged: r.purged,
        }
    }
}

const COPY_SQL: &str = "SELECT c.request_id, c.customer_id, c.prepared_at, p.display_name AS prepared_by, c.lang,
        c.package_bytes, c.released_at, rl.display_name AS released_by, c.expires_at, c.purged_at IS NOT NULL AS purged
     FROM copies c JOIN requests r ON r.id = c.request_id JOIN accounts p ON p.id = c.prepared_by
     LEFT JOIN accounts rl ON rl.id = c.released_by
     WHERE r.reference = $1";

#[derive(sqlx::FromRow)]
struct RecordingRow {
    id: i64,
    recorded_at: DateTime<Utc>,
    duration_seconds: i64,
    topic: String,
    transcript: Option<String>,
}

/// The customer's recordings, with the transcripts typed for request `request_id`.
async fn recordings(db: &Db, request_id: i64, customer_id: CustomerId) -> Result<Vec<CopyRecording>, sqlx::Error> {
    let rows: Vec<RecordingRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT cr.id, cr.recorded_at, CAST(cr.duration_seconds AS BIGINT) AS duration_seconds, cr.topic, ct.body AS transcript
         FROM call_recordings cr LEFT JOIN copy_transcripts ct ON ct.recording_id = cr.id AND ct.request_id = $2
         WHERE cr.customer_id = $1 ORDER BY cr.recorded_at, cr.id",
    ).bind(customer_id).bind(request_id).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|r| CopyRecording {
            id: r.id,
            recorded_at: r.recorded_at,
            duration_seconds: r.duration_seconds,
            topic: r.topic,
            transcript: r.transcript,
        })
        .collect())
}

/// The request `reference` if it is a copy request linked to a customer: (id, customer).
async fn copy_request(db: &Db, reference: &str) -> Result<Option<(i64, CustomerId)>, sqlx::Error> {
    let row: Option<(i64, Option<CustomerId>)> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, customer_id FROM requests WHERE reference = $1 AND kind = 'copy'",
    ).bind(reference).fetch_optional(pool).await)?;
    Ok(row.and_then(|(id, customer)| customer.map(|c| (id, c))))
}

/// What staff see of copy request `reference`: its copy and the customer's recordings;
/// `None` when it is not a copy request linked to a customer.
pub async fn staff_copy(db: &Db, reference: &str) -> Result<Option<StaffCopy>, sqlx::Error> {
    let Some((request_id, customer_id)) = copy_request(db, reference).await? else { return Ok(None) };
    let copy: Option<CopyRow> =
        with_db!(db, pool => sqlx::query_as(COPY_SQL).bind(reference).fetch_optional(pool).await)?;
    Ok(Some(StaffCopy { copy: copy.map(CopyState::from), recordings: recordings(db, request_id, customer_id).await? }))
}

/// The released copy of the customer's request `reference`, as their request page shows
/// it (never who at ElmoNet prepared or released it).
pub async fn my_copy(db: &Db, customer_id: CustomerId, reference: &str) -> Result<Option<CopyState>, sqlx::Error> {
    let copy: Option<CopyRow> =
        with_db!(db, pool => sqlx::query_as(COPY_SQL).bind(reference).fetch_optional(pool).await)?;
    Ok(copy.filter(|c| c.customer_id == customer_id && c.released_at.is_some()).map(|c| CopyState {
        prepared_by: None,
        released_by: None,
        ..CopyState::from(c)
    }))
}

/// Every category of the register for the customer, whole (paged ones read page by
/// page), in `lang`, with the identity code in full.
async fn all_categories(
    db: &Db,
    register: &crate::register::Register,
    customer_id: CustomerId,
    lang: crate::domain::Lang,
) -> Result<Vec<CategoryData>, sqlx::Error> {
    let mut out = Vec::new();
    for category in &register.categories {
        let mut filter = crate::ssr::my_data::Filter::default();
        let Some(mut whole) =
            crate::ssr::my_data::category(db, register, customer_id, &category.id, &filter, true, lang).await?
        else {
            continue;
        };
        while let Some(after) = whole.next_after.take() {
            filter.after = Some(after);
            let Some(page) =
                crate::ssr::my_data::category(db, register, customer_id, &category.id, &filter, true, lang).await?
            else {
                break;
            };
            for (table, more) in whole.tables.iter_mut().zip(page.tables) {
                table.rows.extend(more.rows);
            }
            whole.next_after = page.next_after;
        }
        whole.paged = false;
        out.push(whole);
    }
    Ok(out)
}

/// The JSON package of the customer, whole, as the portability download writes it.
async fn package(
    db: &Db,
    register: &crate::register::Register,
    customer_id: CustomerId,
    public_url: &str,
) -> Result<Vec<u8>, sqlx::Error> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<u8>>(4);
    let collect = async move {
        let mut out = Vec::new();
        while let Some(chunk) = rx.recv().await {
            out.extend_from_slice(&chunk);
        }
        out
    };
    let (written, bytes) = tokio::join!(crate::ssr::export::stream(db, register, customer_id, public_url, tx), collect);
    match written {
        Ok(_) => Ok(bytes),
        Err(crate::ssr::export::ExportError::Db(e)) => Err(e),
        Err(crate::ssr::export::ExportError::Gone) => Err(sqlx::Error::Protocol("the package was not read".into())),
    }
}

/// Prepares the copy of copy request `reference`: what is held now, fixed, in the
/// customer's language. An earlier copy not yet released is replaced; a released one
/// stays as it is.
pub async fn prepare(
    db: &Db,
    staff: Staff,
    register: &crate::register::Register,
    reference: &str,
    public_url: &str,
) -> Result<Outcome, sqlx::Error> {
    let Some((request_id, customer_id)) = copy_request(db, reference).await? else {
        return Ok(Outcome::NotApplicable);
    };
    let customer: Option<(String, String)> = with_db!(db, pool => sqlx::query_as(
        "SELECT customer_number, language FROM customers WHERE id = $1",
    ).bind(customer_id).fetch_optional(pool).await)?;
    let Some((customer_number, language)) = customer else { return Ok(Outcome::NotApplicable) };
    let lang = language.parse::<crate::domain::Lang>().unwrap_or_default();
    let now = Utc::now();
    let readable = ReadableCopy {
        reference: reference.to_owned(),
        customer_number,
        lang: lang.as_str().to_owned(),
        prepared_at: now,
        expires_at: None,
        categories: all_categories(db, register, customer_id, lang).await?,
        recordings: recordings(db, request_id, customer_id).await?,
        disclosures: crate::ssr::disclosures::for_customer(db, customer_id).await?,
    };
    let readable = serde_json::to_string(&readable).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let package = package(db, register, customer_id, public_url).await?;
    let package_bytes = package.len() as i64;
    let package = String::from_utf8(package).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    staff_action!(db, staff, reference, "copy_prepared", |tx, t, now| {
        if !t.status.is_open() || t.kind != RequestKind::Copy || t.customer_id != Some(customer_id) {
            return Ok(Outcome::NotApplicable);
        }
        let released: Option<Option<DateTime<Utc>>> =
            sqlx::query_scalar("SELECT released_at FROM copies WHERE request_id = $1")
                .bind(t.id)
                .fetch_optional(&mut *tx)
                .await?;
        if released.flatten().is_some() {
            return Ok(Outcome::NotApplicable);
        }
        sqlx::query("DELETE FROM copies WHERE request_id = $1").bind(t.id).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO copies (request_id, customer_id, lang, package, readable, package_bytes, prepared_by, prepared_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(t.id)
        .bind(customer_id)
        .bind(lang.as_str())
        .bind(&package)
        .bind(&readable)
        .bind(package_bytes)
        .bind(staff.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        Ok(Outcome::Done)
    })
}

/// Keeps the transcript staff typed of recording `recording_id` for copy request
/// `reference` (replacing an earlier one). A copy prepared before it and not yet
/// released is discarded: it must be prepared again, with the transcript.
pub async fn save_transcript(
    db: &Db,
    staff: Staff,
    reference: &str,
    recording_id: i64,
    body: &str,
) -> Result<Outcome, sqlx::Error> {
    staff_action!(db, staff, reference, "transcript_saved", |tx, t, now| {
        let Some(customer_id) = t.customer_id.filter(|_| t.status.is_open() && t.kind == RequestKind::Copy) else {
            return Ok(Outcome::NotApplicable);
        };
        let own: Option<i64> = sqlx::query_scalar("SELECT id FROM call_recordings WHERE id = $1 AND customer_id = $2")
            .bind(recording_id)
            .bind(customer_id)
            .fetch_optional(&mut *tx)
            .await?;
        if own.is_none() {
            return Ok(Outcome::NotApplicable);
        }
        let released: Option<Option<DateTime<Utc>>> =
            sqlx::query_scalar("SELECT released_at FROM copies WHERE request_id = $1")
                .bind(t.id)
                .fetch_optional(&mut *tx)
                .await?;
        if released.flatten().is_some() {
            return Ok(Outcome::NotApplicable);
        }
        sqlx::query("DELETE FROM copies WHERE request_id = $1").bind(t.id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM copy_transcripts WHERE request_id = $1 AND recording_id = $2")
            .bind(t.id)
            .bind(recording_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO copy_transcripts (request_id, recording_id, body, typed_by, typed_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(t.id)
        .bind(recording_id)
        .bind(body)
        .bind(staff.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        Ok(Outcome::Done)
    })
}

/// Which part of a copy is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Readable,
    Package,
}

impl Part {
    fn as_str(self) -> &'static str {
        match self {
            Self::Readable => "readable",
            Self::Package => "package",
        }
    }
}

/// A part of the copy of request `reference` as stored, or `None` when the reader may
/// not have it: a customer only their own copy once released and until it expires;
/// staff any copy whose contents are still kept. Every read is audited
/// (`copy_downloaded` for the customer, `copy_reviewed` for staff) before it is given.
pub async fn read(
    db: &Db,
    reader: Reader,
    reference: &str,
    part: Part,
    now: DateTime<Utc>,
) -> Result<Option<(CopyState, String)>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Stored {
        #[sqlx(flatten)]
        copy: CopyRow,
        content: Option<String>,
    }
    let column = match part {
        Part::Readable => "c.readable",
        Part::Package => "c.package",
    };
    let sql = COPY_SQL.replacen(" FROM copies c", &format!(", {column} AS content FROM copies c"), 1);
    let stored: Option<Stored> = with_db!(db, pool => sqlx::query_as(&sql).bind(reference).fetch_optional(pool).await)?;
    let Some(Stored { copy, content: Some(content) }) = stored else { return Ok(None) };
    let entry = match reader {
        Reader::Customer { account_id, customer_id } => {
            let current = copy.customer_id == customer_id
                && copy.released_at.is_some()
                && copy.expires_at.is_some_and(|until| now < until);
            if !current {
                return Ok(None);
            }
            Entry::new(Actor::Customer, Some(account_id), "copy_downloaded")
        }
        Reader::Staff(staff) => Entry::staff(staff.id, "copy_reviewed"),
    };
    let detail = format!("{}/{reference}", part.as_str());
    audit::record(db, entry.customer(Some(copy.customer_id)).request(Some(copy.request_id)).detail(&detail)).await?;
    let state = match reader {
        Reader::Customer { .. } => CopyState { prepared_by: None, released_by: None, ..CopyState::from(copy) },
        Reader::Staff(_) => CopyState::from(copy),
    };
    Ok(Some((state, content)))
}

/// Releases the prepared copy of a request (binds: staff id, now, until, request id),
/// inside the decision's transaction: one row changed, or none when there is no prepared
/// copy to release.
pub(super) const RELEASE_SQL: &str = "UPDATE copies SET released_by = $1, released_at = $2, expires_at = $3
     WHERE request_id = $4 AND released_at IS NULL AND purged_at IS NULL";

/// Deletes the contents of the customer's copies (bind: customer id, now), inside an
/// erasure's transaction: a copy must not keep what was erased.
pub(super) const PURGE_CUSTOMER_SQL: &str =
    "UPDATE copies SET package = NULL, readable = NULL, purged_at = $2 WHERE customer_id = $1 AND purged_at IS NULL";

/// Deletes the contents of every copy whose download time has ended (and their
/// transcripts); the rows stay as the record that a copy was given. Returns how many.
pub async fn purge_expired(db: &Db, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query(
            "DELETE FROM copy_transcripts WHERE request_id IN
               (SELECT request_id FROM copies WHERE purged_at IS NULL AND expires_at <= $1)",
        )
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let n = sqlx::query(
            "UPDATE copies SET package = NULL, readable = NULL, purged_at = $1 WHERE purged_at IS NULL AND expires_at <= $1",
        )
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(n)
    })
}

/// Recording `recording_id` of the customer of copy request `reference`, for staff to
/// listen to before typing its transcript; `audit` (the first request of a playback, not
/// each range a player asks for) records the look.
pub async fn staff_recording(
    db: &Db,
    staff: Staff,
    reference: &str,
    recording_id: i64,
    audit: bool,
) -> Result<Option<crate::ssr::my_data::Recording>, sqlx::Error> {
    let Some((request_id, customer_id)) = copy_request(db, reference).await? else { return Ok(None) };
    let Some(recording) = crate::ssr::my_data::own_recording(db, customer_id, recording_id).await? else {
        return Ok(None);
    };
    if audit {
        let detail = format!("{recording_id}/{reference}");
        let entry = Entry::staff(staff.id, "recording_played")
            .customer(Some(customer_id))
            .request(Some(request_id))
            .detail(&detail);
        audit::record(db, entry).await?;
    }
    Ok(Some(recording))
}
