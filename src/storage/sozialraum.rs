//! The Sozialraum level on this device: the neighbourhood catalogue and the lists of districts
//! and categories, stored as documents like the cases (revision, recovery copy, tombstone,
//! sealed with encryption on), and the facts of every case that the report counts.
//!
//! A document that cannot be read is opened from its copy and its text set aside, or, with no
//! good copy, left exactly as it is and counted, never overwritten.

use super::documents::{outbox_entry, set_aside};
use super::idb::{self, CASES, FACTS, OUTBOX, SOZIALRAUM, SOZIALRAUM_COPIES, SUMMARIES};
use super::{other_tabs, records, vault, Change, LoadError, StorageError};
use crate::domain::document::Revision;
use crate::domain::sozialraum::{
    decode_entry, decode_facts, decode_places, encode_entry, encode_facts, encode_places,
    CaseFacts, CatalogueEntry, CatalogueId, Places, StoredError,
};
use crate::domain::sync::envelope::sozialraum_key;
use crate::domain::CaseId;
use js_sys::Array;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::JsValue;
use web_sys::IdbTransaction;

/// The key of the lists' document; entries are keyed by their id (a UUID).
const PLACES: &str = crate::domain::sync::envelope::PLACES_ID;

/// The stores a write of a Sozialraum document changes: the document, its copy, and the
/// outbox that names it as not yet sent to the team's server.
pub(super) const SOZIALRAUM_WRITE: [&str; 3] = [SOZIALRAUM, SOZIALRAUM_COPIES, OUTBOX];

/// How many records are read between two pauses: thousands of entries or facts are read in
/// steps, so that typing and scrolling never wait for all of them.
const STEP: usize = 200;

/// Lets the browser handle input before the next step of a long read.
async fn pause_after(read: usize) {
    if read > 0 && read.is_multiple_of(STEP) {
        crate::browser::sleep(0).await;
    }
}

/// The catalogue as stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// The entries that were read, in the order of their names.
    pub entries: Vec<CatalogueEntry>,
    /// Each entry merged into another, with the one it went into: a case linked to it sees
    /// the entry it went into.
    pub merged: HashMap<CatalogueId, CatalogueId>,
    /// How many entries cannot be read (damaged with no good copy, or written by a newer
    /// Lotse); they are kept as they are.
    pub unreadable: usize,
    /// The ids an import must leave alone: entries deleted or merged here, and those that
    /// cannot be read.
    pub left_alone: Vec<CatalogueId>,
}

impl Catalogue {
    /// The entry a case's link leads to, following merges.
    pub fn entry(&self, id: &CatalogueId) -> Option<&CatalogueEntry> {
        let mut id = id;
        // A merge chain is short; the bound only guards against a damaged cycle.
        for _ in 0..16 {
            if let Some(entry) = self.entries.iter().find(|e| &e.id == id) {
                return Some(entry);
            }
            id = self.merged.get(id)?;
        }
        None
    }

    /// The id a case's link stands for now: the entry it was merged into, if it was.
    pub fn resolved(&self, id: &CatalogueId) -> CatalogueId {
        self.entry(id).map_or_else(|| id.clone(), |e| e.id.clone())
    }

    /// [`Catalogue::resolved`] for many links at once (the report's thousands of cases): the
    /// entries looked up by id, not one by one.
    pub fn resolver(&self) -> impl Fn(&CatalogueId) -> CatalogueId + '_ {
        let live: HashSet<&CatalogueId> = self.entries.iter().map(|e| &e.id).collect();
        move |id| {
            if live.contains(id) {
                id.clone()
            } else {
                self.resolved(id)
            }
        }
    }
}

/// Why the device's lists cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlacesError {
    /// Storage cannot be used.
    Storage(StorageError),
    /// The lists cannot be read (damaged with no good copy, or from a newer Lotse); they are
    /// kept as they are and cannot be changed here.
    Unreadable,
}

/// What a stored document holds.
pub(super) struct Document {
    pub(super) body: Option<String>,
    pub(super) revision: Option<Revision>,
    pub(super) merged_into: Option<String>,
}

pub(super) fn document_of(value: &JsValue) -> Document {
    Document {
        body: idb::text_field(value, "body"),
        revision: idb::text_field(value, "_rev").and_then(|r| Revision::parse(&r)),
        merged_into: idb::text_field(value, "merged_into"),
    }
}

/// Reads a stored text with `decode`, from its copy when the text is damaged (then the
/// damaged text is set aside). `Ok(None)` when neither can be read.
async fn read_with_copy<T>(
    key: &str,
    body: &str,
    decode: fn(&str) -> Result<T, StoredError>,
) -> Result<Option<T>, StorageError> {
    let first = match vault::open(body).await? {
        Some(plain) => decode(&plain),
        None => Err(StoredError::FromNewerVersion(0)),
    };
    match first {
        Ok(value) => return Ok(Some(value)),
        // A newer version's record is kept as it is, copy or not.
        Err(StoredError::FromNewerVersion(v)) if v > 0 => return Ok(None),
        Err(_) => {}
    }
    // Copies are read only here: they are needed when a document is damaged, which is rare.
    let transaction = idb::transaction(&[SOZIALRAUM_COPIES], false).await?;
    let copies = idb::store(&transaction, SOZIALRAUM_COPIES);
    let copy = idb::request(copies.get(&JsValue::from_str(key)))
        .await?
        .as_string();
    let Some(copy) = copy else {
        return Ok(None);
    };
    let Some(Ok(value)) = vault::open(&copy).await?.as_deref().map(decode) else {
        return Ok(None);
    };
    set_aside(&CaseId(format!("{SOZIALRAUM}:{key}")), body).await?;
    Ok(Some(value))
}

/// Every entry of the catalogue.
pub async fn load_catalogue() -> Result<Catalogue, StorageError> {
    let transaction = idb::transaction(&[SOZIALRAUM], false).await?;
    let documents = idb::request(idb::store(&transaction, SOZIALRAUM).get_all()).await?;
    let mut catalogue = Catalogue::default();
    for (read, value) in Array::from(&documents).iter().enumerate() {
        pause_after(read).await;
        let Some(key) = idb::text_field(&value, "_id").filter(|k| k != PLACES) else {
            continue;
        };
        let document = document_of(&value);
        let Some(body) = document.body else {
            if let Some(into) = document.merged_into {
                catalogue.merged.insert(CatalogueId(key), CatalogueId(into));
            }
            continue;
        };
        match read_with_copy(&key, &body, decode_entry).await? {
            Some(entry) => catalogue.entries.push(entry),
            None => catalogue.unreadable += 1,
        }
    }
    catalogue
        .entries
        .sort_by_cached_key(|e| crate::domain::sozialraum::comparable(&e.name));
    Ok(catalogue)
}

/// Puts a document and its copy into `transaction` (of [`SOZIALRAUM_WRITE`]), as the next
/// revision of what is stored, and names it in the outbox; `body` `None` writes a tombstone
/// (with the entry it was merged into, if any).
pub(super) async fn put_document(
    transaction: &IdbTransaction,
    key: &str,
    body: Option<&str>,
    merged_into: Option<&CatalogueId>,
) -> Result<(), StorageError> {
    let documents = idb::store(transaction, SOZIALRAUM);
    let id = JsValue::from_str(key);
    let previous = document_of(&idb::request(documents.get(&id)).await?).revision;
    let revision = Revision::after(previous.as_ref(), body.unwrap_or(""));
    let mut fields = vec![
        ("_id", id.clone()),
        ("_rev", JsValue::from_str(&revision.to_string())),
    ];
    match body {
        Some(body) => fields.push(("body", JsValue::from_str(body))),
        None => fields.push(("_deleted", JsValue::TRUE)),
    }
    if let Some(into) = merged_into {
        fields.push(("merged_into", JsValue::from_str(&into.0)));
    }
    idb::request(documents.put_with_key(&idb::object(&fields), &id)).await?;
    let outbox = idb::store(transaction, OUTBOX);
    idb::request(outbox.put_with_key(
        &outbox_entry(&revision),
        &JsValue::from_str(&sozialraum_key(key)),
    ))
    .await?;
    let copies = idb::store(transaction, SOZIALRAUM_COPIES);
    match body {
        Some(body) => idb::request(copies.put_with_key(&JsValue::from_str(body), &id)).await?,
        None => idb::request(copies.delete(&id)).await?,
    };
    Ok(())
}

async fn write_documents(
    writes: &[(&str, Option<String>, Option<&CatalogueId>)],
) -> Result<(), StorageError> {
    let transaction = idb::transaction(&SOZIALRAUM_WRITE, true).await?;
    for (key, body, merged_into) in writes {
        put_document(&transaction, key, body.as_deref(), *merged_into).await?;
    }
    idb::committed(&transaction).await?;
    super::changed(Change::Written);
    other_tabs::announce_sozialraum();
    Ok(())
}

/// Stores a catalogue entry, new or changed.
pub async fn save_entry(entry: &CatalogueEntry) -> Result<(), StorageError> {
    let body = vault::seal(&encode_entry(entry)).await?;
    write_documents(&[(&entry.id.0, Some(body), None)]).await
}

/// Stores several entries all or nothing (import).
pub async fn save_entries(entries: &[CatalogueEntry]) -> Result<(), StorageError> {
    let mut bodies = Vec::with_capacity(entries.len());
    for entry in entries {
        bodies.push(vault::seal(&encode_entry(entry)).await?);
    }
    let writes: Vec<_> = entries
        .iter()
        .zip(bodies)
        .map(|(entry, body)| (entry.id.0.as_str(), Some(body), None))
        .collect();
    write_documents(&writes).await
}

/// Stores `kept`, which took in what `gone` knew, and removes `gone`, in one transaction; cases
/// linked to `gone` see `kept` from now on.
pub async fn merge_entries(kept: &CatalogueEntry, gone: &CatalogueId) -> Result<(), StorageError> {
    let body = vault::seal(&encode_entry(kept)).await?;
    write_documents(&[
        (&kept.id.0, Some(body), None),
        (&gone.0, None, Some(&kept.id)),
    ])
    .await
}

/// Removes a catalogue entry (its document stays as a tombstone); cases linked to it keep
/// their own note of it.
pub async fn delete_entry(id: &CatalogueId) -> Result<(), StorageError> {
    write_documents(&[(&id.0, None, None)]).await
}

/// Removes a catalogue entry as another device did: merged into `into` if it was there, so
/// cases linked to it see that entry.
pub async fn delete_entry_as_there(
    id: &CatalogueId,
    into: Option<&CatalogueId>,
) -> Result<(), StorageError> {
    write_documents(&[(&id.0, None, into)]).await
}

/// The device's lists of districts and categories (empty before any is added).
pub async fn load_places() -> Result<Places, PlacesError> {
    let transaction = idb::transaction(&[SOZIALRAUM], false)
        .await
        .map_err(PlacesError::Storage)?;
    let key = JsValue::from_str(PLACES);
    let document = idb::request(idb::store(&transaction, SOZIALRAUM).get(&key))
        .await
        .map_err(PlacesError::Storage)?;
    let Some(body) = document_of(&document).body else {
        return Ok(Places::default());
    };
    read_with_copy(PLACES, &body, decode_places)
        .await
        .map_err(PlacesError::Storage)?
        .ok_or(PlacesError::Unreadable)
}

/// Stores the device's lists.
pub async fn save_places(places: &Places) -> Result<(), StorageError> {
    let body = vault::seal(&encode_places(places)).await?;
    write_documents(&[(PLACES, Some(body), None)]).await
}

/// What the report is computed from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportFacts {
    /// The facts of every case that can be read.
    pub facts: Vec<CaseFacts>,
    /// How many cases cannot be read, so are not in the report.
    pub uncounted: usize,
}

/// The facts of every readable case on this device, for the report. Cases stored without them
/// (before this version, imported, or finished from the journal) are counted now from the
/// case, and their facts stored for the next report.
pub async fn report_facts() -> Result<ReportFacts, StorageError> {
    if vault::is_locked() {
        return Err(StorageError::Locked);
    }
    // The summaries' keys only: reading thousands of summaries would hold up the page.
    let transaction = idb::transaction(&[SUMMARIES, FACTS], false).await?;
    let summary_keys = idb::request(idb::store(&transaction, SUMMARIES).get_all_keys()).await?;
    let facts_store = idb::store(&transaction, FACTS);
    let fact_keys = Array::from(&idb::request(facts_store.get_all_keys()).await?);
    let fact_values = Array::from(&idb::request(facts_store.get_all()).await?);
    let mut cases: HashSet<String> = Array::from(&summary_keys)
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    let mut facts = Vec::with_capacity(cases.len());
    let mut uncounted = 0;
    // Facts of a case no longer listed (deleted meanwhile) are left out.
    for read in 0..fact_keys.length() {
        pause_after(read as usize).await;
        let Some(id) = fact_keys
            .get(read)
            .as_string()
            .filter(|id| cases.contains(id))
        else {
            continue;
        };
        let Some(text) = fact_values.get(read).as_string() else {
            continue;
        };
        if let Some(read) = vault::open(&text).await?.as_deref().and_then(decode_facts) {
            facts.push(read);
            cases.remove(&id);
        }
    }
    // The rest are counted from the case, or not counted if it cannot be read.
    let missing: Vec<CaseId> = cases.into_iter().map(CaseId).collect();
    for id in missing {
        match count_again(&id).await? {
            Some(counted) => facts.push(counted),
            None => uncounted += 1,
        }
    }
    Ok(ReportFacts { facts, uncounted })
}

/// Counts a case's facts from the case and stores them, unless the case was saved meanwhile
/// (that save wrote its own). `None` when the case cannot be read.
async fn count_again(id: &CaseId) -> Result<Option<CaseFacts>, StorageError> {
    let before = records::revision(id).await?;
    let loaded = match records::load_case(id).await {
        Ok(loaded) => loaded,
        Err(LoadError::Storage(error)) => return Err(error),
        Err(LoadError::NotFound | LoadError::Damaged(_)) => return Ok(None),
    };
    let facts = CaseFacts::of(&loaded.case);
    let sealed = vault::seal(&encode_facts(&facts)).await?;
    let transaction = idb::transaction(&[CASES, FACTS], true).await?;
    let key = JsValue::from_str(&id.0);
    let document = idb::request(idb::store(&transaction, CASES).get(&key)).await?;
    if document_of(&document).revision == before {
        idb::request(
            idb::store(&transaction, FACTS).put_with_key(&JsValue::from_str(&sealed), &key),
        )
        .await?;
    }
    idb::committed(&transaction).await?;
    Ok(Some(facts))
}
