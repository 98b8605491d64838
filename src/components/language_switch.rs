use crate::i18n::{tr, use_i18n, Key, Locale};
use leptos::prelude::*;

/// The language switch, on every screen. Each language is named in itself and marked with
/// its `lang`, so a screen reader pronounces "English" in English. A language whose texts
/// cannot be fetched (offline before its first use) is said so, in the current language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="lotse-toolbar__group" role="group" aria-label=tr(Key::LanguageLabel)>
            {Locale::ALL.iter().copied().map(|locale| view! {
                <button type="button" class="lotse-toolbar__button" lang=locale.html_lang()
                    aria-pressed=move || (i18n.locale() == locale).to_string()
                    on:click=move |_| i18n.set_locale(locale)>
                    {tr(locale.name())}
                </button>
            }).collect_view()}
        </div>
        {move || i18n.unavailable().map(|locale| view! {
            <p class="lotse-toolbar__message" role="alert" data-testid="language-unavailable">
                {i18n.tf(Key::LanguageUnavailable, &[("language", i18n.t(locale.name()))])}
            </p>
        })}
    }
}
