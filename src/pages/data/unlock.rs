use crate::client_mode::use_client_mode;
use crate::components::{ErrorSummary, FieldError, ReadAloud, TextInput};
use crate::i18n::{tr, use_i18n, Key};
use crate::lock::use_device_lock;
use crate::pages::use_form_page_title;
use crate::routes::DataPage;
use crate::storage::{self, VaultError};
use leptos::prelude::*;

const FIELD: &str = "unlock-passphrase";

/// The passphrase prompt of a locked device. A wrong passphrase changes nothing and says so;
/// pasting is allowed (WCAG 3.3.8, for password managers).
#[component]
pub fn UnlockPage() -> impl IntoView {
    let i18n = use_i18n();
    let lock = use_device_lock();
    let passphrase = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let busy = RwSignal::new(false);
    use_form_page_title(Key::UnlockTitle, errors);
    // The client holds the tablet: they are asked to hand it back, and not shown the way to
    // delete everything.
    let client_mode = use_client_mode().is_on_untracked();
    let field_error = Signal::derive(move || errors.with(|e| e.first().map(|e| e.message)));

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let secret = passphrase.get_untracked();
        if secret.is_empty() {
            errors.set(vec![FieldError {
                field_id: FIELD,
                message: Key::UnlockMissing,
            }]);
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = storage::unlock(&secret).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    errors.set(Vec::new());
                    lock.unlocked();
                }
                Err(error) => {
                    let message = match error {
                        VaultError::WrongPassphrase => Key::UnlockWrong,
                        VaultError::CryptoUnavailable => Key::CryptoUnavailable,
                        VaultError::DamagedVault => Key::VaultDamaged,
                        VaultError::Storage(_) => Key::StorageUnavailableTitle,
                    };
                    errors.set(vec![FieldError {
                        field_id: FIELD,
                        message,
                    }]);
                }
            }
        });
    };

    view! {
        <div class="lotse-page lotse-page--narrow">
            <ErrorSummary errors=errors.into()/>
            <h1 class="lotse-heading-xl" id="unlock-title" tabindex="-1">{tr(Key::UnlockTitle)}</h1>
            <p class="lotse-body-l" id="unlock-intro">{tr(if client_mode { Key::UnlockIntroClient } else { Key::UnlockIntro })}</p>
            {client_mode.then(|| view! { <ReadAloud ids=vec!["unlock-title".to_string(), "unlock-intro".to_string()]/> })}
            <form novalidate on:submit=submit>
                <TextInput id=FIELD label=Key::PassphraseLabel input_type="password"
                    autocomplete="current-password" value=passphrase error=field_error/>
                <button type="submit" class="lotse-button" aria-disabled=move || busy.get().then_some("true")>
                    {move || if busy.get() { i18n.t(Key::UnlockBusy) } else { i18n.t(Key::UnlockSubmit) }}
                </button>
                <p role="status" class="lotse-visually-hidden">
                    {move || busy.get().then(|| i18n.t(Key::UnlockBusy))}
                </p>
            </form>
            {(!client_mode).then(|| view! {
            <details class="lotse-details">
                <summary class="lotse-details__summary">{tr(Key::UnlockForgotten)}</summary>
                <div class="lotse-details__text">
                    <p>{tr(Key::UnlockForgottenBody)}</p>
                    <p><a href=DataPage::DeleteAll.path() class="lotse-link">{tr(Key::DeleteAllTitle)}</a></p>
                </div>
            </details>
            })}
        </div>
    }
}
