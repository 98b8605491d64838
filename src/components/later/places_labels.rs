//! The names of the device's districts and categories, and the options of their selects, for
//! the Sozialraum pages and the case pages that choose them.

use crate::domain::sozialraum::{CategoryId, DistrictId, Places, BUILT_IN_CATEGORIES};
use crate::i18n::{I18n, Key};

/// The options of a district select: "none" (`""`, named by `none`) and each district, with
/// `kept` if the list does not have it (a case or an entry keeps its district). A district
/// that `kept` names by the id another device of the team gave it has that id as its value.
pub fn district_options(
    places: &Places,
    kept: Option<&DistrictId>,
    i18n: I18n,
    none: Key,
) -> Vec<(String, String)> {
    let unknown = kept
        .filter(|k| places.district_name(k).is_none())
        .map(|k| (k.0.clone(), i18n.t(Key::DistrictUnknown).to_string()));
    let value = |id: &DistrictId| match kept {
        Some(kept) if places.same_district(kept) == *id => kept.0.clone(),
        _ => id.0.clone(),
    };
    std::iter::once((String::new(), i18n.t(none).to_string()))
        .chain(
            places
                .districts
                .iter()
                .map(|d| (value(&d.id), d.name.clone())),
        )
        .chain(unknown)
        .collect()
}

/// The district a select's value names.
pub fn district_of(value: &str) -> Option<DistrictId> {
    (!value.is_empty()).then(|| DistrictId(value.to_string()))
}

/// The name of a category: a built-in one's in the user's language, an own one's as typed.
pub fn category_name(places: &Places, id: &CategoryId, i18n: I18n) -> String {
    match built_in_category_label(id) {
        Some(key) => i18n.t(key).to_string(),
        None => places
            .own_category(id)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| i18n.t(Key::CategoryUnknown).to_string()),
    }
}

/// The name of a built-in category.
pub fn built_in_category_label(id: &CategoryId) -> Option<Key> {
    const LABELS: [Key; 8] = [
        Key::CategoryChildcare,
        Key::CategoryHousing,
        Key::CategoryMobility,
        Key::CategoryDigitalAccess,
        Key::CategoryLanguage,
        Key::CategoryMoney,
        Key::CategoryHealth,
        Key::CategoryLeisure,
    ];
    BUILT_IN_CATEGORIES
        .iter()
        .position(|c| *c == id.0)
        .map(|i| LABELS[i])
}

/// The options of a category select: "none" (`""`) and the categories offered, with `kept`
/// among them if the list no longer offers it (a circumstance keeps its category), under
/// the id it has there if another device of the team named the category first.
pub fn category_options(
    places: &Places,
    kept: Option<&CategoryId>,
    i18n: I18n,
) -> Vec<(String, String)> {
    let mut offered = places.categories();
    if let Some(kept) = kept {
        let same = places.same_category(kept);
        match offered.iter_mut().find(|id| **id == same) {
            Some(offered) => offered.clone_from(kept),
            None => offered.push(kept.clone()),
        }
    }
    std::iter::once((String::new(), i18n.t(Key::CategoryNone).to_string()))
        .chain(
            offered
                .iter()
                .map(|id| (id.0.clone(), category_name(places, id, i18n))),
        )
        .collect()
}
