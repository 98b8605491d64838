//! One push and one pull with the team's database, on CouchDB's replication protocol: the
//! local changes go as new revisions (`_revs_diff`, then `_bulk_docs` with `new_edits:
//! false`); the server's changes come from `_changes?style=all_docs` (every leaf of a
//! document, so a conflict is seen), are read with `_bulk_get`, and the checkpoint is kept on
//! the device and in a `_local` document on the server.

use super::http::{Connection, Failure};
use super::team::TeamKey;
use crate::domain::decode_case;
use crate::domain::sozialraum::{decode_entry, decode_places, encode_places};
use crate::domain::sync::envelope::{ENVELOPE_VERSION, PLACES_ID};
use crate::domain::sync::state::{dismissal, revision_path, Leaf};
use crate::domain::sync::wire::{
    read, BulkGet, Changes, Checkpoint, RemoteDoc, RevisionPath, RevsDiff,
};
use crate::domain::sync::{
    pull, winning_rev, DocState, Envelope, LocalDoc, LocalWrite, ServerProblem, TEAM_DOC_ID,
};
use crate::storage::sozialraum::{load_places, save_places};
use crate::storage::sync::{self as stored, PulledContent, PulledDoc};
use crate::storage::StorageError;
use serde_json::json;
use std::collections::{HashMap, HashSet};
use web_sys::AbortSignal;

/// How many documents one request carries.
const BATCH: usize = 100;
/// How long the server may hold a long poll before it answers with nothing new.
pub const LONG_POLL_MS: i32 = 25_000;

impl From<StorageError> for Failure {
    fn from(error: StorageError) -> Self {
        Failure::Device(error)
    }
}

fn sealing_failed<T>(_: T) -> Failure {
    Failure::Device(StorageError::Crypto)
}

/// What a pull found.
#[derive(Default)]
pub struct Pulled {
    /// Documents the team key does not open (another team's, or damaged), or whose case this
    /// Lotse cannot read: left alone.
    pub unreadable: Vec<String>,
    /// Whether the server had more than one batch.
    pub more: bool,
}

/// Sends every local change. How many documents were sent.
pub async fn push(connection: &Connection, key: &TeamKey) -> Result<usize, Failure> {
    let pending = stored::pending().await?;
    let mut sent = 0;
    for batch in pending.chunks(BATCH) {
        let mut docs = Vec::new();
        let mut after = Vec::new();
        for (local_key, _) in batch {
            // A document that cannot be opened now (damaged, or written by a newer Lotse)
            // stays in the outbox.
            let Some(local) = stored::local_document(local_key).await? else {
                continue;
            };
            let (local_rev, body) = (local.rev, local.body);
            let state = stored::doc_state(local_key)
                .await?
                .unwrap_or_else(|| DocState {
                    key: local_key.clone(),
                    ..DocState::default()
                });
            let remote_id = key.remote_id(local_key).await.map_err(sealing_failed)?;
            let revision = state.revision_for(&local_rev, body.as_deref());
            let envelope = Envelope {
                key: local_key.clone(),
                body: body.clone(),
                merged_into: local.merged_into,
            };
            let envelope = serde_json::to_string(&envelope).map_err(sealing_failed)?;
            let (start, ids) = revision_path(&revision, state.base.as_deref());
            docs.push(RemoteDoc {
                id: remote_id.clone(),
                rev: revision.to_string(),
                deleted: body.is_none(),
                revisions: Some(RevisionPath { start, ids }),
                lotse: Some(ENVELOPE_VERSION),
                data: Some(key.seal(&envelope).await.map_err(sealing_failed)?),
            });
            for dismissed in &state.dismissed {
                if let Some(end) = dismissal(dismissed) {
                    let (start, ids) = revision_path(&end, Some(dismissed));
                    docs.push(RemoteDoc {
                        id: remote_id.clone(),
                        rev: end.to_string(),
                        deleted: true,
                        revisions: Some(RevisionPath { start, ids }),
                        ..RemoteDoc::default()
                    });
                }
            }
            after.push((
                remote_id,
                state.pushed(&revision, body.is_none()),
                local_rev,
            ));
        }
        // Only what the server lacks: a batch sent again after a lost answer is not doubled.
        let mut asked: HashMap<&str, Vec<&str>> = HashMap::new();
        for doc in &docs {
            asked.entry(&doc.id).or_default().push(&doc.rev);
        }
        if !asked.is_empty() {
            let answer = connection
                .database("POST", "/_revs_diff", Some(&json!(asked).to_string()))
                .await?;
            let missing: RevsDiff = read(&answer)?;
            docs.retain(|doc| {
                missing
                    .get(&doc.id)
                    .is_some_and(|m| m.missing.contains(&doc.rev))
            });
        }
        if !docs.is_empty() {
            let request = json!({ "docs": docs, "new_edits": false });
            connection
                .database("POST", "/_bulk_docs", Some(&request.to_string()))
                .await?;
        }
        for (remote_id, state, local_rev) in &after {
            stored::pushed(remote_id, state, local_rev).await?;
        }
        sent += after.len();
    }
    Ok(sent)
}

/// Where the next pull starts: the device's checkpoint if the server's `_local` document
/// agrees (else from the start, which only reads again what is known).
pub async fn since(connection: &Connection, device: &str) -> Result<String, Failure> {
    let Some(local) = stored_checkpoint().await? else {
        return Ok(String::from("0"));
    };
    let remote = match connection
        .database("GET", &checkpoint_path(device), None)
        .await
    {
        Ok(text) => read::<Checkpoint>(&text).ok(),
        Err(Failure::Server(ServerProblem::NoDatabase)) => None,
        Err(other) => return Err(other),
    };
    Ok(match remote {
        Some(remote) if remote.last_seq == local.last_seq => local.last_seq.to_string(),
        _ => String::from("0"),
    })
}

fn checkpoint_path(device: &str) -> String {
    format!("/_local/lotse-{device}")
}

async fn stored_checkpoint() -> Result<Option<Checkpoint>, Failure> {
    Ok(stored::checkpoint()
        .await?
        .and_then(|text| serde_json::from_str(&text).ok()))
}

/// Keeps where the next pull starts, on the server (its `_local` document, which joining
/// created, read first for its revision) and here.
async fn save_checkpoint(
    connection: &Connection,
    device: &str,
    seq: &serde_json::Value,
) -> Result<(), Failure> {
    let path = checkpoint_path(device);
    if stored_checkpoint()
        .await?
        .is_some_and(|known| &known.last_seq == seq)
    {
        return Ok(());
    }
    // Another tab of this device may write the same checkpoint between the read and the
    // write: then it is read again once.
    let mut attempts = 2;
    loop {
        attempts -= 1;
        let current = connection.database("GET", &path, None).await?;
        let checkpoint = Checkpoint {
            rev: read::<Checkpoint>(&current).ok().and_then(|c| c.rev),
            last_seq: seq.clone(),
        };
        let text = serde_json::to_string(&checkpoint).map_err(sealing_failed)?;
        match connection.database("PUT", &path, Some(&text)).await {
            Ok(_) => {
                stored::save_checkpoint(&text).await?;
                return Ok(());
            }
            Err(Failure::Server(ServerProblem::Conflict)) if attempts > 0 => {}
            Err(other) => return Err(other),
        }
    }
}

/// Creates this device's checkpoint on the server (at the start), so that it is only ever
/// read where it exists.
pub async fn create_checkpoint(connection: &Connection, device: &str) -> Result<(), Failure> {
    let start = Checkpoint {
        rev: None,
        last_seq: serde_json::Value::from(0),
    };
    let text = serde_json::to_string(&start).map_err(sealing_failed)?;
    connection
        .database("PUT", &checkpoint_path(device), Some(&text))
        .await?;
    Ok(())
}

/// Reads the server's changes since `since` (waiting for one when `stop` is given, until it
/// comes, the long poll ends, or `stop` fires) and writes them here. The next `since`.
pub async fn pull_changes(
    connection: &Connection,
    key: &TeamKey,
    device: &str,
    since: &str,
    stop: Option<&AbortSignal>,
) -> Result<(String, Pulled), Failure> {
    let mut path = format!(
        "/_changes?style=all_docs&limit={BATCH}&since={}",
        encode_seq(since)
    );
    let limit = match stop {
        Some(_) => {
            path.push_str(&format!("&feed=longpoll&timeout={LONG_POLL_MS}"));
            LONG_POLL_MS + 10_000
        }
        None => 30_000,
    };
    let answer = connection
        .database_waiting("GET", &path, None, stop, limit)
        .await?;
    let changes: Changes = read(&answer)?;
    let mut pulled = Pulled {
        more: changes.results.len() >= BATCH,
        ..Pulled::default()
    };
    let results: Vec<_> = changes
        .results
        .into_iter()
        .filter(|c| c.id != TEAM_DOC_ID && !c.id.starts_with('_'))
        .collect();
    // What this device knows of each, and which leaves it has not seen.
    let mut known = Vec::with_capacity(results.len());
    let mut wanted = Vec::new();
    for change in &results {
        let state = match stored::local_key_of(&change.id).await? {
            Some(local_key) => stored::doc_state(&local_key).await?,
            None => None,
        };
        for leaf in &change.changes {
            let seen = state.as_ref().is_some_and(|s| {
                s.base.as_ref() == Some(&leaf.rev) || s.others.iter().any(|o| o.rev == leaf.rev)
            });
            if !seen {
                wanted.push(json!({ "id": change.id, "rev": leaf.rev }));
            }
        }
        known.push(state);
    }
    let mut fetched: HashMap<(String, String), RemoteDoc> = HashMap::new();
    if !wanted.is_empty() {
        let request = json!({ "docs": wanted }).to_string();
        let answer = connection
            .database("POST", "/_bulk_get?revs=true", Some(&request))
            .await?;
        let read_back: BulkGet = read(&answer)?;
        for result in read_back.results {
            for doc in result.docs.into_iter().filter_map(|d| d.ok) {
                fetched.insert((result.id.clone(), doc.rev.clone()), doc);
            }
        }
    }
    let waiting: HashSet<String> = stored::pending()
        .await?
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    for (change, state) in results.iter().zip(known) {
        let mut state = state;
        let mut leaves = Vec::new();
        let mut unreadable = false;
        for leaf in &change.changes {
            if let Some(state) = &state {
                if state.base.as_ref() == Some(&leaf.rev) {
                    leaves.push(Leaf {
                        rev: leaf.rev.clone(),
                        body: None,
                        merged_into: None,
                    });
                    continue;
                }
                if let Some(other) = state.others.iter().find(|o| o.rev == leaf.rev) {
                    leaves.push(Leaf {
                        rev: leaf.rev.clone(),
                        body: other.body.clone(),
                        merged_into: other.merged_into.clone(),
                    });
                    continue;
                }
            }
            let Some(doc) = fetched.get(&(change.id.clone(), leaf.rev.clone())) else {
                continue;
            };
            let Some(data) = &doc.data else {
                // A tombstone that ended a conflict: not a version.
                continue;
            };
            match open_envelope(key, &change.id, data).await {
                Some(envelope) => {
                    if state.is_none() {
                        state = Some(DocState {
                            key: envelope.key.clone(),
                            ..DocState::default()
                        });
                    }
                    if state.as_ref().is_some_and(|s| s.key == envelope.key) {
                        leaves.push(Leaf {
                            rev: leaf.rev.clone(),
                            body: envelope.body,
                            merged_into: envelope.merged_into,
                        });
                    } else {
                        unreadable = true;
                    }
                }
                None => unreadable = true,
            }
        }
        if unreadable {
            pulled.unreadable.push(change.id.clone());
        }
        let Some(state) = state else {
            continue;
        };
        let dirty = waiting.contains(&state.key);
        let outcome = pull(&state, &leaves, dirty);
        let Some(local) = LocalDoc::of_key(&state.key) else {
            continue;
        };
        match outcome.write {
            LocalWrite::Keep => stored::save_state(&change.id, &outcome.state).await?,
            LocalWrite::Write { body, merged_into } => {
                // From a newer Lotse, or damaged: the local document stays as it is.
                let Some(content) = content_of(&local, body, merged_into) else {
                    pulled.unreadable.push(change.id.clone());
                    continue;
                };
                let pulled_doc = PulledDoc {
                    remote_id: change.id.clone(),
                    content,
                    if_unchanged: outcome.state,
                    if_changed: pull(&state, &leaves, true).state,
                };
                stored::write_pulled(&pulled_doc).await?;
            }
        }
        if local == LocalDoc::Sozialraum(String::from(PLACES_ID)) {
            join_places(&change.id, &state.key).await?;
        }
    }
    save_checkpoint(connection, device, &changes.last_seq).await?;
    Ok((changes.last_seq.to_string(), pulled))
}

/// What a pulled text is for `local`, if this Lotse can read it.
fn content_of(
    local: &LocalDoc,
    body: Option<String>,
    merged_into: Option<String>,
) -> Option<PulledContent> {
    Some(match local {
        LocalDoc::Case(_) => PulledContent::Case(match body {
            Some(text) => Some(Box::new(decode_case(&text).ok()?)),
            None => None,
        }),
        LocalDoc::Sozialraum(id) => {
            if let Some(text) = &body {
                let readable = match id.as_str() {
                    PLACES_ID => decode_places(text).is_ok(),
                    _ => decode_entry(text).is_ok(),
                };
                if !readable {
                    return None;
                }
            }
            PulledContent::Sozialraum { body, merged_into }
        }
    })
}

/// The team's lists are one document that every device adds to: where devices added to them
/// while apart, their versions are joined here at once ([`Places::joined_with`], which loses
/// no district and no category), starting from the version that wins on every device, so
/// that devices joining the same versions write the same text ([`DocState::joined`]). Lists
/// this device cannot read (from a newer Lotse) are left in conflict until it can.
///
/// [`Places::joined_with`]: crate::domain::sozialraum::Places::joined_with
async fn join_places(remote_id: &str, local_key: &str) -> Result<(), Failure> {
    let Some(state) = stored::doc_state(local_key).await? else {
        return Ok(());
    };
    let Some(base) = state.base.clone().filter(|_| state.in_conflict()) else {
        return Ok(());
    };
    let Ok(local) = load_places().await else {
        return Ok(());
    };
    // The local lists stand for `base` (with any change not sent yet).
    let mut versions = vec![(base, local)];
    for other in &state.others {
        // The lists are never deleted: a deletion is not a version to join.
        let Some(text) = &other.body else { continue };
        let Ok(places) = decode_places(text) else {
            return Ok(());
        };
        versions.push((other.rev.clone(), places));
    }
    let Some(winner) = winning_rev(versions.iter().map(|(rev, _)| rev.as_str())) else {
        return Ok(());
    };
    let winner = winner.to_string();
    versions.sort_by(|(a, _), (b, _)| (*a != winner, a).cmp(&(*b != winner, b)));
    let mut joined = versions[0].1.clone();
    for (_, places) in &versions[1..] {
        joined = joined.joined_with(places);
    }
    save_places(&joined).await?;
    let text = encode_places(&joined);
    stored::save_state(remote_id, &state.joined(&winner, &text)).await?;
    Ok(())
}

/// The envelope in `data`, if the team key opens it and it names the document it is in.
async fn open_envelope(key: &TeamKey, remote_id: &str, data: &str) -> Option<Envelope> {
    let text = key.open(data).await?;
    let envelope: Envelope = serde_json::from_str(&text).ok()?;
    // Moved from another document, it would overwrite the wrong one.
    (key.remote_id(&envelope.key).await.ok()? == remote_id).then_some(envelope)
}

/// A `since` as a query value (CouchDB's are texts with `-`, PouchDB's numbers).
fn encode_seq(seq: &str) -> String {
    let plain = seq.trim_matches('"');
    crate::domain::sync::settings::encode_component(plain)
}
