//! `veil.toml`: the configuration of a Kafka run.
//!
//! ```toml
//! group_id = "veil"
//! quarantine_topic = "veil-quarantine"
//! vault_topic = "veil-vault"
//!
//! [kafka]
//! brokers = "kafka-1:9092,kafka-2:9092"
//! [kafka.properties]            # passed to librdkafka as they are
//! "security.protocol" = "ssl"
//!
//! [[topics]]
//! input = "pbx-cdr"
//! output = "siem-cdr"
//! pack = "asterisk-cdr"
//! [topics.headers]              # header name -> category of the pack
//! caller = "phone"
//! ```
//!
//! Parsing refuses unknown keys; validation then reports every problem at
//! once as `FILE:LINE: KEY: MESSAGE`, in the style of the rule packs.
//!
//! One concern to a file: keys no section knows, every one with its line
//! (`unknown`), one function per section with its defaults (`section`), and
//! the tests. The validated [`Config`], the file as serde reads it and
//! [`parse_with_host`], which runs the sections in order, stay here.

mod section;
#[cfg(test)]
mod tests;
mod unknown;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::rules::{Pack, RuleError, RuleErrors, Source};
pub use section::parse_duration;
use section::{
    batch_section, delivery, duration, group_section, kafka_section, metrics_addr, output_topics,
    positive, topics,
};
use unknown::unknown_keys;

/// How records and offsets are committed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Delivery {
    /// Offsets are stored only after every earlier record of the partition
    /// was delivered; a crash can duplicate, never lose.
    #[default]
    AtLeastOnce,
    /// Outputs, vault entries and offsets commit in one transaction.
    ExactlyOnce,
}

/// The validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The file it came from (for messages).
    pub file: String,
    /// Bootstrap brokers, `host:port[,host:port...]`.
    pub brokers: String,
    /// Extra librdkafka properties, applied to consumer and producer.
    pub properties: BTreeMap<String, String>,
    /// The consumer group.
    pub group_id: String,
    /// The consumer group of `veil quarantine replay --config`.
    pub replay_group_id: String,
    /// This pipeline's name in its consumer group, as its static member id
    /// (`group.instance.id`, KIP-345); `None` for a dynamic member.
    pub instance: Option<String>,
    /// Where rule packs come from.
    pub rules: Source,
    /// The keyring, when the config names one.
    pub keyring: Option<PathBuf>,
    /// One entry per input topic.
    pub topics: Vec<TopicConfig>,
    /// Sealed records that failed go here.
    pub quarantine_topic: String,
    /// Sealed originals of reversible values go here, if set.
    pub vault_topic: Option<String>,
    /// At-least-once or exactly-once.
    pub delivery: Delivery,
    /// Threads doing the CPU work.
    pub workers: usize,
    /// Most records handed to the workers at once.
    pub batch_records: usize,
    /// Most bytes handed to the workers at once.
    pub batch_bytes: usize,
    /// How long to wait for a batch to fill.
    pub batch_linger: Duration,
    /// Most records produced but not yet delivered (backpressure).
    pub max_in_flight: usize,
    /// Time allowed for draining and committing on shutdown or revoke.
    pub shutdown_deadline: Duration,
    /// Exactly-once: how long a transaction commit may take before it is fatal.
    pub transaction_timeout: Duration,
    /// Where /metrics, /healthz and /readyz are served, if anywhere.
    pub metrics_addr: Option<SocketAddr>,
    /// Records longer than this are quarantined.
    pub max_record_bytes: usize,
}

/// One input topic with its pack.
#[derive(Clone, Debug)]
pub struct TopicConfig {
    /// The topic read.
    pub input: String,
    /// The topic written.
    pub output: String,
    /// The compiled pack.
    pub pack: Pack,
    /// Header name → category index in the pack.
    pub headers: Vec<(String, crate::rules::CatId)>,
}

// Unknown keys are found by `unknown_keys`, which reports every one of them
// with its name and line, instead of serde stopping at the first.
#[derive(Deserialize)]
struct Spec {
    /// The brokers and librdkafka properties.
    kafka: Spanned<KafkaSpec>,
    /// The consumer group id (required: reported missing beside other problems).
    group_id: Option<Spanned<String>>,
    /// The replay's consumer group; default `<group_id>.replay`.
    replay_group_id: Option<Spanned<String>>,
    /// This pipeline's name in the group (static membership); default
    /// `$HOSTNAME`; `""` for a dynamic member.
    instance: Option<Spanned<String>>,
    /// A directory of rule packs; default: the packs built into veil.
    rules: Option<Spanned<PathBuf>>,
    /// The keyring path; default: --keyring or VEIL_KEYRING.
    keyring: Option<PathBuf>,
    /// Input topics, each with its pack and output topic.
    #[serde(default)]
    topics: Vec<Spanned<TopicSpec>>,
    /// Where sealed failing records go (required: reported missing beside
    /// other problems).
    quarantine_topic: Option<Spanned<String>>,
    /// Where sealed originals go; needed when a pack is reversible.
    vault_topic: Option<Spanned<String>>,
    /// `at-least-once` (default) or `exactly-once`.
    delivery: Option<Spanned<String>>,
    /// Worker threads; default: the number of cores.
    workers: Option<Spanned<i64>>,
    /// Batching.
    batch: Option<Spanned<BatchSpec>>,
    /// Drain-and-commit deadline, e.g. `30s`; default 30 s.
    shutdown_deadline: Option<Spanned<String>>,
    /// Exactly-once commit timeout, e.g. `10s`; default 10 s.
    transaction_timeout: Option<Spanned<String>>,
    /// `host:port` for the metrics endpoint.
    metrics_addr: Option<Spanned<String>>,
    /// Records longer than this many bytes are quarantined.
    max_record_bytes: Option<Spanned<i64>>,
}

// Unknown keys are found by `unknown_keys`, which reports every one of them
// with its name and line, instead of serde stopping at the first.
#[derive(Deserialize)]
struct KafkaSpec {
    brokers: Spanned<String>,
    #[serde(default)]
    properties: BTreeMap<String, Spanned<toml::Value>>,
}

// Unknown keys are found by `unknown_keys`, which reports every one of them
// with its name and line, instead of serde stopping at the first.
#[derive(Deserialize)]
struct TopicSpec {
    input: Spanned<String>,
    output: Spanned<String>,
    pack: Spanned<String>,
    #[serde(default)]
    headers: BTreeMap<String, Spanned<String>>,
}

// Unknown keys are found by `unknown_keys`, which reports every one of them
// with its name and line, instead of serde stopping at the first.
#[derive(Deserialize)]
struct BatchSpec {
    records: Option<Spanned<i64>>,
    bytes: Option<Spanned<i64>>,
    linger_ms: Option<Spanned<i64>>,
    max_in_flight: Option<Spanned<i64>>,
}

/// Properties veil sets itself: overriding them would break its guarantees.
const RESERVED: &[&str] = &[
    "bootstrap.servers",
    "group.id",
    "group.instance.id",
    "enable.auto.offset.store",
    "enable.idempotence",
    "transactional.id",
    "isolation.level",
];

struct Ctx<'a> {
    file: &'a str,
    src: &'a str,
    errors: Vec<RuleError>,
}

impl Ctx<'_> {
    fn line_of(&self, offset: usize) -> usize {
        crate::rules::compile::line_of(self.src, offset)
    }

    fn err(&mut self, span: std::ops::Range<usize>, key: &str, message: impl Into<String>) {
        let line = Some(self.line_of(span.start));
        self.errors.push(RuleError {
            file: self.file.to_string(),
            line,
            rule: key.to_string(),
            message: message.into(),
        });
    }
}

/// A required string key, or an error and an empty stand-in (the other
/// checks still run; the config is refused anyway).
fn required(cx: &mut Ctx<'_>, v: Option<Spanned<String>>, key: &str) -> Spanned<String> {
    v.unwrap_or_else(|| {
        cx.err(0..0, key, "missing: this key is required");
        Spanned::new(0..0, String::new())
    })
}

/// Reads and validates a config file.
pub fn load(path: &Path) -> Result<Config, RuleErrors> {
    let file = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|e| {
        RuleErrors(vec![RuleError {
            file: file.clone(),
            line: None,
            rule: String::new(),
            message: format!("cannot read: {e}"),
        }])
    })?;
    parse(&file, &src)
}

/// Parses and validates config text; every problem is reported at once.
/// `instance` defaults to the `HOSTNAME` environment variable.
pub fn parse(file: &str, src: &str) -> Result<Config, RuleErrors> {
    parse_with_host(file, src, std::env::var("HOSTNAME").ok().as_deref())
}

/// [`parse`] with the host name the `instance` default comes from.
pub fn parse_with_host(file: &str, src: &str, host: Option<&str>) -> Result<Config, RuleErrors> {
    let mut cx = Ctx {
        file,
        src,
        errors: Vec::new(),
    };
    // Unknown keys first, all of them; the rest of the file is still checked.
    unknown_keys(&mut cx);
    let spec: Spec = match toml::from_str(src) {
        Ok(s) => s,
        Err(e) => {
            let line = e.span().map(|s| cx.line_of(s.start));
            cx.errors.push(RuleError {
                file: file.to_string(),
                line,
                rule: String::new(),
                message: e.message().trim().to_string(),
            });
            return Err(RuleErrors(cx.errors));
        }
    };
    let properties = kafka_section(&mut cx, spec.kafka.get_ref());
    let group = group_section(&mut cx, &spec, host);
    let rules = Source::from_flag(spec.rules.as_ref().map(|r| r.get_ref().as_path()));
    if let Some(r) = &spec.rules {
        if !r.get_ref().is_dir() {
            cx.err(r.span(), "rules", "is not a directory");
        }
    }
    let topics = topics(&mut cx, &rules, &spec.topics);
    let (quarantine_topic, vault_topic) = output_topics(&mut cx, &spec, &topics);
    let delivery = delivery(&mut cx, spec.delivery.as_ref());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let workers = positive(&mut cx, spec.workers.as_ref(), "workers", 256).unwrap_or(cores);
    let batch = batch_section(&mut cx, spec.batch.as_ref().map(Spanned::get_ref));
    let shutdown_deadline = duration(
        &mut cx,
        spec.shutdown_deadline.as_ref(),
        "shutdown_deadline",
    )
    .unwrap_or(Duration::from_secs(30));
    let transaction_timeout = duration(
        &mut cx,
        spec.transaction_timeout.as_ref(),
        "transaction_timeout",
    )
    .unwrap_or(Duration::from_secs(10));
    let metrics_addr = metrics_addr(&mut cx, spec.metrics_addr.as_ref());
    let max_record_bytes = positive(
        &mut cx,
        spec.max_record_bytes.as_ref(),
        "max_record_bytes",
        1 << 30,
    )
    .unwrap_or(crate::pipeline::engine::DEFAULT_MAX_RECORD);
    if !cx.errors.is_empty() {
        return Err(RuleErrors(cx.errors));
    }
    Ok(Config {
        file: file.to_string(),
        brokers: spec.kafka.into_inner().brokers.into_inner(),
        properties,
        group_id: group.group_id,
        replay_group_id: group.replay_group_id,
        instance: group.instance,
        rules,
        keyring: spec.keyring,
        topics,
        quarantine_topic,
        vault_topic,
        delivery,
        workers,
        batch_records: batch.records,
        batch_bytes: batch.bytes,
        batch_linger: Duration::from_millis(batch.linger_ms as u64),
        max_in_flight: batch.max_in_flight,
        shutdown_deadline,
        transaction_timeout,
        metrics_addr,
        max_record_bytes,
    })
}
