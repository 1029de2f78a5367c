//! Epochs and key numbers (`epoch << 24 | n`), and the seconds the rows
//! store times in.

#[cfg(doc)]
use super::{Entry, KeyStats};

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Bits of a key's stored number that count the key slots within an epoch.
const SLOT_BITS: u32 = 24;

/// The epoch of a key's stored number (as in [`Entry::epoch`] and
/// [`KeyStats::epoch`]): the day it started, in days since 1970-01-01, or 0
/// for keys of vaults made before epochs followed time.
pub fn epoch_of(key_number: u64) -> u64 {
    key_number >> SLOT_BITS
}

/// When an epoch (from [`epoch_of`]) started; `None` for epoch 0.
pub fn epoch_start(epoch: u64) -> Option<SystemTime> {
    (epoch > 0).then(|| time(epoch.saturating_mul(86_400)))
}

/// The epoch of the instant `now` (unix seconds) for an epoch length.
pub(crate) fn epoch_at(now: u64, length: Duration) -> u64 {
    let days = (length.as_secs() / 86_400).max(1);
    (now / 86_400) / days * days
}

/// The first key number of an epoch (see [`epoch_of`]): the key slots of
/// the epoch are reserved from here on.
pub fn first_key_number(epoch: u64) -> u64 {
    epoch << SLOT_BITS
}

pub(crate) fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub(crate) fn time(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}
