//! The register of personal-data breaches (issue #20, GDPR Art. 33 and 34): the DPO
//! records a breach, marks the Data Protection Ombudsman and Traficom notified, tells
//! the customers affected (a notice on their pages and a mail through the outbox, in
//! the same transaction) and closes it. Every change is one transaction with its audit
//! row; nothing is deleted, so a closed breach keeps its record (Art. 33(5)).

use crate::domain::breach::Risk;
use crate::domain::ids::{CustomerId, StaffId};
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{BeginWrite, Db};
use crate::ssr::outbox::{Mail, MailArgs, OutboxTx};
use crate::wire::breaches::{Breach, BreachNotice, BreachSummary, Told};
use crate::with_db;
use chrono::{DateTime, Datelike, Utc};

/// The most customers told in one submission of the form.
pub const MAX_TOLD_AT_ONCE: usize = 500;

/// A breach as the DPO records it.
#[derive(Clone, Debug)]
pub struct NewBreach<'a> {
    pub aware_at: DateTime<Utc>,
    pub occurred: Option<&'a str>,
    pub summary: &'a str,
    pub categories: &'a [String],
    pub people_estimate: i64,
    pub records_estimate: i64,
    pub consequences: &'a str,
    pub measures: &'a str,
    pub risk: Risk,
}

/// The authority a breach is notified to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Authority {
    /// The Data Protection Ombudsman (GDPR Art. 33).
    Ombudsman,
    /// Traficom, the communications regulator (a telecom operator's own duty).
    Traficom,
}

impl Authority {
    pub fn as_str(self) -> &'static str {
        match self {
            Authority::Ombudsman => "ombudsman",
            Authority::Traficom => "traficom",
        }
    }
}

/// The reference of breach `id` recorded at `at`: `LO-2026-0007`.
pub fn reference(id: i64, at: DateTime<Utc>) -> String {
    format!("LO-{}-{id:04}", crate::domain::clock::helsinki_date(at).year())
}

/// Records a breach for the DPO `dpo`; its reference.
pub async fn record(db: &Db, dpo: StaffId, new: &NewBreach<'_>, now: DateTime<Utc>) -> Result<String, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO breaches (aware_at, occurred, summary, categories, people_estimate, records_estimate,
                consequences, measures, risk, recorded_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(new.aware_at).bind(new.occurred).bind(new.summary).bind(new.categories.join(","))
        .bind(new.people_estimate).bind(new.records_estimate).bind(new.consequences).bind(new.measures)
        .bind(new.risk.as_str()).bind(dpo).bind(now)
        .fetch_one(&mut *tx).await?;
        let reference = reference(id, now);
        sqlx::query("UPDATE breaches SET reference = $1 WHERE id = $2").bind(&reference).bind(id).execute(&mut *tx).await?;
        let detail = format!("breach={reference}/risk={}", new.risk);
        audit::record_in(&mut tx, Entry::staff(dpo, "breach_recorded").detail(&detail)).await?;
        tx.commit().await?;
        Ok(reference)
    })
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    reference: String,
    aware_at: DateTime<Utc>,
    summary: String,
    risk: String,
    ombudsman_notified_at: Option<DateTime<Utc>>,
    told: i64,
    closed_at: Option<DateTime<Utc>>,
}

fn risk_of(slug: &str) -> Risk {
    slug.parse().unwrap_or(Risk::High)
}

/// Every breach: open ones first, each group newest first.
pub async fn list(db: &Db) -> Result<Vec<BreachSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT b.reference, b.aware_at, b.summary, b.risk, b.ombudsman_notified_at,
            (SELECT COUNT(*) FROM breach_notices n WHERE n.breach_id = b.id) AS told, b.closed_at
         FROM breaches b ORDER BY (b.closed_at IS NOT NULL), b.aware_at DESC, b.id DESC",
    ).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|r| BreachSummary {
            reference: r.reference,
            aware_at: r.aware_at,
            summary: r.summary,
            risk: risk_of(&r.risk),
            ombudsman_notified_at: r.ombudsman_notified_at,
            told: r.told,
            closed_at: r.closed_at,
        })
        .collect())
}

#[derive(sqlx::FromRow)]
struct BreachRow {
    id: i64,
    reference: String,
    aware_at: DateTime<Utc>,
    occurred: Option<String>,
    summary: String,
    categories: String,
    people_estimate: i64,
    records_estimate: i64,
    consequences: String,
    measures: String,
    risk: String,
    recorded_by: String,
    recorded_at: DateTime<Utc>,
    ombudsman_notified_at: Option<DateTime<Utc>>,
    ombudsman_notified_by: Option<String>,
    traficom_notified_at: Option<DateTime<Utc>>,
    traficom_notified_by: Option<String>,
    late_reason: Option<String>,
    customer_notice: Option<String>,
    closed_at: Option<DateTime<Utc>>,
    closed_by: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ToldRow {
    customer_number: String,
    told_at: DateTime<Utc>,
    told_by: String,
    mailed: bool,
}

/// Breach `reference` with the customers told.
pub async fn get(db: &Db, reference: &str) -> Result<Option<Breach>, sqlx::Error> {
    let (row, told): (Option<BreachRow>, Vec<ToldRow>) = with_db!(db, pool => {
        let row: Option<BreachRow> = sqlx::query_as(
            "SELECT b.id, b.reference, b.aware_at, b.occurred, b.summary, b.categories, b.people_estimate,
                b.records_estimate, b.consequences, b.measures, b.risk, r.display_name AS recorded_by, b.recorded_at,
                b.ombudsman_notified_at, o.display_name AS ombudsman_notified_by, b.traficom_notified_at,
                t.display_name AS traficom_notified_by, b.late_reason, b.customer_notice, b.closed_at,
                c.display_name AS closed_by
             FROM breaches b JOIN accounts r ON r.id = b.recorded_by
             LEFT JOIN accounts o ON o.id = b.ombudsman_notified_by
             LEFT JOIN accounts t ON t.id = b.traficom_notified_by
             LEFT JOIN accounts c ON c.id = b.closed_by
             WHERE b.reference = $1",
        ).bind(reference).fetch_optional(pool).await?;
        let told: Vec<ToldRow> = match &row {
            Some(b) => sqlx::query_as(
                "SELECT c.customer_number, n.told_at, a.display_name AS told_by, n.mailed
                 FROM breach_notices n JOIN customers c ON c.id = n.customer_id JOIN accounts a ON a.id = n.told_by
                 WHERE n.breach_id = $1 ORDER BY n.told_at, n.id",
            ).bind(b.id).fetch_all(pool).await?,
            None => Vec::new(),
        };
        (row, told)
    });
    Ok(row.map(|b| Breach {
        reference: b.reference,
        aware_at: b.aware_at,
        occurred: b.occurred,
        summary: b.summary,
        categories: b.categories.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect(),
        people_estimate: b.people_estimate,
        records_estimate: b.records_estimate,
        consequences: b.consequences,
        measures: b.measures,
        risk: risk_of(&b.risk),
        recorded_by: b.recorded_by,
        recorded_at: b.recorded_at,
        ombudsman_notified_at: b.ombudsman_notified_at,
        ombudsman_notified_by: b.ombudsman_notified_by,
        traficom_notified_at: b.traficom_notified_at,
        traficom_notified_by: b.traficom_notified_by,
        late_reason: b.late_reason,
        customer_notice: b.customer_notice,
        closed_at: b.closed_at,
        closed_by: b.closed_by,
        told: told
            .into_iter()
            .map(|t| Told {
                customer_number: t.customer_number,
                told_at: t.told_at,
                told_by: t.told_by,
                mailed: t.mailed,
            })
            .collect(),
    }))
}

/// Marks breach `reference` notified to `authority` (with `late_reason` when the
/// Ombudsman is notified past the 72 hours); `false` when there is no such open breach
/// or it was notified already.
pub async fn notified(
    db: &Db,
    dpo: StaffId,
    reference: &str,
    authority: Authority,
    late_reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let sql = match authority {
        Authority::Ombudsman => {
            "UPDATE breaches SET ombudsman_notified_at = $1, ombudsman_notified_by = $2, late_reason = $3
             WHERE reference = $4 AND closed_at IS NULL AND ombudsman_notified_at IS NULL RETURNING id"
        }
        Authority::Traficom => {
            "UPDATE breaches SET traficom_notified_at = $1, traficom_notified_by = $2, late_reason = COALESCE(late_reason, $3)
             WHERE reference = $4 AND closed_at IS NULL AND traficom_notified_at IS NULL RETURNING id"
        }
    };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let done: Option<i64> = sqlx::query_scalar(sql)
            .bind(now).bind(dpo).bind(late_reason).bind(reference).fetch_optional(&mut *tx).await?;
        if done.is_none() {
            return Ok(false);
        }
        let detail = format!("breach={reference}/to={}", authority.as_str());
        audit::record_in(&mut tx, Entry::staff(dpo, "breach_notified").detail(&detail)).await?;
        tx.commit().await?;
        Ok(true)
    })
}

/// What telling customers of a breach came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Telling {
    /// `told` customers told now (each with a notice and, with an address, a mail);
    /// `already` of those given had been told before.
    Done { told: usize, already: usize },
    /// These customer numbers are in no customer's record; nobody was told.
    Unknown(Vec<String>),
    /// No such open breach.
    NoBreach,
}

#[derive(sqlx::FromRow)]
struct Recipient {
    id: CustomerId,
    language: String,
    email: Option<String>,
}

/// Tells the customers with `numbers` of breach `reference` with `notice` (kept with the
/// breach the first time; later tellings use the words already given, so everyone is
/// told the same). All or nothing: one unknown number and nobody is told.
pub async fn tell(
    db: &Db,
    dpo: StaffId,
    reference: &str,
    numbers: &[String],
    notice: &str,
    now: DateTime<Utc>,
) -> Result<Telling, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let breach: Option<(i64, Option<String>)> = sqlx::query_as(
            "SELECT id, customer_notice FROM breaches WHERE reference = $1 AND closed_at IS NULL",
        ).bind(reference).fetch_optional(&mut *tx).await?;
        let Some((breach_id, kept)) = breach else { return Ok(Telling::NoBreach) };
        let mut recipients = Vec::with_capacity(numbers.len());
        let mut unknown = Vec::new();
        for number in numbers {
            let found: Option<Recipient> = sqlx::query_as(
                "SELECT c.id, c.language,
                    (SELECT a.email FROM accounts a WHERE a.customer_id = c.id AND NOT a.disabled
                     AND a.email NOT LIKE '%@invalid' ORDER BY a.id LIMIT 1) AS email
                 FROM customers c WHERE c.customer_number = $1",
            ).bind(number).fetch_optional(&mut *tx).await?;
            match found {
                Some(r) => recipients.push(r),
                None => unknown.push(number.clone()),
            }
        }
        if !unknown.is_empty() {
            return Ok(Telling::Unknown(unknown));
        }
        let notice = match kept {
            Some(kept) => kept,
            None => {
                sqlx::query("UPDATE breaches SET customer_notice = $1 WHERE id = $2")
                    .bind(notice).bind(breach_id).execute(&mut *tx).await?;
                notice.to_owned()
            }
        };
        let (mut told, mut already) = (0, 0);
        let detail = format!("breach={reference}");
        for r in recipients {
            let mailed = r.email.is_some();
            let inserted = sqlx::query(
                "INSERT INTO breach_notices (breach_id, customer_id, told_at, told_by, mailed) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (breach_id, customer_id) DO NOTHING",
            ).bind(breach_id).bind(r.id).bind(now).bind(dpo).bind(mailed).execute(&mut *tx).await?;
            if inserted.rows_affected() == 0 {
                already += 1;
                continue;
            }
            told += 1;
            if let Some(to) = &r.email {
                let args = MailArgs {
                    reference: Some(reference.to_owned()),
                    link_path: Some(crate::paths::ACCOUNT_PATH.to_owned()),
                    answer: Some(notice.clone()),
                    ..Default::default()
                };
                let mail = Mail { template: "breach-mail", lang: r.language.parse().unwrap_or_default(), to, args, customer_id: Some(r.id) };
                tx.enqueue_mail(&mail, now).await?;
            }
            let entry = Entry::staff(dpo, "breach_customer_told").customer(Some(r.id)).detail(&detail);
            audit::record_in(&mut tx, entry).await?;
        }
        tx.commit().await?;
        Ok(Telling::Done { told, already })
    })
}

/// Closes breach `reference`; `false` when there is no such open breach.
pub async fn close(db: &Db, dpo: StaffId, reference: &str, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let done: Option<i64> = sqlx::query_scalar(
            "UPDATE breaches SET closed_at = $1, closed_by = $2 WHERE reference = $3 AND closed_at IS NULL RETURNING id",
        ).bind(now).bind(dpo).bind(reference).fetch_optional(&mut *tx).await?;
        if done.is_none() {
            return Ok(false);
        }
        let detail = format!("breach={reference}");
        audit::record_in(&mut tx, Entry::staff(dpo, "breach_closed").detail(&detail)).await?;
        tx.commit().await?;
        Ok(true)
    })
}

#[derive(sqlx::FromRow)]
struct NoticeRow {
    reference: String,
    told_at: DateTime<Utc>,
    customer_notice: Option<String>,
}

/// The breaches customer `customer_id` has been told of, newest first.
pub async fn for_customer(db: &Db, customer_id: CustomerId) -> Result<Vec<BreachNotice>, sqlx::Error> {
    let rows: Vec<NoticeRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT b.reference, n.told_at, b.customer_notice FROM breach_notices n JOIN breaches b ON b.id = n.breach_id
         WHERE n.customer_id = $1 ORDER BY n.told_at DESC, n.id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|r| BreachNotice {
            reference: r.reference,
            told_at: r.told_at,
            notice: r.customer_notice.unwrap_or_default(),
        })
        .collect())
}
