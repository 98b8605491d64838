//! The stored shapes of a case (its document, copy and summary entry), the revisions this tab
//! knows, and what reading cases gives back. Every module that reads or writes cases uses
//! these; none of them is needed here.

use super::idb::{self, CASES, COPIES, FACTS, OUTBOX, SET_ASIDE, SUMMARIES};
use super::StorageError;
use crate::domain::document::{list_position, Revision};
use crate::domain::{Case, CaseId, CaseSummary, DecodeError};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

thread_local! {
    /// The revision of each case as this tab last read or wrote it.
    static REVISIONS: RefCell<HashMap<String, Revision>> = RefCell::new(HashMap::new());
}

/// A stored record that could not be read as a case; it is left exactly as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedRecord {
    /// Names the record (`lotse:case:<id>`), so it can be found again.
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

/// A case as read (whole, or only its summary), and whether its record had to be recovered
/// from the copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    /// The case.
    pub case: T,
    /// The record was damaged and the last good copy was used; the damaged text was set aside.
    pub recovered: bool,
}

/// A whole case as read.
pub type LoadedCase = Loaded<Case>;

/// Everything stored on this device, as far as it can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored<T> {
    /// Cases that were read.
    pub cases: Vec<T>,
    /// Cases whose record was damaged and recovered from the last good copy.
    pub recovered: Vec<CaseId>,
    /// Records that could not be read (kept as they are).
    pub damaged: Vec<DamagedRecord>,
}

impl<T> Default for Stored<T> {
    fn default() -> Self {
        Self {
            cases: Vec::new(),
            recovered: Vec::new(),
            damaged: Vec::new(),
        }
    }
}

/// Every whole case on this device.
pub type StoredCases = Stored<Case>;

/// The stores a case is written to ([`put_case`]).
pub(super) const CASE_WRITE: [&str; 5] = [CASES, COPIES, SUMMARIES, FACTS, OUTBOX];

/// The revision this tab knows for a case.
pub(super) fn known_revision(id: &CaseId) -> Option<Revision> {
    REVISIONS.with(|r| r.borrow().get(&id.0).cloned())
}

pub(super) fn remember_revision(id: &CaseId, revision: Revision) {
    REVISIONS.with(|r| r.borrow_mut().insert(id.0.clone(), revision));
}

/// Forgets the revision of a case (it is written anew, as on an import).
pub(super) fn forget_revision(id: &CaseId) {
    REVISIONS.with(|r| r.borrow_mut().remove(&id.0));
}

/// Forgets every revision (everything was deleted).
pub(super) fn forget_revisions() {
    REVISIONS.with(|r| r.borrow_mut().clear());
}

/// Puts a case's document, copy, summary and report facts into `transaction` (over
/// [`CASE_WRITE`]), and marks it as not yet sent to the team's server, without waiting: `body`, `stored_summary` and
/// `stored_facts` are the texts as stored, of the case that `summary` sums up. Written without
/// facts, the case's old facts are removed, so facts that are there always fit the case.
/// The revision written, to be remembered once the transaction has committed. A put the
/// browser refuses at once aborts the transaction, so nothing of it is committed.
pub(super) fn put_case(
    transaction: &IdbTransaction,
    summary: &CaseSummary,
    body: &str,
    stored_summary: &str,
    stored_facts: Option<&str>,
) -> Result<Revision, StorageError> {
    let id = &summary.id;
    let revision = Revision::after(known_revision(id).as_ref(), body);
    let key = JsValue::from_str(&id.0);
    let rev = JsValue::from_str(&revision.to_string());
    let body = JsValue::from_str(body);
    let document = idb::object(&[
        ("_id", key.clone()),
        ("_rev", rev.clone()),
        ("body", body.clone()),
    ]);
    let puts = [
        (CASES, document),
        (COPIES, body),
        (SUMMARIES, summary_entry(stored_summary, summary)),
        (OUTBOX, idb::object(&[("rev", rev)])),
    ];
    for (store, value) in puts {
        if let Err(error) = idb::store(transaction, store).put_with_key(&value, &key) {
            let _ = transaction.abort();
            return Err(idb::refused(error));
        }
    }
    let facts = idb::store(transaction, FACTS);
    let written = match stored_facts {
        Some(text) => facts.put_with_key(&JsValue::from_str(text), &key),
        None => facts.delete(&key),
    };
    if let Err(error) = written {
        let _ = transaction.abort();
        return Err(idb::refused(error));
    }
    Ok(revision)
}

/// What the outbox holds of a document not yet sent: its revision, kept plain (no text of
/// the case), under the case's id.
pub(super) fn outbox_entry(revision: &Revision) -> JsValue {
    idb::object(&[("rev", JsValue::from_str(&revision.to_string()))])
}

/// Whether `name` is a key of the `set_aside` store that holds a text of this case: its id,
/// or `<id>~<n>` beside an earlier one ([`set_aside`]).
pub(super) fn is_set_aside_for(name: &str, id: &CaseId) -> bool {
    name.strip_prefix(id.0.as_str())
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('~'))
}

/// Sets a damaged or displaced text aside (as stored, sealed when encryption is on), under
/// the case's id, or beside an earlier one set aside for it: never over it.
pub(super) async fn set_aside(id: &CaseId, stored: &str) -> Result<(), StorageError> {
    let transaction = idb::transaction(&[SET_ASIDE], true).await?;
    let store = idb::store(&transaction, SET_ASIDE);
    let mut key = id.0.clone();
    for n in 2.. {
        let held = idb::request(store.get(&JsValue::from_str(&key))).await?;
        if held.is_undefined() || held.as_string().as_deref() == Some(stored) {
            break;
        }
        key = format!("{}~{n}", id.0);
    }
    idb::request(store.put_with_key(&JsValue::from_str(stored), &JsValue::from_str(&key))).await?;
    idb::committed(&transaction).await?;
    super::changed(super::Change::Written);
    Ok(())
}

/// A summary as stored: its text (`stored`, sealed when encryption is on), its place in the
/// list, and the day of its next review. That day is kept plain, beside the list's order, so
/// that the reviews due are found without opening every summary.
pub(super) fn summary_entry(stored: &str, summary: &CaseSummary) -> JsValue {
    let due = summary.next_review.map_or(JsValue::UNDEFINED, |day| {
        JsValue::from_str(&day.to_string())
    });
    idb::object(&[
        (
            "order",
            JsValue::from_f64(list_position(summary.updated_at)),
        ),
        ("due", due),
        ("body", JsValue::from_str(stored)),
    ])
}

/// The summary entry of a record that cannot be read, and why: first in the list, so it is
/// seen.
pub(super) fn damaged_summary_entry(reason: &DecodeError) -> JsValue {
    let newer = match reason {
        DecodeError::FromNewerVersion(version) => JsValue::from(*version),
        _ => JsValue::UNDEFINED,
    };
    idb::object(&[
        ("order", JsValue::from_f64(f64::NEG_INFINITY)),
        ("damaged", JsValue::TRUE),
        ("newer", newer),
    ])
}

/// The summary entry of a record not read yet (moved while the device was locked, or damaged
/// and waiting to be read from its copy).
pub(super) fn unread_summary_entry() -> JsValue {
    idb::object(&[
        ("order", JsValue::from_f64(f64::NEG_INFINITY)),
        ("unread", JsValue::TRUE),
    ])
}

/// Whether a summary entry waits to be read from its case ([`unread_summary_entry`]).
pub(super) fn is_unread(entry: &JsValue) -> bool {
    js_sys::Reflect::get(entry, &JsValue::from_str("unread"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// What a summary entry says about a record that cannot be read (`None`: it can, or it has
/// not been read yet).
pub(super) fn damage_of(entry: &JsValue) -> Option<DecodeError> {
    let field = |name: &str| js_sys::Reflect::get(entry, &JsValue::from_str(name)).ok();
    field("damaged")?.as_bool().filter(|d| *d)?;
    Some(match field("newer").and_then(|v| v.as_f64()) {
        Some(version) => DecodeError::FromNewerVersion(version as u32),
        None => DecodeError::NotJson(crate::domain::TextPosition { line: 1, column: 1 }),
    })
}

/// The stored texts of a case: its document's body (`None` for a tombstone or no document)
/// and its revision.
pub(super) struct StoredTexts {
    pub(super) body: Option<String>,
    pub(super) revision: Option<Revision>,
}

pub(super) async fn stored_texts(id: &CaseId) -> Result<StoredTexts, StorageError> {
    let transaction = idb::transaction(&[CASES], false).await?;
    let key = JsValue::from_str(&id.0);
    let document = idb::request(idb::store(&transaction, CASES).get(&key)).await?;
    Ok(StoredTexts {
        body: idb::text_field(&document, "body"),
        revision: idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r)),
    })
}

/// A case's recovery copy, as stored (read only when its document cannot be).
pub(super) async fn stored_copy(id: &CaseId) -> Result<Option<String>, StorageError> {
    let transaction = idb::transaction(&[COPIES], false).await?;
    let copy =
        idb::request(idb::store(&transaction, COPIES).get(&JsValue::from_str(&id.0))).await?;
    Ok(copy.as_string())
}
