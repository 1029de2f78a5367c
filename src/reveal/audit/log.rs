//! The open log: appending entries and batches under the lock, and
//! replacing the head file after them.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use hmac::Hmac;
use sha2::{Digest, Sha256};

use super::entry::{Entry, GENESIS, NewEntry, check_new, hex, keyed_hmac, seal};
use super::follow::Stamp;
use super::head::{Head, write_head};
use super::lock::LockFile;
use super::time::{format_rfc3339, unix_secs};
use super::{AuditError, io_at, sync_parent};
use crate::keys::SecretKey;

/// Most entries [`AuditLog::append_batch`] writes at once, and so the
/// longest head lag a crash can leave.
pub const MAX_BATCH: usize = 256;

/// An open audit log that entries can be appended to.
pub struct AuditLog {
    pub(super) path: PathBuf,
    pub(super) key: SecretKey,
    pub(super) keyed: Hmac<Sha256>,
    /// The last entry this process wrote or saw.
    pub(super) head: Head,
    /// What the head file names, as far as this process knows; behind
    /// `head` only after [`AuditLog::append_batch_deferring_head`].
    pub(super) durable: Head,
    /// The time stamp of every entry after `durable` (one, by the rule
    /// [`AuditLog::open`] repairs).
    pub(super) lag_time: Option<String>,
    /// The log's length in bytes as of this process's last write or read.
    pub(super) len: u64,
    /// Entries other processes appended since then, for
    /// [`AuditLog::take_foreign`].
    pub(super) foreign: Vec<Entry>,
    /// The log file as this handle last verified or wrote it: while it is
    /// unchanged, nobody else touched it.
    pub(super) seen: Option<Stamp>,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog")
            .field("path", &self.path)
            .field("key", &"[redacted]")
            .field("head", &self.head)
            .finish()
    }
}

impl AuditLog {
    /// Opens the log at `path`, creating it (mode 0600) if missing. Refuses
    /// a log any line of which does not verify, or that does not match its
    /// head, and a log file that is not private (see [`crate::private_file`]:
    /// group or others have access, another user owns it, or it is no
    /// regular file). `key` is the audit key
    /// (`keyring.derive(&keys::label::audit())`).
    pub fn open(path: &Path, key: SecretKey) -> Result<AuditLog, AuditError> {
        let (file, created) = crate::private_file::open_append(path).map_err(|e| match e {
            crate::private_file::PrivateFileError::Io { path, source } => {
                AuditError::Io { path, source }
            }
            crate::private_file::PrivateFileError::Permissions { path, mode } => {
                AuditError::Permissions { path, mode }
            }
            other => AuditError::File(other),
        })?;
        if created {
            sync_parent(path)?;
        }
        drop(file);
        let keyed = keyed_hmac(&key);
        let genesis = Head {
            seq: 0,
            hash: GENESIS.to_owned(),
        };
        let mut log = AuditLog {
            path: path.to_path_buf(),
            key,
            keyed,
            head: genesis.clone(),
            durable: genesis,
            lag_time: None,
            len: 0,
            foreign: Vec::new(),
            seen: None,
        };
        let lock = LockFile::acquire(&log.path)?;
        log.head = log.tail()?;
        log.durable = log.head.clone();
        log.verify_all()?;
        drop(lock);
        Ok(log)
    }

    /// The log's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The last entry this process knows of: after an append, the one it
    /// wrote. Ship it to an external store to anchor the log.
    pub fn head(&self) -> &Head {
        &self.head
    }

    /// Whether the head file names an earlier entry than [`AuditLog::head`]:
    /// only after [`AuditLog::append_batch_deferring_head`], until
    /// [`AuditLog::sync_head`] or the next append that writes the head.
    pub fn head_behind(&self) -> bool {
        self.durable != self.head
    }

    /// Replaces the head file if it names an earlier entry than the last one
    /// this process wrote. Call it when appends pause.
    pub fn sync_head(&mut self) -> Result<(), AuditError> {
        if !self.head_behind() {
            return Ok(());
        }
        let lock = LockFile::acquire(&self.path)?;
        self.refresh()?;
        if self.head_behind() {
            self.store_head()?;
        }
        drop(lock);
        Ok(())
    }

    /// Appends `entry` stamped with the current time. Returns after the line
    /// is durable on disk; if it returns an error, show nothing.
    pub fn append(&mut self, entry: NewEntry) -> Result<Entry, AuditError> {
        self.append_at(entry, SystemTime::now())
    }

    /// Appends `entry` stamped with `at`.
    pub fn append_at(&mut self, entry: NewEntry, at: SystemTime) -> Result<Entry, AuditError> {
        self.append_guarded(entry, at, |_, _| Ok::<(), AuditError>(()))
    }

    /// Appends `entry` stamped with `at` if `guard` allows it. `guard` runs
    /// while this process holds the append lock, so a decision it bases on
    /// the log (such as a rate limit) cannot race another process's append.
    /// It receives the log path and the audit key.
    pub fn append_guarded<E, G>(
        &mut self,
        entry: NewEntry,
        at: SystemTime,
        guard: G,
    ) -> Result<Entry, E>
    where
        E: From<AuditError>,
        G: FnOnce(&Path, &SecretKey) -> Result<(), E>,
    {
        check_new(&entry)?;
        let time = format_rfc3339(unix_secs(at)?).ok_or(AuditError::Clock)?;
        let lock = LockFile::acquire(&self.path)?;
        // Another process may have appended since open, so chain to what is
        // on disk now, not to what this process last wrote.
        self.refresh()?;
        guard(&self.path, &self.key)?;
        self.make_room(&time, 1)?;
        let mut sealed = Entry {
            seq: self.head.seq + 1,
            time,
            actor: entry.actor,
            action: entry.action,
            case: entry.case,
            reason: entry.reason,
            tokens: entry.tokens,
            count: entry.count,
            prev: self.head.hash.clone(),
            mac: String::new(),
        };
        let mut line = seal(&self.keyed, &mut sealed)?;
        let hash = hex(&Sha256::digest(&line));
        line.push(b'\n');
        self.write_line(&line)?;
        self.len += line.len() as u64;
        self.head = Head {
            seq: sealed.seq,
            hash,
        };
        self.store_head()?;
        drop(lock);
        Ok(sealed)
    }

    /// Appends `entries` stamped with `at`, in order, as one batch: one
    /// lock, one write and fsync, one head replacement. Returns after every
    /// line is durable; on an error none of them is in the log (the write is
    /// cut back), so show nothing for any of them. Refuses the whole batch
    /// if one entry is invalid: check each with [`NewEntry::check`] first
    /// when the entries come from different requests.
    pub fn append_batch(
        &mut self,
        entries: Vec<NewEntry>,
        at: SystemTime,
    ) -> Result<Vec<Entry>, AuditError> {
        self.batch(entries, at, true)
    }

    /// [`AuditLog::append_batch`] without replacing the head afterwards:
    /// one lock, one write and fsync. Returns after every line is durable,
    /// which is all a reveal needs before it is shown: the lines are what
    /// the audit records, and the head only guards against entries removed
    /// from the end.
    ///
    /// The head file is left naming an earlier entry only within the rule
    /// [`AuditLog::open`] repairs after a crash: at most [`MAX_BATCH`]
    /// entries after it, all with one time stamp. Before a batch that would
    /// break that rule (a later second, or too many entries), the head is
    /// replaced first. So under load the head is replaced about once a
    /// second instead of once a batch, and a crash at any moment leaves a
    /// log that opens and verifies. Call [`AuditLog::sync_head`] when the
    /// appends pause, so that the head does not stay behind.
    pub fn append_batch_deferring_head(
        &mut self,
        entries: Vec<NewEntry>,
        at: SystemTime,
    ) -> Result<Vec<Entry>, AuditError> {
        self.batch(entries, at, false)
    }

    pub(super) fn batch(
        &mut self,
        entries: Vec<NewEntry>,
        at: SystemTime,
        write_head_now: bool,
    ) -> Result<Vec<Entry>, AuditError> {
        if entries.is_empty() {
            return Ok(Vec::new());
        }
        if entries.len() > MAX_BATCH {
            return Err(AuditError::BatchTooLarge { len: entries.len() });
        }
        for entry in &entries {
            check_new(entry)?;
        }
        let time = format_rfc3339(unix_secs(at)?).ok_or(AuditError::Clock)?;
        let lock = LockFile::acquire(&self.path)?;
        self.refresh()?;
        self.make_room(&time, entries.len())?;
        let mut head = self.head.clone();
        let mut bytes = Vec::with_capacity(entries.len() * 512);
        let mut sealed_all = Vec::with_capacity(entries.len());
        for entry in entries {
            let mut sealed = Entry {
                seq: head.seq + 1,
                time: time.clone(),
                actor: entry.actor,
                action: entry.action,
                case: entry.case,
                reason: entry.reason,
                tokens: entry.tokens,
                count: entry.count,
                prev: head.hash,
                mac: String::new(),
            };
            let line = seal(&self.keyed, &mut sealed)?;
            head = Head {
                seq: sealed.seq,
                hash: hex(&Sha256::digest(&line)),
            };
            bytes.extend_from_slice(&line);
            bytes.push(b'\n');
            sealed_all.push(sealed);
        }
        self.write_line(&bytes)?;
        self.len += bytes.len() as u64;
        self.head = head;
        // A log without a head file gets one at once, so that `verify` never
        // meets a headless log with entries outside a crash.
        if write_head_now || self.durable.seq == 0 {
            self.store_head()?;
        } else {
            self.lag_time = Some(time);
        }
        drop(lock);
        Ok(sealed_all)
    }

    /// Replaces the head file first if appending `n` entries stamped `time`
    /// would leave more after it than a crash may (see
    /// [`AuditLog::append_batch_deferring_head`]). Caller holds the lock.
    pub(super) fn make_room(&mut self, time: &str, n: usize) -> Result<(), AuditError> {
        if !self.head_behind() {
            return Ok(());
        }
        let lag = usize::try_from(self.head.seq - self.durable.seq).unwrap_or(usize::MAX);
        if self.lag_time.as_deref() != Some(time) || lag.saturating_add(n) > MAX_BATCH {
            self.store_head()?;
        }
        Ok(())
    }

    /// Replaces the head file with `head`. Caller holds the lock.
    pub(super) fn store_head(&mut self) -> Result<(), AuditError> {
        write_head(&self.path, &self.keyed, &self.head)?;
        self.durable = self.head.clone();
        self.lag_time = None;
        Ok(())
    }

    /// Writes and fsyncs one line, or cuts the file back to where it was.
    /// Afterwards the file is as this handle left it (see [`Stamp`]).
    pub(super) fn write_line(&mut self, line: &[u8]) -> Result<(), AuditError> {
        let mut file = OpenOptions::new()
            .append(true)
            .open(&self.path)
            .map_err(io_at(&self.path))?;
        let meta = file.metadata().map_err(io_at(&self.path))?;
        let before = meta.len();
        if self.seen.is_some_and(|s| s != Stamp::of(&meta)) {
            self.seen = None;
        }
        let written = file.write_all(line).and_then(|()| file.sync_data());
        if let Err(source) = written {
            // Best effort: a half line would make every later open refuse.
            let _ = file.set_len(before).and_then(|()| file.sync_data());
            self.seen = None;
            return Err(AuditError::Io {
                path: self.path.clone(),
                source,
            });
        }
        if self.seen.is_some() {
            self.seen = file.metadata().ok().map(|m| Stamp::of(&m));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    use super::*;
    use crate::reveal::audit::testing::*;
    use crate::reveal::audit::*;

    #[test]
    fn appends_chain_and_verify() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let report = verify(&path, &key()).unwrap();
        assert_eq!(report.entries, 5);
        assert_eq!(report.head.seq, 5);
        let all = lines(&path);
        assert_eq!(
            report.head.hash,
            hex(&Sha256::digest(all[4].strip_suffix(b"\n").unwrap()))
        );
        let first: Entry = serde_json::from_slice(&all[0]).unwrap();
        assert_eq!(first.seq, 1);
        assert_eq!(first.prev, GENESIS);
        assert_eq!(first.time, "2026-01-01T00:00:00Z");
        let second: Entry = serde_json::from_slice(&all[1]).unwrap();
        assert_eq!(
            second.prev,
            hex(&Sha256::digest(all[0].strip_suffix(b"\n").unwrap()))
        );
        // The stored line is exactly serde_json's form of the entry.
        assert_eq!(
            serde_json::to_vec(&second).unwrap(),
            all[1].strip_suffix(b"\n").unwrap()
        );
        let text = String::from_utf8(all[1].clone()).unwrap();
        assert!(text.starts_with(r#"{"seq":2,"time":"2026-01-01T00:01:00Z","actor":"bob","action":"reveal","case":"INC-2","#));
        assert!(text.contains(r#""count":2,"prev":""#));
        assert!(text.ends_with("\"}\n"));
    }

    #[test]
    fn reopening_continues_the_chain() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut log = AuditLog::open(&path, key()).unwrap();
        assert_eq!(log.head().seq, 5);
        let e = log.append(reveal("carol", "INC-3", &[TOKEN_A])).unwrap();
        assert_eq!(e.seq, 6);
        assert_eq!(verify(&path, &key()).unwrap().entries, 6);
        // Two handles on one log still chain, because each append reads the
        // tail under the lock.
        let mut other = AuditLog::open(&path, key()).unwrap();
        log.append(reveal("carol", "INC-3", &[TOKEN_B])).unwrap();
        assert_eq!(other.append(reveal("dave", "INC-4", &[])).unwrap().seq, 8);
        assert_eq!(verify(&path, &key()).unwrap().entries, 8);
    }

    #[test]
    fn new_log_is_private_and_empty_log_verifies() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let log = AuditLog::open(&path, key()).unwrap();
        assert_eq!(log.head().seq, 0);
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(verify(&path, &key()).unwrap().entries, 0);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).unwrap();
        assert!(matches!(
            AuditLog::open(&path, key()),
            Err(AuditError::Permissions { .. })
        ));
    }

    #[test]
    fn a_batch_is_one_write_that_chains_and_verifies() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut log = AuditLog::open(&path, key()).unwrap();
        let batch: Vec<NewEntry> = (0..10)
            .map(|i| reveal("alice", &format!("INC-{i}"), &[TOKEN_A]))
            .collect();
        let written = log.append_batch(batch, at(1_767_300_000)).unwrap();
        assert_eq!(
            written.iter().map(|e| e.seq).collect::<Vec<_>>(),
            (6..16).collect::<Vec<_>>()
        );
        assert!(written.iter().all(|e| e.time == "2026-01-01T20:40:00Z"));
        assert_eq!(log.head().seq, 15);
        let report = verify(&path, &key()).unwrap();
        assert_eq!(report.entries, 15);
        assert_eq!(&report.head, log.head());
        // Single appends continue the chain after a batch, and an empty
        // batch writes nothing.
        assert!(log.append_batch(Vec::new(), at(1)).unwrap().is_empty());
        log.append(reveal("bob", "INC-2", &[TOKEN_B])).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 16);
        let cases = entries_for_case(&path, &key(), "INC-3").unwrap();
        assert_eq!(cases.len(), 1);
        assert_eq!(cases[0].seq, 9);
    }

    #[test]
    fn a_batch_with_one_bad_entry_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let before = fs::read(&path).unwrap();
        let mut log = AuditLog::open(&path, key()).unwrap();
        let batch = vec![
            reveal("alice", "INC-1", &[TOKEN_A]),
            reveal("alice", "INC-1", &["+46701740683"]),
        ];
        assert!(matches!(
            log.append_batch(batch, at(1_767_300_000)),
            Err(AuditError::NotAToken { index: 0 })
        ));
        let too_many = vec![reveal("alice", "INC-1", &[TOKEN_A]); MAX_BATCH + 1];
        assert!(matches!(
            log.append_batch(too_many, at(1_767_300_000)),
            Err(AuditError::BatchTooLarge { .. })
        ));
        assert_eq!(fs::read(&path).unwrap(), before);
        assert_eq!(verify(&path, &key()).unwrap().entries, 5);
    }

    #[test]
    fn a_failed_batch_write_is_cut_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let before = fs::read(&path).unwrap();
        let mut log = AuditLog::open(&path, key()).unwrap();
        // A held lock fails the batch before anything is written.
        let held = LockFile::acquire(&path).unwrap();
        let batch = vec![reveal("alice", "INC-1", &[TOKEN_A]); 3];
        assert!(matches!(
            log.append_batch(batch.clone(), at(1_767_300_000)),
            Err(AuditError::Locked { .. })
        ));
        drop(held);
        assert_eq!(fs::read(&path).unwrap(), before);
        // A head that cannot be replaced fails the batch after its lines
        // are durable: the caller shows nothing, and the lag is repaired
        // like a crash's.
        let tmp = with_suffix(&path, ".head.tmp");
        fs::create_dir(&tmp).unwrap();
        assert!(matches!(
            log.append_batch(batch.clone(), at(1_767_300_000)),
            Err(AuditError::Io { .. })
        ));
        fs::remove_dir(&tmp).unwrap();
        assert_eq!(AuditLog::open(&path, key()).unwrap().head().seq, 8);
        log.append_batch(batch, at(1_767_300_000)).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 11);
    }

    /// Issue 15 item 10: opening a log verifies the whole chain, not only
    /// its last line.
    #[test]
    fn audit_fail_closed_open_refuses_a_mid_chain_edit() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut bytes = fs::read(&path).unwrap();
        let pos = memchr::memmem::find(&bytes, b"INC-2").unwrap();
        bytes[pos + 4] = b'3';
        fs::write(&path, &bytes).unwrap();
        let err = AuditLog::open(&path, key()).unwrap_err();
        assert!(matches!(err, AuditError::Broken { line: 2, .. }), "{err}");
    }

    #[test]
    fn guard_runs_under_the_lock_and_can_refuse() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut log = AuditLog::open(&path, key()).unwrap();
        let lock = with_suffix(&path, ".lock");
        let refused = log.append_guarded(
            reveal("alice", "INC-1", &[TOKEN_A]),
            at(1_767_230_000),
            |p, _| {
                assert!(lock.exists());
                assert_eq!(p, path.as_path());
                Err(AuditError::Clock)
            },
        );
        assert!(refused.is_err());
        assert_eq!(verify(&path, &key()).unwrap().entries, 5);
    }
}
