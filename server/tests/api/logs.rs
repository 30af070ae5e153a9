//! Proof that personal data and secrets stay out of the logs (issue #15): the test
//! command captures the logs of the integration suite and of the end2end run's server
//! (the portal's own code at debug level), then runs these two ignored tests over them.

use app::ssr::db::Db;
use app::ssr::second_factor::DEMO_STAFF_SECRET;
use app::ssr::seed::*;
use app::with_db;

/// Every seeded identity code, email address, phone number, street address and IP
/// address in `db`, and the demo passwords and staff TOTP secret.
async fn seeded_values(db: &Db) -> Vec<String> {
    let mut values: Vec<String> = with_db!(db, pool => sqlx::query_scalar(
        "SELECT v FROM (SELECT identity_code AS v FROM customers UNION SELECT email FROM customers
                        UNION SELECT phone FROM customers UNION SELECT street_address FROM customers
                        UNION SELECT email FROM accounts UNION SELECT address FROM ip_assignments) AS seeded
         WHERE v IS NOT NULL",
    ).fetch_all(pool).await.unwrap());
    values.extend(
        [DEMO_PRIVATE_PASSWORD, DEMO_BUSINESS_PASSWORD, DEMO_SERVICE_PASSWORD, DEMO_DPO_PASSWORD].map(str::to_owned),
    );
    values.push(DEMO_STAFF_SECRET.to_owned());
    values
}

fn read(var: &str) -> String {
    let path = std::env::var(var).unwrap_or_else(|_| panic!("{var} names the file to check"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{var}: {e}"))
}

/// The values of `values` (6 characters or longer) that occur in `log`; the assertion
/// message gives only how many and the first one's length, never the value itself.
fn assert_none_in(log: &str, values: &[String], what: &str) {
    let leaked: Vec<&String> = values.iter().filter(|v| v.len() >= 6 && log.contains(v.as_str())).collect();
    assert!(
        leaked.is_empty(),
        "{} of {} {what} are in the log (the first is {} characters long)",
        leaked.len(),
        values.len(),
        leaked.first().map(|v| v.len()).unwrap_or(0)
    );
}

/// Shapes that would mean a header or a link with a secret was logged whole.
fn assert_no_secret_shapes(log: &str) {
    for shape in ["tietoni_session=", "__Host-tietoni=", "set-cookie", "cookie:", "avain=", "authorization:"] {
        assert!(!log.to_lowercase().contains(shape), "the log holds {shape:?}");
    }
}

/// The test command runs the integration tests with every log line captured
/// (`TEST_LOG=1`) into the file named by `TIETONI_CAPTURED_LOG`, then runs this test,
/// which fails on any seeded identity code, email address, phone number, street
/// address, IP address, demo password or TOTP secret in it.
#[tokio::test]
#[ignore = "run by scripts/test.sh after the suite, on its captured logs"]
async fn the_captured_logs_hold_no_seeded_personal_data() {
    let log = read("TIETONI_CAPTURED_LOG");
    assert!(
        log.lines().count() > 1000,
        "the log is too short to have captured the suite: {} lines",
        log.lines().count()
    );
    let db = crate::helpers::fresh_sqlite().await;
    crate::helpers::seed_small(&db).await;
    let values = seeded_values(&db).await;
    assert!(values.len() > 20, "{}", values.len());
    assert_none_in(&log, &values, "seeded personal values");
    assert_no_secret_shapes(&log);
}

/// The end2end suite runs its server with the portal's own code logging at debug level
/// into `TIETONI_E2E_LOG`, on the SQLite database `TIETONI_E2E_DB` seeded with the demo
/// register; its tests write every session id, reset token, activation code, TOTP
/// secret and recovery code they were given to `TIETONI_E2E_SECRETS`. None of the
/// seeded personal data, none of those secrets and no token in a mail of the outbox
/// `TIETONI_E2E_OUTBOX` may be in the server's log.
#[tokio::test]
#[ignore = "run by scripts/test.sh after the end2end suite, on its server's log"]
async fn the_end2end_servers_log_holds_no_personal_data_session_ids_or_tokens() {
    let log = read("TIETONI_E2E_LOG");
    assert!(log.lines().count() > 1000, "the log is too short to have captured the run: {} lines", log.lines().count());
    let db_path = std::env::var("TIETONI_E2E_DB").expect("TIETONI_E2E_DB names the end2end database");
    let db = Db::connect(&format!("sqlite:{db_path}"), 1).await.expect("the end2end database");
    let values = seeded_values(&db).await;
    assert!(values.len() > 100, "the demo register has more people than {}", values.len());
    assert_none_in(&log, &values, "seeded personal values");

    let secrets: Vec<String> = read("TIETONI_E2E_SECRETS").lines().map(str::to_owned).collect();
    assert!(secrets.len() >= 20, "the tests recorded only {} secrets", secrets.len());
    assert_none_in(&log, &secrets, "session ids and secrets the tests were given");

    let mut tokens = Vec::new();
    let outbox = std::env::var("TIETONI_E2E_OUTBOX").expect("TIETONI_E2E_OUTBOX names the outbox");
    for entry in walk(std::path::Path::new(&outbox)) {
        let text = std::fs::read_to_string(&entry).unwrap_or_default().replace("=\r\n", "").replace("=3D", "=");
        for (i, _) in text.match_indices("avain=") {
            tokens.push(text[i + 6..].chars().take_while(char::is_ascii_hexdigit).collect::<String>());
        }
    }
    assert!(!tokens.is_empty(), "the outbox holds no reset link: the check would prove nothing");
    assert_none_in(&log, &tokens, "tokens of mailed links");
    assert_no_secret_shapes(&log);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path))
        } else {
            files.push(path)
        }
    }
    files
}
