use crate::focus;
use crate::router::use_navigator;
use crate::routes::Route;
use crate::storage;
use leptos::prelude::*;

/// Remembers the route the user is on and reopens it when the app starts at the case list,
/// so a reload, a closed tab or a browser restart lands on the same case and step.
/// It also writes the canonical address of a route (`/fall/<id>` becomes its first step),
/// and after each in-app navigation moves focus to the new page's heading, so screen-reader
/// and keyboard users start at the top of the new page.
#[component]
pub fn LocationMemory() -> impl IntoView {
    let navigator = use_navigator();
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
            if route == Route::CaseList {
                let last = storage::load_last_location().filter(|last| {
                    matches!(Route::parse(last), Route::Case(ref id, _) if storage::case_is_readable(id))
                });
                if let Some(last) = last {
                    navigator.replace(&last);
                    return;
                }
            }
        } else {
            // An "Ändern" link names the field to land on; otherwise start at the heading.
            focus::focus_when_shown(navigator.take_focus_target());
        }
        if route != Route::NotFound {
            // The next start reopens this case, not the start page the service worker may keep.
            if matches!(route, Route::Case(..)) {
                storage::forget_start_page();
            }
            storage::save_last_location(&path);
        }
    });
}
