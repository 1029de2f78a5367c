//! The quarantine: records that could not be processed, sealed.
//!
//! Nothing that fails is ever emitted raw, and nothing is lost: the raw bytes
//! are sealed with AES-256-GCM under a keyring sub-key and written as one JSON
//! line with the reason and where the record came from. The associated data
//! binds that metadata, so an entry whose reason or origin was edited no
//! longer opens. `veil quarantine replay` opens the entries and runs them
//! through the (fixed) rules again.

use std::io::{self, BufRead, Write};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};

use crate::keys::{Keyring, SecretKey, label, seal};

/// One quarantined record on disk. Holds no plaintext.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Format version of this entry.
    pub v: u32,
    /// Seconds since the Unix epoch when it was quarantined.
    pub at: u64,
    /// Machine-readable reason, e.g. `column-count`.
    pub reason: String,
    /// Human-readable detail (positions and counts only, never data).
    pub detail: String,
    /// The rule pack that was running.
    pub pack: String,
    /// Where the record came from (file name or `-` for stdin).
    pub source: String,
    /// 1-based line number in the source.
    pub line: u64,
    /// The id of the keyring key that sealed it.
    pub key: String,
    /// `nonce || ciphertext || tag`, base64.
    pub sealed: String,
}

/// Why a quarantine entry could not be read or opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QuarantineError {
    /// Reading or writing failed.
    #[error("quarantine i/o: {0}")]
    Io(#[from] io::Error),
    /// A line is not a quarantine entry.
    #[error("line {line}: not a quarantine entry")]
    Malformed {
        /// 1-based line in the quarantine file.
        line: u64,
    },
    /// The sealing key is not in the keyring.
    #[error("line {line}: sealed with key {key:?}, which this keyring does not hold")]
    UnknownKey {
        /// 1-based line in the quarantine file.
        line: u64,
        /// The key id.
        key: String,
    },
    /// Authentication failed: wrong key, or the entry was altered.
    #[error("line {line}: entry does not open (wrong keyring, or it was altered)")]
    Open {
        /// 1-based line in the quarantine file.
        line: u64,
    },
}

fn aad(e: &Entry) -> Vec<u8> {
    let mut a = Vec::with_capacity(64);
    for part in [
        "veil quarantine v1",
        &e.reason,
        &e.pack,
        &e.source,
        &e.line.to_string(),
        &e.key,
    ] {
        a.extend_from_slice(&(part.len() as u32).to_be_bytes());
        a.extend_from_slice(part.as_bytes());
    }
    a
}

/// Writes sealed entries as JSON lines.
pub struct Writer<W: Write> {
    out: W,
    key: SecretKey,
    key_id: String,
    pack: String,
    count: u64,
}

impl<W: Write> Writer<W> {
    /// A writer sealing under the keyring's active key.
    pub fn new(out: W, keyring: &Keyring, pack: &str) -> Writer<W> {
        Writer {
            out,
            key: keyring.derive(&label::quarantine()),
            key_id: keyring.active().id().to_string(),
            pack: pack.to_string(),
            count: 0,
        }
    }

    /// Seals and writes one record.
    pub fn put(
        &mut self,
        raw: &[u8],
        reason: &str,
        detail: &str,
        source: &str,
        line: u64,
    ) -> io::Result<()> {
        let mut e = Entry {
            v: 1,
            at: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            reason: reason.to_string(),
            detail: detail.to_string(),
            pack: self.pack.clone(),
            source: source.to_string(),
            line,
            key: self.key_id.clone(),
            sealed: String::new(),
        };
        let sealed = seal::seal(&self.key, &aad(&e), raw).map_err(io::Error::other)?;
        e.sealed = B64.encode(sealed);
        serde_json::to_writer(&mut self.out, &e).map_err(io::Error::other)?;
        self.out.write_all(b"\n")?;
        self.count += 1;
        Ok(())
    }

    /// Entries written so far.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Flushes the underlying writer.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Reads quarantine entries and opens them.
pub fn read_entries<R: BufRead>(
    input: R,
    keyring: &Keyring,
) -> impl Iterator<Item = Result<(Entry, Vec<u8>), QuarantineError>> {
    let mut n = 0u64;
    input.lines().filter_map(move |line| {
        n += 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => return Some(Err(QuarantineError::Io(e))),
        };
        if line.trim().is_empty() {
            return None;
        }
        Some(open_entry(&line, n, keyring))
    })
}

fn open_entry(line: &str, n: u64, keyring: &Keyring) -> Result<(Entry, Vec<u8>), QuarantineError> {
    let e: Entry =
        serde_json::from_str(line).map_err(|_| QuarantineError::Malformed { line: n })?;
    let master = keyring
        .get(&e.key)
        .ok_or_else(|| QuarantineError::UnknownKey {
            line: n,
            key: e.key.clone(),
        })?;
    let key = master.derive(&label::quarantine());
    let sealed = B64
        .decode(&e.sealed)
        .map_err(|_| QuarantineError::Malformed { line: n })?;
    let raw = seal::open(&key, &aad(&e), &sealed).map_err(|_| QuarantineError::Open { line: n })?;
    Ok((e, raw))
}
