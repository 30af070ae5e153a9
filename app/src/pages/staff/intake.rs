//! Recording a request that came by phone, email, letter or at a service point: the
//! channel, the day it was received (the clock runs from then), the customer by number
//! or identity code, what they asked. A plain form post; what was typed comes back with
//! any error beside its field.

use super::*;
use crate::api::intake::{staff_intake_form, StaffIntake, INTAKE_KINDS};
use crate::components::form::Field;
use crate::domain::Channel;

pub use crate::paths::STAFF_INTAKE_PATH;

#[component]
pub fn StaffIntakePage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(false) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let form = Resource::new(|| (), |_| staff_intake_form());
    let action = ServerAction::<StaffIntake>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    view! {
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match form.await {
                        Ok(form) => view! { <IntakeFormView lang role form error action /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

#[component]
fn IntakeFormView(
    lang: Lang,
    role: Role,
    form: crate::api::intake::IntakeForm,
    error: Option<AppError>,
    action: ServerAction<StaffIntake>,
) -> impl IntoView {
    let kept = |name: &str| drafted(&form.draft, name);
    let as_checked = |v: String| if v.is_empty() { vec![] } else { vec![v] };
    let (channel_checked, kind_checked) = (as_checked(kept("channel")), as_checked(kept("kind")));
    let (customer, description) = (kept("customer"), kept("description"));
    let (field_checked, ground_checked) = (as_checked(kept("field")), as_checked(kept("ground")));
    let proposed = kept("proposed");
    let fields = crate::domain::request::RectifiableField::ALL
        .iter()
        .map(|f| (f.as_str().to_owned(), crate::pages::requests::field_label(lang, *f), None))
        .collect::<Vec<_>>();
    let grounds = slug_options(lang, crate::domain::request::RestrictionGround::ALL, "request-ground");
    let day = Some(kept("received_on")).filter(|d| !d.is_empty()).unwrap_or_else(|| form.today.to_string());
    let title = if error.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "intake-title"))
    } else {
        t(lang, "intake-title")
    };
    let channels = slug_options(lang, Channel::INTAKE, "channel");
    let kinds = INTAKE_KINDS.iter().map(|k| (k.as_str().to_owned(), kind_text(lang, *k), None)).collect::<Vec<_>>();
    let categories = form.categories.iter().map(|c| (c.clone(), category_title(lang, c), None)).collect::<Vec<_>>();
    let purposes = form.purposes.iter().map(|p| (p.clone(), t(lang, &format!("value-{p}")), None)).collect::<Vec<_>>();
    view! {
        <Title text=title />
        {staff_links(lang, role)}
        <ErrorSummary lang error=error.clone() />
        <h1>{t(lang, "intake-heading")}</h1>
        <p>{t(lang, "intake-lead")}</p>
        <ActionForm action=action>
            <input type="hidden" name="idempotency_key" value=form.idempotency_key.clone() />
            <ChoiceGroup
                lang
                error=error.clone()
                name="channel"
                legend=t(lang, "intake-channel-legend")
                options=channels
                checked=channel_checked
            />
            <Field
                lang
                error=error.clone()
                name="received_on"
                label_key="intake-received-label"
                hint_key="intake-received-hint"
                input_type="date"
                autocomplete="off"
                maxlength="10"
                value=day
            />
            <Field
                lang
                error=error.clone()
                name="customer"
                label_key="intake-customer-label"
                hint_key="intake-customer-hint"
                autocomplete="off"
                maxlength="20"
                value=customer
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="kind"
                legend=t(lang, "intake-kind-legend")
                options=kinds
                checked=kind_checked
            />
            <TextAreaField
                lang
                error=error.clone()
                name="description"
                label_key="intake-description-label"
                hint_key="intake-description-hint"
                value=description
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="field"
                legend=t(lang, "intake-field-legend")
                hint=t(lang, "intake-field-hint")
                options=fields
                checked=field_checked
            />
            <Field
                lang
                error=error.clone()
                name="proposed"
                label_key="intake-proposed-label"
                autocomplete="off"
                value=proposed
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="ground"
                legend=t(lang, "intake-ground-legend")
                hint=t(lang, "intake-ground-hint")
                options=grounds
                checked=ground_checked
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="categories"
                legend=t(lang, "intake-categories-legend")
                hint=t(lang, "intake-categories-hint")
                options=categories
                checked=vec![]
                multiple=true
            />
            <ChoiceGroup
                lang
                error=error.clone()
                name="purposes"
                legend=t(lang, "intake-purposes-legend")
                hint=t(lang, "intake-purposes-hint")
                options=purposes
                checked=vec![]
                multiple=true
            />
            <button type="submit" class="button">{t(lang, "intake-submit")}</button>
        </ActionForm>
    }
}
