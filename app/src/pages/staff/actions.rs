//! The forms of the actions on a request: assign, message, extend, restrict, decide,
//! lift a restriction, mark a recipient notified. Each is a plain form post.

use super::*;

/// What every action form of a request page shares: the language, the request's
/// reference, the error the page came back with and what was typed before it.
#[derive(Clone)]
pub struct FormCtx {
    pub(super) lang: Lang,
    pub(super) reference: String,
    pub(super) error: Option<AppError>,
    pub(super) draft: Vec<(String, String)>,
}

impl FormCtx {
    pub(super) fn drafted(&self, name: &str) -> String {
        drafted(&self.draft, name)
    }
}

#[component]
pub(super) fn AssignForm(
    form: FormCtx,
    action: ServerAction<StaffAssign>,
    options: Vec<(String, String, Option<String>)>,
) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="assign-heading" class="action">
            <h3 id="assign-heading">{t(lang, "staff-assign-heading")}</h3>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <ChoiceGroup lang error=form.error.clone() name="assignee" legend=t(lang, "staff-assign-legend") options checked=vec![] />
                <button type="submit" class="button secondary">{t(lang, "staff-assign-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn MessageForm(form: FormCtx, action: ServerAction<StaffMessage>) -> impl IntoView {
    let lang = form.lang;
    let ask_options = vec![
        ("".to_owned(), t(lang, "staff-ask-none"), None),
        ("clarification".to_owned(), t(lang, "staff-ask-clarification"), None),
        ("identity".to_owned(), t(lang, "staff-ask-identity"), None),
    ];
    view! {
        <section aria-labelledby="message-heading" class="action">
            <h3 id="message-heading">{t(lang, "staff-message-heading")}</h3>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <TextAreaField lang error=form.error.clone() name="body" label_key="staff-message-label" value=form.drafted("body") />
                <ChoiceGroup
                    lang
                    error=form.error.clone()
                    name="ask"
                    legend=t(lang, "staff-ask-legend")
                    options=ask_options
                    checked=vec!["".to_owned()]
                />
                <button type="submit" class="button secondary">{t(lang, "staff-message-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn ExtendForm(form: FormCtx, action: ServerAction<StaffExtend>) -> impl IntoView {
    let lang = form.lang;
    let months =
        vec![("1".to_owned(), t(lang, "staff-extend-1"), None), ("2".to_owned(), t(lang, "staff-extend-2"), None)];
    view! {
        <section aria-labelledby="extend-heading" class="action">
            <h3 id="extend-heading">{t(lang, "staff-extend-heading")}</h3>
            <p>{t(lang, "staff-extend-lead")}</p>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <ChoiceGroup
                    lang
                    error=form.error.clone()
                    name="months"
                    legend=t(lang, "staff-extend-legend")
                    options=months
                    checked=vec!["2".to_owned()]
                />
                <TextAreaField
                    lang
                    error=form.error.clone()
                    name="extension_reason"
                    label_key="staff-extend-reason"
                    value=form.drafted("extension_reason")
                />
                <button type="submit" class="button secondary">{t(lang, "staff-extend-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn RestrictForm(form: FormCtx, action: ServerAction<StaffRestrict>) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="restrict-heading" class="action">
            <h3 id="restrict-heading">{t(lang, "staff-restrict-heading")}</h3>
            <p>{t(lang, "staff-restrict-lead")}</p>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <button type="submit" class="button secondary">{t(lang, "staff-restrict-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn DecideForm(
    form: FormCtx,
    action: ServerAction<StaffDecide>,
    outcomes: Vec<(String, String, Option<String>)>,
    /// The customer's language, which the answer is to be written in.
    language: String,
) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="decide-heading" class="action">
            <h3 id="decide-heading">{t(lang, "staff-decide-heading")}</h3>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <ChoiceGroup
                    lang
                    error=form.error.clone()
                    name="outcome"
                    legend=t(lang, "staff-outcome-legend")
                    options=outcomes
                    checked=vec![]
                />
                <TextAreaField
                    lang
                    error=form.error.clone()
                    name="reason"
                    label_key="staff-answer-label"
                    hint_key="staff-answer-hint"
                    value=form.drafted("reason")
                />
                <p class="hint">{t_args(lang, "staff-answer-language", &[("language", language)])}</p>
                <button type="submit" class="button">{t(lang, "staff-decide-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn LiftForm(form: FormCtx, action: ServerAction<StaffLiftRestriction>) -> impl IntoView {
    let lang = form.lang;
    view! {
        <section aria-labelledby="lift-heading" class="action">
            <h2 id="lift-heading">{t(lang, "staff-lift-heading")}</h2>
            <ActionForm action=action>
                <input type="hidden" name="reference" value=form.reference.clone() />
                <TextAreaField
                    lang
                    error=form.error.clone()
                    name="lift_reason"
                    label_key="staff-lift-reason"
                    value=form.drafted("lift_reason")
                />
                <button type="submit" class="button secondary">{t(lang, "staff-lift-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// The button that records one recipient as told of the change.
#[component]
pub(super) fn NotifiedButton(
    lang: Lang,
    reference: String,
    recipient: String,
    /// The recipient's name, for screen readers (the visible label is short).
    label: String,
    action: ServerAction<StaffMarkNotified>,
) -> impl IntoView {
    view! {
        <ActionForm action=action>
            <input type="hidden" name="reference" value=reference />
            <input type="hidden" name="recipient" value=recipient />
            <button
                type="submit"
                class="button secondary"
                aria-label=format!("{}: {label}", t(lang, "staff-mark-notified"))
            >
                {t(lang, "staff-mark-notified")}
            </button>
        </ActionForm>
    }
}

/// Why a customer-service agent sees no decision form: the decision is the DPO's.
pub(super) fn outcomes_note(lang: Lang, may_approve: bool, may_reject: bool) -> Option<impl IntoView> {
    (!may_approve || !may_reject).then(|| view! { <p class="hint">{t(lang, "staff-dpo-decides")}</p> })
}
