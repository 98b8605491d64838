//! The reviews of a case (*Überprüfung*): start one or continue the one under way, and the
//! earlier ones. A review is held on the pages of `crate::routes::ReviewPart`.

mod completed;
mod draft;
mod start_form;

use crate::domain::CaseId;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::{agreement_version_path, journey_path};
use crate::session::use_session;
use completed::CompletedReviews;
use draft::DraftReview;
use leptos::prelude::*;
use start_form::StartReviewForm;

/// The case's reviews: the next date, the one under way (or a form to start one), and those
/// completed.
#[component]
pub fn ReviewsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::ReviewsTitle).to_string());
    let next = move || {
        session.revision();
        session
            .with(|case| case.next_review())
            .flatten()
            .map_or_else(
                || i18n.t(Key::ReviewsNextNone).to_string(),
                |day| i18n.tf(Key::ReviewsNext, &[("date", &day.german())]),
            )
    };
    // A memo: the forms below are built again only when a draft comes or goes, not on every
    // save (which would close an open question and reset a typed date).
    let has_draft = Memo::new(move |_| {
        session.revision();
        session
            .with(|case| case.draft_review().is_some())
            .unwrap_or(false)
    });
    let (case_id, version) = session
        .with_untracked(|case| (case.id.clone(), case.agreement_version()))
        .unwrap_or((CaseId(String::new()), 1));
    view! {
        <div class="lotse-page">
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::ReviewsTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::ReviewsIntro)}</p>
            <p class="lotse-body-l" data-testid="next-review">{next}</p>
            {move || if has_draft.get() {
                view! { <DraftReview/> }.into_any()
            } else {
                view! { <StartReviewForm/> }.into_any()
            }}
            <CompletedReviews/>
            <p><a href=journey_path(&case_id) data-testid="journey-link">{tr(Key::JourneyLink)}</a></p>
            {(version > 1).then(|| view! {
                <p><a href=agreement_version_path(&case_id, 1)>{tr(Key::AgreementFirstVersionLink)}</a></p>
            })}
        </div>
    }
}
