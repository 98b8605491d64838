//! The only module that touches the browser's localStorage.
//!
//! Every case is stored under its own key, so a damaged record never takes the others with it.
//! Reads and writes go through gloo-storage once we know storage is usable; a failure comes
//! back as a typed [`StorageError`] for the UI to explain. Nothing here panics, and nothing
//! here ever removes or overwrites a record it could not read.

use crate::domain::{decode_case, Case, CaseId, CaseRecord, DecodeError};
use gloo_storage::{errors::StorageError as GlooError, LocalStorage, Storage};

const CASE_PREFIX: &str = "lotse:case:";
const LAST_LOCATION_KEY: &str = "lotse:ui:last-location";
const SETTING_PREFIX: &str = "lotse:ui:";

/// What can go wrong with the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is switched off or blocked (private mode, site settings, policy).
    Unavailable,
    /// The storage quota for this site is used up.
    QuotaExceeded,
    /// The browser refused the write for another reason (the DOMException's name).
    WriteFailed(String),
}

/// A stored record that could not be read as a case; it is left exactly as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedRecord {
    /// The storage key, so the record can be found again.
    pub key: String,
    /// Why it could not be read.
    pub reason: DecodeError,
}

/// Why one case could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No case with this id on this device.
    NotFound,
    /// Storage cannot be used at all.
    Storage(StorageError),
    /// The record exists but cannot be read; it is left untouched.
    Damaged(DamagedRecord),
}

/// Everything stored on this device, as far as it can be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoredCases {
    /// Cases that were read.
    pub cases: Vec<Case>,
    /// Records that could not be read (kept as they are).
    pub damaged: Vec<DamagedRecord>,
}

/// The browser's localStorage, or why it cannot be used. Checked before gloo-storage is
/// called, because gloo throws when storage is blocked.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

/// Whether storage can be used at all.
pub fn check_available() -> Result<(), StorageError> {
    local_storage().map(|_| ())
}

fn case_key(id: &CaseId) -> String {
    format!("{CASE_PREFIX}{}", id.0)
}

fn classify_write_error(error: GlooError) -> StorageError {
    match error {
        GlooError::JsError(js) if js.name == "QuotaExceededError" => StorageError::QuotaExceeded,
        GlooError::JsError(js) if js.name == "SecurityError" => StorageError::Unavailable,
        GlooError::JsError(js) => StorageError::WriteFailed(js.name),
        // Serialising a case cannot fail (only strings, numbers and lists); keep it typed anyway.
        GlooError::SerdeError(_) | GlooError::KeyNotFound(_) => {
            StorageError::WriteFailed(String::from("serialisation"))
        }
    }
}

/// Reads the raw text under `key`; `None` if there is none.
fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    let storage = local_storage()?;
    storage.get_item(key).map_err(|_| StorageError::Unavailable)
}

/// Serialises `value` as JSON under `key` through gloo-storage.
fn write<T: serde::Serialize>(key: &str, value: T) -> Result<(), StorageError> {
    // gloo-storage throws when storage is blocked, so make sure it is there first.
    local_storage()?;
    LocalStorage::set(key, value).map_err(classify_write_error)
}

/// Every case stored on this device; damaged records are reported, not dropped.
pub fn load_all_cases() -> Result<StoredCases, StorageError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(|_| StorageError::Unavailable)?;
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(CASE_PREFIX))
        .collect();
    let mut stored = StoredCases::default();
    for key in keys {
        let Some(text) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        match decode_case(&text) {
            Ok(case) => stored.cases.push(case),
            Err(reason) => stored.damaged.push(DamagedRecord { key, reason }),
        }
    }
    Ok(stored)
}

/// One case by id.
pub fn load_case(id: &CaseId) -> Result<Case, LoadError> {
    if !id.is_well_formed() {
        return Err(LoadError::NotFound);
    }
    let key = case_key(id);
    let text = read_raw(&key)
        .map_err(LoadError::Storage)?
        .ok_or(LoadError::NotFound)?;
    decode_case(&text).map_err(|reason| LoadError::Damaged(DamagedRecord { key, reason }))
}

/// Stores a case under its own key.
pub fn save_case(case: &Case) -> Result<(), StorageError> {
    write(&case_key(&case.id), CaseRecord::new(case))
}

/// Removes a case for good.
pub fn delete_case(id: &CaseId) -> Result<(), StorageError> {
    local_storage()?;
    LocalStorage::delete(case_key(id));
    Ok(())
}

/// The raw text of a damaged record, so the user can keep a copy of it.
pub fn damaged_record_text(key: &str) -> Option<String> {
    read_raw(key).ok().flatten()
}

/// The route the user was last on, to reopen it after a reload or restart.
pub fn load_last_location() -> Option<String> {
    local_storage().ok()?;
    LocalStorage::get(LAST_LOCATION_KEY).ok()
}

/// Remembers the route the user is on. Failing to remember it loses no client data, so an
/// error here is left to the next case save to report.
pub fn save_last_location(path: &str) {
    let _ = write(LAST_LOCATION_KEY, path);
}

/// A remembered interface setting of this device (language, display, client mode).
pub fn load_setting(name: &str) -> Option<String> {
    local_storage().ok()?;
    LocalStorage::get(format!("{SETTING_PREFIX}{name}")).ok()
}

/// Remembers an interface setting; `None` forgets it. A failure costs only the setting.
pub fn save_setting(name: &str, value: Option<&str>) {
    let key = format!("{SETTING_PREFIX}{name}");
    match value {
        Some(value) => {
            let _ = write(&key, value);
        }
        None => {
            if local_storage().is_ok() {
                LocalStorage::delete(key);
            }
        }
    }
}
