//! Form helpers after the GOV.UK Design System pattern: an error summary at the top that
//! links to each field, and the message beside the field, tied to it with
//! `aria-describedby`. Both render on the server, so they work without JavaScript (the
//! server-function form redirect carries the error back in the URL).

use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{t, t_args};
use leptos::prelude::*;

/// The translated text of an error. The error comes back to the page in its URL, so it
/// may be crafted: a reference not of the form the server makes, or a code with no
/// text, is shown as the plain "request could not be read" message, never as given.
pub fn error_text(lang: Lang, err: &AppError) -> String {
    match err {
        AppError::Internal { reference } if AppError::is_reference(reference) => {
            t_args(lang, "error-internal", &[("reference", reference.clone())])
        }
        AppError::Internal { .. } => t(lang, "error-bad-request"),
        AppError::Unavailable { reference } if AppError::is_reference(reference) => {
            t_args(lang, "error-unavailable", &[("reference", reference.clone())])
        }
        AppError::Unavailable { .. } => t(lang, "error-bad-request"),
        other if crate::i18n::has_text(lang, &other.message_key()) => t(lang, &other.message_key()),
        _ => t(lang, "error-bad-request"),
    }
}

/// A summary of the error, announced when the page loads, linking to its field.
#[component]
pub fn ErrorSummary(lang: Lang, error: Option<AppError>) -> impl IntoView {
    error.map(|err| {
        let text = error_text(lang, &err);
        let item = match err.field() {
            Some(field) => view! { <a href=format!("#{field}")>{text}</a> }.into_any(),
            None => view! { <span>{text}</span> }.into_any(),
        };
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{t(lang, "error-summary-title")}</h2>
                <ul>
                    <li>{item}</li>
                </ul>
            </div>
        }
    })
}

/// The message shown beside `field` when the error belongs to it. Its id is
/// `<field>-error`, for the input's `aria-describedby`.
pub fn field_error(lang: Lang, error: &Option<AppError>, field: &str) -> Option<impl IntoView + use<>> {
    let err = error.as_ref().filter(|e| e.field() == Some(field))?;
    let id = format!("{field}-error");
    let text = error_text(lang, err);
    Some(view! {
        <p class="field-error" id=id>
            <span class="visually-hidden">{t(lang, "error-prefix")} ": "</span>
            {text}
        </p>
    })
}

/// A labelled input with an optional hint, its error beside it, and the ARIA ties
/// between them. `name` is also the input's id, which the error summary links to.
#[component]
pub fn Field(
    lang: Lang,
    error: Option<AppError>,
    name: &'static str,
    label_key: &'static str,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    autocomplete: &'static str,
    #[prop(default = "254")] maxlength: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] value: String,
) -> impl IntoView {
    let invalid = if error.as_ref().is_some_and(|e| e.field() == Some(name)) { "true" } else { "false" };
    let hint_id = format!("{name}-hint");
    view! {
        <div class="field">
            <label for=name>{t(lang, label_key)}</label>
            {hint_key.map(|key| view! { <p class="hint" id=hint_id>{t(lang, key)}</p> })}
            {field_error(lang, &error, name)}
            <input
                id=name
                name=name
                type=input_type
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="none"
                maxlength=maxlength
                value=value
                aria-describedby=described_by(&error, name, hint_key.is_some())
                aria-invalid=invalid
            />
        </div>
    }
}

/// The field for the user's current password (sign-in, re-authentication).
#[component]
pub fn CurrentPasswordField(lang: Lang, error: Option<AppError>) -> impl IntoView {
    view! {
        <Field
            lang
            error
            name="password"
            label_key="sign-in-password-label"
            input_type="password"
            autocomplete="current-password"
            maxlength="1024"
        />
    }
}

/// The `aria-describedby` of an input: its hint and, when it has one, its error; `None`
/// (no attribute at all, not an empty one) when there is neither.
pub fn described_by(error: &Option<AppError>, field: &str, hint: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{field}-hint"));
    }
    if error.as_ref().is_some_and(|e| e.field() == Some(field)) {
        ids.push(format!("{field}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The login field (email address or customer number), refilled with what was typed
/// at the last failed attempt.
#[component]
pub fn LoginField(lang: Lang, error: Option<AppError>) -> impl IntoView {
    view! {
        <Field
            lang
            error
            name="login"
            label_key="sign-in-login-label"
            hint_key="sign-in-login-hint"
            autocomplete="username"
            inputmode="email"
            value=crate::api::form_memory::recall("login")
        />
    }
}

/// The field for a one-time code from an authenticator app (or a recovery code).
#[component]
pub fn OneTimeCodeField(lang: Lang, error: Option<AppError>, hint_key: &'static str) -> impl IntoView {
    view! {
        <Field
            lang
            error
            name="code"
            label_key="code-label"
            hint_key=hint_key
            autocomplete="one-time-code"
            inputmode="numeric"
            maxlength="16"
        />
    }
}

/// The field for a new password, with the policy as its hint and the browser's password
/// generator allowed (`autocomplete="new-password"`).
#[component]
pub fn NewPasswordField(lang: Lang, error: Option<AppError>) -> impl IntoView {
    view! {
        <Field
            lang
            error
            name="new_password"
            label_key="new-password-label"
            hint_key="new-password-hint"
            input_type="password"
            autocomplete="new-password"
            maxlength="1024"
        />
    }
}

/// A confirmation that an action succeeded, announced to screen readers.
#[component]
pub fn Notice(text: String) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>{text}</p>
        </div>
    }
}

/// Whether the current page's query string has `name` (e.g. a `?valmis=1` after an
/// action that redirected here).
pub fn query_flag(name: &str) -> bool {
    leptos_router::hooks::use_query_map().get_untracked().get(name).is_some()
}

/// The text of a `<textarea>`, escaped. Leptos writes a textarea's children unescaped
/// (as it does for `<script>`), so a stored `</textarea><script>` would otherwise end the
/// field and run; every textarea's content goes through this.
pub fn textarea_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A labelled multi-line text field whose hint states the length limit before typing.
/// `id` (default: `name`) names the element and the field errors refer to, for pages
/// with several fields of one name; `label` replaces the text of `label_key`.
#[component]
pub fn TextAreaField(
    lang: Lang,
    error: Option<AppError>,
    name: &'static str,
    #[prop(optional)] label_key: &'static str,
    #[prop(optional)] hint_key: Option<&'static str>,
    #[prop(optional)] value: String,
    #[prop(default = false)] optional: bool,
    #[prop(optional)] id: Option<String>,
    #[prop(optional)] label: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.to_owned());
    let invalid = if error.as_ref().is_some_and(|e| e.field() == Some(id.as_str())) { "true" } else { "false" };
    let limit = crate::domain::request::MAX_TEXT_CHARS;
    let mut hint = hint_key.map(|k| format!("{} ", t(lang, k))).unwrap_or_default();
    hint.push_str(&t_args(
        lang,
        "text-limit-hint",
        &[("limit", crate::i18n::texts::format_number(lang, limit as i64))],
    ));
    let label = label.unwrap_or_else(|| t(lang, label_key));
    let label = if optional { format!("{label} {}", t(lang, "optional-suffix")) } else { label };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <p class="hint" id=format!("{id}-hint")>{hint}</p>
            {field_error(lang, &error, &id)}
            <textarea
                id=id.clone()
                name=name
                rows="6"
                maxlength=limit.to_string()
                aria-describedby=described_by(&error, &id, true)
                aria-invalid=invalid
            >
                {textarea_text(&value)}
            </textarea>
        </div>
    }
}

/// A group of radio buttons or checkboxes with a legend, an optional hint and its error.
/// `options`: (value, label, extra hint shown under the label). The first input's id is
/// `name`, so the error summary's link lands on the group.
#[component]
pub fn ChoiceGroup(
    lang: Lang,
    error: Option<AppError>,
    /// The field name errors refer to (and, for checkboxes, the form name before `[]`).
    name: &'static str,
    legend: String,
    #[prop(optional)] hint: Option<String>,
    options: Vec<(String, String, Option<String>)>,
    /// The values that start checked.
    checked: Vec<String>,
    #[prop(default = false)] multiple: bool,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let has_hint = hint.is_some();
    let input_type = if multiple { "checkbox" } else { "radio" };
    let form_name = if multiple { format!("{name}[]") } else { name.to_owned() };
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, extra))| {
            let id = if i == 0 { name.to_owned() } else { format!("{name}-{i}") };
            let extra_id = format!("{id}-extra");
            let is_checked = checked.contains(&value);
            let described = extra.as_ref().map(|_| extra_id.clone());
            view! {
                <div class="choice">
                    <input
                        type=input_type
                        id=id.clone()
                        name=form_name.clone()
                        value=value
                        checked=is_checked
                        aria-describedby=described
                    />
                    <label for=id>{label}</label>
                    {extra.map(|x| view! { <p class="hint choice-hint" id=extra_id>{x}</p> })}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <fieldset aria-describedby=described_by(&error, name, has_hint)>
                <legend>{legend}</legend>
                {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                {field_error(lang, &error, name)}
                {items}
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// What a crafted `__err` in an address can carry is never shown as given: a
        /// reference only when it has the form the server makes, a code only when it
        /// has a text.
        #[test]
        fn an_error_from_an_address_shows_only_known_texts(reference in "\\PC{12,40}", code in "[A-Za-z0-9_-]{12,40}") {
            for lang in [Lang::Fi, Lang::Sv, Lang::En] {
                let internal = error_text(lang, &AppError::Internal { reference: reference.clone() });
                prop_assert!(AppError::is_reference(&reference) || !internal.contains(reference.as_str()));
                let input = error_text(lang, &AppError::InvalidInput { field: "x".into(), code: code.clone() });
                let known = crate::i18n::has_text(lang, &format!("error-{code}"));
                prop_assert!(known || (!input.is_empty() && !input.contains(code.as_str())));
            }
        }
    }

    use super::*;

    #[test]
    fn textarea_text_cannot_end_the_field() {
        assert_eq!(
            textarea_text("</textarea><script>x</script> & a"),
            "&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt; &amp; a"
        );
        assert_eq!(textarea_text("Hei äiti"), "Hei äiti");
    }
}
