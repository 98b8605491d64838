//! The start page as last shown, kept by the service worker so the next start at the case list
//! shows it before the app has started (a first read of localStorage after a browser restart
//! loads every record). This module owns it: keeping, forgetting and the check at the start.
//!
//! **What is kept.** The page that `sw.js` serves at `/` from this build's cache (its static
//! route), with the cards as the app last rendered them at the start of the body. The page
//! sends them with `lotseKeepPage` (`scripts/inline/show.js`) as one message, lines joined by `\n`:
//! `lotse:start-page`, the build's stamp (a page of another build is not kept), `lang`,
//! `data-locale`, the display classes of `<html>`, then the markup of the app's elements in
//! `<body>`. An empty message after the prefix has the shell put back.
//!
//! **When it is forgotten.** It names the cases, so it is kept only while the records are plain
//! text and client mode is off, and only when as many case records are stored as it lists from.
//! The marker `lotse:ui:start-page` goes first; from then on any write of a record or setting in
//! any tab of this version ([`storage::on_change`]) and a case opened (the next start reopens
//! it) forget the page. Switching encryption on and deleting everything forget it whether or
//! not the marker is there, and so does a start on a kept page without the marker (a message
//! that never reached the service worker). localStorage holds no more than the marker, so it
//! never takes the room of a record.

use crate::storage::{self, Change};
use wasm_bindgen::JsCast;

/// Starts following storage: from now on, every change forgets the kept page. At the start, a
/// kept page on screen without the marker is forgotten, so it is not shown again.
pub fn start() {
    storage::on_change(|change| match change {
        Change::Written => forget(),
        Change::PlainTextEnds => drop_page(),
    });
    if is_shown() && !storage::settings::start_page_marked() {
        drop_page();
    }
}

/// Keeps the start page as shown now, built from `cases` case records, unless a client mode is
/// remembered on the device (`client_mode`, as stored now). Keeping it is never worth an error:
/// a full storage just goes without it.
pub fn keep(cases: usize, client_mode: bool) {
    // As stored now: another tab may have changed any of these since this one built the page.
    let still_holds = !storage::is_encrypted()
        && !storage::vault::is_encrypted_in_storage()
        && !client_mode
        && storage::case_count() == Some(cases);
    if !still_holds || storage::settings::mark_start_page(true).is_err() || !send(true) {
        drop_page();
    }
}

/// Forgets the kept start page, if one may be kept: something it shows has changed.
pub fn forget() {
    if storage::settings::start_page_marked() {
        drop_page();
    }
}

/// Forgets the kept start page whether or not the marker says one is kept.
fn drop_page() {
    let _ = storage::settings::mark_start_page(false);
    send(false);
}

/// Whether the page on screen before the app started is the kept start page (not a
/// pre-rendered page of a first visit, see [`crate::first_screen`]).
pub fn is_shown() -> bool {
    crate::first_screen::prerendered_page_shown()
        && !crate::first_screen::html_has_class("lotse-first-visit")
}

/// Has `lotseKeepPage` send the page on screen to the service worker (`keep`) or tell it to
/// forget the kept page. Whether it was handed over: not while the page shows a message or an
/// alert (out of date the next time) or is not complete (still building, or a pre-rendered
/// page still shown), and not in a build without the script.
fn send(keep: bool) -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::get(&window, &"lotseKeepPage".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&window, &keep.into()).ok())
            .is_some_and(|sent| sent.is_truthy())
    })
}
