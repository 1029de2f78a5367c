//! The vault's committer thread, one batch behind the workers: a batch's
//! output is written only after its vault entries are committed.

use std::sync::mpsc::{Receiver, SyncSender};

use super::{BoxError, RunError, VaultSink};
use crate::pipeline::engine::{Engine, VaultItem};

/// The committer thread: each batch of vault items is put and committed,
/// and the outcome sent back.
pub(super) fn commit_loop(
    engine: &Engine,
    sink: &mut (dyn VaultSink + Send),
    items: Receiver<Vec<VaultItem>>,
    committed: SyncSender<(Result<(), BoxError>, Vec<VaultItem>)>,
) {
    for mut batch in items {
        let result = sink.put_batch(engine, &batch).and_then(|()| sink.commit());
        let failed = result.is_err();
        // The originals are wiped here; the items go back to the reading
        // thread, which refills their strings instead of allocating new
        // ones (and this thread frees none).
        for item in &mut batch {
            zeroize::Zeroize::zeroize(&mut item.original);
        }
        if committed.send((result, batch)).is_err() || failed {
            break;
        }
    }
}

/// The driver's side of the committer thread: at most one batch of vault
/// items in flight.
pub(super) struct Committer {
    pub(super) to: Option<SyncSender<Vec<VaultItem>>>,
    pub(super) from: Receiver<(Result<(), BoxError>, Vec<VaultItem>)>,
    pub(super) busy: bool,
    /// The last committed batch, its originals wiped, for
    /// [`Worker::recycle_vault_items`](crate::pipeline::Worker::recycle_vault_items).
    pub(super) returned: Vec<VaultItem>,
}

impl Committer {
    /// Hands over a batch's items; the previous batch must have been
    /// waited for.
    pub(super) fn send(&mut self, items: Vec<VaultItem>) -> Result<(), RunError> {
        debug_assert!(!self.busy);
        let to = self.to.as_ref().ok_or(RunError::Worker)?;
        to.send(items).map_err(|_| RunError::Worker)?;
        self.busy = true;
        Ok(())
    }

    /// Waits until the batch in flight, if any, is committed.
    pub(super) fn wait(&mut self) -> Result<(), RunError> {
        if !self.busy {
            return Ok(());
        }
        self.busy = false;
        match self.from.recv() {
            Ok((result, batch)) => {
                self.returned = batch;
                result.map_err(RunError::Vault)
            }
            Err(_) => {
                // A dead committer ends the run.
                self.to = None;
                Err(RunError::Worker)
            }
        }
    }
}
