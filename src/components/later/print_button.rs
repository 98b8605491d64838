use crate::i18n::{tr, Key};
use crate::session::use_session;
use leptos::prelude::*;

/// Prints the page (A4, or to PDF from the print dialog), with a hint saying how to save it
/// as a PDF. The case is saved first, and printing waits for the page to show the last
/// keystrokes.
#[component]
pub fn PrintButton(
    /// The button's text.
    label: Key,
) -> impl IntoView {
    let session = use_session();
    let print = move |_| {
        session.flush();
        request_animation_frame(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };
    view! {
        <div class="lotse-no-print">
            <button type="button" class="lotse-button" on:click=print>{tr(label)}</button>
            <p class="lotse-hint">{tr(Key::AgreementPrintHint)}</p>
        </div>
    }
}
