use crate::i18n::{tr, Key};
use crate::updates::use_updates;
use leptos::prelude::*;

/// "Neue Version verfügbar": offered, never forced; what was typed stays stored.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = use_updates();
    view! {
        <div class="lotse-update-region" role="status">
            <Show when=move || updates.available()>
                <div class="lotse-alert lotse-update" data-testid="update-banner">
                    <p class="lotse-alert__title">{tr(Key::UpdateAvailable)}</p>
                    <p class="lotse-alert__body">{tr(Key::UpdateBody)}</p>
                    <button type="button" class="lotse-button" on:click=move |_| updates.apply()>
                        {tr(Key::UpdateApply)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
