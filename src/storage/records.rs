//! The cases: one document per case, its recovery copy, and damaged texts set aside, in
//! IndexedDB (see [`super::idb`] for the stores).
//!
//! Every case is its own document, so a damaged one never takes the others with it. A save
//! ([`super::writes`]) writes the document, its recovery copy and its summary in one
//! transaction. A document that cannot be read is opened from its copy and its text set aside,
//! never overwritten or removed; one from a newer version is left alone. A deleted case stays
//! as a tombstone (a document without a body), for replication.

use super::idb::{self, CASES, COPIES, SET_ASIDE, STORES, SUMMARIES};
use super::local::{case_key, CASE_PREFIX, SET_ASIDE_PREFIX};
use super::vault;
use super::{list, other_tabs, writes, Change, StorageError};
use crate::domain::document::{list_position, Revision};
use crate::domain::schema::encode_summary;
use crate::domain::{decode_case, encode_case, Case, CaseId, CaseSummary, DecodeError};
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

/// The revision this tab knows for a case.
pub(super) fn known_revision(id: &CaseId) -> Option<Revision> {
    REVISIONS.with(|r| r.borrow().get(&id.0).cloned())
}

pub(super) fn remember_revision(id: &CaseId, revision: Revision) {
    REVISIONS.with(|r| r.borrow_mut().insert(id.0.clone(), revision));
}

/// Puts a case's document, copy and summary into `transaction` (over `cases`, `copies` and
/// `summaries`), without waiting: `body` and `summary` are the texts as stored. A put the
/// browser refuses at once aborts the transaction, so nothing of it is committed.
pub(super) fn put_case(
    transaction: &IdbTransaction,
    id: &CaseId,
    body: &str,
    summary: &str,
    updated_at: crate::domain::Timestamp,
) -> Result<(), StorageError> {
    let revision = Revision::after(known_revision(id).as_ref(), body);
    let key = JsValue::from_str(&id.0);
    let document = idb::object(&[
        ("_id", key.clone()),
        ("_rev", JsValue::from_str(&revision.to_string())),
        ("body", JsValue::from_str(body)),
    ]);
    let puts = [
        (CASES, document),
        (COPIES, JsValue::from_str(body)),
        (SUMMARIES, summary_entry(summary, updated_at)),
    ];
    for (store, value) in puts {
        if let Err(error) = idb::store(transaction, store).put_with_key(&value, &key) {
            let _ = transaction.abort();
            return Err(idb::refused(error));
        }
    }
    remember_revision(id, revision);
    Ok(())
}

/// A summary as stored: its text and its place in the list.
pub(super) fn summary_entry(summary: &str, updated_at: crate::domain::Timestamp) -> JsValue {
    idb::object(&[
        ("order", JsValue::from_f64(list_position(updated_at))),
        ("body", JsValue::from_str(summary)),
    ])
}

/// A summary for a record that could not be read: first in the list, so it is seen.
pub(super) fn damaged_summary_entry() -> JsValue {
    idb::object(&[
        ("order", JsValue::from_f64(f64::NEG_INFINITY)),
        ("damaged", JsValue::TRUE),
    ])
}

/// The stored texts of a case: its document's body (`None` for a tombstone or no document)
/// with its revision, and its copy.
struct StoredTexts {
    body: Option<String>,
    revision: Option<Revision>,
    copy: Option<String>,
}

async fn stored_texts(id: &CaseId) -> Result<StoredTexts, StorageError> {
    let transaction = idb::transaction(&[CASES, COPIES], false).await?;
    let key = JsValue::from_str(&id.0);
    let document = idb::request(idb::store(&transaction, CASES).get(&key)).await?;
    let copy = idb::request(idb::store(&transaction, COPIES).get(&key)).await?;
    Ok(StoredTexts {
        body: idb::text_field(&document, "body"),
        revision: idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r)),
        copy: copy.as_string(),
    })
}

/// Opens a stored text; a sealed one no key opens reads as damaged.
async fn opened(stored: Option<String>) -> Result<Option<Result<String, String>>, StorageError> {
    Ok(match stored {
        None => None,
        Some(text) => Some(match vault::open(&text).await? {
            Some(plain) => Ok(plain),
            None => Err(text),
        }),
    })
}

/// Reads a case (with `decode`: whole, or its summary) from its document, or from the copy
/// when the document is damaged.
async fn read_case<T>(
    id: &CaseId,
    decode: fn(&str) -> Result<T, DecodeError>,
) -> Result<Loaded<T>, LoadError> {
    let key = case_key(id);
    let texts = stored_texts(id).await.map_err(LoadError::Storage)?;
    if let Some(revision) = texts.revision.clone() {
        remember_revision(id, revision);
    }
    let Some(stored_body) = texts.body.clone() else {
        return Err(LoadError::NotFound);
    };
    let primary_error = match opened(Some(stored_body.clone()))
        .await
        .map_err(LoadError::Storage)?
    {
        Some(Ok(plain)) => match decode(&plain) {
            Ok(case) => {
                return Ok(Loaded {
                    case,
                    recovered: false,
                })
            }
            // A newer version's record is kept as it is, copy or not.
            Err(reason @ DecodeError::FromNewerVersion(_)) => {
                return Err(LoadError::Damaged(DamagedRecord { key, reason }))
            }
            Err(reason) => reason,
        },
        // Sealed, and no key here opens it: what reading it as it is says.
        Some(Err(sealed)) => {
            decode(&sealed)
                .err()
                .unwrap_or(DecodeError::NotJson(crate::domain::TextPosition {
                    line: 1,
                    column: 1,
                }))
        }
        None => return Err(LoadError::NotFound),
    };
    let copy = opened(texts.copy).await.map_err(LoadError::Storage)?;
    match copy.as_ref().map(|c| c.as_deref().map(decode)) {
        Some(Ok(Ok(case))) => {
            // Keep the damaged text before the next save overwrites it.
            let _ = set_aside(id, &stored_body).await;
            Ok(Loaded {
                case,
                recovered: true,
            })
        }
        _ => Err(LoadError::Damaged(DamagedRecord {
            key,
            reason: primary_error,
        })),
    }
}

async fn set_aside(id: &CaseId, stored: &str) -> Result<(), StorageError> {
    let transaction = idb::transaction(&[SET_ASIDE], true).await?;
    idb::request(
        idb::store(&transaction, SET_ASIDE)
            .put_with_key(&JsValue::from_str(stored), &JsValue::from_str(&id.0)),
    )
    .await?;
    idb::committed(&transaction).await?;
    super::changed(Change::Written);
    Ok(())
}

/// The ids of every case on this device (not the deleted ones), from the summaries.
pub async fn case_ids() -> Result<Vec<CaseId>, StorageError> {
    let transaction = idb::transaction(&[SUMMARIES], false).await?;
    let keys = idb::request(idb::store(&transaction, SUMMARIES).get_all_keys()).await?;
    Ok(js_sys::Array::from(&keys)
        .iter()
        .filter_map(|k| k.as_string())
        .map(CaseId)
        .collect())
}

/// Every case stored on this device; damaged records are reported, not dropped.
pub async fn load_all_cases() -> Result<StoredCases, StorageError> {
    let mut stored = Stored::default();
    for id in case_ids().await? {
        match read_case(&id, decode_case).await {
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

/// One case by id.
pub async fn load_case(id: &CaseId) -> Result<LoadedCase, LoadError> {
    if !id.is_well_formed() {
        return Err(LoadError::NotFound);
    }
    read_case(id, decode_case).await
}

/// The revision of a case's document as stored (a tombstone's too).
pub async fn revision(id: &CaseId) -> Result<Option<Revision>, StorageError> {
    Ok(stored_texts(id).await?.revision)
}

/// The text of a case's record as the app reads it (opened), `None` when it is deleted or
/// not there: what another tab wrote.
pub async fn case_text(id: &CaseId) -> Result<Option<String>, StorageError> {
    let texts = stored_texts(id).await?;
    if let Some(revision) = texts.revision {
        remember_revision(id, revision);
    }
    Ok(opened(texts.body)
        .await?
        .map(|t| t.unwrap_or_else(|sealed| sealed)))
}

/// A case's summary read from the case itself (its summary entry is damaged or was moved
/// here while locked); a good one is written back as its summary entry.
pub(super) async fn load_summary(id: &CaseId) -> Result<Loaded<CaseSummary>, LoadError> {
    let loaded = read_case(id, crate::domain::decode_summary).await?;
    let fixed = async {
        let summary = vault::seal(&encode_summary(&loaded.case)).await?;
        let transaction = idb::transaction(&[SUMMARIES], true).await?;
        idb::request(idb::store(&transaction, SUMMARIES).put_with_key(
            &summary_entry(&summary, loaded.case.updated_at),
            &JsValue::from_str(&id.0),
        ))
        .await?;
        idb::committed(&transaction).await
    };
    let _ = fixed.await;
    Ok(loaded)
}

/// Whether this case is on the device and its summary can be read (for reopening it).
pub async fn case_is_readable(id: &CaseId) -> bool {
    id.is_well_formed() && read_case(id, crate::domain::decode_summary).await.is_ok()
}

/// Stores a case as its text ([`encode_case`]): the list shows it at once, and the write
/// follows in the background ([`super::writes`]), which reports when it is committed. The
/// open case's session encodes it with the encoder the case pages bring (see
/// [`crate::session`]).
pub fn save_case_text(summary: CaseSummary, text: String) -> Result<(), StorageError> {
    if vault::is_locked() {
        return Err(StorageError::Locked);
    }
    list::show(&summary, known_revision(&summary.id).is_none());
    writes::queue(summary, text);
    Ok(())
}

/// Stores several cases all or nothing, in one transaction (import).
pub async fn save_cases_atomically(cases: &[Case]) -> Result<(), StorageError> {
    let mut sealed = Vec::with_capacity(cases.len());
    for case in cases {
        let summary = CaseSummary::of(case);
        sealed.push((
            case.id.clone(),
            vault::seal(&encode_case(case)).await?,
            vault::seal(&encode_summary(&summary)).await?,
            case.updated_at,
        ));
    }
    let transaction = idb::transaction(&[CASES, COPIES, SUMMARIES], true).await?;
    // The revisions of cases already stored, so each import is their next revision.
    let documents = idb::store(&transaction, CASES);
    for (id, ..) in &sealed {
        let document = idb::request(documents.get(&JsValue::from_str(&id.0))).await?;
        match idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r)) {
            Some(revision) => remember_revision(id, revision),
            None => {
                REVISIONS.with(|r| r.borrow_mut().remove(&id.0));
            }
        }
    }
    for (id, body, summary, updated_at) in &sealed {
        put_case(&transaction, id, body, summary, *updated_at)?;
    }
    idb::committed(&transaction).await?;
    super::changed(Change::Written);
    for (id, ..) in &sealed {
        other_tabs::announce_case(id);
    }
    list::refresh().await;
    Ok(())
}

/// Removes a case for good, with its copy and any damaged text set aside for it; its document
/// stays as a tombstone.
pub async fn delete_case(id: &CaseId) -> Result<(), StorageError> {
    writes::forget(id);
    let transaction = idb::transaction(&STORES, true).await?;
    let key = JsValue::from_str(&id.0);
    let documents = idb::store(&transaction, CASES);
    let document = idb::request(documents.get(&key)).await?;
    let previous = idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r));
    let revision = Revision::after(previous.as_ref(), "");
    let tombstone = idb::object(&[
        ("_id", key.clone()),
        ("_rev", JsValue::from_str(&revision.to_string())),
        ("_deleted", JsValue::TRUE),
    ]);
    idb::request(documents.put_with_key(&tombstone, &key)).await?;
    for store in [COPIES, SET_ASIDE, SUMMARIES] {
        idb::request(idb::store(&transaction, store).delete(&key)).await?;
    }
    idb::committed(&transaction).await?;
    remember_revision(id, revision);
    super::changed(Change::Written);
    other_tabs::announce_case(id);
    list::refresh().await;
    Ok(())
}

fn set_aside_id(key: &str) -> Option<CaseId> {
    key.strip_prefix(SET_ASIDE_PREFIX)
        .or_else(|| key.strip_prefix(CASE_PREFIX))
        .map(|id| CaseId(id.to_string()))
}

/// The text of a damaged record (`lotse:case:<id>`) or one set aside (`lotse:damaged:<id>`),
/// opened where it can be, so the user can keep a copy of it.
pub async fn damaged_record_text(key: &str) -> Option<String> {
    let id = set_aside_id(key)?;
    let stored = if key.starts_with(SET_ASIDE_PREFIX) {
        let transaction = idb::transaction(&[SET_ASIDE], false).await.ok()?;
        idb::request(idb::store(&transaction, SET_ASIDE).get(&JsValue::from_str(&id.0)))
            .await
            .ok()?
            .as_string()
    } else {
        stored_texts(&id).await.ok()?.body
    }?;
    Some(match vault::open(&stored).await {
        Ok(Some(plain)) => plain,
        _ => stored,
    })
}

/// Damaged texts that were set aside when a case was recovered from its copy
/// (`lotse:damaged:<id>`).
pub async fn set_aside_records() -> Vec<String> {
    let Ok(transaction) = idb::transaction(&[SET_ASIDE], false).await else {
        return Vec::new();
    };
    let Ok(keys) = idb::request(idb::store(&transaction, SET_ASIDE).get_all_keys()).await else {
        return Vec::new();
    };
    js_sys::Array::from(&keys)
        .iter()
        .filter_map(|k| k.as_string())
        .map(|id| format!("{SET_ASIDE_PREFIX}{id}"))
        .collect()
}

/// Removes a damaged text that was set aside (after the user has kept or judged it).
pub async fn remove_set_aside(key: &str) -> Result<(), StorageError> {
    let Some(id) = key.strip_prefix(SET_ASIDE_PREFIX) else {
        return Ok(());
    };
    let transaction = idb::transaction(&[SET_ASIDE], true).await?;
    idb::request(idb::store(&transaction, SET_ASIDE).delete(&JsValue::from_str(id))).await?;
    idb::committed(&transaction).await?;
    super::changed(Change::Written);
    Ok(())
}

/// Everything Lotse keeps on this device, removed: cases, copies, encryption, settings.
pub async fn delete_everything() -> Result<(), StorageError> {
    writes::forget_all();
    super::changed(Change::PlainTextEnds);
    let transaction = idb::transaction(&STORES, true).await?;
    for store in STORES {
        idb::request(idb::store(&transaction, store).clear()).await?;
    }
    idb::committed(&transaction).await?;
    super::local::remove_everything()?;
    REVISIONS.with(|r| r.borrow_mut().clear());
    super::vault::forget_all();
    other_tabs::announce_all();
    list::refresh().await;
    Ok(())
}

/// How many cases are stored (known from the list, so it works while locked).
pub fn case_count() -> Option<usize> {
    list::count()
}

/// Whether any case is stored (known from the list, so it works while locked).
pub fn has_cases() -> bool {
    case_count().is_some_and(|count| count > 0)
}
