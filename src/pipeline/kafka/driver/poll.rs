//! Reading a batch: polling, replaying what the last run left undelivered,
//! tracking offsets in flight, and dropping revoked partitions' records.

use super::clients::with_backoff;
use super::{Consumer_, ReplayState, Run};
use crate::config::Config;
use crate::keys::Keyring;
use crate::pipeline::kafka::pool::InRecord;
use crate::pipeline::kafka::tracker::Tp;
use crate::pipeline::kafka::{KafkaError, quarantined};
use rdkafka::Message;
use rdkafka::consumer::Consumer;
use rdkafka::message::BorrowedMessage;
use rdkafka::message::Headers;
use rdkafka::producer::Producer;
use rdkafka::{Offset, TopicPartitionList};
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Adds `consumed` positions in flight and `skips` as done, in offset order
/// per partition (the tracker's invariant).
fn track_into(
    tracker: &mut crate::pipeline::kafka::tracker::Tracker,
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
    pub(super) fn partitions(&self, topic: &str) -> Result<i32, KafkaError> {
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

    pub(super) fn take_skips(&mut self) -> Vec<(Tp, i64)> {
        self.replay
            .as_mut()
            .map(|r| std::mem::take(&mut r.skips))
            .unwrap_or_default()
    }

    /// Marks the batch's positions in flight and the skipped ones done, in
    /// offset order per partition (the tracker's invariant).
    pub(super) fn track(&self, batch: &[InRecord], skips: &[(Tp, i64)]) {
        let mut st = self.shared.lock();
        track_into(&mut st.tracker, batch.iter().map(|r| r.consumed), skips);
    }

    /// Replay: the high watermarks to reach, for partitions where the
    /// replay group's committed offset is below them.
    pub(super) fn replay_ends(&mut self) -> Result<(), KafkaError> {
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
    pub(super) fn replay_done(&mut self, polled_nothing: bool) -> bool {
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

    pub(super) fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    pub(super) fn failure(&self) -> Option<String> {
        self.shared.lock().failure.clone()
    }

    /// Polls up to a batch; drops records of partitions revoked meanwhile.
    pub(super) fn poll_batch(&mut self) -> Vec<InRecord> {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::kafka::tracker::Tracker;

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
