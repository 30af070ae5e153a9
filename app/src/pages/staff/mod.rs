//! The staff workspace: the queue of requests by statutory due date (the front page,
//! where staff land after signing in), one request with what is needed to decide it and
//! the actions on it, and for the data protection officer an overview and any
//! customer's audit log. Customers are refused (403); anonymous visitors are sent to
//! sign in. Every form is a plain form post; every page works without JavaScript.

use crate::api::auth::SignOut;
use crate::api::my_data::ErasureNow;
use crate::api::staff::{
    staff_audit_log, staff_overview, staff_queue, staff_request, QueueFilter, QueuePage, StaffAssign, StaffDecide,
    StaffExtend, StaffLiftRestriction, StaffMarkNotified, StaffMessage, StaffRequestPage, StaffRestrict,
};
use crate::components::form::{error_text, ChoiceGroup, ErrorSummary, Notice, TextAreaField};
use crate::domain::{Lang, RequestKind, RequestStatus, Role};
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::account::no_store;
use crate::pages::requests::{category_title, field_label, kind_text, status_text, DetailsView};
use crate::user::use_signed_in;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

pub mod accounts;
pub mod actions;
pub mod audit_log;
pub mod breach;
pub mod breaches;
pub mod copy;
pub mod disclosures;
pub mod identity;
pub mod intake;
pub mod outbox;
pub mod overview;
pub mod queue;
pub mod record;
pub mod request;
pub mod requester;
pub mod retention;

use actions::*;
use request::*;

pub use crate::paths::AUDIT_LOG_PATH;
pub use crate::paths::OVERVIEW_PATH;
pub use crate::paths::STAFF_PATH;
pub use crate::paths::STAFF_REQUEST_PATH;

/// Radio options for coded values: each value's slug, and its text under
/// `<prefix>-<slug>`.
pub(super) fn slug_options<T: std::fmt::Display>(
    lang: Lang,
    values: &[T],
    prefix: &str,
) -> Vec<(String, String, Option<String>)> {
    values.iter().map(|v| (v.to_string(), t(lang, &format!("{prefix}-{v}")), None)).collect()
}

/// The guard of a staff page: not cached; anonymous visitors to sign-in, customers (and,
/// with `dpo_only`, customer service) refused with 403. Ok: the signed-in staff role.
pub(super) fn staff_page_guard(dpo_only: bool) -> Result<Role, AnyView> {
    no_store();
    match use_signed_in() {
        None => Err(view! { <crate::pages::sign_in::SignInAndReturn /> }.into_any()),
        Some(user) if !user.role.is_staff() || (dpo_only && user.role != Role::Dpo) => {
            Err(view! { <crate::pages::Forbidden /> }.into_any())
        }
        Some(user) => Ok(user.role),
    }
}

/// "Overdue by 3 days" / "Due in 5 days" / "Due today": said in words, never by colour
/// alone.
pub(super) fn due_mark(lang: Lang, days_left: i64) -> Option<(String, &'static str)> {
    match days_left {
        n if n < 0 => Some((t_args(lang, "staff-overdue", &[("days", (-n).to_string())]), "mark overdue")),
        0 => Some((t(lang, "staff-due-today"), "mark soon")),
        n if n <= 7 => Some((t_args(lang, "staff-due-soon", &[("days", n.to_string())]), "mark soon")),
        _ => None,
    }
}

pub(super) fn staff_links(lang: Lang, role: Role) -> impl IntoView {
    view! {
        <nav aria-label=t(lang, "staff-nav-label") class="staff-nav">
            <ul>
                <li>
                    <a href=STAFF_PATH>{t(lang, "staff-queue-heading")}</a>
                </li>
                <li>
                    <a href=crate::paths::STAFF_INTAKE_PATH>{t(lang, "intake-heading")}</a>
                </li>
                <li>
                    <a href=crate::paths::STAFF_FEEDBACK_PATH>{t(lang, "a11y-staff-heading")}</a>
                </li>
                <li>
                    <a href=crate::paths::STAFF_DISCLOSURES_PATH>{t(lang, "disclosures-heading")}</a>
                </li>
                <li>
                    <a href=crate::paths::STAFF_RETENTION_PATH>{t(lang, "retention-staff-heading")}</a>
                </li>
                {(role == Role::Dpo)
                    .then(|| {
                        view! {
                            <li>
                                <a href=OVERVIEW_PATH>{t(lang, "staff-overview-heading")}</a>
                            </li>
                            <li>
                                <a href=AUDIT_LOG_PATH>{t(lang, "staff-audit-heading")}</a>
                            </li>
                            <li>
                                <a href=crate::paths::STAFF_ACCOUNTS_PATH>{t(lang, "staff-accounts-heading")}</a>
                            </li>
                            <li>
                                <a href=crate::paths::STAFF_RECORD_PATH>{t(lang, "record-heading")}</a>
                            </li>
                            <li>
                                <a href=crate::paths::STAFF_BREACHES_PATH>{t(lang, "breaches-heading")}</a>
                            </li>
                        }
                    })}
            </ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{Lang, RequestKind};
    use crate::i18n::{has_text, t_args};

    #[test]
    fn every_coded_staff_text_exists_in_every_language() {
        let mut keys: Vec<String> =
            ["assigned", "message", "extended", "approved", "rejected", "restricted", "lifted", "notified"]
                .iter()
                .map(|w| format!("staff-done-{w}"))
                .collect();
        keys.extend(RequestKind::ALL.iter().map(|k| format!("staff-approve-{}", k.as_str())));
        keys.extend(["conflict", "months-invalid", "outcome-missing"].iter().map(|c| format!("error-{c}")));
        keys.extend(crate::domain::request::EVENT_KINDS.iter().map(|e| format!("staff-event-{e}")));
        for lang in Lang::ALL {
            for key in &keys {
                assert!(has_text(*lang, key), "{key} has no {lang:?} text");
            }
            for what in ["received", "message", "waiting", "extended", "decided"] {
                for part in ["subject", "body"] {
                    let key = format!("request-mail-{what}-{part}");
                    let args = [("reference", "TN-2026-000042".to_owned()), ("link", "https://x.test/r".to_owned())];
                    let text = t_args(*lang, &key, &args);
                    assert!(text.contains("TN-2026-000042"), "{key} in {lang:?}: {text}");
                }
            }
        }
    }
}
