//! What the Sozialraum report may know of one case: counts and categories, never a text
//! written in the case, never its alias. Kept beside each case as it is saved, so that the
//! report over thousands of cases reads these small records and not the cases themselves.

use super::{CatalogueId, CategoryId, DistrictId};
use crate::domain::{Case, IsoDate, LifeDomain, OwnerKind, ResourceKind, Sector};
use serde::{Deserialize, Serialize};

/// The four kinds of step owners, in [`OwnerKind`]'s order.
pub const OWNER_KINDS: [OwnerKind; 4] = [
    OwnerKind::Client,
    OwnerKind::Network,
    OwnerKind::Neighbourhood,
    OwnerKind::Professional,
];

/// The anonymous facts of one case.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFacts {
    /// The case's district, if one is chosen.
    pub district: Option<DistrictId>,
    /// The first day the case was worked on (the first contact).
    pub from: Option<IsoDate>,
    /// The last day it was or is planned to be worked on: the latest of the first contact,
    /// the reviews held and the review dates planned.
    pub until: Option<IsoDate>,
    /// Per life domain (in [`LifeDomain::ALL`]'s order), how many goals serve it; a goal
    /// may serve several.
    pub goals_by_domain: [u32; 9],
    /// The category of each circumstance (*Verhältnisse*) noted, `None` where none is given.
    pub circumstances: Vec<Option<CategoryId>>,
    /// Per kind of owner (in [`OWNER_KINDS`]' order), how many steps it takes.
    pub steps_by_owner: [u32; 4],
    /// The catalogue entries the case's neighbourhood resources are linked to, each once.
    pub catalogue_used: Vec<CatalogueId>,
    /// How many people and services are on the network map.
    pub network_size: u32,
    /// How many of the four sectors of the network map have anyone in them.
    pub sectors_used: u32,
}

impl CaseFacts {
    /// The facts of `case`.
    pub fn of(case: &Case) -> Self {
        let mut goals_by_domain = [0; 9];
        let mut steps_by_owner = [0; 4];
        let mut until = case.first_contact;
        for goal in &case.goals {
            for domain in &goal.life_domains {
                if let Some(i) = LifeDomain::ALL.iter().position(|d| d == domain) {
                    goals_by_domain[i] += 1;
                }
            }
            for step in &goal.steps {
                let kind = case.owner_kind(&step.owner);
                if let Some(i) = OWNER_KINDS.iter().position(|k| *k == kind) {
                    steps_by_owner[i] += 1;
                }
            }
            until = until.max(goal.review_date.unwrap_or(until));
        }
        for review in &case.reviews {
            until = until.max(review.held_on);
            until = until.max(review.next_review.unwrap_or(until));
        }
        let mut catalogue_used: Vec<CatalogueId> = Vec::new();
        for resource in &case.resources {
            if let (ResourceKind::Neighbourhood, Some(entry)) = (resource.kind, &resource.catalogue)
            {
                if !catalogue_used.contains(entry) {
                    catalogue_used.push(entry.clone());
                }
            }
        }
        let sectors_used = Sector::ALL
            .iter()
            .filter(|sector| case.network.iter().any(|c| c.sector == **sector))
            .count() as u32;
        Self {
            district: case.district.clone(),
            from: Some(case.first_contact),
            until: Some(until),
            goals_by_domain,
            circumstances: case
                .circumstances
                .iter()
                .map(|c| c.category.clone())
                .collect(),
            steps_by_owner,
            catalogue_used,
            network_size: case.network.len() as u32,
            sectors_used,
        }
    }

    /// Whether the case was worked on in the period from `start` to `end` (both included):
    /// it began on or before the end and was not over before the start.
    pub fn within(&self, start: IsoDate, end: IsoDate) -> bool {
        match (self.from, self.until) {
            (Some(from), Some(until)) => from <= end && until >= start,
            _ => false,
        }
    }
}

/// The version of the facts' stored shape. Facts are derived from their case, so facts of
/// another version are not lifted but counted again from the case.
const FACTS_VERSION: u32 = 1;

#[derive(Serialize)]
struct FactsOut<'a> {
    version: u32,
    facts: &'a CaseFacts,
}

#[derive(Deserialize)]
struct FactsIn {
    version: u32,
    facts: CaseFacts,
}

/// The stored text of a case's facts.
pub fn encode_facts(facts: &CaseFacts) -> String {
    serde_json::to_string(&FactsOut {
        version: FACTS_VERSION,
        facts,
    })
    .unwrap_or_else(|_| unreachable!("facts are plain numbers and ids"))
}

/// Reads stored facts; `None` when they are of another version or damaged (then they are
/// counted again from the case).
pub fn decode_facts(text: &str) -> Option<CaseFacts> {
    serde_json::from_str::<FactsIn>(text)
        .ok()
        .filter(|f| f.version == FACTS_VERSION)
        .map(|f| f.facts)
}
