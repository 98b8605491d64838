use crate::browser;
use crate::components::{FieldError, Radios, ReadAloud};
use crate::domain::{ContactId, Distance, NetworkContact, Sector};
use crate::focus::focus_element;
use crate::i18n::{tr, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// The id of the new contact's name field; focus returns here after adding or removing one.
pub const NAME_FIELD: &str = "contact-name";
/// The first sector radio: the error summary leads here when no place was chosen, and the
/// sector radios show that error.
const SECTOR_FIELD: &str = "contact-sector-family";

/// Adds a person or service: the name, and the place on the map (sector and distance), which
/// can also be chosen by tapping the map.
#[component]
pub fn AddContactForm(
    /// The place chosen for the next contact, shared with the map.
    chosen: RwSignal<Option<(Sector, Distance)>>,
    /// The form's errors, shown in the page's error summary too.
    errors: RwSignal<Vec<FieldError>>,
) -> impl IntoView {
    let session = use_session();
    let name = RwSignal::new(String::new());
    let has_error = move |field: &str| errors.with(|e| e.iter().any(|e| e.field_id == field));

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let typed = name.get_untracked();
        if typed.trim().is_empty() {
            found.push(FieldError {
                field_id: NAME_FIELD,
                message: Key::ErrorContactName,
            });
        }
        match chosen.get_untracked() {
            Some((sector, distance)) if found.is_empty() => {
                let id = ContactId(browser::new_id());
                session.edit(|case| {
                    case.network
                        .push(NetworkContact::new(id, typed, sector, distance))
                });
                name.set(String::new());
                chosen.set(None);
                errors.set(Vec::new());
                focus_element(NAME_FIELD);
            }
            Some(_) => errors.set(found),
            None => {
                found.push(FieldError {
                    field_id: SECTOR_FIELD,
                    message: Key::ErrorContactPlace,
                });
                errors.set(found);
            }
        }
    };

    view! {
        <form class="lotse-network__form" novalidate on:submit=add>
            <h2 class="lotse-heading-m" id="network-add-title">{tr(Key::NetworkAddTitle)}</h2>
            <div class="lotse-form-group" class:lotse-form-group--error=move || has_error(NAME_FIELD)>
                <label class="lotse-label" id="contact-name-label" for=NAME_FIELD>{tr(Key::ContactNameLabel)}</label>
                <p class="lotse-hint" id="contact-name-hint">{tr(Key::ContactNameHint)}</p>
                <ReadAloud ids=["network-add-title", "contact-name-label", "contact-name-hint"].map(String::from).to_vec()/>
                {move || has_error(NAME_FIELD).then(|| view! {
                    <p class="lotse-error-message" id="contact-name-error">
                        <span class="lotse-visually-hidden">{tr(Key::ErrorPrefix)}</span>{tr(Key::ErrorContactName)}
                    </p>
                })}
                <input class="lotse-input" id=NAME_FIELD name=NAME_FIELD autocomplete="off" dir="auto"
                    aria-describedby=move || if has_error(NAME_FIELD) { "contact-name-hint contact-name-error" } else { "contact-name-hint" }
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <Radios id="contact-sector" legend=tr(Key::ContactSectorLegend) read_aloud=true
                value=Signal::derive(move || chosen.get().map(|(sector, _)| sector))
                errors=errors
                on_change=move |sector| chosen.update(|c| *c = Some((sector, c.map_or(Distance::Close, |c| c.1))))/>
            <Radios id="contact-distance" legend=tr(Key::ContactDistanceLegend) read_aloud=true
                value=Signal::derive(move || chosen.get().map(|(_, distance)| distance))
                on_change=move |distance| chosen.update(|c| *c = Some((c.map_or(Sector::Family, |c| c.0), distance)))/>
            <button type="submit" class="lotse-button">{tr(Key::NetworkAddSubmit)}</button>
        </form>
    }
}
