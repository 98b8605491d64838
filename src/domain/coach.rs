//! Gentle coaching on the wording of a will statement.
//!
//! In the *Fachkonzept Sozialraumorientierung* a will statement (*Wille*) says what the client
//! wants and does themselves ("Ich will wieder arbeiten"). A *Wunsch* instead asks others to act
//! ("Die vom Amt sollen mir endlich das Geld überweisen", "Jemand soll mir helfen"). When a
//! statement reads like such a wish, the app asks "Was machen Sie selbst dafür?". It never
//! blocks, so this recogniser is a cheap rule of thumb over German wording, not a parser: a
//! false alarm costs one friendly question, a miss costs nothing.
//!
//! How it reads a statement:
//!
//! 1. The text is lower-cased once (a decomposed umlaut such as `u` + U+0308 is folded into `ü`
//!    on the way, so pasted text from other systems matches too).
//! 2. It is cut into sentences at `. ! ? ;`, sentences into clauses at `, :`, line breaks,
//!    brackets and dashes, and clauses into *sub-clauses* at `aber / sondern / und / oder / denn`
//!    unless that conjunction joins the client to someone else ("ich und meine Frau").
//! 3. Words are the runs of alphanumeric characters (German `äöüß` count as letters).
//! 4. Every modal `soll / sollen / sollte / sollten / muss / müssen / müsste / müssten` whose
//!    subject is not the client is checked for a third party (`jemand`, `man`, `das Amt`, `die`,
//!    `mein Mann` …) or for the client being the beneficiary (`mir`, `uns`, `meine` …).
//! 5. Across a whole sentence, "ich brauche jemanden, der …" and `ich will, dass <jemand> …` are
//!    recognised as well.

/// Whether a will statement asks others to act (a *Wunsch*) rather than saying what the client will do (a *Wille*).
///
/// Case-insensitive, accepts any Unicode text and never panics. Empty or non-German text is not
/// a wish. See the module documentation for the rules.
///
/// ```
/// use lotse::domain::coach::asks_others_to_act;
///
/// assert!(asks_others_to_act("Die vom Amt sollen mir endlich das Geld überweisen."));
/// assert!(asks_others_to_act("Ich brauche jemanden, der mir die Formulare ausfüllt."));
/// assert!(!asks_others_to_act("Ich will wieder arbeiten."));
/// assert!(!asks_others_to_act("Ich soll mehr Sport machen, sagt der Arzt."));
/// ```
pub fn asks_others_to_act(statement: &str) -> bool {
    let text = normalise(statement);
    // One buffer of word slices, reused for every sentence: the only allocation besides the
    // lower-cased copy. Clause boundaries are kept in it as empty strings (a word is never
    // empty), so the sentence rules can see a whole sentence and the clause rules one clause.
    let mut tokens: Vec<&str> = Vec::new();
    text.split(is_sentence_end).any(|sentence| {
        tokens.clear();
        for clause in sentence.split(is_clause_break) {
            tokens.push(CLAUSE_BREAK);
            tokens.extend(words(clause));
        }
        sentence_asks_others(&tokens)
    })
}

/// Marks a clause boundary inside a sentence's token list.
const CLAUSE_BREAK: &str = "";

/// Lower-cases `statement`, folding a combining diaeresis into the vowel before it.
///
/// Text copied from macOS or PDFs often spells `ü` as `u` + U+0308; without folding, `müssen`
/// would fall apart into the words `mu` and `ssen`.
fn normalise(statement: &str) -> String {
    let mut out = String::with_capacity(statement.len());
    for c in statement.chars() {
        if c == '\u{308}' {
            let folded = match out.chars().next_back() {
                Some('a') => Some('ä'),
                Some('o') => Some('ö'),
                Some('u') => Some('ü'),
                _ => None,
            };
            if let Some(umlaut) = folded {
                out.pop();
                out.push(umlaut);
                continue;
            }
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '…')
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | ':' | '\n' | '\r' | '(' | ')' | '"' | '„' | '“' | '”' | '–' | '—'
    )
}

fn words(clause: &str) -> impl Iterator<Item = &str> {
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// Applies the sentence-wide rules and then the clause rules to every sub-clause.
fn sentence_asks_others(tokens: &[&str]) -> bool {
    needs_someone_who(tokens)
        || wants_others_to(tokens)
        || tokens
            .split(|token| token.is_empty())
            .any(|clause| any_sub_clause(clause, modal_asks_others))
}

/// Calls `check` on each part of `clause` between coordinating conjunctions.
///
/// "Ich will arbeiten aber das Jobcenter soll …" has two subjects; splitting keeps the client's
/// `ich` from covering the Jobcenter's `soll`. A conjunction right next to `ich`/`wir` joins
/// noun phrases ("ich und meine Frau müssen …"), so it does not split.
fn any_sub_clause(clause: &[&str], mut check: impl FnMut(&[&str]) -> bool) -> bool {
    let mut start = 0;
    for (i, word) in clause.iter().enumerate() {
        let joins_client = (i > 0 && is_client(clause[i - 1]))
            || clause.get(i + 1).is_some_and(|next| is_client(next));
        if is_conjunction(word) && !joins_client {
            if check(&clause[start..i]) {
                return true;
            }
            start = i + 1;
        }
    }
    check(&clause[start..])
}

/// The clause rules: a modal verb whose subject is someone other than the client.
fn modal_asks_others(clause: &[&str]) -> bool {
    let Some(&first) = clause.first() else {
        return false;
    };
    // "was man machen muss", "wie das Amt helfen soll": an embedded question reports, it
    // does not demand.
    if is_interrogative(first) {
        return false;
    }
    let names_indefinite = clause.iter().any(|word| is_indefinite(word));
    let client_benefits = clause.iter().any(|word| is_client_object(word));
    // "Keiner muss mir helfen" declines help rather than asking for it.
    let negated_subject = clause.iter().any(|word| is_negated_subject(word));
    let last_possessive = clause.iter().rposition(|word| is_possessive(word));

    let mut client_before = false;
    for (i, &word) in clause.iter().enumerate() {
        if is_client(word) {
            client_before = true;
            continue;
        }
        if !is_modal(word) {
            continue;
        }
        let after = subject_after(clause, i);
        // "Ich muss …", "… weil ich meine Miete zahlen muss", "Das muss ich selbst machen":
        // the client is the one who shall or must.
        if client_before || after.is_some_and(is_client) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| clause[j]);
        // "Jemand soll …", "Dann soll mir eben jemand …", "Einer muss …" ("einer" only right
        // at the modal: elsewhere it is mostly an article, "in einer Woche").
        if names_indefinite || before == Some("einer") || after == Some("einer") {
            return true;
        }
        // "Das Jobcenter soll …", "Die vom Amt sollen …", "Mein Mann soll …".
        if before.is_some_and(is_actor) {
            return true;
        }
        // "Die sollen …", "Er muss …": a bare third-person pronoun opening the clause.
        if i == 1 && is_third_person_pronoun(first) {
            return true;
        }
        // "Uns muss die Stadt …", "Dann soll er …": the subject follows the modal.
        if names_third_party(&clause[i + 1..]) {
            return true;
        }
        // Anyone else who shall do something for the client: "Die Kinder sollen mir …",
        // "Das soll mir …". Not when the clause opens with the client ("Mir soll's recht
        // sein") or with an impersonal subject ("Es soll mir besser gehen"), and a possessive
        // only counts after the modal, because before it, it is part of the subject ("Meine
        // Tochter soll …").
        let opens_with_client_or_impersonal =
            is_client(first) || is_client_object(first) || matches!(first, "es" | "alles");
        if !opens_with_client_or_impersonal
            && !negated_subject
            && (client_benefits || last_possessive.is_some_and(|p| p > i))
        {
            return true;
        }
    }
    false
}

/// The first word after position `i` that is not an object pronoun: in "soll mir jemand
/// helfen" that is `jemand`, the subject of an inverted clause.
fn subject_after<'a>(clause: &[&'a str], i: usize) -> Option<&'a str> {
    clause
        .get(i + 1..)?
        .iter()
        .copied()
        .find(|word| !is_object_pronoun(word))
}

/// Whether the words right after a modal name a third party as its subject: `jemand`, a
/// personal pronoun, or a determiner with an actor noun ("die Stadt", "mein Mann").
fn names_third_party(after_modal: &[&str]) -> bool {
    let mut rest = after_modal
        .iter()
        .copied()
        .skip_while(|word| is_object_pronoun(word));
    match rest.next() {
        Some(word) if is_indefinite(word) || matches!(word, "er" | "sie") => true,
        Some(word) if is_determiner(word) => rest.take(2).any(is_actor),
        _ => false,
    }
}

/// "Ich brauche jemanden, der mir die Formulare ausfüllt", "Ich hätte gern jemanden, der …".
///
/// The relative pronoun has to follow the person directly: "Ich brauche eine Wohnung, die …"
/// needs no person, and in "Ich möchte jemanden kennenlernen, der …" the client acts.
fn needs_someone_who(tokens: &[&str]) -> bool {
    tokens.iter().enumerate().any(|(i, &token)| {
        if !is_need_verb(token) {
            return false;
        }
        let mut rest = tokens[i + 1..]
            .iter()
            .copied()
            .filter(|token| !token.is_empty())
            .skip_while(|word| is_need_filler(word));
        rest.next().is_some_and(is_person_wanted) && rest.next().is_some_and(is_relative_pronoun)
    })
}

/// "Ich will, dass mir jemand hilft", "Ich wünsche mir, dass meine Frau mir mehr hilft".
///
/// Finds a `dass` shortly after a verb of wanting and looks at the subject of the `dass`
/// clause: the client ("dass wir in der Wohnung bleiben") is a will, someone else a wish.
fn wants_others_to(tokens: &[&str]) -> bool {
    tokens.iter().enumerate().any(|(i, &token)| {
        if !matches!(token, "dass" | "daß") {
            return false;
        }
        // Six tokens back covers "ich wünsche mir so sehr, dass" plus a clause break.
        let wanted = tokens[i.saturating_sub(6)..i]
            .iter()
            .any(|word| is_want_verb(word));
        if !wanted {
            return false;
        }
        dass_clause_names_others(&tokens[i + 1..])
    })
}

/// Whether the subject of a `dass` clause is someone else, given the tokens after `dass`.
fn dass_clause_names_others(after_dass: &[&str]) -> bool {
    // A comma or line break may stand between `dass` and its subject ("dass mir,\n jemand"),
    // so breaks are skipped up to the subject; the clause then runs to the next break.
    let Some(start) = after_dass
        .iter()
        .position(|token| !token.is_empty() && !is_dass_filler(token))
    else {
        return false;
    };
    let clause = &after_dass[start..];
    let clause = clause
        .iter()
        .position(|token| token.is_empty())
        .map_or(clause, |end| &clause[..end]);
    let subject = clause[0];
    if is_indefinite(subject) || matches!(subject, "einer" | "er" | "sie" | "ihr") {
        return true;
    }
    if !is_determiner(subject) {
        // ich, wir, es, alles …: the client or an outcome.
        return false;
    }
    let next = clause.get(1).copied();
    // "dass die mir helfen", "dass die endlich zahlen": `die` stands alone, so it is a
    // pronoun for some people. A lone `das` is a thing ("dass das aufhört").
    if subject != "das" && is_pronoun_use(next) {
        return true;
    }
    // Article or possessive with a noun: a wish if the noun is an actor ("dass das Amt …",
    // "dass mein Mann …") or the client is the beneficiary ("dass die Nachbarn mir …");
    // "dass die Kinder es gut haben" is an outcome, like "Die Mädchen sollen nicht die Schule
    // wechseln".
    clause[1..].iter().take(3).any(|word| is_actor(word))
        || after_dass[..start]
            .iter()
            .chain(clause)
            .any(|word| is_client_object(word))
}

/// Whether a determiner is used as a pronoun, judging by what follows it.
fn is_pronoun_use(next: Option<&str>) -> bool {
    next.is_none_or(is_dass_filler)
}

/// The client as a subject.
fn is_client(word: &str) -> bool {
    matches!(word, "ich" | "wir")
}

/// The client as an object: who the others shall do something for.
fn is_client_object(word: &str) -> bool {
    matches!(word, "mir" | "uns" | "mich")
}

/// Modals that put an obligation on their subject. `will`, `möchte` and `kann` are left out:
/// they state a will or an ability, not a demand on someone.
fn is_modal(word: &str) -> bool {
    matches!(
        word,
        "soll"
            | "sollen"
            | "sollte"
            | "sollten"
            | "sollt"
            | "muss"
            | "müssen"
            | "müsste"
            | "müssten"
            | "müsst"
            // Old spelling and typing without umlauts.
            | "muß"
            | "müßte"
            | "müßten"
            | "muessen"
            | "muesste"
            | "muessten"
    )
}

/// Indefinite subjects: nobody in particular, so someone else.
fn is_indefinite(word: &str) -> bool {
    matches!(word, "jemand" | "irgendwer" | "irgendjemand" | "man")
}

fn is_negated_subject(word: &str) -> bool {
    matches!(word, "keiner" | "niemand")
}

/// Pronouns that, opening a clause before a modal, name third parties. `das` and `es` are
/// left out: they mostly stand for things ("Das soll schneller gehen").
fn is_third_person_pronoun(word: &str) -> bool {
    matches!(word, "die" | "der" | "sie" | "er" | "ihr")
}

fn is_object_pronoun(word: &str) -> bool {
    matches!(
        word,
        "mir" | "uns" | "mich" | "dir" | "dich" | "ihm" | "ihnen" | "euch" | "sich"
    )
}

fn is_possessive(word: &str) -> bool {
    matches!(
        word,
        "mein"
            | "meine"
            | "meinen"
            | "meinem"
            | "meiner"
            | "meines"
            | "unser"
            | "unsere"
            | "unseren"
            | "unserem"
            | "unserer"
            | "unseres"
    )
}

fn is_determiner(word: &str) -> bool {
    matches!(word, "die" | "der" | "das" | "den" | "dem") || is_possessive(word)
}

/// People and institutions a client typically expects to act. Children are deliberately
/// absent: "Die Mädchen sollen nicht die Schule wechseln" is about an outcome for the family.
fn is_actor(word: &str) -> bool {
    matches!(
        word,
        "amt"
            | "ämter"
            | "aemter"
            | "arbeitsamt"
            | "sozialamt"
            | "jugendamt"
            | "wohnungsamt"
            | "ausländeramt"
            | "jobcenter"
            | "arbeitsagentur"
            | "behörde"
            | "behörden"
            | "behoerde"
            | "behoerden"
            | "ausländerbehörde"
            | "stadt"
            | "gemeinde"
            | "staat"
            | "regierung"
            | "kasse"
            | "krankenkasse"
            | "rentenversicherung"
            | "versicherung"
            | "bank"
            | "gericht"
            | "vermieter"
            | "vermieterin"
            | "hausverwaltung"
            | "verwaltung"
            | "schule"
            | "kita"
            | "lehrer"
            | "lehrerin"
            | "arzt"
            | "ärztin"
            | "chef"
            | "chefin"
            | "arbeitgeber"
            | "firma"
            | "anwalt"
            | "anwältin"
            | "betreuer"
            | "betreuerin"
            | "mann"
            | "frau"
            | "mutter"
            | "vater"
            | "eltern"
    )
}

/// Verbs of needing someone: "ich brauche / bräuchte / hätte gern / wünsche mir jemanden".
fn is_need_verb(word: &str) -> bool {
    matches!(
        word,
        "brauche"
            | "brauchen"
            | "bräuchte"
            | "bräuchten"
            | "hätte"
            | "hätten"
            | "haette"
            | "haetten"
            | "wünsche"
            | "wünschen"
            | "wuensche"
            | "wuenschen"
    )
}

/// Words allowed between a need verb and the person: "hätte gern", "brauche dringend mal".
fn is_need_filler(word: &str) -> bool {
    matches!(
        word,
        "mir"
            | "uns"
            | "gern"
            | "gerne"
            | "dringend"
            | "endlich"
            | "einfach"
            | "halt"
            | "mal"
            | "noch"
            | "so"
            | "sehr"
            | "wirklich"
            | "unbedingt"
            | "jetzt"
            | "auch"
            | "eben"
    )
}

/// The person needed; "niemanden" and "eine Wohnung" are not.
fn is_person_wanted(word: &str) -> bool {
    matches!(
        word,
        "jemand"
            | "jemanden"
            | "jemandem"
            | "irgendjemand"
            | "irgendjemanden"
            | "irgendwen"
            | "wen"
    )
}

fn is_relative_pronoun(word: &str) -> bool {
    matches!(
        word,
        "der" | "die" | "den" | "dem" | "welcher" | "welche" | "welchen" | "dass"
    )
}

/// Verbs of wanting that can introduce a `dass` clause.
fn is_want_verb(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "wollen"
            | "möchte"
            | "möchten"
            | "moechte"
            | "moechten"
            | "wünsche"
            | "wünschen"
            | "wuensche"
            | "wuenschen"
            | "hätte"
            | "hätten"
            | "haette"
            | "haetten"
    )
}

/// Object pronouns and particles that may stand between `dass` and its subject.
fn is_dass_filler(word: &str) -> bool {
    is_object_pronoun(word)
        || matches!(
            word,
            "endlich"
                | "auch"
                | "bald"
                | "mal"
                | "doch"
                | "schnell"
                | "nun"
                | "jetzt"
                | "wieder"
                | "einfach"
                | "bitte"
                | "halt"
                | "eben"
                | "ja"
                | "noch"
                | "sofort"
                | "möglichst"
                | "dann"
                | "hier"
                | "da"
                | "heute"
                | "morgen"
        )
}

fn is_interrogative(word: &str) -> bool {
    matches!(
        word,
        "was"
            | "wie"
            | "wo"
            | "wann"
            | "warum"
            | "wieso"
            | "weshalb"
            | "weswegen"
            | "ob"
            | "wer"
            | "wen"
            | "wem"
            | "wessen"
            | "welche"
            | "welcher"
            | "welches"
            | "welchen"
            | "womit"
            | "wofür"
            | "wozu"
            | "woher"
            | "wohin"
            | "worum"
            | "woran"
            | "worauf"
    )
}

fn is_conjunction(word: &str) -> bool {
    matches!(word, "aber" | "sondern" | "und" | "oder" | "denn")
}
