//! A small client-side router over the History API.
//!
//! Lotse has a handful of flat routes, so this replaces `leptos_router` (see the README). It
//! keeps the behaviour users rely on: real `<a href>` links (open in new tab, copy link), back
//! and forward, a fallback page for unknown addresses, scroll to the top on navigation, focus
//! on the new page's heading, and the route remembered, so the app reopens where the user was.

use crate::routes::{Route, HOME};
use crate::{focus, kept_start_page, storage};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The current route and the way to change it, shared through context.
#[derive(Clone, Copy)]
pub struct Navigator {
    path: RwSignal<String>,
    /// The field to focus after the next navigation (the `#id` of an "Ändern" link).
    focus_target: StoredValue<Option<String>>,
}

thread_local! {
    /// The path shown before the last in-app navigation, if there was one.
    static PREVIOUS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

impl Navigator {
    /// The current path (tracked).
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// The current route, not tracked (for work done outside the reactive graph).
    pub fn route_untracked(&self) -> Route {
        self.path.with_untracked(|p| Route::parse(p))
    }

    /// The current route (tracked).
    pub fn route(&self) -> Route {
        self.path.with(|p| Route::parse(p))
    }

    /// Goes to `path`, adding a history entry.
    pub fn go(&self, path: &str) {
        self.change(path, false);
    }

    /// Goes to `path`, replacing the current history entry (for redirects).
    pub fn replace(&self, path: &str) {
        self.change(path, true);
    }

    /// The path shown before the last in-app navigation (for a way back that stays in Lotse).
    pub fn previous_path(&self) -> Option<String> {
        PREVIOUS.with(|p| p.borrow().clone())
    }

    /// The `#id` the last navigation asked to focus, taken once.
    pub fn take_focus_target(&self) -> Option<String> {
        self.focus_target.try_update_value(Option::take).flatten()
    }

    fn change(&self, url: &str, replace: bool) {
        let (path, fragment) = match url.split_once('#') {
            Some((path, fragment)) => (path, Some(fragment.to_string())),
            None => (url, None),
        };
        let same_page = self.path.with_untracked(|p| p == path);
        if !replace && !same_page {
            PREVIOUS.with(|p| *p.borrow_mut() = Some(self.path.get_untracked()));
        }
        if let Some(history) = window_history() {
            let state = wasm_bindgen::JsValue::NULL;
            let _ = if replace {
                history.replace_state_with_url(&state, "", Some(url))
            } else {
                history.push_state_with_url(&state, "", Some(url))
            };
        }
        match fragment {
            // A link to a field on the page already shown: focus it at once.
            Some(id) if same_page => {
                focus::focus_element(&id);
            }
            Some(id) => self.focus_target.set_value(Some(id)),
            None if !replace => window().scroll_to_with_x_and_y(0.0, 0.0),
            None => {}
        }
        self.path.set(path.to_string());
    }
}

fn window_history() -> Option<web_sys::History> {
    web_sys::window().and_then(|w| w.history().ok())
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_string())
}

/// Starts routing: follows back/forward and turns clicks on same-origin links into
/// in-app navigation. Call once, in the app's root.
pub fn provide_navigator() -> Navigator {
    let navigator = Navigator {
        path: RwSignal::new(current_path()),
        focus_target: StoredValue::new(None),
    };
    provide_context(navigator);

    let on_popstate = window_event_listener(ev::popstate, move |_| {
        navigator.path.set(current_path());
    });
    let on_click = window_event_listener(ev::click, move |event: ev::MouseEvent| {
        if let Some(path) = in_app_link_target(&event) {
            event.prevent_default();
            navigator.go(&path);
        }
    });
    on_cleanup(move || {
        on_popstate.remove();
        on_click.remove();
    });
    remember_location(navigator);
    navigator
}

/// Remembers the route the user is on and reopens it when the app starts at the case list,
/// so a reload, a closed tab or a browser restart lands on the same case and step. Writes the
/// canonical address of a route (`/fall/<id>` becomes its first step), and after each in-app
/// navigation moves focus to the new page's heading (or the field an "Ändern" link names), so
/// screen-reader and keyboard users start at the top of the new page.
fn remember_location(navigator: Navigator) {
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let path = navigator.path();
        let route = Route::parse(&path);
        if let Some(canonical) = route.path().filter(|c| *c != path) {
            navigator.replace(&canonical);
            return;
        }
        if first_run.get_value() {
            first_run.set_value(false);
            if route == Route::CaseElement {
                // Checked at the start ([`forget_unreadable_location`]).
                let last = storage::load_last_location()
                    .filter(|last| matches!(Route::parse(last), Route::Case(..)));
                if let Some(last) = last {
                    navigator.replace(&last);
                    return;
                }
            }
        } else {
            focus::focus_when_shown(navigator.take_focus_target());
        }
        if route != Route::NotFound {
            // The next start reopens this case, not the start page the service worker may keep.
            if matches!(route, Route::Case(..)) {
                kept_start_page::forget();
            }
            storage::save_last_location(&path);
        }
    });
}

/// Forgets the remembered location when it names a case that cannot be opened any more
/// (deleted, damaged), so the app starts at the case list. Called before the app is mounted.
pub async fn forget_unreadable_location() {
    if let Some(Route::Case(id, _)) = storage::load_last_location().map(|l| Route::parse(&l)) {
        if !storage::is_listed(&id).await {
            storage::save_last_location(HOME);
        }
    }
}

/// The path of a plain left click on a link to this app; `None` for anything the browser
/// should handle itself (new tab, download, fragment, other origin).
fn in_app_link_target(event: &ev::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let href = anchor.get_attribute("href")?;
    // Only root-relative paths are ours; "//host" is another origin, "#id" a fragment.
    (href.starts_with('/') && !href.starts_with("//")).then_some(href)
}

/// The navigator from context.
pub fn use_navigator() -> Navigator {
    expect_context::<Navigator>()
}
