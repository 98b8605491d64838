//! Raw access to the browser's localStorage, and the layout of Lotse's keys in it. Every read
//! and write of the other storage modules goes through here.

use super::{Change, StorageError};
use crate::domain::CaseId;
use wasm_bindgen::JsCast;

/// Every key of Lotse's starts so.
pub(super) const PREFIX: &str = "lotse:";
/// A case's record: `lotse:case:<id>`.
pub(super) const CASE_PREFIX: &str = "lotse:case:";
/// A case's recovery copy: `lotse:copy:<id>`.
pub(super) const COPY_PREFIX: &str = "lotse:copy:";
/// A damaged record's text, set aside: `lotse:damaged:<id>`.
pub(super) const SET_ASIDE_PREFIX: &str = "lotse:damaged:";
/// A save a closed page could not wait for: `lotse:journal:<id>` (see `writes`).
pub(super) const JOURNAL_PREFIX: &str = "lotse:journal:";
/// The encryption's metadata (salt, wrapped keys); there while encryption is on.
pub(super) const VAULT_KEY: &str = "lotse:vault";
/// Interface settings: `lotse:ui:<name>`.
pub(super) const SETTING_PREFIX: &str = "lotse:ui:";
/// There while summaries written before the `due` index may lack their review date (see
/// `records::rewrite_outdated_summaries`).
pub(super) const SUMMARIES_OUTDATED_KEY: &str = "lotse:summaries-outdated";
/// The marker of the kept start page ([`crate::kept_start_page`]).
pub(super) const START_PAGE_KEY: &str = "lotse:ui:start-page";

/// The browser's localStorage, or why it cannot be used. Checked before anything else,
/// because the browser throws when storage is blocked.
pub(super) fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

pub(super) fn case_key(id: &CaseId) -> String {
    format!("{CASE_PREFIX}{}", id.0)
}

pub(super) fn copy_key(id: &CaseId) -> String {
    format!("{COPY_PREFIX}{}", id.0)
}

pub(super) fn set_aside_key(id: &CaseId) -> String {
    format!("{SET_ASIDE_PREFIX}{}", id.0)
}

/// Whether a key holds client data (and is therefore encrypted when encryption is on).
pub(super) fn is_record_key(key: &str) -> bool {
    key.starts_with(CASE_PREFIX)
        || key.starts_with(COPY_PREFIX)
        || key.starts_with(SET_ASIDE_PREFIX)
}

fn classify_write_error(error: wasm_bindgen::JsValue) -> StorageError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::WriteFailed(name),
    }
}

pub(super) fn read_plain_raw(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Whether `key` holds anything (plain, as stored).
pub(super) fn is_stored(key: &str) -> bool {
    read_plain_raw(key).ok().flatten().is_some()
}

pub(super) fn write_plain_raw(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    if key != START_PAGE_KEY {
        super::changed(Change::Written);
    }
    storage.set_item(key, value).map_err(classify_write_error)
}

pub(super) fn remove_raw(key: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    if is_record_key(key) {
        super::changed(Change::Written);
    }
    storage
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

pub(super) fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(|_| StorageError::Unavailable)?;
    Ok((0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect())
}

/// Removes every key of Lotse's.
pub(super) fn remove_everything() -> Result<(), StorageError> {
    for key in keys_with_prefix(PREFIX)? {
        remove_raw(&key)?;
    }
    Ok(())
}
