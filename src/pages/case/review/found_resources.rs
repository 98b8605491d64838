use super::added_in_review;
use crate::browser;
use crate::components::{Choice, RemoveButton, TextArea};
use crate::domain::{Addition, Resource, ResourceId, ResourceKind, ReviewId};
use crate::focus::focus_after_render;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::field_ids::resource_field_id;
use crate::pages::case::labels::resource_kind_texts;
use crate::session::use_session;
use leptos::prelude::*;

/// The first add button; focus goes here after a resource is removed.
const FIRST_ADD: &str = "found-resource-add-personal";

/// Resources found since the agreement, of the kind chosen by the button that added each,
/// in the words typed (saved as they are typed, like every field).
#[component]
pub fn FoundResources(review: ReviewId) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let added = added_in_review(session, review.clone(), |case, added| {
        case.resources
            .iter()
            .filter(|r| added.resources.contains(&r.id))
            .map(|r| (r.id.clone(), r.kind))
            .collect()
    });
    let add = move |kind: ResourceKind| {
        let id = ResourceId(browser::new_id());
        let field = resource_field_id(&id);
        let resource = Resource {
            id,
            kind,
            description: String::new(),
            goals: Vec::new(),
            catalogue: None,
        };
        session.edit(|case| {
            case.add_in_review(&review, Addition::Resource(resource));
        });
        focus_after_render(&field);
    };
    let editor = move |(id, kind): (ResourceId, ResourceKind)| {
        let initial = session
            .with_untracked(|case| {
                case.resources
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.description.clone())
            })
            .flatten()
            .unwrap_or_default();
        let text = RwSignal::new(initial.clone());
        let write = {
            let id = id.clone();
            move |value: String| {
                text.set(value.clone());
                session.type_text(|case| {
                    if let Some(resource) = case.resource_mut(&id) {
                        resource.description = value
                    }
                })
            }
        };
        let name = Signal::derive(move || {
            let typed = text.get();
            if typed.trim().is_empty() {
                i18n.t(Key::ResourceUnnamed).to_string()
            } else {
                typed
            }
        });
        let remove = {
            let id = id.clone();
            move || session.edit(|case| case.remove_resource(&id))
        };
        view! {
            <fieldset class="lotse-fieldset lotse-review-item">
                <legend class="lotse-fieldset__legend">{tr(resource_kind_texts(kind).0)}</legend>
                <TextArea id=resource_field_id(&id) label=Key::ResourceTextLabel hint=Key::ReviewFoundResourceHint
                    read_aloud=true initial=initial on_change=write/>
                <RemoveButton id=format!("found-{}", id.0) label=Key::ResourceRemove question=Key::ResourceRemoveQuestion
                    name=name focus_after=FIRST_ADD
                    is_blank=move || text.with_untracked(|t| t.trim().is_empty()) on_remove=remove/>
            </fieldset>
        }
    };
    view! {
        <section aria-labelledby="found-resources-title">
            <h2 class="lotse-heading-l" id="found-resources-title">{tr(Key::ReviewFoundResourceTitle)}</h2>
            <For each=move || added.get() key=|(id, _)| id.clone() children=editor/>
            <div class="lotse-button-group">
                {ResourceKind::ALL.into_iter().map(|kind| view! {
                    <button type="button" id=format!("found-resource-add-{}", kind.slug()) class="lotse-button lotse-button--secondary"
                        on:click={let add = add.clone(); move |_| add(kind)}>
                        {move || i18n.tf(Key::ResourceAdd, &[("kind", i18n.t(resource_kind_texts(kind).0))])}
                    </button>
                }).collect_view()}
            </div>
        </section>
    }
}
