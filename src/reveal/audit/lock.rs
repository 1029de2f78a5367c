//! The append lock: an exclusive `flock` on `<log>.lock`.

use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::Duration;

use super::{AuditError, io_at, with_suffix};

/// How long an append waits for another process's lock before failing.
/// A holder verifies the whole log under it when another process appended
/// in between (a second or so for 300k entries).
#[cfg(not(test))]
pub(super) const LOCK_WAIT: Duration = Duration::from_secs(10);
#[cfg(test)]
pub(super) const LOCK_WAIT: Duration = Duration::from_millis(300);
pub(super) const LOCK_POLL: Duration = Duration::from_millis(10);

/// The append lock: an exclusive `flock` on `<log>.lock`, held while this
/// value lives. The kernel drops it when the process exits or dies, so a
/// crash never leaves a lock behind. The file is never removed: removing it
/// would let two processes lock two different files of that name.
pub(super) struct LockFile {
    _file: File,
}

impl LockFile {
    pub(super) fn acquire(log: &Path) -> Result<LockFile, AuditError> {
        use rustix::fs::{FlockOperation, flock};
        use rustix::io::Errno;
        let path = with_suffix(log, ".lock");
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(&path)
            .or_else(|e| match e.kind() {
                // A lock file another user made: locking needs no write access.
                io::ErrorKind::PermissionDenied => File::open(&path),
                _ => Err(e),
            })
            .map_err(io_at(&path))?;
        let started = std::time::Instant::now();
        loop {
            match flock(&file, FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => return Ok(LockFile { _file: file }),
                Err(Errno::WOULDBLOCK | Errno::INTR) => {
                    if started.elapsed() >= LOCK_WAIT {
                        return Err(AuditError::Locked {
                            path: log.to_path_buf(),
                            lock: path,
                        });
                    }
                    std::thread::sleep(LOCK_POLL);
                }
                Err(e) => {
                    return Err(AuditError::Io {
                        path,
                        source: e.into(),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::reveal::audit::testing::*;
    use crate::reveal::audit::*;

    #[test]
    fn a_held_lock_fails_closed_and_is_released_after_append() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut log = AuditLog::open(&path, key()).unwrap();
        // Another holder (a separate open file description, as another
        // process would have).
        let held = LockFile::acquire(&path).unwrap();
        let started = std::time::Instant::now();
        let err = log
            .append(reveal("alice", "INC-1", &[TOKEN_A]))
            .unwrap_err();
        assert!(matches!(err, AuditError::Locked { .. }), "{err}");
        assert!(started.elapsed() >= LOCK_WAIT);
        drop(held);
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 6);
    }

    /// Issue 15 item 17: a lock file left by a process that died (here: an
    /// older veil's, holding a pid nobody has) does not block appends.
    #[test]
    fn stale_audit_lock_of_a_dead_process_does_not_block_appends() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let lock = with_suffix(&path, ".lock");
        fs::write(&lock, "4194303\n").unwrap();
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        // A holder that dies: its lock goes with its file description.
        let held = LockFile::acquire(&path).unwrap();
        drop(held);
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 7);
    }
}
