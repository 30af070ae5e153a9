//! PostgreSQL: traffic records by month (migration 0030 made `traffic_records`
//! partitioned by `started_at`, its old rows in the DEFAULT partition). The run keeps a
//! partition `traffic_records_pYYYYMM` for every month from its cutoff's month to two
//! months ahead, and a month wholly past the cutoff goes as a whole: in one transaction
//! the partition is detached and the rows a hold keeps are copied back into the table
//! (no partition covers their month any more, so they land in the default partition,
//! which the batched deletes handle once the hold ends); then the detached month, no
//! longer part of the table, is dropped (a run stopped in between leaves it to the
//! next, [`drop_detached`]). The
//! rest — rows older than the first month ever partitioned, held rows, and the part of
//! the cutoff's month already past — goes by the batched deletes as on SQLite.
//!
//! Only the table's owner may create, attach, detach and drop partitions. When the run
//! is not the owner (the app's role of `grant-app-role`), it deletes in batches only:
//! run `tietoni retention run` with `TIETONI_MIGRATION_DATABASE_URL` (or in a one-role
//! set-up) to have months dropped. Each step waits at most [`LOCK_TIMEOUT`] for its
//! locks and is then left to the next run: the portal's readers are never queued behind
//! the run for longer.

use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use sqlx::PgPool;

/// The longest a step waits for the table's lock before it is left to the next run.
pub const LOCK_TIMEOUT: &str = "2s";

/// Whether the run may manage partitions: the table is partitioned and this role owns it
/// (or is a member of its owner).
pub async fn managed(pool: &PgPool) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = to_regclass('traffic_records')
                          AND c.relkind = 'p' AND pg_has_role(c.relowner, 'USAGE'))",
    )
    .fetch_one(pool)
    .await
}

/// The first moment of `at`'s month (UTC).
fn month_of(at: DateTime<Utc>) -> NaiveDate {
    NaiveDate::from_ymd_opt(at.year(), at.month(), 1).expect("the first of a month")
}

/// Midnight UTC at the start of `day`.
pub(super) fn start(day: NaiveDate) -> DateTime<Utc> {
    day.and_hms_opt(0, 0, 0).expect("midnight").and_utc()
}

fn name(month: NaiveDate) -> String {
    format!("traffic_records_p{:04}{:02}", month.year(), month.month())
}

/// The month a partition's name stands for.
fn month_named(name: &str) -> Option<NaiveDate> {
    let digits = name.strip_prefix("traffic_records_p")?;
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(digits[..4].parse().ok()?, digits[4..].parse().ok()?, 1)
}

/// The monthly partitions there are, oldest first.
pub async fn months(pool: &PgPool) -> Result<Vec<NaiveDate>, sqlx::Error> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
         WHERE i.inhparent = to_regclass('traffic_records')",
    )
    .fetch_all(pool)
    .await?;
    let mut months: Vec<NaiveDate> = names.iter().filter_map(|n| month_named(n)).collect();
    months.sort();
    Ok(months)
}

fn lock_timed_out(e: &sqlx::Error) -> bool {
    e.as_database_error().and_then(|d| d.code()).is_some_and(|c| c == "55P03")
}

/// Makes the partitions from `cutoff`'s month to two months after `now`'s, moving each
/// month's rows out of the default partition first. Returns how many were made.
pub async fn prepare(pool: &PgPool, cutoff: DateTime<Utc>, now: DateTime<Utc>) -> Result<u32, sqlx::Error> {
    let have = months(pool).await?;
    let last = month_of(now) + Months::new(2);
    let (mut month, mut made) = (month_of(cutoff), 0);
    while month <= last {
        if !have.contains(&month) {
            match make(pool, month).await {
                Ok(()) => made += 1,
                Err(e) if lock_timed_out(&e) => {
                    tracing::warn!(partition = %name(month), "traffic partition left to the next run: the table was busy");
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        month = month + Months::new(1);
    }
    Ok(made)
}

async fn make(pool: &PgPool, month: NaiveDate) -> Result<(), sqlx::Error> {
    let (from, to) = (start(month), start(month + Months::new(1)));
    let table = name(month);
    let mut tx = pool.begin().await?;
    sqlx::query(&format!("SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")).execute(&mut *tx).await?;
    sqlx::query(&format!(
        "CREATE TABLE {table} (LIKE traffic_records INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
                               CHECK (started_at >= '{from}' AND started_at < '{to}'))",
        from = from.to_rfc3339(),
        to = to.to_rfc3339()
    ))
    .execute(&mut *tx)
    .await?;
    const COLUMNS: &str = "id, customer_id, contract_id, started_at, duration_seconds, direction, kind, other_party";
    sqlx::query(&format!(
        "WITH moved AS (DELETE FROM traffic_records_default WHERE started_at >= $1 AND started_at < $2
                        RETURNING {COLUMNS})
         INSERT INTO {table} ({COLUMNS}) SELECT {COLUMNS} FROM moved"
    ))
    .bind(from)
    .bind(to)
    .execute(&mut *tx)
    .await?;
    // The CHECK spares the attach a scan of the new partition.
    sqlx::query(&format!(
        "ALTER TABLE traffic_records ATTACH PARTITION {table} FOR VALUES FROM ('{from}') TO ('{to}')",
        from = from.to_rfc3339(),
        to = to.to_rfc3339()
    ))
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// A month that went as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dropped {
    pub month: NaiveDate,
    /// Its rows, the held ones included.
    pub rows: i64,
    /// Rows a hold kept, copied back into the table.
    pub held: i64,
}

/// Drops the months a run detached but did not get to drop (it stopped in between): tables
/// named like a month's partition that are no partition of `traffic_records`. Their held
/// rows went back into the table with the detach. How many went.
pub async fn drop_detached(pool: &PgPool) -> Result<usize, sqlx::Error> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c
         WHERE c.relkind = 'r' AND NOT c.relispartition AND starts_with(c.relname::text, 'traffic_records_p')
           AND pg_table_is_visible(c.oid)",
    )
    .fetch_all(pool)
    .await?;
    let mut dropped = 0;
    for table in names.iter().filter(|n| month_named(n).is_some()) {
        sqlx::query(&format!("DROP TABLE IF EXISTS {table}")).execute(pool).await?;
        tracing::info!(partition = %table, "detached traffic month dropped");
        dropped += 1;
    }
    Ok(dropped)
}

/// Drops the oldest month wholly before `cutoff`, keeping the rows for which `held`
/// (SQL on `t`, `$2` the run's day) is true. `None`: no month is wholly past, or the
/// table was busy (left to the next run).
pub async fn drop_oldest_past(
    pool: &PgPool,
    cutoff: DateTime<Utc>,
    today: NaiveDate,
    held: &str,
    options: &super::RunOptions,
) -> Result<Option<Dropped>, sqlx::Error> {
    let Some(month) = months(pool).await?.into_iter().find(|m| start(*m + Months::new(1)) <= cutoff) else {
        return Ok(None);
    };
    match drop_month(pool, month, cutoff, today, held, options).await {
        Ok(dropped) => Ok(Some(dropped)),
        Err(e) if lock_timed_out(&e) => {
            tracing::warn!(partition = %name(month), "traffic partition left to the next run: the table was busy");
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

async fn drop_month(
    pool: &PgPool,
    month: NaiveDate,
    cutoff: DateTime<Utc>,
    today: NaiveDate,
    held: &str,
    options: &super::RunOptions,
) -> Result<Dropped, sqlx::Error> {
    let table = name(month);
    let began = std::time::Instant::now();
    let mut tx = pool.begin().await?;
    sqlx::query(&format!("SET LOCAL lock_timeout = '{LOCK_TIMEOUT}'")).execute(&mut *tx).await?;
    // One core for the scans below: parallel workers would take every core the pages
    // need (a month is large enough for PostgreSQL to plan them).
    sqlx::query("SET LOCAL max_parallel_workers_per_gather = 0").execute(&mut *tx).await?;
    // The slow part first, while pages still read the month: no row of it changes from
    // here on (writers wait), its rows are counted and the held ones put aside.
    sqlx::query(&format!("LOCK TABLE {table} IN SHARE MODE")).execute(&mut *tx).await?;
    sqlx::query("CREATE TEMPORARY TABLE traffic_kept (LIKE traffic_records) ON COMMIT DROP").execute(&mut *tx).await?;
    // In slices of the table's pages (a TID range scan reads just those), each counted
    // and its held rows put aside in one statement of a few milliseconds, with a pause
    // after it: one statement over the whole month (about 200 ms for 800 000 rows)
    // would hold a core the pages need for that long.
    let size: i64 =
        sqlx::query_scalar(&format!("SELECT pg_relation_size('{table}') / current_setting('block_size')::bigint"))
            .fetch_one(&mut *tx)
            .await?;
    let (mut rows, mut kept) = (0_i64, 0_i64);
    let (mut first, slice) = (0, options.month_slice_pages.max(1));
    while first < size {
        let these = format!("t.ctid >= '({first},0)'::tid AND t.ctid < '({},0)'::tid", first + slice);
        // `$1` is named so both parameters have a type; every row of the month is before it.
        let sql = format!(
            "WITH kept AS (INSERT INTO traffic_kept SELECT t.* FROM {table} t
                           WHERE {these} AND t.started_at < $1 AND ({held}) RETURNING 1)
             SELECT (SELECT COUNT(*) FROM {table} t WHERE {these}), (SELECT COUNT(*) FROM kept)"
        );
        let mut query = sqlx::query_as::<_, (i64, i64)>(&sql).bind(cutoff);
        if held.contains("$2") {
            query = query.bind(today);
        }
        let started = std::time::Instant::now();
        let (in_slice, kept_in_slice) = query.fetch_one(&mut *tx).await?;
        options.pause_after(started).await;
        rows += in_slice;
        kept += kept_in_slice;
        first += slice;
    }
    let scanned = began.elapsed();
    let detaching = std::time::Instant::now();
    // Then the table itself, only for as long as detaching and putting the held rows
    // back take (no partition covers their month now: they land in the default one).
    sqlx::query(&format!("ALTER TABLE traffic_records DETACH PARTITION {table}")).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO traffic_records SELECT * FROM traffic_kept").execute(&mut *tx).await?;
    tx.commit().await?;
    // How long pages could not read the table (detach to commit), for the operator.
    let exclusive = began.elapsed() - scanned;
    // The month is a table of its own now, out of every page's reach: dropping it (its
    // files unlinked) locks nothing pages read. A crash before this leaves it for the
    // next run ([`drop_detached`]).
    sqlx::query(&format!("DROP TABLE IF EXISTS {table}")).execute(pool).await?;
    tracing::info!(
        partition = %table, rows, held = kept, scan_ms = scanned.as_millis() as u64,
        exclusive_ms = exclusive.as_millis() as u64,
        drop_ms = (began.elapsed() - scanned - exclusive).as_millis() as u64, "traffic month dropped"
    );
    options.pause_after(detaching).await;
    Ok(Dropped { month, rows, held: kept })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_partition_is_named_by_its_month_and_back() {
        let march = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(name(march), "traffic_records_p202703");
        assert_eq!(month_named("traffic_records_p202703"), Some(march));
        assert_eq!(month_named("traffic_records_default"), None);
        assert_eq!(month_named("traffic_records_p20273"), None);
        let late = "2027-03-31T23:59:59Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(month_of(late), march);
        assert_eq!(start(march + Months::new(1)), "2027-04-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap());
    }
}
