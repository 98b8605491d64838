//! The pages of the review under way, one question per page as in the intake: where the
//! client stands on each goal ([`ratings`]), what became of each step ([`steps`]), what
//! helped ([`helped`]), what the client wants now ([`now`]), and the renewed agreement
//! ([`renewal`]).

mod found_contact_form;
mod found_resources;
mod goal_decision;
mod helped;
mod new_goal;
mod new_goals;
mod now;
mod ratings;
mod renewal;
mod steps;
mod will_again;

use crate::client_mode::{use_client_mode, CLIENT_REVIEW_PARTS};
use crate::components::{ClientDone, ReadAloud};
use crate::domain::{Added, Case, GoalId, Review, ReviewId};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::{review_part_path, reviews_path, ReviewPart};
use crate::session::{use_session, CaseSession};
use helped::ReviewHelped;
use leptos::prelude::*;
use now::ReviewNow;
use ratings::ReviewRatings;
use renewal::ReviewRenewal;
use steps::ReviewSteps;

/// What the review under way added to the case, as `pick` takes it from the case and the
/// review's [`Added`]; read again after each save, and changed only when it changes.
pub(super) fn added_in_review<T: Clone + PartialEq + Send + Sync + 'static>(
    session: CaseSession,
    review: ReviewId,
    pick: impl Fn(&Case, &Added) -> Vec<T> + Send + Sync + 'static,
) -> Memo<Vec<T>> {
    Memo::new(move |_| {
        session.revision();
        session
            .with(|case| {
                case.review(&review)
                    .map(|r| pick(case, &r.added))
                    .unwrap_or_default()
            })
            .unwrap_or_default()
    })
}

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
        ReviewPart::Helped => Key::ReviewHelpedTitle,
        ReviewPart::Now => Key::ReviewNowTitle,
        ReviewPart::Agreement => Key::ReviewRenewalTitle,
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
                // The overview is the caseworker's; a client can only hand the tablet back.
                {if use_client_mode().is_on_untracked() {
                    view! { <ClientDone/> }.into_any()
                } else {
                    view! { <p><a class="lotse-button" href=reviews_path(&case_id)>{tr(Key::ReviewsTitle)}</a></p> }.into_any()
                }}
            </div>
        }
        .into_any();
    };
    // A client is asked only their parts, and cannot leave them for the overview.
    let client_mode = use_client_mode().is_on_untracked();
    let parts: &[ReviewPart] = if client_mode {
        &CLIENT_REVIEW_PARTS
    } else {
        ReviewPart::ALL
    };
    let position = parts.iter().position(|p| *p == part).unwrap_or(0);
    let caption = i18n.tf(
        Key::ReviewPartCaption,
        &[
            ("date", &held_on.german()),
            ("part", &(position + 1).to_string()),
            ("parts", &parts.len().to_string()),
        ],
    );
    let content = match part {
        ReviewPart::Ratings => view! { <ReviewRatings review=id/> }.into_any(),
        ReviewPart::Steps => view! { <ReviewSteps review=id/> }.into_any(),
        ReviewPart::Helped => view! { <ReviewHelped review=id/> }.into_any(),
        ReviewPart::Now => view! { <ReviewNow review=id/> }.into_any(),
        ReviewPart::Agreement => view! { <ReviewRenewal review=id/> }.into_any(),
    };
    // The last part ends with completing the review, its own button.
    let next = match parts.get(position + 1) {
        Some(&next) => view! {
            <p><a class="lotse-button" href=review_part_path(&case_id, next)>{tr(Key::ReviewNextPart)}</a></p>
        }
        .into_any(),
        None if client_mode => view! { <ClientDone/> }.into_any(),
        None => ().into_any(),
    };
    view! {
        <div class="lotse-page">
            {(!client_mode).then(|| view! {
                <a class="lotse-back-link" href=reviews_path(&case_id)>{tr(Key::ReviewBackToOverview)}</a>
            })}
            <p class="lotse-hint" id="review-part-caption">{caption}</p>
            <h1 class="lotse-heading-xl" id="review-part-title" tabindex="-1">{tr(title)}</h1>
            <ReadAloud ids=vec!["review-part-caption".to_string(), "review-part-title".to_string()]/>
            {content}
            {next}
        </div>
    }
    .into_any()
}
