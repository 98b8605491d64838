//! Moving keyboard focus: at once, after the next render, or once a new page is shown.
//! Keyboard and screen-reader users must never be left on an element that is gone, nor start
//! a new field or page from the top of the document (WCAG 2.4.3).

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

/// Moves focus to the element with this id once Leptos has rendered the change just made: a
/// field just added, the button that follows a removed item, a question just shown. Leptos
/// updates the DOM after the current task, so the element is there by the next frame.
pub fn focus_after_render(id: &str) {
    // One look, in the next frame; the same code as `focus_when_shown`, so none is added.
    focus_attempt(Some(id.to_owned()), 0);
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

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
