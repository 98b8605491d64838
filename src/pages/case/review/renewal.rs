use crate::components::{DateField, ErrorSummary, FieldError, SignaturePad};
use crate::domain::{GoalDecision, ReviewId, Signer};
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::goal_title;
use crate::router::use_navigator;
use crate::routes::protocol_path;
use crate::session::use_session;
use leptos::prelude::*;

/// The next review's date field (the error summary links to it).
const NEXT_FIELD: &str = "review-next";

/// The renewed agreement: the goals as they will stand, the next review, the signatures on
/// the tablet, and completing the review. The agreement as signed so far stays, unchanged,
/// as the earlier version.
#[component]
pub fn ReviewRenewal(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let navigator = use_navigator();
    let flash = use_flash();
    let (version, next_review) = session
        .with_untracked(|case| {
            let next = case.review(&review).and_then(|r| r.next_review);
            (case.agreement_version(), next)
        })
        .unwrap_or((1, None));
    // The goals as the renewed agreement will hold them, with what became of each.
    let goals = {
        let review = review.clone();
        move || {
            session.revision();
            session
                .with(|case| {
                    let draft = case.review(&review);
                    let added = draft.map(|r| r.added.goals.clone()).unwrap_or_default();
                    case.goals
                        .iter()
                        .filter(|g| g.is_open())
                        .map(|g| {
                            let answer = draft.and_then(|r| r.goal(&g.id));
                            let decision = answer.and_then(|a| a.decision);
                            let (title, key) = match answer {
                                _ if added.contains(&g.id) => {
                                    (goal_title(i18n, case, g), Key::ReviewRenewedNew)
                                }
                                Some(a)
                                    if decision == Some(GoalDecision::Reworded)
                                        && !a.new_wording.trim().is_empty() =>
                                {
                                    (a.new_wording.clone(), Key::ReviewRenewedReworded)
                                }
                                _ => (
                                    goal_title(i18n, case, g),
                                    match decision {
                                        Some(GoalDecision::Reached) => Key::GoalDecisionReached,
                                        Some(GoalDecision::Dropped) => Key::GoalDecisionDropped,
                                        _ => Key::GoalDecisionKept,
                                    },
                                ),
                            };
                            (title, i18n.t(key).to_string())
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        }
    };
    let write_date = {
        let review = review.clone();
        move |date| {
            session.edit(|case| {
                if let Some(r) = case.review_mut(&review) {
                    r.next_review = date;
                }
            })
        }
    };
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let complete = {
        let review = review.clone();
        move |_| {
            // A next review on or before this one would never fall due.
            let too_early = session
                .with_untracked(|case| {
                    case.review(&review)
                        .is_some_and(|r| r.next_review.is_some_and(|next| next <= r.held_on))
                })
                .unwrap_or(false);
            if too_early {
                errors.set(vec![FieldError {
                    field_id: NEXT_FIELD,
                    message: Key::ErrorReviewNextTooEarly,
                }]);
                return;
            }
            let mut done = false;
            session.edit(|case| done = case.complete_review(&review));
            session.flush();
            let number = session
                .with_untracked(|case| (case.id.clone(), case.completed_reviews().count()))
                .filter(|_| done);
            if let Some((id, number)) = number {
                flash.set(i18n.tf(
                    Key::ReviewCompleted,
                    &[("version", &(version + 1).to_string())],
                ));
                navigator.go(&protocol_path(&id, number as u32));
            }
        }
    };
    view! {
        <ErrorSummary errors=errors.into()/>
        <section aria-labelledby="renewed-goals-title">
            <h2 class="lotse-heading-l" id="renewed-goals-title">{tr(Key::ReviewRenewedGoalsTitle)}</h2>
            <ul class="lotse-list" data-testid="renewed-goals">
                {move || goals().into_iter().map(|(title, what)| view! {
                    <li><span dir="auto">{title}</span>": "{what}</li>
                }).collect_view()}
            </ul>
        </section>
        <DateField id=NEXT_FIELD.to_string() label=Key::ReviewNextLabel initial=next_review on_change=write_date/>
        <section aria-labelledby="renewed-signatures-title">
            <h2 class="lotse-heading-l" id="renewed-signatures-title">{tr(Key::AgreementSignatures)}</h2>
            <SignaturePad signer=Signer::Client label=Key::SignatureClient review=review.clone()/>
            <SignaturePad signer=Signer::Caseworker label=Key::SignatureCaseworker review=review/>
        </section>
        <p class="lotse-body-l">
            {i18n.tf(Key::ReviewCompleteHint, &[("version", &version.to_string()), ("next", &(version + 1).to_string())])}
        </p>
        <button type="button" class="lotse-button" data-testid="review-complete" on:click=complete>
            {tr(Key::ReviewComplete)}
        </button>
    }
}
