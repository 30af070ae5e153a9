//! The schema and the demo data on both backends.

use crate::helpers::{every_backend, seed_small, small_seed};
use app::domain::IdentityCode;
use app::ssr::db::Db;
use app::ssr::password::PasswordHashString;
use app::ssr::seed::*;
use app::with_db;

async fn count(db: &Db, sql: &str) -> i64 {
    with_db!(db, pool => sqlx::query_scalar::<_, i64>(sql).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn the_demo_register_fills_every_category_on_every_backend() {
    for db in every_backend().await {
        let backend = db.backend();
        let report = seed_small(&db).await;
        let opts = small_seed();
        assert!(!report.already_seeded);
        assert_eq!(report.customers, 3 + u64::from(opts.customers));
        assert_eq!(count(&db, "SELECT COUNT(*) FROM customers").await, 3 + i64::from(opts.customers));

        let maija: i64 = with_db!(&db, pool => sqlx::query_scalar("SELECT customer_id FROM accounts WHERE email = $1")
            .bind(DEMO_PRIVATE_EMAIL).fetch_one(pool).await.unwrap());
        for table in [
            "contracts",
            "orders",
            "invoices",
            "collection_cases",
            "ip_assignments",
            "other_data",
            "consent_events",
            "marketing_prohibition_events",
            "service_blocks",
            "traffic_records",
            "call_recordings",
            "change_log",
            "requests",
        ] {
            let n = count(&db, &format!("SELECT COUNT(*) FROM {table} WHERE customer_id = {maija}")).await;
            assert!(n > 0, "{backend:?}: no {table} for Maija");
        }
        let traffic = count(&db, &format!("SELECT COUNT(*) FROM traffic_records WHERE customer_id = {maija}")).await;
        assert_eq!(traffic, i64::from(opts.demo_traffic), "{backend:?}");
        assert!(count(&db, "SELECT COUNT(*) FROM order_items").await > 0);
        assert!(count(&db, "SELECT COUNT(*) FROM request_messages").await > 0);
        assert!(count(&db, "SELECT COUNT(*) FROM request_events").await > 0);

        // Matti is a business contact with a role in a company.
        let roles = count(&db, "SELECT COUNT(*) FROM business_roles b JOIN accounts a ON a.customer_id = b.customer_id WHERE a.email = 'matti.virtanen@example.fi'").await;
        assert_eq!(roles, 1, "{backend:?}");
        // Only business customers' contact persons have a role in a company.
        let private_roles = count(
            &db,
            "SELECT COUNT(*) FROM business_roles b JOIN customers c ON c.id = b.customer_id WHERE c.kind <> 'business'",
        )
        .await;
        assert_eq!(private_roles, 0, "{backend:?}: a private customer with a business role");
        assert!(count(&db, "SELECT COUNT(*) FROM business_roles").await >= 2, "{backend:?}: synthetic roles too");
    }
}

#[tokio::test]
async fn every_identity_code_is_valid_and_temporary() {
    for db in every_backend().await {
        seed_small(&db).await;
        let codes: Vec<String> = with_db!(&db, pool => sqlx::query_scalar("SELECT identity_code FROM customers").fetch_all(pool).await.unwrap());
        assert!(!codes.is_empty());
        for code in codes {
            let parsed = IdentityCode::parse(&code).expect("valid code");
            assert!(parsed.is_temporary(), "a demo code outside 900–999");
        }
    }
}

#[tokio::test]
async fn demo_accounts_have_argon2id_hashes_of_the_documented_passwords() {
    for db in every_backend().await {
        seed_small(&db).await;
        for (email, password, role) in [
            (DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD, "customer"),
            (DEMO_BUSINESS_EMAIL, DEMO_BUSINESS_PASSWORD, "customer"),
            (DEMO_SERVICE_EMAIL, DEMO_SERVICE_PASSWORD, "customer_service"),
            (DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD, "dpo"),
        ] {
            let (hash, stored_role): (String, String) = with_db!(&db, pool => sqlx::query_as("SELECT password_hash, role FROM accounts WHERE email = $1")
                .bind(email).fetch_one(pool).await.unwrap());
            assert_eq!(stored_role, role);
            assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
            let hash = PasswordHashString::from_stored(hash);
            assert!(app::ssr::password::verify(password, &hash), "{email}");
            assert!(!app::ssr::password::verify("wrong password!", &hash));
        }
    }
}

#[tokio::test]
async fn call_recordings_hold_real_audio() {
    for db in every_backend().await {
        seed_small(&db).await;
        let rows: Vec<(Vec<u8>, i64, String)> = with_db!(&db, pool => sqlx::query_as("SELECT audio, size_bytes, mime_type FROM call_recordings")
            .fetch_all(pool).await.unwrap());
        assert!(rows.len() >= 3);
        for (audio, size, mime) in rows {
            assert_eq!(audio.len() as i64, size);
            assert_eq!(mime, "audio/wav");
            let reader = hound::WavReader::new(std::io::Cursor::new(audio)).expect("a readable WAV");
            assert!(reader.duration() >= 4 * reader.spec().sample_rate);
        }
    }
}

#[tokio::test]
async fn seeding_twice_changes_nothing() {
    for db in every_backend().await {
        seed_small(&db).await;
        let before = count(&db, "SELECT COUNT(*) FROM traffic_records").await;
        let again = seed_small(&db).await;
        assert!(again.already_seeded);
        assert_eq!(count(&db, "SELECT COUNT(*) FROM traffic_records").await, before);
    }
}

#[tokio::test]
async fn the_audit_log_is_append_only_on_every_backend() {
    for db in every_backend().await {
        let backend = db.backend();
        seed_small(&db).await;
        let rows = count(&db, "SELECT COUNT(*) FROM audit_log").await;
        assert!(rows > 0);
        let update = with_db!(&db, pool => sqlx::query("UPDATE audit_log SET action = 'tampered'").execute(pool).await.map(|r| r.rows_affected()));
        assert!(update.is_err(), "{backend:?}: update allowed");
        let delete =
            with_db!(&db, pool => sqlx::query("DELETE FROM audit_log").execute(pool).await.map(|r| r.rows_affected()));
        assert!(delete.is_err(), "{backend:?}: delete allowed");
        assert_eq!(count(&db, "SELECT COUNT(*) FROM audit_log").await, rows);
        let insert = with_db!(&db, pool => sqlx::query("INSERT INTO audit_log (occurred_at, actor_kind, action) VALUES ($1, 'system', 'test')")
            .bind(chrono::Utc::now()).execute(pool).await.map(|r| r.rows_affected()));
        assert!(insert.is_ok(), "{backend:?}: {insert:?}");
    }
}

#[tokio::test]
async fn consent_history_is_kept_as_events() {
    for db in every_backend().await {
        seed_small(&db).await;
        // Maija gave partner marketing and later withdrew it: both events are there.
        let actions: Vec<String> = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT e.action FROM consent_events e JOIN accounts a ON a.customer_id = e.customer_id
             WHERE a.email = $1 AND e.purpose = 'partner_marketing' ORDER BY e.id")
            .bind(DEMO_PRIVATE_EMAIL).fetch_all(pool).await.unwrap());
        assert_eq!(actions, ["given", "withdrawn"]);
    }
}

#[tokio::test]
async fn a_hundred_thousand_traffic_records_for_one_customer_seed_on_sqlite() {
    // The benchmark scale: the seeder must handle it (on PostgreSQL the benchmark runs it).
    let db = crate::helpers::fresh_sqlite().await;
    let opts = SeedOptions { customers: 0, demo_traffic: 100_000, traffic_per_customer: 10, ..SeedOptions::default() };
    let report = seed(&db, &opts).await.unwrap();
    // Maija's, Matti's 300, and Liisa's (an ordinary customer's 10).
    assert_eq!(report.traffic_records, 100_000 + 300 + 10);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM traffic_records").await, 100_310);
}

/// Files `n` questions of the first customer, received half an hour apart back from
/// `now`, with references from `TN-2026-<first>` on; the `i`th has status `status(i)`.
async fn file_questions(
    db: &Db,
    now: chrono::DateTime<chrono::Utc>,
    n: i64,
    first: i64,
    status: impl Fn(i64) -> &'static str,
) -> app::domain::CustomerId {
    with_db!(db, pool => {
        let customer: i64 = sqlx::query_scalar("SELECT MIN(id) FROM customers").fetch_one(pool).await.unwrap();
        let mut tx = pool.begin().await.unwrap();
        for i in 0..n {
            let received = now - chrono::Duration::minutes(i * 30);
            sqlx::query(
                "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details)
                 VALUES ($1, $2, 'question', $3, $4, $5, '{\"question\":\"q\"}')",
            )
            .bind(format!("TN-2026-{:06}", first + i))
            .bind(customer)
            .bind(status(i))
            .bind(received)
            .bind(app::domain::clock::due_date(received))
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
        app::domain::CustomerId(customer)
    })
}

/// The staff queue's page of open requests on SQLite: its planner, guessing the status
/// filter selective, sorted every open request for each page. The open queue's index
/// (migration 0034, named by the queue) holds them in the queue's order, so a page is its
/// first rows and nothing is sorted. (Were the index's condition not the queue's, SQLite
/// would refuse the statement, and the staff tests would fail.)
#[tokio::test]
async fn the_staff_queue_reads_its_page_from_the_open_queue_index_on_sqlite() {
    let db = crate::helpers::fresh_sqlite().await;
    seed_small(&db).await;
    let now = chrono::Utc::now();
    file_questions(&db, now, 3000, 700_000, |_| "received").await;
    let plan: Vec<(i64, i64, i64, String)> = with_db!(&db, pool => sqlx::query_as(
        "EXPLAIN QUERY PLAN SELECT r.id FROM requests r INDEXED BY requests_open_queue
         LEFT JOIN customers c ON c.id = r.customer_id LEFT JOIN accounts a ON a.id = r.assignee_id
         WHERE r.status IN ('received', 'in_progress', 'waiting_for_customer', 'extended')
         ORDER BY COALESCE(r.extended_due_on, r.due_on), r.id LIMIT 51",
    ).fetch_all(pool).await.unwrap());
    let plan: Vec<String> = plan.into_iter().map(|(_, _, _, detail)| detail).collect();
    assert!(plan.iter().any(|d| d.contains("requests_open_queue")), "the open queue's index is read: {plan:?}");
    assert!(!plan.iter().any(|d| d.contains("TEMP B-TREE")), "nothing is sorted: {plan:?}");
    // The queue's own statement, which names the index: a full page, oldest due first,
    // then the next page after it.
    let (staff, today) = (app::domain::StaffId(1), now.date_naive());
    let mut filter = app::wire::staff::QueueFilter::default();
    let first = app::ssr::staff::queue(&db, &filter, staff, today).await.unwrap();
    assert_eq!(first.rows.len(), app::ssr::staff::QUEUE_PAGE as usize);
    assert!(first.rows.windows(2).all(|w| w[0].due_on <= w[1].due_on), "by due date");
    assert!(first.total >= 3000, "every open request is counted: {}", first.total);
    filter.after = first.next_after.clone();
    let second = app::ssr::staff::queue(&db, &filter, staff, today).await.unwrap();
    assert!(second.rows[0].due_on >= first.rows.last().unwrap().due_on, "the next page follows");
}

/// The audit log's readers beside the customer's own index each have a partial index over
/// only the rows they look for (migration 0036), so an audited action writes fewer
/// b-trees. A partial index serves only a statement whose condition implies the index's,
/// so each reader's statement is planned here on SQLite: "My data"'s count and events
/// page through the accounts' index, the staff looks through theirs, the staff accounts'
/// last sign-in through the sign-ins'; none reads the whole log. (Were a reader's text
/// to drift from its index's condition, SQLite would quietly scan the log.)
#[tokio::test]
async fn the_audit_logs_readers_find_their_rows_through_its_partial_indexes() {
    use app::ssr::audit::{self, Actor, Entry};
    let db = crate::helpers::fresh_sqlite().await;
    seed_small(&db).await;
    let Db::Sqlite(pool) = &db else { unreachable!() };
    let (customer, account): (i64, i64) = sqlx::query_as("SELECT customer_id, id FROM accounts WHERE email = $1")
        .bind(DEMO_PRIVATE_EMAIL)
        .fetch_one(pool)
        .await
        .unwrap();
    let (customer, account) = (app::domain::CustomerId(customer), app::domain::AccountId(account));
    let dpo: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(DEMO_DPO_EMAIL)
        .fetch_one(pool)
        .await
        .unwrap();
    let looks_before = app::ssr::my_data::staff_views(&db, customer).await.unwrap().len();
    for _ in 0..50 {
        let change = Entry::new(Actor::Customer, Some(account), "consent_changed").customer(Some(customer));
        audit::record(&db, change).await.unwrap();
        let look = Entry::staff(app::domain::StaffId(dpo), "view_customer_data").customer(Some(customer));
        audit::record(&db, look).await.unwrap();
    }
    audit::record(&db, Entry::new(Actor::Customer, Some(account), "sign_in").customer(Some(customer))).await.unwrap();
    audit::record(&db, Entry::staff(app::domain::StaffId(dpo), "sign_in")).await.unwrap();

    let portal = app::ssr::my_data::portal::EVENTS_OF;
    for (statement, index) in [
        (format!("SELECT {}", app::ssr::my_data::portal::COUNT_SQL), "audit_log_by_account"),
        (
            format!("SELECT * FROM audit_log l WHERE {portal} ORDER BY occurred_at DESC, id DESC LIMIT 101"),
            "audit_log_by_account",
        ),
        (format!("SELECT COUNT(*) FROM audit_log l WHERE {portal}"), "audit_log_by_account"),
        (app::ssr::my_data::STAFF_VIEWS_SQL.to_owned(), "audit_log_staff_views"),
        (app::ssr::staff_accounts::LIST_SQL.to_owned(), "audit_log_sign_ins"),
    ] {
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(&format!("EXPLAIN QUERY PLAN {statement}")).bind(customer).fetch_all(pool).await.unwrap();
        let plan: Vec<String> = plan.into_iter().map(|(_, _, _, detail)| detail).collect();
        assert!(plan.iter().any(|d| d.contains(index)), "{index} serves {statement}: {plan:?}");
        assert!(!plan.iter().any(|d| d.starts_with("SCAN l")), "the log is not read whole: {statement}: {plan:?}");
    }
    // The readers give what they did: the DPO's fifty looks, the last sign-ins.
    assert_eq!(app::ssr::my_data::staff_views(&db, customer).await.unwrap().len(), looks_before + 50);
    let staff = app::ssr::staff_accounts::list(&db).await.unwrap();
    let signed_in = staff.iter().find(|a| a.id.0 == dpo).expect("the DPO's account");
    assert!(signed_in.last_sign_in.is_some(), "the DPO's last sign-in is read");
    db.close().await;
}

/// What holds a customer's records back is read on every category page and every
/// request staff open: it counts the customer's open requests and names the oldest five.
/// The open requests' index by customer (migration 0035) answers both from the index
/// alone on SQLite (the table's rows are never read: their status is the index's
/// condition), and both backends give the same holds: every open request counted, the
/// oldest named, closed ones left out.
#[tokio::test]
async fn a_customers_open_requests_are_counted_from_their_own_index() {
    for db in every_backend().await {
        seed_small(&db).await;
        let now = chrono::Utc::now();
        let customer =
            file_questions(&db, now, 600, 710_000, |i| if i % 2 == 0 { "received" } else { "completed" }).await;
        if let Db::Sqlite(pool) = &db {
            // The holds' own subqueries (`holds_of`), naming five.
            for statement in app::ssr::retention::holds::open_requests_subqueries("5") {
                let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(&format!("EXPLAIN QUERY PLAN {statement}"))
                    .bind(customer)
                    .fetch_all(pool)
                    .await
                    .unwrap();
                let plan: Vec<String> = plan.into_iter().map(|(_, _, _, detail)| detail).collect();
                assert!(plan.iter().any(|d| d.contains("requests_open_by_customer")), "{statement}: {plan:?}");
                // The customer's open requests are not sorted (the index is in order);
                // only the at most five named are put in order for `string_agg`.
                assert!(!plan.iter().any(|d| d.contains("TEMP B-TREE FOR ORDER BY")), "nothing is sorted: {plan:?}");
                // Not one column of the table is read (its status is the index's
                // condition): no instruction of the program reads through a cursor on
                // the table itself.
                let root: i64 =
                    sqlx::query_scalar("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'requests'")
                        .fetch_one(pool)
                        .await
                        .unwrap();
                let program: Vec<(i64, String, i64, i64, i64)> =
                    sqlx::query_as(&format!("EXPLAIN {statement}")).bind(customer).fetch_all(pool).await.unwrap();
                let on_table: Vec<i64> =
                    program.iter().filter(|op| op.1 == "OpenRead" && op.3 == root).map(|op| op.2).collect();
                let reads: Vec<&(i64, String, i64, i64, i64)> =
                    program.iter().filter(|op| op.1 == "Column" && on_table.contains(&op.2)).collect();
                assert!(reads.is_empty(), "{statement} reads the table: {reads:?}");
            }
        }
        use app::ssr::retention::holds;
        let found = holds::for_customer(&db, customer, now.date_naive(), holds::REFERENCES_NAMED).await.unwrap();
        let Some(app::wire::retention::Hold::OpenRequests { references, count }) = found.first() else {
            panic!("open requests hold the customer's records: {found:?}");
        };
        assert_eq!(*count, 300, "every open request is counted, no closed one");
        // The oldest open ones: received 598, 596, … half-hours ago.
        let oldest: Vec<String> = (0..5).map(|k| format!("TN-2026-{:06}", 710_598 - 2 * k)).collect();
        assert_eq!(references, &oldest);
        db.close().await;
    }
}

/// Several instances on one PostgreSQL (issue #19): two started at once both migrate
/// without error and the migrations are applied once (the migrator holds an advisory
/// lock, so the second waits for the first).
#[tokio::test]
async fn two_instances_starting_at_once_migrate_postgres_once() {
    let Some(url) = crate::helpers::empty_postgres_url().await else { return };
    let (a, b) = (Db::connect(&url, 2).await.unwrap(), Db::connect(&url, 2).await.unwrap());
    let (first, second) = tokio::join!(server::startup::migrate(&a), server::startup::migrate(&b));
    first.expect("the first instance migrates");
    second.expect("the second instance migrates too");
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres")).unwrap().count() as i64;
    assert_eq!(count(&a, "SELECT COUNT(*) FROM _sqlx_migrations WHERE success").await, files);
    assert_eq!(count(&a, "SELECT COUNT(*) FROM objection_events").await, 0, "the newest migration is there");
    a.close().await;
    b.close().await;
}

/// TLS to PostgreSQL (issue #19): with `sslmode=verify-full` and the CA that signed the
/// server's certificate, the portal's connection is encrypted and the server verified;
/// a server whose certificate no trusted CA signed is refused. The test command's
/// PostgreSQL takes TLS with a throwaway CA (`scripts/postgres.sh ca`).
#[tokio::test]
async fn the_connection_to_postgres_is_encrypted_and_the_server_verified() {
    let Some(url) = crate::helpers::empty_postgres_url().await else { return };
    let Ok(ca) = std::env::var("TIETONI_TEST_POSTGRES_CA") else {
        assert!(
            std::env::var("TIETONI_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "TIETONI_TEST_POSTGRES_CA is not set (scripts/postgres.sh ca)"
        );
        return;
    };
    let encrypted = |db: Db| async move {
        let ssl: bool = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
        ).fetch_one(pool).await.unwrap());
        db.close().await;
        ssl
    };
    let verified = Db::connect(&format!("{url}?sslmode=verify-full&sslrootcert={ca}"), 1).await.expect("TLS, verified");
    assert!(encrypted(verified).await, "verify-full connects over TLS");
    let plain = Db::connect(&format!("{url}?sslmode=disable"), 1).await.unwrap();
    assert!(!encrypted(plain).await, "the check can tell");
    // The system's roots do not know the throwaway CA: verification refuses the server.
    let unknown = Db::connect(&format!("{url}?sslmode=verify-full"), 1).await;
    assert!(unknown.is_err(), "a server no trusted CA signed is refused");
}

/// SQLite makes `requests.customer_id` optional (issue #18) by rebuilding the table once,
/// after the migrations. On a register full of requests: every request, event, message
/// and identity check is still there after it, every foreign key still holds and still
/// cascades, and a second start leaves the table alone.
#[tokio::test]
async fn the_sqlite_requests_rebuild_keeps_every_request_and_what_refers_to_it() {
    use sqlx::Connection;
    let db = crate::helpers::fresh_sqlite().await;
    seed_small(&db).await;
    let Db::Sqlite(pool) = &db else { unreachable!() };
    // Put the table back as it was before the rebuild (customer_id NOT NULL), data and all.
    let rebuild = include_str!("../../migrations/sqlite_rebuilds/requests_customer_optional.sql");
    let old_shape = rebuild
        .replace("customer_id INTEGER REFERENCES", "customer_id INTEGER NOT NULL REFERENCES")
        .replace("CREATE UNIQUE INDEX requests_unlinked_key", "CREATE UNIQUE INDEX requests_unlinked_key_old");
    {
        let mut conn = pool.acquire().await.unwrap();
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await.unwrap();
        let mut tx = conn.begin().await.unwrap();
        sqlx::raw_sql(&old_shape).execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await.unwrap();
    }
    let not_null = "SELECT \"notnull\" FROM pragma_table_info('requests') WHERE name = 'customer_id'";
    assert_eq!(count(&db, not_null).await, 1);
    let tables = ["requests", "request_events", "request_messages", "identity_checks"];
    let mut before = Vec::new();
    for table in tables {
        before.push(count(&db, &format!("SELECT COUNT(*) FROM {table}")).await);
    }
    assert!(before.iter().all(|n| *n > 0), "the demo register has requests with events, messages and checks");
    let references: Vec<String> =
        sqlx::query_scalar("SELECT reference FROM requests ORDER BY id").fetch_all(pool).await.unwrap();

    server::startup::migrate(&db).await.unwrap();
    assert_eq!(count(&db, not_null).await, 0);
    for (table, n) in tables.iter().zip(&before) {
        assert_eq!(count(&db, &format!("SELECT COUNT(*) FROM {table}")).await, *n, "{table}");
    }
    let after: Vec<String> =
        sqlx::query_scalar("SELECT reference FROM requests ORDER BY id").fetch_all(pool).await.unwrap();
    assert_eq!(after, references);
    assert!(sqlx::query("PRAGMA foreign_key_check").fetch_all(pool).await.unwrap().is_empty());
    // A deleted request still takes its events with it, and a new one gets a fresh id.
    let (id, events): (i64, i64) = sqlx::query_as(
        "SELECT request_id, COUNT(*) FROM request_events GROUP BY request_id ORDER BY request_id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(events > 0);
    sqlx::query("DELETE FROM requests WHERE id = $1").bind(id).execute(pool).await.unwrap();
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM request_events WHERE request_id = $1")
        .bind(id)
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
    let max: i64 = sqlx::query_scalar("SELECT MAX(id) FROM requests").fetch_one(pool).await.unwrap();
    let new: i64 = sqlx::query_scalar(
        "INSERT INTO requests (reference, customer_id, kind, status, received_at, due_on, details)
         VALUES ('TN-2026-999999', NULL, 'question', 'received', CURRENT_TIMESTAMP, '2026-12-30', '{}') RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(new > max);
    // Started again: nothing to do.
    server::startup::migrate(&db).await.unwrap();
    assert_eq!(count(&db, "SELECT COUNT(*) FROM requests").await, before[0]);
}
