//! Everything Lotse keeps on this device, and the only module that touches localStorage.
//!
//! - [`records`]: the cases (records, recovery copies, damaged texts set aside);
//! - [`vault`]: encryption at rest, and the records' texts as the app sees them;
//! - [`other_tabs`]: what a change made in another tab means for this one;
//! - [`settings`]: interface settings of this device;
//! - `local`: raw access to localStorage and the layout of the keys.
//!
//! Records are written as raw text through `web_sys::Storage` (a sealed record is not JSON of
//! a case); settings go through gloo-storage as JSON values. Nothing here panics, and failures
//! come back as a typed [`StorageError`]. This module asks nothing of the interface: whoever
//! keeps a copy of what is stored (the kept start page) hears of changes through
//! [`on_change`].

mod local;
pub mod other_tabs;
pub mod records;
pub mod settings;
pub mod vault;

pub use other_tabs::{external_change, ExternalChange};
pub use records::{
    case_count, case_is_readable, damaged_record_text, delete_case, delete_everything, has_cases,
    load_all_cases, load_case, load_case_summaries, remove_set_aside, save_case, save_case_text,
    save_cases_atomically, set_aside_records, usage, write_pending_copies, DamagedRecord,
    LoadError, Loaded, LoadedCase, Stored, StoredCases,
};
pub use settings::{
    last_export, load_last_location, load_setting, remember_export, save_last_location,
    save_setting,
};
pub use vault::{
    change_passphrase, enable_encryption, is_encrypted, is_locked, lock, pending_writes,
    set_write_listener, settled, unlock, VaultError,
};

use std::cell::Cell;

/// What can go wrong with the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is switched off or blocked (private mode, site settings, policy).
    Unavailable,
    /// The storage quota for this site is used up.
    QuotaExceeded,
    /// The browser refused the write for another reason (the DOMException's name).
    WriteFailed(String),
    /// The cases are encrypted and locked.
    Locked,
    /// Encryption failed (WebCrypto missing or refusing).
    Crypto,
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

/// Whether storage can be used at all.
pub fn check_available() -> Result<(), StorageError> {
    local::local_storage().map(|_| ())
}
