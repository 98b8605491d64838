//! What the case list shows, kept in memory: the cases changed last, how many there are, and
//! which of them could not be read. The start page reads it at once; it is filled from the
//! summaries (never from the cases themselves) when storage starts or is unlocked, and kept in
//! step with every write.

use super::documents::{damage_of, DamagedRecord, Stored};
use super::idb::{self, BY_DUE, BY_ORDER, SUMMARIES};
use super::{vault, StorageError};
use crate::browser::today;
use crate::domain::case::{sort_for_list, RECENT_CASES};
use crate::domain::review::DUE_WITHIN_DAYS;
use crate::domain::{decode_summary, is_due, CaseId, CaseSummary, DecodeError};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;

/// The list as last read.
struct List {
    recent: Stored<CaseSummary>,
    count: usize,
    /// The cases whose review is due ([`is_due`]), the earliest first.
    due: Vec<CaseSummary>,
}

thread_local! {
    /// Counts the saves shown in the list ([`show`]).
    static SHOWN: Cell<u64> = const { Cell::new(0) };
    /// Cases recovered from their copy since the app started.
    static RECOVERED: RefCell<Vec<CaseId>> = const { RefCell::new(Vec::new()) };
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

/// The cases whose review is overdue or due within two weeks, the earliest first.
pub fn due_reviews() -> Vec<CaseSummary> {
    LIST.with(|l| {
        l.borrow()
            .as_ref()
            .map(|l| l.due.clone())
            .unwrap_or_default()
    })
}

/// Shows a case just saved in this tab first in the list, and counts it when it is `new`.
pub(super) fn show(summary: &CaseSummary, new: bool) {
    SHOWN.with(|n| n.set(n.get() + 1));
    LIST.with(|l| {
        if let Ok(list) = &mut *l.borrow_mut() {
            let key = super::local::case_key(&summary.id);
            list.recent.damaged.retain(|d| d.key != key);
            let cases = &mut list.recent.cases;
            let listed = cases.len();
            cases.retain(|c| c.id != summary.id);
            let new = new && cases.len() == listed;
            cases.push(summary.clone());
            sort_for_list(cases);
            cases.truncate(RECENT_CASES);
            list.count += usize::from(new);
            list.due.retain(|c| c.id != summary.id);
            if summary.next_review.is_some_and(|day| is_due(day, today())) {
                list.due.push(summary.clone());
                list.due.sort_by_key(|c| c.next_review);
            }
        }
    });
}

/// Whether a case is on the device (it has a summary: it was not deleted).
pub async fn is_listed(id: &CaseId) -> bool {
    let listed = async {
        let transaction = idb::transaction(&[SUMMARIES], false).await?;
        let key = JsValue::from_str(&id.0);
        idb::request(idb::store(&transaction, SUMMARIES).count_with_key(&key)).await
    };
    listed.await.ok().and_then(|n| n.as_f64()) == Some(1.0)
}

/// Storage could not be started: the list says why.
pub(super) fn failed(error: StorageError) {
    LIST.with(|l| *l.borrow_mut() = Err(error));
}

/// Reads the list again from the summaries (after a start, an unlock, a deletion, an import,
/// or another tab's write). Locked, it knows only how many cases there are.
pub async fn refresh() {
    loop {
        let shown = SHOWN.with(Cell::get);
        let read = idb::not_inlined(read()).await;
        // A save shown meanwhile may not be in what was read: read again.
        if SHOWN.with(Cell::get) == shown {
            LIST.with(|l| *l.borrow_mut() = read);
            return;
        }
    }
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
            due: Vec::new(),
        });
    }
    // Damaged ones come first in the index: twice as many as shown, so that a few of them
    // push no case out of sight.
    let mut recent = first_in_order(&summaries, Some((RECENT_CASES * 2) as u32)).await?;
    recent.cases.truncate(RECENT_CASES);
    let due = due_in(&summaries).await?;
    Ok(List { recent, count, due })
}

/// The summaries whose next review is due (read through the `due` index up to the last day
/// that counts), the earliest first. One that cannot be read is said in the list.
async fn due_in(summaries: &web_sys::IdbObjectStore) -> Result<Vec<CaseSummary>, StorageError> {
    let last_day = today().plus_days(DUE_WITHIN_DAYS).to_string();
    let range = web_sys::IdbKeyRange::upper_bound(&JsValue::from_str(&last_day))
        .map_err(|_| StorageError::Unavailable)?;
    Ok(read_through(summaries, BY_DUE, &range, u32::MAX)
        .await?
        .cases)
}

/// The summaries of the `count` cases changed last (with the damaged ones among them), in the
/// list's order: the first page of the page of all cases, shown before [`all_cases`] is read.
pub async fn first_cases(count: usize) -> Result<Stored<CaseSummary>, StorageError> {
    let transaction = idb::transaction(&[SUMMARIES], false).await?;
    let summaries = idb::store(&transaction, SUMMARIES);
    let mut first = first_in_order(&summaries, Some((count * 2) as u32)).await?;
    first.cases.truncate(count);
    Ok(first)
}

/// The summaries of every case on this device (for the page of all of them), in the list's
/// order.
pub async fn all_cases() -> Result<Stored<CaseSummary>, StorageError> {
    let transaction = idb::transaction(&[SUMMARIES], false).await?;
    first_in_order(&idb::store(&transaction, SUMMARIES), None).await
}

/// The first `limit` summary entries (all without one) in the `order` index, read and sorted
/// for the list. The index gives them nearly sorted (only cases changed in the same
/// millisecond move), which the first load's small sort needs ([`sort_for_list`]).
async fn first_in_order(
    summaries: &web_sys::IdbObjectStore,
    limit: Option<u32>,
) -> Result<Stored<CaseSummary>, StorageError> {
    let limit = limit.unwrap_or(u32::MAX);
    let mut stored = read_through(summaries, BY_ORDER, &JsValue::NULL, limit).await?;
    sort_for_list(&mut stored.cases);
    Ok(stored)
}

/// The first `limit` summaries of `index` within `query` (a key range, or null for all), in
/// the index's order.
async fn read_through(
    summaries: &web_sys::IdbObjectStore,
    index: &str,
    query: &JsValue,
    limit: u32,
) -> Result<Stored<CaseSummary>, StorageError> {
    let index = summaries
        .index(index)
        .map_err(|_| StorageError::Unavailable)?;
    let entries = idb::request(index.get_all_with_key_and_limit(query, limit)).await?;
    let keys = idb::request(index.get_all_keys_with_key_and_limit(query, limit)).await?;
    idb::not_inlined(summaries_of(&entries, &keys)).await
}

/// Reads stored summary entries (with their keys, the case ids). One that says its case
/// cannot be read is reported; one not read yet (moved while locked) is left out until it is.
async fn summaries_of(
    entries: &JsValue,
    keys: &JsValue,
) -> Result<Stored<CaseSummary>, StorageError> {
    let mut stored = Stored::default();
    let key_of =
        |key: JsValue| super::local::case_key(&CaseId(key.as_string().unwrap_or_default()));
    for (entry, key) in js_sys::Array::from(entries)
        .iter()
        .zip(js_sys::Array::from(keys).iter())
    {
        // Nearly every entry has its text: read first, the rest only for the few without.
        if let Some(body) = idb::text_field(&entry, "body") {
            match vault::open(&body)
                .await?
                .map(|plain| decode_summary(&plain))
            {
                Some(Ok(summary)) => stored.cases.push(summary),
                // Written by this version, so never seen; said as a damaged record if it is.
                _ => stored.damaged.push(DamagedRecord {
                    key: key_of(key),
                    reason: decode_summary(&body).err().unwrap_or(DecodeError::NotJson(
                        crate::domain::TextPosition { line: 1, column: 1 },
                    )),
                }),
            }
        } else if let Some(reason) = damage_of(&entry) {
            stored.damaged.push(DamagedRecord {
                key: key_of(key),
                reason,
            });
        }
    }
    stored.recovered = RECOVERED.with(|r| r.borrow().clone());
    Ok(stored)
}

/// Notes a case recovered from its copy, for the list to say so.
pub(super) fn note_recovered(id: CaseId) {
    RECOVERED.with(|r| r.borrow_mut().push(id));
}
