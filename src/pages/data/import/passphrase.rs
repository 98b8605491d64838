use crate::components::TextInput;
use crate::domain::export_file::{parse_import, EncryptedExport, ImportError, ImportFile};
use crate::files;
use crate::focus::focus_element;
use crate::i18n::{tr, Key};
use leptos::prelude::*;

const PASSPHRASE_FIELD: &str = "import-passphrase";

/// Opens an encrypted export file with its passphrase; a wrong one is said at the field.
#[component]
pub fn ImportPassphraseForm(
    /// The file as read.
    file: EncryptedExport,
    /// Gets what the opened file holds.
    on_open: Callback<Result<ImportFile, ImportError>>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Key>);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let secret = passphrase.get_untracked();
        if secret.is_empty() {
            error.set(Some(Key::UnlockMissing));
            return;
        }
        let file = file.clone();
        leptos::task::spawn_local(async move {
            match files::open_export(&file, &secret).await {
                Ok(plain) => {
                    error.set(None);
                    passphrase.set(String::new());
                    match parse_import(&plain) {
                        // An encrypted file holds a plain export, never another encrypted one.
                        Ok(ImportFile::Encrypted(_)) => on_open.run(Err(ImportError::NotAnExport)),
                        other => on_open.run(other),
                    }
                }
                Err(_) => {
                    error.set(Some(Key::ImportWrongPassphrase));
                    focus_element(PASSPHRASE_FIELD);
                }
            }
        });
    };
    view! {
        <form novalidate on:submit=open data-testid="import-passphrase-form">
            <p>{tr(Key::ImportEncryptedIntro)}</p>
            <TextInput id=PASSPHRASE_FIELD label=Key::ImportPassphraseLabel input_type="password"
                autocomplete="off" value=passphrase error=error/>
            <button type="submit" class="lotse-button">{tr(Key::ImportOpen)}</button>
        </form>
    }
}
