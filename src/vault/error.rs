//! Why a vault operation failed ([`VaultError`]).

use std::path::PathBuf;

/// Why a vault operation failed. No variant carries an original value or
/// key material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The keyring predates the vault and has no reveal key pair.
    #[error(
        "the keyring has no reveal key pair, so reversible categories cannot be sealed; run `veil keys add-reveal` (or create a new keyring with `veil keys init`)"
    )]
    NoRevealKey,
    /// Opening entries needs the reveal secret, which a public keyring lacks.
    #[error(
        "opening vault entries needs the full keyring with the reveal secret; this is a public (pipeline) keyring"
    )]
    NoRevealSecret,
    /// Another process holds the vault file.
    #[error(
        "{path}: the vault is open in another veil process and stayed locked while we waited (a pipeline holds it only while it commits; a reveal, subject or vault command for its whole run); retry when that process has finished, or wait longer with --vault-wait"
    )]
    Locked {
        /// The vault path.
        path: PathBuf,
    },
    /// The vault was created for another keyring.
    #[error("{path}: the vault belongs to another keyring (reveal key fingerprint differs)")]
    WrongKeyring {
        /// The vault path.
        path: PathBuf,
    },
    /// The file is not a vault, or is truncated or damaged.
    #[error("{path}: not a veil vault, or the file is truncated or damaged: {reason}")]
    Corrupt {
        /// The vault path.
        path: PathBuf,
        /// What the store reported.
        reason: String,
    },
    /// The embedded store failed.
    #[error("{path}: vault store error: {reason}")]
    Store {
        /// The vault path.
        path: PathBuf,
        /// What the store reported.
        reason: String,
    },
    /// The shred-key file could not be read or written.
    #[error("{path}: shred-key file: {reason}")]
    KeyFile {
        /// The shred-key file path.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A file or directory could not be created.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The operating system's random number generator failed.
    #[error("the operating system random number generator failed")]
    Random,
    /// An item handed to the writer is unusable.
    #[error("invalid vault item: {0}")]
    Invalid(&'static str),
    /// The entry or its wrapped key does not open: wrong keys, or the entry
    /// was moved or altered.
    #[error("opening the vault entry failed")]
    OpenFailed,
    /// The entry's data key was destroyed by retention.
    #[error("the vault entry's data key was destroyed (retention)")]
    KeyDestroyed,
    /// The entry's own key was destroyed by an erasure: an entry left by an
    /// erasure that was interrupted (run it again), or in an old copy.
    #[error("the vault entry was erased (its key is destroyed)")]
    Erased,
    /// A read-side command was pointed at a vault that does not exist.
    #[error(
        "{path}: no vault there (check --vault or VEIL_VAULT; a vault is created by `veil run` with a reversible rule)"
    )]
    Missing {
        /// The vault path.
        path: PathBuf,
    },
    /// The vault holds data keys but its shred-key file is gone.
    #[error(
        "{path}: the vault holds data keys but its shred-key file {keys_path} is missing; restore it from where you keep it (a new one would make every existing token reveal as [expired]), or point --vault at the right vault"
    )]
    KeysMissing {
        /// The vault path.
        path: PathBuf,
        /// The missing shred-key file.
        keys_path: PathBuf,
    },
    /// The vault or its shred-key file is not a private regular file.
    #[error(transparent)]
    File(crate::private_file::PrivateFileError),
}
