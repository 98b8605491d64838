//! Small wrappers around the browser APIs the app needs, by area. Each returns a fallback
//! instead of panicking when the browser says no.

pub mod page;
pub mod save_timing;
pub mod site_storage;
pub mod time;

pub use page::{
    download_text, fetch_text, new_id, page_is_hidden, reload, set_title, DownloadFailed,
};
pub use save_timing::SaveTiming;
pub use site_storage::{format_bytes, request_persistence, storage_facts, StorageFacts};
pub use time::{format_timestamp, now, sleep, today, when_idle};

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id; false when there is none.
pub fn focus_element(id: &str) -> bool {
    focus(document().and_then(|d| d.get_element_by_id(id)))
}

/// Moves focus to the first element matching a CSS selector; false when there is none.
pub fn focus_selector(selector: &str) -> bool {
    focus(document().and_then(|d| d.query_selector(selector).ok().flatten()))
}

fn focus(element: Option<web_sys::Element>) -> bool {
    element
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| element.focus().is_ok())
}

/// After a navigation: focuses the field with this id, or else the page's heading, as soon as
/// it is on the page. A page that loads on first use appears a few frames after the address
/// changed, so this looks once per frame, for about two seconds at most.
pub fn focus_when_shown(field: Option<String>) {
    focus_attempt(field, 120);
}

fn focus_attempt(field: Option<String>, frames_left: u32) {
    leptos::prelude::request_animation_frame(move || {
        let found = match &field {
            Some(id) => focus_element(id),
            None => focus_selector("main h1"),
        };
        if !found && frames_left > 0 {
            focus_attempt(field, frames_left - 1);
        }
    });
}

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
