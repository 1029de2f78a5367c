//! The pipeline thread: poll a batch, process it on the pool, produce its
//! vault entries, then its outputs, then commit.
//!
//! At-least-once: vault entries of a batch are produced and their delivery
//! awaited before any output of the batch is produced, so no token is ever
//! visible without its entry; outputs are produced in input order to a fixed
//! output partition per input partition (idempotent producer: order kept);
//! an offset is stored only when every earlier record of its partition was
//! delivered ([`super::tracker`]). Exactly-once: each batch is one
//! transaction with its vault entries and its offsets.
//!
//! One concern to a file: this file runs the thread ([`run`], the batch
//! loop's state); `clients` (producer and consumer), `poll` (a batch in,
//! replay, offsets in flight), `produce` (vault entries, outputs, offsets)
//! and `delivery` (at-least-once, exactly-once transactions).

mod clients;
mod delivery;
mod poll;
mod produce;

use clients::{new_consumer, new_producer};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::ThreadedProducer;
use tracing::instrument;

use super::KafkaError;
use super::context::{ConsumerCtx, ProducerCtx, Shared};
use super::envelope::SessionKey;
use super::headers::HeaderRules;
use super::pool::{Pool, TopicEngine};
use crate::config::{Config, Delivery};
use crate::keys::Keyring;
use crate::pipeline::engine::Engine;
use crate::pipeline::metrics::Metrics;

type Producer_ = ThreadedProducer<ProducerCtx>;
type Consumer_ = BaseConsumer<ConsumerCtx>;

pub use crate::pipeline::kafka::quarantined::qheader;

/// Why a transaction failed.
#[derive(Debug, thiserror::Error)]
enum TxnError {
    #[error("{0}")]
    Kafka(#[from] rdkafka::error::KafkaError),
    #[error("{0}")]
    Produce(KafkaError),
    #[error("the consumer has no group metadata yet")]
    NoGroup,
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Records consumed.
    pub records_in: u64,
    /// Records delivered to output topics.
    pub records_out: u64,
    /// Records quarantined, by reason.
    pub quarantined: BTreeMap<&'static str, u64>,
    /// Replay: quarantine records that did not open (left where they are).
    pub unreadable: u64,
    /// Replay with follow: records this run quarantined again, left for the
    /// next replay.
    pub skipped: u64,
}

struct Run<'a> {
    cfg: &'a Config,
    keyring: &'a Keyring,
    topics: Vec<TopicEngine>,
    shared: Arc<Shared>,
    consumer: Consumer_,
    producer: Producer_,
    out_partitions: Vec<i32>,
    vault_partitions: i32,
    session: Option<SessionKey>,
    /// Whether the session key record is out (in this transaction, for
    /// exactly-once).
    session_published: bool,
    stop: Arc<AtomicBool>,
    /// Set when replaying the quarantine topic.
    replay: Option<ReplayState>,
}

/// A replay of the quarantine topic in progress.
pub(super) struct ReplayState {
    /// Marks records this run quarantines again.
    pub run_id: String,
    /// Keep going past the end.
    pub follow: bool,
    /// Without `follow`: stop after this long with nothing new.
    pub idle: Duration,
    /// Per quarantine partition: the end to reach (high watermark at start).
    pub ends: BTreeMap<i32, i64>,
    /// Per quarantine partition: one past the last offset polled.
    pub positions: BTreeMap<i32, i64>,
    /// When a record last arrived (or the group had no partitions yet).
    pub last_record: Instant,
    /// Positions of records not processed (unreadable, or this run's own).
    pub skips: Vec<((usize, i32), i64)>,
    /// Quarantine records that did not open.
    pub unreadable: u64,
    /// Records this run quarantined again, met again with `follow`.
    pub skipped: u64,
}

/// Runs until `stop` is set (then drains and commits within the config's
/// deadline) or a delivery fails.
#[instrument(skip_all, fields(group = %cfg.group_id))]
pub fn run(
    cfg: &Config,
    keyring: &Keyring,
    metrics: Arc<Metrics>,
    stop: Arc<AtomicBool>,
) -> Result<Summary, KafkaError> {
    start(cfg, keyring, None, metrics, stop, None)
}

/// [`run`] with the epoch keys of `ratchet`, which the pipeline advances
/// (and writes back to the keyring file) as epochs turn.
pub fn run_with_ratchet(
    cfg: &Config,
    ratchet: &Arc<std::sync::Mutex<crate::keys::Ratchet>>,
    metrics: Arc<Metrics>,
    stop: Arc<AtomicBool>,
) -> Result<Summary, KafkaError> {
    let keyring = ratchet
        .lock()
        .map_err(|_| KafkaError::Engine {
            topic: String::new(),
            message: "the keyring lock was poisoned".into(),
        })?
        .keyring()
        .clone();
    start(cfg, &keyring, Some(ratchet), metrics, stop, None)
}

/// A run of the pipeline, or with `replay` a replay of the quarantine topic
/// (group `replay_group`) through the same engines and producers.
pub(super) fn start(
    cfg: &Config,
    keyring: &Keyring,
    ratchet: Option<&Arc<std::sync::Mutex<crate::keys::Ratchet>>>,
    metrics: Arc<Metrics>,
    stop: Arc<AtomicBool>,
    replay: Option<(ReplayState, String)>,
) -> Result<Summary, KafkaError> {
    // One ratchet for every topic's engine: the keyring advances once.
    let ratchet = match ratchet {
        Some(r) => Arc::clone(r),
        None => {
            let packs: Vec<_> = cfg.topics.iter().map(|t| t.pack.clone()).collect();
            Arc::new(std::sync::Mutex::new(crate::keys::Ratchet::new(
                keyring.clone(),
                None,
                crate::rules::schedule(&packs),
            )))
        }
    };
    let mut topics = Vec::with_capacity(cfg.topics.len());
    for t in &cfg.topics {
        let engine_err = |message: String| KafkaError::Engine {
            topic: t.input.clone(),
            message,
        };
        let engine = Engine::with_ratchet(t.pack.clone(), &ratchet, std::time::SystemTime::now())
            .map_err(|e| engine_err(e.to_string()))?
            .with_max_record(cfg.max_record_bytes);
        let headers = HeaderRules::new(&t.pack, &t.headers);
        topics.push(TopicEngine { engine, headers });
    }
    let reversible = cfg
        .topics
        .iter()
        .any(|t| t.pack.categories.iter().any(|c| c.reversible));
    let session = if reversible && cfg.vault_topic.is_some() {
        let public = keyring.reveal_public().ok_or(KafkaError::NoRevealKey)?;
        Some(SessionKey::new(public)?)
    } else {
        None
    };
    let shared = Arc::new(Shared::new(Arc::clone(&metrics)));
    let producer = new_producer(cfg, &shared)?;
    let inputs: Vec<String> = match &replay {
        Some(_) => vec![cfg.quarantine_topic.clone()],
        None => cfg.topics.iter().map(|t| t.input.clone()).collect(),
    };
    let group = replay
        .as_ref()
        .map_or(cfg.group_id.as_str(), |(_, g)| g.as_str());
    // The pipeline is a static member (its instance name); a replay is a
    // one-off run that should leave its group when it ends.
    let instance = match replay {
        Some(_) => None,
        None => cfg.instance.as_deref(),
    };
    let consumer = new_consumer(cfg, &shared, group, instance, inputs.clone())?;
    let mut run = Run {
        cfg,
        keyring,
        out_partitions: Vec::new(),
        vault_partitions: 0,
        topics,
        shared,
        consumer,
        producer,
        session,
        session_published: false,
        stop,
        replay: replay.map(|(r, _)| r),
    };
    run.out_partitions = cfg
        .topics
        .iter()
        .map(|t| run.partitions(&t.output))
        .collect::<Result<_, _>>()?;
    if let Some(v) = &cfg.vault_topic {
        run.vault_partitions = run.partitions(v)?;
    }
    run.partitions(&cfg.quarantine_topic)?;
    if run.replay.is_some() {
        run.replay_ends()?;
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    run.consumer
        .subscribe(&inputs)
        .map_err(KafkaError::Client)?;
    tracing::info!(topics = inputs.len(), delivery = ?cfg.delivery, workers = cfg.workers, "consuming");
    let mut pool = Pool::new(run.topics.clone(), cfg.workers);
    let result = match cfg.delivery {
        Delivery::AtLeastOnce => run.at_least_once(&mut pool),
        Delivery::ExactlyOnce => run.exactly_once(&mut pool),
    };
    if result.is_err() {
        metrics.failed.store(true, Ordering::Relaxed);
    }
    metrics.ready.store(false, Ordering::Relaxed);
    result?;
    let (unreadable, skipped) = run
        .replay
        .as_ref()
        .map_or((0, 0), |r| (r.unreadable, r.skipped));
    Ok(Summary {
        records_in: metrics.records_in.load(Ordering::Relaxed),
        records_out: metrics.records_out.load(Ordering::Relaxed),
        quarantined: metrics.quarantined_by_reason(),
        unreadable,
        skipped,
    })
}
