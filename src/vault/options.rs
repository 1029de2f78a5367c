//! Tuning of a vault ([`Options`]).

#[cfg(doc)]
use super::{VaultError, default_keys_path};

use std::path::PathBuf;
use std::time::Duration;

/// Tuning of a vault; the defaults suit production.
#[derive(Clone, Debug)]
pub struct Options {
    /// The shred-key file; default [`default_keys_path`] of the vault.
    pub keys_path: Option<PathBuf>,
    /// Seals per data key before the writer starts a new epoch for that
    /// category. Default 2^28, far below the 2^32 bound for random nonces.
    pub max_seals_per_key: u64,
    /// Age after which a data key is retired. Default one day.
    pub max_epoch_age: Duration,
    /// How long an epoch lasts, in whole days (rounded down, at least one):
    /// epochs start at midnight UTC every `epoch_length` days since
    /// 1970-01-01. Default one day.
    pub epoch_length: Duration,
    /// Tokens remembered by a writer to skip repeated values. Default 1M.
    pub cache_tokens: usize,
    /// How long opening a vault waits while another process holds the file
    /// before failing with [`VaultError::Locked`]. Default 10 s: a pipeline
    /// holds it only for the milliseconds of a commit.
    pub lock_wait: Duration,
    /// How long a writer's commit waits for the file while another process
    /// holds it (`veil reveal`, `veil vault purge` compacting, ...). Default
    /// 5 minutes: the pipeline's output waits meanwhile, which is better
    /// than stopping it.
    pub commit_lock_wait: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            keys_path: None,
            max_seals_per_key: 1 << 28,
            max_epoch_age: Duration::from_secs(86_400),
            epoch_length: Duration::from_secs(86_400),
            cache_tokens: 1 << 20,
            lock_wait: Duration::from_secs(10),
            commit_lock_wait: Duration::from_secs(300),
        }
    }
}
