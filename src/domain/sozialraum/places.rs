//! The device's lists for the Sozialraum level: its districts, and the categories a
//! circumstance can be given (the built-in ones, less those taken off, and the device's own).

use super::{comparable, CategoryId, District, DistrictId, BUILT_IN_CATEGORIES};
use serde::{Deserialize, Serialize};

/// A category the device added, with its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnCategory {
    /// Stable identity (never one of [`BUILT_IN_CATEGORIES`]).
    pub id: CategoryId,
    /// Its name, as typed.
    pub name: String,
    /// The ids other devices of the team gave the same category, before their lists met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<CategoryId>,
}

/// Why a name cannot go on a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    /// Nothing was typed.
    Empty,
    /// The list has that name already (spelling aside, see [`comparable`]).
    Taken,
}

/// The device's districts and categories.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Places {
    /// The districts, in the order they were added.
    pub districts: Vec<District>,
    /// The categories the device added.
    #[serde(default)]
    pub own_categories: Vec<OwnCategory>,
    /// The built-in categories taken off the list (cases that have them keep them).
    #[serde(default)]
    pub hidden_categories: Vec<CategoryId>,
}

impl Places {
    /// Adds a district named `name` under `id`.
    pub fn add_district(&mut self, id: DistrictId, name: &str) -> Result<(), NameError> {
        let name = self.free_name(name, self.districts.iter().map(|d| d.name.as_str()))?;
        self.districts.push(District {
            id,
            name,
            also: Vec::new(),
        });
        Ok(())
    }

    /// Renames a district; its cases and catalogue entries keep it.
    pub fn rename_district(&mut self, id: &DistrictId, name: &str) -> Result<(), NameError> {
        let others = self
            .districts
            .iter()
            .filter(|d| &d.id != id)
            .map(|d| d.name.as_str());
        let name = self.free_name(name, others)?;
        if let Some(district) = self.districts.iter_mut().find(|d| &d.id == id) {
            district.name = name;
        }
        Ok(())
    }

    /// The district's name, if the list has it.
    pub fn district_name(&self, id: &DistrictId) -> Option<&str> {
        self.district(id).map(|d| d.name.as_str())
    }

    /// The district `id` is, under its own id or one another device gave it.
    pub fn district(&self, id: &DistrictId) -> Option<&District> {
        self.districts
            .iter()
            .find(|d| &d.id == id || d.also.contains(id))
    }

    /// The own category `id` is, under its own id or one another device gave it.
    pub fn own_category(&self, id: &CategoryId) -> Option<&OwnCategory> {
        self.own_categories
            .iter()
            .find(|c| &c.id == id || c.also.contains(id))
    }

    /// The id the list gives the district `id` (the same where it has no other).
    pub fn same_district(&self, id: &DistrictId) -> DistrictId {
        self.district(id)
            .map_or_else(|| id.clone(), |d| d.id.clone())
    }

    /// The id the list gives the category `id` (the same where it has no other).
    pub fn same_category(&self, id: &CategoryId) -> CategoryId {
        self.own_category(id)
            .map_or_else(|| id.clone(), |c| c.id.clone())
    }

    /// These lists joined with `other`'s (another device's version of the team's lists):
    /// every district and category of either, those that share an id or a name (spelling
    /// aside) as one under the smallest of their ids with the others kept in `also`, so every
    /// case and entry keeps its district and categories. Where the two name one differently,
    /// this version's name stays. A built-in category taken off the list in either stays off.
    pub fn joined_with(&self, other: &Places) -> Places {
        let mut hidden: Vec<CategoryId> = self
            .hidden_categories
            .iter()
            .chain(&other.hidden_categories)
            .cloned()
            .collect();
        hidden.sort();
        hidden.dedup();
        Places {
            districts: join_lists(&self.districts, &other.districts),
            own_categories: join_lists(&self.own_categories, &other.own_categories),
            hidden_categories: hidden,
        }
    }

    /// Adds a category of the device's own; a name that the interface gives a built-in
    /// category is the caller's to refuse (it knows the names in each language).
    pub fn add_category(&mut self, id: CategoryId, name: &str) -> Result<(), NameError> {
        let name = self.free_name(name, self.own_categories.iter().map(|c| c.name.as_str()))?;
        self.own_categories.push(OwnCategory {
            id,
            name,
            also: Vec::new(),
        });
        Ok(())
    }

    /// Takes a category off the list offered for new circumstances; an own one keeps its
    /// name, for the circumstances that have it and to be offered again.
    pub fn hide_category(&mut self, id: &CategoryId) {
        if !self.hidden_categories.contains(id) {
            self.hidden_categories.push(id.clone());
        }
    }

    /// Offers a category taken off the list again.
    pub fn show_category(&mut self, id: &CategoryId) {
        self.hidden_categories.retain(|c| c != id);
    }

    /// The categories offered, in order: the built-in ones still on the list, then the own.
    pub fn categories(&self) -> Vec<CategoryId> {
        BUILT_IN_CATEGORIES
            .iter()
            .map(|id| CategoryId((*id).to_string()))
            .chain(self.own_categories.iter().map(|c| c.id.clone()))
            .filter(|id| !self.hidden_categories.contains(id))
            .collect()
    }

    /// `name` trimmed, if it is not empty and not among `taken`.
    fn free_name<'a>(
        &self,
        name: &str,
        mut taken: impl Iterator<Item = &'a str>,
    ) -> Result<String, NameError> {
        let name = name.trim();
        if comparable(name).is_empty() {
            return Err(NameError::Empty);
        }
        if taken.any(|other| comparable(other) == comparable(name)) {
            return Err(NameError::Taken);
        }
        Ok(name.to_string())
    }
}

/// An item of a list a team joins: its id, its name and the ids other devices gave it.
trait Listed: Clone {
    type Id: Clone + Ord;
    fn parts(&self) -> (&Self::Id, &String, &Vec<Self::Id>);
    fn parts_mut(&mut self) -> (&mut Self::Id, &mut String, &mut Vec<Self::Id>);
}

impl Listed for District {
    type Id = DistrictId;
    fn parts(&self) -> (&DistrictId, &String, &Vec<DistrictId>) {
        (&self.id, &self.name, &self.also)
    }
    fn parts_mut(&mut self) -> (&mut DistrictId, &mut String, &mut Vec<DistrictId>) {
        (&mut self.id, &mut self.name, &mut self.also)
    }
}

impl Listed for OwnCategory {
    type Id = CategoryId;
    fn parts(&self) -> (&CategoryId, &String, &Vec<CategoryId>) {
        (&self.id, &self.name, &self.also)
    }
    fn parts_mut(&mut self) -> (&mut CategoryId, &mut String, &mut Vec<CategoryId>) {
        (&mut self.id, &mut self.name, &mut self.also)
    }
}

/// [`Places::joined_with`] for one list: the items of both in groups (those that share an id,
/// directly or through others, or a name), each group one item under its smallest id, named
/// as the first of its items names it (`mine` before `theirs`).
fn join_lists<T: Listed>(mine: &[T], theirs: &[T]) -> Vec<T> {
    let mut groups: Vec<Vec<&T>> = Vec::new();
    for item in mine.iter().chain(theirs) {
        let (id, name, also) = item.parts();
        let matches = |other: &&T| {
            let (other_id, other_name, other_also) = other.parts();
            let ids = || std::iter::once(other_id).chain(other_also);
            ids().any(|o| o == id || also.contains(o)) || comparable(other_name) == comparable(name)
        };
        let mut group = vec![item];
        let mut kept = Vec::with_capacity(groups.len());
        for earlier in groups.drain(..) {
            if earlier.iter().any(matches) {
                // The earlier items first, so the first item of the group stays first.
                group.splice(0..0, earlier);
            } else {
                kept.push(earlier);
            }
        }
        kept.push(group);
        groups = kept;
    }
    let mut joined: Vec<T> = groups
        .into_iter()
        .map(|group| {
            let mut ids: Vec<T::Id> = group
                .iter()
                .flat_map(|item| {
                    let (id, _, also) = item.parts();
                    std::iter::once(id).chain(also).cloned()
                })
                .collect();
            ids.sort();
            ids.dedup();
            let mut first = group[0].clone();
            let (id, _, also) = first.parts_mut();
            *id = ids.remove(0);
            *also = ids;
            first
        })
        .collect();
    joined.sort_by_cached_key(|item| {
        let (_, name, _) = item.parts();
        (comparable(name), name.clone())
    });
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(districts: &[(&str, &str)]) -> Places {
        let mut places = Places::default();
        for (id, name) in districts {
            places.add_district(DistrictId((*id).into()), name).unwrap();
        }
        places
    }

    fn names(places: &Places) -> Vec<&str> {
        places.districts.iter().map(|d| d.name.as_str()).collect()
    }

    #[test]
    fn two_devices_lists_become_one_that_keeps_every_id() {
        let mut a = places(&[("d-b", "Nordstadt"), ("d-x", "Altstadt")]);
        a.hide_category(&CategoryId("housing".into()));
        a.add_category(CategoryId("c-2".into()), "Lärm").unwrap();
        let mut b = places(&[("d-a", "nordstadt"), ("d-y", "Südviertel")]);
        b.add_category(CategoryId("c-1".into()), "Laerm").unwrap();
        let joined = a.joined_with(&b);
        assert_eq!(names(&joined), ["Altstadt", "Nordstadt", "Südviertel"]);
        // The other way round only the names differ: each keeps its own.
        assert_eq!(
            names(&b.joined_with(&a)),
            ["Altstadt", "nordstadt", "Südviertel"]
        );
        // Every device's id still names its district, under the smallest id.
        for id in ["d-a", "d-b"] {
            let id = DistrictId(id.into());
            assert_eq!(joined.same_district(&id), DistrictId("d-a".into()));
            assert_eq!(joined.district_name(&id), Some("Nordstadt"));
        }
        assert_eq!(joined.own_categories.len(), 1);
        assert_eq!(
            joined.same_category(&CategoryId("c-2".into())),
            CategoryId("c-1".into())
        );
        assert_eq!(joined.hidden_categories, [CategoryId("housing".into())]);
        // Joined again with either, nothing changes.
        assert_eq!(joined.joined_with(&a), joined);
        assert_eq!(joined.joined_with(&b), joined);
    }

    #[test]
    fn a_district_renamed_on_one_device_keeps_that_devices_name() {
        let mut a = places(&[("d-1", "Nord")]);
        let mut b = a.clone();
        a.rename_district(&DistrictId("d-1".into()), "Nordstadt")
            .unwrap();
        b.rename_district(&DistrictId("d-1".into()), "Nordviertel")
            .unwrap();
        assert_eq!(names(&a.joined_with(&b)), ["Nordstadt"]);
        assert_eq!(names(&b.joined_with(&a)), ["Nordviertel"]);
    }

    #[test]
    fn items_linked_through_ids_and_names_become_one_item_with_one_id() {
        // One device renamed "a" to "Süd", where the other has "Süd" as "b" beside "a".
        let mine = places(&[("b", "Süd"), ("a", "Nord")]);
        let theirs = places(&[("a", "Süd")]);
        for joined in [mine.joined_with(&theirs), theirs.joined_with(&mine)] {
            assert_eq!(joined.districts.len(), 1, "{joined:?}");
            assert_eq!(joined.districts[0].id, DistrictId("a".into()));
            assert_eq!(joined.districts[0].also, [DistrictId("b".into())]);
        }
    }
}
