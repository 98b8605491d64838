//! The app: context providers, and which page each route shows.

use crate::client_mode::provide_client_mode;
use crate::components::{AppHeader, LocationMemory, Reading, UpdateBanner};
use crate::display::provide_display;
use crate::i18n::provide_i18n;
use crate::lock::provide_device_lock;
use crate::pages::{
    apply_external_change, lazy_case_page, lazy_data_page, lazy_unlock_page, CaseListPage,
    NewCasePage, NotFoundPage,
};
use crate::router::provide_navigator;
use crate::routes::{DataPage, Route};
use crate::session::CaseSession;
use crate::updates::provide_updates;
use crate::{browser, flash::Flash, storage};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let display = provide_display();
    let client_mode = provide_client_mode(i18n, display);
    let navigator = provide_navigator();
    let session = CaseSession::new();
    provide_context(session);
    provide_updates(session);
    provide_context(Flash::new());
    provide_context(Reading(RwSignal::new(None)));
    let lock = provide_device_lock(session);
    // Once there is something to keep, ask the browser not to evict it (Chromium decides
    // silently; Firefox may ask the user).
    if storage::has_cases() {
        leptos::task::spawn_local(async {
            browser::request_persistence().await;
        });
    }

    // Another tab or window of Lotse changed something: never overwrite it silently.
    let on_storage = window_event_listener(ev::storage, move |event| {
        leptos::task::spawn_local(async move {
            match storage::external_change(event.key(), event.new_value()).await {
                Some(storage::ExternalChange::Device) => {
                    // Encryption switched on or everything deleted there: start over here,
                    // without writing back what this tab still holds.
                    if let Some(id) = session.with_untracked(|c| c.id.clone()) {
                        session.discard(&id);
                    }
                    browser::reload();
                }
                // Only an open case is affected; its pages' module is loaded then.
                Some(storage::ExternalChange::Case(id, theirs)) if session.is_open(&id) => {
                    apply_external_change(session, id, theirs).await;
                }
                Some(storage::ExternalChange::Case(..)) | None => {}
            }
        });
    });

    // A pending save is written the moment the page is hidden or closed: a closed tab or a
    // switched app must not cost the last keystrokes.
    // The recovery copies that wait for idle time are written then too.
    let write_everything = move || {
        session.flush();
        storage::write_pending_copies();
    };
    let on_pagehide = window_event_listener(ev::pagehide, move |_| write_everything());
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| {
        if browser::page_is_hidden() {
            write_everything();
        }
    });
    on_cleanup(move || {
        on_storage.remove();
        on_pagehide.remove();
        on_hidden.remove();
    });

    // In client mode only the handed-over case's client steps can be shown; anything else
    // (typed address, back button, a stale link) leads to its first step.
    let route = Memo::new(move |_| {
        let route = navigator.route();
        client_mode.redirect(&route).unwrap_or(route)
    });
    Effect::new(move |_| {
        let shown = route.get();
        if let Some(path) = shown
            .path()
            .filter(|p| navigator.route() != shown && *p != navigator.path())
        {
            navigator.replace(&path);
        }
    });
    // While a pre-rendered page is on screen (a first visit), its links can be tapped:
    // the first screen is then built over five tasks rather than in one (the app's state and
    // listeners; the frame; the header, the update banner and the location memory; the header's
    // toolbar; the page), so that no single task holds up a tap for long on a slow tablet.
    // Otherwise nothing is on screen yet, and it is built at once. Either way it is shown when
    // it is complete (browser::app_is_building).
    let staged = browser::prerendered_page_shown();
    let built = RwSignal::new(if staged { 0u8 } else { BUILT });
    let reached = move |stage: u8| Memo::new(move |_| built.get() >= stage);
    let framed = reached(1);
    let header_built = reached(2);
    let toolbar_built = reached(3);
    let page_built = reached(BUILT);
    if staged {
        build_next(built);
    }
    Effect::new(move |_| {
        if page_built.get() {
            browser::app_is_building(false);
        }
    });
    view! {
        {move || framed.get().then(|| view! {
            {move || header_built.get().then(|| view! { <AppHeader toolbar=toolbar_built/> })}
            <main id="main" class="lotse-main" tabindex="-1">
                {move || header_built.get().then(|| view! { <UpdateBanner/> })}
                // A page is built anew when the client mode starts or ends, so it shows or hides
                // the caseworker's parts.
                {move || page_built.get().then(|| match (client_mode.is_on(), session.generation(), lock.is_locked(), route.get()) {
                    (_, _, true, Route::Data(DataPage::DeleteAll)) => lazy_data_page(DataPage::DeleteAll),
                    (_, _, true, _) => lazy_unlock_page(),
                    (.., route) => match route {
                    Route::CaseList | Route::AllCases => {
                        view! { <CaseListPage all=route == Route::AllCases/> }.into_any()
                    }
                    Route::NewCase => view! { <NewCasePage/> }.into_any(),
                    Route::Case(id, page) => lazy_case_page(id, page),
                    Route::Data(page) => lazy_data_page(page),
                    Route::NotFound => view! { <NotFoundPage/> }.into_any(),
                    },
                })}
            </main>
            {move || header_built.get().then(|| view! { <LocationMemory/> })}
        })}
    }
}

/// The stage at which the first screen is complete (see [`App`]).
const BUILT: u8 = 4;

/// Builds the next stage of the first screen in a task of its own, then the one after.
fn build_next(built: RwSignal<u8>) {
    set_timeout(
        move || {
            // `try_`: the app is never unmounted, but a disposed signal must not panic here.
            built.try_update(|stage| *stage += 1);
            if built.try_get_untracked().is_some_and(|stage| stage < BUILT) {
                build_next(built);
            }
        },
        Duration::ZERO,
    );
}
