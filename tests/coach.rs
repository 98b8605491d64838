//! Host tests of the will-statement coach: which phrasings ask others to act (*Wunsch*)
//! and which state what the client wants and does (*Wille*).
#![cfg(not(target_arch = "wasm32"))]

use lotse::domain::coach::asks_others_to_act;

/// Phrasings that ask others to act: the app should ask "Was machen Sie selbst dafür?".
const WISHES: &[&str] = &[
    // The examples from the method.
    "Die vom Amt sollen mir endlich das Geld überweisen.",
    "Jemand soll mir helfen.",
    "Ich brauche jemanden, der mir die Formulare ausfüllt.",
    "Die sollen mir endlich helfen.",
    "Ich will arbeiten, aber das Jobcenter soll mir den Kurs bezahlen.",
    // Someone needed.
    "Ich brauche jemand, der mit mir zum Amt geht.",
    "Ich hätte gern jemanden, der mir beim Umzug hilft.",
    "Wir bräuchten dringend jemanden, der uns die Briefe übersetzt.",
    // "dass" clauses with someone else as the subject.
    "Ich möchte, dass mir jemand hilft.",
    "Ich will, dass mir jemand die Briefe erklärt.",
    "Ich will, dass er mir hilft.",
    "Ich wünsche mir, dass meine Frau mir mehr hilft.",
    "Ich möchte, dass die vom Jobcenter mich endlich anrufen.",
    "Ich will, dass man mir zeigt, wie das geht.",
    // Indefinite subjects with a modal.
    "Irgendwer muss mir doch sagen, was ich machen soll.",
    "Irgendjemand sollte sich um die Heizung kümmern.",
    "Einer muss mir das erklären.",
    "Man muss mir endlich eine Wohnung geben.",
    "Dann soll mir eben jemand helfen.",
    // Named third parties with a modal.
    "Das Amt muss mir die Miete zahlen.",
    "Der Vermieter soll die Heizung reparieren.",
    "Die Vermieterin müsste mir die Kaution zurückgeben.",
    "Mein Mann soll sich um die Kinder kümmern.",
    "Meine Mutter sollte mir Geld leihen.",
    "Die Schule muss meinem Sohn einen Platz geben.",
    "Die Ämter sollen mich in Ruhe lassen.",
    "Die Behörde muss für uns eine Lösung finden.",
    "Die Stadt soll uns eine größere Wohnung geben.",
    "Die Kasse soll die Therapie bezahlen.",
    "Uns muss die Stadt eine Wohnung geben.",
    "Sie müssen mir helfen, ich weiß nicht weiter.",
    "Ich mache den Haushalt und die sollen mir die Miete zahlen.",
    // Spelling variants: uppercase, umlauts, missing punctuation, white space, line breaks.
    "DIE SOLLEN MIR ENDLICH HELFEN",
    "DIE BEHÖRDE MÜSSTE MIR DAS GELD ÜBERWEISEN",
    "Die Behoerde muesste mir das Geld ueberweisen",
    "Die vom Amt mu\u{308}ssen mir helfen",
    "die vom amt sollen mir endlich das geld überweisen",
    "  jemand   soll mir   helfen  ",
    "Ich will arbeiten aber das Jobcenter soll mir den Kurs bezahlen",
    "Ich brauche jemanden,\nder mir die Formulare ausfüllt",
    "Ich will wieder arbeiten.\nDas Jobcenter soll mir den Kurs bezahlen.",
    "Ich will wieder arbeiten\r\ndie sollen mir aber die Fahrkarte zahlen",
    "\tIch   möchte ,  dass   mir\njemand   hilft",
];

/// Phrasings that state the client's own will or action: no question.
const WILLS: &[&str] = &[
    // The examples from the method.
    "Ich will wieder arbeiten.",
    "Ich rufe die Vermieterin an.",
    "Wir wollen in der Wohnung bleiben.",
    "Ich will, dass wir in der Wohnung bleiben können.",
    "Ich soll mehr Sport machen, sagt der Arzt.",
    "Ich muss Bewerbungen schreiben.",
    "Ich bringe die Kontoauszüge hin.",
    "Ich möchte lernen, wie man online Bewerbungen schreibt.",
    "Ich will, dass ich wieder schlafen kann.",
    "Ich kümmere mich selbst darum.",
    // Decided: an outcome for the family, nobody asked to do something for the client.
    "Die Mädchen sollen nicht die Schule wechseln.",
    // The client is the subject of the modal.
    "Der Arzt sagt, ich soll mehr Sport machen.",
    "Dann muss ich mir eben selbst einen Job suchen.",
    "Morgen muss ich meine Unterlagen beim Jobcenter abgeben.",
    "Ich und meine Frau müssen uns um die Kinder kümmern.",
    "Meine Frau und ich müssen uns um die Kinder kümmern.",
    "Das muss ich selbst machen.",
    "Wir müssen uns eine neue Wohnung suchen.",
    "Ich muss mich um meine Mutter kümmern.",
    "Ich will mit der Vermieterin reden, weil ich meine Miete nicht zahlen muss.",
    // Others appear, but nobody is asked to act for the client.
    "Ich schreibe Bewerbungen, wenn mir einer zeigt, wie das heute online geht.",
    "Es soll mir wieder besser gehen.",
    "Keiner muss mir helfen, ich schaffe das allein.",
    "Ich möchte wissen, was man für den Antrag machen muss.",
    "Wir wollen, dass die Kinder es gut haben.",
    "Ich suche mir jemanden, der mit mir Deutsch übt.",
    "Ich möchte jemanden kennenlernen, der auch gern wandert.",
    "Ich brauche eine Wohnung, die bezahlbar ist.",
    "In einer Woche muss ich umziehen.",
    // Spelling variants: uppercase, umlauts, missing punctuation, white space, line breaks.
    "ICH WILL WIEDER ARBEITEN",
    "ICH MÜSSTE MICH UM MEINE UNTERLAGEN KÜMMERN",
    "  ich   muss   bewerbungen   schreiben  ",
    "Ich will arbeiten\nund ich suche mir selbst eine Stelle",
    "ich kümmere mich selbst darum dass die heizung repariert wird",
    // Not German, or no words at all.
    "",
    "   ",
    "😀🙂👍",
    "أريد أن أعمل مرة أخرى",
];

#[test]
fn recognises_wishes() {
    for phrasing in WISHES {
        assert!(
            asks_others_to_act(phrasing),
            "should ask others to act (Wunsch): {phrasing:?}"
        );
    }
}

#[test]
fn accepts_wills() {
    for phrasing in WILLS {
        assert!(
            !asks_others_to_act(phrasing),
            "should be the client's own will (Wille): {phrasing:?}"
        );
    }
}

#[test]
fn tables_cover_enough_phrasings() {
    // The tables are the specification; keep them from shrinking unnoticed.
    assert!(WISHES.len() >= 16, "only {} wishes", WISHES.len());
    assert!(WILLS.len() >= 16, "only {} wills", WILLS.len());
}

#[test]
fn a_long_own_will_is_not_a_wish() {
    let long = "Ich will wieder arbeiten und schreibe jeden Tag Bewerbungen. ".repeat(100);
    assert!(long.chars().count() > 5000);
    assert!(!asks_others_to_act(&long), "long own will");
    assert!(!asks_others_to_act(&"a".repeat(5000)), "5000 × 'a'");
}

#[test]
fn a_wish_at_the_end_of_a_long_text_is_found() {
    let mut text = "Ich will wieder arbeiten. ".repeat(200);
    text.push_str("Die vom Amt sollen mir endlich das Geld überweisen.");
    assert!(asks_others_to_act(&text), "wish after 200 own sentences");
}

#[test]
fn never_panics_on_odd_input() {
    let odd = [
        String::new(),
        "...".into(),
        ".,;:!?()\"„“–—…".into(),
        "\n\n\r\n\t".into(),
        "\u{308}".into(),
        "\u{308}\u{308}a\u{308}\u{308}".into(),
        "e\u{301}\u{302}\u{303}\u{304}".repeat(1000),
        "İSTANBUL ẞ MUẞ".into(),
        "👨‍👩‍👧‍👦🏳️‍🌈".into(),
        "שלום עולם".into(),
        "مرحبا بالعالم، الناس يجب أن يساعدوني".into(),
        "\u{202E}dlrow olleh\u{202C}".into(),
        "\u{0}\u{FEFF}\u{200B}".into(),
        "soll ".repeat(5000),
        "muss, ".repeat(5000),
        "dass ".repeat(5000),
        "brauche jemanden ".repeat(2000),
        "ß".repeat(100_000),
    ];
    for text in &odd {
        let _ = asks_others_to_act(text);
    }
    // Every single character, alone and after text that a rule looks behind.
    for c in (0..0x11_0000).filter_map(char::from_u32).step_by(7) {
        let _ = asks_others_to_act(&c.to_string());
        let _ = asks_others_to_act(&format!("Ich will, dass{c}"));
    }
}
