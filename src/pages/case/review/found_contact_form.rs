use crate::browser;
use crate::components::{error_for, FieldError, Radios, TextInput};
use crate::domain::{Addition, ContactId, Distance, NetworkContact, ReviewId, Sector};
use crate::focus::focus_element;
use crate::i18n::{tr, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// The contact's name field; focus returns here after adding one.
const NAME_FIELD: &str = "found-contact-name";
/// The first sector radio, where the error summary leads when no sector was chosen.
const SECTOR_FIELD: &str = "found-contact-sector-family";
/// The first distance radio, likewise.
const DISTANCE_FIELD: &str = "found-contact-distance-close";

/// Adds a person or service found since the agreement to the network map: the name, the
/// sector and the distance.
#[component]
pub fn FoundContactForm(
    /// The review under way.
    review: ReviewId,
    /// The part's errors, shown in its error summary too.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let session = use_session();
    let name = RwSignal::new(String::new());
    let sector = RwSignal::new(None::<Sector>);
    let distance = RwSignal::new(None::<Distance>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = name.get_untracked();
        let mut found = Vec::new();
        if typed.trim().is_empty() {
            found.push(FieldError {
                field_id: NAME_FIELD,
                message: Key::ErrorContactName,
            });
        }
        if sector.get_untracked().is_none() {
            found.push(FieldError {
                field_id: SECTOR_FIELD,
                message: Key::ErrorFoundContactSector,
            });
        }
        if distance.get_untracked().is_none() {
            found.push(FieldError {
                field_id: DISTANCE_FIELD,
                message: Key::ErrorFoundContactDistance,
            });
        }
        let (Some(s), Some(d), true) = (
            sector.get_untracked(),
            distance.get_untracked(),
            found.is_empty(),
        ) else {
            errors.set(found);
            return;
        };
        let contact = NetworkContact::new(ContactId(browser::new_id()), typed, s, d);
        session.edit(|case| {
            case.add_in_review(&review, Addition::Contact(contact));
        });
        name.set(String::new());
        sector.set(None);
        distance.set(None);
        errors.set(Vec::new());
        focus_element(NAME_FIELD);
    };
    view! {
        <form class="lotse-review-form" novalidate on:submit=add>
            <h3 class="lotse-heading-m">{tr(Key::ReviewFoundContactTitle)}</h3>
            <TextInput id=NAME_FIELD label=Key::ContactNameLabel hint=Key::ContactNameHint
                value=name error=error_for(errors, NAME_FIELD)/>
            <Radios id="found-contact-sector" legend=tr(Key::ContactSectorLegend) value=Signal::derive(move || sector.get())
                errors=errors on_change=move |chosen| sector.set(Some(chosen))/>
            <Radios id="found-contact-distance" legend=tr(Key::ContactDistanceLegend) value=Signal::derive(move || distance.get())
                errors=errors on_change=move |chosen| distance.set(Some(chosen))/>
            <button type="submit" class="lotse-button">{tr(Key::ReviewFoundContactAdd)}</button>
        </form>
    }
}
