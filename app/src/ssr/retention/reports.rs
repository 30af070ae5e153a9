//! The retention run's reports: one row per rule per run in `retention_reports` (and an
//! audit row each), read back for the staff page and for the schedule.

use super::RuleReport;
use crate::ssr::db::Db;
use crate::wire::retention::RetentionReport;
use crate::with_db;
use chrono::{DateTime, Utc};

/// Writes one rule's report and its audit row.
pub(super) async fn record(
    db: &Db,
    run_id: &str,
    now: DateTime<Utc>,
    dry_run: bool,
    r: &RuleReport,
) -> Result<(), sqlx::Error> {
    let finished = Utc::now();
    with_db!(db, pool => sqlx::query(
        "INSERT INTO retention_reports (run_id, started_at, finished_at, dry_run, rule, category, cutoff, due, deleted, held_back, holds, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    ).bind(run_id).bind(now).bind(finished).bind(dry_run).bind(&r.rule).bind(&r.category).bind(r.cutoff)
    .bind(r.due).bind(r.deleted).bind(r.held_back).bind(&r.holds).bind(&r.note).execute(pool).await.map(|_| ()))?;
    super::audit_report(db, r, dry_run).await
}

/// When the latest real (not dry) run started, by its own clock.
pub async fn last_run(db: &Db) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    with_db!(db, pool => sqlx::query_scalar("SELECT MAX(started_at) FROM retention_reports WHERE NOT dry_run")
        .fetch_one(pool).await)
}

#[derive(sqlx::FromRow)]
struct ReportRow {
    run_id: String,
    started_at: DateTime<Utc>,
    finished_at: DateTime<Utc>,
    dry_run: bool,
    rule: String,
    category: String,
    cutoff: Option<DateTime<Utc>>,
    due: i64,
    deleted: i64,
    held_back: i64,
    holds: Option<String>,
    note: Option<String>,
}

/// The rows of the latest `runs` runs (dry or not), newest run first, each run's rules
/// in the order they ran.
pub async fn latest(db: &Db, runs: i64) -> Result<Vec<RetentionReport>, sqlx::Error> {
    let rows: Vec<ReportRow> = with_db!(db, pool => sqlx::query_as(
        "SELECT r.run_id, r.started_at, r.finished_at, r.dry_run, r.rule, r.category, r.cutoff, r.due, r.deleted,
                r.held_back, r.holds, r.note
         FROM retention_reports r
         WHERE r.run_id IN (SELECT run_id FROM retention_reports GROUP BY run_id ORDER BY MAX(id) DESC LIMIT $1)
         ORDER BY (SELECT MAX(x.id) FROM retention_reports x WHERE x.run_id = r.run_id) DESC, r.id",
    ).bind(runs).fetch_all(pool).await?);
    Ok(rows
        .into_iter()
        .map(|r| RetentionReport {
            run_id: r.run_id,
            started_at: r.started_at,
            finished_at: r.finished_at,
            dry_run: r.dry_run,
            rule: r.rule,
            category: r.category,
            cutoff: r.cutoff,
            due: r.due,
            deleted: r.deleted,
            held_back: r.held_back,
            holds: r
                .holds
                .unwrap_or_default()
                .split(',')
                .filter_map(|pair| {
                    let (reason, n) = pair.split_once(':')?;
                    Some((reason.to_owned(), n.parse().ok()?))
                })
                .collect(),
            note: r.note,
        })
        .collect())
}
