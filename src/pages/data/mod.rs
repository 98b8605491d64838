//! The pages about the data on this device (overview, import, encryption, deleting all) and
//! the unlock page of an encrypted device, loaded on first use (`crate::pages::lazy`).

pub mod delete_all;
pub mod encrypt;
pub mod import;
pub mod overview;
pub mod passphrase;
pub mod team;
pub mod unlock;

pub use delete_all::DeleteAllPage;
pub use encrypt::EncryptPage;
pub use import::ImportPage;
pub use overview::DataOverviewPage;
pub use passphrase::ChangePassphrasePage;
pub use team::TeamPage;
pub use unlock::UnlockPage;

use crate::i18n::Key;
use crate::storage::VaultError;

/// The message for an encryption change that did not work.
pub fn vault_error_key(error: &VaultError) -> Key {
    match error {
        VaultError::WrongPassphrase => Key::PassphraseCurrentWrong,
        VaultError::CryptoUnavailable => Key::CryptoUnavailable,
        VaultError::DamagedVault => Key::VaultDamaged,
        VaultError::Storage(_) => Key::EncryptionStorageFailed,
    }
}
