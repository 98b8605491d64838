use super::field_ids::goal_field_id;
use super::labels::{life_domain_label, smart_texts};
use crate::browser;
use crate::client_mode::use_client_mode;
use crate::components::{Checkbox, DateField, NextStepLink, RemoveButton, StepHeader, TextArea};
use crate::domain::{set_membership, Goal, GoalId, LifeDomain, SmartCriterion, WillId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use crate::session::{use_session, CaseSession};
use leptos::prelude::*;

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
                <p class="lotse-inset">{tr(Key::GoalsNoWill)}</p>
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

/// Writes a goal's text field as the user types.
fn goal_text_writer(
    session: CaseSession,
    id: GoalId,
    field: fn(&mut Goal) -> &mut String,
) -> impl Fn(String) + 'static {
    move |text: String| session.edit_text_of(&id, |goal: &mut Goal| *field(goal) = text)
}

#[component]
fn GoalEditor(goal: Goal) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client_mode = use_client_mode().is_on_untracked();
    let id = goal.id.clone();
    let title = {
        let id = id.clone();
        Memo::new(move |_| {
            session
                .with(|c| {
                    let number = c
                        .goals
                        .iter()
                        .position(|g| g.id == id)
                        .map(|i| i + 1)
                        .unwrap_or(0);
                    i18n.tf(Key::GoalLegend, &[("number", &number.to_string())])
                })
                .unwrap_or_default()
        })
    };
    // The options and the selection are read at render time: the list re-renders after
    // each change, and must show what is stored, not what was stored when it first appeared.
    let will_options = {
        let id = id.clone();
        move || {
            session
                .with(|c| {
                    let selected = c
                        .goals
                        .iter()
                        .find(|g| g.id == id)
                        .and_then(|g| g.will.clone());
                    c.will
                        .iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let excerpt: String = w.wording.chars().take(60).collect();
                            let more = if w.wording.chars().count() > 60 {
                                "…"
                            } else {
                                ""
                            };
                            let label = format!(
                                "{} {}: {excerpt}{more}",
                                i18n.t(Key::WillStatementShort),
                                i + 1
                            );
                            (w.id.clone(), label, selected.as_ref() == Some(&w.id))
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        }
    };
    let selected_will = goal.will.clone();
    let will_select_id = goal_field_id(&id, "will");
    let on_will = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            session.edit(|case| {
                if let Some(goal) = case.goal_mut(&id) {
                    goal.will = (!value.is_empty()).then_some(WillId(value));
                }
            })
        }
    };
    let smart_open = {
        let id = id.clone();
        move || {
            session
                .with(|c| {
                    c.goals.iter().find(|g| g.id == id).map(|g| {
                        g.smart_unmet()
                            .into_iter()
                            .map(|c| i18n.t(smart_texts(c).0))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                })
                .flatten()
                .unwrap_or_default()
        }
    };
    let remove_id = id.clone();
    let blank_id = id.clone();

    view! {
        <fieldset class="lotse-fieldset lotse-goal" id=format!("goal-{}", id.0)>
            <legend class="lotse-fieldset__legend">{move || title.get()}</legend>
            <div class="lotse-form-group">
                <label class="lotse-label" for=will_select_id.clone()>{tr(Key::GoalWillLabel)}</label>
                <select class="lotse-select" id=will_select_id.clone() on:change=on_will>
                    <option value="" selected=selected_will.is_none()>{tr(Key::GoalWillNone)}</option>
                    {move || will_options().into_iter().map(|(will_id, label, selected)| {
                        view! { <option value=will_id.0 selected=selected>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <TextArea id=goal_field_id(&id, "client") label=Key::GoalClientLabel hint=Key::GoalClientHint read_aloud=true
                initial=goal.client_wording on_change=goal_text_writer(session, id.clone(), |g| &mut g.client_wording)/>
            {(!client_mode).then(|| view! {
            <TextArea id=goal_field_id(&id, "professional") label=Key::GoalProfessionalLabel hint=Key::GoalProfessionalHint
                initial=goal.professional_wording.clone() on_change=goal_text_writer(session, id.clone(), |g| &mut g.professional_wording)/>
            })}
            // The ICF domains and the SMART check are the caseworker's; the client mode hides them.
            {(!client_mode).then(|| view! {
            <fieldset class="lotse-fieldset lotse-fieldset--plain" id=goal_field_id(&id, "domains")>
                <legend class="lotse-label">{tr(Key::GoalDomainsLegend)}</legend>
                <div class="lotse-checkboxes lotse-checkboxes--columns">
                    {LifeDomain::ALL.into_iter().map(|domain| {
                        let goal_id = id.clone();
                        view! {
                            <Checkbox id=goal_field_id(&id, domain.code()) checked=goal.life_domains.contains(&domain)
                                on_toggle=move |on| session.edit(|case| if let Some(goal) = case.goal_mut(&goal_id) {
                                    set_membership(&mut goal.life_domains, domain, on);
                                    goal.life_domains.sort();
                                })>
                                <span class="lotse-code">{domain.code()}</span>" "{tr(life_domain_label(domain))}
                            </Checkbox>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            })}
            <TextArea id=goal_field_id(&id, "indicator") label=Key::GoalIndicatorLabel hint=Key::GoalIndicatorHint read_aloud=true
                initial=goal.indicator on_change=goal_text_writer(session, id.clone(), |g| &mut g.indicator)/>
            <DateField id=goal_field_id(&id, "review") label=Key::GoalReviewLabel initial=goal.review_date
                on_change={
                    let id = id.clone();
                    move |date| session.edit(|case| if let Some(goal) = case.goal_mut(&id) { goal.review_date = date; })
                }/>
            {(!client_mode).then(|| view! {
            <fieldset class="lotse-fieldset lotse-fieldset--plain" id=goal_field_id(&id, "smart")>
                <legend class="lotse-label">{tr(Key::GoalSmartLegend)}</legend>
                <p class="lotse-hint">{tr(Key::GoalSmartHint)}</p>
                <div class="lotse-checkboxes">
                    {SmartCriterion::ALL.into_iter().map(|criterion| {
                        let (name, hint) = smart_texts(criterion);
                        let goal_id = id.clone();
                        view! {
                            <Checkbox id=format!("goal-{}-smart-{criterion:?}", id.0).to_lowercase() hint=hint
                                checked=goal.smart_met.contains(&criterion)
                                on_toggle=move |on| session.edit(|case| if let Some(goal) = case.goal_mut(&goal_id) {
                                    set_membership(&mut goal.smart_met, criterion, on);
                                })>
                                {tr(name)}
                            </Checkbox>
                        }
                    }).collect_view()}
                </div>
                <p class="lotse-smart-open" data-testid="smart-open">
                    {move || {
                        let open = smart_open();
                        if open.is_empty() { i18n.t(Key::GoalSmartAllMet).to_string() } else { i18n.tf(Key::GoalSmartOpen, &[("criteria", &open)]) }
                    }}
                </p>
            </fieldset>
            })}
            <RemoveButton id=format!("goal-{}", id.0) label=Key::GoalRemove question=Key::GoalRemoveQuestion
                name=title.into() focus_after=ADD_BUTTON_ID
                is_blank=move || session.with_untracked(|c| c.goals.iter().find(|g| g.id == blank_id).map(|g| {
                    g.client_wording.trim().is_empty() && g.indicator.trim().is_empty() && g.steps.is_empty()
                })).flatten().unwrap_or(true)
                on_remove=move || session.edit(|case| case.remove_goal(&remove_id))/>
        </fieldset>
    }
}
