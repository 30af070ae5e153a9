//! The audit log's own retention (issue #17): with the clock moved past the period, the
//! oldest rows go as an unbroken beginning of the chain — up to the first row a hold
//! keeps — each batch under a checkpoint signed with the operator's key; the chain left
//! verifies against that key and no other; without the key, or in a dry run, nothing
//! goes; the database refuses to let an audit row go that no checkpoint covers.

use crate::helpers::{every_backend, seed_small};
use app::ssr::audit::{self, verify_with_key, Actor, Entry};
use app::ssr::audit_checkpoint::AuditKey;
use app::ssr::db::Db;
use app::ssr::retention::audit_log::{prune, PruneOptions};
use app::ssr::retention::holds;
use app::with_db;
use chrono::{Duration, Utc};

fn register() -> app::register::Register {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../register/elmonet.toml");
    app::register::Register::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

async fn ids(db: &Db) -> Vec<i64> {
    with_db!(db, pool => sqlx::query_scalar("SELECT id FROM audit_log ORDER BY id").fetch_all(pool).await.unwrap())
}

async fn customer(db: &Db, number: &str) -> app::domain::CustomerId {
    with_db!(db, pool => sqlx::query_scalar("SELECT id FROM customers WHERE customer_number = $1")
        .bind(number).fetch_one(pool).await.unwrap())
}

#[tokio::test]
async fn the_oldest_audit_rows_go_under_a_signed_checkpoint_up_to_the_first_held_one() {
    for db in every_backend().await {
        seed_small(&db).await;
        let register = register();
        // Nothing else is held: no open request, restriction or debt collection.
        with_db!(&db, pool => {
            sqlx::query("UPDATE requests SET status = 'completed', decided_at = $1 WHERE decided_at IS NULL")
                .bind(Utc::now()).execute(pool).await.unwrap();
            sqlx::query("UPDATE requests SET status = 'completed' WHERE status NOT IN ('completed', 'rejected', 'withdrawn')")
                .execute(pool).await.unwrap();
            sqlx::query("UPDATE customers SET processing_restricted = FALSE").execute(pool).await.unwrap();
            sqlx::query("UPDATE collection_cases SET status = 'paid'").execute(pool).await.unwrap();
        });
        // Rows of nobody and of a free customer, then one of a customer the DPO will hold,
        // then more.
        let (free, held) = (customer(&db, "200001").await, customer(&db, "200002").await);
        let of_held: i64 = with_db!(&db, pool => sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE customer_id = $1")
            .bind(held).fetch_one(pool).await.unwrap());
        assert_eq!(of_held, 0, "the held customer's first row is the one written below");
        for i in 0..9 {
            let customer = (i % 2 == 0).then_some(free);
            audit::record(&db, Entry::new(Actor::System, None, "test_event").customer(customer)).await.unwrap();
        }
        audit::record(&db, Entry::new(Actor::System, None, "test_event").customer(Some(held))).await.unwrap();
        let held_row: i64 = *ids(&db).await.last().unwrap();
        for _ in 0..3 {
            audit::record(&db, Entry::new(Actor::System, None, "test_event").customer(Some(free))).await.unwrap();
        }
        // The hold (it writes its own audit row, after the others) lasts past the moved clock.
        let dpo: app::domain::StaffId = with_db!(&db, pool => sqlx::query_scalar("SELECT id FROM accounts WHERE role = 'dpo' ORDER BY id LIMIT 1")
            .fetch_one(pool).await.unwrap());
        let today = Utc::now().date_naive();
        holds::place(&db, dpo, "200002", "Riita-asia", today + Duration::days(2000), Utc::now())
            .await
            .unwrap()
            .unwrap();
        let before = ids(&db).await;
        let expected: Vec<i64> = before.iter().copied().filter(|id| *id >= held_row).collect();
        assert!(before.len() - expected.len() >= 10, "rows to remove before the held one");
        let now = Utc::now() + Duration::days(3 * 365 + 31);
        let (key, _) = AuditKey::generate();

        // A dry run, and a run without the key, remove nothing.
        let dry =
            prune(&db, &register, Some(&key), now, PruneOptions { dry_run: true, ..Default::default() }).await.unwrap();
        assert_eq!((dry.due as usize, dry.deleted), (before.len(), 0));
        assert_eq!(dry.held_back as usize, expected.len());
        let held_why = dry.holds.clone().unwrap_or_default();
        assert!(held_why.contains("legal_hold:") && held_why.contains("after_held:"), "{held_why}");
        let keyless = prune(&db, &register, None, now, PruneOptions::default()).await.unwrap();
        assert_eq!((keyless.deleted, keyless.note.as_deref()), (0, Some("no_signing_key")));
        // (Each prune reports itself with an audit row, at the end: not yet due.)
        assert_eq!(ids(&db).await[..before.len()], before[..]);

        // The database lets no audit row go without a checkpoint.
        let refused = with_db!(&db, pool => sqlx::query("DELETE FROM audit_log WHERE id = $1").bind(before[0]).execute(pool).await.map(|_| ()));
        assert!(refused.is_err(), "an audit row went without a checkpoint");

        // With the key, in batches of four: exactly the rows before the held one go.
        let done =
            prune(&db, &register, Some(&key), now, PruneOptions { batch_size: 4, ..Default::default() }).await.unwrap();
        let removed = before.len() - expected.len();
        assert_eq!(done.deleted as usize, removed);
        let left = ids(&db).await;
        assert_eq!(left[..expected.len()], expected[..], "the held row and every later one stay");
        let checkpoints: Vec<(i64, i64)> = with_db!(&db, pool => sqlx::query_as(
            "SELECT through_id, rows_removed FROM audit_checkpoints ORDER BY id",
        ).fetch_all(pool).await.unwrap());
        assert_eq!(checkpoints.len(), removed.div_ceil(4), "one checkpoint per batch");
        assert_eq!(*checkpoints.last().unwrap(), (held_row - 1, removed as i64));

        // The chain left verifies against this key and no other, and goes on growing.
        let report = verify_with_key(&db, Some(&key.public_hex())).await.unwrap();
        assert!(report.is_intact(), "{report:?}");
        assert_eq!(report.removed as usize, removed);
        let other = AuditKey::generate().0;
        assert!(!verify_with_key(&db, Some(&other.public_hex())).await.unwrap().is_intact());
        audit::record(&db, Entry::new(Actor::System, None, "test_event")).await.unwrap();
        assert!(verify_with_key(&db, Some(&key.public_hex())).await.unwrap().is_intact());

        // A checkpoint forged with another key lets rows go, but the chain no longer
        // verifies: the forged one is not the operator's.
        let forged =
            app::ssr::audit_checkpoint::Checkpoint::signed(&other, held_row, None, removed as i64 + 1, Utc::now());
        with_db!(&db, pool => {
            sqlx::query(
                "INSERT INTO audit_checkpoints (through_id, through_hash, rows_removed, removed_at, public_key, signature)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(forged.through_id).bind(&forged.through_hash).bind(forged.rows_removed).bind(forged.removed_at)
            .bind(&forged.public_key).bind(&forged.signature).execute(pool).await.unwrap();
            sqlx::query("DELETE FROM audit_log WHERE id = $1").bind(held_row).execute(pool).await.unwrap();
        });
        let report = verify_with_key(&db, Some(&key.public_hex())).await.unwrap();
        assert_eq!(
            report.first_broken.map(|b| b.1),
            Some("the checkpoint of the removed rows is signed by another key")
        );
        // Reported like the other rules.
        let reported: i64 = with_db!(&db, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM retention_reports WHERE category = 'portal_audit_log'",
        ).fetch_one(pool).await.unwrap());
        assert_eq!(reported, 3);
    }
}
