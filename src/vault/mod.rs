//! The vault: sealed originals of reversible pseudonyms, openable only on
//! the reveal side, destroyed by retention.
//!
//! # Entries
//!
//! A rule with `reversible = true` emits the pseudonym (the token, e.g.
//! `ph_nt4dvdomsuwkuqz6mdupmtab`) and hands the original to a [`Writer`],
//! which seals it at its next commit with AES-256-GCM under a random 96-bit
//! nonce and the entry's own key (see *Erasure* below). The associated data
//! is `lp("veil vault entry v2") lp(domain) lp(category) lp(token)
//! be64(epoch) be32(leaf)` (`lp` = 4-byte length prefix), so an entry
//! copied under another token, category, domain, key epoch or leaf fails to
//! open. Each distinct value is sealed once per epoch: a bounded in-memory
//! set of recent tokens makes a repeated token a hash-set hit, and
//! `last_seen` is written at most once a day per token. Entries written by
//! earlier releases are sealed under the epoch's data key itself, with
//! `"veil vault entry v1"` and no leaf; they still open.
//!
//! # Keys: envelope, one data key per (epoch, category)
//!
//! Entries are sealed with random 256-bit data keys. There is one data key
//! per **(epoch, category)**, not one per epoch, because retention is per
//! category (IP addresses 180 days, recorded calls 28 days, ...): with a
//! shared key the shortest-lived category could not be crypto-shredded
//! until the longest-lived one expired, and a long-lived category would pin
//! keys that also decrypt short-lived data. Separate keys let every category
//! be destroyed at exactly its own retention.
//!
//! An **epoch** is a stretch of wall-clock time, [`Options::epoch_length`]
//! (default one day, aligned to midnight UTC), not a process: a cron job
//! running `veil run` every minute still has one epoch a day. Each value is
//! sealed once per epoch: a value that the store already holds sealed in the
//! current epoch keeps that seal (only its `last_seen` moves), a value seen
//! again in a new epoch is sealed again under a key of the new one, so
//! recently seen values always live under a recent key.
//!
//! Within an epoch, each writer still seals under data keys of its own (a
//! pipeline holding only the public keyring cannot unwrap another's key,
//! and forgets its own when it exits). A key's stored number says both:
//! `epoch << 24 | n`, where `epoch` is the day the epoch started (days since
//! 1970-01-01) and `n` counts the key slots reserved in it; see
//! [`epoch_of`]. Vaults made before epochs followed time hold small numbers
//! (epoch 0, "undated"). A writer starts a new key when the epoch turns,
//! when a key has sealed [`Options::max_seals_per_key`] values (default
//! 2^28, far below the 2^32 random-nonce bound of NIST SP 800-38D section
//! 8.3; a warning is logged at half of it; the count is persisted per key),
//! or when it is older than [`Options::max_epoch_age`] (default one day, so
//! that a key stops being used soon enough to be destroyed on time).
//!
//! # Crypto-shredding that survives copies of the vault
//!
//! A data key is stored in the vault wrapped (see `wrap.rs`) with a key
//! derived from BOTH
//!
//! 1. an ephemeral-static X25519 agreement with the reveal public key
//!    (HPKE base mode style; HKDF-SHA256 binds both public keys, the epoch
//!    and the category), and
//! 2. a random 256-bit **shred secret** for that (epoch, category), kept in a
//!    separate small file beside the vault (`<vault>.keys`, mode 0600,
//!    replaced atomically), never in the vault file itself.
//!
//! The pipeline creates the data key and the shred secret, so it needs no
//! secret of the reveal side; it forgets the data key when the epoch ends.
//! Unwrapping needs the reveal secret (1) — which a pipeline host's public
//! keyring lacks, so it cannot open any entry, even with the shred-key file
//! beside it — and the shred secret (2). Retention destroys (2): [`Vault::purge`]
//! deletes expired entries and wrapped keys from the vault, compacts it, and
//! rewrites the shred-key file without the expired secrets. A copy of the
//! vault taken before the purge still holds the wrapped keys and entries,
//! but with the current keyring and shred-key file it no longer opens:
//! the only copy of the shred secret is gone.
//!
//! The shred-key file is therefore key material: keep it out of the backups
//! of the vault (or keep those backups for less than the shortest retention).
//! Backups of the vault file itself may be kept for any time. Deleting a
//! file does not scrub its disk blocks; on copy-on-write or snapshotting
//! file systems old versions of the shred-key file may survive, so place it
//! on a plain file system. A vault that holds data keys is refused when its
//! shred-key file is missing ([`VaultError::KeysMissing`]): a new, empty one
//! would make every existing token reveal as expired.
//!
//! # Erasure: a key per token that the erasure destroys
//!
//! An erasure must not be undone from a copy of the vault: redb's
//! copy-on-write leaves old pages in the file (flipping a copy's commit slot
//! brings the previous commit back), and freed pages survive compaction
//! too. So each token's entries are sealed under a key of their own: its
//! leaf secret enciphered under the epoch's data key, where the leaf secret
//! comes from a tree per category kept in the shred-key file
//! (`puncture.rs`). A token gets its leaf index the first
//! time it is sealed and keeps it in every later epoch, so all its seals —
//! in the live file, in free pages, in any copy — need the same leaf.
//! [`Vault::erase`] removes that leaf from the tree (puncturing it: the
//! tree keeps the up to 32 nodes around it, so every other leaf stays), then
//! deletes the entry, then rewrites the vault file without it
//! ([`Vault::scrub`]). From then on:
//!
//! - the live vault file holds no byte of any of the token's seals;
//! - a copy or backup of the vault file, taken before or after, does not
//!   open them with the shred-key file as it is now ([`VaultError::Erased`]);
//!   its other entries open as before;
//! - a copy of the shred-key file from before the erasure, with a copy of
//!   the vault, would still open them: one more reason to keep the shred-key
//!   file out of backups;
//! - entries sealed by an earlier release (no leaf) are deleted and
//!   scrubbed, but a copy of the vault from before the erasure still opens
//!   them until retention destroys their data key ([`EraseReport::legacy`]).
//!
//! The leaves cost each new entry a leaf derivation (about two AES-256 key
//! schedules, the tree walk shared with the previous index), two AES blocks
//! and a per-entry AES-GCM key schedule, and a commit one B-tree lookup per
//! new entry (its old leaf, if any); an erasure adds at most 32 nodes of 37
//! bytes to the shred-key file, and a scrub copies the vault once.
//!
//! # Store
//!
//! An embedded [redb] file with these tables: `meta` (format version,
//! vault id, keyring fingerprint = SHA-256 over a label and the reveal public
//! key, next epoch, next leaf index per category), `entries2` (token bytes →
//! epoch, first/last seen, name id, leaf index, sealed value), `names` (name id → domain, category: the few pairs
//! every entry would otherwise repeat), `keys` ((epoch, category) →
//! created, last used, seal count, wrapped data key), `tombstones` (token →
//! erased/expired, when, category: tokens are pseudonyms, no value is kept)
//! and `retention`. Format 1 vaults (an `entries` table with the domain and
//! category in every row) are migrated in one transaction when opened;
//! format 2 vaults (no leaf-keyed rows yet) are only marked format 3, so
//! that earlier releases refuse them. A tombstone is
//! kept for one more retention period of its category after the entry went
//! (one year if the category's retention is unknown): by then every copy of
//! the token in the SIEM has expired too. A value seen again after its
//! erasure is new processing and is sealed again (the tombstone goes).
//!
//! [`Writer::commit`] returns after a durable redb commit (fsync), so an
//! entry reported written survives a crash; redb's copy-on-write
//! transactions mean a kill mid-commit loses only the uncommitted batch.
//! Every vault commit also saves redb's allocator state (`quick_repair`),
//! so a file left by a killed process reopens without a repair walk over
//! the whole file.
//!
//! # Several processes
//!
//! redb 2.x takes an exclusive `flock` on the file for as long as a
//! `Database` is open, for readers too (it has no read-only multi-process
//! mode; later major versions need a newer Rust than this crate's minimum).
//! So nobody keeps the file longer than needed:
//!
//! - A pipeline uses [`Vault::into_writer`]: the [`Writer`] keeps its state
//!   (data keys, seal counts, pending entries, recent tokens) in memory and
//!   opens the file only to commit a batch or to reserve a key epoch, then
//!   closes it. Between commits — while it waits on `tail -F` for hours —
//!   the file is free. A writer made with [`Vault::writer`] commits through
//!   that handle while the handle lives (two `Database`s on one file in one
//!   process would conflict too).
//! - Every [`Vault::open`] waits while another process holds the file, up
//!   to [`Options::lock_wait`] (10 s; `veil --vault-wait`), polling every
//!   millisecond or two, then fails with [`VaultError::Locked`]; a writer's
//!   commit waits up to [`Options::commit_lock_wait`] (5 minutes: a slow
//!   purge should hold the pipeline's output back, not stop it). File locks
//!   are not fair, so a detached writer leaves at least 5 ms between
//!   releasing the file and taking it again; processing a batch normally
//!   takes longer than that anyway.
//! - Commands hold the file for their whole (short) run: `veil reveal`,
//!   `veil subject`, `veil vault`. A pipeline's commit waits for them.
//!
//! Cost, measured on a vault of 100k entries (25.7 MB, release build, an
//! ordinary SSD): opening and closing the file 11.5 ms (redb writes and
//! syncs its header at both ends; it does not read the file through); a
//! writer's commit of a small batch 18 ms with the open and close, 8 ms
//! through a held handle. Opening a file whose holder was killed: 24 ms
//! when its last commit saved the allocator state, as every vault commit
//! does; without that, redb walks the whole file to repair it (61 ms here,
//! growing with the file: seconds for a vault of gigabytes).
//!
//! What the processes must agree on, and how:
//!
//! - **Epochs.** Two pipelines may now share a vault. Key numbers (epoch
//!   day and slot, see [`epoch_of`]) are reserved in the store
//!   (`meta.next_epoch`, in its own durable commit) when a writer first
//!   needs a key and at each rotation, so a (key number, category) slot
//!   belongs to exactly one writer. A fresh key is stored (row and shred
//!   secret) only with the first entry sealed under it.
//! - **The shred-key file.** Written by a writer's commit (fresh secrets)
//!   and by a purge (destroying expired and orphaned secrets), each a
//!   read-modify-write of the whole file. Both do it while holding the
//!   redb file, and the writer keeps holding it until its store commit, so
//!   a purge never sees a fresh secret before its key row and never
//!   destroys it as an orphan; within one process a mutex spans the same
//!   section. Readers only read the file, which is replaced atomically.
//! - **Leaves.** Fresh leaf indices come from `meta.leaves/<category>`
//!   inside the commit, under the file lock; each category's tree is made
//!   once, by the first writer that needs it, in the shred-key file.
//! - **Scrubs.** [`Vault::scrub`] renames a rewritten file over the vault
//!   while it holds the old one; a process that opened the old file meanwhile
//!   notices the path now names another file once it has the lock, and
//!   opens again.
//! - **Erasures.** An erasure bumps `meta.erasures`; a writer that sees the
//!   counter move at its next commit forgets its token cache, so an erased
//!   value reappearing is sealed again from the next batch on. (Until then,
//!   and for values the pipeline's own token cache still holds, it is not:
//!   the same window as for a value seen just before the erasure.) A batch
//!   sealed before an erasure and committed after it puts the value back —
//!   it was data in flight when the erasure came.
//! - **Replacement.** A writer checks the vault id at every commit and
//!   refuses a file that was swapped or restored under it.

mod puncture;
mod shred;
mod wrap;
mod writer;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use aes::Aes256Enc;
use redb::{Database, ReadableTable, ReadableTableMetadata, TableDefinition, TableHandle};
use zeroize::Zeroizing;

use crate::keys::seal::Sealer;
use crate::keys::{Keyring, RevealSecretKey, SecretKey};

pub use writer::{Item, Writer};

use shred::{ShredFileError, ShredKeys};

/// The vault format version, stored in `meta`. Format 1 vaults (entries
/// keyed by `&str`, domain and category in every row) are migrated when
/// opened; format 2 vaults are format 3 vaults without leaf-keyed rows, and
/// are marked format 3 when opened (so that earlier releases, which cannot
/// read leaf-keyed rows, refuse them).
const FORMAT: u8 = 3;
/// Tombstones of categories without a known retention are kept this long.
const TOMBSTONE_DEFAULT: Duration = Duration::from_secs(366 * 86_400);

/// Row: epoch, first seen, last seen (u64 LE), name id (u32 LE), then the
/// sealed value; in a leaf-keyed row (top bit of the name id set) the sealed
/// value is preceded by its leaf index (u32 BE); see [`encode_entry`]. Raw bytes, not a redb tuple: a tuple
/// stores a length per field and is serialised into a fresh allocation at
/// every insert. The domain and category are a [`NAMES`] id, not strings
/// in every row.
type EntryRow<'a> = &'a [u8];
/// An entry's fixed fields: epoch, first seen, last seen, name id.
type EntryFields = (u64, u64, u64, u32);
const ENTRY_FIXED: usize = 28;
/// Set in a row's stored name id when the entry is sealed under its own
/// key (see `puncture.rs`) and its leaf index precedes the sealed value.
/// Rows of earlier releases are sealed under the epoch's data key itself.
const LEAF_KEYED: u32 = 1 << 31;
/// Format 1 row: version, epoch, first seen, last seen, domain, category,
/// sealed.
type EntryRowV1<'a> = (u8, u64, u64, u64, &'a str, &'a str, &'a [u8]);
/// Row: created, last used, seals, ephemeral public key, wrapped data key.
type KeyRow<'a> = (u64, u64, u64, &'a [u8], &'a [u8]);
/// Row: reason (1 erased, 2 expired), when, category.
type TombRow<'a> = (u8, u64, &'a str);

const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// Keyed by the token's bytes: a `&str` key would be checked as UTF-8 at
/// every comparison of every B-tree descent.
const ENTRIES: TableDefinition<&[u8], EntryRow> = TableDefinition::new("entries2");
/// Name id → (domain, category), the few pairs the entries refer to.
const NAMES: TableDefinition<u32, (&str, &str)> = TableDefinition::new("names");
const ENTRIES_V1: TableDefinition<&str, EntryRowV1> = TableDefinition::new("entries");
const KEYS: TableDefinition<(u64, &str), KeyRow> = TableDefinition::new("keys");
const TOMBSTONES: TableDefinition<&str, TombRow> = TableDefinition::new("tombstones");
/// Category → retention in seconds, as last given by a writer.
const RETENTION: TableDefinition<&str, u64> = TableDefinition::new("retention");

/// `meta` key: erasures so far, for writers in other processes.
const ERASURES: &str = "erasures";
/// `meta` key prefix: the next unused leaf index of a category (u64 BE),
/// `leaves/<category>`.
const LEAVES: &str = "leaves/";

const ERASED: u8 = 1;
const EXPIRED: u8 = 2;

/// The default vault path for a keyring: `<keyring>.vault` beside it.
pub fn default_path(keyring_path: &Path) -> PathBuf {
    let mut p = keyring_path.as_os_str().to_owned();
    p.push(".vault");
    PathBuf::from(p)
}

/// The default shred-key file for a vault: `<vault>.keys` beside it.
pub fn default_keys_path(vault_path: &Path) -> PathBuf {
    let mut p = vault_path.as_os_str().to_owned();
    p.push(".keys");
    PathBuf::from(p)
}

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
    leaf: Option<u32>,
    sealed: Vec<u8>,
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

/// An open vault. See the module doc.
pub struct Vault {
    /// Held open (and so locked against other processes) for the handle's
    /// lifetime; writers made from this handle use it while it lives.
    db: Arc<Database>,
    shared: Arc<Shared>,
}

/// What a vault handle and the writers made from it share: where the files
/// are, the options, and the in-process coordination.
struct Shared {
    path: PathBuf,
    keys_path: PathBuf,
    vault_id: [u8; 16],
    options: Options,
    /// The handle's database while the [`Vault`] lives: a second `Database`
    /// on the same file in this process would conflict with the first one's
    /// file lock, so writers borrow this one instead of opening their own.
    held: Mutex<Weak<Database>>,
    /// Bumped by every erasure through this handle, so writers drop their
    /// token cache before the next put (erasures by other processes are
    /// seen at the next commit through the `erasures` counter in `meta`).
    erasures: AtomicU64,
    /// Serialises, within this process, a writer's commit (shred-key file
    /// then store) against a purge (store then shred-key file). Other
    /// processes are excluded by the store's file lock, which both hold
    /// across the same span.
    shred_lock: Mutex<()>,
    /// When a writer of this handle last released a file it opened itself.
    released: Mutex<Option<Instant>>,
}

impl Shared {
    fn store_err(&self) -> impl Fn(&dyn fmt::Display) -> VaultError + use<> {
        let path = self.path.clone();
        move |e| VaultError::Store {
            path: path.clone(),
            reason: e.to_string(),
        }
    }

    fn corrupt(&self, reason: &str) -> VaultError {
        VaultError::Corrupt {
            path: self.path.clone(),
            reason: reason.to_owned(),
        }
    }

    /// Reads the shred-key file. A missing file is an empty set only while
    /// the store holds no data key; otherwise the file was lost, and saving
    /// a new one would destroy every key ([`VaultError::KeysMissing`]).
    fn load_shred(&self, db: &Database) -> Result<ShredKeys, VaultError> {
        let keys =
            ShredKeys::load(&self.keys_path, self.vault_id).map_err(|e| self.shred_err(e))?;
        if keys.secrets.is_empty()
            && keys.trees.is_empty()
            && !self.keys_path.exists()
            && store_has_keys(db, &self.path)?
        {
            return Err(VaultError::KeysMissing {
                path: self.path.clone(),
                keys_path: self.keys_path.clone(),
            });
        }
        Ok(keys)
    }

    fn shred_err(&self, e: ShredFileError) -> VaultError {
        VaultError::KeyFile {
            path: self.keys_path.clone(),
            reason: match e {
                ShredFileError::Io(e) => e.to_string(),
                ShredFileError::Malformed(why) => why.to_owned(),
                ShredFileError::Unsafe(e) => return VaultError::File(e),
            },
        }
    }

    fn lock_shred(&self) -> Result<std::sync::MutexGuard<'_, ()>, VaultError> {
        self.shred_lock.lock().map_err(|_| VaultError::KeyFile {
            path: self.keys_path.clone(),
            reason: "lock poisoned".to_owned(),
        })
    }

    /// The live handle's database, if a [`Vault`] of this process holds one.
    fn held(&self) -> Option<Arc<Database>> {
        self.held.lock().ok().and_then(|w| w.upgrade())
    }
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.shared.path)
            .field("keys_path", &self.shared.keys_path)
            .finish_non_exhaustive()
    }
}

pub(crate) fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub(crate) fn time(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

/// Associated data of an entry.
fn entry_aad(domain: &str, category: &str, token: &str, epoch: u64) -> Vec<u8> {
    let mut aad = Vec::with_capacity(40 + domain.len() + category.len() + token.len());
    entry_aad_into(&mut aad, domain, category, token, epoch);
    aad
}

/// Associated data of a leaf-keyed entry: also binds the leaf index.
fn leaf_aad_into(
    aad: &mut Vec<u8>,
    domain: &str,
    category: &str,
    token: &str,
    epoch: u64,
    leaf: u32,
) {
    aad.clear();
    wrap::lp(aad, b"veil vault entry v2");
    wrap::lp(aad, domain.as_bytes());
    wrap::lp(aad, category.as_bytes());
    wrap::lp(aad, token.as_bytes());
    aad.extend_from_slice(&epoch.to_be_bytes());
    aad.extend_from_slice(&leaf.to_be_bytes());
}

/// [`entry_aad`] into a reused buffer (cleared first).
fn entry_aad_into(aad: &mut Vec<u8>, domain: &str, category: &str, token: &str, epoch: u64) {
    aad.clear();
    wrap::lp(aad, b"veil vault entry v1");
    wrap::lp(aad, domain.as_bytes());
    wrap::lp(aad, category.as_bytes());
    wrap::lp(aad, token.as_bytes());
    aad.extend_from_slice(&epoch.to_be_bytes());
}

impl Vault {
    /// Opens the vault at `path`, creating it if missing, with default
    /// [`Options`]. Refuses a vault made for another keyring, a damaged
    /// file, a file held by another process, a file that is not private
    /// (see [`crate::private_file`]) and a vault with data keys whose
    /// shred-key file is missing.
    pub fn open(path: &Path, keyring: &Keyring) -> Result<Vault, VaultError> {
        Vault::open_with(path, keyring, Options::default())
    }

    /// [`Vault::open`] with explicit options. While another process holds
    /// the file (a pipeline committing a batch), waits up to
    /// [`Options::lock_wait`] before giving up with [`VaultError::Locked`].
    pub fn open_with(
        path: &Path,
        keyring: &Keyring,
        options: Options,
    ) -> Result<Vault, VaultError> {
        Vault::open_inner(path, keyring, options, true)
    }

    /// [`Vault::open_with`] for the read side (`reveal`, `subject`, `vault
    /// stats`, `serve`): a vault that does not exist (or an empty file) is
    /// refused with [`VaultError::Missing`] instead of created, so that a
    /// mistyped path is not answered from an empty vault.
    pub fn open_existing(
        path: &Path,
        keyring: &Keyring,
        options: Options,
    ) -> Result<Vault, VaultError> {
        Vault::open_inner(path, keyring, options, false)
    }

    fn open_inner(
        path: &Path,
        keyring: &Keyring,
        options: Options,
        create: bool,
    ) -> Result<Vault, VaultError> {
        let public = keyring.reveal_public().ok_or(VaultError::NoRevealKey)?;
        let fingerprint = public.fingerprint();
        let exists = match crate::private_file::open(path) {
            Ok(file) => file.metadata().map(|m| m.len() > 0).unwrap_or(false),
            Err(crate::private_file::PrivateFileError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                false
            }
            Err(e) => return Err(VaultError::File(e)),
        };
        if !exists {
            if !create {
                return Err(VaultError::Missing {
                    path: path.to_path_buf(),
                });
            }
            create_file(path)?;
        }
        let db = Arc::new(open_db(path, !exists, options.lock_wait)?);
        let keys_path = options
            .keys_path
            .clone()
            .unwrap_or_else(|| default_keys_path(path));
        let vault_id = init_meta(&db, path, exists, &fingerprint)?;
        check_keys_file(&db, path, &keys_path)?;
        let shared = Arc::new(Shared {
            path: path.to_path_buf(),
            keys_path,
            vault_id,
            options,
            held: Mutex::new(Arc::downgrade(&db)),
            erasures: AtomicU64::new(0),
            shred_lock: Mutex::new(()),
            released: Mutex::new(None),
        });
        Ok(Vault { db, shared })
    }

    fn store_err(&self) -> impl Fn(&dyn fmt::Display) -> VaultError + use<> {
        self.shared.store_err()
    }

    fn corrupt(&self, reason: &str) -> VaultError {
        self.shared.corrupt(reason)
    }
}

/// Refuses a vault whose shred-key file is missing while it holds data keys
/// (a new, empty file would make every existing token reveal as expired),
/// and a shred-key file that is not private.
fn check_keys_file(db: &Database, path: &Path, keys_path: &Path) -> Result<(), VaultError> {
    use crate::private_file::{self, PrivateFileError};
    match private_file::open(keys_path) {
        Ok(_) => Ok(()),
        Err(PrivateFileError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound =>
        {
            if store_has_keys(db, path)? {
                Err(VaultError::KeysMissing {
                    path: path.to_path_buf(),
                    keys_path: keys_path.to_path_buf(),
                })
            } else {
                Ok(())
            }
        }
        Err(e) => Err(VaultError::File(e)),
    }
}

/// Whether the store holds any wrapped data key.
fn store_has_keys(db: &Database, path: &Path) -> Result<bool, VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let tx = db.begin_read().map_err(|e| err(&e))?;
    let keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
    Ok(!keys.is_empty().map_err(|e| err(&e))?)
}

thread_local! {
    /// Set while this thread runs code whose panics are caught and turned
    /// into errors; see [`quietly`].
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, catching a panic, without the panic hook printing its message
/// and backtrace: the caller reports a clean error instead. The hook is
/// wrapped once per process, and stays silent only on this thread and only
/// while `f` runs; any other panic is reported as before.
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result
}

/// The file a path names now (device and inode), to notice a vault that
/// [`Vault::scrub`] replaced between opening and locking it.
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Opens the redb file, waiting up to `wait` while another process holds
/// its lock. The holder is normally a pipeline that keeps the file only for
/// the milliseconds of a commit and may take it again soon after; file
/// locks are not fair, so the poll is tight (an attempt is an `open` and a
/// `flock`) to catch the gaps between its commits.
fn open_db(path: &Path, create: bool, wait: Duration) -> Result<Database, VaultError> {
    let deadline = Instant::now() + wait;
    let mut pause = Duration::from_millis(1);
    loop {
        match open_db_once(path, create) {
            Err(VaultError::Locked { .. }) if Instant::now() < deadline => {
                let left = deadline.saturating_duration_since(Instant::now());
                std::thread::sleep(pause.min(left));
                pause = (pause * 2).min(Duration::from_millis(2));
            }
            other => return other,
        }
    }
}

fn open_db_once(path: &Path, create: bool) -> Result<Database, VaultError> {
    let mut builder = Database::builder();
    builder.set_cache_size(32 << 20);
    let before = file_identity(path);
    // redb 2.x asserts (panics) on some damaged files, e.g. one truncated
    // below the length its header records; a damaged vault must be an
    // error, not a crash, and not a panic message with a backtrace.
    let opened = quietly(|| {
        if create {
            builder.create(path)
        } else {
            builder.open(path)
        }
    })
    .map_err(|_| VaultError::Corrupt {
        path: path.to_path_buf(),
        reason: "the store's consistency checks failed".to_owned(),
    })?;
    if opened.is_ok() && file_identity(path) != before {
        // The file was replaced (a scrub renamed a rewritten vault over it)
        // while we opened it: the handle may be the old, unlinked file.
        // Try again, as for a locked file.
        return Err(VaultError::Locked {
            path: path.to_path_buf(),
        });
    }
    opened.map_err(|e| match e {
        redb::DatabaseError::DatabaseAlreadyOpen => VaultError::Locked {
            path: path.to_path_buf(),
        },
        redb::DatabaseError::Storage(redb::StorageError::Io(source))
            if !matches!(
                source.kind(),
                std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::InvalidData
            ) =>
        {
            VaultError::Io {
                path: path.to_path_buf(),
                source,
            }
        }
        other => VaultError::Corrupt {
            path: path.to_path_buf(),
            reason: other.to_string(),
        },
    })
}

/// Checks (or, for a new file, writes) the `meta` table and returns the
/// vault id.
fn init_meta(
    db: &Database,
    path: &Path,
    existed: bool,
    fingerprint: &[u8; 32],
) -> Result<[u8; 16], VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let corrupt = |reason: &str| VaultError::Corrupt {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    };
    let mut tx = db.begin_write().map_err(|e| err(&e))?;
    tx.set_quick_repair(true);
    let mut fresh = false;
    let mut migrate = false;
    let mut upgrade = false;
    let vault_id;
    {
        let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
        let format = meta
            .get("format")
            .map_err(|e| err(&e))?
            .map(|v| v.value().to_vec());
        match format {
            None if existed && meta.len().map_err(|e| err(&e))? > 0 => {
                return Err(corrupt("meta table without a format version"));
            }
            None => {
                fresh = true;
                let mut id = [0u8; 16];
                getrandom::fill(&mut id).map_err(|_| VaultError::Random)?;
                meta.insert("format", [FORMAT].as_slice())
                    .map_err(|e| err(&e))?;
                meta.insert("keyring", fingerprint.as_slice())
                    .map_err(|e| err(&e))?;
                meta.insert("vault_id", id.as_slice())
                    .map_err(|e| err(&e))?;
                meta.insert("next_epoch", 1u64.to_be_bytes().as_slice())
                    .map_err(|e| err(&e))?;
            }
            Some(v) if v.as_slice() == [1] => migrate = true,
            Some(v) if v.as_slice() != [FORMAT] && v.as_slice() != [2] => {
                return Err(corrupt("unsupported vault format version"));
            }
            Some(v) => {
                if v.as_slice() == [2] {
                    // Nothing to convert: only the marker moves, so that
                    // earlier releases refuse the leaf-keyed rows to come.
                    upgrade = true;
                    meta.insert("format", [FORMAT].as_slice())
                        .map_err(|e| err(&e))?;
                }
                // A pipeline of the previous release that was already
                // running when the vault was migrated recreates the format
                // 1 table at its next commit; its rows are folded in here.
                let tables = tx.list_tables().map_err(|e| err(&e))?;
                migrate = tables.into_iter().any(|t| t.name() == ENTRIES_V1.name());
            }
        }
        let stored = meta
            .get("keyring")
            .map_err(|e| err(&e))?
            .map(|v| v.value().to_vec());
        if stored.as_deref() != Some(fingerprint.as_slice()) {
            return Err(VaultError::WrongKeyring {
                path: path.to_path_buf(),
            });
        }
        let id = meta
            .get("vault_id")
            .map_err(|e| err(&e))?
            .map(|v| v.value().to_vec());
        vault_id = id
            .as_deref()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| corrupt("meta table without a vault id"))?;
        if meta_u64(&meta, "next_epoch", path)?.is_none() {
            return Err(corrupt("meta table without an epoch counter"));
        }
        // Create every table so that readers find them.
        tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        tx.open_table(NAMES).map_err(|e| err(&e))?;
        tx.open_table(KEYS).map_err(|e| err(&e))?;
        tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
        tx.open_table(RETENTION).map_err(|e| err(&e))?;
    }
    if migrate {
        migrate_v1(&tx, path)?;
    }
    if fresh || migrate || upgrade {
        tx.commit().map_err(|e| err(&e))?;
    } else {
        tx.abort().map_err(|e| err(&e))?;
    }
    Ok(vault_id)
}

/// Writes an entry row into `out`: a leaf-keyed one if `leaf` is given.
fn encode_entry(
    out: &mut Vec<u8>,
    (epoch, first, last, name): EntryFields,
    leaf: Option<u32>,
    sealed: &[u8],
) {
    out.clear();
    out.reserve(ENTRY_FIXED + 4 + sealed.len());
    out.extend_from_slice(&epoch.to_le_bytes());
    out.extend_from_slice(&first.to_le_bytes());
    out.extend_from_slice(&last.to_le_bytes());
    let flag = if leaf.is_some() { LEAF_KEYED } else { 0 };
    out.extend_from_slice(&(name | flag).to_le_bytes());
    if let Some(leaf) = leaf {
        out.extend_from_slice(&leaf.to_be_bytes());
    }
    out.extend_from_slice(sealed);
}

/// An entry row's fields, leaf index (for a leaf-keyed row) and sealed
/// value; `None` if it is too short.
fn decode_entry(row: &[u8]) -> Option<(EntryFields, Option<u32>, &[u8])> {
    let (fixed, rest) = row.split_at_checked(ENTRY_FIXED)?;
    let u64_at = |i: usize| -> Option<u64> {
        Some(u64::from_le_bytes(fixed.get(i..i + 8)?.try_into().ok()?))
    };
    let stored = u32::from_le_bytes(fixed.get(24..28)?.try_into().ok()?);
    let name = stored & !LEAF_KEYED;
    let (leaf, sealed) = if stored & LEAF_KEYED != 0 {
        let (leaf, sealed) = rest.split_at_checked(4)?;
        (Some(u32::from_be_bytes(leaf.try_into().ok()?)), sealed)
    } else {
        (None, rest)
    };
    Some(((u64_at(0)?, u64_at(8)?, u64_at(16)?, name), leaf, sealed))
}

/// Moves format 1 entries into the format 2 table, in the opening
/// transaction: the vault is either wholly migrated or not at all.
fn migrate_v1(tx: &redb::WriteTransaction, path: &Path) -> Result<(), VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    {
        let old = tx.open_table(ENTRIES_V1).map_err(|e| err(&e))?;
        let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        let mut names = tx.open_table(NAMES).map_err(|e| err(&e))?;
        let mut ids = NameIds::load(&names, path)?;
        let mut buf = Vec::new();
        for row in old.iter().map_err(|e| err(&e))? {
            let (k, v) = row.map_err(|e| err(&e))?;
            let (_, epoch, first, last, domain, category, sealed) = v.value();
            let name = ids.id(&mut names, domain, category, path)?;
            encode_entry(&mut buf, (epoch, first, last, name), None, sealed);
            entries
                .insert(k.value().as_bytes(), buf.as_slice())
                .map_err(|e| err(&e))?;
        }
        let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
        meta.insert("format", [FORMAT].as_slice())
            .map_err(|e| err(&e))?;
    }
    tx.delete_table(ENTRIES_V1).map_err(|e| err(&e))?;
    Ok(())
}

/// The [`NAMES`] table in memory: (domain, category) ↔ id.
#[derive(Default)]
struct NameIds {
    names: Vec<(u32, String, String)>,
}

impl NameIds {
    fn load<T: ReadableTable<u32, (&'static str, &'static str)>>(
        table: &T,
        path: &Path,
    ) -> Result<NameIds, VaultError> {
        let mut names = Vec::new();
        for row in table.iter().map_err(|e| VaultError::Store {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })? {
            let (k, v) = row.map_err(|e| VaultError::Store {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
            let (domain, category) = v.value();
            names.push((k.value(), domain.to_owned(), category.to_owned()));
        }
        Ok(NameIds { names })
    }

    /// The id of (domain, category), added to `table` if new. A linear
    /// scan: a vault holds a handful of pairs.
    fn id(
        &mut self,
        table: &mut redb::Table<'_, u32, (&'static str, &'static str)>,
        domain: &str,
        category: &str,
        path: &Path,
    ) -> Result<u32, VaultError> {
        if let Some((id, ..)) = self
            .names
            .iter()
            .find(|(_, d, c)| c == category && d == domain)
        {
            return Ok(*id);
        }
        let id = self.names.iter().map(|(id, ..)| id + 1).max().unwrap_or(0);
        table
            .insert(id, (domain, category))
            .map_err(|e| VaultError::Store {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        self.names
            .push((id, domain.to_owned(), category.to_owned()));
        Ok(id)
    }

    /// The (domain, category) of an id.
    fn get(&self, id: u32) -> Option<(&str, &str)> {
        self.names
            .iter()
            .find(|(i, ..)| *i == id)
            .map(|(_, d, c)| (d.as_str(), c.as_str()))
    }
}

/// A big-endian u64 from `meta`; `None` if absent.
fn meta_u64<T: ReadableTable<&'static str, &'static [u8]>>(
    meta: &T,
    key: &str,
    path: &Path,
) -> Result<Option<u64>, VaultError> {
    let value = meta
        .get(key)
        .map_err(|e| VaultError::Store {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?
        .map(|v| v.value().to_vec());
    match value {
        None => Ok(None),
        Some(b) => <[u8; 8]>::try_from(b.as_slice())
            .map(|b| Some(u64::from_be_bytes(b)))
            .map_err(|_| VaultError::Corrupt {
                path: path.to_path_buf(),
                reason: format!("meta value {key} is not a counter"),
            }),
    }
}

impl Vault {
    /// The vault file.
    pub fn path(&self) -> &Path {
        &self.shared.path
    }

    /// The shred-key file that must stay with this vault (and out of its
    /// backups).
    pub fn keys_path(&self) -> &Path {
        &self.shared.keys_path
    }

    /// A writer for the pipeline. Needs only the reveal public key (a public
    /// keyring is enough). Every writer starts new epochs. The writer does
    /// not borrow the handle: while the handle lives, the writer commits
    /// through it; once it is dropped, the writer opens the file for each
    /// commit only (see [`Vault::into_writer`]).
    pub fn writer(&self, keyring: &Keyring) -> Result<Writer, VaultError> {
        let public = keyring.reveal_public().ok_or(VaultError::NoRevealKey)?;
        if public.fingerprint() != self.fingerprint()? {
            return Err(VaultError::WrongKeyring {
                path: self.shared.path.clone(),
            });
        }
        Ok(Writer::new(Arc::clone(&self.shared), *public))
    }

    /// A writer that holds the vault file only while it commits a batch (or
    /// reserves a key epoch), so that other processes — `veil reveal`,
    /// `veil subject`, `veil vault` — can open the vault between commits.
    /// This is what a long-running pipeline should use.
    pub fn into_writer(self, keyring: &Keyring) -> Result<Writer, VaultError> {
        self.writer(keyring)
    }

    fn fingerprint(&self) -> Result<[u8; 32], VaultError> {
        let err = self.store_err();
        let tx = self.db.begin_read().map_err(|e| err(&e))?;
        let meta = tx.open_table(META).map_err(|e| err(&e))?;
        let fp = meta.get("keyring").map_err(|e| err(&e))?;
        fp.and_then(|v| <[u8; 32]>::try_from(v.value()).ok())
            .ok_or_else(|| self.corrupt("meta table without a keyring fingerprint"))
    }

    /// An opener for the reveal side: needs the full keyring (reveal secret)
    /// and reads the shred-key file once.
    pub fn opener(&self, keyring: &Keyring) -> Result<Opener<'_>, VaultError> {
        let public = keyring.reveal_public().ok_or(VaultError::NoRevealKey)?;
        if public.fingerprint() != self.fingerprint()? {
            return Err(VaultError::WrongKeyring {
                path: self.shared.path.clone(),
            });
        }
        let secret = keyring.reveal_secret().ok_or(VaultError::NoRevealSecret)?;
        let shred = self.load_shred()?;
        Ok(Opener {
            vault: self,
            secret: secret.clone(),
            shred,
            keys: HashMap::new(),
        })
    }

    fn load_shred(&self) -> Result<ShredKeys, VaultError> {
        self.shared.load_shred(&self.db)
    }

    /// What the vault knows about `token`. Needs no key.
    pub fn lookup(&self, token: &str) -> Result<Lookup, VaultError> {
        let err = self.store_err();
        let tx = self.db.begin_read().map_err(|e| err(&e))?;
        let entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        if let Some(row) = entries.get(token.as_bytes()).map_err(|e| err(&e))? {
            let ((epoch, first, last, name), leaf, sealed) = decode_entry(row.value())
                .ok_or_else(|| self.corrupt("an entry row is too short"))?;
            let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let name = names.get(name).map_err(|e| err(&e))?;
            let (domain, category) = name
                .as_ref()
                .map(|n| n.value())
                .ok_or_else(|| self.corrupt("an entry's domain and category are missing"))?;
            return Ok(Lookup::Found(Entry {
                token: token.to_owned(),
                domain: domain.to_owned(),
                category: category.to_owned(),
                epoch,
                first_seen: time(first),
                last_seen: time(last),
                leaf,
                sealed: sealed.to_vec(),
            }));
        }
        let tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
        Ok(match tombs.get(token).map_err(|e| err(&e))? {
            Some(row) => {
                let (reason, at, category) = row.value();
                let (at, category) = (time(at), category.to_owned());
                if reason == ERASED {
                    Lookup::Erased { at, category }
                } else {
                    Lookup::Expired { at, category }
                }
            }
            None => Lookup::Unknown,
        })
    }

    /// First and last seen of a token's entry (for access requests).
    pub fn find(&self, token: &str) -> Result<Option<(SystemTime, SystemTime)>, VaultError> {
        Ok(match self.lookup(token)? {
            Lookup::Found(e) => Some((e.first_seen, e.last_seen)),
            _ => None,
        })
    }

    /// Erases the entries of `tokens` on the subject's request, records the
    /// erasures (token, time and category only), and rewrites the vault
    /// file without them ([`Vault::scrub`]). See [`Vault::erase_at`].
    pub fn erase(&mut self, tokens: &[&str]) -> Result<EraseReport, VaultError> {
        let report = self.erase_at(tokens, SystemTime::now())?;
        if report.erased > 0 {
            self.scrub()?;
        }
        Ok(report)
    }

    /// Erases entries without rewriting the file: destroys each leaf-keyed
    /// entry's key in the shred-key file (its leaf, which all its seals in
    /// every epoch share), then deletes the entries from the store with a
    /// tombstone each. From then on no copy of the vault, taken before or
    /// after, opens them with the shred-key file; their bytes stay in free
    /// pages of the live file until [`Vault::scrub`]. A crash between the
    /// two steps leaves entries that no longer open; erasing them again
    /// finishes the job.
    pub fn erase_at(&self, tokens: &[&str], now: SystemTime) -> Result<EraseReport, VaultError> {
        let shared = Arc::clone(&self.shared);
        // Writers of this process commit under the same lock; those of
        // other processes are kept out by the file lock this handle holds.
        let _guard = shared.lock_shred()?;
        let err = self.store_err();
        let mut report = EraseReport::default();
        let mut tx = self.db.begin_write().map_err(|e| err(&e))?;
        // Every vault commit saves the allocator state: see the module doc.
        tx.set_quick_repair(true);
        {
            let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
            let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let names = NameIds::load(&names, self.path())?;
            // token, category, leaf
            let mut found: Vec<(&str, String, Option<u32>)> = Vec::new();
            for &token in tokens {
                if found.iter().any(|(t, ..)| *t == token) {
                    continue;
                }
                let Some(row) = entries.get(token.as_bytes()).map_err(|e| err(&e))? else {
                    continue;
                };
                let ((_, _, _, name), leaf, _) = decode_entry(row.value())
                    .ok_or_else(|| self.corrupt("an entry row is too short"))?;
                let (_, category) = names
                    .get(name)
                    .ok_or_else(|| self.corrupt("an entry's category is missing"))?;
                found.push((token, category.to_owned(), leaf));
            }
            if found.is_empty() {
                return Ok(report);
            }
            // The keys go first, and durably: what the store forgets next
            // must already be unopenable.
            let mut shred = self.load_shred()?;
            let mut punctured = false;
            for (_, category, leaf) in &found {
                match leaf {
                    Some(i) => {
                        if let Some(tree) = shred.trees.get_mut(category) {
                            punctured |= tree.puncture(*i);
                        }
                    }
                    None => report.legacy += 1,
                }
            }
            if punctured {
                shred
                    .save(&shared.keys_path)
                    .map_err(|e| shared.shred_err(e))?;
            }
            let mut tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
            for (token, category, _) in &found {
                entries.remove(token.as_bytes()).map_err(|e| err(&e))?;
                tombs
                    .insert(*token, (ERASED, unix(now), category.as_str()))
                    .map_err(|e| err(&e))?;
            }
            report.erased = found.len() as u64;
            // Writers in other processes see this at their next commit and
            // forget their token cache.
            let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
            let n = meta_u64(&meta, ERASURES, self.path())?.unwrap_or(0);
            meta.insert(ERASURES, (n + report.erased).to_be_bytes().as_slice())
                .map_err(|e| err(&e))?;
        }
        tx.commit().map_err(|e| err(&e))?;
        self.shared.erasures.fetch_add(1, Ordering::SeqCst);
        Ok(report)
    }

    /// Rewrites the vault file with only what it holds now, so that nothing
    /// deleted survives in it: redb frees pages without overwriting them,
    /// and compaction can leave freed pages in the file too. The copy is
    /// made beside the file, synced and renamed over it (over the file a
    /// symlink points to, not the link), keeping its owner; processes that
    /// open the vault meanwhile wait, then open the new file. Takes about as
    /// long as copying the vault.
    pub fn scrub(&mut self) -> Result<(), VaultError> {
        let shared = Arc::clone(&self.shared);
        // Writers of this process lose their way to the database (they wait
        // for the file, then find the new one); one caught mid-commit
        // finishes first.
        if let Ok(mut held) = shared.held.lock() {
            *held = Weak::new();
        }
        let deadline = Instant::now() + shared.options.commit_lock_wait;
        while Arc::strong_count(&self.db) > 1 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        let result = if Arc::strong_count(&self.db) > 1 {
            Err(VaultError::Store {
                path: shared.path.clone(),
                reason: "a writer of this process kept the vault busy; not rewritten".into(),
            })
        } else {
            rewrite(&self.db, &shared.path)
        };
        if let Ok(db) = &result {
            self.db = Arc::clone(db);
        }
        if let Ok(mut held) = shared.held.lock() {
            *held = Arc::downgrade(&self.db);
        }
        result.map(|_| ())
    }

    /// Deletes entries whose `last_seen` is older than their category's
    /// retention (a versioned token's: whose epoch began longer ago than
    /// it, as its epoch key is destroyed then), destroys data keys last used longer ago than it (wrapped
    /// key from the store, shred secret from the shred-key file), forgets
    /// old tombstones, then compacts the store. Categories missing from
    /// `retention` use the retention the writer last recorded; categories
    /// with neither are kept.
    pub fn purge(
        &mut self,
        retention: &HashMap<String, Duration>,
        now: SystemTime,
    ) -> Result<PurgeReport, VaultError> {
        let now_s = unix(now);
        let mut report = PurgeReport::default();
        let err = self.store_err();
        // Held from before the transaction until the shred-key file is
        // rewritten, so that a writer of this process cannot slip a fresh
        // key's shred secret in between and see it destroyed as an orphan.
        // Writers of other processes are kept out by the file lock, which
        // this handle holds throughout.
        let shared = Arc::clone(&self.shared);
        let guard = shared.lock_shred()?;
        let mut tx = self.db.begin_write().map_err(|e| err(&e))?;
        tx.set_quick_repair(true);
        let mut live_keys: Vec<(u64, String)> = Vec::new();
        {
            let mut stored: HashMap<String, u64> = HashMap::new();
            {
                let table = tx.open_table(RETENTION).map_err(|e| err(&e))?;
                for row in table.iter().map_err(|e| err(&e))? {
                    let (k, v) = row.map_err(|e| err(&e))?;
                    stored.insert(k.value().to_owned(), v.value());
                }
            }
            let keep_for = |category: &str| -> Option<u64> {
                retention
                    .get(category)
                    .map(Duration::as_secs)
                    .or_else(|| stored.get(category).copied())
            };
            let expired = |category: &str, t: u64| -> bool {
                keep_for(category).is_some_and(|r| t.saturating_add(r) < now_s)
            };

            let mut keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
            let mut dead_keys: Vec<(u64, String)> = Vec::new();
            for row in keys.iter().map_err(|e| err(&e))? {
                let (k, v) = row.map_err(|e| err(&e))?;
                let (epoch, category) = k.value();
                let (_, last_used, ..) = v.value();
                if expired(category, last_used) {
                    dead_keys.push((epoch, category.to_owned()));
                } else {
                    live_keys.push((epoch, category.to_owned()));
                }
            }
            for (epoch, category) in &dead_keys {
                keys.remove((*epoch, category.as_str()))
                    .map_err(|e| err(&e))?;
            }
            report.keys = dead_keys.len() as u64;

            let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let names = NameIds::load(&names, self.path())?;
            let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
            let mut dead: Vec<(String, String)> = Vec::new();
            for row in entries.iter().map_err(|e| err(&e))? {
                let (k, v) = row.map_err(|e| err(&e))?;
                let ((epoch, _, last, name), _, _) = decode_entry(v.value())
                    .ok_or_else(|| self.corrupt("an entry row is too short"))?;
                let (_, category) = names
                    .get(name)
                    .ok_or_else(|| self.corrupt("an entry's category is missing"))?;
                let key_gone = !live_keys.iter().any(|(e, c)| *e == epoch && c == category);
                let token = std::str::from_utf8(k.value())
                    .map_err(|_| self.corrupt("an entry's token is not text"))?;
                // A versioned token lives as long as its epoch's key: until
                // the epoch's start + retention, however late it was seen.
                let since = crate::ops::token_epoch(token).map_or(last, |d| last.min(d * 86_400));
                if expired(category, since) || key_gone {
                    dead.push((token.to_owned(), category.to_owned()));
                }
            }
            let mut tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
            let mut old_tombs: Vec<String> = Vec::new();
            for row in tombs.iter().map_err(|e| err(&e))? {
                let (k, v) = row.map_err(|e| err(&e))?;
                let (_, at, category) = v.value();
                let keep = keep_for(category).unwrap_or(TOMBSTONE_DEFAULT.as_secs());
                if at.saturating_add(keep) < now_s {
                    old_tombs.push(k.value().to_owned());
                }
            }
            for token in &old_tombs {
                tombs.remove(token.as_str()).map_err(|e| err(&e))?;
            }
            report.tombstones = old_tombs.len() as u64;
            for (token, category) in &dead {
                entries.remove(token.as_bytes()).map_err(|e| err(&e))?;
                tombs
                    .insert(token.as_str(), (EXPIRED, now_s, category.as_str()))
                    .map_err(|e| err(&e))?;
            }
            report.entries = dead.len() as u64;
        }
        tx.commit().map_err(|e| err(&e))?;

        // Destroy the shred secrets of every key no longer in the store: the
        // ones just purged, and orphans of a writer that crashed between
        // writing the shred-key file and committing.
        let mut shred = self.load_shred()?;
        let before = shred.secrets.len();
        shred.secrets.retain(|k, _| live_keys.contains(k));
        if shred.secrets.len() != before {
            shred
                .save(&shared.keys_path)
                .map_err(|e| shared.shred_err(e))?;
        }
        drop(guard);

        // Compaction returns freed pages to the file system so the old
        // wrapped keys and entries do not linger in free pages of the file.
        // It needs the only reference to the database: writers of this
        // process lose their way to it meanwhile (they wait, then use it
        // again), and a writer caught mid-commit skips compaction.
        if let Ok(mut held) = shared.held.lock() {
            *held = Weak::new();
        }
        report.compacted = match Arc::get_mut(&mut self.db).map(Database::compact) {
            Some(Ok(done)) => done,
            Some(Err(e)) => {
                tracing::warn!(error = %e, "vault compaction after purge failed");
                false
            }
            None => {
                tracing::warn!("vault compaction skipped: a writer was committing");
                false
            }
        };
        if let Ok(mut held) = shared.held.lock() {
            *held = Arc::downgrade(&self.db);
        }
        Ok(report)
    }

    /// Counts per category and epoch, key ages and seal counts.
    pub fn stats(&self) -> Result<Stats, VaultError> {
        let err = self.store_err();
        let tx = self.db.begin_read().map_err(|e| err(&e))?;
        let mut stats = Stats::default();
        let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
        let names = NameIds::load(&names, self.path())?;
        let entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        for row in entries.iter().map_err(|e| err(&e))? {
            let (_, v) = row.map_err(|e| err(&e))?;
            let ((epoch, first, last, name), _, _) =
                decode_entry(v.value()).ok_or_else(|| self.corrupt("an entry row is too short"))?;
            let (_, category) = names
                .get(name)
                .ok_or_else(|| self.corrupt("an entry's category is missing"))?;
            let c = stats.categories.entry(category.to_owned()).or_default();
            c.entries += 1;
            *c.per_epoch.entry(epoch_of(epoch)).or_default() += 1;
            let (first, last) = (time(first), time(last));
            c.oldest_first_seen = Some(c.oldest_first_seen.map_or(first, |t| t.min(first)));
            c.oldest_last_seen = Some(c.oldest_last_seen.map_or(last, |t| t.min(last)));
        }
        let keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
        for row in keys.iter().map_err(|e| err(&e))? {
            let (k, v) = row.map_err(|e| err(&e))?;
            let (epoch, category) = k.value();
            let (created, last_used, seals, ..) = v.value();
            stats.keys.push(KeyStats {
                epoch,
                category: category.to_owned(),
                created: time(created),
                last_used: time(last_used),
                seals,
            });
        }
        let tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
        for row in tombs.iter().map_err(|e| err(&e))? {
            let (_, v) = row.map_err(|e| err(&e))?;
            if v.value().0 == ERASED {
                stats.erased += 1;
            } else {
                stats.expired += 1;
            }
        }
        Ok(stats)
    }
}

/// Copies every table of `db` into a new file beside `path` and renames it
/// over `path`; returns the new file's database, which holds its lock.
fn rewrite(db: &Database, path: &Path) -> Result<Arc<Database>, VaultError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| VaultError::Io { path: p, source }
    };
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    // Replace the file, not a symlink to it.
    let target = std::fs::canonicalize(path).map_err(io(path))?;
    let mut tmp = target.as_os_str().to_owned();
    tmp.push(".scrub");
    let tmp = PathBuf::from(tmp);
    match std::fs::remove_file(&tmp) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&tmp)(e)),
        _ => {}
    }
    create_file(&tmp)?;
    let copied = (|| {
        keep_owner(&target, &tmp).map_err(io(&tmp))?;
        let new = open_db_once(&tmp, true)?;
        let from = db.begin_read().map_err(|e| err(&e))?;
        let mut to = new.begin_write().map_err(|e| err(&e))?;
        to.set_quick_repair(true);
        copy_table(&from, &to, META, path)?;
        copy_table(&from, &to, ENTRIES, path)?;
        copy_table(&from, &to, NAMES, path)?;
        copy_table(&from, &to, KEYS, path)?;
        copy_table(&from, &to, TOMBSTONES, path)?;
        copy_table(&from, &to, RETENTION, path)?;
        // Rows a previous release's pipeline added after the migration,
        // still to be folded in at the next open.
        copy_table(&from, &to, ENTRIES_V1, path)?;
        to.commit().map_err(|e| err(&e))?;
        Ok::<Database, VaultError>(new)
    })();
    let new = match copied {
        Ok(new) => new,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    std::fs::rename(&tmp, &target).map_err(io(&target))?;
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io(dir))?;
    Ok(Arc::new(new))
}

/// Copies every row of one table, in key order; a table the source lacks
/// stays absent.
fn copy_table<K: redb::Key + 'static, V: redb::Value + 'static>(
    from: &redb::ReadTransaction,
    to: &redb::WriteTransaction,
    def: TableDefinition<K, V>,
    path: &Path,
) -> Result<(), VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let src = match from.open_table(def) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => return Err(err(&e)),
    };
    let mut dst = to.open_table(def).map_err(|e| err(&e))?;
    for row in src.iter().map_err(|e| err(&e))? {
        let (k, v) = row.map_err(|e| err(&e))?;
        dst.insert(k.value(), v.value()).map_err(|e| err(&e))?;
    }
    Ok(())
}

/// Gives `tmp` the owner of `path` when running as root, so that a scrub
/// by root does not take the vault away from the pipeline's user (anyone
/// else creates files as themselves, and the vault is refused unless it is
/// theirs anyway).
#[cfg(unix)]
fn keep_owner(path: &Path, tmp: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    if crate::private_file::effective_uid() != 0 {
        return Ok(());
    }
    let m = std::fs::metadata(path)?;
    std::os::unix::fs::chown(tmp, Some(m.uid()), Some(m.gid()))
}

#[cfg(not(unix))]
fn keep_owner(_: &Path, _: &Path) -> std::io::Result<()> {
    Ok(())
}

fn create_file(path: &Path) -> Result<(), VaultError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| VaultError::Io { path: p, source }
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(parent).map_err(io(parent))?;
    }
    // Created here with mode 0600 (redb would use the umask); an empty file
    // is what redb initialises.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(io(path))?;
    Ok(())
}

/// Opens entries on the reveal side; caches unwrapped data keys (wiped on
/// drop). Debug is redacted.
pub struct Opener<'v> {
    vault: &'v Vault,
    secret: RevealSecretKey,
    shred: ShredKeys,
    keys: HashMap<(u64, String), DataKey>,
}

/// An unwrapped data key, ready for both kinds of entries.
struct DataKey {
    /// Entries of earlier releases are sealed under the data key itself.
    sealer: Sealer,
    /// Leaf-keyed entries: their own keys are derived with it.
    derive: Aes256Enc,
}

impl fmt::Debug for Opener<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Opener([redacted])")
    }
}

impl Opener<'_> {
    /// Looks `token` up and opens its entry.
    pub fn reveal(&mut self, token: &str) -> Result<Revealed, VaultError> {
        match self.vault.lookup(token)? {
            Lookup::Found(entry) => match self.open(&entry) {
                Ok(original) => Ok(Revealed::Found { entry, original }),
                Err(VaultError::KeyDestroyed) => Ok(Revealed::Expired { at: None }),
                Err(e) => Err(e),
            },
            Lookup::Erased { at, .. } => Ok(Revealed::Erased { at }),
            Lookup::Expired { at, .. } => Ok(Revealed::Expired { at: Some(at) }),
            Lookup::Unknown => Ok(Revealed::Unknown),
        }
    }

    /// Opens an entry from [`Vault::lookup`]: unwraps its data key, derives
    /// a leaf-keyed entry's own key, and checks the associated data (token,
    /// domain, category, epoch, leaf).
    pub fn open(&mut self, entry: &Entry) -> Result<Zeroizing<String>, VaultError> {
        let slot = (entry.epoch, entry.category.clone());
        if !self.keys.contains_key(&slot) {
            let key = self.unwrap_key(entry.epoch, &entry.category)?;
            self.keys.insert(slot.clone(), key);
        }
        let key = self.keys.get(&slot).ok_or(VaultError::KeyDestroyed)?;
        let plain = match entry.leaf {
            None => {
                let aad = entry_aad(&entry.domain, &entry.category, &entry.token, entry.epoch);
                key.sealer.open(&aad, &entry.sealed)
            }
            Some(index) => {
                let tree = self
                    .shred
                    .trees
                    .get(&entry.category)
                    .ok_or(VaultError::KeyDestroyed)?;
                let leaf = tree.leaf(index).ok_or(VaultError::Erased)?;
                let entry_key = puncture::entry_key(&key.derive, &leaf);
                let mut aad = Vec::new();
                leaf_aad_into(
                    &mut aad,
                    &entry.domain,
                    &entry.category,
                    &entry.token,
                    entry.epoch,
                    index,
                );
                Sealer::new(&entry_key).open(&aad, &entry.sealed)
            }
        };
        let plain = Zeroizing::new(plain.map_err(|_| VaultError::OpenFailed)?);
        let text = std::str::from_utf8(&plain).map_err(|_| VaultError::OpenFailed)?;
        Ok(Zeroizing::new(text.to_owned()))
    }

    fn unwrap_key(&self, epoch: u64, category: &str) -> Result<DataKey, VaultError> {
        let vault = self.vault;
        let err = vault.store_err();
        let tx = vault.db.begin_read().map_err(|e| err(&e))?;
        let keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
        let row = keys
            .get((epoch, category))
            .map_err(|e| err(&e))?
            .ok_or(VaultError::KeyDestroyed)?;
        let (_, _, _, ephemeral, sealed) = row.value();
        let wrapped = wrap::Wrapped {
            ephemeral: ephemeral.try_into().map_err(|_| VaultError::OpenFailed)?,
            sealed: sealed.to_vec(),
        };
        let shred = self
            .shred
            .secrets
            .get(&(epoch, category.to_owned()))
            .ok_or(VaultError::KeyDestroyed)?;
        let data_key: SecretKey = wrap::unwrap(&wrapped, &self.secret, shred, epoch, category)
            .map_err(|_| VaultError::OpenFailed)?;
        Ok(DataKey {
            sealer: Sealer::new(&data_key),
            derive: puncture::deriver(&data_key),
        })
    }
}

#[cfg(test)]
mod tests;
