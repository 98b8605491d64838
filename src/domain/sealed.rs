//! The stored shapes of encryption at rest, without the cryptography itself (that is the
//! browser's WebCrypto, see `crate::crypto`).
//!
//! A passphrase derives a key-encryption key (PBKDF2-SHA-256). That key wraps one or more
//! random data keys, and the data keys encrypt the records (AES-256-GCM). Changing the
//! passphrase rewraps the keys in one write, so the change happens completely or not at all;
//! the records are then re-encrypted under a fresh data key, and the old key is dropped once
//! no record needs it.

use super::base64::serde_bytes;
use serde::{Deserialize, Serialize};

/// PBKDF2 iterations for a new passphrase (OWASP 2023 recommendation for PBKDF2-SHA-256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// The fewest iterations accepted from a stored vault or an encrypted export.
pub const MIN_PBKDF2_ITERATIONS: u32 = 600_000;

/// The most iterations accepted (so a crafted file cannot hang the device for minutes).
pub const MAX_PBKDF2_ITERATIONS: u32 = 10_000_000;

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// How a passphrase becomes a key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Always `PBKDF2-SHA-256` in this version.
    pub name: String,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// A random salt, 16 bytes.
    #[serde(with = "serde_bytes")]
    pub salt: Vec<u8>,
}

impl KdfParams {
    /// Parameters for a new passphrase with the given random salt.
    pub fn new(salt: Vec<u8>) -> Self {
        Self {
            name: String::from("PBKDF2-SHA-256"),
            iterations: PBKDF2_ITERATIONS,
            salt,
        }
    }

    /// Whether these parameters are ones Lotse will run (known function, sane cost).
    pub fn is_supported(&self) -> bool {
        self.name == "PBKDF2-SHA-256"
            && (MIN_PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(&self.iterations)
            && self.salt.len() >= 16
    }
}

/// A data key, encrypted under the passphrase's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrappedKey {
    /// Names the key; sealed records say which key they need.
    pub kid: String,
    /// The AES-GCM nonce, 12 bytes.
    #[serde(with = "serde_bytes")]
    pub iv: Vec<u8>,
    /// The 32 key bytes, encrypted and authenticated.
    #[serde(with = "serde_bytes")]
    pub data: Vec<u8>,
}

/// What a device with encryption stores about it (no secret in the clear).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultMeta {
    /// The version of this shape.
    pub v: u32,
    /// How the passphrase becomes the key-encryption key.
    pub kdf: KdfParams,
    /// The data keys; the first one encrypts new writes, later ones are retiring.
    pub keys: Vec<WrappedKey>,
}

impl VaultMeta {
    /// The data key new records are sealed with.
    pub fn current_kid(&self) -> Option<&str> {
        self.keys.first().map(|k| k.kid.as_str())
    }
}

/// Reads stored vault metadata; `None` if it is not a vault this version can open.
pub fn decode_meta(text: &str) -> Option<VaultMeta> {
    serde_json::from_str::<VaultMeta>(text)
        .ok()
        .filter(|m| m.v == 1 && m.kdf.is_supported() && !m.keys.is_empty())
}

/// An encrypted record: what localStorage holds instead of the plain text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedRecord {
    /// Marks the record as encrypted (always 1).
    pub enc: u32,
    /// Which data key sealed it.
    pub kid: String,
    /// The AES-GCM nonce, 12 bytes, fresh for every write.
    #[serde(with = "serde_bytes")]
    pub iv: Vec<u8>,
    /// The ciphertext with its 16-byte tag.
    #[serde(with = "serde_bytes")]
    pub data: Vec<u8>,
}

impl SealedRecord {
    /// The stored text.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Whether a stored text may be a sealed record (it begins as [`SealedRecord::encode`] writes
/// one); a plain record never does.
pub fn may_be_sealed(text: &str) -> bool {
    text.starts_with("{\"enc\":")
}

/// Reads a stored text as a sealed record; `None` for plain text (or anything else).
pub fn decode_sealed(text: &str) -> Option<SealedRecord> {
    if !may_be_sealed(text) {
        return None;
    }
    serde_json::from_str::<SealedRecord>(text)
        .ok()
        .filter(|r| r.enc == 1 && r.iv.len() == 12 && r.data.len() >= 16)
}

/// Why a passphrase cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseError {
    /// Nothing was entered.
    Missing,
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    TooShort,
    /// The repetition differs.
    Mismatch,
}

/// Checks a new passphrase and its repetition.
pub fn check_new_passphrase(passphrase: &str, repeated: &str) -> Result<(), PassphraseError> {
    if passphrase.is_empty() {
        Err(PassphraseError::Missing)
    } else if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseError::TooShort)
    } else if passphrase != repeated {
        Err(PassphraseError::Mismatch)
    } else {
        Ok(())
    }
}
