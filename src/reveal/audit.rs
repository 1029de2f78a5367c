//! The audit log: every reveal, refusal, erasure, purge and failed login,
//! append-only, as JSON lines that are hash-chained and keyed.
//!
//! # Format
//!
//! One entry per line, fields always in this order, compact JSON as
//! serde_json writes it:
//!
//! ```text
//! {"seq":1,"time":"2026-01-01T09:30:00Z","actor":"alice","action":"reveal","case":"INC-1",
//!  "reason":"caller asks about a failed login","tokens":["us_…"],"count":1,
//!  "prev":"0000…0000","mac":"5f1c…"}
//! ```
//!
//! - `seq` counts from 1 and equals the line number.
//! - `prev` is the hex SHA-256 of the previous line's bytes (without its
//!   newline); the first entry has 64 zeros ([`GENESIS`]).
//! - `mac` is the hex HMAC-SHA256, under the audit key
//!   (`keyring.derive(&keys::label::audit())`), of the line as it would be
//!   without its `mac` field: the same JSON, ending `"prev":"…"}`.
//! - `tokens` holds pseudonyms only; [`AuditLog::append`] refuses anything
//!   that is not a token, so no original can slip in.
//!
//! A line must be byte-for-byte what serde_json writes for its fields
//! (re-serialising it must give the same bytes), so there is exactly one
//! valid spelling of each entry and no edit can hide in whitespace or
//! escapes.
//!
//! # What verification detects
//!
//! [`verify`] walks the whole log and reports the first bad line: an edited
//! byte (the line is no longer canonical JSON, or its MAC fails, or the next
//! line's `prev` no longer matches), a deleted, inserted or moved line (`seq`
//! or `prev` break), an entry sealed under another key (MAC fails), and a
//! partial last line (no newline).
//!
//! Removing whole entries from the end leaves a valid chain, so the log keeps
//! a head file beside it, `<log>.head`: `{"seq":…,"hash":…,"mac":…}` naming
//! the last entry and its hash, keyed like the entries, replaced atomically
//! (temporary file, fsync, rename, fsync of the directory) after each append.
//! A log that ends before the entry its head names was truncated.
//!
//! Someone who can write the files may still delete or roll back the log and
//! its head together to an earlier, consistent state. Only an anchor outside
//! their reach catches that: ship the head's `seq` and hash
//! ([`AuditLog::head`], or [`VerifyReport`]) to the SIEM after each append or
//! on a schedule, and compare during an audit.
//!
//! # Durability and concurrency
//!
//! [`AuditLog::append`] returns only after the line is written and fsynced:
//! show nothing until it returns `Ok`. A failed write is cut back off the
//! file, so the log never keeps half a line. Appends from several processes
//! are serialised by an exclusive `flock` on `<log>.lock`. The kernel
//! releases it when its holder exits, however it exits, so a process that
//! dies inside an append leaves nothing that blocks the next one (the file
//! itself stays and means nothing; an older veil's lock file holding a pid
//! is ignored). If a process dies after the line is durable but before the
//! head is replaced, the head lags one entry; the next [`AuditLog::open`] or
//! append repairs that, and [`verify`] accepts it, because only the key
//! holder can produce entries with a valid MAC.
//!
//! # Fail closed
//!
//! A log is appended to only while all of it verifies. [`AuditLog::open`]
//! verifies the whole chain, and remembers the log file's inode, length,
//! modification and change times as it left them. Each later append (or
//! [`AuditLog::follow`]) compares them under the lock: while they are
//! unchanged nobody else touched the file, and the verified chain still
//! stands; when another process appended or anyone edited the file, the
//! whole chain is verified again before anything is chained to it. So an
//! edited line stops `veil serve` at its next request, and a long-running
//! server pays one `stat` per batch, not a full read. The change time
//! (`ctime`) is set by the kernel on every write and cannot be set back by a
//! user, so restoring the modification time does not hide an edit.
//!
//! # Cost
//!
//! [`verify`], [`entries_for_case`], [`for_each_verified`] and
//! [`AuditLog::open`] read the whole log, parse, re-serialise and MAC every
//! line, in memory independent of the log's length: 0.3 s for 100k entries
//! (42 MB) in a release build on the development machine
//! (`verify_100k_lines`, an ignored test). An append reads only the last
//! line, unless another process touched the log since (see above).
//!
//! # Batches
//!
//! [`AuditLog::append_batch`] writes up to [`MAX_BATCH`] entries under one
//! lock, with one write and one fsync of the log and one head replacement,
//! all stamped with the same time: `veil serve` group-commits the entries of
//! concurrent requests this way (an append costs about four fsyncs, a batch
//! the same four). A failed write cuts the whole batch back off the file, so
//! either every entry of a batch is durable or none is. A process that dies
//! after the batch is durable but before the head is replaced leaves the
//! head lagging by the batch; [`AuditLog::open`] and the next append accept
//! and repair a lag of at most [`MAX_BATCH`] entries that chain to the head
//! and share one time stamp, and refuse anything else as a rolled-back head.
//!
//! [`AuditLog::append_batch_deferring_head`] uses that rule to replace the
//! head less often: it writes and fsyncs the lines only, and replaces the
//! head first when the entries after it would otherwise break the rule (a
//! batch stamped with a later second, or more than [`MAX_BATCH`] entries).
//! Time stamps have whole seconds, so under load the head is replaced about
//! once a second; [`AuditLog::sync_head`] replaces it when appends pause.
//! A crash at any moment leaves a log that opens and verifies. While the
//! head lags, the entries after it could be cut off without the head
//! showing it, exactly as in the crash window of every append; someone who
//! can write the files can do as much at any time by restoring an older
//! head with the log (see above), so the external anchor stays the defence.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::tokens::is_token;
use crate::keys::SecretKey;

/// The `prev` of the first entry: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Prepended to the head's MAC input, so that a head MAC can never stand in
/// for an entry MAC or the other way round.
const HEAD_CONTEXT: &[u8] = b"veil audit head v1\n";

/// How long an append waits for another process's lock before failing.
/// A holder verifies the whole log under it when another process appended
/// in between (a second or so for 300k entries).
#[cfg(not(test))]
const LOCK_WAIT: Duration = Duration::from_secs(10);
#[cfg(test)]
const LOCK_WAIT: Duration = Duration::from_millis(300);
const LOCK_POLL: Duration = Duration::from_millis(10);

/// Most entries [`AuditLog::append_batch`] writes at once, and so the
/// longest head lag a crash can leave.
pub const MAX_BATCH: usize = 256;

/// What an audit entry records. A log holding actions that this build does
/// not know (written by a newer veil) reports those lines as malformed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Action {
    /// Originals were shown for `tokens`.
    Reveal,
    /// A reveal was refused (no case, no reason, rate limit, role).
    Refuse,
    /// A data subject's vault entries were erased.
    Erase,
    /// Vault entries past retention were purged.
    Purge,
    /// A login to `veil serve` failed.
    LoginFailure,
    /// A support case was opened for reveals.
    CaseOpen,
    /// A support case was closed.
    CaseClose,
    /// A second engineer approved a support case that needs approval.
    CaseApprove,
    /// `veil subject find` looked up a value's pseudonyms.
    SubjectFind,
}

impl Action {
    /// The name written in the log (`reveal`, `login-failure`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Reveal => "reveal",
            Action::Refuse => "refuse",
            Action::Erase => "erase",
            Action::Purge => "purge",
            Action::LoginFailure => "login-failure",
            Action::CaseOpen => "case-open",
            Action::CaseClose => "case-close",
            Action::CaseApprove => "case-approve",
            Action::SubjectFind => "subject-find",
        }
    }
}

/// What the caller supplies for an entry; the log adds `seq`, `time`,
/// `prev` and `mac`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    /// Who acted: the engineer's login, or the service for automatic work.
    pub actor: String,
    /// What happened.
    pub action: Action,
    /// The support case; required for [`Action::Reveal`].
    pub case: Option<String>,
    /// Why, as the actor wrote it; required for [`Action::Reveal`].
    pub reason: String,
    /// Tokens concerned (pseudonyms, never originals).
    pub tokens: Vec<String>,
    /// How many values the action concerned; the rate limit sums this for
    /// reveals.
    pub count: u64,
}

impl NewEntry {
    /// Checks what [`AuditLog::append`] checks before writing: an actor, a
    /// case and reason for reveals, and only tokens in `tokens`.
    pub fn check(&self) -> Result<(), AuditError> {
        check_new(self)
    }
}

/// One entry as stored in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Position in the log, from 1; equals the line number.
    pub seq: u64,
    /// When, as RFC 3339 UTC to the second (`2026-01-01T09:30:00Z`).
    pub time: String,
    /// Who acted.
    pub actor: String,
    /// What happened.
    pub action: Action,
    /// The support case, if any.
    pub case: Option<String>,
    /// Why, as the actor wrote it.
    pub reason: String,
    /// Tokens concerned.
    pub tokens: Vec<String>,
    /// How many values the action concerned.
    pub count: u64,
    /// Hex SHA-256 of the previous line, or [`GENESIS`].
    pub prev: String,
    /// Hex HMAC-SHA256 of the line without this field.
    pub mac: String,
}

impl Entry {
    /// `time` as seconds since the Unix epoch; `None` if it is not the
    /// RFC 3339 form this log writes.
    pub fn unix_time(&self) -> Option<u64> {
        parse_rfc3339(&self.time)
    }

    fn unsealed(&self) -> Unsealed<'_> {
        Unsealed {
            seq: self.seq,
            time: &self.time,
            actor: &self.actor,
            action: self.action,
            case: self.case.as_deref(),
            reason: &self.reason,
            tokens: &self.tokens,
            count: self.count,
            prev: &self.prev,
        }
    }
}

/// The fields the MAC covers, in [`Entry`]'s order.
#[derive(Serialize)]
struct Unsealed<'a> {
    seq: u64,
    time: &'a str,
    actor: &'a str,
    action: Action,
    case: Option<&'a str>,
    reason: &'a str,
    tokens: &'a [String],
    count: u64,
    prev: &'a str,
}

/// The head file's content.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadFile {
    seq: u64,
    hash: String,
    mac: String,
}

#[derive(Serialize)]
struct HeadUnsealed<'a> {
    seq: u64,
    hash: &'a str,
}

/// The last entry of a log: what the next entry chains to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// Its `seq`; 0 for an empty log.
    pub seq: u64,
    /// Hex SHA-256 of its line; [`GENESIS`] for an empty log.
    pub hash: String,
}

/// What [`verify`] found in a log that verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyReport {
    /// Entries in the log.
    pub entries: u64,
    /// The last entry: ship this to an external store to catch a rollback
    /// of the log and its head together.
    pub head: Head,
}

/// What is wrong with a line (or with the head file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// The log does not end with a newline.
    #[error("last line is incomplete (truncated, or a write was cut off)")]
    Unterminated,
    /// Not an audit entry in canonical form.
    #[error("not a canonical audit entry (edited)")]
    Malformed,
    /// `seq` is not the line number.
    #[error(
        "sequence number {found}, expected {expected} (a line was deleted, inserted, moved or edited)"
    )]
    Sequence {
        /// The line number.
        expected: u64,
        /// The entry's `seq`.
        found: u64,
    },
    /// `prev` is not the hash of the line before.
    #[error("does not chain to the line before (a line was deleted, inserted, moved or edited)")]
    Chain,
    /// The MAC does not match.
    #[error("authentication failed (edited, or sealed under another key)")]
    Mac,
    /// The log has entries but no head file.
    #[error("head file is missing (the log may have been truncated)")]
    HeadMissing,
    /// The head file is not a canonical head.
    #[error("head file is not a valid audit head (edited)")]
    HeadMalformed,
    /// The head file's MAC does not match.
    #[error("head file authentication failed (edited, or sealed under another key)")]
    HeadMac,
    /// The log ends before the entry its head names.
    #[error(
        "log ends after {entries} entries but its head names entry {head_seq} (entries were removed from the end)"
    )]
    Truncated {
        /// Entries in the log.
        entries: u64,
        /// The `seq` the head names.
        head_seq: u64,
    },
    /// The entry the head names has a different hash.
    #[error("entry differs from the one its head names (replaced)")]
    HeadMismatch,
    /// More than one entry follows the one the head names, which no crash
    /// can cause.
    #[error("{extra} entries follow the one the head names (head rolled back)")]
    HeadBehind {
        /// Entries after the head's.
        extra: u64,
    },
}

/// Why the audit log could not be written or did not verify. Never carries
/// an entry's content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The log did not verify; `line` is the first bad line (1-based).
    #[error("{path}:{line}: {problem}")]
    Broken {
        /// The log.
        path: PathBuf,
        /// First bad line; for head problems, the line where log and head
        /// part ways (0 if the head file itself is malformed).
        line: u64,
        /// What is wrong.
        problem: Problem,
    },
    /// Another process held the append lock for longer than an append
    /// waits.
    #[error("{path}: another process is appending and held the lock on {lock} too long; try again")]
    Locked {
        /// The log.
        path: PathBuf,
        /// The lock file.
        lock: PathBuf,
    },
    /// The log file is accessible by group or others.
    #[error(
        "{path}: audit log is accessible by group or others (mode {mode:04o}); run `chmod 600 {path}`"
    )]
    Permissions {
        /// The log.
        path: PathBuf,
        /// The file's permission bits.
        mode: u32,
    },
    /// The log is not a regular file, or belongs to another user.
    #[error(transparent)]
    File(crate::private_file::PrivateFileError),
    /// A string in `tokens` is not a veil token.
    #[error("tokens[{index}] is not a veil token; the audit log records tokens, never values")]
    NotAToken {
        /// Its index in `tokens`.
        index: usize,
    },
    /// A required field is empty.
    #[error("{action} entry needs a non-empty {field}")]
    Missing {
        /// The entry's action.
        action: &'static str,
        /// The empty field.
        field: &'static str,
    },
    /// An entry could not be encoded as JSON.
    #[error("could not encode an audit entry")]
    Encode,
    /// The system clock reads before 1970 or past year 9999.
    #[error("system clock is out of range")]
    Clock,
    /// A batch holds more than [`MAX_BATCH`] entries.
    #[error("a batch of {len} audit entries is more than {MAX_BATCH}")]
    BatchTooLarge {
        /// Entries in the batch.
        len: usize,
    },
}

/// An open audit log that entries can be appended to.
pub struct AuditLog {
    path: PathBuf,
    key: SecretKey,
    keyed: Hmac<Sha256>,
    /// The last entry this process wrote or saw.
    head: Head,
    /// What the head file names, as far as this process knows; behind
    /// `head` only after [`AuditLog::append_batch_deferring_head`].
    durable: Head,
    /// The time stamp of every entry after `durable` (one, by the rule
    /// [`AuditLog::open`] repairs).
    lag_time: Option<String>,
    /// The log's length in bytes as of this process's last write or read.
    len: u64,
    /// Entries other processes appended since then, for
    /// [`AuditLog::take_foreign`].
    foreign: Vec<Entry>,
    /// The log file as this handle last verified or wrote it: while it is
    /// unchanged, nobody else touched it.
    seen: Option<Stamp>,
}

/// What changes whenever anyone writes a file: inode, length, modification
/// and change times (the kernel sets the change time; users cannot).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    fn of(meta: &fs::Metadata) -> Stamp {
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

    /// Verifies the whole chain and its head, and remembers the file as it
    /// is now. Caller holds the lock.
    fn verify_all(&mut self) -> Result<(), AuditError> {
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

    fn stamp(&self) -> Result<Stamp, AuditError> {
        fs::metadata(&self.path)
            .map(|m| Stamp::of(&m))
            .map_err(io_at(&self.path))
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

    fn batch(
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

    /// Brings `head` and `durable` up to what is on disk. Caller holds the
    /// lock. When the head file and the last line are still the ones this
    /// process left, nobody else appended and the lag this process keeps is
    /// valid by construction; otherwise [`AuditLog::tail`] checks the end of
    /// the log and repairs a crash's lag.
    fn refresh(&mut self) -> Result<(), AuditError> {
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
    fn read_foreign(&self) -> Result<Vec<Entry>, AuditError> {
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

    /// Replaces the head file first if appending `n` entries stamped `time`
    /// would leave more after it than a crash may (see
    /// [`AuditLog::append_batch_deferring_head`]). Caller holds the lock.
    fn make_room(&mut self, time: &str, n: usize) -> Result<(), AuditError> {
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
    fn store_head(&mut self) -> Result<(), AuditError> {
        write_head(&self.path, &self.keyed, &self.head)?;
        self.durable = self.head.clone();
        self.lag_time = None;
        Ok(())
    }

    /// Writes and fsyncs one line, or cuts the file back to where it was.
    /// Afterwards the file is as this handle left it (see [`Stamp`]).
    fn write_line(&mut self, line: &[u8]) -> Result<(), AuditError> {
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

    /// Verifies the last line against its MAC and the head file, repairing a
    /// head that lags by exactly the last entry. Caller holds the lock.
    fn tail(&self) -> Result<Head, AuditError> {
        let on_disk = read_head(&self.path, &self.keyed)?;
        let Some((last_line, terminated)) = read_last_line(&self.path)? else {
            return match on_disk {
                None => Ok(Head {
                    seq: 0,
                    hash: GENESIS.to_owned(),
                }),
                Some(head) => Err(broken(
                    &self.path,
                    1,
                    Problem::Truncated {
                        entries: 0,
                        head_seq: head.seq,
                    },
                )),
            };
        };
        let last = terminated.and_then(|()| open_line(&self.keyed, &last_line));
        let last = match last {
            Ok(entry) => entry,
            Err(problem) => {
                let line = count_lines(&self.path)?;
                return Err(broken(&self.path, line, problem));
            }
        };
        let current = Head {
            seq: last.seq,
            hash: hex(&Sha256::digest(&last_line)),
        };
        // A crash right after the first line leaves no head at all: the
        // same one-entry lag as below, from the empty log.
        let head = match on_disk {
            Some(head) => head,
            None if last.seq == 1 && last.prev == GENESIS => Head {
                seq: 0,
                hash: GENESIS.to_owned(),
            },
            None => return Err(broken(&self.path, last.seq, Problem::HeadMissing)),
        };
        if head == current {
            return Ok(current);
        }
        if head.seq < last.seq && self.lag_is_one_batch(&head, &last)? {
            write_head(&self.path, &self.keyed, &current)?;
            tracing::warn!(
                seq = last.seq,
                lag = last.seq - head.seq,
                "audit head lagged one batch; repaired"
            );
            return Ok(current);
        }
        let (line, problem) = if head.seq > last.seq {
            (
                last.seq + 1,
                Problem::Truncated {
                    entries: last.seq,
                    head_seq: head.seq,
                },
            )
        } else if head.seq == last.seq {
            (last.seq, Problem::HeadMismatch)
        } else {
            (
                head.seq + 1,
                Problem::HeadBehind {
                    extra: last.seq - head.seq,
                },
            )
        };
        Err(broken(&self.path, line, problem))
    }
}

impl AuditLog {
    /// Whether the entries after `head`, ending with `last`, are what a
    /// crash inside one batched append leaves: at most [`MAX_BATCH`] valid
    /// entries, chained to the head, all stamped with one time.
    fn lag_is_one_batch(&self, head: &Head, last: &Entry) -> Result<bool, AuditError> {
        let lag = last.seq - head.seq;
        if lag == 1 {
            return Ok(head.hash == last.prev);
        }
        let Ok(lag) = usize::try_from(lag) else {
            return Ok(false);
        };
        if lag > MAX_BATCH {
            return Ok(false);
        }
        let Some(lines) = read_last_lines(&self.path, lag)? else {
            return Ok(false);
        };
        if lines.len() != lag {
            return Ok(false);
        }
        let mut prev = head.clone();
        for line in &lines {
            let Ok(entry) = open_line(&self.keyed, line) else {
                return Ok(false);
            };
            if entry.seq != prev.seq + 1 || entry.prev != prev.hash || entry.time != last.time {
                return Ok(false);
            }
            prev = Head {
                seq: entry.seq,
                hash: hex(&Sha256::digest(line)),
            };
        }
        Ok(true)
    }
}

/// Verifies the whole log at `path` and its head file.
pub fn verify(path: &Path, key: &SecretKey) -> Result<VerifyReport, AuditError> {
    for_each_verified(path, key, |_| {})
}

/// The entries of `case` (a case id in its one spelling, see
/// [`super::case`]), in log order, from a log that verifies in full. For
/// `veil audit show --case ID`.
pub fn entries_for_case(
    path: &Path,
    key: &SecretKey,
    case: &str,
) -> Result<Vec<Entry>, AuditError> {
    let mut found = Vec::new();
    for_each_verified(path, key, |entry| {
        if entry
            .case
            .as_deref()
            .is_some_and(|c| super::case::of_entry(c) == case)
        {
            found.push(entry.clone());
        }
    })?;
    Ok(found)
}

/// Verifies the whole log as [`verify`] does, handing each entry to `visit`
/// as it goes. `visit` may see entries before a later line fails, so act on
/// what it collected only when this returns `Ok`.
pub fn for_each_verified<F>(
    path: &Path,
    key: &SecretKey,
    visit: F,
) -> Result<VerifyReport, AuditError>
where
    F: FnMut(&Entry),
{
    let keyed = keyed_hmac(key);
    // Read the head first: an append racing with this scan then only makes
    // the log longer than the head, never shorter. Authenticate it after the
    // scan, so that a wrong key is reported at line 1.
    let head_bytes = read_head_bytes(path)?;
    let file = match File::open(path) {
        Ok(file) => file,
        // A deleted log whose head remains is a log truncated to nothing.
        Err(e) if e.kind() == io::ErrorKind::NotFound && head_bytes.is_some() => {
            return scan(path, io::empty(), head_bytes.as_deref(), &keyed, visit);
        }
        Err(source) => {
            return Err(AuditError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let reader = BufReader::with_capacity(1 << 16, file);
    scan(path, reader, head_bytes.as_deref(), &keyed, visit)
}

/// Verifies a log read from `reader` against the head file's bytes; `path`
/// only names the log in errors.
fn scan<R, F>(
    path: &Path,
    mut reader: R,
    head_bytes: Option<&[u8]>,
    keyed: &Hmac<Sha256>,
    mut visit: F,
) -> Result<VerifyReport, AuditError>
where
    R: BufRead,
    F: FnMut(&Entry),
{
    let mut line = Vec::with_capacity(1024);
    let mut prev = Head {
        seq: 0,
        hash: GENESIS.to_owned(),
    };
    // The hash of the line the head names, noted in passing; the head's
    // claim is authenticated only after the scan.
    let head_seq = head_bytes
        .and_then(|b| serde_json::from_slice::<HeadFile>(b).ok())
        .map(|h| h.seq);
    let mut at_head: Option<String> = None;
    loop {
        line.clear();
        let n = reader.read_until(b'\n', &mut line).map_err(io_at(path))?;
        if n == 0 {
            break;
        }
        let number = prev.seq + 1;
        if line.pop() != Some(b'\n') {
            return Err(broken(path, number, Problem::Unterminated));
        }
        let entry = open_line(keyed, &line).map_err(|p| broken(path, number, p))?;
        if entry.seq != number {
            return Err(broken(
                path,
                number,
                Problem::Sequence {
                    expected: number,
                    found: entry.seq,
                },
            ));
        }
        if entry.prev != prev.hash {
            return Err(broken(path, number, Problem::Chain));
        }
        visit(&entry);
        prev = Head {
            seq: number,
            hash: hex(&Sha256::digest(&line)),
        };
        if head_seq == Some(number) {
            at_head = Some(prev.hash.clone());
        }
    }
    let head = head_bytes.map(|b| parse_head(path, keyed, b)).transpose()?;
    match head {
        None if prev.seq == 0 => {}
        None => return Err(broken(path, prev.seq, Problem::HeadMissing)),
        Some(head) if head.seq > prev.seq => {
            return Err(broken(
                path,
                prev.seq + 1,
                Problem::Truncated {
                    entries: prev.seq,
                    head_seq: head.seq,
                },
            ));
        }
        Some(head) => {
            if at_head.as_deref() != Some(head.hash.as_str()) {
                return Err(broken(path, head.seq.max(1), Problem::HeadMismatch));
            }
        }
    }
    Ok(VerifyReport {
        entries: prev.seq,
        head: prev,
    })
}

fn check_new(entry: &NewEntry) -> Result<(), AuditError> {
    let action = entry.action.as_str();
    if entry.actor.is_empty() {
        return Err(AuditError::Missing {
            action,
            field: "actor",
        });
    }
    if entry.action == Action::Reveal {
        if entry.case.as_deref().is_none_or(str::is_empty) {
            return Err(AuditError::Missing {
                action,
                field: "case",
            });
        }
        if entry.reason.trim().is_empty() {
            return Err(AuditError::Missing {
                action,
                field: "reason",
            });
        }
    }
    if let Some(index) = entry.tokens.iter().position(|t| !is_token(t)) {
        return Err(AuditError::NotAToken { index });
    }
    Ok(())
}

/// Fills in `entry.mac` and returns its line (without newline).
fn seal(keyed: &Hmac<Sha256>, entry: &mut Entry) -> Result<Vec<u8>, AuditError> {
    let unsealed = serde_json::to_vec(&entry.unsealed()).map_err(encode_error)?;
    let mut mac = keyed.clone();
    mac.update(&unsealed);
    entry.mac = hex(&mac.finalize().into_bytes());
    Ok(join_mac(unsealed, &entry.mac))
}

/// `{…"prev":"…"}` and a MAC to `{…"prev":"…","mac":"…"}`.
fn join_mac(mut unsealed: Vec<u8>, mac: &str) -> Vec<u8> {
    unsealed.pop();
    unsealed.extend_from_slice(b",\"mac\":\"");
    unsealed.extend_from_slice(mac.as_bytes());
    unsealed.extend_from_slice(b"\"}");
    unsealed
}

/// Parses one line (without newline) and checks its form and MAC; the
/// chain is the caller's business.
fn open_line(keyed: &Hmac<Sha256>, line: &[u8]) -> Result<Entry, Problem> {
    let entry: Entry = serde_json::from_slice(line).map_err(|_| Problem::Malformed)?;
    let unsealed = serde_json::to_vec(&entry.unsealed()).map_err(|_| Problem::Malformed)?;
    let tag = unhex32(&entry.mac).ok_or(Problem::Malformed)?;
    if !is_hex64(&entry.prev) {
        return Err(Problem::Malformed);
    }
    let mut mac = keyed.clone();
    mac.update(&unsealed);
    if join_mac(unsealed, &entry.mac) != line {
        return Err(Problem::Malformed);
    }
    mac.verify_slice(&tag).map_err(|_| Problem::Mac)?;
    Ok(entry)
}

fn head_path(path: &Path) -> PathBuf {
    with_suffix(path, ".head")
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

fn head_mac(keyed: &Hmac<Sha256>, unsealed: &[u8]) -> Hmac<Sha256> {
    let mut mac = keyed.clone();
    mac.update(HEAD_CONTEXT);
    mac.update(unsealed);
    mac
}

/// Reads and authenticates the head file; `None` if there is none.
fn read_head(path: &Path, keyed: &Hmac<Sha256>) -> Result<Option<Head>, AuditError> {
    let bytes = read_head_bytes(path)?;
    bytes.map(|b| parse_head(path, keyed, &b)).transpose()
}

/// The head file's bytes; `None` if there is none.
fn read_head_bytes(path: &Path) -> Result<Option<Vec<u8>>, AuditError> {
    let hpath = head_path(path);
    match fs::read(&hpath) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(AuditError::Io {
            path: hpath,
            source,
        }),
    }
}

/// Checks a head file's form and MAC. A malformed head is reported at line
/// 0 (its `seq` cannot be trusted), a bad MAC at the `seq` it claims.
fn parse_head(path: &Path, keyed: &Hmac<Sha256>, bytes: &[u8]) -> Result<Head, AuditError> {
    let malformed = || broken(path, 0, Problem::HeadMalformed);
    let text = bytes.strip_suffix(b"\n").ok_or_else(malformed)?;
    let file: HeadFile = serde_json::from_slice(text).map_err(|_| malformed())?;
    let unsealed = serde_json::to_vec(&HeadUnsealed {
        seq: file.seq,
        hash: &file.hash,
    })
    .map_err(|_| malformed())?;
    let tag = unhex32(&file.mac).ok_or_else(malformed)?;
    if !is_hex64(&file.hash) || file.seq == 0 {
        return Err(malformed());
    }
    let mac = head_mac(keyed, &unsealed);
    if join_mac(unsealed, &file.mac) != text {
        return Err(malformed());
    }
    mac.verify_slice(&tag)
        .map_err(|_| broken(path, file.seq, Problem::HeadMac))?;
    Ok(Head {
        seq: file.seq,
        hash: file.hash,
    })
}

/// Replaces the head file atomically and durably. Caller holds the lock.
fn write_head(path: &Path, keyed: &Hmac<Sha256>, head: &Head) -> Result<(), AuditError> {
    let unsealed = serde_json::to_vec(&HeadUnsealed {
        seq: head.seq,
        hash: &head.hash,
    })
    .map_err(encode_error)?;
    let mac = hex(&head_mac(keyed, &unsealed).finalize().into_bytes());
    let mut text = join_mac(unsealed, &mac);
    text.push(b'\n');
    let tmp = with_suffix(path, ".head.tmp");
    let write = || -> io::Result<()> {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        file.write_all(&text)?;
        file.sync_all()
    };
    write().map_err(io_at(&tmp))?;
    let hpath = head_path(path);
    fs::rename(&tmp, &hpath).map_err(io_at(&hpath))?;
    sync_parent(path)
}

/// The last line of the log (without newline), with `Err` if the log does
/// not end in a newline; `None` for an empty log. Reads backwards in blocks,
/// so the cost does not depend on the log's length.
#[allow(clippy::type_complexity)]
fn read_last_line(path: &Path) -> Result<Option<(Vec<u8>, Result<(), Problem>)>, AuditError> {
    let mut file = File::open(path).map_err(io_at(path))?;
    let len = file.metadata().map_err(io_at(path))?.len();
    if len == 0 {
        return Ok(None);
    }
    let mut read_at = |offset: u64, buf: &mut [u8]| -> io::Result<()> {
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(buf)
    };
    let mut last = [0u8; 1];
    read_at(len - 1, &mut last).map_err(io_at(path))?;
    let terminated = last[0] == b'\n';
    let end = if terminated { len - 1 } else { len };
    // Grow a window backwards from `end` until it holds a newline.
    const BLOCK: u64 = 8192;
    let mut start = end;
    let mut tail: Vec<u8> = Vec::new();
    loop {
        let from = start.saturating_sub(BLOCK);
        let mut block = vec![0u8; usize::try_from(start - from).unwrap_or(0)];
        read_at(from, &mut block).map_err(io_at(path))?;
        let newline = memchr::memrchr(b'\n', &block);
        block.extend_from_slice(&tail);
        tail = block;
        start = from;
        if let Some(i) = newline {
            tail.drain(..=i);
            break;
        }
        if start == 0 {
            break;
        }
    }
    let state = if terminated {
        Ok(())
    } else {
        Err(Problem::Unterminated)
    };
    Ok(Some((tail, state)))
}

/// The last `n` lines of a log that ends in a newline (without their
/// newlines), oldest first; fewer if the log has fewer. `None` for an empty
/// or unterminated log. Reads backwards in blocks.
fn read_last_lines(path: &Path, n: usize) -> Result<Option<Vec<Vec<u8>>>, AuditError> {
    let mut file = File::open(path).map_err(io_at(path))?;
    let len = file.metadata().map_err(io_at(path))?.len();
    if len == 0 || n == 0 {
        return Ok(None);
    }
    let mut read_at = |offset: u64, buf: &mut [u8]| -> io::Result<()> {
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(buf)
    };
    const BLOCK: u64 = 65536;
    let mut start = len;
    let mut tail: Vec<u8> = Vec::new();
    // n lines need n + 1 newlines (the one before the first), or the start.
    loop {
        let from = start.saturating_sub(BLOCK);
        let mut block = vec![0u8; usize::try_from(start - from).unwrap_or(0)];
        read_at(from, &mut block).map_err(io_at(path))?;
        block.extend_from_slice(&tail);
        tail = block;
        start = from;
        if start == 0 || memchr::memchr_iter(b'\n', &tail).count() > n {
            break;
        }
    }
    if tail.last() != Some(&b'\n') {
        return Ok(None);
    }
    tail.pop();
    let mut lines: Vec<Vec<u8>> = tail
        .rsplit(|&b| b == b'\n')
        .take(n)
        .map(<[u8]>::to_vec)
        .collect();
    lines.reverse();
    Ok(Some(lines))
}

/// Lines in the log, counting a final unterminated one: the line number of
/// a bad last line. Only on the error path, so a full read is fine.
fn count_lines(path: &Path) -> Result<u64, AuditError> {
    let bytes = fs::read(path).map_err(io_at(path))?;
    let newlines = memchr::memchr_iter(b'\n', &bytes).count() as u64;
    Ok(if bytes.last() == Some(&b'\n') {
        newlines
    } else {
        newlines + 1
    })
}

/// The append lock: an exclusive `flock` on `<log>.lock`, held while this
/// value lives. The kernel drops it when the process exits or dies, so a
/// crash never leaves a lock behind. The file is never removed: removing it
/// would let two processes lock two different files of that name.
struct LockFile {
    _file: File,
}

impl LockFile {
    fn acquire(log: &Path) -> Result<LockFile, AuditError> {
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

fn sync_parent(path: &Path) -> Result<(), AuditError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_at(dir))
}

fn keyed_hmac(key: &SecretKey) -> Hmac<Sha256> {
    // A 32-byte key zero-padded to the block is the same HMAC key, and the
    // fixed-size constructor cannot fail.
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key.expose());
    let keyed = <Hmac<Sha256> as KeyInit>::new(&block.into());
    zeroize::Zeroize::zeroize(&mut block);
    keyed
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> AuditError + '_ {
    move |source| AuditError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn broken(path: &Path, line: u64, problem: Problem) -> AuditError {
    AuditError::Broken {
        path: path.to_path_buf(),
        line,
        problem,
    }
}

fn encode_error(_: serde_json::Error) -> AuditError {
    // Serialising plain strings and numbers cannot fail; report it rather
    // than panic if it ever does.
    AuditError::Encode
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Decodes 64 lower-case hex digits.
fn unhex32(s: &str) -> Option<[u8; 32]> {
    if !is_hex64(s) {
        return None;
    }
    let nibble = |b: u8| {
        if b.is_ascii_digit() {
            b - b'0'
        } else {
            b - b'a' + 10
        }
    };
    let mut out = [0u8; 32];
    for (o, pair) in out.iter_mut().zip(s.as_bytes().chunks_exact(2)) {
        *o = nibble(pair[0]) << 4 | nibble(pair[1]);
    }
    Some(out)
}

pub(crate) fn unix_secs(at: SystemTime) -> Result<u64, AuditError> {
    at.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .map_err(|_| AuditError::Clock)
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; `None` past year 9999.
pub fn format_rfc3339(secs: u64) -> Option<String> {
    let days = i64::try_from(secs / 86_400).ok()?;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    if y > 9999 {
        return None;
    }
    Some(format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    ))
}

/// The inverse of [`format_rfc3339`], accepting only its exact form.
pub(crate) fn parse_rfc3339(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() != 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        b[r].iter().try_fold(0i64, |acc, &c| {
            c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0'))
        })
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 59 {
        return None;
    }
    let days = days_from_civil(y, mo, d);
    let secs = u64::try_from(days * 86_400 + h * 3600 + mi * 60 + se).ok()?;
    // Rejects 31 February and the like: such a date does not round-trip.
    (format_rfc3339(secs)?.as_str() == s).then_some(secs)
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// (year, month, day) to days since 1970-01-01 (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = y - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    const TOKEN_A: &str = "ph_abcdefghijklmnopqrstuvwx";
    const TOKEN_B: &str = "em_234567234567234567234567";

    fn key() -> SecretKey {
        SecretKey::from_bytes([0x42; 32])
    }

    fn reveal(actor: &str, case: &str, tokens: &[&str]) -> NewEntry {
        NewEntry {
            actor: actor.into(),
            action: Action::Reveal,
            case: Some(case.into()),
            reason: "caller asks about \"failed\" logins".into(),
            tokens: tokens.iter().map(|t| (*t).to_owned()).collect(),
            count: tokens.len() as u64,
        }
    }

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    /// A log of five entries of assorted shapes.
    fn sample(dir: &tempfile::TempDir) -> PathBuf {
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append_at(reveal("alice", "INC-1", &[TOKEN_A]), at(1_767_225_600))
            .unwrap();
        log.append_at(
            reveal("bob", "INC-2", &[TOKEN_A, TOKEN_B]),
            at(1_767_225_660),
        )
        .unwrap();
        log.append_at(
            NewEntry {
                actor: "mallory".into(),
                action: Action::LoginFailure,
                case: None,
                reason: String::new(),
                tokens: vec![],
                count: 0,
            },
            at(1_767_225_700),
        )
        .unwrap();
        log.append_at(
            NewEntry {
                actor: "dpo".into(),
                action: Action::Erase,
                case: Some("DSR-7".into()),
                reason: "erasure request, art. 17".into(),
                tokens: vec![TOKEN_B.into()],
                count: 1,
            },
            at(1_767_225_800),
        )
        .unwrap();
        log.append_at(reveal("alice", "INC-1", &[TOKEN_B]), at(1_767_229_000))
            .unwrap();
        path
    }

    fn problem_at(result: Result<VerifyReport, AuditError>) -> (u64, Problem) {
        match result {
            Err(AuditError::Broken { line, problem, .. }) => (line, problem),
            other => panic!("expected a broken log, got {other:?}"),
        }
    }

    fn lines(path: &Path) -> Vec<Vec<u8>> {
        fs::read(path)
            .unwrap()
            .split_inclusive(|&b| b == b'\n')
            .map(<[u8]>::to_vec)
            .collect()
    }

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
    fn the_mac_covers_the_line_without_its_mac_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let line = lines(&path)[0].clone();
        let text = std::str::from_utf8(&line).unwrap().trim_end();
        let (unsealed, mac) = text.split_once(r#","mac":""#).unwrap();
        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key().expose()).unwrap();
        m.update(format!("{unsealed}}}").as_bytes());
        assert_eq!(hex(&m.finalize().into_bytes()), mac.trim_end_matches("\"}"));
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
    fn every_flipped_byte_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let original = fs::read(&path).unwrap();
        let head = fs::read(head_path(&path)).unwrap();
        let keyed = keyed_hmac(&key());
        let line_of = |i: usize| original[..i].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let mut flipped = 0;
        // In memory for every flip pattern: the same scan `verify` runs.
        for mask in [0x01u8, 0x02, 0x20, 0x80, 0xff] {
            for i in 0..original.len() {
                let mut bytes = original.clone();
                bytes[i] ^= mask;
                let result = scan(&path, &bytes[..], Some(&head), &keyed, |_| {});
                let (line, _) = problem_at(result);
                assert_eq!(line, line_of(i), "byte {i} ^ {mask:#04x}");
                flipped += 1;
            }
        }
        assert_eq!(flipped, 5 * original.len());
        // Every byte of the head file too.
        for mask in [0x01u8, 0x20, 0x80] {
            for i in 0..head.len() {
                let mut bad = head.clone();
                bad[i] ^= mask;
                let result = scan(&path, &original[..], Some(&bad), &keyed, |_| {});
                let (_, problem) = problem_at(result);
                assert!(
                    matches!(
                        problem,
                        Problem::HeadMalformed
                            | Problem::HeadMac
                            | Problem::HeadMismatch
                            | Problem::Truncated { .. }
                    ),
                    "head byte {i} ^ {mask:#04x}: {problem:?}"
                );
            }
        }
        // On disk for one pattern, through `verify` and `open`: no append may
        // follow a damaged tail.
        for i in 0..original.len() {
            let mut bytes = original.clone();
            bytes[i] ^= 0x01;
            fs::write(&path, &bytes).unwrap();
            let (line, _) = problem_at(verify(&path, &key()));
            assert_eq!(line, line_of(i), "byte {i}");
            if line == 5 {
                assert!(AuditLog::open(&path, key()).is_err(), "byte {i}");
            }
        }
        fs::write(&path, &original).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 5);
    }

    #[test]
    fn deleted_line_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut all = lines(&path);
        all.remove(2);
        fs::write(&path, all.concat()).unwrap();
        let (line, problem) = problem_at(verify(&path, &key()));
        assert_eq!(line, 3);
        assert_eq!(
            problem,
            Problem::Sequence {
                expected: 3,
                found: 4
            }
        );
    }

    #[test]
    fn swapped_lines_are_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut all = lines(&path);
        all.swap(1, 3);
        fs::write(&path, all.concat()).unwrap();
        assert_eq!(problem_at(verify(&path, &key())).0, 2);
    }

    #[test]
    fn truncated_last_line_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let bytes = fs::read(&path).unwrap();
        for cut in [1, 2, 40] {
            fs::write(&path, &bytes[..bytes.len() - cut]).unwrap();
            assert_eq!(
                problem_at(verify(&path, &key())),
                (5, Problem::Unterminated),
                "cut {cut}"
            );
            let err = AuditLog::open(&path, key()).unwrap_err();
            assert!(
                matches!(
                    err,
                    AuditError::Broken {
                        line: 5,
                        problem: Problem::Unterminated,
                        ..
                    }
                ),
                "{err}"
            );
        }
    }

    #[test]
    fn truncated_whole_entries_are_detected_by_the_head() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let all = lines(&path);
        for keep in [4, 1, 0] {
            fs::write(&path, all[..keep].concat()).unwrap();
            let (line, problem) = problem_at(verify(&path, &key()));
            assert_eq!(line, keep as u64 + 1);
            assert_eq!(
                problem,
                Problem::Truncated {
                    entries: keep as u64,
                    head_seq: 5
                }
            );
            assert!(AuditLog::open(&path, key()).is_err(), "keep {keep}");
        }
        // Deleting the log leaves the head, which tells.
        fs::remove_file(&path).unwrap();
        assert_eq!(
            problem_at(verify(&path, &key())),
            (
                1,
                Problem::Truncated {
                    entries: 0,
                    head_seq: 5
                }
            )
        );
        // Deleting the head as well is only caught by an external anchor;
        // deleting the head alone is caught.
        fs::write(&path, all.concat()).unwrap();
        fs::remove_file(head_path(&path)).unwrap();
        assert_eq!(problem_at(verify(&path, &key())), (5, Problem::HeadMissing));
        assert!(AuditLog::open(&path, key()).is_err());
    }

    #[test]
    fn edited_or_forged_head_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let hpath = head_path(&path);
        let text = fs::read_to_string(&hpath).unwrap();
        fs::write(&hpath, text.replace(r#"{"seq":5"#, r#"{"seq":4"#)).unwrap();
        assert_eq!(problem_at(verify(&path, &key())).1, Problem::HeadMac);
        fs::write(&hpath, text.replace(':', ": ")).unwrap();
        assert_eq!(problem_at(verify(&path, &key())).1, Problem::HeadMalformed);
    }

    #[test]
    fn appended_forged_entry_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let all = lines(&path);
        let mut forged = Entry {
            seq: 6,
            time: "2026-01-01T02:00:00Z".into(),
            actor: "mallory".into(),
            action: Action::CaseOpen,
            case: Some("INC-9".into()),
            reason: "nothing to see".into(),
            tokens: vec![],
            count: 0,
            prev: hex(&Sha256::digest(all[4].strip_suffix(b"\n").unwrap())),
            mac: String::new(),
        };
        let mut line = seal(&keyed_hmac(&SecretKey::from_bytes([7; 32])), &mut forged).unwrap();
        line.push(b'\n');
        let mut bytes = all.concat();
        bytes.extend_from_slice(&line);
        fs::write(&path, &bytes).unwrap();
        assert_eq!(problem_at(verify(&path, &key())), (6, Problem::Mac));
        assert!(AuditLog::open(&path, key()).is_err());
    }

    #[test]
    fn entry_resealed_under_a_wrong_key_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut all = lines(&path);
        let mut entry: Entry = serde_json::from_slice(&all[2]).unwrap();
        entry.reason = "rewritten".into();
        let mut line = seal(&keyed_hmac(&SecretKey::from_bytes([7; 32])), &mut entry).unwrap();
        line.push(b'\n');
        all[2] = line;
        fs::write(&path, all.concat()).unwrap();
        assert_eq!(problem_at(verify(&path, &key())), (3, Problem::Mac));
    }

    #[test]
    fn wrong_key_fails_on_the_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let other = SecretKey::from_bytes([0x43; 32]);
        assert_eq!(problem_at(verify(&path, &other)), (1, Problem::Mac));
        assert!(AuditLog::open(&path, other).is_err());
    }

    #[test]
    fn non_canonical_spellings_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let all = lines(&path);
        let first = String::from_utf8(all[0].clone()).unwrap();
        for edit in [
            first.replacen(r#""actor":"alice""#, r#""actor":"\u0061lice""#, 1),
            first.replacen(r#"{"seq":1"#, r#"{ "seq":1"#, 1),
            first.replacen(r#""count":1"#, r#""count":1.0"#, 1),
            first.replacen(r#""count":1,"#, r#""count":1,"extra":0,"#, 1),
        ] {
            assert_ne!(edit, first);
            let mut bytes = edit.into_bytes();
            for l in &all[1..] {
                bytes.extend_from_slice(l);
            }
            fs::write(&path, &bytes).unwrap();
            assert_eq!(problem_at(verify(&path, &key())), (1, Problem::Malformed));
        }
    }

    #[test]
    fn head_lagging_one_entry_is_a_crash_and_is_repaired() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let hpath = head_path(&path);
        let head_at_5 = fs::read(&hpath).unwrap();
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        // As if the process died between the fsync of line 6 and the head.
        fs::write(&hpath, &head_at_5).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 6);
        let log = AuditLog::open(&path, key()).unwrap();
        assert_eq!(log.head().seq, 6);
        assert_ne!(fs::read(&hpath).unwrap(), head_at_5);
        // Two entries behind, written at different times, is no crash:
        // only one batch shares a time stamp.
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append_at(reveal("alice", "INC-1", &[TOKEN_A]), at(1_767_300_000))
            .unwrap();
        fs::write(&hpath, &head_at_5).unwrap();
        let err = AuditLog::open(&path, key()).unwrap_err();
        assert!(
            matches!(
                err,
                AuditError::Broken {
                    problem: Problem::HeadBehind { extra: 2 },
                    ..
                }
            ),
            "{err}"
        );
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

    #[test]
    fn a_crash_inside_a_batch_leaves_a_lag_that_is_repaired() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let hpath = head_path(&path);
        let head_at_5 = fs::read(&hpath).unwrap();
        let mut log = AuditLog::open(&path, key()).unwrap();
        let batch = vec![reveal("alice", "INC-1", &[TOKEN_A]); 7];
        log.append_batch(batch.clone(), at(1_767_300_000)).unwrap();
        // As if the process died between the fsync of the batch and the head.
        fs::write(&hpath, &head_at_5).unwrap();
        assert_eq!(verify(&path, &key()).unwrap().entries, 12);
        let mut log = AuditLog::open(&path, key()).unwrap();
        assert_eq!(log.head().seq, 12);
        assert_ne!(fs::read(&hpath).unwrap(), head_at_5);
        // The head of 12 rolled back over two batches is refused: the
        // entries after it do not share one time stamp.
        let head_at_12 = fs::read(&hpath).unwrap();
        log.append_batch(batch.clone(), at(1_767_300_100)).unwrap();
        log.append_batch(batch, at(1_767_300_200)).unwrap();
        fs::write(&hpath, &head_at_12).unwrap();
        let err = AuditLog::open(&path, key()).unwrap_err();
        assert!(
            matches!(
                err,
                AuditError::Broken {
                    problem: Problem::HeadBehind { extra: 14 },
                    ..
                }
            ),
            "{err}"
        );
    }

    /// The head file's `seq`, read as any process would.
    fn head_seq(path: &Path) -> u64 {
        read_head(path, &keyed_hmac(&key())).unwrap().unwrap().seq
    }

    /// A crash now leaves the log and head as they are: a copy of both
    /// must open (repairing a lag) and verify.
    fn survives_a_crash_now(path: &Path) {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("audit.log");
        fs::copy(path, &copy).unwrap();
        fs::copy(head_path(path), head_path(&copy)).unwrap();
        let entries = verify(&copy, &key()).unwrap().entries;
        let log = AuditLog::open(&copy, key()).unwrap();
        assert_eq!(log.head().seq, entries);
        assert_eq!(head_seq(&copy), entries);
    }

    #[test]
    fn deferred_heads_stay_within_the_crash_rule() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let mut log = AuditLog::open(&path, key()).unwrap();
        let batch = |n| vec![reveal("alice", "INC-1", &[TOKEN_A]); n];
        // Batches within one second leave the head where it was...
        for _ in 0..3 {
            log.append_batch_deferring_head(batch(10), at(1_767_300_000))
                .unwrap();
            assert_eq!(head_seq(&path), 5);
            assert!(log.head_behind());
            survives_a_crash_now(&path);
        }
        assert_eq!(log.head().seq, 35);
        // ...a batch in a later second replaces it first...
        log.append_batch_deferring_head(batch(4), at(1_767_300_001))
            .unwrap();
        assert_eq!(head_seq(&path), 35);
        survives_a_crash_now(&path);
        // ...and so does one that would leave more than MAX_BATCH after it.
        log.append_batch_deferring_head(batch(MAX_BATCH - 4), at(1_767_300_001))
            .unwrap();
        assert_eq!(head_seq(&path), 35);
        log.append_batch_deferring_head(batch(1), at(1_767_300_001))
            .unwrap();
        assert_eq!(head_seq(&path), 35 + MAX_BATCH as u64);
        survives_a_crash_now(&path);
        // A pause brings the head up to date.
        log.sync_head().unwrap();
        assert!(!log.head_behind());
        assert_eq!(head_seq(&path), log.head().seq);
        assert_eq!(verify(&path, &key()).unwrap().head, *log.head());
    }

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

    #[test]
    fn read_last_lines_reads_across_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        let long = "y".repeat(70_000);
        fs::write(&path, format!("a\n{long}\nb\nc\n")).unwrap();
        let got = read_last_lines(&path, 3).unwrap().unwrap();
        assert_eq!(
            got,
            vec![long.as_bytes().to_vec(), b"b".to_vec(), b"c".to_vec()]
        );
        let all = read_last_lines(&path, 10).unwrap().unwrap();
        assert_eq!(all.len(), 4);
        assert_eq!(all[0], b"a");
        fs::write(&path, "a\nb").unwrap();
        assert!(read_last_lines(&path, 1).unwrap().is_none());
    }

    #[test]
    fn crash_before_the_first_head_is_repaired() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        fs::remove_file(head_path(&path)).unwrap();
        assert_eq!(problem_at(verify(&path, &key())), (1, Problem::HeadMissing));
        assert_eq!(AuditLog::open(&path, key()).unwrap().head().seq, 1);
        assert_eq!(verify(&path, &key()).unwrap().entries, 1);
    }

    #[test]
    fn refuses_values_and_missing_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        let err = log
            .append(reveal("alice", "INC-1", &[TOKEN_A, "+46701740683"]))
            .unwrap_err();
        assert!(matches!(err, AuditError::NotAToken { index: 1 }));
        assert!(!err.to_string().contains("4670"), "{err}");
        let mut no_case = reveal("alice", "", &[TOKEN_A]);
        assert!(matches!(
            log.append(no_case.clone()),
            Err(AuditError::Missing { field: "case", .. })
        ));
        no_case.case = None;
        assert!(log.append(no_case).is_err());
        let mut no_reason = reveal("alice", "INC-1", &[TOKEN_A]);
        no_reason.reason = "  ".into();
        assert!(matches!(
            log.append(no_reason),
            Err(AuditError::Missing {
                field: "reason",
                ..
            })
        ));
        assert_eq!(fs::metadata(&path).unwrap().len(), 0);
    }

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

    #[test]
    fn entries_for_case_filters_a_verified_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let found = entries_for_case(&path, &key(), "INC-1").unwrap();
        assert_eq!(found.iter().map(|e| e.seq).collect::<Vec<_>>(), [1, 5]);
        assert!(
            entries_for_case(&path, &key(), "INC-404")
                .unwrap()
                .is_empty()
        );
        let mut bytes = fs::read(&path).unwrap();
        bytes[10] ^= 1;
        fs::write(&path, &bytes).unwrap();
        assert!(entries_for_case(&path, &key(), "INC-1").is_err());
    }

    #[test]
    fn long_last_lines_are_read_across_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        let many: Vec<&str> = std::iter::repeat_n(TOKEN_A, 1000).collect();
        log.append(reveal("alice", "INC-1", &many)).unwrap();
        log.append(reveal("alice", "INC-1", &many)).unwrap();
        let log = AuditLog::open(&path, key()).unwrap();
        assert_eq!(log.head().seq, 2);
        assert_eq!(verify(&path, &key()).unwrap().entries, 2);
    }

    /// Writes a verified log of `n` reveal entries without an fsync per line.
    pub(crate) fn bulk_log(path: &Path, key: &SecretKey, n: u64) {
        let keyed = keyed_hmac(key);
        let mut out = Vec::new();
        let mut prev = GENESIS.to_owned();
        for seq in 1..=n {
            let mut entry = Entry {
                seq,
                time: format_rfc3339(1_767_225_600 + seq).unwrap(),
                actor: format!("engineer{}", seq % 20),
                action: Action::Reveal,
                case: Some(format!("INC-{}", seq % 500)),
                reason: "customer called about a failed login on the portal".into(),
                tokens: vec![TOKEN_A.into(), TOKEN_B.into(), TOKEN_A.into()],
                count: 3,
                prev: prev.clone(),
                mac: String::new(),
            };
            let line = seal(&keyed, &mut entry).unwrap();
            prev = hex(&Sha256::digest(&line));
            out.extend_from_slice(&line);
            out.push(b'\n');
        }
        fs::write(path, &out).unwrap();
        write_head(path, &keyed, &Head { seq: n, hash: prev }).unwrap();
    }

    /// `cargo test --release --lib verify_100k -- --ignored --nocapture`
    #[test]
    #[ignore = "measurement; run in release"]
    fn verify_100k_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        bulk_log(&path, &key(), 100_000);
        let size = fs::metadata(&path).unwrap().len();
        let t = std::time::Instant::now();
        assert_eq!(verify(&path, &key()).unwrap().entries, 100_000);
        eprintln!("verify: 100k lines, {size} bytes, {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let mut log = AuditLog::open(&path, key()).unwrap();
        eprintln!("open: {:?}", t.elapsed());
        let t = std::time::Instant::now();
        log.append(reveal("alice", "INC-1", &[TOKEN_A])).unwrap();
        eprintln!("append: {:?}", t.elapsed());
        let t = std::time::Instant::now();
        let usage = crate::reveal::limits::check(&path, &key(), "engineer1", "INC-1", 1, 200);
        eprintln!("limits::check: {:?} {usage:?}", t.elapsed());
    }

    #[test]
    fn rfc3339_round_trips_and_is_strict() {
        assert_eq!(format_rfc3339(0).unwrap(), "1970-01-01T00:00:00Z");
        assert_eq!(format_rfc3339(951_782_400).unwrap(), "2000-02-29T00:00:00Z");
        assert_eq!(
            format_rfc3339(1_767_225_599).unwrap(),
            "2025-12-31T23:59:59Z"
        );
        for secs in [
            0,
            59,
            86_399,
            951_782_400,
            1_767_225_600,
            4_102_444_800,
            253_402_300_799,
        ] {
            assert_eq!(parse_rfc3339(&format_rfc3339(secs).unwrap()), Some(secs));
        }
        assert_eq!(format_rfc3339(253_402_300_800), None);
        for bad in [
            "2026-02-30T00:00:00Z",
            "2025-02-29T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01 00:00:00Z",
            "2026-01-01T00:00:00+00:00",
            "2026-1-01T00:00:00Z",
            "",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }
}
