//! The JSON CouchDB's replication protocol sends and answers, read without trusting it: an
//! answer that is not what the protocol promises is [`ServerProblem::Garbage`], never a
//! panic.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;

/// What can be wrong with the sync server, as the user is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServerProblem {
    /// No answer (offline, wrong address, server down).
    Unreachable,
    /// This Lotse may not reach that address (its Content-Security-Policy names another).
    NotAllowed,
    /// Something answers, but it is not CouchDB.
    NotCouchDb,
    /// The name or password was refused.
    WrongPassword,
    /// The database does not exist.
    NoDatabase,
    /// The member may not use the database.
    NoPermission,
    /// The server failed (a 5xx answer).
    ServerError,
    /// An answer that is not what the protocol promises.
    Garbage,
    /// A write named a revision that is no longer the latest (another tab or device wrote
    /// the same document first).
    Conflict,
    /// The team passphrase does not open the team's key.
    WrongTeamPassphrase,
}

/// The problem a failed answer names (`status` is not 2xx).
pub fn problem_of(status: u16, body: &str) -> ServerProblem {
    let error = serde_json::from_str::<ErrorAnswer>(body).ok();
    match (status, error.as_ref().map(|e| e.error.as_str())) {
        (500..=599, _) => ServerProblem::ServerError,
        (401, Some("unauthorized")) if is_login_refused(error.as_ref()) => {
            ServerProblem::WrongPassword
        }
        (401 | 403, Some(_)) => ServerProblem::NoPermission,
        (404, Some("not_found")) => ServerProblem::NoDatabase,
        (409, Some("conflict")) => ServerProblem::Conflict,
        _ => ServerProblem::Garbage,
    }
}

fn is_login_refused(error: Option<&ErrorAnswer>) -> bool {
    error.is_some_and(|e| e.reason.to_ascii_lowercase().contains("name or password"))
}

/// CouchDB's error answer.
#[derive(Debug, Deserialize)]
pub struct ErrorAnswer {
    /// A short name (`unauthorized`, `not_found`, …).
    pub error: String,
    /// What happened, in English.
    #[serde(default)]
    pub reason: String,
}

/// Whether the answer to `GET /` is CouchDB's welcome (or a server speaking its protocol,
/// such as PouchDB Server).
pub fn is_welcome(body: &str) -> bool {
    serde_json::from_str::<HashMap<String, Value>>(body).is_ok_and(|answer| {
        answer.contains_key("couchdb") || answer.contains_key("express-pouchdb")
    })
}

/// One line of `_changes?style=all_docs`.
#[derive(Debug, Deserialize)]
pub struct Change {
    /// The document's id.
    pub id: String,
    /// Every leaf revision of it.
    pub changes: Vec<RevOnly>,
}

/// `{rev}`.
#[derive(Debug, Deserialize, Serialize)]
pub struct RevOnly {
    /// A revision.
    pub rev: String,
}

/// The answer of `_changes`.
#[derive(Debug, Deserialize)]
pub struct Changes {
    /// The changes, oldest first.
    pub results: Vec<Change>,
    /// Where the next request starts (a number or a text, depending on the server).
    pub last_seq: Value,
}

/// A replicated document as the server holds it.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct RemoteDoc {
    /// Its id.
    #[serde(rename = "_id")]
    pub id: String,
    /// Its revision.
    #[serde(rename = "_rev")]
    pub rev: String,
    /// Whether it is a tombstone.
    #[serde(
        rename = "_deleted",
        default,
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub deleted: bool,
    /// CouchDB's revision path, sent with `new_edits: false`.
    #[serde(
        rename = "_revisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revisions: Option<RevisionPath>,
    /// The envelope's version; absent on a tombstone that ends a conflict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lotse: Option<u32>,
    /// The sealed envelope (nonce and ciphertext, base64).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}

/// `_revisions`: the generation of the newest and the hashes back from it.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct RevisionPath {
    /// The newest's generation.
    pub start: u64,
    /// Hashes, newest first.
    pub ids: Vec<String>,
}

/// The answer of `_bulk_get`.
#[derive(Debug, Deserialize)]
pub struct BulkGet {
    /// One result per requested revision.
    pub results: Vec<BulkGetResult>,
}

/// One result of `_bulk_get`.
#[derive(Debug, Deserialize)]
pub struct BulkGetResult {
    /// The document's id.
    pub id: String,
    /// The revision, or an error.
    pub docs: Vec<BulkGetDoc>,
}

/// A revision or why it is missing.
#[derive(Debug, Deserialize)]
pub struct BulkGetDoc {
    /// The revision as stored.
    #[serde(default)]
    pub ok: Option<RemoteDoc>,
}

/// The answer of `_revs_diff`: per id, the revisions the server lacks.
pub type RevsDiff = HashMap<String, Missing>;

/// The revisions the server lacks of one document.
#[derive(Debug, Deserialize)]
pub struct Missing {
    /// Their revisions.
    #[serde(default)]
    pub missing: Vec<String>,
}

/// A checkpoint in a `_local` document.
#[derive(Debug, Deserialize, Serialize)]
pub struct Checkpoint {
    /// Its revision (`0-1` and on), absent before the first write.
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    /// Where the next pull starts.
    pub last_seq: Value,
}

/// Reads an answer as `T`, or [`ServerProblem::Garbage`].
pub fn read<T: for<'de> Deserialize<'de>>(body: &str) -> Result<T, ServerProblem> {
    serde_json::from_str(body).map_err(|_| ServerProblem::Garbage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_answers_name_their_problem() {
        let refused = r#"{"error":"unauthorized","reason":"Name or password is incorrect."}"#;
        assert_eq!(problem_of(401, refused), ServerProblem::WrongPassword);
        let not_member =
            r#"{"error":"unauthorized","reason":"You are not authorized to access this db."}"#;
        assert_eq!(problem_of(401, not_member), ServerProblem::NoPermission);
        let forbidden =
            r#"{"error":"forbidden","reason":"You are not allowed to access this db."}"#;
        assert_eq!(problem_of(403, forbidden), ServerProblem::NoPermission);
        let missing = r#"{"error":"not_found","reason":"Database does not exist."}"#;
        assert_eq!(problem_of(404, missing), ServerProblem::NoDatabase);
        let conflict = r#"{"error":"conflict","reason":"Document update conflict."}"#;
        assert_eq!(problem_of(409, conflict), ServerProblem::Conflict);
        assert_eq!(problem_of(502, "<html>"), ServerProblem::ServerError);
        assert_eq!(
            problem_of(404, "<html>Not found</html>"),
            ServerProblem::Garbage
        );
    }

    #[test]
    fn only_couchdbs_welcome_is_couchdb() {
        assert!(is_welcome(r#"{"couchdb":"Welcome","version":"3.3.3"}"#));
        assert!(is_welcome(
            r#"{"express-pouchdb":"Welcome!","version":"4.2.0"}"#
        ));
        assert!(!is_welcome("<!doctype html>"));
        assert!(!is_welcome(r#"{"status":"ok"}"#));
    }

    #[test]
    fn garbage_is_a_problem_not_a_panic() {
        assert!(read::<Changes>("{\"results\":7}").is_err());
        let changes: Changes = read(
            r#"{"results":[{"id":"x","changes":[{"rev":"1-a"}],"seq":"1-g"}],"last_seq":"1-g"}"#,
        )
        .unwrap();
        assert_eq!(changes.results[0].changes[0].rev, "1-a");
        let doc: RemoteDoc = read(r#"{"_id":"x","_rev":"2-b","_deleted":true}"#).unwrap();
        assert!(doc.deleted && doc.data.is_none());
    }
}
