//! The keyring file: TOML on disk, owner-only permissions, no secret text in
//! any error.
//!
//! One concern to a file: writing a keyring out as TOML (`render`),
//! creating, locking and atomically replacing the file (`write`), reading it
//! back into a [`Keyring`] with every check (`parse`), errors that say where
//! and why but never what (`error`), and the tests. Loading, which opens the
//! file and parses it, stays here.

mod error;
mod parse;
mod render;
#[cfg(test)]
mod tests;
mod write;

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use super::{KeyError, Keyring};
use crate::private_file::PrivateFileError;
use error::malformed;
use parse::parse;
pub(in crate::keys) use write::{lock_dir, replace, write_new};

/// The only file format version this build reads and writes.
const VERSION: u32 = 1;

pub(super) fn unix_now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        // A clock before 1970 is wrong, but the key is still good.
        Err(_) => 0,
    }
}

/// The most a keyring file may hold: a few keys and comments take about a
/// kilobyte; anything near this is not a keyring.
pub(super) const MAX_KEYRING_BYTES: u64 = 1 << 20;

/// Opens, checks and parses a keyring file: a regular file of this user
/// or root, no group or other access, at most [`MAX_KEYRING_BYTES`] (see
/// [`crate::private_file`]).
pub(super) fn load(path: &Path) -> Result<Keyring, KeyError> {
    let bytes = crate::private_file::read(path, MAX_KEYRING_BYTES).map_err(|e| match e {
        PrivateFileError::Io { path, source } => KeyError::Io { path, source },
        PrivateFileError::Permissions { path, mode } => KeyError::Permissions { path, mode },
        other => KeyError::File(other),
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        // Not text: say where, never what.
        let text = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        malformed(path, text, text.len(), "the keyring is not UTF-8 text")
    })?;
    parse(path, text)
}
