//! The vault survives a SIGKILL mid-write: every entry a commit reported
//! written is there after reopening, and opens to its value. And while a
//! pipeline process keeps committing, another process opens the vault and
//! reveals what it committed.
//!
//! The tests re-execute their own binary as a child (selected by an
//! environment variable) that writes and commits in a loop, as `veil run`
//! does (a writer that holds the file only while it commits), printing the
//! number of committed tokens after each commit returns.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use veil::keys::Keyring;
use veil::vault::{self, Item, Revealed, Vault};

const CHILD_ENV: &str = "VEIL_VAULT_CRASH_CHILD";

fn token(i: u64) -> String {
    format!("ph_crash{i:012}")
}

fn value(i: u64) -> String {
    format!("+4670{i:07}")
}

/// The child: writes batches forever, reporting each durable commit.
#[test]
fn crash_child() {
    let Ok(keyring) = std::env::var(CHILD_ENV) else {
        return; // an ordinary test run: nothing to do
    };
    let keyring = PathBuf::from(keyring);
    let ring = Keyring::load(&keyring).unwrap();
    let vault = Vault::open(&vault::default_path(&keyring), &ring).unwrap();
    let mut writer = vault.into_writer(&ring).unwrap();
    let mut next = 0u64;
    loop {
        for _ in 0..50 {
            let (t, v) = (token(next), value(next));
            writer
                .put(&Item {
                    domain: "siem",
                    category: "phone",
                    token: &t,
                    original: &v,
                    retention: None,
                })
                .unwrap();
            next += 1;
        }
        writer.commit().unwrap();
        println!("committed {next}");
    }
}

#[test]
fn sigkill_mid_write_loses_no_committed_entry() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = dir.path().join("keyring.toml");
    let ring = Keyring::create(&keyring).unwrap();
    let mut reported = 0u64;
    for round in 0..3 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &keyring)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let start = Instant::now();
        let mut seen_this_round = 0;
        // Let it commit a few batches, then kill it at a varying moment.
        while seen_this_round < 5 + 3 * round && start.elapsed() < Duration::from_secs(60) {
            let Some(line) = lines.next() else { break };
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("committed ") {
                reported = reported.max(n.parse().unwrap());
                seen_this_round += 1;
            }
        }
        child.kill().unwrap(); // SIGKILL on unix
        child.wait().unwrap();
        // Each round rewrites tokens from 0 in a new epoch; `reported` is
        // the highest count any round saw committed.
        assert!(seen_this_round > 0, "the child never committed");

        let vault = Vault::open(&vault::default_path(&keyring), &ring).unwrap();
        let mut opener = vault.opener(&ring).unwrap();
        for i in 0..reported {
            match opener.reveal(&token(i)).unwrap() {
                Revealed::Found { original, .. } => assert_eq!(*original, value(i)),
                other => panic!("round {round}: token {i} of {reported} lost: {other:?}"),
            }
        }
    }
    assert!(reported >= 250);
}

fn spawn_child(keyring: &std::path::Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, keyring)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn another_process_reveals_while_the_pipeline_process_commits() {
    let dir = tempfile::tempdir().unwrap();
    let keyring = dir.path().join("keyring.toml");
    let ring = Keyring::create(&keyring).unwrap();
    let mut child = spawn_child(&keyring);
    let committed = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let stdout = child.stdout.take().unwrap();
    let reader = {
        let committed = std::sync::Arc::clone(&committed);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(n) = line.strip_prefix("committed ") {
                    committed.store(n.parse().unwrap(), std::sync::atomic::Ordering::SeqCst);
                }
            }
        })
    };
    let start = Instant::now();
    let mut reveals = 0;
    let mut last = 0;
    // Open, reveal the newest committed token, close; again and again while
    // the child commits batch after batch.
    while reveals < 30 && start.elapsed() < Duration::from_secs(120) {
        let n = committed.load(std::sync::atomic::Ordering::SeqCst);
        if n == 0 {
            std::thread::sleep(Duration::from_millis(10));
            continue;
        }
        let opened = Vault::open(&vault::default_path(&keyring), &ring);
        let vault = match opened {
            Ok(v) => v,
            Err(e) => {
                let _ = child.kill();
                panic!("open #{reveals} while the pipeline commits: {e}");
            }
        };
        let mut opener = vault.opener(&ring).unwrap();
        match opener.reveal(&token(n - 1)).unwrap() {
            Revealed::Found { original, .. } => assert_eq!(*original, value(n - 1)),
            other => panic!("token {} reported committed: {other:?}", n - 1),
        }
        drop(opener);
        drop(vault);
        reveals += 1;
        last = n;
        std::thread::sleep(Duration::from_millis(20));
    }
    let after = committed.load(std::sync::atomic::Ordering::SeqCst);
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    assert_eq!(reveals, 30, "too few reveals in the time allowed");
    // The pipeline went on committing between the reveals.
    assert!(after > 50 && last > 50, "the writer was stalled: {after}");
}
