//! The client's will (*Wille*): statements in the client's own words.

use serde::{Deserialize, Serialize};

/// Identifies a will statement within its case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WillId(pub String);

/// One statement of the client's will, kept exactly as the client said it.
///
/// Answers "Was wollen Sie ändern? / Was wollen Sie erreichen?" and
/// "Was machen Sie selbst dafür?". The text is never trimmed, reformatted or shortened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WillStatement {
    /// Stable identity, used for keyed lists and links.
    pub id: WillId,
    /// What the client wants to change or achieve, verbatim.
    pub wording: String,
    /// What the client does for it themselves, verbatim.
    pub own_action: String,
}

impl WillStatement {
    /// An empty statement, ready to be filled in.
    pub fn new(id: WillId) -> Self {
        Self {
            id,
            wording: String::new(),
            own_action: String::new(),
        }
    }

    /// Whether nothing has been written in it yet (white space counts as nothing).
    pub fn is_blank(&self) -> bool {
        self.wording.trim().is_empty() && self.own_action.trim().is_empty()
    }
}
