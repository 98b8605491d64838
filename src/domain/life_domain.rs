//! The nine life domains of the ICF (as used by the BTHG, §118 SGB IX).

use serde::{Deserialize, Serialize};

/// A life domain, d1 to d9.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LifeDomain {
    /// d1 learning and applying knowledge
    #[serde(rename = "d1")]
    Learning,
    /// d2 general tasks and demands
    #[serde(rename = "d2")]
    GeneralTasks,
    /// d3 communication
    #[serde(rename = "d3")]
    Communication,
    /// d4 mobility
    #[serde(rename = "d4")]
    Mobility,
    /// d5 self-care
    #[serde(rename = "d5")]
    SelfCare,
    /// d6 domestic life
    #[serde(rename = "d6")]
    DomesticLife,
    /// d7 interpersonal interactions and relationships
    #[serde(rename = "d7")]
    Relationships,
    /// d8 major life areas (education, work, economic life)
    #[serde(rename = "d8")]
    MajorLifeAreas,
    /// d9 community, social and civic life
    #[serde(rename = "d9")]
    CommunityLife,
}

impl LifeDomain {
    /// All nine, in ICF order.
    pub const ALL: [LifeDomain; 9] = [
        LifeDomain::Learning,
        LifeDomain::GeneralTasks,
        LifeDomain::Communication,
        LifeDomain::Mobility,
        LifeDomain::SelfCare,
        LifeDomain::DomesticLife,
        LifeDomain::Relationships,
        LifeDomain::MajorLifeAreas,
        LifeDomain::CommunityLife,
    ];

    /// The ICF code, `d1` to `d9`.
    pub fn code(self) -> &'static str {
        match self {
            LifeDomain::Learning => "d1",
            LifeDomain::GeneralTasks => "d2",
            LifeDomain::Communication => "d3",
            LifeDomain::Mobility => "d4",
            LifeDomain::SelfCare => "d5",
            LifeDomain::DomesticLife => "d6",
            LifeDomain::Relationships => "d7",
            LifeDomain::MajorLifeAreas => "d8",
            LifeDomain::CommunityLife => "d9",
        }
    }

    /// The domain with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }
}
