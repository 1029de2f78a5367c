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
            .replace(
                "[[topics]]",
                "[kafka.properties]\n\"group.instance.id\" = \"veil-kill-test\"\n\n[[topics]]",
            ),
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
