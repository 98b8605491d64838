//! Files in and out: export texts (plain or sealed with a passphrase of their own), and
//! reading a chosen file. The file format itself is pure domain code
//! ([`crate::domain::export_file`]).

use crate::crypto::{self, CryptoError};
use crate::domain::export_file::EncryptedExport;
use crate::domain::sealed::KdfParams;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Encrypts an export text under a passphrase chosen for this file.
pub async fn seal_export(plain: &str, passphrase: &str) -> Result<String, CryptoError> {
    let kdf = KdfParams::new(crypto::random_bytes(16)?);
    let key = crypto::derive_key(passphrase, &kdf).await?;
    let (iv, data) = crypto::encrypt(&key, plain.as_bytes()).await?;
    Ok(EncryptedExport::new(kdf, iv, data).encode())
}

/// Decrypts an encrypted export; [`CryptoError::Rejected`] for a wrong passphrase.
pub async fn open_export(file: &EncryptedExport, passphrase: &str) -> Result<String, CryptoError> {
    let key = crypto::derive_key(passphrase, &file.kdf).await?;
    let plain = crypto::decrypt(&key, &file.iv, &file.data).await?;
    String::from_utf8(plain).map_err(|_| CryptoError::Rejected)
}

/// Why a chosen file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// No file was chosen.
    NoFile,
    /// The browser could not read it (moved, deleted, or not text).
    Unreadable,
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
}

/// The largest file Lotse reads: an export of about 2,000 cases with signatures, and far
/// below what hangs a tablet.
pub const MAX_IMPORT_BYTES: f64 = 100.0 * 1024.0 * 1024.0;

/// The name and text of the file chosen in a file input.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
) -> Result<(String, String), FileError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(FileError::NoFile)?;
    if file.size() > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    let text = text
        .dyn_into::<js_sys::JsString>()
        .map_err(|_| FileError::Unreadable)?;
    Ok((file.name(), text.into()))
}
