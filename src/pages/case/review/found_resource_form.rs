use crate::browser;
use crate::components::{error_for, FieldError, Radios, TextInput};
use crate::domain::{Addition, Resource, ResourceId, ResourceKind, ReviewId};
use crate::focus::focus_element;
use crate::i18n::{tr, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// The resource's text field; focus returns here after adding one.
const TEXT_FIELD: &str = "found-resource-text";
/// The first kind radio, where the error summary leads when no kind was chosen.
const KIND_FIELD: &str = "found-resource-kind-personal";

/// Adds a resource found since the agreement: what it is and of which kind.
#[component]
pub fn FoundResourceForm(
    /// The review under way.
    review: ReviewId,
    /// The part's errors, shown in its error summary too.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let session = use_session();
    let text = RwSignal::new(String::new());
    let kind = RwSignal::new(None::<ResourceKind>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = text.get_untracked();
        let mut found = Vec::new();
        if kind.get_untracked().is_none() {
            found.push(FieldError {
                field_id: KIND_FIELD,
                message: Key::ErrorFoundResourceKind,
            });
        }
        if typed.trim().is_empty() {
            found.push(FieldError {
                field_id: TEXT_FIELD,
                message: Key::ErrorFoundResourceText,
            });
        }
        let Some(chosen) = kind.get_untracked().filter(|_| found.is_empty()) else {
            errors.set(found);
            return;
        };
        let resource = Resource {
            id: ResourceId(browser::new_id()),
            kind: chosen,
            description: typed,
            goals: Vec::new(),
        };
        session.edit(|case| {
            case.add_in_review(&review, Addition::Resource(resource));
        });
        text.set(String::new());
        kind.set(None);
        errors.set(Vec::new());
        focus_element(TEXT_FIELD);
    };
    view! {
        <form class="lotse-review-form" novalidate on:submit=add>
            <h2 class="lotse-heading-m">{tr(Key::ReviewFoundResourceTitle)}</h2>
            <Radios id="found-resource-kind" legend=tr(Key::ResourceKindLabel) value=Signal::derive(move || kind.get())
                errors=errors on_change=move |chosen| kind.set(Some(chosen))/>
            <TextInput id=TEXT_FIELD label=Key::ResourceTextLabel hint=Key::ReviewFoundResourceHint
                value=text error=error_for(errors, TEXT_FIELD)/>
            <button type="submit" class="lotse-button">{tr(Key::ReviewFoundResourceAdd)}</button>
        </form>
    }
}
