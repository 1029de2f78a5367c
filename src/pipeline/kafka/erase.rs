//! Erasure on the vault topic: one tombstone (key = token, no value) per
//! erased token, so every `veil vault sync` erases it too and compaction
//! drops its entries.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rdkafka::ClientContext;
use rdkafka::message::DeliveryResult;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer, ProducerContext};

use super::{KafkaError, client_config};
use crate::config::Config;

/// How long the tombstones may take to be acknowledged.
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(60);

struct Ctx {
    failed: AtomicUsize,
}

impl ClientContext for Ctx {}

impl ProducerContext for Ctx {
    type DeliveryOpaque = ();

    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        if let Err((e, _)) = result {
            tracing::error!(error = %e, "tombstone not delivered");
            self.failed.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// Produces a tombstone for each token to the config's vault topic and
/// waits until every one is acknowledged. Returns how many were produced.
///
/// Tombstones are keyed like the entries, so the default partitioner puts
/// each in its token's partition, after the entries it erases.
#[tracing::instrument(skip_all, fields(tokens = tokens.len()))]
pub fn tombstones(cfg: &Config, tokens: &[String]) -> Result<usize, KafkaError> {
    let topic = cfg
        .vault_topic
        .as_deref()
        .ok_or_else(|| KafkaError::NoTopic("vault_topic (not configured)".into()))?;
    let timeout = DELIVERY_TIMEOUT.as_millis().to_string();
    let producer: BaseProducer<Ctx> = client_config(
        cfg,
        &[("linger.ms", "5")],
        &[
            ("enable.idempotence", "true"),
            ("message.timeout.ms", timeout.as_str()),
        ],
    )
    .create_with_context(Ctx {
        failed: AtomicUsize::new(0),
    })
    .map_err(KafkaError::Client)?;
    let md = producer
        .client()
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .map_err(KafkaError::Client)?;
    if !md
        .topics()
        .iter()
        .any(|t| t.name() == topic && t.error().is_none() && !t.partitions().is_empty())
    {
        return Err(KafkaError::NoTopic(topic.to_string()));
    }
    for token in tokens {
        let mut rec = BaseRecord::<[u8], [u8]>::to(topic).key(token.as_bytes());
        loop {
            match producer.send(rec) {
                Ok(()) => break,
                Err((
                    rdkafka::error::KafkaError::MessageProduction(
                        rdkafka::types::RDKafkaErrorCode::QueueFull,
                    ),
                    r,
                )) => {
                    rec = r;
                    producer.poll(Duration::from_millis(10));
                }
                Err((e, _)) => return Err(KafkaError::Client(e)),
            }
        }
    }
    producer
        .flush(DELIVERY_TIMEOUT)
        .map_err(KafkaError::Client)?;
    let failed = producer.context().failed.load(Ordering::Relaxed);
    if failed > 0 {
        return Err(KafkaError::Delivery(format!(
            "{failed} of {} tombstones to {topic} were not delivered",
            tokens.len()
        )));
    }
    Ok(tokens.len())
}
