//! One worker: the records of every input in turn, in batches.

use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::time::{Duration, Instant, SystemTime};

use super::commit::Committer;
use super::progress::Progress;
use super::quarantine::Quarantine;
use super::record::{Failure, handle_frame};
use super::{Options, RunError, STREAM_BYTES, Summary, batch_limit, is_csv};
use crate::keys::Keyring;
use crate::pipeline::engine::{Engine, Worker};
use crate::pipeline::frame::{Frame, Framer};

pub(super) fn run_serial<W: Write>(
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
    worker.recycle_vault_items(std::mem::take(&mut c.returned));
    c.send(worker.take_vault_batch())?;
    std::mem::swap(batch, committing);
    if wait {
        c.wait()?;
        write(committing)?;
    }
    Ok(())
}
