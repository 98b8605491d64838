use crate::components::ConfirmButtons;
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::{review_part_path, ReviewPart};
use crate::session::use_session;
use leptos::prelude::*;

/// The review under way: continue it, or discard it after saying what would be lost.
#[component]
pub fn DraftReview() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let Some((case_id, review_id, held_on, content)) = session
        .with_untracked(|case| {
            case.draft_review()
                .map(|r| (case.id.clone(), r.id.clone(), r.held_on, r.content()))
        })
        .flatten()
    else {
        return ().into_any();
    };
    let asking = RwSignal::new(false);
    let title = i18n.tf(Key::ReviewDraftTitle, &[("date", &held_on.german())]);
    let losses = [
        (Key::ReviewLosesRatings, content.ratings),
        (Key::ReviewLosesNotes, content.notes),
        (Key::ReviewLosesAdded, content.added),
        (Key::ReviewLosesSignatures, content.signatures),
    ];
    view! {
        <section aria-labelledby="review-draft-title">
            <h2 class="lotse-heading-l" id="review-draft-title">{title}</h2>
            <p>{tr(Key::ReviewDraftBody)}</p>
            <div class="lotse-button-group">
                <a class="lotse-button" href=review_part_path(&case_id, ReviewPart::ALL[0])>
                    {tr(Key::ReviewContinue)}
                </a>
                <button type="button" class="lotse-button lotse-button--warning-secondary"
                    aria-expanded=move || asking.get().to_string() aria-controls="review-discard-question"
                    on:click=move |_| asking.set(true)>
                    {tr(Key::ReviewDiscard)}
                </button>
            </div>
            <div id="review-discard-question">
                <Show when=move || asking.get()>
                    <div class="lotse-confirm" role="group" aria-labelledby="review-discard-title">
                        <h3 class="lotse-heading-m" id="review-discard-title">{tr(Key::ReviewDiscardTitle)}</h3>
                        <p>{tr(Key::ReviewLosesIntro)}</p>
                        <dl class="lotse-case-card__facts">
                            {losses.iter().map(|(label, n)| view! {
                                <div><dt>{tr(*label)}</dt><dd>{*n}</dd></div>
                            }).collect_view()}
                        </dl>
                        <ConfirmButtons confirm=Key::ReviewDiscardConfirm
                            on_confirm={
                                let review_id = review_id.clone();
                                move || {
                                    session.edit(|case| {
                                        case.discard_review(&review_id);
                                    });
                                    session.flush();
                                    // The button is gone: on to the form that starts one.
                                    focus_after_render("review-start-title");
                                }
                            }
                            on_cancel=move || asking.set(false)/>
                    </div>
                </Show>
            </div>
        </section>
    }
    .into_any()
}
