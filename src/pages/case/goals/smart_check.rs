use crate::components::Checkbox;
use crate::domain::{set_membership, GoalId, SmartCriterion};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::pages::case::labels::smart_texts;
use crate::session::use_session;
use leptos::prelude::*;

/// The SMART check of a goal: one checkbox per criterion, and which are still open. It shows
/// what is open without enforcing it.
#[component]
pub fn GoalSmartCheck(
    /// The goal.
    goal_id: GoalId,
    /// The criteria checked when first shown.
    initial: Vec<SmartCriterion>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let open = {
        let id = goal_id.clone();
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
    view! {
        <fieldset class="lotse-fieldset lotse-fieldset--plain" id=goal_field_id(&goal_id, "smart")>
            <legend class="lotse-label">{tr(Key::GoalSmartLegend)}</legend>
            <p class="lotse-hint">{tr(Key::GoalSmartHint)}</p>
            <div class="lotse-checkboxes">
                {SmartCriterion::ALL.into_iter().map(|criterion| {
                    let (name, hint) = smart_texts(criterion);
                    let id = goal_id.clone();
                    view! {
                        <Checkbox id=format!("goal-{}-smart-{criterion:?}", goal_id.0).to_lowercase() hint=hint
                            checked=initial.contains(&criterion)
                            on_toggle=move |on| session.edit(|case| if let Some(goal) = case.goal_mut(&id) {
                                set_membership(&mut goal.smart_met, criterion, on);
                            })>
                            {tr(name)}
                        </Checkbox>
                    }
                }).collect_view()}
            </div>
            <p class="lotse-smart-open" data-testid="smart-open">
                {move || {
                    let open = open();
                    if open.is_empty() { i18n.t(Key::GoalSmartAllMet).to_string() } else { i18n.tf(Key::GoalSmartOpen, &[("criteria", &open)]) }
                }}
            </p>
        </fieldset>
    }
}
