//! Goals and their steps: the chain *Wille → Ziel → Handlungsschritte → Indikator*.

use super::{ContactId, IsoDate, LifeDomain, Ratings, ResourceId, WillId};
use serde::{Deserialize, Serialize};

/// Identifies a goal within its case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GoalId(pub String);

/// Identifies a step within its goal.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StepId(pub String);

/// The five SMART criteria as German practice reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmartCriterion {
    /// *spezifisch*: says exactly what is to be reached.
    Specific,
    /// *messbar*: one can tell whether it was reached.
    Measurable,
    /// *attraktiv / akzeptiert*: the client wants it (formulated with the client).
    Attractive,
    /// *realistisch*: reachable with the client's means in the period.
    Realistic,
    /// *terminiert*: has a date.
    Timed,
}

impl SmartCriterion {
    /// All five, in the order of the acronym.
    pub const ALL: [SmartCriterion; 5] = [
        SmartCriterion::Specific,
        SmartCriterion::Measurable,
        SmartCriterion::Attractive,
        SmartCriterion::Realistic,
        SmartCriterion::Timed,
    ];
}

/// Who takes a step. The principles prefer the client, then their own network, then the
/// neighbourhood, then professional services.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum StepOwner {
    /// The client themselves.
    Client,
    /// A person or service from the network map (its sector tells which).
    Contact(ContactId),
    /// A neighbourhood resource (a club, a place, a free offer).
    Resource(ResourceId),
}

/// The kind of owner, in the order the principles prefer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OwnerKind {
    /// The client.
    Client,
    /// Family, friends, neighbours, colleagues.
    Network,
    /// The neighbourhood (*Sozialraum*).
    Neighbourhood,
    /// Professional services.
    Professional,
}

/// One step towards a goal: what, who, by when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// Stable identity.
    pub id: StepId,
    /// What is done.
    pub what: String,
    /// Who does it.
    pub owner: StepOwner,
    /// By when.
    pub by_when: Option<IsoDate>,
}

/// A goal worked out with the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// Stable identity.
    pub id: GoalId,
    /// The will statement this goal serves, if any.
    pub will: Option<WillId>,
    /// The goal in the client's words.
    pub client_wording: String,
    /// An optional professional wording (for the plan).
    pub professional_wording: String,
    /// The life domains the goal touches.
    pub life_domains: Vec<LifeDomain>,
    /// "Woran merken Sie, dass Sie es geschafft haben?"
    pub indicator: String,
    /// When the goal is reviewed.
    pub review_date: Option<IsoDate>,
    /// The SMART criteria the caseworker and client judged as met. Shown, never enforced.
    pub smart_met: Vec<SmartCriterion>,
    /// The steps, in the order they were entered (see [`Case::ordered_steps`](super::Case::ordered_steps)).
    pub steps: Vec<Step>,
    /// Where the client stood at the intake: the starting point of the journey.
    #[serde(default)]
    pub start: Ratings,
    /// The goal's earlier wordings in the client's words, oldest first: a reworded goal
    /// keeps them.
    #[serde(default)]
    pub earlier_wordings: Vec<EarlierWording>,
    /// Reached or given up at a review; open while `None`.
    #[serde(default)]
    pub outcome: Option<GoalOutcome>,
}

/// A wording a goal had until a review worded it anew.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierWording {
    /// The goal in the client's words, as it was.
    pub wording: String,
    /// The day of the review that worded it anew.
    pub until: IsoDate,
}

/// How a goal ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GoalOutcome {
    /// Reached, as said at the review on that day.
    Reached {
        /// The day of the review.
        on: IsoDate,
    },
    /// Given up at the review on that day, and why.
    Dropped {
        /// The day of the review.
        on: IsoDate,
        /// Why, in the client's words where they give them.
        reason: String,
    },
}

impl Goal {
    /// A new goal serving a will statement, with nothing filled in yet.
    pub fn new(id: GoalId, will: Option<WillId>) -> Self {
        Self {
            id,
            will,
            client_wording: String::new(),
            professional_wording: String::new(),
            life_domains: Vec::new(),
            indicator: String::new(),
            review_date: None,
            smart_met: Vec::new(),
            steps: Vec::new(),
            start: Ratings::default(),
            earlier_wordings: Vec::new(),
            outcome: None,
        }
    }

    /// The SMART criteria not (yet) judged as met, in acronym order.
    pub fn smart_unmet(&self) -> Vec<SmartCriterion> {
        SmartCriterion::ALL
            .into_iter()
            .filter(|c| !self.smart_met.contains(c))
            .collect()
    }

    /// Whether the goal is still worked on (neither reached nor given up).
    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }

    /// Whether the client takes at least one step themselves.
    pub fn has_client_step(&self) -> bool {
        self.steps.iter().any(|s| s.owner == StepOwner::Client)
    }

    /// The step with this id.
    pub fn step_mut(&mut self, id: &StepId) -> Option<&mut Step> {
        self.steps.iter_mut().find(|s| &s.id == id)
    }
}
