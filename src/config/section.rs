//! One function per section of `veil.toml`, each reporting its problems
//! into the shared context and returning its value or the default.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::time::Duration;

use toml::Spanned;

use super::{
    BatchSpec, Ctx, Delivery, KafkaSpec, RESERVED, Spec, TopicConfig, TopicSpec, required,
};
use crate::rules::Source;

/// `[kafka]`: the brokers, and the librdkafka properties as strings.
pub(super) fn kafka_section(cx: &mut Ctx<'_>, kafka: &KafkaSpec) -> BTreeMap<String, String> {
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

/// The consumer group: `group_id`, `replay_group_id` and `instance`.
pub(super) struct Group {
    pub(super) group_id: String,
    pub(super) replay_group_id: String,
    pub(super) instance: Option<String>,
}

pub(super) fn group_section(cx: &mut Ctx<'_>, spec: &Spec, host: Option<&str>) -> Group {
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
pub(super) fn output_topics(
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
pub(super) fn delivery(cx: &mut Ctx<'_>, delivery: Option<&Spanned<String>>) -> Delivery {
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
pub(super) struct Batch {
    pub(super) records: usize,
    pub(super) bytes: usize,
    pub(super) linger_ms: usize,
    pub(super) max_in_flight: usize,
}

pub(super) fn batch_section(cx: &mut Ctx<'_>, b: Option<&BatchSpec>) -> Batch {
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
pub(super) fn metrics_addr(cx: &mut Ctx<'_>, addr: Option<&Spanned<String>>) -> Option<SocketAddr> {
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

pub(super) fn topics(
    cx: &mut Ctx<'_>,
    rules: &Source,
    specs: &[Spanned<TopicSpec>],
) -> Vec<TopicConfig> {
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

pub(super) fn positive(
    cx: &mut Ctx<'_>,
    v: Option<&Spanned<i64>>,
    key: &str,
    max: i64,
) -> Option<usize> {
    let v = v?;
    let n = *v.get_ref();
    if n < 1 || n > max {
        cx.err(v.span(), key, format!("must be between 1 and {max}"));
        return None;
    }
    Some(n as usize)
}

pub(super) fn duration(
    cx: &mut Ctx<'_>,
    v: Option<&Spanned<String>>,
    key: &str,
) -> Option<Duration> {
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
