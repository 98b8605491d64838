use crate::components::ConfirmButtons;
use crate::domain::{CaseId, ReviewId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::routes::{agreement_version_path, protocol_path};
use crate::session::use_session;
use leptos::prelude::*;

/// The completed reviews, the latest first, each with its renewed agreement's version; a
/// review's ratings and notes can be deleted after saying what stays.
#[component]
pub fn CompletedReviews() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let asking = RwSignal::new(None::<ReviewId>);
    // A memo: the list is built again only when a review comes or goes, not on every save.
    let reviews = Memo::new(move |_| {
        session.revision();
        session
            .with(|case| {
                let mut reviews = case
                    .completed_reviews()
                    .enumerate()
                    .map(|(at, r)| {
                        let version = r.agreement_version.unwrap_or(1);
                        (r.id.clone(), r.held_on, version, at as u32 + 1)
                    })
                    .collect::<Vec<_>>();
                reviews.reverse();
                (case.id.clone(), reviews)
            })
            .unwrap_or((CaseId(String::new()), Vec::new()))
    });
    view! {
        <section aria-labelledby="reviews-done-title">
            <h2 class="lotse-heading-l" id="reviews-done-title" tabindex="-1">{tr(Key::ReviewsDoneTitle)}</h2>
            {move || {
                let (case_id, reviews) = reviews.get();
                if reviews.is_empty() {
                    return view! { <p>{tr(Key::ReviewsNone)}</p> }.into_any();
                }
                view! {
                    <ul class="lotse-list">
                        {reviews.into_iter().map(|(id, held_on, version, number)| {
                            let date = held_on.german();
                            let line = i18n.tf(Key::ReviewDoneLine, &[("date", &date), ("version", &version.to_string())]);
                            let question_id = format!("review-delete-{}", id.0);
                            let is_asked = {
                                let id = id.clone();
                                move || asking.with(|a| a.as_ref() == Some(&id))
                            };
                            view! {
                                <li>
                                    <span>{line}</span>
                                    <span class="lotse-review-links">
                                        <a href=protocol_path(&case_id, number)>
                                            {tr(Key::ProtocolLink)}<span class="lotse-visually-hidden">" "{date.clone()}</span>
                                        </a>
                                        <a href=agreement_version_path(&case_id, version)>
                                            {i18n.tf(Key::AgreementVersionTitle, &[("version", &version.to_string())])}
                                        </a>
                                    </span>
                                    <button type="button" class="lotse-button lotse-button--warning-secondary"
                                        aria-expanded={let is_asked = is_asked.clone(); move || is_asked().to_string()}
                                        aria-controls=question_id.clone()
                                        on:click={let id = id.clone(); move |_| asking.set(Some(id.clone()))}>
                                        {tr(Key::ReviewDelete)}
                                        <span class="lotse-visually-hidden">" "{date.clone()}</span>
                                    </button>
                                    <div id=question_id>
                                        <Show when=is_asked.clone()>
                                            <div class="lotse-confirm" role="group">
                                                <p><strong>{i18n.tf(Key::ReviewDeleteTitle, &[("date", &date)])}</strong></p>
                                                <p>{i18n.tf(Key::ReviewDeleteKeeps, &[("version", &version.to_string())])}</p>
                                                <ConfirmButtons confirm=Key::ReviewDeleteConfirm
                                                    on_confirm={let id = id.clone(); move || {
                                                        session.edit(|case| { case.delete_review(&id); });
                                                        session.flush();
                                                        asking.set(None);
                                                        // The button is gone: on to the list's heading.
                                                        focus_after_render("reviews-done-title");
                                                    }}
                                                    on_cancel=move || asking.set(None)/>
                                            </div>
                                        </Show>
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
