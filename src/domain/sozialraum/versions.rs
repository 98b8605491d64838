//! Two versions of one catalogue entry, written on two devices of a team while they were
//! apart: which fields differ, and the entry made of the fields the user takes from each.

use super::CatalogueEntry;

/// A field of a catalogue entry, as the entry's form shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    /// Its name.
    Name,
    /// What it offers.
    Offers,
    /// Its district.
    District,
    /// Its address.
    Address,
    /// How to get there.
    HowToReach,
    /// When it is open.
    OpeningTimes,
    /// Whom to ask there.
    ContactPerson,
    /// The life domains it serves.
    LifeDomains,
    /// Whether it costs money.
    CostsMoney,
    /// Whether it is step-free.
    StepFree,
    /// Whether it has information in Leichte Sprache.
    EasyLanguage,
    /// The languages spoken there.
    Languages,
    /// When it was last checked.
    CheckedOn,
}

impl EntryField {
    /// Every field, in the form's order.
    pub const ALL: [EntryField; 13] = [
        EntryField::Name,
        EntryField::Offers,
        EntryField::District,
        EntryField::Address,
        EntryField::HowToReach,
        EntryField::OpeningTimes,
        EntryField::ContactPerson,
        EntryField::LifeDomains,
        EntryField::CostsMoney,
        EntryField::StepFree,
        EntryField::EasyLanguage,
        EntryField::Languages,
        EntryField::CheckedOn,
    ];

    /// Whether `a` and `b` have the same value in this field.
    fn same(self, a: &CatalogueEntry, b: &CatalogueEntry) -> bool {
        match self {
            EntryField::Name => a.name == b.name,
            EntryField::Offers => a.offers == b.offers,
            EntryField::District => a.district == b.district,
            EntryField::Address => a.address == b.address,
            EntryField::HowToReach => a.how_to_reach == b.how_to_reach,
            EntryField::OpeningTimes => a.opening_times == b.opening_times,
            EntryField::ContactPerson => a.contact_person == b.contact_person,
            EntryField::LifeDomains => a.life_domains == b.life_domains,
            EntryField::CostsMoney => a.costs_money == b.costs_money,
            EntryField::StepFree => a.step_free == b.step_free,
            EntryField::EasyLanguage => a.easy_language == b.easy_language,
            EntryField::Languages => a.languages == b.languages,
            EntryField::CheckedOn => a.checked_on == b.checked_on,
        }
    }

    /// Sets this field of `into` to `from`'s value.
    fn take(self, into: &mut CatalogueEntry, from: &CatalogueEntry) {
        match self {
            EntryField::Name => into.name.clone_from(&from.name),
            EntryField::Offers => into.offers.clone_from(&from.offers),
            EntryField::District => into.district.clone_from(&from.district),
            EntryField::Address => into.address.clone_from(&from.address),
            EntryField::HowToReach => into.how_to_reach.clone_from(&from.how_to_reach),
            EntryField::OpeningTimes => into.opening_times.clone_from(&from.opening_times),
            EntryField::ContactPerson => into.contact_person.clone_from(&from.contact_person),
            EntryField::LifeDomains => into.life_domains.clone_from(&from.life_domains),
            EntryField::CostsMoney => into.costs_money = from.costs_money,
            EntryField::StepFree => into.step_free = from.step_free,
            EntryField::EasyLanguage => into.easy_language = from.easy_language,
            EntryField::Languages => into.languages.clone_from(&from.languages),
            EntryField::CheckedOn => into.checked_on = from.checked_on,
        }
    }
}

/// The fields in which `mine` and `theirs` differ, in the form's order.
pub fn differing_fields(mine: &CatalogueEntry, theirs: &CatalogueEntry) -> Vec<EntryField> {
    EntryField::ALL
        .into_iter()
        .filter(|field| !field.same(mine, theirs))
        .collect()
}

/// `mine` with the fields in `taken` as `theirs` has them.
pub fn with_fields_from(
    mine: &CatalogueEntry,
    theirs: &CatalogueEntry,
    taken: &[EntryField],
) -> CatalogueEntry {
    let mut joined = mine.clone();
    for field in taken {
        field.take(&mut joined, theirs);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sozialraum::{CatalogueId, Known};
    use crate::domain::LifeDomain;

    #[test]
    fn the_fields_taken_come_from_the_other_version_and_the_rest_stay() {
        let mine = CatalogueEntry {
            opening_times: "Sa 10–14".into(),
            costs_money: Known::No,
            ..CatalogueEntry::new(CatalogueId("e-1".into()), "Repair-Café".into(), None, 1)
        };
        let mut theirs = mine.clone();
        theirs.opening_times = "Sa 11–15".into();
        theirs.address = "Hafenstraße 3".into();
        theirs.life_domains = vec![LifeDomain::DomesticLife];
        theirs.updated_at = 2;
        assert_eq!(
            differing_fields(&mine, &theirs),
            [
                EntryField::Address,
                EntryField::OpeningTimes,
                EntryField::LifeDomains
            ]
        );
        let joined = with_fields_from(&mine, &theirs, &[EntryField::Address]);
        assert_eq!(joined.address, "Hafenstraße 3");
        assert_eq!(joined.opening_times, "Sa 10–14");
        assert!(joined.life_domains.is_empty());
        assert_eq!(differing_fields(&joined, &mine), [EntryField::Address]);
        assert!(
            differing_fields(&with_fields_from(&mine, &theirs, &EntryField::ALL), &theirs)
                .is_empty()
        );
    }
}
