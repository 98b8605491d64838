//! The service worker: registered once, so the app works offline after one visit; a new
//! version found in the background is offered ("Neue Version verfügbar") and only taken when
//! the user says so, after the open case is written.

use crate::session::CaseSession;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether a new version waits, shared through context.
#[derive(Clone, Copy)]
pub struct Updates {
    available: RwSignal<bool>,
    registration: StoredValue<Option<web_sys::ServiceWorkerRegistration>, LocalStorage>,
    /// Set when the user accepted the update: only then does a change of worker reload.
    accepted: StoredValue<bool>,
}

impl Updates {
    /// Whether a new version is installed and waiting (tracked).
    pub fn available(&self) -> bool {
        self.available.get()
    }

    /// Lets the waiting version take over; the page reloads when it has.
    pub fn apply(&self) {
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        if let Some(worker) = waiting {
            self.accepted.set_value(true);
            let _ = worker.post_message(&JsValue::from_str("lotse:activate-update"));
        }
    }
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent where service workers are not offered (e.g. a non-secure origin).
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|has| *has)?;
    Some(navigator.service_worker())
}

/// Registers `/sw.js` and watches for new versions.
pub fn provide_updates(session: CaseSession) -> Updates {
    let updates = Updates {
        available: RwSignal::new(false),
        registration: StoredValue::new_local(None),
        accepted: StoredValue::new(false),
    };
    provide_context(updates);
    // Nothing here is needed for the first screen: the registration waits for idle time, so
    // the app's start is shorter (a version found later is offered all the same).
    crate::browser::when_idle(move || watch_versions(updates, session));
    updates
}

/// Registers `/sw.js` and watches for new versions (see [`provide_updates`]).
fn watch_versions(updates: Updates, session: CaseSession) {
    let Some(container) = container() else {
        return;
    };
    // A page is "controlled" once a version serves it; only then is a newer one an update
    // (the very first install is not). Asked at the time, since the first install takes
    // control of an open page.
    let controlled = {
        let container = container.clone();
        move || container.controller().is_some()
    };

    // When the accepted version has taken over: write the case, then load the new version.
    let on_controller_change = Closure::<dyn Fn()>::new(move || {
        session.flush();
        if updates.accepted.get_value() {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
        let Ok(registration) = value.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        // A version that finished installing while another one controls the page waits.
        let waiting_now = registration.waiting().is_some() && controlled();
        updates.available.set(waiting_now);
        let watched = registration.clone();
        let controlled = controlled.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let controlled = controlled.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    updates.available.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
        updates.registration.set_value(Some(registration));
    });
    // A failed registration (private mode, blocked) leaves the app working online.
    let _ = container.register("/sw.js").then(&on_registered);
    on_registered.forget();

    // The first version takes over every open page when it activates, but the browser passes
    // over a page that is still starting at that moment, which would then stay without it (and
    // offline could fetch no page it has not shown yet) until reloaded. So once a version is
    // active, a page it does not serve asks it to.
    if let Ok(ready) = container.ready() {
        let on_ready = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
            if container.controller().is_some() {
                return;
            }
            let active = value
                .dyn_into::<web_sys::ServiceWorkerRegistration>()
                .ok()
                .and_then(|registration| registration.active());
            if let Some(active) = active {
                let _ = active.post_message(&JsValue::from_str("lotse:claim"));
            }
        });
        let _ = ready.then(&on_ready);
        on_ready.forget();
    }
}

/// The updates from context.
pub fn use_updates() -> Updates {
    expect_context::<Updates>()
}
