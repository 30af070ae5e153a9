//! The copy section of a copy request's page (GDPR Art. 15(3)): the customer's call
//! recordings to listen to and, where the customer asked for one in writing, a
//! transcript to type; preparing the copy from what is held now; a link to review it.
//! The DPO releases it with the decision form.

use super::*;
use crate::api::copies::{StaffCopy, StaffPrepareCopy, StaffSaveTranscript};
use crate::pages::my_data::format_seconds;
use crate::paths::STAFF_COPY_PATH;

#[component]
pub(super) fn CopySection(
    form: FormCtx,
    copy: StaffCopy,
    open: bool,
    role: Role,
    prepare: ServerAction<StaffPrepareCopy>,
    transcript: ServerAction<StaffSaveTranscript>,
) -> impl IntoView {
    let lang = form.lang;
    let reference = form.reference.clone();
    let released = copy.copy.as_ref().is_some_and(|c| c.released_at.is_some());
    let editable = open && !released;
    let state = match &copy.copy {
        None => view! { <p>{t(lang, "copy-staff-none")}</p> }.into_any(),
        Some(c) => {
            let prepared = t_args(
                lang,
                "copy-staff-prepared",
                &[("when", format_datetime(lang, c.prepared_at)), ("who", c.prepared_by.clone().unwrap_or_default())],
            );
            let size = t_args(
                lang,
                "copy-staff-size",
                &[("size", crate::i18n::texts::format_number(lang, c.package_bytes / 1024 + 1))],
            );
            let released = match (c.released_at, c.released_by.clone(), c.expires_at) {
                (Some(at), Some(by), Some(until)) => t_args(
                    lang,
                    "copy-staff-released-until",
                    &[("when", format_datetime(lang, at)), ("who", by), ("until", format_datetime(lang, until))],
                ),
                _ => t(lang, "copy-staff-not-released"),
            };
            let review = (!c.purged).then(|| {
                view! {
                    <p>
                        <a href=format!("{STAFF_COPY_PATH}/{reference}")>{t(lang, "copy-staff-review")}</a>
                    </p>
                }
            });
            view! {
                <p>{prepared} " " {size}</p>
                <p>{released}</p>
                {c.purged.then(|| view! { <p>{t(lang, "copy-staff-purged")}</p> })}
                {review}
            }
            .into_any()
        }
    };
    let recordings = if copy.recordings.is_empty() {
        view! { <p>{t(lang, "copy-staff-no-recordings")}</p> }.into_any()
    } else {
        copy.recordings
            .clone()
            .into_iter()
            .map(|r| {
                let heading = format!("tallenne-{}", r.id);
                let src = format!("{STAFF_COPY_PATH}/{reference}/tallenteet/{}", r.id);
                let name = format!("transcript-{}", r.id);
                let when = format_datetime(lang, r.recorded_at);
                let label = t_args(lang, "copy-staff-transcript-label", &[("when", when.clone())]);
                let value = r.transcript.clone().unwrap_or_else(|| form.drafted(&name));
                let typed = r.transcript.as_ref().map(|_| view! { <p class="hint">{t(lang, "copy-staff-transcript-kept")}</p> });
                let error = form.error.clone();
                let reference = reference.clone();
                let edit = editable.then(move || {
                    view! {
                        <ActionForm action=transcript>
                            <input type="hidden" name="reference" value=reference />
                            <input type="hidden" name="recording" value=r.id.to_string() />
                            <crate::components::form::TextAreaField
                                lang
                                error
                                name="transcript"
                                id=name
                                label=label
                                value=value
                            />
                            <button type="submit" class="button secondary">{t(lang, "copy-staff-transcript-save")}</button>
                        </ActionForm>
                    }
                });
                let labelled = heading.clone();
                let link = src.clone();
                view! {
                    <section aria-labelledby=labelled class="recording">
                        <h4 id=heading>{when} " – " {r.topic.clone()} " (" {format_seconds(r.duration_seconds)} ")"</h4>
                        <audio controls preload="none" src=src>
                            <a href=link>{t(lang, "data-recording-download")}</a>
                        </audio>
                        {typed}
                        {edit}
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    let prepare_form = editable.then(|| {
        let again = copy.copy.is_some();
        view! {
            <ActionForm action=prepare>
                <input type="hidden" name="reference" value=reference.clone() />
                <button type="submit" class="button secondary">
                    {t(lang, if again { "copy-staff-prepare-again" } else { "copy-staff-prepare" })}
                </button>
            </ActionForm>
        }
    });
    let release_note = (editable && copy.copy.is_some()).then(|| {
        let key = if role == Role::Dpo { "copy-staff-release-dpo" } else { "copy-staff-release-cs" };
        view! { <p class="hint">{t(lang, key)}</p> }
    });
    view! {
        <section aria-labelledby="kopio" id="kopio-osio">
            <h2 id="kopio">{t(lang, "copy-staff-heading")}</h2>
            <p>{t(lang, "copy-staff-lead")}</p>
            {state}
            <h3>{t(lang, "copy-staff-recordings")}</h3>
            <p class="hint">{t(lang, "copy-staff-recordings-lead")}</p>
            {recordings}
            {prepare_form}
            {release_note}
        </section>
    }
}
