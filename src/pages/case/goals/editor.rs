use super::domains::GoalDomains;
use super::smart_check::GoalSmartCheck;
use super::start_ratings::GoalStartRatings;
use super::will_select::GoalWillSelect;
use super::ADD_BUTTON_ID;
use crate::client_mode::use_client_mode;
use crate::components::{DateField, RemoveButton, TextArea};
use crate::domain::{Goal, GoalId};
use crate::i18n::{use_i18n, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::session::{use_session, CaseSession};
use leptos::prelude::*;

/// Writes a goal's text field as the user types.
fn goal_text_writer(
    session: CaseSession,
    id: GoalId,
    field: fn(&mut Goal) -> &mut String,
) -> impl Fn(String) + 'static {
    move |text: String| {
        session.type_text(|case| {
            if let Some(goal) = case.element_mut::<Goal>(&id) {
                *field(goal) = text
            }
        })
    }
}

/// One goal, as a fieldset named "Ziel N". The client mode shows only the client's parts.
#[component]
pub fn GoalEditor(goal: Goal) -> impl IntoView {
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
    let remove_id = id.clone();
    let blank_id = id.clone();

    view! {
        <fieldset class="lotse-fieldset lotse-goal" id=format!("goal-{}", id.0)>
            <legend class="lotse-fieldset__legend">{move || title.get()}</legend>
            <GoalWillSelect goal_id=id.clone() initial=goal.will.clone()/>
            <TextArea id=goal_field_id(&id, "client") label=Key::GoalClientLabel hint=Key::GoalClientHint read_aloud=true
                initial=goal.client_wording on_change=goal_text_writer(session, id.clone(), |g| &mut g.client_wording)/>
            {(!client_mode).then(|| view! {
            <TextArea id=goal_field_id(&id, "professional") label=Key::GoalProfessionalLabel hint=Key::GoalProfessionalHint
                initial=goal.professional_wording.clone() on_change=goal_text_writer(session, id.clone(), |g| &mut g.professional_wording)/>
            })}
            // The ICF domains and the SMART check are the caseworker's; the client mode hides them.
            {(!client_mode).then(|| view! { <GoalDomains goal_id=id.clone() initial=goal.life_domains.clone()/> })}
            <TextArea id=goal_field_id(&id, "indicator") label=Key::GoalIndicatorLabel hint=Key::GoalIndicatorHint read_aloud=true
                initial=goal.indicator on_change=goal_text_writer(session, id.clone(), |g| &mut g.indicator)/>
            <GoalStartRatings goal_id=id.clone()/>
            <DateField id=goal_field_id(&id, "review") label=Key::GoalReviewLabel initial=goal.review_date read_aloud=true
                on_change={
                    let id = id.clone();
                    move |date| session.edit(|case| if let Some(goal) = case.goal_mut(&id) { goal.review_date = date; })
                }/>
            {(!client_mode).then(|| view! { <GoalSmartCheck goal_id=id.clone() initial=goal.smart_met.clone()/> })}
            <RemoveButton id=format!("goal-{}", id.0) label=Key::GoalRemove question=Key::GoalRemoveQuestion
                name=title.into() focus_after=ADD_BUTTON_ID
                is_blank=move || session.with_untracked(|c| c.goals.iter().find(|g| g.id == blank_id).map(|g| {
                    g.client_wording.trim().is_empty() && g.indicator.trim().is_empty() && g.steps.is_empty()
                })).flatten().unwrap_or(true)
                on_remove=move || session.edit(|case| case.remove_goal(&remove_id))/>
        </fieldset>
    }
}
