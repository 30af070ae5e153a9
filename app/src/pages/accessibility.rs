//! The accessibility statement (saavutettavuusseloste), with a feedback form that anyone
//! can use, and the staff's list of that feedback, each answered within 14 days.

use crate::api::feedback::{feedback_draft, staff_feedback, SendAccessibilityFeedback, StaffAnswerFeedback};
use crate::components::form::{error_text, textarea_text, ErrorSummary, Field, Notice, TextAreaField};
use crate::domain::Lang;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::password::title_for;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

pub use crate::paths::STAFF_FEEDBACK_PATH;
pub use crate::paths::STATEMENT_PATH;

/// The known gaps the statement names, each a translation key with its text.
const KNOWN_GAPS: &[&str] = &["a11y-gap-recordings", "a11y-gap-manual", "a11y-gap-qr", "a11y-gap-session"];

#[component]
pub fn StatementPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SendAccessibilityFeedback>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let thanks = use_query_map().get_untracked().get("kiitos").filter(|r| r.starts_with("SP-") && r.len() < 20);
    let draft = Resource::new(|| (), |_| feedback_draft());
    let gaps = KNOWN_GAPS.iter().map(|k| view! { <li>{t(lang, k)}</li> }).collect_view();
    view! {
        <Title text=title_for(lang, "a11y-title", error.is_some()) />
        <ErrorSummary lang error=error.clone() />
        {thanks.map(|reference| view! {
            <div id="kiitos" tabindex="-1">
                <Notice text=t_args(lang, "a11y-thanks", &[("reference", reference)]) />
            </div>
        })}
        <h1>{t(lang, "a11y-heading")}</h1>
        <p>{t(lang, "a11y-scope")}</p>
        <h2>{t(lang, "a11y-status-heading")}</h2>
        <p>{t(lang, "a11y-status")}</p>
        <h2>{t(lang, "a11y-gaps-heading")}</h2>
        <ul>{gaps}</ul>
        <h2>{t(lang, "a11y-how-heading")}</h2>
        <p>{t(lang, "a11y-how")}</p>
        <h2 id="palaute">{t(lang, "a11y-feedback-heading")}</h2>
        <p>{t(lang, "a11y-feedback-lead")}</p>
        {crate::user::use_signed_in()
            .filter(|u| u.role == crate::domain::Role::Customer)
            .map(|_| view! { <p>{t(lang, "a11y-feedback-yours")}</p> })}
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    let draft = draft.await.unwrap_or_default();
                    let d = |name: &str| draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
                    let (message, page, contact) = (d("message"), d("page"), d("contact"));
                    view! {
                        <ActionForm action=action>
                            <TextAreaField lang error=error.clone() name="message" label_key="a11y-message-label" value=message />
                            <Field
                                lang
                                error=error.clone()
                                name="page"
                                label_key="a11y-page-label"
                                hint_key="a11y-page-hint"
                                autocomplete="off"
                                maxlength="300"
                                value=page
                            />
                            <Field
                                lang
                                error=error.clone()
                                name="contact"
                                label_key="a11y-contact-label"
                                hint_key="a11y-contact-hint"
                                input_type="email"
                                autocomplete="email"
                                value=contact
                            />
                            <button type="submit" class="button">{t(lang, "a11y-submit")}</button>
                        </ActionForm>
                    }
                })
            }}
        </Suspense>
        <h2>{t(lang, "a11y-authority-heading")}</h2>
        <p>
            {t(lang, "a11y-authority")} " "
            <a href="https://www.saavutettavuusvaatimukset.fi" rel="external">
                "saavutettavuusvaatimukset.fi"
            </a>
        </p>
    }
}

/// Staff: accessibility feedback, open items first by due date.
#[component]
pub fn StaffFeedbackPage() -> impl IntoView {
    let lang = use_lang();
    crate::pages::account::no_store();
    match crate::user::use_signed_in() {
        None => return view! { <leptos_router::components::Redirect path=crate::paths::SIGN_IN_PATH /> }.into_any(),
        Some(user) if !user.role.is_staff() => return view! { <crate::pages::Forbidden /> }.into_any(),
        Some(_) => {}
    }
    let action = ServerAction::<StaffAnswerFeedback>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let items = Resource::new(|| (), |_| staff_feedback());
    let answered = use_query_map().get_untracked().get("vastattu").is_some();
    view! {
        <Title text=title_for(lang, "a11y-staff-title", error.is_some()) />
        <p class="breadcrumb">
            <a href=crate::paths::STAFF_PATH>{t(lang, "staff-heading")}</a>
        </p>
        <ErrorSummary lang error=error.clone() />
        {answered.then(|| view! { <Notice text=t(lang, "a11y-staff-answered") /> })}
        <h1>{t(lang, "a11y-staff-heading")}</h1>
        <p>{t(lang, "a11y-staff-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match items.await {
                        Ok(items) if items.is_empty() => view! { <p>{t(lang, "a11y-staff-none")}</p> }.into_any(),
                        Ok(items) => items
                            .into_iter()
                            .map(|item| view! { <FeedbackArticle lang item action error=error.clone() /> })
                            .collect_view()
                            .into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn FeedbackArticle(
    lang: Lang,
    item: crate::api::feedback::FeedbackItem,
    action: ServerAction<StaffAnswerFeedback>,
    error: Option<crate::error::AppError>,
) -> impl IntoView {
    let today = crate::domain::clock::helsinki_date(chrono::Utc::now());
    let left = crate::domain::clock::days_left(item.due_on, today);
    let due = match (item.answered_at, left) {
        (Some(at), _) => t_args(lang, "a11y-staff-answered-at", &[("when", format_datetime(lang, at))]),
        (None, n) if n < 0 => t_args(lang, "staff-overdue", &[("days", (-n).to_string())]),
        (None, _) => t_args(lang, "a11y-staff-due", &[("date", format_date(lang, item.due_on))]),
    };
    let field = format!("answer-{}", item.id);
    let heading = format!("feedback-{}", item.id);
    let labelled_by = heading.clone();
    let invalid = error.as_ref().is_some_and(|e| e.field() == Some(field.as_str()));
    let answer_form = item.answered_at.is_none().then(|| {
        let label = t(lang, "a11y-staff-answer-label");
        let hint = if item.contact.is_some() {
            t(lang, "a11y-staff-answer-mailed")
        } else {
            t(lang, "a11y-staff-answer-no-mail")
        };
        let error_text = invalid.then(|| {
            view! {
                <p class="field-error" id=format!("{field}-error")>
                    {error.as_ref().map(|e| error_text(lang, e))}
                </p>
            }
        });
        let described = if invalid { format!("{field}-hint {field}-error") } else { format!("{field}-hint") };
        view! {
            <ActionForm action=action>
                <input type="hidden" name="id" value=item.id.to_string() />
                <div class="field">
                    <label for=field.clone()>{label}</label>
                    <p class="hint" id=format!("{field}-hint")>{hint}</p>
                    {error_text}
                    <textarea
                        id=field.clone()
                        name="answer"
                        rows="4"
                        maxlength=crate::domain::request::MAX_TEXT_CHARS.to_string()
                        aria-describedby=described
                        aria-invalid=if invalid { "true" } else { "false" }
                    >
                        {textarea_text("")}
                    </textarea>
                </div>
                <button type="submit" class="button secondary">{t(lang, "a11y-staff-answer-submit")}</button>
            </ActionForm>
        }
    });
    view! {
        <article class="message" aria-labelledby=labelled_by>
            <h2 id=heading>{item.reference.clone()} " – " {due}</h2>
            <p class="hint">
                {format_datetime(lang, item.received_at)} " · " {t(lang, &format!("value-lang-{}", item.lang))}
                {item.page.clone().map(|p| view! { " · " {p} })}
            </p>
            <p class="pre-line">{item.message.clone()}</p>
            {item.answer.clone().map(|a| view! { <p class="pre-line"><strong>{t(lang, "request-answer-heading")} ": "</strong> {a}</p> })}
            {answer_form}
        </article>
    }
}
