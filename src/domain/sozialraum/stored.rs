//! The stored form of the catalogue's entries and of the device's lists: like a case, each in
//! an envelope that names its schema version, so that a later Lotse can lift what this one
//! wrote and this one refuses, untouched, what a later one wrote.

use super::{CatalogueEntry, Places};
use crate::domain::schema::{Mismatch, TextPosition};
use serde::{Deserialize, Serialize};

/// The schema version of the catalogue's entries and lists this build writes.
pub const SOZIALRAUM_SCHEMA: u32 = 1;

/// Why a stored entry or list could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredError {
    /// The text is not JSON at all; where it broke.
    NotJson(TextPosition),
    /// JSON, but not the shape this build writes; where and why it stopped fitting.
    NotItsShape(Mismatch),
    /// Written by a newer Lotse; this build must not touch it.
    FromNewerVersion(u32),
}

/// A record as it is written.
#[derive(Serialize)]
struct Writing<'a, T> {
    schema: u32,
    body: &'a T,
}

/// The body of a record whose version [`VersionOnly`] has checked.
#[derive(Deserialize)]
struct Reading<T> {
    body: T,
}

/// Only the version of a record, read first to refuse what a newer Lotse wrote.
#[derive(Deserialize)]
struct VersionOnly {
    schema: u32,
}

fn encode<T: Serialize>(body: &T) -> String {
    // Plain structs of strings, numbers and lists always serialise.
    serde_json::to_string(&Writing {
        schema: SOZIALRAUM_SCHEMA,
        body,
    })
    .unwrap_or_else(|_| unreachable!("a catalogue record always serialises"))
}

fn decode<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, StoredError> {
    let version: VersionOnly = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            StoredError::NotJson((&e).into())
        } else {
            StoredError::NotItsShape((&e).into())
        }
    })?;
    if version.schema > SOZIALRAUM_SCHEMA {
        return Err(StoredError::FromNewerVersion(version.schema));
    }
    serde_json::from_str::<Reading<T>>(text)
        .map(|r| r.body)
        .map_err(|e| StoredError::NotItsShape((&e).into()))
}

/// The stored text of a catalogue entry.
pub fn encode_entry(entry: &CatalogueEntry) -> String {
    encode(entry)
}

/// Reads a stored catalogue entry.
pub fn decode_entry(text: &str) -> Result<CatalogueEntry, StoredError> {
    decode(text)
}

/// The stored text of the device's lists.
pub fn encode_places(places: &Places) -> String {
    encode(places)
}

/// Reads the device's stored lists.
pub fn decode_places(text: &str) -> Result<Places, StoredError> {
    decode(text)
}
