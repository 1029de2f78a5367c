//! The two delivery modes: at-least-once (vault entries delivered before
//! any output, offsets after), and exactly-once (one transaction per batch,
//! aborted and rewound on failure).

use super::clients::{new_producer, with_backoff};
use super::{Run, TxnError};
use crate::pipeline::engine::VaultItem;
use crate::pipeline::kafka::KafkaError;
use crate::pipeline::kafka::pool::{InRecord, Pool, Processed};
use crate::pipeline::kafka::tracker::Tp;
use rdkafka::consumer::CommitMode;
use rdkafka::consumer::Consumer;
use rdkafka::producer::Producer;
use rdkafka::{Offset, TopicPartitionList};
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tracing::instrument;

impl Run<'_> {
    pub(super) fn at_least_once(&mut self, pool: &mut Pool) -> Result<(), KafkaError> {
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

    pub(super) fn exactly_once(&mut self, pool: &mut Pool) -> Result<(), KafkaError> {
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
