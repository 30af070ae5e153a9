//! The retention run (issue #17): for each rule of the register with a fixed period,
//! deletes the records past it — in bounded batches, each its own transaction, so the
//! portal stays responsive and a run interrupted at any point is finished by the next —
//! except those held back: a customer with an open request (it must not lose what it is
//! about), with restricted processing (they asked for it to be kept), or with an open
//! debt-collection case. Each rule's outcome goes to `retention_reports` and the audit
//! log: counts and the cutoff, never the content. On PostgreSQL one instance runs it at
//! a time (an advisory lock); the time is a parameter, so tests can move it.

use super::audit::{self, Actor, Entry};
use super::db::Db;
use crate::domain::retention::RunsFrom;
use crate::register::Register;
use crate::with_db;
use chrono::{DateTime, Utc};

/// The tables the run deletes from: the register category, the table and the column
/// holding the record's own time.
pub const TARGETS: &[(&str, &str, &str)] =
    &[("traffic_data", "traffic_records", "started_at"), ("call_recordings", "call_recordings", "recorded_at")];

/// The advisory lock key of the run on PostgreSQL.
const LOCK_KEY: i64 = 0x7469_6574_6f6e_6901;

/// The customers whose records are held back, as SQL on `t.customer_id`, and why.
const HOLDS: &[(&str, &str)] = &[
    (
        "open_request",
        "t.customer_id IN (SELECT customer_id FROM requests
                           WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended'))",
    ),
    ("restricted", "t.customer_id IN (SELECT id FROM customers WHERE processing_restricted)"),
    ("debt_collection", "t.customer_id IN (SELECT customer_id FROM collection_cases WHERE status = 'open')"),
];

/// How a run goes.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Count and report, change nothing.
    pub dry_run: bool,
    /// Rows deleted per transaction.
    pub batch_size: i64,
    /// Stop after this many batches in all (to test a run cut short).
    pub max_batches: Option<u32>,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self { dry_run: false, batch_size: 5_000, max_batches: None }
    }
}

/// What a run did with one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleReport {
    pub rule: String,
    pub category: String,
    pub cutoff: Option<DateTime<Utc>>,
    /// Records past their period.
    pub due: i64,
    pub deleted: i64,
    /// Due records kept because of a hold, and the holds that applied (`reason:count`).
    pub held_back: i64,
    pub note: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error("another instance is running the retention run")]
    AlreadyRunning,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Runs every rule at time `now`.
pub async fn run(
    db: &Db,
    register: &Register,
    now: DateTime<Utc>,
    options: RunOptions,
) -> Result<Vec<RuleReport>, RetentionError> {
    // PostgreSQL: one instance at a time, on a connection held for the whole run.
    let lock = match db {
        Db::Postgres(pool) => {
            let mut conn = pool.acquire().await?;
            let got: bool =
                sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(LOCK_KEY).fetch_one(&mut *conn).await?;
            if !got {
                return Err(RetentionError::AlreadyRunning);
            }
            Some(conn)
        }
        Db::Sqlite(_) => None,
    };
    let result = run_rules(db, register, now, options).await;
    if let Some(mut conn) = lock {
        sqlx::query("SELECT pg_advisory_unlock($1)").bind(LOCK_KEY).execute(&mut *conn).await?;
    }
    result
}

async fn run_rules(
    db: &Db,
    register: &Register,
    now: DateTime<Utc>,
    options: RunOptions,
) -> Result<Vec<RuleReport>, RetentionError> {
    let run_id = uuid::Uuid::new_v4().simple().to_string();
    let mut batches_left = options.max_batches;
    let mut reports = Vec::new();
    for (category, table, time_column) in TARGETS {
        let Some(rule) = register.category(category).and_then(|c| register.retention_rule(&c.retention)) else {
            continue;
        };
        let mut report = RuleReport {
            rule: rule.id.clone(),
            category: (*category).to_owned(),
            cutoff: None,
            due: 0,
            deleted: 0,
            held_back: 0,
            note: None,
        };
        let cutoff = match (rule.parsed_period(), rule.runs_from) {
            (Some(period), Some(RunsFrom::Record)) => period.before(now),
            (Some(_), Some(_)) => {
                report.note = Some("runs from an event the run does not follow yet".into());
                None
            }
            _ => {
                report.note = Some("the rule has no fixed period".into());
                None
            }
        };
        if let Some(cutoff) = cutoff {
            report.cutoff = Some(cutoff);
            let past = format!("t.{time_column} < $1");
            let count = |condition: String| {
                let sql = format!("SELECT COUNT(*) FROM {table} t WHERE {condition}");
                async move { with_db!(db, pool => sqlx::query_scalar::<_, i64>(&sql).bind(cutoff).fetch_one(pool).await) }
            };
            report.due = count(past.clone()).await?;
            let any_hold = HOLDS.iter().map(|(_, sql)| format!("({sql})")).collect::<Vec<_>>().join(" OR ");
            report.held_back = count(format!("{past} AND ({any_hold})")).await?;
            let mut reasons = Vec::new();
            for (reason, sql) in HOLDS {
                let n = count(format!("{past} AND {sql}")).await?;
                if n > 0 {
                    reasons.push(format!("{reason}:{n}"));
                }
            }
            if !reasons.is_empty() {
                report.note = Some(format!("held: {}", reasons.join(",")));
            }
            if !options.dry_run {
                let delete = format!(
                    "DELETE FROM {table} WHERE id IN (SELECT t.id FROM {table} t WHERE {past} AND NOT ({any_hold}) LIMIT $2)"
                );
                loop {
                    if batches_left == Some(0) {
                        report.note = Some("cut short; the next run goes on".into());
                        break;
                    }
                    let n = with_db!(db, pool => sqlx::query(&delete)
                        .bind(cutoff).bind(options.batch_size).execute(pool).await.map(|r| r.rows_affected()))?
                        as i64;
                    batches_left = batches_left.map(|b| b - 1);
                    report.deleted += n;
                    if n < options.batch_size {
                        break;
                    }
                }
            }
        }
        record(db, &run_id, now, options.dry_run, &report).await?;
        reports.push(report);
    }
    Ok(reports)
}

/// Writes one rule's report and its audit row.
async fn record(db: &Db, run_id: &str, now: DateTime<Utc>, dry_run: bool, r: &RuleReport) -> Result<(), sqlx::Error> {
    let finished = Utc::now();
    with_db!(db, pool => sqlx::query(
        "INSERT INTO retention_reports (run_id, started_at, finished_at, dry_run, rule, category, cutoff, due, deleted, held_back, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    ).bind(run_id).bind(now).bind(finished).bind(dry_run).bind(&r.rule).bind(&r.category).bind(r.cutoff)
    .bind(r.due).bind(r.deleted).bind(r.held_back).bind(&r.note).execute(pool).await.map(|_| ()))?;
    let detail = format!(
        "{}/{}/due={}/deleted={}/held={}{}",
        r.category,
        r.rule,
        r.due,
        r.deleted,
        r.held_back,
        if dry_run { "/dry_run" } else { "" }
    );
    audit::record(db, Entry::new(Actor::System, None, "retention_run").detail(&detail)).await
}
