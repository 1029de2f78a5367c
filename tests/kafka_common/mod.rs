//! Shared by the Kafka tests: brokers (tansu or librdkafka's mock cluster),
//! producing inputs, reading topics back, and the expected output.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rdkafka::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Header, Headers, OwnedHeaders};
use rdkafka::producer::{BaseRecord, Producer, ThreadedProducer};
use rdkafka::{Message, Offset, TopicPartitionList};

/// One record read back.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rec {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub payload: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    pub timestamp: Option<i64>,
}

/// A tansu broker on a free 127.0.0.1 port, killed on drop.
pub struct Tansu {
    child: Child,
    pub brokers: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Tansu {
    /// Starts tansu (in memory). Fails, not skips, when tansu is missing.
    pub fn start() -> Tansu {
        let found = Command::new("tansu")
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        assert!(
            found,
            "tansu is not on PATH: run scripts/tansu.sh install (CI installs it)"
        );
        let port = free_port();
        let url = format!("tcp://127.0.0.1:{port}");
        let child = Command::new("tansu")
            .args([
                "broker",
                "--storage-engine",
                "memory://tansu/",
                "--listener-url",
                &url,
                "--advertised-listener-url",
                &url,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start tansu");
        let brokers = format!("127.0.0.1:{port}");
        let until = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(&brokers).is_err() {
            assert!(Instant::now() < until, "tansu did not listen on {brokers}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Tansu { child, brokers }
    }

    /// Creates topics with `tansu topic create`.
    pub fn create_topic(&self, name: &str, partitions: i32) {
        let status = Command::new("tansu")
            .args([
                "topic",
                "create",
                name,
                "--broker",
                &format!("tcp://{}", self.brokers),
                "--partitions",
                &partitions.to_string(),
            ])
            .stdout(Stdio::null())
            .status()
            .expect("tansu topic create");
        assert!(status.success(), "tansu topic create {name} failed");
    }
}

impl Drop for Tansu {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An input: (partition, key, value, headers).
pub type Input = (i32, Vec<u8>, Vec<u8>, Vec<(String, Vec<u8>)>);

/// Produces inputs and waits for delivery.
pub fn produce(brokers: &str, topic: &str, records: &[Input]) {
    let p: ThreadedProducer<_> = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("linger.ms", "5")
        .set("enable.idempotence", "true")
        .set("queue.buffering.max.messages", "1000000")
        .create()
        .unwrap();
    for (part, key, value, headers) in records {
        let mut h = OwnedHeaders::new();
        for (k, v) in headers {
            h = h.insert(Header {
                key: k,
                value: Some(v),
            });
        }
        let mut rec = BaseRecord::to(topic)
            .partition(*part)
            .key(&key[..])
            .payload(&value[..])
            .headers(h);
        loop {
            match p.send(rec) {
                Ok(()) => break,
                Err((_, r)) => {
                    rec = r;
                    std::thread::sleep(Duration::from_millis(10));
                }
            }
        }
    }
    p.flush(Duration::from_secs(60)).unwrap();
}

/// Reads a topic from the beginning until `want` records arrived, or until
/// nothing new came for `idle`.
pub fn read_topic(
    brokers: &str,
    topic: &str,
    partitions: i32,
    want: usize,
    idle: Duration,
) -> Vec<Rec> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "veil-test-reader")
        .set("enable.auto.commit", "false")
        .set("isolation.level", "read_committed")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition_offset(topic, p, Offset::Beginning)
            .unwrap();
    }
    c.assign(&tpl).unwrap();
    let mut out = Vec::new();
    let mut last = Instant::now();
    while out.len() < want && last.elapsed() < idle {
        match c.poll(Duration::from_millis(100)) {
            Some(Ok(m)) => {
                last = Instant::now();
                out.push(Rec {
                    partition: m.partition(),
                    offset: m.offset(),
                    key: m.key().map(<[u8]>::to_vec),
                    payload: m.payload().map(<[u8]>::to_vec),
                    headers: m
                        .headers()
                        .map(|h| {
                            h.iter()
                                .map(|x| (x.key.to_string(), x.value.map(<[u8]>::to_vec)))
                                .collect()
                        })
                        .unwrap_or_default(),
                    timestamp: m.timestamp().to_millis(),
                });
            }
            Some(Err(e)) => panic!("read {topic}: {e}"),
            None => {}
        }
    }
    out
}

/// Committed offsets of `group` for a topic's partitions.
pub fn committed(brokers: &str, group: &str, topic: &str, partitions: i32) -> BTreeMap<i32, i64> {
    let c: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", group)
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..partitions {
        tpl.add_partition(topic, p);
    }
    let got = c.committed_offsets(tpl, Duration::from_secs(10)).unwrap();
    got.elements()
        .iter()
        .map(|e| {
            (
                e.partition(),
                match e.offset() {
                    Offset::Offset(o) => o,
                    _ => -1,
                },
            )
        })
        .collect()
}

/// Each partition's end offset (one past its last record), from the
/// records themselves: tansu 0.6's reported high watermarks do not match
/// the offsets it hands out.
pub fn ends(brokers: &str, topic: &str, partitions: i32) -> BTreeMap<i32, i64> {
    let mut out: BTreeMap<i32, i64> = (0..partitions).map(|p| (p, -1)).collect();
    for r in read_topic(
        brokers,
        topic,
        partitions,
        usize::MAX,
        Duration::from_secs(2),
    ) {
        let e = out.entry(r.partition).or_insert(-1);
        *e = (*e).max(r.offset + 1);
    }
    out
}

/// Whether `group` committed every partition up to its end.
pub fn all_committed(brokers: &str, group: &str, topic: &str, partitions: i32) -> bool {
    committed(brokers, group, topic, partitions) == ends(brokers, topic, partitions)
}

/// Asterisk CDR rows, each with its own numbers; `poison` indices get too
/// few columns (quarantined).
pub fn cdr_rows(n: usize, poison: &[usize]) -> Vec<Vec<u8>> {
    (0..n)
        .map(|i| {
            if poison.contains(&i) {
                return format!("\"bad\",\"row {i}\"").into_bytes();
            }
            format!(
                "\"\",\"07017{:05}\",\"08123{:05}\",\"from-internal\",\"\",\"SIP/1001-{i:08x}\",\"SIP/trunk-0000001b\",\"Dial\",\"SIP/trunk,30\",\"2026-03-01 08:00:00\",\"\",\"2026-03-01 08:00:20\",20,0,\"NO ANSWER\",\"DOCUMENTATION\"",
                i % 100_000,
                (i * 7) % 100_000
            )
            .into_bytes()
        })
        .collect()
}

/// Inputs: `n` rows spread round-robin over the partitions, key `k{i}`,
/// a caller header on each.
pub fn inputs(n: usize, poison: &[usize], partitions: i32) -> Vec<Input> {
    cdr_rows(n, poison)
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            (
                (i % partitions as usize) as i32,
                format!("k{i}").into_bytes(),
                row,
                vec![(
                    "caller".to_string(),
                    format!("07017{:05}", i % 100_000).into_bytes(),
                )],
            )
        })
        .collect()
}

/// Output keys per partition, in topic order.
pub fn keys_by_partition(out: &[Rec]) -> BTreeMap<i32, Vec<String>> {
    let mut per: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for r in out {
        per.entry(r.partition)
            .or_default()
            .push(String::from_utf8(r.key.clone().unwrap()).unwrap());
    }
    per
}

/// Checks that every input key is in the output, and that per partition,
/// first occurrences are in input order (duplicates from a restart allowed).
pub fn assert_complete_in_order(out: &[Rec], inputs: &[Input], skip: &[usize]) {
    let per = keys_by_partition(out);
    let mut want: BTreeMap<i32, Vec<String>> = BTreeMap::new();
    for (i, (p, k, _, _)) in inputs.iter().enumerate() {
        if !skip.contains(&i) {
            want.entry(*p)
                .or_default()
                .push(String::from_utf8(k.clone()).unwrap());
        }
    }
    for (p, w) in &want {
        let got = per.get(p).cloned().unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        let firsts: Vec<&String> = got.iter().filter(|k| seen.insert(*k)).collect();
        if firsts.len() != w.len() {
            let set: std::collections::HashSet<&String> = got.iter().collect();
            let missing: Vec<&String> = w.iter().filter(|k| !set.contains(k)).take(5).collect();
            let counts: Vec<usize> = per.values().map(Vec::len).collect();
            let offs: std::collections::BTreeSet<i64> = out
                .iter()
                .filter(|r| r.partition == *p)
                .map(|r| r.offset)
                .collect();
            eprintln!(
                "partition {p}: {} distinct offsets, {:?}..{:?}",
                offs.len(),
                offs.first(),
                offs.last()
            );
            panic!(
                "partition {p}: {} of {} inputs present; first missing {missing:?}; records per partition {counts:?}; last present {:?}",
                firsts.len(),
                w.len(),
                got.last()
            );
        }
        assert!(
            firsts.iter().zip(w).all(|(a, b)| *a == b),
            "partition {p}: out of order"
        );
    }
}

/// The veil.toml for one CDR topic.
pub fn config(brokers: &str, group: &str, delivery: &str, extra: &str) -> String {
    format!(
        r#"
group_id = "{group}"
quarantine_topic = "quarantine"
vault_topic = "vault"
delivery = "{delivery}"
workers = 2
shutdown_deadline = "20s"
{extra}

[kafka]
brokers = "{brokers}"

[[topics]]
input = "cdr"
output = "cdr-out"
pack = "asterisk-cdr"
[topics.headers]
caller = "phone"

[batch]
records = 500
linger_ms = 10
"#
    )
}

pub fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}
