use super::field_ids::contact_field_id;
use super::labels::{consent_label, distance_label, sector_label};
use super::NetworkMap;
use crate::browser;
use crate::components::{
    DateField, ErrorSummary, FieldError, NextStepLink, Pictogram, RemoveButton, TextArea,
};
use crate::domain::{CaseId, Consent, ContactId, Distance, NetworkContact, Sector};
use crate::focus::focus_element;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_form_page_title;
use crate::routes::IntakeStep;
use crate::session::use_session;
use leptos::prelude::*;

const NAME_FIELD: &str = "contact-name";
const SECTOR_FIELD: &str = "contact-sector-family";

fn sector_slug(sector: Sector) -> &'static str {
    match sector {
        Sector::Family => "family",
        Sector::FriendsNeighbours => "friends",
        Sector::Colleagues => "colleagues",
        Sector::Professional => "professional",
    }
}

fn distance_slug(distance: Distance) -> &'static str {
    match distance {
        Distance::Close => "close",
        Distance::Middle => "middle",
        Distance::Loose => "loose",
    }
}

/// The network map: people and services placed by sector and distance, by tapping the map
/// or choosing from the form, and the same data as a table. Per contact: role, details,
/// consent to be contacted with its date.
#[component]
pub fn NetworkPage() -> impl IntoView {
    let session = use_session();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    use_form_page_title(Key::NetworkTitle, errors);
    let case_id = session
        .with_untracked(|c| c.id.clone())
        .unwrap_or(CaseId(String::new()));
    let contacts = Signal::derive(move || session.with(|c| c.network.clone()).unwrap_or_default());
    let chosen = RwSignal::new(None::<(Sector, Distance)>);
    let name = RwSignal::new(String::new());

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
        <div class="lotse-page">
            <ErrorSummary errors=errors.into()/>
            <h1 class="lotse-heading-xl lotse-heading-with-pictogram" tabindex="-1"><Pictogram step=IntakeStep::Network/>{tr(Key::NetworkTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::NetworkIntro)}</p>
            <div class="lotse-network">
                <NetworkMap contacts=contacts chosen=chosen/>
                <form class="lotse-network__form" novalidate on:submit=add>
                    <h2 class="lotse-heading-m">{tr(Key::NetworkAddTitle)}</h2>
                    <div class="lotse-form-group" class:lotse-form-group--error=move || errors.with(|e| e.iter().any(|e| e.field_id == NAME_FIELD))>
                        <label class="lotse-label" for=NAME_FIELD>{tr(Key::ContactNameLabel)}</label>
                        <p class="lotse-hint" id="contact-name-hint">{tr(Key::ContactNameHint)}</p>
                        {move || errors.with(|e| e.iter().any(|e| e.field_id == NAME_FIELD)).then(|| view! {
                            <p class="lotse-error-message" id="contact-name-error">
                                <span class="lotse-visually-hidden">{tr(Key::ErrorPrefix)}</span>{tr(Key::ErrorContactName)}
                            </p>
                        })}
                        <input class="lotse-input" id=NAME_FIELD name=NAME_FIELD autocomplete="off" dir="auto"
                            aria-describedby=move || if errors.with(|e| e.iter().any(|e| e.field_id == NAME_FIELD)) { "contact-name-hint contact-name-error" } else { "contact-name-hint" }
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                    </div>
                    <fieldset class="lotse-fieldset lotse-fieldset--plain" class:lotse-form-group--error=move || errors.with(|e| e.iter().any(|e| e.field_id == SECTOR_FIELD))>
                        <legend class="lotse-label">{tr(Key::ContactSectorLegend)}</legend>
                        {move || errors.with(|e| e.iter().any(|e| e.field_id == SECTOR_FIELD)).then(|| view! {
                            <p class="lotse-error-message">
                                <span class="lotse-visually-hidden">{tr(Key::ErrorPrefix)}</span>{tr(Key::ErrorContactPlace)}
                            </p>
                        })}
                        <div class="lotse-radios">
                            {Sector::ALL.into_iter().map(|sector| {
                                let radio_id = format!("contact-sector-{}", sector_slug(sector));
                                view! {
                                    <div class="lotse-radio">
                                        <input type="radio" class="lotse-radio__input" name="contact-sector" id=radio_id.clone()
                                            prop:checked=move || chosen.get().map(|c| c.0) == Some(sector)
                                            on:change=move |_| chosen.update(|c| *c = Some((sector, c.map(|c| c.1).unwrap_or(Distance::Close))))/>
                                        <label class="lotse-radio__label" for=radio_id>{tr(sector_label(sector))}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <fieldset class="lotse-fieldset lotse-fieldset--plain">
                        <legend class="lotse-label">{tr(Key::ContactDistanceLegend)}</legend>
                        <div class="lotse-radios">
                            {Distance::ALL.into_iter().map(|distance| {
                                let radio_id = format!("contact-distance-{}", distance_slug(distance));
                                view! {
                                    <div class="lotse-radio">
                                        <input type="radio" class="lotse-radio__input" name="contact-distance" id=radio_id.clone()
                                            prop:checked=move || chosen.get().map(|c| c.1) == Some(distance)
                                            on:change=move |_| chosen.update(|c| *c = Some((c.map(|c| c.0).unwrap_or(Sector::Family), distance)))/>
                                        <label class="lotse-radio__label" for=radio_id>{tr(distance_label(distance))}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <button type="submit" class="lotse-button">{tr(Key::NetworkAddSubmit)}</button>
                </form>
            </div>
            <NetworkTable contacts=contacts/>
            <For each=move || contacts.get() key=|c: &NetworkContact| c.id.clone()
                children=move |contact| view! { <ContactEditor contact=contact/> }/>
            <NextStepLink id=case_id current=IntakeStep::Network/>
        </div>
    }
}

/// The network as a table a screen reader can use.
#[component]
fn NetworkTable(contacts: Signal<Vec<NetworkContact>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || !contacts.with(Vec::is_empty)
            fallback=|| view! { <p class="lotse-inset">{tr(Key::NetworkEmpty)}</p> }>
            <div class="lotse-table-wrap">
                <table class="lotse-table" data-testid="network-table">
                    <caption class="lotse-table__caption">{tr(Key::NetworkTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Key::NetworkNumber)}</th>
                            <th scope="col">{tr(Key::ContactNameLabel)}</th>
                            <th scope="col">{tr(Key::ContactRoleLabel)}</th>
                            <th scope="col">{tr(Key::ContactSectorLegend)}</th>
                            <th scope="col">{tr(Key::ContactDistanceLegend)}</th>
                            <th scope="col">{tr(Key::ContactConsentLegend)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || contacts.get().into_iter().enumerate().map(|(i, c)| {
                            let consent = match c.consent_date {
                                Some(date) => format!("{}, {}", i18n.t(consent_label(c.consent)), date.german()),
                                None => i18n.t(consent_label(c.consent)).to_string(),
                            };
                            view! {
                                <tr>
                                    <td>{i + 1}</td>
                                    <th scope="row"><a href=format!("#contact-{}", c.id.0)>{c.name}</a></th>
                                    <td>{c.role}</td>
                                    <td>{i18n.t(sector_label(c.sector))}</td>
                                    <td>{i18n.t(distance_label(c.distance))}</td>
                                    <td>{consent}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

#[component]
fn ContactEditor(contact: NetworkContact) -> impl IntoView {
    let session = use_session();
    let id = contact.id.clone();
    let name = RwSignal::new(contact.name.clone());
    let edit = {
        let id = id.clone();
        move |f: Box<dyn FnOnce(&mut NetworkContact)>, structural: bool| {
            session.change_of(!structural, &id, |c: &mut NetworkContact| f(c))
        }
    };
    let shown = {
        let id = id.clone();
        Memo::new(move |_| {
            session
                .with(|c| {
                    c.contact(&id)
                        .is_some_and(|c| c.consent != Consent::NotAsked)
                })
                .unwrap_or(false)
        })
    };
    let consent_date_key = RwSignal::new(0u32);
    let remove_id = id.clone();
    view! {
        <fieldset class="lotse-fieldset lotse-contact" id=format!("contact-{}", id.0)>
            <legend class="lotse-fieldset__legend">{move || name.get()}</legend>
            <div class="lotse-form-group">
                <label class="lotse-label" for=contact_field_id(&id, "name")>{tr(Key::ContactNameLabel)}</label>
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
            <TextArea id=contact_field_id(&id, "role") label=Key::ContactRoleLabel hint=Key::ContactRoleHint initial=contact.role.clone()
                on_change={ let edit = edit.clone(); move |v: String| edit(Box::new(move |c| c.role = v), false) }/>
            <TextArea id=contact_field_id(&id, "details") label=Key::ContactDetailsLabel hint=Key::ContactDetailsHint initial=contact.contact_details.clone()
                on_change={ let edit = edit.clone(); move |v: String| edit(Box::new(move |c| c.contact_details = v), false) }/>
            <div class="lotse-form-row">
                <div class="lotse-form-group">
                    <label class="lotse-label" for=contact_field_id(&id, "sector")>{tr(Key::ContactSectorLegend)}</label>
                    <select class="lotse-select" id=contact_field_id(&id, "sector") on:change={
                        let edit = edit.clone();
                        move |ev| {
                            let slug = event_target_value(&ev);
                            if let Some(sector) = Sector::ALL.into_iter().find(|s| sector_slug(*s) == slug) {
                                edit(Box::new(move |c| c.sector = sector), true)
                            }
                        }
                    }>
                        {Sector::ALL.into_iter().map(|s| view! { <option value=sector_slug(s) selected=s == contact.sector>{tr(sector_label(s))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="lotse-form-group">
                    <label class="lotse-label" for=contact_field_id(&id, "distance")>{tr(Key::ContactDistanceLegend)}</label>
                    <select class="lotse-select" id=contact_field_id(&id, "distance") on:change={
                        let edit = edit.clone();
                        move |ev| {
                            let slug = event_target_value(&ev);
                            if let Some(distance) = Distance::ALL.into_iter().find(|d| distance_slug(*d) == slug) {
                                edit(Box::new(move |c| c.distance = distance), true)
                            }
                        }
                    }>
                        {Distance::ALL.into_iter().map(|d| view! { <option value=distance_slug(d) selected=d == contact.distance>{tr(distance_label(d))}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <fieldset class="lotse-fieldset lotse-fieldset--plain" id=contact_field_id(&id, "consent")>
                <legend class="lotse-label">{tr(Key::ContactConsentLegend)}</legend>
                <div class="lotse-radios lotse-radios--inline">
                    {[Consent::Yes, Consent::No, Consent::NotAsked].into_iter().map(|consent| {
                        let radio_id = contact_field_id(&id, &format!("consent-{consent:?}").to_lowercase());
                        let edit = edit.clone();
                        view! {
                            <div class="lotse-radio">
                                <input type="radio" class="lotse-radio__input" name=format!("consent-{}", id.0) id=radio_id.clone()
                                    checked=contact.consent == consent
                                    on:change=move |_| {
                                        // Consent is dated: today, unless a date was already given.
                                        let today = (consent != Consent::NotAsked).then(browser::today);
                                        edit(Box::new(move |c| {
                                            c.consent = consent;
                                            c.consent_date = if consent == Consent::NotAsked { None } else { c.consent_date.or(today) };
                                        }), true);
                                        consent_date_key.update(|k| *k += 1);
                                    }/>
                                <label class="lotse-radio__label" for=radio_id>{tr(consent_label(consent))}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            // Re-created when consent changes, so it shows the date that was set with it.
            {
                let id = id.clone();
                move || {
                consent_date_key.get();
                shown.get().then(|| {
                    let edit = edit.clone();
                    let initial = session.with_untracked(|c| c.contact(&id).and_then(|c| c.consent_date)).flatten();
                    view! {
                        <DateField id=contact_field_id(&id, "consent-date") label=Key::ContactConsentDateLabel
                            initial=initial
                            on_change=move |date| edit(Box::new(move |c| c.consent_date = date), true)/>
                    }
                })
            }}
            <RemoveButton id=format!("contact-{}", id.0) label=Key::ContactRemove question=Key::ContactRemoveQuestion
                name=Signal::derive(move || name.get()) focus_after=NAME_FIELD
                is_blank=|| false
                on_remove=move || session.edit(|case| case.remove_contact(&remove_id))/>
        </fieldset>
    }
}
