//! The helper scripts in `scripts/` behave as the README says.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

fn alive(pid: &str) -> bool {
    Command::new("kill")
        .args(["-0", pid])
        .status()
        .unwrap()
        .success()
}

/// `scripts/tansu.sh stop` returns only once the broker has exited: here a
/// stand-in that takes a second to shut down after SIGTERM.
#[test]
fn tansu_stop_waits_for_the_broker_to_exit() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("veil-tansu");
    std::fs::create_dir_all(&state).unwrap();
    // Detached (its shell exits at once), so that it is not our zombie.
    let out = Command::new("sh")
        .args([
            "-c",
            "(trap 'sleep 1; exit 0' TERM; while :; do sleep 0.1; done) >/dev/null 2>&1 & echo $!",
        ])
        .output()
        .unwrap();
    let pid = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(alive(&pid));
    std::fs::write(state.join("pid"), &pid).unwrap();
    let started = Instant::now();
    let status = Command::new(common::root().join("scripts/tansu.sh"))
        .arg("stop")
        .env("TMPDIR", tmp.path())
        .status()
        .unwrap();
    assert!(status.success());
    let alive_after = alive(&pid);
    if alive_after {
        let _ = Command::new("kill").args(["-9", &pid]).status();
    }
    assert!(!alive_after, "stop returned while the broker still ran");
    assert!(started.elapsed() < Duration::from_secs(15));
    assert!(!state.join("pid").exists());
}
