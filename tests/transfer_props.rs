//! Property tests of the import parser, the stored-record decoder and the migrations: no
//! panic on any input, and export → import gives back every case exactly.
//!
//! Longer run: `PROPTEST_CASES=20000 cargo test --release --test transfer_props`.
#![cfg(not(target_arch = "wasm32"))]

use lotse::domain::export_file::{encode_export, parse_import, ImportFile};
use lotse::domain::{
    base64, decode_case, encode_case, encode_case_reusing, Case, CaseElement, Circumstance,
    EncodedParts, Goal, NetworkContact, Resource, WillStatement,
};
use proptest::prelude::*;
use proptest::sample::Index;

fn herr_k() -> Case {
    decode_case(include_str!("fixtures/case-v2-herr-k.json")).expect("fixture reads")
}

/// Herr K.'s case with every text replaced by arbitrary Unicode and parts dropped.
fn arbitrary_case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec(any::<String>(), 12),
        0usize..4,
        0usize..4,
        0usize..4,
        any::<u64>(),
    )
        .prop_map(|(texts, goals, resources, contacts, stamp)| {
            let mut case = herr_k();
            let mut text = texts.into_iter().cycle();
            let mut next = move || text.next().unwrap_or_default();
            case.alias = next();
            case.updated_at = stamp;
            for will in &mut case.will {
                will.wording = next();
                will.own_action = next();
            }
            case.goals.truncate(goals);
            for goal in &mut case.goals {
                goal.client_wording = next();
                goal.indicator = next();
                for step in &mut goal.steps {
                    step.what = next();
                }
            }
            case.resources.truncate(resources);
            for resource in &mut case.resources {
                resource.description = next();
            }
            case.network.truncate(contacts);
            for contact in &mut case.network {
                contact.name = next();
                contact.role = next();
            }
            case.agreement.client_view = next();
            case
        })
}

/// Types `text` into a field of the element of `T`'s list that `at` picks; gives the text back
/// when the list is empty.
fn type_into<T: CaseElement>(
    case: &mut Case,
    at: Index,
    field: fn(&mut T) -> &mut String,
    text: String,
) -> Option<String> {
    let list = T::list_mut(case);
    if list.is_empty() {
        return Some(text);
    }
    let i = at.index(list.len());
    *field(&mut list[i]) = text;
    None
}

proptest! {
    #[test]
    fn the_import_parser_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_import(&text);
        let _ = decode_case(&text);
        let _ = base64::decode(&text);
    }

    #[test]
    fn the_import_parser_never_panics_on_damaged_exports(case in arbitrary_case(), cut in any::<prop::sample::Index>(), flip in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let text = encode_export(&[case], None, 1);
        let truncated = &text.as_bytes()[..cut.index(text.len() + 1)];
        let _ = parse_import(&String::from_utf8_lossy(truncated));
        let mut flipped = text.into_bytes();
        let at = flip.index(flipped.len());
        flipped[at] = byte;
        let _ = parse_import(&String::from_utf8_lossy(&flipped));
    }

    #[test]
    fn export_then_import_round_trips_every_case(cases in prop::collection::vec(arbitrary_case(), 1..4)) {
        let mut cases = cases;
        for (i, case) in cases.iter_mut().enumerate() {
            case.id.0 = format!("case-{i}");
        }
        let text = encode_export(&cases, None, 42);
        prop_assert_eq!(parse_import(&text), Ok(ImportFile::Cases(cases, None)));
    }

    #[test]
    fn a_stored_record_round_trips(case in arbitrary_case()) {
        prop_assert_eq!(decode_case(&encode_case(&case)), Ok(case));
    }

    #[test]
    fn reusing_the_text_of_unchanged_parts_writes_the_same_record(cases in prop::collection::vec(arbitrary_case(), 1..6)) {
        // One set of kept parts across a run of different cases: elements change, lists grow
        // and shrink, exactly as edits to the open case do.
        let mut parts = EncodedParts::default();
        for case in &cases {
            prop_assert_eq!(encode_case_reusing(case, &mut parts), encode_case(case));
        }
    }

    #[test]
    fn typing_between_saves_writes_the_same_record(case in arbitrary_case(), saves in prop::collection::vec(prop::collection::vec((0usize..5, any::<Index>(), any::<String>()), 0..4), 1..6)) {
        // Typing into random elements between saves, as the open case sees it: every record is
        // the one the whole-case encoder writes.
        let mut case = case;
        let mut parts = EncodedParts::default();
        prop_assert_eq!(encode_case_reusing(&case, &mut parts), encode_case(&case));
        for typed in saves {
            for (list, at, text) in typed {
                let case = &mut case;
                let untyped = match list {
                    0 => type_into::<WillStatement>(case, at, |w| &mut w.wording, text),
                    1 => type_into::<Goal>(case, at, |g| &mut g.indicator, text),
                    2 => type_into::<Resource>(case, at, |r| &mut r.description, text),
                    3 => type_into::<NetworkContact>(case, at, |c| &mut c.role, text),
                    _ => type_into::<Circumstance>(case, at, |c| &mut c.text, text),
                };
                // An empty list: typed into the agreement instead (outside the lists).
                if let Some(text) = untyped {
                    case.agreement.client_view = text;
                }
            }
            case.updated_at += 1;
            prop_assert_eq!(encode_case_reusing(&case, &mut parts), encode_case(&case));
        }
    }

    #[test]
    fn a_schema_1_record_migrates_without_losing_a_field(alias in any::<String>(), wording in any::<String>(), own in any::<String>(), created in any::<u64>(), updated in any::<u64>()) {
        let record = serde_json::json!({
            "schema": 1,
            "case": {
                "id": "v1-case",
                "alias": alias,
                "first_contact": "2026-11-20",
                "created_at": created,
                "updated_at": updated,
                "will": [{"id": "w-1", "wording": wording, "own_action": own}]
            }
        });
        let case = decode_case(&record.to_string()).expect("a schema-1 record reads");
        prop_assert_eq!(&case.alias, &alias);
        prop_assert_eq!(case.created_at, created);
        prop_assert_eq!(case.updated_at, updated);
        prop_assert_eq!(&case.will[0].wording, &wording);
        prop_assert_eq!(&case.will[0].own_action, &own);
        prop_assert_eq!(case.first_contact.to_string(), "2026-11-20");
    }

    #[test]
    fn base64_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(base64::decode(&base64::encode(&bytes)), Some(bytes));
    }
}

/// The edits an open case sees, one after another with the same kept parts: each record is
/// the one the whole-case encoder writes.
#[test]
fn reusing_kept_parts_follows_every_kind_of_edit() {
    let mut case = herr_k();
    let mut parts = EncodedParts::default();
    let mut check =
        |case: &Case| assert_eq!(encode_case_reusing(case, &mut parts), encode_case(case));
    check(&case);
    case.goals[0].steps[0]
        .what
        .push_str(" und \"zitiere\" \\ mit Ümläut");
    check(&case);
    case.alias = "Herr K. (neu)".into();
    case.updated_at += 1;
    check(&case);
    let removed = case.goals.remove(0);
    check(&case);
    case.goals.insert(0, removed.clone());
    case.goals.push(removed);
    check(&case);
    case.resources.reverse();
    check(&case);
    case.network.clear();
    case.circumstances.clear();
    check(&case);
    case.will[0].wording.clear();
    check(&case);
    case.agreement.client_view = "Ich will\nwieder arbeiten.".into();
    check(&case);
    assert_eq!(decode_case(&encode_case(&case)), Ok(case));
}
