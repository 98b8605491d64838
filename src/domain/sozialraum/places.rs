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
        self.districts.push(District { id, name });
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
        self.districts
            .iter()
            .find(|d| &d.id == id)
            .map(|d| d.name.as_str())
    }

    /// Adds a category of the device's own; a name that the interface gives a built-in
    /// category is the caller's to refuse (it knows the names in each language).
    pub fn add_category(&mut self, id: CategoryId, name: &str) -> Result<(), NameError> {
        let name = self.free_name(name, self.own_categories.iter().map(|c| c.name.as_str()))?;
        self.own_categories.push(OwnCategory { id, name });
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
