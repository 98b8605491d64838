use super::field_ids::resource_field_id;
use super::labels::{goal_title, resource_kind_texts};
use super::neighbourhood::{provide_neighbourhood, CaseDistrict, CatalogueLink};
use crate::browser;
use crate::components::{
    Checkbox, Choice, NextStepLink, ReadAloud, RemoveButton, Select, StepHeader, TextArea,
};
use crate::domain::{set_membership, Resource, ResourceId, ResourceKind};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_step_page;
use crate::routes::IntakeStep;
use crate::session::use_session;
use leptos::prelude::*;

/// The resource map: four quadrants (personal, social, material, neighbourhood) and the same
/// data as a plain list; both are editable, and each resource links to the goals it helps.
#[component]
pub fn ResourcesPage() -> impl IntoView {
    let (i18n, session, case_id) = use_step_page(Key::ResourcesTitle);
    let as_list = RwSignal::new(false);
    // The catalogue is the caseworker's: client mode shows the case's own resources only.
    let caseworker = !crate::client_mode::use_client_mode().is_on_untracked();
    if caseworker {
        provide_neighbourhood(true);
    }

    let add = move |kind: ResourceKind| {
        let id = ResourceId(browser::new_id());
        let field = resource_field_id(&id);
        session.edit(|case| {
            case.resources.push(Resource {
                id,
                kind,
                description: String::new(),
                goals: Vec::new(),
                catalogue: None,
            })
        });
        focus_after_render(&field);
    };
    let of_kind = move |kind: ResourceKind| {
        session
            .with(|c| {
                c.resources
                    .iter()
                    .filter(|r| r.kind == kind)
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let all = move || session.with(|c| c.resources.clone()).unwrap_or_default();

    view! {
        <div class="lotse-page">
            <StepHeader step=IntakeStep::Resources title=Key::ResourcesTitle intro=Key::ResourcesIntro/>
            {caseworker.then(|| view! { <CaseDistrict/> })}
            <div class="lotse-view-switch" role="group" aria-label=tr(Key::ResourcesViewLabel)>
                <button type="button" class="lotse-button lotse-button--secondary" aria-pressed=move || (!as_list.get()).to_string()
                    on:click=move |_| as_list.set(false)>{tr(Key::ViewMap)}</button>
                <button type="button" class="lotse-button lotse-button--secondary" aria-pressed=move || as_list.get().to_string()
                    on:click=move |_| as_list.set(true)>{tr(Key::ViewList)}</button>
            </div>
            {move || if as_list.get() {
                view! {
                    <ul class="lotse-plain-list" aria-label=tr(Key::ResourcesListLabel)>
                        <For each=all key=|r: &Resource| r.id.clone()
                            children=move |resource| view! { <li><ResourceEditor resource=resource with_kind=true/></li> }/>
                    </ul>
                    <div class="lotse-button-group">
                        {ResourceKind::ALL.into_iter().map(|kind| view! {
                            <button type="button" id=format!("resource-add-{}", kind.slug()) class="lotse-button lotse-button--secondary"
                                on:click=move |_| add(kind)>
                                {move || i18n.tf(Key::ResourceAdd, &[("kind", i18n.t(resource_kind_texts(kind).0))])}
                            </button>
                        }).collect_view()}
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="lotse-resource-map">
                        {ResourceKind::ALL.into_iter().map(|kind| {
                            let (name, prompt) = resource_kind_texts(kind);
                            let heading_id = format!("resource-kind-{}", kind.slug());
                            view! {
                                <section class=format!("lotse-resource-map__quadrant lotse-resource-map__quadrant--{}", kind.slug())
                                    aria-labelledby=heading_id.clone()>
                                    <h2 class="lotse-heading-m" id=heading_id.clone()>{tr(name)}</h2>
                                    <p class="lotse-hint" id=format!("{heading_id}-prompt")>{tr(prompt)}</p>
                                    <ReadAloud ids=vec![heading_id.clone(), format!("{heading_id}-prompt")]/>
                                    <For each=move || of_kind(kind) key=|r: &Resource| r.id.clone()
                                        children=move |resource| view! { <ResourceEditor resource=resource with_kind=false/> }/>
                                    <button type="button" id=format!("resource-add-{}", kind.slug()) class="lotse-button lotse-button--secondary"
                                        on:click=move |_| add(kind)>
                                        {move || i18n.tf(Key::ResourceAdd, &[("kind", i18n.t(name))])}
                                    </button>
                                </section>
                            }
                        }).collect_view()}
                    </div>
                }.into_any()
            }}
            <NextStepLink id=case_id current=IntakeStep::Resources/>
        </div>
    }
}

#[component]
fn ResourceEditor(resource: Resource, with_kind: bool) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let id = resource.id.clone();
    let text = RwSignal::new(resource.description.clone());
    let name = Signal::derive(move || {
        let t = text.get();
        if t.trim().is_empty() {
            i18n.t(Key::ResourceUnnamed).to_string()
        } else {
            t
        }
    });
    let goals = move || {
        session
            .with(|c| {
                c.goals
                    .iter()
                    .map(|g| (g.id.clone(), goal_title(i18n, c, g)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let remove_id = id.clone();
    let goals_id = id.clone();
    let focus_after = format!("resource-add-{}", resource.kind.slug());
    view! {
        <fieldset class="lotse-fieldset lotse-resource" id=format!("resource-{}", id.0)>
            <legend class="lotse-fieldset__legend lotse-visually-hidden">{move || name.get()}</legend>
            {with_kind.then(|| {
                let id = id.clone();
                view! {
                    <Select id=format!("resource-{}-kind", id.0) label=Key::ResourceKindLabel initial=resource.kind read_aloud=true
                        on_change=move |kind| session.edit(|case| if let Some(r) = case.resource_mut(&id) { r.kind = kind; })/>
                }
            })}
            <TextArea id=resource_field_id(&id) label=Key::ResourceTextLabel read_aloud=true initial=resource.description
                on_change={
                    let id = id.clone();
                    move |value: String| {
                        text.set(value.clone());
                        session.type_text(|case| {
                            if let Some(resource) = case.element_mut::<Resource>(&id) {
                                resource.description = value
                            }
                        })
                    }
                }/>
            {
                let id = id.clone();
                // A memo, so the link is built once and not again on every edit of the case.
                let neighbourhood = Memo::new(move |_| {
                    session.with(|c| c.resources.iter().any(|r| r.id == id && r.kind == ResourceKind::Neighbourhood))
                        .unwrap_or(false)
                });
                let id = resource.id.clone();
                view! {
                    <Show when=move || neighbourhood.get()>
                        <CatalogueLink id=id.clone() text=text/>
                    </Show>
                }
            }
            <Show when=move || !goals().is_empty()>
                <fieldset class="lotse-fieldset lotse-fieldset--plain">
                    <legend class="lotse-label" id=format!("resource-{}-goals", goals_id.0)>{tr(Key::ResourceGoalsLegend)}</legend>
                    <ReadAloud ids=vec![format!("resource-{}-goals", goals_id.0)]/>
                    <div class="lotse-checkboxes">
                        {
                            let id = goals_id.clone();
                            // Read the links at render time: this list re-renders after each change.
                            move || session.with(|c| {
                                let linked = c.resources.iter().find(|r| r.id == id).map(|r| r.goals.clone()).unwrap_or_default();
                                c.goals.iter().map(|g| (g.id.clone(), goal_title(i18n, c, g), linked.contains(&g.id))).collect::<Vec<_>>()
                            }).unwrap_or_default().into_iter().map(|(goal_id, title, checked)| {
                                let resource_id = id.clone();
                                view! {
                                    <Checkbox id=format!("resource-{}-goal-{}", id.0, goal_id.0) checked=checked
                                        on_toggle=move |on| {
                                            let goal_id = goal_id.clone();
                                            session.edit(|case| if let Some(r) = case.resource_mut(&resource_id) {
                                                set_membership(&mut r.goals, goal_id, on);
                                            })
                                        }>
                                        {title}
                                    </Checkbox>
                                }
                            }).collect_view()
                        }
                    </div>
                </fieldset>
            </Show>
            <RemoveButton id=format!("resource-{}", id.0) label=Key::ResourceRemove question=Key::ResourceRemoveQuestion
                name=name focus_after=focus_after
                is_blank=move || text.with_untracked(|t| t.trim().is_empty())
                on_remove=move || session.edit(|case| case.remove_resource(&remove_id))/>
        </fieldset>
    }
}
