//! Writing the open case again after a small change, reusing the stored text of every part
//! that did not change.
//!
//! A keystroke changes one will statement, goal, resource, contact or circumstance. Encoding
//! the whole record anew for it is most of what a save costs with a large case (serde_json
//! over every field). [`encode_case_reusing`] keeps, for each element of the case's lists, the
//! element as last written and its JSON text; an element equal to the kept one (a comparison
//! of its texts, far cheaper than encoding them) is written from the kept text. A caller that
//! notes which elements it changes between two calls ([`EncodedParts::expect_edits`]) has
//! only those compared. The result is the same text, byte for byte, as
//! [`super::encode_case`].

use super::{Case, Circumstance, Goal, NetworkContact, Resource, WillStatement, SCHEMA_VERSION};
use serde::Serialize;

/// The JSON text of each list element of the case last written, with the element it was
/// written from. Holds a copy of the case's words: the session forgets it with the case.
#[derive(Default)]
pub struct EncodedParts {
    will: PartList<WillStatement>,
    goals: PartList<Goal>,
    resources: PartList<Resource>,
    network: PartList<NetworkContact>,
    circumstances: PartList<Circumstance>,
    /// Length of the last text, so the next one is allocated once.
    last_len: usize,
    /// The list elements edited since the last call, `(list, position)`, while the caller
    /// notes them (see [`EncodedParts::expect_edits`]).
    edited: Option<Vec<(u8, usize)>>,
}

impl EncodedParts {
    /// Says that until the next call, the caller notes every edit of an element of the case's
    /// lists ([`EncodedParts::note`]), or says that it cannot ([`EncodedParts::unknown_edits`]).
    /// The next call then compares only the noted elements with their kept copies; without
    /// this, every element is compared.
    pub fn expect_edits(&mut self) {
        self.edited = Some(Vec::new());
    }

    /// Notes that the element at `index` of `T`'s list was edited (in place: no element was
    /// added, removed or moved).
    pub fn note<T: CaseElement>(&mut self, index: usize) {
        // Once per element: typing notes every keystroke, and saving may be paused.
        if let Some(edited) = self
            .edited
            .as_mut()
            .filter(|e| !e.contains(&(T::LIST, index)))
        {
            edited.push((T::LIST, index));
        }
    }

    /// The case changed in a way not noted element by element: the next call compares every
    /// element.
    pub fn unknown_edits(&mut self) {
        self.edited = None;
    }
}

/// An element of one of a case's lists (will statements, goals, resources, contacts,
/// circumstances), each with an id of its own.
pub trait CaseElement: Sized {
    type Id: PartialEq;
    /// Which list, as [`EncodedParts::note`] records it.
    const LIST: u8;
    /// The element's id.
    fn id(&self) -> &Self::Id;
    /// The case's list of these elements.
    fn list_mut(case: &mut Case) -> &mut Vec<Self>;

    /// The element with `id` in the case, and its position in its list.
    fn find_mut<'a>(case: &'a mut Case, id: &Self::Id) -> Option<(usize, &'a mut Self)> {
        Self::list_mut(case)
            .iter_mut()
            .enumerate()
            .find(|(_, element)| element.id() == id)
    }
}

macro_rules! case_element {
    ($element:ty, $id:ty, $list:ident, $number:literal) => {
        impl CaseElement for $element {
            type Id = $id;
            const LIST: u8 = $number;
            fn id(&self) -> &$id {
                &self.id
            }
            fn list_mut(case: &mut Case) -> &mut Vec<Self> {
                &mut case.$list
            }
        }
    };
}

case_element!(WillStatement, super::WillId, will, 0);
case_element!(Goal, super::GoalId, goals, 1);
case_element!(Resource, super::ResourceId, resources, 2);
case_element!(NetworkContact, super::ContactId, network, 3);
case_element!(Circumstance, super::CircumstanceId, circumstances, 4);

/// The kept elements of one list, by position.
struct PartList<T> {
    parts: Vec<(T, String)>,
}

impl<T> Default for PartList<T> {
    fn default() -> Self {
        Self { parts: Vec::new() }
    }
}

impl<T: CaseElement + Clone + PartialEq + Serialize> PartList<T> {
    /// Writes `items` as a JSON array, encoding only the elements that differ from the kept
    /// element at the same position. With `edited` (the elements noted as edited, the only
    /// ones that may differ), only those are compared, as long as as many elements are kept.
    fn write(&mut self, items: &[T], edited: Option<&[(u8, usize)]>, out: &mut String) {
        let edited = edited.filter(|_| self.parts.len() == items.len());
        self.parts.truncate(items.len());
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let may_differ = edited.is_none_or(|edited| edited.contains(&(T::LIST, i)));
            match self.parts.get_mut(i) {
                Some(_) if !may_differ => {}
                Some((kept, _)) if kept == item => {}
                Some((kept, text)) => {
                    kept.clone_from(item);
                    *text = to_json(item);
                }
                None => self.parts.push((item.clone(), to_json(item))),
            }
            out.push_str(&self.parts[i].1);
        }
        out.push(']');
    }
}

/// The JSON text of a value. serde_json fails only on maps with non-text keys and on failing
/// `Serialize` impls; a case has neither.
fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| unreachable!("a case always serialises"))
}

/// Appends `"name":` and the value's JSON text.
fn field<T: Serialize + ?Sized>(out: &mut String, name: &str, value: &T) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":");
    out.push_str(&to_json(value));
}

/// The stored text of a case, exactly as [`super::encode_case`] writes it, reusing the text of
/// the list elements that are unchanged since the last call with the same `parts`.
pub fn encode_case_reusing(case: &Case, parts: &mut EncodedParts) -> String {
    let edited = parts.edited.take();
    let edited = edited.as_deref();
    let mut out = String::with_capacity(parts.last_len + 256);
    out.push_str("{\"schema\":");
    out.push_str(&to_json(&SCHEMA_VERSION));
    out.push_str(",\"case\":{\"id\":");
    out.push_str(&to_json(&case.id));
    field(&mut out, "alias", &case.alias);
    field(&mut out, "first_contact", &case.first_contact);
    field(&mut out, "created_at", &case.created_at);
    field(&mut out, "updated_at", &case.updated_at);
    out.push_str(",\"will\":");
    parts.will.write(&case.will, edited, &mut out);
    out.push_str(",\"goals\":");
    parts.goals.write(&case.goals, edited, &mut out);
    out.push_str(",\"resources\":");
    parts.resources.write(&case.resources, edited, &mut out);
    out.push_str(",\"network\":");
    parts.network.write(&case.network, edited, &mut out);
    out.push_str(",\"circumstances\":");
    parts
        .circumstances
        .write(&case.circumstances, edited, &mut out);
    field(&mut out, "agreement", &case.agreement);
    out.push_str("}}");
    parts.last_len = out.len();
    out
}
