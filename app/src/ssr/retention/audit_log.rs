//! The audit log's own retention (issue #17, the register's rule `portal_audit_log`).
//! Its rows go oldest first and only as an unbroken beginning of the chain: a row past
//! its period goes when every older row goes too, so the first row kept that a hold
//! keeps (a customer with an open request, a restriction, an open debt-collection case
//! or a legal hold) keeps every later one. Each batch writes a signed checkpoint of the
//! last row it removes and deletes up to it in the same transaction; the database lets
//! audit rows go only under a checkpoint, and without the signing key nothing goes.
//! On PostgreSQL the app's own role may not delete audit rows at all: the prune runs as
//! the schema's owner (`tietoni audit prune`), not inside `serve`.

use super::{count_due, reports, RuleReport, HOLDS};
use crate::domain::retention::Period;
use crate::register::Register;
use crate::ssr::audit_checkpoint::{AuditKey, Checkpoint};
use crate::ssr::db::{BeginWrite, Db, Param};
use crate::{bind_params, with_db};
use chrono::{DateTime, Utc};

/// The register's rule (and the reports' category) for the audit log.
pub const RULE: &str = "portal_audit_log";

/// How a prune goes.
#[derive(Debug, Clone, Copy)]
pub struct PruneOptions {
    /// Count and report, change nothing.
    pub dry_run: bool,
    /// Rows removed per transaction (one checkpoint each).
    pub batch_size: i64,
}

impl Default for PruneOptions {
    fn default() -> Self {
        Self { dry_run: false, batch_size: 5_000 }
    }
}

/// Removes the audit rows past the rule's period at `now`, as far as the chain can go
/// from its start, signing a checkpoint per batch with `key`; reports like a retention
/// run (to `retention_reports` and the audit log). Without `key` it counts and reports
/// `no_signing_key`.
pub async fn prune(
    db: &Db,
    register: &Register,
    key: Option<&AuditKey>,
    now: DateTime<Utc>,
    options: PruneOptions,
) -> Result<RuleReport, sqlx::Error> {
    let mut report = RuleReport::new(RULE, RULE);
    let cutoff = register.retention_rule(RULE).and_then(|r| r.parsed_period()).and_then(|p: Period| p.before(now));
    let Some(cutoff) = cutoff else {
        report.note = Some("no_period".into());
        return finish(db, now, options, report).await;
    };
    report.cutoff = Some(cutoff);
    let today = now.date_naive();
    let at = Param::Time(cutoff);
    // An audit row's customer may be none (a staff or system event): no hold keeps it.
    let holds: Vec<(&str, String)> = HOLDS
        .iter()
        .map(|(reason, sql)| (*reason, sql.replace("t.customer_id", "COALESCE(t.customer_id, 0)")))
        .collect();
    let any_hold =
        count_due(db, "SELECT COUNT(*) FROM audit_log t WHERE t.occurred_at < $1", &at, today, &holds, &mut report)
            .await?;
    // The first row that stays: not yet due, or held. Everything before it may go.
    let first_kept_sql = format!("SELECT MIN(t.id) FROM audit_log t WHERE NOT (t.occurred_at < $1) OR ({any_hold})");
    let params = [at.clone(), Param::Date(today)];
    let first_kept: Option<i64> =
        with_db!(db, pool => bind_params!(sqlx::query_scalar(&first_kept_sql), &params).fetch_one(pool).await)?;
    let limit = first_kept.unwrap_or(i64::MAX);
    let removable: i64 = with_db!(db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE id < $1")
        .bind(limit).fetch_one(pool).await)?;
    // Due rows kept only because an older row is held: the chain goes from its start.
    let after_held = report.due - removable - report.held_back;
    if after_held > 0 {
        let reason = format!("after_held:{after_held}");
        report.holds = Some(report.holds.take().map_or(reason.clone(), |h| format!("{h},{reason}")));
    }
    report.held_back = report.due - removable;
    if options.dry_run || removable == 0 {
        return finish(db, now, options, report).await;
    }
    let Some(key) = key else {
        report.note = Some("no_signing_key".into());
        return finish(db, now, options, report).await;
    };
    loop {
        let n = batch(db, key, limit, options.batch_size, now).await?;
        report.deleted += n;
        if n < options.batch_size {
            break;
        }
    }
    finish(db, now, options, report).await
}

/// One batch in one transaction: the checkpoint first (the trigger lets rows go only
/// under one), then the rows up to it. Returns how many went.
async fn batch(db: &Db, key: &AuditKey, limit: i64, size: i64, now: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM audit_log WHERE id < $1 ORDER BY id LIMIT $2")
            .bind(limit).bind(size).fetch_all(&mut *tx).await?;
        let Some(&last) = ids.last() else { return Ok(0) };
        let hash: Option<String> = sqlx::query_scalar("SELECT row_hash FROM audit_log WHERE id = $1")
            .bind(last).fetch_one(&mut *tx).await?;
        let before: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(rows_removed), 0) FROM audit_checkpoints")
            .fetch_one(&mut *tx).await?;
        let n = ids.len() as i64;
        let c = Checkpoint::signed(key, last, hash, before + n, now);
        sqlx::query(
            "INSERT INTO audit_checkpoints (through_id, through_hash, rows_removed, removed_at, public_key, signature)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(c.through_id).bind(&c.through_hash).bind(c.rows_removed).bind(c.removed_at).bind(&c.public_key)
        .bind(&c.signature).execute(&mut *tx).await?;
        let deleted = sqlx::query("DELETE FROM audit_log WHERE id <= $1").bind(last).execute(&mut *tx).await?.rows_affected();
        tx.commit().await?;
        Ok(deleted as i64)
    })
}

async fn finish(
    db: &Db,
    now: DateTime<Utc>,
    options: PruneOptions,
    report: RuleReport,
) -> Result<RuleReport, sqlx::Error> {
    let run_id = uuid::Uuid::new_v4().simple().to_string();
    reports::record(db, &run_id, now, options.dry_run, &report).await?;
    Ok(report)
}
