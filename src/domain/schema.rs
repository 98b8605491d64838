//! The stored form of a case: a versioned envelope, and the migrations between versions.
//!
//! Every record carries `schema` from day one, so that a later version of Lotse can read what
//! an earlier one wrote, and an earlier one can refuse (and leave alone) what a later one wrote.

use super::{Case, CaseId, CaseSummary, IsoDate, Timestamp, WillStatement};
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
///
/// 1: the foundation (alias, first contact, will). 2: the whole intake (goals, steps,
/// resources, network, circumstances, agreement). 3: reviews, the goals' ratings and history,
/// earlier agreements. 4: the Sozialraum: the case's district, the circumstances' categories,
/// the neighbourhood resources' links to the catalogue.
pub const SCHEMA_VERSION: u32 = 4;

/// Why a stored record could not be read as a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not JSON at all (truncated, overwritten, or not ours); where it broke.
    NotJson(TextPosition),
    /// JSON, but not the shape of a case of its schema version; where and why it stopped
    /// fitting.
    NotACase(Mismatch),
    /// Written by a newer Lotse; this build must not touch it.
    FromNewerVersion(u32),
}

/// A case as it is written: the case inside an envelope that names its schema version.
#[derive(Serialize)]
pub struct CaseRecord<'a> {
    schema: u32,
    case: &'a Case,
}

impl<'a> CaseRecord<'a> {
    /// The record of `case` in the current schema version.
    pub fn new(case: &'a Case) -> Self {
        Self {
            schema: SCHEMA_VERSION,
            case,
        }
    }
}

/// Line and column in a stored text (1-based), kept instead of a message so that a damaged
/// record can be located without pulling error formatting into the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPosition {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

impl From<&serde_json::Error> for TextPosition {
    fn from(e: &serde_json::Error) -> Self {
        Self {
            line: e.line(),
            column: e.column(),
        }
    }
}

/// Where a JSON text stopped fitting the expected shape, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// Where, in the text that was read.
    pub position: TextPosition,
    /// What did not fit.
    pub problem: DataProblem,
}

/// What did not fit, in terms a message can name (the parser's own messages are English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataProblem {
    /// A required field is absent (its name).
    MissingField(String),
    /// A field appears twice (its name).
    DuplicateField(String),
    /// A value that is not one of the allowed ones (the value as written).
    UnknownValue(String),
    /// A value of the wrong kind (text where a number belongs, a list where text belongs).
    WrongType,
    /// A value of the right kind that is out of range or malformed.
    InvalidValue,
    /// Anything else.
    Other,
}

impl DataProblem {
    /// Classifies a serde_json error by its message.
    pub fn of(error: &serde_json::Error) -> Self {
        let message = error.to_string();
        let quoted = |prefix: &str| {
            message
                .strip_prefix(prefix)
                .and_then(|rest| rest.strip_prefix('`'))
                .and_then(|rest| rest.split('`').next())
                .map(str::to_string)
        };
        if let Some(name) = quoted("missing field ") {
            DataProblem::MissingField(name)
        } else if let Some(name) = quoted("duplicate field ") {
            DataProblem::DuplicateField(name)
        } else if let Some(value) = quoted("unknown variant ") {
            DataProblem::UnknownValue(value)
        } else if message.starts_with("invalid type") || message.starts_with("invalid length") {
            DataProblem::WrongType
        } else if message.starts_with("invalid value") || message.starts_with("invalid base64") {
            DataProblem::InvalidValue
        } else {
            DataProblem::Other
        }
    }
}

impl From<&serde_json::Error> for Mismatch {
    fn from(e: &serde_json::Error) -> Self {
        Self {
            position: e.into(),
            problem: DataProblem::of(e),
        }
    }
}

/// Only the version of a record, read first to choose how to read the rest.
#[derive(Deserialize)]
struct VersionOnly {
    schema: u32,
}

/// A case as schema version 1 stored it.
#[derive(Deserialize)]
struct CaseV1 {
    id: CaseId,
    alias: String,
    first_contact: IsoDate,
    created_at: Timestamp,
    updated_at: Timestamp,
    will: Vec<WillStatement>,
}

impl From<CaseV1> for Case {
    /// Version 1 knew only the will; every field it had is carried over unchanged.
    fn from(v1: CaseV1) -> Self {
        let mut case = Case::new(
            v1.id,
            v1.alias,
            v1.first_contact,
            v1.created_at,
            super::WillId(String::new()),
        );
        case.updated_at = v1.updated_at;
        case.will = v1.will;
        case
    }
}

/// A record of schema version 1.
#[derive(Deserialize)]
struct RecordV1 {
    case: CaseV1,
}

/// A record of schema version 2 or later, up to the current one. Each later version only
/// added fields, which an earlier record reads as empty ([`Case::reviews`], [`Case::district`]
/// and the rest).
#[derive(Deserialize)]
struct RecordV2OrLater {
    schema: u32,
    case: Case,
}

/// The stored text of a case.
pub fn encode_case(case: &Case) -> String {
    // serde_json fails only on maps with non-text keys and on failing `Serialize` impls; a
    // case has neither. (No `expect`: it would bring the error's debug formatting along.)
    serde_json::to_string(&CaseRecord::new(case))
        .unwrap_or_else(|_| unreachable!("a case always serialises"))
}

/// Reads a stored case of any known version, migrating it to the current one.
///
/// Each version is read with its own typed shape (no untyped JSON in between), then lifted
/// step by step to the current [`Case`]. A record from a newer version is refused untouched.
pub fn decode_case(text: &str) -> Result<Case, DecodeError> {
    // One pass for a record this build writes: a case with a long history is megabytes, and
    // opening it must not read it three times. Anything else takes the passes that say
    // exactly what is wrong.
    if let Ok(record) = serde_json::from_str::<RecordV2OrLater>(text) {
        if (2..=SCHEMA_VERSION).contains(&record.schema) {
            return Ok(record.case);
        }
    }
    let not_a_case = |e: serde_json::Error| DecodeError::NotACase((&e).into());
    match known_version(text)? {
        1 => serde_json::from_str::<RecordV1>(text)
            .map(|r| r.case.into())
            .map_err(not_a_case),
        _ => serde_json::from_str::<RecordV2OrLater>(text)
            .map(|r| r.case)
            .map_err(not_a_case),
    }
}

/// The text of a case's summary, as stored beside the case for the case list: a record of
/// the current version holding only the fields [`decode_summary`] reads.
pub fn encode_summary(summary: &CaseSummary) -> String {
    #[derive(Serialize)]
    struct SummaryRecord<'a> {
        schema: u32,
        case: &'a CaseSummary,
    }
    serde_json::to_string(&SummaryRecord {
        schema: SCHEMA_VERSION,
        case: summary,
    })
    .unwrap_or_else(|_| unreachable!("a summary always serialises"))
}

/// A summary entry ([`encode_summary`]), or a record read only as far as the case list needs
/// it: the whole text must be JSON in a known version and the listed fields must fit; the rest
/// is checked when the case is opened (with [`decode_case`]). Every known version keeps these
/// fields in the same place. One pass over the text (the list reads thousands at once). A
/// record does not hold the next review (the case's dates give it): from a record it is
/// `None`, and `decode_case(..).summary()` gives it.
pub fn decode_summary(text: &str) -> Result<CaseSummary, DecodeError> {
    let envelope: SummaryEnvelope = match serde_json::from_str(text) {
        Ok(envelope) => envelope,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(DecodeError::NotJson((&e).into())),
        // A newer version may have changed the shape; it says so by its version.
        Err(e) => {
            known_version(text)?;
            return Err(DecodeError::NotACase((&e).into()));
        }
    };
    let missing = |field: &str| {
        DecodeError::NotACase(Mismatch {
            position: TextPosition { line: 1, column: 1 },
            problem: DataProblem::MissingField(field.to_string()),
        })
    };
    readable_version(envelope.schema)?;
    let case = envelope.case.ok_or_else(|| missing("case"))?;
    Ok(CaseSummary {
        id: case.id.ok_or_else(|| missing("id"))?,
        alias: case.alias.ok_or_else(|| missing("alias"))?,
        first_contact: case.first_contact.ok_or_else(|| missing("first_contact"))?,
        updated_at: case.updated_at.ok_or_else(|| missing("updated_at"))?,
        next_review: case.next_review,
    })
}

/// A record of any version as the list reads it: every field optional, so a newer version
/// with another shape is still recognised by its `schema` before anything is required.
#[derive(Deserialize)]
struct SummaryEnvelope {
    schema: u32,
    #[serde(default)]
    case: Option<SummaryFields>,
}

#[derive(Deserialize)]
struct SummaryFields {
    #[serde(default)]
    id: Option<CaseId>,
    #[serde(default)]
    alias: Option<String>,
    #[serde(default)]
    first_contact: Option<IsoDate>,
    #[serde(default)]
    updated_at: Option<Timestamp>,
    #[serde(default)]
    next_review: Option<IsoDate>,
}

/// The schema version of a record this build can read, or why it cannot read it.
fn known_version(text: &str) -> Result<u32, DecodeError> {
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .map_err(|e| DecodeError::NotJson((&e).into()))?;
    let version: VersionOnly =
        serde_json::from_str(text).map_err(|e| DecodeError::NotACase((&e).into()))?;
    readable_version(version.schema)
}

/// `schema` itself, if this build can read that version; else why not.
fn readable_version(schema: u32) -> Result<u32, DecodeError> {
    match schema {
        1..=SCHEMA_VERSION => Ok(schema),
        newer if newer > SCHEMA_VERSION => Err(DecodeError::FromNewerVersion(newer)),
        // Version 0 was never written; such a record is not ours.
        _ => Err(DecodeError::NotACase(Mismatch {
            position: TextPosition { line: 1, column: 1 },
            problem: DataProblem::InvalidValue,
        })),
    }
}
