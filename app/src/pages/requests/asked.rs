//! The fields a request's kind needs besides its words, shared by the forms that take
//! any right at once (the public form and the staff intake form): the field to correct
//! and its right value, the ground of a restriction, the categories to erase and the
//! purposes objected to. `legends` picks the wording: `public` speaks to the person,
//! `intake` to staff.

use super::{category_title, field_label};
use crate::components::form::{ChoiceGroup, Field};
use crate::domain::request::{RectifiableField, RestrictionGround};
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::t;
use leptos::prelude::*;

#[component]
pub fn AskedFields(
    lang: Lang,
    error: Option<AppError>,
    /// What was typed before a failed submit.
    draft: Vec<(String, String)>,
    /// The register's categories (an erasure names some).
    categories: Vec<String>,
    /// The purposes one may object to.
    purposes: Vec<String>,
    legends: &'static str,
) -> impl IntoView {
    let kept = |name: &str| draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).filter(|v| !v.is_empty());
    let fields = RectifiableField::basic().map(|f| (f.as_str().to_owned(), field_label(lang, f), None)).collect();
    let grounds =
        RestrictionGround::ALL.iter().map(|g| (g.to_string(), t(lang, &format!("request-ground-{g}")), None)).collect();
    let categories = categories.iter().map(|c| (c.clone(), category_title(lang, c), None)).collect::<Vec<_>>();
    let purposes = purposes.iter().map(|p| (p.clone(), t(lang, &format!("value-{p}")), None)).collect::<Vec<_>>();
    let legend = |what: &str| t(lang, &format!("{legends}-{what}-legend"));
    view! {
        <ChoiceGroup
            lang
            error=error.clone()
            name="field"
            legend=legend("field")
            hint=t(lang, "intake-field-hint")
            options=fields
            checked=kept("field").into_iter().collect()
        />
        <Field
            lang
            error=error.clone()
            name="proposed"
            label_key="intake-proposed-label"
            autocomplete="off"
            value=kept("proposed").unwrap_or_default()
        />
        <ChoiceGroup
            lang
            error=error.clone()
            name="ground"
            legend=legend("ground")
            hint=t(lang, "intake-ground-hint")
            options=grounds
            checked=kept("ground").into_iter().collect()
        />
        <ChoiceGroup
            lang
            error=error.clone()
            name="categories"
            legend=legend("categories")
            hint=t(lang, "intake-categories-hint")
            options=categories
            checked=vec![]
            multiple=true
        />
        <ChoiceGroup
            lang
            error=error.clone()
            name="purposes"
            legend=legend("purposes")
            hint=t(lang, "intake-purposes-hint")
            options=purposes
            checked=vec![]
            multiple=true
        />
    }
}
