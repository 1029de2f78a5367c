//! The file and stdin driver: records framed by [`super::frame`] (one per
//! line, or per CSV record), output in input order.
//!
//! Line terminators (`\n` or `\r\n`) are not part of the record; each output
//! record gets its input's terminator back, so an untouched file comes out
//! byte for byte. Records that fail go to the quarantine, sealed; the run
//! goes on. A CSV header row that names columns decides how the rows after
//! it in the same input are read, in the serial and the parallel driver
//! alike.
//!
//! One concern to a file: one worker (`serial`) or several (`parallel`),
//! the vault's committer thread one batch behind them (`commit`), one frame
//! through the worker into the output or the quarantine (`record`), the
//! lazily opened quarantine file (`quarantine`) and the progress line
//! (`progress`). What a run is given and returns, and [`run`], stay here.

mod commit;
mod parallel;
mod progress;
mod quarantine;
mod record;
mod serial;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::time::Duration;

use super::engine::{Engine, Stats, VaultItem};
use crate::keys::Keyring;
use commit::{Committer, commit_loop};
pub use quarantine::open_private_append;
pub use record::split_terminator;
use serial::run_serial;

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

/// Where the originals of reversible values go. The driver hands over a
/// batch's items and commits them before it writes the batch's output, so
/// no output token exists without its vault entry.
pub trait VaultSink {
    /// Buffers one item (its category is `engine.pack().categories[item.category]`).
    fn put(&mut self, engine: &Engine, item: &VaultItem) -> Result<(), BoxError>;
    /// Buffers a batch's items; by default one [`VaultSink::put`] each. A
    /// sink may read its clock once for the batch: the items were all made
    /// before the batch was handed over.
    fn put_batch(&mut self, engine: &Engine, items: &[VaultItem]) -> Result<(), BoxError> {
        items.iter().try_for_each(|item| self.put(engine, item))
    }
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
            returned: Vec::new(),
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

/// Whether the pack's records are framed as CSV (a quoted cell may hold
/// line breaks).
fn is_csv(engine: &Engine) -> bool {
    matches!(engine.pack().format, crate::format::Format::Csv { .. })
}
