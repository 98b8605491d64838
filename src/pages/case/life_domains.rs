use super::field_ids::circumstance_field_id;
use super::labels::{goal_title, life_domain_label};
use crate::browser;
use crate::components::{NextStepLink, RemoveButton, StepHeader, TextArea};
use crate::domain::{Circumstance, CircumstanceId, LifeDomain};
use crate::focus::focus_after_render;
use crate::i18n::{tr, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use leptos::prelude::*;

const ADD_BUTTON_ID: &str = "circumstance-add";

/// Which goals and resources touch which of the nine life domains, and, kept apart from the
/// client's goals, what in the surroundings should change (*Verhältnisse*).
#[component]
pub fn LifeDomainsPage() -> impl IntoView {
    let (i18n, session, case_id) = use_step_page(Key::LifeDomainsTitle);
    // A resource touches the domains of the goals it helps.
    let rows = move || {
        session
            .with(|c| {
                LifeDomain::ALL
                    .into_iter()
                    .map(|domain| {
                        let goals: Vec<String> = c
                            .goals
                            .iter()
                            .filter(|g| g.life_domains.contains(&domain))
                            .map(|g| goal_title(i18n, c, g))
                            .collect();
                        let resources: Vec<String> = c
                            .resources
                            .iter()
                            .filter(|r| {
                                r.goals.iter().any(|id| {
                                    c.goals
                                        .iter()
                                        .any(|g| &g.id == id && g.life_domains.contains(&domain))
                                })
                            })
                            .map(|r| r.description.clone())
                            .collect();
                        (domain, goals, resources)
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let circumstances = move || {
        session
            .with(|c| c.circumstances.clone())
            .unwrap_or_default()
    };
    let add = move |_| {
        let id = CircumstanceId(browser::new_id());
        let field = circumstance_field_id(&id);
        session.edit(|case| {
            case.circumstances.push(Circumstance {
                id,
                text: String::new(),
            })
        });
        focus_after_render(&field);
    };
    let none = move || i18n.t(Key::LifeDomainsNone);

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::LifeDomains title=Key::LifeDomainsTitle intro=Key::LifeDomainsIntro/>
            <div class="lotse-table-wrap">
                <table class="lotse-table" data-testid="life-domains-table">
                    <caption class="lotse-table__caption">{tr(Key::LifeDomainsCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::LifeDomainsColumnDomain)}</th>
                            <th scope="col">{tr(Key::StepGoals)}</th>
                            <th scope="col">{tr(Key::StepResources)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows().into_iter().map(|(domain, goals, resources)| {
                            let touched = !goals.is_empty() || !resources.is_empty();
                            view! {
                                <tr class:lotse-table__row--touched=touched>
                                    <th scope="row"><span class="lotse-code">{domain.code()}</span>" "{tr(life_domain_label(domain))}</th>
                                    <td>{if goals.is_empty() { none().to_string() } else { goals.join(" · ") }}</td>
                                    <td>{if resources.is_empty() { none().to_string() } else { resources.join(" · ") }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <section class="lotse-section" aria-labelledby="circumstances-title">
                <h2 class="lotse-heading-m" id="circumstances-title">{tr(Key::CircumstancesTitle)}</h2>
                <p class="lotse-hint">{tr(Key::CircumstancesHint)}</p>
                <For each=circumstances key=|c: &Circumstance| c.id.clone()
                    children=move |circumstance| {
                        let id = circumstance.id.clone();
                        let text = RwSignal::new(circumstance.text.clone());
                        let remove_id = id.clone();
                        let write_id = id.clone();
                        view! {
                            <div class="lotse-fieldset lotse-circumstance">
                                <TextArea id=circumstance_field_id(&id) label=Key::CircumstanceLabel initial=circumstance.text
                                    on_change=move |value: String| {
                                        text.set(value.clone());
                                        session.edit_text_of(&write_id, |c: &mut Circumstance| c.text = value)
                                    }/>
                                <RemoveButton id=format!("circumstance-{}", id.0) label=Key::CircumstanceRemove
                                    question=Key::CircumstanceRemoveQuestion name=Signal::derive(move || text.get())
                                    focus_after=ADD_BUTTON_ID is_blank=move || text.with_untracked(|t| t.trim().is_empty())
                                    on_remove=move || session.edit(|case| case.circumstances.retain(|c| c.id != remove_id))/>
                            </div>
                        }
                    }/>
                <button type="button" id=ADD_BUTTON_ID class="lotse-button lotse-button--secondary" on:click=add>
                    {tr(Key::CircumstanceAdd)}
                </button>
            </section>
            <NextStepLink id=case_id current=IntakeStep::LifeDomains/>
        </div>
    }
}
