//! Disclosures of customers' data (GDPR Art. 15(1)(c), 19) for staff: record one (an
//! authority's request answered, data given to a debt collector or a partner) with a
//! plain form, and see the latest. The customer sees each on "My data".

use super::*;
use crate::api::disclosures::{staff_disclosures, Disclosure, StaffRecordDisclosure};
use crate::api::form_memory::recall;
use crate::components::form::{Field, Notice};
use crate::pages::requests::register;

#[component]
pub fn StaffDisclosuresPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(false) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let action = ServerAction::<StaffRecordDisclosure>::new();
    let error = action.value().get_untracked().and_then(|r| r.err());
    let done = use_query_map().get_untracked().get("tehty").map(|_| {
        view! {
            <div id="tila" tabindex="-1">
                <Notice text=t(lang, "disclosures-done-recorded") />
            </div>
        }
    });
    let list = Resource::new(|| (), |_| staff_disclosures());
    let reg = register();
    let options = |items: Vec<(String, String)>| items.into_iter().map(|(v, l)| (v, l, None)).collect::<Vec<_>>();
    let classes = options(
        reg.as_ref()
            .map(|r| r.recipients.iter().map(|i| (i.id.clone(), i.title.get(lang).to_owned())).collect())
            .unwrap_or_default(),
    );
    let categories = options(
        reg.as_ref()
            .map(|r| r.categories.iter().map(|c| (c.id.clone(), c.title.get(lang).to_owned())).collect())
            .unwrap_or_default(),
    );
    let bases = options(
        reg.as_ref()
            .map(|r| {
                r.legal_bases.iter().map(|b| (b.id.clone(), format!("{} ({})", b.title.get(lang), b.article))).collect()
            })
            .unwrap_or_default(),
    );
    let kept = |name: &str| recall(name).split(',').filter(|v| !v.is_empty()).map(str::to_owned).collect::<Vec<_>>();
    view! {
        <Title text=t(lang, "disclosures-title") />
        <h1>{t(lang, "disclosures-heading")}</h1>
        {staff_links(lang, role)}
        <ErrorSummary lang error=error.clone() />
        {done}
        <p>{t(lang, "disclosures-lead")}</p>
        <section aria-labelledby="kirjaa">
            <h2 id="kirjaa">{t(lang, "disclosures-record-heading")}</h2>
            <ActionForm action=action>
                <Field
                    lang
                    error=error.clone()
                    name="customer_number"
                    label_key="staff-customer-number"
                    autocomplete="off"
                    inputmode="numeric"
                    maxlength="20"
                    value=recall("customer_number")
                />
                <ChoiceGroup
                    lang
                    error=error.clone()
                    name="recipient_class"
                    legend=t(lang, "disclosures-class-legend")
                    options=classes
                    checked=kept("recipient_class")
                />
                <Field
                    lang
                    error=error.clone()
                    name="recipient_name"
                    label_key="disclosures-name-label"
                    hint_key="disclosures-name-hint"
                    autocomplete="off"
                    maxlength="200"
                    value=recall("recipient_name")
                />
                <ChoiceGroup
                    lang
                    error=error.clone()
                    name="categories"
                    legend=t(lang, "disclosures-categories-legend")
                    options=categories
                    checked=kept("categories")
                    multiple=true
                />
                <ChoiceGroup
                    lang
                    error=error.clone()
                    name="legal_basis"
                    legend=t(lang, "disclosures-basis-legend")
                    options=bases
                    checked=kept("legal_basis")
                />
                <Field
                    lang
                    error=error.clone()
                    name="reference"
                    label_key="disclosures-reference-label"
                    hint_key="disclosures-reference-hint"
                    autocomplete="off"
                    maxlength="200"
                    value=recall("reference")
                />
                <Field
                    lang
                    error=error.clone()
                    name="notify_email"
                    label_key="disclosures-notify-label"
                    hint_key="disclosures-notify-hint"
                    input_type="email"
                    autocomplete="off"
                    maxlength="254"
                    value=recall("notify_email")
                />
                <Field
                    lang
                    error=error.clone()
                    name="disclosed_on"
                    label_key="disclosures-date-label"
                    hint_key="disclosures-date-hint"
                    input_type="date"
                    autocomplete="off"
                    maxlength="10"
                    value=recall("disclosed_on")
                />
                <button type="submit" class="button">{t(lang, "disclosures-record")}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="viimeisimmat">
            <h2 id="viimeisimmat">{t(lang, "disclosures-latest-heading")}</h2>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! { <DisclosureTable lang list staff=true /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
    .into_any()
}

/// Disclosures as a table: for staff with the customer's number, for the customer without.
#[component]
pub fn DisclosureTable(lang: Lang, list: Vec<Disclosure>, staff: bool) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t(lang, if staff { "disclosures-none-staff" } else { "disclosures-none" })}</p> }
            .into_any();
    }
    let reg = register();
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let rows = list
        .into_iter()
        .map(|d| {
            let class = reg
                .as_ref()
                .and_then(|r| r.recipient(&d.recipient_class))
                .map(|i| i.title.get(lang).to_owned())
                .unwrap_or_else(|| d.recipient_class.clone());
            let categories = d.categories.iter().map(|c| category_title(lang, c)).collect::<Vec<_>>().join(", ");
            let basis = reg
                .as_ref()
                .and_then(|r| r.legal_basis(&d.legal_basis))
                .map(|b| format!("{} ({})", b.title.get(lang), b.article))
                .unwrap_or_else(|| d.legal_basis.clone());
            view! {
                <tr>
                    <th scope="row">{format_date(lang, d.disclosed_on)}</th>
                    {staff.then(|| view! { <td>{label("staff-customer-number")} {d.customer_number.clone().unwrap_or_default()}</td> })}
                    <td>
                        {label("disclosures-col-recipient")} {d.recipient_name} <br /> <span class="hint">{class}</span>
                        {d.notify_email.map(|to| view! { <br /> <span class="hint">{t_args(lang, "disclosures-notify-to", &[("address", to)])}</span> })}
                    </td>
                    <td>{label("disclosures-col-categories")} {categories}</td>
                    <td>{label("disclosures-col-basis")} {basis}</td>
                    <td>{label("disclosures-col-reference")} {d.reference.unwrap_or_else(|| "–".into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "disclosures-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "disclosures-col-date")}</th>
                    {staff.then(|| view! { <th scope="col">{t(lang, "staff-customer-number")}</th> })}
                    <th scope="col">{t(lang, "disclosures-col-recipient")}</th>
                    <th scope="col">{t(lang, "disclosures-col-categories")}</th>
                    <th scope="col">{t(lang, "disclosures-col-basis")}</th>
                    <th scope="col">{t(lang, "disclosures-col-reference")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
