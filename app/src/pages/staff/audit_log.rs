//! Any customer's audit log, for the data protection officer.

use super::*;

/// The DPO's view of one customer's audit log (the look itself is audited).
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let number = use_query_map().get_untracked().get("asiakas").filter(|v| !v.trim().is_empty());
    let data = {
        let number = number.clone();
        Resource::new(
            move || (),
            move |_| {
                let number = number.clone();
                async move {
                    match number {
                        Some(n) => staff_audit_log(n).await.map(Some),
                        None => Ok(None),
                    }
                }
            },
        )
    };
    view! {
        <Title text=t(lang, "staff-audit-title") />
        <h1>{t(lang, "staff-audit-heading")}</h1>
        {staff_links(lang, role)}
        <form method="get" action=AUDIT_LOG_PATH class="filters">
            <div class="field">
                <label for="asiakas">{t(lang, "staff-customer-number")}</label>
                <input id="asiakas" name="asiakas" type="text" inputmode="numeric" autocomplete="off" value=number.clone().unwrap_or_default() />
            </div>
            <button type="submit" class="button">{t(lang, "staff-audit-submit")}</button>
        </form>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(Some(Some(rows))) => {
                        let body = rows
                            .into_iter()
                            .map(|row| {
                                let who = match (row.actor_name, row.actor_id) {
                                    (Some(name), _) => name,
                                    (None, Some(id)) => format!("#{id}"),
                                    _ => t(lang, &format!("value-{}", row.actor_kind)),
                                };
                                view! {
                                    <tr>
                                        <td>{format_datetime(lang, row.at)}</td>
                                        <td>{who}</td>
                                        <td><code>{row.action}</code></td>
                                        <td>{row.reference.unwrap_or_default()}</td>
                                        <td>{row.detail.unwrap_or_default()}</td>
                                    </tr>
                                }
                            })
                            .collect_view();
                        view! {
                            <table class="data-table">
                                <caption>{t(lang, "staff-audit-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t(lang, "col-when")}</th>
                                        <th scope="col">{t(lang, "col-staff")}</th>
                                        <th scope="col">{t(lang, "staff-col-action")}</th>
                                        <th scope="col">{t(lang, "col-request")}</th>
                                        <th scope="col">{t(lang, "staff-col-detail")}</th>
                                    </tr>
                                </thead>
                                <tbody>{body}</tbody>
                            </table>
                        }
                            .into_any()
                    }
                    Ok(Some(None)) => view! { <p role="alert">{t(lang, "staff-no-such-customer")}</p> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}
