//! The team page's words for what can go wrong.

use crate::domain::sync::{AddressError, ServerProblem};
use crate::i18n::Key;
use crate::sync::setup::JoinError;
use crate::sync::Problem;

/// The message for a problem with the server or the member.
pub fn server_problem_key(problem: ServerProblem) -> Key {
    match problem {
        ServerProblem::Unreachable => Key::TeamProblemUnreachable,
        ServerProblem::NotAllowed => Key::TeamProblemNotAllowed,
        ServerProblem::NotCouchDb => Key::TeamProblemNotCouchdb,
        ServerProblem::WrongPassword => Key::TeamProblemWrongPassword,
        ServerProblem::NoDatabase => Key::TeamProblemNoDatabase,
        ServerProblem::NoPermission => Key::TeamProblemNoPermission,
        ServerProblem::ServerError => Key::TeamProblemServerError,
        // A conflict is met again once at most (see the checkpoint): then it is a puzzle.
        ServerProblem::Garbage | ServerProblem::Conflict => Key::TeamProblemGarbage,
        ServerProblem::WrongTeamPassphrase => Key::TeamProblemWrongTeamPassphrase,
    }
}

/// The message for joining that did not work (nothing is kept yet, so nothing waits).
pub fn join_error_key(error: JoinError) -> Key {
    match error {
        JoinError::Server(ServerProblem::Unreachable) => Key::TeamJoinUnreachable,
        JoinError::Server(problem) => server_problem_key(problem),
        JoinError::Device => Key::TeamProblemDevice,
    }
}

/// The message for a round of sync that did not work.
pub fn problem_key(problem: Problem) -> Key {
    match problem {
        Problem::Server(problem) => server_problem_key(problem),
        Problem::Device => Key::TeamProblemDevice,
    }
}

/// The message for an address that cannot be used.
pub fn server_error_key(error: AddressError) -> Key {
    match error {
        AddressError::Empty => Key::TeamServerEmpty,
        _ => Key::TeamServerInvalid,
    }
}

/// The message for a database name that cannot be used.
pub fn database_error_key(error: AddressError) -> Key {
    match error {
        AddressError::Empty => Key::TeamDatabaseEmpty,
        _ => Key::TeamDatabaseInvalid,
    }
}
