use crate::i18n::{tr, Key};
use crate::lock::use_device_lock;
use crate::routes::DataPage;
use crate::storage;
use leptos::prelude::*;

const SETTING: &str = "encryption-offer";

/// Offered at first start: protect the cases on this device with a passphrase. Shown until
/// encryption is on or the user declines.
#[component]
pub fn EncryptionOffer() -> impl IntoView {
    let lock = use_device_lock();
    let declined = RwSignal::new(storage::load_setting(SETTING).is_some());
    let decline = move |_| {
        storage::save_setting(SETTING, Some("declined"));
        declined.set(true);
    };
    view! {
        <Show when=move || !declined.get() && !lock.is_encrypted()>
            <section class="lotse-panel lotse-panel--offer" aria-labelledby="encryption-offer-title"
                data-testid="encryption-offer">
                <h2 id="encryption-offer-title" class="lotse-heading-m">{tr(Key::EncryptionOfferTitle)}</h2>
                <p>{tr(Key::EncryptionOfferBody)}</p>
                <div class="lotse-button-group">
                    <a href=DataPage::Encrypt.path() class="lotse-button">{tr(Key::EncryptionOfferAccept)}</a>
                    <button type="button" class="lotse-button lotse-button--secondary" on:click=decline>
                        {tr(Key::EncryptionOfferDecline)}
                    </button>
                </div>
            </section>
        </Show>
    }
}
