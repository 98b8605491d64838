//! Export and import files: one case or all of them, as versioned JSON, optionally encrypted.
//!
//! Reading a file checks everything before anything is stored, and says exactly what is wrong
//! and where (line and column in the file, which case, which field). Nothing here panics on
//! any input: the import parser is property-tested with arbitrary bytes.

use super::schema::{decode_case, CaseRecord, DataProblem, DecodeError, Mismatch, TextPosition};
use super::sealed::KdfParams;
use super::sozialraum::SozialraumExport;
use super::{base64::serde_bytes, Case, CaseId, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::HashMap;

/// The `format` of a plain export file.
pub const EXPORT_FORMAT: &str = "lotse-export";
/// The `format` of an encrypted export file.
pub const ENCRYPTED_EXPORT_FORMAT: &str = "lotse-export-encrypted";
/// The export version this build writes.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct ExportOut<'a> {
    format: &'static str,
    version: u32,
    exported_at: Timestamp,
    cases: Vec<CaseRecord<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sozialraum: Option<&'a SozialraumExport>,
}

/// The text of an export file holding `cases` and the Sozialraum lists and entries they need
/// (readable, indented JSON).
pub fn encode_export(
    cases: &[Case],
    sozialraum: Option<&SozialraumExport>,
    exported_at: Timestamp,
) -> String {
    let file = ExportOut {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exported_at,
        cases: cases.iter().map(CaseRecord::new).collect(),
        sozialraum,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// An encrypted export: the plain export text, AES-256-GCM encrypted under a key derived from
/// a passphrase chosen for this file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedExport {
    /// Always [`ENCRYPTED_EXPORT_FORMAT`].
    pub format: String,
    /// The export version.
    pub version: u32,
    /// How the file's passphrase becomes its key.
    pub kdf: KdfParams,
    /// The AES-GCM nonce, 12 bytes.
    #[serde(with = "serde_bytes")]
    pub iv: Vec<u8>,
    /// The encrypted plain export text.
    #[serde(with = "serde_bytes")]
    pub data: Vec<u8>,
}

impl EncryptedExport {
    /// A new encrypted export around a ciphertext.
    pub fn new(kdf: KdfParams, iv: Vec<u8>, data: Vec<u8>) -> Self {
        Self {
            format: ENCRYPTED_EXPORT_FORMAT.to_string(),
            version: EXPORT_VERSION,
            kdf,
            iv,
            data,
        }
    }

    /// The file text.
    pub fn encode(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// What an import file holds, once read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportFile {
    /// Cases, each checked and migrated to the current schema, and the Sozialraum lists and
    /// entries the file carries (files before them carry none).
    Cases(Vec<Case>, Option<SozialraumExport>),
    /// An encrypted export; its passphrase is needed to read the cases.
    Encrypted(EncryptedExport),
}

/// What is wrong with a case in an import file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseProblem {
    /// The JSON does not fit a case (where in the file, and what).
    Shape(TextPosition, DataProblem),
    /// Written by a newer Lotse.
    NewerSchema(u32),
    /// The case id cannot be used (empty, too long, or odd characters).
    BadId,
    /// The same case appears earlier in the file (its number there).
    Duplicate(usize),
}

/// Why an import file cannot be read. Every variant names where, so a message can say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is empty.
    Empty,
    /// Not JSON (truncated, or another kind of file); where it broke.
    NotJson(TextPosition),
    /// JSON, but not a Lotse export.
    NotAnExport,
    /// Made by a newer Lotse (its export version).
    NewerVersion(u32),
    /// The file's frame is wrong (for example `cases` is not a list).
    Frame(TextPosition, DataProblem),
    /// The file holds no case.
    NoCases,
    /// The encrypted file uses a method this version does not run.
    UnsupportedEncryption,
    /// One case is wrong: its number in the file (from 1), its alias if readable, the problem.
    Case {
        /// The case's place in the file, from 1.
        number: usize,
        /// The alias, if it could be read.
        alias: Option<String>,
        /// What is wrong.
        problem: CaseProblem,
    },
}

#[derive(Deserialize)]
struct Marker {
    format: Option<String>,
    version: Option<u32>,
}

#[derive(Deserialize)]
struct ExportIn<'a> {
    #[serde(borrow)]
    cases: Vec<&'a RawValue>,
    #[serde(default)]
    sozialraum: Option<SozialraumExport>,
}

#[derive(Deserialize)]
struct AliasOnly {
    case: Option<AliasField>,
}

#[derive(Deserialize)]
struct AliasField {
    alias: Option<String>,
}

/// Reads an import file completely; nothing is stored by this.
pub fn parse_import(text: &str) -> Result<ImportFile, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .map_err(|e| ImportError::NotJson((&e).into()))?;
    let marker: Marker = serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
    let version = marker.version.unwrap_or(0);
    match marker.format.as_deref() {
        Some(ENCRYPTED_EXPORT_FORMAT) => {
            check_version(version)?;
            let file: EncryptedExport = serde_json::from_str(text).map_err(|e| frame(&e))?;
            if !file.kdf.is_supported() || file.iv.len() != 12 || file.data.len() < 16 {
                return Err(ImportError::UnsupportedEncryption);
            }
            Ok(ImportFile::Encrypted(file))
        }
        Some(EXPORT_FORMAT) => {
            check_version(version)?;
            let file: ExportIn = serde_json::from_str(text).map_err(|e| frame(&e))?;
            let cases = read_cases(text, &file.cases)?;
            Ok(ImportFile::Cases(cases, file.sozialraum))
        }
        // A single stored record (as "keep a copy" of a damaged record saves it).
        None if text.contains("\"schema\"") => match decode_case(text) {
            Ok(case) => read_cases_checked(vec![case]),
            Err(DecodeError::FromNewerVersion(v)) => Err(ImportError::Case {
                number: 1,
                alias: None,
                problem: CaseProblem::NewerSchema(v),
            }),
            Err(_) => Err(ImportError::NotAnExport),
        },
        _ => Err(ImportError::NotAnExport),
    }
}

fn read_cases_checked(cases: Vec<Case>) -> Result<ImportFile, ImportError> {
    if cases.iter().any(|c| !c.id.is_well_formed()) {
        return Err(ImportError::Case {
            number: 1,
            alias: cases.first().map(|c| c.alias.clone()),
            problem: CaseProblem::BadId,
        });
    }
    Ok(ImportFile::Cases(cases, None))
}

fn check_version(version: u32) -> Result<(), ImportError> {
    match version {
        EXPORT_VERSION => Ok(()),
        newer if newer > EXPORT_VERSION => Err(ImportError::NewerVersion(newer)),
        _ => Err(ImportError::NotAnExport),
    }
}

fn frame(error: &serde_json::Error) -> ImportError {
    let mismatch = Mismatch::from(error);
    ImportError::Frame(mismatch.position, mismatch.problem)
}

fn read_cases(text: &str, raw_cases: &[&RawValue]) -> Result<Vec<Case>, ImportError> {
    if raw_cases.is_empty() {
        return Err(ImportError::NoCases);
    }
    let mut cases = Vec::with_capacity(raw_cases.len());
    let mut seen: HashMap<CaseId, usize> = HashMap::new();
    for (index, raw) in raw_cases.iter().enumerate() {
        let number = index + 1;
        let raw_text = raw.get();
        let alias = serde_json::from_str::<AliasOnly>(raw_text)
            .ok()
            .and_then(|a| a.case)
            .and_then(|c| c.alias);
        let fail = |problem| ImportError::Case {
            number,
            alias: alias.clone(),
            problem,
        };
        let case = decode_case(raw_text).map_err(|error| {
            fail(match error {
                DecodeError::FromNewerVersion(v) => CaseProblem::NewerSchema(v),
                DecodeError::NotJson(position) => {
                    CaseProblem::Shape(within(text, raw_text, position), DataProblem::Other)
                }
                DecodeError::NotACase(mismatch) => {
                    CaseProblem::Shape(within(text, raw_text, mismatch.position), mismatch.problem)
                }
            })
        })?;
        if !case.id.is_well_formed() {
            return Err(fail(CaseProblem::BadId));
        }
        if let Some(&first) = seen.get(&case.id) {
            return Err(fail(CaseProblem::Duplicate(first)));
        }
        seen.insert(case.id.clone(), number);
        cases.push(case);
    }
    Ok(cases)
}

/// Turns a position inside `part` (a slice of `whole`) into a position in `whole`.
fn within(whole: &str, part: &str, position: TextPosition) -> TextPosition {
    let offset = (part.as_ptr() as usize)
        .checked_sub(whole.as_ptr() as usize)
        .filter(|&o| o <= whole.len())
        .unwrap_or(0);
    let before = whole.get(..offset).unwrap_or("");
    let start_line = before.matches('\n').count() + 1;
    let start_column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    if position.line <= 1 {
        TextPosition {
            line: start_line,
            column: start_column + position.column.saturating_sub(1),
        }
    } else {
        TextPosition {
            line: start_line + position.line - 1,
            column: position.column,
        }
    }
}

/// How an imported case that is already on this device is handled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChoice {
    /// Keep the stored case and add the imported one as a new case.
    KeepBoth,
    /// Replace the stored case with the imported one.
    Replace,
}

/// The imported case as a new case beside an existing one: a fresh id and a marked alias.
pub fn as_copy(mut case: Case, new_id: CaseId, alias_suffix: &str) -> Case {
    case.id = new_id;
    case.alias = format!("{} {alias_suffix}", case.alias);
    case
}

/// A file name for an export, e.g. `lotse-2026-11-21.json` or `lotse-herr-k-2026-11-21.json`.
pub fn export_file_name(alias: Option<&str>, date: &str, encrypted: bool) -> String {
    let slug = alias.map(slug).filter(|s| !s.is_empty());
    let extension = if encrypted { "lotse" } else { "json" };
    match slug {
        Some(slug) => format!("lotse-{slug}-{date}.{extension}"),
        None => format!("lotse-{date}.{extension}"),
    }
}

/// Lower-case ASCII letters and digits of a text, words joined by `-` (umlauts spelt out).
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let part = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
                continue;
            }
        };
        out.push_str(part);
    }
    out.trim_end_matches('-').chars().take(40).collect()
}
