use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::lock::use_device_lock;
use crate::pages::use_page_title;
use crate::router::use_navigator;
use crate::routes::{DataPage, HOME};
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;

/// Deletes everything Lotse keeps on this device, after saying exactly what will be gone.
/// Reachable while locked too: a forgotten passphrase must not leave the data stuck.
#[component]
pub fn DeleteAllPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let lock = use_device_lock();
    let flash = use_flash();
    let navigator = use_navigator();
    use_page_title(move || i18n.t(Key::DeleteAllTitle).to_string());
    let cases = storage::case_count().unwrap_or(0);
    let failed = RwSignal::new(false);
    let confirm = move |_| {
        // What is open is deleted too: it must not be written back after the wipe.
        if let Some(id) = session.with_untracked(|c| c.id.clone()) {
            session.discard(&id);
        }
        leptos::task::spawn_local(async move {
            match storage::delete_everything().await {
                Ok(()) => {
                    lock.refresh();
                    flash.set(i18n.t_untracked(Key::DeleteAllDone).to_string());
                    navigator.go(HOME);
                }
                Err(_) => failed.set(true),
            }
        });
    };
    view! {
        <div class="lotse-page lotse-page--narrow">
            <Show when=move || !lock.is_locked()>
                <a href=DataPage::Overview.path() class="lotse-back-link">{tr(Key::DataTitle)}</a>
            </Show>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::DeleteAllTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::DeleteAllIntro)}</p>
            <ul class="lotse-list lotse-list--bullet" data-testid="delete-all-list">
                <li>{move || i18n.count(cases, Key::DeleteAllCasesOne, Key::DeleteAllCasesOther)}</li>
                <li>{tr(Key::DeleteAllCopies)}</li>
                <li>{tr(Key::DeleteAllEncryption)}</li>
                <li>{tr(Key::DeleteAllSettings)}</li>
            </ul>
            <p>{tr(Key::DeleteAllExportHint)}</p>
            <div class="lotse-warning-text">
                <span class="lotse-warning-text__icon" aria-hidden="true">"!"</span>
                <strong>{tr(Key::DeleteIrreversible)}</strong>
            </div>
            <Show when=move || failed.get()>
                <p class="lotse-error-message" role="alert">{move || i18n.t(Key::DeleteFailed)}</p>
            </Show>
            <div class="lotse-button-group">
                <button type="button" class="lotse-button lotse-button--warning" on:click=confirm>
                    {tr(Key::DeleteAllConfirm)}
                </button>
                <a href=HOME class="lotse-link">{tr(Key::Cancel)}</a>
            </div>
        </div>
    }
}
