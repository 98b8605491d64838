use super::field_ids::step_field_id;
use super::labels::goal_title;
use crate::browser;
use crate::components::{DateField, NextStepLink, RemoveButton, StepHeader};
use crate::domain::{ContactId, ResourceId};
use crate::domain::{Goal, GoalId, ResourceKind, Sector, Step, StepId, StepOwner};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use crate::session::use_session;
use leptos::prelude::*;

/// The value of an owner in the "who" select.
fn owner_value(owner: &StepOwner) -> String {
    match owner {
        StepOwner::Client => "client".to_string(),
        StepOwner::Contact(id) => format!("contact:{}", id.0),
        StepOwner::Resource(id) => format!("resource:{}", id.0),
    }
}

fn parse_owner(value: &str) -> StepOwner {
    match value.split_once(':') {
        Some(("contact", id)) => StepOwner::Contact(ContactId(id.to_string())),
        Some(("resource", id)) => StepOwner::Resource(ResourceId(id.to_string())),
        _ => StepOwner::Client,
    }
}

/// Per goal, the steps: what, who, by when. The client's own steps come first, then the
/// network, the neighbourhood and professional services.
#[component]
pub fn StepsPage() -> impl IntoView {
    let (_, session, case_id) = use_step_page(Key::StepsTitle);
    let goal_ids = move || {
        session
            .with(|c| c.goals.iter().map(|g| g.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::Steps title=Key::StepsTitle intro=Key::StepsIntro/>
            <Show when=move || goal_ids().is_empty()>
                <p class="lotse-inset">{tr(Key::StepsNoGoal)}</p>
            </Show>
            <For each=goal_ids key=|id: &GoalId| id.clone()
                children=move |goal_id| view! { <GoalSteps goal_id=goal_id/> }/>
            <NextStepLink id=case_id current=IntakeStep::Steps/>
        </div>
    }
}

#[component]
fn GoalSteps(goal_id: GoalId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let heading_id = format!("goal-steps-{}", goal_id.0);
    let add_id = format!("goal-steps-{}-add", goal_id.0);
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
            <Show when=no_client_step.clone()>
                <p class="lotse-inset lotse-inset--warning" data-testid="no-client-step">{tr(Key::StepsNoClientStep)}</p>
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

#[component]
fn StepEditor(goal_id: GoalId, step: Step, focus_after: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = step.id.clone();
    let what_id = step_field_id(&id, "what");
    let who_id = step_field_id(&id, "who");
    let selected = owner_value(&step.owner);
    // Read at render time: the options re-render after each change and must show what is stored.
    let current_owner = {
        let (goal_id, id) = (goal_id.clone(), id.clone());
        move || {
            session
                .with(|c| {
                    c.goals
                        .iter()
                        .find(|g| g.id == goal_id)
                        .and_then(|g| g.steps.iter().find(|s| s.id == id))
                        .map(|s| owner_value(&s.owner))
                })
                .flatten()
                .unwrap_or_default()
        }
    };
    let options = move || {
        session
            .with(|c| {
                let mut network = Vec::new();
                let mut services = Vec::new();
                for contact in &c.network {
                    let option = (format!("contact:{}", contact.id.0), contact.name.clone());
                    if contact.sector == Sector::Professional {
                        services.push(option);
                    } else {
                        network.push(option);
                    }
                }
                let neighbourhood = c
                    .resources
                    .iter()
                    .filter(|r| r.kind == ResourceKind::Neighbourhood)
                    .map(|r| (format!("resource:{}", r.id.0), r.description.clone()))
                    .collect::<Vec<_>>();
                vec![
                    (Key::OwnerGroupNetwork, network),
                    (Key::OwnerGroupNeighbourhood, neighbourhood),
                    (Key::OwnerGroupServices, services),
                ]
            })
            .unwrap_or_default()
    };
    let write = {
        let (goal_id, id) = (goal_id.clone(), id.clone());
        move |f: &dyn Fn(&mut Step), structural: bool| {
            session.change_of(!structural, &goal_id, |goal: &mut Goal| {
                if let Some(step) = goal.step_mut(&id) {
                    f(step);
                }
            })
        }
    };
    let on_what = {
        let write = write.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            write(&|s| s.what = v.clone(), false)
        }
    };
    let on_who = {
        let write = write.clone();
        move |ev: leptos::ev::Event| {
            let v = parse_owner(&event_target_value(&ev));
            write(&|s| s.owner = v.clone(), true)
        }
    };
    let on_date = {
        let write = write.clone();
        move |date| write(&|s| s.by_when = date, true)
    };
    let what = RwSignal::new(step.what.clone());
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
                <label class="lotse-label" for=what_id.clone()>{tr(Key::StepWhatLabel)}</label>
                <input class="lotse-input lotse-input--wide" id=what_id.clone() name=what_id dir="auto"
                    prop:value=step.what
                    on:input=move |ev| { what.set(event_target_value(&ev)); on_what(ev) }/>
            </div>
            <div class="lotse-form-group">
                <label class="lotse-label" for=who_id.clone()>{tr(Key::StepWhoLabel)}</label>
                <select class="lotse-select" id=who_id on:change=on_who>
                    <option value="client" selected=selected == "client">{tr(Key::OwnerClient)}</option>
                    {move || options().into_iter().filter(|(_, o)| !o.is_empty()).map(|(group, entries)| {
                        let selected = current_owner();
                        view! {
                            <optgroup label=i18n.t(group)>
                                {entries.into_iter().map(|(value, label)| {
                                    let is = value == selected;
                                    view! { <option value=value selected=is>{label}</option> }
                                }).collect_view()}
                            </optgroup>
                        }
                    }).collect_view()}
                </select>
            </div>
            <DateField id=step_field_id(&id, "when") label=Key::StepWhenLabel initial=step.by_when on_change=on_date/>
            <RemoveButton id=format!("step-{}", id.0) label=Key::StepRemove question=Key::StepRemoveQuestion
                name=name focus_after=focus_after
                is_blank=move || what.with_untracked(|w| w.trim().is_empty())
                on_remove=remove/>
        </fieldset>
    }
}
