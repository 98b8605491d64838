//! What the *Zielvereinbarung* needs beyond the intake: views, people, dates, signatures.

use super::{Circumstance, Goal, IsoDate, NetworkContact, Resource, WillStatement};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// Who signs the agreement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Signer {
    /// The client.
    Client,
    /// The responsible caseworker.
    Caseworker,
}

/// A signature drawn on the device, as a PNG data URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signature {
    /// Who signed.
    pub signer: Signer,
    /// The drawing, `data:image/png;base64,…`.
    pub image: String,
    /// When it was signed.
    pub signed_on: IsoDate,
}

/// The agreement's own details.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// The situation as the client sees it.
    pub client_view: String,
    /// The situation as the caseworker sees it (kept apart, never merged).
    pub caseworker_view: String,
    /// The responsible caseworker and service.
    pub caseworker: String,
    /// Further participants.
    pub participants: String,
    /// When the agreement as a whole is reviewed (usually after six months).
    pub review_date: Option<IsoDate>,
    /// Signatures drawn on the device; a signer without one signs on paper.
    pub signatures: Vec<Signature>,
}

/// An agreement as it stood when a review renewed it: everything it contained, kept unchanged,
/// readable and printable with its own signatures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedAgreement {
    /// Its version, from 1 (the intake's).
    pub version: u32,
    /// The day of the review that renewed it.
    pub replaced_on: IsoDate,
    /// The will as it stood.
    pub will: Vec<WillStatement>,
    /// The goals and their steps as they stood.
    pub goals: Vec<Goal>,
    /// The resource map as it stood.
    pub resources: Vec<Resource>,
    /// The network map as it stood.
    pub network: Vec<NetworkContact>,
    /// The circumstances as they stood.
    pub circumstances: Vec<Circumstance>,
    /// Its own details and signatures.
    pub agreement: Agreement,
}

/// The agreements that reviews renewed, oldest first (version 1 is the intake's), kept as the
/// JSON text they were stored as and read only when one is shown.
///
/// Why: every renewal keeps the whole agreement with its signature images, so after years of
/// reviews they are most of a case's text. Reading them into values on every opening, and
/// comparing them on every save, would make a long case slow to open and to type in; kept as
/// text, opening checks only that they are JSON, and a save copies them. An agreement is
/// added to the text without reading the others, so one that cannot be read is never lost.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EarlierAgreements(Box<RawValue>);

impl EarlierAgreements {
    /// The agreements, read from their text; none if the text holds something else.
    pub fn all(&self) -> Vec<SignedAgreement> {
        serde_json::from_str(self.0.get()).unwrap_or_default()
    }

    /// The agreement of `version`, if it is there.
    pub fn version(&self, version: u32) -> Option<SignedAgreement> {
        self.all().into_iter().find(|a| a.version == version)
    }

    /// How many there are, without reading them into values.
    pub fn count(&self) -> usize {
        serde_json::from_str::<Vec<serde::de::IgnoredAny>>(self.0.get()).map_or(0, |v| v.len())
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// Adds an agreement at the end, leaving the text of the others as it is.
    pub fn push(&mut self, agreement: &SignedAgreement) {
        let text = self.0.get().trim();
        let item = serde_json::to_string(agreement).unwrap_or_default();
        let joined = match text.strip_suffix(']').filter(|_| text.starts_with('[')) {
            Some(head) if head.trim_end() == "[" => format!("[{item}]"),
            Some(head) => format!("{},{item}]", head.trim_end()),
            // Not a list (damaged): kept whole beside the new one.
            None => format!("[{text},{item}]"),
        };
        if let Ok(raw) = RawValue::from_string(joined) {
            self.0 = raw;
        }
    }

    /// The stored text.
    pub fn text(&self) -> &str {
        self.0.get()
    }
}

impl Default for EarlierAgreements {
    fn default() -> Self {
        Self(RawValue::from_string("[]".to_string()).unwrap_or_else(|_| unreachable!("[] is JSON")))
    }
}

impl PartialEq for EarlierAgreements {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for EarlierAgreements {}
