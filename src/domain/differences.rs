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

/// The text of `field` in `case`, to change it; `None` where the case has no such field.
fn text_mut(case: &mut Case, field: TextField) -> Option<&mut String> {
    let item = |i: usize| i.checked_sub(1);
    Some(match field {
        TextField::Alias => &mut case.alias,
        TextField::Will(i) => &mut case.will.get_mut(item(i)?)?.wording,
        TextField::OwnAction(i) => &mut case.will.get_mut(item(i)?)?.own_action,
        TextField::GoalClientWording(i) => &mut case.goals.get_mut(item(i)?)?.client_wording,
        TextField::GoalProfessionalWording(i) => {
            &mut case.goals.get_mut(item(i)?)?.professional_wording
        }
        TextField::GoalIndicator(i) => &mut case.goals.get_mut(item(i)?)?.indicator,
        TextField::Step(g, s) => &mut case.goals.get_mut(item(g)?)?.steps.get_mut(item(s)?)?.what,
        TextField::Resource(i) => &mut case.resources.get_mut(item(i)?)?.description,
        TextField::ContactName(i) => &mut case.network.get_mut(item(i)?)?.name,
        TextField::ContactRole(i) => &mut case.network.get_mut(item(i)?)?.role,
        TextField::Circumstance(i) => &mut case.circumstances.get_mut(item(i)?)?.text,
        TextField::ClientView => &mut case.agreement.client_view,
        TextField::CaseworkerView => &mut case.agreement.caseworker_view,
    })
}

/// Adds `item` to `list` unless an item with its id is there already (moved to another place
/// in this version, it is not added twice).
fn add_once<T: Clone, Id: PartialEq>(list: &mut Vec<T>, item: Option<&T>, id: impl Fn(&T) -> &Id) {
    if let Some(item) = item {
        if !list.iter().any(|held| id(held) == id(item)) {
            list.push(item.clone());
        }
    }
}

/// Adds to `into` the item of `from` that `field` belongs to (a statement, goal, step,
/// resource, contact or circumstance that only `from` has), at the end of its list.
fn add_item(into: &mut Case, from: &Case, field: TextField) {
    let item = |i: usize| i.saturating_sub(1);
    match field {
        TextField::Will(i) | TextField::OwnAction(i) => {
            add_once(&mut into.will, from.will.get(item(i)), |w| &w.id);
        }
        TextField::GoalClientWording(i)
        | TextField::GoalProfessionalWording(i)
        | TextField::GoalIndicator(i) => {
            add_once(&mut into.goals, from.goals.get(item(i)), |g| &g.id);
        }
        TextField::Step(g, s) => {
            let goal = from.goals.get(item(g));
            match into
                .goals
                .iter_mut()
                .find(|held| Some(&held.id) == goal.map(|g| &g.id))
            {
                Some(held) => {
                    let step = goal.and_then(|goal| goal.steps.get(item(s)));
                    add_once(&mut held.steps, step, |s| &s.id);
                }
                // Its goal is not here either: the goal comes with its steps.
                None => add_once(&mut into.goals, goal, |g| &g.id),
            }
        }
        TextField::Resource(i) => {
            add_once(&mut into.resources, from.resources.get(item(i)), |r| &r.id);
        }
        TextField::ContactName(i) | TextField::ContactRole(i) => {
            add_once(&mut into.network, from.network.get(item(i)), |c| &c.id);
        }
        TextField::Circumstance(i) => {
            add_once(
                &mut into.circumstances,
                from.circumstances.get(item(i)),
                |c| &c.id,
            );
        }
        TextField::Alias | TextField::ClientView | TextField::CaseworkerView => {}
    }
}

/// `mine` with the texts of the fields in `taken` as `theirs` has them: a field both have
/// gets the other text; an item only `theirs` has (a goal, a step, a contact…) is added to
/// `mine` once, whole; the rest stays as `mine` has it.
pub fn with_texts_from(mine: &Case, theirs: &Case, taken: &[TextField]) -> Case {
    let mine_fields: Vec<TextField> = texts(mine).into_iter().map(|(f, _)| f).collect();
    let theirs_texts = texts(theirs);
    let mut joined = mine.clone();
    let mut added: Vec<TextField> = Vec::new();
    for field in taken {
        if mine_fields.contains(field) {
            let text = theirs_texts
                .iter()
                .find(|(f, _)| f == field)
                .map_or("", |(_, t)| t);
            if let Some(into) = text_mut(&mut joined, *field) {
                *into = text.to_string();
            }
            continue;
        }
        let item = item_of(*field, &mine_fields);
        if !added.contains(&item) {
            added.push(item);
            add_item(&mut joined, theirs, *field);
        }
    }
    joined
}

/// The item a field belongs to, named by its first field (a goal by its client wording, a
/// step by itself unless its goal is missing too), so an item is added once however many of
/// its fields are taken.
fn item_of(field: TextField, mine: &[TextField]) -> TextField {
    match field {
        TextField::OwnAction(i) => TextField::Will(i),
        TextField::GoalProfessionalWording(i) | TextField::GoalIndicator(i) => {
            TextField::GoalClientWording(i)
        }
        TextField::Step(g, _) if !mine.contains(&TextField::GoalClientWording(g)) => {
            TextField::GoalClientWording(g)
        }
        TextField::ContactRole(i) => TextField::ContactName(i),
        other => other,
    }
}
