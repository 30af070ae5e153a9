//! The retention run (issue #17) on both backends, with the clock moved instead of
//! waited for: exactly what is past its period goes, nothing held and nothing else
//! (every other table compared before and after); a dry run changes nothing; a run cut
//! short and run again ends where one whole run does; one instance at a time on
//! PostgreSQL.

use crate::helpers::{every_backend, seed_small};
use app::ssr::db::Db;
use app::ssr::db::Param;
use app::ssr::retention::{holds, reports, run, RetentionError, RunOptions};
use app::wire::retention::Hold;
use app::with_db;
use chrono::{DateTime, Duration, Utc};

fn register() -> app::register::Register {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../register/elmonet.toml");
    app::register::Register::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every table's rows (all columns, as text) except the run's own bookkeeping, the
/// audit log it writes to, and `skip`.
async fn contents(db: &Db, skip: &[&str]) -> std::collections::BTreeMap<String, Vec<String>> {
    let tables: Vec<String> = match db {
        Db::Sqlite(pool) => sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(
            // Partitions are read through their table (traffic by month).
            "SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = to_regnamespace(current_schema())
             AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname NOT LIKE '\\_sqlx%'",
        )
        .fetch_all(pool)
        .await
        .unwrap(),
    };
    let mut out = std::collections::BTreeMap::new();
    for table in tables {
        if ["retention_reports", "audit_log", "audit_chain"].contains(&table.as_str()) || skip.contains(&table.as_str())
        {
            continue;
        }
        let rows: Vec<String> = match db {
            Db::Sqlite(pool) => {
                let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
                    .bind(&table)
                    .fetch_all(pool)
                    .await
                    .unwrap();
                let row = columns.iter().map(|c| format!("quote({c})")).collect::<Vec<_>>().join(" || '|' || ");
                sqlx::query_scalar(&format!("SELECT {row} FROM {table} ORDER BY 1")).fetch_all(pool).await.unwrap()
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar(&format!("SELECT t::text FROM {table} t ORDER BY 1")).fetch_all(pool).await.unwrap()
            }
        };
        out.insert(table, rows);
    }
    out
}

/// The customers whose due records are held, written out here (not taken from the
/// code under test): `$2` is the run's day.
const HELD_CUSTOMERS: &str = "
    t.customer_id IN (SELECT customer_id FROM requests WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended'))
    OR t.customer_id IN (SELECT id FROM customers WHERE processing_restricted)
    OR t.customer_id IN (SELECT customer_id FROM collection_cases WHERE status = 'open')
    OR t.customer_id IN (SELECT customer_id FROM legal_holds WHERE lifted_at IS NULL AND ends_on >= $2)";

/// Fails naming the tables that differ, not printing them.
fn same(
    after: std::collections::BTreeMap<String, Vec<String>>,
    before: std::collections::BTreeMap<String, Vec<String>>,
    what: &str,
) {
    let differ: Vec<&String> = before.keys().chain(after.keys()).filter(|t| before.get(*t) != after.get(*t)).collect();
    assert!(differ.is_empty(), "{what}: {differ:?}");
}

/// The ids of `table` that must survive a run at `now`: not past the cutoff, or kept by
/// `keep` (row holds), or of a customer held back, by a query of its own.
async fn survivors(db: &Db, table: &str, column: &str, cutoff: Param, now: DateTime<Utc>, keep: &str) -> Vec<i64> {
    let sql = format!(
        "SELECT t.id FROM {table} t WHERE t.{column} >= $1 OR t.{column} IS NULL OR {keep} OR {HELD_CUSTOMERS} ORDER BY t.id"
    );
    let params = [cutoff, Param::Date(now.date_naive())];
    with_db!(db, pool => app::bind_params!(sqlx::query_scalar(&sql), &params).fetch_all(pool).await.unwrap())
}

async fn ids(db: &Db, table: &str) -> Vec<i64> {
    with_db!(db, pool => sqlx::query_scalar(&format!("SELECT id FROM {table} ORDER BY id")).fetch_all(pool).await.unwrap())
}

async fn customer(db: &Db, number: &str) -> app::domain::CustomerId {
    with_db!(db, pool => sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = $1")
        .bind(number).fetch_one(pool).await.unwrap())
}

/// Holds for the test: one customer with an open request, one restricted, one under a
/// legal hold in force at the moved clock; one whose hold has ended by then and one
/// whose hold was lifted (neither holds anything); the rest free.
async fn holds(db: &Db) {
    with_db!(db, pool => {
        sqlx::query("UPDATE requests SET status = 'in_progress' WHERE customer_id = (SELECT id FROM customers WHERE customer_number = '100001')")
            .execute(pool).await.unwrap();
        sqlx::query("UPDATE customers SET processing_restricted = TRUE WHERE customer_number = '100002'")
            .execute(pool).await.unwrap();
        // An open request from someone who is no customer (the public form): it holds
        // nobody's records, and must not hold everybody's (`x IN (…, NULL)` is NULL).
        let received = Utc::now() - Duration::days(3);
        sqlx::query(
            "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details, channel)
             VALUES ('TN-2026-999999', NULL, 'question', 'received', $1, $2, '{\"question\":\"q\"}', 'email')",
        )
        .bind(received).bind(app::domain::clock::due_date(received)).execute(pool).await.unwrap();
    });
    let dpo: app::domain::StaffId = with_db!(db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE role = 'dpo' ORDER BY id LIMIT 1")
        .fetch_one(pool).await.unwrap());
    let today = Utc::now().date_naive();
    let now = Utc::now();
    let place = |number: &'static str, days: i64| {
        let db = db.clone();
        async move {
            holds::place(&db, dpo, number, "Riita-asia käräjäoikeudessa", today + Duration::days(days), now)
                .await
                .unwrap()
                .expect("a customer")
        }
    };
    place("200000", 1000).await;
    place("200001", 30).await;
    let lifted = place("200002", 1000).await;
    assert!(holds::lift(db, dpo, lifted, now).await.unwrap());
    assert!(!holds::lift(db, dpo, lifted, now).await.unwrap(), "a lifted hold is not lifted twice");
}

/// A seeded register with holds, a clock eighteen months on (much of the demo traffic,
/// recordings and ended IP addresses is then past 12 months), and the ids that must
/// survive a run.
struct Setup {
    register: app::register::Register,
    now: DateTime<Utc>,
    traffic: Vec<i64>,
    recordings: Vec<i64>,
    ip: Vec<i64>,
}

async fn setup(db: &Db) -> Setup {
    seed_small(db).await;
    holds(db).await;
    let now = Utc::now() + Duration::days(548);
    let cutoff = app::domain::retention::Period::parse("P12M").unwrap().before(now).unwrap();
    let traffic = survivors(db, "traffic_records", "started_at", Param::Time(cutoff), now, "FALSE").await;
    let recordings = survivors(db, "call_recordings", "recorded_at", Param::Time(cutoff), now, "FALSE").await;
    let ip = survivors(db, "ip_assignments", "assigned_to", Param::Time(cutoff), now, "FALSE").await;
    Setup { register: register(), now, traffic, recordings, ip }
}

const RUN_TABLES: &[&str] = &[
    "traffic_records",
    "call_recordings",
    "ip_assignments",
    "invoices",
    "contracts",
    "orders",
    "order_items",
    "one_time_codes",
    "recovery_codes",
    "accessibility_feedback",
];

#[tokio::test]
async fn a_run_removes_exactly_what_is_due_and_nothing_held_or_else() {
    for db in every_backend().await {
        let Setup { register, now, traffic, recordings, ip } = setup(&db).await;
        let (traffic_before, recordings_before, ip_before) =
            (ids(&db, "traffic_records").await, ids(&db, "call_recordings").await, ids(&db, "ip_assignments").await);
        assert!(
            traffic.len() < traffic_before.len()
                && recordings.len() < recordings_before.len()
                && ip.len() < ip_before.len(),
            "some are due"
        );
        let invoices_before = ids(&db, "invoices").await;
        let others = contents(&db, RUN_TABLES).await;

        // A dry run counts and changes nothing.
        let all = contents(&db, &[]).await;
        let dry = run(&db, &register, now, RunOptions { dry_run: true, ..Default::default() }).await.unwrap();
        same(contents(&db, &[]).await, all, "the dry run changed something");
        let traffic_report = dry.iter().find(|r| r.category == "traffic_data").unwrap();
        // Counted in windows of the time column (from six hours, sized by the rows each
        // held, over a year of records): each record before the cutoff once.
        let cutoff = app::domain::retention::Period::parse("P12M").unwrap().before(now).unwrap();
        for (category, table, column) in [
            ("traffic_data", "traffic_records", "started_at"),
            ("call_recordings", "call_recordings", "recorded_at"),
            ("ip_addresses", "ip_assignments", "assigned_to"),
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} < $1");
            let past: i64 = with_db!(&db, pool => sqlx::query_scalar(&sql).bind(cutoff).fetch_one(pool).await.unwrap());
            let report = dry.iter().find(|r| r.category == category).unwrap();
            assert_eq!(report.due, past, "{category}: {report:?}");
        }
        assert_eq!(traffic_report.due - traffic_report.held_back, (traffic_before.len() - traffic.len()) as i64);
        assert_eq!(traffic_report.deleted, 0);
        assert!(traffic_report.held_back > 0, "Maija's open request holds her old traffic back");
        let held = traffic_report.holds.as_deref().unwrap_or_default();
        for reason in ["open_request:", "restricted:", "legal_hold:"] {
            assert!(held.contains(reason), "{reason} in {held}");
        }

        // The run: exactly the due and unheld go, in batches, and nothing else changes.
        let reports = run(&db, &register, now, RunOptions { batch_size: 97, ..Default::default() }).await.unwrap();
        assert_eq!(ids(&db, "traffic_records").await, traffic);
        assert_eq!(ids(&db, "call_recordings").await, recordings);
        assert_eq!(ids(&db, "ip_assignments").await, ip);
        assert_eq!(ids(&db, "invoices").await, invoices_before, "no invoice is six years past its year");
        same(contents(&db, RUN_TABLES).await, others, "another table changed");
        let customer_data = ["traffic_data", "call_recordings", "ip_addresses", "billing"];
        let deleted: i64 =
            reports.iter().filter(|r| customer_data.contains(&r.category.as_str())).map(|r| r.deleted).sum();
        assert_eq!(
            deleted as usize,
            traffic_before.len() - traffic.len() + recordings_before.len() - recordings.len() + ip_before.len()
                - ip.len()
        );
        // Reported to the table and the audit log, with counts only.
        let reported: i64 = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM retention_reports WHERE NOT dry_run AND deleted > 0 AND category NOT LIKE 'portal%'",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(reported, 3);
        let audited: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT detail FROM audit_log WHERE action = 'retention_run' ORDER BY id",
        ).fetch_all(pool).await.unwrap());
        let rules = app::ssr::retention::TARGETS.len() + 1;
        assert_eq!(audited.len(), 2 * rules, "{audited:?}");
        assert!(audited[0].starts_with("billing/accounting/due=") && audited[0].ends_with("/dry_run"));
        // A second run finds nothing more to do.
        let again = run(&db, &register, now, RunOptions::default()).await.unwrap();
        assert!(again.iter().all(|r| r.deleted == 0));
        // The staff page's reading: the latest run first, its rules in order.
        let latest = reports::latest(&db, 5).await.unwrap();
        let n = rules;
        assert_eq!(latest.len(), 3 * n);
        assert!(latest[..n].iter().all(|r| !r.dry_run && r.deleted == 0) && latest[2 * n].dry_run);
        let first = latest[n..2 * n].iter().find(|r| r.category == "traffic_data").unwrap();
        assert!(!first.dry_run && first.holds.iter().any(|(reason, n)| reason == "legal_hold" && *n > 0), "{first:?}");
    }
}

#[tokio::test]
async fn invoices_and_orders_go_six_years_after_the_end_of_their_year_unless_unpaid_or_in_use() {
    for db in every_backend().await {
        seed_small(&db).await;
        // Eight years on, every demo invoice is past the end of its year plus six.
        let now = Utc::now() + Duration::days(8 * 366);
        let cutoff = app::domain::retention::cutoff(
            app::domain::retention::Period::parse("P6Y").unwrap(),
            app::domain::retention::RunsFrom::EndOfYear,
            now,
        )
        .unwrap();
        let before = ids(&db, "invoices").await;
        let keep = "t.status <> 'paid' OR t.id IN (SELECT invoice_id FROM collection_cases)";
        let expected = survivors(&db, "invoices", "issued_on", Param::Date(cutoff.date_naive()), now, keep).await;
        assert!(!expected.is_empty() && expected.len() < before.len(), "{} of {}", expected.len(), before.len());
        // Orders, by the same rule from their own time, unless their customer has an
        // active contract (the register does not say which contract an order made).
        with_db!(&db, pool => sqlx::query(
            "UPDATE contracts SET status = 'ended', ended_on = $1 WHERE customer_id = (SELECT id FROM customers WHERE customer_number = '200001')",
        ).bind(Utc::now().date_naive()).execute(pool).await.map(|_| ()).unwrap());
        let order_cutoff = Param::Time(cutoff);
        let active = "t.customer_id IN (SELECT customer_id FROM contracts WHERE status = 'active')";
        let orders = survivors(&db, "orders", "ordered_at", order_cutoff, now, active).await;
        let orders_before = ids(&db, "orders").await;
        assert!(orders.len() < orders_before.len(), "some orders are due: {} of {}", orders.len(), orders_before.len());
        let items_kept: Vec<i64> = with_db!(&db, pool => sqlx::query_scalar(&format!(
            "SELECT id FROM order_items WHERE order_id IN ({}) ORDER BY id",
            orders.iter().map(|id| id.to_string()).chain(["0".into()]).collect::<Vec<_>>().join(","),
        )).fetch_all(pool).await.unwrap());
        let others = contents(&db, RUN_TABLES).await;
        let active_before: i64 = with_db!(&db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM contracts WHERE status = 'active'")
            .fetch_one(pool).await.unwrap());
        let reports = run(&db, &register(), now, RunOptions::default()).await.unwrap();
        assert_eq!(ids(&db, "invoices").await, expected);
        assert_eq!(ids(&db, "orders").await, orders, "exactly the due orders without an active contract went");
        assert_eq!(ids(&db, "order_items").await, items_kept, "with their items");
        let order_report = reports.iter().find(|r| r.category == "orders").unwrap();
        assert_eq!(order_report.deleted as usize, orders_before.len() - orders.len());
        same(contents(&db, RUN_TABLES).await, others, "another table changed");
        // Contracts: every active one stays; an ended one goes unless still referred to
        // or its customer is held.
        let (active_after, stale): (i64, i64) = with_db!(&db, pool => sqlx::query_as(&format!(
            "SELECT (SELECT COUNT(*) FROM contracts WHERE status = 'active'),
                    (SELECT COUNT(*) FROM contracts t WHERE t.status = 'ended' AND t.ended_on < $1
                     AND NOT EXISTS (SELECT 1 FROM traffic_records x WHERE x.contract_id = t.id)
                     AND NOT EXISTS (SELECT 1 FROM ip_assignments x WHERE x.contract_id = t.id)
                     AND NOT EXISTS (SELECT 1 FROM service_blocks x WHERE x.contract_id = t.id)
                     AND NOT ({HELD_CUSTOMERS}))",
        )).bind(cutoff.date_naive()).bind(now.date_naive()).fetch_one(pool).await.unwrap());
        assert_eq!(active_after, active_before, "active contracts stay");
        assert_eq!(stale, 0, "ended contracts nothing refers to went");
        let contracts = reports.iter().find(|r| r.category == "contracts").unwrap();
        assert!(contracts.deleted > 0, "{contracts:?}");
        let billing = reports.iter().find(|r| r.category == "billing").unwrap();
        assert_eq!(billing.deleted as usize, before.len() - expected.len());
        assert!(billing.holds.as_deref().is_some_and(|h| h.contains("unpaid:")), "{billing:?}");
    }
}

/// The portal's own data, with the times its rules run from: `(table, id, due at +40 days)`.
async fn portal_rows(db: &Db) -> Vec<(&'static str, i64, bool)> {
    let now = Utc::now();
    let maija = customer(db, "100001").await;
    let account: i64 = with_db!(db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE customer_id = $1")
        .bind(maija).fetch_one(pool).await.unwrap());
    let mut rows = Vec::new();
    // Codes expiring now (due 30 days on) and in 20 days (not yet).
    for (i, expires_in, due) in [(0, 0, true), (1, 20, false)] {
        let id: i64 = with_db!(db, pool => sqlx::query_scalar(
            "INSERT INTO one_time_codes (purpose, code_hash, customer_id, created_at, expires_at) VALUES ('activation', $1, $2, $3, $4) RETURNING id",
        ).bind(format!("retention-test-{i}")).bind(maija).bind(now).bind(now + Duration::days(expires_in)).fetch_one(pool).await.unwrap());
        rows.push(("one_time_codes", id, due));
    }
    // A backup code used today (due) and one never used (never).
    for (i, used) in [(0, Some(now)), (1, None)] {
        let id: i64 = with_db!(db, pool => sqlx::query_scalar(
            "INSERT INTO recovery_codes (account_id, code_hash, created_at, used_at) VALUES ($1, $2, $3, $4) RETURNING id",
        ).bind(account).bind(format!("retention-recovery-{i}")).bind(now).bind(used).fetch_one(pool).await.unwrap());
        rows.push(("recovery_codes", id, used.is_some()));
    }
    // Feedback received three years ago, answered (due) and unanswered (kept).
    let then = now - Duration::days(3 * 365);
    for (i, answered) in [(0, true), (1, false)] {
        let id: i64 = with_db!(db, pool => sqlx::query_scalar(
            "INSERT INTO accessibility_feedback (reference, received_at, due_on, lang, message, answered_at, answer)
             VALUES ($1, $2, $3, 'fi', 'Painike on liian pieni.', $4, $5) RETURNING id",
        ).bind(format!("SP-RET-{i}")).bind(then).bind(then.date_naive()).bind(answered.then_some(then))
        .bind(answered.then_some("Korjattu.")).fetch_one(pool).await.unwrap());
        rows.push(("accessibility_feedback", id, answered));
    }
    rows
}

#[tokio::test]
async fn the_portals_own_codes_and_feedback_go_after_their_period() {
    for db in every_backend().await {
        seed_small(&db).await;
        let rows = portal_rows(&db).await;
        let before: std::collections::BTreeMap<&str, Vec<i64>> = {
            let mut m = std::collections::BTreeMap::new();
            for table in ["one_time_codes", "recovery_codes", "accessibility_feedback"] {
                m.insert(table, ids(&db, table).await);
            }
            m
        };
        let others = contents(&db, RUN_TABLES).await;
        let reports = run(&db, &register(), Utc::now() + Duration::days(40), RunOptions::default()).await.unwrap();
        for (table, ids_before) in before {
            let gone: Vec<i64> = rows.iter().filter(|(t, _, due)| *t == table && *due).map(|(_, id, _)| *id).collect();
            let expected: Vec<i64> = ids_before.into_iter().filter(|id| !gone.contains(id)).collect();
            assert_eq!(ids(&db, table).await, expected, "{table}");
        }
        same(contents(&db, RUN_TABLES).await, others, "another table changed");
        let feedback = reports.iter().find(|r| r.category == "portal_feedback").unwrap();
        assert_eq!((feedback.deleted, feedback.holds.as_deref()), (1, Some("unanswered:1")));
    }
}

#[tokio::test]
async fn a_customer_is_told_what_keeps_their_data() {
    for db in every_backend().await {
        seed_small(&db).await;
        holds(&db).await;
        let today = Utc::now().date_naive();
        let maija = customer(&db, "100001").await;
        let held = holds::for_customer(&db, maija, today, 5).await.unwrap();
        assert!(
            held.iter().any(
                |h| matches!(h, Hold::OpenRequests { references, count } if !references.is_empty() && *count >= 1)
            ),
            "{held:?}"
        );
        let legal = holds::for_customer(&db, customer(&db, "200000").await, today, 5).await.unwrap();
        assert!(legal.iter().any(|h| matches!(h, Hold::Legal { reason, .. } if reason.starts_with("Riita"))));
        // The hold that ends in 30 days holds today and not after it; the lifted one never.
        let soon = customer(&db, "200001").await;
        assert!(holds::for_customer(&db, soon, today, 5)
            .await
            .unwrap()
            .iter()
            .any(|h| matches!(h, Hold::Legal { .. })));
        let later = today + Duration::days(31);
        assert!(!holds::for_customer(&db, soon, later, 5)
            .await
            .unwrap()
            .iter()
            .any(|h| matches!(h, Hold::Legal { .. })));
        let lifted = customer(&db, "200002").await;
        assert!(!holds::for_customer(&db, lifted, today, 5)
            .await
            .unwrap()
            .iter()
            .any(|h| matches!(h, Hold::Legal { .. })));
        // Staff see the holds in force, and placing and lifting is audited.
        assert_eq!(holds::in_force(&db, today).await.unwrap().len(), 2);
        let audited: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT action FROM audit_log WHERE action LIKE 'legal_hold_%' ORDER BY id",
        ).fetch_all(pool).await.unwrap());
        assert_eq!(audited, ["legal_hold_placed", "legal_hold_placed", "legal_hold_placed", "legal_hold_lifted"]);
        assert_eq!(
            holds::place(&db, app::domain::StaffId(1), "999999", "x", today, Utc::now()).await.unwrap(),
            None,
            "no such customer"
        );
    }
}

#[tokio::test]
async fn a_run_cut_short_is_finished_by_the_next() {
    for db in every_backend().await {
        let Setup { register, now, traffic, recordings, ip } = setup(&db).await;
        let total = |db: Db| async move {
            let mut n = 0;
            for table in RUN_TABLES {
                n += ids(&db, table).await.len();
            }
            n
        };
        let before = total(db.clone()).await;
        // The "crash": the run stops after two batches of 10.
        let cut = run(&db, &register, now, RunOptions { batch_size: 10, max_batches: Some(2), ..Default::default() })
            .await
            .unwrap();
        let deleted = cut.iter().map(|r| r.deleted).sum::<i64>();
        assert!(deleted > 10 && deleted <= 20, "two batches: {deleted}");
        assert!(cut.iter().any(|r| r.note.as_deref() == Some("cut_short")));
        let partway = total(db.clone()).await;
        assert_eq!(partway, before - deleted as usize, "stopped partway");
        assert!(partway > traffic.len() + recordings.len() + ip.len() + ids(&db, "invoices").await.len());
        run(&db, &register, now, RunOptions::default()).await.unwrap();
        assert_eq!(ids(&db, "traffic_records").await, traffic);
        assert_eq!(ids(&db, "call_recordings").await, recordings);
        assert_eq!(ids(&db, "ip_assignments").await, ip);
    }
}

#[tokio::test]
async fn on_postgres_one_instance_runs_it_at_a_time() {
    let Some(db) = crate::helpers::fresh_postgres().await else { return };
    seed_small(&db).await;
    let Db::Postgres(pool) = &db else { unreachable!() };
    // Another instance holds the run's lock.
    let mut other = pool.acquire().await.unwrap();
    let key: i64 = 0x7469_6574_6f6e_6901;
    let got: bool =
        sqlx::query_scalar("SELECT pg_try_advisory_lock($1)").bind(key).fetch_one(&mut *other).await.unwrap();
    assert!(got);
    let refused = run(&db, &register(), Utc::now(), RunOptions::default()).await;
    assert!(matches!(refused, Err(RetentionError::AlreadyRunning)), "{refused:?}");
    sqlx::query("SELECT pg_advisory_unlock($1)").bind(key).execute(&mut *other).await.unwrap();
    drop(other);
    assert!(run(&db, &register(), Utc::now(), RunOptions { dry_run: true, ..Default::default() }).await.is_ok());
}

/// Every text value of every table, for "is this value anywhere?".
async fn everywhere(db: &Db) -> String {
    contents(db, &[]).await.values().flatten().cloned().collect::<Vec<_>>().join("\n")
}

#[tokio::test]
async fn a_relationship_over_for_three_years_is_anonymised_unless_held() {
    for db in every_backend().await {
        seed_small(&db).await;
        // Three synthetic customers whose contracts all ended four years ago: one free,
        // one with an unpaid invoice, one under a legal hold. Their bills are paid.
        let ended = (Utc::now() - Duration::days(4 * 365)).date_naive();
        let (free, unpaid, held) =
            (customer(&db, "200000").await, customer(&db, "200001").await, customer(&db, "200002").await);
        for c in [free, unpaid, held] {
            with_db!(&db, pool => {
                sqlx::query("UPDATE contracts SET status = 'ended', ended_on = $1 WHERE customer_id = $2")
                    .bind(ended).bind(c).execute(pool).await.unwrap();
                sqlx::query("UPDATE invoices SET status = 'paid', paid_on = due_on WHERE customer_id = $1")
                    .bind(c).execute(pool).await.unwrap();
                sqlx::query("UPDATE collection_cases SET status = 'paid' WHERE customer_id = $1")
                    .bind(c).execute(pool).await.unwrap();
            });
        }
        with_db!(&db, pool => sqlx::query("UPDATE invoices SET status = 'open' WHERE id = (SELECT MIN(id) FROM invoices WHERE customer_id = $1)")
            .bind(unpaid).execute(pool).await.map(|_| ()).unwrap());
        let dpo: app::domain::StaffId = with_db!(&db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE role = 'dpo' ORDER BY id LIMIT 1")
            .fetch_one(pool).await.unwrap());
        holds::place(&db, dpo, "200002", "Takaisinperintä", Utc::now().date_naive() + Duration::days(90), Utc::now())
            .await
            .unwrap();
        let (name, code): (String, Option<String>) = with_db!(&db, pool => sqlx::query_as(
            "SELECT last_name, identity_code FROM customers WHERE id = $1",
        ).bind(free).fetch_one(pool).await.unwrap());
        let code = code.expect("a synthetic person has an identity code");
        assert!(everywhere(&db).await.contains(&code));

        // A dry run counts them; the run anonymises the free one only.
        let dry = run(&db, &register(), Utc::now(), RunOptions { dry_run: true, ..Default::default() }).await.unwrap();
        let rel = dry.iter().find(|r| r.rule == "customer_relationship").unwrap();
        assert_eq!((rel.due, rel.held_back, rel.deleted), (3, 2, 0), "{rel:?}");
        assert_eq!(rel.holds.as_deref(), Some("unpaid:1,legal_hold:1"));
        let before_others: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT customer_number || first_name || last_name || COALESCE(identity_code, '') FROM customers WHERE id <> $1 ORDER BY id",
        ).bind(free).fetch_all(pool).await.unwrap());
        let reports = run(&db, &register(), Utc::now(), RunOptions::default()).await.unwrap();
        let rel = reports.iter().find(|r| r.rule == "customer_relationship").unwrap();
        assert_eq!((rel.due, rel.held_back, rel.deleted), (3, 2, 1), "{rel:?}");
        let all = everywhere(&db).await;
        assert!(!all.contains(&code), "the identity code is gone from every table");
        let row: (String, String, Option<String>, bool) = with_db!(&db, pool => sqlx::query_as(
            "SELECT first_name, last_name, identity_code, anonymised_at IS NOT NULL FROM customers WHERE id = $1",
        ).bind(free).fetch_one(pool).await.unwrap());
        assert_eq!(row, ("-".into(), "-".into(), None, true));
        let named: i64 = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM change_log WHERE customer_id = $1 AND (old_value = $2 OR new_value = $2)",
        ).bind(free).bind(&name).fetch_one(pool).await.unwrap());
        assert_eq!(named, 0, "no copy of the name in the change log");
        let after_others: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT customer_number || first_name || last_name || COALESCE(identity_code, '') FROM customers WHERE id <> $1 ORDER BY id",
        ).bind(free).fetch_all(pool).await.unwrap());
        assert_eq!(after_others, before_others, "nobody else changed");
        let tombstones: i64 = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM change_log WHERE customer_id = $1 AND entity = 'erasure' AND source = 'retention'",
        ).bind(free).fetch_one(pool).await.unwrap());
        assert!(tombstones >= 1);
        // A second run finds nothing more to do for them.
        let again = run(&db, &register(), Utc::now(), RunOptions::default()).await.unwrap();
        let rel = again.iter().find(|r| r.rule == "customer_relationship").unwrap();
        assert_eq!((rel.due, rel.deleted), (2, 0));
    }
}

/// `(request id, rows pointing at it)` for a table of what a request carries.
async fn carried(db: &Db, table: &str) -> Vec<i64> {
    with_db!(db, pool => sqlx::query_scalar(&format!("SELECT request_id FROM {table} WHERE request_id IS NOT NULL ORDER BY request_id"))
        .fetch_all(pool).await.unwrap())
}

#[tokio::test]
async fn closed_requests_go_three_years_after_their_decision_with_what_they_carried_unless_held() {
    for db in every_backend().await {
        seed_small(&db).await;
        holds(&db).await;
        // A request from someone who is no customer, decided: nobody's hold keeps it; and
        // one of a customer nothing holds, with its events and a message.
        with_db!(&db, pool => {
            let free: i64 = sqlx::query_scalar(
                "SELECT id FROM customers WHERE customer_number NOT IN ('100001', '100002', '200000') ORDER BY id LIMIT 1",
            ).fetch_one(pool).await.unwrap();
            let received = Utc::now() - Duration::days(40);
            let request: i64 = sqlx::query_scalar(
                "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details, decided_at)
                 VALUES ('TN-2026-999997', $1, 'question', 'completed', $2, $3, '{\"question\":\"q\"}', $4) RETURNING id",
            )
            .bind(free).bind(received).bind(app::domain::clock::due_date(received)).bind(Utc::now() - Duration::days(10))
            .fetch_one(pool).await.unwrap();
            for kind in ["received", "completed"] {
                sqlx::query("INSERT INTO request_events (request_id, occurred_at, kind, actor_kind) VALUES ($1, $2, $3, 'system')")
                    .bind(request).bind(received).bind(kind).execute(pool).await.unwrap();
            }
            sqlx::query("INSERT INTO request_messages (request_id, sent_at, author_kind, body) VALUES ($1, $2, 'customer', 'Kiitos')")
                .bind(request).bind(received).execute(pool).await.unwrap();
            let received = Utc::now() - Duration::days(20);
            sqlx::query(
                "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details, channel, decided_at)
                 VALUES ('TN-2026-999998', NULL, 'question', 'completed', $1, $2, '{\"question\":\"q\"}', 'email', $3)",
            )
            .bind(received).bind(app::domain::clock::due_date(received)).bind(Utc::now() - Duration::days(2))
            .execute(pool).await.unwrap();
        });
        // The clock three years and a month on; the requests decided by then are due.
        let now = Utc::now() + Duration::days(3 * 365 + 31);
        let cutoff = app::domain::retention::Period::parse("P3Y").unwrap().before(now).unwrap();
        let open = "t.status IN ('received', 'in_progress', 'waiting_for_customer', 'extended')";
        let keep = survivors(&db, "requests", "decided_at", Param::Time(cutoff), now, open).await;
        let before = ids(&db, "requests").await;
        let decided: i64 = with_db!(&db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE decided_at IS NOT NULL")
            .fetch_one(pool).await.unwrap());
        assert!(keep.len() < before.len() && decided > (before.len() - keep.len()) as i64, "some go, some are held");
        // A change and an objection a due request made (a customer's, not held).
        let (made_change, made_objection): (i64, i64) = with_db!(&db, pool => {
            let (request, customer): (i64, i64) = sqlx::query_as(&format!(
                "SELECT id, customer_id FROM requests WHERE customer_id IS NOT NULL AND id IN ({}) ORDER BY id LIMIT 1",
                before.iter().filter(|id| !keep.contains(id)).map(|id| id.to_string()).collect::<Vec<_>>().join(","),
            )).fetch_one(pool).await.unwrap();
            let change: i64 = sqlx::query_scalar(
                "INSERT INTO change_log (customer_id, entity, entity_id, field, old_value, new_value, changed_at, actor_kind, request_id)
                 VALUES ($1, 'customers', $1, 'email', 'a@example.fi', 'b@example.fi', $2, 'staff', $3) RETURNING id",
            ).bind(customer).bind(Utc::now()).bind(request).fetch_one(pool).await.unwrap();
            let objection: i64 = sqlx::query_scalar(
                "INSERT INTO objection_events (customer_id, purpose, action, occurred_at, request_id)
                 VALUES ($1, 'direct_marketing', 'upheld', $2, $3) RETURNING id",
            ).bind(customer).bind(Utc::now()).bind(request).fetch_one(pool).await.unwrap();
            (change, objection)
        });
        let events_before = carried(&db, "request_events").await;

        let reports = run(&db, &register(), now, RunOptions { batch_size: 3, ..Default::default() }).await.unwrap();
        assert_eq!(ids(&db, "requests").await, keep, "exactly the due and unheld requests went");
        let report = reports.iter().find(|r| r.category == "portal_requests").unwrap();
        assert_eq!(report.deleted as usize, before.len() - keep.len());
        let held = report.holds.as_deref().unwrap_or_default();
        assert!(report.held_back > 0 && held.contains("open_request:"), "{held}");
        // What they carried went with them; what they changed stays, pointing nowhere.
        for table in ["request_events", "request_messages", "requesters", "identity_checks", "recipient_notifications"]
        {
            assert!(carried(&db, table).await.iter().all(|id| keep.contains(id)), "{table} of a request gone");
        }
        assert_eq!(
            carried(&db, "request_events").await,
            events_before.into_iter().filter(|id| keep.contains(id)).collect::<Vec<_>>()
        );
        let pointing: (Option<i64>, Option<i64>) = with_db!(&db, pool => (
            sqlx::query_scalar("SELECT request_id FROM change_log WHERE id = $1").bind(made_change).fetch_one(pool).await.unwrap(),
            sqlx::query_scalar("SELECT request_id FROM objection_events WHERE id = $1").bind(made_objection).fetch_one(pool).await.unwrap(),
        ));
        assert_eq!(pointing, (None, None), "the change and the objection stay, pointing nowhere");
        assert!(carried(&db, "change_log").await.iter().all(|id| keep.contains(id)));
        assert!(carried(&db, "objection_events").await.iter().all(|id| keep.contains(id)));
    }
}
