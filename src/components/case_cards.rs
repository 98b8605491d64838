//! The cards of a list of cases, as HTML text: the start page and the page of all cases
//! show the same cards.

use crate::browser;
use crate::domain::CaseSummary;
use crate::html;
use crate::i18n::{I18n, Key};
use crate::routes::{delete_path, export_path, rename_path, step_path, IntakeStep};

/// Appends the cards of the list, one `<li>` per case with its actions, as HTML text.
///
/// A device may hold hundreds of cases (all of them on `/faelle`); one `innerHTML` builds
/// their cards in a few milliseconds, where a component per card costs thousands of DOM calls
/// from wasm. The links are plain links, which the router handles like any other. Every text
/// is escaped ([`html::escape`]); rebuilt when the language changes.
pub fn push_case_cards(out: &mut String, cases: &[CaseSummary], i18n: I18n) {
    let language = i18n.locale().language();
    let first_contact_label = i18n.t(Key::CaseFirstContact);
    let updated_label = i18n.t(Key::CaseUpdatedAt);
    let actions = [
        (Key::CaseOpen, "lotse-button"),
        (Key::CaseRename, "lotse-button lotse-button--secondary"),
        (Key::CaseExport, "lotse-button lotse-button--secondary"),
        (
            Key::CaseDelete,
            "lotse-button lotse-button--warning-secondary",
        ),
    ];
    for case in cases {
        let alias = html::escape(&case.alias);
        // The first action opens the case, as the title does.
        let paths = [
            html::escape(&step_path(&case.id, IntakeStep::Will)),
            html::escape(&rename_path(&case.id)),
            html::escape(&export_path(&case.id)),
            html::escape(&delete_path(&case.id)),
        ];
        out.push_str(r#"<li class="lotse-case-card"><h2 class="lotse-case-card__title"><a class="lotse-case-card__link" dir="auto" href=""#);
        out.push_str(&paths[0]);
        out.push_str(r#"">"#);
        out.push_str(&alias);
        out.push_str(r#"</a></h2><dl class="lotse-case-card__facts">"#);
        let next_review = case
            .next_review
            .map(|day| (i18n.t(Key::CaseNextReview), day.german()));
        for (label, value) in [
            (first_contact_label, case.first_contact.german()),
            (
                updated_label,
                browser::format_timestamp(case.updated_at, language),
            ),
        ]
        .into_iter()
        .chain(next_review)
        {
            out.push_str("<div><dt>");
            html::push_escaped(out, label);
            out.push_str("</dt><dd>");
            html::push_escaped(out, &value);
            out.push_str("</dd></div>");
        }
        out.push_str(r#"</dl><div class="lotse-case-card__actions">"#);
        // Each action names its case for screen readers ("Öffnen Herr K."), hidden on screen.
        for ((label, class), path) in actions.iter().zip(&paths) {
            out.push_str(r#"<a class=""#);
            out.push_str(class);
            out.push_str(r#"" href=""#);
            out.push_str(path);
            out.push_str(r#"">"#);
            html::push_escaped(out, i18n.t(*label));
            out.push_str(r#"<span class="lotse-visually-hidden"> "#);
            out.push_str(&alias);
            out.push_str("</span></a>");
        }
        out.push_str("</div></li>");
    }
}
