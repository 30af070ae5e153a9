//! The requester section of a staff request page, for a request made by someone
//! without an account (the public form) or recorded as nobody in the register: who they
//! are and how to reach them, whether they identified themselves strongly and whom in
//! the register that matched, and the form that links the request to a register
//! customer once staff know who the person is.

use super::*;
use crate::api::intake::StaffLinkRequest;
use crate::components::form::Field;
use crate::wire::staff::RequesterView;

#[component]
pub(super) fn RequesterSection(
    form: FormCtx,
    requester: Option<RequesterView>,
    /// Whether the request is linked to a register customer.
    linked: bool,
    open: bool,
    action: ServerAction<StaffLinkRequest>,
) -> impl IntoView {
    let lang = form.lang;
    let facts = requester.map(|q| {
        let identified = match (&q.identified, &q.matched_customer) {
            (true, Some(number)) => t_args(lang, "requester-identified-customer", &[("number", number.clone())]),
            (true, None) => t(lang, "requester-identified-nobody"),
            (false, _) => t(lang, "requester-not-identified"),
        };
        view! {
            <dl class="facts">
                <dt>{t(lang, "requester-name")}</dt>
                <dd>{q.name}</dd>
                <dt>{t(lang, "requester-email")}</dt>
                <dd>{q.email.unwrap_or_else(|| t(lang, "requester-none"))}</dd>
                <dt>{t(lang, "requester-phone")}</dt>
                <dd>{q.phone.unwrap_or_else(|| t(lang, "requester-none"))}</dd>
                <dt>{t(lang, "requester-eid")}</dt>
                <dd>{identified}</dd>
            </dl>
        }
    });
    let link = (open && !linked).then(|| {
        view! {
            <section aria-labelledby="link-heading" class="action">
                <h3 id="link-heading">{t(lang, "requester-link-heading")}</h3>
                <p>{t(lang, "requester-link-lead")}</p>
                <ActionForm action=action>
                    <input type="hidden" name="reference" value=form.reference.clone() />
                    <Field
                        lang
                        error=form.error.clone()
                        name="customer"
                        label_key="intake-customer-label"
                        autocomplete="off"
                        maxlength="20"
                        value=form.drafted("customer")
                    />
                    <button type="submit" class="button">{t(lang, "requester-link-submit")}</button>
                </ActionForm>
            </section>
        }
    });
    let note = (!linked).then(|| view! { <p class="notice">{t(lang, "requester-not-linked")}</p> });
    view! {
        <section aria-labelledby="requester-heading">
            <h2 id="requester-heading">{t(lang, "requester-heading")}</h2>
            {note}
            {facts}
            {link}
        </section>
    }
}
