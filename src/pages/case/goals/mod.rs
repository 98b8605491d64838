//! The goals page and its parts: one editor per goal, made of the will statement it serves,
//! the client's and the professional wording, the life domains, the indicator, the review
//! date and the SMART check.

mod domains;
mod editor;
mod smart_check;
mod start_ratings;
mod will_select;

use super::field_ids::goal_field_id;
use crate::browser;
use crate::components::{NextStepLink, ReadAloud, StepHeader};
use crate::domain::{Goal, GoalId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use editor::GoalEditor;
use leptos::prelude::*;

/// The "add a goal" button; focus lands here after a goal is removed.
const ADD_BUTTON_ID: &str = "goal-add";

/// Goals grow out of will statements: the client's words, domains, an indicator, a review
/// date and a SMART check that shows what is open without enforcing it.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let (_, session, case_id) = use_step_page(Key::GoalsTitle);
    let goals = move || session.with(|c| c.goals.clone()).unwrap_or_default();
    let has_will = move || {
        session
            .with(|c| c.will.iter().any(|w| !w.wording.trim().is_empty()))
            .unwrap_or(false)
    };

    let add = move |_| {
        let id = GoalId(browser::new_id());
        let field = goal_field_id(&id, "client");
        session.edit(|case| {
            // A new goal serves the first will statement that has no goal yet.
            let will = case
                .will
                .iter()
                .find(|w| !case.goals.iter().any(|g| g.will.as_ref() == Some(&w.id)))
                .or(case.will.first())
                .map(|w| w.id.clone());
            case.goals.push(Goal::new(id, will));
        });
        focus_after_render(&field);
    };

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::Goals title=Key::GoalsTitle intro=Key::GoalsIntro/>
            <Show when=move || !has_will()>
                <p class="lotse-inset" id="goals-no-will">{tr(Key::GoalsNoWill)}</p>
                <ReadAloud ids=vec!["goals-no-will".to_string()]/>
            </Show>
            <For each=goals key=|g: &Goal| g.id.clone()
                children=move |goal| view! { <GoalEditor goal=goal/> }/>
            <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                {tr(Key::GoalAdd)}
            </button>
            <NextStepLink id=case_id current=IntakeStep::Goals/>
        </div>
    }
}
