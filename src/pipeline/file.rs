//! The file and stdin driver: records framed by [`super::frame`] (one per
//! line, or per CSV record), output in input order.
//!
//! Line terminators (`\n` or `\r\n`) are not part of the record; each output
//! record gets its input's terminator back, so an untouched file comes out
//! byte for byte. Records that fail go to the quarantine, sealed; the run
//! goes on. A CSV header row that names columns decides how the rows after
//! it in the same input are read, in the serial and the parallel driver
//! alike.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::{Duration, Instant, SystemTime};

use super::engine::{Engine, RecordError, Stats, VaultItem, Worker};
use super::frame::{self, Frame, Framer};
use super::quarantine;
use crate::keys::Keyring;

/// Where records come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    fn open(&self) -> io::Result<(Box<dyn Read>, Option<u64>)> {
        match self {
            Input::Stdin => Ok((Box::new(io::stdin().lock()), None)),
            Input::File(p) => {
                let f = File::open(p)?;
                let len = f.metadata().ok().map(|m| m.len());
                Ok((Box::new(f), len))
            }
        }
    }
}

/// How a file run behaves.
#[derive(Debug)]
pub struct Options {
    /// Inputs, read in order.
    pub inputs: Vec<Input>,
    /// The quarantine file (created on first use, appended to).
    pub quarantine: PathBuf,
    /// Show progress on stderr (only when stderr is a terminal).
    pub progress: bool,
    /// Worker threads. With more than one, lines are handed out in chunks
    /// and the output is put back in input order; the output is the same
    /// byte for byte.
    pub threads: usize,
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Counters from the worker.
    pub stats: Stats,
    /// Records quarantined, by reason.
    pub quarantined: BTreeMap<&'static str, u64>,
    /// Wall time.
    pub elapsed: Duration,
}

impl Summary {
    /// Total records quarantined.
    pub fn quarantined_total(&self) -> u64 {
        self.quarantined.values().sum()
    }
}

/// Why a run stopped early.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// An input could not be read.
    #[error("{path}: {source}")]
    Input {
        /// The input.
        path: String,
        /// The error.
        source: io::Error,
    },
    /// The output could not be written.
    #[error("output: {0}")]
    Output(io::Error),
    /// The pack has reversible categories but no vault was given.
    #[error(
        "the pack has reversible categories: it needs a vault (--vault, or the default beside the keyring)"
    )]
    NoVault,
    /// A worker thread failed; what it held was not written, and nothing
    /// after it either.
    #[error("a worker thread failed; output stops before the records it held")]
    Worker,
    /// The vault refused a write; the batch's output was not emitted.
    #[error("vault: {0}")]
    Vault(BoxError),
    /// The quarantine could not be written. The run stops: a record that
    /// cannot be quarantined must not be dropped silently.
    #[error("{path}: cannot write quarantine: {source}")]
    Quarantine {
        /// The quarantine path.
        path: String,
        /// The error.
        source: io::Error,
    },
    /// An epoch turned and its keys could not be had (or the keyring file
    /// could not be overwritten): nothing after the boundary was written.
    #[error("{0}")]
    Epoch(String),
}

/// Lazily-opened quarantine file.
struct Quarantine<'k> {
    path: PathBuf,
    keyring: &'k Keyring,
    pack: String,
    writer: Option<quarantine::Writer<BufWriter<File>>>,
}

impl Quarantine<'_> {
    fn put(
        &mut self,
        raw: &[u8],
        reason: &str,
        detail: &str,
        source: &str,
        line: u64,
    ) -> Result<(), RunError> {
        let err = |source| RunError::Quarantine {
            path: self.path.display().to_string(),
            source,
        };
        if self.writer.is_none() {
            let f = open_private_append(&self.path).map_err(err)?;
            self.writer = Some(quarantine::Writer::new(
                BufWriter::new(f),
                self.keyring,
                &self.pack,
            ));
        }
        if let Some(w) = self.writer.as_mut() {
            w.put(raw, reason, detail, source, line)
                .map_err(|e| RunError::Quarantine {
                    path: self.path.display().to_string(),
                    source: e,
                })?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<(), RunError> {
        if let Some(w) = self.writer.as_mut() {
            w.flush().map_err(|source| RunError::Quarantine {
                path: self.path.display().to_string(),
                source,
            })?;
        }
        Ok(())
    }
}

/// Opens a file for appending, created with mode 0600: quarantine entries are
/// sealed, but their metadata is still nobody else's business. An existing
/// file must be private too (see [`crate::private_file`]).
pub fn open_private_append(path: &Path) -> io::Result<File> {
    use crate::private_file::PrivateFileError;
    match crate::private_file::open_append(path) {
        Ok((file, _)) => Ok(file),
        Err(PrivateFileError::Io { source, .. }) => Err(source),
        // The path is in the caller's message already.
        Err(e) => Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            e.to_string()
                .strip_prefix(&format!("{}: ", path.display()))
                .map(str::to_owned)
                .unwrap_or_else(|| e.to_string()),
        )),
    }
}

/// Where the originals of reversible values go. The driver hands over a
/// batch's items and commits them before it writes the batch's output, so
/// no output token exists without its vault entry.
pub trait VaultSink {
    /// Buffers one item (its category is `engine.pack().categories[item.category]`).
    fn put(&mut self, engine: &Engine, item: &VaultItem) -> Result<(), BoxError>;
    /// Makes every buffered item durable.
    fn commit(&mut self) -> Result<(), BoxError>;
}

/// An error from a [`VaultSink`]; carries no record values.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Output is written in batches of at most this many bytes (or when a
/// live input pauses), each after its vault entries are committed. Every
/// commit opens the vault and rewrites the B-tree pages its entries touch,
/// and tokens are spread evenly over the key space, so few large commits
/// cost much less than many small ones (1 MB batches: 18.7 s for 60 MB of
/// syslog with 330k reversible values; 16 MB: 6.8 s; 32 MB: 4% less CPU
/// than 16 on 50 MB of realistic syslog). The committer holds one batch
/// while the next is made, so output holds up to twice this.
const BATCH_BYTES: usize = 32 << 20;

/// Without a vault nothing has to wait for a commit, so output is written
/// in pieces this small instead: they are still in the CPU caches when the
/// kernel copies them into the page cache. A 16 MB batch is not, and copying
/// it cost 12% of a `veil run` of realistic syslog without a vault.
const STREAM_BYTES: usize = 256 << 10;

/// The output bytes to hold before they are written: a vault commit's worth
/// when tokens need their vault entries first, else [`STREAM_BYTES`].
fn batch_limit(vault: bool) -> usize {
    if vault { BATCH_BYTES } else { STREAM_BYTES }
}

/// Runs every input through the engine into `out`. When the pack has
/// reversible categories, `vault` must be given.
///
/// The vault commits on a thread of its own, one batch behind the workers:
/// while a batch's entries are committed (B-tree pages rewritten, the file
/// synced), the next batch is processed. A batch's output is still written
/// only after its commit succeeded.
pub fn run<W: Write>(
    engine: &Engine,
    keyring: &Keyring,
    opts: &Options,
    vault: Option<&mut (dyn VaultSink + Send)>,
    out: W,
) -> Result<Summary, RunError> {
    if engine.has_reversible() && vault.is_none() {
        return Err(RunError::NoVault);
    }
    let drive = |commits: Option<&mut Committer>| {
        if opts.threads > 1 {
            parallel::run(engine, keyring, opts, commits, out)
        } else {
            run_serial(engine, keyring, opts, commits, out)
        }
    };
    let Some(sink) = vault else {
        return drive(None);
    };
    std::thread::scope(|scope| {
        let (to, items) = sync_channel::<Vec<VaultItem>>(1);
        let (committed, from) = sync_channel(1);
        let committer = scope.spawn(move || commit_loop(engine, sink, items, committed));
        let mut commits = Committer {
            to: Some(to),
            from,
            busy: false,
        };
        let result = drive(Some(&mut commits));
        // Closing the channel ends the committer.
        drop(commits);
        let joined = committer.join();
        match (result, joined) {
            (Ok(_), Err(_)) => Err(RunError::Worker),
            (result, _) => result,
        }
    })
}

/// The committer thread: each batch of vault items is put and committed,
/// and the outcome sent back.
fn commit_loop(
    engine: &Engine,
    sink: &mut (dyn VaultSink + Send),
    items: Receiver<Vec<VaultItem>>,
    committed: SyncSender<Result<(), BoxError>>,
) {
    for batch in items {
        let result = batch
            .iter()
            .try_for_each(|item| sink.put(engine, item))
            .and_then(|()| sink.commit());
        let failed = result.is_err();
        if committed.send(result).is_err() || failed {
            break;
        }
    }
}

/// The driver's side of the committer thread: at most one batch of vault
/// items in flight.
struct Committer {
    to: Option<SyncSender<Vec<VaultItem>>>,
    from: Receiver<Result<(), BoxError>>,
    busy: bool,
}

impl Committer {
    /// Hands over a batch's items; the previous batch must have been
    /// waited for.
    fn send(&mut self, items: Vec<VaultItem>) -> Result<(), RunError> {
        debug_assert!(!self.busy);
        let to = self.to.as_ref().ok_or(RunError::Worker)?;
        to.send(items).map_err(|_| RunError::Worker)?;
        self.busy = true;
        Ok(())
    }

    /// Waits until the batch in flight, if any, is committed.
    fn wait(&mut self) -> Result<(), RunError> {
        if !self.busy {
            return Ok(());
        }
        self.busy = false;
        match self.from.recv() {
            Ok(result) => result.map_err(RunError::Vault),
            Err(_) => {
                // A dead committer ends the run.
                self.to = None;
                Err(RunError::Worker)
            }
        }
    }
}

fn run_serial<W: Write>(
    engine: &Engine,
    keyring: &Keyring,
    opts: &Options,
    mut commits: Option<&mut Committer>,
    out: W,
) -> Result<Summary, RunError> {
    let started = Instant::now();
    let mut worker = engine.worker();
    let mut out = BufWriter::with_capacity(256 * 1024, out);
    let mut q = Quarantine {
        path: opts.quarantine.clone(),
        keyring,
        pack: engine.pack().name.clone(),
        writer: None,
    };
    let mut summary = Summary::default();
    let mut progress = Progress::new(opts.progress && io::stderr().is_terminal());
    // Header rows are recognised by content; one that names columns
    // decides how the rows after it in its input are read.
    worker.follow_headers(true);
    let csv = is_csv(engine);
    let mut rec = Vec::with_capacity(4096);
    let limit = batch_limit(commits.is_some());
    let mut batch = Vec::with_capacity(limit + 4096);
    // The previous batch's output, while its vault entries are committed.
    let mut committing = Vec::new();
    let mut cache_cleared = Instant::now();
    let mut n: u64 = 0;
    for input in &opts.inputs {
        let name = input.name();
        let in_err = |source| RunError::Input {
            path: name.clone(),
            source,
        };
        let (reader, len) = input.open().map_err(in_err)?;
        let reader = BufReader::with_capacity(256 * 1024, reader);
        let mut framer = Framer::new(reader, csv, engine.max_record());
        progress.start_file(len);
        worker.set_columns(None);
        let mut read = 0;
        loop {
            // Before a read that may block (a pipe with nothing buffered),
            // emit what is done: a live stream must not wait for a full
            // batch. A regular file (its length known) never blocks.
            let would_block = len.is_none() && !framer.has_buffered();
            if !batch.is_empty() && (batch.len() >= limit || would_block) {
                flush_batch(
                    &mut worker,
                    commits.as_deref_mut(),
                    &mut batch,
                    &mut committing,
                    &mut out,
                    would_block,
                )?;
                q.flush()?;
            }
            rec.clear();
            let frame = framer.next(&mut rec).map_err(in_err)?;
            if frame == Frame::End {
                break;
            }
            // An epoch boundary: a clock read every 256 records, and after
            // each pause of a live stream (the reader's buffer was empty).
            if n % 256 == 0 || would_block {
                worker
                    .check_epoch(SystemTime::now())
                    .map_err(|e| RunError::Epoch(e.to_string()))?;
            }
            handle_frame(&mut worker, frame, &rec, &mut batch, &mut |f: Failure<
                '_,
            >| {
                *summary.quarantined.entry(f.reason).or_insert(0) += 1;
                tracing::debug!(source = %name, line = f.line, reason = f.reason, "record quarantined");
                q.put(f.raw, f.reason, &f.detail, &name, f.line)
            })?;
            progress.tick(framer.bytes_read() - read, worker.stats().records);
            read = framer.bytes_read();
            n += 1;
            // Cached tokens skip the vault; forget them hourly so the vault
            // keeps seeing live values (last seen, new key epochs).
            if n % 4096 == 0 && cache_cleared.elapsed() > Duration::from_secs(3600) {
                worker.clear_reversible_cache();
                cache_cleared = Instant::now();
            }
        }
    }
    flush_batch(
        &mut worker,
        commits,
        &mut batch,
        &mut committing,
        &mut out,
        true,
    )?;
    out.flush().map_err(RunError::Output)?;
    q.flush()?;
    progress.finish();
    summary.stats = worker.take_stats();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// Hands the batch's vault entries to the committer and writes the
/// previous batch, whose entries are committed by then; with `wait`, waits
/// for this batch's commit too and writes it (a live input that pauses,
/// the end). Without a vault, writes the batch.
fn flush_batch<W: Write>(
    worker: &mut Worker,
    commits: Option<&mut Committer>,
    batch: &mut Vec<u8>,
    committing: &mut Vec<u8>,
    out: &mut W,
    wait: bool,
) -> Result<(), RunError> {
    let mut write = |bytes: &mut Vec<u8>| -> Result<(), RunError> {
        // In pieces: one write of a whole batch cost the kernel 15% of a
        // run with the vault (copy_folio_from_iter_atomic), in pieces 1%.
        for piece in bytes.chunks(STREAM_BYTES) {
            out.write_all(piece).map_err(RunError::Output)?;
        }
        out.flush().map_err(RunError::Output)?;
        bytes.clear();
        Ok(())
    };
    let Some(c) = commits else {
        return write(batch);
    };
    c.wait()?;
    write(committing)?;
    c.send(worker.take_vault_items().collect())?;
    std::mem::swap(batch, committing);
    if wait {
        c.wait()?;
        write(committing)?;
    }
    Ok(())
}

/// Several workers: the reading thread cuts the input into chunks of whole
/// records (framed as the serial driver frames them), hands them out round robin over bounded channels (so memory stays
/// bounded whatever the input rate), and puts the results back in input
/// order. Each run of finished chunks has its vault entries committed before
/// its output is written, as in the serial driver.
mod parallel {
    use std::collections::BTreeMap;
    use std::convert::Infallible;
    use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
    use std::time::{Duration, Instant, SystemTime};

    use super::{
        Committer, Failure, Frame, Framer, Options, Progress, Quarantine, RunError, Summary,
        batch_limit, handle_frame, is_csv, split_terminator,
    };
    use crate::keys::Keyring;
    use crate::pipeline::engine::{Columns, Engine, Stats, VaultItem, Worker};

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
}

/// Whether the pack's records are framed as CSV (a quoted cell may hold
/// line breaks).
fn is_csv(engine: &Engine) -> bool {
    matches!(engine.pack().format, crate::format::Format::Csv { .. })
}

/// A record that failed, on its way to the quarantine.
struct Failure<'r> {
    /// The record, without its terminator (empty for one not kept).
    raw: &'r [u8],
    reason: &'static str,
    detail: String,
    line: u64,
}

/// Runs one frame (its bytes in `bytes`) through the worker into `out`,
/// handing each record that fails to `fail`.
fn handle_frame<E>(
    worker: &mut Worker,
    frame: Frame,
    bytes: &[u8],
    out: &mut Vec<u8>,
    fail: &mut impl FnMut(Failure<'_>) -> Result<(), E>,
) -> Result<(), E> {
    let failure = |raw, e: RecordError, line| Failure {
        raw,
        reason: e.reason(),
        detail: e.to_string(),
        line,
    };
    match frame {
        Frame::End => Ok(()),
        Frame::Record { line, .. } => match process_line(worker, bytes, out) {
            Ok(()) => Ok(()),
            Err((rec, e)) => fail(failure(rec, e, line)),
        },
        Frame::TooLarge { line, len } => {
            worker.count_unprocessed(len);
            let e = RecordError::TooLarge {
                len: usize::try_from(len).unwrap_or(usize::MAX),
                limit: worker.engine().max_record(),
            };
            // Not kept: see `frame`. The entry says where it was and how
            // long, and holds no bytes of it.
            let mut f = failure(&[], e, line);
            f.detail.push_str("; not kept");
            fail(f)
        }
        Frame::Unclosed { line, lines } => {
            let e = RecordError::CsvUnclosed {
                first_line: line,
                lines,
            };
            for (i, fragment) in frame::lines(bytes).enumerate() {
                worker.count_unprocessed(fragment.len() as u64);
                let (raw, _) = split_terminator(fragment);
                fail(failure(raw, e, line + i as u64))?;
            }
            Ok(())
        }
    }
}

/// Processes one record with its terminator into `out`, terminator
/// included. On failure `out` is as it was, and the record (without
/// terminator) comes back with the error, for the quarantine.
fn process_line<'l>(
    worker: &mut Worker,
    line: &'l [u8],
    out: &mut Vec<u8>,
) -> Result<(), (&'l [u8], RecordError)> {
    let (rec, term) = split_terminator(line);
    let mark = out.len();
    match worker.process(rec, out) {
        Ok(_) => {
            out.extend_from_slice(term);
            Ok(())
        }
        Err(e) => {
            out.truncate(mark);
            Err((rec, e))
        }
    }
}

/// Splits a line into the record and its terminator (`\n`, `\r\n` or none).
pub fn split_terminator(line: &[u8]) -> (&[u8], &[u8]) {
    let mut end = line.len();
    if end > 0 && line[end - 1] == b'\n' {
        end -= 1;
        if end > 0 && line[end - 1] == b'\r' {
            end -= 1;
        }
    }
    line.split_at(end)
}

/// Progress on a terminal: a single line, redrawn at most four times a second.
struct Progress {
    on: bool,
    bytes: u64,
    total: Option<u64>,
    started: Instant,
    last: Instant,
}

impl Progress {
    fn new(on: bool) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            bytes: 0,
            total: None,
            started: now,
            last: now,
        }
    }

    fn start_file(&mut self, len: Option<u64>) {
        self.total = len.map(|l| l + self.bytes);
    }

    fn tick(&mut self, bytes: u64, records: u64) {
        self.bytes += bytes;
        if !self.on || records % 1024 != 0 {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.last) < Duration::from_millis(250) {
            return;
        }
        self.last = now;
        let secs = now.duration_since(self.started).as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let pct = self
            .total
            .filter(|t| *t > 0)
            .map(|t| format!(" {:>3.0}%", 100.0 * self.bytes as f64 / t as f64))
            .unwrap_or_default();
        let mut err = io::stderr().lock();
        let _ = write!(
            err,
            "\r{records} records, {mb:.1} MB, {:.1} MB/s{pct}   ",
            mb / secs
        );
        let _ = err.flush();
    }

    fn finish(&mut self) {
        if self.on {
            let _ = write!(io::stderr().lock(), "\r{:60}\r", "");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminators_are_split_off_and_kept() {
        assert_eq!(split_terminator(b"abc\n"), (&b"abc"[..], &b"\n"[..]));
        assert_eq!(split_terminator(b"abc\r\n"), (&b"abc"[..], &b"\r\n"[..]));
        assert_eq!(split_terminator(b"abc"), (&b"abc"[..], &b""[..]));
        assert_eq!(split_terminator(b"\n"), (&b""[..], &b"\n"[..]));
        assert_eq!(split_terminator(b"a\rb\n"), (&b"a\rb"[..], &b"\n"[..]));
    }
}
