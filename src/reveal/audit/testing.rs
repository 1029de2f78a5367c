//! What the audit tests share: a key, entries, a sample log.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::entry::keyed_hmac;
use super::head::{head_path, read_head};
use super::*;
use crate::keys::SecretKey;

pub(super) const TOKEN_A: &str = "ph_abcdefghijklmnopqrstuvwx";
pub(super) const TOKEN_B: &str = "em_234567234567234567234567";

pub(super) fn key() -> SecretKey {
    SecretKey::from_bytes([0x42; 32])
}

pub(super) fn reveal(actor: &str, case: &str, tokens: &[&str]) -> NewEntry {
    NewEntry {
        actor: actor.into(),
        action: Action::Reveal,
        case: Some(case.into()),
        reason: "caller asks about \"failed\" logins".into(),
        tokens: tokens.iter().map(|t| (*t).to_owned()).collect(),
        count: tokens.len() as u64,
    }
}

pub(super) fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

/// A log of five entries of assorted shapes.
pub(super) fn sample(dir: &tempfile::TempDir) -> PathBuf {
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

pub(super) fn problem_at(result: Result<VerifyReport, AuditError>) -> (u64, Problem) {
    match result {
        Err(AuditError::Broken { line, problem, .. }) => (line, problem),
        other => panic!("expected a broken log, got {other:?}"),
    }
}

pub(super) fn lines(path: &Path) -> Vec<Vec<u8>> {
    fs::read(path)
        .unwrap()
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

/// The head file's `seq`, read as any process would.
pub(super) fn head_seq(path: &Path) -> u64 {
    read_head(path, &keyed_hmac(&key())).unwrap().unwrap().seq
}

/// A crash now leaves the log and head as they are: a copy of both
/// must open (repairing a lag) and verify.
pub(super) fn survives_a_crash_now(path: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("audit.log");
    fs::copy(path, &copy).unwrap();
    fs::copy(head_path(path), head_path(&copy)).unwrap();
    let entries = verify(&copy, &key()).unwrap().entries;
    let log = AuditLog::open(&copy, key()).unwrap();
    assert_eq!(log.head().seq, entries);
    assert_eq!(head_seq(&copy), entries);
}
