//! What differs between two versions of a case, field by field, so a user who finds the case
//! changed in another window can see both texts before choosing one.

use super::Case;

/// A text field of a case, by its place (numbers count from 1, as a user counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// The alias.
    Alias,
    /// What the client wants, statement n.
    Will(usize),
    /// What the client does for it, statement n.
    OwnAction(usize),
    /// Goal n in the client's words.
    GoalClientWording(usize),
    /// Goal n in professional words.
    GoalProfessionalWording(usize),
    /// How goal n is recognised as reached.
    GoalIndicator(usize),
    /// Step m of goal n.
    Step(usize, usize),
    /// Resource n.
    Resource(usize),
    /// The name of network contact n.
    ContactName(usize),
    /// What network contact n does.
    ContactRole(usize),
    /// Circumstance n.
    Circumstance(usize),
    /// The client's view in the agreement.
    ClientView,
    /// The caseworker's view in the agreement.
    CaseworkerView,
}

/// One field whose text differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextDifference {
    /// Which field.
    pub field: TextField,
    /// The text in this window (empty when the field exists only in the other).
    pub mine: String,
    /// The text in the other window.
    pub theirs: String,
}

/// Every text field of a case with its text.
fn texts(case: &Case) -> Vec<(TextField, &str)> {
    let mut out = vec![(TextField::Alias, case.alias.as_str())];
    for (i, w) in case.will.iter().enumerate() {
        out.push((TextField::Will(i + 1), &w.wording));
        out.push((TextField::OwnAction(i + 1), &w.own_action));
    }
    for (i, g) in case.goals.iter().enumerate() {
        out.push((TextField::GoalClientWording(i + 1), &g.client_wording));
        out.push((
            TextField::GoalProfessionalWording(i + 1),
            &g.professional_wording,
        ));
        out.push((TextField::GoalIndicator(i + 1), &g.indicator));
        for (j, s) in g.steps.iter().enumerate() {
            out.push((TextField::Step(i + 1, j + 1), &s.what));
        }
    }
    for (i, r) in case.resources.iter().enumerate() {
        out.push((TextField::Resource(i + 1), &r.description));
    }
    for (i, c) in case.network.iter().enumerate() {
        out.push((TextField::ContactName(i + 1), &c.name));
        out.push((TextField::ContactRole(i + 1), &c.role));
    }
    for (i, c) in case.circumstances.iter().enumerate() {
        out.push((TextField::Circumstance(i + 1), &c.text));
    }
    out.push((TextField::ClientView, &case.agreement.client_view));
    out.push((TextField::CaseworkerView, &case.agreement.caseworker_view));
    out
}

/// The text fields whose content differs between this window's and the other's version, in
/// the order of the intake. A field present in only one version counts with an empty text.
pub fn text_differences(mine: &Case, theirs: &Case) -> Vec<TextDifference> {
    let mine_texts = texts(mine);
    let theirs_texts = texts(theirs);
    let mut out: Vec<TextDifference> = Vec::new();
    for (field, text) in &mine_texts {
        let other = theirs_texts
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, t)| t);
        if other != *text {
            out.push(TextDifference {
                field: *field,
                mine: text.to_string(),
                theirs: other.to_string(),
            });
        }
    }
    for (field, text) in &theirs_texts {
        if !text.is_empty() && !mine_texts.iter().any(|(f, _)| f == field) {
            out.push(TextDifference {
                field: *field,
                mine: String::new(),
                theirs: text.to_string(),
            });
        }
    }
    out
}
