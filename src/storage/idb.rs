//! The IndexedDB database that holds the cases, through `web-sys` directly: every request and
//! transaction is turned into a future by a promise whose `resolve` and `reject` are the
//! request's own event handlers, so no wrapper crate and no Rust closure per request is needed.
//!
//! The database `lotse` has these object stores, the first five keyed by the case id:
//! - `cases`: the case documents (`_id`, `_rev`, `body` or `_deleted`, see
//!   [`crate::domain::document`]);
//! - `copies`: the last good text of each case (its recovery copy);
//! - `set_aside`: damaged texts, set aside when a case was opened from its copy;
//! - `summaries`: what the case list shows (`body`), where (`order`, indexed), and when the
//!   next review is due (`due`, indexed), so the start page reads only the cases it shows;
//! - `facts`: what the Sozialraum report counts of each case ([`crate::domain::sozialraum::CaseFacts`]),
//!   written with the case, or removed when a case is written without them;
//! - `sozialraum` and `sozialraum_copies`: the neighbourhood catalogue's entries and the
//!   device's lists of districts and categories (key `places`), as documents like the cases';
//! - `sync`: the team's settings, what this device knows of each replicated document, and the
//!   checkpoint (see [`super::sync`]);
//! - `outbox`: the documents changed since they were last sent to the team's server
//!   (`case:<id>` → `{rev}`), written with each case.
//!
//! With encryption on, every `body` and every text is sealed ([`super::vault`]); the list's
//! `order` and `due` stay plain, so the list can be read through its indexes.

use super::StorageError;
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

pub(super) const CASES: &str = "cases";
pub(super) const COPIES: &str = "copies";
pub(super) const SET_ASIDE: &str = "set_aside";
pub(super) const SUMMARIES: &str = "summaries";
pub(super) const FACTS: &str = "facts";
pub(super) const SOZIALRAUM: &str = "sozialraum";
pub(super) const SOZIALRAUM_COPIES: &str = "sozialraum_copies";
pub(super) const SYNC: &str = "sync";
pub(super) const OUTBOX: &str = "outbox";
/// Every store that holds client data (or the device's catalogue, or what sync knows).
pub(super) const STORES: [&str; 9] = [
    CASES,
    COPIES,
    SET_ASIDE,
    SUMMARIES,
    FACTS,
    SOZIALRAUM,
    SOZIALRAUM_COPIES,
    SYNC,
    OUTBOX,
];
/// The index of `summaries` on `order`.
pub(super) const BY_ORDER: &str = "order";
/// The index of `summaries` on `due`, the day of the case's next review (`YYYY-MM-DD`, so the
/// order of the texts is that of the days), for the reviews due.
pub(super) const BY_DUE: &str = "due";

const NAME: &str = "lotse";

thread_local! {
    static DATABASE: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    /// A newer Lotse in another tab needed the database: this tab closed it and must reload.
    static SUPERSEDED: Cell<bool> = const { Cell::new(false) };
}

/// Resolves when one of the handlers `hook` installs is called with `resolve`; fails when it
/// is called with `reject`.
async fn settle(hook: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut hook = Some(hook);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(hook) = hook.take() {
            hook(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}

/// Names a failure by its DOMException, the way the rest of storage does.
fn classify(error: Option<web_sys::DomException>) -> StorageError {
    let name = error.map(|e| e.name()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" => StorageError::QuotaExceeded,
        "SecurityError" | "InvalidStateError" => StorageError::Unavailable,
        _ => StorageError::WriteFailed(if name.is_empty() {
            String::from("AbortError")
        } else {
            name
        }),
    }
}

/// Why the browser refused a request at once (it throws instead of failing the request).
pub(super) fn refused(error: JsValue) -> StorageError {
    classify(error.dyn_into().ok())
}

/// The result of a request.
pub(super) async fn request(request: Result<IdbRequest, JsValue>) -> Result<JsValue, StorageError> {
    let request = request.map_err(refused)?;
    let outcome = settle(|ok, fail| {
        request.set_onsuccess(Some(ok));
        request.set_onerror(Some(fail));
    })
    .await;
    match outcome {
        Ok(_) => request.result().map_err(|_| StorageError::Unavailable),
        Err(_) => Err(classify(request.error().ok().flatten())),
    }
}

/// Waits until `transaction` has committed; its error when it was aborted (by a failed
/// request, a full disk, or the browser).
pub(super) async fn committed(transaction: &IdbTransaction) -> Result<(), StorageError> {
    let outcome = settle(|ok, fail| {
        transaction.set_oncomplete(Some(ok));
        transaction.set_onabort(Some(fail));
    })
    .await;
    outcome
        .map(|_| ())
        .map_err(|_| classify(transaction.error()))
}

/// A transaction over `stores`, for writing when `write`.
pub(super) async fn transaction(
    stores: &[&str],
    write: bool,
) -> Result<IdbTransaction, StorageError> {
    let database = database().await?;
    transaction_on(&database, stores, write)
}

/// A transaction on the database that is already open (for the write at page hide, which
/// cannot wait); `None` before it is open.
pub(super) fn transaction_now(stores: &[&str]) -> Option<IdbTransaction> {
    let database = DATABASE.with(|d| d.borrow().clone())?;
    transaction_on(&database, stores, true).ok()
}

fn transaction_on(
    database: &IdbDatabase,
    stores: &[&str],
    write: bool,
) -> Result<IdbTransaction, StorageError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    let mode = if write {
        IdbTransactionMode::Readwrite
    } else {
        IdbTransactionMode::Readonly
    };
    database
        .transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(|e| classify(e.dyn_into().ok()))
}

/// One store of a transaction.
pub(super) fn store(transaction: &IdbTransaction, name: &str) -> IdbObjectStore {
    // Only called with the names the transaction was opened with, which never fails.
    transaction
        .object_store(name)
        .unwrap_or_else(|_| unreachable!("the store is in the transaction"))
}

/// The open database, opened (and created or upgraded) on first use.
pub(super) async fn database() -> Result<IdbDatabase, StorageError> {
    if SUPERSEDED.with(Cell::get) {
        return Err(StorageError::Superseded);
    }
    if let Some(database) = DATABASE.with(|d| d.borrow().clone()) {
        return Ok(database);
    }
    let opened = not_inlined(open()).await?;
    // Two callers may have opened it at once: keep one connection, close the other.
    Ok(DATABASE.with(|d| {
        let mut kept = d.borrow_mut();
        match &*kept {
            Some(first) => {
                opened.close();
                first.clone()
            }
            None => kept.insert(opened).clone(),
        }
    }))
}

/// Opens the database at the version it has (created at version 1). One that lacks a store
/// or an index (created by an earlier Lotse, or by something else under this name) is
/// upgraded one version further, which creates them; an older tab is then asked to let go.
async fn open() -> Result<IdbDatabase, StorageError> {
    let database = open_version(None).await?;
    let complete = STORES
        .iter()
        .all(|store| database.object_store_names().contains(store))
        && database
            .transaction_with_str(SUMMARIES)
            .and_then(|t| t.object_store(SUMMARIES))
            .is_ok_and(|summaries| summaries.index_names().contains(BY_DUE));
    if complete {
        return Ok(database);
    }
    let next = database.version() as u32 + 1;
    database.close();
    open_version(Some(next)).await
}

async fn open_version(version: Option<u32>) -> Result<IdbDatabase, StorageError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    let opening: IdbOpenDbRequest = match version {
        Some(version) => factory.open_with_u32(NAME, version),
        None => factory.open(NAME),
    }
    .map_err(|_| StorageError::Unavailable)?;
    let upgrade = wasm_bindgen::closure::Closure::<dyn Fn()>::new({
        let opening = opening.clone();
        move || create_stores(&opening)
    });
    opening.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let outcome = settle(|ok, fail| {
        opening.set_onsuccess(Some(ok));
        opening.set_onerror(Some(fail));
        // An older tab holds the database open and does not let go: say so now, and start
        // again once it has (the request then succeeds by itself).
        opening.set_onblocked(Some(fail));
    })
    .await;
    // Kept: a blocked opening upgrades later, when the older tab has let go.
    upgrade.forget();
    if outcome.is_err() {
        if opening.ready_state() == web_sys::IdbRequestReadyState::Pending {
            reload_when_open(&opening);
            return Err(StorageError::UpgradeBlocked);
        }
        return Err(classify(opening.error().ok().flatten()));
    }
    let database: IdbDatabase = opening
        .result()
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(StorageError::Unavailable)?;
    let database_for_close = database.clone();
    let on_versionchange = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        // A newer Lotse must not wait for this tab: let go, and say so on the next write.
        database_for_close.close();
        SUPERSEDED.with(|s| s.set(true));
        DATABASE.with(|d| d.borrow_mut().take());
    });
    database.set_onversionchange(Some(on_versionchange.as_ref().unchecked_ref()));
    on_versionchange.forget();
    Ok(database)
}

/// Creates whatever store or index the database lacks (on its first opening, or from an older
/// version).
fn create_stores(opening: &IdbOpenDbRequest) {
    let Some(database) = opening
        .result()
        .ok()
        .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
    else {
        return;
    };
    let existing = database.object_store_names();
    for name in STORES {
        if !existing.contains(name) {
            let _ = database.create_object_store(name);
        }
    }
    let Some(summaries) = opening
        .transaction()
        .and_then(|upgrading| upgrading.object_store(SUMMARIES).ok())
    else {
        return;
    };
    let indexes = summaries.index_names();
    if !indexes.contains(BY_ORDER) {
        let _ = summaries.create_index_with_str(BY_ORDER, BY_ORDER);
    }
    if !indexes.contains(BY_DUE) {
        let _ = summaries.create_index_with_str(BY_DUE, BY_DUE);
        // Summaries written before know no review date: written again from their cases.
        if existing.contains(SUMMARIES) {
            let _ = super::local::write_plain_raw(super::local::SUMMARIES_OUTDATED_KEY, "1");
        }
    }
}

/// Reloads the page once a blocked opening has gone through (the older tab was closed).
fn reload_when_open(opening: &IdbOpenDbRequest) {
    let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(crate::browser::reload);
    opening.set_onsuccess(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
}

/// `future`, behind a pointer to `dyn Future`: an `async fn` awaited in several places is
/// otherwise compiled into the state machine of each, and the first load carries every copy
/// (see `FIRST_LOAD_BUDGET_KB` in `scripts/first-load.mjs`).
pub(super) fn not_inlined<'a, T>(
    future: impl Future<Output = T> + 'a,
) -> Pin<Box<dyn Future<Output = T> + 'a>> {
    Box::pin(future)
}

/// A plain object with the given fields.
pub(super) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

/// A text field of a stored object.
pub(super) fn text_field(value: &JsValue, name: &str) -> Option<String> {
    Reflect::get(value, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
}

/// Asks the browser to commit `transaction` now, not after its last request's events: a page
/// being closed may not live that long.
pub(super) fn commit_now(transaction: &IdbTransaction) {
    // Deprecated in web-sys only because older browsers lack it; where it is missing the
    // transaction commits by itself.
    #[allow(deprecated)]
    let _ = transaction.commit();
}
