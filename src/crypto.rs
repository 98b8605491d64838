//! The browser's WebCrypto (SubtleCrypto), wrapped: random bytes, PBKDF2-SHA-256 key
//! derivation and AES-256-GCM. No cryptography is implemented here, only called.
//!
//! Every function returns a typed error instead of panicking; a wrong key shows up as
//! [`CryptoError::Rejected`] (GCM authentication failed), never as garbage text.

use crate::domain::sealed::KdfParams;
use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// What went wrong with a cryptographic operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser offers no WebCrypto (an insecure context, or a very old browser).
    Unavailable,
    /// Decryption failed: wrong key or passphrase, or the data was changed.
    Rejected,
}

const AES_GCM: &str = "AES-GCM";

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    Ok(crypto()?.subtle())
}

/// `n` bytes from the browser's cryptographically secure random generator.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, CryptoError> {
    let promise = promise.map_err(|_| CryptoError::Unavailable)?;
    JsFuture::from(promise)
        .await
        .map_err(|_| CryptoError::Rejected)
}

fn into_key(value: JsValue) -> Result<CryptoKey, CryptoError> {
    value.dyn_into().map_err(|_| CryptoError::Unavailable)
}

/// A passphrase as PBKDF2's input key, for `usage`. The passphrase is normalised (Unicode NFC)
/// so the same letters typed on another keyboard work.
async fn passphrase_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    usage: &str,
) -> Result<CryptoKey, CryptoError> {
    let normalised: String = js_sys::JsString::from(passphrase).normalize("NFC").into();
    let material = Uint8Array::from(normalised.as_bytes());
    let base =
        resolve(subtle.import_key_with_str("raw", &material, "PBKDF2", false, &usages(&[usage])))
            .await?;
    into_key(base)
}

/// The AES-256-GCM key a passphrase gives with these parameters (PBKDF2-SHA-256).
pub async fn derive_key(passphrase: &str, kdf: &KdfParams) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let base = passphrase_key(&subtle, passphrase, "deriveKey").await?;
    let salt = Uint8Array::from(kdf.salt.as_slice());
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", kdf.iterations, &salt);
    let target = AesDerivedKeyParams::new(AES_GCM, 256);
    let key = resolve(subtle.derive_key_with_object_and_object(
        &params,
        &base,
        &target,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    into_key(key)
}

/// An AES-256-GCM key from 32 raw bytes (a data key after unwrapping).
pub async fn import_key(raw: &[u8]) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let bytes = Uint8Array::from(raw);
    let algorithm = Object::new();
    let _ = js_sys::Reflect::set(&algorithm, &"name".into(), &AES_GCM.into());
    let key = resolve(subtle.import_key_with_object(
        "raw",
        &bytes,
        &algorithm,
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await?;
    into_key(key)
}

/// Encrypts `plain` with a fresh random nonce; returns (nonce, ciphertext with tag).
pub async fn encrypt(key: &CryptoKey, plain: &[u8]) -> Result<(Vec<u8>, Vec<u8>), CryptoError> {
    let iv = random_bytes(12)?;
    let params = AesGcmParams::new(AES_GCM, &Uint8Array::from(iv.as_slice()));
    let sealed = resolve(subtle()?.encrypt_with_object_and_u8_array(&params, key, plain)).await?;
    Ok((iv, bytes_of(&sealed)))
}

/// Decrypts and authenticates; [`CryptoError::Rejected`] for a wrong key or changed data.
pub async fn decrypt(key: &CryptoKey, iv: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let params = AesGcmParams::new(AES_GCM, &Uint8Array::from(iv));
    let plain = resolve(subtle()?.decrypt_with_object_and_u8_array(&params, key, sealed)).await?;
    Ok(bytes_of(&plain))
}

fn bytes_of(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

/// `bytes` bytes from a passphrase (PBKDF2-SHA-256, normalised as in [`derive_key`]), for
/// keys that are kept and imported later (the team key).
pub async fn derive_bytes(
    passphrase: &str,
    kdf: &KdfParams,
    bytes: u32,
) -> Result<Vec<u8>, CryptoError> {
    let subtle = subtle()?;
    let base = passphrase_key(&subtle, passphrase, "deriveBits").await?;
    let salt = Uint8Array::from(kdf.salt.as_slice());
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", kdf.iterations, &salt);
    let bits = resolve(subtle.derive_bits_with_object(&params, &base, bytes * 8)).await?;
    Ok(bytes_of(&bits))
}

/// An HMAC-SHA-256 key from raw bytes.
pub async fn import_hmac_key(raw: &[u8]) -> Result<CryptoKey, CryptoError> {
    let algorithm = Object::new();
    let _ = js_sys::Reflect::set(&algorithm, &"name".into(), &"HMAC".into());
    let _ = js_sys::Reflect::set(&algorithm, &"hash".into(), &"SHA-256".into());
    let key = resolve(subtle()?.import_key_with_object(
        "raw",
        &Uint8Array::from(raw),
        &algorithm,
        false,
        &usages(&["sign"]),
    ))
    .await?;
    into_key(key)
}

/// HMAC-SHA-256 of `data`.
pub async fn hmac(key: &CryptoKey, data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let signed = resolve(subtle()?.sign_with_str_and_u8_array("HMAC", key, data)).await?;
    Ok(bytes_of(&signed))
}
