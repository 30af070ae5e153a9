//! The retention run (issue #17): for each rule of the register with a fixed period,
//! deletes the records past it — in bounded batches, each its own transaction, so the
//! portal stays responsive and a run interrupted at any point is finished by the next —
//! except those held back: a customer with an open request (it must not lose what it is
//! about), with restricted processing (they asked for it to be kept), with an open
//! debt-collection case or under a legal hold placed by the DPO, and single records the
//! rule itself keeps (an unpaid invoice). Each rule's outcome goes to
//! `retention_reports` and the audit log: counts and the cutoff, never the content. On
//! PostgreSQL one instance runs it at a time (an advisory lock); the time is a
//! parameter, so tests move the clock instead of waiting.

pub mod audit_log;
mod counting;
pub mod holds;
pub mod partitions;
pub mod relationship;
pub mod reports;
mod targets;

pub use targets::{Target, TARGETS};

use crate::domain::ids::CustomerId;
use counting::{any_hold, count_due, count_due_in_windows};

use super::audit::{self, Actor, Entry};
use super::db::{Db, Param};
use crate::domain::retention::{self as rules, Period, RunsFrom};
use crate::register::Register;
use crate::{bind_params, with_db};
use chrono::{DateTime, NaiveDate, Utc};

/// The retention rule that applies to `target`.
pub fn rule_of<'r>(register: &'r Register, target: &Target) -> Option<&'r crate::register::RetentionRule> {
    match target.rule {
        Some(id) => register.retention_rule(id),
        None => register.category(target.category).and_then(|c| register.retention_rule(&c.retention)),
    }
}

/// The target for a category, if the run deletes from it.
pub fn target(category: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.category == category)
}

/// The period of a category's rule and what it runs from, when the rule has both and
/// the run can follow it record by record.
pub fn record_rule(register: &Register, category: &str) -> Option<(Period, RunsFrom)> {
    let rule = rule_of(register, target(category)?)?;
    let (period, runs_from) = (rule.parsed_period()?, rule.runs_from?);
    matches!(runs_from, RunsFrom::Record | RunsFrom::EndOfYear).then_some((period, runs_from))
}

/// How `serve` schedules the run, for the staff page (provided as request context).
#[derive(Debug, Clone, Copy, Default)]
pub struct Schedule {
    /// Hours between runs; `None` when `serve` does not run it.
    pub every_hours: Option<u32>,
}

/// The advisory lock key of the run on PostgreSQL.
const LOCK_KEY: i64 = 0x7469_6574_6f6e_6901;

/// The customers whose records are held back, as SQL on `t.customer_id` (replaced by
/// the target's customer; `$2` is the run's day), and why. No subquery may yield NULL:
/// `x IN (…, NULL)` is NULL, not false, for every customer not in the list, and a
/// NULL hold keeps the record — one open request from someone who is no customer would
/// hold everybody's records.
pub const HOLDS: &[(&str, &str)] = &[
    (
        "open_request",
        "t.customer_id IN (SELECT customer_id FROM requests WHERE customer_id IS NOT NULL
                           AND status IN ('received', 'in_progress', 'waiting_for_customer', 'extended'))",
    ),
    ("restricted", "t.customer_id IN (SELECT id FROM customers WHERE processing_restricted)"),
    ("debt_collection", "t.customer_id IN (SELECT customer_id FROM collection_cases WHERE status = 'open')"),
    ("legal_hold", "t.customer_id IN (SELECT customer_id FROM legal_holds WHERE lifted_at IS NULL AND ends_on >= $2)"),
];

/// How a run goes.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// Count and report, change nothing.
    pub dry_run: bool,
    /// Rows deleted per transaction (1 000: about 18 ms a batch of traffic on a slow
    /// 2-core machine; 5 000 took 80–120 ms, which the pages' p99 felt).
    pub batch_size: i64,
    /// Stop after this many batches in all (to test a run cut short).
    pub max_batches: Option<u32>,
    /// A scheduled run: do nothing when a real run started after this moment (another
    /// instance ran it meanwhile). Checked under the lock.
    pub unless_ran_since: Option<DateTime<Utc>>,
    /// After each batch, a pause this many times as long as the batch took: the run
    /// leaves the database's cores to the pages that much of the time (1.0: half).
    pub pause_ratio: f64,
    /// PostgreSQL: pages of a traffic month read per statement when it is counted
    /// before its drop (512 pages, 4 MiB, some 40 000 rows: a few milliseconds).
    pub month_slice_pages: i64,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            dry_run: false,
            batch_size: 1_000,
            max_batches: None,
            unless_ran_since: None,
            pause_ratio: 1.0,
            month_slice_pages: 512,
        }
    }
}

impl RunOptions {
    /// Pauses after a batch that began at `started`, as `pause_ratio` says.
    async fn pause_after(&self, started: std::time::Instant) {
        if self.pause_ratio > 0.0 {
            tokio::time::sleep(started.elapsed().mul_f64(self.pause_ratio)).await;
        }
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
    /// Due records kept because of a hold.
    pub held_back: i64,
    /// The holds that applied, as `reason:count` pairs separated by commas.
    pub holds: Option<String>,
    /// `no_period`, `event_not_followed` or `cut_short`.
    pub note: Option<String>,
}

impl RuleReport {
    /// A report of `rule` under `category` before anything is counted.
    pub fn new(rule: &str, category: &str) -> Self {
        Self {
            rule: rule.to_owned(),
            category: category.to_owned(),
            cutoff: None,
            due: 0,
            deleted: 0,
            held_back: 0,
            holds: None,
            note: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RetentionError {
    #[error("another instance is running the retention run")]
    AlreadyRunning,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Runs every rule at time `now`. An empty answer: a scheduled run found the work done.
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
    let result = match options.unless_ran_since {
        Some(since) if reports::last_run(db).await?.is_some_and(|last| last > since) => Ok(vec![]),
        _ => run_rules(db, register, now, options).await,
    };
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
    let today = now.date_naive();
    let mut batches_left = options.max_batches;
    let mut reports = Vec::new();
    for target in TARGETS {
        let Some(rule) = rule_of(register, target) else {
            continue;
        };
        let mut report = RuleReport::new(&rule.id, target.category);
        let cutoff = match (rule.parsed_period(), rule.runs_from) {
            (Some(period), Some(runs_from)) => {
                let cutoff = rules::cutoff(period, runs_from, now);
                if cutoff.is_none() {
                    report.note = Some("event_not_followed".into());
                }
                cutoff
            }
            _ => {
                report.note = Some("no_period".into());
                None
            }
        };
        if let Some(cutoff) = cutoff {
            report.cutoff = Some(cutoff);
            let (table, column) = (target.table, target.time_column);
            let at = if target.date_column { Param::Date(cutoff.date_naive()) } else { Param::Time(cutoff) };
            let past = format!("t.{column} < $1");
            let customer_holds = HOLDS.iter().filter_map(|(reason, sql)| {
                target.customer.map(|customer| (*reason, sql.replace("t.customer_id", customer)))
            });
            let all_holds: Vec<(&str, String)> =
                target.row_holds.iter().map(|(r, sql)| (*r, (*sql).to_owned())).chain(customer_holds).collect();
            // Whole months of traffic first (PostgreSQL, as the owner): what they held is
            // back in the table, so the count below sees it, and it counts only the rest.
            if !options.dry_run && table == "traffic_records" {
                drop_months(db, cutoff, now, &any_hold(&all_holds), &options, &mut batches_left, &mut report).await?;
            }
            let any_hold = count_due_in_windows(db, target, &at, today, &all_holds, &options, &mut report).await?;
            report.due += report.deleted;
            if !options.dry_run && report.due > report.held_back + report.deleted {
                let going = format!("SELECT t.id FROM {table} t WHERE {past} AND NOT ({any_hold})");
                for (other, reference) in target.detach {
                    let detach = format!("UPDATE {other} SET {reference} = NULL WHERE {reference} IN ({going})");
                    let params = vec![at.clone(), Param::Date(today)];
                    with_db!(db, pool => bind_params!(sqlx::query(&detach), &params).execute(pool).await.map(|_| ()))?;
                }
                // Oldest first, each batch from where the last one ended: a batch never
                // walks again over the rows deleted before it (on PostgreSQL they stay
                // until vacuumed) or the held ones. The outer time condition lets
                // PostgreSQL skip the partitions of traffic that are not due.
                let delete = |from: bool| {
                    let from = if from { format!(" AND t.{column} >= $4") } else { String::new() };
                    format!(
                        "DELETE FROM {table} WHERE {column} < $1 AND id IN (SELECT t.id FROM {table} t
                         WHERE {past}{from} AND NOT ({any_hold}) ORDER BY t.{column} LIMIT $3) RETURNING {column}"
                    )
                };
                let (first, next) = (delete(false), delete(true));
                let mut from: Option<Param> = None;
                loop {
                    if batches_left == Some(0) {
                        report.note = Some("cut_short".into());
                        break;
                    }
                    let mut params = vec![at.clone(), Param::Date(today), Param::Id(options.batch_size)];
                    params.extend(from.clone());
                    let sql = if from.is_some() { &next } else { &first };
                    let started = std::time::Instant::now();
                    let (n, last) = delete_batch(db, sql, &params, target.date_column).await?;
                    options.pause_after(started).await;
                    batches_left = batches_left.map(|b| b - 1);
                    report.deleted += n;
                    if n < options.batch_size {
                        break;
                    }
                    from = last;
                }
            }
        }
        reports::record(db, &run_id, now, options.dry_run, &report).await?;
        reports.push(report);
    }
    // Rules that run from the end of the customer relationship.
    for rule in register.retention.iter().filter(|r| r.runs_from == Some(RunsFrom::RelationshipEnd)) {
        let categories = relationship::categories(register, rule);
        let (Some(period), Some(first)) = (rule.parsed_period(), categories.first()) else {
            continue;
        };
        let mut report = RuleReport::new(&rule.id, first);
        if let Some(cutoff) = period.before(now) {
            let day = cutoff.date_naive();
            report.cutoff = day.and_hms_opt(0, 0, 0).map(|d| d.and_utc());
            relationship::run(
                db,
                register,
                rule,
                day,
                now,
                options.dry_run,
                options.batch_size,
                &mut batches_left,
                &mut report,
            )
            .await?;
        }
        reports::record(db, &run_id, now, options.dry_run, &report).await?;
        reports.push(report);
    }
    Ok(reports)
}

/// Runs one batch's `DELETE … RETURNING <time column>`: how many rows went and the
/// latest time among them, where the next batch starts.
async fn delete_batch(db: &Db, sql: &str, params: &[Param], dates: bool) -> Result<(i64, Option<Param>), sqlx::Error> {
    if dates {
        let gone: Vec<NaiveDate> =
            with_db!(db, pool => bind_params!(sqlx::query_scalar(sql), params).fetch_all(pool).await)?;
        Ok((gone.len() as i64, gone.into_iter().max().map(Param::Date)))
    } else {
        let gone: Vec<DateTime<Utc>> =
            with_db!(db, pool => bind_params!(sqlx::query_scalar(sql), params).fetch_all(pool).await)?;
        Ok((gone.len() as i64, gone.into_iter().max().map(Param::Time)))
    }
}

/// PostgreSQL, as the table's owner: traffic months wholly past `cutoff` go as a whole
/// (each drop one batch), and the months to come get their partitions. See
/// [`partitions`].
async fn drop_months(
    db: &Db,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
    any_hold: &str,
    options: &RunOptions,
    batches_left: &mut Option<u32>,
    report: &mut RuleReport,
) -> Result<(), sqlx::Error> {
    let Db::Postgres(pool) = db else { return Ok(()) };
    if !partitions::managed(pool).await? {
        return Ok(());
    }
    partitions::drop_detached(pool).await?;
    partitions::prepare(pool, cutoff, now).await?;
    loop {
        if *batches_left == Some(0) {
            report.note = Some("cut_short".into());
            return Ok(());
        }
        // Each drop pauses after its own steps (see `partitions::drop_month`).
        let Some(dropped) = partitions::drop_oldest_past(pool, cutoff, now.date_naive(), any_hold, options).await?
        else {
            return Ok(());
        };
        *batches_left = batches_left.map(|b| b - 1);
        report.deleted += dropped.rows - dropped.held;
    }
}

/// When a record of `category` whose own time is `at` is due, by the register's rule.
pub fn due_on(register: &Register, category: &str, at: DateTime<Utc>) -> Option<NaiveDate> {
    let (period, runs_from) = record_rule(register, category)?;
    rules::due_at(period, runs_from, at).map(|d| d.date_naive())
}

/// How long a category's records are kept, for customer `customer_id` in `lang`: the
/// rule, its period and source, whether each record carries its day of deletion, and
/// (for categories the run deletes from) what holds this customer's records past it.
pub async fn for_category(
    db: &Db,
    register: &Register,
    customer_id: CustomerId,
    category: &str,
    lang: crate::domain::Lang,
    now: DateTime<Utc>,
) -> Result<Option<crate::wire::retention::RetentionNow>, sqlx::Error> {
    let Some(rule) = register.category(category).and_then(|c| register.retention_rule(&c.retention)) else {
        return Ok(None);
    };
    let dated = record_rule(register, category).is_some();
    let holds = if dated {
        holds::for_customer(db, customer_id, now.date_naive(), holds::REFERENCES_NAMED).await?
    } else {
        vec![]
    };
    Ok(Some(crate::wire::retention::RetentionNow {
        rule: rule.title.get(lang).to_owned(),
        period: rule.parsed_period().and(rule.period.clone()),
        runs_from: rule.runs_from,
        source: rule.period_source.as_ref().map(|s| s.get(lang).to_owned()),
        dated,
        holds,
    }))
}

/// The audit row of one rule's report: counts, never content.
fn audit_detail(r: &RuleReport, dry_run: bool) -> String {
    format!(
        "{}/{}/due={}/deleted={}/held={}{}",
        r.category,
        r.rule,
        r.due,
        r.deleted,
        r.held_back,
        if dry_run { "/dry_run" } else { "" }
    )
}

pub(crate) async fn audit_report(db: &Db, r: &RuleReport, dry_run: bool) -> Result<(), sqlx::Error> {
    audit::record(db, Entry::new(Actor::System, None, "retention_run").detail(&audit_detail(r, dry_run))).await
}
