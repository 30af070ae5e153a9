//! The rule that runs from the end of the customer relationship: a customer whose every
//! contract ended more than the rule's period ago, with no unpaid invoice and no hold,
//! is anonymised — every category kept under the rule is erased as an erasure request
//! would erase it (every copy, the change log's values included), with a tombstone per
//! category and `customers.anonymised_at` set, one customer per transaction. What other
//! rules keep (invoices for the Accounting Act, traffic data for its twelve months)
//! stays under those rules until they delete it.

use super::{RuleReport, HOLDS};
use crate::register::{Register, RetentionRule};
use crate::ssr::db::{BeginWrite, Db, Param};
use crate::ssr::erasure::{erasure_sql, RETENTION_TOMBSTONE_SQL};
use crate::{bind_params, with_db};
use chrono::{DateTime, NaiveDate, Utc};

/// Customers whose relationship ended before `$1` (a date) and who are not yet
/// anonymised.
const ENDED: &str = "c.anonymised_at IS NULL
    AND EXISTS (SELECT 1 FROM contracts k WHERE k.customer_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM contracts k WHERE k.customer_id = c.id
                    AND (k.status <> 'ended' OR k.ended_on IS NULL OR k.ended_on >= $1))";

/// Kept although ended: a bill still open is a claim of the relationship.
const UNPAID: (&str, &str) =
    ("unpaid", "EXISTS (SELECT 1 FROM invoices i WHERE i.customer_id = c.id AND i.status <> 'paid')");

/// The categories of the register kept under `rule` that an erasure can erase.
pub fn categories<'r>(register: &'r Register, rule: &RetentionRule) -> Vec<&'r str> {
    register
        .categories
        .iter()
        .filter(|c| c.retention == rule.id && erasure_sql(&c.id).is_some())
        .map(|c| c.id.as_str())
        .collect()
}

/// Runs the relationship-end rule: counts into `report`, and unless `dry_run`
/// anonymises the due customers, `batch` per round, until none is left or the batches
/// run out.
#[allow(clippy::too_many_arguments)]
pub(super) async fn run(
    db: &Db,
    register: &Register,
    rule: &RetentionRule,
    cutoff: NaiveDate,
    now: DateTime<Utc>,
    dry_run: bool,
    batch: i64,
    batches_left: &mut Option<u32>,
    report: &mut RuleReport,
) -> Result<(), sqlx::Error> {
    let today = now.date_naive();
    let holds: Vec<(&str, String)> = std::iter::once((UNPAID.0, UNPAID.1.to_owned()))
        .chain(HOLDS.iter().map(|(reason, sql)| (*reason, sql.replace("t.customer_id", "c.id"))))
        .collect();
    let due = format!("SELECT COUNT(*) FROM customers c WHERE {ENDED}");
    let any_hold = super::count_due(db, &due, &Param::Date(cutoff), today, &holds, report).await?;
    if dry_run || report.due == report.held_back {
        return Ok(());
    }
    let categories = categories(register, rule);
    let select = format!("SELECT c.id FROM customers c WHERE {ENDED} AND NOT ({any_hold}) ORDER BY c.id LIMIT $3");
    let params = vec![Param::Date(cutoff), Param::Date(today), Param::Id(batch)];
    loop {
        if *batches_left == Some(0) {
            report.note = Some("cut_short".into());
            return Ok(());
        }
        let due: Vec<i64> =
            with_db!(db, pool => bind_params!(sqlx::query_scalar(&select), &params).fetch_all(pool).await?);
        *batches_left = batches_left.map(|b| b - 1);
        for customer in &due {
            anonymise(db, *customer, &categories, now).await?;
            report.deleted += 1;
        }
        if (due.len() as i64) < batch {
            return Ok(());
        }
    }
}

/// Erases `categories` of `customer` in one transaction, with a tombstone each, ends the
/// customer's sessions and marks the customer anonymised.
async fn anonymise(db: &Db, customer: i64, categories: &[&str], now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        // Another instance (or a run before a crash) may have done it.
        let done: Option<DateTime<Utc>> = sqlx::query_scalar("SELECT anonymised_at FROM customers WHERE id = $1")
            .bind(customer).fetch_one(&mut *tx).await?;
        if done.is_some() {
            return Ok(());
        }
        for category in categories {
            let mut erased = 0;
            for statement in erasure_sql(category).unwrap_or_default() {
                erased += sqlx::query(&statement).bind(customer).execute(&mut *tx).await?.rows_affected();
            }
            sqlx::query(RETENTION_TOMBSTONE_SQL)
                .bind(customer).bind(*category).bind(format!("erased:{erased}")).bind(now)
                .execute(&mut *tx).await?;
        }
        sqlx::query("DELETE FROM sessions WHERE account_id IN (SELECT id FROM accounts WHERE customer_id = $1)")
            .bind(customer).execute(&mut *tx).await?;
        sqlx::query("UPDATE customers SET anonymised_at = $1 WHERE id = $2").bind(now).bind(customer).execute(&mut *tx).await?;
        tx.commit().await
    })
}
