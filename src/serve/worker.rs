//! The reveal worker: one thread that opens the vault once for many
//! requests and releases it between bursts.
//!
//! redb holds an exclusive lock on the vault file while it is open, and a
//! pipeline (`veil run`, `veil vault sync`) needs the file for each commit.
//! Opening it per request would cost about 10 ms and fight the pipeline for
//! the lock at every request. The worker opens the vault when a job
//! arrives, serves every job that queues up meanwhile from that one open
//! (for at most [`HOLD`]), and closes it when the queue runs dry or the
//! hold time is up, then leaves [`GAP`] before opening it again, so that a
//! waiting writer gets its turn (file locks are not fair).
//!
//! A job is the distinct tokens of one request and the role's scope. For
//! each token the worker looks the entry up; a token of a category or
//! domain outside the scope is refused without being decrypted; the others
//! are opened and, for a masked role, masked, exactly as `veil reveal` and
//! `veil reveal --mask` do. The originals stay in memory (wiped on drop)
//! until the request's audit entry is durable; only then are they sent.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, TrySendError, sync_channel};
use std::time::{Duration, Instant};

use tokio::sync::oneshot;
use zeroize::Zeroizing;

use crate::keys::Keyring;
use crate::reveal::mask::mask_for_display;
use crate::vault::{self, Lookup, Vault};

/// Longest time the vault stays open for one burst.
pub const HOLD: Duration = Duration::from_millis(200);
/// Pause after closing the vault before opening it again.
pub const GAP: Duration = Duration::from_millis(5);
/// How long an open vault waits for the next job before closing. Under
/// load, jobs come in waves, one per audit batch (a request waits for its
/// audit fsync, then its client sends the next): the pause between waves is
/// an fsync, a few milliseconds on a busy disk. At 2 ms the vault was closed
/// and reopened (11 ms, plus [`GAP`]) at almost every wave: 535 reopens in
/// a 10,000-request load test. A pipeline waits at most this much longer
/// when the service falls quiet, and at most [`HOLD`] + [`GAP`] under load,
/// as before.
const IDLE: Duration = Duration::from_millis(50);
/// Jobs waiting at most; more are refused (busy).
const QUEUE: usize = 4096;

/// What a role may see.
#[derive(Debug)]
pub struct Scope {
    /// Its name, for refusal reasons.
    pub role: String,
    /// Categories it may reveal.
    pub categories: HashSet<String>,
    /// Domains it may reveal.
    pub domains: HashSet<String>,
    /// Whether it sees masked forms.
    pub masked: bool,
}

/// What happened to one token.
pub enum Outcome {
    /// Revealed: the category and the value as the role sees it.
    Revealed {
        /// The entry's category.
        category: String,
        /// The original or its masked form.
        value: Zeroizing<String>,
    },
    /// Outside the role; the reason names the category or domain only.
    Refused(String),
    /// Erased on request.
    Erased,
    /// Expired by retention.
    Expired,
    /// Not in the vault.
    Unknown,
}

/// Why a job failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WorkerError {
    /// The vault could not be opened or read.
    #[error("vault: {0}")]
    Vault(String),
    /// Too many jobs are waiting.
    #[error("reveal worker is busy")]
    Busy,
    /// The worker thread is gone.
    #[error("reveal worker stopped")]
    Stopped,
}

struct Job {
    tokens: Vec<String>,
    scope: Arc<Scope>,
    reply: oneshot::Sender<Result<Vec<Outcome>, WorkerError>>,
}

/// The handle requests use; cheap to clone.
#[derive(Clone)]
pub struct RevealWorker {
    tx: SyncSender<Job>,
}

impl RevealWorker {
    /// Starts the worker for the vault at `path`, waiting up to
    /// `lock_wait` for it when another process holds it.
    pub fn start(
        path: PathBuf,
        keyring: Keyring,
        lock_wait: Duration,
    ) -> std::io::Result<RevealWorker> {
        let (tx, rx) = sync_channel(QUEUE);
        std::thread::Builder::new()
            .name("veil-reveal".into())
            .spawn(move || run(&path, &keyring, lock_wait, rx))?;
        Ok(RevealWorker { tx })
    }

    /// Looks up and opens `tokens` within `scope`, one outcome per token.
    pub async fn reveal(
        &self,
        tokens: Vec<String>,
        scope: Arc<Scope>,
    ) -> Result<Vec<Outcome>, WorkerError> {
        let (reply, rx) = oneshot::channel();
        match self.tx.try_send(Job {
            tokens,
            scope,
            reply,
        }) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(WorkerError::Busy),
            Err(TrySendError::Disconnected(_)) => return Err(WorkerError::Stopped),
        }
        rx.await.map_err(|_| WorkerError::Stopped)?
    }
}

fn run(path: &std::path::Path, keyring: &Keyring, lock_wait: Duration, rx: Receiver<Job>) {
    let options = || vault::Options {
        lock_wait,
        ..vault::Options::default()
    };
    while let Ok(first) = rx.recv() {
        let vault = match Vault::open_existing(path, keyring, options()) {
            Ok(v) => v,
            Err(e) => {
                tracing::error!(error = %e, "vault could not be opened");
                let msg = e.to_string();
                let _ = first.reply.send(Err(WorkerError::Vault(msg.clone())));
                while let Ok(j) = rx.try_recv() {
                    let _ = j.reply.send(Err(WorkerError::Vault(msg.clone())));
                }
                continue;
            }
        };
        let opened = Instant::now();
        match vault.opener(keyring) {
            Ok(mut opener) => {
                let mut job = Some(first);
                while let Some(j) = job.take() {
                    let result = serve(&vault, &mut opener, &j);
                    let _ = j.reply.send(result);
                    if opened.elapsed() >= HOLD {
                        break;
                    }
                    match rx.recv_timeout(IDLE) {
                        Ok(next) => job = Some(next),
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                }
            }
            Err(e) => {
                tracing::error!(error = %e, "this keyring cannot open the vault");
                let _ = first.reply.send(Err(WorkerError::Vault(e.to_string())));
            }
        }
        drop(vault);
        std::thread::sleep(GAP);
    }
}

fn serve(
    vault: &Vault,
    opener: &mut vault::Opener<'_>,
    job: &Job,
) -> Result<Vec<Outcome>, WorkerError> {
    let scope = &job.scope;
    let mut out = Vec::with_capacity(job.tokens.len());
    for token in &job.tokens {
        let err = |e: vault::VaultError| WorkerError::Vault(e.to_string());
        let outcome = match vault.lookup(token).map_err(err)? {
            Lookup::Found(entry) => {
                if !scope.categories.contains(&entry.category) {
                    Outcome::Refused(format!(
                        "category {} is outside role {}",
                        entry.category, scope.role
                    ))
                } else if !scope.domains.contains(&entry.domain) {
                    Outcome::Refused(format!(
                        "token belongs to domain {}, outside role {}",
                        entry.domain, scope.role
                    ))
                } else {
                    // Same as `veil reveal`: open, and mask by category.
                    match opener.open(&entry) {
                        Ok(original) => {
                            let value = if scope.masked {
                                Zeroizing::new(mask_for_display(&entry.category, &original))
                            } else {
                                original
                            };
                            Outcome::Revealed {
                                category: entry.category,
                                value,
                            }
                        }
                        Err(vault::VaultError::KeyDestroyed) => Outcome::Expired,
                        Err(e) => return Err(err(e)),
                    }
                }
            }
            // A role learns nothing of categories outside it, not even
            // that a token of one was erased or has expired.
            Lookup::Erased { category, .. } | Lookup::Expired { category, .. }
                if !scope.categories.contains(&category) =>
            {
                Outcome::Refused(format!(
                    "category {category} is outside role {}",
                    scope.role
                ))
            }
            Lookup::Erased { .. } => Outcome::Erased,
            Lookup::Expired { .. } => Outcome::Expired,
            Lookup::Unknown => Outcome::Unknown,
        };
        out.push(outcome);
    }
    Ok(out)
}
