use crate::components::ReadAloud;
use crate::i18n::{tr, Key};
use crate::session::{use_session, SaveState};
use leptos::prelude::*;

/// In client mode, what the client is told when their words could not be saved: that they
/// are still on screen, and to hand the tablet back. The caseworker's alert (what to delete,
/// whom to ask, a file to save) is for the caseworker, once they have the tablet again.
#[component]
pub fn ClientStorageAlert() -> impl IntoView {
    let session = use_session();
    let failed = Memo::new(move |_| matches!(session.save_state(), SaveState::Failed(_)));
    move || {
        failed.get().then(|| {
            view! {
                // The alert is the text alone: its buttons are not announced with it.
                <div class="lotse-alert lotse-alert--error" data-testid="storage-alert">
                    <div id="client-storage-alert" role="alert">
                        <h2 class="lotse-alert__title">{tr(Key::ClientStorageTitle)}</h2>
                        <p class="lotse-alert__body">{tr(Key::ClientStorageBody)}</p>
                    </div>
                    <ReadAloud ids=vec!["client-storage-alert".to_string()]/>
                    <button type="button" class="lotse-button lotse-button--secondary"
                        on:click=move |_| session.retry()>
                        {tr(Key::StorageRetry)}
                    </button>
                </div>
            }
        })
    }
}
