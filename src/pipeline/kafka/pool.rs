//! The CPU side: a batch of records split into contiguous chunks, one chunk
//! per worker thread, results put back in input order.
//!
//! Each pool slot owns one [`Worker`] per input topic (the worker is `Clone`
//! and keeps its scratch and token cache across batches), so no state is
//! shared between threads. Threads are scoped to a batch: the batch is the
//! unit of backpressure, and nothing outlives it.

use std::time::Instant;

use super::headers::{HeaderCache, HeaderRules};
use super::tracker::Tp;
use crate::pipeline::engine::{Engine, RecordError, Stats, VaultItem, Worker};

/// One consumed record, owned.
#[derive(Clone)]
pub struct InRecord {
    /// Index of the input topic in the config.
    pub topic: usize,
    /// Its partition.
    pub partition: i32,
    /// Its offset.
    pub offset: i64,
    /// Key, carried through.
    pub key: Option<Vec<u8>>,
    /// Value; `None` is a tombstone, carried through.
    pub payload: Option<Vec<u8>>,
    /// Headers in order.
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    /// Timestamp in milliseconds, carried through.
    pub timestamp: Option<i64>,
    /// When it was polled (for the latency histogram).
    pub polled: Instant,
    /// The consumed position its delivery releases: its own (topic,
    /// partition) and offset in a run; the quarantine record's in a replay.
    pub consumed: (Tp, i64),
}

/// What became of one record.
pub enum Processed {
    /// The pseudonymised value; headers were rewritten in the input record.
    Pass(Option<Vec<u8>>),
    /// It failed: quarantine it.
    Fail(RecordError),
}

/// One topic's engine and header rules.
#[derive(Clone)]
pub struct TopicEngine {
    /// The compiled pack.
    pub engine: Engine,
    /// Bound headers.
    pub headers: HeaderRules,
}

#[derive(Clone)]
struct Slot {
    workers: Vec<Worker>,
    header_cache: Vec<HeaderCache>,
}

/// Worker slots, one per thread.
pub struct Pool {
    topics: Vec<TopicEngine>,
    slots: Vec<Slot>,
}

/// The result of a batch.
pub struct BatchResult {
    /// One per input record, in order.
    pub processed: Vec<Processed>,
    /// Vault entries the batch needs, with their topic index.
    pub vault: Vec<(usize, VaultItem)>,
    /// Counters per topic.
    pub stats: Vec<Stats>,
}

impl Pool {
    /// `threads` slots for these topics.
    pub fn new(topics: Vec<TopicEngine>, threads: usize) -> Pool {
        let slot = Slot {
            workers: topics.iter().map(|t| t.engine.worker()).collect(),
            header_cache: vec![HeaderCache::default(); topics.len()],
        };
        Pool {
            slots: vec![slot; threads.max(1)],
            topics,
        }
    }

    /// Forgets cached tokens of reversible categories in every worker, so
    /// their next sighting reaches the vault again.
    pub fn clear_reversible_cache(&mut self) {
        for s in &mut self.slots {
            for w in &mut s.workers {
                w.clear_reversible_cache();
            }
            for c in &mut s.header_cache {
                *c = HeaderCache::default();
            }
        }
    }

    /// Checks every worker for an epoch boundary at `now` (once per batch,
    /// before it is processed); a worker that passed one takes the new keys,
    /// and its bound headers' cache is forgotten with its token cache.
    pub fn check_epoch(&mut self, now: std::time::SystemTime) -> Result<(), super::KafkaError> {
        for s in &mut self.slots {
            for (t, w) in s.workers.iter_mut().enumerate() {
                let changed = w.check_epoch(now).map_err(|e| super::KafkaError::Engine {
                    topic: String::new(),
                    message: e.to_string(),
                })?;
                if changed {
                    s.header_cache[t] = HeaderCache::default();
                }
            }
        }
        Ok(())
    }

    /// Processes a batch. Headers of passing records are rewritten in place.
    #[tracing::instrument(skip_all, fields(records = batch.len()))]
    pub fn process(&mut self, batch: &mut [InRecord]) -> BatchResult {
        let n = self.slots.len().min(batch.len().div_ceil(64)).max(1);
        let chunk = batch.len().div_ceil(n).max(1);
        let topics = &self.topics;
        let mut parts: Vec<ChunkResult> = if n == 1 {
            vec![run_chunk(topics, &mut self.slots[0], batch)]
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = batch
                    .chunks_mut(chunk)
                    .zip(self.slots.iter_mut())
                    .map(|(records, slot)| s.spawn(move || run_chunk(topics, slot, records)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| match h.join() {
                        Ok(r) => r,
                        // A panicking worker must not lose records: rethrow.
                        Err(p) => std::panic::resume_unwind(p),
                    })
                    .collect()
            })
        };
        let mut out = BatchResult {
            processed: Vec::with_capacity(batch.len()),
            vault: Vec::new(),
            stats: topics
                .iter()
                .map(|t| Stats {
                    per_category: vec![0; t.engine.pack().categories.len()],
                    ..Stats::default()
                })
                .collect(),
        };
        for p in &mut parts {
            out.processed.append(&mut p.processed);
            out.vault.append(&mut p.vault);
            for (a, b) in out.stats.iter_mut().zip(&p.stats) {
                a.merge(b);
            }
        }
        out
    }
}

struct ChunkResult {
    processed: Vec<Processed>,
    vault: Vec<(usize, VaultItem)>,
    stats: Vec<Stats>,
}

fn run_chunk(topics: &[TopicEngine], slot: &mut Slot, records: &mut [InRecord]) -> ChunkResult {
    let mut processed = Vec::with_capacity(records.len());
    let mut vault = Vec::new();
    let mut header_items = Vec::new();
    for r in records.iter_mut() {
        let t = r.topic;
        let worker = &mut slot.workers[t];
        let mut result = Ok(());
        // Bound headers are rewritten in a copy: a failing record keeps its
        // raw headers for the quarantine (sealed there).
        let bound = !topics[t].headers.is_empty();
        let mut headers = if bound {
            r.headers.clone()
        } else {
            std::mem::take(&mut r.headers)
        };
        if bound {
            header_items.clear();
            result = topics[t].headers.apply(
                worker.operators(),
                &mut headers,
                &mut slot.header_cache[t],
                &mut header_items,
            );
        }
        let out = result.and_then(|()| match &r.payload {
            None => Ok(None),
            Some(p) => {
                let mut out = Vec::with_capacity(p.len() + 64);
                worker.process(p, &mut out).map(|_| Some(out))
            }
        });
        match out {
            Ok(v) => {
                r.headers = headers;
                vault.extend(header_items.drain(..).map(|i| (t, i)));
                processed.push(Processed::Pass(v));
            }
            Err(e) => {
                if !bound {
                    r.headers = headers;
                }
                processed.push(Processed::Fail(e));
            }
        }
        vault.extend(worker.take_vault_items().map(|i| (t, i)));
    }
    let stats = slot.workers.iter_mut().map(Worker::take_stats).collect();
    ChunkResult {
        processed,
        vault,
        stats,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::Keyring;

    fn rec(topic: usize, offset: i64, payload: &[u8]) -> InRecord {
        InRecord {
            topic,
            partition: 0,
            offset,
            key: Some(b"k".to_vec()),
            payload: Some(payload.to_vec()),
            headers: vec![("h".into(), Some(b"v".to_vec()))],
            timestamp: Some(1),
            polled: Instant::now(),
            consumed: ((topic, 0), offset),
        }
    }

    #[test]
    fn a_parallel_batch_matches_one_worker_in_order() {
        let keyring = Keyring::generate().unwrap();
        let pack = crate::rules::Source::Embedded.load("syslog").unwrap();
        let engine = Engine::new(pack, &keyring).unwrap();
        let topic = TopicEngine {
            engine: engine.clone(),
            headers: HeaderRules::default(),
        };
        let mut batch: Vec<InRecord> = (0..1000)
            .map(|i| {
                let line = format!(
                    "<34>Oct 11 22:14:15 host sshd[{i}]: Failed password for user{i} from 10.0.{}.{} port 22 ssh2",
                    i / 256,
                    i % 256
                );
                rec(0, i, line.as_bytes())
            })
            .collect();
        batch[500].payload = Some(vec![0xff; 10]);
        let mut pool = Pool::new(vec![topic], 4);
        let result = pool.process(&mut batch);
        let mut single = engine.worker();
        assert_eq!(result.processed.len(), 1000);
        for (r, p) in batch.iter().zip(&result.processed) {
            let mut expect = Vec::new();
            let e = single.process(r.payload.as_deref().unwrap(), &mut expect);
            match (p, e) {
                (Processed::Pass(Some(v)), Ok(_)) => assert_eq!(v, &expect),
                (Processed::Fail(a), Err(b)) => assert_eq!(a, &b),
                _ => panic!("offset {} differs", r.offset),
            }
        }
        assert!(batch[0].headers.len() == 1);
        // A failing record keeps its raw headers, for the sealed quarantine.
        assert_eq!(batch[500].headers, vec![("h".into(), Some(b"v".to_vec()))]);
        assert_eq!(result.stats[0].records, 1000);
    }
}
