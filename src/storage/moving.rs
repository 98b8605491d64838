//! The move of the cases from localStorage (where Lotse kept them before it used IndexedDB)
//! into IndexedDB, on the first start of a version that reads them from there.
//!
//! Each case moves in one transaction: its record (`lotse:case:<id>`), its copy
//! (`lotse:copy:<id>`) and a damaged text set aside for it (`lotse:damaged:<id>`), each
//! exactly as stored, sealed or not. They are read back and compared once the transaction has
//! committed, and only then are their localStorage keys removed. A move that was interrupted
//! (a closed tab, a crash) starts again at the next start: a text already moved is not
//! written twice. A case that cannot be moved stays where it is and is reported.

use super::documents::{
    is_set_aside_for, remember_revision, set_aside, summary_entry, unread_summary_entry,
};
use super::idb::{self, CASES, COPIES, SET_ASIDE, SUMMARIES};
use super::list::note_recovered;
use super::local::{
    case_key, copy_key, keys_with_prefix, read_plain_raw, remove_raw, set_aside_key, CASE_PREFIX,
    COPY_PREFIX, SET_ASIDE_PREFIX,
};
use super::records::check_summary;
use super::StorageError;
use crate::domain::document::Revision;
use crate::domain::sealed::decode_sealed;
use crate::domain::{decode_case, CaseId};
use wasm_bindgen::JsValue;

/// What localStorage holds of one case.
struct Texts {
    record: Option<String>,
    copy: Option<String>,
    set_aside: Option<String>,
}

/// Moves every case still in localStorage. The keys of those that could not be moved (their
/// records stay in localStorage).
pub(super) async fn move_from_local_storage() -> Result<Vec<String>, StorageError> {
    let mut ids: Vec<String> = Vec::new();
    for prefix in [CASE_PREFIX, COPY_PREFIX, SET_ASIDE_PREFIX] {
        for key in keys_with_prefix(prefix)? {
            let id = key[prefix.len()..].to_string();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    let mut left = Vec::new();
    for id in ids.into_iter().map(CaseId) {
        if move_case(&id).await.is_err() {
            left.push(case_key(&id));
        }
    }
    Ok(left)
}

fn read(id: &CaseId) -> Result<Texts, StorageError> {
    Ok(Texts {
        record: read_plain_raw(&case_key(id))?,
        copy: read_plain_raw(&copy_key(id))?,
        set_aside: read_plain_raw(&set_aside_key(id))?,
    })
}

async fn move_case(id: &CaseId) -> Result<(), StorageError> {
    let texts = read(id)?;
    let key = JsValue::from_str(&id.0);
    // Texts that meet a different one already here (an older tab kept writing to
    // localStorage after a move) are set aside, never written over it.
    let mut displaced = Vec::new();
    let transaction = idb::transaction(&[CASES, COPIES, SUMMARIES], true).await?;
    if let Some(record) = &texts.record {
        let documents = idb::store(&transaction, CASES);
        let existing = idb::request(documents.get(&key)).await?;
        match idb::text_field(&existing, "body") {
            // Already moved by an interrupted run: the same text is not a new revision.
            Some(held) if held == *record => {}
            Some(_) => displaced.push(record.clone()),
            None => {
                let previous = idb::text_field(&existing, "_rev").and_then(|r| Revision::parse(&r));
                let revision = Revision::after(previous.as_ref(), record);
                let document = idb::object(&[
                    ("_id", key.clone()),
                    ("_rev", JsValue::from_str(&revision.to_string())),
                    ("body", JsValue::from_str(record)),
                ]);
                idb::request(documents.put_with_key(&document, &key)).await?;
                idb::request(
                    idb::store(&transaction, SUMMARIES).put_with_key(&summary_of(record), &key),
                )
                .await?;
                remember_revision(id, revision);
            }
        }
    }
    if let Some(copy) = &texts.copy {
        let copies = idb::store(&transaction, COPIES);
        match idb::request(copies.get(&key)).await?.as_string() {
            Some(held) if held == *copy => {}
            Some(_) => displaced.push(copy.clone()),
            None => {
                idb::request(copies.put_with_key(&JsValue::from_str(copy), &key)).await?;
            }
        }
    }
    idb::committed(&transaction).await?;
    for text in texts.set_aside.iter().chain(&displaced) {
        set_aside(id, text).await?;
    }
    confirm_and_remove(id, &texts).await?;
    // A damaged record is read from its copy now, as the list would have done before.
    let damaged = texts
        .record
        .as_deref()
        .is_some_and(|record| decode_sealed(record).is_none() && decode_case(record).is_err());
    if damaged && check_summary(id).await? {
        note_recovered(id.clone());
    }
    Ok(())
}

/// The summary entry of a moved record: sealed, it is read at the next unlock; damaged, once
/// it is moved.
fn summary_of(record: &str) -> JsValue {
    let summary_of = |text: &str| decode_case(text).ok().map(|case| case.summary());
    match decode_sealed(record).map_or_else(|| summary_of(record), |_| None) {
        Some(summary) => summary_entry(&crate::domain::schema::encode_summary(&summary), &summary),
        None => unread_summary_entry(),
    }
}

/// Reads the moved texts back and removes from localStorage each one IndexedDB holds exactly,
/// where it went: the document, the copy, or set aside.
async fn confirm_and_remove(id: &CaseId, texts: &Texts) -> Result<(), StorageError> {
    let key = JsValue::from_str(&id.0);
    let transaction = idb::transaction(&[CASES, COPIES, SET_ASIDE], false).await?;
    let document = idb::request(idb::store(&transaction, CASES).get(&key)).await?;
    let copy = idb::request(idb::store(&transaction, COPIES).get(&key)).await?;
    let set_aside = idb::store(&transaction, SET_ASIDE);
    let aside_keys = idb::request(set_aside.get_all_keys()).await?;
    let mut aside = Vec::new();
    for held in js_sys::Array::from(&aside_keys).iter() {
        let name = held.as_string().unwrap_or_default();
        if is_set_aside_for(&name, id) {
            aside.extend(idb::request(set_aside.get(&held)).await?.as_string());
        }
    }
    let held =
        |text: &String, here: Option<String>| here.as_ref() == Some(text) || aside.contains(text);
    let pairs = [
        (
            case_key(id),
            &texts.record,
            idb::text_field(&document, "body"),
        ),
        (copy_key(id), &texts.copy, copy.as_string()),
        (set_aside_key(id), &texts.set_aside, None),
    ];
    let mut all = true;
    for (key, moved, here) in pairs {
        let Some(moved) = moved else {
            continue;
        };
        if held(moved, here) {
            remove_raw(&key)?;
        } else {
            all = false;
        }
    }
    if all {
        Ok(())
    } else {
        Err(StorageError::WriteFailed(String::from("not moved")))
    }
}
