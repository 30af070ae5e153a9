//! Requests and complaints (privacy notice §9, §11): the customer's requests with their
//! status and due date, a form for each kind of request, a page per request with its
//! timeline, messages and what can still be done, and the route to the Data Protection
//! Ombudsman with a summary of the case. Every form posts to its server function, so
//! everything works without JavaScript; free text is always shown escaped.

use crate::api::my_data::ErasureNow;
use crate::api::requests::{
    my_request, my_requests, request_form, AddRequestMessage, FileErasure, FileObjection, FileRectification,
    FileRestriction, FileTextRequest, NewRequestForm, RequestSummary, RequestView, RestrictDuringRequest,
    WithdrawRequest,
};
use crate::components::form::{error_text, query_flag, ChoiceGroup, ErrorSummary, Field, Notice, TextAreaField};
use crate::domain::clock;
use crate::domain::request::{RectifiableField, RequestDetails, RestrictionGround};
use crate::domain::{IdentityCode, Lang, PhoneNumber, RequestKind, RequestStatus};
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::password::title_for;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

pub mod asked;
pub mod detail;
pub mod dpa;
pub mod list;
pub mod new;

pub use detail::DetailsView;

pub use crate::i18n::texts::{kind_text, status_text};
pub use crate::paths::DPA_PATH;
pub use crate::paths::DPA_SUMMARY_PATH;
pub use crate::paths::NEW_REQUEST_PATH;
pub use crate::paths::REQUESTS_PATH;

pub(super) fn register() -> Option<std::sync::Arc<crate::register::Register>> {
    use_context::<std::sync::Arc<crate::register::Register>>()
}

/// "Due 25.12.2026 (30 days left)" / "… (overdue by 2 days)" for an open request.
pub fn due_text(lang: Lang, due: chrono::NaiveDate, open: bool) -> String {
    let date = format_date(lang, due);
    if !open {
        return date;
    }
    let left = clock::days_left(due, clock::helsinki_date(chrono::Utc::now()));
    let key = match left {
        0 => "request-due-today",
        n if n > 0 => "request-days-left",
        _ => "request-overdue",
    };
    format!("{date} ({})", t_args(lang, key, &[("days", left.abs().to_string())]))
}

/// A stored field value as the customer reads it: the identity code masked, a phone
/// number in national form, a language by its name.
pub fn field_value_text(lang: Lang, field: RectifiableField, value: Option<&str>) -> String {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return t(lang, "value-none");
    };
    match field {
        RectifiableField::IdentityCode => {
            IdentityCode::parse(value).map(|c| c.masked()).unwrap_or_else(|_| "***".into())
        }
        RectifiableField::Phone => PhoneNumber::parse(value).map(|p| p.national()).unwrap_or_else(|_| value.into()),
        RectifiableField::Language => t(lang, &format!("value-lang-{value}")),
        _ => value.to_owned(),
    }
}

pub fn field_label(lang: Lang, field: RectifiableField) -> String {
    t(lang, &format!("value-field-{}", field.as_str()))
}

pub fn category_title(lang: Lang, id: &str) -> String {
    register().and_then(|r| r.category(id).map(|c| c.title.get(lang).to_owned())).unwrap_or_else(|| id.to_owned())
}

pub(super) fn purpose_title(lang: Lang, id: &str) -> String {
    register().and_then(|r| r.purpose(id).map(|p| p.title.get(lang).to_owned())).unwrap_or_else(|| id.to_owned())
}

#[component]
pub(super) fn Breadcrumb(lang: Lang) -> impl IntoView {
    view! {
        <p class="breadcrumb">
            <a href=REQUESTS_PATH>{t(lang, "requests-heading")}</a>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::request::{RectifiableField, RestrictionGround, EVENT_KINDS};
    use crate::domain::{Lang, RequestKind, RequestStatus};
    use crate::i18n::has_text;

    /// Every text these pages name by a code (kinds, statuses, grounds, events, fields
    /// and the errors a proposed value can have) exists in every language.
    #[test]
    fn every_coded_text_exists_in_every_language() {
        let mut keys = Vec::new();
        for k in RequestKind::ALL {
            for suffix in ["", "-hint", "-lead"] {
                keys.push(format!("request-kind-{}{suffix}", k.as_str()));
            }
        }
        keys.extend(RequestStatus::ALL.iter().map(|s| format!("request-status-{}", s.as_str())));
        for g in RestrictionGround::ALL {
            keys.push(format!("request-ground-{}", g.as_str()));
            keys.push(format!("request-ground-{}-hint", g.as_str()));
        }
        keys.extend(EVENT_KINDS.iter().map(|e| format!("request-event-{e}")));
        keys.extend(RectifiableField::ALL.iter().map(|f| format!("value-field-{}", f.as_str())));
        keys.extend(["customer", "customer_service", "dpo", "system"].iter().map(|a| format!("value-{a}")));
        for bad in [
            "",
            "x",
            "12345678901",
            "abcdef-1234",
            "010190*1234",
            "010190-12a4",
            "010190-0014",
            "310290-1234",
            "010190-123A",
            "++",
            "123",
            "1234567890123456",
            "0",
            "@",
            "a@",
            "a@@b",
            "a@b",
            &"a".repeat(300),
        ] {
            for field in RectifiableField::ALL {
                if let Err(code) = field.check(bad) {
                    keys.push(format!("error-{code}"));
                }
            }
        }
        keys.extend(
            [
                "text-missing",
                "text-too-long",
                "field-missing",
                "proposed-unchanged",
                "categories-missing",
                "erasure-not-possible",
                "ground-missing",
                "purposes-missing",
            ]
            .iter()
            .map(|c| format!("error-{c}")),
        );
        keys.sort();
        keys.dedup();
        assert!(keys.len() > 80, "{}", keys.len());
        for lang in Lang::ALL {
            for key in &keys {
                assert!(has_text(*lang, key), "{key} has no {lang:?} text");
            }
            for key in ["request-mail-received-subject", "request-mail-received-body"] {
                let args = [("reference", "TN-2026-000042".to_owned()), ("link", "https://x.test/r".to_owned())];
                let text = crate::i18n::t_args(*lang, key, &args);
                assert!(text.contains("TN-2026-000042") && text != key, "{key} in {lang:?}: {text}");
            }
        }
    }
}
