//! The reveal policy of `veil reveal` and `veil subject`: what an engineer
//! cannot change from the command line.
//!
//! It lives in a file the operator owns, by default
//! [`DEFAULT_PATH`] (`/etc/veil/reveal-policy.toml`), or the file named by
//! `VEIL_REVEAL_POLICY`:
//!
//! ```toml
//! case_budget = 200   # tokens one case id may reveal, in all, ever
//! allow_as = false    # whether --as may record another name than the OS user
//! ```
//!
//! Without the file the defaults hold, and they are the strict ones. A file
//! the caller could have written is refused: it must belong to root or to
//! another user than the one running veil, and must not be writable by
//! group or others. Pointing `VEIL_REVEAL_POLICY` elsewhere therefore gains
//! nothing: a file the engineer wrote is refused, and no file means the
//! defaults.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Where the policy is read from unless `VEIL_REVEAL_POLICY` names a file.
pub const DEFAULT_PATH: &str = "/etc/veil/reveal-policy.toml";
/// The environment variable naming another policy file.
pub const ENV: &str = "VEIL_REVEAL_POLICY";
/// Tokens one case id may reveal over its whole life unless the policy says
/// otherwise: enough for a real support case (a few dozen log lines), far
/// too few to page through a customer base.
pub const DEFAULT_CASE_BUDGET: u64 = 200;

/// The policy.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Tokens one case id may reveal through `veil reveal` over its whole
    /// life, whoever reveals them: closing, reopening or waiting frees
    /// nothing. Default [`DEFAULT_CASE_BUDGET`].
    #[serde(default = "default_case_budget")]
    pub case_budget: u64,
    /// Whether `--as NAME` may record another name than the OS user (a
    /// shared service account acting for named engineers). The entry then
    /// records both: `NAME (os user USER)`. Default false: `--as` is
    /// refused.
    #[serde(default)]
    pub allow_as: bool,
    /// Where it was read from (for messages); `None` for the defaults.
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            case_budget: DEFAULT_CASE_BUDGET,
            allow_as: false,
            source: None,
        }
    }
}

fn default_case_budget() -> u64 {
    DEFAULT_CASE_BUDGET
}

/// Why the policy could not be used. Refusing is the safe answer: a policy
/// that exists but cannot be trusted is not replaced by the defaults.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The file could not be read.
    #[error("reveal policy {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not a valid policy.
    #[error("reveal policy {path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The caller could have written the file.
    #[error(
        "reveal policy {path}: refused, the file must belong to root or the operator (not to the user running veil) and must not be writable by group or others"
    )]
    Untrusted {
        /// The file.
        path: PathBuf,
    },
}

/// Reads the policy: the file `VEIL_REVEAL_POLICY` names (which must
/// exist), else [`DEFAULT_PATH`] if it exists, else the defaults.
pub fn load() -> Result<Policy, PolicyError> {
    match std::env::var_os(ENV).filter(|v| !v.is_empty()) {
        Some(path) => load_from(Path::new(&path), true),
        None => load_from(Path::new(DEFAULT_PATH), false),
    }
}

/// Reads the policy at `path`; a missing file gives the defaults unless
/// `required`.
pub fn load_from(path: &Path, required: bool) -> Result<Policy, PolicyError> {
    let read_err = |source| PolicyError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            return Ok(Policy::default());
        }
        Err(e) => return Err(read_err(e)),
    };
    let caller = rustix::process::geteuid().as_raw();
    if !trusted(meta.uid(), meta.mode(), caller) {
        return Err(PolicyError::Untrusted {
            path: path.to_path_buf(),
        });
    }
    let text = std::fs::read_to_string(path).map_err(read_err)?;
    let mut policy: Policy = toml::from_str(&text).map_err(|e| PolicyError::Parse {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    if policy.case_budget == 0 {
        return Err(PolicyError::Parse {
            path: path.to_path_buf(),
            message: "case_budget must be at least 1".to_owned(),
        });
    }
    policy.source = Some(path.to_path_buf());
    Ok(policy)
}

/// Whether a policy file owned by `owner` with `mode` may bind a process
/// running as `caller`: root's or another user's, and writable by its owner
/// only. Root may use its own files (root can change anything anyway).
pub fn trusted(owner: u32, mode: u32, caller: u32) -> bool {
    (owner == 0 || owner != caller) && mode & 0o022 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_the_caller_cannot_write_are_trusted() {
        assert!(trusted(0, 0o644, 1000));
        assert!(trusted(0, 0o600, 0));
        assert!(trusted(999, 0o640, 1000), "the operator's file");
        assert!(!trusted(1000, 0o644, 1000), "the engineer's own file");
        assert!(!trusted(0, 0o664, 1000), "group-writable");
        assert!(!trusted(0, 0o646, 1000), "world-writable");
    }

    #[test]
    fn missing_means_defaults_unless_named() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.toml");
        assert_eq!(load_from(&missing, false).unwrap(), Policy::default());
        assert!(load_from(&missing, true).is_err());
        if rustix::process::geteuid().as_raw() != 0 {
            return; // a file this test writes is the caller's own: refused
        }
        let p = dir.path().join("p.toml");
        std::fs::write(&p, "case_budget = 5\nallow_as = true\n").unwrap();
        let policy = load_from(&p, true).unwrap();
        assert_eq!((policy.case_budget, policy.allow_as), (5, true));
        std::fs::write(&p, "case_budget = 5\nlimit = 9\n").unwrap();
        assert!(matches!(
            load_from(&p, true),
            Err(PolicyError::Parse { .. })
        ));
    }
}
