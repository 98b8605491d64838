use super::vault_error_key;
use crate::components::{error_for, passphrase_error_key, ErrorSummary, FieldError, TextInput};
use crate::domain::sealed::{check_new_passphrase, PassphraseError};
use crate::flash::use_flash;
use crate::i18n::{tr, use_i18n, Key};
use crate::lock::use_device_lock;
use crate::pages::use_form_page_title;
use crate::router::use_navigator;
use crate::routes::{DataPage, HOME};
use crate::session::use_session;
use crate::storage;
use leptos::prelude::*;

const PASSPHRASE_FIELD: &str = "new-passphrase";
const REPEAT_FIELD: &str = "new-passphrase-repeat";

/// Switches encryption at rest on, with a passphrase chosen here.
#[component]
pub fn EncryptPage() -> impl IntoView {
    let i18n = use_i18n();
    let lock = use_device_lock();
    let session = use_session();
    let flash = use_flash();
    let navigator = use_navigator();
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<Key>);
    let busy = RwSignal::new(false);
    use_form_page_title(Key::EncryptTitle, errors);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let secret = passphrase.get_untracked();
        if let Err(error) = check_new_passphrase(&secret, &repeated.get_untracked()) {
            let field_id = if error == PassphraseError::Mismatch {
                REPEAT_FIELD
            } else {
                PASSPHRASE_FIELD
            };
            errors.set(vec![FieldError {
                field_id,
                message: passphrase_error_key(error),
            }]);
            return;
        }
        errors.set(Vec::new());
        session.flush();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = storage::enable_encryption(&secret).await;
            busy.set(false);
            lock.unlocked();
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    repeated.set(String::new());
                    flash.set(i18n.t_untracked(Key::EncryptDone).to_string());
                    navigator.go(DataPage::Overview.path());
                }
                Err(error) => failure.set(Some(vault_error_key(&error))),
            }
        });
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <a href=DataPage::Overview.path() class="lotse-back-link">{tr(Key::DataTitle)}</a>
            <ErrorSummary errors=errors.into()/>
            <h1 class="lotse-heading-xl" tabindex="-1">{tr(Key::EncryptTitle)}</h1>
            {move || if lock.is_encrypted() {
                view! { <p class="lotse-body-l">{tr(Key::DataEncryptionOn)}</p> }.into_any()
            } else {
                view! {
                    <p class="lotse-body-l">{tr(Key::EncryptIntro)}</p>
                    <ul class="lotse-list lotse-list--bullet">
                        <li>{tr(Key::EncryptPointAlgorithm)}</li>
                        <li>{tr(Key::EncryptPointLock)}</li>
                        <li>{tr(Key::EncryptPointForgotten)}</li>
                    </ul>
                    <form novalidate on:submit=submit>
                        <TextInput id=PASSPHRASE_FIELD label=Key::PassphraseLabel hint=Key::PassphraseHint
                            input_type="password" autocomplete="new-password" value=passphrase
                            error=error_for(errors, PASSPHRASE_FIELD)/>
                        <TextInput id=REPEAT_FIELD label=Key::PassphraseRepeatLabel
                            input_type="password" autocomplete="new-password" value=repeated
                            error=error_for(errors, REPEAT_FIELD)/>
                        {move || failure.get().map(|key| view! { <p class="lotse-error-message" role="alert">{i18n.t(key)}</p> })}
                        <div class="lotse-button-group">
                            <button type="submit" class="lotse-button" aria-disabled=move || busy.get().then_some("true")>
                                {move || if busy.get() { i18n.t(Key::EncryptBusy) } else { i18n.t(Key::EncryptSubmit) }}
                            </button>
                            <a href=HOME class="lotse-link">{tr(Key::Cancel)}</a>
                        </div>
                        <p role="status" class="lotse-visually-hidden">{move || busy.get().then(|| i18n.t(Key::EncryptBusy))}</p>
                    </form>
                }.into_any()
            }}
        </div>
    }
}
