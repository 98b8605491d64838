//! The case's link to the Sozialraum level: its district, the categories of its
//! circumstances, and its neighbourhood resources linked to the catalogue (taken into it, or
//! chosen from its suggestions). Only the
//! caseworker sees these; client mode leaves them out.

mod case_district;
mod catalogue_link;
mod circumstance_category;

pub use case_district::CaseDistrict;
pub use catalogue_link::CatalogueLink;
pub use circumstance_category::CircumstanceCategory;

use crate::domain::sozialraum::Places;
use crate::storage::sozialraum::{self, Catalogue, PlacesError};
use crate::storage::StorageError;
use leptos::prelude::*;

/// The catalogue and the lists, read once for a page of the case.
#[derive(Clone, Copy)]
pub struct Neighbourhood {
    /// The catalogue, once read (`None` before, or when it cannot be).
    pub catalogue: RwSignal<Option<Catalogue>>,
    /// The lists, once read (`None` before, or when they cannot be).
    pub places: RwSignal<Option<Places>>,
    /// Why the catalogue or the lists cannot be read, if so.
    pub failed: RwSignal<Option<StorageError>>,
}

impl Neighbourhood {
    /// Reads the catalogue again (after an entry was added).
    pub fn reload(&self) {
        let (catalogue, failed) = (self.catalogue, self.failed);
        leptos::task::spawn_local(async move {
            match sozialraum::load_catalogue().await {
                Ok(read) => catalogue.set(Some(read)),
                Err(error) => failed.set(Some(error)),
            }
        });
    }
}

/// Reads the lists (and the catalogue, if `with_catalogue`) for this page and shares them
/// with its parts. Lists that cannot be read offer no district or category here (they are
/// kept as they are, and the lists' page says so).
pub fn provide_neighbourhood(with_catalogue: bool) -> Neighbourhood {
    let neighbourhood = Neighbourhood {
        catalogue: RwSignal::new(None),
        places: RwSignal::new(None),
        failed: RwSignal::new(None),
    };
    if with_catalogue {
        neighbourhood.reload();
    }
    leptos::task::spawn_local(async move {
        match sozialraum::load_places().await {
            Ok(places) => neighbourhood.places.set(Some(places)),
            Err(PlacesError::Storage(error)) => neighbourhood.failed.set(Some(error)),
            Err(PlacesError::Unreadable) => {}
        }
    });
    provide_context(neighbourhood);
    neighbourhood
}

/// The catalogue and the lists of this page.
pub fn use_neighbourhood() -> Option<Neighbourhood> {
    use_context::<Neighbourhood>()
}
