//! Interface settings of this device (language, display, client mode, the last route, the
//! last export), as JSON values through gloo-storage under `lotse:ui:<name>`. Losing one costs
//! only the setting, so failures are not reported.

use super::local::{is_stored, local_storage, write_plain_raw, SETTING_PREFIX, START_PAGE_KEY};
use super::{Change, StorageError};
use crate::domain::Timestamp;
use gloo_storage::{LocalStorage, Storage};

const LAST_LOCATION_KEY: &str = "lotse:ui:last-location";

/// The route the user was last on, to reopen it after a reload or restart.
pub fn load_last_location() -> Option<String> {
    local_storage().ok()?;
    LocalStorage::get(LAST_LOCATION_KEY).ok()
}

/// Remembers the route the user is on. Failing to remember it loses no client data, so an
/// error here is left to the next case save to report.
pub fn save_last_location(path: &str) {
    if local_storage().is_ok() {
        let _ = LocalStorage::set(LAST_LOCATION_KEY, path);
    }
}

/// A remembered interface setting of this device (language, display, client mode).
pub fn load_setting(name: &str) -> Option<String> {
    local_storage().ok()?;
    LocalStorage::get(format!("{SETTING_PREFIX}{name}")).ok()
}

/// Remembers an interface setting; `None` forgets it. A failure costs only the setting.
pub fn save_setting(name: &str, value: Option<&str>) {
    // gloo-storage throws when storage is blocked, so make sure it is there first.
    if local_storage().is_err() {
        return;
    }
    let key = format!("{SETTING_PREFIX}{name}");
    super::changed(Change::Written);
    match value {
        Some(value) => {
            let _ = LocalStorage::set(key, value);
        }
        None => LocalStorage::delete(key),
    }
}

/// When the last export was made on this device, if ever.
pub fn last_export() -> Option<Timestamp> {
    load_setting("last-export")?.parse().ok()
}

/// Remembers that an export was made now.
pub fn remember_export(at: Timestamp) {
    save_setting("last-export", Some(&at.to_string()));
}

/// Whether the marker of the kept start page is there ([`crate::kept_start_page`]).
pub fn start_page_marked() -> bool {
    is_stored(START_PAGE_KEY)
}

/// Writes or removes the marker of the kept start page. It is no setting of its own, so
/// changing it changes nothing the page shows.
pub fn mark_start_page(kept: bool) -> Result<(), StorageError> {
    if kept {
        write_plain_raw(START_PAGE_KEY, "1")
    } else {
        local_storage()?
            .remove_item(START_PAGE_KEY)
            .map_err(|_| StorageError::Unavailable)
    }
}
