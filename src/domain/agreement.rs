//! What the *Zielvereinbarung* needs beyond the intake: views, people, dates, signatures, and
//! the earlier versions that reviews renewed.

use super::{Case, Circumstance, Goal, IsoDate, NetworkContact, Resource, ReviewId, WillStatement};
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

/// The agreements that reviews renewed, oldest first (version 1 is the intake's), each kept as
/// the JSON text it was stored as and read only when it is shown.
///
/// Why: every renewal keeps the whole agreement with its signature images, so after years of
/// reviews they are most of a case's text. Reading them into values on every opening, and
/// comparing them on every save, would make a long case slow to open and to type in; kept as
/// text, opening only splits the list, and a save copies it. Each is read on its own, so one
/// that cannot be read hides no other. (A schema change to what they hold must lift them
/// here, as `super::schema` lifts a case.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EarlierAgreements(Vec<StoredText>);

/// Why an earlier agreement cannot be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlierAgreementError {
    /// There is no such version.
    Missing,
    /// It is stored, but its text cannot be read (it stays stored as it is).
    Unreadable,
}

impl EarlierAgreements {
    /// The agreement of `version` (the `version`-th of the list).
    pub fn version(&self, version: u32) -> Result<SignedAgreement, EarlierAgreementError> {
        let index = usize::try_from(version)
            .ok()
            .and_then(|v| v.checked_sub(1))
            .ok_or(EarlierAgreementError::Missing)?;
        let text = self.0.get(index).ok_or(EarlierAgreementError::Missing)?;
        serde_json::from_str::<SignedAgreement>(text.get())
            .ok()
            .filter(|a| a.version == version)
            .ok_or(EarlierAgreementError::Unreadable)
    }

    /// How many there are.
    pub fn count(&self) -> usize {
        self.0.len()
    }

    /// Adds an agreement at the end.
    pub fn push(&mut self, agreement: StoredText) {
        self.0.push(agreement);
    }
}

/// A value kept as the JSON text it was stored as, to be read when needed.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoredText(Box<RawValue>);

impl StoredText {
    /// The text of `value`.
    pub fn of<T: Serialize>(value: &T) -> Self {
        // serde_json fails only on maps with non-text keys and failing `Serialize` impls.
        Self(serde_json::value::to_raw_value(value).unwrap_or_else(|_| unreachable!("serialises")))
    }

    /// The text.
    pub fn get(&self) -> &str {
        self.0.get()
    }
}

impl PartialEq for StoredText {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for StoredText {}

impl Case {
    /// The signatures on the current agreement, or with `review`, on the agreement that
    /// review renews.
    pub fn signatures(&self, review: Option<&ReviewId>) -> &[Signature] {
        match review {
            None => &self.agreement.signatures,
            Some(id) => self.review(id).map_or(&[], |r| &r.signatures),
        }
    }

    /// The signatures of [`Case::signatures`], to change them.
    pub fn signatures_mut(&mut self, review: Option<&ReviewId>) -> Option<&mut Vec<Signature>> {
        match review {
            None => Some(&mut self.agreement.signatures),
            Some(id) => self.review_mut(id).map(|r| &mut r.signatures),
        }
    }

    /// The case as agreement `version` stood: the current case for the current version, else
    /// the case with the will, goals, maps and agreement of that earlier version.
    pub fn as_agreed(&self, version: u32) -> Option<Case> {
        if version == self.agreement_version() {
            return Some(self.clone());
        }
        let signed = self.earlier_agreements.version(version).ok()?;
        Some(Case {
            will: signed.will,
            goals: signed.goals,
            resources: signed.resources,
            network: signed.network,
            circumstances: signed.circumstances,
            agreement: signed.agreement,
            reviews: Vec::new(),
            earlier_agreements: EarlierAgreements::default(),
            district: None,
            id: self.id.clone(),
            alias: self.alias.clone(),
            first_contact: self.first_contact,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}
