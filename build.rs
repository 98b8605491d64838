//! Compiles the translation files in `locales/` (Project Fluent syntax) into Rust tables.
//!
//! The texts stay in plain `.ftl` files that a translator or a Leichte Sprache checker can
//! read and edit without touching Rust. Parsing happens here, at build time, with the Fluent
//! project's own parser, so the browser gets plain string tables and no parser. A key that is
//! missing in any locale, an extra key, or a placeholder that differs from German fails the build.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// The reference locale: every other locale must have exactly its keys.
const REFERENCE: &str = "de";

struct Locale {
    /// File stem, e.g. `de` or `de-leicht`.
    tag: String,
    messages: BTreeMap<String, String>,
}

fn main() {
    let dir = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut locales: Vec<Locale> = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("locales/ must exist")
        .map(|e| e.expect("readable locales/ entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let tag = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&path).expect("readable .ftl file");
        locales.push(Locale {
            messages: parse_locale(&path, source),
            tag,
        });
    }
    // German first: it is the reference and the fallback order of the generated enum.
    locales.sort_by_key(|l| (l.tag != REFERENCE, l.tag.clone()));
    let reference = locales
        .first()
        .filter(|l| l.tag == REFERENCE)
        .expect("locales/de.ftl is the reference locale and must exist");

    let mut problems = Vec::new();
    for locale in &locales[1..] {
        check_against_reference(reference, locale, &mut problems);
    }
    if !problems.is_empty() {
        panic!(
            "translation files are inconsistent:\n  {}",
            problems.join("\n  ")
        );
    }

    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("texts.rs"), generate(&locales)).unwrap();
}

fn parse_locale(path: &Path, source: String) -> BTreeMap<String, String> {
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{}: Fluent syntax errors: {errors:?}", path.display()),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let id = message.id.name.to_string();
            let value = message
                .value
                .as_ref()
                .unwrap_or_else(|| panic!("{}: message `{id}` has no value", path.display()));
            let text = flatten(path, &id, value);
            if messages.insert(id.clone(), text).is_some() {
                panic!("{}: message `{id}` is defined twice", path.display());
            }
        }
    }
    messages
}

/// Turns a pattern into a template string where `{$name}` marks a placeholder.
fn flatten(path: &Path, id: &str, pattern: &Pattern<&str>) -> String {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id: var }),
            } => {
                let _ = write!(text, "{{${}}}", var.name);
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => text.push_str(value),
            _ => panic!(
                "{}: message `{id}` uses a Fluent feature Lotse does not support (only text and {{ $variable }})",
                path.display()
            ),
        }
    }
    text
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.split("{$")
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect()
}

fn check_against_reference(reference: &Locale, locale: &Locale, problems: &mut Vec<String>) {
    for (key, text) in &reference.messages {
        match locale.messages.get(key) {
            None => problems.push(format!("locales/{}.ftl lacks `{key}`", locale.tag)),
            Some(other) if placeholders(other) != placeholders(text) => problems.push(format!(
                "locales/{}.ftl: `{key}` has placeholders {:?}, German has {:?}",
                locale.tag,
                placeholders(other),
                placeholders(text)
            )),
            Some(_) => {}
        }
    }
    for key in locale.messages.keys() {
        if !reference.messages.contains_key(key) {
            problems.push(format!(
                "locales/{}.ftl has `{key}`, which locales/{REFERENCE}.ftl lacks",
                locale.tag
            ));
        }
    }
}

fn camel_case(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars.next().unwrap().to_ascii_uppercase();
            std::iter::once(first).chain(chars).collect::<String>()
        })
        .collect()
}

fn generate(locales: &[Locale]) -> String {
    let reference = &locales[0];
    // The texts of the first load come first, so that the German table compiled into the
    // shipped build holds only those; the later pages' texts follow (see `texts_of_later_pages`).
    let later = texts_of_later_pages(reference);
    let keys: Vec<&String> = reference
        .messages
        .keys()
        .filter(|key| !later.contains(*key))
        .chain(reference.messages.keys().filter(|key| later.contains(*key)))
        .collect();
    let mut code = String::new();
    code.push_str("/// A user-visible text, one per message in `locales/de.ftl`.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[allow(missing_docs)]\npub enum Key {\n");
    for key in &keys {
        let _ = writeln!(code, "    /// `{key}`\n    {},", camel_case(key));
    }
    code.push_str("}\n\n");
    code.push_str("/// A language the interface can be shown in.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Locale {\n");
    for locale in locales {
        let _ = writeln!(
            code,
            "    /// `locales/{}.ftl`\n    {},",
            locale.tag,
            camel_case(&locale.tag)
        );
    }
    code.push_str("}\n\nimpl Locale {\n    /// Every locale, German first.\n    pub const ALL: &'static [Locale] = &[");
    for locale in locales {
        let _ = write!(code, "Locale::{}, ", camel_case(&locale.tag));
    }
    code.push_str("];\n\n    /// The file stem of the locale's translation file.\n    pub fn tag(self) -> &'static str {\n        match self {\n");
    for locale in locales {
        let _ = writeln!(
            code,
            "            Locale::{} => {:?},",
            camel_case(&locale.tag),
            locale.tag
        );
    }
    // German is always compiled in: it is the first language and the fallback. The other
    // languages are compiled in too, except in the shipped build (`--cfg lotse_split`), where
    // each is a JSON file fetched the first time it is chosen (`file()` names it; the name
    // carries a hash of the content, so a cached copy is never stale).
    code.push_str("        }\n    }\n\n    /// The texts file of a language fetched on first use, in the shipped build.\n    pub fn file(self) -> Option<&'static str> {\n        match self {\n");
    let out_dir = std::env::var("OUT_DIR").unwrap();
    // The files of an earlier build (other texts, other hashes) would be shipped along.
    if let Ok(entries) = std::fs::read_dir(&out_dir) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with("texts-") && name.ends_with(".json") {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    for (index, locale) in locales.iter().enumerate() {
        if index == 0 {
            let _ = writeln!(
                code,
                "            Locale::{} => None,",
                camel_case(&locale.tag)
            );
            continue;
        }
        let json = json_array(keys.iter().map(|key| locale.messages[*key].as_str()));
        let hash = fnv1a(json.as_bytes());
        let file = format!("texts-{}-{hash:016x}.json", locale.tag);
        std::fs::write(Path::new(&out_dir).join(&file), json).unwrap();
        let _ = writeln!(
            code,
            "            Locale::{} => Some({file:?}),",
            camel_case(&locale.tag)
        );
    }
    code.push_str("        }\n    }\n}\n\n");
    let _ = writeln!(
        code,
        "/// How many texts every language has.\npub const TEXT_COUNT: usize = {};\n",
        reference.messages.len()
    );
    // German in the shipped build: the texts of the case and data pages come with those pages
    // (a file fetched with their module); the rest is compiled in. Elsewhere all of it is.
    let json = json_array(keys.iter().map(|key| {
        if later.contains(*key) {
            reference.messages[*key].as_str()
        } else {
            ""
        }
    }));
    let file = format!("texts-de-later-{:016x}.json", fnv1a(json.as_bytes()));
    std::fs::write(Path::new(&out_dir).join(&file), json).unwrap();
    let _ = writeln!(
        code,
        "/// The German texts of the case and data pages, fetched with their module in the shipped build.\npub const GERMAN_LATER_FILE: &str = {file:?};\n"
    );
    // Only the first load's: a later text is past its end, and looked up in the later file.
    let german_first: Vec<&str> = keys
        .iter()
        .filter(|key| !later.contains(**key))
        .map(|key| reference.messages[*key].as_str())
        .collect();
    push_table(
        &mut code,
        "lotse_split",
        &reference.tag,
        german_first.into_iter(),
    );
    for locale in locales {
        let texts = keys.iter().map(|key| locale.messages[*key].as_str());
        push_table(&mut code, "not(lotse_split)", &locale.tag, texts);
    }
    code.push_str("/// The compiled-in texts of a language, if it is compiled in.\nfn compiled_table(locale: Locale) -> Option<&'static [&'static str]> {\n    match locale {\n");
    for (index, locale) in locales.iter().enumerate() {
        if index > 0 {
            code.push_str("        #[cfg(not(lotse_split))]\n");
        }
        let _ = writeln!(
            code,
            "        Locale::{} => Some(&{}),",
            camel_case(&locale.tag),
            table_name(&locale.tag)
        );
    }
    code.push_str("        #[allow(unreachable_patterns)]\n        _ => None,\n    }\n}\n");
    code
}

/// The folders of the code loaded on first use (the split points in `src/pages/lazy.rs` reach
/// only these): the pages of a case, the data pages, the accessibility statement, and the
/// components only they show. A text
/// named only by files in these folders comes with those pages (`texts-de-later-*.json`); a
/// file put there that a first-load page also reaches would show an empty text, which the
/// accessibility tests (axe: empty names, labels and headings) catch.
const LATER_FOLDERS: &[&str] = &[
    "src/pages/accessibility",
    "src/pages/all_cases",
    "src/pages/case",
    "src/pages/data",
    "src/pages/sozialraum",
    "src/components/later",
];

/// The message ids whose keys appear only in files under [`LATER_FOLDERS`].
fn texts_of_later_pages(reference: &Locale) -> BTreeSet<String> {
    let mut everywhere: BTreeSet<String> = BTreeSet::new();
    let mut elsewhere: BTreeSet<String> = BTreeSet::new();
    let mut files = Vec::new();
    collect_sources(Path::new("src"), &mut files);
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable source file");
        let later = LATER_FOLDERS.iter().any(|folder| file.starts_with(folder));
        for (i, _) in source.match_indices("Key::") {
            let name: String = source[i + 5..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            everywhere.insert(name.clone());
            if !later {
                elsewhere.insert(name);
            }
        }
    }
    reference
        .messages
        .keys()
        .filter(|id| {
            let name = camel_case(id);
            everywhere.contains(&name) && !elsewhere.contains(&name)
        })
        .cloned()
        .collect()
}

fn collect_sources(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in std::fs::read_dir(dir).expect("readable src/") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            collect_sources(&path, files);
        } else if path.extension().is_some_and(|x| x == "rs") {
            println!("cargo:rerun-if-changed={}", path.display());
            files.push(path);
        }
    }
}

/// A JSON array of strings.
fn json_array<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    serde_json::to_string(&texts.collect::<Vec<_>>()).expect("strings always serialise")
}

/// FNV-1a, 64 bit: a stable content hash for the file names (no dependency needed).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A `static` string table for `tag`, compiled in only under `cfg`.
fn push_table<'a>(
    code: &mut String,
    cfg: &str,
    tag: &str,
    texts: impl ExactSizeIterator<Item = &'a str>,
) {
    let _ = writeln!(
        code,
        "#[cfg({cfg})]\nstatic {}: [&str; {}] = [",
        table_name(tag),
        texts.len()
    );
    for text in texts {
        let _ = writeln!(code, "    {text:?},");
    }
    code.push_str("];\n\n");
}

fn table_name(tag: &str) -> String {
    format!("TEXTS_{}", tag.to_ascii_uppercase().replace('-', "_"))
}
