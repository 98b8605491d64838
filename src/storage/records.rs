//! The cases: one document per case, its recovery copy, and damaged texts set aside, in
//! IndexedDB (see [`super::idb`] for the stores).
//!
//! Every case is its own document, so a damaged one never takes the others with it. A save
//! ([`super::writes`]) writes the document, its recovery copy and its summary in one
//! transaction. A document that cannot be read is opened from its copy and its text set aside,
//! never overwritten or removed; one from a newer version is left alone. A deleted case stays
//! as a tombstone (a document without a body), for replication.

use super::documents::{
    damaged_summary_entry, is_set_aside_for, outbox_entry, put_case, remember_revision, set_aside,
    stored_copy, stored_texts, summary_entry, DamagedRecord, LoadError, Loaded, LoadedCase, Stored,
    StoredCases, CASE_WRITE,
};
use super::idb::{self, CASES, COPIES, FACTS, OUTBOX, SET_ASIDE, STORES, SUMMARIES};
use super::local::{case_key, CASE_PREFIX, SET_ASIDE_PREFIX, SUMMARIES_OUTDATED_KEY};
use super::vault;
use super::{list, other_tabs, writes, Change, StorageError};
use crate::domain::document::Revision;
use crate::domain::schema::encode_summary;
use crate::domain::{decode_case, encode_case, Case, CaseId, CaseSummary, DecodeError};
use wasm_bindgen::JsValue;

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
    let copy = stored_copy(id).await.map_err(LoadError::Storage)?;
    let copy = opened(copy).await.map_err(LoadError::Storage)?;
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

/// Reads a case whose summary entry is unread (moved while locked, or damaged) or outdated
/// from the case itself, from its copy if need be, and writes what it found as its summary
/// entry, unless the case was saved meanwhile (that save wrote its summary). Whether it was
/// recovered from its copy.
pub(super) async fn check_summary(id: &CaseId) -> Result<bool, StorageError> {
    // The revision before reading: a save after it changes it, and then wrote its summary.
    let read = stored_texts(id).await?.revision;
    let summary_of = |text: &str| decode_case(text).map(|case| case.summary());
    let (entry, recovered) = match read_case(id, summary_of).await {
        Ok(loaded) => {
            let summary = vault::seal(&encode_summary(&loaded.case)).await?;
            (summary_entry(&summary, &loaded.case), loaded.recovered)
        }
        Err(LoadError::Damaged(record)) => (damaged_summary_entry(&record.reason), false),
        Err(LoadError::NotFound) => return Ok(false),
        Err(LoadError::Storage(error)) => return Err(error),
    };
    let transaction = idb::transaction(&[CASES, SUMMARIES], true).await?;
    let key = JsValue::from_str(&id.0);
    let document = idb::request(idb::store(&transaction, CASES).get(&key)).await?;
    if idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r)) != read {
        return Ok(recovered);
    }
    idb::request(idb::store(&transaction, SUMMARIES).put_with_key(&entry, &key)).await?;
    idb::committed(&transaction).await?;
    Ok(recovered)
}

/// Writes every summary again from its case, once, when the `due` index is new (summaries
/// written before it lack the review date). Waits for an unlock; an interrupted run starts
/// again at the next start.
pub async fn rewrite_outdated_summaries() -> Result<(), StorageError> {
    if !super::local::is_stored(SUMMARIES_OUTDATED_KEY) || vault::is_locked() {
        return Ok(());
    }
    for id in case_ids().await? {
        if check_summary(&id).await? {
            list::note_recovered(id);
        }
    }
    super::local::remove_raw(SUMMARIES_OUTDATED_KEY)?;
    list::refresh().await;
    super::changed(Change::Written);
    Ok(())
}

/// Checks every unread summary entry ([`check_summary`]): after an unlock, the cases moved
/// while the device was locked.
pub(super) async fn check_unread_summaries() -> Result<(), StorageError> {
    let transaction = idb::transaction(&[SUMMARIES], false).await?;
    let summaries = idb::store(&transaction, SUMMARIES);
    let entries = idb::request(summaries.get_all()).await?;
    let keys = idb::request(summaries.get_all_keys()).await?;
    let entries = js_sys::Array::from(&entries);
    for (entry, key) in entries.iter().zip(js_sys::Array::from(&keys).iter()) {
        if super::documents::is_unread(&entry) {
            let id = CaseId(key.as_string().unwrap_or_default());
            if check_summary(&id).await? {
                list::note_recovered(id);
            }
        }
    }
    Ok(())
}

/// Stores several cases all or nothing, in one transaction (import).
pub async fn save_cases_atomically(cases: &[Case]) -> Result<(), StorageError> {
    let mut sealed = Vec::with_capacity(cases.len());
    for case in cases {
        let summary = CaseSummary::of(case);
        sealed.push((
            vault::seal(&encode_case(case)).await?,
            vault::seal(&encode_summary(&summary)).await?,
            summary,
        ));
    }
    let transaction = idb::transaction(&CASE_WRITE, true).await?;
    // The revisions of cases already stored, so each import is their next revision.
    let documents = idb::store(&transaction, CASES);
    for (.., CaseSummary { id, .. }) in &sealed {
        let document = idb::request(documents.get(&JsValue::from_str(&id.0))).await?;
        match idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r)) {
            Some(revision) => remember_revision(id, revision),
            None => {
                super::documents::forget_revision(id);
            }
        }
    }
    let mut revisions = Vec::with_capacity(sealed.len());
    for (body, stored_summary, summary) in &sealed {
        revisions.push((
            &summary.id,
            // Their facts are counted when the report next runs.
            put_case(&transaction, summary, body, stored_summary, None)?,
        ));
    }
    idb::committed(&transaction).await?;
    for (id, revision) in revisions {
        remember_revision(id, revision);
    }
    super::changed(Change::Written);
    for (.., summary) in &sealed {
        other_tabs::announce_case(&summary.id);
    }
    list::refresh().await;
    Ok(())
}

/// Removes a case for good, with its copy and any damaged text set aside for it; its document
/// stays as a tombstone.
pub async fn delete_case(id: &CaseId) -> Result<(), StorageError> {
    // A text of it being written now must not come back after the tombstone.
    writes::forget(id);
    writes::settled().await;
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
    let outbox = idb::store(&transaction, OUTBOX);
    idb::request(outbox.put_with_key(&outbox_entry(&revision), &key)).await?;
    for store in [COPIES, SUMMARIES, FACTS] {
        idb::request(idb::store(&transaction, store).delete(&key)).await?;
    }
    // Every text set aside for it: `<id>`, and `<id>~<n>` beside an earlier one.
    let set_aside = idb::store(&transaction, SET_ASIDE);
    let aside = idb::request(set_aside.get_all_keys()).await?;
    for held in js_sys::Array::from(&aside).iter() {
        let name = held.as_string().unwrap_or_default();
        if is_set_aside_for(&name, id) {
            idb::request(set_aside.delete(&held)).await?;
        }
    }
    idb::committed(&transaction).await?;
    remember_revision(id, revision);
    super::changed(Change::Written);
    other_tabs::announce_case(id);
    list::refresh().await;
    Ok(())
}

/// The text of a damaged record (`lotse:case:<id>`) or one set aside (`lotse:damaged:<id>`),
/// opened where it can be, so the user can keep a copy of it.
pub async fn damaged_record_text(key: &str) -> Option<String> {
    let (store, id) = match key.strip_prefix(SET_ASIDE_PREFIX) {
        Some(id) => (SET_ASIDE, id),
        None => (CASES, key.strip_prefix(CASE_PREFIX)?),
    };
    let transaction = idb::transaction(&[store], false).await.ok()?;
    let value = idb::request(idb::store(&transaction, store).get(&JsValue::from_str(id)))
        .await
        .ok()?;
    let stored = value
        .as_string()
        .or_else(|| idb::text_field(&value, "body"))?;
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
    writes::settled().await;
    super::changed(Change::PlainTextEnds);
    let transaction = idb::transaction(&STORES, true).await?;
    for store in STORES {
        idb::request(idb::store(&transaction, store).clear()).await?;
    }
    idb::committed(&transaction).await?;
    super::local::remove_everything()?;
    super::documents::forget_revisions();
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
