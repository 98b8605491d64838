//! The pages of the review under way, one question per page as in the intake: where the
//! client stands on each goal ([`ratings`]), what became of each step ([`steps`]).

mod ratings;
mod steps;

use crate::domain::{GoalId, Review, ReviewId};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::{review_part_path, reviews_path, ReviewPart};
use crate::session::{use_session, CaseSession};
use leptos::prelude::*;
use ratings::ReviewRatings;
use steps::ReviewSteps;

/// Changes the review under way (`id`): `change` gets the review and the goal's part of it.
pub(super) fn edit_goal_review(
    session: CaseSession,
    id: &ReviewId,
    goal: &GoalId,
    typing: bool,
    change: impl FnOnce(&mut crate::domain::GoalReview),
) {
    let apply = |case: &mut crate::domain::Case| {
        if let Some(review) = case.review_mut(id) {
            change(review.goal_mut(goal));
        }
    };
    if typing {
        session.type_text(apply);
    } else {
        session.edit(apply);
    }
}

/// A part of the review under way, in its frame: the review's date, which part of how many,
/// and the way on. Without a review under way, says so and links to the case's reviews.
#[component]
pub fn ReviewPartPage(part: ReviewPart) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let title = match part {
        ReviewPart::Ratings => Key::ReviewRatingsTitle,
        ReviewPart::Steps => Key::ReviewStepsTitle,
    };
    use_page_title(move || i18n.t(title).to_string());
    let Some((case_id, draft)) =
        session.with_untracked(|case| (case.id.clone(), case.draft_review().cloned()))
    else {
        return ().into_any();
    };
    let Some(Review { id, held_on, .. }) = draft else {
        return view! {
            <div class="lotse-page lotse-page--narrow">
                <h1 class="lotse-heading-xl" tabindex="-1">{tr(title)}</h1>
                <p class="lotse-body-l">{tr(Key::ReviewNoneUnderWay)}</p>
                <p><a class="lotse-button" href=reviews_path(&case_id)>{tr(Key::ReviewsTitle)}</a></p>
            </div>
        }
        .into_any();
    };
    let position = ReviewPart::ALL.iter().position(|p| *p == part).unwrap_or(0) + 1;
    let caption = i18n.tf(
        Key::ReviewPartCaption,
        &[
            ("date", &held_on.german()),
            ("part", &position.to_string()),
            ("parts", &ReviewPart::ALL.len().to_string()),
        ],
    );
    let content = match part {
        ReviewPart::Ratings => view! { <ReviewRatings review=id/> }.into_any(),
        ReviewPart::Steps => view! { <ReviewSteps review=id/> }.into_any(),
    };
    let (next_path, next_label) = match part.next() {
        Some(next) => (review_part_path(&case_id, next), Key::ReviewNextPart),
        None => (reviews_path(&case_id), Key::ReviewBackToOverview),
    };
    view! {
        <div class="lotse-page">
            <a class="lotse-back-link" href=reviews_path(&case_id)>{tr(Key::ReviewBackToOverview)}</a>
            <p class="lotse-hint">{caption}</p>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(title)}</h1>
            {content}
            <p><a class="lotse-button" href=next_path>{tr(next_label)}</a></p>
        </div>
    }
    .into_any()
}
