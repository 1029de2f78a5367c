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
//!
//! # Layout
//!
//! - [`entry`]: the entry format, its canonical spelling, MAC and hash chain.
//! - [`log`]: [`AuditLog`], appending entries and batches.
//! - [`head`]: the head file, and the check of the log's end against it that
//!   repairs a crash's lag.
//! - [`lock`]: the append lock.
//! - [`follow`]: noticing and taking over other writers' appends.
//! - [`verify`]: walking and checking the whole log.
//! - [`time`]: the RFC 3339 time stamps.

mod entry;
mod follow;
mod head;
mod lock;
mod log;
#[cfg(test)]
mod testing;
mod time;
mod verify;

use std::ffi::OsString;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

pub use entry::{Action, Entry, GENESIS, NewEntry};
pub use head::Head;
pub use log::{AuditLog, MAX_BATCH};
pub use time::format_rfc3339;
pub(crate) use time::parse_rfc3339;
pub use verify::{VerifyReport, entries_for_case, for_each_verified, verify};

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

pub(super) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

pub(super) fn sync_parent(path: &Path) -> Result<(), AuditError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_at(dir))
}

pub(super) fn io_at(path: &Path) -> impl FnOnce(io::Error) -> AuditError + '_ {
    move |source| AuditError::Io {
        path: path.to_path_buf(),
        source,
    }
}

pub(super) fn broken(path: &Path, line: u64, problem: Problem) -> AuditError {
    AuditError::Broken {
        path: path.to_path_buf(),
        line,
        problem,
    }
}

pub(super) fn encode_error(_: serde_json::Error) -> AuditError {
    // Serialising plain strings and numbers cannot fail; report it rather
    // than panic if it ever does.
    AuditError::Encode
}
