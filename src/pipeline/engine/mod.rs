//! The synchronous, sans-IO core: bytes in, bytes out, plus a small outcome.
//!
//! An [`Engine`] is a compiled rule pack with its keys attached; it is
//! immutable and shared. A [`Worker`] is `Clone`, owns its scratch buffers and
//! token cache, and processes one record at a time:
//!
//! 1. decode the record into fields ([`crate::format`]);
//! 2. for each field, apply its binding: a bound category replaces the whole
//!    value, a caller id its name and number, a scanned field runs the text
//!    detectors ([`crate::detect`]);
//! 3. every replacement goes through the category's operator ([`crate::ops`]);
//! 4. changed fields are re-encoded with their own quoting and spliced over
//!    their raw bytes; every other byte is copied through exactly.
//!
//! A record that cannot be decoded or whose operator fails is an `Err`: the
//! caller quarantines it. Nothing here logs or returns a record's value.
//!
//! The map:
//! - this file: the [`Engine`], why one could not be built ([`EngineError`]),
//!   the [`Columns`] a CSV header row named, [`DEFAULT_MAX_RECORD`];
//! - `worker`: the [`Worker`], its [`Stats`] and [`Outcome`], [`VaultItem`];
//! - `scratch`: a worker's buffers and the rewriting of one record;
//! - `memo`: a worker's memo of the detectors' spans in short values;
//! - `record`: [`RecordError`], [`Found`] and [`By`], decoding, shape
//!   checks, gaps and trims;
//! - `inner`: the compiled pack shared by an engine's workers, and the rule
//!   of each field in a record;
//! - `layout`: field rules, CSV column layouts and label helpers;
//! - `keyed`: categories, epoch keys and operators.

mod inner;
mod keyed;
mod layout;
mod memo;
mod record;
mod scratch;
mod worker;

pub use keyed::Keyed;
pub(crate) use keyed::{build_operator, operator_with_key};
pub(crate) use record::ip_kind_of;
pub use record::{By, Found, RecordError};
pub use worker::{Outcome, Stats, VaultItem, Worker};

use std::fmt;
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::detect::{self, DetectorSet, Kind, Normalize};
use crate::format::{self, Format, HeaderRow};
use crate::keys::epoch::{day_of, epoch_start};
use crate::keys::{KeyError, Keyring, Ratchet};
use crate::ops::{OpError, Operator};
use crate::pipeline::cache::TokenCache;
use crate::rules::{CatId, KeepIf, Pack};

use inner::{Inner, kind_slot};
use keyed::{EpochShared, RtCategory, build_keyed};
use layout::{FieldRules, Layout};
use scratch::Scratch;

/// Records longer than this are quarantined rather than processed.
pub const DEFAULT_MAX_RECORD: usize = 1 << 20;

/// The columns a CSV header row named, for the rows after it (see
/// [`Engine::named_columns`]). Cheap to clone.
#[derive(Clone, Debug)]
pub struct Columns(Arc<Layout>);

/// A rule pack compiled with its keys: immutable, cheap to clone and share.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
    max_record: usize,
    /// The operators a new worker starts with.
    keyed: Arc<Keyed>,
    /// Where new epochs' keys come from; `None` when no category has
    /// epoch keys (or the keyring has no chain).
    epochs: Option<Arc<EpochShared>>,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("pack", &self.inner.pack.name)
            .finish_non_exhaustive()
    }
}

/// Why an engine could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EngineError {
    /// A detector did not compile.
    #[error("pack {pack}: {source}")]
    Detector {
        /// The pack.
        pack: String,
        /// The detector error.
        source: detect::DetectError,
    },
    /// An operator could not be built (e.g. a bad prefix).
    #[error("pack {pack}: category {category}: {source}")]
    Operator {
        /// The pack.
        pack: String,
        /// The category.
        category: String,
        /// Why.
        source: OpError,
    },
    /// The keyring could not give or advance an epoch key.
    #[error("pack {pack}: {source}")]
    Epoch {
        /// The pack.
        pack: String,
        /// Why.
        source: KeyError,
    },
}

/// Unix seconds of a time (0 before 1970).
fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Engine {
    /// Attaches keys to a validated pack. Every category's operator is keyed
    /// with its own sub-key (per domain and category); categories with an
    /// `epoch` get the current epoch's key from the keyring's chain (in
    /// memory: the keyring file is not advanced; see [`Engine::with_ratchet`]).
    pub fn new(pack: Pack, keyring: &Keyring) -> Result<Engine, EngineError> {
        let schedule = crate::rules::schedule(std::slice::from_ref(&pack));
        let ratchet = Arc::new(Mutex::new(Ratchet::new(keyring.clone(), None, schedule)));
        Engine::with_ratchet(pack, &ratchet, SystemTime::now())
    }

    /// [`Engine::new`] with the keys of `ratchet` at `now`. The ratchet is
    /// shared by every engine of a process; a worker that passes an epoch
    /// boundary ([`Worker::check_epoch`]) advances it (and, if it has a
    /// path, overwrites the keyring file) and takes the new keys.
    pub fn with_ratchet(
        pack: Pack,
        ratchet: &Arc<Mutex<Ratchet>>,
        now: SystemTime,
    ) -> Result<Engine, EngineError> {
        let detectors =
            DetectorSet::new(&pack.detectors).map_err(|source| EngineError::Detector {
                pack: pack.name.clone(),
                source,
            })?;
        let mut categories = Vec::with_capacity(pack.categories.len());
        for c in &pack.categories {
            categories.push(RtCategory {
                kind: c.kind,
                normalize: Normalize {
                    casefold_username: c.casefold,
                },
                reversible: c.reversible,
                epoch: crate::rules::key_use(c).zip(c.epoch),
            });
        }
        let epoch_err = |source| EngineError::Epoch {
            pack: pack.name.clone(),
            source,
        };
        let keyed = {
            let mut r = ratchet
                .lock()
                .map_err(|_| epoch_err(KeyError::Epoch(crate::keys::EpochError::NoChain)))?;
            r.advance(day_of(unix(now))).map_err(epoch_err)?;
            Arc::new(build_keyed(&pack, r.keyring(), unix(now))?)
        };
        let epochs = (keyed.next != u64::MAX).then(|| {
            Arc::new(EpochShared {
                ratchet: Arc::clone(ratchet),
                current: Mutex::new(Arc::clone(&keyed)),
            })
        });
        let mut by_kind = vec![None; Kind::BUILTIN.len() + pack.categories.len()];
        for (i, c) in pack.categories.iter().enumerate() {
            let slot = kind_slot(c.kind);
            if slot < by_kind.len() && by_kind[slot].is_none() {
                by_kind[slot] = Some(i as CatId);
            }
        }
        for k in Kind::BUILTIN {
            if let Some(to) = k.falls_back_to() {
                if by_kind[kind_slot(k)].is_none() {
                    by_kind[kind_slot(k)] = by_kind[kind_slot(to)];
                }
            }
        }
        let ip_cats = pack
            .categories
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                matches!(
                    c.kind,
                    Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 | Kind::ArpaIpv4
                )
            })
            .fold(0u64, |m, (i, _)| m | 1 << (i & 63));
        let field_rules = FieldRules::new(&pack);
        let columns = match &pack.format {
            Format::Csv { columns, .. } => Some(Layout::new(&pack, columns.clone())),
            _ => None,
        };
        // Validated with the pack; a pattern that failed there never got
        // this far, and `None` would only mean the table never holds.
        let keep_patterns = (pack.keep_when.iter())
            .map(|kw| match &kw.when {
                KeepIf::Matches { pattern, .. } => inner::WholeValue::new(pattern),
                _ => None,
            })
            .collect();
        let keep_values = (pack.keep_when.iter())
            .map(|kw| (kw.value_matches.as_deref()).and_then(inner::WholeValue::new))
            .collect();
        let keep_unless = (pack.keep_when.iter())
            .map(|kw| (kw.unless.as_ref()).and_then(|(_, p)| inner::WholeValue::new(p)))
            .collect();
        Ok(Engine {
            inner: Arc::new(Inner {
                follow_lengths: (pack.follow.iter())
                    .flat_map(|t| &t.fields)
                    .fold(0, |m, f| m | 1 << f.len().min(63)),
                pack,
                detectors,
                categories,
                by_kind,
                ip_cats,
                field_rules,
                columns,
                keep_patterns,
                keep_values,
                keep_unless,
            }),
            max_record: DEFAULT_MAX_RECORD,
            keyed,
            epochs,
        })
    }

    /// The start day of the epoch whose keys this engine's new workers use
    /// for `category`, if it has epoch keys.
    pub fn epoch_of(&self, category: CatId) -> Option<u64> {
        match self.keyed.ops.get(category as usize)? {
            Operator::Pseudonym(p) => p.epoch_day(),
            _ => {
                let (_, length) = self
                    .inner
                    .categories
                    .get(category as usize)?
                    .epoch
                    .as_ref()?;
                let next_day = self.keyed.next / 86_400;
                Some(epoch_start(next_day.saturating_sub(1), *length))
            }
        }
    }

    /// Sets the record size limit (bytes); larger records are quarantined.
    pub fn with_max_record(mut self, max: usize) -> Engine {
        self.max_record = max;
        self
    }

    /// The record size limit (bytes).
    pub fn max_record(&self) -> usize {
        self.max_record
    }

    /// The columns `rec` names, if it is a CSV header row naming them (the
    /// pack's `headers` include `names`); `rec` is without its terminator.
    /// The file driver uses this to hand a worker the columns in force
    /// where its chunk starts.
    pub fn named_columns(&self, rec: &[u8]) -> Option<Columns> {
        match self.header_row(rec)? {
            HeaderRow::Names(names) => Some(Columns(Arc::new(Layout::new(
                &self.inner.pack,
                names.into_iter().map(str::to_owned).collect(),
            )))),
            HeaderRow::Types => None,
        }
    }

    /// `rec` as a header row of the pack, if it is one.
    fn header_row<'r>(&self, rec: &'r [u8]) -> Option<HeaderRow<'r>> {
        let inner = &self.inner;
        let h = inner.pack.headers;
        match &inner.pack.format {
            Format::Csv { columns, .. } if h.names || h.types => {
                format::header_row(rec, columns, h.names, h.types)
            }
            _ => None,
        }
    }

    /// Whether any category seals originals into the vault.
    pub fn has_reversible(&self) -> bool {
        self.inner.categories.iter().any(|c| c.reversible)
    }

    /// The pack this engine runs.
    pub fn pack(&self) -> &Pack {
        &self.inner.pack
    }

    /// A new worker with empty scratch and cache.
    pub fn worker(&self) -> Worker {
        let keyed = match &self.epochs {
            // The newest keys, not those of the engine's start.
            Some(shared) => shared
                .current
                .lock()
                .map_or_else(|_| Arc::clone(&self.keyed), |k| Arc::clone(&k)),
            None => Arc::clone(&self.keyed),
        };
        Worker {
            engine: self.clone(),
            s: Scratch {
                keyed,
                detectors: self.inner.detectors.clone(),
                detected: memo::DetectMemo::default(),
                fields: Vec::new(),
                spans: Vec::new(),
                edits: Vec::new(),
                arena: Vec::new(),
                value: String::new(),
                piece: String::new(),
                canon: String::new(),
                cache: {
                    // Per-worker seeds from foldhash's per-process randomness.
                    let seeds = foldhash::fast::RandomState::default();
                    (0..self.inner.categories.len() as u64)
                        .map(|i| TokenCache::new([seeds.hash_one(i), seeds.hash_one(!i)]))
                        .collect()
                },
                keys: detect::keys::Memo::default(),
                known: detect::KnownNames::default(),
                known_phones: detect::KnownNames::of(Kind::Phone),
                kept_numbers: String::new(),
                known_badges: detect::KnownNames::of(Kind::Badge),
                known_names: detect::KnownNames::of(Kind::PersonName),
                login_parts: detect::LoginParts::default(),
                kept: Vec::new(),
                memory: detect::memory::Memory::new(
                    self.inner.pack.memory,
                    foldhash::fast::RandomState::default().hash_one(0u64),
                ),
                deferred: Vec::new(),
                vault_items: Vec::new(),
                vault_spare: (Vec::new(), Vec::new()),
                stats: Stats::new(self.inner.categories.len()),
            },
            named: None,
            follow_headers: false,
        }
    }
}
