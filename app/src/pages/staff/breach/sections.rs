//! The breach page's sections for notifying an authority and telling the customers.

use super::*;

#[component]
pub(super) fn NotifySection(
    lang: Lang,
    reference: String,
    to: To,
    text: String,
    done: bool,
    ask_late_reason: bool,
    open: bool,
    error: Option<AppError>,
    notified: ServerAction<StaffBreachNotified>,
) -> impl IntoView {
    let (id, who) = match to {
        To::Ombudsman => ("tietosuojavaltuutettu", "ombudsman"),
        To::Traficom => ("traficom", "traficom"),
    };
    let text_id = format!("{id}-teksti");
    let form = (open && !done).then(|| {
        let late = ask_late_reason.then(|| {
            view! {
                <TextAreaField
                    lang
                    error=error.clone()
                    name="late_reason"
                    label_key="breach-late-reason-label"
                    hint_key="breach-late-reason-hint"
                    value=recall("late_reason")
                />
            }
        });
        view! {
            <ActionForm action=notified>
                <input type="hidden" name="reference" value=reference.clone() />
                <input type="hidden" name="authority" value=who />
                {late}
                <button type="submit" class="button">{t(lang, &format!("breach-mark-{who}"))}</button>
            </ActionForm>
        }
    });
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{t(lang, &format!("breach-{who}-heading"))}</h2>
            <p>{t(lang, &format!("breach-{who}-lead"))}</p>
            <div class="field">
                <label for=text_id.clone()>{t(lang, "breach-text-label")}</label>
                <textarea id=text_id class="summary" rows="14" readonly>
                    {textarea_text(&text)}
                </textarea>
            </div>
            {form}
        </section>
    }
}

#[component]
pub(super) fn TellSection(
    lang: Lang,
    reference: String,
    high: bool,
    kept: Option<String>,
    draft: String,
    told: Vec<Told>,
    open: bool,
    error: Option<AppError>,
    tell: ServerAction<StaffTellCustomers>,
) -> impl IntoView {
    let lead = t(lang, if high { "breach-tell-lead-high" } else { "breach-tell-lead" });
    let words = match &kept {
        Some(words) => view! {
            <h3>{t(lang, "breach-notice-kept")}</h3>
            <p class="pre-line">{words.clone()}</p>
        }
        .into_any(),
        None => ().into_any(),
    };
    let form = open.then(|| {
        let notice = kept.is_none().then(|| {
            let value = Some(recall("notice")).filter(|v| !v.is_empty()).unwrap_or(draft);
            view! {
                <TextAreaField
                    lang
                    error=error.clone()
                    name="notice"
                    label_key="breach-notice-label"
                    hint_key="breach-notice-hint"
                    value
                />
            }
        });
        view! {
            <ActionForm action=tell>
                <input type="hidden" name="reference" value=reference.clone() />
                {notice}
                <TextAreaField
                    lang
                    error=error.clone()
                    name="customers"
                    label_key="breach-customers-label"
                    hint_key="breach-customers-hint"
                    value=recall("customers")
                />
                <button type="submit" class="button">{t(lang, "breach-tell")}</button>
            </ActionForm>
        }
    });
    let list = if told.is_empty() {
        view! { <p>{t(lang, "breach-told-none")}</p> }.into_any()
    } else {
        let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
        let rows = told
            .into_iter()
            .map(|c| {
                let how = t(lang, if c.mailed { "breach-told-mailed" } else { "breach-told-no-mail" });
                view! {
                    <tr>
                        <th scope="row">{c.customer_number}</th>
                        <td>{label("breach-told-col-at")} {format!("{} ({})", format_datetime(lang, c.told_at), c.told_by)}</td>
                        <td>{label("breach-told-col-how")} {how}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table">
                <caption>{t(lang, "breach-told-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, "staff-customer-number")}</th>
                        <th scope="col">{t(lang, "breach-told-col-at")}</th>
                        <th scope="col">{t(lang, "breach-told-col-how")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="asiakkaat">
            <h2 id="asiakkaat">{t(lang, "breach-tell-heading")}</h2>
            <p>{lead}</p>
            {words}
            {form}
            {list}
        </section>
    }
}
