//! The network map (*Netzwerkkarte*, after Pantuček): people and services around the client.

use super::IsoDate;
use serde::{Deserialize, Serialize};

/// Identifies a network contact within its case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ContactId(pub String);

/// The four fixed sectors of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Family.
    Family,
    /// Friends and neighbours.
    FriendsNeighbours,
    /// Colleagues (work, school).
    Colleagues,
    /// Professional helpers and services.
    Professional,
}

impl Sector {
    /// All four, in the map's order (clockwise from top left).
    pub const ALL: [Sector; 4] = [
        Sector::Family,
        Sector::FriendsNeighbours,
        Sector::Colleagues,
        Sector::Professional,
    ];
}

/// How close a contact is to the client. Placed by distance only, never rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Distance {
    /// The inner ring.
    Close,
    /// The middle ring.
    Middle,
    /// The outer ring.
    Loose,
}

impl Distance {
    /// All three, from the centre outwards.
    pub const ALL: [Distance; 3] = [Distance::Close, Distance::Middle, Distance::Loose];
}

/// Whether the client agreed that this contact may be contacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consent {
    /// Not asked yet.
    #[default]
    NotAsked,
    /// The client agreed.
    Yes,
    /// The client declined.
    No,
}

/// A person or service in the client's network.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkContact {
    /// Stable identity.
    pub id: ContactId,
    /// Name or description ("Anja (Schwester)", "Jobcenter, Frau Yilmaz").
    pub name: String,
    /// What the contact does for the client.
    pub role: String,
    /// The sector of the map.
    pub sector: Sector,
    /// The distance from the client.
    pub distance: Distance,
    /// Optional contact details (phone, address), only with consent in mind.
    pub contact_details: String,
    /// Consent to be contacted.
    pub consent: Consent,
    /// When consent was given or declined.
    pub consent_date: Option<IsoDate>,
}

impl NetworkContact {
    /// A new contact placed in a sector and ring.
    pub fn new(id: ContactId, name: String, sector: Sector, distance: Distance) -> Self {
        Self {
            id,
            name,
            role: String::new(),
            sector,
            distance,
            contact_details: String::new(),
            consent: Consent::NotAsked,
            consent_date: None,
        }
    }
}
