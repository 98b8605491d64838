use super::goal_decision::GoalDecisionQuestion;
use super::new_goals::NewGoals;
use super::will_again::WillAgain;
use crate::components::ReadAloud;
use crate::domain::ReviewId;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::goal_title;
use crate::session::use_session;
use leptos::prelude::*;

/// "Was wollen Sie jetzt?": the will again, what becomes of each open goal (kept, reached,
/// reworded, dropped), and new goals with the client's own step first.
#[component]
pub fn ReviewNow(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let goals = session
        .with_untracked(|case| {
            let added = case.review(&review).map(|r| r.added.goals.clone());
            case.goals
                .iter()
                .filter(|g| g.is_open() && !added.as_ref().is_some_and(|a| a.contains(&g.id)))
                .map(|g| (g.id.clone(), goal_title(i18n, case, g)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    view! {
        <WillAgain review=review.clone()/>
        <section aria-labelledby="now-goals-title">
            <h2 class="lotse-heading-l" id="now-goals-title">{tr(Key::ReviewNowGoalsTitle)}</h2>
            <ReadAloud ids=vec!["now-goals-title".to_string(), "now-no-open-goals".to_string()]/>
            {if goals.is_empty() {
                view! { <p id="now-no-open-goals">{tr(Key::ReviewNoOpenGoals)}</p> }.into_any()
            } else {
                goals.into_iter().map(|(goal, title)| view! {
                    <GoalDecisionQuestion review=review.clone() goal=goal title=title/>
                }).collect_view().into_any()
            }}
        </section>
        <NewGoals review=review/>
    }
}
