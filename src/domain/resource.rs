//! Resources (*Ressourcenkarte*): everything that can be shown is a resource.

use super::sozialraum::CatalogueId;
use super::GoalId;
use serde::{Deserialize, Serialize};

/// Identifies a resource within its case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ResourceId(pub String);

/// The four kinds of resources.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    /// Body, abilities, education, experience, interests.
    Personal,
    /// Family, friends, neighbours, colleagues.
    Social,
    /// Money, flat, mobility.
    Material,
    /// Institutions, clubs, places in the neighbourhood (*Sozialraum*).
    Neighbourhood,
}

impl ResourceKind {
    /// All four, in the map's order.
    pub const ALL: [ResourceKind; 4] = [
        ResourceKind::Personal,
        ResourceKind::Social,
        ResourceKind::Material,
        ResourceKind::Neighbourhood,
    ];
}

/// One resource, in the client's words, with the goals it helps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    /// Stable identity.
    pub id: ResourceId,
    /// Which kind of resource.
    pub kind: ResourceKind,
    /// What it is ("kann fast jede Maschine reparieren").
    pub description: String,
    /// Goals this resource helps.
    pub goals: Vec<GoalId>,
    /// The catalogue entry a neighbourhood resource is, if it is linked to one: the entry's
    /// details are seen in the case, and the description stays the case's own note.
    #[serde(default)]
    pub catalogue: Option<CatalogueId>,
}
