//! The first screen: how the app takes the place of a page that was on screen before it
//! started (a pre-rendered page on a first visit, see `scripts/prerender.mjs`, or the kept
//! start page, see [`crate::kept_start_page`]).
//!
//! While such a page is on screen its links can be tapped, so the app starts in a task of its
//! own once the page has been painted, and builds its first screen over five tasks (its state
//! and listeners; the frame; the header, the update banner and the router's effects; the
//! header's toolbar; the page), so that no single task holds up a tap for long on a slow tablet.
//! Otherwise nothing is on screen yet, and it is built at once. Either way it stays hidden until
//! complete and then replaces the page shown: nothing moves.

use crate::browser::{document, sleep, time::after_next_frame};
use leptos::prelude::*;
use std::time::Duration;

/// Mounts the app: after the page on screen has been painted, if there is one.
pub async fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    if prerendered_page_shown() {
        prerendered_page_painted().await;
        sleep(0).await;
    }
    app_is_building(true);
    leptos::mount::mount_to_body(app);
}

/// The stage at which the first screen is complete.
const BUILT: u8 = 4;

/// The parts of the first screen that are built so far (see the module's docs).
#[derive(Clone, Copy)]
pub struct FirstScreen {
    /// The frame (`<main>`).
    pub frame: Memo<bool>,
    /// The header, the update banner and the router's effects.
    pub header: Memo<bool>,
    /// The header's toolbar.
    pub toolbar: Memo<bool>,
    /// The page.
    pub page: Memo<bool>,
}

impl FirstScreen {
    /// Starts building the first screen: in stages while a page is on screen, else at once.
    pub fn build() -> Self {
        let staged = prerendered_page_shown();
        let built = RwSignal::new(if staged { 0u8 } else { BUILT });
        let reached = move |stage: u8| Memo::new(move |_| built.get() >= stage);
        let screen = Self {
            frame: reached(1),
            header: reached(2),
            toolbar: reached(3),
            page: reached(BUILT),
        };
        if staged {
            build_next(built);
        }
        Effect::new(move |_| {
            if screen.page.get() {
                app_is_building(false);
            }
        });
        screen
    }
}

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

/// Whether a page was put on screen before the app started: the pre-rendered start page or
/// new-case form on a first visit (scripts/inline/, scripts/prerender.mjs), or the
/// start page as last shown, served so by the service worker
/// ([`crate::kept_start_page`]); until the app has taken its place.
pub fn prerendered_page_shown() -> bool {
    html_has_class("lotse-prerendered")
}

pub(crate) fn html_has_class(class: &str) -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.class_list().contains(class))
}

/// Waits until the pre-rendered page has been presented (its first contentful paint,
/// half a second at most): replaced before, it would not count as the page's content, and the
/// page would count as shown only once the wasm has arrived and run.
pub async fn prerendered_page_painted() {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    for _ in 0..30 {
        if performance
            .get_entries_by_name("first-contentful-paint")
            .length()
            > 0
        {
            return;
        }
        after_next_frame().await;
    }
}

/// While the app builds its first screen (over a few tasks), its elements stay hidden and the
/// pre-rendered page, if shown, stays (style/base.css).
fn app_is_building(building: bool) {
    let Some(document) = document() else {
        return;
    };
    if let Some(html) = document.document_element() {
        let _ = html
            .class_list()
            .toggle_with_force("lotse-building", building);
    }
    if !building {
        // The pre-rendered page shown, and the templates of all of them.
        while let Ok(Some(page)) = document.query_selector(".lotse-prerender") {
            page.remove();
        }
    }
}
