use super::added_in_review;
use super::new_goal::NewGoalFields;
use crate::browser;
use crate::client_mode::use_client_mode;
use crate::components::ReadAloud;
use crate::domain::{Addition, Goal, GoalId, ReviewId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::routes::{step_path, IntakeStep};
use crate::session::use_session;
use leptos::prelude::*;

/// The add button; focus returns here after a new goal is removed.
pub const ADD_BUTTON_ID: &str = "now-goal-add";

/// New goals of the review, each in the client's words with their own step first. A new goal
/// serves the last will statement written in this review, if there is one.
#[component]
pub fn NewGoals(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let case_id = session.with_untracked(|c| c.id.clone());
    let client_mode = use_client_mode().is_on_untracked();
    let added = added_in_review(session, review.clone(), |_, added| added.goals.clone());
    let add = move |_| {
        let id = GoalId(browser::new_id());
        let field = goal_field_id(&id, "wording");
        session.edit(|case| {
            let will = case
                .review(&review)
                .and_then(|r| r.added.will.last().cloned());
            case.add_in_review(&review, Addition::Goal(Goal::new(id, will)));
        });
        focus_after_render(&field);
    };
    view! {
        <section aria-labelledby="now-new-goals-title">
            <h2 class="lotse-heading-l" id="now-new-goals-title">{tr(Key::ReviewNewGoalsTitle)}</h2>
            // A client stays in the review: the goals page is the caseworker's way on.
            <p class="lotse-hint" id="now-new-goals-hint">
                {tr(Key::ReviewNewGoalsHint)}" "
                {case_id.filter(|_| !client_mode).map(|id| view! { <a href=step_path(&id, IntakeStep::Goals)>{tr(Key::ReviewNewGoalsLink)}</a> })}
            </p>
            <ReadAloud ids=vec!["now-new-goals-title".to_string(), "now-new-goals-hint".to_string()]/>
            <For each=move || added.get() key=|id: &GoalId| id.clone()
                children=move |goal| view! { <NewGoalFields goal=goal/> }/>
            <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                {move || if added.with(Vec::is_empty) { i18n.t(Key::ReviewNewGoalAdd) } else { i18n.t(Key::ReviewNewGoalAddAnother) }}
            </button>
        </section>
    }
}
