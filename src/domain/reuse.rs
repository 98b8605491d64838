//! Writing the open case again after a small change, reusing the stored text of every part
//! that did not change.
//!
//! A keystroke changes one will statement, goal, resource, contact, circumstance or review. Encoding
//! the whole record anew for it is most of what a save costs with a large case (serde_json
//! over every field). [`encode_case_reusing`] keeps, for each element of the case's lists, the
//! element as last written and its JSON text; an element equal to the kept one (a comparison
//! of its texts, far cheaper than encoding them) is written from the kept text. The result is
//! the same text, byte for byte, as [`super::encode_case`].

use super::{
    Agreement, Case, Circumstance, Goal, NetworkContact, Resource, Review, WillStatement,
    SCHEMA_VERSION,
};
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
    reviews: PartList<Review>,
    /// The agreement's details, kept alone: its signatures are images, long texts.
    agreement: PartList<Agreement>,
    /// Length of the last text, so the next one is allocated once.
    last_len: usize,
}

/// The kept elements of one list, by position.
struct PartList<T> {
    parts: Vec<(T, String)>,
}

impl<T> Default for PartList<T> {
    fn default() -> Self {
        Self { parts: Vec::new() }
    }
}

impl<T: Clone + PartialEq + Serialize> PartList<T> {
    /// Writes `items` as a JSON array, encoding only the elements that differ from the kept
    /// element at the same position.
    fn write(&mut self, items: &[T], out: &mut String) {
        self.parts.truncate(items.len());
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match self.parts.get_mut(i) {
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

    /// Writes one value (not in an array), reusing its text if it did not change.
    fn write_one(&mut self, item: &T, out: &mut String) {
        match self.parts.first_mut() {
            Some((kept, _)) if kept == item => {}
            Some((kept, text)) => {
                kept.clone_from(item);
                *text = to_json(item);
            }
            None => self.parts.push((item.clone(), to_json(item))),
        }
        out.push_str(&self.parts[0].1);
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
    parts.will.write(&case.will, &mut out);
    out.push_str(",\"goals\":");
    parts.goals.write(&case.goals, &mut out);
    out.push_str(",\"resources\":");
    parts.resources.write(&case.resources, &mut out);
    out.push_str(",\"network\":");
    parts.network.write(&case.network, &mut out);
    out.push_str(",\"circumstances\":");
    parts.circumstances.write(&case.circumstances, &mut out);
    out.push_str(",\"agreement\":");
    parts.agreement.write_one(&case.agreement, &mut out);
    out.push_str(",\"reviews\":");
    parts.reviews.write(&case.reviews, &mut out);
    // Kept as text: written as it is, without comparing.
    field(&mut out, "earlier_agreements", &case.earlier_agreements);
    field(&mut out, "district", &case.district);
    out.push_str("}}");
    parts.last_len = out.len();
    out
}
