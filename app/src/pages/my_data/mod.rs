//! "My data": an overview of every category with what is held, and one page per
//! category with the records themselves beside why they are held, where they came
//! from, who gets them and how long they stay. Server-rendered with `SsrMode::Async`,
//! so the data is in the HTML without JavaScript; never cached.
//!
//! The overview is here; a category's page in [`category`], the table of records both
//! it and other pages show in [`table`].

use crate::api::my_data::{
    my_category, my_data_overview, my_data_views, CategoryData, Cell, DataTable, ErasureNow, StaffView,
};
use crate::components::form::error_text;
use crate::domain::Lang;
use crate::error::AppError;
use crate::i18n::{format_date, format_datetime, t, t_args, use_lang};
use crate::pages::landing::ProcessingFacts;
use crate::register::Register;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use std::sync::Arc;

mod category;
mod table;

pub use category::MyDataCategory;
pub use table::{cell_text, format_seconds, RecordTable};

pub use crate::i18n::texts::{format_money, format_number};
pub use crate::paths::MY_DATA_PATH;
pub use crate::paths::RECORDING_PATH;

fn register() -> Option<Arc<Register>> {
    use_context::<Arc<Register>>()
}

/// "142 records" / "none held".
fn count_text(lang: Lang, count: i64) -> String {
    if count == 0 {
        t(lang, "data-none-held")
    } else {
        t_args(lang, "data-count", &[("count", format_number(lang, count))])
    }
}

#[component]
pub fn MyDataOverview() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let counts = Resource::new(|| (), |_| my_data_overview());
    let views = Resource::new(|| (), |_| my_data_views());
    let disclosures = Resource::new(|| (), |_| crate::api::disclosures::my_disclosures());
    view! {
        <Title text=t(lang, "data-title") />
        <h1>{t(lang, "data-heading")}</h1>
        <crate::pages::account::RestrictionBanner lang />
        <p>{t(lang, "data-lead")}</p>
        <p>
            <a href=crate::paths::EXPORT_PATH>{t(lang, "export-heading")}</a>
        </p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match counts.await {
                    Ok(counts) => view! { <CategoryList lang counts /> }.into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
        <section aria-labelledby="views-heading">
            <h2 id="views-heading">{t(lang, "data-views-heading")}</h2>
            <p>{t(lang, "data-views-lead")}</p>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match views.await {
                        Ok(views) => view! { <StaffViews lang views /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <section aria-labelledby="disclosures-heading">
            <h2 id="disclosures-heading">{t(lang, "data-disclosures-heading")}</h2>
            <p>{t(lang, "data-disclosures-lead")}</p>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match disclosures.await {
                        Ok(list) => {
                            view! { <crate::pages::staff::disclosures::DisclosureTable lang list staff=false /> }
                                .into_any()
                        }
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <ControllerContacts lang />
    }
    .into_any()
}

#[component]
fn CategoryList(lang: Lang, counts: Vec<(String, i64)>) -> impl IntoView {
    let Some(reg) = register() else { return ().into_any() };
    let items = reg
        .categories
        .iter()
        .map(|cat| {
            let count = counts.iter().find(|(id, _)| *id == cat.id).map_or(0, |(_, n)| *n);
            let purposes = cat
                .purposes
                .iter()
                .filter_map(|p| reg.purpose(p))
                .map(|p| p.title.get(lang).to_owned())
                .collect::<Vec<_>>()
                .join(", ");
            let bases = cat
                .legal_bases
                .iter()
                .filter_map(|b| reg.legal_basis(b))
                .map(|b| format!("{} ({})", b.title.get(lang), b.article))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <a href=format!("{MY_DATA_PATH}/{}", cat.id)>{cat.title.get(lang).to_owned()}</a>
                    <span class="count">{count_text(lang, count)}</span>
                    <p class="hint">{t(lang, "category-purposes")} ": " {purposes}</p>
                    <p class="hint">{t(lang, "category-legal-basis")} ": " {bases}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="category-list">{items}</ul> }.into_any()
}

#[component]
fn StaffViews(lang: Lang, views: Vec<StaffView>) -> impl IntoView {
    if views.is_empty() {
        return view! { <p>{t(lang, "data-views-none")}</p> }.into_any();
    }
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let rows = views
        .into_iter()
        .map(|v| {
            let what = v.what.as_ref().and_then(|id| register()?.category(id).map(|c| c.title.get(lang).to_owned()));
            view! {
                <tr>
                    <th scope="row">{format_datetime(lang, v.at)}</th>
                    <td>{label("col-staff")} {t(lang, &format!("role-{}", v.role))} " " {v.staff_ref}</td>
                    <td>{label("col-viewed")} {what.unwrap_or_else(|| "–".into())}</td>
                    <td>{label("col-request")} {v.request.unwrap_or_else(|| "–".into())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "data-views-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "col-when")}</th>
                    <th scope="col">{t(lang, "col-staff")}</th>
                    <th scope="col">{t(lang, "col-viewed")}</th>
                    <th scope="col">{t(lang, "col-request")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// The controller's contacts and where the rights are explained, on every data page.
#[component]
fn ControllerContacts(lang: Lang) -> impl IntoView {
    let Some(reg) = register() else { return ().into_any() };
    let c = &reg.controller;
    view! {
        <aside class="contacts" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t(lang, "data-contacts-heading")}</h2>
            <p>
                {t_args(
                    lang,
                    "data-contacts-text",
                    &[("name", c.contact_person.name.clone()), ("controller", c.name.clone())],
                )} " " <a href=format!("mailto:{}", c.contact_person.email)>{c.contact_person.email.clone()}</a>
            </p>
            <p>
                <a href="/#rights-heading">{t(lang, "data-rights-link")}</a>
            </p>
        </aside>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_money_and_durations_follow_the_language() {
        assert_eq!(format_number(Lang::Fi, 38211), "38\u{a0}211");
        assert_eq!(format_number(Lang::En, 1234567), "1,234,567");
        assert_eq!(format_number(Lang::Fi, 142), "142");
        assert_eq!(format_money(Lang::Fi, 123456, "EUR"), "1\u{a0}234,56\u{a0}€");
        assert_eq!(format_money(Lang::En, 4990, "EUR"), "€49.90");
        assert_eq!(format_seconds(65), "1:05");
        assert_eq!(format_seconds(3725), "1:02:05");
    }

    /// Every coded value the register's tables can hold has a text in every language.
    #[test]
    fn every_coded_value_has_a_text() {
        let codes = [
            "active",
            "ended",
            "web",
            "phone",
            "store",
            "field_sales",
            "email",
            "received",
            "delivered",
            "cancelled",
            "open",
            "paid",
            "overdue",
            "in_collection",
            "outgoing",
            "incoming",
            "call",
            "sms",
            "mms",
            "data",
            "given",
            "withdrawn",
            "prohibited",
            "lifted",
            "request",
            "dpo",
            "customer",
            "staff",
            "system",
            "source_register",
            "population_register",
            "customer_service",
            "order_form",
            "digital_advertising",
            "direct_marketing",
            "distance_selling",
            "market_research",
            "partner_marketing",
            "digital_ads",
            "letter",
            "partner",
            "all",
            "lang-fi",
            "lang-sv",
            "lang-en",
            "field-customer_number",
            "field-first_name",
            "field-last_name",
            "field-identity_code",
            "field-street_address",
            "field-postal_code",
            "field-city",
            "field-phone",
            "field-email",
            "field-language",
            "field-customer_since",
            "portal",
            "field-login_email",
            "field-account_created",
            "field-password_changed",
            "field-second_factor",
            "field-failed_sign_ins",
            "field-locked_until",
            "not-in-use",
            "not-yet",
            "mail-pending",
            "mail-sent",
            "mail-failed",
        ];
        for lang in Lang::ALL {
            for code in codes {
                let key = format!("value-{code}");
                assert!(crate::i18n::has_text(*lang, &key), "{key} has no text in {lang}");
            }
        }
    }
}
