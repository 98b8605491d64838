//! The steps page: per goal, its steps (what, who, by when), each in an editor of its own.

mod editor;
mod goal_steps;
mod owner_select;

use crate::components::{NextStepLink, ReadAloud, StepHeader};
use crate::domain::GoalId;
use crate::i18n::{tr, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use goal_steps::GoalSteps;
use leptos::prelude::*;

/// Per goal, the steps: what, who, by when. The client's own steps come first, then the
/// network, the neighbourhood and professional services.
#[component]
pub fn StepsPage() -> impl IntoView {
    let (_, session, case_id) = use_step_page(Key::StepsTitle);
    // The catalogue's entries of the case's district can take a step: the caseworker's, so
    // not in client mode.
    if !crate::client_mode::use_client_mode().is_on_untracked() {
        crate::pages::case::neighbourhood::provide_neighbourhood(true);
    }
    let goal_ids = move || {
        session
            .with(|c| c.goals.iter().map(|g| g.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::Steps title=Key::StepsTitle intro=Key::StepsIntro/>
            <Show when=move || goal_ids().is_empty()>
                <p class="lotse-inset" id="steps-no-goal">{tr(Key::StepsNoGoal)}</p>
                <ReadAloud ids=vec!["steps-no-goal".to_string()]/>
            </Show>
            <For each=goal_ids key=|id: &GoalId| id.clone()
                children=move |goal_id| view! { <GoalSteps goal_id=goal_id/> }/>
            <NextStepLink id=case_id current=IntakeStep::Steps/>
        </div>
    }
}
