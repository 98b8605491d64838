//! What a replicated document carries. On the server a document is `{_id, _rev, lotse,
//! data}`: a random-looking id (a keyed hash of the local key), the revision, and `data`, the
//! [`Envelope`] sealed under the team key. Nothing else of the case or entry is there.

use crate::domain::CaseId;
use serde::{Deserialize, Serialize};

/// The one document of the team's database that is not sealed: the salt the team passphrase
/// is derived with, and a text sealed under the team key, so a wrong passphrase is found
/// before anything is sent.
pub const TEAM_DOC_ID: &str = "lotse-team";

/// The text sealed in [`TeamDoc::check`].
pub const TEAM_CHECK_TEXT: &str = "lotse-team";

/// The version of the envelope's shape, written as `lotse` beside `data`.
pub const ENVELOPE_VERSION: u32 = 1;

/// Inside a replicated document's ciphertext: which local document it is, and its stored
/// text (`None`: deleted there by a user).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    /// The local key ([`case_key`]).
    pub key: String,
    /// The document's text as stored in plain, or `None` for a deletion.
    #[serde(default)]
    pub body: Option<String>,
    /// For a catalogue entry merged into another: that entry's id (on the deletion).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<String>,
}

/// The team document ([`TEAM_DOC_ID`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamDoc {
    /// The PBKDF2 salt, base64.
    pub salt: String,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// [`TEAM_CHECK_TEXT`] sealed under the team key: nonce and ciphertext, base64.
    pub check: String,
}

const CASE_PREFIX: &str = "case:";
const SOZIALRAUM_PREFIX: &str = "sozialraum:";

/// The id of the lists' document (districts and categories) among the Sozialraum documents;
/// the catalogue's entries have UUIDs.
pub const PLACES_ID: &str = "places";

/// Which local document a local key names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalDoc {
    /// A case.
    Case(CaseId),
    /// A document of the Sozialraum level: a catalogue entry (by its id), or the lists.
    Sozialraum(String),
}

impl LocalDoc {
    /// The document a local key names, if it is one that replicates.
    pub fn of_key(key: &str) -> Option<LocalDoc> {
        if let Some(id) = case_of_key(key) {
            return Some(LocalDoc::Case(id));
        }
        key.strip_prefix(SOZIALRAUM_PREFIX)
            .filter(|id| !id.is_empty())
            .map(|id| LocalDoc::Sozialraum(id.to_string()))
    }

    /// Its local key.
    pub fn key(&self) -> String {
        match self {
            LocalDoc::Case(id) => case_key(id),
            LocalDoc::Sozialraum(id) => sozialraum_key(id),
        }
    }
}

/// The local key of a Sozialraum document (a catalogue entry's id, or the lists' key).
pub fn sozialraum_key(id: &str) -> String {
    format!("{SOZIALRAUM_PREFIX}{id}")
}

/// The local key of a case's document.
pub fn case_key(id: &CaseId) -> String {
    format!("{CASE_PREFIX}{}", id.0)
}

/// The case a local key names.
pub fn case_of_key(key: &str) -> Option<CaseId> {
    key.strip_prefix(CASE_PREFIX)
        .filter(|id| !id.is_empty())
        .map(|id| CaseId(id.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_key_names_its_case() {
        let id = CaseId("c-1".into());
        assert_eq!(case_of_key(&case_key(&id)), Some(id.clone()));
        assert_eq!(case_of_key("entry:x"), None);
        assert_eq!(case_of_key("case:"), None);
        assert_eq!(LocalDoc::of_key(&case_key(&id)), Some(LocalDoc::Case(id)));
        let entry = LocalDoc::of_key(&sozialraum_key("e-1"));
        assert_eq!(entry, Some(LocalDoc::Sozialraum("e-1".into())));
        assert_eq!(entry.map(|d| d.key()).as_deref(), Some("sozialraum:e-1"));
        assert_eq!(LocalDoc::of_key("sozialraum:"), None);
        assert_eq!(LocalDoc::of_key("other:x"), None);
    }

    #[test]
    fn an_envelope_without_a_body_is_a_deletion() {
        let read: Envelope = serde_json::from_str(r#"{"key":"case:a"}"#).unwrap();
        assert_eq!(read.body, None);
        assert_eq!(read.merged_into, None);
        // Written only where there is one, so a case's envelope stays as it was.
        assert!(!serde_json::to_string(&read)
            .unwrap()
            .contains("merged_into"));
    }
}
