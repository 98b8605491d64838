use super::edit_goal_review;
use crate::client_mode::use_client_mode;
use crate::components::{RatingScale, TextArea};
use crate::domain::{GoalId, Rating, Ratings, ReviewId};
use crate::i18n::{use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::pages::case::labels::goal_title;
use crate::session::use_session;
use leptos::prelude::*;

/// Per open goal: "Wo stehen Sie heute?" on the scale, the client's rating and apart from it
/// the caseworker's (not in client mode), with where they stood last time, and what has
/// changed in the client's words. Goals the review itself added have no past to rate.
#[component]
pub fn ReviewRatings(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client_mode = use_client_mode().is_on_untracked();
    let goals = session
        .with_untracked(|case| {
            let added = case
                .review(&review)
                .map(|r| r.added.goals.clone())
                .unwrap_or_default();
            case.goals
                .iter()
                .filter(|g| g.is_open() && !added.contains(&g.id))
                .map(|g| {
                    let last = case.journey(&g.id).last().copied();
                    let now = case.review(&review).and_then(|r| r.goal(&g.id)).cloned();
                    (g.id.clone(), goal_title(i18n, case, g), last, now)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    if goals.is_empty() {
        return view! { <p class="lotse-body-l">{i18n.t(Key::ReviewNoOpenGoals)}</p> }.into_any();
    }
    let rating = {
        let review = review.clone();
        move |goal: GoalId, of: fn(&Ratings) -> Option<Rating>| {
            let review = review.clone();
            Signal::derive(move || {
                session.revision();
                session
                    .with(|c| {
                        c.review(&review)
                            .and_then(|r| r.goal(&goal))
                            .and_then(|g| of(&g.ratings))
                    })
                    .flatten()
            })
        }
    };
    let writer = {
        let review = review.clone();
        move |goal: GoalId, field: fn(&mut Ratings) -> &mut Option<Rating>| {
            let review = review.clone();
            move |value: Option<Rating>| {
                edit_goal_review(session, &review, &goal, false, |g| {
                    *field(&mut g.ratings) = value
                })
            }
        }
    };
    goals
        .into_iter()
        .map(|(goal, title, last, now)| {
            // A point of the journey has at least one rating; a missing one is not said.
            // The client sees only their own rating of last time, as they rate only their own.
            let last_line = last.and_then(|point| {
                let (client, caseworker) = (point.ratings.client, point.ratings.caseworker);
                let key = match (client, caseworker, client_mode) {
                    (Some(_), _, true) => Key::ReviewLastClientRating,
                    (None, _, true) => return None,
                    (Some(_), Some(_), false) => Key::ReviewLastRatings,
                    (Some(_), None, false) => Key::ReviewLastClientRating,
                    (None, _, false) => Key::ReviewLastCaseworkerRating,
                };
                let said = |r: Option<Rating>| r.map(|r| r.value().to_string()).unwrap_or_default();
                Some(i18n.tf(
                    key,
                    &[
                        ("date", &point.on.german()),
                        ("client", &said(client)),
                        ("caseworker", &said(caseworker)),
                    ],
                ))
            });
            let last_id = goal_field_id(&goal, "last-ratings");
            let changes_writer = {
                let (review, goal) = (review.clone(), goal.clone());
                move |text: String| edit_goal_review(session, &review, &goal, true, |g| g.changes = text)
            };
            view! {
                <section class="lotse-review-goal" aria-labelledby=goal_field_id(&goal, "review-title")>
                    <h2 class="lotse-heading-l" id=goal_field_id(&goal, "review-title") dir="auto">{title.clone()}</h2>
                    {last_line.map(|line| view! {
                        <p class="lotse-hint" data-testid="last-ratings" id=last_id.clone()>{line}</p>
                    })}
                    <RatingScale id=goal_field_id(&goal, "now-client") about=goal_field_id(&goal, "review-title") read_aloud=true also_read=last_id
                        legend=move || i18n.t(Key::ReviewClientRatingLegend).to_string()
                        value=rating(goal.clone(), |r| r.client) on_change=writer(goal.clone(), |r| &mut r.client)/>
                    {(!client_mode).then(|| view! {
                        <RatingScale id=goal_field_id(&goal, "now-caseworker") about=goal_field_id(&goal, "review-title")
                            legend=move || i18n.t(Key::ReviewCaseworkerRatingLegend).to_string()
                            value=rating(goal.clone(), |r| r.caseworker) on_change=writer(goal.clone(), |r| &mut r.caseworker)/>
                    })}
                    <TextArea id=goal_field_id(&goal, "changes") label=Key::ReviewChangesLabel
                        hint=Key::ReviewChangesHint read_aloud=true
                        initial=now.map(|g| g.changes).unwrap_or_default() on_change=changes_writer/>
                </section>
            }
        })
        .collect_view()
        .into_any()
}
