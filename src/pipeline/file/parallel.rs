//! Several workers: the reading thread cuts the input into chunks of whole
//! records (framed as the serial driver frames them), hands them out round
//! robin over bounded channels (so memory stays bounded whatever the input
//! rate), and puts the results back in input
//! order. Each run of finished chunks has its vault entries committed before
//! its output is written, as in the serial driver.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant, SystemTime};

use super::commit::Committer;
use super::progress::Progress;
use super::quarantine::Quarantine;
use super::record::{Failure, handle_frame, split_terminator};
use super::{Options, RunError, Summary, batch_limit, is_csv};
use crate::keys::Keyring;
use crate::pipeline::engine::{Columns, Engine, Stats, VaultItem, Worker};
use crate::pipeline::frame::{Frame, Framer};

/// Bytes of whole records per chunk.
const CHUNK_BYTES: usize = 256 * 1024;
/// Chunks queued per worker, beyond the one it works on.
const QUEUE: usize = 2;

struct Chunk {
    seq: u64,
    input: usize,
    /// The columns a header row named before the chunk's first record.
    columns: Option<Columns>,
    /// The records' bytes, one after the other.
    data: Vec<u8>,
    /// Each frame with where its bytes end in `data`.
    frames: Vec<(Frame, usize)>,
}

struct Failed {
    raw: Vec<u8>,
    reason: &'static str,
    detail: String,
    line: u64,
}

struct Done {
    seq: u64,
    input: usize,
    out: Vec<u8>,
    failed: Vec<Failed>,
    items: Vec<VaultItem>,
}

/// A worker that panicked, or could not take an epoch's keys: its
/// chunk's output is lost, so the run stops.
enum Panicked {
    Panic(u64),
    Epoch(u64, String),
}

fn work(
    mut worker: Worker,
    chunks: Receiver<Chunk>,
    done: SyncSender<Result<Done, Panicked>>,
) -> Stats {
    let mut cache_cleared = Instant::now();
    for chunk in chunks {
        let seq = chunk.seq;
        // An epoch boundary, checked once per chunk.
        if let Err(e) = worker.check_epoch(SystemTime::now()) {
            let _ = done.send(Err(Panicked::Epoch(seq, e.to_string())));
            break;
        }
        let result = catch_unwind(AssertUnwindSafe(|| process(&mut worker, chunk)));
        // Cached tokens skip the vault; forget them hourly so the vault
        // keeps seeing live values (last seen, new key epochs).
        if cache_cleared.elapsed() > Duration::from_secs(3600) {
            worker.clear_reversible_cache();
            cache_cleared = Instant::now();
        }
        if done.send(result.map_err(|_| Panicked::Panic(seq))).is_err() {
            break;
        }
    }
    worker.take_stats()
}

fn process(worker: &mut Worker, chunk: Chunk) -> Done {
    worker.set_columns(chunk.columns.clone());
    let mut out = Vec::with_capacity(chunk.data.len() + chunk.data.len() / 4);
    let mut failed = Vec::new();
    let mut start = 0;
    for &(frame, end) in &chunk.frames {
        let bytes = &chunk.data[start..end];
        start = end;
        let pushed = handle_frame(worker, frame, bytes, &mut out, &mut |f: Failure<'_>| {
            failed.push(Failed {
                raw: f.raw.to_vec(),
                reason: f.reason,
                detail: f.detail,
                line: f.line,
            });
            Ok::<(), Infallible>(())
        });
        let Ok(()) = pushed;
    }
    Done {
        seq: chunk.seq,
        input: chunk.input,
        out,
        failed,
        items: worker.take_vault_items().collect(),
    }
}

/// The reading thread's side: hands out chunks and writes results.
struct Writer<'a, W: Write> {
    engine: &'a Engine,
    commits: Option<&'a mut Committer>,
    out: BufWriter<W>,
    q: Quarantine<'a>,
    names: &'a [String],
    summary: &'a mut Summary,
    pending: BTreeMap<u64, Done>,
    /// Finished chunks in order, waiting for one vault commit.
    held: Vec<Done>,
    /// Chunks whose vault entries the committer has.
    committing: Vec<Done>,
    held_bytes: usize,
    next: u64,
    sent: u64,
    done: Receiver<Result<Done, Panicked>>,
}

impl<W: Write> Writer<'_, W> {
    /// Takes one finished chunk (waiting for it), then writes every
    /// chunk that is next in order: vault entries committed first.
    fn receive(&mut self) -> Result<(), RunError> {
        let done = self
            .done
            .recv()
            .map_err(|_| RunError::Worker)?
            .map_err(|p| match p {
                Panicked::Panic(seq) => {
                    tracing::error!(chunk = seq, "a worker panicked; stopping");
                    RunError::Worker
                }
                Panicked::Epoch(seq, e) => {
                    tracing::error!(chunk = seq, "epoch keys unavailable; stopping");
                    RunError::Epoch(e)
                }
            })?;
        self.pending.insert(done.seq, done);
        while let Some(d) = self.pending.remove(&self.next) {
            self.next += 1;
            self.held_bytes += d.out.len();
            self.held.push(d);
        }
        if self.held_bytes >= batch_limit(self.commits.is_some()) {
            self.write_held(false)?;
        }
        Ok(())
    }

    /// Hands the vault entries of the finished chunks held so far to
    /// the committer, after writing the chunks of its previous commit;
    /// with `wait`, waits for this commit too and writes its chunks.
    /// Without a vault, writes the chunks held.
    fn write_held(&mut self, wait: bool) -> Result<(), RunError> {
        let mut ready = std::mem::take(&mut self.held);
        self.held_bytes = 0;
        let Some(commits) = self.commits.as_deref_mut() else {
            return self.write(&ready);
        };
        commits.wait()?;
        let committed = std::mem::take(&mut self.committing);
        self.write(&committed)?;
        if ready.is_empty() {
            return Ok(());
        }
        let items = ready
            .iter_mut()
            .flat_map(|d| std::mem::take(&mut d.items))
            .collect();
        if let Some(commits) = self.commits.as_deref_mut() {
            commits.send(items)?;
        }
        self.committing = ready;
        if wait {
            self.write_held(false)?;
        }
        Ok(())
    }

    /// Writes chunks whose vault entries are committed, and
    /// quarantines their failed records.
    fn write(&mut self, ready: &[Done]) -> Result<(), RunError> {
        if ready.is_empty() {
            return Ok(());
        }
        for d in ready {
            for f in &d.failed {
                let name = &self.names[d.input];
                *self.summary.quarantined.entry(f.reason).or_insert(0) += 1;
                tracing::debug!(source = %name, line = f.line, reason = f.reason, "record quarantined");
                self.q.put(&f.raw, f.reason, &f.detail, name, f.line)?;
            }
            self.out.write_all(&d.out).map_err(RunError::Output)?;
        }
        self.out.flush().map_err(RunError::Output)?;
        self.q.flush()
    }

    /// Writes everything handed out so far.
    fn drain(&mut self) -> Result<(), RunError> {
        while self.next < self.sent {
            self.receive()?;
        }
        self.write_held(true)
    }
}

pub(super) fn run<W: Write>(
    engine: &Engine,
    keyring: &Keyring,
    opts: &Options,
    commits: Option<&mut Committer>,
    out: W,
) -> Result<Summary, RunError> {
    let started = Instant::now();
    let threads = opts.threads;
    let names: Vec<String> = opts.inputs.iter().map(|i| i.name()).collect();
    let mut summary = Summary::default();
    let (done_tx, done_rx) = sync_channel(threads * (QUEUE + 1));
    let mut senders = Vec::with_capacity(threads);
    let stats = std::thread::scope(|scope| -> Result<Vec<Stats>, RunError> {
        let mut handles = Vec::with_capacity(threads);
        for _ in 0..threads {
            let (tx, rx) = sync_channel::<Chunk>(QUEUE);
            senders.push(tx);
            let mut worker = engine.worker();
            worker.follow_headers(true);
            let done = done_tx.clone();
            handles.push(scope.spawn(move || work(worker, rx, done)));
        }
        drop(done_tx);
        let mut w = Writer {
            engine,
            commits,
            out: BufWriter::with_capacity(256 * 1024, out),
            q: Quarantine {
                path: opts.quarantine.clone(),
                keyring,
                pack: engine.pack().name.clone(),
                writer: None,
            },
            names: &names,
            summary: &mut summary,
            pending: BTreeMap::new(),
            held: Vec::new(),
            committing: Vec::new(),
            held_bytes: 0,
            next: 0,
            sent: 0,
            done: done_rx,
        };
        let read = read_all(opts, threads, &senders, &mut w);
        // Closing the chunk channels ends the workers.
        senders.clear();
        let finished = read.and_then(|()| w.drain());
        let stats: Vec<Stats> = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect();
        finished.map(|()| stats)
    })?;
    for s in &stats {
        summary.stats.merge(s);
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}

fn read_all<W: Write>(
    opts: &Options,
    threads: usize,
    senders: &[SyncSender<Chunk>],
    w: &mut Writer<'_, W>,
) -> Result<(), RunError> {
    let mut progress = Progress::new(opts.progress && io::stderr().is_terminal());
    let mut records: u64 = 0;
    let in_flight = (threads * (QUEUE + 1)) as u64;
    let send = |w: &mut Writer<'_, W>, mut chunk: Chunk| -> Result<(), RunError> {
        // Bounded: write finished chunks before handing out more.
        while w.sent - w.next >= in_flight {
            w.receive()?;
        }
        chunk.seq = w.sent;
        let to = (chunk.seq % threads as u64) as usize;
        senders[to].send(chunk).map_err(|_| RunError::Worker)?;
        w.sent += 1;
        Ok(())
    };
    let new_chunk = |input: usize, columns: &Option<Columns>| Chunk {
        seq: 0,
        input,
        columns: columns.clone(),
        data: Vec::with_capacity(CHUNK_BYTES + 4096),
        frames: Vec::new(),
    };
    let csv = is_csv(w.engine);
    for (index, input) in opts.inputs.iter().enumerate() {
        let in_err = |source| RunError::Input {
            path: w.names[index].clone(),
            source,
        };
        let (reader, len) = input.open().map_err(in_err)?;
        // A regular file never blocks; a pipe or terminal may, and a
        // live stream must not wait for a full chunk.
        let live = len.is_none();
        let reader = BufReader::with_capacity(256 * 1024, reader);
        let mut framer = Framer::new(reader, csv, w.engine.max_record());
        progress.start_file(len);
        let mut read = 0;
        // The columns a header row named so far in this input: each
        // chunk starts with them, as the serial worker would have them.
        let mut columns: Option<Columns> = None;
        let mut chunk = new_chunk(index, &columns);
        loop {
            let would_block = live && !framer.has_buffered();
            if !chunk.frames.is_empty() && (chunk.data.len() >= CHUNK_BYTES || would_block) {
                let full = std::mem::replace(&mut chunk, new_chunk(index, &columns));
                send(w, full)?;
                if would_block {
                    w.drain()?;
                }
            }
            let start = chunk.data.len();
            let frame = framer.next(&mut chunk.data).map_err(in_err)?;
            if frame == Frame::End {
                break;
            }
            if let Frame::Record { .. } = frame {
                let (rec, _) = split_terminator(&chunk.data[start..]);
                if let Some(c) = w.engine.named_columns(rec) {
                    columns = Some(c);
                }
            }
            chunk.frames.push((frame, chunk.data.len()));
            records += 1;
            progress.tick(framer.bytes_read() - read, records);
            read = framer.bytes_read();
        }
        // Each input ends its last chunk, so a last record without a
        // line break stays its own record.
        if !chunk.frames.is_empty() {
            send(w, chunk)?;
        }
    }
    progress.finish();
    Ok(())
}
