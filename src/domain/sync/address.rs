//! The sync server's address and the team's database, as a user types them, and whether the
//! page's Content-Security-Policy lets the app reach that server.

/// Why an address or a database name cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// Nothing was typed.
    Empty,
    /// Not an `https://` or `http://` address (or a name and password inside it).
    NotAnAddress,
    /// A database name CouchDB does not allow (a lowercase letter first, then lowercase
    /// letters, digits and `_ $ ( ) + - /`).
    BadDatabaseName,
}

/// The server's address as typed, checked and written one way: scheme and host in lowercase,
/// no trailing slash. A path stays (CouchDB behind a reverse proxy at `/couchdb`).
pub fn server_address(typed: &str) -> Result<String, AddressError> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(AddressError::Empty);
    }
    let (scheme, rest) = typed.split_once("://").ok_or(AddressError::NotAnAddress)?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(AddressError::NotAnAddress);
    }
    let (host, path) = match rest.find('/') {
        Some(at) => rest.split_at(at),
        None => (rest, ""),
    };
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    let path_ok = path
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_' | b'~'));
    if !host_ok || !path_ok {
        return Err(AddressError::NotAnAddress);
    }
    Ok(format!(
        "{scheme}://{}{}",
        host.to_ascii_lowercase(),
        path.trim_end_matches('/')
    ))
}

/// The origin (`scheme://host[:port]`) of an address [`server_address`] wrote.
pub fn origin_of(address: &str) -> &str {
    let after_scheme = address.find("://").map_or(0, |at| at + 3);
    match address[after_scheme..].find('/') {
        Some(at) => &address[..after_scheme + at],
        None => address,
    }
}

/// The team's database name, checked by CouchDB's rules.
pub fn database_name(typed: &str) -> Result<String, AddressError> {
    let name = typed.trim();
    let mut bytes = name.bytes();
    match bytes.next() {
        None => Err(AddressError::Empty),
        Some(first) if first.is_ascii_lowercase() => {
            let rest_ok = bytes.all(|b| {
                b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || matches!(b, b'_' | b'$' | b'(' | b')' | b'+' | b'-' | b'/')
            });
            if rest_ok {
                Ok(name.to_string())
            } else {
                Err(AddressError::BadDatabaseName)
            }
        }
        Some(_) => Err(AddressError::BadDatabaseName),
    }
}

/// Whether a page at `page_origin` under the Content-Security-Policy `policy` may send
/// requests to `address`: its origin is the page's and `connect-src` (or `default-src`)
/// allows `'self'`, or the directive names its origin exactly.
pub fn allowed_by_policy(policy: &str, page_origin: &str, address: &str) -> bool {
    let directive = |name: &str| {
        policy.split(';').map(str::trim).find_map(|d| {
            let mut words = d.split_whitespace();
            (words.next() == Some(name)).then(|| words.map(str::to_string).collect::<Vec<_>>())
        })
    };
    let Some(sources) = directive("connect-src").or_else(|| directive("default-src")) else {
        return true;
    };
    let origin = origin_of(address);
    sources.iter().any(|source| {
        (source == "'self'" && origin == page_origin)
            || source.trim_end_matches('/').eq_ignore_ascii_case(origin)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_written_one_way() {
        assert_eq!(
            server_address(" HTTPS://Couch.Example.org/ "),
            Ok("https://couch.example.org".into())
        );
        assert_eq!(
            server_address("http://127.0.0.1:5984/couchdb/"),
            Ok("http://127.0.0.1:5984/couchdb".into())
        );
        assert_eq!(server_address(""), Err(AddressError::Empty));
        assert_eq!(
            server_address("couch.example.org"),
            Err(AddressError::NotAnAddress)
        );
        assert_eq!(server_address("ftp://x"), Err(AddressError::NotAnAddress));
        assert_eq!(
            server_address("https://anna:pw@couch.example.org"),
            Err(AddressError::NotAnAddress)
        );
        assert_eq!(
            origin_of("http://127.0.0.1:5984/couchdb"),
            "http://127.0.0.1:5984"
        );
    }

    #[test]
    fn database_names_follow_couchdb() {
        assert_eq!(database_name(" team-nord "), Ok("team-nord".into()));
        assert_eq!(database_name("Team"), Err(AddressError::BadDatabaseName));
        assert_eq!(database_name("1team"), Err(AddressError::BadDatabaseName));
        assert_eq!(
            database_name("team nord"),
            Err(AddressError::BadDatabaseName)
        );
        assert_eq!(database_name(""), Err(AddressError::Empty));
    }

    #[test]
    fn the_policy_names_exactly_the_server() {
        let same = "default-src 'self'; connect-src 'self'";
        assert!(allowed_by_policy(
            same,
            "https://lotse.example.org",
            "https://lotse.example.org/couchdb"
        ));
        assert!(!allowed_by_policy(
            same,
            "https://lotse.example.org",
            "https://couch.example.org"
        ));
        let named = "connect-src 'self' https://couch.example.org";
        assert!(allowed_by_policy(
            named,
            "https://lotse.example.org",
            "https://couch.example.org/db"
        ));
        assert!(!allowed_by_policy(
            named,
            "https://lotse.example.org",
            "https://couch.example.org.evil"
        ));
        assert!(allowed_by_policy("", "https://a", "https://b"));
    }
}
