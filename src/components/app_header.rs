use crate::client_mode::use_client_mode;
use crate::components::{DisplaySettings, LanguageSwitch};
use crate::html;
use crate::i18n::{tr, use_i18n, I18n, Key};
use crate::lock::use_device_lock;
use crate::router::use_navigator;
use crate::storage;
use leptos::prelude::*;

/// The bar at the top of every screen: a skip link, the way home (not in client mode, where
/// other cases stay hidden), the language switch and the display settings.
#[component]
pub fn AppHeader(
    /// Whether the toolbar is built yet: on a first visit it comes in a task of its own.
    toolbar: Memo<bool>,
    /// The press-and-hold button that ends the client mode (it comes with the case pages).
    client_mode_exit: fn() -> AnyView,
    /// The state of sync with the team, on a device that syncs (it comes with the sync code).
    sync_badge: fn() -> AnyView,
) -> impl IntoView {
    let mode = use_client_mode();
    let lock = use_device_lock();
    let i18n = use_i18n();
    let navigator = use_navigator();
    let logo = || {
        view! {
            <svg class="lotse-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" stroke-width="3"/>
                <path d="M16 5 L20 16 L16 27 L12 16 Z" fill="currentColor"/>
            </svg>
        }
    };
    view! {
        // Keyboard users skip the header; the link is the first thing Tab reaches.
        <a class="lotse-skip-link" href="#main">{tr(Key::SkipToContent)}</a>
        <header class="lotse-header">
            <div class="lotse-header__inner">
                {move || if mode.is_on() {
                    view! {
                        <p class="lotse-header__home">
                            {logo()}
                            <span class="lotse-header__name">{tr(Key::AppName)}</span>
                            <span class="lotse-header__badge">{tr(Key::ClientModeBanner)}</span>
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <a href="/" class="lotse-header__home">
                            {logo()}
                            <span class="lotse-header__name">{tr(Key::AppName)}</span>
                            <span class="lotse-visually-hidden">{tr(Key::HeaderHomeHint)}</span>
                        </a>
                        // Read again on every page: a completed review is no longer due. As
                        // HTML text, as the case list is built (see `push_case_cards`).
                        <span inner_html=move || {
                            navigator.route();
                            due_reviews_link(i18n)
                        }></span>
                    }.into_any()
                }}
                <div class="lotse-toolbar">
                    {move || toolbar.get().then(|| view! {
                    <LanguageSwitch/>
                    <DisplaySettings/>
                    // Client mode shows a case's pages (or the statement), so this comes with
                    // the case pages' module.
                    <Show when=move || mode.is_on()>
                        {client_mode_exit()}
                    </Show>
                    {sync_badge()}
                    <Show when=move || !mode.is_on() && lock.is_encrypted() && !lock.is_locked()>
                        <button type="button" class="lotse-toolbar__button" data-testid="lock-now"
                            on:click=move |_| lock.lock_now()>
                            {tr(Key::LockNow)}
                        </button>
                    </Show>
                    })}
                </div>
            </div>
        </header>
    }
}

/// The link to the reviews due on the start page, saying how many there are; nothing when
/// none is due.
fn due_reviews_link(i18n: I18n) -> String {
    let due = storage::due_reviews().len() as u32;
    if due == 0 {
        return String::new();
    }
    let key = if due == 1 {
        Key::HeaderDueOne
    } else {
        Key::HeaderDueOther
    };
    let mut out = String::from(
        r#"<a href="/#due-reviews" class="lotse-header__home" data-testid="header-due">"#,
    );
    html::push_escaped(&mut out, &i18n.tf(key, &[("count", &due.to_string())]));
    out.push_str("</a>");
    out
}
