//! PostgreSQL's traffic partitions under the retention run (issue #17): as the table's
//! owner the run drops whole months past the cutoff, keeping held rows; as the app's
//! role it deletes in batches; either way exactly the due and unheld rows go, and a run
//! cut short between two months (or stopped between a month's detach and its drop) is
//! finished by the next. An installation from before the partitioning keeps its app's
//! role's rights on the table through the migration.

use crate::helpers::seed_small;
use app::ssr::db::Db;
use app::ssr::retention::{holds, partitions, run, RunOptions};
use app::with_db;
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};

fn register() -> app::register::Register {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../register/elmonet.toml");
    app::register::Register::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn month_of(at: DateTime<Utc>) -> NaiveDate {
    NaiveDate::from_ymd_opt(at.year(), at.month(), 1).unwrap()
}

/// The months from `from`'s to `to`'s, both included.
fn months_between(from: DateTime<Utc>, to: NaiveDate) -> Vec<NaiveDate> {
    let mut out = vec![month_of(from)];
    while *out.last().unwrap() < to {
        out.push(*out.last().unwrap() + Months::new(1));
    }
    out
}

async fn ids(db: &Db, sql: &str) -> Vec<i64> {
    with_db!(db, pool => sqlx::query_scalar(sql).fetch_all(pool).await.unwrap())
}

/// Customers whose traffic is held: an open request, restricted processing, a legal
/// hold — written out here, not taken from the code under test.
async fn hold_some(db: &Db) {
    with_db!(db, pool => {
        sqlx::query("UPDATE requests SET status = 'in_progress' WHERE customer_id = (SELECT id FROM customers WHERE customer_number = '100001')")
            .execute(pool).await.unwrap();
        sqlx::query("UPDATE customers SET processing_restricted = TRUE WHERE customer_number = '100002'")
            .execute(pool).await.unwrap();
    });
    let dpo: app::domain::StaffId = with_db!(db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE role = 'dpo' ORDER BY id LIMIT 1")
        .fetch_one(pool).await.unwrap());
    let until = Utc::now().date_naive() + Duration::days(1000);
    holds::place(db, dpo, "200000", "Riita-asia käräjäoikeudessa", until, Utc::now()).await.unwrap().unwrap();
}

const HELD: &str =
    "customer_id IN (SELECT customer_id FROM requests WHERE customer_id IS NOT NULL AND status = 'in_progress')
    OR customer_id IN (SELECT id FROM customers WHERE processing_restricted)
    OR customer_id IN (SELECT customer_id FROM legal_holds WHERE lifted_at IS NULL)";

/// A PostgreSQL database as its owner (the test server's superuser), and the same
/// database as an app's role granted by `grant-app-role`.
async fn owner_and_app() -> Option<(Db, Db)> {
    let owner_url = crate::helpers::empty_postgres_url().await?;
    let owner = Db::connect(&owner_url, 3).await.unwrap();
    server::startup::migrate(&owner).await.unwrap();
    seed_small(&owner).await;
    let (_, app_url) = new_app_role(&owner, &owner_url).await;
    Some((owner, Db::connect(&app_url, 3).await.unwrap()))
}

/// A new login role granted by `grant-app-role` on the owner's database: its name and
/// the database's URL as that role.
async fn new_app_role(owner: &Db, owner_url: &str) -> (String, String) {
    let Db::Postgres(pool) = owner else { unreachable!() };
    let role = format!("tietoni_app_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]);
    sqlx::query(&format!("CREATE ROLE {role} LOGIN")).execute(pool).await.unwrap();
    server::startup::grant_app_role(owner, &role).await.unwrap();
    let app_url = owner_url.replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
    assert_ne!(app_url, owner_url, "the test URL names the postgres user");
    (role, app_url)
}

#[tokio::test]
async fn on_postgres_the_owner_drops_whole_months_of_traffic_and_keeps_what_is_held() {
    let Some((db, _)) = owner_and_app().await else { return };
    let Db::Postgres(pool) = &db else { unreachable!() };
    hold_some(&db).await;
    let register = register();
    let year = app::domain::retention::Period::parse("P12M").unwrap();

    // Today's run: the months from the cutoff's to two ahead get partitions, the
    // traffic moves out of the default partition, and nothing else changes.
    let today = Utc::now();
    let before = ids(&db, "SELECT id FROM traffic_records ORDER BY id").await;
    run(&db, &register, today, RunOptions::default()).await.unwrap();
    let made = partitions::months(pool).await.unwrap();
    assert_eq!(made, months_between(year.before(today).unwrap(), month_of(today) + Months::new(2)));
    let cutoff_today = year.before(today).unwrap();
    let kept_today = ids(
        &db,
        &format!(
            "SELECT id FROM traffic_records WHERE started_at >= '{}' OR {HELD} ORDER BY id",
            cutoff_today.to_rfc3339()
        ),
    )
    .await;
    assert_eq!(ids(&db, "SELECT id FROM traffic_records ORDER BY id").await, kept_today);
    assert!(kept_today.len() + 20 >= before.len(), "a year of traffic stays: {} of {}", kept_today.len(), before.len());
    let in_default = ids(&db, "SELECT id FROM traffic_records_default").await.len();
    let in_months = before.len() - in_default;
    assert!(in_months > before.len() / 2, "the traffic moved into months: {in_months} of {}", before.len());

    // Eighteen months on: every month made today is wholly past the cutoff and goes,
    // but for the held rows, which are back in the default partition.
    let now = today + Duration::days(548);
    let cutoff = year.before(now).unwrap();
    let survivors = ids(
        &db,
        &format!("SELECT id FROM traffic_records WHERE started_at >= '{}' OR {HELD} ORDER BY id", cutoff.to_rfc3339()),
    )
    .await;
    let all_before = ids(&db, "SELECT id FROM traffic_records ORDER BY id").await;
    assert!(
        !survivors.is_empty() && survivors.len() < all_before.len(),
        "held rows survive, others go: {} of {}",
        survivors.len(),
        all_before.len()
    );

    // Cut short after two batches (the IP addresses' one, if any, and a month or two):
    // the oldest months went as a whole, nothing half-done.
    let cut = run(&db, &register, now, RunOptions { max_batches: Some(2), ..Default::default() }).await.unwrap();
    let traffic = cut.iter().find(|r| r.category == "traffic_data").unwrap();
    assert_eq!(traffic.note.as_deref(), Some("cut_short"));
    let coming = months_between(cutoff, month_of(now) + Months::new(2));
    let left = partitions::months(pool).await.unwrap();
    let old_left: Vec<NaiveDate> = left.iter().filter(|m| !coming.contains(m)).copied().collect();
    assert!(left.ends_with(&coming), "the coming months were made: {left:?}");
    let dropped = made.len() - old_left.len();
    assert!((1..=2).contains(&dropped), "one or two months went: {dropped}");
    assert_eq!(old_left, made[dropped..], "the oldest months went first");
    let after_cut = ids(&db, "SELECT id FROM traffic_records ORDER BY id").await;
    assert_eq!(all_before.len() - after_cut.len(), traffic.deleted as usize);
    assert!(traffic.deleted > 0);

    // The next run finishes: exactly the survivors, held ones in the default partition.
    // It reads each month a page per statement (its slices counted and their held rows
    // put aside one by one), so the counts add up across many slices.
    let pages: i64 = sqlx::query_scalar(&format!(
        "SELECT pg_relation_size('traffic_records_p{}') / 8192",
        old_left[0].format("%Y%m")
    ))
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(pages > 1, "the oldest month left is more than one page: {pages}");
    let reports = run(&db, &register, now, RunOptions { month_slice_pages: 1, ..Default::default() }).await.unwrap();
    assert_eq!(ids(&db, "SELECT id FROM traffic_records ORDER BY id").await, survivors);
    let traffic_report = reports.iter().find(|r| r.category == "traffic_data").unwrap();
    assert_eq!(traffic_report.deleted as usize, after_cut.len() - survivors.len());
    assert!(traffic_report.note.is_none(), "{traffic_report:?}");
    assert_eq!(
        partitions::months(pool).await.unwrap(),
        months_between(cutoff, month_of(now) + Months::new(2)),
        "the old months are gone, the coming ones made"
    );
    assert_eq!(ids(&db, "SELECT id FROM traffic_records_default ORDER BY id").await, survivors, "held rows kept");
    // The held rows still read as the customer's data, the newest first.
    let held_customer: i64 = sqlx::query_scalar("SELECT customer_id FROM traffic_records ORDER BY id LIMIT 1")
        .fetch_one(pool)
        .await
        .unwrap();
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM traffic_records WHERE customer_id = $1")
        .bind(held_customer)
        .fetch_one(pool)
        .await
        .unwrap();
    assert!(n > 0);

    // A run that stopped between a month's detach (committed with its held rows put
    // back) and its drop left the month as a table of its own: the next run drops it,
    // and the table keeps exactly what it had.
    sqlx::query("CREATE TABLE traffic_records_p200001 AS SELECT * FROM traffic_records LIMIT 3")
        .execute(pool)
        .await
        .unwrap();
    run(&db, &register, now, RunOptions::default()).await.unwrap();
    let left: Option<String> =
        sqlx::query_scalar("SELECT to_regclass('traffic_records_p200001')::text").fetch_one(pool).await.unwrap();
    assert_eq!(left, None, "the detached month is dropped");
    assert_eq!(ids(&db, "SELECT id FROM traffic_records ORDER BY id").await, survivors);
}

#[tokio::test]
async fn on_postgres_the_apps_role_deletes_the_same_traffic_in_batches() {
    let Some((owner, db)) = owner_and_app().await else { return };
    hold_some(&owner).await;
    let register = register();
    let now = Utc::now() + Duration::days(548);
    let cutoff = app::domain::retention::Period::parse("P12M").unwrap().before(now).unwrap();
    let survivors = ids(
        &db,
        &format!("SELECT id FROM traffic_records WHERE started_at >= '{}' OR {HELD} ORDER BY id", cutoff.to_rfc3339()),
    )
    .await;
    let before = ids(&db, "SELECT id FROM traffic_records ORDER BY id").await;
    let Db::Postgres(as_app) = &db else { unreachable!() };
    assert!(!partitions::managed(as_app).await.unwrap(), "the app's role does not own the table");
    let reports = run(&db, &register, now, RunOptions { batch_size: 500, ..Default::default() }).await.unwrap();
    assert_eq!(ids(&db, "SELECT id FROM traffic_records ORDER BY id").await, survivors);
    let traffic = reports.iter().find(|r| r.category == "traffic_data").unwrap();
    assert_eq!(traffic.deleted as usize, before.len() - survivors.len());
    let Db::Postgres(pool) = &owner else { unreachable!() };
    assert!(partitions::months(pool).await.unwrap().is_empty(), "no partition was made");
}

/// An installation from before the partitioning (migration 0030), its app's role granted
/// by `grant-app-role` then: after the migration the role reads, adds and deletes traffic
/// exactly as before, on the new partitioned table, and gains no right it did not have.
#[tokio::test]
async fn on_postgres_an_installed_apps_role_keeps_its_rights_on_traffic_through_the_partitioning() {
    const PARTITIONING: i64 = 20261203000030;
    let Some(owner_url) = crate::helpers::empty_postgres_url().await else { return };
    let owner = Db::connect(&owner_url, 2).await.unwrap();
    let Db::Postgres(pool) = &owner else { unreachable!() };
    let all = sqlx::migrate!("./migrations/postgres");
    assert!(all.iter().any(|m| m.version == PARTITIONING), "the partitioning migration is still {PARTITIONING}");
    let before = sqlx::migrate::Migrator {
        migrations: all.iter().filter(|m| m.version < PARTITIONING).cloned().collect::<Vec<_>>().into(),
        ..sqlx::migrate::Migrator::DEFAULT
    };
    before.run(pool).await.unwrap();
    let (role, app_url) = new_app_role(&owner, &owner_url).await;
    let rights = || {
        let role = role.clone();
        async move {
            let mut held = Vec::new();
            for right in ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"] {
                let has: bool = sqlx::query_scalar("SELECT has_table_privilege($1, $2, $3)")
                    .bind(&role)
                    .bind("traffic_records")
                    .bind(right)
                    .fetch_one(pool)
                    .await
                    .unwrap();
                if has {
                    held.push(right);
                }
            }
            held
        }
    };
    let rights_before = rights().await;
    assert_eq!(rights_before, ["SELECT", "INSERT", "UPDATE", "DELETE"]);

    let customer: i64 = sqlx::query_scalar(
        "INSERT INTO customers (customer_number, kind, first_name, last_name, street_address, postal_code, city, created_at)
         VALUES ('900001', 'private', 'Testi', 'Asiakas', 'Katu 1', '00100', 'Helsinki', now()) RETURNING id",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let app = Db::connect(&app_url, 2).await.unwrap();
    let Db::Postgres(app_pool) = &app else { unreachable!() };
    let add = "INSERT INTO traffic_records (customer_id, started_at, duration_seconds, direction, kind, other_party)
               VALUES ($1, now() - interval '3 days', 60, 'outgoing', 'call', '+358401234567') RETURNING id";
    let old: i64 = sqlx::query_scalar(add).bind(customer).fetch_one(app_pool).await.unwrap();

    server::startup::migrate(&owner).await.unwrap();
    let partitioned: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'traffic_records'::regclass)",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    assert!(partitioned, "traffic_records is partitioned after the migration");
    assert_eq!(rights().await, rights_before, "the same rights, no more");

    // As the app: the row from before is there, a new one goes in, one goes out.
    let new: i64 = sqlx::query_scalar(add).bind(customer).fetch_one(app_pool).await.unwrap();
    assert!(new > old, "ids still come from the one sequence");
    let seen: Vec<i64> = sqlx::query_scalar("SELECT id FROM traffic_records WHERE customer_id = $1 ORDER BY id")
        .bind(customer)
        .fetch_all(app_pool)
        .await
        .unwrap();
    assert_eq!(seen, [old, new]);
    let gone = sqlx::query("DELETE FROM traffic_records WHERE id = $1").bind(old).execute(app_pool).await.unwrap();
    assert_eq!(gone.rows_affected(), 1);
    let truncate = sqlx::query("TRUNCATE traffic_records").execute(app_pool).await;
    assert!(truncate.is_err(), "the app's role may not empty the table");
    app.close().await;
    owner.close().await;
}
