//! What the *Zielvereinbarung* needs beyond the intake: views, people, dates, signatures.

use super::{Circumstance, Goal, IsoDate, NetworkContact, Resource, WillStatement};
use serde::{Deserialize, Serialize};

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
