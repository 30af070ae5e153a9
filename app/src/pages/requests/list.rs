//! The customer's requests with their status and due date.

use super::*;

#[component]
pub fn RequestsPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let list = Resource::new(|| (), |_| my_requests());
    let kinds = RequestKind::ALL
        .iter()
        .map(|k| {
            let href = format!("{NEW_REQUEST_PATH}/{}", k.path_segment());
            view! {
                <li>
                    <a href=href>{kind_text(lang, *k)}</a>
                    <p class="hint">{t(lang, &format!("request-kind-{}-hint", k.as_str()))}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text=t(lang, "requests-title") />
        <h1>{t(lang, "requests-heading")}</h1>
        <p>{t(lang, "requests-lead")}</p>
        <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">{t(lang, "requests-mine-heading")}</h2>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) if list.is_empty() => view! { <p>{t(lang, "requests-none")}</p> }.into_any(),
                        Ok(list) => view! { <RequestList lang list /> }.into_any(),
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
        <section aria-labelledby="new-heading">
            <h2 id="new-heading">{t(lang, "requests-new-heading")}</h2>
            <ul class="category-list">{kinds}</ul>
            <p>
                {t(lang, "requests-marketing-note")} " "
                <a href=crate::paths::CONSENTS_PATH>{t(lang, "consents-heading")}</a>
            </p>
        </section>
        <section aria-labelledby="dpa-heading">
            <h2 id="dpa-heading">{t(lang, "dpa-heading")}</h2>
            <p>{t(lang, "dpa-short")}</p>
            <p>
                <a href=DPA_PATH>{t(lang, "dpa-link")}</a>
            </p>
        </section>
    }
    .into_any()
}

#[component]
pub(super) fn RequestList(lang: Lang, list: Vec<RequestSummary>) -> impl IntoView {
    let rows = list
        .into_iter()
        .map(|r| {
            let href = format!("{REQUESTS_PATH}/{}", r.reference);
            let due = due_text(lang, r.due_on, r.status.is_open());
            view! {
                <tr>
                    <th scope="row">
                        <span class="cell-label">{t(lang, "col-reference")} ": "</span>
                        <a href=href>{r.reference.clone()}</a>
                    </th>
                    <td>
                        <span class="cell-label">{t(lang, "col-kind")} ": "</span>
                        {kind_text(lang, r.kind)}
                    </td>
                    <td>
                        <span class="cell-label">{t(lang, "col-received")} ": "</span>
                        {format_datetime(lang, r.received_at)}
                    </td>
                    <td>
                        <span class="cell-label">{t(lang, "col-answer-due")} ": "</span>
                        {due}
                    </td>
                    <td>
                        <span class="cell-label">{t(lang, "col-status")} ": "</span>
                        {status_text(lang, r.status)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table">
            <caption>{t(lang, "requests-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, "col-reference")}</th>
                    <th scope="col">{t(lang, "col-kind")}</th>
                    <th scope="col">{t(lang, "col-received")}</th>
                    <th scope="col">{t(lang, "col-answer-due")}</th>
                    <th scope="col">{t(lang, "col-status")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
