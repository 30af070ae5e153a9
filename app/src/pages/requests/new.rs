//! A form for each kind of request, each posting to its server function.

use super::*;

/// The form for a new request of the kind in the address (`/oma/pyynnot/uusi/<kind>`).
#[component]
pub fn NewRequestPage() -> impl IntoView {
    let lang = use_lang();
    if let Err(instead) = crate::pages::account::customer_page_guard() {
        return instead;
    }
    let segment = use_params_map().get_untracked().get("laji").unwrap_or_default();
    let Some(kind) = RequestKind::from_path_segment(&segment) else {
        return view! { <crate::pages::not_found::NotFound /> }.into_any();
    };
    let form = Resource::new(move || (), move |_| request_form(kind.as_str().to_owned()));
    view! {
        <Breadcrumb lang />
        <Suspense fallback=move || view! { <p>{t(lang, "loading")}</p> }>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(form) => view! { <KindForm lang kind form /> }.into_any(),
                    Err(e) => {
                        view! {
                            <Title text=kind_text(lang, kind) />
                            <h1>{kind_text(lang, kind)}</h1>
                            <p role="alert">{error_text(lang, &e)}</p>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
    .into_any()
}

/// The error a form's action came back with (read from the address after a redirect).
pub(super) fn error_of<A>(action: &ServerAction<A>) -> Option<AppError>
where
    A: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    action.value().get_untracked().and_then(|r| r.err())
}

/// What every request form starts from: the error it came back with, a reader of what
/// was typed before (field name → value), and a fresh idempotency key.
pub(super) fn form_start<A>(
    action: &ServerAction<A>,
    form: &NewRequestForm,
) -> (Option<AppError>, impl Fn(&str) -> String + Clone + 'static, String)
where
    A: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    let draft = form.draft.clone();
    let drafted = move |name: &str| draft.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
    (error_of(action), drafted, form.idempotency_key.clone())
}

#[component]
pub(super) fn KindForm(lang: Lang, kind: RequestKind, form: NewRequestForm) -> impl IntoView {
    let heading = kind_text(lang, kind);
    let lead = t(lang, &format!("request-kind-{}-lead", kind.as_str()));
    let (body, error) = match kind {
        RequestKind::Rectification => rectification_form(lang, form),
        RequestKind::Erasure => erasure_form(lang, form),
        RequestKind::Restriction => restriction_form(lang, form),
        RequestKind::Objection => objection_form(lang, form),
        RequestKind::Copy | RequestKind::Question | RequestKind::Complaint => text_form(lang, kind, form),
    };
    let dpa = (kind == RequestKind::Complaint).then(|| {
        view! {
            <aside class="notice" aria-labelledby="dpa-aside">
                <h2 id="dpa-aside">{t(lang, "dpa-heading")}</h2>
                <p>{t(lang, "dpa-short")}</p>
                <p>
                    <a href=DPA_PATH>{t(lang, "dpa-link")}</a>
                </p>
            </aside>
        }
    });
    view! {
        <Title text=title_for(lang, &format!("request-kind-{}", kind.as_str()), error.is_some()) />
        <div class="narrow">
            <ErrorSummary lang error=error />
            <h1>{heading}</h1>
            <p>{lead}</p>
            <p>{t(lang, "request-clock-note")}</p>
            {body}
            {dpa}
        </div>
    }
}

/// The checkbox that asks for restriction while the request is pending.
#[component]
pub(super) fn RestrictCheckbox(lang: Lang, checked: bool) -> impl IntoView {
    view! {
        <div class="field">
            <div class="choice">
                <input type="checkbox" id="restrict" name="restrict" value="1" checked=checked aria-describedby="restrict-hint" />
                <label for="restrict">{t(lang, "request-restrict-label")}</label>
                <p class="hint choice-hint" id="restrict-hint">
                    {t(lang, "request-restrict-hint")}
                </p>
            </div>
        </div>
    }
}

#[component]
pub(super) fn Submit(lang: Lang, idempotency_key: String) -> impl IntoView {
    view! {
        <input type="hidden" name="idempotency_key" value=idempotency_key />
        <button type="submit" class="button">{t(lang, "request-submit")}</button>
    }
}

pub(super) fn rectification_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileRectification>::new();
    let (error, d, key) = form_start(&action, &form);
    let mut options: Vec<_> = form
        .fields
        .iter()
        .map(|(field, current)| {
            let now =
                t_args(lang, "request-current-value", &[("value", field_value_text(lang, *field, current.as_deref()))]);
            (field.as_str().to_owned(), field_label(lang, *field), Some(now))
        })
        .collect();
    // The fields of the customer's records: which record, and its value now.
    options.extend(form.record_fields.iter().map(|r| {
        let now =
            t_args(lang, "request-current-value", &[("value", field_value_text(lang, r.field, Some(&r.current)))]);
        (r.key(), format!("{}: {}", field_label(lang, r.field), r.of), Some(now))
    }));
    let view = view! {
        <ActionForm action=action>
            <ChoiceGroup
                lang
                error=error.clone()
                name="field"
                legend=t(lang, "request-field-legend")
                options
                checked=vec![d("field")]
            />
            <Field
                lang
                error=error.clone()
                name="proposed"
                label_key="request-proposed-label"
                hint_key="request-proposed-hint"
                autocomplete="off"
                maxlength="254"
                value=d("proposed")
            />
            <TextAreaField
                lang
                error=error.clone()
                name="reason"
                label_key="request-reason-label"
                hint_key="request-reason-hint"
                value=d("reason")
            />
            <RestrictCheckbox lang checked=!d("restrict").is_empty() />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

pub(super) fn erasure_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileErasure>::new();
    let (error, d, key) = form_start(&action, &form);
    let chosen: Vec<String> = d("categories").split(',').map(str::to_owned).collect();
    let held: Vec<_> = form.categories.iter().filter(|c| c.records > 0).collect();
    let options: Vec<(String, String, Option<String>)> = held
        .iter()
        .filter(|c| c.erasure == ErasureNow::Possible)
        .map(|c| {
            let count =
                t_args(lang, "request-records", &[("count", crate::pages::my_data::format_number(lang, c.records))]);
            (c.category.clone(), category_title(lang, &c.category), Some(count))
        })
        .collect();
    let blocked = held
        .iter()
        .filter(|c| c.erasure != ErasureNow::Possible)
        .map(|c| {
            let why = match &c.erasure {
                ErasureNow::ActiveContract => t(lang, "erasure-now-contract"),
                ErasureNow::Law(law) => t_args(lang, "erasure-now-law", &[("law", law.clone())]),
                ErasureNow::Possible => String::new(),
            };
            view! {
                <li>
                    <strong>{category_title(lang, &c.category)}</strong>
                    ": "
                    {why}
                </li>
            }
        })
        .collect_view();
    let any = !options.is_empty();
    let chosen_records: Vec<String> = d("records").split(',').map(str::to_owned).collect();
    let record_options: Vec<(String, String, Option<String>)> =
        form.records.iter().map(|(key, label)| (key.clone(), label.clone(), None)).collect();
    let records = (!record_options.is_empty()).then(|| {
        view! {
            <ChoiceGroup
                lang
                error=error.clone()
                name="records"
                legend=t(lang, "request-records-legend")
                hint=t(lang, "request-records-hint")
                options=record_options
                checked=chosen_records
                multiple=true
            />
        }
    });
    let view = view! {
        {if any {
            view! {
                <ActionForm action=action>
                    <ChoiceGroup
                        lang
                        error=error.clone()
                        name="categories"
                        legend=t(lang, "request-categories-legend")
                        hint=t(lang, "request-categories-hint")
                        options
                        checked=chosen
                        multiple=true
                    />
                    {records}
                    <TextAreaField
                        lang
                        error=error.clone()
                        name="reason"
                        label_key="request-erasure-reason-label"
                        value=d("reason")
                        optional=true
                    />
                    <RestrictCheckbox lang checked=!d("restrict").is_empty() />
                    <Submit lang idempotency_key=key.clone() />
                </ActionForm>
            }
                .into_any()
        } else {
            view! { <p>{t(lang, "request-nothing-erasable")}</p> }.into_any()
        }}
        <h2>{t(lang, "request-not-erasable-heading")}</h2>
        <ul>{blocked}</ul>
    }
    .into_any();
    (view, error_of(&action))
}

pub(super) fn restriction_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileRestriction>::new();
    let (error, d, key) = form_start(&action, &form);
    let options = RestrictionGround::ALL
        .iter()
        .map(|g| {
            let key = format!("request-ground-{}", g.as_str());
            (g.as_str().to_owned(), t(lang, &key), Some(t(lang, &format!("{key}-hint"))))
        })
        .collect();
    let view = view! {
        <ActionForm action=action>
            <ChoiceGroup
                lang
                error=error.clone()
                name="ground"
                legend=t(lang, "request-ground-legend")
                options
                checked=vec![d("ground")]
            />
            <TextAreaField
                lang
                error=error.clone()
                name="reason"
                label_key="request-restriction-reason-label"
                value=d("reason")
            />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

pub(super) fn objection_form(lang: Lang, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileObjection>::new();
    let (error, d, key) = form_start(&action, &form);
    let chosen: Vec<String> = d("purposes").split(',').map(str::to_owned).collect();
    let options = form.purposes.iter().map(|p| (p.clone(), purpose_title(lang, p), None)).collect();
    let view = view! {
        <p>
            {t(lang, "requests-marketing-note")} " "
            <a href=crate::paths::CONSENTS_PATH>{t(lang, "consents-heading")}</a>
        </p>
        <ActionForm action=action>
            <ChoiceGroup
                lang
                error=error.clone()
                name="purposes"
                legend=t(lang, "request-purposes-legend")
                options
                checked=chosen
                multiple=true
            />
            <TextAreaField
                lang
                error=error.clone()
                name="grounds"
                label_key="request-grounds-label"
                hint_key="request-grounds-hint"
                value=d("grounds")
            />
            <RestrictCheckbox lang checked=!d("restrict").is_empty() />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}

pub(super) fn text_form(lang: Lang, kind: RequestKind, form: NewRequestForm) -> (AnyView, Option<AppError>) {
    let action = ServerAction::<FileTextRequest>::new();
    let (error, d, key) = form_start(&action, &form);
    let label_key = match kind {
        RequestKind::Copy => "request-copy-label",
        RequestKind::Question => "request-question-label",
        _ => "request-complaint-label",
    };
    let view = view! {
        <ActionForm action=action>
            <input type="hidden" name="kind" value=kind.as_str() />
            <TextAreaField lang error=error.clone() name="text" label_key value=d("text") />
            <Submit lang idempotency_key=key.clone() />
        </ActionForm>
    }
    .into_any();
    (view, error_of(&action))
}
