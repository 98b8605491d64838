//! What a change made in another tab or window of Lotse means for this one. IndexedDB fires no
//! event in other tabs, so every committed write is announced on a `BroadcastChannel`: the id
//! of the case written, or that every record was rewritten or removed.

use crate::domain::CaseId;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

pub(crate) const CHANNEL: &str = "lotse";
/// The message that every record was rewritten or removed.
const ALL: &str = "*";

thread_local! {
    static SENDER: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
}

/// A change made in another tab or window of Lotse on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// A case was written or deleted there (read it with [`super::case_text`] where it is
    /// open, see [`crate::session`]).
    Case(CaseId),
    /// Encryption was switched on or its passphrase changed there, or everything was deleted:
    /// every record was rewritten or removed.
    AllRecords,
}

/// This tab's channel (one for sending and hearing: a tab does not hear its own messages).
fn channel() -> Option<BroadcastChannel> {
    SENDER.with(|s| {
        let mut sender = s.borrow_mut();
        if sender.is_none() {
            *sender = BroadcastChannel::new(CHANNEL).ok();
        }
        sender.clone()
    })
}

fn announce(message: &str) {
    if let Some(channel) = channel() {
        let _ = channel.post_message(&message.into());
    }
}

/// Tells the other tabs that a case was written or deleted.
pub(super) fn announce_case(id: &CaseId) {
    announce(&id.0);
}

/// Tells the other tabs, and this one, that a case was written from another device: for this
/// tab too it is a version it did not write. A channel hears every other channel of its name,
/// in this tab too, so the message goes out on a second one.
pub(super) fn announce_case_here_too(id: &CaseId) {
    announce_here_too(&id.0);
}

/// Tells this tab's sync loop (and the other tabs, which have nothing to show for it) that a
/// document of the Sozialraum level was written.
pub(super) fn announce_sozialraum() {
    announce_here_too(SOZIALRAUM);
}

/// The message that a Sozialraum document was written: never a case's id.
const SOZIALRAUM: &str = "sozialraum:";

fn announce_here_too(message: &str) {
    thread_local! {
        static HERE: Option<BroadcastChannel> = BroadcastChannel::new(CHANNEL).ok();
    }
    HERE.with(|here| {
        if let Some(here) = here {
            let _ = here.post_message(&message.into());
        }
    });
}

/// Tells the other tabs that every record was rewritten or removed.
pub(super) fn announce_all() {
    announce(ALL);
}

/// Calls `on_change` with every change another tab announces, for as long as the app runs.
pub fn listen(on_change: impl Fn(ExternalChange) + 'static) {
    let Some(channel) = channel() else {
        return;
    };
    let on_change = std::rc::Rc::new(on_change);
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(message) = event.data().as_string() else {
            return;
        };
        let Some(change) = external_change(message) else {
            return;
        };
        let on_change = on_change.clone();
        wasm_bindgen_futures::spawn_local(async move {
            super::list::refresh().await;
            on_change(change);
        });
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

fn external_change(message: String) -> Option<ExternalChange> {
    if message == ALL {
        return Some(ExternalChange::AllRecords);
    }
    let id = CaseId(message);
    id.is_well_formed().then_some(ExternalChange::Case(id))
}
