//! Kafka mode against a real broker (tansu on 127.0.0.1, started here).
//! These tests fail, not skip, without tansu: `scripts/tansu.sh install`.

mod kafka_common;

use std::collections::BTreeMap;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use kafka_common::*;
use veil::keys::Keyring;
use veil::pipeline::Engine;
use veil::pipeline::metrics::Metrics;

const PARTS: i32 = 4;

fn broker() -> Tansu {
    let t = Tansu::start();
    for (name, n) in [
        ("cdr", PARTS),
        ("cdr-out", PARTS),
        ("quarantine", 1),
        ("vault", 2),
    ] {
        t.create_topic(name, n);
    }
    t
}

fn wait_for(what: &str, limit: Duration, mut f: impl FnMut() -> bool) {
    let until = Instant::now() + limit;
    while !f() {
        assert!(Instant::now() < until, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn start_in_process(
    cfg: &veil::config::Config,
    keyring: &Keyring,
) -> (
    Arc<AtomicBool>,
    Arc<Metrics>,
    std::thread::JoinHandle<
        Result<veil::pipeline::kafka::Summary, veil::pipeline::kafka::KafkaError>,
    >,
) {
    let stop = Arc::new(AtomicBool::new(false));
    let metrics = Arc::new(Metrics::default());
    let (c, k, s, m) = (
        cfg.clone(),
        keyring.clone(),
        Arc::clone(&stop),
        Arc::clone(&metrics),
    );
    let h = std::thread::spawn(move || veil::pipeline::kafka::run(&c, &k, m, s));
    (stop, metrics, h)
}

#[test]
fn hundred_thousand_records_keep_order_and_content() {
    let t = broker();
    let n = 100_000;
    let poison = [10, 50_000, 99_999];
    let input = inputs(n, &poison, PARTS);
    let started = Instant::now();
    produce(&t.brokers, "cdr", &input);
    let cfg = veil::config::parse(
        "veil.toml",
        &config(&t.brokers, "g-100k", "at-least-once", ""),
    )
    .unwrap();
    let keyring = Keyring::generate().unwrap();
    let engine = Engine::new(cfg.topics[0].pack.clone(), &keyring).unwrap();
    let (stop, metrics, h) = start_in_process(&cfg, &keyring);
    wait_for("100k records", Duration::from_secs(300), || {
        metrics.records_out.load(Ordering::Relaxed) as usize >= n - poison.len()
    });
    stop.store(true, Ordering::Relaxed);
    let summary = h.join().unwrap().unwrap();
    assert_eq!(summary.records_out as usize, n - poison.len());
    assert_eq!(summary.quarantined.values().sum::<u64>(), 3);

    // Expected: the same engine and keyring, per partition in input order.
    let mut w = engine.worker();
    let mut expected: BTreeMap<i32, Vec<Vec<u8>>> = BTreeMap::new();
    for (p, _, row, _) in &input {
        let mut out = Vec::new();
        if w.process(row, &mut out).is_ok() {
            expected.entry(*p).or_default().push(out);
        }
    }
    let out = read_topic(&t.brokers, "cdr-out", PARTS, n, Duration::from_secs(10));
    let mut got: BTreeMap<i32, Vec<Vec<u8>>> = BTreeMap::new();
    for r in &out {
        got.entry(r.partition)
            .or_default()
            .push(r.payload.clone().unwrap());
    }
    assert!(
        got == expected,
        "output differs from the pseudonymised input"
    );
    // The poison records are quarantined, their neighbours passed.
    let q = read_topic(&t.brokers, "quarantine", 1, 3, Duration::from_secs(5));
    let offsets: Vec<String> = q
        .iter()
        .map(|r| {
            let h = r
                .headers
                .iter()
                .find(|(k, _)| k == "veil-source-offset")
                .unwrap();
            String::from_utf8(h.1.clone().unwrap()).unwrap()
        })
        .collect();
    assert_eq!(q.len(), 3, "{offsets:?}");
    assert_complete_in_order(&out, &input, &poison);
    // Everything consumed is committed.
    assert_eq!(
        committed(&t.brokers, "g-100k", "cdr", PARTS),
        ends(&t.brokers, "cdr", PARTS)
    );
    eprintln!(
        "100k records through tansu in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}

fn keyring_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("keyring");
    let st = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(["keys", "init"])
        .arg(&path)
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(st.success());
    path
}

/// A veil process, killed if the test panics.
struct Veil(Child);

impl Drop for Veil {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_veil(config: &std::path::Path, keyring: &std::path::Path) -> Veil {
    Veil(
        Command::new(env!("CARGO_BIN_EXE_veil"))
            .args(["run", "--quiet", "--config"])
            .arg(config)
            .arg("--keyring")
            .arg(keyring)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    )
}

fn sigterm(child: &Child) {
    let st = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
}

#[test]
fn sigkill_mid_stream_loses_nothing_and_sigterm_commits_everything() {
    let t = broker();
    let dir = tempfile::tempdir().unwrap();
    let keyring = keyring_file(dir.path());
    let n = 30_000;
    let input = inputs(n, &[], PARTS);
    produce(&t.brokers, "cdr", &input);
    let cfg = write(
        dir.path(),
        "veil.toml",
        &config(&t.brokers, "g-kill", "at-least-once", "")
            .replace("records = 500", "records = 200")
            // Static membership: the restarted process takes over the killed
            // one's partitions at once instead of waiting for its session
            // to expire.
            .replace("[kafka]", "instance = \"veil-kill-test\"\n\n[kafka]"),
    );
    let mut child = spawn_veil(&cfg, &keyring);
    wait_for("some output", Duration::from_secs(120), || {
        read_topic(&t.brokers, "cdr-out", PARTS, 2_000, Duration::from_secs(3)).len() >= 2_000
    });
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    let before = read_topic(&t.brokers, "cdr-out", PARTS, n, Duration::from_secs(1)).len();
    assert!(before < n, "killed too late to test anything ({before})");

    let mut child = spawn_veil(&cfg, &keyring);
    wait_for(
        "every record after the restart",
        Duration::from_secs(300),
        || {
            let (c, e) = (
                committed(&t.brokers, "g-kill", "cdr", PARTS),
                ends(&t.brokers, "cdr", PARTS),
            );
            eprintln!("committed {c:?} of {e:?}");
            c == e
        },
    );
    let out = read_topic(
        &t.brokers,
        "cdr-out",
        PARTS,
        usize::MAX,
        Duration::from_secs(2),
    );
    assert_complete_in_order(&out, &input, &[]);

    // Graceful stop: exits 0 and leaves nothing uncommitted.
    sigterm(&child.0);
    let status = child.0.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert_eq!(
        committed(&t.brokers, "g-kill", "cdr", PARTS),
        ends(&t.brokers, "cdr", PARTS)
    );
}

/// Issue 15 item 19: a pipeline killed with SIGKILL and started again under
/// the same instance name resumes at once, well within the dead member's
/// session (45 s here, so that waiting it out cannot pass), and loses
/// nothing.
#[test]
fn kafka_restart_after_sigkill_resumes_at_once_with_static_membership() {
    let t = broker();
    let dir = tempfile::tempdir().unwrap();
    let keyring = keyring_file(dir.path());
    let first = inputs(2_000, &[], PARTS);
    produce(&t.brokers, "cdr", &first);
    let cfg = write(
        dir.path(),
        "veil.toml",
        &config(
            &t.brokers,
            "g-restart",
            "at-least-once",
            "instance = \"veil-0\"",
        )
        .replace(
            "[[topics]]",
            "[kafka.properties]\n\"session.timeout.ms\" = \"45000\"\n\n[[topics]]",
        ),
    );
    let mut child = spawn_veil(&cfg, &keyring);
    wait_for("the first records", Duration::from_secs(120), || {
        all_committed(&t.brokers, "g-restart", "cdr", PARTS)
    });
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    let second = inputs(4_000, &[], PARTS);
    produce(&t.brokers, "cdr", &second[2_000..]);
    let restarted = Instant::now();
    let _child = spawn_veil(&cfg, &keyring);
    wait_for("output after the restart", Duration::from_secs(120), || {
        read_topic(&t.brokers, "cdr-out", PARTS, 2_001, Duration::from_secs(1)).len() > 2_000
    });
    let resumed = restarted.elapsed();
    eprintln!("kafka restart: first output {resumed:?} after the restart");
    assert!(
        resumed < Duration::from_secs(30),
        "resumed after {resumed:?}: the dead member's session was waited out"
    );
    wait_for("every record", Duration::from_secs(120), || {
        all_committed(&t.brokers, "g-restart", "cdr", PARTS)
    });
    let out = read_topic(
        &t.brokers,
        "cdr-out",
        PARTS,
        usize::MAX,
        Duration::from_secs(2),
    );
    assert_complete_in_order(&out, &second, &[]);
}

fn veil_cmd(args: &[&str], keyring: &std::path::Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(args)
        .arg("--keyring")
        .arg(keyring)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn header<'a>(r: &'a Rec, name: &str) -> Option<&'a [u8]> {
    r.headers
        .iter()
        .find(|(k, _)| k == name)
        .and_then(|(_, v)| v.as_deref())
}

#[test]
fn quarantine_replay_after_a_rule_fix_outputs_the_record_once() {
    let t = broker();
    let dir = tempfile::tempdir().unwrap();
    let keyring = keyring_file(dir.path());
    // Row 5 has two columns (passes once rows may be that short); the
    // extra record has one column (still fails).
    let mut input = inputs(20, &[5], PARTS);
    input.push((
        1,
        b"k-short".to_vec(),
        b"\"one column\"".to_vec(),
        vec![("caller".into(), b"0701799999".to_vec())],
    ));
    produce(&t.brokers, "cdr", &input);
    let cfg = write(
        dir.path(),
        "veil.toml",
        &config(&t.brokers, "g-replay", "at-least-once", ""),
    );
    let mut child = spawn_veil(&cfg, &keyring);
    wait_for("the run to commit", Duration::from_secs(120), || {
        all_committed(&t.brokers, "g-replay", "cdr", PARTS)
    });
    sigterm(&child.0);
    assert!(child.0.wait().unwrap().success());
    let out = read_topic(&t.brokers, "cdr-out", PARTS, 19, Duration::from_secs(5));
    assert_eq!(out.len(), 19);
    let q = read_topic(&t.brokers, "quarantine", 1, 2, Duration::from_secs(5));
    assert_eq!(q.len(), 2);
    for r in &q {
        // Sealed: neither the row nor the caller header is readable.
        let v = r.payload.as_deref().unwrap();
        assert!(!v.windows(7).any(|w| w == b"row 5\"," || w == b"column"));
        assert!(header(r, "veil-headers").is_some());
        assert!(!format!("{:?}", r.headers).contains("07017"));
    }

    // The fix: rows may have two columns.
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    let pack = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/asterisk-cdr.toml"),
    )
    .unwrap()
    .replace(
        "column_counts = [16, 17, 18]",
        "column_counts = [2, 16, 17, 18]",
    );
    assert!(
        pack.contains("column_counts = [2, 16"),
        "the shipped pack changed"
    );
    let pack = pack.split("[[tests]]").next().unwrap().to_string();
    std::fs::write(rules.join("asterisk-cdr.toml"), &pack).unwrap();
    let fixed = write(
        dir.path(),
        "fixed.toml",
        &config(
            &t.brokers,
            "g-replay",
            "at-least-once",
            &format!("rules = {:?}", rules.display().to_string()),
        ),
    );
    let cfg_str = fixed.to_str().unwrap();
    let first = veil_cmd(
        &["quarantine", "replay", "--config", cfg_str, "--idle", "5"],
        &keyring,
    );
    let err = String::from_utf8_lossy(&first.stderr);
    assert_eq!(first.status.code(), Some(1), "one still fails: {err}");
    assert!(
        err.contains("replayed 2 quarantine records from quarantine: 1 passed, 1 still failing"),
        "{err}"
    );

    let out = read_topic(&t.brokers, "cdr-out", PARTS, 21, Duration::from_secs(5));
    assert_eq!(out.len(), 20, "the fixed record is in the output, once");
    let replayed = out
        .iter()
        .find(|r| r.key.as_deref() == Some(b"k5"))
        .unwrap();
    // Through the fixed pack, in the partition the pipeline would have used,
    // with its header pseudonymised and its timestamp kept.
    let k = Keyring::load(&keyring).unwrap();
    let fixed_cfg = veil::config::load(&fixed).unwrap();
    let engine = Engine::new(fixed_cfg.topics[0].pack.clone(), &k).unwrap();
    let mut want = Vec::new();
    engine.worker().process(&input[5].2, &mut want).unwrap();
    assert_eq!(replayed.payload.as_deref(), Some(&want[..]));
    assert_eq!(replayed.partition, input[5].0);
    let caller = header(replayed, "caller").unwrap();
    assert!(
        caller.starts_with(b"ph_"),
        "{:?}",
        String::from_utf8_lossy(caller)
    );
    let source = read_topic(&t.brokers, "cdr", PARTS, 21, Duration::from_secs(3));
    let src = source
        .iter()
        .find(|r| r.key.as_deref() == Some(b"k5"))
        .unwrap();
    assert_eq!(replayed.timestamp, src.timestamp);
    // Its token's vault entry is on the vault topic.
    let token = String::from_utf8(caller.to_vec()).unwrap();
    let vault = read_topic(&t.brokers, "vault", 2, usize::MAX, Duration::from_secs(3));
    assert!(
        vault
            .iter()
            .any(|r| r.key.as_deref() == Some(token.as_bytes()))
    );
    // The one still failing is quarantined again, with this run's mark.
    let q = read_topic(&t.brokers, "quarantine", 1, 3, Duration::from_secs(5));
    assert_eq!(q.len(), 3);
    assert_eq!(q[2].key.as_deref(), Some(&b"k-short"[..]));
    assert_eq!(header(&q[2], "veil-reason"), Some(&b"column-count"[..]));
    assert!(header(&q[2], "veil-replay-run").is_some());

    // A second replay does not redo the first: only the record quarantined
    // again is read, and it still fails.
    let second = veil_cmd(
        &["quarantine", "replay", "--config", cfg_str, "--idle", "5"],
        &keyring,
    );
    let err = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{err}");
    assert!(
        err.contains("replayed 1 quarantine records from quarantine: 0 passed, 1 still failing"),
        "{err}"
    );
    let out = read_topic(&t.brokers, "cdr-out", PARTS, 21, Duration::from_secs(3));
    assert_eq!(out.len(), 20);
}

#[test]
fn subject_erase_with_config_tombstones_the_vault_topic() {
    let t = broker();
    let dir = tempfile::tempdir().unwrap();
    let keyring = keyring_file(dir.path());
    let input = inputs(40, &[], PARTS);
    produce(&t.brokers, "cdr", &input);
    let cfg = write(
        dir.path(),
        "veil.toml",
        &config(&t.brokers, "g-erase", "at-least-once", ""),
    );
    let mut child = spawn_veil(&cfg, &keyring);
    wait_for("the run to commit", Duration::from_secs(120), || {
        all_committed(&t.brokers, "g-erase", "cdr", PARTS)
    });
    sigterm(&child.0);
    assert!(child.0.wait().unwrap().success());
    // Row 3's caller header is 0701700003, pseudonymised to its token.
    let out = read_topic(&t.brokers, "cdr-out", PARTS, 40, Duration::from_secs(5));
    let token_of = |key: &[u8]| {
        let r = out.iter().find(|r| r.key.as_deref() == Some(key)).unwrap();
        String::from_utf8(header(r, "caller").unwrap().to_vec()).unwrap()
    };
    let (erased, kept) = (token_of(b"k3"), token_of(b"k4"));
    let vault_before = read_topic(&t.brokers, "vault", 2, usize::MAX, Duration::from_secs(3));
    assert!(
        vault_before
            .iter()
            .any(|r| r.key.as_deref() == Some(erased.as_bytes()) && r.payload.is_some())
    );

    let cfg_str = cfg.to_str().unwrap();
    let local = dir.path().join("pipeline.vault");
    let e = veil_cmd(
        &[
            "subject",
            "erase",
            "--kind",
            "phone",
            "--case",
            "DSR-7",
            "--config",
            cfg_str,
            "--vault",
            local.to_str().unwrap(),
            "0701700003",
        ],
        &keyring,
    );
    let stdout = String::from_utf8_lossy(&e.stdout);
    assert!(e.status.success(), "{}", String::from_utf8_lossy(&e.stderr));
    assert!(
        stdout.contains("tombstones acknowledged on vault topic vault"),
        "{stdout}"
    );
    // The tombstone follows the token's entry, in the same partition.
    let vault = read_topic(&t.brokers, "vault", 2, usize::MAX, Duration::from_secs(3));
    let of_token: Vec<&Rec> = vault
        .iter()
        .filter(|r| r.key.as_deref() == Some(erased.as_bytes()))
        .collect();
    let tomb = of_token
        .iter()
        .find(|r| r.payload.is_none())
        .expect("a tombstone");
    assert!(
        of_token
            .iter()
            .filter(|r| r.payload.is_some())
            .all(|r| r.partition == tomb.partition && r.offset < tomb.offset)
    );
    // The erasure was audited.
    let audit = std::fs::read_to_string(dir.path().join("keyring.audit.jsonl")).unwrap();
    assert!(audit.contains("DSR-7"), "{audit}");

    // A fresh vault synced from the topic holds the other token but not this one.
    let fresh = dir.path().join("fresh.vault");
    let s = veil_cmd(
        &[
            "vault",
            "sync",
            "--config",
            cfg_str,
            "--vault",
            fresh.to_str().unwrap(),
            "--idle",
            "3",
        ],
        &keyring,
    );
    let stdout = String::from_utf8_lossy(&s.stdout);
    assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    // Two tombstones: the value's token of the current epoch, and its
    // legacy token (erase covers every pseudonym the value can have).
    assert!(stdout.contains("2 erased"), "{stdout}");
    let find = |value: &str| {
        let f = veil_cmd(
            &[
                "subject",
                "find",
                "--kind",
                "phone",
                "--vault",
                fresh.to_str().unwrap(),
                value,
            ],
            &keyring,
        );
        assert!(f.status.success(), "{}", String::from_utf8_lossy(&f.stderr));
        String::from_utf8(f.stdout).unwrap()
    };
    let gone = find("0701700003");
    let line = gone.lines().find(|l| l.contains(&erased)).unwrap();
    assert!(line.contains("erased"), "{gone}");
    let held = find("0701700004");
    let line = held.lines().find(|l| l.contains(&kept)).unwrap();
    assert!(line.contains("held"), "{held}");
}

#[test]
fn bench_kafka_measures_veil_beside_a_passthrough() {
    let t = Tansu::start();
    let dir = tempfile::tempdir().unwrap();
    let cfg = write(
        dir.path(),
        "veil.toml",
        &format!(
            "group_id = \"veil\"\nquarantine_topic = \"q\"\nvault_topic = \"v\"\n\n[kafka]\nbrokers = \"{}\"\n\n[[topics]]\ninput = \"in\"\noutput = \"out\"\npack = \"syslog\"\n",
            t.brokers
        ),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(["bench", "--kafka", "--config"])
        .arg(&cfg)
        .args([
            "--records",
            "20000",
            "--topic-prefix",
            "bt",
            "--keep-topics",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &reports[0];
    assert_eq!(r["records"], 20_000);
    assert_eq!(r["quarantined"], 0);
    for phase in ["passthrough", "veil"] {
        assert_eq!(r[phase]["records"], 20_000, "{phase}");
        assert!(r[phase]["mb_per_s"].as_f64().unwrap() > 0.0, "{phase}");
        assert!(r[phase]["records_per_s"].as_f64().unwrap() > 0.0, "{phase}");
    }
    assert!(r["ratio"].as_f64().unwrap() > 0.0);
    // Both topics hold every record, and veil's are pseudonymised.
    let copied = read_topic(
        &t.brokers,
        "bt-passthrough",
        4,
        20_001,
        Duration::from_secs(5),
    );
    assert_eq!(copied.len(), 20_000);
    let veiled = read_topic(&t.brokers, "bt-out", 4, 20_001, Duration::from_secs(5));
    assert_eq!(veiled.len(), 20_000);
    let changed = veiled
        .iter()
        .zip(&copied)
        .filter(|(a, b)| a.payload != b.payload)
        .count();
    assert!(changed > 0);
}

#[test]
fn quarantine_replay_follow_does_not_loop_on_what_it_quarantined_again() {
    let t = broker();
    let dir = tempfile::tempdir().unwrap();
    let keyring = keyring_file(dir.path());
    let input = inputs(10, &[3], PARTS);
    produce(&t.brokers, "cdr", &input);
    let cfg = write(
        dir.path(),
        "veil.toml",
        &config(&t.brokers, "g-follow", "at-least-once", ""),
    );
    let mut run = spawn_veil(&cfg, &keyring);
    wait_for("the quarantined record", Duration::from_secs(120), || {
        read_topic(&t.brokers, "quarantine", 1, 1, Duration::from_secs(2)).len() == 1
    });
    sigterm(&run.0);
    assert!(run.0.wait().unwrap().success());
    // No fix: the record fails again, is quarantined again once, and the
    // follower passes over its own re-quarantined copy.
    let mut replay = Veil(
        Command::new(env!("CARGO_BIN_EXE_veil"))
            .args(["quarantine", "replay", "--follow", "--config"])
            .arg(&cfg)
            .arg("--keyring")
            .arg(&keyring)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    wait_for(
        "the record quarantined again",
        Duration::from_secs(60),
        || read_topic(&t.brokers, "quarantine", 1, 2, Duration::from_secs(2)).len() == 2,
    );
    std::thread::sleep(Duration::from_secs(5));
    assert_eq!(
        read_topic(&t.brokers, "quarantine", 1, 3, Duration::from_secs(2)).len(),
        2,
        "the follower looped on its own record"
    );
    sigterm(&replay.0);
    let out = replay.0.wait().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(replay.0.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert_eq!(out.code(), Some(1), "{err}");
    assert!(err.contains("0 passed, 1 still failing"), "{err}");
    assert!(
        err.contains("1 quarantined again by this run passed over"),
        "{err}"
    );
}
