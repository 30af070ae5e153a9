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
    let (requester_name, requester_email, requester_phone) =
        (kept("requester_name"), kept("requester_email"), kept("requester_phone"));
    let day = Some(kept("received_on")).filter(|d| !d.is_empty()).unwrap_or_else(|| form.today.to_string());
    let title = if error.is_some() {
        format!("{}: {}", t(lang, "error-prefix"), t(lang, "intake-title"))
    } else {
        t(lang, "intake-title")
    };
    let channels = slug_options(lang, Channel::INTAKE, "channel");
    let kinds = INTAKE_KINDS.iter().map(|k| (k.as_str().to_owned(), kind_text(lang, *k), None)).collect::<Vec<_>>();
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
            <fieldset>
                <legend>{t(lang, "intake-requester-legend")}</legend>
                <p class="hint">{t(lang, "intake-requester-hint")}</p>
                <Field
                    lang
                    error=error.clone()
                    name="requester_name"
                    label_key="intake-requester-name"
                    autocomplete="off"
                    maxlength="200"
                    value=requester_name
                />
                <Field
                    lang
                    error=error.clone()
                    name="requester_email"
                    label_key="intake-requester-email"
                    inputmode="email"
                    autocomplete="off"
                    value=requester_email
                />
                <Field
                    lang
                    error=error.clone()
                    name="requester_phone"
                    label_key="intake-requester-phone"
                    inputmode="tel"
                    autocomplete="off"
                    maxlength="40"
                    value=requester_phone
                />
            </fieldset>
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
            <crate::pages::requests::asked::AskedFields
                lang
                error=error.clone()
                draft=form.draft.clone()
                categories=form.categories.clone()
                purposes=form.purposes.clone()
                legends="intake"
            />
            <button type="submit" class="button">{t(lang, "intake-submit")}</button>
        </ActionForm>
    }
}
