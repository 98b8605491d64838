//! The Sozialraum part of an export file (the device's lists and catalogue entries), and how
//! an import joins it with what the device has: districts and categories that are the same by
//! name become one (the imported cases and entries are pointed at the device's), an entry
//! the device has too is kept in its later version, and nothing the device has is lost.

use super::{comparable, CatalogueEntry, CatalogueId, CategoryId, DistrictId, Places};
use crate::domain::Case;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What an export file carries of the Sozialraum level.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SozialraumExport {
    /// The lists of districts and categories.
    pub places: Places,
    /// Catalogue entries: all of them, or those the exported cases are linked to.
    pub catalogue: Vec<CatalogueEntry>,
}

/// The device's lists and entries once an import is joined in, and how the file's districts
/// and categories are named on the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Joined {
    /// The lists to store.
    pub places: Places,
    /// The entries to store (new, or newer than the device's).
    pub entries: Vec<CatalogueEntry>,
    districts: HashMap<DistrictId, DistrictId>,
    categories: HashMap<CategoryId, CategoryId>,
}

impl Joined {
    /// Points a case from the file at the device's districts and categories.
    pub fn adapt_case(&self, case: &mut Case) {
        if let Some(district) = &case.district {
            case.district = Some(self.district(district));
        }
        for circumstance in &mut case.circumstances {
            if let Some(category) = &circumstance.category {
                circumstance.category = Some(
                    self.categories
                        .get(category)
                        .cloned()
                        .unwrap_or_else(|| category.clone()),
                );
            }
        }
    }

    fn district(&self, id: &DistrictId) -> DistrictId {
        self.districts
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.clone())
    }
}

/// Joins the file's lists and entries with the device's; an entry whose id is in
/// `left_alone` (deleted or merged on the device, or unreadable there) is not taken.
pub fn join(
    device: &Places,
    stored: &[CatalogueEntry],
    left_alone: &[CatalogueId],
    file: &SozialraumExport,
) -> Joined {
    let mut places = device.clone();
    let districts = join_named(&mut places.districts, &file.places.districts, |d| {
        (&d.id, &d.name)
    });
    let categories = join_named(
        &mut places.own_categories,
        &file.places.own_categories,
        |c| (&c.id, &c.name),
    );
    let mut joined = Joined {
        places,
        entries: Vec::new(),
        districts,
        categories,
    };
    for entry in file
        .catalogue
        .iter()
        .filter(|e| !left_alone.contains(&e.id))
    {
        let mut entry = entry.clone();
        if let Some(district) = &entry.district {
            entry.district = Some(joined.district(district));
        }
        let newer = match stored.iter().find(|e| e.id == entry.id) {
            Some(held) => entry.updated_at > held.updated_at,
            None => true,
        };
        if newer {
            joined.entries.push(entry);
        }
    }
    joined
}

/// Adds to `held` each of `incoming` it has no twin of (the same id, or the same name spelling
/// aside), and says which held id each of the others is.
fn join_named<T: Clone, Id: Clone + Eq + std::hash::Hash>(
    held: &mut Vec<T>,
    incoming: &[T],
    id_and_name: impl Fn(&T) -> (&Id, &String),
) -> HashMap<Id, Id> {
    let mut same_as = HashMap::new();
    for item in incoming {
        let (id, name) = id_and_name(item);
        let twin = held.iter().find(|h| {
            let (held_id, held_name) = id_and_name(h);
            held_id == id || comparable(held_name) == comparable(name)
        });
        match twin {
            Some(twin) => {
                same_as.insert(id.clone(), id_and_name(twin).0.clone());
            }
            None => held.push(item.clone()),
        }
    }
    same_as
}
