//! Property tests (10 000 cases each) of every parser that takes what a user or a
//! request sends: none panics on any input, and every refusal is a typed code whose
//! message exists in Finnish, Swedish and English (so the answer is a 4xx with a
//! translated message beside the field, never a 500 or a raw code).

use crate::domain::request::{check_text, RectifiableField};
use crate::domain::{ConsentChannel, ConsentPurpose, Lang, RequestKind, RequestStatus};
use crate::error::AppError;
use crate::i18n::has_text;
use proptest::prelude::*;

const CASES: u32 = 10_000;

/// Any text a browser could send: printable and control characters, multi-byte letters,
/// markup and very long runs.
fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,60}",
        "[0-9A-Za-z+\\- .@/_:]{0,40}",
        ".{0,30}",
        "[<>\"'&;]{0,10}[a-z]{0,10}",
        proptest::collection::vec(any::<char>(), 0..50).prop_map(|c| c.into_iter().collect()),
    ]
}

fn translated_everywhere(code: &str) -> bool {
    let key = AppError::InvalidInput { field: "x".into(), code: code.to_owned() }.message_key();
    [Lang::Fi, Lang::Sv, Lang::En].iter().all(|lang| has_text(*lang, &key))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn every_rectifiable_field_refuses_with_a_translated_code(input in any_input(), field in 0usize..RectifiableField::ALL.len()) {
        let field = RectifiableField::ALL[field];
        if let Err(code) = field.check(&input) {
            prop_assert!(translated_everywhere(code), "{:?}: code {} has no text in every language", field, code);
        }
    }

    #[test]
    fn free_text_refuses_with_a_translated_code(input in any_input()) {
        if let Err(code) = check_text(&input) {
            prop_assert!(translated_everywhere(code), "code {}", code);
        }
    }

    #[test]
    fn coded_arguments_never_panic(input in any_input()) {
        let _ = input.parse::<RequestKind>();
        let _ = input.parse::<RequestStatus>();
        let _ = input.parse::<ConsentPurpose>();
        let _ = input.parse::<ConsentChannel>();
        let _ = input.parse::<Lang>();
        let _ = input.parse::<RectifiableField>();
        let _ = crate::domain::IpRange::parse(&input);
        let _ = crate::domain::BusinessId::parse(&input);
        let _ = Lang::from_accept_language(&input);
        let _ = crate::domain::is_local_path(&input);
    }

    #[test]
    fn a_followed_path_never_leaves_the_site(input in any_input()) {
        if crate::domain::is_local_path(&input) {
            prop_assert!(input.starts_with('/') && !input.starts_with("//") && !input.starts_with("/\\\\"));
        }
        let encoded = crate::domain::percent_encode(&input);
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"/-_.~%".contains(&b)));
    }
}
