//! Following other writers: noticing that another process appended to (or
//! anyone edited) the log since this handle last saw it, verifying the chain
//! again, and handing the other process's entries over.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom};

use sha2::{Digest, Sha256};

use super::entry::{Entry, hex, open_line};
use super::head::{Head, read_head};
use super::lock::LockFile;
use super::verify::for_each_verified;
use super::{AuditError, AuditLog, Problem, broken, io_at};

/// What changes whenever anyone writes a file: inode, length, modification
/// and change times (the kernel sets the change time; users cannot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    pub(super) fn of(meta: &fs::Metadata) -> Stamp {
        use std::os::unix::fs::MetadataExt;
        Stamp {
            dev: meta.dev(),
            ino: meta.ino(),
            len: meta.len(),
            mtime: (meta.mtime(), meta.mtime_nsec()),
            ctime: (meta.ctime(), meta.ctime_nsec()),
        }
    }
}

impl AuditLog {
    /// Verifies the whole chain and its head, and remembers the file as it
    /// is now. Caller holds the lock.
    pub(super) fn verify_all(&mut self) -> Result<(), AuditError> {
        let before = self.stamp()?;
        let report = for_each_verified(&self.path, &self.key, |_| {})?;
        if report.head != self.head {
            // The chain verified but does not end where the last line said:
            // the file changed under the lock's holder.
            return Err(broken(&self.path, report.entries, Problem::HeadMismatch));
        }
        let after = self.stamp()?;
        if before != after {
            return Err(broken(&self.path, report.entries, Problem::HeadMismatch));
        }
        self.len = after.len;
        self.seen = Some(after);
        Ok(())
    }

    pub(super) fn stamp(&self) -> Result<Stamp, AuditError> {
        fs::metadata(&self.path)
            .map(|m| Stamp::of(&m))
            .map_err(io_at(&self.path))
    }

    /// Reads what other processes appended since this handle last wrote or
    /// read, for [`AuditLog::take_foreign`].
    pub fn follow(&mut self) -> Result<(), AuditError> {
        let lock = LockFile::acquire(&self.path)?;
        self.refresh()?;
        drop(lock);
        Ok(())
    }

    /// The entries other processes (`veil reveal`, another server) appended
    /// since the last call, in log order, each verified and chained to what
    /// this handle knew. They are collected whenever this handle appends or
    /// [`AuditLog::follow`]s, so a caller that mirrors the log's state (the
    /// budgets of `veil serve`'s cases) can apply them.
    pub fn take_foreign(&mut self) -> Vec<Entry> {
        std::mem::take(&mut self.foreign)
    }

    /// The log's length in bytes as of this handle's last write or read: a
    /// longer file holds entries of another process.
    pub fn known_len(&self) -> u64 {
        self.len
    }

    /// Brings `head` and `durable` up to what is on disk. Caller holds the
    /// lock. When the head file and the last line are still the ones this
    /// process left, nobody else appended and the lag this process keeps is
    /// valid by construction; otherwise [`AuditLog::tail`] checks the end of
    /// the log and repairs a crash's lag.
    pub(super) fn refresh(&mut self) -> Result<(), AuditError> {
        let untouched = self.seen.is_some() && self.seen == Some(self.stamp()?);
        if untouched
            && read_head(&self.path, &self.keyed)?.as_ref()
                == (self.durable.seq > 0).then_some(&self.durable)
        {
            return Ok(());
        }
        // Someone else wrote the log (or its head) since this handle last
        // did: the whole chain must still verify before anything is
        // chained to it.
        self.seen = None;
        let foreign = self.read_foreign()?;
        self.head = self.tail()?;
        self.durable = self.head.clone();
        self.lag_time = None;
        self.verify_all()?;
        self.foreign.extend(foreign);
        Ok(())
    }

    /// Collects the complete lines after `len` that verify and chain to
    /// `head`: what another process appended. Stops at the first line that
    /// does not (then [`AuditLog::tail`] judges the end of the log). Caller
    /// holds the lock.
    pub(super) fn read_foreign(&self) -> Result<Vec<Entry>, AuditError> {
        let mut found = Vec::new();
        let mut file = File::open(&self.path).map_err(io_at(&self.path))?;
        let end = file.metadata().map_err(io_at(&self.path))?.len();
        if end <= self.len {
            return Ok(found);
        }
        let mut bytes = Vec::new();
        file.seek(SeekFrom::Start(self.len))
            .and_then(|_| file.take(end - self.len).read_to_end(&mut bytes))
            .map_err(io_at(&self.path))?;
        let mut prev = self.head.clone();
        for line in bytes.split_inclusive(|&b| b == b'\n') {
            let Some(line) = line.strip_suffix(b"\n") else {
                break;
            };
            let Ok(entry) = open_line(&self.keyed, line) else {
                break;
            };
            if entry.seq != prev.seq + 1 || entry.prev != prev.hash {
                break;
            }
            prev = Head {
                seq: entry.seq,
                hash: hex(&Sha256::digest(line)),
            };
            found.push(entry);
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use std::fs::{self, OpenOptions};
    use std::io::Write;

    use crate::reveal::audit::testing::*;
    use crate::reveal::audit::*;

    #[test]
    fn deferred_heads_and_other_processes_chain_in_turn() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut server = AuditLog::open(&path, key()).unwrap();
        let batch = vec![reveal("alice", "INC-1", &[TOKEN_A]); 3];
        // The first batch of a new log writes a head at once: no log with
        // entries is ever without one.
        server
            .append_batch_deferring_head(batch.clone(), at(1_767_300_000))
            .unwrap();
        assert_eq!(head_seq(&path), 3);
        server
            .append_batch_deferring_head(batch.clone(), at(1_767_300_000))
            .unwrap();
        assert_eq!(head_seq(&path), 3);
        // Another process (`veil reveal`) opens and appends: it repairs the
        // lag and writes its own head.
        let mut cli = AuditLog::open(&path, key()).unwrap();
        assert_eq!(cli.head().seq, 6);
        cli.append_at(reveal("bob", "INC-2", &[TOKEN_B]), at(1_767_300_000))
            .unwrap();
        assert_eq!(head_seq(&path), 7);
        // The server chains to what is on disk, not to what it last wrote.
        let written = server
            .append_batch_deferring_head(batch.clone(), at(1_767_300_000))
            .unwrap();
        assert_eq!(written[0].seq, 8);
        assert!(server.head_behind());
        survives_a_crash_now(&path);
        // A single append after deferred batches writes the head.
        server
            .append_at(reveal("alice", "INC-1", &[TOKEN_A]), at(1_767_300_009))
            .unwrap();
        assert!(!server.head_behind());
        assert_eq!(head_seq(&path), 11);
        assert_eq!(verify(&path, &key()).unwrap().entries, 11);
    }

    #[test]
    fn another_process_entries_are_handed_over_once_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut server = AuditLog::open(&path, key()).unwrap();
        let batch = vec![reveal("alice", "INC-1", &[TOKEN_A]); 2];
        server
            .append_batch_deferring_head(batch.clone(), at(1_767_300_000))
            .unwrap();
        assert!(server.take_foreign().is_empty());
        let mut cli = AuditLog::open(&path, key()).unwrap();
        cli.append(reveal("bob", "INC-1", &[TOKEN_B])).unwrap();
        cli.append(reveal("carl", "INC-2", &[TOKEN_A])).unwrap();
        assert!(fs::metadata(&path).unwrap().len() > server.known_len());
        server.follow().unwrap();
        assert_eq!(server.known_len(), fs::metadata(&path).unwrap().len());
        let foreign = server.take_foreign();
        assert_eq!(
            foreign
                .iter()
                .map(|e| (e.seq, e.actor.as_str()))
                .collect::<Vec<_>>(),
            [(8, "bob"), (9, "carl")]
        );
        assert!(server.take_foreign().is_empty());
        // An append finds them too, and chains after them.
        cli.append(reveal("dora", "INC-1", &[TOKEN_B])).unwrap();
        let written = server
            .append_batch_deferring_head(batch, at(1_767_300_000))
            .unwrap();
        assert_eq!(written[0].seq, 11);
        assert_eq!(server.take_foreign()[0].actor, "dora");
        assert_eq!(verify(&path, &key()).unwrap().entries, 12);
    }

    /// Issue 15 item 10: a line edited while a handle stays open (as
    /// `veil serve` keeps one) is found before the next append, which
    /// then refuses; an untouched log costs no re-verification.
    #[test]
    fn audit_fail_closed_an_edit_after_open_refuses_the_next_append() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        let mut bytes = fs::read(&path).unwrap();
        let pos = memchr::memmem::find(&bytes, b"INC-2").unwrap();
        bytes[pos + 4] = b'3';
        // Same length, written in place, modification time put back.
        let mtime = fs::metadata(&path).unwrap().modified().unwrap();
        OpenOptions::new()
            .write(true)
            .open(&path)
            .and_then(|mut f| {
                f.write_all(&bytes)?;
                f.set_modified(mtime)
            })
            .unwrap();
        let err = log
            .append(reveal("alice", "INC-1", &[TOKEN_A]))
            .unwrap_err();
        assert!(matches!(err, AuditError::Broken { line: 2, .. }), "{err}");
        let err = log
            .append_batch_deferring_head(vec![reveal("alice", "INC-1", &[TOKEN_A])], at(1))
            .unwrap_err();
        assert!(matches!(err, AuditError::Broken { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "nothing was appended");
    }
}
