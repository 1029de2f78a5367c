//! The Kafka clients: the producer (idempotent, or transactional for
//! exactly-once), the consumer (a static member under its instance name),
//! and retrying their setup with backoff.

use super::{Consumer_, Producer_};
use crate::config::{Config, Delivery};
use crate::pipeline::kafka::context::{ConsumerCtx, ProducerCtx, Shared};
use crate::pipeline::kafka::{KafkaError, client_config};
use rdkafka::producer::Producer;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

pub(super) fn new_producer(cfg: &Config, shared: &Arc<Shared>) -> Result<Producer_, KafkaError> {
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

pub(super) fn new_consumer(
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
pub(super) fn with_backoff<T>(
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
