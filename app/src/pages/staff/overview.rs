//! The data protection officer's overview of the requests and their statutory clocks,
//! and of the outbox of mail.

use super::*;

/// The DPO's overview: requests by status, overdue, median days to a decision.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let data = Resource::new(|| (), |_| staff_overview());
    view! {
        <Title text=t(lang, "staff-overview-title") />
        <h1>{t(lang, "staff-overview-heading")}</h1>
        {staff_links(lang, role)}
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(o) => {
                        let rows = o
                            .by_status
                            .iter()
                            .filter_map(|(s, n)| {
                                let status = s.parse::<RequestStatus>().ok()?;
                                Some(view! {
                                    <tr>
                                        <th scope="row">{status_text(lang, status)}</th>
                                        <td>{crate::pages::my_data::format_number(lang, *n)}</td>
                                    </tr>
                                })
                            })
                            .collect_view();
                        let median = o
                            .median_days
                            .map(|m| t_args(lang, "staff-median-days", &[("days", format!("{m:.1}").replace('.', if lang == Lang::En { "." } else { "," }))]))
                            .unwrap_or_else(|| t(lang, "value-none"));
                        view! {
                            <dl class="facts">
                                <dt>{t(lang, "staff-overdue-count")}</dt>
                                <dd>{crate::pages::my_data::format_number(lang, o.overdue)}</dd>
                                <dt>{t(lang, "staff-median-label")}</dt>
                                <dd>{median} " " {t_args(lang, "staff-decided-count", &[("count", o.decided.to_string())])}</dd>
                            </dl>
                            <table class="data-table">
                                <caption>{t(lang, "staff-by-status-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t(lang, "col-status")}</th>
                                        <th scope="col">{t(lang, "staff-col-count")}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        }
                            .into_any()
                    }
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
        <super::outbox::OutboxSection />
    }
    .into_any()
}
