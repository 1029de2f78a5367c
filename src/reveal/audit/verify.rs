//! Verification: reading the whole log, checking every line's form, MAC
//! and chain, and the head file against the end.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use hmac::Hmac;
use sha2::{Digest, Sha256};

use super::entry::{Entry, GENESIS, hex, keyed_hmac, open_line};
use super::head::{Head, HeadFile, parse_head, read_head_bytes};
use super::{AuditError, Problem, broken, io_at};
use crate::keys::SecretKey;

/// What [`verify`] found in a log that verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyReport {
    /// Entries in the log.
    pub entries: u64,
    /// The last entry: ship this to an external store to catch a rollback
    /// of the log and its head together.
    pub head: Head,
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
            .is_some_and(|c| crate::reveal::case::of_entry(c) == case)
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
pub(super) fn scan<R, F>(
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

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::reveal::audit::entry::seal;
    use crate::reveal::audit::head::{head_path, write_head};
    use crate::reveal::audit::testing::*;
    use crate::reveal::audit::*;

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
}
