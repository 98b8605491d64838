use super::new_goals::ADD_BUTTON_ID;
use crate::browser;
use crate::components::{RemoveButton, TextArea};
use crate::domain::{GoalId, Step, StepId, StepOwner};
use crate::i18n::{use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::pages::case::labels::goal_title;
use crate::session::use_session;
use leptos::prelude::*;

/// A goal the review added: its words, and the client's own step for it (the first step of
/// theirs; further steps, the life domains and the indicator go on the intake's pages).
#[component]
pub fn NewGoalFields(goal: GoalId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let (wording, own_step) = session
        .with_untracked(|case| {
            case.goal(&goal)
                .map(|g| {
                    let own = g.steps.iter().find(|s| s.owner == StepOwner::Client);
                    (
                        g.client_wording.clone(),
                        own.map(|s| s.what.clone()).unwrap_or_default(),
                    )
                })
                .unwrap_or_default()
        })
        .unwrap_or_default();
    let text = RwSignal::new(wording.clone());
    let name = {
        let goal = goal.clone();
        Signal::derive(move || {
            text.track();
            session
                .with_untracked(|case| case.goal(&goal).map(|g| goal_title(i18n, case, g)))
                .flatten()
                .unwrap_or_default()
        })
    };
    let write_wording = {
        let goal = goal.clone();
        move |value: String| {
            text.set(value.clone());
            session.type_text(|case| {
                if let Some(g) = case.goal_mut(&goal) {
                    g.client_wording = value;
                }
            });
        }
    };
    // The step is made with its first word, so an empty field leaves no empty step.
    let new_step = StepId(browser::new_id());
    let write_step = {
        let goal = goal.clone();
        move |value: String| {
            let new_step = new_step.clone();
            session.type_text(|case| {
                let Some(g) = case.goal_mut(&goal) else {
                    return;
                };
                match g.steps.iter_mut().find(|s| s.owner == StepOwner::Client) {
                    Some(step) => step.what = value,
                    None => g.steps.push(Step {
                        id: new_step,
                        what: value,
                        owner: StepOwner::Client,
                        by_when: None,
                    }),
                }
            });
        }
    };
    let remove = {
        let goal = goal.clone();
        move || session.edit(|case| case.remove_goal(&goal))
    };
    view! {
        <div class="lotse-review-item">
            <TextArea id=goal_field_id(&goal, "wording") label=Key::ReviewNewGoalLabel read_aloud=true
                initial=wording on_change=write_wording/>
            <TextArea id=goal_field_id(&goal, "own-step") label=Key::ReviewNewGoalOwnStep hint=Key::ReviewNewGoalOwnStepHint
                read_aloud=true initial=own_step on_change=write_step/>
            <RemoveButton id=format!("now-goal-{}", goal.0) label=Key::GoalRemove question=Key::GoalRemoveQuestion
                name=name focus_after=ADD_BUTTON_ID
                is_blank={
                    let goal = goal.clone();
                    move || {
                        session
                            .with_untracked(|case| case.goal(&goal).is_none_or(|g| g.client_wording.trim().is_empty() && g.steps.iter().all(|s| s.what.trim().is_empty())))
                            .unwrap_or(true)
                    }
                } on_remove=remove/>
        </div>
    }
}
