use crate::browser;
use crate::domain::DecodeError;
use crate::i18n::{tr, Key};
use crate::storage::{self, DamagedRecord};
use leptos::prelude::*;

/// Explains a stored record that cannot be read, and lets the user keep a copy of it.
/// The record itself is never changed or removed from here.
#[component]
pub fn DamagedRecordNotice(record: DamagedRecord) -> impl IntoView {
    let (title, body) = match record.reason {
        DecodeError::FromNewerVersion(_) => (Key::RecordNewerTitle, Key::RecordNewerBody),
        DecodeError::NotJson(_) | DecodeError::NotACase(_) => {
            (Key::RecordDamagedTitle, Key::RecordDamagedBody)
        }
    };
    let download_failed = RwSignal::new(false);
    let key = record.key.clone();
    let save_copy = move |_| save_stored_text(key.clone(), "lotse-eintrag.json", download_failed);
    view! {
        <div class="lotse-alert lotse-alert--error" data-testid="damaged-record">
            <h2 class="lotse-alert__title">{tr(title)}</h2>
            <p class="lotse-alert__body">{tr(body)}</p>
            <p class="lotse-alert__detail">
                {tr(Key::RecordKeyLabel)} " " <code>{record.key.clone()}</code>
            </p>
            <button type="button" class="lotse-button lotse-button--secondary" on:click=save_copy>
                {tr(Key::RecordSaveCopy)}
            </button>
            <Show when=move || download_failed.get()>
                <p class="lotse-error-message" role="alert">{tr(Key::RecordSaveCopyFailed)}</p>
            </Show>
        </div>
    }
}

/// Saves the text of a damaged or set-aside record (`key`) as a file named `file`; `failed`
/// says whether that did not work.
pub fn save_stored_text(key: String, file: &'static str, failed: RwSignal<bool>) {
    leptos::task::spawn_local(async move {
        let saved = storage::damaged_record_text(&key)
            .await
            .map(|text| browser::download_text(file, &text).is_ok())
            .unwrap_or(false);
        failed.set(!saved);
    });
}
