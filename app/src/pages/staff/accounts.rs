//! The DPO's list of staff accounts (privacy notice §8: granting and removing access):
//! each account's role, state, second factor and latest sign-in, with plain forms to
//! change the role, reset the second factor and deactivate or reactivate it, and a form
//! to create an account. The DPO's own row has no forms: nobody removes their own access
//! by a slip.

use super::*;
use crate::api::form_memory::recall;
use crate::api::staff_accounts::{
    staff_accounts, StaffAccount, StaffCreateAccount, StaffResetFactor, StaffSetActive, StaffSetRole,
};
use crate::components::form::Field;

#[component]
pub fn StaffAccountsPage() -> impl IntoView {
    let lang = use_lang();
    let role = match staff_page_guard(true) {
        Ok(role) => role,
        Err(instead) => return instead,
    };
    let me = use_signed_in().map(|u| u.account_id);
    let set_role = ServerAction::<StaffSetRole>::new();
    let set_active = ServerAction::<StaffSetActive>::new();
    let reset = ServerAction::<StaffResetFactor>::new();
    let create = ServerAction::<StaffCreateAccount>::new();
    let error = first_error(&[
        set_role.value().get_untracked().and_then(|r| r.err()),
        set_active.value().get_untracked().and_then(|r| r.err()),
        reset.value().get_untracked().and_then(|r| r.err()),
        create.value().get_untracked().and_then(|r| r.err()),
    ]);
    let role_options = vec![
        ("customer_service".to_owned(), t(lang, "role-customer_service"), None),
        ("dpo".to_owned(), t(lang, "role-dpo"), None),
    ];
    let kept_role = recall("role");
    let checked = vec![if kept_role.is_empty() { "customer_service".to_owned() } else { kept_role }];
    let done = use_query_map().get_untracked().get("tehty").map(|what| {
        view! {
            <div id="tila" tabindex="-1">
                <Notice text=t(lang, &format!("staff-accounts-done-{what}")) />
            </div>
        }
    });
    let accounts = Resource::new(|| (), |_| staff_accounts());
    view! {
        <Title text=t(lang, "staff-accounts-title") />
        <h1>{t(lang, "staff-accounts-heading")}</h1>
        {staff_links(lang, role)}
        <ErrorSummary lang error=error.clone() />
        {done}
        <p>{t(lang, "staff-accounts-lead")}</p>
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match accounts.await {
                    Ok(list) => {
                        let rows = list
                            .into_iter()
                            .map(|a| view! { <AccountRow lang account=a me set_role set_active reset /> })
                            .collect_view();
                        view! {
                            <table class="data-table">
                                <caption>{t(lang, "staff-accounts-caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t(lang, "col-name")}</th>
                                        <th scope="col">{t(lang, "col-role")}</th>
                                        <th scope="col">{t(lang, "col-status")}</th>
                                        <th scope="col">{t(lang, "staff-accounts-col-last")}</th>
                                        <th scope="col">{t(lang, "staff-accounts-col-actions")}</th>
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
        <section aria-labelledby="create-heading">
            <h2 id="create-heading">{t(lang, "staff-accounts-create-heading")}</h2>
            <p>{t(lang, "staff-accounts-create-lead")}</p>
            <ActionForm action=create>
                <Field lang error=error.clone() name="name" label_key="staff-accounts-create-name" autocomplete="off" maxlength="100" value=recall("name") />
                <Field
                    lang
                    error=error.clone()
                    name="email"
                    label_key="staff-accounts-create-email"
                    input_type="email"
                    autocomplete="off"
                    value=recall("email")
                />
                <ChoiceGroup lang error=error.clone() name="role" legend=t(lang, "col-role") options=role_options checked />
                <button type="submit" class="button">{t(lang, "staff-accounts-create-submit")}</button>
            </ActionForm>
        </section>
    }
    .into_any()
}

#[component]
fn AccountRow(
    lang: Lang,
    account: StaffAccount,
    me: Option<crate::domain::AccountId>,
    set_role: ServerAction<StaffSetRole>,
    set_active: ServerAction<StaffSetActive>,
    reset: ServerAction<StaffResetFactor>,
) -> impl IntoView {
    let label = |key: &str| view! { <span class="cell-label" aria-hidden="true">{t(lang, key)} ": "</span> };
    let state = match (account.active, account.second_factor) {
        (false, _) => t(lang, "staff-accounts-deactivated"),
        (true, true) => t(lang, "staff-accounts-active"),
        (true, false) if account.must_enrol => t(lang, "staff-accounts-enrols"),
        (true, false) => t(lang, "staff-accounts-active-no-factor"),
    };
    let last = account.last_sign_in.map(|at| format_datetime(lang, at)).unwrap_or_else(|| t(lang, "value-none"));
    let other_role = if account.role == Role::Dpo { Role::CustomerService } else { Role::Dpo };
    let id = account.id.to_string();
    let id2 = id.clone();
    let id3 = id.clone();
    let name = account.name.clone();
    let actions = (me != Some(account.id)).then(|| {
        let role_button = t_args(
            lang,
            "staff-accounts-make",
            &[("name", name.clone()), ("role", t(lang, &format!("role-{}", other_role.as_str())))],
        );
        let active_button = t_args(
            lang,
            if account.active { "staff-accounts-deactivate" } else { "staff-accounts-activate" },
            &[("name", name.clone())],
        );
        view! {
            <ActionForm action=set_role>
                <input type="hidden" name="account" value=id />
                <input type="hidden" name="role" value=other_role.as_str() />
                <button type="submit" class="button secondary">{role_button}</button>
            </ActionForm>
            {account.second_factor.then(|| {
                let reset_button = t_args(lang, "staff-accounts-reset-factor", &[("name", name.clone())]);
                view! {
                    <ActionForm action=reset>
                        <input type="hidden" name="account" value=id3 />
                        <button type="submit" class="button secondary">{reset_button}</button>
                    </ActionForm>
                }
            })}
            <ActionForm action=set_active>
                <input type="hidden" name="account" value=id2 />
                <input type="hidden" name="active" value=if account.active { "false" } else { "true" } />
                <button type="submit" class="button secondary">{active_button}</button>
            </ActionForm>
        }
    });
    view! {
        <tr>
            <th scope="row">{account.name} <br /> <span class="hint">{account.email}</span></th>
            <td>{label("col-role")} {t(lang, &format!("role-{}", account.role.as_str()))}</td>
            <td>{label("col-status")} {state}</td>
            <td>{label("staff-accounts-col-last")} {last}</td>
            <td>{actions.map(|a| a.into_any()).unwrap_or_else(|| t(lang, "staff-accounts-you").into_any())}</td>
        </tr>
    }
}
