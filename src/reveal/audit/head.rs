//! The head file `<log>.head`, which names the last entry so that entries
//! removed from the end show, and the check of the log's end against it
//! that repairs the lag a crash leaves.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::entry::{Entry, GENESIS, hex, is_hex64, join_mac, open_line, unhex32};
use super::{
    AuditError, AuditLog, MAX_BATCH, Problem, broken, encode_error, io_at, sync_parent, with_suffix,
};

/// Prepended to the head's MAC input, so that a head MAC can never stand in
/// for an entry MAC or the other way round.
pub(super) const HEAD_CONTEXT: &[u8] = b"veil audit head v1\n";

/// The head file's content.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HeadFile {
    pub(super) seq: u64,
    pub(super) hash: String,
    pub(super) mac: String,
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

pub(super) fn head_path(path: &Path) -> PathBuf {
    with_suffix(path, ".head")
}

pub(super) fn head_mac(keyed: &Hmac<Sha256>, unsealed: &[u8]) -> Hmac<Sha256> {
    let mut mac = keyed.clone();
    mac.update(HEAD_CONTEXT);
    mac.update(unsealed);
    mac
}

/// Reads and authenticates the head file; `None` if there is none.
pub(super) fn read_head(path: &Path, keyed: &Hmac<Sha256>) -> Result<Option<Head>, AuditError> {
    let bytes = read_head_bytes(path)?;
    bytes.map(|b| parse_head(path, keyed, &b)).transpose()
}

/// The head file's bytes; `None` if there is none.
pub(super) fn read_head_bytes(path: &Path) -> Result<Option<Vec<u8>>, AuditError> {
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
pub(super) fn parse_head(
    path: &Path,
    keyed: &Hmac<Sha256>,
    bytes: &[u8],
) -> Result<Head, AuditError> {
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
pub(super) fn write_head(path: &Path, keyed: &Hmac<Sha256>, head: &Head) -> Result<(), AuditError> {
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
pub(super) fn read_last_line(
    path: &Path,
) -> Result<Option<(Vec<u8>, Result<(), Problem>)>, AuditError> {
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
pub(super) fn read_last_lines(path: &Path, n: usize) -> Result<Option<Vec<Vec<u8>>>, AuditError> {
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
pub(super) fn count_lines(path: &Path) -> Result<u64, AuditError> {
    let bytes = fs::read(path).map_err(io_at(path))?;
    let newlines = memchr::memchr_iter(b'\n', &bytes).count() as u64;
    Ok(if bytes.last() == Some(&b'\n') {
        newlines
    } else {
        newlines + 1
    })
}

impl AuditLog {
    /// Verifies the last line against its MAC and the head file, repairing a
    /// head that lags by exactly the last entry. Caller holds the lock.
    pub(super) fn tail(&self) -> Result<Head, AuditError> {
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

    /// Whether the entries after `head`, ending with `last`, are what a
    /// crash inside one batched append leaves: at most [`MAX_BATCH`] valid
    /// entries, chained to the head, all stamped with one time.
    pub(super) fn lag_is_one_batch(&self, head: &Head, last: &Entry) -> Result<bool, AuditError> {
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

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::reveal::audit::testing::*;
    use crate::reveal::audit::*;

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
}
