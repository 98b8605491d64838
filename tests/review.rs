//! Host tests of reviews: Herr K. three months on (../shared/domain/EXAMPLE_CASE.md).
#![cfg(not(target_arch = "wasm32"))]

use lotse::domain::{
    decode_case, decode_summary, encode_case, encode_case_reusing, encode_summary, is_due,
    Addition, Case, ContactId, Distance, EncodedParts, GoalDecision, GoalId, GoalOutcome, IsoDate,
    NetworkContact, Rating, Ratings, Resource, ResourceId, ResourceKind, ReviewDateError, ReviewId,
    Sector, Signature, Signer, StepProgress, SCHEMA_VERSION,
};

fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).unwrap()
}

fn rating(client: u8, caseworker: u8) -> Ratings {
    Ratings {
        client: Rating::new(client),
        caseworker: Rating::new(caseworker),
    }
}

/// Herr K. after the intake, with the starting points asked on the goals step.
fn herr_k() -> Case {
    let mut case = decode_case(include_str!("fixtures/case-v2-herr-k.json")).unwrap();
    let flat = goal_id(&case, "Wohnung");
    let work = goal_id(&case, "Arbeit");
    case.goal_mut(&flat).unwrap().start = rating(3, 2);
    case.goal_mut(&work).unwrap().start = rating(2, 3);
    case
}

fn goal_id(case: &Case, words: &str) -> GoalId {
    case.goals
        .iter()
        .find(|g| g.client_wording.contains(words))
        .unwrap_or_else(|| panic!("a goal with {words}"))
        .id
        .clone()
}

fn signature(signer: Signer) -> Signature {
    Signature {
        signer,
        image: "data:image/png;base64,iVBORw0KGgo=".into(),
        signed_on: date("2027-02-20"),
    }
}

/// The first review as EXAMPLE_CASE.md tells it, not yet completed.
fn first_review(case: &mut Case) -> ReviewId {
    let id = case
        .start_review(ReviewId("r-1".into()), date("2027-02-20"))
        .clone();
    let flat = goal_id(case, "Wohnung");
    let work = goal_id(case, "Arbeit");
    let steps: Vec<_> = case.goal(&flat).unwrap().steps.clone();
    let call = steps
        .iter()
        .find(|s| s.what.contains("Vermieterin anrufen"))
        .unwrap()
        .id
        .clone();
    assert!(case.add_in_review(
        &id,
        Addition::Resource(Resource {
            id: ResourceId("res-mieterverein".into()),
            kind: ResourceKind::Neighbourhood,
            description: "Mieterverein im Stadtteil".into(),
            goals: vec![flat.clone()],
            catalogue: None,
        })
    ));
    assert!(case.add_in_review(
        &id,
        Addition::Contact(NetworkContact::new(
            ContactId("c-brandt".into()),
            "Herr Brandt, Mieterverein".into(),
            Sector::Professional,
            Distance::Loose,
        ))
    ));
    let review = case.review_mut(&id).unwrap();
    let on_flat = review.goal_mut(&flat);
    on_flat.ratings = rating(7, 6);
    on_flat.changes =
        "Die Vermieterin hat den Ratenplan angenommen. Zwei Raten sind bezahlt.".into();
    on_flat.step_mut(&call).progress = Some(StepProgress::Done);
    on_flat.decision = Some(GoalDecision::Kept);
    let on_work = review.goal_mut(&work);
    on_work.ratings = rating(4, 4);
    on_work.changes = "Zwei Bewerbungen sind raus. Ein Gespräch im März.".into();
    on_work.decision = Some(GoalDecision::Reworded);
    on_work.new_wording = "Eine feste Stelle als Maschinenführer bis zum Sommer".into();
    review.next_review = Some(date("2027-08-20"));
    review.signatures = vec![signature(Signer::Client), signature(Signer::Caseworker)];
    id
}

#[test]
fn a_rating_is_on_the_scale_from_0_to_10() {
    assert_eq!(Rating::new(10).map(Rating::value), Some(10));
    assert_eq!(Rating::new(11), None);
    let mut case = herr_k();
    let flat = goal_id(&case, "Wohnung");
    case.goal_mut(&flat).unwrap().start.client = Rating::new(7);
    let text = encode_case(&case).replace("\"client\":7", "\"client\":11");
    assert!(decode_case(&text).is_err(), "11 is off the scale");
}

#[test]
fn a_review_date_must_lie_between_the_first_contact_and_today() {
    let mut case = herr_k();
    let today = date("2027-02-20");
    assert_eq!(case.check_review_date(date("2027-02-20"), today), Ok(()));
    assert_eq!(
        case.check_review_date(date("2026-11-19"), today),
        Err(ReviewDateError::BeforeFirstContact)
    );
    assert_eq!(
        case.check_review_date(date("2027-02-21"), today),
        Err(ReviewDateError::InTheFuture)
    );
    let id = first_review(&mut case);
    assert!(case.complete_review(&id));
    assert_eq!(
        case.check_review_date(date("2027-01-01"), date("2027-08-20")),
        Err(ReviewDateError::BeforeLastReview)
    );
}

#[test]
fn completing_the_first_review_renews_the_agreement_and_keeps_the_first_as_signed() {
    let intake = herr_k();
    let mut case = intake.clone();
    let id = first_review(&mut case);
    // A draft changes no goal and no agreement.
    assert_eq!(case.goals, intake.goals);
    assert_eq!(case.agreement, intake.agreement);
    assert_eq!(case.draft_review().map(|r| &r.id), Some(&id));
    // Starting again continues the draft.
    assert_eq!(
        case.start_review(ReviewId("r-2".into()), date("2027-02-21")),
        &id
    );

    assert!(case.complete_review(&id));
    assert!(case.draft_review().is_none());
    assert_eq!(case.agreement_version(), 2);
    let first = &case.earlier_agreements.version(1).unwrap();
    assert_eq!(first.version, 1);
    assert_eq!(first.replaced_on, date("2027-02-20"));
    assert_eq!(first.agreement, intake.agreement);
    assert_eq!(first.goals, intake.goals);
    // As signed: Herr Brandt and the Mieterverein came with the review.
    assert_eq!(first.network, intake.network);
    assert_eq!(first.resources, intake.resources);

    let work = case.goal(&goal_id(&case, "Maschinenführer")).unwrap();
    assert_eq!(work.earlier_wordings.len(), 1);
    assert_eq!(
        work.earlier_wordings[0].wording,
        intake.goal(&work.id).unwrap().client_wording
    );
    assert_eq!(work.earlier_wordings[0].until, date("2027-02-20"));
    assert!(work.is_open());
    assert_eq!(case.agreement.signatures.len(), 2);
    assert_eq!(case.agreement.review_date, Some(date("2027-08-20")));
    assert_eq!(case.reviews[0].agreement_version, Some(2));
    assert!(
        case.reviews[0].signatures.is_empty(),
        "moved to the agreement"
    );
    assert_eq!(
        case.next_review(),
        Some(date("2027-05-20")),
        "the work goal's own date"
    );
}

#[test]
fn a_goal_reached_or_dropped_keeps_its_words_and_says_when() {
    let mut case = herr_k();
    let id = first_review(&mut case);
    let flat = goal_id(&case, "Wohnung");
    let work = goal_id(&case, "Arbeit");
    let review = case.review_mut(&id).unwrap();
    review.goal_mut(&flat).decision = Some(GoalDecision::Reached);
    review.goal_mut(&work).decision = Some(GoalDecision::Dropped);
    review.goal_mut(&work).drop_reason = "Erst die Betreuung der Mädchen.".into();
    assert!(case.complete_review(&id));
    assert_eq!(
        case.goal(&flat).unwrap().outcome,
        Some(GoalOutcome::Reached {
            on: date("2027-02-20")
        })
    );
    assert_eq!(
        case.goal(&work).unwrap().outcome,
        Some(GoalOutcome::Dropped {
            on: date("2027-02-20"),
            reason: "Erst die Betreuung der Mädchen.".into()
        })
    );
    assert!(case.goal(&work).unwrap().client_wording.contains("Arbeit"));
    // Closed goals set no review date: the agreement's own is next.
    assert_eq!(case.next_review(), Some(date("2027-08-20")));
}

#[test]
fn the_journey_shows_each_rating_from_the_intake_on_and_the_network_then_and_now() {
    let mut case = herr_k();
    assert_eq!(case.network_changes(), None, "no review yet");
    let id = first_review(&mut case);
    let flat = goal_id(&case, "Wohnung");
    assert_eq!(
        case.journey(&flat).len(),
        1,
        "a draft is not on the journey"
    );
    assert!(case.complete_review(&id));
    let journey = case.journey(&flat);
    assert_eq!(journey.len(), 2);
    assert_eq!(
        (journey[0].on, journey[0].review, journey[0].ratings),
        (date("2026-11-20"), None, rating(3, 2))
    );
    assert_eq!(
        (journey[1].on, journey[1].review, journey[1].ratings),
        (date("2027-02-20"), Some(0), rating(7, 6))
    );

    // Herr Brandt joined at the review; one who leaves later shows as left.
    let changes = case.network_changes().unwrap();
    let joined: Vec<_> = changes.joined.iter().map(|c| c.id.0.as_str()).collect();
    assert_eq!(joined, vec!["c-brandt"]);
    assert!(changes.left.is_empty());
    let anja = case.network[0].id.clone();
    case.remove_contact(&anja);
    let changes = case.network_changes().unwrap();
    assert_eq!(
        changes.left.iter().map(|c| &c.id).collect::<Vec<_>>(),
        vec![&anja]
    );
}

#[test]
fn discarding_a_draft_takes_back_what_it_added_and_deleting_a_review_keeps_the_agreement() {
    let intake = herr_k();
    let mut case = intake.clone();
    let id = first_review(&mut case);
    let content = case.review(&id).unwrap().content();
    assert_eq!(
        (
            content.ratings,
            content.notes,
            content.added,
            content.signatures
        ),
        (4, 3, 2, 2)
    );
    assert!(case.discard_review(&id));
    assert_eq!(case, intake);

    let id = first_review(&mut case);
    assert!(
        !case.delete_review(&id),
        "a draft is discarded, not deleted"
    );
    assert!(case.complete_review(&id));
    let completed = case.clone();
    assert!(
        !case.discard_review(&id),
        "a completed review is deleted, not discarded"
    );
    assert!(case.delete_review(&id));
    assert!(case.reviews.is_empty());
    assert_eq!(case.earlier_agreements, completed.earlier_agreements);
    assert_eq!(case.agreement, completed.agreement);
    assert_eq!(case.resources, completed.resources);
}

#[test]
fn reviews_are_due_within_14_days_or_overdue() {
    let today = date("2027-02-10");
    assert!(is_due(date("2027-02-24"), today));
    assert!(!is_due(date("2027-02-25"), today));
    assert!(is_due(date("2026-12-01"), today), "overdue");
    assert_eq!(date("2027-03-01").plus_days(-1), date("2027-02-28"));
    assert_eq!(date("2028-02-28").plus_days(1), date("2028-02-29"));
}

#[test]
fn a_reviewed_case_is_stored_whole_and_its_summary_holds_the_next_review() {
    let mut case = herr_k();
    let id = first_review(&mut case);
    let draft_text = encode_case(&case);
    assert_eq!(decode_case(&draft_text), Ok(case.clone()));
    assert!(case.complete_review(&id));
    let text = encode_case(&case);
    assert!(text.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(decode_case(&text), Ok(case.clone()));
    // The autosave's encoder writes the same text, reusing the parts that did not change.
    let mut parts = EncodedParts::default();
    assert_eq!(encode_case_reusing(&case, &mut parts), text);
    case.reviews[0].goals[0].changes.push('!');
    assert_eq!(encode_case_reusing(&case, &mut parts), encode_case(&case));
    case.agreement.signatures.pop();
    assert_eq!(encode_case_reusing(&case, &mut parts), encode_case(&case));
    // The list's summary entry holds the next review.
    let summary = decode_summary(&encode_summary(&case.summary())).unwrap();
    assert_eq!(summary.next_review, Some(date("2027-05-20")));
    assert_eq!(summary, case.summary());
}

#[test]
fn the_stored_schema_3_fixture_reads_whole() {
    let case = decode_case(include_str!("fixtures/case-v3-herr-k-reviewed.json")).unwrap();
    assert_eq!(case.reviews.len(), 1);
    assert!(case.reviews[0].completed);
    assert_eq!(case.earlier_agreements.count(), 1);
    assert_eq!(case.agreement_version(), 2);
    let flat = goal_id(&case, "Wohnung");
    assert_eq!(case.journey(&flat).len(), 2);
    assert!(case.goals.iter().any(|g| !g.earlier_wordings.is_empty()));
    assert_eq!(decode_case(&encode_case(&case)), Ok(case));
}

#[test]
fn what_a_review_added_and_is_removed_again_is_forgotten_by_the_review() {
    let mut case = herr_k();
    let id = first_review(&mut case);
    case.remove_contact(&ContactId("c-brandt".into()));
    let added = &case.review(&id).unwrap().added;
    assert!(added.contacts.is_empty());
    assert_eq!(added.resources.len(), 1);
    assert_eq!(case.review(&id).unwrap().content().added, 1);
    assert!(!case.add_in_review(
        &ReviewId("none".into()),
        Addition::Resource(Resource {
            id: ResourceId("r-x".into()),
            kind: ResourceKind::Personal,
            description: String::new(),
            goals: Vec::new(),
            catalogue: None,
        })
    ));
    assert_eq!(case.resources.len(), herr_k().resources.len() + 1);
}

#[test]
fn every_agreement_version_stays_readable_with_its_signatures_and_the_protocol_finds_the_last_ratings(
) {
    let intake = herr_k();
    let mut case = intake.clone();
    let id = first_review(&mut case);
    assert_eq!(case.signatures(Some(&id)).len(), 2);
    assert_eq!(
        case.signatures(None),
        intake.agreement.signatures.as_slice()
    );
    case.signatures_mut(Some(&id)).unwrap().pop();
    assert_eq!(case.signatures(Some(&id)).len(), 1);
    assert!(case.complete_review(&id));

    let first = case.as_agreed(1).unwrap();
    assert_eq!(first.goals, intake.goals);
    assert_eq!(first.network, intake.network);
    assert_eq!(first.agreement, intake.agreement);
    assert_eq!(first.alias, intake.alias);
    assert_eq!(case.as_agreed(2), Some(case.clone()));
    assert_eq!(case.as_agreed(3), None);

    let (position, review) = case.completed_review(1).unwrap();
    assert_eq!((position, &review.id), (0, &id));
    assert!(case.completed_review(0).is_none());
    assert!(case.completed_review(2).is_none());
    let flat = goal_id(&case, "Wohnung");
    let before = case.ratings_before(&flat, position).unwrap();
    assert_eq!(
        (before.on, before.ratings),
        (date("2026-11-20"), rating(3, 2))
    );
}

#[test]
fn an_export_carries_the_reviews_and_an_export_from_before_reviews_still_imports() {
    use lotse::domain::export_file::{encode_export, parse_import, ImportFile};
    let mut case = herr_k();
    let id = first_review(&mut case);
    assert!(case.complete_review(&id));
    let text = encode_export(std::slice::from_ref(&case), None, 1_800_000_000_000);
    match parse_import(&text) {
        Ok(ImportFile::Cases(cases, None)) => assert_eq!(cases, vec![case]),
        other => panic!("the export reads back: {other:?}"),
    }

    // Written before schema 3: both cases read, lifted, without reviews.
    match parse_import(include_str!("fixtures/export-v1-schemas-1-and-2.json")) {
        Ok(ImportFile::Cases(cases, None)) => {
            assert_eq!(cases.len(), 2);
            assert_eq!(
                cases[0],
                decode_case(include_str!("fixtures/case-v2-herr-k.json")).unwrap()
            );
            assert!(cases
                .iter()
                .all(|c| c.reviews.is_empty() && c.earlier_agreements.count() == 0));
            assert!(cases.iter().all(|c| c.goals.iter().all(|g| g.is_open())));
            let lifted = encode_case(&cases[1]);
            assert!(lifted.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
        }
        other => panic!("the older export reads: {other:?}"),
    }
}

#[test]
fn a_record_is_read_in_one_pass_yet_a_newer_or_older_one_is_still_told_apart() {
    use lotse::domain::DecodeError;
    let mut case = herr_k();
    let id = first_review(&mut case);
    assert!(case.complete_review(&id));
    let text = encode_case(&case);
    assert_eq!(decode_case(&text), Ok(case.clone()));
    let next = SCHEMA_VERSION + 1;
    let newer = text.replacen(
        &format!("{{\"schema\":{SCHEMA_VERSION},"),
        &format!("{{\"schema\":{next},"),
        1,
    );
    assert_eq!(
        decode_case(&newer),
        Err(DecodeError::FromNewerVersion(next))
    );
    let older = decode_case(include_str!("fixtures/case-v1.json")).unwrap();
    assert!(older.reviews.is_empty());
}

#[test]
fn earlier_agreements_are_read_one_by_one_and_one_that_cannot_be_read_hides_no_other() {
    use lotse::domain::{EarlierAgreementError, StoredText};
    let mut case = herr_k();
    let id = first_review(&mut case);
    assert!(case.complete_review(&id));
    let first = case.earlier_agreements.version(1).unwrap();
    assert_eq!(case.earlier_agreements.count(), 1);
    assert_eq!(
        case.earlier_agreements.version(2),
        Err(EarlierAgreementError::Missing)
    );
    assert_eq!(
        case.earlier_agreements.version(0),
        Err(EarlierAgreementError::Missing)
    );
    assert_eq!(decode_case(&encode_case(&case)), Ok(case.clone()));

    // A damaged first version stays stored as it is; the second still reads.
    let text = encode_case(&case).replacen("{\"version\":1,", "{\"version\":\"eins\",", 1);
    let mut damaged = decode_case(&text).unwrap();
    assert_eq!(
        damaged.earlier_agreements.version(1),
        Err(EarlierAgreementError::Unreadable)
    );
    let mut second = first.clone();
    second.version = 2;
    damaged.earlier_agreements.push(StoredText::of(&second));
    assert_eq!(damaged.earlier_agreements.version(2), Ok(second));
    assert!(encode_case(&damaged).contains("{\"version\":\"eins\","));
}

#[test]
fn the_earlier_version_is_the_agreement_as_signed_when_the_review_started() {
    let intake = herr_k();
    let mut case = intake.clone();
    let id = first_review(&mut case);
    // Corrected on the intake's pages while the review is held: the renewed agreement's.
    case.will[0].wording.push_str(" Und zwar bald.");
    case.agreement.caseworker = "Frau Sommer".into();
    assert!(case.complete_review(&id));
    let first = case.earlier_agreements.version(1).unwrap();
    assert_eq!(first.will, intake.will);
    assert_eq!(first.agreement, intake.agreement);
    assert!(case.will[0].wording.ends_with("Und zwar bald."));
    assert!(
        case.reviews[0].signed.is_none(),
        "kept once, as the earlier version"
    );
}
