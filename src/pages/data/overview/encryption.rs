use crate::i18n::{tr, use_i18n, Key};
use crate::lock::{use_device_lock, IDLE_CHOICES};
use crate::routes::DataPage;
use leptos::prelude::*;

/// Whether the data on this device is encrypted; if so, when it locks itself, locking now and
/// changing the passphrase; if not, the way to switch encryption on.
#[component]
pub fn EncryptionSection() -> impl IntoView {
    let lock = use_device_lock();
    view! {
        <section class="lotse-section" aria-labelledby="data-encryption">
            <h2 id="data-encryption" class="lotse-heading-l">{tr(Key::DataEncryptionTitle)}</h2>
            {move || if lock.is_encrypted() {
                view! {
                    <p data-testid="encryption-state">{tr(Key::DataEncryptionOn)}</p>
                    <IdleChoice/>
                    <div class="lotse-button-group">
                        <button type="button" class="lotse-button" on:click=move |_| lock.lock_now()>
                            {tr(Key::LockNow)}
                        </button>
                        <a href=DataPage::Passphrase.path() class="lotse-button lotse-button--secondary">
                            {tr(Key::PassphraseChangeLink)}
                        </a>
                    </div>
                }.into_any()
            } else {
                view! {
                    <p data-testid="encryption-state">{tr(Key::DataEncryptionOff)}</p>
                    <p><a href=DataPage::Encrypt.path() class="lotse-button">{tr(Key::EncryptionOfferAccept)}</a></p>
                }.into_any()
            }}
        </section>
    }
}

/// Chooses after how many idle minutes the device locks itself.
#[component]
fn IdleChoice() -> impl IntoView {
    let i18n = use_i18n();
    let lock = use_device_lock();
    view! {
        <div class="lotse-form-group">
            <label class="lotse-label" for="lock-after">{tr(Key::LockAfterLabel)}</label>
            <select class="lotse-select" id="lock-after" on:change=move |ev| {
                if let Ok(minutes) = event_target_value(&ev).parse() {
                    lock.set_idle_minutes(minutes);
                }
            }>
                {IDLE_CHOICES.iter().map(|&minutes| view! {
                    <option value=minutes.to_string() selected=move || lock.idle_minutes() == minutes>
                        {move || i18n.tf(Key::LockAfterMinutes, &[("minutes", &minutes.to_string())])}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}
