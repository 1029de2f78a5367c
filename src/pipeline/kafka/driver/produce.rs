//! Producing a batch: its vault entries, then its outputs (in input order,
//! to a fixed partition per input partition), and storing the offsets
//! whose earlier records are all delivered.

use super::Run;
use crate::pipeline::engine::VaultItem;
use crate::pipeline::kafka::context::Sent;
use crate::pipeline::kafka::envelope::EntryBody;
use crate::pipeline::kafka::pool::{InRecord, Processed};
use crate::pipeline::kafka::{KafkaError, quarantined};
use crate::pipeline::quarantine;
use rdkafka::consumer::Consumer;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::BaseRecord;
use std::sync::atomic::Ordering;
use std::time::{Duration, SystemTime};
use tracing::instrument;

impl Run<'_> {
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
    pub(super) fn produce_vault(
        &mut self,
        items: &[(usize, VaultItem)],
    ) -> Result<usize, KafkaError> {
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
    pub(super) fn produce_outputs(
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

    pub(super) fn count_stats(&self, stats: &[crate::pipeline::Stats]) {
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
    pub(super) fn store_offsets(&self) {
        let done = self.shared.lock().tracker.take_committable();
        crate::pipeline::kafka::context::store_offsets(
            &self.consumer,
            &self.consumer.context().topics,
            done,
        );
    }
}
