//! Everything Lotse keeps on this device: the cases in IndexedDB, settings in localStorage.
//!
//! - [`records`]: the cases (documents, recovery copies, damaged texts set aside);
//! - `writes`: saving the open case in the background, and at once when the page is hidden;
//! - `list`: what the case list shows, kept in memory;
//! - [`vault`]: encryption at rest;
//! - [`other_tabs`]: what a change made in another tab means for this one;
//! - [`settings`]: interface settings of this device;
//! - [`sozialraum`]: the neighbourhood catalogue, the lists of districts and categories, and
//!   the facts the Sozialraum report counts;
//! - `idb`: the IndexedDB database and its stores; `local`: raw access to localStorage;
//!   `moving`: the move of the cases from localStorage, where earlier versions kept them.
//!
//! Nothing here panics, and failures come back as a typed [`StorageError`]. This module asks
//! nothing of the interface: whoever keeps a copy of what is stored (the kept start page)
//! hears of changes through [`on_change`].

mod documents;
mod idb;
mod list;
mod local;
mod moving;
pub mod other_tabs;
pub mod records;
pub mod settings;
pub mod sozialraum;
pub mod sync;
pub mod vault;
mod writes;

pub use documents::{DamagedRecord, LoadError, Loaded, LoadedCase, Stored, StoredCases};
pub use list::{all_cases, due_reviews, first_cases, is_listed, recent_cases};
pub use other_tabs::{listen as listen_to_other_tabs, ExternalChange};
pub use records::{
    case_count, case_ids, case_text, damaged_record_text, delete_case, delete_everything,
    has_cases, load_all_cases, load_case, remove_set_aside, revision, rewrite_outdated_summaries,
    save_cases_atomically, set_aside_records,
};
pub use settings::{
    last_export, load_last_location, load_setting, remember_export, save_last_location,
    save_setting,
};
pub use vault::{is_encrypted, is_locked, lock, VaultError};
pub use writes::{
    forget_unsaved, is_pending, save_case_text, set_write_listener, settled, write_now,
};

use std::cell::Cell;

/// What can go wrong with the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// IndexedDB or localStorage is switched off or blocked (private mode, site settings,
    /// policy).
    Unavailable,
    /// The storage quota for this site is used up.
    QuotaExceeded,
    /// The browser refused the write for another reason (the DOMException's name).
    WriteFailed(String),
    /// The cases are encrypted and locked.
    Locked,
    /// Encryption failed (WebCrypto missing or refusing).
    Crypto,
    /// An older Lotse in another tab keeps the database from being upgraded.
    UpgradeBlocked,
    /// A newer Lotse in another tab has taken over the database; this page must be reloaded.
    Superseded,
}

/// A change to what is stored, for whoever keeps a copy of what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A record or a setting was written or removed.
    Written,
    /// The records stop being plain text or are all removed (encryption switched on,
    /// everything deleted): a copy that names cases must go, whatever it believes it holds.
    PlainTextEnds,
}

thread_local! {
    static CHANGE_LISTENER: Cell<Option<fn(Change)>> = const { Cell::new(None) };
}

/// Registers who hears of every change to what is stored (one listener: the kept start page).
pub fn on_change(listener: fn(Change)) {
    CHANGE_LISTENER.with(|l| l.set(Some(listener)));
}

fn changed(change: Change) {
    if let Some(listener) = CHANGE_LISTENER.with(Cell::get) {
        listener(change);
    }
}

thread_local! {
    static NOT_MOVED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Opens the cases' database and reads the list. Called once, before the first screen is
/// built (after [`take_in_leftovers`], when there are any).
pub async fn start() -> Result<(), StorageError> {
    match idb::database().await {
        Ok(_) => {
            list::refresh().await;
            Ok(())
        }
        Err(error) => {
            list::failed(error.clone());
            Err(error)
        }
    }
}

/// Whether summaries written before the database knew review dates wait to be written
/// again ([`rewrite_outdated_summaries`]).
pub fn summaries_outdated() -> bool {
    local::is_stored(local::SUMMARIES_OUTDATED_KEY)
}

/// Whether localStorage holds cases an earlier version kept there, or saves a closed page
/// left in the journal.
pub fn has_leftovers() -> bool {
    use local::{keys_with_prefix, CASE_PREFIX, COPY_PREFIX, JOURNAL_PREFIX, SET_ASIDE_PREFIX};
    [CASE_PREFIX, COPY_PREFIX, SET_ASIDE_PREFIX, JOURNAL_PREFIX]
        .iter()
        .any(|prefix| keys_with_prefix(prefix).is_ok_and(|keys| !keys.is_empty()))
}

/// Moves into the database the cases an earlier version kept in localStorage, and finishes
/// the saves a closed page left in the journal. Needed on few starts, so the data pages'
/// module brings it (see [`crate::pages::lazy::take_in_leftovers`]).
pub async fn take_in_leftovers() -> Result<(), StorageError> {
    let not_moved = moving::move_from_local_storage().await?;
    NOT_MOVED.with(|n| *n.borrow_mut() = not_moved);
    writes::finish_journal().await
}

/// Opens an encrypted device with its passphrase ([`vault::unlock`]), and reads the list.
pub async fn unlock(passphrase: &str) -> Result<(), VaultError> {
    vault::unlock(passphrase).await?;
    // Cases moved while the device was locked get their summaries now.
    let _ = records::check_unread_summaries().await;
    list::refresh().await;
    // One case after the other, in the background: the list is complete once it is done.
    wasm_bindgen_futures::spawn_local(async {
        let _ = records::rewrite_outdated_summaries().await;
    });
    Ok(())
}

/// Switches encryption on ([`vault::enable_encryption`]) once every save is written, and
/// tells the other tabs.
pub async fn enable_encryption(passphrase: &str) -> Result<(), VaultError> {
    // What localStorage still holds of cases would stay readable: moved first, or refused.
    if has_leftovers() {
        take_in_leftovers().await.map_err(VaultError::Storage)?;
        if has_leftovers() {
            return Err(VaultError::Storage(StorageError::WriteFailed(
                String::from("not moved"),
            )));
        }
    }
    writes::settled().await;
    let result = vault::enable_encryption(passphrase).await;
    other_tabs::announce_all();
    result
}

/// Changes the passphrase ([`vault::change_passphrase`]) once every save is written, and
/// tells the other tabs.
pub async fn change_passphrase(current: &str, new: &str) -> Result<(), VaultError> {
    writes::settled().await;
    let result = vault::change_passphrase(current, new).await;
    other_tabs::announce_all();
    result
}

/// The records the move from localStorage could not move (they stay there, untouched).
pub fn not_moved() -> Vec<String> {
    NOT_MOVED.with(|n| n.borrow().clone())
}

/// Whether storage can be used at all.
pub fn check_available() -> Result<(), StorageError> {
    local::local_storage().map(|_| ())
}
