//! What the vault's operations return: entries, lookups, reveals, purge
//! and erase reports, statistics.

#[cfg(doc)]
use super::{Opener, epoch_of};

use std::collections::BTreeMap;
use std::fmt;
use std::time::SystemTime;
use zeroize::Zeroizing;

/// A vault entry's metadata and sealed value (no plaintext). Debug omits the
/// sealed bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Entry {
    /// The token (pseudonym) the entry is stored under.
    pub token: String,
    /// The pseudonymisation domain.
    pub domain: String,
    /// The category.
    pub category: String,
    /// The key epoch it was sealed in.
    pub epoch: u64,
    /// When the value was first seen.
    pub first_seen: SystemTime,
    /// When it was last seen (updated at most once a day).
    pub last_seen: SystemTime,
    /// The leaf index of a leaf-keyed entry; `None` for an entry sealed by
    /// an earlier release under the epoch's data key itself.
    pub(super) leaf: Option<u32>,
    pub(super) sealed: Vec<u8>,
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("token", &self.token)
            .field("domain", &self.domain)
            .field("category", &self.category)
            .field("epoch", &self.epoch)
            .field("first_seen", &self.first_seen)
            .field("last_seen", &self.last_seen)
            .field("sealed", &"[sealed]")
            .finish()
    }
}

/// What the vault knows about a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// An entry exists; open it with an [`Opener`].
    Found(Entry),
    /// The entry was erased on the subject's request at this time.
    Erased {
        /// When.
        at: SystemTime,
        /// The category the entry had (the tombstone keeps it, so that a
        /// role outside it is refused rather than told of the erasure).
        category: String,
    },
    /// The entry was purged by retention at this time.
    Expired {
        /// When.
        at: SystemTime,
        /// The category the entry had.
        category: String,
    },
    /// The vault has never held this token, or forgot it.
    Unknown,
}

/// The result of revealing a token.
pub enum Revealed {
    /// The original value, wiped on drop.
    Found {
        /// The entry's metadata.
        entry: Entry,
        /// The original.
        original: Zeroizing<String>,
    },
    /// Erased on the subject's request.
    Erased {
        /// When.
        at: SystemTime,
    },
    /// Purged, or its data key destroyed, by retention.
    Expired {
        /// When, if recorded.
        at: Option<SystemTime>,
    },
    /// Unknown token.
    Unknown,
}

impl fmt::Debug for Revealed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Revealed::Found { entry, .. } => f
                .debug_struct("Found")
                .field("entry", entry)
                .field("original", &"[redacted]")
                .finish(),
            Revealed::Erased { at } => f.debug_struct("Erased").field("at", at).finish(),
            Revealed::Expired { at } => f.debug_struct("Expired").field("at", at).finish(),
            Revealed::Unknown => f.write_str("Unknown"),
        }
    }
}

/// What a purge removed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PurgeReport {
    /// Entries deleted.
    pub entries: u64,
    /// Data keys destroyed (wrapped key and shred secret).
    pub keys: u64,
    /// Tombstones forgotten.
    pub tombstones: u64,
    /// Whether the store was compacted afterwards.
    pub compacted: bool,
}

/// What an erasure did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EraseReport {
    /// Entries erased.
    pub erased: u64,
    /// Of those, entries sealed by an earlier release, under their epoch's
    /// data key itself: gone from the vault, but a copy of the vault taken
    /// before the erasure still opens them with the current shred-key file
    /// until retention destroys that data key.
    pub legacy: u64,
}

/// Counts for `veil vault stats`; no values, no keys.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Per category.
    pub categories: BTreeMap<String, CategoryStats>,
    /// Every live data key, oldest epoch first.
    pub keys: Vec<KeyStats>,
    /// Erasure tombstones.
    pub erased: u64,
    /// Retention tombstones.
    pub expired: u64,
}

/// Entries of one category.
#[derive(Debug, Clone, Default)]
pub struct CategoryStats {
    /// Entries.
    pub entries: u64,
    /// Entries per epoch (see [`epoch_of`]).
    pub per_epoch: BTreeMap<u64, u64>,
    /// The earliest `first_seen`.
    pub oldest_first_seen: Option<SystemTime>,
    /// The earliest `last_seen`: the next entry retention will purge.
    pub oldest_last_seen: Option<SystemTime>,
}

/// One data key.
#[derive(Debug, Clone)]
pub struct KeyStats {
    /// The key's number: its epoch is [`epoch_of`] it.
    pub epoch: u64,
    /// Category.
    pub category: String,
    /// When it was created.
    pub created: SystemTime,
    /// When it last sealed (as of the last commit).
    pub last_used: SystemTime,
    /// Values sealed with it.
    pub seals: u64,
}
