//! The identity section of a staff request page: how the request came in, what the
//! register requires before it is carried out, every check made (by the portal at
//! filing, or by staff), and the form to record one more: an identity document seen at
//! a service point or questions about data only the person knows.

use super::*;
use crate::api::staff::StaffIdentityCheck;
use crate::domain::identity::IdDocument;
use crate::domain::{IdentityLevel, IdentityMethod};
use crate::i18n::texts::{identity_check_text as check_text, identity_level_text as level_text};
use crate::wire::requests::IdentityCheck;

#[component]
pub(super) fn IdentitySection(
    form: FormCtx,
    channel: crate::domain::Channel,
    checks: Vec<IdentityCheck>,
    required: IdentityLevel,
    sufficient: bool,
    /// Whether the request is open (then checks can be recorded).
    open: bool,
    action: ServerAction<StaffIdentityCheck>,
) -> impl IntoView {
    let lang = form.lang;
    let rows = checks
        .iter()
        .map(|c| {
            let by = c.checked_by.clone().unwrap_or_else(|| t(lang, "identity-by-portal"));
            let result = t(lang, if c.verified { "identity-verified" } else { "identity-not-verified" });
            view! {
                <tr>
                    <td>{format_datetime(lang, c.checked_at)}</td>
                    <th scope="row">{check_text(lang, c)}</th>
                    <td>{level_text(lang, c.method.level())}</td>
                    <td>{by}</td>
                    <td>{result}</td>
                </tr>
            }
        })
        .collect_view();
    let state = if sufficient {
        t_args(lang, "identity-sufficient", &[("level", level_text(lang, required))])
    } else {
        t_args(lang, "identity-missing", &[("level", level_text(lang, required))])
    };
    let methods = slug_options(lang, IdentityMethod::STAFF_RECORDED, "identity-method");
    let documents = slug_options(lang, IdDocument::ALL, "identity-document");
    let results = vec![
        ("verified".to_owned(), t(lang, "identity-verified"), None),
        ("not_verified".to_owned(), t(lang, "identity-not-verified"), None),
    ];
    let record = open.then(|| {
        view! {
            <section aria-labelledby="identity-form-heading" class="action">
                <h3 id="identity-form-heading">{t(lang, "identity-record-heading")}</h3>
                <ActionForm action=action>
                    <input type="hidden" name="reference" value=form.reference.clone() />
                    <ChoiceGroup
                        lang
                        error=form.error.clone()
                        name="method"
                        legend=t(lang, "identity-method-legend")
                        options=methods
                        checked=vec![]
                    />
                    <ChoiceGroup
                        lang
                        error=form.error.clone()
                        name="document"
                        legend=t(lang, "identity-document-legend")
                        hint=t(lang, "identity-document-hint")
                        options=documents
                        checked=vec![]
                    />
                    <ChoiceGroup
                        lang
                        error=form.error.clone()
                        name="result"
                        legend=t(lang, "identity-result-legend")
                        options=results
                        checked=vec![]
                    />
                    <button type="submit" class="button secondary">{t(lang, "identity-record-submit")}</button>
                </ActionForm>
            </section>
        }
    });
    view! {
        <section aria-labelledby="identity-heading">
            <h2 id="identity-heading">{t(lang, "identity-heading")}</h2>
            <dl class="facts">
                <dt>{t(lang, "identity-channel")}</dt>
                <dd>{t(lang, &format!("channel-{}", channel.as_str()))}</dd>
                <dt>{t(lang, "identity-required")}</dt>
                <dd>
                    <strong>{state}</strong>
                </dd>
            </dl>
            {if checks.is_empty() {
                view! { <p>{t(lang, "identity-no-checks")}</p> }.into_any()
            } else {
                view! {
                    <table class="data-table">
                        <caption>{t(lang, "identity-checks-caption")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(lang, "col-when")}</th>
                                <th scope="col">{t(lang, "identity-col-method")}</th>
                                <th scope="col">{t(lang, "identity-col-level")}</th>
                                <th scope="col">{t(lang, "identity-col-by")}</th>
                                <th scope="col">{t(lang, "identity-col-result")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                    .into_any()
            }}
            {record}
        </section>
    }
}
