use crate::components::Checkbox;
use crate::domain::{set_membership, GoalId, LifeDomain};
use crate::i18n::{tr, Key};
use crate::pages::case::field_ids::goal_field_id;
use crate::pages::case::labels::life_domain_label;
use crate::session::use_session;
use leptos::prelude::*;

/// The ICF life domains a goal touches: one checkbox per domain, in columns.
#[component]
pub fn GoalDomains(
    /// The goal.
    goal_id: GoalId,
    /// The domains checked when first shown.
    initial: Vec<LifeDomain>,
) -> impl IntoView {
    let session = use_session();
    view! {
        <fieldset class="lotse-fieldset lotse-fieldset--plain" id=goal_field_id(&goal_id, "domains")>
            <legend class="lotse-label">{tr(Key::GoalDomainsLegend)}</legend>
            <div class="lotse-checkboxes lotse-checkboxes--columns">
                {LifeDomain::ALL.into_iter().map(|domain| {
                    let id = goal_id.clone();
                    view! {
                        <Checkbox id=goal_field_id(&goal_id, domain.code()) checked=initial.contains(&domain)
                            on_toggle=move |on| session.edit(|case| if let Some(goal) = case.goal_mut(&id) {
                                set_membership(&mut goal.life_domains, domain, on);
                                goal.life_domains.sort();
                            })>
                            <span class="lotse-code">{domain.code()}</span>" "{tr(life_domain_label(domain))}
                        </Checkbox>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}
