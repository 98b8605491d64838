use crate::display::{use_display, DisplaySetting};
use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// Toggles for larger text and high contrast, remembered on this device.
#[component]
pub fn DisplaySettings() -> impl IntoView {
    let display = use_display();
    let toggle = move |setting: DisplaySetting, label: Key| {
        view! {
            <button type="button" class="lotse-toolbar__button"
                aria-pressed=move || display.is_on(setting).to_string()
                on:click=move |_| display.toggle(setting)>
                {tr(label)}
            </button>
        }
    };
    view! {
        <div class="lotse-toolbar__group" role="group" aria-label=tr(Key::DisplayLabel)>
            {toggle(DisplaySetting::LargeText, Key::SettingLargeText)}
            {toggle(DisplaySetting::HighContrast, Key::SettingHighContrast)}
        </div>
    }
}
