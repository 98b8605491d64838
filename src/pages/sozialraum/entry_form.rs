//! The form of a catalogue entry, new or changed: what a caseworker needs to send the next
//! client there, and nothing about any client.

use crate::components::{
    district_of, district_options, error_for, Checkbox, Choice, DateField, ErrorSummary,
    FieldError, OptionSelect, Radios, TextInput,
};
use crate::domain::sozialraum::{CatalogueEntry, Known, Places};
use crate::domain::LifeDomain;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::case::labels::life_domain_label;
use leptos::prelude::*;

/// The id of the name input (the error summary links here).
pub const NAME_FIELD: &str = "entry-name";

impl Choice for Known {
    fn all() -> &'static [Self] {
        &[Known::Yes, Known::No, Known::Unknown]
    }

    fn slug(self) -> &'static str {
        match self {
            Known::Yes => "yes",
            Known::No => "no",
            Known::Unknown => "unknown",
        }
    }

    fn label(self) -> Key {
        match self {
            Known::Yes => Key::KnownYes,
            Known::No => Key::KnownNo,
            Known::Unknown => Key::KnownUnknown,
        }
    }
}

/// The form; `on_save` gets the entry as filled in, once its name is given.
#[component]
pub fn EntryForm(
    /// The entry as it is now.
    entry: CatalogueEntry,
    /// The device's lists, for the district.
    places: Places,
    /// What the button says.
    submit: Key,
    /// Called with the entry as filled in.
    on_save: impl Fn(CatalogueEntry) + 'static,
    /// Set when anything is typed or chosen, until the form is sent.
    #[prop(optional)]
    edited: Option<RwSignal<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let text = |value: &String| RwSignal::new(value.clone());
    let name = text(&entry.name);
    let offers = text(&entry.offers);
    let address = text(&entry.address);
    let how_to_reach = text(&entry.how_to_reach);
    let opening_times = text(&entry.opening_times);
    let contact_person = text(&entry.contact_person);
    let languages = text(&entry.languages);
    let district = RwSignal::new(entry.district.clone());
    let domains = RwSignal::new(entry.life_domains.clone());
    let costs_money = RwSignal::new(Some(entry.costs_money));
    let step_free = RwSignal::new(Some(entry.step_free));
    let easy_language = RwSignal::new(Some(entry.easy_language));
    let checked_on = RwSignal::new(entry.checked_on);
    let original = StoredValue::new(entry.clone());
    let submit_form = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if name.get_untracked().trim().is_empty() {
            errors.set(vec![FieldError {
                field_id: NAME_FIELD,
                message: Key::EntryNameMissing,
            }]);
            return;
        }
        errors.set(Vec::new());
        if let Some(edited) = edited {
            edited.set(false);
        }
        let mut filled = original.get_value();
        filled.name = name.get_untracked().trim().to_string();
        filled.offers = offers.get_untracked();
        filled.address = address.get_untracked();
        filled.how_to_reach = how_to_reach.get_untracked();
        filled.opening_times = opening_times.get_untracked();
        filled.contact_person = contact_person.get_untracked();
        filled.languages = languages.get_untracked();
        filled.district = district.get_untracked();
        filled.life_domains = domains.get_untracked();
        filled.life_domains.sort();
        filled.costs_money = costs_money.get_untracked().unwrap_or_default();
        filled.step_free = step_free.get_untracked().unwrap_or_default();
        filled.easy_language = easy_language.get_untracked().unwrap_or_default();
        filled.checked_on = checked_on.get_untracked();
        on_save(filled);
    };
    let known = |id: &'static str, legend: Key, value: RwSignal<Option<Known>>| {
        let shown: Signal<Option<Known>> = value.into();
        view! {
            <Radios id=id legend=move || i18n.t(legend).to_string() value=shown
                on_change=move |answer: Known| value.set(Some(answer)) inline=true/>
        }
    };
    view! {
        <ErrorSummary errors=errors.into()/>
        <form novalidate on:submit=submit_form on:input=move |_| {
            if let Some(edited) = edited {
                edited.set(true);
            }
        }>
            <TextInput id=NAME_FIELD label=Key::EntryName hint=Key::EntryNameHint value=name
                error=error_for(errors, NAME_FIELD)/>
            <TextInput id="entry-offers" label=Key::EntryOffers value=offers error=Signal::derive(|| None)/>
            <OptionSelect id="entry-district" label=Key::EntryDistrict hint=Key::EntryDistrictHint
                options=district_options(&places, entry.district.as_ref(), i18n, Key::DistrictNone)
                selected=entry.district.as_ref().map(|d| d.0.clone()).unwrap_or_default()
                on_change=move |value| district.set(district_of(&value))/>
            <TextInput id="entry-address" label=Key::EntryAddress value=address error=Signal::derive(|| None)/>
            <TextInput id="entry-reach" label=Key::EntryHowToReach hint=Key::EntryHowToReachHint
                value=how_to_reach error=Signal::derive(|| None)/>
            <TextInput id="entry-times" label=Key::EntryOpeningTimes value=opening_times error=Signal::derive(|| None)/>
            <TextInput id="entry-contact" label=Key::EntryContactPerson hint=Key::EntryContactPersonHint
                value=contact_person error=Signal::derive(|| None)/>
            <fieldset class="lotse-fieldset">
                <legend class="lotse-fieldset__legend">{tr(Key::EntryLifeDomains)}</legend>
                <div class="lotse-checkboxes">
                    {LifeDomain::ALL.iter().copied().map(|domain| view! {
                        <Checkbox id=format!("entry-domain-{}", domain.code())
                            checked=entry.life_domains.contains(&domain)
                            on_toggle=move |on| domains.update(|all| {
                                all.retain(|d| *d != domain);
                                if on {
                                    all.push(domain);
                                }
                            })>
                            {tr(life_domain_label(domain))}
                        </Checkbox>
                    }).collect_view()}
                </div>
            </fieldset>
            {known("entry-costs", Key::EntryCostsMoney, costs_money)}
            {known("entry-step-free", Key::EntryStepFree, step_free)}
            {known("entry-easy", Key::EntryEasyLanguage, easy_language)}
            <TextInput id="entry-languages" label=Key::EntryLanguages hint=Key::EntryLanguagesHint
                value=languages error=Signal::derive(|| None)/>
            <DateField id="entry-checked".to_string() label=Key::EntryCheckedOn
                initial=entry.checked_on on_change=move |day| checked_on.set(day)/>
            <button type="submit" class="lotse-button">{tr(submit)}</button>
        </form>
    }
}
