//! What the case list shows, kept in memory: the cases changed last, how many there are, and
//! which of them could not be read. The start page reads it at once; it is filled from the
//! summaries (never from the cases themselves) when storage starts or is unlocked, and kept in
//! step with every write.

use super::idb::{self, BY_ORDER, SUMMARIES};
use super::records::{LoadError, Stored};
use super::{vault, StorageError};
use crate::domain::case::{sort_for_list, RECENT_CASES};
use crate::domain::{decode_summary, CaseId, CaseSummary};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

/// The list as last read.
struct List {
    recent: Stored<CaseSummary>,
    count: usize,
}

thread_local! {
    static LIST: RefCell<Result<List, StorageError>> = const { RefCell::new(Err(StorageError::Unavailable)) };
}

/// The [`RECENT_CASES`] cases changed last, with those recovered or damaged among them.
pub fn recent_cases() -> Result<Stored<CaseSummary>, StorageError> {
    LIST.with(|l| {
        l.borrow()
            .as_ref()
            .map(|l| l.recent.clone())
            .map_err(Clone::clone)
    })
}

/// How many cases are stored.
pub fn count() -> Option<usize> {
    LIST.with(|l| l.borrow().as_ref().ok().map(|l| l.count))
}

/// Shows a case just saved in this tab first in the list, and counts it when it is `new`.
pub(super) fn show(summary: &CaseSummary, new: bool) {
    LIST.with(|l| {
        if let Ok(list) = &mut *l.borrow_mut() {
            let key = super::local::case_key(&summary.id);
            list.recent.damaged.retain(|d| d.key != key);
            let cases = &mut list.recent.cases;
            cases.retain(|c| c.id != summary.id);
            cases.push(summary.clone());
            sort_for_list(cases);
            cases.truncate(RECENT_CASES);
            list.count += usize::from(new);
        }
    });
}

/// Storage could not be started: the list says why.
pub(super) fn failed(error: StorageError) {
    LIST.with(|l| *l.borrow_mut() = Err(error));
}

/// Reads the list again from the summaries (after a start, an unlock, a deletion, an import,
/// or another tab's write). Locked, it knows only how many cases there are.
pub async fn refresh() {
    let read = read().await;
    LIST.with(|l| *l.borrow_mut() = read);
}

async fn read() -> Result<List, StorageError> {
    let transaction = idb::transaction(&[SUMMARIES], false).await?;
    let summaries = idb::store(&transaction, SUMMARIES);
    let count = idb::request(summaries.count())
        .await?
        .as_f64()
        .unwrap_or(0.0) as usize;
    if vault::is_locked() {
        return Ok(List {
            recent: Stored::default(),
            count,
        });
    }
    let index = summaries
        .index(BY_ORDER)
        .map_err(|_| StorageError::Unavailable)?;
    // Damaged ones come first in the index: twice as many as shown, so that a few of them
    // push no case out of sight.
    let limit = (RECENT_CASES * 2) as u32;
    let entries = idb::request(index.get_all_with_key_and_limit(&JsValue::NULL, limit)).await?;
    let keys = idb::request(index.get_all_keys_with_key_and_limit(&JsValue::NULL, limit)).await?;
    let mut recent = summaries_of(&entries, &keys).await?;
    sort_for_list(&mut recent.cases);
    recent.cases.truncate(RECENT_CASES);
    Ok(List { recent, count })
}

/// The summaries of every case on this device (for the page of all of them), in the list's
/// order.
pub async fn all_cases() -> Result<Stored<CaseSummary>, StorageError> {
    let transaction = idb::transaction(&[SUMMARIES], false).await?;
    let summaries = idb::store(&transaction, SUMMARIES);
    let entries = idb::request(summaries.get_all()).await?;
    let keys = idb::request(summaries.get_all_keys()).await?;
    let mut all = summaries_of(&entries, &keys).await?;
    sort_for_list(&mut all.cases);
    Ok(all)
}

/// Reads stored summary entries (with their keys, the case ids); one that is damaged, or was
/// moved here before it could be read, is read from the case itself.
async fn summaries_of(
    entries: &JsValue,
    keys: &JsValue,
) -> Result<Stored<CaseSummary>, StorageError> {
    let mut stored = Stored::default();
    for (entry, key) in js_sys::Array::from(entries)
        .iter()
        .zip(js_sys::Array::from(keys).iter())
    {
        let id = CaseId(key.as_string().unwrap_or_default());
        let summary = match idb::text_field(&entry, "body") {
            Some(body) => vault::open(&body)
                .await?
                .and_then(|plain| decode_summary(&plain).ok()),
            None => None,
        };
        if let Some(summary) = summary {
            stored.cases.push(summary);
            continue;
        }
        match super::records::load_summary(&id).await {
            Ok(loaded) => {
                if loaded.recovered {
                    stored.recovered.push(id);
                }
                stored.cases.push(loaded.case);
            }
            Err(LoadError::Damaged(record)) => stored.damaged.push(record),
            Err(LoadError::Storage(error)) => return Err(error),
            Err(LoadError::NotFound) => {}
        }
    }
    Ok(stored)
}
