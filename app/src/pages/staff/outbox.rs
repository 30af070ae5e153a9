//! The outbox on the DPO's overview: mail waiting, failed and sent, and the stuck jobs
//! with a button to send a failed one again. No recipient, no content.

use super::*;
use crate::api::outbox::{staff_outbox, StaffRetryMail, StuckJob};

/// The outbox section (`#posti`) of the overview page.
#[component]
pub fn OutboxSection() -> impl IntoView {
    let lang = use_lang();
    let retry = ServerAction::<StaffRetryMail>::new();
    let data = Resource::new(move || retry.version().get(), |_| staff_outbox());
    let done = use_query_map()
        .get_untracked()
        .get("tehty")
        .filter(|w| w == "mail-retried")
        .map(|_| view! { <Notice text=t(lang, "outbox-done-mail-retried") /> });
    let number = move |n: i64| crate::pages::my_data::format_number(lang, n);
    view! {
        <section id="posti" aria-labelledby="posti-otsikko">
            <h2 id="posti-otsikko">{t(lang, "outbox-heading")}</h2>
            {done}
            <p>{t(lang, "outbox-lead")}</p>
            <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(o) => {
                            let oldest = o
                                .oldest_pending
                                .map(|at| format_datetime(lang, at))
                                .unwrap_or_else(|| t(lang, "value-none"));
                            let table = if o.stuck.is_empty() {
                                view! { <p>{t(lang, "outbox-none-stuck")}</p> }.into_any()
                            } else {
                                let rows = o
                                    .stuck
                                    .into_iter()
                                    .map(|job| view! { <JobRow lang job retry /> })
                                    .collect_view();
                                view! {
                                    <table class="data-table">
                                        <caption>{t(lang, "outbox-stuck-caption")}</caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">{t(lang, "outbox-col-mail")}</th>
                                                <th scope="col">{t(lang, "outbox-col-created")}</th>
                                                <th scope="col">{t(lang, "outbox-col-status")}</th>
                                                <th scope="col">{t(lang, "outbox-col-attempts")}</th>
                                                <th scope="col">{t(lang, "outbox-col-next")}</th>
                                                <th scope="col">{t(lang, "outbox-col-error")}</th>
                                                <th scope="col">{t(lang, "outbox-col-action")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>{rows}</tbody>
                                    </table>
                                }
                                    .into_any()
                            };
                            view! {
                                <dl class="facts">
                                    <dt>{t(lang, "outbox-pending")}</dt>
                                    <dd>{number(o.pending)}</dd>
                                    <dt>{t(lang, "outbox-failed")}</dt>
                                    <dd>{number(o.failed)}</dd>
                                    <dt>{t(lang, "outbox-sent-day")}</dt>
                                    <dd>{number(o.sent_last_day)}</dd>
                                    <dt>{t(lang, "outbox-oldest")}</dt>
                                    <dd>{oldest}</dd>
                                </dl>
                                {table}
                            }
                                .into_any()
                        }
                        Err(e) => view! { <p role="alert">{error_text(lang, &e)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// What a mail is, in words (its template's description).
fn mail_title(lang: Lang, template: &str) -> String {
    crate::i18n::t_or(lang, &format!("outbox-template-{template}"), || template.to_owned())
}

#[component]
fn JobRow(lang: Lang, job: StuckJob, retry: ServerAction<StaffRetryMail>) -> impl IntoView {
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let failed = job.status == "failed";
    let status = t(lang, if failed { "outbox-status-failed" } else { "outbox-status-pending" });
    let next = if failed { t(lang, "value-none") } else { format_datetime(lang, job.next_attempt_at) };
    let action = failed.then(|| {
        let button = t_args(lang, "outbox-retry", &[("id", job.id.to_string())]);
        view! {
            <ActionForm action=retry>
                <input type="hidden" name="job" value=job.id.to_string() />
                <button type="submit" class="button secondary">{button}</button>
            </ActionForm>
        }
    });
    view! {
        <tr>
            <th scope="row">{mail_title(lang, &job.template)} " (" {job.id} ")"</th>
            <td>{label("outbox-col-created")} {format_datetime(lang, job.created_at)}</td>
            <td>{label("outbox-col-status")} {status}</td>
            <td>{label("outbox-col-attempts")} {job.attempts}</td>
            <td>{label("outbox-col-next")} {next}</td>
            <td>{label("outbox-col-error")} {job.last_error.unwrap_or_default()}</td>
            <td>{action}</td>
        </tr>
    }
}
