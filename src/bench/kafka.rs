//! `veil bench --kafka`: end to end through a broker, beside a plain
//! rdkafka consume→produce passthrough measured in the same run.
//!
//! The workload is produced once to a bench input topic. Then, each with a
//! fresh consumer group, from the first record polled to the last one
//! acknowledged:
//! - **passthrough**: a consumer and an idempotent producer with the
//!   pipeline's client settings copy every record (key, headers, timestamp)
//!   to a scratch topic, partition for partition;
//! - **veil**: the real pipeline ([`crate::pipeline::kafka::run`]) with the
//!   config's delivery mode, workers and batching, to an output topic, with
//!   its own quarantine and vault topics.
//!
//! With several rounds the two alternate in order, and the report gives
//! the medians and the median of the per-round ratios.
//!
//! The bench never touches the config's own topics: it works on
//! `<prefix>-in`, `-passthrough`, `-out`, `-quarantine` and `-vault`, which it
//! creates with the admin API (and deletes afterwards unless asked to keep
//! them). A broker that refuses to create topics gets an error naming them.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::DeliveryResult;
use rdkafka::producer::{BaseRecord, Producer, ProducerContext, ThreadedProducer};
use rdkafka::{ClientContext, Message};

use crate::config::{Config, Delivery, TopicConfig};
use crate::keys::Keyring;
use crate::pipeline::kafka::{KafkaError, client_config};
use crate::pipeline::metrics::Metrics;
use crate::rules::Pack;

/// How to run the Kafka bench.
#[derive(Clone, Debug)]
pub struct KafkaBench {
    /// Topic names start with this.
    pub prefix: String,
    /// Partitions of each topic created.
    pub partitions: i32,
    /// Replication factor of each topic created.
    pub replication: i32,
    /// Keep the topics afterwards.
    pub keep_topics: bool,
    /// Give up on a phase after this long.
    pub timeout: Duration,
    /// Passthrough and veil are measured this many times each, in
    /// alternating order; the report gives the medians.
    pub rounds: usize,
}

/// The topics a bench uses.
#[derive(Clone, Debug, serde::Serialize)]
pub struct BenchTopics {
    /// The workload is produced here.
    pub input: String,
    /// The passthrough copies to here.
    pub passthrough: String,
    /// veil writes here.
    pub output: String,
    /// veil's quarantine.
    pub quarantine: String,
    /// veil's vault entries.
    pub vault: String,
}

impl BenchTopics {
    /// The names under `prefix`.
    pub fn new(prefix: &str) -> BenchTopics {
        BenchTopics {
            input: format!("{prefix}-in"),
            passthrough: format!("{prefix}-passthrough"),
            output: format!("{prefix}-out"),
            quarantine: format!("{prefix}-quarantine"),
            vault: format!("{prefix}-vault"),
        }
    }

    fn all(&self) -> [&str; 5] {
        [
            &self.input,
            &self.passthrough,
            &self.output,
            &self.quarantine,
            &self.vault,
        ]
    }
}

/// One measured phase.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Rate {
    /// Records through.
    pub records: u64,
    /// Input payload bytes through.
    pub bytes: u64,
    /// From the first record polled to the last acknowledged.
    pub seconds: f64,
    /// Megabytes (10^6) of input per second.
    pub mb_per_s: f64,
    /// Records per second.
    pub records_per_s: f64,
}

impl Rate {
    fn new(records: u64, bytes: u64, elapsed: Duration) -> Rate {
        let s = elapsed.as_secs_f64().max(1e-9);
        Rate {
            records,
            bytes,
            seconds: s,
            mb_per_s: bytes as f64 / 1e6 / s,
            records_per_s: records as f64 / s,
        }
    }
}

fn median_by<T: Clone>(items: &[T], key: impl Fn(&T) -> f64) -> Option<T> {
    let mut v: Vec<&T> = items.iter().collect();
    v.sort_by(|a, b| key(a).total_cmp(&key(b)));
    v.get(v.len() / 2).map(|x| (*x).clone())
}

/// What a Kafka bench measured.
#[derive(Clone, Debug, serde::Serialize)]
pub struct KafkaReport {
    /// The workload's name.
    pub workload: String,
    /// The pack veil ran.
    pub pack: String,
    /// Records in the workload.
    pub records: u64,
    /// Payload bytes in the workload.
    pub bytes: u64,
    /// Partitions of each topic.
    pub partitions: i32,
    /// The delivery mode veil ran in.
    pub delivery: String,
    /// veil's worker threads.
    pub workers: usize,
    /// veil's batch size in records.
    pub batch_records: usize,
    /// Producing the workload (informational).
    pub produce: Rate,
    /// The plain consume→produce passthrough.
    pub passthrough: Rate,
    /// veil topic to topic.
    pub veil: Rate,
    /// veil's MB/s over the passthrough's in the same round, the median
    /// over the rounds (target: at least 0.8).
    pub ratio: f64,
    /// Every round: (passthrough, veil), in the order measured.
    pub rounds: Vec<(Rate, Rate)>,
    /// Records veil quarantined (0 on generated workloads).
    pub quarantined: u64,
    /// The topics used.
    pub topics: BenchTopics,
}

struct Counting {
    delivered: AtomicU64,
    failed: AtomicU64,
}

impl ClientContext for Counting {}

impl ProducerContext for Counting {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        match result {
            Ok(_) => self.delivered.fetch_add(1, Ordering::Relaxed),
            Err(_) => self.failed.fetch_add(1, Ordering::Relaxed),
        };
    }
}

type CountingProducer = ThreadedProducer<Counting>;

fn producer(cfg: &Config) -> Result<CountingProducer, KafkaError> {
    // The pipeline's at-least-once producer settings.
    client_config(
        cfg,
        &[("message.timeout.ms", "0"), ("linger.ms", "5")],
        &[("enable.idempotence", "true")],
    )
    .create_with_context(Counting {
        delivered: AtomicU64::new(0),
        failed: AtomicU64::new(0),
    })
    .map_err(KafkaError::Client)
}

fn send_retrying(
    p: &CountingProducer,
    mut rec: BaseRecord<'_, [u8], [u8]>,
) -> Result<(), KafkaError> {
    loop {
        match p.send(rec) {
            Ok(()) => return Ok(()),
            Err((
                rdkafka::error::KafkaError::MessageProduction(
                    rdkafka::types::RDKafkaErrorCode::QueueFull,
                ),
                r,
            )) => {
                rec = r;
                std::thread::sleep(Duration::from_millis(1));
            }
            Err((e, _)) => return Err(KafkaError::Client(e)),
        }
    }
}

fn wait_delivered(p: &CountingProducer, n: u64, until: Instant) -> Result<(), KafkaError> {
    let c = p.context();
    while c.delivered.load(Ordering::Relaxed) < n {
        if c.failed.load(Ordering::Relaxed) > 0 {
            return Err(KafkaError::Delivery("bench: a delivery failed".into()));
        }
        if Instant::now() > until {
            return Err(KafkaError::Delivery("bench: deliveries timed out".into()));
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    Ok(())
}

/// Creates the missing topics; a broker that refuses gets an error naming
/// every topic to create by hand.
fn ensure_topics(cfg: &Config, topics: &BenchTopics, opts: &KafkaBench) -> Result<(), KafkaError> {
    let probe: BaseConsumer = client_config(cfg, &[], &[])
        .create()
        .map_err(KafkaError::Client)?;
    let existing = |name: &str| {
        probe
            .fetch_metadata(Some(name), Duration::from_secs(10))
            .ok()
            .and_then(|md| {
                md.topics()
                    .iter()
                    .find(|t| t.name() == name && t.error().is_none())
                    .map(|t| t.partitions().len())
            })
            .unwrap_or(0)
            > 0
    };
    let missing: Vec<&str> = topics.all().into_iter().filter(|t| !existing(t)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let hint = |why: String| KafkaError::Engine {
        topic: missing.join(", "),
        message: format!(
            "cannot create the bench topics ({why}): create them with {} partitions, then run again with the same --topic-prefix",
            opts.partitions
        ),
    };
    let admin: AdminClient<_> = client_config(cfg, &[], &[])
        .create()
        .map_err(|e| hint(e.to_string()))?;
    let new: Vec<NewTopic<'_>> = missing
        .iter()
        .map(|t| {
            NewTopic::new(
                t,
                opts.partitions,
                TopicReplication::Fixed(opts.replication),
            )
        })
        .collect();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| hint(e.to_string()))?;
    let results = rt
        .block_on(admin.create_topics(
            &new,
            &AdminOptions::new().operation_timeout(Some(Duration::from_secs(30))),
        ))
        .map_err(|e| hint(e.to_string()))?;
    for r in results {
        if let Err((_, code)) = r {
            if code != rdkafka::types::RDKafkaErrorCode::TopicAlreadyExists {
                return Err(hint(code.to_string()));
            }
        }
    }
    let until = Instant::now() + Duration::from_secs(30);
    for t in &missing {
        while !existing(t) {
            if Instant::now() > until {
                return Err(hint("created, but not visible in the metadata".into()));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    Ok(())
}

fn delete_topics(cfg: &Config, topics: &BenchTopics) {
    let Ok(admin) = client_config(cfg, &[], &[]).create::<AdminClient<_>>() else {
        return;
    };
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    let names = topics.all();
    let r = rt.block_on(admin.delete_topics(
        &names,
        &AdminOptions::new().operation_timeout(Some(Duration::from_secs(10))),
    ));
    if let Err(e) = r {
        tracing::warn!(error = %e, "bench topics not deleted");
    }
}

/// Produces the workload's lines to the input topic, round-robin over its
/// partitions. Returns (records, bytes, rate).
fn produce_workload(
    cfg: &Config,
    topic: &str,
    partitions: i32,
    data: &[u8],
    until: Instant,
) -> Result<Rate, KafkaError> {
    let p = producer(cfg)?;
    let started = Instant::now();
    let (mut n, mut bytes) = (0u64, 0u64);
    for line in data.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        let rec = BaseRecord::to(topic)
            .partition((n % partitions as u64) as i32)
            .payload(line);
        send_retrying(&p, rec)?;
        n += 1;
        bytes += line.len() as u64;
    }
    wait_delivered(&p, n, until)?;
    Ok(Rate::new(n, bytes, started.elapsed()))
}

/// The baseline: consume every record and produce it unchanged.
fn passthrough(
    cfg: &Config,
    topics: &BenchTopics,
    partitions: i32,
    records: u64,
    group: &str,
    until: Instant,
) -> Result<Rate, KafkaError> {
    let consumer: BaseConsumer = client_config(
        cfg,
        &[
            ("auto.offset.reset", "earliest"),
            ("session.timeout.ms", "10000"),
            ("heartbeat.interval.ms", "1000"),
        ],
        &[
            ("group.id", group),
            ("enable.auto.commit", "true"),
            ("isolation.level", "read_committed"),
            ("enable.partition.eof", "false"),
        ],
    )
    .create()
    .map_err(KafkaError::Client)?;
    let p = producer(cfg)?;
    consumer
        .subscribe(&[topics.input.as_str()])
        .map_err(KafkaError::Client)?;
    let (mut n, mut bytes) = (0u64, 0u64);
    let mut started = None;
    while n < records {
        if Instant::now() > until {
            return Err(KafkaError::Delivery(format!(
                "bench: the passthrough read {n} of {records} records before the time-out"
            )));
        }
        let Some(m) = consumer.poll(Duration::from_millis(100)) else {
            continue;
        };
        let m = m.map_err(KafkaError::Client)?;
        started.get_or_insert_with(Instant::now);
        let mut rec = BaseRecord::to(&topics.passthrough).partition(m.partition() % partitions);
        if let Some(k) = m.key() {
            rec = rec.key(k);
        }
        if let Some(v) = m.payload() {
            rec = rec.payload(v);
            bytes += v.len() as u64;
        }
        if let Some(h) = m.headers() {
            rec = rec.headers(rdkafka::message::BorrowedHeaders::detach(h));
        }
        if let Some(ts) = m.timestamp().to_millis() {
            rec = rec.timestamp(ts);
        }
        send_retrying(&p, rec)?;
        n += 1;
    }
    wait_delivered(&p, n, until)?;
    let elapsed = started.map_or(Duration::ZERO, |s| s.elapsed());
    Ok(Rate::new(n, bytes, elapsed))
}

/// veil's pipeline on the bench topics, until every record is out.
fn pipeline(
    cfg: &Config,
    keyring: &Keyring,
    records: u64,
    bytes: u64,
    until: Instant,
) -> Result<(Rate, u64), KafkaError> {
    let metrics = Arc::new(Metrics::default());
    let stop = Arc::new(AtomicBool::new(false));
    let (c, k, m, s) = (
        cfg.clone(),
        keyring.clone(),
        Arc::clone(&metrics),
        Arc::clone(&stop),
    );
    let handle = std::thread::spawn(move || crate::pipeline::kafka::run(&c, &k, m, s));
    let mut started = None;
    let done = |m: &Metrics| {
        m.records_out.load(Ordering::Relaxed) + m.quarantined_by_reason().values().sum::<u64>()
            >= records
    };
    let result = loop {
        if handle.is_finished() {
            break Err(KafkaError::Delivery(
                "bench: the pipeline stopped early".into(),
            ));
        }
        if started.is_none() && metrics.records_in.load(Ordering::Relaxed) > 0 {
            started = Some(Instant::now());
        }
        if done(&metrics) {
            break Ok(started.map_or(Duration::ZERO, |s| s.elapsed()));
        }
        if Instant::now() > until {
            break Err(KafkaError::Delivery(format!(
                "bench: veil delivered {} of {records} records before the time-out",
                metrics.records_out.load(Ordering::Relaxed)
            )));
        }
        std::thread::sleep(Duration::from_micros(500));
    };
    stop.store(true, Ordering::Relaxed);
    let joined = handle
        .join()
        .map_err(|_| KafkaError::Delivery("bench: the pipeline thread panicked".into()))?;
    let elapsed = result?;
    let summary = joined?;
    let quarantined = summary.quarantined.values().sum();
    Ok((Rate::new(records, bytes, elapsed), quarantined))
}

/// Runs the Kafka bench for one workload.
pub fn run(
    cfg: &Config,
    keyring: &Keyring,
    workload: &str,
    pack: &Pack,
    data: &[u8],
    opts: &KafkaBench,
) -> Result<KafkaReport, KafkaError> {
    let topics = BenchTopics::new(&opts.prefix);
    ensure_topics(cfg, &topics, opts)?;
    let result = run_on(cfg, keyring, workload, pack, data, opts, &topics);
    if !opts.keep_topics {
        delete_topics(cfg, &topics);
    }
    result
}

fn run_on(
    cfg: &Config,
    keyring: &Keyring,
    workload: &str,
    pack: &Pack,
    data: &[u8],
    opts: &KafkaBench,
    topics: &BenchTopics,
) -> Result<KafkaReport, KafkaError> {
    let until = || Instant::now() + opts.timeout;
    let mut id = [0u8; 6];
    getrandom::fill(&mut id).map_err(|_| KafkaError::Delivery("no random numbers".into()))?;
    let id: String = id.iter().map(|b| format!("{b:02x}")).collect();
    let produce = produce_workload(cfg, &topics.input, opts.partitions, data, until())?;
    tracing::info!(records = produce.records, "bench workload produced");
    let mut vcfg = cfg.clone();
    vcfg.topics = vec![TopicConfig {
        input: topics.input.clone(),
        output: topics.output.clone(),
        pack: pack.clone(),
        headers: Vec::new(),
    }];
    vcfg.quarantine_topic = topics.quarantine.clone();
    vcfg.vault_topic = Some(topics.vault.clone());
    vcfg.metrics_addr = None;
    let mut rounds = Vec::new();
    let mut quarantined = 0;
    for round in 0..opts.rounds.max(1) {
        // Each round reads the input again with fresh groups; the order
        // alternates so that neither side always meets a warmer broker.
        let pass = |_: ()| {
            passthrough(
                cfg,
                topics,
                opts.partitions,
                produce.records,
                &format!("veil-bench-passthrough-{id}-{round}"),
                until(),
            )
        };
        vcfg.group_id = format!("veil-bench-{id}-{round}");
        let veil = |_: ()| pipeline(&vcfg, keyring, produce.records, produce.bytes, until());
        let (p, (v, q)) = if round % 2 == 0 {
            let p = pass(())?;
            (p, veil(())?)
        } else {
            let v = veil(())?;
            (pass(())?, v)
        };
        quarantined += q;
        rounds.push((p, v));
    }
    let ratios: Vec<f64> = rounds
        .iter()
        .map(|(p, v)| v.mb_per_s / p.mb_per_s.max(1e-12))
        .collect();
    let ratio = median_by(&ratios, |r| *r).unwrap_or_default();
    let pass = median_by(&rounds, |r| r.0.mb_per_s)
        .map(|r| r.0)
        .unwrap_or_default();
    let veil = median_by(&rounds, |r| r.1.mb_per_s)
        .map(|r| r.1)
        .unwrap_or_default();
    Ok(KafkaReport {
        workload: workload.to_string(),
        pack: pack.name.clone(),
        records: produce.records,
        bytes: produce.bytes,
        partitions: opts.partitions,
        delivery: match cfg.delivery {
            Delivery::AtLeastOnce => "at-least-once",
            Delivery::ExactlyOnce => "exactly-once",
        }
        .to_string(),
        workers: cfg.workers,
        batch_records: cfg.batch_records,
        ratio,
        rounds,
        produce,
        passthrough: pass,
        veil,
        quarantined,
        topics: topics.clone(),
    })
}
