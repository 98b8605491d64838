//! What this device knows of each replicated document, and what a pull does to it.
//!
//! A document's [`DocState`] names the server revision the local document was last equal to
//! (`base`). Local edits since then go to the server as one child of `base`; when another
//! device has also written a child of it, the server keeps both (CouchDB's conflict), and so
//! does this device: the other versions are kept in `others` until the user decides, and only
//! then are they ended with a tombstone (`dismissed`).

use crate::domain::document::Revision;
use serde::{Deserialize, Serialize};

/// This device's knowledge of one replicated document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocState {
    /// The local key ([`super::envelope::case_key`]).
    pub key: String,
    /// The server revision the local document was last equal to.
    #[serde(default)]
    pub base: Option<String>,
    /// Versions on the server that differ from the local one: a conflict to be decided.
    #[serde(default)]
    pub others: Vec<OtherVersion>,
    /// Revisions the user decided against, ended with a tombstone by the next push.
    #[serde(default)]
    pub dismissed: Vec<String>,
    /// Whether the `base` revision is a deletion.
    #[serde(default)]
    pub deleted: bool,
    /// The server revision fixed for the next push of a joined text (see [`DocState::joined`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinned: Option<Pinned>,
}

/// A server revision fixed in advance for one text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pinned {
    /// The revision.
    pub rev: String,
    /// The text it is for, as [`Revision::after`] of nothing would name it (a short hash).
    pub text: String,
}

fn text_mark(text: &str) -> String {
    Revision::after(None, text).to_string()
}

/// A version of a document that another device wrote, kept while it is in conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherVersion {
    /// Its server revision.
    pub rev: String,
    /// Its text, or `None`: it was deleted there.
    pub body: Option<String>,
    /// On the deletion of a catalogue entry merged into another: that entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<String>,
}

/// A live leaf of a document on the server: a version nobody has decided against. The
/// body of the `base` revision is not read (the local document is it, or edits of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leaf {
    /// Its server revision.
    pub rev: String,
    /// Its text, or `None`: deleted there.
    pub body: Option<String>,
    /// On the deletion of a catalogue entry merged into another: that entry.
    pub merged_into: Option<String>,
}

/// What a pull does to the local document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalWrite {
    /// It stays as it is.
    Keep,
    /// It becomes `body`, or is deleted (`None`), merged into `merged_into` if that is given.
    Write {
        /// The text.
        body: Option<String>,
        /// The entry a deleted catalogue entry went into.
        merged_into: Option<String>,
    },
}

/// The outcome of a pull for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pulled {
    /// What happens to the local document.
    pub write: LocalWrite,
    /// What this device knows of it afterwards.
    pub state: DocState,
}

impl DocState {
    /// Whether other versions wait for the user's decision.
    pub fn in_conflict(&self) -> bool {
        !self.others.is_empty()
    }

    /// The user has decided on the other version `rev` (the local document now holds what
    /// they chose): it is ended on the next push. Any further version waits for its own
    /// decision.
    pub fn decided(&self, rev: &str) -> DocState {
        let mut state = self.clone();
        state.others.retain(|other| other.rev != rev);
        if !state.dismissed.iter().any(|d| d == rev) {
            state.dismissed.push(rev.to_string());
        }
        state
    }

    /// After a push of the local document as `revision` (a deletion when `deleted`) and of
    /// the tombstones of `dismissed`.
    pub fn pushed(&self, revision: &Revision, deleted: bool) -> DocState {
        DocState {
            key: self.key.clone(),
            base: Some(revision.to_string()),
            others: self.others.clone(),
            dismissed: Vec::new(),
            deleted,
            pinned: None,
        }
    }

    /// After this device joined every live version into `text` (a document joined without
    /// asking, such as the team's lists), `winner` being the version that wins on every
    /// device: the text goes out as the child of `winner`, every other version is ended, and
    /// the child's revision depends only on `winner` and `text`. Two devices that join the
    /// same versions at the same time so send the same revision, which the server keeps once,
    /// instead of two that would have to be joined again.
    pub fn joined(&self, winner: &str, text: &str) -> DocState {
        let mut dismissed = self.dismissed.clone();
        for rev in self.base.iter().chain(self.others.iter().map(|o| &o.rev)) {
            if rev != winner && !dismissed.contains(rev) {
                dismissed.push(rev.clone());
            }
        }
        let parent = Revision::parse(winner);
        let rev = Revision::after(parent.as_ref(), &format!("{winner}/joined/{text}"));
        DocState {
            key: self.key.clone(),
            base: Some(winner.to_string()),
            others: Vec::new(),
            dismissed,
            deleted: false,
            pinned: Some(Pinned {
                rev: rev.to_string(),
                text: text_mark(text),
            }),
        }
    }

    /// The server revision the local document goes out as: the one fixed for its text, or
    /// else the child of `base` named by the local revision ([`next_revision`]).
    pub fn revision_for(&self, local_rev: &str, text: Option<&str>) -> Revision {
        let pinned = self
            .pinned
            .as_ref()
            .filter(|pin| text.is_some_and(|t| pin.text == text_mark(t)))
            .and_then(|pin| Revision::parse(&pin.rev));
        pinned.unwrap_or_else(|| next_revision(self.base.as_deref(), local_rev))
    }
}

/// Of several versions, the one every device picks to win: the higher generation, then the
/// greater revision.
pub fn winning_rev<'a>(revs: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let generation = |rev: &str| Revision::parse(rev).map_or(0, |r| r.generation);
    revs.into_iter().max_by_key(|rev| (generation(rev), *rev))
}

/// What the server's live leaves of a document mean for the local one. `dirty`: the local
/// document has edits not yet pushed. A leaf the user decided against is not live.
///
/// - The local version is still a leaf, or has unpushed edits: it stays; every other leaf is
///   another version (a conflict).
/// - Otherwise the local document becomes the winner (the same on every device: not deleted
///   before deleted, then the higher generation, then the greater revision), and the other
///   leaves are other versions.
///
/// Two deletions agree: a deletion is another version only beside a document that is not
/// deleted.
pub fn pull(state: &DocState, leaves: &[Leaf], dirty: bool) -> Pulled {
    let live: Vec<&Leaf> = leaves
        .iter()
        .filter(|leaf| !state.dismissed.contains(&leaf.rev))
        .collect();
    // The revision fixed for a joined text is this device's own, even before its push.
    let pinned = state.pinned.as_ref().map(|pin| &pin.rev);
    let own = |rev: &String| Some(rev) == state.base.as_ref() || Some(rev) == pinned;
    let base_is_live = live.iter().any(|leaf| own(&leaf.rev));
    let (write, base, deleted) = match live.iter().copied().max_by(|a, b| winning_order(a, b)) {
        Some(winner) if !base_is_live && !dirty => (
            LocalWrite::Write {
                body: winner.body.clone(),
                merged_into: winner.merged_into.clone(),
            },
            Some(winner.rev.clone()),
            winner.body.is_none(),
        ),
        _ => (LocalWrite::Keep, state.base.clone(), state.deleted),
    };
    let others = live
        .iter()
        .filter(|leaf| Some(&leaf.rev) != base.as_ref() && Some(&leaf.rev) != pinned)
        .filter(|leaf| !(deleted && leaf.body.is_none()))
        .map(|leaf| OtherVersion {
            rev: leaf.rev.clone(),
            body: leaf.body.clone(),
            merged_into: leaf.merged_into.clone(),
        })
        .collect();
    Pulled {
        write,
        state: DocState {
            key: state.key.clone(),
            base,
            others,
            dismissed: state.dismissed.clone(),
            deleted,
            pinned: state.pinned.clone(),
        },
    }
}

fn winning_order(a: &Leaf, b: &Leaf) -> std::cmp::Ordering {
    let generation = |leaf: &Leaf| Revision::parse(&leaf.rev).map_or(0, |r| r.generation);
    (a.body.is_some(), generation(a), &a.rev).cmp(&(b.body.is_some(), generation(b), &b.rev))
}

/// The server revision that carries the local document's edits since `base`: its child,
/// named by the local revision, so a push repeated after a lost answer sends the same one.
pub fn next_revision(base: Option<&str>, local_rev: &str) -> Revision {
    let parent = base.and_then(Revision::parse);
    Revision::after(
        parent.as_ref(),
        &format!("{}/{local_rev}", base.unwrap_or("")),
    )
}

/// The tombstone that ends a version the user decided against: its child.
pub fn dismissal(rev: &str) -> Option<Revision> {
    let parent = Revision::parse(rev)?;
    Some(Revision::after(Some(&parent), &format!("{rev}/dismissed")))
}

/// CouchDB's `_revisions` of `revision`, a child of `parent`: the generation and the hashes
/// from the newest back.
pub fn revision_path(revision: &Revision, parent: Option<&str>) -> (u64, Vec<String>) {
    let mut ids = vec![revision.hash.clone()];
    if let Some(parent) = parent.and_then(Revision::parse) {
        ids.push(parent.hash);
    }
    (revision.generation, ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(rev: &str, body: Option<&str>) -> Leaf {
        Leaf {
            rev: rev.into(),
            body: body.map(str::to_string),
            merged_into: None,
        }
    }

    fn write(body: Option<&str>) -> LocalWrite {
        LocalWrite::Write {
            body: body.map(str::to_string),
            merged_into: None,
        }
    }

    fn state(base: Option<&str>) -> DocState {
        DocState {
            key: "case:a".into(),
            base: base.map(str::to_string),
            ..DocState::default()
        }
    }

    #[test]
    fn a_new_version_from_the_server_is_taken_when_nothing_is_pending() {
        let pulled = pull(&state(Some("1-aa")), &[leaf("2-bb", Some("new"))], false);
        assert_eq!(pulled.write, write(Some("new")));
        assert_eq!(pulled.state.base.as_deref(), Some("2-bb"));
        assert!(!pulled.state.in_conflict());
    }

    #[test]
    fn the_own_version_on_the_server_changes_nothing() {
        let pulled = pull(&state(Some("2-bb")), &[leaf("2-bb", None)], false);
        assert_eq!(pulled.write, LocalWrite::Keep);
        assert!(!pulled.state.in_conflict());
    }

    #[test]
    fn an_edit_on_both_devices_keeps_both() {
        // Pending edits here, another device's child of the same base there.
        let pulled = pull(&state(Some("1-aa")), &[leaf("2-bb", Some("theirs"))], true);
        assert_eq!(pulled.write, LocalWrite::Keep);
        assert_eq!(pulled.state.base.as_deref(), Some("1-aa"));
        assert_eq!(pulled.state.others[0].body.as_deref(), Some("theirs"));

        // After this device's push, the server has two leaves: still both.
        let pushed = pulled
            .state
            .pushed(&Revision::parse("2-cc").unwrap(), false);
        let again = pull(
            &pushed,
            &[leaf("2-cc", None), leaf("2-bb", Some("theirs"))],
            false,
        );
        assert_eq!(again.write, LocalWrite::Keep);
        assert_eq!(again.state.others.len(), 1);
    }

    #[test]
    fn a_fresh_device_takes_the_same_winner_as_every_other() {
        let leaves = [
            leaf("2-bb", Some("b")),
            leaf("2-cc", Some("c")),
            leaf("3-dd", None),
        ];
        let pulled = pull(&state(None), &leaves, false);
        // Not deleted wins over a higher generation; then the greater revision.
        assert_eq!(pulled.write, write(Some("c")));
        assert_eq!(pulled.state.others.len(), 2);
        assert!(pulled
            .state
            .others
            .iter()
            .any(|o| o.rev == "3-dd" && o.body.is_none()));
    }

    #[test]
    fn a_deletion_against_an_edit_is_a_conflict() {
        let pulled = pull(
            &state(Some("2-bb")),
            &[leaf("2-bb", None), leaf("3-dd", None)],
            false,
        );
        assert_eq!(pulled.write, LocalWrite::Keep);
        assert_eq!(
            pulled.state.others,
            vec![OtherVersion {
                rev: "3-dd".into(),
                body: None,
                merged_into: None,
            }]
        );
    }

    #[test]
    fn two_deletions_agree() {
        let deleted_here = DocState {
            deleted: true,
            ..state(Some("3-aa"))
        };
        let pulled = pull(
            &deleted_here,
            &[leaf("3-aa", None), leaf("3-bb", None)],
            false,
        );
        assert!(!pulled.state.in_conflict());
        // A fresh device takes the deletion, and sees no conflict either.
        let fresh = pull(
            &state(None),
            &[leaf("3-aa", None), leaf("3-bb", None)],
            false,
        );
        assert_eq!(fresh.write, write(None));
        assert!(!fresh.state.in_conflict());
        // But an edit beside a deletion is one.
        let edited = pull(
            &deleted_here,
            &[leaf("3-aa", None), leaf("3-cc", Some("c"))],
            false,
        );
        assert!(edited.state.in_conflict());
    }

    #[test]
    fn a_decision_ends_the_other_versions_once() {
        let pulled = pull(
            &state(Some("2-bb")),
            &[leaf("2-bb", None), leaf("2-cc", Some("c"))],
            false,
        );
        let decided = pulled.state.decided("2-cc");
        assert!(!decided.in_conflict());
        assert_eq!(decided.dismissed, vec!["2-cc".to_string()]);
        // A pull before the push does not bring the dismissed version back.
        let again = pull(
            &decided,
            &[leaf("2-bb", None), leaf("2-cc", Some("c"))],
            true,
        );
        assert!(!again.state.in_conflict());
        let pushed = again
            .state
            .pushed(&next_revision(Some("2-bb"), "9-ff"), false);
        assert!(pushed.dismissed.is_empty());
    }

    #[test]
    fn a_merged_entry_arrives_with_the_entry_it_went_into() {
        let merged = Leaf {
            merged_into: Some("e-2".into()),
            ..leaf("2-bb", None)
        };
        let pulled = pull(&state(Some("1-aa")), &[merged], false);
        assert_eq!(
            pulled.write,
            LocalWrite::Write {
                body: None,
                merged_into: Some("e-2".into())
            }
        );
    }

    #[test]
    fn two_devices_that_join_the_same_versions_send_the_same_revision() {
        let leaves = [leaf("2-aa", None), leaf("2-bb", Some("theirs"))];
        let on_a = pull(&state(Some("2-aa")), &leaves, false).state;
        let on_b = pull(
            &state(Some("2-bb")),
            &[leaf("2-bb", None), leaf("2-aa", Some("theirs"))],
            false,
        )
        .state;
        let winner = winning_rev(["2-aa", "2-bb"]).unwrap();
        assert_eq!(winner, "2-bb");
        let (a, b) = (on_a.joined(winner, "joined"), on_b.joined(winner, "joined"));
        assert_eq!(
            a.revision_for("7-a1", Some("joined")),
            b.revision_for("4-b1", Some("joined"))
        );
        assert_eq!(a.dismissed, ["2-aa"]);
        assert_eq!(a.dismissed, b.dismissed);
        // An edit after the join goes out as an ordinary child.
        assert_eq!(
            a.revision_for("8-a2", Some("edited")),
            next_revision(Some(winner), "8-a2")
        );
        // The other device's identical revision, pulled before this one's push, is no conflict.
        let pin = a.pinned.clone().unwrap().rev;
        let again = pull(
            &a,
            &[
                leaf("2-aa", None),
                leaf("2-bb", Some("theirs")),
                leaf(&pin, Some("joined")),
            ],
            true,
        );
        assert!(!again.state.in_conflict(), "{again:?}");
    }

    #[test]
    fn revisions_are_children_and_repeatable() {
        let first = next_revision(None, "1-aa");
        assert_eq!(first.generation, 1);
        let child = next_revision(Some("4-ab"), "7-cd");
        assert_eq!(child.generation, 5);
        assert_eq!(child, next_revision(Some("4-ab"), "7-cd"));
        assert_ne!(child, next_revision(Some("4-ab"), "8-cd"));
        assert_eq!(
            revision_path(&child, Some("4-ab")),
            (5, vec![child.hash.clone(), "ab".into()])
        );
        let end = dismissal("2-cc").unwrap();
        assert_eq!(end.generation, 3);
    }
}
