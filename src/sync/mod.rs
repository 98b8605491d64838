//! Sync with the team's CouchDB database: loaded on first use (when a device that syncs
//! starts, or the team page opens), never in the first load.
//!
//! One loop per tab runs while the app is open: it sends what the outbox holds, reads what
//! the server has new, and then waits on a long poll of the changes feed, which a local write
//! ends at once (so an edit goes out within moments, and another device's comes in as soon as
//! the server has it). A failure waits 2 s, then twice as long each time, at most a minute;
//! typing never waits for any of it. Its state is in [`status`].

pub mod http;
pub mod replicate;
pub mod setup;
pub mod team;

use crate::browser::time::{now, sleep};
use crate::domain::base64;
use crate::domain::sync::ServerProblem;
use crate::domain::Timestamp;
use crate::storage::{self, sync as stored};
use http::{Connection, Failure};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use team::TeamKey;
use web_sys::AbortController;

/// What the sync loop last knew, for the screens that show it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncStatus {
    /// Local changes not yet on the server.
    pub pending: usize,
    /// When the last round with the server ended well.
    pub last_sync: Option<Timestamp>,
    /// What went wrong in the last round, if it did.
    pub problem: Option<Problem>,
    /// Documents on the server this device cannot open (another team's, damaged, or from a
    /// newer Lotse), as far as it has seen them.
    pub unreadable: usize,
}

/// What went wrong in a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// With the server.
    Server(ServerProblem),
    /// With this device's storage.
    Device,
}

thread_local! {
    /// Reference-counted, not owned by the page that first asked for it: it lives as long as
    /// the loop, and the header and the team page read it.
    static STATUS: ArcRwSignal<SyncStatus> = ArcRwSignal::new(SyncStatus::default());
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// A local change since the loop last looked.
    static WOKEN: Cell<bool> = const { Cell::new(false) };
    /// Ends the long poll or the pause the loop is waiting in.
    static WAITING: RefCell<Option<AbortController>> = const { RefCell::new(None) };
}

/// What the sync loop last knew (tracked).
pub fn status() -> ArcRwSignal<SyncStatus> {
    STATUS.with(ArcRwSignal::clone)
}

fn update(change: impl FnOnce(&mut SyncStatus)) {
    status().update(change);
}

/// A local change was written: the loop sends it now instead of waiting.
pub fn wake() {
    WOKEN.with(|w| w.set(true));
    if let Some(waiting) = WAITING.with(|w| w.borrow_mut().take()) {
        waiting.abort();
    }
}

/// Runs the sync loop until sync is turned off (once per tab: a second call returns).
pub async fn run() {
    if RUNNING.with(|r| r.replace(true)) {
        wake();
        return;
    }
    wake_on_writes();
    wake_when_online();
    let mut pause_ms = 0;
    while stored::is_set_up() {
        if storage::is_locked() {
            sleep(2_000).await;
            continue;
        }
        match round().await {
            Ok(()) => pause_ms = 0,
            Err(Failure::Stopped) => {}
            Err(failure) => {
                // Changes written meanwhile are counted (a round that ends well counts them).
                let _ = refresh_pending().await;
                update(|s| {
                    s.problem = Some(match failure {
                        Failure::Server(problem) => Problem::Server(problem),
                        _ => Problem::Device,
                    });
                });
                pause_ms = (pause_ms * 2).clamp(2_000, 60_000);
                pause(pause_ms).await;
            }
        }
    }
    RUNNING.with(|r| r.set(false));
}

/// Every committed write of a case is announced on the tabs' channel (see
/// [`crate::storage::other_tabs`]); a channel of this loop's own hears those of this tab too.
fn wake_on_writes() {
    use wasm_bindgen::JsCast;
    let Ok(channel) = web_sys::BroadcastChannel::new(storage::other_tabs::CHANNEL) else {
        return;
    };
    let on_message = wasm_bindgen::closure::Closure::<dyn Fn()>::new(wake);
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Kept for as long as the app runs, like the loop.
    on_message.forget();
    std::mem::forget(channel);
}

/// The connection is back: the loop stops pausing.
fn wake_when_online() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_online = wasm_bindgen::closure::Closure::<dyn Fn()>::new(wake);
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    // Kept for as long as the app runs, like the loop.
    on_online.forget();
}

/// Counts the changes not yet on the server, for the status.
pub async fn refresh_pending() -> Result<(), Failure> {
    let pending = stored::pending().await?.len();
    update(|s| s.pending = pending);
    Ok(())
}

/// One round: send, read until nothing is left, then wait for news.
async fn round() -> Result<(), Failure> {
    let Some(settings) = stored::load_settings().await? else {
        return Err(Failure::Device(storage::StorageError::Unavailable));
    };
    let secret = base64::decode(&settings.secret).unwrap_or_default();
    let key = TeamKey::from_secret(&secret)
        .await
        .map_err(|_| Failure::Device(storage::StorageError::Crypto))?;
    let connection = Connection::new(&settings);
    WOKEN.with(|w| w.set(false));
    replicate::push(&connection, &key).await?;
    let mut since = replicate::since(&connection, &settings.device).await?;
    let mut unreadable = Vec::new();
    loop {
        let (next, pulled) =
            replicate::pull_changes(&connection, &key, &settings.device, &since, None).await?;
        since = next;
        unreadable.extend(pulled.unreadable);
        if !pulled.more {
            break;
        }
    }
    refresh_pending().await?;
    let unreadable = stored::note_unreadable(&unreadable).await?;
    update(|s| {
        s.last_sync = Some(now());
        s.problem = None;
        s.unreadable = unreadable;
    });
    if WOKEN.with(Cell::get) {
        return Ok(());
    }
    let controller = AbortController::new().map_err(|_| Failure::Stopped)?;
    WAITING.with(|w| *w.borrow_mut() = Some(controller.clone()));
    let waited = replicate::pull_changes(
        &connection,
        &key,
        &settings.device,
        &since,
        Some(&controller.signal()),
    )
    .await;
    WAITING.with(|w| w.borrow_mut().take());
    waited.map(|_| ())
}

/// Waits `ms`, or less when a local change wakes the loop.
async fn pause(ms: i32) {
    let step = 250;
    let mut waited = 0;
    while waited < ms && !WOKEN.with(Cell::get) {
        sleep(step).await;
        waited += step;
    }
}
