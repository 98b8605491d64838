//! The team a device syncs with, as stored on the device (sealed when encryption is on).

use serde::{Deserialize, Serialize};

/// Where and as whom this device syncs, and the team's key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSettings {
    /// The server's address ([`super::server_address`]).
    pub server: String,
    /// The team's database.
    pub database: String,
    /// The member's CouchDB name.
    pub name: String,
    /// The member's CouchDB password.
    pub password: String,
    /// The team key's 64 bytes (an AES-256-GCM key, then an HMAC-SHA-256 key), base64.
    pub secret: String,
    /// Names this device's checkpoint on the server (random).
    pub device: String,
}

impl TeamSettings {
    /// The database's address.
    pub fn database_url(&self) -> String {
        format!("{}/{}", self.server, encode_component(&self.database))
    }
}

/// `text` as one part of a URL path (CouchDB's database names may hold `/` `$` `+` `(` `)`).
pub fn encode_component(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_name_is_one_part_of_the_path() {
        assert_eq!(encode_component("team/nord+1"), "team%2Fnord%2B1");
    }
}
