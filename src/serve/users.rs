//! The users file of `veil serve`, managed with `veil users`.
//!
//! ```toml
//! [[user]]
//! name = "alice"
//! role = "support"
//! hash = "$argon2id$v=19$m=19456,t=2,p=1$…"
//! created = "2026-11-22T21:00:00Z"
//! disabled = false
//! ```
//!
//! A user's bearer token, `veil_<name>_<secret>` (the secret is 32 random
//! bytes in lower-case base32), is shown once by `veil users add` and kept
//! only as its argon2id hash (default parameters: 19 MiB, 2 passes). The
//! file is private (0600; a file group or others can read is refused) and
//! replaced atomically: temporary file, fsync, rename, fsync of the
//! directory. The server notices a changed file at its next request, so
//! `veil users disable` takes effect at once.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The users file.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsersFile {
    /// Every user, enabled or not (`[[user]]` tables).
    #[serde(default, rename = "user")]
    pub users: Vec<User>,
}

/// One user. Debug shows the hash, which is safe to show but useless to
/// print; `veil users list` leaves it out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct User {
    /// Login name: 1-32 characters of `a-z0-9.-`.
    pub name: String,
    /// The role (a `[[role]]` of `reveal.toml`).
    pub role: String,
    /// The argon2id hash of the bearer token, in PHC form.
    pub hash: String,
    /// When the user was added, RFC 3339 UTC.
    pub created: String,
    /// A disabled user's token is refused.
    #[serde(default)]
    pub disabled: bool,
    /// When the token stops working, RFC 3339 UTC; absent: it does not
    /// expire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
}

impl User {
    /// Whether the token has expired at `now` (seconds since the epoch). An
    /// expiry that does not parse counts as passed: fail closed.
    pub fn expired(&self, now: u64) -> bool {
        self.expires
            .as_deref()
            .is_some_and(|e| crate::reveal::audit::parse_rfc3339(e).is_none_or(|t| now >= t))
    }
}

/// Why the users file could not be read, written or changed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UsersError {
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Not a valid users file.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What toml reported.
        message: String,
    },
    /// Group or others may read or write the file.
    #[error(
        "{path}: users file is accessible by group or others (mode {mode:04o}); run `chmod 600 {path}`"
    )]
    Permissions {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The name is not a valid user name.
    #[error(
        "user name must be 1-32 characters of a-z, 0-9, '-', '.', starting with a letter or digit"
    )]
    BadName,
    /// A user of that name exists.
    #[error("user {0:?} exists")]
    Exists(String),
    /// No user of that name.
    #[error("no user {0:?}")]
    NoSuchUser(String),
    /// Hashing or randomness failed.
    #[error("could not create a token: {0}")]
    Crypto(String),
}

impl UsersFile {
    /// Reads the file; a missing file is an empty one.
    pub fn load(path: &Path) -> Result<UsersFile, UsersError> {
        let io = |source| UsersError::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(UsersFile::default());
            }
            Err(e) => return Err(io(e)),
        };
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(UsersError::Permissions {
                path: path.to_path_buf(),
                mode: mode & 0o7777,
            });
        }
        let text = fs::read_to_string(path).map_err(io)?;
        toml::from_str(&text).map_err(|e| UsersError::Parse {
            path: path.to_path_buf(),
            message: e.to_string(),
        })
    }

    /// Replaces the file atomically and durably, mode 0600.
    pub fn save(&self, path: &Path) -> Result<(), UsersError> {
        let text = toml::to_string(self).map_err(|e| UsersError::Crypto(e.to_string()))?;
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let write = || -> std::io::Result<()> {
            let mut f = OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&tmp)?;
            f.set_permissions(fs::Permissions::from_mode(0o600))?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            fs::rename(&tmp, path)?;
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            fs::File::open(dir)?.sync_all()
        };
        write().map_err(|source| UsersError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// The user named `name`.
    pub fn get(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|u| u.name == name)
    }

    /// Adds a user with a fresh token and returns the token: show it once,
    /// it is not stored.
    pub fn add(
        &mut self,
        name: &str,
        role: &str,
        created: String,
    ) -> Result<Zeroizing<String>, UsersError> {
        if !valid_name(name) {
            return Err(UsersError::BadName);
        }
        if self.get(name).is_some() {
            return Err(UsersError::Exists(name.to_owned()));
        }
        let mut secret = Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut secret[..]).map_err(|e| UsersError::Crypto(e.to_string()))?;
        let token = Zeroizing::new(format!("veil_{name}_{}", base32(&secret[..])));
        self.users.push(User {
            name: name.to_owned(),
            role: role.to_owned(),
            hash: hash_token(&token)?,
            created,
            disabled: false,
            expires: None,
        });
        Ok(token)
    }

    /// Sets when `name`'s token expires (RFC 3339 UTC), or that it does not.
    pub fn set_expires(&mut self, name: &str, expires: Option<String>) -> Result<(), UsersError> {
        match self.users.iter_mut().find(|u| u.name == name) {
            Some(u) => {
                u.expires = expires;
                Ok(())
            }
            None => Err(UsersError::NoSuchUser(name.to_owned())),
        }
    }

    /// Disables `name`: its token is refused from the server's next request.
    pub fn disable(&mut self, name: &str) -> Result<(), UsersError> {
        match self.users.iter_mut().find(|u| u.name == name) {
            Some(u) => {
                u.disabled = true;
                Ok(())
            }
            None => Err(UsersError::NoSuchUser(name.to_owned())),
        }
    }
}

/// The argon2id hash (PHC string) of a token.
pub fn hash_token(token: &str) -> Result<String, UsersError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| UsersError::Crypto(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| UsersError::Crypto(e.to_string()))?;
    argon2::Argon2::default()
        .hash_password(token.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| UsersError::Crypto(e.to_string()))
}

/// Whether `token` matches the PHC `hash` (slow on purpose: tens of ms).
pub fn verify_token(token: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => argon2::Argon2::default()
            .verify_password(token.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// The user name a token claims: `veil_<name>_<secret>`, or `None` if it
/// does not have that shape.
pub fn claimed_user(token: &str) -> Option<&str> {
    let rest = token.strip_prefix("veil_")?;
    let (name, secret) = rest.split_once('_')?;
    (valid_name(name)
        && secret.len() == 52
        && secret
            .bytes()
            .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)))
    .then_some(name)
}

/// A user or role name: 1-32 characters of `a-z0-9.-`, starting with a
/// letter or digit. No `_`, so that a bearer token `veil_<user>_<secret>`
/// splits unambiguously.
pub fn valid_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 32
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'.')
}

/// Lower-case RFC 4648 base32 without padding.
fn base32(bytes: &[u8]) -> String {
    let mut out = data_encoding::BASE32_NOPAD.encode(bytes);
    out.make_ascii_lowercase();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_shows_a_token_that_verifies_and_stores_only_its_hash() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("users.toml");
        let mut file = UsersFile::load(&path).unwrap();
        let token = file
            .add("alice", "support", "2026-01-01T00:00:00Z".into())
            .unwrap();
        assert_eq!(claimed_user(&token), Some("alice"));
        file.save(&path).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(!text.contains(token.as_str()));
        assert!(!text.contains(&token[11..]));
        assert!(text.contains("$argon2id$"));
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        let back = UsersFile::load(&path).unwrap();
        let alice = back.get("alice").unwrap();
        assert!(verify_token(&token, &alice.hash));
        assert!(!verify_token(
            &format!("{}x", &token[..token.len() - 1]),
            &alice.hash
        ));
        assert!(matches!(
            file.add("alice", "support", String::new()),
            Err(UsersError::Exists(_))
        ));
        assert!(matches!(
            file.add("a_b", "support", String::new()),
            Err(UsersError::BadName)
        ));
    }

    #[test]
    fn disable_and_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("users.toml");
        let mut file = UsersFile::default();
        file.add("bob", "support", String::new()).unwrap();
        file.disable("bob").unwrap();
        assert!(file.get("bob").unwrap().disabled);
        assert!(matches!(
            file.disable("carol"),
            Err(UsersError::NoSuchUser(_))
        ));
        file.save(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(
            UsersFile::load(&path),
            Err(UsersError::Permissions { .. })
        ));
    }

    #[test]
    fn token_shapes() {
        let secret = "a".repeat(52);
        assert_eq!(claimed_user(&format!("veil_bob_{secret}")), Some("bob"));
        assert_eq!(claimed_user(&format!("veil_bob_{}", &secret[1..])), None);
        assert_eq!(claimed_user(&format!("veil_Bob_{secret}")), None);
        assert_eq!(claimed_user(&format!("vail_bob_{secret}")), None);
        assert_eq!(claimed_user("veil_bob"), None);
        assert_eq!(base32(&[0xff; 5]), "77777777");
        assert_eq!(base32(b"f"), "my");
    }

    /// Bearer tokens carry their secret in this base32; a changed spelling
    /// would lock every account out. RFC 4648 section 10's last vector in
    /// lower case without padding, and every length up to 40 bytes against
    /// a bit-by-bit reference.
    #[test]
    fn base32_is_pinned() {
        assert_eq!(base32(b"foobar"), "mzxw6ytboi");
        let alphabet = b"abcdefghijklmnopqrstuvwxyz234567";
        let bytes: Vec<u8> = (0u8..40).map(|i| i.wrapping_mul(151) ^ 0x3c).collect();
        for n in 0..=bytes.len() {
            let bits: Vec<u8> = bytes[..n]
                .iter()
                .flat_map(|b| (0..8).rev().map(move |i| (b >> i) & 1))
                .collect();
            let reference: String = bits
                .chunks(5)
                .map(|c| {
                    let v = c.iter().chain(std::iter::repeat(&0)).take(5);
                    let v = v.fold(0usize, |acc, &bit| acc << 1 | usize::from(bit));
                    char::from(alphabet[v])
                })
                .collect();
            assert_eq!(base32(&bytes[..n]), reference, "{n} bytes");
        }
        assert_eq!(base32(&[0xff; 32]).len(), 52);
    }

    #[test]
    fn names_are_strict() {
        assert!(valid_name("alice"));
        assert!(valid_name("a.b-2"));
        assert!(!valid_name("a_b"));
        assert!(!valid_name("Alice"));
        assert!(!valid_name("-a"));
        assert!(!valid_name(""));
        assert!(!valid_name(&"a".repeat(33)));
    }
}
