//! A case (*Fall*): one client, known by an alias, and everything gathered with them.

use super::{
    Agreement, ContactId, EarlierAgreements, Goal, GoalId, IsoDate, NetworkContact, OwnerKind,
    Resource, ResourceId, ResourceKind, Review, Sector, Step, StepOwner, Timestamp, WillId,
    WillStatement,
};
use crate::domain::sozialraum::{CategoryId, DistrictId};
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
    /// Goals worked out with the client.
    pub goals: Vec<Goal>,
    /// The resource map.
    pub resources: Vec<Resource>,
    /// The network map.
    pub network: Vec<NetworkContact>,
    /// What in the surroundings should change (*Verhältnisse*), kept apart from the goals.
    pub circumstances: Vec<Circumstance>,
    /// The current agreement's own details.
    pub agreement: Agreement,
    /// The reviews, in the order they were started; at most one of them a draft.
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// The agreements that reviews renewed, oldest first (version 1 is the intake's).
    #[serde(default)]
    pub earlier_agreements: EarlierAgreements,
    /// The district the client lives in, from the device's list.
    #[serde(default)]
    pub district: Option<DistrictId>,
}

/// Identifies a circumstance note within its case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CircumstanceId(pub String);

/// Something in the client's surroundings that should change, not the client's behaviour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Circumstance {
    /// Stable identity.
    pub id: CircumstanceId,
    /// What should change.
    pub text: String,
    /// What it is about (childcare, housing, …), for the Sozialraum report.
    #[serde(default)]
    pub category: Option<CategoryId>,
}

/// What the case list needs to show a case (read straight from a record, see
/// [`super::decode_summary`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    /// The case.
    pub id: CaseId,
    /// The client's alias.
    pub alias: String,
    /// The date of first contact.
    pub first_contact: IsoDate,
    /// When anything last changed.
    pub updated_at: Timestamp,
    /// The day of the next review ([`Case::next_review`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_review: Option<IsoDate>,
}

impl CaseSummary {
    /// What the case list shows of `case`.
    pub fn of(case: &Case) -> Self {
        case.summary()
    }
}

/// What a case holds, counted, so a deletion can say what will be lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ContentSummary {
    /// Will statements with any text.
    pub will_statements: usize,
    /// Will statements with an own action written down.
    pub own_actions: usize,
    /// Goals.
    pub goals: usize,
    /// Steps across all goals.
    pub steps: usize,
    /// Resources.
    pub resources: usize,
    /// Network contacts.
    pub contacts: usize,
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
            goals: Vec::new(),
            resources: Vec::new(),
            network: Vec::new(),
            circumstances: Vec::new(),
            agreement: Agreement::default(),
            reviews: Vec::new(),
            earlier_agreements: EarlierAgreements::default(),
            district: None,
        }
    }

    /// The summary shown in the case list.
    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: self.id.clone(),
            alias: self.alias.clone(),
            first_contact: self.first_contact,
            updated_at: self.updated_at,
            next_review: self.next_review(),
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
            goals: self.goals.len(),
            steps: self.goals.iter().map(|g| g.steps.len()).sum(),
            resources: self.resources.len(),
            contacts: self.network.len(),
        }
    }

    /// Appends an empty will statement.
    pub fn add_will_statement(&mut self, id: WillId) {
        self.will.push(WillStatement::new(id));
    }

    /// Removes a will statement; returns whether it existed. Goals that served it keep their
    /// words and lose only the link.
    pub fn remove_will_statement(&mut self, id: &WillId) -> bool {
        let before = self.will.len();
        self.will.retain(|w| &w.id != id);
        for added in self.draft_additions_mut() {
            added.will.retain(|w| w != id);
        }
        for goal in &mut self.goals {
            if goal.will.as_ref() == Some(id) {
                goal.will = None;
            }
        }
        self.will.len() != before
    }

    /// The goal with this id.
    pub fn goal(&self, id: &GoalId) -> Option<&Goal> {
        self.goals.iter().find(|g| &g.id == id)
    }

    /// The goal with this id, to change it.
    pub fn goal_mut(&mut self, id: &GoalId) -> Option<&mut Goal> {
        self.goals.iter_mut().find(|g| &g.id == id)
    }

    /// Removes a goal and every link to it.
    pub fn remove_goal(&mut self, id: &GoalId) {
        self.goals.retain(|g| &g.id != id);
        for added in self.draft_additions_mut() {
            added.goals.retain(|g| g != id);
        }
        for resource in &mut self.resources {
            resource.goals.retain(|g| g != id);
        }
    }

    /// The resource with this id.
    pub fn resource_mut(&mut self, id: &ResourceId) -> Option<&mut Resource> {
        self.resources.iter_mut().find(|r| &r.id == id)
    }

    /// Removes a resource; steps it owned fall back to the client, so no step is lost.
    pub fn remove_resource(&mut self, id: &ResourceId) {
        self.resources.retain(|r| &r.id != id);
        for added in self.draft_additions_mut() {
            added.resources.retain(|r| r != id);
        }
        let owner = StepOwner::Resource(id.clone());
        self.reassign_steps(&owner);
    }

    /// The network contact with this id.
    pub fn contact(&self, id: &ContactId) -> Option<&NetworkContact> {
        self.network.iter().find(|c| &c.id == id)
    }

    /// Removes a contact; steps it owned fall back to the client, so no step is lost.
    pub fn remove_contact(&mut self, id: &ContactId) {
        self.network.retain(|c| &c.id != id);
        for added in self.draft_additions_mut() {
            added.contacts.retain(|c| c != id);
        }
        let owner = StepOwner::Contact(id.clone());
        self.reassign_steps(&owner);
    }

    fn reassign_steps(&mut self, from: &StepOwner) {
        for step in self.goals.iter_mut().flat_map(|g| g.steps.iter_mut()) {
            if &step.owner == from {
                step.owner = StepOwner::Client;
            }
        }
    }

    /// What kind of owner a step has: a contact in the professional sector is a service.
    pub fn owner_kind(&self, owner: &StepOwner) -> OwnerKind {
        match owner {
            StepOwner::Client => OwnerKind::Client,
            StepOwner::Contact(id) => match self.contact(id).map(|c| c.sector) {
                Some(Sector::Professional) => OwnerKind::Professional,
                _ => OwnerKind::Network,
            },
            StepOwner::Resource(id) => match self.resources.iter().find(|r| &r.id == id) {
                Some(r) if r.kind != ResourceKind::Neighbourhood => OwnerKind::Network,
                _ => OwnerKind::Neighbourhood,
            },
        }
    }

    /// A goal's steps in the order the principles prefer: the client first, then the network,
    /// the neighbourhood and professional services; within each, the earliest date first.
    pub fn ordered_steps<'a>(&self, goal: &'a Goal) -> Vec<&'a Step> {
        let mut steps: Vec<&Step> = goal.steps.iter().collect();
        steps.sort_by_key(|s| (self.owner_kind(&s.owner), s.by_when.is_none(), s.by_when));
        steps
    }
}

/// How many cases the start page lists: those changed last. Every case is one link further
/// (`/faelle`). On a device with hundreds of cases the start page is there at once, and a
/// keyboard passes 20 cards, not hundreds, to reach what follows them.
pub const RECENT_CASES: usize = 20;

/// Sorts summaries for the case list: most recently changed first (ties by alias, then id,
/// so the order is stable).
pub fn sort_for_list(cases: &mut [CaseSummary]) {
    super::order::sort_by(cases, |a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then_with(|| a.alias.cmp(&b.alias))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// An element of one of a case's lists (will statements, goals, resources, contacts,
/// circumstances), each with an id of its own.
pub trait CaseElement: Sized {
    type Id: PartialEq;
    /// The element's id.
    fn id(&self) -> &Self::Id;
    /// The case's list of these elements.
    fn list_mut(case: &mut Case) -> &mut Vec<Self>;
}

impl Case {
    /// The element of this kind with `id` (the one lookup by id for typing into a field).
    pub fn element_mut<T: CaseElement>(&mut self, id: &T::Id) -> Option<&mut T> {
        T::list_mut(self)
            .iter_mut()
            .find(|element| element.id() == id)
    }
}

macro_rules! case_element {
    ($element:ty, $id:ty, $list:ident) => {
        impl CaseElement for $element {
            type Id = $id;
            fn id(&self) -> &$id {
                &self.id
            }
            fn list_mut(case: &mut Case) -> &mut Vec<Self> {
                &mut case.$list
            }
        }
    };
}

case_element!(WillStatement, WillId, will);
case_element!(Goal, GoalId, goals);
case_element!(Resource, ResourceId, resources);
case_element!(NetworkContact, ContactId, network);
case_element!(Circumstance, CircumstanceId, circumstances);
