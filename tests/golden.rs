//! Golden files: for every shipped pack, `tests/golden/PACK/input.*` run
//! under the committed test keyring must give `expected.*` byte for byte,
//! and the lines listed in `quarantined.txt` must be quarantined for the
//! reasons given there.
//!
//! After a deliberate change, regenerate with `VEIL_BLESS=1 cargo test
//! --test golden` and review the diff: a golden file is only as good as the
//! eyes that checked it.

mod common;

use std::fs;
use std::path::Path;

fn golden(pack: &str) {
    let dir = common::root().join("tests/golden").join(pack);
    let input_path = find(&dir, "input");
    let ext = input_path
        .extension()
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    let expected_path = dir.join(format!("expected.{ext}"));
    let quarantine_path = dir.join("quarantined.txt");
    let input = fs::read(&input_path).unwrap();
    let engine = common::engine(pack);
    let (out, failed) = common::process_lines(&engine, &input);
    let failed_text: String = failed.iter().map(|(l, r)| format!("{l} {r}\n")).collect();
    if std::env::var_os("VEIL_BLESS").is_some() {
        fs::write(&expected_path, &out).unwrap();
        fs::write(&quarantine_path, &failed_text).unwrap();
        return;
    }
    let expected = fs::read(&expected_path)
        .unwrap_or_else(|_| panic!("{} missing: run with VEIL_BLESS=1", expected_path.display()));
    if out != expected {
        panic!(
            "{pack}: output differs from {}\n{}",
            expected_path.display(),
            common::diff(
                &String::from_utf8_lossy(&expected),
                &String::from_utf8_lossy(&out)
            )
        );
    }
    let expected_q = fs::read_to_string(&quarantine_path).unwrap_or_default();
    assert_eq!(
        failed_text,
        expected_q,
        "{pack}: quarantined lines differ from {}",
        quarantine_path.display()
    );
}

fn find(dir: &Path, stem: &str) -> std::path::PathBuf {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_stem().is_some_and(|s| s == stem))
        .unwrap_or_else(|| panic!("no {stem}.* in {}", dir.display()))
}

#[test]
fn syslog() {
    golden("syslog");
}

#[test]
fn asterisk_cdr() {
    golden("asterisk-cdr");
}

#[test]
fn freeswitch_cdr() {
    golden("freeswitch-cdr");
}

#[test]
fn cisco_cucm_cdr() {
    golden("cisco-cucm-cdr");
}

#[test]
fn json() {
    golden("json");
}

#[test]
fn kv_cef() {
    golden("kv-cef");
}
