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
pub mod holds;
pub mod relationship;
pub mod reports;

use super::audit::{self, Actor, Entry};
use super::db::{Db, Param};
use crate::domain::retention::{self as rules, Period, RunsFrom};
use crate::register::Register;
use crate::{bind_params, with_db};
use chrono::{DateTime, NaiveDate, Utc};

/// A table the run deletes from.
pub struct Target {
    /// The register category whose rule applies, or for the portal's own data the id
    /// its report goes under.
    pub category: &'static str,
    /// The portal's own data: the register's retention rule by id (its categories name
    /// their rule themselves).
    pub rule: Option<&'static str>,
    /// The customer a record belongs to, as SQL on `t`, for the holds; `None` for data
    /// no customer hold keeps.
    pub customer: Option<&'static str>,
    pub table: &'static str,
    /// The column holding the time the period runs from (NULL: not yet, e.g. an IP
    /// address still assigned).
    pub time_column: &'static str,
    /// Whether that column is a date rather than a timestamp.
    pub date_column: bool,
    /// Single records the rule keeps past the period, as SQL on `t`, and why.
    pub row_holds: &'static [(&'static str, &'static str)],
    /// Rows of other tables that point at a record and outlive it (`table`, `column`):
    /// their reference is cleared before the record goes.
    pub detach: &'static [(&'static str, &'static str)],
}

/// Everything the run deletes from, in the register's order.
pub const TARGETS: &[Target] = &[
    Target {
        category: "billing",
        rule: None,
        customer: Some("t.customer_id"),
        table: "invoices",
        time_column: "issued_on",
        date_column: true,
        // An unpaid invoice is a claim still open; one behind a debt-collection case is
        // evidence of it.
        row_holds: &[
            ("unpaid", "t.status <> 'paid'"),
            ("collection_case", "t.id IN (SELECT invoice_id FROM collection_cases)"),
        ],
        detach: &[],
    },
    Target {
        category: "ip_addresses",
        rule: None,
        customer: Some("t.customer_id"),
        table: "ip_assignments",
        time_column: "assigned_to",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "traffic_data",
        rule: None,
        customer: Some("t.customer_id"),
        table: "traffic_records",
        time_column: "started_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "call_recordings",
        rule: None,
        customer: Some("t.customer_id"),
        table: "call_recordings",
        time_column: "recorded_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    // After the records that refer to them, so a contract whose traffic went in this
    // run is not kept for it. The period runs from the end of the year the contract ended.
    Target {
        category: "contracts",
        rule: None,
        customer: Some("t.customer_id"),
        table: "contracts",
        // An active contract has not started its period.
        time_column: "ended_on",
        date_column: true,
        row_holds: &[(
            "in_use",
            "(EXISTS (SELECT 1 FROM traffic_records x WHERE x.contract_id = t.id)
              OR EXISTS (SELECT 1 FROM ip_assignments x WHERE x.contract_id = t.id)
              OR EXISTS (SELECT 1 FROM service_blocks x WHERE x.contract_id = t.id))",
        )],
        detach: &[],
    },
    // The portal's own data.
    Target {
        category: "portal_one_time_codes",
        rule: Some("portal_codes"),
        customer: None,
        table: "one_time_codes",
        time_column: "expires_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    // A new login address's link, used or not.
    Target {
        category: "portal_login_email_changes",
        rule: Some("portal_codes"),
        customer: None,
        table: "login_email_changes",
        time_column: "expires_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "portal_recovery_codes",
        rule: Some("portal_codes"),
        customer: None,
        table: "recovery_codes",
        // An unused backup code has not started its period.
        time_column: "used_at",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "portal_unconfirmed_requests",
        rule: Some("portal_unconfirmed_requests"),
        customer: None,
        table: "requesters",
        // A filed request's requester has no time to confirm by: it stays with the request.
        time_column: "confirm_by",
        date_column: false,
        row_holds: &[],
        detach: &[],
    },
    Target {
        category: "portal_feedback",
        rule: Some("portal_feedback"),
        customer: None,
        table: "accessibility_feedback",
        time_column: "received_at",
        date_column: false,
        // Unanswered feedback is a duty still open.
        row_holds: &[("unanswered", "t.answered_at IS NULL")],
        detach: &[],
    },
    // A request closed (decided or withdrawn) three years ago goes with what it carried:
    // its events, messages, requester, identity checks, copy and the recipients told
    // (deleted with it by the database). A request from someone who is no customer has
    // no customer to hold it. The changes and objections it made keep their rows, no
    // longer pointing at it.
    Target {
        category: "portal_requests",
        rule: Some("portal_requests"),
        customer: Some("COALESCE(t.customer_id, 0)"),
        table: "requests",
        // An open request has not been decided.
        time_column: "decided_at",
        date_column: false,
        row_holds: &[("open", "t.status IN ('received', 'in_progress', 'waiting_for_customer', 'extended')")],
        detach: &[("change_log", "request_id"), ("objection_events", "request_id")],
    },
];

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

/// Counts the due records into `report`: all of them, those some hold keeps, and per
/// hold. `due_sql` is a `SELECT COUNT(*) … WHERE <due>` that conditions are appended to
/// (`$1` the cutoff, `$2` the day, bound only when the SQL names it). Returns the
/// condition "some hold applies", for what is then deleted.
pub(super) async fn count_due(
    db: &Db,
    due_sql: &str,
    cutoff: &Param,
    today: NaiveDate,
    holds: &[(&str, String)],
    report: &mut RuleReport,
) -> Result<String, sqlx::Error> {
    let any_hold = if holds.is_empty() {
        "FALSE".to_owned()
    } else {
        holds.iter().map(|(_, sql)| format!("({sql})")).collect::<Vec<_>>().join(" OR ")
    };
    let count = |condition: String| {
        let sql = format!("{due_sql}{condition}");
        let params = if sql.contains("$2") { vec![cutoff.clone(), Param::Date(today)] } else { vec![cutoff.clone()] };
        async move { with_db!(db, pool => bind_params!(sqlx::query_scalar::<_, i64>(&sql), &params).fetch_one(pool).await) }
    };
    report.due = count(String::new()).await?;
    report.held_back = count(format!(" AND ({any_hold})")).await?;
    let mut reasons = Vec::new();
    for (reason, sql) in holds {
        let n = count(format!(" AND {sql}")).await?;
        if n > 0 {
            reasons.push(format!("{reason}:{n}"));
        }
    }
    if !reasons.is_empty() {
        report.holds = Some(reasons.join(","));
    }
    Ok(any_hold)
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
    /// Rows deleted per transaction.
    pub batch_size: i64,
    /// Stop after this many batches in all (to test a run cut short).
    pub max_batches: Option<u32>,
    /// A scheduled run: do nothing when a real run started after this moment (another
    /// instance ran it meanwhile). Checked under the lock.
    pub unless_ran_since: Option<DateTime<Utc>>,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self { dry_run: false, batch_size: 5_000, max_batches: None, unless_ran_since: None }
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
        let mut report = RuleReport {
            rule: rule.id.clone(),
            category: target.category.to_owned(),
            cutoff: None,
            due: 0,
            deleted: 0,
            held_back: 0,
            holds: None,
            note: None,
        };
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
            let due = format!("SELECT COUNT(*) FROM {table} t WHERE {past}");
            let any_hold = count_due(db, &due, &at, today, &all_holds, &mut report).await?;
            if !options.dry_run && report.due > report.held_back {
                let going = format!("SELECT t.id FROM {table} t WHERE {past} AND NOT ({any_hold})");
                for (other, reference) in target.detach {
                    let detach = format!("UPDATE {other} SET {reference} = NULL WHERE {reference} IN ({going})");
                    let params = vec![at.clone(), Param::Date(today)];
                    with_db!(db, pool => bind_params!(sqlx::query(&detach), &params).execute(pool).await.map(|_| ()))?;
                }
                let delete = format!(
                    "DELETE FROM {table} WHERE id IN (SELECT t.id FROM {table} t WHERE {past} AND NOT ({any_hold}) LIMIT $3)"
                );
                let params = vec![at.clone(), Param::Date(today), Param::Id(options.batch_size)];
                loop {
                    if batches_left == Some(0) {
                        report.note = Some("cut_short".into());
                        break;
                    }
                    let n = with_db!(db, pool => bind_params!(sqlx::query(&delete), &params)
                        .execute(pool).await.map(|r| r.rows_affected()))? as i64;
                    batches_left = batches_left.map(|b| b - 1);
                    report.deleted += n;
                    if n < options.batch_size {
                        break;
                    }
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
        let mut report = RuleReport {
            rule: rule.id.clone(),
            category: (*first).to_owned(),
            cutoff: None,
            due: 0,
            deleted: 0,
            held_back: 0,
            holds: None,
            note: None,
        };
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
    customer_id: i64,
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
