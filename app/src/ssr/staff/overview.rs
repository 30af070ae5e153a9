//! The DPO's views across requests and customers: the overview of requests and one
//! customer's audit log (the look itself audited).

use super::*;
use crate::domain::ids::{CustomerId, StaffId};

/// The DPO's overview: open requests by status, how many are overdue, and the median
/// days from receipt to decision of those decided.
pub async fn overview(db: &Db, today: NaiveDate) -> Result<crate::wire::staff::Overview, sqlx::Error> {
    let by_status: Vec<(String, i64)> = with_db!(db, pool => sqlx::query_as(
        "SELECT status, COUNT(*) FROM requests GROUP BY status ORDER BY status",
    ).fetch_all(pool).await?);
    let overdue: i64 = with_db!(db, pool => sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM requests WHERE status IN {OPEN} AND COALESCE(extended_due_on, due_on) < $1"
    )).bind(today).fetch_one(pool).await?);
    let decided: Vec<(DateTime<Utc>, DateTime<Utc>)> = with_db!(db, pool => sqlx::query_as(
        "SELECT received_at, decided_at FROM requests WHERE decided_at IS NOT NULL AND status IN ('completed', 'rejected')",
    ).fetch_all(pool).await?);
    let mut days: Vec<i64> =
        decided.iter().map(|(r, d)| (clock::helsinki_date(*d) - clock::helsinki_date(*r)).num_days()).collect();
    days.sort_unstable();
    let median_days = median(&days);
    Ok(crate::wire::staff::Overview { by_status, overdue, decided: days.len() as i64, median_days })
}

/// The median of sorted values (the mean of the middle two for an even count).
pub fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

/// The audit log of one customer, newest first (the DPO's view); the look itself is
/// audited in the same transaction.
pub async fn audit_log(
    db: &Db,
    staff_id: StaffId,
    customer_number: &str,
) -> Result<Option<Vec<crate::wire::staff::AuditRow>>, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let customer: Option<CustomerId> = sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = $1")
            .bind(customer_number).fetch_optional(&mut *tx).await?;
        let Some(customer_id) = customer else { return Ok(None) };
        let entry = Entry::staff(staff_id, "view_audit_log").customer(Some(customer_id));
        audit::record_in(&mut tx, entry).await?;
        let rows: Vec<crate::wire::staff::AuditRow> = sqlx::query_as(
            "SELECT l.occurred_at AS at, l.actor_kind, l.actor_id, a.display_name AS actor_name, l.action, r.reference, l.detail
             FROM audit_log l LEFT JOIN accounts a ON a.id = l.actor_id LEFT JOIN requests r ON r.id = l.request_id
             WHERE l.customer_id = $1 ORDER BY l.occurred_at DESC, l.id DESC LIMIT 500",
        ).bind(customer_id).fetch_all(&mut *tx).await?;
        tx.commit().await?;
        Ok(Some(rows))
    })
}
