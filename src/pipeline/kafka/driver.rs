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

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
use rdkafka::message::{BorrowedMessage, Header, Headers, OwnedHeaders};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use rdkafka::{Message, Offset, TopicPartitionList};
use tracing::instrument;

use super::context::{ConsumerCtx, ProducerCtx, Sent, Shared};
use super::envelope::{EntryBody, SessionKey};
use super::headers::HeaderRules;
use super::pool::{InRecord, Pool, Processed, TopicEngine};
use super::quarantined;
use super::tracker::Tp;
use super::{KafkaError, client_config};
use crate::config::{Config, Delivery};
use crate::keys::Keyring;
use crate::pipeline::engine::{Engine, VaultItem};
use crate::pipeline::metrics::Metrics;
use crate::pipeline::quarantine;

type Producer_ = ThreadedProducer<ProducerCtx>;
type Consumer_ = BaseConsumer<ConsumerCtx>;

pub use super::quarantined::qheader;

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

fn new_producer(cfg: &Config, shared: &Arc<Shared>) -> Result<Producer_, KafkaError> {
    let mut fixed = vec![("enable.idempotence", "true")];
    let tid;
    let defaults: &[(&str, &str)] = match cfg.delivery {
        // Retried forever: a broker outage is waited out, and an undelivered
        // record is never committed.
        Delivery::AtLeastOnce => &[("message.timeout.ms", "0"), ("linger.ms", "5")],
        Delivery::ExactlyOnce => &[("linger.ms", "5")],
    };
    if cfg.delivery == Delivery::ExactlyOnce {
        tid = format!(
            "veil-{}-{}-{}",
            cfg.group_id,
            std::process::id(),
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() % 1_000_000_007)
        );
        fixed.push(("transactional.id", tid.as_str()));
    }
    let c = client_config(cfg, defaults, &fixed);
    let p: Producer_ = c
        .create_with_context(ProducerCtx {
            shared: Arc::clone(shared),
        })
        .map_err(KafkaError::Client)?;
    if cfg.delivery == Delivery::ExactlyOnce {
        with_backoff(cfg, || p.init_transactions(cfg.transaction_timeout))
            .map_err(|e| KafkaError::Transaction(e.to_string()))?;
    }
    Ok(p)
}

/// `session.timeout.ms` of a static member: a restarted pod that is back
/// within it takes its partitions back at once, with no rebalance; a member
/// gone for longer loses them to the others.
pub const STATIC_SESSION_TIMEOUT_MS: &str = "30000";
/// `session.timeout.ms` of a dynamic member (no `instance`): a crashed
/// member's partitions are reassigned after it; a restart waits it out.
pub const DYNAMIC_SESSION_TIMEOUT_MS: &str = "10000";

/// The consumer's client config: `instance` makes it a static member of
/// `group` (KIP-345, `group.instance.id`). The rebalance timeout is
/// librdkafka's `max.poll.interval.ms`, left at its 300 s: the coordinator
/// waits that long only for live members to rejoin a rebalance, and veil
/// may go that long without polling while deliveries are stalled.
pub(super) fn consumer_config(
    cfg: &Config,
    group: &str,
    instance: Option<&str>,
) -> rdkafka::ClientConfig {
    let session = if instance.is_some() {
        STATIC_SESSION_TIMEOUT_MS
    } else {
        DYNAMIC_SESSION_TIMEOUT_MS
    };
    let mut fixed = vec![("group.id", group)];
    if let Some(id) = instance {
        fixed.push(("group.instance.id", id));
    }
    fixed.extend([
        ("enable.auto.offset.store", "false"),
        (
            "enable.auto.commit",
            if cfg.delivery == Delivery::ExactlyOnce {
                "false"
            } else {
                "true"
            },
        ),
        ("isolation.level", "read_committed"),
        ("enable.partition.eof", "false"),
    ]);
    client_config(
        cfg,
        &[
            ("auto.offset.reset", "earliest"),
            ("statistics.interval.ms", "5000"),
            ("session.timeout.ms", session),
            ("heartbeat.interval.ms", "1000"),
        ],
        &fixed,
    )
}

fn new_consumer(
    cfg: &Config,
    shared: &Arc<Shared>,
    group: &str,
    instance: Option<&str>,
    topics: Vec<String>,
) -> Result<Consumer_, KafkaError> {
    let c = consumer_config(cfg, group, instance);
    c.create_with_context(ConsumerCtx {
        shared: Arc::clone(shared),
        topics,
        deadline: cfg.shutdown_deadline,
        transactional: cfg.delivery == Delivery::ExactlyOnce,
        revoked: Default::default(),
    })
    .map_err(KafkaError::Client)
}

/// Retries `f` with exponential backoff (100 ms to 5 s) for up to the
/// shutdown deadline times four: broker outages at start are waited out.
fn with_backoff<T>(
    cfg: &Config,
    mut f: impl FnMut() -> rdkafka::error::KafkaResult<T>,
) -> rdkafka::error::KafkaResult<T> {
    let until = Instant::now() + cfg.shutdown_deadline * 4;
    let mut wait = Duration::from_millis(100);
    loop {
        match f() {
            Ok(v) => return Ok(v),
            Err(e) if Instant::now() + wait < until => {
                tracing::warn!(error = %e, retry_in_ms = wait.as_millis() as u64, "kafka not reachable, retrying");
                std::thread::sleep(wait);
                wait = (wait * 2).min(Duration::from_secs(5));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Adds `consumed` positions in flight and `skips` as done, in offset order
/// per partition (the tracker's invariant).
fn track_into(
    tracker: &mut super::tracker::Tracker,
    consumed: impl Iterator<Item = (Tp, i64)>,
    skips: &[(Tp, i64)],
) {
    if skips.is_empty() {
        for (tp, o) in consumed {
            tracker.add(tp, o);
        }
        return;
    }
    let mut all: Vec<(Tp, i64)> = consumed.chain(skips.iter().copied()).collect();
    all.sort_unstable();
    for (tp, o) in &all {
        tracker.add(*tp, *o);
    }
    for (tp, o) in skips {
        tracker.done(*tp, *o);
    }
}

fn own(m: &BorrowedMessage<'_>, topic: usize) -> InRecord {
    InRecord {
        topic,
        partition: m.partition(),
        offset: m.offset(),
        key: m.key().map(<[u8]>::to_vec),
        payload: m.payload().map(<[u8]>::to_vec),
        headers: m
            .headers()
            .map(|h| {
                h.iter()
                    .map(|x| (x.key.to_string(), x.value.map(<[u8]>::to_vec)))
                    .collect()
            })
            .unwrap_or_default(),
        timestamp: m.timestamp().to_millis(),
        polled: Instant::now(),
        consumed: ((topic, m.partition()), m.offset()),
    }
}

impl Run<'_> {
    fn partitions(&self, topic: &str) -> Result<i32, KafkaError> {
        let md = with_backoff(self.cfg, || {
            self.producer
                .client()
                .fetch_metadata(Some(topic), Duration::from_secs(5))
        })
        .map_err(KafkaError::Client)?;
        let n = md
            .topics()
            .iter()
            .find(|t| t.name() == topic && t.error().is_none())
            .map_or(0, |t| t.partitions().len() as i32);
        if n == 0 {
            return Err(KafkaError::NoTopic(topic.to_string()));
        }
        Ok(n)
    }

    /// Replay: opens a quarantine record, or notes its position as skipped
    /// (it did not open, or this run quarantined it again).
    fn reopen(
        rs: &mut ReplayState,
        cfg: &Config,
        keyring: &Keyring,
        m: &BorrowedMessage<'_>,
    ) -> Option<InRecord> {
        let pos = ((0, m.partition()), m.offset());
        let e = rs.positions.entry(m.partition()).or_insert(0);
        *e = (*e).max(m.offset() + 1);
        rs.last_record = Instant::now();
        match quarantined::open(m, pos.0, cfg, keyring) {
            Ok(r) if r.replay_run.as_deref() == Some(rs.run_id.as_str()) => {
                rs.skipped += 1;
                rs.skips.push(pos);
                None
            }
            Ok(r) => Some(r.record),
            Err(e) => {
                tracing::warn!(partition = m.partition(), offset = m.offset(), error = %e, "quarantine record left unreplayed");
                rs.unreadable += 1;
                rs.skips.push(pos);
                None
            }
        }
    }

    fn take_skips(&mut self) -> Vec<(Tp, i64)> {
        self.replay
            .as_mut()
            .map(|r| std::mem::take(&mut r.skips))
            .unwrap_or_default()
    }

    /// Marks the batch's positions in flight and the skipped ones done, in
    /// offset order per partition (the tracker's invariant).
    fn track(&self, batch: &[InRecord], skips: &[(Tp, i64)]) {
        let mut st = self.shared.lock();
        track_into(&mut st.tracker, batch.iter().map(|r| r.consumed), skips);
    }

    /// Replay: the high watermarks to reach, for partitions where the
    /// replay group's committed offset is below them.
    fn replay_ends(&mut self) -> Result<(), KafkaError> {
        let topic = self.cfg.quarantine_topic.clone();
        let n = self.partitions(&topic)?;
        let timeout = Duration::from_secs(10);
        let mut tpl = TopicPartitionList::new();
        for p in 0..n {
            tpl.add_partition(&topic, p);
        }
        let committed = with_backoff(self.cfg, || {
            self.consumer.committed_offsets(tpl.clone(), timeout)
        })
        .map_err(KafkaError::Client)?;
        let mut ends = BTreeMap::new();
        for el in committed.elements() {
            let p = el.partition();
            let (low, high) = with_backoff(self.cfg, || {
                self.consumer.fetch_watermarks(&topic, p, timeout)
            })
            .map_err(KafkaError::Client)?;
            let from = match el.offset() {
                Offset::Offset(o) => o.max(low),
                _ => low,
            };
            if high > from {
                ends.insert(p, high);
            }
        }
        tracing::info!(
            partitions = ends.len(),
            "replaying up to the high watermarks"
        );
        if let Some(r) = self.replay.as_mut() {
            r.ends = ends;
        }
        Ok(())
    }

    /// Replay without follow: whether everything up to the ends was polled
    /// (checked once a poll came back empty, so records a broker reports
    /// past its watermark are taken too), or nothing arrived for the idle
    /// time (brokers whose watermarks run ahead).
    fn replay_done(&mut self, polled_nothing: bool) -> bool {
        let assigned = self.consumer.assignment().map_or(0, |a| a.count()) > 0;
        let Some(r) = self.replay.as_mut() else {
            return false;
        };
        if r.follow {
            return false;
        }
        if !assigned {
            r.last_record = Instant::now();
        }
        let reached = r
            .ends
            .iter()
            .all(|(p, end)| r.positions.get(p).is_some_and(|at| at >= end));
        (polled_nothing && reached) || (assigned && r.last_record.elapsed() >= r.idle)
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn failure(&self) -> Option<String> {
        self.shared.lock().failure.clone()
    }

    /// Polls up to a batch; drops records of partitions revoked meanwhile.
    fn poll_batch(&mut self) -> Vec<InRecord> {
        let cfg = self.cfg;
        let mut batch = Vec::new();
        let mut bytes = 0;
        let started = Instant::now();
        while batch.len() < cfg.batch_records && bytes < cfg.batch_bytes && !self.stopping() {
            let elapsed = started.elapsed();
            let timeout = if batch.is_empty() {
                Duration::from_millis(100)
            } else if elapsed < cfg.batch_linger {
                cfg.batch_linger - elapsed
            } else {
                break;
            };
            let polled = self.consumer.poll(timeout);
            // A revoke runs inside poll: records collected before it belong
            // to the partition's next owner (or to this consumer again, from
            // the committed offset). Later ones are new: keep them, or the
            // tracker would start the partition past a gap.
            Self::drop_revoked(&self.consumer, &mut self.replay, &mut batch);
            match polled {
                Some(Ok(m)) if self.replay.is_some() => {
                    bytes += m.payload_len();
                    let reopened = self
                        .replay
                        .as_mut()
                        .and_then(|rs| Self::reopen(rs, cfg, self.keyring, &m));
                    if let Some(r) = reopened {
                        batch.push(r);
                    }
                }
                Some(Ok(m)) => {
                    let Some(t) = cfg.topics.iter().position(|t| t.input == m.topic()) else {
                        continue;
                    };
                    if batch.is_empty() {
                        tracing::debug!(
                            partition = m.partition(),
                            offset = m.offset(),
                            "batch starts"
                        );
                    }
                    bytes += m.payload_len();
                    batch.push(own(&m, t));
                }
                Some(Err(e)) => {
                    tracing::warn!(error = %e, "consumer error");
                    break;
                }
                None => {
                    if batch.is_empty() {
                        break;
                    }
                }
            }
        }
        Self::drop_revoked(&self.consumer, &mut self.replay, &mut batch);
        let m = &self.shared.metrics;
        m.records_in
            .fetch_add(batch.len() as u64, Ordering::Relaxed);
        m.bytes_in.fetch_add(bytes as u64, Ordering::Relaxed);
        batch
    }

    fn drop_revoked(
        consumer: &Consumer_,
        replay: &mut Option<ReplayState>,
        batch: &mut Vec<InRecord>,
    ) {
        let revoked = std::mem::take(
            &mut *consumer
                .context()
                .revoked
                .lock()
                .unwrap_or_else(|p| p.into_inner()),
        );
        if !revoked.is_empty() {
            let before = batch.len();
            batch.retain(|r| !revoked.contains(&r.consumed.0));
            if let Some(rs) = replay.as_mut() {
                rs.skips.retain(|(tp, _)| !revoked.contains(tp));
            }
            if batch.len() < before {
                tracing::info!(
                    dropped = before - batch.len(),
                    "records of revoked partitions left for their next owner"
                );
            }
        }
    }

    /// Sends, waiting while librdkafka's queue is full (backpressure).
    fn send(&self, mut rec: BaseRecord<'_, [u8], [u8], Box<Sent>>) -> Result<(), KafkaError> {
        loop {
            match self.producer.send(rec) {
                Ok(()) => return Ok(()),
                Err((
                    rdkafka::error::KafkaError::MessageProduction(
                        rdkafka::types::RDKafkaErrorCode::QueueFull,
                    ),
                    r,
                )) => {
                    rec = r;
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err((e, r)) => {
                    tracing::error!(topic = r.topic, error = %e, "produce failed");
                    return Err(KafkaError::Delivery(format!(
                        "produce to {} failed: {e}",
                        r.topic
                    )));
                }
            }
        }
    }

    /// Produces the batch's vault entries (and this run's key record first).
    #[instrument(skip_all, fields(entries = items.len()))]
    fn produce_vault(&mut self, items: &[(usize, VaultItem)]) -> Result<usize, KafkaError> {
        let (Some(topic), Some(session)) = (&self.cfg.vault_topic, &self.session) else {
            return Ok(0);
        };
        let mut n = 0;
        if !self.session_published {
            let key = session.record_key();
            for p in 0..self.vault_partitions {
                self.shared.lock().vault_pending += 1;
                self.send(
                    BaseRecord::with_opaque_to(topic, Box::new(Sent::Vault))
                        .key(key.as_bytes())
                        .payload(session.record())
                        .partition(p),
                )?;
                n += 1;
            }
            self.session_published = true;
        }
        let seen = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        for (t, item) in items {
            let c = &self.cfg.topics[*t].pack.categories[item.category as usize];
            let body = EntryBody {
                domain: c.domain.clone(),
                category: c.name.clone(),
                original: item.original.clone(),
                retention: c.retention.map(|r| r.as_secs()),
                seen,
            };
            let value = session.seal(&item.token, &body)?;
            self.shared.lock().vault_pending += 1;
            self.send(
                BaseRecord::with_opaque_to(topic, Box::new(Sent::Vault))
                    .key(item.token.as_bytes())
                    .payload(&value[..]),
            )?;
            n += 1;
        }
        Ok(n)
    }

    /// Produces each record's output or quarantine entry, in input order.
    #[instrument(skip_all, fields(records = batch.len()))]
    fn produce_outputs(
        &self,
        batch: &[InRecord],
        processed: Vec<Processed>,
    ) -> Result<(), KafkaError> {
        let m = &self.shared.metrics;
        for (r, p) in batch.iter().zip(processed) {
            let tc = &self.cfg.topics[r.topic];
            match p {
                Processed::Pass(value) => {
                    let mut rec = BaseRecord::with_opaque_to(
                        &tc.output,
                        Box::new(Sent::Record {
                            tp: r.consumed.0,
                            offset: r.consumed.1,
                            polled: r.polled,
                            output: true,
                        }),
                    )
                    .partition(r.partition % self.out_partitions[r.topic]);
                    // No header list at all for a record without headers:
                    // librdkafka would allocate and free an empty one.
                    if !r.headers.is_empty() {
                        let mut headers = OwnedHeaders::new_with_capacity(r.headers.len());
                        for (k, v) in &r.headers {
                            headers = headers.insert(Header {
                                key: k,
                                value: v.as_deref(),
                            });
                        }
                        rec = rec.headers(headers);
                    }
                    if let Some(k) = &r.key {
                        rec = rec.key(&k[..]);
                    }
                    if let Some(v) = &value {
                        rec = rec.payload(&v[..]);
                    }
                    if let Some(ts) = r.timestamp {
                        rec = rec.timestamp(ts);
                    }
                    self.send(rec)?;
                }
                Processed::Fail(e) => {
                    m.quarantined(e.reason());
                    tracing::debug!(topic = %tc.input, partition = r.partition, offset = r.offset, reason = e.reason(), "record quarantined");
                    let mut sealed = Vec::new();
                    let raw = r.payload.as_deref().unwrap_or_default();
                    quarantine::Writer::new(&mut sealed, self.keyring, &tc.pack.name)
                        .put(
                            raw,
                            e.reason(),
                            &e.to_string(),
                            &format!("{}/{}", tc.input, r.partition),
                            r.offset.max(0) as u64,
                        )
                        .map_err(|e| KafkaError::Quarantine(e.to_string()))?;
                    if sealed.last() == Some(&b'\n') {
                        sealed.pop();
                    }
                    let headers = quarantined::headers(
                        self.keyring,
                        &quarantined::Origin {
                            reason: e.reason(),
                            topic: &tc.input,
                            partition: r.partition,
                            offset: r.offset,
                            timestamp: r.timestamp,
                            headers: &r.headers,
                            replay_run: self.replay.as_ref().map(|x| x.run_id.as_str()),
                        },
                    )
                    .map_err(|e| KafkaError::Quarantine(e.to_string()))?;
                    let mut rec = BaseRecord::with_opaque_to(
                        &self.cfg.quarantine_topic,
                        Box::new(Sent::Record {
                            tp: r.consumed.0,
                            offset: r.consumed.1,
                            polled: r.polled,
                            output: false,
                        }),
                    )
                    .payload(&sealed[..])
                    .headers(headers);
                    if let Some(k) = &r.key {
                        rec = rec.key(&k[..]);
                    }
                    self.send(rec)?;
                }
            }
        }
        Ok(())
    }

    fn count_stats(&self, stats: &[crate::pipeline::Stats]) {
        let m = &self.shared.metrics;
        for (t, s) in stats.iter().enumerate() {
            m.cache_hits.fetch_add(s.cache_hits, Ordering::Relaxed);
            m.cache_misses.fetch_add(s.cache_misses, Ordering::Relaxed);
            let pack = &self.cfg.topics[t].pack;
            for (c, n) in pack.categories.iter().zip(&s.per_category) {
                m.detections(&pack.name, &c.name, *n);
            }
        }
    }

    /// Stores every offset whose earlier records are all delivered.
    fn store_offsets(&self) {
        let done = self.shared.lock().tracker.take_committable();
        super::context::store_offsets(&self.consumer, &self.consumer.context().topics, done);
    }

    fn at_least_once(&mut self, pool: &mut Pool) -> Result<(), KafkaError> {
        let cfg = self.cfg;
        let mut cache_cleared = Instant::now();
        while !self.stopping() {
            if let Some(f) = self.failure() {
                self.drain(Instant::now() + cfg.shutdown_deadline)?;
                return Err(KafkaError::Delivery(f));
            }
            // Backpressure: no new batch while too much is undelivered.
            if self.shared.lock().tracker.in_flight() >= cfg.max_in_flight {
                self.shared
                    .wait_until(Instant::now() + Duration::from_millis(200), |st| {
                        st.tracker.in_flight() < cfg.max_in_flight
                    });
                self.store_offsets();
                // No poll here: a polled record must be processed. librdkafka
                // heartbeats from its own thread meanwhile.
                continue;
            }
            let mut batch = self.poll_batch();
            let skips = self.take_skips();
            if batch.is_empty() {
                if !skips.is_empty() {
                    self.track(&[], &skips);
                }
                self.store_offsets();
                if self.replay_done(true) {
                    break;
                }
                continue;
            }
            pool.check_epoch(std::time::SystemTime::now())?;
            let result = pool.process(&mut batch);
            self.count_stats(&result.stats);
            if self.produce_vault(&result.vault)? > 0 {
                // No output token before its entry is on the vault topic.
                let ok = self
                    .shared
                    .wait_until(Instant::now() + Duration::from_secs(3600 * 24), |st| {
                        st.vault_pending == 0
                    });
                if !ok {
                    let f = self.failure().unwrap_or_default();
                    self.drain(Instant::now() + cfg.shutdown_deadline)?;
                    return Err(KafkaError::Delivery(f));
                }
            }
            self.track(&batch, &skips);
            self.produce_outputs(&batch, result.processed)?;
            self.store_offsets();
            if self.replay_done(false) {
                break;
            }
            if cache_cleared.elapsed() > Duration::from_secs(3600) {
                pool.clear_reversible_cache();
                cache_cleared = Instant::now();
            }
        }
        tracing::info!("stopping: draining in-flight records");
        self.drain(Instant::now() + cfg.shutdown_deadline)
    }

    /// Waits for in-flight records, stores and commits what was delivered.
    fn drain(&self, deadline: Instant) -> Result<(), KafkaError> {
        let drained = self
            .shared
            .wait_until(deadline, |st| st.tracker.in_flight() == 0);
        self.store_offsets();
        match self.consumer.commit_consumer_state(CommitMode::Sync) {
            Ok(()) => {
                self.shared.metrics.commits.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => tracing::debug!(error = %e, "final commit"),
        }
        let left = self.shared.lock().tracker.in_flight();
        if !drained && left > 0 {
            return Err(KafkaError::Deadline(left));
        }
        Ok(())
    }

    fn exactly_once(&mut self, pool: &mut Pool) -> Result<(), KafkaError> {
        let cfg = self.cfg;
        while !self.stopping() {
            let mut batch = self.poll_batch();
            let skips = self.take_skips();
            if batch.is_empty() && skips.is_empty() {
                if self.replay_done(true) {
                    break;
                }
                continue;
            }
            pool.check_epoch(std::time::SystemTime::now())?;
            let result = pool.process(&mut batch);
            match self.transaction(&batch, &skips, result.processed, &result.vault) {
                Ok(()) => {
                    self.count_stats(&result.stats);
                    self.shared
                        .metrics
                        .transactions
                        .fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => {
                    self.shared
                        .metrics
                        .transaction_failures
                        .fetch_add(1, Ordering::Relaxed);
                    tracing::warn!(error = %e, records = batch.len(), "transaction failed: resuming from the last committed offsets");
                    let tps = batch.iter().map(|r| r.consumed.0);
                    self.recover(&e, tps.chain(skips.iter().map(|s| s.0)))?;
                    // Tokens seen in the lost transaction must bring their
                    // entries again.
                    pool.clear_reversible_cache();
                }
            }
            if self.replay_done(batch.is_empty()) {
                break;
            }
        }
        let _ = cfg;
        Ok(())
    }

    #[instrument(skip_all, fields(records = batch.len()))]
    fn transaction(
        &mut self,
        batch: &[InRecord],
        skips: &[(Tp, i64)],
        processed: Vec<Processed>,
        vault: &[(usize, VaultItem)],
    ) -> Result<(), TxnError> {
        let timeout = self.cfg.transaction_timeout;
        self.producer.begin_transaction()?;
        self.session_published = false;
        let sent = self
            .produce_vault(vault)
            .and_then(|_| self.produce_outputs(batch, processed));
        sent.map_err(TxnError::Produce)?;
        let mut next: BTreeMap<Tp, i64> = BTreeMap::new();
        for (tp, o) in batch.iter().map(|r| &r.consumed).chain(skips) {
            let e = next.entry(*tp).or_insert(0);
            *e = (*e).max(o + 1);
        }
        let names = &self.consumer.context().topics;
        let mut tpl = TopicPartitionList::new();
        for ((t, p), o) in &next {
            tpl.add_partition_offset(&names[*t], *p, Offset::Offset(*o))?;
        }
        let group = self.consumer.group_metadata().ok_or(TxnError::NoGroup)?;
        self.producer
            .send_offsets_to_transaction(&tpl, &group, timeout)?;
        self.producer.commit_transaction(timeout)?;
        // Failures recorded by delivery reports inside a committed
        // transaction cannot happen (commit flushes); clear any stale one.
        self.shared.lock().failure = None;
        Ok(())
    }

    /// After a failed transaction: abort it (or recreate the producer when
    /// that is not possible), then rewind the batch's partitions to their
    /// last committed offsets.
    fn recover(&mut self, e: &TxnError, tps: impl Iterator<Item = Tp>) -> Result<(), KafkaError> {
        let timeout = self.cfg.transaction_timeout;
        // A commit time-out, or any fatal or retriable transaction error,
        // leaves the transaction's fate unknown: never abort-and-reuse then.
        let abortable = match e {
            TxnError::Kafka(rdkafka::error::KafkaError::Transaction(t)) => t.txn_requires_abort(),
            TxnError::Kafka(_) => false,
            TxnError::Produce(_) | TxnError::NoGroup => true,
        };
        let aborted = abortable && self.producer.abort_transaction(timeout).is_ok();
        if !aborted {
            // A commit time-out or a fatal error: this producer's state is
            // unknown. A new one (new transactional id, fenced the old
            // epoch through the group's offsets) resumes.
            tracing::warn!("recreating the transactional producer");
            let fresh = new_producer(self.cfg, &self.shared)?;
            let old = std::mem::replace(&mut self.producer, fresh);
            old.purge(rdkafka::producer::PurgeConfig::default().queue().inflight());
            drop(old);
        }
        {
            let mut st = self.shared.lock();
            st.failure = None;
            st.vault_pending = 0;
            st.tracker.clear();
        }
        let names = &self.consumer.context().topics;
        let mut tpl = TopicPartitionList::new();
        let mut seen = std::collections::BTreeSet::new();
        for (t, p) in tps {
            if seen.insert((t, p)) {
                tpl.add_partition(&names[t], p);
            }
        }
        let committed = with_backoff(self.cfg, || {
            self.consumer.committed_offsets(tpl.clone(), timeout)
        })
        .map_err(KafkaError::Client)?;
        for el in committed.elements() {
            let to = match el.offset() {
                Offset::Offset(o) => Offset::Offset(o),
                _ => Offset::Beginning,
            };
            if let Err(e) = self.consumer.seek(el.topic(), el.partition(), to, timeout) {
                // Not ours any more after a rebalance: the new owner resumes.
                tracing::debug!(topic = el.topic(), partition = el.partition(), error = %e, "rewind");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    /// Issue 15 item 19: the pipeline's consumer is a static member under
    /// its instance name, with the static session timeout.
    #[test]
    fn kafka_restart_consumer_is_a_static_member_with_its_session() {
        let src = "group_id = \"g\"\nquarantine_topic = \"q\"\nvault_topic = \"v\"\n[kafka]\nbrokers = \"b:9092\"\n\
                   [[topics]]\ninput = \"i\"\noutput = \"o\"\npack = \"kv-cef\"\n";
        let mut cfg = crate::config::parse_with_host("veil.toml", src, Some("veil-3")).unwrap();
        let c = consumer_config(&cfg, "g", cfg.instance.as_deref());
        assert_eq!(c.get("group.instance.id"), Some("veil-3"));
        assert_eq!(c.get("session.timeout.ms"), Some(STATIC_SESSION_TIMEOUT_MS));
        cfg.instance = None;
        let c = consumer_config(&cfg, "g", None);
        assert_eq!(c.get("group.instance.id"), None);
        assert_eq!(
            c.get("session.timeout.ms"),
            Some(DYNAMIC_SESSION_TIMEOUT_MS)
        );
        // The operator's own session timeout wins over the default.
        cfg.properties
            .insert("session.timeout.ms".into(), "6000".into());
        let c = consumer_config(&cfg, "g", Some("veil-3"));
        assert_eq!(c.get("session.timeout.ms"), Some("6000"));
    }

    use super::super::tracker::Tracker;
    use super::*;

    #[test]
    fn a_skipped_record_does_not_commit_past_undelivered_neighbours() {
        let mut t = Tracker::default();
        let tp = (0, 0);
        // Offsets 3 and 5 were replayed, 4 and 6 skipped (did not open).
        track_into(&mut t, [(tp, 3), (tp, 5)].into_iter(), &[(tp, 4), (tp, 6)]);
        assert_eq!(t.take_committable(), vec![]);
        t.done(tp, 3);
        assert_eq!(t.take_committable(), vec![(tp, 5)]);
        t.done(tp, 5);
        assert_eq!(t.take_committable(), vec![(tp, 7)]);
        // A batch of skips only commits at once.
        track_into(&mut t, std::iter::empty(), &[(tp, 7), (tp, 8)]);
        assert_eq!(t.take_committable(), vec![(tp, 9)]);
        assert_eq!(t.in_flight(), 0);
    }
}
