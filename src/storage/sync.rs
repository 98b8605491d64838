//! What sync keeps on this device (the `sync` and `outbox` stores), and the writes a pull
//! makes. Every text in `sync` is sealed when encryption is on, like the cases: the team's
//! settings (with the member's password and the team key), each replicated document's
//! [`DocState`] (with the other versions of a conflict), which local document each server id
//! is, and the checkpoint. The outbox names the documents changed since they were last sent:
//! cases by their id, the Sozialraum level's documents by their local key. Every write of
//! one adds to it in the same transaction, so no change is ever missed.
//!
//! Nothing here speaks to the server: that is `crate::sync`.

use super::documents::{
    forget_revision, known_revision, outbox_entry, put_case, remember_revision, CASE_WRITE,
};
use super::idb::{self, CASES, COPIES, FACTS, OUTBOX, SOZIALRAUM, SUMMARIES, SYNC};
use super::local::{is_stored, remove_raw, write_plain_raw};
use super::sozialraum::{document_of, put_document, SOZIALRAUM_WRITE};
use super::{list, other_tabs, vault, Change, StorageError};
use crate::domain::document::Revision;
use crate::domain::schema::encode_summary;
use crate::domain::sync::envelope::{case_key, case_of_key, sozialraum_key};
use crate::domain::sync::{DocState, LocalDoc, TeamSettings};
use crate::domain::{encode_case, Case, CaseId, CaseSummary};
use wasm_bindgen::JsValue;

/// In localStorage: this device syncs with a team (read at start, before the database).
const SYNC_FLAG: &str = "lotse:sync";
const SETTINGS: &str = "settings";
const CHECKPOINT: &str = "checkpoint";
const UNREADABLE: &str = "unreadable";

fn state_key(local_key: &str) -> JsValue {
    JsValue::from_str(&format!("doc:{local_key}"))
}

fn remote_key(remote_id: &str) -> JsValue {
    JsValue::from_str(&format!("remote:{remote_id}"))
}

/// Hears that a document's other versions changed (by its local key).
type VersionsListener = Box<dyn Fn(&str)>;

thread_local! {
    static VERSIONS_LISTENER: std::cell::RefCell<Option<VersionsListener>> =
        const { std::cell::RefCell::new(None) };
}

/// Registers who hears that what is known of a document's other versions changed (a
/// conflict came or was decided), by its local key: one listener, the conflict notice of the
/// case or entry on screen.
pub fn on_versions(listener: impl Fn(&str) + 'static) {
    VERSIONS_LISTENER.with(|l| *l.borrow_mut() = Some(Box::new(listener)));
}

fn versions_changed(local_key: &str) {
    VERSIONS_LISTENER.with(|l| {
        if let Some(listener) = &*l.borrow() {
            listener(local_key);
        }
    });
}

/// Whether this device syncs with a team (known without opening the database).
pub fn is_set_up() -> bool {
    is_stored(SYNC_FLAG)
}

async fn read_text(key: &JsValue) -> Result<Option<String>, StorageError> {
    let transaction = idb::transaction(&[SYNC], false).await?;
    let stored = idb::request(idb::store(&transaction, SYNC).get(key)).await?;
    match stored.as_string() {
        Some(text) => vault::open(&text).await,
        None => Ok(None),
    }
}

async fn write_texts(texts: &[(JsValue, String)]) -> Result<(), StorageError> {
    let mut sealed = Vec::with_capacity(texts.len());
    for (key, text) in texts {
        sealed.push((key, vault::seal(text).await?));
    }
    let transaction = idb::transaction(&[SYNC], true).await?;
    let store = idb::store(&transaction, SYNC);
    for (key, text) in sealed {
        idb::request(store.put_with_key(&JsValue::from_str(&text), key)).await?;
    }
    idb::committed(&transaction).await
}

/// The team this device syncs with; `None` when it does not, or its settings cannot be read.
pub async fn load_settings() -> Result<Option<TeamSettings>, StorageError> {
    let text = read_text(&JsValue::from_str(SETTINGS)).await?;
    Ok(text.and_then(|text| serde_json::from_str(&text).ok()))
}

/// Starts syncing with a team: keeps its settings, and marks every case as not yet sent.
pub async fn set_up(settings: &TeamSettings) -> Result<(), StorageError> {
    let text = serde_json::to_string(settings).map_err(|_| StorageError::Crypto)?;
    // Nothing known of an earlier team's server carries over.
    let transaction = idb::transaction(&[SYNC], true).await?;
    idb::request(idb::store(&transaction, SYNC).clear()).await?;
    idb::committed(&transaction).await?;
    write_texts(&[(JsValue::from_str(SETTINGS), text)]).await?;
    let transaction = idb::transaction(&[CASES, SOZIALRAUM, OUTBOX], true).await?;
    let outbox = idb::store(&transaction, OUTBOX);
    for store in [CASES, SOZIALRAUM] {
        let documents = idb::request(idb::store(&transaction, store).get_all()).await?;
        for document in js_sys::Array::from(&documents).iter() {
            let (Some(id), Some(rev)) = (
                idb::text_field(&document, "_id"),
                idb::text_field(&document, "_rev").and_then(|r| Revision::parse(&r)),
            ) else {
                continue;
            };
            let key = match store {
                CASES => id,
                _ => sozialraum_key(&id),
            };
            idb::request(outbox.put_with_key(&outbox_entry(&rev), &JsValue::from_str(&key)))
                .await?;
        }
    }
    idb::committed(&transaction).await?;
    write_plain_raw(SYNC_FLAG, "1")
}

/// Stops syncing: forgets the team and what was known of the server. Every case stays.
pub async fn turn_off() -> Result<(), StorageError> {
    remove_raw(SYNC_FLAG)?;
    let transaction = idb::transaction(&[SYNC, OUTBOX], true).await?;
    idb::request(idb::store(&transaction, SYNC).clear()).await?;
    idb::request(idb::store(&transaction, OUTBOX).clear()).await?;
    idb::committed(&transaction).await
}

/// The documents changed since they were last sent: local key and local revision.
pub async fn pending() -> Result<Vec<(String, String)>, StorageError> {
    let transaction = idb::transaction(&[OUTBOX], false).await?;
    let outbox = idb::store(&transaction, OUTBOX);
    let keys = idb::request(outbox.get_all_keys()).await?;
    let entries = idb::request(outbox.get_all()).await?;
    Ok(js_sys::Array::from(&keys)
        .iter()
        .zip(js_sys::Array::from(&entries).iter())
        .filter_map(|(key, entry)| {
            let key = key.as_string()?;
            let local_key = match LocalDoc::of_key(&key) {
                Some(LocalDoc::Sozialraum(_)) => key,
                _ => case_key(&CaseId(key)),
            };
            Some((local_key, idb::text_field(&entry, "rev")?))
        })
        .collect())
}

/// A local document as it is sent.
pub struct LocalVersion {
    /// Its local revision.
    pub rev: String,
    /// Its plain text, or `None`: a tombstone.
    pub body: Option<String>,
    /// On the tombstone of a catalogue entry merged into another: that entry.
    pub merged_into: Option<String>,
}

/// The store and key of a local document.
fn place_of(local_key: &str) -> Option<(&'static str, String)> {
    match LocalDoc::of_key(local_key)? {
        LocalDoc::Case(id) => Some((CASES, id.0)),
        LocalDoc::Sozialraum(id) => Some((SOZIALRAUM, id)),
    }
}

/// A local document as sent. `None` when there is no such document, or its text cannot be
/// opened.
pub async fn local_document(local_key: &str) -> Result<Option<LocalVersion>, StorageError> {
    let Some((store, id)) = place_of(local_key) else {
        return Ok(None);
    };
    let transaction = idb::transaction(&[store], false).await?;
    let document =
        idb::request(idb::store(&transaction, store).get(&JsValue::from_str(&id))).await?;
    let Some(rev) = idb::text_field(&document, "_rev") else {
        return Ok(None);
    };
    let merged_into = idb::text_field(&document, "merged_into");
    let body = match idb::text_field(&document, "body") {
        Some(stored) => match vault::open(&stored).await? {
            Some(body) => Some(body),
            None => return Ok(None),
        },
        None => None,
    };
    Ok(Some(LocalVersion {
        rev,
        body,
        merged_into,
    }))
}

/// What this device knows of a replicated document.
pub async fn doc_state(local_key: &str) -> Result<Option<DocState>, StorageError> {
    let text = read_text(&state_key(local_key)).await?;
    Ok(text.and_then(|text| serde_json::from_str(&text).ok()))
}

/// Which local document a server id is, once this device has sent or received it.
pub async fn local_key_of(remote_id: &str) -> Result<Option<String>, StorageError> {
    read_text(&remote_key(remote_id)).await
}

/// Where the next pull starts, as last saved.
pub async fn checkpoint() -> Result<Option<String>, StorageError> {
    read_text(&JsValue::from_str(CHECKPOINT)).await
}

/// Saves where the next pull starts.
pub async fn save_checkpoint(seq: &str) -> Result<(), StorageError> {
    write_texts(&[(JsValue::from_str(CHECKPOINT), seq.to_string())]).await
}

/// Keeps a document's state (and which server id it is) after a push; it leaves the outbox
/// unless it was changed again meanwhile (its revision is no longer `sent_rev`).
pub async fn pushed(remote_id: &str, state: &DocState, sent_rev: &str) -> Result<(), StorageError> {
    let sealed_state = vault::seal(&to_json(state)?).await?;
    let sealed_key = vault::seal(&state.key).await?;
    let transaction = idb::transaction(&[SYNC, OUTBOX], true).await?;
    let store = idb::store(&transaction, SYNC);
    idb::request(store.put_with_key(&JsValue::from_str(&sealed_state), &state_key(&state.key)))
        .await?;
    idb::request(store.put_with_key(&JsValue::from_str(&sealed_key), &remote_key(remote_id)))
        .await?;
    let outbox = idb::store(&transaction, OUTBOX);
    let key = outbox_key(&state.key);
    let entry = idb::request(outbox.get(&key)).await?;
    if idb::text_field(&entry, "rev").as_deref() == Some(sent_rev) {
        idb::request(outbox.delete(&key)).await?;
    }
    idb::committed(&transaction).await
}

/// Notes documents on the server this device cannot open (they are left alone); how many it
/// has seen in all.
pub async fn note_unreadable(remote_ids: &[String]) -> Result<usize, StorageError> {
    let key = JsValue::from_str(UNREADABLE);
    let mut known: Vec<String> = read_text(&key)
        .await?
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let before = known.len();
    for id in remote_ids {
        if !known.contains(id) {
            known.push(id.clone());
        }
    }
    if known.len() > before {
        let text = serde_json::to_string(&known).map_err(|_| StorageError::Crypto)?;
        write_texts(&[(key, text)]).await?;
    }
    Ok(known.len())
}

/// Keeps what a pull learnt of a document that stays as it is here.
pub async fn save_state(remote_id: &str, state: &DocState) -> Result<(), StorageError> {
    write_texts(&[
        (state_key(&state.key), to_json(state)?),
        (remote_key(remote_id), state.key.clone()),
    ])
    .await?;
    versions_changed(&state.key);
    Ok(())
}

/// What a pull brings for a local document.
pub enum PulledContent {
    /// A case, or `None`: deleted there.
    Case(Option<Box<Case>>),
    /// A Sozialraum document's plain text (read and found good), or `None`: deleted there,
    /// merged into `merged_into` if that is given.
    Sozialraum {
        /// The text.
        body: Option<String>,
        /// The entry a deleted entry went into.
        merged_into: Option<String>,
    },
}

/// What a pull writes to a document: `content` with the state it leads to, used only if the
/// document has no change waiting to be sent; otherwise only `if_changed` is kept (the
/// document stays, and the pulled version is kept in the state as a conflict).
pub struct PulledDoc {
    /// The server's id of the document.
    pub remote_id: String,
    /// What it holds there.
    pub content: PulledContent,
    /// The state once the document is written.
    pub if_unchanged: DocState,
    /// The state if it changed here meanwhile.
    pub if_changed: DocState,
}

/// The texts of a pulled document, sealed as stored.
enum Sealed {
    Case(Option<(String, String, CaseSummary)>),
    Sozialraum(String, Option<String>, Option<String>),
}

/// Writes what a pull brings for one document in one transaction (the document, its copy,
/// summary and state), unless it has changed here meanwhile. Whether it was written.
pub async fn write_pulled(pulled: &PulledDoc) -> Result<bool, StorageError> {
    let local_key = &pulled.if_unchanged.key;
    let no_key = || StorageError::WriteFailed(String::from("key"));
    let sealed = match (
        &pulled.content,
        LocalDoc::of_key(local_key).ok_or_else(no_key)?,
    ) {
        (PulledContent::Case(case), LocalDoc::Case(_)) => Sealed::Case(match case {
            Some(case) => {
                let summary = CaseSummary::of(case);
                Some((
                    vault::seal(&encode_case(case)).await?,
                    vault::seal(&encode_summary(&summary)).await?,
                    summary,
                ))
            }
            None => None,
        }),
        (PulledContent::Sozialraum { body, merged_into }, LocalDoc::Sozialraum(id)) => {
            Sealed::Sozialraum(
                id,
                match body {
                    Some(body) => Some(vault::seal(body).await?),
                    None => None,
                },
                merged_into.clone(),
            )
        }
        _ => return Err(no_key()),
    };
    let unchanged = vault::seal(&to_json(&pulled.if_unchanged)?).await?;
    let changed = vault::seal(&to_json(&pulled.if_changed)?).await?;
    let sealed_key = vault::seal(local_key).await?;
    let mut stores = match sealed {
        Sealed::Case(_) => CASE_WRITE.to_vec(),
        Sealed::Sozialraum(..) => SOZIALRAUM_WRITE.to_vec(),
    };
    stores.push(SYNC);
    let transaction = idb::transaction(&stores, true).await?;
    let sync = idb::store(&transaction, SYNC);
    idb::request(sync.put_with_key(
        &JsValue::from_str(&sealed_key),
        &remote_key(&pulled.remote_id),
    ))
    .await?;
    let outbox = idb::store(&transaction, OUTBOX);
    let outbox_key = outbox_key(local_key);
    let waiting = !idb::request(outbox.get(&outbox_key)).await?.is_undefined();
    if waiting {
        idb::request(sync.put_with_key(&JsValue::from_str(&changed), &state_key(local_key)))
            .await?;
        idb::committed(&transaction).await?;
        versions_changed(local_key);
        return Ok(false);
    }
    idb::request(sync.put_with_key(&JsValue::from_str(&unchanged), &state_key(local_key))).await?;
    let written_case = match sealed {
        Sealed::Case(texts) => Some(write_pulled_case(&transaction, local_key, texts).await?),
        Sealed::Sozialraum(id, body, merged_into) => {
            let merged_into = merged_into.map(crate::domain::sozialraum::CatalogueId);
            put_document(&transaction, &id, body.as_deref(), merged_into.as_ref()).await?;
            None
        }
    };
    // Written from the server: nothing to send back.
    idb::request(outbox.delete(&outbox_key)).await?;
    idb::committed(&transaction).await?;
    super::changed(Change::Written);
    versions_changed(local_key);
    if let Some((id, revision)) = written_case {
        remember_revision(&id, revision);
        other_tabs::announce_case_here_too(&id);
        list::refresh().await;
    }
    Ok(true)
}

/// The case part of [`write_pulled`]: the case, its copy and summary, or its tombstone. The
/// case and the revision written.
async fn write_pulled_case(
    transaction: &web_sys::IdbTransaction,
    local_key: &str,
    texts: Option<(String, String, CaseSummary)>,
) -> Result<(CaseId, Revision), StorageError> {
    let id = case_of_key(local_key).ok_or(StorageError::WriteFailed(String::from("key")))?;
    let key = JsValue::from_str(&id.0);
    let documents = idb::store(transaction, CASES);
    let stored = idb::request(documents.get(&key)).await?;
    match idb::text_field(&stored, "_rev").and_then(|r| Revision::parse(&r)) {
        Some(revision) => remember_revision(&id, revision),
        None => forget_revision(&id),
    }
    let revision = match &texts {
        Some((body, stored_summary, summary)) => {
            put_case(transaction, summary, body, stored_summary, None)?
        }
        None => {
            let revision = Revision::after(known_revision(&id).as_ref(), "");
            let tombstone = idb::object(&[
                ("_id", key.clone()),
                ("_rev", JsValue::from_str(&revision.to_string())),
                ("_deleted", JsValue::TRUE),
            ]);
            idb::request(documents.put_with_key(&tombstone, &key)).await?;
            for store in [COPIES, SUMMARIES, FACTS] {
                idb::request(idb::store(transaction, store).delete(&key)).await?;
            }
            revision
        }
    };
    Ok((id, revision))
}

/// Keeps the user's decision on the other version `rev` of a conflict: the document now
/// holds what they chose (written by the caller), and `rev` is ended on the next push.
pub async fn decided(state: &DocState, rev: &str) -> Result<(), StorageError> {
    write_texts(&[(state_key(&state.key), to_json(&state.decided(rev))?)]).await?;
    let (store, id) = place_of(&state.key).ok_or(StorageError::WriteFailed(String::from("key")))?;
    // Sent again even if the choice left the document as it was.
    let transaction = idb::transaction(&[store, OUTBOX], true).await?;
    let document =
        idb::request(idb::store(&transaction, store).get(&JsValue::from_str(&id))).await?;
    if let Some(rev) = document_of(&document).revision {
        let outbox = idb::store(&transaction, OUTBOX);
        idb::request(outbox.put_with_key(&outbox_entry(&rev), &outbox_key(&state.key))).await?;
    }
    idb::committed(&transaction).await?;
    versions_changed(&state.key);
    // Heard by the sync loop, which sends it now.
    match LocalDoc::of_key(&state.key) {
        Some(LocalDoc::Case(id)) => other_tabs::announce_case_here_too(&id),
        _ => other_tabs::announce_sozialraum(),
    }
    Ok(())
}

/// The state of a case's replicated document (to show a conflict).
pub async fn case_state(id: &CaseId) -> Result<Option<DocState>, StorageError> {
    doc_state(&case_key(id)).await
}

/// The state of a catalogue entry's replicated document (to show a conflict).
pub async fn entry_state(id: &str) -> Result<Option<DocState>, StorageError> {
    doc_state(&sozialraum_key(id)).await
}

/// The outbox's key of a document: a case's id, or a Sozialraum document's local key.
fn outbox_key(local_key: &str) -> JsValue {
    JsValue::from_str(&case_of_key(local_key).map_or_else(|| local_key.to_string(), |id| id.0))
}

fn to_json(state: &DocState) -> Result<String, StorageError> {
    serde_json::to_string(state).map_err(|_| StorageError::WriteFailed(String::from("json")))
}
