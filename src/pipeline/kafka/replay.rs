//! `veil quarantine replay --config`: run the quarantine topic through the
//! current rules again, after a rule fix.
//!
//! The replay is the pipeline itself with another input: the same engines,
//! header rules, producer, vault-topic entries (produced and delivered before
//! the outputs that carry their tokens) and delivery mode. Each quarantine
//! record is opened ([`super::quarantined`]) back into the input record it
//! was (key, headers, timestamp, source partition) and produced to its input
//! topic's output topic, at the partition the pipeline would have used.
//! Records that still fail are quarantined again, sealed, with their new
//! reason and a header naming this run.
//!
//! Progress is committed by a consumer group of its own (`replay_group_id`,
//! default `<group_id>.replay`), so a second replay starts where the first
//! stopped. Without `follow` the replay stops at the high watermarks taken
//! at start: what it quarantined again is left for the next replay.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use super::KafkaError;
use super::driver::{ReplayState, start};
use crate::config::Config;
use crate::keys::Keyring;
use crate::pipeline::metrics::Metrics;

/// How a replay runs.
#[derive(Clone, Debug)]
pub struct ReplayOptions {
    /// The consumer group; default: the config's `replay_group_id`.
    pub group: Option<String>,
    /// Keep replaying new quarantine records until `stop`.
    pub follow: bool,
    /// Without `follow`: also stop after this long with nothing new (for
    /// brokers whose high watermarks run ahead of their records).
    pub idle: Duration,
}

impl Default for ReplayOptions {
    fn default() -> ReplayOptions {
        ReplayOptions {
            group: None,
            follow: false,
            idle: Duration::from_secs(10),
        }
    }
}

/// What a replay did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReplaySummary {
    /// Quarantine records read.
    pub read: u64,
    /// Records that now pass, delivered to their output topics.
    pub replayed: u64,
    /// Records that still fail, quarantined again, by reason.
    pub still_failing: BTreeMap<&'static str, u64>,
    /// Records that did not open (wrong keyring, altered, unknown topic).
    pub unreadable: u64,
    /// With `follow`: records this run quarantined again and met again.
    pub skipped: u64,
}

impl ReplaySummary {
    /// Records still failing, over all reasons.
    pub fn failing(&self) -> u64 {
        self.still_failing.values().sum()
    }
}

/// Replays the quarantine topic; see the module doc.
#[tracing::instrument(skip_all)]
pub fn replay(
    cfg: &Config,
    keyring: &Keyring,
    metrics: Arc<Metrics>,
    stop: Arc<AtomicBool>,
    opts: &ReplayOptions,
) -> Result<ReplaySummary, KafkaError> {
    let mut id = [0u8; 12];
    getrandom::fill(&mut id).map_err(|_| KafkaError::Quarantine("no random numbers".into()))?;
    let state = ReplayState {
        run_id: data_encoding::HEXLOWER.encode(&id),
        follow: opts.follow,
        idle: opts.idle,
        ends: BTreeMap::new(),
        positions: BTreeMap::new(),
        last_record: Instant::now(),
        skips: Vec::new(),
        unreadable: 0,
        skipped: 0,
    };
    let group = opts
        .group
        .clone()
        .unwrap_or_else(|| cfg.replay_group_id.clone());
    let s = start(cfg, keyring, None, metrics, stop, Some((state, group)))?;
    Ok(ReplaySummary {
        read: s.records_in + s.unreadable + s.skipped,
        replayed: s.records_out,
        still_failing: s.quarantined,
        unreadable: s.unreadable,
        skipped: s.skipped,
    })
}
