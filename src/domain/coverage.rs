//! The coverage panel: for each of the five principles, what the intake already holds and
//! what is still missing. Pure and cheap; the check page shows it.

use super::coach::asks_others_to_act;
use super::{Case, Consent, LifeDomain, ResourceKind, StepOwner};

/// The five principles of the *Fachkonzept Sozialraumorientierung*.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Principle {
    /// 1. *Orientierung am Willen*.
    Will,
    /// 2. *Eigeninitiative und Selbsthilfe*.
    OwnInitiative,
    /// 3. *Ressourcen*.
    Resources,
    /// 4. *zielgruppen- und bereichsübergreifend*.
    LifeDomains,
    /// 5. *Koordinierte Kooperation*.
    Cooperation,
}

/// One observation about a principle. Counts are what the sentence needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Will statements in the client's words.
    WillStatements(usize),
    /// No will statement yet.
    NoWillStatement,
    /// Statements that ask others to act and have no own action yet.
    WishesWithoutOwnAction(usize),
    /// Steps the client takes.
    ClientSteps(usize),
    /// No goal yet, so no step either.
    NoGoal,
    /// Goals without a step by the client.
    GoalsWithoutClientStep(usize),
    /// Resources, and how many of the four kinds they cover.
    Resources(usize, usize),
    /// No resource yet.
    NoResource,
    /// No neighbourhood resource yet.
    NoNeighbourhoodResource,
    /// Life domains the goals touch.
    LifeDomains(usize),
    /// Goals without a life domain.
    GoalsWithoutLifeDomain(usize),
    /// Notes on circumstances to change.
    Circumstances(usize),
    /// No note on circumstances yet.
    NoCircumstance,
    /// Contacts on the network map, and how many take a step.
    Contacts(usize, usize),
    /// No contact on the network map yet.
    NoContact,
    /// Contacts who own a step but whose consent was not given.
    StepOwnersWithoutConsent(usize),
}

/// What one principle has and lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrincipleCoverage {
    /// The principle.
    pub principle: Principle,
    /// What is there.
    pub present: Vec<Finding>,
    /// What is missing (empty when the principle is covered).
    pub missing: Vec<Finding>,
}

/// The coverage of all five principles, in order.
pub fn coverage(case: &Case) -> Vec<PrincipleCoverage> {
    let mut lines = Vec::with_capacity(5);

    // 1. The will.
    let statements = case
        .will
        .iter()
        .filter(|w| !w.wording.trim().is_empty())
        .count();
    let wishes = case
        .will
        .iter()
        .filter(|w| w.own_action.trim().is_empty() && asks_others_to_act(&w.wording))
        .count();
    let mut line = new_line(Principle::Will);
    if statements > 0 {
        line.present.push(Finding::WillStatements(statements));
    } else {
        line.missing.push(Finding::NoWillStatement);
    }
    if wishes > 0 {
        line.missing.push(Finding::WishesWithoutOwnAction(wishes));
    }
    lines.push(line);

    // 2. Own initiative before care.
    let client_steps = case
        .goals
        .iter()
        .flat_map(|g| &g.steps)
        .filter(|s| s.owner == StepOwner::Client)
        .count();
    let without = case.goals.iter().filter(|g| !g.has_client_step()).count();
    let mut line = new_line(Principle::OwnInitiative);
    if client_steps > 0 {
        line.present.push(Finding::ClientSteps(client_steps));
    }
    if case.goals.is_empty() {
        line.missing.push(Finding::NoGoal);
    } else if without > 0 {
        line.missing.push(Finding::GoalsWithoutClientStep(without));
    }
    lines.push(line);

    // 3. Resources.
    let kinds = ResourceKind::ALL
        .iter()
        .filter(|k| case.resources.iter().any(|r| r.kind == **k))
        .count();
    let mut line = new_line(Principle::Resources);
    if case.resources.is_empty() {
        line.missing.push(Finding::NoResource);
    } else {
        line.present
            .push(Finding::Resources(case.resources.len(), kinds));
        if !case
            .resources
            .iter()
            .any(|r| r.kind == ResourceKind::Neighbourhood)
        {
            line.missing.push(Finding::NoNeighbourhoodResource);
        }
    }
    lines.push(line);

    // 4. Across life domains; circumstances as well as behaviour.
    let domains = LifeDomain::ALL
        .iter()
        .filter(|d| case.goals.iter().any(|g| g.life_domains.contains(d)))
        .count();
    let goals_without = case
        .goals
        .iter()
        .filter(|g| g.life_domains.is_empty())
        .count();
    let circumstances = case
        .circumstances
        .iter()
        .filter(|c| !c.text.trim().is_empty())
        .count();
    let mut line = new_line(Principle::LifeDomains);
    if domains > 0 {
        line.present.push(Finding::LifeDomains(domains));
    }
    if case.goals.is_empty() {
        line.missing.push(Finding::NoGoal);
    } else if goals_without > 0 {
        line.missing
            .push(Finding::GoalsWithoutLifeDomain(goals_without));
    }
    if circumstances > 0 {
        line.present.push(Finding::Circumstances(circumstances));
    } else {
        line.missing.push(Finding::NoCircumstance);
    }
    lines.push(line);

    // 5. Coordinated cooperation, with consent.
    let owners: Vec<_> = case
        .network
        .iter()
        .filter(|c| {
            case.goals
                .iter()
                .flat_map(|g| &g.steps)
                .any(|s| s.owner == StepOwner::Contact(c.id.clone()))
        })
        .collect();
    let without_consent = owners.iter().filter(|c| c.consent != Consent::Yes).count();
    let mut line = new_line(Principle::Cooperation);
    if case.network.is_empty() {
        line.missing.push(Finding::NoContact);
    } else {
        line.present
            .push(Finding::Contacts(case.network.len(), owners.len()));
    }
    if without_consent > 0 {
        line.missing
            .push(Finding::StepOwnersWithoutConsent(without_consent));
    }
    lines.push(line);
    lines
}

fn new_line(principle: Principle) -> PrincipleCoverage {
    PrincipleCoverage {
        principle,
        present: Vec::new(),
        missing: Vec::new(),
    }
}
