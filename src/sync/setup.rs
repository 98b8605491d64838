//! Joining a team: every check the data page's form runs before anything is kept, each with
//! its own message, and the team document (the salt of the team passphrase) read or, for the
//! first member, written.

use super::http::{Connection, Failure};
use super::team::{self, derive_secret, new_team};
use crate::domain::base64;
use crate::domain::sync::wire::{is_welcome, read};
use crate::domain::sync::{allowed_by_policy, ServerProblem, TeamDoc, TeamSettings, TEAM_DOC_ID};

/// What the form asks.
pub struct Joining {
    /// The server's address, checked ([`crate::domain::sync::server_address`]).
    pub server: String,
    /// The database, checked.
    pub database: String,
    /// The member's name.
    pub name: String,
    /// The member's password.
    pub password: String,
    /// The team passphrase.
    pub passphrase: String,
}

/// Why joining did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinError {
    /// The server, the member or the team passphrase.
    Server(ServerProblem),
    /// This device could not keep the settings, or has no WebCrypto.
    Device,
}

impl From<Failure> for JoinError {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Server(problem) => JoinError::Server(problem),
            Failure::Stopped => JoinError::Server(ServerProblem::Unreachable),
            Failure::Device(_) => JoinError::Device,
        }
    }
}

/// Checks everything, in the order a user can fix it, and gives the settings to keep.
pub async fn join(joining: Joining, device: String) -> Result<TeamSettings, JoinError> {
    if !allowed_here(&joining.server) {
        return Err(JoinError::Server(ServerProblem::NotAllowed));
    }
    let mut settings = TeamSettings {
        server: joining.server,
        database: joining.database,
        name: joining.name,
        password: joining.password,
        secret: String::new(),
        device,
    };
    let connection = Connection::new(&settings);
    let welcome = connection.welcome().await?;
    if !is_welcome(&welcome) {
        return Err(JoinError::Server(ServerProblem::NotCouchDb));
    }
    connection.log_in().await?;
    connection.database("GET", "", None).await?;
    let secret = match team_doc(&connection).await? {
        Some(team) => open_team(&team, &joining.passphrase).await?,
        None => {
            // The first member of the team: its salt is made here. Another member who was
            // quicker wins (409), and the passphrase must then open theirs.
            let (team, secret) = new_team(&joining.passphrase)
                .await
                .map_err(|_| JoinError::Device)?;
            let mut doc = serde_json::to_value(&team).map_err(|_| JoinError::Device)?;
            doc["_id"] = serde_json::Value::from(TEAM_DOC_ID);
            let path = format!("/{TEAM_DOC_ID}");
            match connection
                .database("PUT", &path, Some(&doc.to_string()))
                .await
            {
                Ok(_) => secret,
                Err(_) => match team_doc(&connection).await? {
                    Some(team) => open_team(&team, &joining.passphrase).await?,
                    None => return Err(JoinError::Server(ServerProblem::Garbage)),
                },
            }
        }
    };
    settings.secret = base64::encode(&secret);
    super::replicate::create_checkpoint(&connection, &settings.device).await?;
    Ok(settings)
}

/// The team document, or `None` before the first member wrote it (asked through
/// `_all_docs`, which says "not found" without a failed request).
async fn team_doc(connection: &Connection) -> Result<Option<TeamDoc>, JoinError> {
    let request = serde_json::json!({ "keys": [TEAM_DOC_ID] }).to_string();
    let answer = connection
        .database("POST", "/_all_docs?include_docs=true", Some(&request))
        .await?;
    let rows: serde_json::Value = read(&answer).map_err(JoinError::Server)?;
    let doc = rows
        .get("rows")
        .and_then(|rows| rows.get(0))
        .and_then(|row| row.get("doc"))
        .filter(|doc| !doc.is_null());
    match doc {
        Some(doc) => serde_json::from_value(doc.clone())
            .map(Some)
            .map_err(|_| JoinError::Server(ServerProblem::Garbage)),
        None => Ok(None),
    }
}

async fn open_team(team: &TeamDoc, passphrase: &str) -> Result<Vec<u8>, JoinError> {
    let secret = derive_secret(passphrase, team)
        .await
        .map_err(|_| JoinError::Server(ServerProblem::Garbage))?;
    if team::opens(team, &secret).await {
        Ok(secret)
    } else {
        Err(JoinError::Server(ServerProblem::WrongTeamPassphrase))
    }
}

/// Whether this page's Content-Security-Policy lets it reach `server`.
fn allowed_here(server: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let page_origin = document
        .location()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let policy = document
        .query_selector("meta[http-equiv=Content-Security-Policy]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    allowed_by_policy(&policy, &page_origin, server)
}
