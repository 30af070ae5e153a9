//! The route to the Data Protection Ombudsman, with a summary of the case to copy or
//! download.

use super::*;

/// The route to the supervisory authority: what it is, where, and a summary of the
/// customer's case to copy or download.
#[component]
pub fn DpaPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let summary = Resource::new(|| (), |_| crate::api::requests::dpa_summary());
    let (name, url) = register()
        .map(|r| (r.supervisory_authority.name.get(lang).to_owned(), r.supervisory_authority.url.clone()))
        .unwrap_or_default();
    let site = url.trim_start_matches("https://").to_owned();
    view! {
        <Title text=t(lang, "dpa-title") />
        <Breadcrumb lang />
        <h1>{t(lang, "dpa-heading")}</h1>
        <p>{t_args(lang, "dpa-what", &[("name", name.clone())])}</p>
        <p>{t(lang, "dpa-when")}</p>
        <p>
            {t(lang, "dpa-first-us")} " "
            <a href=format!("{NEW_REQUEST_PATH}/{}", RequestKind::Complaint.path_segment())>
                {t(lang, "request-kind-complaint")}
            </a>
        </p>
        <p>
            {t(lang, "dpa-where")} " " <a href=url.clone() rel="external">{format!("{name} ({site})")}</a>
        </p>
        <h2>{t(lang, "dpa-summary-heading")}</h2>
        <p>{t(lang, "dpa-summary-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match summary.await {
                    Ok(text) => {
                        view! {
                            <div class="field">
                                <label for="summary">{t(lang, "dpa-summary-label")}</label>
                                <textarea id="summary" class="summary" rows="14" readonly>
                                    {crate::components::form::textarea_text(&text)}
                                </textarea>
                            </div>
                            <p>
                                <a href=DPA_SUMMARY_PATH class="button secondary" download="">
                                    {t(lang, "dpa-summary-download")}
                                </a>
                            </p>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}
