//! The Sozialraum level, across cases: the neighbourhood catalogue (`catalogue.rs`,
//! `new_entry.rs`, `entry.rs`), the device's lists of districts and categories (`places.rs`),
//! and the anonymous report (`report/`). Loaded on first use, with their texts (see `lazy.rs`).

mod catalogue;
mod entry;
mod entry_conflict;
mod entry_form;
mod new_entry;
mod places;
mod report;

pub use catalogue::CataloguePage;
pub use entry::EntryPage;
pub use new_entry::NewEntryPage;
pub use places::PlacesPage;
pub use report::ReportPage;

use crate::domain::sozialraum::Places;
use crate::storage::sozialraum::{self, Catalogue, PlacesError};
use crate::storage::StorageError;
use leptos::prelude::*;

/// What the Sozialraum pages read: the catalogue and the device's lists.
#[derive(Clone)]
pub struct Read {
    /// The catalogue's entries.
    pub catalogue: Catalogue,
    /// The device's lists, or why they cannot be used.
    pub places: Result<Places, PlacesError>,
}

/// Reads the catalogue and the lists into a signal (`None` until they are read).
pub fn use_read() -> RwSignal<Option<Result<Read, StorageError>>> {
    let read = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        read.set(Some(load().await));
    });
    read
}

/// Reads the catalogue and the lists. Each entry names its district by the id the lists
/// give it (another device of the team may have given it another).
pub async fn load() -> Result<Read, StorageError> {
    let mut catalogue = sozialraum::load_catalogue().await?;
    let places = sozialraum::load_places().await;
    if let Err(PlacesError::Storage(error)) = places {
        return Err(error);
    }
    if let Ok(places) = &places {
        for entry in &mut catalogue.entries {
            entry.district = entry.district.as_ref().map(|d| places.same_district(d));
        }
    }
    Ok(Read { catalogue, places })
}
