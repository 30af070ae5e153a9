//! The landing page: what the register is, who the controller is, and — category by
//! category — what may be held, why, on what basis, from where, to whom and for how
//! long. Everything comes from the register description file, in the request's language.

use crate::domain::Lang;
use crate::i18n::{format_date, t, t_args, use_lang};
use crate::register::{Category, Erasable, Register};
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn Landing() -> impl IntoView {
    let lang = use_lang();
    let Some(reg) = use_context::<Arc<Register>>() else {
        return ().into_any();
    };
    view! {
        <Title text=t(lang, "home-title") />
        <h1>{t(lang, "home-heading")}</h1>
        <p class="lead">{t(lang, "home-lead")}</p>
        <p>
            <strong>{t(lang, "home-register")} ": "</strong>
            {reg.register_name.get(lang).to_owned()}
            ". "
            {t_args(lang, "home-valid-from", &[("date", format_date(lang, reg.valid_from))])}
            "."
        </p>
        <ControllerSection reg=reg.clone() lang />
        <CategoriesSection reg=reg.clone() lang />
        <RightsSection reg=reg.clone() lang />
        <SecuritySection reg lang />
    }
    .into_any()
}

#[component]
fn ControllerSection(reg: Arc<Register>, lang: Lang) -> impl IntoView {
    let c = &reg.controller;
    view! {
        <section aria-labelledby="controller-heading">
            <h2 id="controller-heading">{t(lang, "controller-heading")}</h2>
            <dl class="facts">
                <dt>{c.name.clone()}</dt>
                <dd>{t(lang, "controller-business-id")} " " {c.business_id.clone()}</dd>
                <dt>{t(lang, "controller-address")}</dt>
                <dd>{format!("{}, {} {}", c.street_address, c.postal_code, c.city)}</dd>
                <dt>{t(lang, "controller-phone")}</dt>
                <dd>{c.phone.clone()}</dd>
                <dt>{t(lang, "controller-email")}</dt>
                <dd>{c.email.clone()}</dd>
                <dt>{c.contact_role.get(lang).to_owned()}</dt>
                <dd>{format!("{}, {}", c.contact_person.name, c.contact_person.email)}</dd>
            </dl>
        </section>
    }
}

#[component]
fn CategoriesSection(reg: Arc<Register>, lang: Lang) -> impl IntoView {
    let categories =
        reg.categories.iter().map(|cat| view! { <CategoryCard reg=reg.clone() cat=cat.clone() lang /> }).collect_view();
    view! {
        <section aria-labelledby="categories-heading">
            <h2 id="categories-heading">{t(lang, "categories-heading")}</h2>
            <p>{t_args(lang, "categories-intro", &[("count", reg.categories.len().to_string())])}</p>
            <div class="categories">{categories}</div>
        </section>
    }
}

#[component]
fn RightsSection(reg: Arc<Register>, lang: Lang) -> impl IntoView {
    let rights = reg
        .rights
        .iter()
        .map(|r| {
            view! {
                <li>
                    <strong>{r.title.get(lang).to_owned()}</strong>
                    {r.description.as_ref().map(|d| view! { <p>{d.get(lang).to_owned()}</p> })}
                </li>
            }
        })
        .collect_view();
    let authority = &reg.supervisory_authority;
    view! {
        <section aria-labelledby="rights-heading">
            <h2 id="rights-heading">{t(lang, "rights-heading")}</h2>
            <ul class="rights">{rights}</ul>
            <h3>{t(lang, "requests-heading")}</h3>
            <p>{reg.requests_info.get(lang).to_owned()}</p>
            <p>
                <a href=crate::paths::PUBLIC_REQUEST_PATH>{t(lang, "home-public-request")}</a>
                " "
                {t(lang, "home-public-request-hint")}
            </p>
        </section>
        <section aria-labelledby="supervisory-heading">
            <h2 id="supervisory-heading">{t(lang, "supervisory-heading")}</h2>
            <p>
                {t_args(lang, "supervisory-text", &[("authority", authority.name.get(lang).to_owned())])} " "
                <a href=authority.url.clone()>{authority.url.trim_start_matches("https://").to_owned()}</a>
            </p>
        </section>
    }
}

#[component]
fn SecuritySection(reg: Arc<Register>, lang: Lang) -> impl IntoView {
    view! {
        <section aria-labelledby="security-heading">
            <h2 id="security-heading">{t(lang, "security-heading")}</h2>
            <p>{reg.security.get(lang).to_owned()}</p>
            <h3>{t(lang, "transfers-heading")}</h3>
            <p>{(!reg.transfers_outside_eea).then(|| t(lang, "transfers-none"))}</p>
            <h3>{t(lang, "category-retention")}</h3>
            <p>{reg.retention_summary.get(lang).to_owned()}</p>
        </section>
    }
}

/// One data category with the processing information beside it. `<details>` keeps the
/// overview short on a phone and opens without JavaScript.
/// What the register says about a category: purposes, legal bases, sources,
/// recipients, retention and whether it can be erased (landing page, "My data").
#[component]
pub fn ProcessingFacts(reg: Arc<Register>, cat: Category, lang: Lang) -> impl IntoView {
    let list = |ids: &[String], title: &dyn Fn(&str) -> Option<String>| {
        ids.iter().filter_map(|id| title(id)).map(|s| view! { <li>{s}</li> }).collect_view()
    };
    let purposes = list(&cat.purposes, &|id| reg.purpose(id).map(|p| p.title.get(lang).to_owned()));
    let bases =
        list(&cat.legal_bases, &|id| reg.legal_basis(id).map(|b| format!("{} ({})", b.title.get(lang), b.article)));
    let sources = list(&cat.sources, &|id| reg.source(id).map(|s| s.title.get(lang).to_owned()));
    let recipients = list(&cat.recipients, &|id| reg.recipient(id).map(|r| r.title.get(lang).to_owned()));
    let rule = reg.retention_rule(&cat.retention);
    // The rule, and where its period comes from when it has a fixed one.
    let retention = rule.map(|r| {
        let source = r.period_source.as_ref().map(|s| view! { <p class="hint">{s.get(lang).to_owned()}</p> });
        view! {
            {r.title.get(lang).to_owned()}
            {source}
        }
    });
    let erasable = rule.map(|r| match r.erasable {
        Erasable::Anytime => t(lang, "erasable-anytime"),
        Erasable::AfterContract => t(lang, "erasable-after-contract"),
        Erasable::Law => {
            t_args(lang, "erasable-law", &[("law", r.law.as_ref().map(|l| l.get(lang).to_owned()).unwrap_or_default())])
        }
    });
    view! {
        <dl class="processing">
            <dt>{t(lang, "category-purposes")}</dt>
            <dd><ul>{purposes}</ul></dd>
            <dt>{t(lang, "category-legal-basis")}</dt>
            <dd><ul>{bases}</ul></dd>
            <dt>{t(lang, "category-sources")}</dt>
            <dd><ul>{sources}</ul></dd>
            <dt>{t(lang, "category-recipients")}</dt>
            <dd><ul>{recipients}</ul></dd>
            <dt>{t(lang, "category-retention")}</dt>
            <dd>{retention}</dd>
            <dt>{t(lang, "category-erasable")}</dt>
            <dd>{erasable}</dd>
        </dl>
    }
}

#[component]
fn CategoryCard(reg: Arc<Register>, cat: Category, lang: Lang) -> impl IntoView {
    let heading_id = format!("cat-{}", cat.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="category" aria-labelledby=labelled_by>
            <h3 id=heading_id>{cat.title.get(lang).to_owned()}</h3>
            <p>{cat.description.get(lang).to_owned()}</p>
            <details>
                <summary>{t(lang, "category-purposes")} ", " {t(lang, "category-legal-basis").to_lowercase()} " …"</summary>
                <ProcessingFacts reg=reg.clone() cat=cat.clone() lang />
            </details>
        </section>
    }
}
