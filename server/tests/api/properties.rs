//! Property test at the HTTP edge (issue #15): 10 000 generated calls of the server
//! functions, each with a form body of argument names the functions take and of other
//! names, values from any text a browser could send, as a visitor, a customer and staff,
//! asking for JSON or for a page. None may answer 5xx; every 4xx is a typed error whose
//! message exists in Finnish, Swedish and English (or the address limiter's 429 with
//! Retry-After and its text in all three); every redirect stays on the site.
//!
//! One backend (SQLite): decoding and checking arguments happens before the store, and
//! `a_failing_database_answers_only_a_reference_from_every_server_function` covers the
//! store's failures on both.

use crate::helpers::{browser, spawn_app};
use app::domain::Lang;
use app::error::AppError;
use app::i18n::has_text;
use app::ssr::seed::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};

const CASES: usize = 10_000;

/// Every argument name the server functions take, and a few they do not.
const NAMES: &[&str] = &[
    "login",
    "password",
    "next",
    "code",
    "key",
    "receipt",
    "purpose",
    "channel",
    "give",
    "prohibit",
    "message",
    "page",
    "contact",
    "id",
    "answer",
    "category",
    "token",
    "new_password",
    "customer_number",
    "activation_code",
    "email",
    "reference",
    "kind",
    "idempotency_key",
    "field",
    "proposed",
    "reason",
    "scope",
    "items",
    "ground",
    "grounds",
    "purposes",
    "text",
    "body",
    "ask",
    "assignee",
    "months",
    "extension_reason",
    "outcome",
    "lift_reason",
    "recipient",
    "filter[status]",
    "filter[search]",
    "filter[kind]",
    "before",
    "after",
    "from",
    "to",
    "x",
    "__proto__",
];

/// Values: any text, the well-formed values the functions know, and numbers.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        ".{0,20}",
        "[<>\"'&;%=+\\[\\]]{0,8}[a-z0-9]{0,8}",
        proptest::sample::select(vec![
            "true",
            "false",
            "on",
            "1",
            "0",
            "-1",
            "9223372036854775808",
            "",
            "basic",
            "traffic_data",
            "email",
            "sms",
            "phone",
            "direct_marketing",
            "question",
            "approve",
            "reject",
            "TN-2026-000001",
            "me",
            "/oma",
            "//evil",
            "100001",
            "NaN",
            "null",
        ])
        .prop_map(str::to_owned),
        proptest::collection::vec(any::<char>(), 0..30).prop_map(|c| c.into_iter().collect()),
    ]
}

#[derive(Debug, Clone)]
struct Call {
    function: usize,
    caller: usize,
    json: bool,
    form: Vec<(String, String)>,
}

fn call(functions: usize) -> impl Strategy<Value = Call> {
    let pair = (proptest::sample::select(NAMES.to_vec()).prop_map(str::to_owned), value());
    (0..functions, 0..3usize, any::<bool>(), proptest::collection::vec(pair, 0..8))
        .prop_map(|(function, caller, json, form)| Call { function, caller, json, form })
}

fn translated(err: &AppError) -> bool {
    [Lang::Fi, Lang::Sv, Lang::En].iter().all(|lang| has_text(*lang, &err.message_key()))
}

#[tokio::test]
async fn any_call_of_any_server_function_answers_a_typed_translated_error_or_works() {
    let app = spawn_app().await;
    let (visitor, customer, staff) = (browser(), browser(), browser());
    app.sign_in_with(&customer, DEMO_PRIVATE_EMAIL, DEMO_PRIVATE_PASSWORD).await;
    app.sign_in_with(&staff, DEMO_DPO_EMAIL, DEMO_DPO_PASSWORD).await;
    // Functions that end the caller's session, or change its password or second factor,
    // would leave the rest of the run signed out; each has its own tests.
    let mut functions: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(p, _)| p.to_owned())
        .filter(|p| {
            !["sign_out", "end_session", "end_other_sessions", "disable_second_factor", "change_password"]
                .iter()
                .any(|f| p.contains(f))
        })
        .collect();
    functions.sort();
    assert!(functions.len() > 40, "{functions:?}");

    let mut runner = TestRunner::new(Config { cases: CASES as u32, ..Config::default() });
    let strategy = call(functions.len());
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for _ in 0..CASES {
        let case = strategy.new_tree(&mut runner).expect("a case").current();
        let client = [&visitor, &customer, &staff][case.caller];
        let path = &functions[case.function];
        let accept = if case.json { "application/json" } else { "text/html" };
        let res = client
            .post(app.url(path))
            .header(reqwest::header::ACCEPT, accept)
            .header(reqwest::header::REFERER, app.url("/oma"))
            .form(&case.form)
            .send()
            .await
            .unwrap();
        let status = res.status();
        *statuses.entry(status.as_u16()).or_default() += 1;
        let location = res.headers().get(reqwest::header::LOCATION).map(|l| l.to_str().unwrap_or("?").to_owned());
        let retry_after = res.headers().contains_key(reqwest::header::RETRY_AFTER);
        let body = res.text().await.unwrap();
        assert!(!status.is_server_error(), "{path} answered {status} to {case:?}: {body}");
        if let Some(location) = location {
            let own = location.strip_prefix(&app.address).unwrap_or(&location);
            assert!(app::domain::is_local_path(own), "{path} sent {case:?} to {location}");
            // A form post's error rides in `__err` to the page it came from.
            let url = reqwest::Url::parse(&app.url(own)).unwrap();
            if let Some((_, err)) = url.query_pairs().find(|(k, _)| k == "__err") {
                use base64::Engine;
                let json = base64::engine::general_purpose::STANDARD
                    .decode(err.as_bytes())
                    .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(err.as_bytes()))
                    .unwrap_or_else(|_| panic!("{path}: __err {err} is not base64"));
                let err: AppError = serde_json::from_slice(&json).unwrap_or_else(|_| panic!("{path}: __err {json:?}"));
                assert!(translated(&err), "{path}: {err:?} has no text in every language");
                *statuses.entry(err.status().as_u16()).or_default() += 1;
            }
        }
        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            // The per-address limiter's answer: when to try again, in all three languages.
            assert!(retry_after && ["yritä", "försök", "try again"].iter().all(|w| body.contains(w)), "{path}: {body}");
        } else if status.is_client_error() && case.json && status != reqwest::StatusCode::PAYLOAD_TOO_LARGE {
            let err: AppError = serde_json::from_str(&body).unwrap_or_else(|_| panic!("{path} {status}: {body}"));
            assert!(translated(&err), "{path}: {err:?} has no text in every language");
        }
    }
    // The run reached the functions' own checks, not only the sign-in gate.
    assert!(statuses.keys().any(|s| *s == 400 || *s == 422), "{statuses:?}");
    assert!(statuses.keys().any(|s| (200..400).contains(s)), "{statuses:?}");
    println!("statuses over {CASES} calls: {statuses:?}");
}
