#![cfg(not(target_arch = "wasm32"))]
//! Mechanical checks of the Leichte Sprache texts in `locales/de-leicht.ftl`.
//!
//! Leichte Sprache follows the rules of the Netzwerk Leichte Sprache and DIN SPEC 33429.
//! Most of those rules need a human reader (common words, explained hard words, active
//! voice, no genitive, direct address with "Sie"), and the texts must still be checked
//! by a Leichte Sprache reader. The rules below can be checked by a program, and this
//! test fails on every breach, listing each with its key and the offending text:
//!
//! 1. **Short sentences:** at most 10 words per sentence. A placeholder such as
//!    `{ $count }` counts as one word; a token without a letter or digit (`–`, `…`)
//!    is no word.
//! 2. **One sentence per line:** a sentence ends with `.`, `!`, `?` or `:`; no further
//!    word may follow on the same line (a multi-line Fluent value puts each sentence on
//!    its own indented line). Not sentence ends: numbers, ordinals and dates (`1.`,
//!    `20.11.2026`), single-letter initials (`Herr K.`) and the abbreviations in
//!    [`NOT_SENTENCE_ENDS`] such as `e.V.`.
//! 3. **Long words are split:** a word of 13 or more letters must contain the Mediopunkt
//!    `·` (`Netz·werk·karte`). Placeholders, URLs and the proper names in [`LONG_NAMES`]
//!    are exempt. A hyphen does not split a word for this rule.
//! 4. **No semicolons and no brackets:** none of `;`, `(`, `)`, `[`, `]`, `{`, `}` outside
//!    Fluent placeables.
//! 5. **No subjunctive:** none of the words in [`SUBJUNCTIVES`] (würde, könnte, hätte,
//!    wäre, sollte, müsste and their plurals).
//! 6. **Numbers as digits:** none of the number words in [`NUMBER_WORDS`] (zwei to zwölf)
//!    as a word of its own.
//! 7. **No abbreviations:** no `z. B.`, `d. h.`, `usw.` or `bzw.` (with or without
//!    spaces).
//! 8. **No preposition before a noun placeholder:** a placeholder that stands for a noun
//!    ([`NOUN_PLACEHOLDERS`], such as `{ $step }`) is shown in the case it has as a title,
//!    so a preposition before it ([`PREPOSITIONS`]) breaks the grammar ("bei Ihre
//!    Stärken"). Dates and counts may follow one ("am { $date }").
//! 9. **One word per thing:** none of the words the glossary in the file's header replaces
//!    ([`GLOSSARY_REPLACES`]: "Kontakt" is "Person oder Stelle", "entfernen" is "löschen"),
//!    as a word or as a part of one split with `·`.
//!
//! The file is read the way Lotse writes it: a message starts with `key =` at column 0,
//! its continuation lines are indented, `#` comments and blank lines are skipped,
//! `{ $name }` is a placeholder and `{"text"}` stands for its text.

use std::fmt;

/// Proper names of 13 or more letters that may stay unsplit. Empty: no text needs one.
/// Add a name here only if it cannot be split or written shorter, and say why.
const LONG_NAMES: &[&str] = &[];

/// Subjunctive forms that Leichte Sprache avoids (rule 5).
const SUBJUNCTIVES: &[&str] = &[
    "würde", "würden", "könnte", "könnten", "hätte", "hätten", "wäre", "wären", "sollte",
    "sollten", "müsste", "müssten",
];

/// Number words that must be written as digits (rule 6).
const NUMBER_WORDS: &[&str] = &[
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
];

/// Tokens that end with a full stop but do not end a sentence (rule 2), in lower case.
const NOT_SENTENCE_ENDS: &[&str] = &["e.v.", "nr.", "dr.", "str."];

/// Placeholders that stand for a noun phrase given as a title (rule 8).
const NOUN_PLACEHOLDERS: &[&str] = &[
    "step", "kind", "sector", "distance", "goal", "owner", "owners", "field", "language", "who",
    "problem", "file",
];

/// Prepositions and the forms they merge into (rule 8), in lower case.
const PREPOSITIONS: &[&str] = &[
    "an", "am", "auf", "aus", "bei", "beim", "bis", "durch", "für", "gegen", "hinter", "im", "in",
    "mit", "nach", "neben", "ohne", "seit", "über", "um", "unter", "von", "vom", "vor", "zu",
    "zum", "zur", "zwischen",
];

/// Words the glossary replaces, in lower case, with the word to use (rule 9).
const GLOSSARY_REPLACES: &[(&str, &str)] = &[
    ("kontakt", "Person oder Stelle"),
    ("kontakte", "Personen oder Stellen"),
    ("entfernen", "löschen"),
    ("entfernt", "gelöscht"),
    ("wille", "Satz"),
    ("aussage", "Satz"),
    ("aussagen", "Sätze"),
    ("ressource", "Stärke oder Hilfe"),
    ("ressourcen", "Stärken und Hilfen"),
    ("überprüfung", "Rück·blick"),
    ("sozialraum", "Viertel"),
    ("fachdienst", "Helfer von Beruf"),
    ("fachdienste", "Helfer von Beruf"),
    ("eintrag", "Fall"),
    ("einträge", "Fälle"),
];

/// The most words a sentence may have (rule 1).
const MAX_WORDS: usize = 10;

/// The length, in letters, from which a word must be split with `·` (rule 3).
const LONG_WORD: usize = 13;

/// Stands for a `{ $name }` placeholder inside a line, so that it stays one token.
const PLACEHOLDER: char = '\u{E000}';

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    LongSentence,
    TwoSentencesOnOneLine,
    UnsplitLongWord,
    SemicolonOrBracket,
    Subjunctive,
    NumberWord,
    Abbreviation,
    PrepositionBeforeNoun,
    GlossaryReplaces,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rule::LongSentence => "sentence of more than 10 words",
            Rule::TwoSentencesOnOneLine => "more than one sentence on one line",
            Rule::UnsplitLongWord => "word of 13 or more letters without ·",
            Rule::SemicolonOrBracket => "semicolon or bracket",
            Rule::Subjunctive => "subjunctive",
            Rule::NumberWord => "number word instead of digits",
            Rule::Abbreviation => "abbreviation",
            Rule::PrepositionBeforeNoun => "preposition before a noun placeholder",
            Rule::GlossaryReplaces => "a word the glossary replaces",
        })
    }
}

#[derive(Debug)]
struct Violation {
    key: String,
    rule: Rule,
    text: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.key, self.rule, self.text)
    }
}

/// One message: its key and its lines, with placeables already resolved.
struct Message {
    key: String,
    lines: Vec<String>,
}

/// Reads the messages of a Fluent file: key lines at column 0, indented continuation lines.
fn parse_messages(source: &str) -> Vec<Message> {
    let mut messages: Vec<Message> = Vec::new();
    let mut in_message = false;
    for line in source.lines() {
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with('#') {
            in_message = false;
            continue;
        }
        if line.starts_with([' ', '\t']) {
            if in_message {
                if let Some(message) = messages.last_mut() {
                    message.lines.push(resolve_placeables(line.trim()));
                }
            }
            continue;
        }
        let (key, value) = line.split_once('=').unwrap_or((line, ""));
        let mut message = Message {
            key: key.trim().to_string(),
            lines: Vec::new(),
        };
        if !value.trim().is_empty() {
            message.lines.push(resolve_placeables(value.trim()));
        }
        messages.push(message);
        in_message = true;
    }
    messages
}

/// Replaces `{ $name }` by one placeholder token and `{"text"}` by its text. Any other
/// brace stays, so that rule 4 reports it.
fn resolve_placeables(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = after[..end].trim();
        if let Some(name) = inner.strip_prefix('$') {
            out.push(PLACEHOLDER);
            out.push_str(name);
        } else if inner.len() >= 2 && inner.starts_with('"') && inner.ends_with('"') {
            out.push_str(&inner[1..inner.len() - 1]);
        } else {
            out.push_str(&rest[start..start + 1 + end + 1]);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn is_placeholder(token: &str) -> bool {
    token.contains(PLACEHOLDER)
}

/// Whether a token counts as a word: it has a letter or digit, or is a placeholder.
fn is_word(token: &str) -> bool {
    is_placeholder(token) || token.chars().any(char::is_alphanumeric)
}

/// The token without surrounding punctuation and quotes, in lower case.
fn bare(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether the token ends a sentence (rule 2): it ends with `.`, `!`, `?` or `:` (before
/// closing quotes) and is not a number, a date, an initial or a known abbreviation.
fn ends_sentence(token: &str) -> bool {
    let core = token.trim_end_matches(['“', '”', '"', '\'', '’', '»', '«', '‘']);
    let Some(last) = core.chars().last() else {
        return false;
    };
    if !matches!(last, '.' | '!' | '?' | ':') {
        return false;
    }
    if last != '.' {
        return true;
    }
    let lower = core
        .trim_start_matches(['„', '“', '"', '\'', '‚', '»', '«'])
        .to_lowercase();
    let body = &lower[..lower.len() - 1];
    let number_or_date = !body.is_empty() && body.chars().all(|c| c.is_ascii_digit() || c == '.');
    let initial = body.chars().count() == 1 && body.chars().all(char::is_alphabetic);
    !(number_or_date || initial || NOT_SENTENCE_ENDS.contains(&lower.as_str()))
}

fn is_url(token: &str) -> bool {
    token.contains("://") || token.starts_with("www.")
}

/// Checks every message of a Fluent file against the mechanical Leichte Sprache rules.
fn check(source: &str) -> Vec<Violation> {
    let mut violations = Vec::new();
    for message in parse_messages(source) {
        for line in &message.lines {
            check_line(&message.key, line, &mut violations);
        }
    }
    violations
}

fn check_line(key: &str, line: &str, violations: &mut Vec<Violation>) {
    let mut report = |rule: Rule, text: &str| {
        violations.push(Violation {
            key: key.to_string(),
            rule,
            text: text.replace(PLACEHOLDER, "$"),
        });
    };
    let tokens: Vec<&str> = line.split_whitespace().collect();

    // Rules 1 and 2: sentences and lines.
    let mut sentence: Vec<&str> = Vec::new();
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    for &token in &tokens {
        sentence.push(token);
        if ends_sentence(token) {
            sentences.push(std::mem::take(&mut sentence));
        }
    }
    if sentence.iter().any(|t| is_word(t)) {
        sentences.push(sentence);
    }
    for words in &sentences {
        if words.iter().filter(|t| is_word(t)).count() > MAX_WORDS {
            report(Rule::LongSentence, &words.join(" "));
        }
    }
    if sentences.len() > 1 {
        report(Rule::TwoSentencesOnOneLine, line);
    }

    // Rule 4: semicolons and brackets.
    if line.contains([';', '(', ')', '[', ']', '{', '}']) {
        report(Rule::SemicolonOrBracket, line);
    }

    for (i, &token) in tokens.iter().enumerate() {
        let word = bare(token);
        // Rule 3: long words need a Mediopunkt.
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= LONG_WORD
            && !token.contains('·')
            && !is_placeholder(token)
            && !is_url(token)
            && !LONG_NAMES.iter().any(|name| name.to_lowercase() == word)
        {
            report(Rule::UnsplitLongWord, token);
        }
        // Rule 5: subjunctive.
        if SUBJUNCTIVES.contains(&word.as_str()) {
            report(Rule::Subjunctive, token);
        }
        // Rule 6: number words.
        if NUMBER_WORDS.contains(&word.as_str()) {
            report(Rule::NumberWord, token);
        }
        // Rule 7: abbreviations, spaced ("z. B.") or not ("z.B.", "usw.").
        let letters_only: String = token
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        let joined = token.contains('.') && matches!(letters_only.as_str(), "zb" | "dh");
        let spaced = token.ends_with('.')
            && matches!(word.as_str(), "z" | "d")
            && tokens.get(i + 1).is_some_and(|next| {
                let next_word = bare(next);
                next.contains('.')
                    && ((word == "z" && next_word == "b") || (word == "d" && next_word == "h"))
            });
        if joined || spaced || matches!(word.as_str(), "usw" | "bzw") {
            report(Rule::Abbreviation, token);
        }
        // Rule 9: a word the glossary replaces, whole or as a part.
        if let Some((_, instead)) = GLOSSARY_REPLACES
            .iter()
            .find(|(replaced, _)| word.split('·').any(|part| part == *replaced))
        {
            report(Rule::GlossaryReplaces, &format!("{token} (say: {instead})"));
        }
        // Rule 8: a preposition before a noun placeholder.
        let next_is_noun = tokens.get(i + 1).is_some_and(|next| {
            next.strip_prefix(PLACEHOLDER).is_some_and(|name| {
                let name = name.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_');
                NOUN_PLACEHOLDERS.contains(&name)
            })
        });
        if next_is_noun && PREPOSITIONS.contains(&word.as_str()) {
            report(
                Rule::PrepositionBeforeNoun,
                &format!("{token} {}", tokens[i + 1]),
            );
        }
    }
}

fn easy_language_source() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/de-leicht.ftl");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

#[test]
fn easy_language_file_follows_the_mechanical_rules() {
    let violations = check(&easy_language_source());
    assert!(
        violations.is_empty(),
        "locales/de-leicht.ftl breaks {} Leichte Sprache rule(s):\n  {}",
        violations.len(),
        violations
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}

#[test]
fn easy_language_file_has_messages_with_text() {
    let messages = parse_messages(&easy_language_source());
    assert!(messages.len() > 100, "only {} messages", messages.len());
    let empty: Vec<&str> = messages
        .iter()
        .filter(|m| m.lines.is_empty())
        .map(|m| m.key.as_str())
        .collect();
    assert!(empty.is_empty(), "messages without text: {empty:?}");
}

#[test]
fn checker_reports_each_kind_of_violation() {
    let sample = "\
# A comment (with brackets; and a semicolon) is not checked.
long = Das ist ein Satz mit viel zu vielen Wörtern für Leichte Sprache.
two = Das ist gut. Das ist auch gut.
word = Die Netzwerkkarte zeigt Ihre Menschen.
bracket = Ihre Fälle (auf diesem Gerät)
semicolon = Das ist gut; das auch.
subjunctive = Das wäre schön.
number = Sie haben drei Ziele.
abbreviation = Zum Beispiel z. B. Geld.
preposition = Dazu·schreiben bei { $kind }
glossary = Den Kontakt·daten entfernen.
multi =
    Das ist die 1. Zeile.
    Hier stehen zwei Sätze. Das ist falsch.
";
    let violations = check(sample);
    let found = |key: &str, rule: Rule| violations.iter().any(|v| v.key == key && v.rule == rule);
    let expected = [
        ("long", Rule::LongSentence),
        ("two", Rule::TwoSentencesOnOneLine),
        ("word", Rule::UnsplitLongWord),
        ("bracket", Rule::SemicolonOrBracket),
        ("semicolon", Rule::SemicolonOrBracket),
        ("subjunctive", Rule::Subjunctive),
        ("number", Rule::NumberWord),
        ("abbreviation", Rule::Abbreviation),
        ("preposition", Rule::PrepositionBeforeNoun),
        ("glossary", Rule::GlossaryReplaces),
        ("glossary", Rule::GlossaryReplaces),
        ("multi", Rule::TwoSentencesOnOneLine),
        ("multi", Rule::NumberWord),
    ];
    for (key, rule) in expected {
        assert!(
            found(key, rule),
            "`{key}` should be reported for: {rule}; got {violations:#?}"
        );
    }
    assert_eq!(
        violations.len(),
        expected.len(),
        "unexpected reports: {violations:#?}"
    );
}

#[test]
fn checker_catches_each_abbreviation_and_subjunctive_spelling() {
    for text in ["z. B.", "z.B.", "d. h.", "D.h.", "usw.", "bzw."] {
        let violations = check(&format!("key = Geld {text} Auto"));
        assert!(
            violations.iter().any(|v| v.rule == Rule::Abbreviation),
            "`{text}` not reported: {violations:#?}"
        );
    }
    for word in SUBJUNCTIVES.iter().chain(NUMBER_WORDS) {
        let capitalised: String = word
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(word.chars().skip(1))
            .collect();
        assert!(
            !check(&format!("key = {capitalised} gut.")).is_empty(),
            "`{capitalised}` not reported"
        );
    }
}

#[test]
fn checker_accepts_dates_ordinals_initials_placeholders_and_split_words() {
    let sample = "\
error = {\"Fehler: \"}
date = Zum Beispiel 20.11.2026
first = Das Datum vom 1. Treffen.
alias = Zum Beispiel Herr K. aus dem Verein Lotse e.V. hier.
count = { $count } Personen im Netz·werk.
date-after-preposition = Der Rück·blick ist am { $date }.
noun-as-title =
    Zur nächsten Seite:
    { $step }
quoted = Wählen Sie „Noch einmal speichern“.
question =
    Woran merken Sie:
    Ich habe mein Ziel geschafft?
ten = Sie schreiben hier 1 Satz mit genau 10 Wörtern auf.
link = Mehr unter https://www.leichte-sprache.org/die-regeln-fuer-leichte-sprache
dash = –
";
    let violations = check(sample);
    assert!(violations.is_empty(), "false reports: {violations:#?}");
}
