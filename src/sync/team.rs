//! The team key: what every member's device derives from the team passphrase, and what it
//! does. Its first 32 bytes are an AES-256-GCM key that seals every replicated document; the
//! other 32 an HMAC-SHA-256 key that turns a local key (`case:<id>`) into the server's id,
//! so the server sees neither which document is which nor that it is a case.

use crate::crypto::{self, CryptoError};
use crate::domain::base64;
use crate::domain::sealed::KdfParams;
use crate::domain::sync::envelope::TEAM_CHECK_TEXT;
use crate::domain::sync::TeamDoc;
use web_sys::CryptoKey;

/// How many bytes the team passphrase gives.
pub const SECRET_BYTES: u32 = 64;

/// The team key, ready to use.
pub struct TeamKey {
    seal: CryptoKey,
    name: CryptoKey,
}

impl TeamKey {
    /// The key from its 64 bytes (as kept in the settings).
    pub async fn from_secret(secret: &[u8]) -> Result<Self, CryptoError> {
        if secret.len() != SECRET_BYTES as usize {
            return Err(CryptoError::Rejected);
        }
        Ok(Self {
            seal: crypto::import_key(&secret[..32]).await?,
            name: crypto::import_hmac_key(&secret[32..]).await?,
        })
    }

    /// The server's id of a local document: 32 hexadecimal digits of its keyed hash.
    pub async fn remote_id(&self, local_key: &str) -> Result<String, CryptoError> {
        let mac = crypto::hmac(&self.name, local_key.as_bytes()).await?;
        Ok(mac[..16].iter().map(|b| format!("{b:02x}")).collect())
    }

    /// `text` sealed: nonce and ciphertext, base64.
    pub async fn seal(&self, text: &str) -> Result<String, CryptoError> {
        let (iv, sealed) = crypto::encrypt(&self.seal, text.as_bytes()).await?;
        Ok(base64::encode(&[iv, sealed].concat()))
    }

    /// The text [`TeamKey::seal`] sealed; `None` when this key does not open it (another
    /// team's, or changed).
    pub async fn open(&self, data: &str) -> Option<String> {
        let bytes = base64::decode(data)?;
        if bytes.len() < 12 + 16 {
            return None;
        }
        let plain = crypto::decrypt(&self.seal, &bytes[..12], &bytes[12..])
            .await
            .ok()?;
        String::from_utf8(plain).ok()
    }
}

/// The team key's bytes from the team passphrase and the team document's salt.
pub async fn derive_secret(passphrase: &str, team: &TeamDoc) -> Result<Vec<u8>, CryptoError> {
    let kdf = KdfParams {
        name: String::from("PBKDF2-SHA-256"),
        iterations: team.iterations,
        salt: base64::decode(&team.salt).ok_or(CryptoError::Rejected)?,
    };
    // The server chose the cost: only one Lotse would choose.
    if !kdf.is_supported() {
        return Err(CryptoError::Rejected);
    }
    crypto::derive_bytes(passphrase, &kdf, SECRET_BYTES).await
}

/// A new team document: a fresh salt, and its check sealed under the key `passphrase` gives.
/// Also the key's bytes.
pub async fn new_team(passphrase: &str) -> Result<(TeamDoc, Vec<u8>), CryptoError> {
    let kdf = KdfParams::new(crypto::random_bytes(16)?);
    let mut team = TeamDoc {
        salt: base64::encode(&kdf.salt),
        iterations: kdf.iterations,
        check: String::new(),
    };
    let secret = derive_secret(passphrase, &team).await?;
    team.check = TeamKey::from_secret(&secret)
        .await?
        .seal(TEAM_CHECK_TEXT)
        .await?;
    Ok((team, secret))
}

/// Whether `secret` is the key of this team (its check opens).
pub async fn opens(team: &TeamDoc, secret: &[u8]) -> bool {
    match TeamKey::from_secret(secret).await {
        Ok(key) => key.open(&team.check).await.as_deref() == Some(TEAM_CHECK_TEXT),
        Err(_) => false,
    }
}
