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
use crate::storage::sozialraum::{self, Catalogue};
use leptos::prelude::*;

/// The catalogue and the lists, read once for a page of the case.
#[derive(Clone, Copy)]
pub struct Neighbourhood {
    /// The catalogue, once read (`None` before, or when it cannot be).
    pub catalogue: RwSignal<Option<Catalogue>>,
    /// The lists, once read (`None` before, or when they cannot be).
    pub places: RwSignal<Option<Places>>,
}

impl Neighbourhood {
    /// Reads the catalogue again (after an entry was added).
    pub fn reload(&self) {
        let catalogue = self.catalogue;
        leptos::task::spawn_local(async move {
            if let Ok(read) = sozialraum::load_catalogue().await {
                catalogue.set(Some(read));
            }
        });
    }
}

/// Reads the catalogue and the lists for this page and shares them with its parts.
pub fn provide_neighbourhood() -> Neighbourhood {
    let neighbourhood = Neighbourhood {
        catalogue: RwSignal::new(None),
        places: RwSignal::new(None),
    };
    neighbourhood.reload();
    leptos::task::spawn_local(async move {
        if let Ok(places) = sozialraum::load_places().await {
            neighbourhood.places.set(Some(places));
        }
    });
    provide_context(neighbourhood);
    neighbourhood
}

/// The catalogue and the lists of this page.
pub fn use_neighbourhood() -> Option<Neighbourhood> {
    use_context::<Neighbourhood>()
}
