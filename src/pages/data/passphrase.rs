use super::vault_error_key;
use crate::components::{error_for, passphrase_error_key, ErrorSummary, FieldError, TextInput};
use crate::domain::sealed::{check_new_passphrase, PassphraseError};
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::lock::use_device_lock;
use crate::pages::use_form_page_title;
use crate::router::use_navigator;
use crate::routes::DataPage;
use crate::session::use_session;
use crate::storage::{self, VaultError};
use leptos::prelude::*;

const CURRENT_FIELD: &str = "current-passphrase";
const NEW_FIELD: &str = "changed-passphrase";
const REPEAT_FIELD: &str = "changed-passphrase-repeat";

/// Changes the passphrase: the new one takes over in one step, or nothing changes.
#[component]
pub fn ChangePassphrasePage() -> impl IntoView {
    let i18n = use_i18n();
    let lock = use_device_lock();
    let session = use_session();
    let flash = use_flash();
    let navigator = use_navigator();
    let current = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<Key>);
    let busy = RwSignal::new(false);
    use_form_page_title(Key::PassphraseChangeTitle, errors);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let old = current.get_untracked();
        let new = passphrase.get_untracked();
        let mut found = Vec::new();
        if old.is_empty() {
            found.push(FieldError {
                field_id: CURRENT_FIELD,
                message: Key::UnlockMissing,
            });
        }
        if let Err(error) = check_new_passphrase(&new, &repeated.get_untracked()) {
            let field_id = if error == PassphraseError::Mismatch {
                REPEAT_FIELD
            } else {
                NEW_FIELD
            };
            found.push(FieldError {
                field_id,
                message: passphrase_error_key(error),
            });
        }
        errors.set(found);
        if !errors.with_untracked(Vec::is_empty) {
            return;
        }
        failure.set(None);
        session.flush();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = storage::change_passphrase(&old, &new).await;
            busy.set(false);
            lock.unlocked();
            match result {
                Ok(()) => {
                    flash.set(i18n.t_untracked(Key::PassphraseChanged).to_string());
                    navigator.go(DataPage::Overview.path());
                }
                Err(VaultError::WrongPassphrase) => errors.set(vec![FieldError {
                    field_id: CURRENT_FIELD,
                    message: Key::PassphraseCurrentWrong,
                }]),
                Err(error) => failure.set(Some(vault_error_key(&error))),
            }
        });
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=DataPage::Overview.path() class="lotse-back-link">{tr(Key::DataTitle)}</a>
            <ErrorSummary errors=errors.into()/>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::PassphraseChangeTitle)}</h1>
            <p class="lotse-body-l">{tr(Key::PassphraseChangeIntro)}</p>
            <form novalidate on:submit=submit>
                <TextInput id=CURRENT_FIELD label=Key::PassphraseCurrentLabel input_type="password"
                    autocomplete="current-password" value=current error=error_for(errors, CURRENT_FIELD)/>
                <TextInput id=NEW_FIELD label=Key::PassphraseNewLabel hint=Key::PassphraseHint
                    input_type="password" autocomplete="new-password" value=passphrase
                    error=error_for(errors, NEW_FIELD)/>
                <TextInput id=REPEAT_FIELD label=Key::PassphraseRepeatLabel input_type="password"
                    autocomplete="new-password" value=repeated error=error_for(errors, REPEAT_FIELD)/>
                {move || failure.get().map(|key| view! { <p class="lotse-error-message" role="alert">{i18n.t(key)}</p> })}
                <div class="lotse-button-group">
                    <button type="submit" class="lotse-button" aria-disabled=move || busy.get().then_some("true")>
                        {move || if busy.get() { i18n.t(Key::EncryptBusy) } else { i18n.t(Key::PassphraseChangeSubmit) }}
                    </button>
                    <a href=DataPage::Overview.path() class="lotse-link">{tr(Key::Cancel)}</a>
                </div>
                <p role="status" class="lotse-visually-hidden">{move || busy.get().then(|| i18n.t(Key::EncryptBusy))}</p>
            </form>
        </div>
    }
}
