//! The cases: one record per case, its recovery copy, and damaged texts set aside.
//!
//! Every case is its own record (`lotse:case:<id>`, see [`crate::domain::schema`]), so a damaged
//! record never takes the others with it. A save writes the record, and its recovery copy
//! (`lotse:copy:<id>`) when the browser is idle or the page is hidden; encrypted, both are
//! sealed, copy first. A record that cannot be read is opened from its copy and its text set
//! aside (`lotse:damaged:<id>`), never overwritten or removed; a record from a newer version is
//! left alone.

use super::local::{
    case_key, copy_key, keys_with_prefix, local_storage, read_plain_raw, remove_raw, set_aside_key,
    write_plain_raw, CASE_PREFIX, COPY_PREFIX, PREFIX, SET_ASIDE_PREFIX,
};
use super::vault::{is_encrypted, read_record, record_keys, remove_record, vault, write_records};
use super::{Change, StorageError};
use crate::domain::{
    decode_case, decode_summary, encode_case, order, Case, CaseId, CaseSummary, DecodeError,
};
use std::cell::RefCell;

thread_local! {
    /// Recovery copies waiting for idle time: (key, text), the newest per key.
    static PENDING_COPIES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// A stored record that could not be read as a case; it is left exactly as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedRecord {
    /// The storage key, so the record can be found again.
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

/// Reads a case (with `decode`: whole, or its summary) from its record, or from the copy when
/// the record is damaged or missing.
fn read_case<T>(
    id: &CaseId,
    decode: fn(&str) -> Result<T, DecodeError>,
) -> Result<Loaded<T>, LoadError> {
    let key = case_key(id);
    let primary = read_record(&key).map_err(LoadError::Storage)?;
    let primary_error = match primary.as_deref().map(decode) {
        Some(Ok(case)) => {
            return Ok(Loaded {
                case,
                recovered: false,
            })
        }
        // A newer version's record is kept as it is, copy or not.
        Some(Err(reason @ DecodeError::FromNewerVersion(_))) => {
            return Err(LoadError::Damaged(DamagedRecord { key, reason }))
        }
        Some(Err(reason)) => Some(reason),
        None => None,
    };
    write_pending_copies();
    let copy = read_record(&copy_key(id)).map_err(LoadError::Storage)?;
    match (copy.as_deref().map(decode), primary_error) {
        (Some(Ok(case)), error) => {
            if let (Some(_), Some(damaged)) = (error, primary) {
                // Keep the damaged text before the next save overwrites it.
                let _ = write_records(vec![(set_aside_key(id), damaged)]);
            }
            Ok(Loaded {
                case,
                recovered: true,
            })
        }
        (_, Some(reason)) => Err(LoadError::Damaged(DamagedRecord { key, reason })),
        (_, None) => Err(LoadError::NotFound),
    }
}

/// Every case stored on this device; damaged records are reported, not dropped.
pub fn load_all_cases() -> Result<StoredCases, StorageError> {
    load_all(decode_case)
}

/// What the case list shows of every case on this device: only the summaries are read (a
/// large case is not decoded whole); damaged records are reported, not dropped.
pub fn load_case_summaries() -> Result<Stored<CaseSummary>, StorageError> {
    load_all(decode_summary)
}

fn load_all<T>(decode: fn(&str) -> Result<T, DecodeError>) -> Result<Stored<T>, StorageError> {
    // Sorted as plain strings: the same sort as the keys', so the code is there once.
    let mut ids: Vec<String> = record_keys(CASE_PREFIX)?
        .iter()
        .chain(record_keys(COPY_PREFIX)?.iter())
        .filter_map(|key| key.rsplit(':').next())
        .map(str::to_string)
        .collect();
    order::sort_by(&mut ids, |a, b| a.cmp(b));
    ids.dedup();
    let mut stored = Stored::default();
    for id in ids.into_iter().map(CaseId) {
        match read_case(&id, decode) {
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
pub fn load_case(id: &CaseId) -> Result<LoadedCase, LoadError> {
    if !id.is_well_formed() {
        return Err(LoadError::NotFound);
    }
    read_case(id, decode_case)
}

/// Whether this case is on the device and its summary can be read (for reopening it).
pub fn case_is_readable(id: &CaseId) -> bool {
    id.is_well_formed() && read_case(id, decode_summary).is_ok()
}

/// Stores a case: its record now, and its recovery copy (which a torn or damaged record is
/// read from) when the browser is idle, or at once when the page is hidden. So a save on the
/// typing path writes a large case once, not twice. Encrypted, both are sealed in the
/// background anyway, copy first.
pub fn save_case(case: &Case) -> Result<(), StorageError> {
    save_case_text(&case.id, encode_case(case))
}

/// Stores a case as its text ([`encode_case`]), as [`save_case`] does (the open case's
/// session encodes it with the encoder the case pages bring, see [`crate::session`]).
pub fn save_case_text(id: &CaseId, text: String) -> Result<(), StorageError> {
    if vault().is_some() {
        return write_records(vec![(copy_key(id), text.clone()), (case_key(id), text)]);
    }
    write_records(vec![(case_key(id), text.clone())])?;
    queue_copy(copy_key(id), text);
    Ok(())
}

/// Keeps the newest text for a recovery copy and makes sure it is written in idle time.
fn queue_copy(key: String, text: String) {
    let first = PENDING_COPIES.with(|pending| {
        let mut pending = pending.borrow_mut();
        pending.retain(|(k, _)| *k != key);
        pending.push((key, text));
        pending.len() == 1
    });
    if first {
        crate::browser::when_idle(write_pending_copies);
    }
}

/// Writes the recovery copies that wait for idle time. Called when the page is hidden or
/// closed, and before anything reads a copy. A failure leaves the older copy in place (the
/// record itself was written); the next save tries again.
pub fn write_pending_copies() {
    let pending = PENDING_COPIES.with(|pending| std::mem::take(&mut *pending.borrow_mut()));
    for (key, text) in pending {
        let timing = crate::browser::SaveTiming::start("lotse:save-copy");
        let _ = write_records(vec![(key, text)]);
        timing.finish();
    }
}

/// Forgets a recovery copy that was not written yet (its case is being deleted).
pub(super) fn drop_pending_copy(key: &str) {
    PENDING_COPIES.with(|pending| pending.borrow_mut().retain(|(k, _)| k != key));
}

/// Forgets every recovery copy that was not written yet (everything is being deleted).
pub(super) fn drop_pending_copies() {
    PENDING_COPIES.with(|pending| pending.borrow_mut().clear());
}

/// Stores several cases all or nothing: if one write fails, every written one is put back.
pub fn save_cases_atomically(cases: &[Case]) -> Result<(), StorageError> {
    if is_encrypted() {
        // Sealed writes happen in the background; the plain texts are taken in one step.
        let entries = cases
            .iter()
            .flat_map(|case| {
                let text = encode_case(case);
                [
                    (copy_key(&case.id), text.clone()),
                    (case_key(&case.id), text),
                ]
            })
            .collect();
        return write_records(entries);
    }
    let mut before: Vec<(String, Option<String>)> = Vec::new();
    for case in cases {
        for key in [copy_key(&case.id), case_key(&case.id)] {
            before.push((key.clone(), read_plain_raw(&key)?));
        }
        if let Err(error) = save_case(case) {
            for (key, old) in before.into_iter().rev() {
                let _ = match old {
                    Some(text) => write_plain_raw(&key, &text),
                    None => remove_raw(&key),
                };
            }
            return Err(error);
        }
    }
    Ok(())
}

/// Removes a case for good, with its copy and any damaged text set aside for it.
pub fn delete_case(id: &CaseId) -> Result<(), StorageError> {
    drop_pending_copy(&copy_key(id));
    for key in [case_key(id), copy_key(id), set_aside_key(id)] {
        remove_record(&key)?;
    }
    Ok(())
}

/// The text of a damaged record, so the user can keep a copy of it.
pub fn damaged_record_text(key: &str) -> Option<String> {
    read_record(key).ok().flatten()
}

/// Damaged texts that were set aside when a case was recovered from its copy.
pub fn set_aside_records() -> Vec<String> {
    record_keys(SET_ASIDE_PREFIX).unwrap_or_default()
}

/// Removes a damaged text that was set aside (after the user has kept or judged it).
pub fn remove_set_aside(key: &str) -> Result<(), StorageError> {
    if key.starts_with(SET_ASIDE_PREFIX) {
        remove_record(key)
    } else {
        Ok(())
    }
}

/// Everything Lotse keeps on this device, removed: cases, copies, encryption, settings.
pub fn delete_everything() -> Result<(), StorageError> {
    drop_pending_copies();
    super::changed(Change::PlainTextEnds);
    for key in keys_with_prefix(PREFIX)? {
        remove_raw(&key)?;
    }
    super::vault::forget_all();
    Ok(())
}

/// How many case records are stored (read from the keys alone, so it works while locked).
pub fn case_count() -> Option<usize> {
    keys_with_prefix(CASE_PREFIX).ok().map(|keys| keys.len())
}

/// Whether any case is stored (read from the keys alone, so it works while locked).
pub fn has_cases() -> bool {
    case_count().is_some_and(|count| count > 0)
}

/// How many records of client data are stored (cases, copies, texts set aside) and their size.
pub fn usage() -> (usize, usize) {
    let keys = keys_with_prefix(PREFIX).unwrap_or_default();
    let storage = local_storage().ok();
    let bytes = keys
        .iter()
        .filter_map(|k| {
            storage
                .as_ref()?
                .get_item(k)
                .ok()
                .flatten()
                .map(|v| (k.len() + v.len()) * 2)
        })
        .sum();
    (
        keys.iter().filter(|k| k.starts_with(CASE_PREFIX)).count(),
        bytes,
    )
}
