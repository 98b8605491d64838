#![cfg(not(target_arch = "wasm32"))]
//! Mechanical checks of the Leichte Sprache texts in `locales/de-leicht.ftl`.
//!
//! Leichte Sprache follows the rules of the Netzwerk Leichte Sprache and DIN SPEC 33429.
//! Most of those rules need a human reader (common words, explained hard words, one
//! statement per sentence), and the texts must still be checked by a Leichte Sprache
//! reader. The rules below can be checked by a program, some of them only roughly, and
//! this test fails on every breach, listing each with its key and the offending text:
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
//!    `·` (`Netz·werk·karte`). Placeholders, URLs and the words in [`LONG_WORDS`] are
//!    exempt. A hyphen does not split a word for this rule.
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
//!    as a word, as a part of one split with `·`, or with its `·` left out.
//! 10. **Not copied from standard German:** a text of 3 or more words differs from the
//!     text of its key in `locales/de.ftl`, compared without `·` and with its lines and
//!     spaces joined to single spaces, so that adding `·` or line breaks is no rewrite.
//!     Shorter texts ("Abbrechen", "Lotse") and the keys in [`SAME_AS_GERMAN`] may be the
//!     same.
//! 11. **The Mediopunkt splits words, not prefixes:** a `·` stands at the seam of a
//!     compound (`Netz·werk`), never right after a prefix of [`INSEPARABLE_PREFIXES`]
//!     (`Ver·schlüsselung`) or a particle of [`PARTICLES`] (`dazu·schreiben`). A particle
//!     that is a preposition can form a noun with a noun, so a particle may stand before a
//!     `·` in a noun (a capitalised word, not an order such as "Unter·schreiben Sie") when
//!     the part after the `·` has [`COMPOUND_PART`] or more letters and does not end in
//!     "-ung" or "-ungen" (`Unter·schrift`, `Über·sicht`). A noun in "-ung" is made from
//!     the particle verb and no compound: `Ein·stellungen` comes from "einstellen", not
//!     from "ein" + "Stellungen". A noun made from an infinitive (`Ein·stellen`) is not
//!     told apart from a plural (`Unter·schriften`) and passes. A long word without a seam
//!     is written shorter, or stands in [`LONG_WORDS`].
//! 12. **No passive:** no form of "werden" ([`WERDEN`]) with a past participle in one
//!     sentence. A participle is in [`PARTICIPLES`], or is a lower-case word, also after a
//!     particle ("aufgeschrieben", "aufbewahrt"), save [`NOT_PARTICIPLES`], that
//!     - ends in "-iert" ("exportiert", "kopiert"), or
//!     - starts with a prefix of [`INSEPARABLE_PREFIXES`] (ge-, be-, ver-, er-, ent-, …)
//!       and ends in "t", with a vowel in between ("gelöscht", "bezahlt"; not "erst"), or
//!     - starts with "ge" and ends in "en" ("geschrieben").
//!
//!     The future also puts an infinitive after "werden", and an infinitive that starts
//!     with "ge" ends in "en" like a participle ("Das wird Ihnen gefallen"). So, as a
//!     heuristic, a word of [`GE_INFINITIVES`] (the verbs with the prefix ge-, and geben,
//!     gehen, gelten) is no participle when the sentence has a present form of "werden"
//!     ([`FUTURE_WERDEN`]), which the future needs; after "wurde" or "worden" it is one
//!     ("Ihnen wurde geraten"). Strong participles with another prefix ("vergessen") are
//!     not told apart from infinitives and pass, unless listed in [`PARTICIPLES`].
//! 13. **No genitive:** none of [`GENITIVES`] ("des", "Ihres"), and none of
//!     [`GENITIVE_ARTICLES`] ("der", "Ihrer", "einer", "aller" …) between two nouns
//!     ("Sicht der Fach·kraft", "die Namen Ihrer Ziele", "Name der { $kind }"). Lower-case
//!     words (adjectives) may stand before the second noun ("der neuen Ziele"), and a
//!     placeholder counts as a noun there. A lower-case word, a comma or a capitalised word
//!     in [`NOT_NOUNS`] or [`PREPOSITIONS`] ("Sie", "Ist", "Mit") before the article is no
//!     noun, nor is the first word of a question, which is its verb ("Stimmt der Name?").
//!     A dative right after a noun ("das Tablet der Fach·kraft") is reported too, so the
//!     person comes first ("der Fach·kraft das Tablet").
//! 14. **No double negation:** at most one of the words in [`NEGATIONS`] per sentence.
//! 15. **A count has its singular and plural:** a number placeholder
//!     ([`NUMBER_PLACEHOLDERS`]) followed by a noun ("{ $count } Fälle"), also with
//!     lower-case words (adjectives) in between ("{ $count } neue Fälle"), stands in a pair
//!     of keys `…-one` and `…-other` with different texts, which `I18n::count` picks from
//!     (`build.rs` compiles no Fluent select expressions). A preposition, a placeholder or
//!     punctuation after the number ends the search, and a capitalised word of
//!     [`NOT_NOUNS`] ("haben Sie") is no noun. A number after its noun ("Seite { $page }
//!     von { $pages }") and the keys in [`NEVER_ONE`] need no pair.
//!
//! The file is read the way Lotse writes it: a message starts with `key =` at column 0,
//! its continuation lines are indented, `#` comments and blank lines are skipped,
//! `{ $name }` is a placeholder and `{"text"}` stands for its text. Select expressions
//! are not parsed, as Lotse does not use them; their brackets break rule 4.

use std::fmt;

/// Words of 13 or more letters that may stay unsplit, in lower case, with the reason
/// (rule 3). Add a word only if it has no seam between two words (rule 11) and no
/// shorter or plainer word says the same.
const LONG_WORDS: &[(&str, &str)] = &[
    (
        "einstellungen",
        "the name of the settings page that the reader looks for on the device",
    ),
    (
        "unterschreiben",
        "a verb, so unter- may not be split off (rule 11), and no plainer word says sign",
    ),
];

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
    (
        "fassung",
        "Ziel·vereinbarung Nummer … oder der Fall aus diesem Fenster",
    ),
    ("verschlüsseln", "schützen"),
    ("verschlüsselt", "geschützt"),
    ("verschlüsselung", "Schutz mit Passwort"),
    ("sicherung", "Datei"),
];

/// Keys whose text of 3 or more words may be the same as in standard German (rule 10),
/// with the reason.
const SAME_AS_GERMAN: &[(&str, &str)] = &[
    ("will-own-action-label", METHOD_QUESTION),
    ("review-now-title", METHOD_QUESTION),
    ("review-will-label", METHOD_QUESTION),
    ("review-ratings-title", METHOD_QUESTION),
    (
        "sector-friends",
        "the name of a sector of the network map, already in common words",
    ),
    (
        "agreement-document-title",
        "the title of the printed agreement: the glossary word and a name, already plain",
    ),
];

/// Why a question of the method stays as it is: the caseworker asks it word for word, in
/// either language, and the client reads the same words.
const METHOD_QUESTION: &str = "a question of the method, the same words in both languages";

/// Prefixes that never stand alone in a verb (rule 11), in lower case.
const INSEPARABLE_PREFIXES: &[&str] = &["be", "emp", "ent", "er", "ge", "miss", "ver", "zer"];

/// Particles that a verb can drop ("schreibt … auf"), and "aller" (rules 11 and 12), in
/// lower case. In a compound they are no word of their own: "rück" (`Rück·blick`) is one.
const PARTICLES: &[&str] = &[
    "ab", "aller", "an", "auf", "aus", "dazu", "durch", "ein", "her", "hin", "mit", "nach", "über",
    "um", "unter", "vor", "weg", "weiter", "wieder", "zu", "zurück",
];

/// The forms of "werden" (rule 12).
const WERDEN: &[&str] = &[
    "werden", "werde", "wirst", "wird", "werdet", "wurde", "wurden", "worden", "geworden",
];

/// Past participles of the shape rule 12 cannot tell from an infinitive: prefix + "-en".
const PARTICIPLES: &[&str] = &["übernommen", "überschrieben"];

/// The forms of "werden" that can make the future ("wird … gefallen"); "wurde" and
/// "worden" cannot (rule 12).
const FUTURE_WERDEN: &[&str] = &["werden", "werde", "wirst", "wird", "werdet"];

/// Words that look like past participles but are none (rule 12): a preposition, a verb in
/// the present ("Das gehört Ihnen") and adverbs or adjectives.
const NOT_PARTICIPLES: &[&str] = &[
    "gegen", "gehört", "bereit", "bestimmt", "bekannt", "gerecht", "gesamt", "erneut",
];

/// Infinitives that start with "ge" and end in "en" like a participle (rule 12): the
/// verbs with the prefix "ge-" and "geben", "gehen", "gelten". After a form of
/// [`FUTURE_WERDEN`] they are the future ("Das wird Ihnen gefallen"), not the passive.
const GE_INFINITIVES: &[&str] = &[
    "geben",
    "gehen",
    "gelten",
    "gebären",
    "gebieten",
    "gebrauchen",
    "gedeihen",
    "gedenken",
    "gefallen",
    "gefährden",
    "gehorchen",
    "gehören",
    "gelangen",
    "geleiten",
    "gelingen",
    "genehmigen",
    "genesen",
    "genießen",
    "genügen",
    "geraten",
    "geschehen",
    "gestalten",
    "gestatten",
    "gestehen",
    "gewähren",
    "gewinnen",
    "gewöhnen",
];

/// Genitive articles and pronouns (rule 13), in lower case.
const GENITIVES: &[&str] = &[
    "des", "eines", "meines", "deines", "seines", "ihres", "unseres", "eures", "dessen", "deren",
    "wessen",
];

/// Capitalised words that are no nouns, so a "der" after them is no genitive (rule 13):
/// pronouns, question words, and words that start a sentence or question.
const NOT_NOUNS: &[&str] = &[
    "sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ich", "er", "es", "wir", "das",
    "die", "dem", "den", "wer", "was", "wie", "wo", "wann", "warum", "welche", "dann", "da",
    "hier", "jetzt", "heute", "nur", "auch", "oder", "und", "aber", "wenn", "so", "bitte",
    "danach", "zuerst", "zuletzt", "ist", "sind", "hat", "haben", "kann", "können", "darf", "soll",
    "muss", "gibt", "war", "wird", "macht", "geht",
];

/// Articles and pronouns that make a genitive between two nouns (rule 13): "Sicht der
/// Fach·kraft", "die Namen Ihrer Ziele", "eine Liste aller Fälle".
const GENITIVE_ARTICLES: &[&str] = &[
    "der", "ihrer", "einer", "meiner", "deiner", "seiner", "unserer", "aller",
];

/// Negation words (rule 14), in lower case.
const NEGATIONS: &[&str] = &[
    "nicht",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "keiner",
    "keines",
    "nie",
    "niemals",
    "niemand",
    "niemanden",
    "nichts",
    "nirgends",
    "ohne",
    "weder",
];

/// Placeholders that stand for a number (rule 15).
const NUMBER_PLACEHOLDERS: &[&str] = &[
    "count",
    "goals",
    "steps",
    "resources",
    "contacts",
    "shown",
    "total",
    "minutes",
    "kinds",
    "owners",
    "page",
    "pages",
    "part",
    "parts",
    "number",
    "n",
    "line",
    "column",
    "version",
    "next",
    "first",
    "client",
    "caseworker",
];

/// Keys that show a count before a noun which is never 1, with the reason (rule 15).
const NEVER_ONE: &[(&str, &str)] = &[
    (
        "case-list-recent",
        "shown only with more cases than the 20 newest (RECENT_CASES)",
    ),
    (
        "case-list-all-link",
        "shown only with more cases than the 20 newest (RECENT_CASES)",
    ),
    (
        "lock-after-minutes",
        "the choices are 2 to 60 minutes (IDLE_CHOICES)",
    ),
];

/// The most words a sentence may have (rule 1).
const MAX_WORDS: usize = 10;

/// The length, in letters, from which a word must be split with `·` (rule 3).
const LONG_WORD: usize = 13;

/// The fewest letters of a noun after a particle and `·` in a compound (rule 11).
const COMPOUND_PART: usize = 4;

/// The fewest words from which a text must differ from standard German (rule 10).
const COPY_WORDS: usize = 3;

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
    CopiedFromGerman,
    PrefixSplit,
    Passive,
    Genitive,
    DoubleNegation,
    CountWithoutPair,
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
            Rule::CopiedFromGerman => "text of 3 or more words copied from standard German",
            Rule::PrefixSplit => "· right after a prefix or particle",
            Rule::Passive => "passive",
            Rule::Genitive => "genitive",
            Rule::DoubleNegation => "two negations in one sentence",
            Rule::CountWithoutPair => "count before a noun without a -one/-other pair",
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

/// The name of the placeholder a token starts with, without trailing punctuation.
fn placeholder_name(token: &str) -> Option<&str> {
    token
        .strip_prefix(PLACEHOLDER)
        .map(|name| name.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '_'))
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

/// Whether the token's first letter is a capital (after opening quotes).
fn is_capitalised(token: &str) -> bool {
    !is_placeholder(token)
        && token
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
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

/// The sentences of a line's tokens (rule 2); words after the last sentence end form one.
fn split_sentences<'a>(tokens: &[&'a str]) -> Vec<Vec<&'a str>> {
    let mut sentence: Vec<&str> = Vec::new();
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    for &token in tokens {
        sentence.push(token);
        if ends_sentence(token) {
            sentences.push(std::mem::take(&mut sentence));
        }
    }
    if sentence.iter().any(|t| is_word(t)) {
        sentences.push(sentence);
    }
    sentences
}

/// Checks every message of a Fluent file against the mechanical Leichte Sprache rules,
/// all but rule 10, which needs the German file too ([`check_copied`]).
fn check(source: &str) -> Vec<Violation> {
    let messages = parse_messages(source);
    let mut violations = Vec::new();
    for message in &messages {
        for line in &message.lines {
            for (rule, text) in check_line(line) {
                violations.push(Violation {
                    key: message.key.clone(),
                    rule,
                    text: text.replace(PLACEHOLDER, "$"),
                });
            }
        }
        if let Some(problem) = count_without_pair(message, &messages) {
            violations.push(Violation {
                key: message.key.clone(),
                rule: Rule::CountWithoutPair,
                text: problem.replace(PLACEHOLDER, "$"),
            });
        }
    }
    violations
}

/// The breaches of one line: each rule that applies to a line, a sentence or a word.
fn check_line(line: &str) -> Vec<(Rule, String)> {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let sentences = split_sentences(&tokens);
    let mut found: Vec<(Rule, String)> = Vec::new();

    if sentences.len() > 1 {
        found.push((Rule::TwoSentencesOnOneLine, line.to_string()));
    }
    if line.contains([';', '(', ')', '[', ']', '{', '}']) {
        found.push((Rule::SemicolonOrBracket, line.to_string()));
    }
    for sentence in &sentences {
        let text = sentence.join(" ");
        if sentence.iter().filter(|t| is_word(t)).count() > MAX_WORDS {
            found.push((Rule::LongSentence, text.clone()));
        }
        if is_passive(sentence) {
            found.push((Rule::Passive, text.clone()));
        }
        if negations(sentence) > 1 {
            found.push((Rule::DoubleNegation, text.clone()));
        }
        for genitive in genitive_der(sentence) {
            found.push((Rule::Genitive, genitive));
        }
    }
    for (i, &token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).copied();
        let word = bare(token);
        if is_unsplit_long_word(token) {
            found.push((Rule::UnsplitLongWord, token.to_string()));
        }
        if SUBJUNCTIVES.contains(&word.as_str()) {
            found.push((Rule::Subjunctive, token.to_string()));
        }
        if NUMBER_WORDS.contains(&word.as_str()) {
            found.push((Rule::NumberWord, token.to_string()));
        }
        if is_abbreviation(token, next) {
            found.push((Rule::Abbreviation, token.to_string()));
        }
        if let Some(instead) = glossary_replacement(&word) {
            found.push((Rule::GlossaryReplaces, format!("{token} (say: {instead})")));
        }
        if let Some(next) = next.filter(|next| is_preposition_before_noun(&word, next)) {
            found.push((Rule::PrepositionBeforeNoun, format!("{token} {next}")));
        }
        if is_prefix_split(token, next) {
            found.push((Rule::PrefixSplit, token.to_string()));
        }
        if GENITIVES.contains(&word.as_str()) {
            found.push((Rule::Genitive, token.to_string()));
        }
    }
    found
}

/// Rule 3: a long word without a Mediopunkt, unless it is a placeholder, a URL or allowed.
fn is_unsplit_long_word(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    let word = bare(token);
    letters >= LONG_WORD
        && !token.contains('·')
        && !is_placeholder(token)
        && !is_url(token)
        && !LONG_WORDS.iter().any(|(allowed, _)| *allowed == word)
}

/// Rule 7: an abbreviation, spaced ("z. B.") or not ("z.B.", "usw.").
fn is_abbreviation(token: &str, next: Option<&str>) -> bool {
    let word = bare(token);
    let letters_only: String = token
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let joined = token.contains('.') && matches!(letters_only.as_str(), "zb" | "dh");
    let spaced = token.ends_with('.')
        && next.is_some_and(|next| {
            let next_word = bare(next);
            next.contains('.')
                && ((word == "z" && next_word == "b") || (word == "d" && next_word == "h"))
        });
    joined || spaced || matches!(word.as_str(), "usw" | "bzw")
}

/// Rule 9: the word to say instead, if the glossary replaces this word, one of its parts
/// split with `·`, or the word with its `·` left out.
fn glossary_replacement(word: &str) -> Option<&'static str> {
    let joined = word.replace('·', "");
    GLOSSARY_REPLACES
        .iter()
        .find(|(replaced, _)| joined == *replaced || word.split('·').any(|p| p == *replaced))
        .map(|(_, instead)| *instead)
}

/// Rule 8: a preposition right before a placeholder that stands for a noun.
fn is_preposition_before_noun(word: &str, next: &str) -> bool {
    PREPOSITIONS.contains(&word)
        && placeholder_name(next).is_some_and(|name| NOUN_PLACEHOLDERS.contains(&name))
}

/// Rule 11: a `·` right after a prefix, or right after a particle unless the particle
/// forms a noun compound (see [`is_particle_compound`]).
fn is_prefix_split(token: &str, next: Option<&str>) -> bool {
    let word = bare(token);
    let parts: Vec<&str> = word.split('·').collect();
    (0..parts.len() - 1).any(|i| {
        INSEPARABLE_PREFIXES.contains(&parts[i])
            || (PARTICLES.contains(&parts[i]) && !is_particle_compound(token, next, parts[i + 1]))
    })
}

/// Rule 11: whether a particle before a `·` is a preposition that forms a noun with the
/// word after it (`Unter·schrift`, `Über·sicht`): the token is a noun (capitalised, and
/// not a verb that starts an order, "Unter·schreiben Sie"), and the part after the `·`
/// is a noun-like word of [`COMPOUND_PART`] or more letters that is no noun made from the
/// particle verb with "-ung" (`Ein·stellung` comes from "einstellen", not "ein" +
/// "Stellung").
fn is_particle_compound(token: &str, next: Option<&str>, after: &str) -> bool {
    let order = next.is_some_and(|next| bare(next) == "sie");
    is_capitalised(token)
        && !order
        && after.chars().count() >= COMPOUND_PART
        && !after.ends_with("ung")
        && !after.ends_with("ungen")
}

/// Rule 12: a form of "werden" and a past participle in one sentence.
fn is_passive(sentence: &[&str]) -> bool {
    let words: Vec<String> = sentence.iter().map(|t| bare(t)).collect();
    if !words.iter().any(|w| WERDEN.contains(&w.as_str())) {
        return false;
    }
    let may_be_future = words.iter().any(|w| FUTURE_WERDEN.contains(&w.as_str()));
    sentence.iter().zip(&words).any(|(token, word)| {
        !WERDEN.contains(&word.as_str()) && is_participle(token, word, may_be_future)
    })
}

/// Whether a word looks like a past participle (rule 12, see there). With
/// `may_be_future`, a word in [`GE_INFINITIVES`] is taken as the infinitive of the future.
fn is_participle(token: &str, word: &str, may_be_future: bool) -> bool {
    let word = word.replace('·', "");
    if PARTICIPLES.contains(&word.as_str()) {
        return true;
    }
    if is_capitalised(token) || is_placeholder(token) || NOT_PARTICIPLES.contains(&word.as_str()) {
        return false;
    }
    let after_particle = PARTICLES.iter().filter_map(|p| word.strip_prefix(p));
    std::iter::once(word.as_str())
        .chain(after_particle)
        .filter(|stem| !NOT_PARTICIPLES.contains(stem))
        .any(|stem| {
            let weak = stem.ends_with('t')
                && (stem.ends_with("iert") && stem.chars().count() >= 6
                    || INSEPARABLE_PREFIXES.iter().any(|prefix| {
                        stem.strip_prefix(prefix).is_some_and(|rest| {
                            rest.chars().count() >= 3
                                && rest.contains(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü'])
                        })
                    }));
            let strong = stem.starts_with("ge")
                && stem.ends_with("en")
                && stem.chars().count() >= 5
                && !(may_be_future && GE_INFINITIVES.contains(&stem));
            weak || strong
        })
}

/// Rule 13: each [`GENITIVE_ARTICLES`] word between two nouns in a sentence, as "noun der
/// noun". Lower-case words (adjectives) may stand before the second noun, and a
/// placeholder counts as one ("Name der { $kind }"). A question that starts with its verb
/// ("Stimmt der Name?") has no noun before "der".
fn genitive_der(sentence: &[&str]) -> Vec<String> {
    let is_noun = |token: &str| {
        let word = bare(token);
        is_capitalised(token)
            && token.ends_with(|c: char| c.is_alphanumeric())
            && !NOT_NOUNS.contains(&word.as_str())
            && !PREPOSITIONS.contains(&word.as_str())
    };
    let question = sentence.last().is_some_and(|t| t.ends_with('?'));
    let mut found = Vec::new();
    for i in 1..sentence.len() {
        let article = bare(sentence[i]);
        if !GENITIVE_ARTICLES.contains(&article.as_str())
            || !sentence[i].ends_with(|c: char| c.is_alphanumeric())
            || !is_noun(sentence[i - 1])
            || (i == 1 && question)
        {
            continue;
        }
        // The next word that is no plain lower-case word (an adjective such as "neuen").
        let noun = (i + 1..sentence.len())
            .find(|&n| {
                let t = sentence[n];
                is_placeholder(t)
                    || is_capitalised(t)
                    || !t.ends_with(|c: char| c.is_alphanumeric())
            })
            .filter(|&n| is_placeholder(sentence[n]) || is_capitalised(sentence[n]));
        if let Some(n) = noun {
            found.push(sentence[i - 1..=n].join(" "));
        }
    }
    found
}

/// Rule 14: how many negation words a sentence has.
fn negations(sentence: &[&str]) -> usize {
    sentence
        .iter()
        .filter(|t| NEGATIONS.contains(&bare(t).as_str()))
        .count()
}

/// Rule 15: what is wrong with a message that shows a count before a noun, if anything.
fn count_without_pair(message: &Message, messages: &[Message]) -> Option<String> {
    let counted = message.lines.iter().find_map(|line| counted_noun(line))?;
    if NEVER_ONE.iter().any(|(key, _)| *key == message.key) {
        return None;
    }
    let pair = if let Some(stem) = message.key.strip_suffix("-one") {
        format!("{stem}-other")
    } else if let Some(stem) = message.key.strip_suffix("-other") {
        format!("{stem}-one")
    } else {
        return Some(format!("{counted} (no -one/-other key)"));
    };
    match messages.iter().find(|m| m.key == pair) {
        None => Some(format!("{counted} (no {pair})")),
        Some(other) if other.lines == message.lines => {
            Some(format!("{counted} (same text as {pair})"))
        }
        Some(_) => None,
    }
}

/// A number placeholder and the noun after it on a line, such as "$count Fälle" or, with
/// adjectives between them, "$count neue Fälle". Lower-case words are skipped up to the
/// next capitalised word, but not a preposition ("$shown von $total"), a placeholder, or a
/// word with punctuation, where the number ends.
fn counted_noun(line: &str) -> Option<String> {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    tokens.iter().enumerate().find_map(|(i, token)| {
        let name = token.strip_prefix(PLACEHOLDER)?;
        if !NUMBER_PLACEHOLDERS.contains(&name) {
            return None;
        }
        let mut end = i + 1;
        while let Some(next) = tokens.get(end) {
            if is_capitalised(next) {
                let word = bare(next);
                return (!NOT_NOUNS.contains(&word.as_str())).then(|| tokens[i..=end].join(" "));
            }
            let plain = next.ends_with(|c: char| c.is_alphanumeric());
            if is_placeholder(next) || !plain || PREPOSITIONS.contains(&bare(next).as_str()) {
                return None;
            }
            end += 1;
        }
        None
    })
}

/// Rule 10: each text of 3 or more words that is the same as the German text of its key.
fn check_copied(easy: &str, german: &str) -> Vec<Violation> {
    let german = parse_messages(german);
    parse_messages(easy)
        .into_iter()
        .filter(|message| {
            let words = message
                .lines
                .iter()
                .flat_map(|line| line.split_whitespace())
                .filter(|t| is_word(t))
                .count();
            words >= COPY_WORDS
                && !SAME_AS_GERMAN.iter().any(|(key, _)| *key == message.key)
                && german.iter().any(|g| {
                    g.key == message.key && normalised(&g.lines) == normalised(&message.lines)
                })
        })
        .map(|message| Violation {
            text: message.lines.join(" / ").replace(PLACEHOLDER, "$"),
            key: message.key,
            rule: Rule::CopiedFromGerman,
        })
        .collect()
}

/// A text for comparing with standard German (rule 10): without `·`, its lines joined,
/// and each run of whitespace one space.
fn normalised(lines: &[String]) -> String {
    lines
        .iter()
        .flat_map(|line| line.split_whitespace())
        .map(|token| token.replace('·', ""))
        .filter(|token| !token.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn read_locale(name: &str) -> String {
    let path = format!("{}/locales/{name}.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn easy_language_source() -> String {
    read_locale("de-leicht")
}

#[test]
fn easy_language_file_follows_the_mechanical_rules() {
    let easy = easy_language_source();
    let mut violations = check(&easy);
    violations.extend(check_copied(&easy, &read_locale("de")));
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

/// The keys of a sample that are reported for `rule`, in order.
fn keys_for(rule: Rule, violations: &[Violation]) -> Vec<&str> {
    violations
        .iter()
        .filter(|v| v.rule == rule)
        .map(|v| v.key.as_str())
        .collect()
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
preposition = Aufschreiben bei { $kind }
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
count-one = { $count } Person im Netz·werk.
count-other = { $count } Personen im Netz·werk.
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

#[test]
fn rule_10_reports_a_longer_text_copied_from_german() {
    let german = "\
copied = Die Datei ist leer.
cancel = Abbrechen
two-words = Passwort ändern
rewritten = Passwort der Datei
review-now-title = Was wollen Sie jetzt?
dotted = Ziel ohne Lebensbereich.
broken = Zurück an die Fachkraft
";
    let easy = "\
copied = Die Datei ist leer.
cancel = Abbrechen
two-words = Passwort ändern
rewritten = Passwort für die Datei
review-now-title = Was wollen Sie jetzt?
dotted = Ziel ohne Lebens·bereich.
broken =
    Zurück an die
    Fach·kraft
";
    let violations = check_copied(easy, german);
    assert_eq!(
        keys_for(Rule::CopiedFromGerman, &violations),
        ["copied", "dotted", "broken"]
    );
}

#[test]
fn rule_11_reports_a_mediopunkt_after_a_prefix() {
    let sample = "\
settings = Öffnen Sie die Ein·stellungen.
particle = Noch einen Satz dazu·schreiben
prefix = Die Ver·schlüsselung ist an.
verb = Sie können die Uhr ein·stellen.
order = Unter·schreiben Sie hier.
compounds = Die Vorlese·stimme liest die Netz·werk·karte vor.
review = Der Rück·blick und die Unter·schrift.
noun-compounds = Die Über·sicht und die Unter·schriften.
";
    let violations = check(sample);
    assert_eq!(
        keys_for(Rule::PrefixSplit, &violations),
        ["settings", "particle", "prefix", "verb", "order"]
    );
}

#[test]
fn rule_12_reports_the_passive_but_not_the_future() {
    let sample = "\
deleted = Das wird gelöscht:
without-ge = Die Fälle werden verschlüsselt.
particle = Der Satz wurde aufgeschrieben.
iert = Die Datei wird exportiert.
prefix = Die Rechnung wird bezahlt.
particle-prefix = Der Fall wird aufbewahrt.
past = Ihnen wurde zur Ruhe geraten.
future = Lotse wird Ihnen die Datei geben.
future-ge = Das wird Ihnen gefallen.
future-ge-verb = Sie werden Ihr Leben selbst gestalten.
adverb = Das wird bestimmt gut.
only-then = Das wird erst morgen fertig.
verb = Was soll anders werden?
state = Der Fall ist gelöscht.
become = Was ist aus dem Schritt geworden?
";
    let violations = check(sample);
    assert_eq!(
        keys_for(Rule::Passive, &violations),
        [
            "deleted",
            "without-ge",
            "particle",
            "iert",
            "prefix",
            "particle-prefix",
            "past"
        ]
    );
}

#[test]
fn rule_13_reports_the_genitive_but_not_a_dative_or_nominative_der() {
    let sample = "\
article = Die Nummer des Falls ist falsch.
pronoun = Das Passwort Ihres Geräts.
noun-der-noun = Sicht der Fach·kraft
dative-after-noun = Bitte geben Sie das Tablet der Fach·kraft.
pronoun-after-noun = Hier stehen die Namen Ihrer Ziele.
all = Eine Liste aller Fälle
one = Der Name einer Datei
placeholder = Name der { $kind }
adjective = Die Namen der neuen Ziele
start = Der Fall ist hier.
dative = Bitte geben Sie der Fach·kraft das Tablet.
question = Ist der Schritt fertig?
preposition = Mit der Karte geht es.
pronoun-before = Zeigen Sie es der Person.
verb-first = Stimmt der Name?
verb-first-longer = Fehlt der Schritt noch?
preposition-einer = Mit einer Datei geht es.
pronoun-ihrer = Sagen Sie es Ihrer Fach·kraft.
";
    let violations = check(sample);
    assert_eq!(
        keys_for(Rule::Genitive, &violations),
        [
            "article",
            "pronoun",
            "noun-der-noun",
            "dative-after-noun",
            "pronoun-after-noun",
            "all",
            "one",
            "placeholder",
            "adjective"
        ]
    );
}

#[test]
fn rule_14_reports_two_negations_in_one_sentence() {
    let sample = "\
without-nobody = Ohne Passwort kann niemand die Fälle lesen.
nothing-twice = Lotse kürzt nichts und ändert nichts.
one = Nur mit dem Passwort können Sie die Fälle lesen.
two-sentences =
    Lotse kürzt nichts.
    Lotse ändert nichts.
";
    let violations = check(sample);
    assert_eq!(
        keys_for(Rule::DoubleNegation, &violations),
        ["without-nobody", "nothing-twice"]
    );
}

#[test]
fn rule_15_reports_a_count_without_its_singular_and_plural() {
    let sample = "\
alone = { $count } Fälle
adjective = { $count } neue Fälle
same-one = { $count } Fall
same-other = { $count } Fall
half-one = { $count } Fall
pair-one = { $count } Fall ist da.
pair-other = { $count } Fälle sind da.
place = Seite { $page } von { $pages }
label =
    Ziele:
    { $goals }
number-ends = Das sind { $count }.
verb-after = Es sind { $count } mehr als gestern.
pronoun-after = Noch { $count } haben Sie.
not-a-number = { $alias } Fälle
case-list-all-link = Alle { $total } Fälle zeigen
";
    let violations = check(sample);
    assert_eq!(
        keys_for(Rule::CountWithoutPair, &violations),
        ["alone", "adjective", "same-one", "same-other", "half-one"]
    );
}
