//! Host tests of the intake's domain logic: the goal chain, step order, coverage.
#![cfg(not(target_arch = "wasm32"))]

use lotse::domain::coverage::{coverage, Finding, Principle};
use lotse::domain::{
    Case, CaseId, Circumstance, CircumstanceId, Consent, ContactId, Distance, Goal, GoalId,
    IsoDate, LifeDomain, NetworkContact, OwnerKind, Resource, ResourceId, ResourceKind, Sector,
    SmartCriterion, Step, StepId, StepOwner, WillId,
};

fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).unwrap()
}

fn step(id: &str, owner: StepOwner, by_when: Option<&str>) -> Step {
    Step {
        id: StepId(id.into()),
        what: id.into(),
        owner,
        by_when: by_when.map(date),
    }
}

/// Herr K. from the example case, partly filled in.
fn herr_k() -> Case {
    let mut case = Case::new(
        CaseId("k".into()),
        "Herr K.".into(),
        date("2026-11-20"),
        0,
        WillId("w1".into()),
    );
    case.will[0].wording = "Ich will wieder arbeiten. Am liebsten was mit Maschinen.".into();
    case.network.push(NetworkContact::new(
        ContactId("anja".into()),
        "Anja (Schwester)".into(),
        Sector::Family,
        Distance::Close,
    ));
    case.network.push(NetworkContact::new(
        ContactId("sb".into()),
        "Schuldnerberatung".into(),
        Sector::Professional,
        Distance::Loose,
    ));
    case.resources.push(Resource {
        id: ResourceId("rc".into()),
        kind: ResourceKind::Neighbourhood,
        description: "Repair-Café im Stadtteilzentrum".into(),
        goals: vec![],
        catalogue: None,
    });
    let mut goal = Goal::new(GoalId("g1".into()), Some(WillId("w1".into())));
    goal.client_wording = "In der Wohnung bleiben".into();
    goal.steps = vec![
        step(
            "service",
            StepOwner::Contact(ContactId("sb".into())),
            Some("2026-12-11"),
        ),
        step(
            "sister",
            StepOwner::Contact(ContactId("anja".into())),
            Some("2026-12-04"),
        ),
        step(
            "cafe",
            StepOwner::Resource(ResourceId("rc".into())),
            Some("2026-12-05"),
        ),
        step("call-later", StepOwner::Client, Some("2026-11-27")),
        step("call-undated", StepOwner::Client, None),
        step("bring", StepOwner::Client, Some("2026-11-25")),
    ];
    case.goals.push(goal);
    case
}

#[test]
fn steps_are_ordered_client_network_neighbourhood_services_then_by_date() {
    let case = herr_k();
    let order: Vec<_> = case
        .ordered_steps(&case.goals[0])
        .iter()
        .map(|s| s.id.0.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "bring",
            "call-later",
            "call-undated",
            "sister",
            "cafe",
            "service"
        ]
    );
    assert_eq!(
        case.owner_kind(&StepOwner::Contact(ContactId("sb".into()))),
        OwnerKind::Professional
    );
    assert_eq!(
        case.owner_kind(&StepOwner::Contact(ContactId("anja".into()))),
        OwnerKind::Network
    );
    assert_eq!(
        case.owner_kind(&StepOwner::Resource(ResourceId("rc".into()))),
        OwnerKind::Neighbourhood
    );
}

#[test]
fn removing_a_contact_or_resource_keeps_its_steps_with_the_client() {
    let mut case = herr_k();
    case.remove_contact(&ContactId("anja".into()));
    case.remove_resource(&ResourceId("rc".into()));
    let goal = &case.goals[0];
    assert_eq!(goal.steps.len(), 6, "no step is lost");
    let sister = goal.steps.iter().find(|s| s.id.0 == "sister").unwrap();
    assert_eq!(sister.owner, StepOwner::Client);
    let cafe = goal.steps.iter().find(|s| s.id.0 == "cafe").unwrap();
    assert_eq!(cafe.owner, StepOwner::Client);
}

#[test]
fn removing_a_goal_or_will_statement_unlinks_it_everywhere() {
    let mut case = herr_k();
    case.resources[0].goals.push(GoalId("g1".into()));
    case.remove_will_statement(&WillId("w1".into()));
    assert_eq!(
        case.goals[0].will, None,
        "the goal keeps its words and loses only the link"
    );
    case.remove_goal(&GoalId("g1".into()));
    assert!(case.goals.is_empty());
    assert!(case.resources[0].goals.is_empty());
}

#[test]
fn smart_shows_what_is_open_in_acronym_order() {
    let mut goal = Goal::new(GoalId("g".into()), None);
    assert_eq!(goal.smart_unmet(), SmartCriterion::ALL.to_vec());
    goal.smart_met = vec![SmartCriterion::Timed, SmartCriterion::Specific];
    assert_eq!(
        goal.smart_unmet(),
        [
            SmartCriterion::Measurable,
            SmartCriterion::Attractive,
            SmartCriterion::Realistic
        ]
    );
}

fn missing(case: &Case, principle: Principle) -> Vec<Finding> {
    coverage(case)
        .into_iter()
        .find(|l| l.principle == principle)
        .unwrap()
        .missing
}

#[test]
fn coverage_changes_as_gaps_are_filled() {
    let mut case = Case::new(
        CaseId("c".into()),
        "Frau S.".into(),
        date("2026-11-20"),
        0,
        WillId("w".into()),
    );
    let lines = coverage(&case);
    assert_eq!(lines.len(), 5);
    assert_eq!(missing(&case, Principle::Will), [Finding::NoWillStatement]);
    assert_eq!(missing(&case, Principle::OwnInitiative), [Finding::NoGoal]);
    assert_eq!(missing(&case, Principle::Resources), [Finding::NoResource]);
    assert_eq!(missing(&case, Principle::Cooperation), [Finding::NoContact]);

    case.will[0].wording = "Die vom Amt sollen mir endlich das Geld überweisen.".into();
    assert_eq!(
        missing(&case, Principle::Will),
        [Finding::WishesWithoutOwnAction(1)]
    );
    case.will[0].own_action = "Ich bringe die fehlenden Kontoauszüge hin.".into();
    assert!(missing(&case, Principle::Will).is_empty());

    let mut goal = Goal::new(GoalId("g".into()), Some(WillId("w".into())));
    goal.steps.push(step(
        "amt",
        StepOwner::Contact(ContactId("jc".into())),
        None,
    ));
    case.goals.push(goal);
    case.network.push(NetworkContact::new(
        ContactId("jc".into()),
        "Jobcenter".into(),
        Sector::Professional,
        Distance::Middle,
    ));
    assert_eq!(
        missing(&case, Principle::OwnInitiative),
        [Finding::GoalsWithoutClientStep(1)]
    );
    assert_eq!(
        missing(&case, Principle::Cooperation),
        [Finding::StepOwnersWithoutConsent(1)]
    );
    assert_eq!(
        missing(&case, Principle::LifeDomains),
        [Finding::GoalsWithoutLifeDomain(1), Finding::NoCircumstance]
    );

    case.goals[0]
        .steps
        .push(step("self", StepOwner::Client, Some("2026-11-25")));
    case.goals[0].life_domains.push(LifeDomain::MajorLifeAreas);
    case.network[0].consent = Consent::Yes;
    case.circumstances.push(Circumstance {
        id: CircumstanceId("x".into()),
        text: "Formulare sind schwer".into(),
        category: None,
    });
    case.resources.push(Resource {
        id: ResourceId("r".into()),
        kind: ResourceKind::Personal,
        description: "zuverlässig".into(),
        goals: vec![],
        catalogue: None,
    });
    assert!(missing(&case, Principle::OwnInitiative).is_empty());
    assert!(missing(&case, Principle::Cooperation).is_empty());
    assert!(missing(&case, Principle::LifeDomains).is_empty());
    assert_eq!(
        missing(&case, Principle::Resources),
        [Finding::NoNeighbourhoodResource]
    );
    case.resources.push(Resource {
        id: ResourceId("n".into()),
        kind: ResourceKind::Neighbourhood,
        description: "Bibliothek".into(),
        goals: vec![],
        catalogue: None,
    });
    assert!(
        coverage(&case).iter().all(|l| l.missing.is_empty()),
        "{:?}",
        coverage(&case)
    );
}

#[test]
fn life_domains_round_trip_by_code() {
    for domain in LifeDomain::ALL {
        assert_eq!(LifeDomain::from_code(domain.code()), Some(domain));
    }
    assert_eq!(LifeDomain::from_code("d0"), None);
}

#[test]
fn a_checkbox_puts_a_choice_in_once_and_takes_it_out() {
    let mut domains = vec![LifeDomain::DomesticLife];
    lotse::domain::set_membership(&mut domains, LifeDomain::MajorLifeAreas, true);
    lotse::domain::set_membership(&mut domains, LifeDomain::MajorLifeAreas, true);
    assert_eq!(
        domains,
        [LifeDomain::DomesticLife, LifeDomain::MajorLifeAreas]
    );
    lotse::domain::set_membership(&mut domains, LifeDomain::DomesticLife, false);
    assert_eq!(domains, [LifeDomain::MajorLifeAreas]);
}
