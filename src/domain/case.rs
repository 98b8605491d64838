//! A case (*Fall*): one client, known by an alias, and everything gathered with them.

use super::{IsoDate, Timestamp, WillId, WillStatement};
use serde::{Deserialize, Serialize};

/// Identifies a case on this device.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseId(pub String);

impl CaseId {
    /// Whether the id is safe to use in a storage key and a URL: 1 to 64 characters of
    /// ASCII letters, digits and `-`.
    pub fn is_well_formed(&self) -> bool {
        (1..=64).contains(&self.0.len())
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }
}

/// A case as it is stored: the client's alias, the first contact and the intake so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Stable identity on this device.
    pub id: CaseId,
    /// A pseudonym for the client (no real name is needed), kept as typed.
    pub alias: String,
    /// The date of first contact.
    pub first_contact: IsoDate,
    /// When the case was created.
    pub created_at: Timestamp,
    /// When anything in the case last changed; the case list sorts by it.
    pub updated_at: Timestamp,
    /// The client's will, in the order the statements were made.
    pub will: Vec<WillStatement>,
}

/// What the case list needs to show a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseSummary {
    /// The case.
    pub id: CaseId,
    /// The client's alias.
    pub alias: String,
    /// The date of first contact.
    pub first_contact: IsoDate,
    /// When anything last changed.
    pub updated_at: Timestamp,
}

/// What a case holds, counted, so a deletion can say what will be lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ContentSummary {
    /// Will statements with any text.
    pub will_statements: usize,
    /// Will statements with an own action written down.
    pub own_actions: usize,
}

impl Case {
    /// A new case with one empty will statement, so the will page opens ready to type.
    pub fn new(
        id: CaseId,
        alias: String,
        first_contact: IsoDate,
        now: Timestamp,
        first_will: WillId,
    ) -> Self {
        Self {
            id,
            alias,
            first_contact,
            created_at: now,
            updated_at: now,
            will: vec![WillStatement::new(first_will)],
        }
    }

    /// The summary shown in the case list.
    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: self.id.clone(),
            alias: self.alias.clone(),
            first_contact: self.first_contact,
            updated_at: self.updated_at,
        }
    }

    /// Counts what a deletion would destroy.
    pub fn content(&self) -> ContentSummary {
        ContentSummary {
            will_statements: self
                .will
                .iter()
                .filter(|w| !w.wording.trim().is_empty())
                .count(),
            own_actions: self
                .will
                .iter()
                .filter(|w| !w.own_action.trim().is_empty())
                .count(),
        }
    }

    /// The will statement with this id.
    pub fn will_statement_mut(&mut self, id: &WillId) -> Option<&mut WillStatement> {
        self.will.iter_mut().find(|w| &w.id == id)
    }

    /// Appends an empty will statement.
    pub fn add_will_statement(&mut self, id: WillId) {
        self.will.push(WillStatement::new(id));
    }

    /// Removes a will statement; returns whether it existed.
    pub fn remove_will_statement(&mut self, id: &WillId) -> bool {
        let before = self.will.len();
        self.will.retain(|w| &w.id != id);
        self.will.len() != before
    }
}

/// Sorts summaries for the case list: most recently changed first (ties by alias, then id,
/// so the order is stable).
pub fn sort_for_list(cases: &mut [CaseSummary]) {
    cases.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.alias.cmp(&b.alias))
            .then_with(|| a.id.cmp(&b.id))
    });
}
