//! The neighbourhood catalogue: every entry, found by district and by what is typed, with the
//! ways to a new entry, the lists and the report.

use super::{use_read, Read};
use crate::components::{district_options, OptionSelect, StorageErrorNotice};
use crate::domain::sozialraum::{comparable, CatalogueEntry};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::{sozialraum_path, SozialraumPage, HOME};
use leptos::prelude::*;

/// How many entries the list shows at once; the search and the district find the others.
const SHOWN: usize = 50;

/// The catalogue's page.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t(Key::CatalogueTitle).to_string());
    let read = use_read();
    view! {
        <div class="lotse-page">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            <div class="lotse-page__head">
                <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::CatalogueTitle)}</h1>
                <a href=sozialraum_path(&SozialraumPage::NewEntry) class="lotse-button lotse-button--start">
                    {tr(Key::CatalogueNew)}
                </a>
            </div>
            <p class="lotse-body-l">{tr(Key::CatalogueIntro)}</p>
            <ul class="lotse-list lotse-list--links">
                <li><a class="lotse-link" href=sozialraum_path(&SozialraumPage::Report)>{tr(Key::ReportTitle)}</a></li>
                <li><a class="lotse-link" href=sozialraum_path(&SozialraumPage::Places)>{tr(Key::PlacesTitle)}</a></li>
            </ul>
            {move || read.get().map(|read| match read {
                Ok(read) => view! { <Entries read=read/> }.into_any(),
                Err(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
            })}
        </div>
    }
}

/// The filters and the entries they leave.
#[component]
fn Entries(read: Read) -> impl IntoView {
    let i18n = use_i18n();
    let places = read.places.clone().unwrap_or_default();
    let district = RwSignal::new(String::new());
    let typed = RwSignal::new(String::new());
    let entries = StoredValue::new(read.catalogue.entries.clone());
    let names = StoredValue::new(places.clone());
    let shown = Memo::new(move |_| {
        let wanted = comparable(&typed.get());
        let district = district.get();
        entries.with_value(|all| {
            all.iter()
                .filter(|e| {
                    district.is_empty() || e.district.as_ref().is_some_and(|d| d.0 == district)
                })
                .filter(|e| {
                    wanted.is_empty()
                        || comparable(&e.name).contains(&wanted)
                        || comparable(&e.offers).contains(&wanted)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let unreadable = read.catalogue.unreadable;
    view! {
        {(unreadable > 0).then(|| view! {
            <div class="lotse-alert lotse-alert--warning" role="alert">
                <p class="lotse-alert__body">
                    {i18n.tf(Key::CatalogueUnreadable, &[("count", &unreadable.to_string())])}
                </p>
            </div>
        })}
        {read.places.is_err().then(|| view! {
            <div class="lotse-alert lotse-alert--warning" role="alert">
                <p class="lotse-alert__body">{tr(Key::PlacesUnreadable)}</p>
            </div>
        })}
        <search class="lotse-catalogue__filters">
            <OptionSelect id="catalogue-district" label=Key::CatalogueDistrictFilter
                options=district_options(&places, None, i18n, Key::CatalogueAllDistricts)
                selected=String::new() on_change=move |value| district.set(value)/>
            <div class="lotse-form-group">
                <label class="lotse-label" for="catalogue-search">{tr(Key::CatalogueSearch)}</label>
                <input class="lotse-input" id="catalogue-search" type="search" autocomplete="off"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))/>
            </div>
        </search>
        // The count is one live region that stays, so a changed filter is announced.
        <p class="lotse-catalogue__count" role="status">
            {move || {
                let count = shown.with(Vec::len);
                i18n.count(count, Key::CatalogueCountOne, Key::CatalogueCountOther)
            }}
        </p>
        {move || {
            let count = shown.with(Vec::len);
            (count > SHOWN).then(|| view! {
                <p class="lotse-hint">{i18n.tf(Key::CatalogueFirstShown, &[("shown", &SHOWN.to_string()), ("count", &count.to_string())])}</p>
            })
        }}
        <ul class="lotse-plain-list">
            {move || shown.get().into_iter().take(SHOWN).map(|entry| {
                let district = entry.district.as_ref()
                    .and_then(|d| names.with_value(|p| p.district_name(d).map(str::to_string)));
                view! { <EntryCard entry=entry district=district/> }
            }).collect_view()}
        </ul>
    }
}

/// One entry in the list: its name, district and what it offers.
#[component]
fn EntryCard(entry: CatalogueEntry, district: Option<String>) -> impl IntoView {
    let href = sozialraum_path(&SozialraumPage::Entry(entry.id.clone()));
    view! {
        <li class="lotse-section">
            <h2 class="lotse-heading-s"><a class="lotse-link" href=href>{entry.name}</a></h2>
            {district.map(|d| view! { <p class="lotse-catalogue__district">{d}</p> })}
            {(!entry.offers.trim().is_empty()).then(|| view! { <p>{entry.offers}</p> })}
        </li>
    }
}
