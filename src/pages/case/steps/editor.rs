use super::owner_select::StepOwnerSelect;
use crate::components::{DateField, ReadAloud, RemoveButton};
use crate::domain::{Case, GoalId, Step, StepOwner};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::step_field_id;
use crate::session::use_session;
use leptos::prelude::*;

/// One step: what, who, by when, named by what it says.
#[component]
pub fn StepEditor(
    /// The goal the step belongs to.
    goal_id: GoalId,
    /// The step as first shown.
    step: Step,
    /// Where focus goes after the step is removed.
    focus_after: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = step.id.clone();
    let what_id = step_field_id(&id, "what");
    let write = {
        let (goal_id, id) = (goal_id.clone(), id.clone());
        move |f: &dyn Fn(&mut Step), structural: bool| {
            let change = |case: &mut Case| {
                if let Some(step) = case.goal_mut(&goal_id).and_then(|g| g.step_mut(&id)) {
                    f(step);
                }
            };
            if structural {
                session.edit(change)
            } else {
                session.type_text(change)
            }
        }
    };
    let what = RwSignal::new(step.what.clone());
    let on_what = {
        let write = write.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            what.set(v.clone());
            write(&|s| s.what = v.clone(), false)
        }
    };
    let name = Signal::derive(move || {
        let text = what.get();
        if text.trim().is_empty() {
            i18n.t(Key::StepUnnamed).to_string()
        } else {
            text
        }
    });
    let remove = {
        let (goal_id, id) = (goal_id.clone(), id.clone());
        move || {
            session.edit(|case| {
                if let Some(goal) = case.goal_mut(&goal_id) {
                    goal.steps.retain(|s| s.id != id);
                }
            })
        }
    };

    view! {
        <fieldset class="lotse-fieldset lotse-step" id=format!("step-{}", id.0)>
            <legend class="lotse-fieldset__legend">{move || name.get()}</legend>
            <div class="lotse-form-group">
                <label class="lotse-label" id=format!("{what_id}-label") for=what_id.clone()>{tr(Key::StepWhatLabel)}</label>
                <ReadAloud ids=vec![format!("{what_id}-label")]/>
                <input class="lotse-input lotse-input--wide" id=what_id.clone() name=what_id dir="auto"
                    prop:value=step.what on:input=on_what/>
            </div>
            <StepOwnerSelect id=step_field_id(&id, "who") goal_id=goal_id step_id=id.clone() initial=step.owner
                on_change={
                    let write = write.clone();
                    move |owner: StepOwner| write(&|s| s.owner = owner.clone(), true)
                }/>
            <DateField id=step_field_id(&id, "when") label=Key::StepWhenLabel initial=step.by_when read_aloud=true
                on_change=move |date| write(&|s| s.by_when = date, true)/>
            <RemoveButton id=format!("step-{}", id.0) label=Key::StepRemove question=Key::StepRemoveQuestion
                name=name focus_after=focus_after
                is_blank=move || what.with_untracked(|w| w.trim().is_empty())
                on_remove=remove/>
        </fieldset>
    }
}
