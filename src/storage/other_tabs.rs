//! What a change made in another tab or window of Lotse means for this one (the browser's
//! `storage` event).

use super::local::{copy_key, CASE_PREFIX, VAULT_KEY};
use super::records::{drop_pending_copies, drop_pending_copy};
use super::vault::{open_sealed, vault};
use crate::domain::CaseId;

/// A change made in another tab or window of Lotse on this device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// A case was written there (the text of its new record, decrypted) or deleted there
    /// (`None`). The text is read as a case only where a case is open ([`crate::session`]).
    Case(CaseId, Option<String>),
    /// Encryption was switched on or its passphrase changed there, or everything was deleted:
    /// every record was rewritten or removed.
    AllRecords,
}

/// Turns a storage event from another tab into what it means for this one.
pub async fn external_change(
    key: Option<String>,
    new_value: Option<String>,
) -> Option<ExternalChange> {
    // What was deleted there must not come back from a copy that waits here.
    let Some(key) = key.filter(|key| key != VAULT_KEY) else {
        drop_pending_copies();
        return Some(ExternalChange::AllRecords);
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
