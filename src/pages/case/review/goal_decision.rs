use super::edit_goal_review;
use crate::components::{Radios, TextArea};
use crate::domain::{GoalDecision, GoalId, ReviewId};
use crate::i18n::{use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::session::use_session;
use leptos::prelude::*;

/// What becomes of one goal: kept, reached, reworded (in new words, the old ones stay in the
/// goal's history) or dropped (with the reason).
#[component]
pub fn GoalDecisionQuestion(review: ReviewId, goal: GoalId, title: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let answer = {
        let (review, goal) = (review.clone(), goal.clone());
        move || {
            session
                .with_untracked(|c| c.review(&review).and_then(|r| r.goal(&goal)).cloned())
                .flatten()
        }
    };
    let decision = {
        let answer = answer.clone();
        Memo::new(move |_| {
            session.revision();
            answer().and_then(|g| g.decision)
        })
    };
    let choose = {
        let (review, goal) = (review.clone(), goal.clone());
        move |value: GoalDecision| {
            edit_goal_review(session, &review, &goal, false, |g| g.decision = Some(value))
        }
    };
    let write = {
        let (review, goal) = (review.clone(), goal.clone());
        move |reworded: bool| {
            let (review, goal) = (review.clone(), goal.clone());
            move |text: String| {
                edit_goal_review(session, &review, &goal, true, |g| {
                    if reworded {
                        g.new_wording = text
                    } else {
                        g.drop_reason = text
                    }
                })
            }
        }
    };
    let title_id = goal_field_id(&goal, "decision-title");
    let legend = i18n.tf(Key::ReviewDecisionLegend, &[("goal", &title)]);
    view! {
        <section class="lotse-review-goal" aria-labelledby=title_id.clone()>
            <h3 class="lotse-heading-m" id=title_id.clone() dir="auto">{title}</h3>
            <Radios id=goal_field_id(&goal, "decision") legend=legend read_aloud=true value=Signal::derive(move || decision.get()) on_change=choose/>
            {
                let (goal, answer) = (goal.clone(), answer.clone());
                move || match decision.get() {
                    Some(GoalDecision::Reworded) => view! {
                        <TextArea id=goal_field_id(&goal, "new-wording") label=Key::ReviewNewWordingLabel
                            hint=Key::ReviewNewWordingHint read_aloud=true
                            initial=answer().map(|g| g.new_wording).unwrap_or_default() on_change=write(true)/>
                    }.into_any(),
                    Some(GoalDecision::Dropped) => view! {
                        <TextArea id=goal_field_id(&goal, "drop-reason") label=Key::ReviewDropReasonLabel
                            read_aloud=true
                            initial=answer().map(|g| g.drop_reason).unwrap_or_default() on_change=write(false)/>
                    }.into_any(),
                    _ => ().into_any(),
                }
            }
        </section>
    }
}
