//! Encryption at rest, and the records as the app sees them.
//!
//! With encryption on, every record is sealed with AES-256-GCM before it is written (see
//! [`crate::crypto`] and [`crate::domain::sealed`]): a passphrase derives a key-encryption key
//! (PBKDF2-SHA-256) that wraps the data keys, kept under `lotse:vault`. While unlocked, the plain
//! texts are held in memory so reads stay synchronous; writes are sealed in the background, in
//! order, and a later write of a key is never overtaken by an earlier one. Locked, no record
//! can be read or written.

use super::local::{
    is_record_key, is_stored, keys_with_prefix, local_storage, read_plain_raw, remove_raw,
    write_plain_raw, PREFIX, VAULT_KEY,
};
use super::{Change, StorageError};
use crate::crypto::{self, CryptoError};
use crate::domain::sealed::{
    decode_meta, decode_sealed, KdfParams, SealedRecord, VaultMeta, WrappedKey,
};
use crate::domain::{base64, order};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use web_sys::CryptoKey;

/// The data keys and the plain texts of an unlocked device.
pub(super) struct Vault {
    pub(super) meta: VaultMeta,
    pub(super) keys: HashMap<String, CryptoKey>,
    /// Plain text of every `lotse:case:`, `lotse:copy:` and `lotse:damaged:` record.
    pub(super) plain: HashMap<String, String>,
}

pub(super) enum Mode {
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

pub(super) fn set_mode(new: Mode) {
    MODE.with(|mode| *mode.borrow_mut() = Some(new));
}

pub(super) fn vault() -> Option<Rc<RefCell<Vault>>> {
    with_mode(|mode| match mode {
        Mode::Unlocked(vault) => Some(vault.clone()),
        _ => None,
    })
}

/// Whether this device keeps its cases encrypted.
pub fn is_encrypted() -> bool {
    with_mode(|mode| !matches!(mode, Mode::Plain))
}

/// Whether encryption is on as stored now (another tab may have switched it on since this one
/// started).
pub fn is_encrypted_in_storage() -> bool {
    is_stored(VAULT_KEY)
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

/// The text of a record as the app sees it: decrypted when the device is unlocked.
pub(super) fn read_record(key: &str) -> Result<Option<String>, StorageError> {
    with_mode(|mode| match mode {
        Mode::Plain => read_plain_raw(key),
        Mode::Locked => Err(StorageError::Locked),
        Mode::Unlocked(vault) => Ok(vault.borrow().plain.get(key).cloned()),
    })
}

/// Keys of records as the app sees them.
pub(super) fn record_keys(prefix: &str) -> Result<Vec<String>, StorageError> {
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
pub(super) fn write_records(entries: Vec<(String, String)>) -> Result<(), StorageError> {
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

pub(super) fn remove_record(key: &str) -> Result<(), StorageError> {
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

pub(super) async fn open_sealed(vault: &Rc<RefCell<Vault>>, text: &str) -> Option<String> {
    let Some(sealed) = decode_sealed(text) else {
        return Some(text.to_string());
    };
    let key = vault.borrow().keys.get(&sealed.kid).cloned()?;
    let plain = crypto::decrypt(&key, &sealed.iv, &sealed.data).await.ok()?;
    String::from_utf8(plain).ok()
}

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

/// Everything was deleted: no keys, no plain texts, no writes under way count any more.
pub(super) fn forget_all() {
    WRITE_SEQUENCE.with(|s| s.borrow_mut().clear());
    set_mode(Mode::Plain);
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
    super::changed(Change::PlainTextEnds);
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
    // next unlock, so an interruption loses nothing.
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
