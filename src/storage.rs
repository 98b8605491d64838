//! The only module that touches the browser's localStorage.
//!
//! Every case is stored under its own key, so a damaged record never takes the others with it.
//! Each save writes the record twice, first as a copy and then in its place, so a torn or
//! damaged record is recovered from the copy; an unreadable record is set aside, never
//! overwritten or removed. A record from a newer version is left alone.
//!
//! With encryption on, every record is sealed with AES-256-GCM before it is written (see
//! [`crate::crypto`] and [`crate::domain::sealed`]). While unlocked, the plain texts are held
//! in memory so reads stay synchronous; writes are sealed in the background, in order.
//!
//! Records are written as raw text through `web_sys::Storage` (a sealed record is not JSON
//! of a case); interface settings go through gloo-storage as JSON values.
//!
//! Nothing here panics, and failures come back as a typed [`StorageError`].

use crate::crypto::{self, CryptoError};
use crate::domain::sealed::{
    decode_meta, decode_sealed, KdfParams, SealedRecord, VaultMeta, WrappedKey,
};
use crate::domain::{
    base64, decode_case, decode_summary, encode_case, order, Case, CaseId, CaseSummary,
    DecodeError, Timestamp,
};
use gloo_storage::{LocalStorage, Storage};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::CryptoKey;

const PREFIX: &str = "lotse:";
const CASE_PREFIX: &str = "lotse:case:";
const COPY_PREFIX: &str = "lotse:copy:";
const SET_ASIDE_PREFIX: &str = "lotse:damaged:";
const VAULT_KEY: &str = "lotse:vault";
const LAST_LOCATION_KEY: &str = "lotse:ui:last-location";
const SETTING_PREFIX: &str = "lotse:ui:";
/// There while the service worker may hold the start page as last shown (see
/// [`keep_start_page`]): the next write that changes what it shows, in any tab, has it
/// forgotten.
const START_PAGE_KEY: &str = "lotse:ui:start-page";

/// What can go wrong with the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is switched off or blocked (private mode, site settings, policy).
    Unavailable,
    /// The storage quota for this site is used up.
    QuotaExceeded,
    /// The browser refused the write for another reason (the DOMException's name).
    WriteFailed(String),
    /// The cases are encrypted and locked.
    Locked,
    /// Encryption failed (WebCrypto missing or refusing).
    Crypto,
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

/// A change made in another tab or window of Lotse on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// A case was written there (the text of its new record, decrypted) or deleted there
    /// (`None`). The text is read as a case only where a case is open ([`crate::session`]).
    Case(CaseId, Option<String>),
    /// Encryption was switched on, changed or everything was deleted there.
    Device,
}

// ---------------------------------------------------------------------------------------
// Encryption state
// ---------------------------------------------------------------------------------------

/// The data keys and the plain texts of an unlocked device.
struct Vault {
    meta: VaultMeta,
    keys: HashMap<String, CryptoKey>,
    /// Plain text of every `lotse:case:`, `lotse:copy:` and `lotse:damaged:` record.
    plain: HashMap<String, String>,
}

enum Mode {
    Plain,
    Locked,
    Unlocked(Rc<RefCell<Vault>>),
}

type WriteListener = Rc<dyn Fn(Result<(), StorageError>)>;

thread_local! {
    static MODE: RefCell<Option<Mode>> = const { RefCell::new(None) };
    static WRITE_LISTENER: RefCell<Option<WriteListener>> = const { RefCell::new(None) };
    static PENDING_WRITES: Cell<usize> = const { Cell::new(0) };
    static WRITE_SEQUENCE: RefCell<HashMap<String, u64>> = RefCell::new(HashMap::new());
    /// Recovery copies waiting for idle time: (key, text), the newest per key.
    static PENDING_COPIES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

fn with_mode<R>(f: impl FnOnce(&Mode) -> R) -> R {
    MODE.with(|mode| {
        let mut mode = mode.borrow_mut();
        let mode = mode.get_or_insert_with(|| {
            if is_stored(VAULT_KEY) {
                Mode::Locked
            } else {
                Mode::Plain
            }
        });
        f(mode)
    })
}

fn set_mode(new: Mode) {
    MODE.with(|mode| *mode.borrow_mut() = Some(new));
}

fn vault() -> Option<Rc<RefCell<Vault>>> {
    with_mode(|mode| match mode {
        Mode::Unlocked(vault) => Some(vault.clone()),
        _ => None,
    })
}

/// Whether this device keeps its cases encrypted.
pub fn is_encrypted() -> bool {
    with_mode(|mode| !matches!(mode, Mode::Plain))
}

/// Whether the cases are encrypted and the passphrase has not been given yet.
pub fn is_locked() -> bool {
    with_mode(|mode| matches!(mode, Mode::Locked))
}

/// Registers who hears about background writes (sealed records are written after encryption).
pub fn set_write_listener(listener: impl Fn(Result<(), StorageError>) + 'static) {
    WRITE_LISTENER.with(|l| *l.borrow_mut() = Some(Rc::new(listener)));
}

fn report_write(result: Result<(), StorageError>) {
    if let Some(listener) = WRITE_LISTENER.with(|l| l.borrow().clone()) {
        listener(result);
    }
}

/// How many sealed writes are still under way.
pub fn pending_writes() -> usize {
    PENDING_WRITES.with(Cell::get)
}

// ---------------------------------------------------------------------------------------
// Raw access
// ---------------------------------------------------------------------------------------

/// The browser's localStorage, or why it cannot be used. Checked before anything else,
/// because the browser throws when storage is blocked.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

/// Whether storage can be used at all.
pub fn check_available() -> Result<(), StorageError> {
    local_storage().map(|_| ())
}

fn case_key(id: &CaseId) -> String {
    format!("{CASE_PREFIX}{}", id.0)
}

fn copy_key(id: &CaseId) -> String {
    format!("{COPY_PREFIX}{}", id.0)
}

fn set_aside_key(id: &CaseId) -> String {
    format!("{SET_ASIDE_PREFIX}{}", id.0)
}

/// Whether a key holds client data (and is therefore encrypted when encryption is on).
fn is_record_key(key: &str) -> bool {
    key.starts_with(CASE_PREFIX)
        || key.starts_with(COPY_PREFIX)
        || key.starts_with(SET_ASIDE_PREFIX)
}

fn classify_write_error(error: wasm_bindgen::JsValue) -> StorageError {
    let name = error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::WriteFailed(name),
    }
}

fn read_plain_raw(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Whether `key` holds anything (plain, as stored).
fn is_stored(key: &str) -> bool {
    read_plain_raw(key).ok().flatten().is_some()
}

fn write_plain_raw(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    // Every other write here (a record, the encryption's metadata) changes what the kept start
    // page shows, or ends plain text.
    if key != START_PAGE_KEY {
        forget_start_page();
    }
    storage.set_item(key, value).map_err(classify_write_error)
}

fn remove_raw(key: &str) -> Result<(), StorageError> {
    let storage = local_storage()?;
    // A record gone changes what the kept start page shows (as in `write_plain_raw`).
    if is_record_key(key) || key == START_PAGE_KEY {
        forget_start_page();
    }
    storage
        .remove_item(key)
        .map_err(|_| StorageError::Unavailable)
}

fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(|_| StorageError::Unavailable)?;
    Ok((0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect())
}

/// The text of a record as the app sees it: decrypted when the device is unlocked.
fn read_record(key: &str) -> Result<Option<String>, StorageError> {
    with_mode(|mode| match mode {
        Mode::Plain => read_plain_raw(key),
        Mode::Locked => Err(StorageError::Locked),
        Mode::Unlocked(vault) => Ok(vault.borrow().plain.get(key).cloned()),
    })
}

/// Keys of records as the app sees them.
fn record_keys(prefix: &str) -> Result<Vec<String>, StorageError> {
    with_mode(|mode| match mode {
        Mode::Plain => keys_with_prefix(prefix),
        Mode::Locked => Err(StorageError::Locked),
        Mode::Unlocked(vault) => {
            let mut keys: Vec<String> = vault
                .borrow()
                .plain
                .keys()
                .filter(|k| k.starts_with(prefix))
                .cloned()
                .collect();
            order::sort_by(&mut keys, |a, b| a.cmp(b));
            Ok(keys)
        }
    })
}

/// Writes records in order (plain, or sealed in the background when encrypted).
fn write_records(entries: Vec<(String, String)>) -> Result<(), StorageError> {
    match with_mode(|mode| match mode {
        Mode::Plain => None,
        Mode::Locked => Some(Err(StorageError::Locked)),
        Mode::Unlocked(vault) => Some(Ok(vault.clone())),
    }) {
        None => {
            for (key, text) in &entries {
                write_plain_raw(key, text)?;
            }
            Ok(())
        }
        Some(Err(error)) => Err(error),
        Some(Ok(vault)) => {
            for (key, text) in &entries {
                vault.borrow_mut().plain.insert(key.clone(), text.clone());
            }
            seal_in_background(vault, entries);
            Ok(())
        }
    }
}

fn remove_record(key: &str) -> Result<(), StorageError> {
    if let Some(vault) = vault() {
        vault.borrow_mut().plain.remove(key);
        WRITE_SEQUENCE.with(|s| s.borrow_mut().remove(key));
    }
    remove_raw(key)
}

fn next_sequence(key: &str) -> u64 {
    WRITE_SEQUENCE.with(|s| {
        let mut s = s.borrow_mut();
        let n = s.entry(key.to_string()).or_insert(0);
        *n += 1;
        *n
    })
}

fn is_latest(key: &str, sequence: u64) -> bool {
    WRITE_SEQUENCE.with(|s| s.borrow().get(key) == Some(&sequence))
}

fn seal_in_background(vault: Rc<RefCell<Vault>>, entries: Vec<(String, String)>) {
    let sequences: Vec<u64> = entries.iter().map(|(key, _)| next_sequence(key)).collect();
    PENDING_WRITES.with(|p| p.set(p.get() + 1));
    wasm_bindgen_futures::spawn_local(async move {
        let mut result = Ok(());
        for ((key, text), sequence) in entries.into_iter().zip(sequences) {
            let sealed = seal(&vault, &text).await;
            // A later write of the same key may have overtaken this one; never go back.
            if !is_latest(&key, sequence) {
                continue;
            }
            match sealed.and_then(|sealed| write_plain_raw(&key, &sealed)) {
                Ok(()) => {}
                Err(error) => {
                    result = Err(error);
                    break;
                }
            }
        }
        PENDING_WRITES.with(|p| p.set(p.get().saturating_sub(1)));
        report_write(result);
    });
}

async fn seal(vault: &Rc<RefCell<Vault>>, text: &str) -> Result<String, StorageError> {
    let (kid, key) = {
        let vault = vault.borrow();
        let kid = vault.meta.current_kid().unwrap_or_default().to_string();
        let key = vault.keys.get(&kid).cloned().ok_or(StorageError::Crypto)?;
        (kid, key)
    };
    let (iv, data) = crypto::encrypt(&key, text.as_bytes())
        .await
        .map_err(|_| StorageError::Crypto)?;
    Ok(SealedRecord {
        enc: 1,
        kid,
        iv,
        data,
    }
    .encode())
}

/// Waits until every sealed write has reached storage.
pub async fn settled() {
    while pending_writes() > 0 {
        crate::browser::sleep(20).await;
    }
}

// ---------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------

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
fn drop_pending_copy(key: &str) {
    PENDING_COPIES.with(|pending| pending.borrow_mut().retain(|(k, _)| k != key));
}

/// Forgets every recovery copy that was not written yet (everything is being deleted).
fn drop_pending_copies() {
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
    // The start page the service worker may keep names the cases: forgotten in any case.
    drop_start_page();
    for key in keys_with_prefix(PREFIX)? {
        remove_raw(&key)?;
    }
    WRITE_SEQUENCE.with(|s| s.borrow_mut().clear());
    set_mode(Mode::Plain);
    Ok(())
}

/// Whether any case is stored (read from the keys alone, so it works while locked).
pub fn has_cases() -> bool {
    keys_with_prefix(CASE_PREFIX).is_ok_and(|keys| !keys.is_empty())
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

// ---------------------------------------------------------------------------------------
// Other tabs
// ---------------------------------------------------------------------------------------

/// Turns a storage event from another tab into what it means for this one.
pub async fn external_change(
    key: Option<String>,
    new_value: Option<String>,
) -> Option<ExternalChange> {
    // What was deleted there must not come back from a copy that waits here.
    let Some(key) = key.filter(|key| key != VAULT_KEY) else {
        drop_pending_copies();
        return Some(ExternalChange::Device);
    };
    let id = CaseId(key.strip_prefix(CASE_PREFIX)?.to_string());
    let Some(text) = new_value else {
        drop_pending_copy(&copy_key(&id));
        if let Some(vault) = vault() {
            vault.borrow_mut().plain.remove(&key);
        }
        return Some(ExternalChange::Case(id, None));
    };
    let plain = match vault() {
        None => text,
        Some(vault) => {
            let plain = open_sealed(&vault, &text).await?;
            vault.borrow_mut().plain.insert(key.clone(), plain.clone());
            // The other tab writes the copy first; keep ours in step.
            vault
                .borrow_mut()
                .plain
                .insert(copy_key(&id), plain.clone());
            plain
        }
    };
    Some(ExternalChange::Case(id, Some(plain)))
}

async fn open_sealed(vault: &Rc<RefCell<Vault>>, text: &str) -> Option<String> {
    let Some(sealed) = decode_sealed(text) else {
        return Some(text.to_string());
    };
    let key = vault.borrow().keys.get(&sealed.kid).cloned()?;
    let plain = crypto::decrypt(&key, &sealed.iv, &sealed.data).await.ok()?;
    String::from_utf8(plain).ok()
}

// ---------------------------------------------------------------------------------------
// Encryption at rest
// ---------------------------------------------------------------------------------------

/// Why the device could not be unlocked, or encryption not changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VaultError {
    /// The passphrase does not open this device; nothing was changed.
    WrongPassphrase,
    /// The browser offers no WebCrypto here.
    CryptoUnavailable,
    /// The stored encryption data cannot be read (kept as it is).
    DamagedVault,
    /// Writing failed; nothing was changed.
    Storage(StorageError),
}

impl From<CryptoError> for VaultError {
    fn from(error: CryptoError) -> Self {
        match error {
            CryptoError::Unavailable => VaultError::CryptoUnavailable,
            CryptoError::Rejected => VaultError::WrongPassphrase,
        }
    }
}

fn stored_meta() -> Result<VaultMeta, VaultError> {
    let text = read_plain_raw(VAULT_KEY)
        .map_err(VaultError::Storage)?
        .ok_or(VaultError::DamagedVault)?;
    decode_meta(&text).ok_or(VaultError::DamagedVault)
}

/// Unwraps every data key of `meta` with the key-encryption key; the raw keys, by id.
async fn unwrap_keys(
    meta: &VaultMeta,
    kek: &CryptoKey,
) -> Result<Vec<(String, Vec<u8>)>, VaultError> {
    let mut keys = Vec::new();
    for wrapped in &meta.keys {
        let raw = crypto::decrypt(kek, &wrapped.iv, &wrapped.data).await?;
        keys.push((wrapped.kid.clone(), raw));
    }
    Ok(keys)
}

async fn wrap_key(kek: &CryptoKey, kid: &str, raw: &[u8]) -> Result<WrappedKey, VaultError> {
    let (iv, data) = crypto::encrypt(kek, raw).await?;
    Ok(WrappedKey {
        kid: kid.to_string(),
        iv,
        data,
    })
}

fn new_kid() -> Result<String, VaultError> {
    Ok(base64::encode(&crypto::random_bytes(6)?))
}

async fn import_keys(
    raw_keys: &[(String, Vec<u8>)],
) -> Result<HashMap<String, CryptoKey>, VaultError> {
    let mut keys = HashMap::new();
    for (kid, raw) in raw_keys {
        keys.insert(kid.clone(), crypto::import_key(raw).await?);
    }
    Ok(keys)
}

/// Reads every record into memory, decrypted where it is sealed.
async fn open_all(
    keys: &HashMap<String, CryptoKey>,
) -> Result<HashMap<String, String>, VaultError> {
    let storage = local_storage().map_err(VaultError::Storage)?;
    let mut plain = HashMap::new();
    for key in keys_with_prefix(PREFIX).map_err(VaultError::Storage)? {
        if !is_record_key(&key) {
            continue;
        }
        let Some(text) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        let opened = match decode_sealed(&text) {
            None => Some(text.clone()),
            Some(sealed) => match keys.get(&sealed.kid) {
                Some(k) => crypto::decrypt(k, &sealed.iv, &sealed.data)
                    .await
                    .ok()
                    .and_then(|p| String::from_utf8(p).ok()),
                None => None,
            },
        };
        // A record that cannot be opened stays as it is and shows up as damaged.
        plain.insert(key, opened.unwrap_or(text));
    }
    Ok(plain)
}

/// Opens an encrypted device with its passphrase. A wrong passphrase changes nothing.
pub async fn unlock(passphrase: &str) -> Result<(), VaultError> {
    let meta = stored_meta()?;
    let kek = crypto::derive_key(passphrase, &meta.kdf).await?;
    let raw_keys = unwrap_keys(&meta, &kek).await?;
    let keys = import_keys(&raw_keys).await?;
    let plain = open_all(&keys).await?;
    let vault = Rc::new(RefCell::new(Vault { meta, keys, plain }));
    set_mode(Mode::Unlocked(vault.clone()));
    // Finish what an interrupted switch-on or passphrase change left (plain or old-key records).
    let _ = reseal_outdated(&vault).await;
    Ok(())
}

/// Forgets the keys and the plain texts; the passphrase is needed again.
pub fn lock() {
    if is_encrypted() {
        set_mode(Mode::Locked);
    }
}

/// Seals every record that is plain or sealed with a retiring key, then drops retired keys.
async fn reseal_outdated(vault: &Rc<RefCell<Vault>>) -> Result<(), VaultError> {
    let current = vault
        .borrow()
        .meta
        .current_kid()
        .unwrap_or_default()
        .to_string();
    let storage = local_storage().map_err(VaultError::Storage)?;
    let outdated: Vec<(String, String)> = {
        let vault = vault.borrow();
        vault
            .plain
            .iter()
            .filter(|(key, plain)| {
                let stored = storage.get_item(key).ok().flatten();
                match stored.as_deref().and_then(decode_sealed) {
                    Some(sealed) => sealed.kid != current,
                    // A plain record is sealed; an unopenable sealed one is left alone.
                    None => stored.as_deref() == Some(plain.as_str()),
                }
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    for (key, text) in outdated {
        let sealed = seal(vault, &text).await.map_err(VaultError::Storage)?;
        write_plain_raw(&key, &sealed).map_err(VaultError::Storage)?;
    }
    let retiring = vault.borrow().meta.keys.len() > 1;
    if retiring {
        let mut meta = vault.borrow().meta.clone();
        meta.keys.truncate(1);
        write_meta(&meta)?;
        vault.borrow_mut().meta = meta;
    }
    Ok(())
}

fn write_meta(meta: &VaultMeta) -> Result<(), VaultError> {
    let text = serde_json::to_string(meta).unwrap_or_default();
    write_plain_raw(VAULT_KEY, &text).map_err(VaultError::Storage)
}

/// Switches encryption on: every case on this device is sealed under a new passphrase.
pub async fn enable_encryption(passphrase: &str) -> Result<(), VaultError> {
    if is_encrypted() {
        return Err(VaultError::Storage(StorageError::Locked));
    }
    // The start page the service worker may keep names the cases in plain text.
    drop_start_page();
    let kdf = KdfParams::new(crypto::random_bytes(16)?);
    let kek = crypto::derive_key(passphrase, &kdf).await?;
    let kid = new_kid()?;
    let raw = crypto::random_bytes(32)?;
    let meta = VaultMeta {
        v: 1,
        kdf,
        keys: vec![wrap_key(&kek, &kid, &raw).await?],
    };
    let keys = import_keys(&[(kid, raw)]).await?;
    let plain = open_all(&keys).await?;
    // The metadata goes first: from then on a plain record is read as plain and sealed at the
    // next unlock, so an interruption loses nothing. Writing it forgets the start page kept in
    // plain text (see `write_plain_raw`).
    write_meta(&meta)?;
    let vault = Rc::new(RefCell::new(Vault { meta, keys, plain }));
    set_mode(Mode::Unlocked(vault.clone()));
    reseal_outdated(&vault).await
}

/// Changes the passphrase. The new one takes over in a single write (all or nothing); the
/// records are then re-encrypted under a fresh data key, and the old key is dropped.
pub async fn change_passphrase(current: &str, new: &str) -> Result<(), VaultError> {
    let meta = stored_meta()?;
    let old_kek = crypto::derive_key(current, &meta.kdf).await?;
    let old_keys = unwrap_keys(&meta, &old_kek).await?;
    let kdf = KdfParams::new(crypto::random_bytes(16)?);
    let kek = crypto::derive_key(new, &kdf).await?;
    let kid = new_kid()?;
    let raw = crypto::random_bytes(32)?;
    let mut wrapped = vec![wrap_key(&kek, &kid, &raw).await?];
    for (old_kid, old_raw) in &old_keys {
        wrapped.push(wrap_key(&kek, old_kid, old_raw).await?);
    }
    let mut all_keys = vec![(kid, raw)];
    all_keys.extend(old_keys);
    let keys = import_keys(&all_keys).await?;
    let new_meta = VaultMeta {
        v: 1,
        kdf,
        keys: wrapped,
    };
    settled().await;
    write_meta(&new_meta)?;
    let plain = match vault() {
        Some(vault) => vault.borrow().plain.clone(),
        None => open_all(&keys).await?,
    };
    let vault = Rc::new(RefCell::new(Vault {
        meta: new_meta,
        keys,
        plain,
    }));
    set_mode(Mode::Unlocked(vault.clone()));
    reseal_outdated(&vault).await
}

// ---------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------

/// Keeps the start page as shown now, built from `cases` case records, so the next start at
/// the case list shows it before the app has started: the service worker puts it into the page
/// it serves at `/` (sw.js, keepStartPage), which reads no storage before it is on screen. It
/// shows the cases' names, so it is kept only while the records are plain text and client mode
/// is off, as stored now (another tab may have changed either, or the records, since this one
/// built the page). The marker in localStorage goes first: from then on, any write of a record,
/// any setting changed and a case opened (the next start reopens it), in any tab of this
/// version, forget the page ([`forget_start_page`]).
/// Keeping it is never worth an error: a full storage just goes without it.
pub fn keep_start_page(cases: usize) {
    let still_holds = !is_encrypted()
        && !is_stored(VAULT_KEY)
        && !crate::client_mode::is_remembered()
        && keys_with_prefix(CASE_PREFIX).is_ok_and(|keys| keys.len() == cases);
    if !still_holds
        || write_plain_raw(START_PAGE_KEY, "1").is_err()
        || !crate::browser::keep_shown_page(true)
    {
        drop_start_page();
    }
}

/// Forgets the kept start page, if one may be kept: something it shows has changed.
pub fn forget_start_page() {
    if is_stored(START_PAGE_KEY) {
        drop_start_page();
    }
}

/// Forgets the kept start page whether or not the marker says one is kept: where the page
/// names cases that must not be left in plain text, and where the two disagree (a message
/// that never reached the service worker, a tab of an older version that wrote without it).
fn drop_start_page() {
    if let Ok(storage) = local_storage() {
        let _ = storage.remove_item(START_PAGE_KEY);
    }
    crate::browser::keep_shown_page(false);
}

/// At the start: a kept start page on screen without the marker (see [`drop_start_page`]) is
/// forgotten, so it is not shown again at the next start.
pub fn check_kept_start_page() {
    if crate::browser::kept_start_page_shown() && !is_stored(START_PAGE_KEY) {
        drop_start_page();
    }
}

/// The route the user was last on, to reopen it after a reload or restart.
pub fn load_last_location() -> Option<String> {
    local_storage().ok()?;
    LocalStorage::get(LAST_LOCATION_KEY).ok()
}

/// Remembers the route the user is on. Failing to remember it loses no client data, so an
/// error here is left to the next case save to report.
pub fn save_last_location(path: &str) {
    if local_storage().is_ok() {
        let _ = LocalStorage::set(LAST_LOCATION_KEY, path);
    }
}

/// A remembered interface setting of this device (language, display, client mode).
pub fn load_setting(name: &str) -> Option<String> {
    local_storage().ok()?;
    LocalStorage::get(format!("{SETTING_PREFIX}{name}")).ok()
}

/// Remembers an interface setting; `None` forgets it. A failure costs only the setting.
pub fn save_setting(name: &str, value: Option<&str>) {
    // gloo-storage throws when storage is blocked, so make sure it is there first.
    if local_storage().is_err() {
        return;
    }
    let key = format!("{SETTING_PREFIX}{name}");
    // A setting (language, display) changes how the start page looks.
    forget_start_page();
    match value {
        Some(value) => {
            let _ = LocalStorage::set(key, value);
        }
        None => LocalStorage::delete(key),
    }
}

/// When the last export was made on this device, if ever.
pub fn last_export() -> Option<Timestamp> {
    load_setting("last-export")?.parse().ok()
}

/// Remembers that an export was made now.
pub fn remember_export(at: Timestamp) {
    save_setting("last-export", Some(&at.to_string()));
}
