//! The reviews due, as HTML text for the start page (built like the case cards, see
//! [`super::push_case_cards`]).

use crate::domain::{is_due, CaseSummary, IsoDate};
use crate::html;
use crate::i18n::{I18n, Key};
use crate::routes::reviews_path;

/// Appends the section of the reviews due, when there are any: one item per case, its alias
/// linking to its reviews, the day, and "überfällig" in words when that day has passed.
pub fn push_due_reviews(out: &mut String, due: &[CaseSummary], today: IsoDate, i18n: I18n) {
    if due.is_empty() {
        return;
    }
    out.push_str(r#"<section id="due-reviews" aria-labelledby="due-reviews-title"><h2 id="due-reviews-title" class="lotse-heading-m">"#);
    html::push_escaped(out, i18n.t(Key::DueReviewsTitle));
    out.push_str(r#"</h2><ul class="lotse-list lotse-list--bullet">"#);
    for case in due {
        let Some(day) = case.next_review.filter(|day| is_due(*day, today)) else {
            continue;
        };
        out.push_str(r#"<li><a class="lotse-link" dir="auto" href=""#);
        html::push_escaped(out, &reviews_path(&case.id));
        out.push_str(r#"">"#);
        html::push_escaped(out, &case.alias);
        out.push_str("</a> <span>");
        html::push_escaped(out, &i18n.tf(Key::DueReviewOn, &[("date", &day.german())]));
        out.push_str("</span>");
        if day < today {
            out.push_str(r#" <strong>"#);
            html::push_escaped(out, i18n.t(Key::DueOverdue));
            out.push_str("</strong>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}
