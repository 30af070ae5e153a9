//! The queue of requests by statutory due date, filtered and paged by a cursor.

use super::OPEN;
use crate::domain::ids::StaffId;
use crate::domain::{clock, RequestKind, RequestStatus};
use crate::ssr::db::{Backend, Db, Param};
use crate::wire::staff::{QueueFilter, QueuePage, QueueRow};
use crate::{bind_params, with_db};
use chrono::{DateTime, NaiveDate, Utc};

/// Requests per queue page.
pub const QUEUE_PAGE: i64 = 50;

/// The queue: requests matching `filter`, by due date (the extended one when extended),
/// oldest first; a page of [`QUEUE_PAGE`] after the cursor `(due, id)`, the number of
/// matching requests, and where the next page starts.
pub async fn queue(
    db: &Db,
    filter: &QueueFilter,
    staff_id: StaffId,
    today: NaiveDate,
) -> Result<QueuePage, sqlx::Error> {
    let mut conditions = Vec::new();
    let mut params: Vec<Param> = Vec::new();
    let next = |p: Param, params: &mut Vec<Param>| {
        params.push(p);
        format!("${}", params.len())
    };
    let status = filter.status.as_deref().and_then(|s| s.parse::<RequestStatus>().ok());
    match status {
        Some(status) => {
            let n = next(Param::Text(status.as_str().into()), &mut params);
            conditions.push(format!("r.status = {n}"));
        }
        None => conditions.push(format!("r.status IN {OPEN}")),
    }
    if let Some(kind) = filter.kind.as_deref().and_then(|k| k.parse::<RequestKind>().ok()) {
        let n = next(Param::Text(kind.as_str().into()), &mut params);
        conditions.push(format!("r.kind = {n}"));
    }
    match filter.assignee.as_deref() {
        Some("me") => {
            let n = next(Param::Id(staff_id.0), &mut params);
            conditions.push(format!("r.assignee_id = {n}"));
        }
        Some("none") => conditions.push("r.assignee_id IS NULL".into()),
        _ => {}
    }
    if filter.overdue {
        let n = next(Param::Date(today), &mut params);
        conditions.push(format!("COALESCE(r.extended_due_on, r.due_on) < {n}"));
    }
    if let Some(q) = filter.search.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        let n = next(Param::Text(q.to_uppercase()), &mut params);
        let m = next(Param::Text(q.to_owned()), &mut params);
        conditions.push(format!("(r.reference = {n} OR c.customer_number = {m})"));
    }
    let filter_sql = conditions.join(" AND ");
    let count_sql =
        format!("SELECT COUNT(*) FROM requests r LEFT JOIN customers c ON c.id = r.customer_id WHERE {filter_sql}");
    let total: i64 = with_db!(db, pool => bind_params!(sqlx::query_scalar(&count_sql), &params).fetch_one(pool).await?);
    let mut page_params = params.clone();
    let mut page_sql = filter_sql.clone();
    if let Some((due, id)) = filter.after.as_deref().and_then(parse_cursor) {
        page_params.push(Param::Date(due));
        page_params.push(Param::Id(id));
        let n = page_params.len();
        page_sql.push_str(&format!(" AND (COALESCE(r.extended_due_on, r.due_on), r.id) > (${}, ${n})", n - 1));
    }
    page_params.push(Param::Id(QUEUE_PAGE + 1));
    // All open requests, unsearched: a page is the first rows of the open queue's index
    // (migration 0034), which SQLite's planner, guessing the status filter selective,
    // would not choose by itself. A status or a search narrows the list more than the
    // index would, so the planner keeps those. PostgreSQL's planner chooses by its
    // statistics.
    let unsearched = filter.search.as_deref().is_none_or(|q| q.trim().is_empty());
    let indexed = if status.is_none() && unsearched && db.backend() == Backend::Sqlite {
        " INDEXED BY requests_open_queue"
    } else {
        ""
    };
    let sql = format!(
        "SELECT r.id, r.reference, r.kind, r.status, r.received_at, COALESCE(r.extended_due_on, r.due_on) AS due_on,
                c.customer_number, a.display_name AS assignee, r.restrict_processing, r.channel,
                (SELECT CAST(MAX(CASE k.level WHEN 'high' THEN 3 WHEN 'substantial' THEN 2 ELSE 1 END) AS INTEGER)
                 FROM identity_checks k WHERE k.request_id = r.id AND k.verified) AS identity_rank
         FROM requests r{indexed} LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN accounts a ON a.id = r.assignee_id
         WHERE {page_sql} ORDER BY COALESCE(r.extended_due_on, r.due_on), r.id LIMIT ${}",
        page_params.len()
    );
    let mut rows: Vec<QueueDbRow> =
        with_db!(db, pool => bind_params!(sqlx::query_as(&sql), &page_params).fetch_all(pool).await?);
    let more = rows.len() as i64 > QUEUE_PAGE;
    rows.truncate(QUEUE_PAGE as usize);
    let next_after = if more { rows.last().map(|r| format!("{}_{}", r.due_on, r.id)) } else { None };
    let rows = rows
        .into_iter()
        .filter_map(|r| {
            Some(QueueRow {
                reference: r.reference,
                kind: r.kind.parse().ok()?,
                status: r.status.parse().ok()?,
                received_at: r.received_at,
                due_on: r.due_on,
                days_left: clock::days_left(r.due_on, today),
                customer_number: r.customer_number,
                assignee: r.assignee,
                restricted: r.restrict_processing,
                channel: r.channel.parse().ok()?,
                identity: match r.identity_rank {
                    Some(3) => Some(crate::domain::IdentityLevel::High),
                    Some(2) => Some(crate::domain::IdentityLevel::Substantial),
                    Some(_) => Some(crate::domain::IdentityLevel::Low),
                    None => None,
                },
            })
        })
        .collect();
    Ok(QueuePage { rows, total, next_after })
}

/// A queue cursor `YYYY-MM-DD_<id>`.
fn parse_cursor(s: &str) -> Option<(NaiveDate, i64)> {
    let (date, id) = s.split_once('_')?;
    Some((date.parse().ok()?, id.parse().ok()?))
}

/// One row of the queue, as the database gives it (due date: the extended one when
/// extended).
#[derive(sqlx::FromRow)]
struct QueueDbRow {
    id: i64,
    reference: String,
    kind: String,
    status: String,
    received_at: DateTime<Utc>,
    due_on: NaiveDate,
    /// None: linked to no register customer yet.
    customer_number: Option<String>,
    assignee: Option<String>,
    restrict_processing: bool,
    channel: String,
    /// The strongest verified identity level: 1 low, 2 substantial, 3 high.
    identity_rank: Option<i32>,
}
