//! The pure domain of Lotse: cases, the client's will, dates, validation, the stored schema.
//!
//! Nothing in here touches the browser (no leptos, no web-sys): it compiles and is tested on
//! the host. Time and randomness come in as arguments.

pub mod case;
pub mod date;
pub mod schema;
pub mod validation;
pub mod will;

pub use case::{Case, CaseId, CaseSummary, ContentSummary};
pub use date::IsoDate;
pub use schema::{decode_case, encode_case, CaseRecord, DecodeError, TextPosition, SCHEMA_VERSION};
pub use validation::{CaseDetails, CaseDetailsError, CaseField};
pub use will::{WillId, WillStatement};

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Timestamp = u64;
