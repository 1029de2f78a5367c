//! One thread that owns the audit log and group-commits the entries of
//! concurrent requests.
//!
//! A request hands its entries (one to a few) to [`AuditWriter::append`]
//! and awaits its own confirmation. The thread takes everything queued, up
//! to [`MAX_BATCH`] entries, and writes it with one
//! [`AuditLog::append_batch_deferring_head`] (one lock, one write, one
//! fsync); then it answers every request of the batch. If the batch fails,
//! every request in it fails, and shows nothing. A request's entries are
//! never split across batches, so they are durable together or not at all.
//!
//! Other processes may append to the same log (`veil reveal` under a case
//! id of the server's, `veil subject`, another server). Their entries are
//! found whenever the thread appends, and on [`AuditWriter::follow`] when
//! the file has grown past what the thread knows ([`AuditWriter::behind`],
//! one `stat`), and handed to the `foreign` callback in log order, so the
//! server's cases count a CLI reveal at once, not only after a restart.
//!
//! The head file is replaced when the queue has been empty for
//! [`HEAD_IDLE`], and otherwise whenever the log's crash rule needs it
//! (about once a second under load). Replacing it costs two fsyncs (the
//! temporary file and the directory), twice the cost of the batch itself on
//! the development machine: doing it once a batch held the service to about
//! 1,900 reveals per second.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError, sync_channel};
use std::time::{Duration, SystemTime};

use tokio::sync::oneshot;

use crate::reveal::audit::MAX_BATCH;
use crate::reveal::{AuditLog, Entry, NewEntry};

/// Requests waiting for the writer at most; more are refused (busy).
const QUEUE: usize = 4096;
/// How long the queue stays empty before the head file is brought up to
/// date: long enough for the answered requests' next ones to arrive.
pub const HEAD_IDLE: Duration = Duration::from_millis(20);

/// Why entries were not written: the request must fail.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppendError {
    /// The log could not be written (or an entry was invalid).
    #[error("audit log could not be written: {0}")]
    Failed(String),
    /// Too many requests are waiting for the writer.
    #[error("audit writer is busy")]
    Busy,
    /// The writer thread is gone.
    #[error("audit writer stopped")]
    Stopped,
}

struct Request {
    entries: Vec<NewEntry>,
    reply: oneshot::Sender<Result<Vec<Entry>, AppendError>>,
}

enum Message {
    Append(Request),
    /// Replace the head file now (at shutdown); answered when done.
    SyncHead(oneshot::Sender<()>),
    /// Read other processes' entries now; answered when they are applied.
    Follow(oneshot::Sender<()>),
}

/// Receives other processes' entries, in log order.
pub type Foreign = Box<dyn FnMut(Vec<Entry>) + Send>;

/// The handle requests use; cheap to clone.
#[derive(Clone)]
pub struct AuditWriter {
    tx: SyncSender<Message>,
    path: PathBuf,
    /// The log's length as the thread last knew it; `u64::MAX` while it
    /// writes, so that its own growing file is not taken for another's.
    known: Arc<AtomicU64>,
}

impl AuditWriter {
    /// Starts the writer thread on an opened log.
    pub fn start(log: AuditLog, foreign: Foreign) -> std::io::Result<AuditWriter> {
        let (tx, rx) = sync_channel(QUEUE);
        let path = log.path().to_path_buf();
        let known = Arc::new(AtomicU64::new(log.known_len()));
        let shared = known.clone();
        std::thread::Builder::new()
            .name("veil-audit".into())
            .spawn(move || run(log, rx, foreign, &shared))?;
        Ok(AuditWriter { tx, path, known })
    }

    /// Whether the log file is longer than the thread knows: another
    /// process appended. One `stat`.
    pub fn behind(&self) -> bool {
        let known = self.known.load(Ordering::Acquire);
        std::fs::metadata(&self.path).is_ok_and(|m| m.len() > known)
    }

    /// Reads and applies other processes' entries before returning.
    pub async fn follow(&self) -> Result<(), AppendError> {
        let (reply, rx) = oneshot::channel();
        match self.tx.try_send(Message::Follow(reply)) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(AppendError::Busy),
            Err(TrySendError::Disconnected(_)) => return Err(AppendError::Stopped),
        }
        rx.await.map_err(|_| AppendError::Stopped)
    }

    /// Appends `entries` durably, together, and returns them as written.
    pub async fn append(&self, entries: Vec<NewEntry>) -> Result<Vec<Entry>, AppendError> {
        if entries.is_empty() {
            return Ok(Vec::new());
        }
        if entries.len() > MAX_BATCH {
            return Err(AppendError::Failed("too many entries".into()));
        }
        let (reply, rx) = oneshot::channel();
        match self
            .tx
            .try_send(Message::Append(Request { entries, reply }))
        {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(AppendError::Busy),
            Err(TrySendError::Disconnected(_)) => return Err(AppendError::Stopped),
        }
        rx.await.map_err(|_| AppendError::Stopped)?
    }

    /// Brings the head file up to date with everything appended before this
    /// call; for a clean shutdown.
    pub async fn sync_head(&self) {
        let (reply, rx) = oneshot::channel();
        let tx = self.tx.clone();
        // The queue may be full; waiting for room must not block the runtime.
        let sent = tokio::task::spawn_blocking(move || tx.send(Message::SyncHead(reply))).await;
        if matches!(sent, Ok(Ok(()))) {
            let _ = rx.await;
        }
    }
}

fn run(mut log: AuditLog, rx: Receiver<Message>, mut foreign: Foreign, known: &AtomicU64) {
    let mut hand_over = |log: &mut AuditLog| {
        let found = log.take_foreign();
        if !found.is_empty() {
            foreign(found);
        }
        known.store(log.known_len(), Ordering::Release);
    };
    let mut carry: Option<Request> = None;
    // After a failed head replacement, wait for the next request instead of
    // retrying (and logging) every HEAD_IDLE.
    let mut head_failed = false;
    loop {
        let message = match carry.take() {
            Some(r) => Message::Append(r),
            None if log.head_behind() && !head_failed => match rx.recv_timeout(HEAD_IDLE) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    head_failed = !sync_head(&mut log);
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => {
                    sync_head(&mut log);
                    return;
                }
            },
            None => match rx.recv() {
                Ok(m) => m,
                Err(_) => return,
            },
        };
        let first = match message {
            Message::Append(r) => r,
            Message::SyncHead(done) => {
                sync_head(&mut log);
                let _ = done.send(());
                continue;
            }
            Message::Follow(done) => {
                if let Err(e) = log.follow() {
                    tracing::error!(error = %e, "audit log could not be followed");
                }
                hand_over(&mut log);
                let _ = done.send(());
                continue;
            }
        };
        let mut batch = Vec::new();
        let mut total = 0;
        let admit = |r: Request, batch: &mut Vec<Request>, total: &mut usize| {
            if let Some(e) = r.entries.iter().find_map(|e| e.check().err()) {
                let _ = r.reply.send(Err(AppendError::Failed(e.to_string())));
                return;
            }
            *total += r.entries.len();
            batch.push(r);
        };
        admit(first, &mut batch, &mut total);
        // A pause request that arrived behind this batch: answered after it.
        let mut after: Option<Message> = None;
        while total < MAX_BATCH {
            match rx.try_recv() {
                Ok(Message::Append(r)) if total + r.entries.len() > MAX_BATCH => {
                    carry = Some(r);
                    break;
                }
                Ok(Message::Append(r)) => admit(r, &mut batch, &mut total),
                Ok(m @ (Message::SyncHead(_) | Message::Follow(_))) => {
                    after = Some(m);
                    break;
                }
                Err(_) => break,
            }
        }
        if batch.is_empty() {
            answer(&mut log, after);
            continue;
        }
        head_failed = false;
        let mut sizes = Vec::with_capacity(batch.len());
        let mut all = Vec::with_capacity(total);
        let mut replies = Vec::with_capacity(batch.len());
        for r in batch {
            sizes.push(r.entries.len());
            all.extend(r.entries);
            replies.push(r.reply);
        }
        known.store(u64::MAX, Ordering::Release);
        let appended = log.append_batch_deferring_head(all, SystemTime::now());
        hand_over(&mut log);
        match appended {
            Ok(written) => {
                let mut written = written.into_iter();
                for (reply, n) in replies.into_iter().zip(sizes) {
                    let _ = reply.send(Ok(written.by_ref().take(n).collect()));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, entries = total, "audit batch failed; its requests fail");
                for reply in replies {
                    let _ = reply.send(Err(AppendError::Failed(e.to_string())));
                }
            }
        }
        answer(&mut log, after);
    }
}

/// Answers a pause request that waited behind a batch: a head sync, or a
/// follow (the batch's append has just followed the log).
fn answer(log: &mut AuditLog, after: Option<Message>) {
    match after {
        Some(Message::SyncHead(done)) => {
            sync_head(log);
            let _ = done.send(());
        }
        Some(Message::Follow(done)) => {
            let _ = done.send(());
        }
        Some(Message::Append(_)) | None => {}
    }
}

/// A head that cannot be replaced now is retried at the next pause; the
/// next batch that needs it fails until it can be.
fn sync_head(log: &mut AuditLog) -> bool {
    match log.sync_head() {
        Ok(()) => true,
        Err(e) => {
            tracing::error!(error = %e, "audit head could not be replaced");
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::SecretKey;
    use crate::reveal::Action;

    fn entry(i: usize) -> NewEntry {
        NewEntry {
            actor: format!("user{i}"),
            action: Action::LoginFailure,
            case: None,
            reason: String::new(),
            tokens: vec![],
            count: 0,
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn concurrent_requests_are_group_committed_and_chain() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let key = || SecretKey::from_bytes([9; 32]);
        let writer =
            AuditWriter::start(AuditLog::open(&path, key()).unwrap(), Box::new(|_| {})).unwrap();
        let mut tasks = Vec::new();
        for i in 0..200 {
            let w = writer.clone();
            tasks.push(tokio::spawn(async move {
                w.append(vec![entry(i), entry(i)]).await.unwrap()
            }));
        }
        for (i, t) in tasks.into_iter().enumerate() {
            let written = t.await.unwrap();
            assert_eq!(written.len(), 2);
            assert_eq!(written[0].actor, format!("user{i}"));
            assert_eq!(written[1].seq, written[0].seq + 1);
        }
        assert_eq!(
            crate::reveal::audit::verify(&path, &key()).unwrap().entries,
            400
        );
        // An invalid entry fails only its own request.
        // Once the queue pauses, the head file names the last entry.
        let head_seq = || {
            let text = std::fs::read_to_string(path.with_extension("log.head")).unwrap();
            serde_json::from_str::<serde_json::Value>(&text).unwrap()["seq"]
                .as_u64()
                .unwrap()
        };
        let deadline = std::time::Instant::now() + HEAD_IDLE * 50;
        while head_seq() != 400 {
            assert!(std::time::Instant::now() < deadline, "head stayed behind");
            std::thread::sleep(HEAD_IDLE);
        }
        let mut bad = entry(0);
        bad.tokens = vec!["+46701740683".into()];
        assert!(writer.append(vec![bad]).await.is_err());
        assert_eq!(writer.append(vec![entry(1)]).await.unwrap()[0].seq, 401);
    }
}
