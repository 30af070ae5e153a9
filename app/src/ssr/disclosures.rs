//! The log of actual disclosures (GDPR Art. 15(1)(c), 19): staff record that a
//! customer's data was given to a named recipient (an authority's request, a debt
//! collector, a partner), each in one transaction with its audit row; the customer sees
//! every one on "My data" and in the package.

use super::audit::{self, Entry};
use super::db::{BeginWrite, Db};
use crate::domain::ids::{CustomerId, StaffId};
use crate::wire::disclosures::Disclosure;
use crate::with_db;
use chrono::{DateTime, NaiveDate, Utc};

/// What staff record.
#[derive(Debug, Clone)]
pub struct NewDisclosure<'a> {
    pub customer_number: &'a str,
    pub recipient_class: &'a str,
    pub recipient_name: &'a str,
    pub categories: &'a [String],
    pub legal_basis: &'a str,
    pub reference: Option<&'a str>,
    /// Where the recipient is told of later changes to this data (Art. 19).
    pub notify_email: Option<&'a str>,
    pub disclosed_on: NaiveDate,
}

/// The legal bases on which a customer's data may still be disclosed while its
/// processing is restricted (GDPR Art. 18(2)): a legal obligation (an authority's
/// request: the important public interest, or a legal claim) and the customer's own
/// consent.
pub const BASES_WHILE_RESTRICTED: &[&str] = &["legal_obligation", "consent"];

/// What became of a disclosure staff recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// Recorded, with its id.
    Done(i64),
    /// No customer has that number.
    NoCustomer,
    /// The customer's processing was restricted on the day of the disclosure, and its
    /// basis is not one that Art. 18(2) allows ([`BASES_WHILE_RESTRICTED`]).
    Restricted,
}

/// Records a disclosure for staff member `staff_id`, unless the customer's processing
/// was restricted on that day and the basis does not allow it.
pub async fn record(
    db: &Db,
    staff_id: StaffId,
    d: &NewDisclosure<'_>,
    now: DateTime<Utc>,
) -> Result<Recorded, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let Some((customer_id, restricted)): Option<(CustomerId, bool)> = sqlx::query_as(
            "SELECT id, processing_restricted FROM customers WHERE customer_number = $1",
        ).bind(d.customer_number).fetch_optional(&mut *tx).await? else {
            return Ok(Recorded::NoCustomer);
        };
        if restricted && !BASES_WHILE_RESTRICTED.contains(&d.legal_basis) {
            // Since when: the latest change of the flag to restricted (none recorded: always).
            let since: Option<DateTime<Utc>> = sqlx::query_scalar(
                "SELECT MAX(changed_at) FROM change_log WHERE customer_id = $1 AND field = 'processing_restricted' AND new_value = 'true'",
            ).bind(customer_id).fetch_one(&mut *tx).await?;
            if since.is_none_or(|at| crate::domain::clock::helsinki_date(at) <= d.disclosed_on) {
                return Ok(Recorded::Restricted);
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO disclosures (customer_id, recipient_class, recipient_name, categories, legal_basis, reference, disclosed_on,
                                      recorded_by, recorded_at, notify_email)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(customer_id).bind(d.recipient_class).bind(d.recipient_name).bind(d.categories.join(","))
        .bind(d.legal_basis).bind(d.reference).bind(d.disclosed_on).bind(staff_id).bind(now).bind(d.notify_email)
        .fetch_one(&mut *tx).await?;
        // The audit row names the disclosure and the class, never the recipient's text.
        let detail = format!("disclosure={id}/{}", d.recipient_class);
        let entry = Entry::staff(staff_id, "disclosure_recorded").customer(Some(customer_id)).detail(&detail);
        audit::record_in(&mut tx, entry).await?;
        tx.commit().await?;
        Ok(Recorded::Done(id))
    })
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    disclosed_on: NaiveDate,
    recipient_class: String,
    recipient_name: String,
    categories: String,
    legal_basis: String,
    reference: Option<String>,
    notify_email: Option<String>,
    customer_number: Option<String>,
}

impl From<Row> for Disclosure {
    fn from(r: Row) -> Self {
        Disclosure {
            id: r.id,
            disclosed_on: r.disclosed_on,
            recipient_class: r.recipient_class,
            recipient_name: r.recipient_name,
            categories: r.categories.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect(),
            legal_basis: r.legal_basis,
            reference: r.reference,
            notify_email: r.notify_email,
            customer_number: r.customer_number,
        }
    }
}

/// Every disclosure of customer `customer_id`'s data, newest first.
pub async fn for_customer(db: &Db, customer_id: CustomerId) -> Result<Vec<Disclosure>, sqlx::Error> {
    let rows: Vec<Row> = with_db!(db, pool => sqlx::query_as(
        "SELECT id, disclosed_on, recipient_class, recipient_name, categories, legal_basis, reference,
                CAST(NULL AS TEXT) AS notify_email, CAST(NULL AS TEXT) AS customer_number
         FROM disclosures WHERE customer_id = $1 ORDER BY disclosed_on DESC, id DESC",
    ).bind(customer_id).fetch_all(pool).await?);
    Ok(rows.into_iter().map(Disclosure::from).collect())
}

/// The latest `limit` disclosures of anyone's data, for staff, newest first.
pub async fn latest(db: &Db, limit: i64) -> Result<Vec<Disclosure>, sqlx::Error> {
    let rows: Vec<Row> = with_db!(db, pool => sqlx::query_as(
        "SELECT d.id, d.disclosed_on, d.recipient_class, d.recipient_name, d.categories, d.legal_basis, d.reference,
                d.notify_email, c.customer_number
         FROM disclosures d JOIN customers c ON c.id = d.customer_id ORDER BY d.recorded_at DESC, d.id DESC LIMIT $1",
    ).bind(limit).fetch_all(pool).await?);
    Ok(rows.into_iter().map(Disclosure::from).collect())
}

#[derive(sqlx::FromRow)]
struct ClassRow {
    recipient_class: String,
    disclosures: i64,
    customers: i64,
    latest: NaiveDate,
}

#[derive(sqlx::FromRow)]
struct NameRow {
    recipient_class: String,
    recipient_name: String,
}

/// Every disclosure of the log summed by recipient class, for the record of processing
/// (GDPR Art. 30(1)(d)): how many, of how many customers, the latest day and the named
/// recipients. Titles are left to the record.
pub async fn summary(db: &Db) -> Result<Vec<crate::register::record::RecordDisclosures>, sqlx::Error> {
    let (classes, names): (Vec<ClassRow>, Vec<NameRow>) = with_db!(db, pool => (
        sqlx::query_as(
            "SELECT recipient_class, COUNT(*) AS disclosures, COUNT(DISTINCT customer_id) AS customers, MAX(disclosed_on) AS latest
             FROM disclosures GROUP BY recipient_class",
        ).fetch_all(pool).await?,
        sqlx::query_as(
            "SELECT DISTINCT recipient_class, recipient_name FROM disclosures ORDER BY recipient_class, recipient_name",
        ).fetch_all(pool).await?,
    ));
    Ok(classes
        .into_iter()
        .map(|c| crate::register::record::RecordDisclosures {
            recipients: names
                .iter()
                .filter(|n| n.recipient_class == c.recipient_class)
                .map(|n| n.recipient_name.clone())
                .collect(),
            title: String::new(),
            recipient_class: c.recipient_class,
            disclosures: c.disclosures,
            customers: c.customers,
            latest: c.latest,
        })
        .collect())
}
