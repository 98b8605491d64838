//! Host tests of the pure domain: dates, validation, the stored schema, ordering, routes.
#![cfg(not(target_arch = "wasm32"))]

use lotse::domain::case::sort_for_list;
use lotse::domain::date::DateError;
use lotse::domain::{
    decode_case, decode_summary, encode_case, encode_summary, Case, CaseDetails, CaseDetailsError,
    CaseId, CaseSummary, DecodeError, IsoDate, WillId, WillStatement, SCHEMA_VERSION,
};
use lotse::routes::{CasePage, IntakeStep, ReviewPart, Route};

fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).unwrap()
}

fn sample_case() -> Case {
    let mut case = Case::new(
        CaseId("c-1".into()),
        "Herr K.".into(),
        date("2026-11-20"),
        1_000,
        WillId("w-1".into()),
    );
    case.will[0].wording = "Ich will wieder arbeiten. Am liebsten was mit Maschinen.".into();
    case.will[0].own_action =
        "Ich schreibe Bewerbungen, wenn mir einer zeigt, wie das heute online geht.".into();
    case
}

#[test]
fn dates_parse_only_real_calendar_days() {
    assert_eq!(date("2026-11-20").german(), "20.11.2026");
    assert_eq!(date("2024-02-29").to_string(), "2024-02-29");
    assert_eq!(IsoDate::parse(""), Err(DateError::Empty));
    assert_eq!(IsoDate::parse("   "), Err(DateError::Empty));
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-04-31",
        "20.11.2026",
        "2026-1-1",
        "abcd-ef-gh",
        "0999-01-01",
        "2026-11-2x",
    ] {
        assert_eq!(IsoDate::parse(bad), Err(DateError::Invalid), "{bad}");
    }
}

#[test]
fn days_since_epoch_give_the_civil_date() {
    assert_eq!(IsoDate::from_days_since_epoch(0), date("1970-01-01"));
    assert_eq!(IsoDate::from_days_since_epoch(20_412), date("2025-11-20"));
    assert_eq!(IsoDate::from_days_since_epoch(19_782), date("2024-02-29"));
}

#[test]
fn case_details_require_only_alias_and_a_past_date() {
    let today = date("2026-11-21");
    let ok = CaseDetails::validate("  Herr K.  ", "2026-11-20", today).unwrap();
    assert_eq!(
        ok.alias, "  Herr K.  ",
        "the alias is kept exactly as typed"
    );
    assert_eq!(ok.first_contact, date("2026-11-20"));
    assert!(CaseDetails::validate("Frau S.", "2026-11-21", today).is_ok());

    assert_eq!(
        CaseDetails::validate(" \n ", "", today),
        Err(vec![
            CaseDetailsError::AliasMissing,
            CaseDetailsError::DateMissing
        ])
    );
    assert_eq!(
        CaseDetails::validate("A", "2026-02-30", today),
        Err(vec![CaseDetailsError::DateInvalid])
    );
    assert_eq!(
        CaseDetails::validate("A", "2026-11-22", today),
        Err(vec![CaseDetailsError::DateInFuture])
    );
}

#[test]
fn a_case_survives_encoding_exactly() {
    let mut case = sample_case();
    case.add_will_statement(WillId("w-2".into()));
    case.will[1].wording =
        "  Größe, Äpfel, Übermut – 😀👨‍👩‍👧 مرحبا بالعالم שלום\n\nzweite Zeile\t ".into();
    case.will[1].own_action = "x".repeat(5_000);
    let text = encode_case(&case);
    assert!(text.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(decode_case(&text), Ok(case));
}

#[test]
fn a_stored_version_1_record_still_reads() {
    let stored = r#"{"schema":1,"case":{"id":"c-9","alias":"Herr K.","first_contact":"2026-11-20","created_at":5,"updated_at":7,"will":[{"id":"w","wording":"Ich will, dass wir in der Wohnung bleiben können.","own_action":"Ich rufe die Vermieterin an."}]}}"#;
    let case = decode_case(stored).unwrap();
    assert_eq!(case.alias, "Herr K.");
    assert_eq!(case.will[0].own_action, "Ich rufe die Vermieterin an.");
    assert_eq!(case.updated_at, 7);
}

#[test]
fn the_list_reads_the_same_summary_as_the_whole_case_gives() {
    for stored in [
        include_str!("fixtures/case-v1.json"),
        include_str!("fixtures/case-v2-herr-k.json"),
        &encode_case(&sample_case()),
    ] {
        let summary = decode_case(stored).unwrap().summary();
        // A record does not hold its next review (the case's dates give it): its summary
        // entry does.
        let from_record = decode_summary(stored).unwrap();
        assert_eq!(from_record.next_review, None);
        assert_eq!(
            CaseSummary {
                next_review: summary.next_review,
                ..from_record
            },
            summary
        );
        assert_eq!(decode_summary(&encode_summary(&summary)), Ok(summary));
    }
}

#[test]
fn the_list_tells_damaged_newer_and_foreign_records_apart_too() {
    let text = encode_case(&sample_case());
    assert!(matches!(
        decode_summary(&text[..text.len() / 2]),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(decode_summary(""), Err(DecodeError::NotJson(_))));
    assert!(matches!(
        decode_summary("[1,2]"),
        Err(DecodeError::NotACase(_))
    ));
    assert!(matches!(
        decode_summary(
            r#"{"schema":2,"case":{"id":"x","first_contact":"2026-11-20","updated_at":1}}"#
        ),
        Err(DecodeError::NotACase(_))
    ));
    assert!(matches!(
        decode_summary(
            r#"{"schema":2,"case":{"id":"x","alias":"A","first_contact":"2026-02-30","updated_at":1}}"#
        ),
        Err(DecodeError::NotACase(_))
    ));
    assert_eq!(
        decode_summary(r#"{"schema":7,"case":{"whatever":true}}"#),
        Err(DecodeError::FromNewerVersion(7))
    );
    // A newer version may use another shape for the same fields.
    assert_eq!(
        decode_summary(r#"{"schema":9,"case":{"id":42,"alias":["A"]}}"#),
        Err(DecodeError::FromNewerVersion(9))
    );
    assert!(matches!(
        decode_summary(r#"{"schema":0,"case":{}}"#),
        Err(DecodeError::NotACase(_))
    ));
}

#[test]
fn damaged_and_foreign_records_are_told_apart() {
    let text = encode_case(&sample_case());
    let truncated = &text[..text.len() / 2];
    assert!(matches!(
        decode_case(truncated),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode_case("not json at all"),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(decode_case(""), Err(DecodeError::NotJson(_))));
    assert!(matches!(
        decode_case("[1,2]"),
        Err(DecodeError::NotACase(_))
    ));
    assert!(matches!(
        decode_case(r#"{"schema":1,"case":{"id":"x"}}"#),
        Err(DecodeError::NotACase(_))
    ));
    assert!(matches!(
        decode_case(
            r#"{"schema":1,"case":{"id":"x","alias":"A","first_contact":"2026-02-30","created_at":1,"updated_at":1,"will":[]}}"#
        ),
        Err(DecodeError::NotACase(_))
    ));
    assert_eq!(
        decode_case(r#"{"schema":7,"case":{"whatever":true}}"#),
        Err(DecodeError::FromNewerVersion(7))
    );
    assert!(matches!(
        decode_case(r#"{"schema":0,"case":{}}"#),
        Err(DecodeError::NotACase(_))
    ));
}

#[test]
fn the_case_list_shows_the_most_recent_change_first() {
    let summary = |id: &str, alias: &str, updated_at| {
        let mut case = Case::new(
            CaseId(id.into()),
            alias.into(),
            date("2026-01-01"),
            0,
            WillId("w".into()),
        );
        case.updated_at = updated_at;
        case.summary()
    };
    let mut list = vec![
        summary("a", "B", 10),
        summary("b", "A", 30),
        summary("c", "C", 20),
        summary("d", "A", 10),
    ];
    sort_for_list(&mut list);
    let order: Vec<_> = list.iter().map(|s| s.id.0.as_str()).collect();
    assert_eq!(order, ["b", "c", "d", "a"]);
}

#[test]
fn deleting_says_what_would_be_lost() {
    let mut case = sample_case();
    case.add_will_statement(WillId("w-2".into()));
    case.will[1].wording = "Die vom Amt sollen mir endlich das Geld überweisen.".into();
    case.add_will_statement(WillId("w-3".into()));
    let content = case.content();
    assert_eq!(content.will_statements, 2);
    assert_eq!(content.own_actions, 1);
}

#[test]
fn will_statements_are_added_and_removed_by_id() {
    let mut case = sample_case();
    case.add_will_statement(WillId("w-2".into()));
    assert_eq!(case.will.len(), 2);
    assert!(case.will[1].is_blank());
    assert!(!WillStatement {
        id: WillId("x".into()),
        wording: " ".into(),
        own_action: "a".into()
    }
    .is_blank());
    assert!(case.remove_will_statement(&WillId("w-1".into())));
    assert!(!case.remove_will_statement(&WillId("w-1".into())));
    assert_eq!(case.will[0].id, WillId("w-2".into()));
}

#[test]
fn case_ids_are_safe_in_keys_and_addresses() {
    assert!(CaseId("0f8c2a1e-5b7d-4c3a-9e1f-2a3b4c5d6e7f".into()).is_well_formed());
    for bad in ["", "a/b", "a b", "ä", "<script>", &"x".repeat(65)] {
        assert!(!CaseId(bad.to_string()).is_well_formed(), "{bad:?}");
    }
}

#[test]
fn routes_parse_and_print_canonically() {
    let id = CaseId("abc-123".into());
    assert_eq!(Route::parse("/"), Route::CaseElement);
    assert_eq!(Route::parse("/neu"), Route::NewCase);
    assert_eq!(Route::parse("/neu/"), Route::NewCase);
    assert_eq!(Route::parse("/faelle"), Route::AllCases);
    assert_eq!(Route::AllCases.path().as_deref(), Some("/faelle"));
    assert_eq!(
        Route::parse("/fall/abc-123/wille"),
        Route::Case(id.clone(), CasePage::Step(IntakeStep::Will))
    );
    assert_eq!(
        Route::parse("/fall/abc-123"),
        Route::Case(id.clone(), CasePage::Step(IntakeStep::Will))
    );
    assert_eq!(
        Route::parse("/fall/abc-123/umbenennen"),
        Route::Case(id.clone(), CasePage::Rename)
    );
    assert_eq!(
        Route::parse("/fall/abc-123/loeschen"),
        Route::Case(id.clone(), CasePage::Delete)
    );
    assert_eq!(
        Route::parse("/fall/abc-123/ueberpruefungen"),
        Route::Case(id.clone(), CasePage::Reviews)
    );
    let pages = ReviewPart::ALL
        .iter()
        .map(|part| CasePage::Review(*part))
        .chain([
            CasePage::Journey,
            CasePage::AgreementVersion(1),
            CasePage::ReviewProtocol(12),
        ]);
    for page in pages {
        let route = Route::Case(id.clone(), page);
        assert_eq!(Route::parse(&route.path().unwrap()), route);
    }
    for unknown in [
        "/fall",
        "/fall/abc-123/nope",
        "/fall/abc-123/ueberpruefung",
        "/fall/abc-123/ueberpruefung/nope",
        "/fall/abc-123/ueberpruefung/stand/mehr",
        "/fall/abc-123/fassung/0",
        "/fall/abc-123/protokoll/eins",
        "/fall/a%20b/wille",
        "/x",
        "/fall/abc/wille/mehr",
        "",
    ] {
        assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
    }
    assert_eq!(
        Route::parse("/fall/abc-123").path().as_deref(),
        Some("/fall/abc-123/wille")
    );
    assert_eq!(Route::NotFound.path(), None);
}

#[test]
fn the_domain_module_has_no_browser_imports() {
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/domain"
    ))];
    let mut files = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        for forbidden in [
            "leptos::",
            "web_sys::",
            "js_sys::",
            "wasm_bindgen::",
            "gloo_storage::",
        ] {
            assert!(
                !source.contains(forbidden),
                "{} mentions {forbidden}",
                path.display()
            );
        }
    }
}

#[test]
fn a_foundation_record_migrates_to_the_current_schema_without_losing_a_field() {
    let stored = include_str!("fixtures/case-v1.json");
    let case = decode_case(stored).expect("a version 1 record reads");
    assert_eq!(
        case.id,
        CaseId("da5fe0d9-b631-4e70-a685-4ed0c9609037".into())
    );
    assert_eq!(case.alias, "Herr K.");
    assert_eq!(case.first_contact, date("2026-11-20"));
    assert_eq!(case.created_at, 1_795_259_251_352);
    assert_eq!(case.updated_at, 1_795_259_251_693);
    assert_eq!(case.will.len(), 2);
    assert_eq!(
        case.will[0].wording,
        "Ich will wieder arbeiten. Am liebsten was mit Maschinen."
    );
    assert_eq!(
        case.will[0].own_action,
        "Ich schreibe Bewerbungen, wenn mir einer zeigt, wie das heute online geht."
    );
    assert_eq!(
        case.will[1].wording,
        "Die vom Amt sollen mir endlich das Geld überweisen. 😀 مرحبا"
    );
    assert!(case.goals.is_empty() && case.resources.is_empty() && case.network.is_empty());
    // Written again, it is a current record that reads back the same.
    let rewritten = encode_case(&case);
    assert!(rewritten.starts_with(&format!("{{\"schema\":{SCHEMA_VERSION},")));
    assert_eq!(decode_case(&rewritten), Ok(case));
}

#[test]
fn the_released_schema_2_fixture_reads_whole() {
    let stored = include_str!("fixtures/case-v2-herr-k.json");
    let case = decode_case(stored).expect("a version 2 record reads");
    assert_eq!(case.alias, "Herr K.");
    assert_eq!(case.will.len(), 3);
    assert_eq!(case.goals.len(), 2);
    assert_eq!(case.goals.iter().map(|g| g.steps.len()).sum::<usize>(), 6);
    assert_eq!(case.resources.len(), 7);
    assert_eq!(case.network.len(), 6);
    assert_eq!(case.circumstances.len(), 2);
    assert_eq!(case.agreement.caseworker, "Frau Sommer (ASD)");
    assert_eq!(decode_case(&encode_case(&case)), Ok(case));
}

#[test]
fn sozialraum_routes_parse_and_print_canonically() {
    use lotse::domain::sozialraum::CatalogueId;
    use lotse::routes::SozialraumPage;
    let pages = [
        ("/stadtteil", SozialraumPage::Catalogue),
        ("/stadtteil/neu", SozialraumPage::NewEntry),
        ("/stadtteil/listen", SozialraumPage::Places),
        ("/stadtteil/bericht", SozialraumPage::Report),
        (
            "/stadtteil/eintrag/abc-1",
            SozialraumPage::Entry(CatalogueId("abc-1".into())),
        ),
    ];
    for (path, page) in pages {
        let route = Route::Sozialraum(page);
        assert_eq!(Route::parse(path), route, "{path}");
        assert_eq!(route.path().as_deref(), Some(path));
    }
    for unknown in [
        "/stadtteil/eintrag",
        "/stadtteil/eintrag/a b",
        "/stadtteil/x",
        "/stadtteil/neu/1",
    ] {
        assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
    }
}

#[test]
fn a_version_joined_field_by_field_takes_what_was_chosen_and_keeps_the_rest() {
    use lotse::domain::differences::{text_differences, with_texts_from, TextField};
    use lotse::domain::{Goal, GoalId};
    let mine = sample_case();
    let mut theirs = mine.clone();
    theirs.will[0].wording = "Ich will arbeiten, mit Maschinen.".into();
    theirs.alias = "Herr K. (Nordstadt)".into();
    let mut goal = Goal::new(GoalId("g-1".into()), Some(WillId("w-1".into())));
    goal.client_wording = "Eine Stelle in einer Werkstatt".into();
    goal.indicator = "Ein Vertrag".into();
    theirs.goals.push(goal);
    let differences = text_differences(&mine, &theirs);
    assert_eq!(differences.len(), 4);

    let taken = [
        TextField::Will(1),
        TextField::GoalClientWording(1),
        TextField::GoalIndicator(1),
    ];
    let joined = with_texts_from(&mine, &theirs, &taken);
    assert_eq!(joined.will[0].wording, theirs.will[0].wording);
    assert_eq!(joined.will[0].own_action, mine.will[0].own_action);
    assert_eq!(joined.alias, mine.alias);
    // The goal only the other version has comes once, whole.
    assert_eq!(joined.goals, theirs.goals);
    let left: Vec<TextField> = text_differences(&joined, &theirs)
        .into_iter()
        .map(|d| d.field)
        .collect();
    assert_eq!(left, [TextField::Alias]);
    // Taking nothing keeps this version; taking every field gives the other's texts.
    assert_eq!(with_texts_from(&mine, &theirs, &[]), mine);
    let all: Vec<TextField> = differences.iter().map(|d| d.field).collect();
    assert!(text_differences(&with_texts_from(&mine, &theirs, &all), &theirs).is_empty());
}
