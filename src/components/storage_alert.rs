use crate::i18n::{tr, Key};
use crate::routes::export_path;
use crate::session::{use_session, SaveState};
use crate::storage::StorageError;
use leptos::prelude::*;

/// The message a storage failure gets: what happened, and what to do.
fn storage_error_texts(error: &StorageError) -> (Key, Key) {
    match error {
        StorageError::Unavailable => (Key::StorageUnavailableTitle, Key::StorageUnavailableBody),
        StorageError::QuotaExceeded => (Key::StorageFullTitle, Key::StorageFullBody),
        StorageError::WriteFailed(_) | StorageError::Crypto => {
            (Key::StorageWriteFailedTitle, Key::StorageWriteFailedBody)
        }
        StorageError::Locked => (Key::StorageLockedTitle, Key::StorageLockedBody),
        StorageError::UpgradeBlocked => (Key::StorageBlockedTitle, Key::StorageBlockedBody),
        StorageError::Superseded => (Key::StorageSupersededTitle, Key::StorageSupersededBody),
    }
}

/// Says, at the top of the page, when the open case could not be written, and offers a retry.
/// The change stays in memory until a write succeeds.
#[component]
pub fn StorageAlert() -> impl IntoView {
    let session = use_session();
    let failure = Memo::new(move |_| match session.save_state() {
        SaveState::Failed(error) => Some(error),
        _ => None,
    });
    move || {
        failure.get().map(|error| {
            // When storage is full, the edit can still leave the device as a file.
            let export = (error == StorageError::QuotaExceeded)
                .then(|| session.with_untracked(|c| export_path(&c.id)))
                .flatten();
            view! {
                <StorageErrorNotice error=error>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button lotse-button--secondary"
                            on:click=move |_| session.retry()>
                            {tr(Key::StorageRetry)}
                        </button>
                        {export.map(|href| view! {
                            <a href=href class="lotse-button lotse-button--secondary" data-testid="export-unsaved">
                                {tr(Key::CaseExport)}
                            </a>
                        })}
                    </div>
                </StorageErrorNotice>
            }
        })
    }
}

/// A storage failure explained in the user's language, with room for an action below.
#[component]
pub fn StorageErrorNotice(
    /// What went wrong.
    error: StorageError,
    /// An action the user can take (e.g. retry).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (title, body) = storage_error_texts(&error);
    view! {
        <div class="lotse-alert lotse-alert--error" role="alert" data-testid="storage-alert">
            <h2 class="lotse-alert__title">{tr(title)}</h2>
            <p class="lotse-alert__body">{tr(body)}</p>
            {children.map(|action| action())}
        </div>
    }
}
