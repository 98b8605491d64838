use crate::i18n::{tr, Key};
use leptos::prelude::*;

/// The bar at the top of every screen: a skip link and the way home to the case list.
#[component]
pub fn AppHeader() -> impl IntoView {
    view! {
        // Keyboard users skip the header; the link is the first thing Tab reaches.
        <a class="lotse-skip-link" href="#main">{tr(Key::SkipToContent)}</a>
        <header class="lotse-header">
            <div class="lotse-header__inner">
                <a href="/" class="lotse-header__home">
                    <svg class="lotse-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" stroke-width="3"/>
                        <path d="M16 5 L20 16 L16 27 L12 16 Z" fill="currentColor"/>
                    </svg>
                    <span class="lotse-header__name">{tr(Key::AppName)}</span>
                    <span class="lotse-visually-hidden">{tr(Key::HeaderHomeHint)}</span>
                </a>
                <p class="lotse-header__tagline">{tr(Key::AppTagline)}</p>
            </div>
        </header>
    }
}
