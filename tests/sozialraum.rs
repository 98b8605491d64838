//! The Sozialraum level: the catalogue's matching and merging, the anonymous facts of a case,
//! and the report's counts and hiding of small numbers.

use lotse::domain::sozialraum::{
    compute, suggestions, suppress, CaseFacts, CatalogueEntry, CatalogueId, CategoryId, Cell,
    DistrictId, Known, ReportScope, RowLabel,
};
use lotse::domain::{decode_case, Case, IsoDate, LifeDomain, OwnerKind, ResourceKind};

fn date(text: &str) -> IsoDate {
    IsoDate::parse(text).unwrap()
}

fn herr_k() -> Case {
    decode_case(include_str!("fixtures/case-v2-herr-k.json")).unwrap()
}

fn entry(id: &str, name: &str, district: &str) -> CatalogueEntry {
    CatalogueEntry::new(
        CatalogueId(id.into()),
        name.into(),
        Some(DistrictId(district.into())),
        1,
    )
}

#[test]
fn a_near_duplicate_is_the_same_name_in_the_same_district_whatever_the_spelling() {
    let cafe = entry("a", "Repair-Café Nordstadt", "nord");
    assert!(cafe.looks_like(&entry("b", "repair cafe  nordstadt", "nord")));
    assert!(cafe.looks_like(&entry("c", "Repair Café Nordstadt!", "nord")));
    assert!(!cafe.looks_like(&entry("d", "Repair-Café Nordstadt", "süd")));
    assert!(!cafe.looks_like(&entry("e", "Repair-Café", "nord")));
    assert!(
        !cafe.looks_like(&cafe.clone()),
        "an entry is not its own duplicate"
    );
    assert!(entry("f", "Bürgerhaus", "x").looks_like(&entry("g", "Buergerhaus", "x")));
}

#[test]
fn merging_fills_what_is_missing_and_never_overwrites_what_was_written() {
    let mut kept = entry("a", "Repair-Café", "nord");
    kept.offers = "Reparieren mit Hilfe".into();
    kept.step_free = Known::No;
    kept.life_domains = vec![LifeDomain::CommunityLife];
    kept.checked_on = Some(date("2026-10-01"));
    let mut other = entry("b", "Repair Cafe", "nord");
    other.offers = "Reparaturen".into();
    other.address = "Markt 3".into();
    other.step_free = Known::Yes;
    other.costs_money = Known::No;
    other.life_domains = vec![LifeDomain::MajorLifeAreas, LifeDomain::CommunityLife];
    other.checked_on = Some(date("2026-11-15"));
    kept.merge_from(&other, 99);
    assert_eq!(kept.offers, "Reparieren mit Hilfe");
    assert_eq!(kept.address, "Markt 3");
    assert_eq!(kept.step_free, Known::No);
    assert_eq!(kept.costs_money, Known::No);
    assert_eq!(
        kept.life_domains,
        vec![LifeDomain::MajorLifeAreas, LifeDomain::CommunityLife]
    );
    assert_eq!(kept.checked_on, Some(date("2026-11-15")));
    assert_eq!(kept.updated_at, 99);
}

#[test]
fn suggestions_put_the_case_district_first_then_names_that_start_with_the_text() {
    let mut library = entry("lib", "Stadtbibliothek", "nord");
    library.offers = "Computerkurs, kostenlos".into();
    let entries = vec![
        entry("far", "Repair-Café Süd", "süd"),
        entry("near", "Repair-Café Nord", "nord"),
        entry("other", "Café Repair", "nord"),
        library,
    ];
    let nord = DistrictId("nord".into());
    let names = |typed: &str| -> Vec<String> {
        suggestions(&entries, typed, Some(&nord), 10)
            .iter()
            .map(|e| e.id.0.clone())
            .collect()
    };
    assert_eq!(names("repair"), ["near", "other", "far"]);
    assert_eq!(names("Computer"), ["lib"], "what it offers counts too");
    assert!(names("  ").is_empty());
    assert_eq!(suggestions(&entries, "repair", None, 1).len(), 1);
}

#[test]
fn the_facts_of_a_case_hold_counts_and_categories_and_not_one_word_of_the_case() {
    let mut case = herr_k();
    case.district = Some(DistrictId("nord".into()));
    case.circumstances[0].category = Some(CategoryId("childcare".into()));
    let cafe = case
        .resources
        .iter_mut()
        .find(|r| r.kind == ResourceKind::Neighbourhood)
        .unwrap();
    cafe.catalogue = Some(CatalogueId("repair-cafe".into()));
    let facts = CaseFacts::of(&case);
    assert_eq!(facts.district, Some(DistrictId("nord".into())));
    assert_eq!(facts.from, Some(case.first_contact));
    assert_eq!(
        facts.catalogue_used,
        vec![CatalogueId("repair-cafe".into())]
    );
    assert_eq!(facts.network_size, case.network.len() as u32);
    assert_eq!(
        facts.circumstances,
        vec![Some(CategoryId("childcare".into())), None]
    );
    let steps: u32 = case.goals.iter().map(|g| g.steps.len() as u32).sum();
    assert_eq!(facts.steps_by_owner.iter().sum::<u32>(), steps);
    let own = case
        .goals
        .iter()
        .flat_map(|g| &g.steps)
        .filter(|s| case.owner_kind(&s.owner) == OwnerKind::Client)
        .count() as u32;
    assert_eq!(facts.steps_by_owner[0], own);
    // Nothing written in the case reaches the facts: not the alias, not a word of its texts.
    let stored = serde_json::to_string(&facts).unwrap();
    assert!(!stored.contains(&case.alias));
    for text in case
        .will
        .iter()
        .map(|w| w.wording.as_str())
        .chain(case.goals.iter().map(|g| g.client_wording.as_str()))
        .chain(case.resources.iter().map(|r| r.description.as_str()))
        .chain(case.network.iter().map(|c| c.name.as_str()))
        .chain(case.circumstances.iter().map(|c| c.text.as_str()))
    {
        assert!(!stored.contains(text), "{text}");
    }
}

#[test]
fn a_case_counts_in_a_period_from_its_first_contact_to_its_last_planned_review() {
    let facts = CaseFacts::of(&herr_k());
    let until = facts.until.unwrap();
    assert!(
        until > facts.from.unwrap(),
        "planned reviews extend the case"
    );
    assert!(facts.within(facts.from.unwrap(), facts.from.unwrap()));
    assert!(facts.within(until, date("2099-01-01")));
    assert!(!facts.within(date("2000-01-01"), date("2000-12-31")));
    assert!(!facts.within(date("2099-01-01"), date("2099-12-31")));
}

#[test]
fn counts_below_3_are_hidden_and_never_the_total_minus_the_rows_shown() {
    // Without a total, only the small counts are hidden.
    assert_eq!(
        suppress(&[0, 1, 2, 3, 10], false),
        (
            vec![
                Cell::Hidden,
                Cell::Hidden,
                Cell::Hidden,
                Cell::Count(3),
                Cell::Count(10)
            ],
            None
        )
    );
    // One hidden row beside a total: the smallest shown row of at least 4 goes too.
    assert_eq!(
        suppress(&[1, 3, 5, 9], true),
        (
            vec![Cell::Hidden, Cell::Count(3), Cell::Withheld, Cell::Count(9)],
            Some(Cell::Count(18))
        )
    );
    // Two hidden rows need nothing more; a small total is hidden too.
    assert_eq!(
        suppress(&[1, 2, 7], true),
        (
            vec![Cell::Hidden, Cell::Hidden, Cell::Count(7)],
            Some(Cell::Count(10))
        )
    );
    assert_eq!(suppress(&[1, 1], true).1, Some(Cell::Hidden));
    // Whatever the counts: with a total shown, a hidden row is never alone.
    for a in 0..6 {
        for b in 0..6 {
            for c in 0..6 {
                let (cells, total) = suppress(&[a, b, c], true);
                let hidden = cells.iter().filter(|c| c.shown().is_none()).count();
                if total != Some(Cell::Hidden) {
                    assert_ne!(hidden, 1, "{a} {b} {c}");
                }
                for (cell, n) in cells.iter().zip([a, b, c]) {
                    if n < 3 {
                        assert_eq!(*cell, Cell::Hidden);
                    }
                }
            }
        }
    }
}

/// A case of the seeded set: its district, first contact, goals' domains, step owners.
fn seeded(district: &str, first: &str, domains: &[LifeDomain], own_steps: u32) -> CaseFacts {
    let mut goals_by_domain = [0; 9];
    for domain in domains {
        goals_by_domain[LifeDomain::ALL.iter().position(|d| d == domain).unwrap()] += 1;
    }
    CaseFacts {
        district: Some(DistrictId(district.into())),
        from: Some(date(first)),
        until: Some(date(first)),
        goals_by_domain,
        circumstances: vec![Some(CategoryId("childcare".into()))],
        steps_by_owner: [own_steps, 1, 0, 1],
        catalogue_used: vec![CatalogueId("cafe".into())],
        network_size: 5,
        sectors_used: 2,
    }
}

#[test]
fn the_report_counts_the_cases_of_its_period_and_district_and_hides_what_is_small() {
    use LifeDomain::*;
    let mut facts = Vec::new();
    for _ in 0..4 {
        facts.push(seeded(
            "nord",
            "2026-03-01",
            &[MajorLifeAreas, DomesticLife],
            2,
        ));
    }
    facts.push(seeded("nord", "2026-03-02", &[Relationships], 1));
    facts.push(seeded("süd", "2026-03-01", &[MajorLifeAreas], 1));
    facts.push(seeded("nord", "2025-01-01", &[MajorLifeAreas], 1));
    let mut cafe = entry("cafe", "Repair-Café", "nord");
    cafe.life_domains = vec![MajorLifeAreas];
    let scope = ReportScope {
        start: date("2026-01-01"),
        end: date("2026-12-31"),
        district: Some(DistrictId("nord".into())),
    };
    let report = compute(&facts, &scope, &[cafe], &[CategoryId("childcare".into())]);
    assert_eq!(report.cases, Cell::Count(5));
    let domain = |d: LifeDomain| {
        report
            .goals_by_domain
            .rows
            .iter()
            .find(|(label, _)| *label == RowLabel::Domain(d))
            .unwrap()
            .1
    };
    assert_eq!(domain(MajorLifeAreas), Cell::Count(4));
    assert_eq!(domain(DomesticLife), Cell::Count(4));
    assert_eq!(domain(Relationships), Cell::Hidden, "1 goal is hidden");
    assert_eq!(domain(Learning), Cell::Hidden, "so is 0");
    // Steps: 9 own, 5 by the network, none in the neighbourhood, 5 by services, of 19; the
    // network's 5 is hidden beside the 0, which the total would give away.
    assert_eq!(
        report
            .steps_by_owner
            .rows
            .iter()
            .map(|r| r.1)
            .collect::<Vec<_>>(),
        vec![Cell::Count(9), Cell::Withheld, Cell::Hidden, Cell::Count(5)]
    );
    assert_eq!(report.steps_by_owner.total, Some(Cell::Count(19)));
    assert_eq!(report.own_initiative_percent, Some(47));
    assert_eq!(
        report.catalogue_used.rows,
        vec![(RowLabel::Entry(CatalogueId("cafe".into())), Cell::Count(5))]
    );
    // Goals in domestic life and relationships, but no entry of the district serves them.
    assert_eq!(
        report.gaps.rows,
        vec![
            (RowLabel::Domain(DomesticLife), Cell::Count(4)),
            (RowLabel::Domain(Relationships), Cell::Hidden)
        ]
    );
    // 5 circumstances, all about childcare: no row for those without a category.
    assert_eq!(
        report.circumstances.rows,
        vec![(
            RowLabel::Category(CategoryId("childcare".into())),
            Cell::Count(5)
        )]
    );
    assert_eq!(report.circumstances.total, Some(Cell::Count(5)));
    assert_eq!(report.network_sizes.total, Some(Cell::Count(5)));
    // Every district: the case of the south joins.
    let everywhere = ReportScope {
        district: None,
        ..scope
    };
    assert_eq!(compute(&facts, &everywhere, &[], &[]).cases, Cell::Count(6));
}

#[test]
fn a_case_stored_before_the_sozialraum_reads_without_a_district_or_links_and_keeps_them() {
    let mut case = herr_k();
    assert_eq!(case.district, None);
    assert!(case.circumstances.iter().all(|c| c.category.is_none()));
    assert!(case.resources.iter().all(|r| r.catalogue.is_none()));
    case.district = Some(DistrictId("nord".into()));
    case.circumstances[1].category = Some(CategoryId("digital-access".into()));
    case.resources[5].catalogue = Some(CatalogueId("repair-cafe".into()));
    let text = lotse::domain::encode_case(&case);
    assert_eq!(decode_case(&text), Ok(case));
}

/// German words for the CSV, as the interface would give them.
struct German;

impl lotse::domain::sozialraum::CsvWords for German {
    fn columns(&self) -> [String; 3] {
        ["Abbildung".into(), "Zeile".into(), "Anzahl".into()]
    }
    fn figure(&self, figure: lotse::domain::sozialraum::Figure) -> String {
        format!("{figure:?}")
    }
    fn row(&self, label: &RowLabel) -> String {
        match label {
            RowLabel::Entry(id) => format!("Eintrag \"{}\"; Nord", id.0),
            other => format!("{other:?}"),
        }
    }
    fn total(&self) -> String {
        "Summe".into()
    }
    fn hidden(&self) -> String {
        "weniger als 3".into()
    }
    fn withheld(&self) -> String {
        "verborgen".into()
    }
}

#[test]
fn the_csv_holds_every_row_with_hidden_counts_as_words_and_quotes_what_needs_it() {
    use lotse::domain::sozialraum::report_csv;
    let facts: Vec<CaseFacts> = (0..4)
        .map(|_| seeded("nord", "2026-03-01", &[LifeDomain::MajorLifeAreas], 2))
        .collect();
    let scope = ReportScope {
        start: date("2026-01-01"),
        end: date("2026-12-31"),
        district: None,
    };
    let report = compute(&facts, &scope, &[], &[]);
    let csv = report_csv(&report, &German);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], "Abbildung;Zeile;Anzahl");
    assert_eq!(lines[1], "Cases;;4");
    assert!(lines.contains(&"GoalsByDomain;Domain(MajorLifeAreas);4"));
    assert!(lines.contains(&"GoalsByDomain;Domain(Learning);weniger als 3"));
    assert!(lines.contains(&"CatalogueUsed;\"Eintrag \"\"cafe\"\"; Nord\";4"));
    assert!(lines.contains(&"StepsByOwner;Summe;16"));
    let rows = |t: &lotse::domain::sozialraum::Table| t.rows.len() + usize::from(t.total.is_some());
    let expected = 2
        + rows(&report.goals_by_domain)
        + rows(&report.circumstances)
        + rows(&report.steps_by_owner)
        + rows(&report.catalogue_used)
        + rows(&report.gaps)
        + rows(&report.network_sizes)
        + rows(&report.sectors_used);
    assert_eq!(lines.len(), expected);
    // No hidden count is written as a number.
    for (line, cell) in lines.iter().skip(2).zip(
        [
            &report.goals_by_domain,
            &report.circumstances,
            &report.steps_by_owner,
            &report.catalogue_used,
            &report.gaps,
            &report.network_sizes,
            &report.sectors_used,
        ]
        .iter()
        .flat_map(|t| t.rows.iter().map(|r| r.1).chain(t.total)),
    ) {
        assert_eq!(
            line.ends_with("weniger als 3") || line.ends_with("verborgen"),
            cell.shown().is_none(),
            "{line}"
        );
    }
}

#[test]
fn the_device_lists_districts_and_categories_without_twins_or_empty_names() {
    use lotse::domain::sozialraum::{NameError, Places, BUILT_IN_CATEGORIES};
    let mut places = Places::default();
    let nord = DistrictId("nord".into());
    assert_eq!(places.add_district(nord.clone(), "  Nordstadt "), Ok(()));
    assert_eq!(places.district_name(&nord), Some("Nordstadt"));
    assert_eq!(
        places.add_district(DistrictId("x".into()), "nordstadt"),
        Err(NameError::Taken)
    );
    assert_eq!(
        places.add_district(DistrictId("y".into()), " – "),
        Err(NameError::Empty)
    );
    assert_eq!(
        places.add_district(DistrictId("süd".into()), "Südstadt"),
        Ok(())
    );
    assert_eq!(
        places.rename_district(&nord, "Südstadt"),
        Err(NameError::Taken)
    );
    assert_eq!(places.rename_district(&nord, "Nordstadt-Ost"), Ok(()));
    assert_eq!(places.districts.len(), 2);

    assert_eq!(places.categories().len(), BUILT_IN_CATEGORIES.len());
    let night = CategoryId("own-1".into());
    assert_eq!(places.add_category(night.clone(), "Nachtbus"), Ok(()));
    places.hide_category(&CategoryId("leisure".into()));
    let offered = places.categories();
    assert_eq!(offered.last(), Some(&night));
    assert!(!offered.contains(&CategoryId("leisure".into())));
    places.hide_category(&night);
    assert!(!places.categories().contains(&night));
    assert_eq!(
        places.own_categories.len(),
        1,
        "an own category taken off keeps its name"
    );
    assert!(!places.categories().contains(&night));
}

#[test]
fn entries_and_lists_are_stored_in_a_versioned_envelope_and_a_newer_one_is_left_alone() {
    use lotse::domain::sozialraum::{
        decode_entry, decode_places, encode_entry, encode_places, Places, StoredError,
        SOZIALRAUM_SCHEMA,
    };
    let mut cafe = entry("cafe", "Repair-Café \"Nord\"", "nord");
    cafe.life_domains = vec![LifeDomain::CommunityLife];
    cafe.checked_on = Some(date("2026-11-30"));
    cafe.step_free = Known::Yes;
    let text = encode_entry(&cafe);
    assert!(text.starts_with(&format!("{{\"schema\":{SOZIALRAUM_SCHEMA},")));
    assert_eq!(decode_entry(&text), Ok(cafe));

    let mut places = Places::default();
    places
        .add_district(DistrictId("nord".into()), "Nordstadt")
        .unwrap();
    places.hide_category(&CategoryId("money".into()));
    assert_eq!(decode_places(&encode_places(&places)), Ok(places.clone()));

    let newer = encode_places(&places).replacen(
        &format!("\"schema\":{SOZIALRAUM_SCHEMA}"),
        &format!("\"schema\":{}", SOZIALRAUM_SCHEMA + 1),
        1,
    );
    assert_eq!(
        decode_places(&newer),
        Err(StoredError::FromNewerVersion(SOZIALRAUM_SCHEMA + 1))
    );
    assert!(matches!(
        decode_entry("{\"schema\":1,"),
        Err(StoredError::NotJson(_))
    ));
    assert!(matches!(
        decode_entry("{\"schema\":1,\"body\":{\"name\":3}}"),
        Err(StoredError::NotItsShape(_))
    ));
    assert!(matches!(
        decode_entry("[]"),
        Err(StoredError::NotItsShape(_))
    ));
}

#[test]
fn facts_are_stored_with_their_version_and_facts_of_another_version_are_counted_again() {
    use lotse::domain::sozialraum::{decode_facts, encode_facts};
    let facts = CaseFacts::of(&herr_k());
    assert_eq!(decode_facts(&encode_facts(&facts)), Some(facts.clone()));
    let other = encode_facts(&facts).replace("\"version\":1", "\"version\":2");
    assert_eq!(decode_facts(&other), None, "another version is not read");
    assert_eq!(
        decode_facts("{\"version\":1"),
        None,
        "damaged facts are not read"
    );
}

#[test]
fn an_import_joins_districts_and_categories_by_name_and_keeps_the_newer_entry() {
    use lotse::domain::sozialraum::{join, Places, SozialraumExport};
    let mut device = Places::default();
    device
        .add_district(DistrictId("n1".into()), "Nordstadt")
        .unwrap();
    device
        .add_category(CategoryId("own1".into()), "Lärm")
        .unwrap();
    let mut file_places = Places::default();
    file_places
        .add_district(DistrictId("n2".into()), "nordstadt")
        .unwrap();
    file_places
        .add_district(DistrictId("s2".into()), "Südstadt")
        .unwrap();
    file_places
        .add_category(CategoryId("own2".into()), "lärm")
        .unwrap();
    let mut older = entry("held", "Bürgerhaus", "n1");
    older.updated_at = 5;
    let mut newer_there = entry("held", "Bürgerhaus Nord", "n2");
    newer_there.updated_at = 9;
    let mut stale = entry("kept", "Tafel", "n1");
    stale.updated_at = 1;
    let mut fresh_here = stale.clone();
    fresh_here.updated_at = 3;
    let file = SozialraumExport {
        places: file_places,
        catalogue: vec![
            newer_there,
            stale,
            entry("new", "Repair-Café", "s2"),
            entry("merged-here", "Tafel Nord", "n2"),
        ],
    };
    let left_alone = [CatalogueId("merged-here".into())];
    let joined = join(&device, &[older, fresh_here], &left_alone, &file);
    let names: Vec<_> = joined
        .places
        .districts
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Nordstadt", "Südstadt"],
        "the same district by name is one"
    );
    assert_eq!(
        joined.places.own_categories.len(),
        1,
        "the same category by name is one"
    );
    let ids: Vec<_> = joined.entries.iter().map(|e| e.id.0.as_str()).collect();
    assert_eq!(
        ids,
        ["held", "new"],
        "the device's newer entry stays, the file's newer one comes"
    );
    assert_eq!(
        joined.entries[0].district,
        Some(DistrictId("n1".into())),
        "an entry points at the device's district"
    );
    let mut case = herr_k();
    case.district = Some(DistrictId("n2".into()));
    case.circumstances[0].category = Some(CategoryId("own2".into()));
    joined.adapt_case(&mut case);
    assert_eq!(case.district, Some(DistrictId("n1".into())));
    assert_eq!(
        case.circumstances[0].category,
        Some(CategoryId("own1".into()))
    );
}

#[test]
fn an_export_carries_the_sozialraum_part_and_an_older_file_reads_without_it() {
    use lotse::domain::export_file::{encode_export, parse_import, ImportFile};
    use lotse::domain::sozialraum::{Places, SozialraumExport};
    let mut places = Places::default();
    places
        .add_district(DistrictId("n".into()), "Nordstadt")
        .unwrap();
    let part = SozialraumExport {
        places,
        catalogue: vec![entry("cafe", "Repair-Café", "n")],
    };
    let text = encode_export(&[herr_k()], Some(&part), 7);
    assert_eq!(
        parse_import(&text),
        Ok(ImportFile::Cases(vec![herr_k()], Some(part)))
    );
    let without = encode_export(&[herr_k()], None, 7);
    assert!(!without.contains("sozialraum"));
    assert_eq!(
        parse_import(&without),
        Ok(ImportFile::Cases(vec![herr_k()], None))
    );
}

#[test]
fn a_category_taken_off_the_list_can_be_offered_again() {
    use lotse::domain::sozialraum::Places;
    let mut places = Places::default();
    let housing = CategoryId("housing".into());
    places.hide_category(&housing);
    assert!(!places.categories().contains(&housing));
    places.show_category(&housing);
    assert_eq!(places.categories()[1], housing, "back in its place");
}

#[test]
fn a_name_a_spreadsheet_would_run_as_a_formula_stays_text_in_the_csv() {
    use lotse::domain::sozialraum::{report_csv, CsvWords, Figure};
    struct Formulas;
    impl CsvWords for Formulas {
        fn columns(&self) -> [String; 3] {
            ["=A1".into(), "+1".into(), "@x".into()]
        }
        fn figure(&self, _: Figure) -> String {
            "-2".into()
        }
        fn row(&self, _: &RowLabel) -> String {
            "=HYPERLINK(\"http://x\")".into()
        }
        fn total(&self) -> String {
            "Summe".into()
        }
        fn hidden(&self) -> String {
            "weniger als 3".into()
        }
        fn withheld(&self) -> String {
            "verborgen".into()
        }
    }
    let scope = ReportScope {
        start: date("2026-01-01"),
        end: date("2026-12-31"),
        district: None,
    };
    let csv = report_csv(&compute(&[], &scope, &[], &[]), &Formulas);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], "'=A1;'+1;'@x");
    assert!(lines.contains(&"'-2;\"'=HYPERLINK(\"\"http://x\"\")\";weniger als 3"));
    assert!(csv.lines().all(|l| !l.starts_with(['=', '+', '-', '@'])));
}
