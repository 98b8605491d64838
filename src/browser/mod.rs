//! Small wrappers around the browser APIs the app needs, by area. Each returns a fallback
//! instead of panicking when the browser says no.

pub mod page;
pub mod save_timing;
pub mod site_storage;
pub mod time;

pub use page::{
    download_file, download_text, fetch_text, new_id, page_is_hidden, reload, set_title,
    DownloadFailed,
};
pub use save_timing::SaveTiming;
pub use site_storage::{format_bytes, request_persistence, storage_facts, StorageFacts};
pub use time::{format_timestamp, now, sleep, today, when_idle};

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
