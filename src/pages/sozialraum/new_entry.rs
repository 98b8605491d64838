//! A new catalogue entry, written directly (an entry from a case comes from its resources).

use super::entry_form::EntryForm;
use super::use_read;
use crate::browser;
use crate::components::StorageErrorNotice;
use crate::domain::sozialraum::{CatalogueEntry, CatalogueId};
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::router::use_navigator;
use crate::routes::{sozialraum_path, SozialraumPage, CATALOGUE};
use crate::storage::sozialraum::save_entry;
use leptos::prelude::*;

/// The form for a new entry; once stored, its page opens (and offers to merge it with an
/// entry it looks like).
#[component]
pub fn NewEntryPage() -> impl IntoView {
    let i18n = use_i18n();
    let navigator = use_navigator();
    use_page_title(move || i18n.t(Key::NewEntryTitle).to_string());
    let read = use_read();
    let failed = RwSignal::new(None);
    let save = move |entry: CatalogueEntry| {
        leptos::task::spawn_local(async move {
            match save_entry(&entry).await {
                Ok(()) => navigator.go(&sozialraum_path(&SozialraumPage::Entry(entry.id))),
                Err(error) => failed.set(Some(error)),
            }
        });
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=CATALOGUE class="lotse-back-link">{tr(Key::BackToCatalogue)}</a>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::NewEntryTitle)}</h1>
            <p>{tr(Key::CatalogueNoClientData)}</p>
            {move || failed.get().map(|error| view! { <StorageErrorNotice error=error/> })}
            {move || read.get().map(|read| match read {
                Ok(read) => {
                    let now = browser::now();
                    let entry = CatalogueEntry::new(CatalogueId(browser::new_id()), String::new(), None, now);
                    view! {
                        <EntryForm entry=entry places=read.places.unwrap_or_default()
                            submit=Key::EntrySave on_save=save/>
                    }.into_any()
                }
                Err(error) => view! { <StorageErrorNotice error=error/> }.into_any(),
            })}
        </div>
    }
}
