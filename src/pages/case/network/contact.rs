use super::add_form::NAME_FIELD;
use crate::browser;
use crate::components::{DateField, Radios, ReadAloud, RemoveButton, Select, TextArea};
use crate::domain::{Case, Consent, NetworkContact};
use crate::i18n::{tr, Key};
use crate::pages::case::field_ids::contact_field_id;
use crate::session::use_session;
use leptos::prelude::*;

/// One person or service of the network: name, role, details, place on the map, and consent
/// to be contacted with its date.
#[component]
pub fn ContactEditor(contact: NetworkContact) -> impl IntoView {
    let session = use_session();
    let id = contact.id.clone();
    let name = RwSignal::new(contact.name.clone());
    let consent = RwSignal::new(contact.consent);
    let edit = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut NetworkContact)>, structural: bool| {
            let change = |case: &mut Case| {
                if let Some(contact) = case.element_mut::<NetworkContact>(&id) {
                    f(contact)
                }
            };
            if structural {
                session.edit(change)
            } else {
                session.type_text(change)
            }
        }
    };
    let on_consent = {
        let edit = edit.clone();
        move |choice: Consent| {
            // Consent is dated: today, unless a date was already given.
            let today = (choice != Consent::NotAsked).then(browser::today);
            edit(
                Box::new(move |c| {
                    c.consent = choice;
                    c.consent_date = if choice == Consent::NotAsked {
                        None
                    } else {
                        c.consent_date.or(today)
                    };
                }),
                true,
            );
            consent.set(choice);
        }
    };
    let consent_date = {
        let (id, edit) = (id.clone(), edit.clone());
        // Re-created when consent changes, so it shows the date that was set with it.
        move || {
            (consent.get() != Consent::NotAsked).then(|| {
                let edit = edit.clone();
                let initial = session
                    .with_untracked(|c| c.contact(&id).and_then(|c| c.consent_date))
                    .flatten();
                view! {
                    <DateField id=contact_field_id(&id, "consent-date") label=Key::ContactConsentDateLabel
                        initial=initial read_aloud=true
                        on_change=move |date| edit(Box::new(move |c| c.consent_date = date), true)/>
                }
            })
        }
    };
    let remove_id = id.clone();
    view! {
        <fieldset class="lotse-fieldset lotse-contact" id=format!("contact-{}", id.0)>
            <legend class="lotse-fieldset__legend">{move || name.get()}</legend>
            <div class="lotse-form-group">
                <label class="lotse-label" id=contact_field_id(&id, "name-label") for=contact_field_id(&id, "name")>{tr(Key::ContactNameLabel)}</label>
                <ReadAloud ids=vec![contact_field_id(&id, "name-label")]/>
                <input class="lotse-input" id=contact_field_id(&id, "name") dir="auto" prop:value=contact.name.clone()
                    on:input={
                        let edit = edit.clone();
                        move |ev| {
                            let v = event_target_value(&ev);
                            name.set(v.clone());
                            edit(Box::new(move |c| c.name = v), false)
                        }
                    }/>
            </div>
            <TextArea id=contact_field_id(&id, "role") label=Key::ContactRoleLabel hint=Key::ContactRoleHint read_aloud=true initial=contact.role.clone()
                on_change={ let edit = edit.clone(); move |v: String| edit(Box::new(move |c| c.role = v), false) }/>
            <TextArea id=contact_field_id(&id, "details") label=Key::ContactDetailsLabel hint=Key::ContactDetailsHint read_aloud=true initial=contact.contact_details.clone()
                on_change={ let edit = edit.clone(); move |v: String| edit(Box::new(move |c| c.contact_details = v), false) }/>
            <div class="lotse-form-row">
                <Select id=contact_field_id(&id, "sector") label=Key::ContactSectorLegend initial=contact.sector read_aloud=true
                    on_change={ let edit = edit.clone(); move |sector| edit(Box::new(move |c| c.sector = sector), true) }/>
                <Select id=contact_field_id(&id, "distance") label=Key::ContactDistanceLegend initial=contact.distance read_aloud=true
                    on_change={ let edit = edit.clone(); move |distance| edit(Box::new(move |c| c.distance = distance), true) }/>
            </div>
            <Radios id=contact_field_id(&id, "consent") legend=tr(Key::ContactConsentLegend) inline=true read_aloud=true
                value=Signal::derive(move || Some(consent.get())) on_change=on_consent/>
            {consent_date}
            <RemoveButton id=format!("contact-{}", id.0) label=Key::ContactRemove question=Key::ContactRemoveQuestion
                name=Signal::derive(move || name.get()) focus_after=NAME_FIELD
                is_blank=|| false
                on_remove=move || session.edit(|case| case.remove_contact(&remove_id))/>
        </fieldset>
    }
}
