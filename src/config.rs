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

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::rules::{Pack, RuleError, RuleErrors, Source};

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

/// The field names serde knows for `T`: what `deserialize_struct` is told.
fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    use serde::de::value::Error;
    struct Names(&'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
            Err(serde::de::Error::custom("field names only"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Error> {
            self.0 = fields;
            Err(serde::de::Error::custom("field names only"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf option unit unit_struct newtype_struct seq tuple
            tuple_struct map enum identifier ignored_any
        }
    }
    let mut names = Names(&[]);
    let _ = T::deserialize(&mut names);
    names.0
}

/// Reports every key the config does not know, with its dotted name, line
/// and the nearest known key. Syntax errors are left to the parse proper.
fn unknown_keys(cx: &mut Ctx<'_>) {
    use toml::de::{DeTable, DeValue};
    let Ok(doc) = DeTable::parse(cx.src) else {
        return;
    };
    fn check(cx: &mut Ctx<'_>, table: &DeTable<'_>, at: &str, known: &[&str]) {
        for (k, _) in table.iter() {
            let name: &str = k.get_ref();
            if !known.contains(&name) {
                let key = if at.is_empty() {
                    name.to_string()
                } else {
                    format!("{at}.{name}")
                };
                let hint = crate::rules::compile::suggest(name, known.iter().copied());
                cx.err(k.span(), &key, format!("unknown key \"{name}\"{hint}"));
            }
        }
    }
    let doc = doc.get_ref();
    check(cx, doc, "", field_names::<Spec>());
    for (k, v) in doc.iter() {
        match (&**k.get_ref(), v.get_ref()) {
            ("kafka", DeValue::Table(t)) => check(cx, t, "kafka", field_names::<KafkaSpec>()),
            ("batch", DeValue::Table(t)) => check(cx, t, "batch", field_names::<BatchSpec>()),
            ("topics", DeValue::Array(a)) => {
                for (i, t) in a.iter().enumerate() {
                    if let DeValue::Table(t) = t.get_ref() {
                        check(cx, t, &format!("topics[{i}]"), field_names::<TopicSpec>());
                    }
                }
            }
            _ => {}
        }
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

/// The longest `group.instance.id` Kafka takes.
const MAX_INSTANCE: usize = 249;

/// Whether `name` can be an instance name: 1-249 characters of
/// `A-Za-z0-9._-` (a pod or host name is).
fn valid_instance(name: &str) -> bool {
    (1..=MAX_INSTANCE).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
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

/// `[kafka]`: the brokers, and the librdkafka properties as strings.
fn kafka_section(cx: &mut Ctx<'_>, kafka: &KafkaSpec) -> BTreeMap<String, String> {
    if kafka.brokers.get_ref().trim().is_empty() {
        cx.err(kafka.brokers.span(), "kafka.brokers", "must not be empty");
    }
    let mut properties = BTreeMap::new();
    for (k, v) in &kafka.properties {
        let key = format!("kafka.properties.{k}");
        if RESERVED.contains(&k.as_str()) {
            cx.err(v.span(), &key, "is set by veil; use the config key instead");
            continue;
        }
        let text = match v.get_ref() {
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            toml::Value::Float(f) => f.to_string(),
            _ => {
                cx.err(v.span(), &key, "must be a string, number or boolean");
                continue;
            }
        };
        properties.insert(k.clone(), text);
    }
    properties
}

/// The consumer group: `group_id`, `replay_group_id` and `instance`.
struct Group {
    group_id: String,
    replay_group_id: String,
    instance: Option<String>,
}

fn group_section(cx: &mut Ctx<'_>, spec: &Spec, host: Option<&str>) -> Group {
    let has_group = spec.group_id.is_some();
    let group_id = required(cx, spec.group_id.clone(), "group_id");
    if has_group && group_id.get_ref().trim().is_empty() {
        cx.err(group_id.span(), "group_id", "must not be empty");
    }
    let replay_group_id = match &spec.replay_group_id {
        Some(g) => {
            if g.get_ref().trim().is_empty() || g.get_ref() == group_id.get_ref() {
                cx.err(
                    g.span(),
                    "replay_group_id",
                    "must be a group of its own (not empty, not group_id)",
                );
            }
            g.get_ref().clone()
        }
        None => format!("{}.replay", group_id.get_ref()),
    };
    let instance = match &spec.instance {
        Some(i) if i.get_ref().is_empty() => None,
        Some(i) => {
            if !valid_instance(i.get_ref()) {
                cx.err(
                    i.span(),
                    "instance",
                    "must be 1-249 characters of A-Z a-z 0-9 . _ -, or \"\" for a dynamic member",
                );
            }
            Some(i.get_ref().clone())
        }
        // A StatefulSet's pods are veil-0, veil-1, ...: stable across
        // restarts, distinct within the group.
        None => host.filter(|h| valid_instance(h)).map(str::to_owned),
    };
    Group {
        group_id: group_id.into_inner(),
        replay_group_id,
        instance,
    }
}

/// `quarantine_topic` and `vault_topic`, and that no topic is both read and
/// written or read twice.
fn output_topics(
    cx: &mut Ctx<'_>,
    spec: &Spec,
    topics: &[TopicConfig],
) -> (String, Option<String>) {
    let has_quarantine = spec.quarantine_topic.is_some();
    let quarantine_topic = required(cx, spec.quarantine_topic.clone(), "quarantine_topic");
    let quarantine_span = quarantine_topic.span();
    let quarantine_topic = quarantine_topic.into_inner();
    if has_quarantine && quarantine_topic.trim().is_empty() {
        cx.err(quarantine_span, "quarantine_topic", "must not be empty");
    }
    let vault_topic = spec.vault_topic.as_ref().map(|v| v.get_ref().clone());
    if vault_topic.is_none()
        && topics
            .iter()
            .any(|t| t.pack.categories.iter().any(|c| c.reversible))
    {
        cx.err(
            0..0,
            "vault_topic",
            "a pack has reversible categories: a vault topic is needed",
        );
    }
    let mut names = BTreeSet::new();
    for t in topics {
        for n in [&t.output, &quarantine_topic]
            .into_iter()
            .chain(vault_topic.as_ref())
        {
            if *n == t.input {
                let span = spec.topics.first().map_or(0..0, |t| t.span());
                cx.err(
                    span,
                    "topics",
                    format!("topic {n:?} is both read and written"),
                );
            }
        }
        if !names.insert(t.input.clone()) {
            cx.err(
                0..0,
                "topics",
                format!("input topic {:?} is listed twice", t.input),
            );
        }
    }
    (quarantine_topic, vault_topic)
}

/// `delivery`: at-least-once unless it says exactly-once.
fn delivery(cx: &mut Ctx<'_>, delivery: Option<&Spanned<String>>) -> Delivery {
    match delivery.map(|d| (d.get_ref().as_str(), d.span())) {
        None | Some(("at-least-once", _)) => Delivery::AtLeastOnce,
        Some(("exactly-once", _)) => Delivery::ExactlyOnce,
        Some((_, span)) => {
            cx.err(
                span,
                "delivery",
                "must be \"at-least-once\" or \"exactly-once\"",
            );
            Delivery::AtLeastOnce
        }
    }
}

/// `[batch]`, with each default in place of a missing or bad value.
struct Batch {
    records: usize,
    bytes: usize,
    linger_ms: usize,
    max_in_flight: usize,
}

fn batch_section(cx: &mut Ctx<'_>, b: Option<&BatchSpec>) -> Batch {
    let records = positive(
        cx,
        b.and_then(|b| b.records.as_ref()),
        "batch.records",
        1 << 20,
    )
    .unwrap_or(2000);
    let bytes =
        positive(cx, b.and_then(|b| b.bytes.as_ref()), "batch.bytes", 1 << 30).unwrap_or(4 << 20);
    let linger_ms = positive(
        cx,
        b.and_then(|b| b.linger_ms.as_ref()),
        "batch.linger_ms",
        60_000,
    )
    .unwrap_or(20);
    let max_in_flight = positive(
        cx,
        b.and_then(|b| b.max_in_flight.as_ref()),
        "batch.max_in_flight",
        10_000_000,
    )
    .unwrap_or(100_000);
    Batch {
        records,
        bytes,
        linger_ms,
        max_in_flight,
    }
}

/// `metrics_addr`: `host:port` with a numeric host.
fn metrics_addr(cx: &mut Ctx<'_>, addr: Option<&Spanned<String>>) -> Option<SocketAddr> {
    let a = addr?;
    match a.get_ref().parse() {
        Ok(addr) => Some(addr),
        Err(_) => {
            cx.err(
                a.span(),
                "metrics_addr",
                "must be host:port with a numeric host",
            );
            None
        }
    }
}

fn topics(cx: &mut Ctx<'_>, rules: &Source, specs: &[Spanned<TopicSpec>]) -> Vec<TopicConfig> {
    if specs.is_empty() {
        cx.err(0..0, "topics", "at least one [[topics]] entry is needed");
    }
    let mut out = Vec::new();
    for (i, t) in specs.iter().enumerate() {
        let t = t.get_ref();
        let key = format!("topics[{i}]");
        for (name, v) in [("input", &t.input), ("output", &t.output)] {
            if v.get_ref().trim().is_empty() {
                cx.err(v.span(), &format!("{key}.{name}"), "must not be empty");
            }
        }
        let pack = match rules.load(t.pack.get_ref()) {
            Ok(p) => p,
            Err(errors) => {
                for e in errors.0 {
                    cx.err(t.pack.span(), &format!("{key}.pack"), e.to_string());
                }
                continue;
            }
        };
        let mut headers = Vec::new();
        for (h, cat) in &t.headers {
            match pack
                .categories
                .iter()
                .position(|c| c.name == *cat.get_ref())
            {
                Some(c) => headers.push((h.clone(), c as crate::rules::CatId)),
                None => {
                    let names: Vec<&str> =
                        pack.categories.iter().map(|c| c.name.as_str()).collect();
                    cx.err(
                        cat.span(),
                        &format!("{key}.headers.{h}"),
                        format!(
                            "pack {} has no category {:?} (it has: {})",
                            pack.name,
                            cat.get_ref(),
                            names.join(", ")
                        ),
                    );
                }
            }
        }
        out.push(TopicConfig {
            input: t.input.get_ref().clone(),
            output: t.output.get_ref().clone(),
            pack,
            headers,
        });
    }
    out
}

fn positive(cx: &mut Ctx<'_>, v: Option<&Spanned<i64>>, key: &str, max: i64) -> Option<usize> {
    let v = v?;
    let n = *v.get_ref();
    if n < 1 || n > max {
        cx.err(v.span(), key, format!("must be between 1 and {max}"));
        return None;
    }
    Some(n as usize)
}

fn duration(cx: &mut Ctx<'_>, v: Option<&Spanned<String>>, key: &str) -> Option<Duration> {
    let v = v?;
    match parse_duration(v.get_ref()) {
        Some(d) => Some(d),
        None => {
            cx.err(v.span(), key, "must be a duration such as 500ms, 30s or 2m");
            None
        }
    }
}

/// `500ms`, `30s`, `2m`, `1h`: a whole number and one unit.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    // humantime reads far more (`1h 30m`, `2min`, `1d`, `1y`): the config
    // keeps its narrower syntax, checked here, and humantime does the rest.
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    if split == 0 || !matches!(&s[split..], "ms" | "s" | "m" | "h") {
        return None;
    }
    humantime::parse_duration(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
group_id = "veil"
quarantine_topic = "q"
vault_topic = "v"
workers = 2
shutdown_deadline = "5s"
metrics_addr = "127.0.0.1:9898"

[kafka]
brokers = "127.0.0.1:9092"
[kafka.properties]
"linger.ms" = 5

[[topics]]
input = "in"
output = "out"
pack = "asterisk-cdr"
[topics.headers]
caller = "phone"

[batch]
records = 100
"#;

    #[test]
    fn every_problem_is_reported_at_once_with_its_key() {
        // A misspelt key (so the real one is missing), an unknown key in a
        // table, and a topic whose pack does not exist: all three, each
        // named, in one report.
        let src = GOOD
            .replace("quarantine_topic = \"q\"", "quarantin_topic = \"q\"")
            .replace("records = 100", "records = 100\nlinger = 5")
            .replace("pack = \"asterisk-cdr\"", "pack = \"no-such-pack\"");
        let e = parse("veil.toml", &src).unwrap_err();
        let text: Vec<String> = e.0.iter().map(ToString::to_string).collect();
        let joined = text.join("\n");
        assert!(
            joined.contains(
                "veil.toml:3: quarantin_topic: unknown key \"quarantin_topic\" (did you mean \"quarantine_topic\"?)"
            ),
            "{joined}"
        );
        assert!(joined.contains("quarantine_topic: missing"), "{joined}");
        assert!(joined.contains("batch.linger: unknown key"), "{joined}");
        assert!(joined.contains("topics[0].pack"), "{joined}");
        assert!(
            !joined.contains("must not be empty"),
            "no follow-on: {joined}"
        );
    }

    #[test]
    fn a_good_config_validates() {
        let c = parse("veil.toml", GOOD).unwrap();
        assert_eq!(c.brokers, "127.0.0.1:9092");
        assert_eq!(c.properties["linger.ms"], "5");
        assert_eq!(c.workers, 2);
        assert_eq!(c.batch_records, 100);
        assert_eq!(c.shutdown_deadline, Duration::from_secs(5));
        assert_eq!(c.delivery, Delivery::AtLeastOnce);
        assert_eq!(c.topics[0].pack.name, "asterisk-cdr");
        let (h, cat) = &c.topics[0].headers[0];
        assert_eq!(h, "caller");
        assert_eq!(c.topics[0].pack.categories[*cat as usize].name, "phone");
    }

    #[test]
    fn unknown_keys_are_refused_with_a_line() {
        let src = GOOD.replace("workers = 2", "workers = 2\nwrokers = 3");
        let e = parse("veil.toml", &src).unwrap_err();
        assert_eq!(e.0.len(), 1);
        assert_eq!(e.0[0].line, Some(6));
        assert!(e.0[0].message.contains("wrokers"), "{}", e.0[0].message);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let src = GOOD
            .replace("workers = 2", "workers = 0\ndelivery = \"twice\"")
            .replace("shutdown_deadline = \"5s\"", "shutdown_deadline = \"soon\"")
            .replace("caller = \"phone\"", "caller = \"shoe-size\"")
            .replace("\"linger.ms\" = 5", "\"group.id\" = \"x\"");
        let e = parse("veil.toml", &src).unwrap_err();
        let text = e.to_string();
        for key in [
            "workers",
            "delivery",
            "shutdown_deadline",
            "topics[0].headers.caller",
            "kafka.properties.group.id",
        ] {
            assert!(
                text.contains(&format!(": {key}: ")),
                "{key} missing in {text}"
            );
        }
        assert!(text.contains("veil.toml:5: workers"), "{text}");
        assert!(
            text.contains("veil.toml:20: topics[0].headers.caller"),
            "{text}"
        );
    }

    #[test]
    fn reversible_packs_need_a_vault_topic() {
        let src = GOOD.replace("vault_topic = \"v\"\n", "");
        let e = parse("veil.toml", &src).unwrap_err();
        assert!(e.to_string().contains("vault_topic"), "{e}");
    }

    #[test]
    fn the_replay_group_defaults_to_its_own_and_must_differ() {
        let c = parse("veil.toml", GOOD).unwrap();
        assert_eq!(c.replay_group_id, "veil.replay");
        let src = GOOD.replace(
            "group_id = \"veil\"",
            "group_id = \"veil\"\nreplay_group_id = \"fix\"",
        );
        assert_eq!(parse("veil.toml", &src).unwrap().replay_group_id, "fix");
        let src = GOOD.replace(
            "group_id = \"veil\"",
            "group_id = \"veil\"\nreplay_group_id = \"veil\"",
        );
        let e = parse("veil.toml", &src).unwrap_err().to_string();
        assert!(
            e.contains("veil.toml:3: replay_group_id: must be a group of its own"),
            "{e}"
        );
    }

    /// Issue 15 item 19: the pipeline is a static member of its group,
    /// named by `instance` or else the host name, so that a restarted pod
    /// takes its partitions back at once.
    #[test]
    fn kafka_restart_instance_name_makes_a_static_member() {
        let with = |line: &str, host: Option<&str>| {
            let src = GOOD.replace(
                "group_id = \"veil\"",
                &format!("group_id = \"veil\"\n{line}"),
            );
            parse_with_host("veil.toml", &src, host)
        };
        assert_eq!(
            with("instance = \"veil-0\"", Some("h"))
                .unwrap()
                .instance
                .as_deref(),
            Some("veil-0")
        );
        assert_eq!(
            with("", Some("veil-2")).unwrap().instance.as_deref(),
            Some("veil-2")
        );
        assert_eq!(with("", None).unwrap().instance, None);
        assert_eq!(
            with("instance = \"\"", Some("veil-2")).unwrap().instance,
            None
        );
        let e = with("instance = \"veil 0\"", None).unwrap_err().to_string();
        assert!(e.contains("veil.toml:3: instance: must be"), "{e}");
        // The id is veil's to set: the property is refused.
        let src = GOOD.replace(
            "\"linger.ms\" = 5",
            "\"linger.ms\" = 5\n\"group.instance.id\" = \"x\"",
        );
        let e = parse_with_host("veil.toml", &src, None)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("kafka.properties.group.instance.id: is set by veil"),
            "{e}"
        );
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(parse_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_duration("2"), None);
        assert_eq!(parse_duration("s"), None);
    }

    /// The duration syntax, pinned: a whole number and one of ms, s, m, h,
    /// nothing else (no fractions, spaces inside, compounds, other units or
    /// signs), surrounding space ignored, overflow refused.
    #[test]
    fn duration_syntax_is_pinned() {
        for (text, expected) in [
            ("250ms", Duration::from_millis(250)),
            ("0ms", Duration::ZERO),
            ("0s", Duration::ZERO),
            ("30s", Duration::from_secs(30)),
            (" 5s ", Duration::from_secs(5)),
            ("007s", Duration::from_secs(7)),
            ("2m", Duration::from_secs(120)),
            ("1h", Duration::from_secs(3600)),
            ("1000000h", Duration::from_secs(3_600_000_000)),
            ("18446744073709551615s", Duration::from_secs(u64::MAX)),
        ] {
            assert_eq!(parse_duration(text), Some(expected), "{text:?}");
        }
        for text in [
            "",
            " ",
            "2",
            "s",
            "ms",
            "1.5s",
            "1 s",
            "1h30m",
            "1h 30m",
            "2min",
            "2sec",
            "5S",
            "1d",
            "1w",
            "1y",
            "-1s",
            "+1s",
            "1us",
            "1ns",
            "5msx",
            "s5",
            "18446744073709551616s",
            "18446744073709551615m",
            "5124095576030432h",
        ] {
            assert_eq!(parse_duration(text), None, "{text:?}");
        }
    }

    /// A bad duration is reported with its line, key and the same message.
    #[test]
    fn a_bad_duration_is_reported_with_its_key_and_message() {
        for bad in ["1d", "1h30m", "1.5s", "soon"] {
            let src = GOOD.replace(
                "shutdown_deadline = \"5s\"",
                &format!("shutdown_deadline = \"{bad}\""),
            );
            let e = parse("veil.toml", &src).unwrap_err().to_string();
            assert!(
                e.contains(
                    "veil.toml:6: shutdown_deadline: must be a duration such as 500ms, 30s or 2m"
                ),
                "{bad}: {e}"
            );
        }
    }

    /// A config wrong in every section at once: the whole report, in its
    /// order, with its lines, pinned (the parse is one function a section,
    /// and each must report as the single function did).
    #[test]
    fn a_config_wrong_everywhere_reports_every_problem_in_order() {
        let src = r#"
group_id = " "
replay_group_id = " "
instance = "bad name!"
quarantine_topic = "in"
delivery = "twice"
workers = 0
shutdown_deadline = "soon"
transaction_timeout = "1d"
metrics_addr = "localhost:9898"
max_record_bytes = -1

[kafka]
brokers = " "
[kafka.properties]
"group.id" = "x"
"socket.timeout.ms" = [1]

[[topics]]
input = "in"
output = "in"
pack = "asterisk-cdr"
[[topics]]
input = "in"
output = "out2"
pack = "asterisk-cdr"

[batch]
records = 0
bytes = 0
linger_ms = -5
max_in_flight = 0
"#;
        let report = |src: &str| -> Vec<String> {
            let e = parse("veil.toml", src).unwrap_err();
            e.0.iter().map(ToString::to_string).collect()
        };
        assert_eq!(
            report(src),
            [
                "veil.toml:14: kafka.brokers: must not be empty",
                "veil.toml:16: kafka.properties.group.id: is set by veil; use the config key instead",
                "veil.toml:17: kafka.properties.socket.timeout.ms: must be a string, number or boolean",
                "veil.toml:2: group_id: must not be empty",
                "veil.toml:3: replay_group_id: must be a group of its own (not empty, not group_id)",
                "veil.toml:4: instance: must be 1-249 characters of A-Z a-z 0-9 . _ -, or \"\" for a dynamic member",
                "veil.toml:1: vault_topic: a pack has reversible categories: a vault topic is needed",
                "veil.toml:19: topics: topic \"in\" is both read and written",
                "veil.toml:19: topics: topic \"in\" is both read and written",
                "veil.toml:19: topics: topic \"in\" is both read and written",
                "veil.toml:1: topics: input topic \"in\" is listed twice",
                "veil.toml:6: delivery: must be \"at-least-once\" or \"exactly-once\"",
                "veil.toml:7: workers: must be between 1 and 256",
                "veil.toml:29: batch.records: must be between 1 and 1048576",
                "veil.toml:30: batch.bytes: must be between 1 and 1073741824",
                "veil.toml:31: batch.linger_ms: must be between 1 and 60000",
                "veil.toml:32: batch.max_in_flight: must be between 1 and 10000000",
                "veil.toml:8: shutdown_deadline: must be a duration such as 500ms, 30s or 2m",
                "veil.toml:9: transaction_timeout: must be a duration such as 500ms, 30s or 2m",
                "veil.toml:10: metrics_addr: must be host:port with a numeric host",
                "veil.toml:11: max_record_bytes: must be between 1 and 1073741824",
            ],
            "{:#?}",
            report(src)
        );
        let src = src.replace(
            "instance = \"bad name!\"\n",
            "instance = \"bad name!\"\nrules = \"/no/such/dir\"\n",
        );
        assert_eq!(
            report(&src),
            [
                "veil.toml:15: kafka.brokers: must not be empty",
                "veil.toml:17: kafka.properties.group.id: is set by veil; use the config key instead",
                "veil.toml:18: kafka.properties.socket.timeout.ms: must be a string, number or boolean",
                "veil.toml:2: group_id: must not be empty",
                "veil.toml:3: replay_group_id: must be a group of its own (not empty, not group_id)",
                "veil.toml:4: instance: must be 1-249 characters of A-Z a-z 0-9 . _ -, or \"\" for a dynamic member",
                "veil.toml:5: rules: is not a directory",
                "veil.toml:23: topics[0].pack: /no/such/dir: No such file or directory (os error 2)",
                "veil.toml:27: topics[1].pack: /no/such/dir: No such file or directory (os error 2)",
                "veil.toml:7: delivery: must be \"at-least-once\" or \"exactly-once\"",
                "veil.toml:8: workers: must be between 1 and 256",
                "veil.toml:30: batch.records: must be between 1 and 1048576",
                "veil.toml:31: batch.bytes: must be between 1 and 1073741824",
                "veil.toml:32: batch.linger_ms: must be between 1 and 60000",
                "veil.toml:33: batch.max_in_flight: must be between 1 and 10000000",
                "veil.toml:9: shutdown_deadline: must be a duration such as 500ms, 30s or 2m",
                "veil.toml:10: transaction_timeout: must be a duration such as 500ms, 30s or 2m",
                "veil.toml:11: metrics_addr: must be host:port with a numeric host",
                "veil.toml:12: max_record_bytes: must be between 1 and 1073741824",
            ],
            "{:#?}",
            report(&src)
        );
    }
}
