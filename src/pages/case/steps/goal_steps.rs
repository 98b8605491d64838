use super::editor::StepEditor;
use crate::browser;
use crate::components::ReadAloud;
use crate::domain::{GoalId, Step, StepId, StepOwner};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::step_field_id;
use crate::pages::case::labels::goal_title;
use crate::session::use_session;
use leptos::prelude::*;

/// The steps of one goal, ordered as the principles prefer, and the button that adds one.
#[component]
pub fn GoalSteps(goal_id: GoalId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let heading_id = format!("goal-steps-{}", goal_id.0);
    let add_id = format!("goal-steps-{}-add", goal_id.0);
    let no_client_step_id = format!("goal-steps-{}-no-client-step", goal_id.0);
    let title = {
        let goal_id = goal_id.clone();
        move || session.with_goal(&goal_id, |c, g| goal_title(i18n, c, g))
    };
    let ordered = {
        let goal_id = goal_id.clone();
        move || {
            session.with_goal(&goal_id, |c, g| {
                c.ordered_steps(g).into_iter().cloned().collect::<Vec<_>>()
            })
        }
    };
    let no_client_step = {
        let goal_id = goal_id.clone();
        move || session.with_goal(&goal_id, |_, g| !g.has_client_step())
    };
    let add = {
        let goal_id = goal_id.clone();
        move |_| {
            let id = StepId(browser::new_id());
            let field = step_field_id(&id, "what");
            session.edit(|case| {
                if let Some(goal) = case.goal_mut(&goal_id) {
                    goal.steps.push(Step {
                        id,
                        what: String::new(),
                        owner: StepOwner::Client,
                        by_when: None,
                    });
                }
            });
            focus_after_render(&field);
        }
    };
    let add_label = {
        let title = title.clone();
        move || i18n.tf(Key::StepAdd, &[("goal", &title())])
    };
    view! {
        <section class="lotse-section" aria-labelledby=heading_id.clone()>
            <h2 class="lotse-heading-m" id=heading_id.clone()>{title.clone()}</h2>
            <ReadAloud ids=vec![heading_id.clone(), no_client_step_id.clone()]/>
            <Show when=no_client_step.clone()>
                <p class="lotse-inset lotse-inset--warning" data-testid="no-client-step" id=no_client_step_id.clone()>{tr(Key::StepsNoClientStep)}</p>
            </Show>
            <For each=ordered.clone() key=|s: &Step| s.id.clone()
                children={
                    let goal_id = goal_id.clone();
                    let add_id = add_id.clone();
                    move |step| view! { <StepEditor goal_id=goal_id.clone() step=step focus_after=add_id.clone()/> }
                }/>
            <button type="button" id=add_id.clone() class="lotse-button lotse-button--secondary" on:click=add>
                {add_label}
            </button>
        </section>
    }
}
