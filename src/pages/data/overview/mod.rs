//! The data page, section by section: storage, export and import, encryption, damaged texts
//! set aside, and deleting everything.

mod encryption;
mod set_aside;
mod storage_section;

use crate::components::ExportForm;
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::pages::use_page_title;
use crate::routes::{DataPage, HOME};
use crate::session::use_session;
use crate::storage;
use encryption::EncryptionSection;
use leptos::prelude::*;
use set_aside::SetAsideRecords;
use storage_section::StorageSection;

/// Everything about the data on this device: space, persistence, last export, the eviction
/// warning, export and import, encryption, texts set aside, and deleting everything.
#[component]
pub fn DataOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    use_page_title(move || i18n.t(Key::DataTitle).to_string());
    session.flush();
    let flash = use_flash().take();
    let exported_at = RwSignal::new(storage::last_export());
    let on_exported = Callback::new(move |at| exported_at.set(Some(at)));

    view! {
        <div class="lotse-page">
            <a href=HOME class="lotse-back-link">{tr(Key::BackToCaseList)}</a>
            {flash.map(|message| view! {
                <div class="lotse-alert lotse-alert--success" role="status">
                    <p class="lotse-alert__body">{message}</p>
                </div>
            })}
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::DataTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::DataIntro)}</p>

            <StorageSection exported_at=exported_at.into()/>

            <section class="lotse-section" aria-labelledby="data-export">
                <h2 id="data-export" class="lotse-heading-l">{tr(Key::DataExportTitle)}</h2>
                <p>{tr(Key::DataExportIntro)}</p>
                <ExportForm on_exported=on_exported/>
                <h3 class="lotse-heading-m">{tr(Key::DataImportTitle)}</h3>
                <p>{tr(Key::DataImportIntro)}</p>
                <p><a href=DataPage::Import.path() class="lotse-button lotse-button--secondary">{tr(Key::DataImportLink)}</a></p>
            </section>

            <EncryptionSection/>

            <section class="lotse-section" aria-labelledby="data-team">
                <h2 id="data-team" class="lotse-heading-l">{tr(Key::DataTeamTitle)}</h2>
                <p>{tr(Key::DataTeamIntro)}</p>
                <p><a href=DataPage::Team.path() class="lotse-button lotse-button--secondary">{tr(Key::DataTeamLink)}</a></p>
            </section>

            <SetAsideRecords/>

            <section class="lotse-section" aria-labelledby="data-delete">
                <h2 id="data-delete" class="lotse-heading-l">{tr(Key::DeleteAllTitle)}</h2>
                <p>{tr(Key::DataDeleteIntro)}</p>
                <p><a href=DataPage::DeleteAll.path() class="lotse-button lotse-button--warning">{tr(Key::DeleteAllTitle)}</a></p>
            </section>
        </div>
    }
}
