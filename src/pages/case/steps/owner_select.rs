use crate::browser;
use crate::components::ReadAloud;
use crate::domain::sozialraum::CatalogueId;
use crate::domain::{
    ContactId, GoalId, Resource, ResourceId, ResourceKind, Sector, StepId, StepOwner,
};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::neighbourhood::{use_neighbourhood, Neighbourhood};
use crate::session::{use_session, CaseSession};
use leptos::prelude::*;

/// How many entries of the case's district the select offers from the catalogue.
const FROM_CATALOGUE: usize = 30;

/// The value of an owner in the "who" select.
fn owner_value(owner: &StepOwner) -> String {
    match owner {
        StepOwner::Client => "client".to_string(),
        StepOwner::Contact(id) => format!("contact:{}", id.0),
        StepOwner::Resource(id) => format!("resource:{}", id.0),
    }
}

fn parse_owner(
    session: CaseSession,
    neighbourhood: Option<Neighbourhood>,
    value: &str,
) -> StepOwner {
    match value.split_once(':') {
        Some(("entry", id)) => StepOwner::Resource(resource_for_entry(
            session,
            neighbourhood,
            CatalogueId(id.into()),
        )),
        Some(("contact", id)) => StepOwner::Contact(ContactId(id.to_string())),
        Some(("resource", id)) => StepOwner::Resource(ResourceId(id.to_string())),
        _ => StepOwner::Client,
    }
}

/// The case's neighbourhood resource linked to a catalogue entry, added when the case has
/// none yet (named as the entry is).
fn resource_for_entry(
    session: CaseSession,
    neighbourhood: Option<Neighbourhood>,
    entry: CatalogueId,
) -> ResourceId {
    let held = session
        .with_untracked(|c| {
            c.resources
                .iter()
                .find(|r| r.catalogue.as_ref() == Some(&entry))
                .map(|r| r.id.clone())
        })
        .flatten();
    if let Some(id) = held {
        return id;
    }
    let name = neighbourhood
        .and_then(|n| {
            n.catalogue.with_untracked(|c| {
                c.as_ref()
                    .and_then(|c| c.entry(&entry).map(|e| e.name.clone()))
            })
        })
        .unwrap_or_default();
    let id = ResourceId(browser::new_id());
    let resource = Resource {
        id: id.clone(),
        kind: ResourceKind::Neighbourhood,
        description: name,
        goals: Vec::new(),
        catalogue: Some(entry),
    };
    session.edit(|case| case.resources.push(resource));
    id
}

/// Who takes a step: the client first, then the network, the neighbourhood's resources and
/// professional services, each group in an `optgroup`.
#[component]
pub fn StepOwnerSelect(
    /// The select's id.
    id: String,
    /// The goal the step belongs to.
    goal_id: GoalId,
    /// The step.
    step_id: StepId,
    /// Who takes it when first shown.
    initial: StepOwner,
    /// Called with the owner chosen.
    #[prop(into)]
    on_change: Callback<StepOwner>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let neighbourhood_context = use_neighbourhood();
    // Read at render time: the options re-render after each change and must show what is stored.
    let current_owner = move || {
        session
            .with(|c| {
                c.goals
                    .iter()
                    .find(|g| g.id == goal_id)
                    .and_then(|g| g.steps.iter().find(|s| s.id == step_id))
                    .map(|s| owner_value(&s.owner))
            })
            .flatten()
            .unwrap_or_default()
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
                // For the caseworker: entries of the case's district not in the case yet.
                let catalogue = neighbourhood_context
                    .and_then(|n| n.catalogue.get())
                    .map(|catalogue| {
                        catalogue
                            .entries
                            .iter()
                            .filter(|e| c.district.is_some() && e.district == c.district)
                            .filter(|e| {
                                !c.resources
                                    .iter()
                                    .any(|r| r.catalogue.as_ref() == Some(&e.id))
                            })
                            .take(FROM_CATALOGUE)
                            .map(|e| (format!("entry:{}", e.id.0), e.name.clone()))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default();
                vec![
                    (Key::OwnerGroupNetwork, network),
                    (Key::OwnerGroupNeighbourhood, neighbourhood),
                    (Key::OwnerGroupCatalogue, catalogue),
                    (Key::OwnerGroupServices, services),
                ]
            })
            .unwrap_or_default()
    };
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" id=format!("{id}-label") for=id.clone()>{tr(Key::StepWhoLabel)}</label>
            <ReadAloud ids=vec![format!("{id}-label")]/>
            <select class="lotse-select" id=id on:change=move |ev| on_change.run(parse_owner(session, neighbourhood_context, &event_target_value(&ev)))>
                <option value="client" selected=initial == StepOwner::Client>{tr(Key::OwnerClient)}</option>
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
    }
}
