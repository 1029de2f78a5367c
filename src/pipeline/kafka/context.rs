//! State shared between the pipeline thread, librdkafka's delivery callbacks
//! and the rebalance callbacks.

use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, Rebalance};
use rdkafka::message::DeliveryResult;
use rdkafka::producer::ProducerContext;
use rdkafka::{ClientContext, Message, Statistics};

use super::tracker::{Tp, Tracker};
use crate::pipeline::metrics::Metrics;

/// What a delivery report is about.
pub enum Sent {
    /// The output or quarantine record of one input record.
    Record {
        /// Its input partition.
        tp: Tp,
        /// Its input offset.
        offset: i64,
        /// When it was polled.
        polled: Instant,
        /// Whether it went to an output topic (not the quarantine).
        output: bool,
    },
    /// A vault-topic record.
    Vault,
}

/// Guarded by [`Shared::state`].
#[derive(Default)]
pub struct State {
    /// In-flight offsets.
    pub tracker: Tracker,
    /// Vault-topic records not yet delivered.
    pub vault_pending: usize,
    /// The first delivery failure: the run stops, the record is not committed.
    pub failure: Option<String>,
}

/// Shared by the pipeline thread and the callbacks.
pub struct Shared {
    state: Mutex<State>,
    cond: Condvar,
    /// Counters.
    pub metrics: Arc<Metrics>,
}

impl Shared {
    /// Empty state.
    pub fn new(metrics: Arc<Metrics>) -> Shared {
        Shared {
            state: Mutex::new(State::default()),
            cond: Condvar::new(),
            metrics,
        }
    }

    /// Locks the state; a poisoned lock (a panicking callback) is taken over,
    /// since the tracker's invariants hold between calls.
    pub fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits until `done` holds, a failure is recorded, or `deadline` passes.
    /// Returns whether `done` holds.
    pub fn wait_until(&self, deadline: Instant, done: impl Fn(&State) -> bool) -> bool {
        let mut st = self.lock();
        loop {
            if done(&st) {
                return true;
            }
            let now = Instant::now();
            if st.failure.is_some() || now >= deadline {
                return false;
            }
            let wait = (deadline - now).min(Duration::from_millis(100));
            st = match self.cond.wait_timeout(st, wait) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }
}

/// The producer's context: delivery reports update the tracker.
pub struct ProducerCtx {
    /// Shared state.
    pub shared: Arc<Shared>,
}

impl ClientContext for ProducerCtx {}

impl ProducerContext for ProducerCtx {
    type DeliveryOpaque = Box<Sent>;

    fn delivery(&self, result: &DeliveryResult<'_>, sent: Box<Sent>) {
        let m = &self.shared.metrics;
        let mut st = self.shared.lock();
        match (result, *sent) {
            (
                Ok(msg),
                Sent::Record {
                    tp,
                    offset,
                    polled,
                    output,
                },
            ) => {
                st.tracker.done(tp, offset);
                m.observe_latency(polled.elapsed());
                if output {
                    m.records_out.fetch_add(1, Ordering::Relaxed);
                    let n = msg.payload().map_or(0, <[u8]>::len) as u64;
                    m.bytes_out.fetch_add(n, Ordering::Relaxed);
                }
            }
            (Ok(_), Sent::Vault) => {
                st.vault_pending = st.vault_pending.saturating_sub(1);
                m.vault_writes.fetch_add(1, Ordering::Relaxed);
            }
            (Err((e, msg)), sent) => {
                m.delivery_errors.fetch_add(1, Ordering::Relaxed);
                if let Sent::Vault = sent {
                    st.vault_pending = st.vault_pending.saturating_sub(1);
                }
                tracing::error!(topic = msg.topic(), error = %e, "delivery failed");
                if st.failure.is_none() {
                    st.failure = Some(format!("delivery to {} failed: {e}", msg.topic()));
                }
            }
        }
        drop(st);
        self.shared.cond.notify_all();
    }
}

/// Stores "next offset to consume" values for the next commit. (Not
/// `Consumer::store_offset`: librdkafka's legacy call commits its argument
/// plus one, which would skip a record.) One partition at a time, so a
/// partition no longer assigned does not keep the others from storing.
pub fn store_offsets<C: ConsumerContext>(
    consumer: &BaseConsumer<C>,
    topics: &[String],
    done: Vec<(Tp, i64)>,
) {
    for ((t, p), offset) in done {
        tracing::debug!(topic = %topics[t], partition = p, offset, "store offset");
        let mut tpl = rdkafka::TopicPartitionList::new();
        let stored = tpl
            .add_partition_offset(&topics[t], p, rdkafka::Offset::Offset(offset))
            .and_then(|()| consumer.store_offsets(&tpl));
        if let Err(e) = stored {
            tracing::debug!(topic = %topics[t], partition = p, error = %e, "store offset");
        }
    }
}

/// The consumer's context: drains and commits revoked partitions, and turns
/// statistics into lag gauges.
pub struct ConsumerCtx {
    /// Shared state.
    pub shared: Arc<Shared>,
    /// Input topic names, by index.
    pub topics: Vec<String>,
    /// How long a revoke may wait for in-flight records.
    pub deadline: Duration,
    /// Exactly-once: offsets go through transactions, not the group.
    pub transactional: bool,
    /// Partitions revoked since the pipeline thread last looked.
    pub revoked: Mutex<Vec<Tp>>,
}

impl ConsumerCtx {
    fn tp(&self, topic: &str, partition: i32) -> Option<Tp> {
        self.topics
            .iter()
            .position(|t| t == topic)
            .map(|i| (i, partition))
    }
}

impl ClientContext for ConsumerCtx {
    fn stats(&self, stats: Statistics) {
        for (name, t) in &stats.topics {
            if self.topics.iter().any(|x| x == name) {
                for (p, part) in &t.partitions {
                    if *p >= 0 && part.consumer_lag >= 0 {
                        self.shared.metrics.set_lag(name, *p, part.consumer_lag);
                    }
                }
            }
        }
    }
}

impl ConsumerContext for ConsumerCtx {
    fn pre_rebalance(&self, consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        let Rebalance::Revoke(list) = rebalance else {
            return;
        };
        let tps: Vec<Tp> = list
            .elements()
            .iter()
            .filter_map(|e| self.tp(e.topic(), e.partition()))
            .collect();
        tracing::info!(partitions = tps.len(), "partitions revoked: draining");
        if !self.transactional {
            // Everything of these partitions already produced must be
            // delivered and committed before another member takes them.
            let deadline = Instant::now() + self.deadline;
            let drained = self.shared.wait_until(deadline, |st| {
                tps.iter().all(|tp| st.tracker.in_flight_of(*tp) == 0)
            });
            if !drained {
                tracing::warn!("revoked partitions not drained before the deadline");
            }
            let mut st = self.shared.lock();
            let done = st.tracker.take_committable();
            for ((t, p), o) in &done {
                tracing::info!(topic = %self.topics[*t], partition = p, offset = o, "revoke: committing");
            }
            store_offsets(consumer, &self.topics, done);
            for tp in &tps {
                st.tracker.remove(*tp);
            }
            drop(st);
            match consumer.commit_consumer_state(CommitMode::Sync) {
                Ok(()) => {
                    self.shared.metrics.commits.fetch_add(1, Ordering::Relaxed);
                }
                Err(e) => tracing::debug!(error = %e, "commit on revoke"),
            }
        }
        for (t, p) in &tps {
            self.shared.metrics.clear_lag(&self.topics[*t], *p);
        }
        self.revoked
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(tps);
    }

    fn post_rebalance(&self, _consumer: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
        if let Rebalance::Assign(list) = rebalance {
            let parts: Vec<i32> = list.elements().iter().map(|e| e.partition()).collect();
            tracing::info!(partitions = ?parts, "partitions assigned");
            self.shared.metrics.ready.store(true, Ordering::Relaxed);
        }
    }
}
