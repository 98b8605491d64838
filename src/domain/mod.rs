//! The pure domain of Lotse: cases, the client's will, dates, validation, the stored schema.
//!
//! Nothing in here touches the browser (no leptos, no web-sys): it compiles and is tested on
//! the host. Time and randomness come in as arguments.

pub mod agreement;
pub mod base64;
pub mod case;
pub mod coach;
pub mod coverage;
pub mod date;
pub mod differences;
pub mod document;
pub mod export_file;
pub mod goal;
pub mod journey;
pub mod life_domain;
pub mod network;
pub mod order;
pub mod resource;
pub mod reuse;
pub mod review;
pub mod schema;
pub mod sealed;
pub mod sozialraum;
pub mod sync;
pub mod validation;
pub mod will;

pub use agreement::{
    Agreement, EarlierAgreementError, EarlierAgreements, Signature, SignedAgreement, Signer,
    StoredText,
};
pub use case::{
    Case, CaseElement, CaseId, CaseSummary, Circumstance, CircumstanceId, ContentSummary,
};
pub use date::IsoDate;
pub use goal::{
    EarlierWording, Goal, GoalId, GoalOutcome, OwnerKind, SmartCriterion, Step, StepId, StepOwner,
};
pub use journey::{JourneyPoint, NetworkChanges};
pub use life_domain::LifeDomain;
pub use network::{Consent, ContactId, Distance, NetworkContact, Sector};
pub use resource::{Resource, ResourceId, ResourceKind};
pub use reuse::{encode_case_reusing, EncodedParts};
pub use review::{
    is_due, Added, Addition, GoalDecision, GoalReview, Rating, Ratings, Review, ReviewContent,
    ReviewDateError, ReviewId, StepProgress, StepReview,
};
pub use schema::{
    decode_case, decode_summary, encode_case, encode_summary, CaseRecord, DataProblem, DecodeError,
    Mismatch, TextPosition, SCHEMA_VERSION,
};
pub use validation::{CaseDetails, CaseDetailsError, CaseField};
pub use will::{WillId, WillStatement};

/// Milliseconds since the Unix epoch, as the browser's `Date.now()` gives them.
pub type Timestamp = u64;

/// Puts `item` into `list` (once) or takes it out: what a checkbox does to a set of choices.
pub fn set_membership<T: PartialEq>(list: &mut Vec<T>, item: T, member: bool) {
    list.retain(|existing| *existing != item);
    if member {
        list.push(item);
    }
}
