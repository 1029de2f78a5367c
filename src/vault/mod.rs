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
//!
//! # Layout
//!
//! One concern to a file: this file holds [`Vault`] and what its handle and
//! writers share; `open` (the files, opening, `meta`), `schema` (tables,
//! rows, name ids, migration), `epoch` (epochs and key numbers), `aad` (the
//! associated data of an entry), `access` (lookups, writers, openers,
//! statistics), `erase` (erasure, scrub, purge, rewrite), `opener` (the
//! reveal side), `options`, `outcome` (what operations return) and `error`;
//! and, as before, `writer` (the pipeline's side), `wrap` (key wrapping),
//! `shred` (the shred-key file) and `puncture` (per-entry keys).

mod aad;
mod access;
mod epoch;
mod erase;
mod error;
mod open;
mod opener;
mod options;
mod outcome;
mod schema;

#[cfg(test)]
pub(crate) use epoch::time;
pub(crate) use epoch::{epoch_at, unix};
pub use epoch::{epoch_of, epoch_start, first_key_number};
pub use error::VaultError;
pub use open::{default_keys_path, default_path};
pub use opener::Opener;
pub use options::Options;
pub use outcome::{
    CategoryStats, Entry, EraseReport, KeyStats, Lookup, PurgeReport, Revealed, Stats,
};

mod puncture;
mod shred;
mod wrap;
mod writer;

pub use writer::{Item, Writer};

use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, Weak};
use std::time::Instant;

use redb::Database;

use shred::{ShredFileError, ShredKeys};

// The writer and the tests name these as `super::...`.
use aad::leaf_aad_into;
#[cfg(test)]
use open::open_db_once;
use open::store_has_keys;
use schema::{
    ENTRIES, ERASURES, KEYS, LEAVES, META, NAMES, NameIds, RETENTION, TOMBSTONES, decode_entry,
    encode_entry, meta_u64,
};

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

#[cfg(test)]
mod tests;
