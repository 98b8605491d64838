//! The names the case pages give the domain's values (life domains, SMART criteria, consent,
//! resource kinds, sectors, distances) and its elements (goals, step owners), in one place so
//! every page and the printed agreement say the same; and the values offered as radios or a
//! select ([`Choice`]), with the slugs their ids are made of.

use crate::components::Choice;
use crate::domain::{
    Case, Consent, Distance, Goal, GoalDecision, LifeDomain, ResourceKind, Sector, SmartCriterion,
    StepOwner, StepProgress,
};
use crate::i18n::{I18n, Key};

/// The name of a life domain.
pub fn life_domain_label(domain: LifeDomain) -> Key {
    match domain {
        LifeDomain::Learning => Key::DomainD1,
        LifeDomain::GeneralTasks => Key::DomainD2,
        LifeDomain::Communication => Key::DomainD3,
        LifeDomain::Mobility => Key::DomainD4,
        LifeDomain::SelfCare => Key::DomainD5,
        LifeDomain::DomesticLife => Key::DomainD6,
        LifeDomain::Relationships => Key::DomainD7,
        LifeDomain::MajorLifeAreas => Key::DomainD8,
        LifeDomain::CommunityLife => Key::DomainD9,
    }
}

/// The name and one-line explanation of a SMART criterion.
pub fn smart_texts(criterion: SmartCriterion) -> (Key, Key) {
    match criterion {
        SmartCriterion::Specific => (Key::SmartSpecific, Key::SmartSpecificHint),
        SmartCriterion::Measurable => (Key::SmartMeasurable, Key::SmartMeasurableHint),
        SmartCriterion::Attractive => (Key::SmartAttractive, Key::SmartAttractiveHint),
        SmartCriterion::Realistic => (Key::SmartRealistic, Key::SmartRealisticHint),
        SmartCriterion::Timed => (Key::SmartTimed, Key::SmartTimedHint),
    }
}

/// The goal's title for lists: the client's wording, or "Ziel N" while it is empty.
pub fn goal_title(i18n: I18n, case: &Case, goal: &Goal) -> String {
    if goal.client_wording.trim().is_empty() {
        let number = case.goals.iter().position(|g| g.id == goal.id).unwrap_or(0) + 1;
        i18n.tf(Key::GoalLegend, &[("number", &number.to_string())])
    } else {
        goal.client_wording.clone()
    }
}

/// The name of a consent state.
pub fn consent_label(consent: Consent) -> Key {
    match consent {
        Consent::Yes => Key::ConsentYes,
        Consent::No => Key::ConsentNo,
        Consent::NotAsked => Key::ConsentNotAsked,
    }
}

/// The name and prompt of a resource kind.
pub fn resource_kind_texts(kind: ResourceKind) -> (Key, Key) {
    match kind {
        ResourceKind::Personal => (Key::ResourcePersonal, Key::ResourcePersonalPrompt),
        ResourceKind::Social => (Key::ResourceSocial, Key::ResourceSocialPrompt),
        ResourceKind::Material => (Key::ResourceMaterial, Key::ResourceMaterialPrompt),
        ResourceKind::Neighbourhood => {
            (Key::ResourceNeighbourhood, Key::ResourceNeighbourhoodPrompt)
        }
    }
}

/// The name of a sector.
pub fn sector_label(sector: Sector) -> Key {
    match sector {
        Sector::Family => Key::SectorFamily,
        Sector::FriendsNeighbours => Key::SectorFriends,
        Sector::Colleagues => Key::SectorColleagues,
        Sector::Professional => Key::SectorProfessional,
    }
}

/// The name of a distance.
pub fn distance_label(distance: Distance) -> Key {
    match distance {
        Distance::Close => Key::DistanceClose,
        Distance::Middle => Key::DistanceMiddle,
        Distance::Loose => Key::DistanceLoose,
    }
}

/// The name of a step's owner, as the lists show it.
pub fn owner_name(i18n: I18n, case: &Case, owner: &StepOwner) -> String {
    match owner {
        StepOwner::Client => i18n.t(Key::OwnerClient).to_string(),
        StepOwner::Contact(id) => case.contact(id).map(|c| c.name.clone()).unwrap_or_default(),
        StepOwner::Resource(id) => case
            .resources
            .iter()
            .find(|r| &r.id == id)
            .map(|r| r.description.clone())
            .unwrap_or_default(),
    }
}

impl Choice for Sector {
    fn all() -> &'static [Self] {
        &Sector::ALL
    }

    fn slug(self) -> &'static str {
        match self {
            Sector::Family => "family",
            Sector::FriendsNeighbours => "friends",
            Sector::Colleagues => "colleagues",
            Sector::Professional => "professional",
        }
    }

    fn label(self) -> Key {
        sector_label(self)
    }
}

impl Choice for Distance {
    fn all() -> &'static [Self] {
        &Distance::ALL
    }

    fn slug(self) -> &'static str {
        match self {
            Distance::Close => "close",
            Distance::Middle => "middle",
            Distance::Loose => "loose",
        }
    }

    fn label(self) -> Key {
        distance_label(self)
    }
}

impl Choice for Consent {
    fn all() -> &'static [Self] {
        &[Consent::Yes, Consent::No, Consent::NotAsked]
    }

    fn slug(self) -> &'static str {
        match self {
            Consent::Yes => "yes",
            Consent::No => "no",
            Consent::NotAsked => "notasked",
        }
    }

    fn label(self) -> Key {
        consent_label(self)
    }
}

impl Choice for ResourceKind {
    fn all() -> &'static [Self] {
        &ResourceKind::ALL
    }

    fn slug(self) -> &'static str {
        match self {
            ResourceKind::Personal => "personal",
            ResourceKind::Social => "social",
            ResourceKind::Material => "material",
            ResourceKind::Neighbourhood => "neighbourhood",
        }
    }

    fn label(self) -> Key {
        resource_kind_texts(self).0
    }
}

impl Choice for StepProgress {
    fn all() -> &'static [Self] {
        &StepProgress::ALL
    }

    fn slug(self) -> &'static str {
        match self {
            StepProgress::Done => "done",
            StepProgress::Partly => "partly",
            StepProgress::NotDone => "not-done",
            StepProgress::NoLongerNeeded => "not-needed",
        }
    }

    fn label(self) -> Key {
        match self {
            StepProgress::Done => Key::StepProgressDone,
            StepProgress::Partly => Key::StepProgressPartly,
            StepProgress::NotDone => Key::StepProgressNotDone,
            StepProgress::NoLongerNeeded => Key::StepProgressNotNeeded,
        }
    }
}

impl Choice for GoalDecision {
    fn all() -> &'static [Self] {
        &GoalDecision::ALL
    }

    fn slug(self) -> &'static str {
        match self {
            GoalDecision::Kept => "kept",
            GoalDecision::Reached => "reached",
            GoalDecision::Reworded => "reworded",
            GoalDecision::Dropped => "dropped",
        }
    }

    fn label(self) -> Key {
        match self {
            GoalDecision::Kept => Key::GoalDecisionKept,
            GoalDecision::Reached => Key::GoalDecisionReached,
            GoalDecision::Reworded => Key::GoalDecisionReworded,
            GoalDecision::Dropped => Key::GoalDecisionDropped,
        }
    }
}
