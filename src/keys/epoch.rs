//! Epoch keys on a one-way ratchet: keys that can be forgotten.
//!
//! A category with an `epoch` (e.g. `epoch = "30d"` beside `retention =
//! "180d"`) gets a new pseudonym or ipcrypt key every epoch, and the keys of
//! an epoch can be destroyed for good: once no file holds them, no file can
//! recompute that epoch's tokens or decrypt its IP addresses, and the SIEM
//! data written under it is anonymous.
//!
//! # The chain
//!
//! One forward-secure chain with one state per day (days since 1970-01-01,
//! UTC), random at its first day:
//!
//! ```text
//! G(d+1)      = HKDF(G(d), "chain next")                 one way: G(d) follows from G(d-1), not back
//! E(s, L)     = HKDF(G(s), "epoch" | L)                  the seed of the L-day epoch that starts on day s
//! K(s, L, u)  = HKDF(E(s, L), label(u))                  the key of one use u (pseudonyms of a domain and
//!                                                         category, or ipcrypt of a domain) in that epoch
//! ```
//!
//! Epochs of length `L` days start at midnight UTC on the days that are
//! multiples of `L` since 1970-01-01, so every instance that holds the chain
//! finds the same epoch and key from its own clock, without talking to the
//! others. The master secret plays no part: a keyring may keep it (legacy
//! categories, the quarantine and audit keys) without it weakening the
//! epochs.
//!
//! # What a keyring holds ([`Epochs`])
//!
//! - the chain state of one day (`[chain] day`, `state`): the keys of every
//!   epoch starting on or after that day follow from it, no earlier ones;
//! - the seed of each current epoch that began before that day (`[[chain.epoch]]`);
//! - on the reveal side only, the key of each *use* for each ended epoch
//!   still inside that use's retention (`[[chain.key]]`), with the date it is
//!   destroyed: start + retention.
//!
//! [`Epochs::advance`] moves all of it to a new day: the state is stepped
//! and overwritten, seeds of ended epochs are dropped (a pipeline keyring) or
//! turned into per-use keys (the full keyring, which needs them to find a
//! subject's tokens and decrypt IP addresses until retention), and keys past
//! their destruction date are dropped. Per-use keys rather than seeds for
//! ended epochs, so that each use is forgotten at its own retention: a seed
//! would give the keys of every category sharing the epoch length.
//!
//! Nothing here touches a file; [`Ratchet`] persists the advances.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use super::{KeyError, Keyring, SecretKey, hkdf_sha256, label};

/// The longest epoch a category may have, in days: a fresh chain starts
/// this many days back, so the current epoch of every length follows from it.
pub const MAX_EPOCH_DAYS: u64 = 366;

/// Characters of the epoch in a versioned token: the epoch's start day in
/// base32 (20 bits: days up to the year 4840).
pub const EPOCH_CHARS: usize = 4;

const DAY: u64 = 86_400;

/// What a key is for: the pseudonyms of one (domain, category), or the IP
/// encryption of one domain (shared by its IPv4 and IPv6 categories, so that
/// an IPv4-mapped address encrypts as the IPv4 address does).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyUse {
    /// HMAC key of the pseudonyms of `category` sent to `domain`.
    Pseudonym {
        /// The pseudonymisation domain.
        domain: String,
        /// The category.
        category: String,
    },
    /// ipcrypt-pfx key of the IP addresses sent to `domain`.
    IpCrypt {
        /// The pseudonymisation domain.
        domain: String,
    },
}

impl KeyUse {
    /// The HKDF label, the same as the master-derived key of this use
    /// (`label::pseudonym`, `label::ipcrypt`): the input key differs.
    pub fn label(&self) -> String {
        match self {
            KeyUse::Pseudonym { domain, category } => label::pseudonym(domain, category),
            KeyUse::IpCrypt { domain } => label::ipcrypt(domain),
        }
    }

    /// The domain.
    pub fn domain(&self) -> &str {
        match self {
            KeyUse::Pseudonym { domain, .. } | KeyUse::IpCrypt { domain } => domain,
        }
    }
}

impl fmt::Display for KeyUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyUse::Pseudonym { domain, category } => write!(f, "{domain}/{category}"),
            KeyUse::IpCrypt { domain } => write!(f, "{domain}/ip"),
        }
    }
}

/// One use with its epoch length and retention, in days, as the packs say.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Sched {
    /// What the key is for.
    pub usage: KeyUse,
    /// Epoch length in days.
    pub length: u64,
    /// Retention in days: an epoch's key is destroyed `retention` days after
    /// the epoch started, so no token lives longer than that.
    pub retention: u64,
}

/// The start day of the `length`-day epoch that holds `day`.
pub fn epoch_start(day: u64, length: u64) -> u64 {
    let length = length.max(1);
    day / length * length
}

/// The day (since 1970-01-01) of a unix time.
pub fn day_of(unix_secs: u64) -> u64 {
    unix_secs / DAY
}

/// `YYYY-MM-DD` of a day number.
pub fn date(day: u64) -> String {
    crate::reveal::audit::format_rfc3339(day.saturating_mul(DAY))
        .map_or_else(|| day.to_string(), |s| s[..10].to_string())
}

/// The day number of `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<u64> {
    let text = text.trim();
    if text.len() != 10 {
        return None;
    }
    crate::reveal::audit::parse_rfc3339(&format!("{text}T00:00:00Z")).map(day_of)
}

/// Why an epoch key is not available. Never holds key material.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EpochError {
    /// The keyring no longer (or never) held what this epoch's key follows
    /// from: it began before the chain's day and its seed or key is gone.
    #[error(
        "the keyring does not hold the {length}-day epoch that began {} ({usage}): its chain is at {}; it was destroyed, or this epoch length is new to the keyring and began before its chain (it can start at the next boundary, {})",
        date(*start),
        date(*chain_day),
        date(start + length)
    )]
    NotHeld {
        /// What the key is for.
        usage: String,
        /// Epoch length in days.
        length: u64,
        /// The epoch's start day.
        start: u64,
        /// The keyring's chain day.
        chain_day: u64,
    },
    /// The keyring has no chain (it predates epochs).
    #[error("the keyring has no epoch chain; run `veil keys add-chain` on the full keyring")]
    NoChain,
}

/// A chain state, an epoch seed or a per-use key: 32 bytes, zeroized.
fn step(state: &SecretKey) -> SecretKey {
    hkdf_sha256(state, label::chain_next().as_bytes())
}

fn seed_of(state: &SecretKey, length: u64) -> SecretKey {
    hkdf_sha256(state, label::epoch_seed(length).as_bytes())
}

fn key_of(seed: &SecretKey, usage: &KeyUse) -> SecretKey {
    hkdf_sha256(seed, usage.label().as_bytes())
}

/// The seed of a current epoch that began before the chain's day.
#[derive(Clone, Debug)]
pub(super) struct Seed {
    pub(super) length: u64,
    pub(super) start: u64,
    pub(super) seed: SecretKey,
}

/// One use's key of an ended epoch, kept until `destroy` (full keyring).
#[derive(Clone, Debug)]
pub(super) struct StoredKey {
    pub(super) usage: KeyUse,
    pub(super) length: u64,
    pub(super) start: u64,
    pub(super) destroy: u64,
    pub(super) key: SecretKey,
}

/// A keyring's epoch material: the chain state of one day, the seeds of the
/// current epochs that began before it, and (full keyring) the per-use keys
/// of ended epochs still inside retention. Debug shows days only.
#[derive(Clone)]
pub struct Epochs {
    /// The day the chain was made: epochs that ended by then held nothing,
    /// so the full keyring keeps no key for them.
    pub(super) since: u64,
    pub(super) day: u64,
    pub(super) state: SecretKey,
    pub(super) seeds: Vec<Seed>,
    pub(super) keys: Vec<StoredKey>,
}

impl fmt::Debug for Epochs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Epochs")
            .field("day", &self.day)
            .field(
                "seeds",
                &self
                    .seeds
                    .iter()
                    .map(|s| (s.length, s.start))
                    .collect::<Vec<_>>(),
            )
            .field("keys", &self.keys.len())
            .finish_non_exhaustive()
    }
}

/// One epoch a keyring holds, for `veil keys show`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    /// What the key is for; `None` for a seed (every use of that length).
    pub usage: Option<KeyUse>,
    /// Epoch length in days.
    pub length: u64,
    /// First day.
    pub start: u64,
    /// First day after it.
    pub end: u64,
    /// When its key is destroyed (start + retention), when known.
    pub destroy: Option<u64>,
}

impl Epochs {
    /// A fresh random chain made on `today` whose first day is `first_day`
    /// (early enough for the current epoch of every length).
    pub fn generate(first_day: u64, today: u64) -> Result<Epochs, KeyError> {
        Ok(Epochs {
            since: today,
            day: first_day,
            state: SecretKey::generate()?,
            seeds: Vec::new(),
            keys: Vec::new(),
        })
    }

    /// The chain's day: epochs starting on or after it follow from its state.
    pub fn day(&self) -> u64 {
        self.day
    }

    /// The day the chain was made.
    pub fn since(&self) -> u64 {
        self.since
    }

    /// How many ended epochs' keys it holds (full keyring).
    pub fn ended_keys(&self) -> usize {
        self.keys.len()
    }

    /// The chain state of `day`, if it follows from this one.
    fn state_at(&self, day: u64) -> Option<SecretKey> {
        let mut g = self.state.clone();
        for _ in self.day..day {
            g = step(&g);
        }
        (day >= self.day).then_some(g)
    }

    /// The seed of the `length`-day epoch starting on `start`.
    fn seed(&self, length: u64, start: u64) -> Option<SecretKey> {
        if let Some(s) = self
            .seeds
            .iter()
            .find(|s| s.length == length && s.start == start)
        {
            return Some(s.seed.clone());
        }
        self.state_at(start).map(|g| seed_of(&g, length))
    }

    /// The key of `usage` in the `length`-day epoch starting on `start`, if
    /// this keyring holds what it follows from.
    pub fn key(&self, usage: &KeyUse, length: u64, start: u64) -> Result<SecretKey, EpochError> {
        if let Some(k) = self
            .keys
            .iter()
            .find(|k| &k.usage == usage && k.start == start)
        {
            return Ok(k.key.clone());
        }
        self.seed(length, start)
            .map(|seed| key_of(&seed, usage))
            .ok_or_else(|| EpochError::NotHeld {
                usage: usage.to_string(),
                length,
                start,
                chain_day: self.day,
            })
    }

    /// The key of `usage` for the epoch that holds `day`.
    pub fn key_at(&self, usage: &KeyUse, length: u64, day: u64) -> Result<SecretKey, EpochError> {
        self.key(usage, length, epoch_start(day, length))
    }

    /// Every epoch of `s.usage` whose key this keyring holds on `today` and
    /// that is still inside retention, oldest first, with its key: the
    /// current one and (full keyring) the ended ones.
    pub fn live(&self, s: &Sched, today: u64) -> Vec<(u64, SecretKey)> {
        let current = epoch_start(today, s.length);
        let oldest = (today + 1).saturating_sub(s.retention);
        let mut out = Vec::new();
        let mut start = epoch_start(oldest, s.length);
        while start <= current {
            // Epochs that ended before the chain was made held nothing.
            if start + s.retention > today && start + s.length > self.since {
                if let Ok(k) = self.key(&s.usage, s.length, start) {
                    out.push((start, k));
                }
            }
            start += s.length;
        }
        out
    }

    /// Moves the epoch material to `today`.
    ///
    /// - The chain state is stepped to `today` (the old one is gone).
    /// - For every epoch length of `schedule` or of a held seed, the seed of
    ///   its current epoch is kept (or derived, if it begins on or after the
    ///   chain's day: a length new to the keyring whose current epoch began
    ///   before it stays without one until its next boundary).
    /// - `keep_ended` (the full keyring): each ended epoch still inside a
    ///   use's retention becomes that use's key, kept until start +
    ///   retention; a pipeline keyring keeps nothing of ended epochs.
    /// - Keys past their destruction date are dropped.
    ///
    /// Returns whether anything changed. A `today` before the chain's day
    /// (a clock behind the one that advanced the keyring) changes nothing.
    pub fn advance(
        &mut self,
        today: u64,
        schedule: &[Sched],
        keep_ended: bool,
    ) -> Result<bool, EpochError> {
        let before = (
            self.day,
            self.seeds
                .iter()
                .map(|s| (s.length, s.start))
                .collect::<Vec<_>>(),
            self.keys.len(),
        );
        if today < self.day {
            return Ok(false);
        }
        let mut lengths: BTreeSet<u64> = schedule.iter().map(|s| s.length.max(1)).collect();
        lengths.extend(self.seeds.iter().map(|s| s.length));
        let mut seeds: Vec<Seed> = Vec::new();
        let mut keys: Vec<StoredKey> = self.keys.clone();
        keys.retain(|k| k.destroy > today);
        let since = self.since;
        let add_key = |keys: &mut Vec<StoredKey>, s: &Sched, start: u64, seed: &SecretKey| {
            let destroy = start + s.retention;
            let wrote = start + s.length > since;
            if wrote
                && destroy > today
                && !keys.iter().any(|k| k.usage == s.usage && k.start == start)
            {
                keys.push(StoredKey {
                    usage: s.usage.clone(),
                    length: s.length,
                    start,
                    destroy,
                    key: key_of(seed, &s.usage),
                });
            }
        };
        // Seeds held from before the chain's day: current, or ended.
        for held in &self.seeds {
            if held.start == epoch_start(today, held.length) {
                seeds.push(held.clone());
            } else if keep_ended {
                for s in schedule.iter().filter(|s| s.length == held.length) {
                    add_key(&mut keys, s, held.start, &held.seed);
                }
            }
        }
        // Days from the chain's day to today, stepping the state once.
        let mut g = self.state.clone();
        let mut d = self.day;
        loop {
            for &length in &lengths {
                if d % length != 0 {
                    continue;
                }
                let current = epoch_start(today, length);
                if d == current {
                    if !seeds.iter().any(|s| s.length == length && s.start == d) {
                        seeds.push(Seed {
                            length,
                            start: d,
                            seed: seed_of(&g, length),
                        });
                    }
                } else if keep_ended && d < current {
                    let seed = seed_of(&g, length);
                    for s in schedule.iter().filter(|s| s.length == length) {
                        add_key(&mut keys, s, d, &seed);
                    }
                }
            }
            if d == today {
                break;
            }
            g = step(&g);
            d += 1;
        }
        // A scheduled length new to the keyring whose current epoch began
        // before the chain's day has no seed here: it could not be made
        // before this advance either, so nothing is lost by advancing, and
        // refusing would keep every other use's ended keys past their
        // destruction date. Whoever needs that epoch's key (the engine) is
        // refused by `key` with a message naming the next boundary.
        // Seeds that begin today follow from the state: not stored twice.
        seeds.retain(|s| s.start < today);
        seeds.sort_by_key(|s| (s.length, s.start));
        keys.sort_by(|a, b| (a.start, &a.usage).cmp(&(b.start, &b.usage)));
        self.state = g;
        self.day = today;
        self.seeds = seeds;
        self.keys = keys;
        let after = (
            self.day,
            self.seeds
                .iter()
                .map(|s| (s.length, s.start))
                .collect::<Vec<_>>(),
            self.keys.len(),
        );
        Ok(before != after)
    }

    /// What this keyring holds, for `veil keys show`: per scheduled use,
    /// every epoch from the oldest held to the current one, and the seeds.
    pub fn held(&self, schedule: &[Sched], today: u64) -> Vec<Held> {
        let mut out: Vec<Held> = Vec::new();
        for k in &self.keys {
            out.push(Held {
                usage: Some(k.usage.clone()),
                length: k.length,
                start: k.start,
                end: k.start + k.length,
                destroy: Some(k.destroy),
            });
        }
        for s in schedule {
            let current = epoch_start(today.max(self.day), s.length);
            let mut start = epoch_start(self.day.max(self.since), s.length);
            while start <= current {
                let held = self.key(&s.usage, s.length, start).is_ok();
                let listed = out
                    .iter()
                    .any(|h| h.usage.as_ref() == Some(&s.usage) && h.start == start);
                if held && !listed {
                    out.push(Held {
                        usage: Some(s.usage.clone()),
                        length: s.length,
                        start,
                        end: start + s.length,
                        destroy: Some(start + s.retention),
                    });
                }
                start += s.length;
            }
        }
        for seed in &self.seeds {
            if !schedule.iter().any(|s| s.length == seed.length) {
                out.push(Held {
                    usage: None,
                    length: seed.length,
                    start: seed.start,
                    end: seed.start + seed.length,
                    destroy: None,
                });
            }
        }
        out.sort_by(|a, b| (&a.usage, a.start).cmp(&(&b.usage, b.start)));
        out
    }

    /// Every secret this holds, for tests that look for material in files.
    #[cfg(test)]
    pub(crate) fn secrets(&self) -> Vec<[u8; 32]> {
        let mut v = vec![*self.state.expose()];
        v.extend(self.seeds.iter().map(|s| *s.seed.expose()));
        v.extend(self.keys.iter().map(|k| *k.key.expose()));
        v
    }
}

/// The chain state of `day` stepped from `state` at `from`: for tests that
/// check a file against every state a chain went through.
pub fn chain_states(state: &SecretKey, from: u64, to: u64) -> Vec<(u64, SecretKey)> {
    let mut out = Vec::new();
    let mut g = state.clone();
    for d in from..=to {
        out.push((d, g.clone()));
        g = step(&g);
    }
    out
}

/// The seed and key of an epoch from a chain state of its start day: for
/// tests that look for the material an epoch's key follows from.
pub fn derive_from_state(state: &SecretKey, length: u64, usage: &KeyUse) -> (SecretKey, SecretKey) {
    let seed = seed_of(state, length);
    let key = key_of(&seed, usage);
    (seed, key)
}

/// A keyring whose epoch material moves with the clock, persisted to its
/// file when it has one. Shared by every engine of a process (behind a
/// mutex); it advances at most once per day, at epoch boundaries and at
/// start.
#[derive(Debug)]
pub struct Ratchet {
    keyring: Keyring,
    path: Option<PathBuf>,
    schedule: Vec<Sched>,
}

impl Ratchet {
    /// A ratchet over `keyring` for the uses of `schedule`. With `path`,
    /// every advance is written back to the keyring file (read again under
    /// a lock first, replaced atomically); without, it stays in memory.
    pub fn new(keyring: Keyring, path: Option<PathBuf>, schedule: Vec<Sched>) -> Ratchet {
        Ratchet {
            keyring,
            path,
            schedule,
        }
    }

    /// The keyring as of the last advance.
    pub fn keyring(&self) -> &Keyring {
        &self.keyring
    }

    /// The uses it serves.
    pub fn schedule(&self) -> &[Sched] {
        &self.schedule
    }

    /// Moves the keyring to `day` (see [`Epochs::advance`]) and, with a
    /// path, writes it. A keyring without a chain is left alone.
    pub fn advance(&mut self, day: u64) -> Result<(), KeyError> {
        let keep_ended = self.keyring.is_full();
        let Some(epochs) = self.keyring.epochs.as_mut() else {
            return Ok(());
        };
        let Some(path) = self.path.clone() else {
            epochs
                .advance(day, &self.schedule, keep_ended)
                .map_err(KeyError::Epoch)?;
            return Ok(());
        };
        if day <= epochs.day && !needs_seed(epochs, &self.schedule, day) {
            return Ok(());
        }
        let _lock = super::file::lock_dir(&path)?;
        let mut ring = Keyring::load(&path)?;
        if ring.active().secret.expose() != self.keyring.active().secret.expose() {
            return Err(KeyError::Replaced { path });
        }
        let keep_ended = ring.is_full();
        let Some(on_disk) = ring.epochs.as_mut() else {
            return Err(KeyError::Replaced { path });
        };
        if on_disk
            .advance(day, &self.schedule, keep_ended)
            .map_err(KeyError::Epoch)?
        {
            super::file::replace(&path, &ring)?;
        }
        self.keyring = ring;
        Ok(())
    }
}

/// Whether some scheduled length lacks its current seed at `day` (a new
/// length, or a new epoch not yet stepped to).
fn needs_seed(epochs: &Epochs, schedule: &[Sched], day: u64) -> bool {
    schedule.iter().any(|s| {
        let current = epoch_start(day, s.length);
        current > epochs.day
            || (current < epochs.day
                && !epochs
                    .seeds
                    .iter()
                    .any(|h| h.length == s.length && h.start == current))
    })
}

/// The path of a keyring file, for messages.
pub fn describe(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone() -> Sched {
        Sched {
            usage: KeyUse::Pseudonym {
                domain: "siem".into(),
                category: "phone".into(),
            },
            length: 7,
            retention: 28,
        }
    }

    fn ip() -> Sched {
        Sched {
            usage: KeyUse::IpCrypt {
                domain: "siem".into(),
            },
            length: 30,
            retention: 180,
        }
    }

    const DAY0: u64 = 20_300;

    #[test]
    fn every_holder_of_the_chain_finds_the_same_key() {
        let full = Epochs::generate(DAY0 - MAX_EPOCH_DAYS, DAY0 - MAX_EPOCH_DAYS).unwrap();
        let schedule = [phone(), ip()];
        let today = DAY0 + 40;
        let want = full.key_at(&phone().usage, 7, today).unwrap();
        // Advanced the same day, or on another day inside the epoch.
        for (day, keep) in [
            (today, true),
            (today, false),
            (epoch_start(today, 7), false),
        ] {
            let mut copy = full.clone();
            copy.advance(day, &schedule, keep).unwrap();
            assert_eq!(
                copy.key_at(&phone().usage, 7, today).unwrap().expose(),
                want.expose()
            );
        }
        // Another use, another length, another epoch: other keys.
        assert_ne!(
            full.key_at(&ip().usage, 30, today).unwrap().expose(),
            want.expose()
        );
        assert_ne!(
            full.key_at(&phone().usage, 7, today + 7).unwrap().expose(),
            want.expose()
        );
    }

    #[test]
    fn a_pipeline_keyring_keeps_only_current_epochs() {
        let mut e = Epochs::generate(DAY0 - MAX_EPOCH_DAYS, DAY0 - MAX_EPOCH_DAYS).unwrap();
        let schedule = [phone(), ip()];
        let today = DAY0 + 40;
        e.advance(today, &schedule, false).unwrap();
        assert_eq!(e.day(), today);
        assert!(e.keys.is_empty());
        let prev = epoch_start(today, 7) - 7;
        assert!(matches!(
            e.key(&phone().usage, 7, prev),
            Err(EpochError::NotHeld { .. })
        ));
        // The current epochs of both lengths are there.
        e.key_at(&phone().usage, 7, today).unwrap();
        e.key_at(&ip().usage, 30, today).unwrap();
        // Nothing changes on a second advance the same day.
        assert!(!e.advance(today, &schedule, false).unwrap());
    }

    #[test]
    fn the_full_keyring_keeps_ended_epochs_until_retention() {
        let mut e = Epochs::generate(DAY0 - MAX_EPOCH_DAYS, DAY0 - MAX_EPOCH_DAYS).unwrap();
        let schedule = [phone(), ip()];
        let first = epoch_start(DAY0, 7);
        e.advance(first, &schedule, true).unwrap();
        let k = e.key(&phone().usage, 7, first).unwrap();
        // Three weeks later: the epoch ended, its phone key is kept.
        e.advance(first + 21, &schedule, true).unwrap();
        assert_eq!(
            e.key(&phone().usage, 7, first).unwrap().expose(),
            k.expose()
        );
        assert_eq!(e.live(&phone(), first + 21).len(), 4);
        // At start + retention it is gone.
        e.advance(first + 28, &schedule, true).unwrap();
        assert!(e.key(&phone().usage, 7, first).is_err());
        assert!(
            e.secrets().iter().all(|s| s != k.expose()),
            "no copy of the key"
        );
    }

    #[test]
    fn a_new_length_after_the_chain_passed_its_start_is_refused() {
        let mut e = Epochs::generate(DAY0 - MAX_EPOCH_DAYS, DAY0 - MAX_EPOCH_DAYS).unwrap();
        let today = epoch_start(DAY0, 30) + 10;
        e.advance(today, &[phone()], false).unwrap();
        // The keyring still advances (the other uses' keys move on), but
        // the new length's current epoch cannot be made: its key is refused
        // with the day it can start.
        e.advance(today + 1, &[phone(), ip()], true).unwrap();
        assert_eq!(e.day(), today + 1);
        let err = e.key_at(&ip().usage, 30, today + 1).unwrap_err();
        assert!(err.to_string().contains("next boundary"), "{err}");
        assert!(e.live(&ip(), today + 1).is_empty());
        // On its boundary it can start.
        let boundary = epoch_start(DAY0, 30) + 30;
        e.advance(boundary, &[phone(), ip()], false).unwrap();
        e.key_at(&ip().usage, 30, boundary).unwrap();
    }

    #[test]
    fn a_new_length_does_not_keep_ended_keys_past_their_destruction() {
        // The full keyring, purged daily while packs add a length it
        // cannot make yet: the phone keys still go at start + retention.
        let mut e = Epochs::generate(DAY0 - MAX_EPOCH_DAYS, DAY0 - MAX_EPOCH_DAYS).unwrap();
        let first = epoch_start(DAY0, 30) + 1;
        let first = epoch_start(first, 7) + 7;
        e.advance(first, &[phone()], true).unwrap();
        e.advance(first + 1, &[phone(), ip()], true).unwrap();
        assert!(e.key(&phone().usage, 7, first).is_ok());
        e.advance(first + 28, &[phone(), ip()], true).unwrap();
        assert!(e.key(&phone().usage, 7, first).is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(parse_date("2026-03-01"), Some(20_513));
        assert_eq!(date(20_513), "2026-03-01");
        assert_eq!(parse_date("2026-3-1"), None);
    }
}
