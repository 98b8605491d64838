//! Encryption at rest, and the stored texts as the app sees them.
//!
//! With encryption on, every text stored in IndexedDB (a case's body, its copy, a text set
//! aside, a summary) is sealed with AES-256-GCM before it is written (see [`crate::crypto`]
//! and [`crate::domain::sealed`]): a passphrase derives a key-encryption key (PBKDF2-SHA-256)
//! that wraps the data keys, kept in localStorage under `lotse:vault` (the first screen must
//! know at once whether to ask for the passphrase). While unlocked the data keys are in memory
//! and a text is opened when it is read; locked, nothing can be read or written.

use super::idb::{self, STORES};
use super::local::{is_stored, read_plain_raw, remove_raw, write_plain_raw, VAULT_KEY};
use super::{Change, StorageError};
use crate::crypto::{self, CryptoError};
use crate::domain::base64;
use crate::domain::document::Revision;
use crate::domain::sealed::{
    decode_meta, decode_sealed, may_be_sealed, KdfParams, SealedRecord, VaultMeta, WrappedKey,
};
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::CryptoKey;

/// Set while every stored text is being sealed anew (encryption switched on, passphrase
/// changed), so that an interrupted run is finished at the next unlock.
const SEALING_KEY: &str = "lotse:vault-sealing";

/// The data keys of an unlocked device.
pub(super) struct Keys {
    meta: VaultMeta,
    keys: HashMap<String, CryptoKey>,
    cipher: &'static Cipher,
}

/// What keys do to a text. It comes with the keys, from the code that makes them (unlocking,
/// switching encryption on, a new passphrase: all loaded on first use), so the first load,
/// which never holds keys, carries no cipher (see `FIRST_LOAD_BUDGET_KB` in
/// `scripts/first-load.mjs`).
struct Cipher {
    seal: fn(Rc<Keys>, String) -> Pending<Result<String, StorageError>>,
    open: fn(Rc<Keys>, String) -> Pending<Option<String>>,
}

/// A cipher's work under way.
type Pending<T> = Pin<Box<dyn Future<Output = T>>>;

const CIPHER: Cipher = Cipher {
    seal: |keys, text| Box::pin(async move { seal_with(&keys, &text).await }),
    open: |keys, text| {
        Box::pin(async move {
            match decode_sealed(&text) {
                Some(sealed) => open_with(&keys, &sealed).await,
                None => Some(text),
            }
        })
    },
};

enum Mode {
    Plain,
    Locked,
    Unlocked(Rc<Keys>),
}

thread_local! {
    static MODE: RefCell<Option<Mode>> = const { RefCell::new(None) };
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

fn keys() -> Result<Option<Rc<Keys>>, StorageError> {
    with_mode(|mode| match mode {
        Mode::Plain => Ok(None),
        Mode::Locked => Err(StorageError::Locked),
        Mode::Unlocked(keys) => Ok(Some(keys.clone())),
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

/// Whether this tab's encryption is the one stored (another tab may have switched it on or
/// changed the passphrase since): a text sealed otherwise must not be written.
pub(super) fn matches_storage() -> bool {
    let stored = read_plain_raw(VAULT_KEY).ok().flatten();
    with_mode(|mode| match mode {
        Mode::Plain => stored.is_none(),
        Mode::Locked => false,
        Mode::Unlocked(keys) => stored
            .and_then(|text| decode_meta(&text))
            .is_some_and(|meta| meta == keys.meta),
    })
}

/// A text as it is to be stored: sealed when encryption is on.
pub(super) async fn seal(text: &str) -> Result<String, StorageError> {
    match keys()? {
        None => Ok(text.to_string()),
        Some(keys) => (keys.cipher.seal)(keys.clone(), text.to_string()).await,
    }
}

async fn seal_with(keys: &Keys, text: &str) -> Result<String, StorageError> {
    let kid = keys.meta.current_kid().unwrap_or_default().to_string();
    let key = keys.keys.get(&kid).ok_or(StorageError::Crypto)?;
    let (iv, data) = crypto::encrypt(key, text.as_bytes())
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

/// A stored text as the app reads it: opened when it is sealed. `None` when it is sealed
/// and no key here opens it (it is then treated as damaged, and kept as it is).
pub(super) async fn open(stored: &str) -> Result<Option<String>, StorageError> {
    // Unencrypted, a text is read as it is, without parsing it for a seal first (a sealed one
    // cannot be opened here, and reads as damaged either way).
    if !is_encrypted() {
        return Ok(Some(stored.to_string()));
    }
    if !may_be_sealed(stored) {
        return Ok(Some(stored.to_string()));
    }
    let Some(keys) = keys()? else {
        return Ok(None);
    };
    Ok((keys.cipher.open)(keys.clone(), stored.to_string()).await)
}

async fn open_with(keys: &Keys, sealed: &SealedRecord) -> Option<String> {
    let key = keys.keys.get(&sealed.kid)?;
    let plain = crypto::decrypt(key, &sealed.iv, &sealed.data).await.ok()?;
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

/// Opens an encrypted device with its passphrase. A wrong passphrase changes nothing.
pub async fn unlock(passphrase: &str) -> Result<(), VaultError> {
    let meta = stored_meta()?;
    let kek = crypto::derive_key(passphrase, &meta.kdf).await?;
    let raw_keys = unwrap_keys(&meta, &kek).await?;
    let keys = Rc::new(Keys {
        meta,
        keys: import_keys(&raw_keys).await?,
        cipher: &CIPHER,
    });
    set_mode(Mode::Unlocked(keys.clone()));
    // Finish what an interrupted switch-on or passphrase change left (plain or old-key texts).
    if is_stored(SEALING_KEY) || keys.meta.keys.len() > 1 {
        let _ = reseal_all(&keys).await;
    }
    Ok(())
}

/// Everything was deleted: no keys count any more.
pub(super) fn forget_all() {
    set_mode(Mode::Plain);
}

/// Forgets the keys; the passphrase is needed again.
pub fn lock() {
    if is_encrypted() {
        set_mode(Mode::Locked);
    }
}

/// Seals every stored text under the current key (a plain one, or one sealed with a retiring
/// key), then drops retired keys. A text written meanwhile is left as it is (it was sealed
/// with the current key); one that no key opens is left alone.
async fn reseal_all(keys: &Rc<Keys>) -> Result<(), VaultError> {
    write_plain_raw(SEALING_KEY, "1").map_err(VaultError::Storage)?;
    for store in STORES {
        let transaction = idb::transaction(&[store], false)
            .await
            .map_err(VaultError::Storage)?;
        let all_keys = idb::request(idb::store(&transaction, store).get_all_keys())
            .await
            .map_err(VaultError::Storage)?;
        for key in js_sys::Array::from(&all_keys).iter() {
            reseal_one(keys, store, &key)
                .await
                .map_err(VaultError::Storage)?;
        }
    }
    if keys.meta.keys.len() > 1 {
        let mut meta = keys.meta.clone();
        meta.keys.truncate(1);
        write_meta(&meta)?;
        set_mode(Mode::Unlocked(Rc::new(Keys {
            meta,
            keys: keys.keys.clone(),
            cipher: keys.cipher,
        })));
    }
    remove_raw(SEALING_KEY).map_err(VaultError::Storage)
}

/// Reseals one stored value (a text, or an object with a `body`), unless it changed while it
/// was being sealed.
async fn reseal_one(keys: &Keys, store: &str, key: &JsValue) -> Result<(), StorageError> {
    let read = idb::transaction(&[store], false).await?;
    let before = idb::request(idb::store(&read, store).get(key)).await?;
    let text = match before.as_string() {
        Some(text) => Some(text),
        None => idb::text_field(&before, "body"),
    };
    let Some(text) = text else {
        return Ok(());
    };
    let current = keys.meta.current_kid().unwrap_or_default();
    let plain = match decode_sealed(&text) {
        Some(sealed) if sealed.kid == current => return Ok(()),
        Some(sealed) => match open_with(keys, &sealed).await {
            Some(plain) => plain,
            None => return Ok(()),
        },
        None => text,
    };
    let sealed = seal_with(keys, &plain).await?;
    let after = if before.is_string() {
        JsValue::from_str(&sealed)
    } else {
        let copy = Object::assign(&Object::new(), &before.clone().into());
        let field = |name: &str, value: &str| {
            let _ = Reflect::set(&copy, &JsValue::from_str(name), &JsValue::from_str(value));
        };
        field("body", &sealed);
        // A document written anew is a new revision.
        if let Some(rev) = idb::text_field(&before, "_rev") {
            let next = Revision::after(Revision::parse(&rev).as_ref(), &sealed);
            field("_rev", &next.to_string());
        }
        copy.into()
    };
    let write = idb::transaction(&[store], true).await?;
    let target = idb::store(&write, store);
    let now = idb::request(target.get(key)).await?;
    if js_sys::JSON::stringify(&now).ok() == js_sys::JSON::stringify(&before).ok() {
        idb::request(target.put_with_key(&after, key)).await?;
    }
    idb::committed(&write).await
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
    let keys = Rc::new(Keys {
        meta,
        keys: import_keys(&[(kid, raw)]).await?,
        cipher: &CIPHER,
    });
    // The marker and the metadata go first: from then on a plain text is read as plain and
    // sealed at the next unlock, so an interruption loses nothing.
    write_plain_raw(SEALING_KEY, "1").map_err(VaultError::Storage)?;
    write_meta(&keys.meta)?;
    set_mode(Mode::Unlocked(keys.clone()));
    reseal_all(&keys).await
}

/// Changes the passphrase. The new one takes over in a single write (all or nothing); the
/// texts are then sealed again under a fresh data key, and the old key is dropped.
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
    let keys = Rc::new(Keys {
        meta: VaultMeta {
            v: 1,
            kdf,
            keys: wrapped,
        },
        keys: import_keys(&all_keys).await?,
        cipher: &CIPHER,
    });
    write_meta(&keys.meta)?;
    set_mode(Mode::Unlocked(keys.clone()));
    reseal_all(&keys).await
}
