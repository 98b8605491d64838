//! Replicating with a team's CouchDB database, the part that needs no browser: the server's
//! address and the policy that allows it, what a replicated document carries inside its
//! ciphertext, what the server's answers mean, and what pulled revisions do to a document on
//! this device (a conflict is kept, never decided).
//!
//! Local revisions never go to the server one by one: each sync sends one server revision
//! per changed document, the child of the server revision the device last had
//! ([`state::DocState::base`]), so hours of autosaves are one revision there.

pub mod address;
pub mod envelope;
pub mod settings;
pub mod state;
pub mod wire;

pub use address::{allowed_by_policy, database_name, server_address, AddressError};
pub use envelope::{Envelope, LocalDoc, TeamDoc, TEAM_DOC_ID};
pub use settings::TeamSettings;
pub use state::{pull, winning_rev, DocState, Leaf, LocalWrite, OtherVersion, Pinned, Pulled};
pub use wire::ServerProblem;
