//! Counting what a rule finds due: all of it, what some hold keeps, and per hold. For a
//! rule's table the count goes in windows of its time column, each a statement over
//! some [`ROWS_PER_WINDOW`] rows followed by the run's pause: at telecom scale one
//! statement over all that is due (a week of traffic, some 70–400 ms) would hold a core
//! the pages need for that long.

use super::partitions::start;
use super::{RuleReport, RunOptions, Target};
use crate::ssr::db::{Db, Param};
use crate::{bind_params, with_db};
use chrono::{Duration, NaiveDate};
use std::time::Instant;

/// The first window (six hours of traffic at 10 million records a year: some 7 000 rows).
const FIRST_WINDOW: Duration = Duration::hours(6);
/// The rows a window is sized to hold (a count of 10 000 traffic rows with the holds:
/// about 5 ms on a 2-core machine, besides each statement's few ms of planning).
const ROWS_PER_WINDOW: i64 = 10_000;

/// Counts the due records into `report`, in one statement: one pass over them. `due_sql`
/// is a `SELECT COUNT(*) … WHERE <due>` (`$1` the cutoff, `$2` the day, bound only when
/// the SQL names it). Returns the condition "some hold applies", for what is then
/// deleted.
pub(super) async fn count_due(
    db: &Db,
    due_sql: &str,
    cutoff: &Param,
    today: NaiveDate,
    holds: &[(&str, String)],
    report: &mut RuleReport,
) -> Result<String, sqlx::Error> {
    let any_hold = any_hold(holds);
    let sql = counting_sql(due_sql, &any_hold, holds);
    let params = if sql.contains("$2") { vec![cutoff.clone(), Param::Date(today)] } else { vec![cutoff.clone()] };
    let counts = fetch_counts(db, &sql, &params).await?;
    fill(report, holds, &counts);
    Ok(any_hold)
}

/// Counts `target`'s records before `cutoff` into `report` as [`count_due`] does, in
/// windows of its time column from the oldest record on. Each window is sized from the
/// rows the last one held ([`next_window`]), so it holds about [`ROWS_PER_WINDOW`]
/// whatever the table's density; the run's pause follows each. The windows split the
/// column's values, so every record is counted once.
pub(super) async fn count_due_in_windows(
    db: &Db,
    target: &Target,
    cutoff: &Param,
    today: NaiveDate,
    holds: &[(&str, String)],
    options: &RunOptions,
    report: &mut RuleReport,
) -> Result<String, sqlx::Error> {
    let (table, column) = (target.table, target.time_column);
    let any_hold = any_hold(holds);
    let sql = counting_sql(
        &format!("SELECT COUNT(*) FROM {table} t WHERE t.{column} < $1 AND t.{column} >= $3 AND t.{column} < $4"),
        &any_hold,
        holds,
    );
    let oldest = format!("SELECT MIN(t.{column}) FROM {table} t WHERE t.{column} < $1");
    let mut totals = vec![0; holds.len() + 2];
    // Windows of time, or of whole days for a column of dates.
    let (mut from, end) = match cutoff {
        Param::Date(end) => {
            let oldest: Option<NaiveDate> =
                with_db!(db, pool => sqlx::query_scalar(&oldest).bind(*end).fetch_one(pool).await)?;
            (oldest.map(start), start(*end))
        }
        Param::Time(end) => (with_db!(db, pool => sqlx::query_scalar(&oldest).bind(*end).fetch_one(pool).await)?, *end),
        _ => unreachable!("a cutoff is a time or a date"),
    };
    let dates = matches!(cutoff, Param::Date(_));
    let (mut window, least) =
        if dates { (Duration::days(1), Duration::days(1)) } else { (FIRST_WINDOW, Duration::seconds(1)) };
    while let Some(lo) = from.filter(|lo| *lo < end) {
        let hi = lo.checked_add_signed(window).map_or(end, |hi| hi.min(end));
        let bounds = if dates {
            [Param::Date(lo.date_naive()), Param::Date(hi.date_naive())]
        } else {
            [Param::Time(lo), Param::Time(hi)]
        };
        let params = [cutoff.clone(), Param::Date(today), bounds[0].clone(), bounds[1].clone()];
        let started = Instant::now();
        let counts = fetch_counts(db, &sql, &params).await?;
        options.pause_after(started).await;
        totals.iter_mut().zip(&counts).for_each(|(total, n)| *total += n);
        window = next_window(window, counts[0], least);
        from = Some(hi);
    }
    fill(report, holds, &totals);
    Ok(any_hold)
}

/// The window after one of `window` that held `rows`: scaled to hold
/// [`ROWS_PER_WINDOW`] at the same density, but at most four times or a quarter as long
/// (the density changes), never under `least`, and in whole days when `least` is a day.
fn next_window(window: Duration, rows: i64, least: Duration) -> Duration {
    let ms = i128::from(window.num_milliseconds());
    let scaled = (ms * i128::from(ROWS_PER_WINDOW) / i128::from(rows.max(1))).clamp(ms / 4, ms * 4);
    let next = Duration::milliseconds(i64::try_from(scaled).unwrap_or(i64::MAX / 2).min(i64::MAX / 2)).max(least);
    if least >= Duration::days(1) {
        Duration::days(next.num_days())
    } else {
        next
    }
}

/// `due_sql` (a `SELECT COUNT(*) FROM …`) counting also the rows some hold keeps and the
/// rows each hold keeps.
fn counting_sql(due_sql: &str, any_hold: &str, holds: &[(&str, String)]) -> String {
    let from = due_sql.strip_prefix("SELECT COUNT(*)").expect("a SELECT COUNT(*) of the due records");
    let counted: String = std::iter::once(any_hold)
        .chain(holds.iter().map(|(_, sql)| sql.as_str()))
        .map(|condition| format!(", COALESCE(SUM(CASE WHEN {condition} THEN 1 ELSE 0 END), 0)"))
        .collect();
    format!("SELECT COUNT(*){counted}{from}")
}

async fn fetch_counts(db: &Db, sql: &str, params: &[Param]) -> Result<Vec<i64>, sqlx::Error> {
    use sqlx::Row;
    Ok(with_db!(db, pool => {
        let row = bind_params!(sqlx::query(sql), params).fetch_one(pool).await?;
        (0..row.len()).map(|i| row.try_get::<i64, _>(i)).collect::<Result<Vec<_>, _>>()?
    }))
}

/// Puts `counts` (all, held by some hold, then per hold) into `report`.
fn fill(report: &mut RuleReport, holds: &[(&str, String)], counts: &[i64]) {
    report.due = counts[0];
    report.held_back = counts[1];
    let reasons: Vec<String> = holds
        .iter()
        .zip(&counts[2..])
        .filter(|(_, n)| **n > 0)
        .map(|((reason, _), n)| format!("{reason}:{n}"))
        .collect();
    if !reasons.is_empty() {
        report.holds = Some(reasons.join(","));
    }
}

/// The condition "some of `holds` applies".
pub(super) fn any_hold(holds: &[(&str, String)]) -> String {
    if holds.is_empty() {
        "FALSE".to_owned()
    } else {
        holds.iter().map(|(_, sql)| format!("({sql})")).collect::<Vec<_>>().join(" OR ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_sized_to_hold_the_rows_it_should_at_the_last_ones_density() {
        let (hour, second, day) = (Duration::hours(1), Duration::seconds(1), Duration::days(1));
        assert_eq!(next_window(hour, ROWS_PER_WINDOW, second), hour);
        assert_eq!(next_window(hour, ROWS_PER_WINDOW / 2, second), Duration::hours(2));
        assert_eq!(next_window(hour, 2 * ROWS_PER_WINDOW, second), Duration::minutes(30));
        // At most four times as long after an empty window, a quarter after a dense one.
        assert_eq!(next_window(hour, 0, second), Duration::hours(4));
        assert_eq!(next_window(hour, 100 * ROWS_PER_WINDOW, second), Duration::minutes(15));
        assert_eq!(next_window(second, 100 * ROWS_PER_WINDOW, second), second);
        // Columns of dates: whole days, at least one.
        assert_eq!(next_window(day, 100 * ROWS_PER_WINDOW, day), day);
        assert_eq!(next_window(Duration::days(3), ROWS_PER_WINDOW / 2, day), Duration::days(6));
        assert_eq!(next_window(Duration::days(3), 2 * ROWS_PER_WINDOW, day), day);
    }

    #[test]
    fn the_count_adds_a_sum_per_hold_after_the_one_for_any_hold() {
        let holds = [("a", "t.x = 1".to_owned()), ("b", "t.y = $2".to_owned())];
        let sql = counting_sql("SELECT COUNT(*) FROM t WHERE t.at < $1", &any_hold(&holds), &holds);
        assert_eq!(
            sql,
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN (t.x = 1) OR (t.y = $2) THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN t.x = 1 THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN t.y = $2 THEN 1 ELSE 0 END), 0) FROM t WHERE t.at < $1"
        );
        assert_eq!(any_hold(&[]), "FALSE");
    }
}
