//! A case as a replicable document: a stable id, a revision that changes with every write, and
//! a deletion kept as a tombstone. The shape is CouchDB's (`_id`, `_rev` as
//! `<generation>-<hash>`, `_deleted`), so replicating cases with a CouchDB server needs no
//! further migration of what is stored.

use std::fmt;

/// A revision of a document: how many writes it has had, and a hash of what was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// 1 for the first write, one more for each write after it.
    pub generation: u64,
    /// 16 hexadecimal digits of FNV-1a over the stored text (CouchDB leaves the hash to the
    /// writer; it only has to differ for different texts).
    pub hash: String,
}

impl Revision {
    /// The first revision of a document holding `text`.
    pub fn first(text: &str) -> Self {
        Self {
            generation: 1,
            hash: hash(text),
        }
    }

    /// The revision after `previous` (or the first, without one) for a write of `text`.
    pub fn after(previous: Option<&Revision>, text: &str) -> Self {
        Self {
            generation: previous.map_or(0, |r| r.generation) + 1,
            hash: hash(text),
        }
    }

    /// Reads `<generation>-<hash>`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (generation, hash) = text.split_once('-')?;
        let generation = generation.parse().ok().filter(|g| *g > 0)?;
        (!hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit())).then(|| Self {
            generation,
            hash: hash.to_string(),
        })
    }

    /// Whether this revision stores exactly `text`.
    pub fn holds(&self, text: &str) -> bool {
        self.hash == hash(text)
    }
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.generation, self.hash)
    }
}

/// FNV-1a, 64 bits, as 16 hexadecimal digits.
fn hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Where a summary stands in the list of cases: the one changed last first. Stored beside the
/// summary, so the start page reads the cases it shows in that order without reading the rest.
pub fn list_position(updated_at: super::Timestamp) -> f64 {
    -(updated_at as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revision_is_written_and_read_in_couchdbs_shape() {
        let first = Revision::first("{}");
        assert_eq!(first.generation, 1);
        assert_eq!(first.hash.len(), 16);
        let text = first.to_string();
        assert!(text.starts_with("1-"));
        assert_eq!(Revision::parse(&text), Some(first));
    }

    #[test]
    fn every_write_makes_a_new_revision() {
        let first = Revision::first("a");
        let second = Revision::after(Some(&first), "b");
        assert_eq!(second.generation, 2);
        assert_ne!(first.hash, second.hash);
        assert!(second.holds("b"));
        assert!(!second.holds("a"));
        assert_eq!(Revision::after(None, "a"), first);
    }

    #[test]
    fn anything_but_a_revision_is_refused() {
        for text in ["", "1", "-abc", "0-abc", "x-abc", "1-", "1-xyz", "1-ab cd"] {
            assert_eq!(Revision::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_case_changed_last_comes_first() {
        assert!(list_position(2_000) < list_position(1_000));
    }
}
