//! The Sozialraum level (*fallunspezifische* and *fallübergreifende Arbeit*): the districts,
//! the catalogue of neighbourhood resources built up across cases, the categories of
//! circumstances, and the anonymous report that carries what cases show to social planning.

pub mod catalogue;
pub mod csv;
pub mod exchange;
pub mod facts;
pub mod places;
pub mod report;
pub mod stored;
pub mod versions;

pub use catalogue::{
    comparable, suggestions, CatalogueEntry, CatalogueId, District, DistrictId, Known,
};
pub use csv::{report_csv, CsvWords, Figure};
pub use exchange::{join, Joined, SozialraumExport};
pub use facts::{decode_facts, encode_facts, CaseFacts, OWNER_KINDS};
pub use places::{NameError, OwnCategory, Places};
pub use report::{compute, suppress, Cell, Report, ReportScope, RowLabel, Table, SMALLEST_SHOWN};
pub use stored::{
    decode_entry, decode_places, encode_entry, encode_places, StoredError, SOZIALRAUM_SCHEMA,
};
pub use versions::{differing_fields, with_fields_from, EntryField};

use serde::{Deserialize, Serialize};

/// Identifies a category of circumstances: one of [`BUILT_IN_CATEGORIES`], or one the device
/// added (then its name is in the device's list).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CategoryId(pub String);

/// The categories every device starts with; the interface names them in each language.
pub const BUILT_IN_CATEGORIES: [&str; 8] = [
    "childcare",
    "housing",
    "mobility",
    "digital-access",
    "language",
    "money",
    "health",
    "leisure",
];
