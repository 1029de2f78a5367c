//! `veil bench`: throughput of the real core on a realistic workload, beside
//! two baselines measured in the same run.
//!
//! Shared machines are noisy, so every figure is reported next to:
//! - **memchr passthrough**: split lines and copy them, the ceiling of any
//!   line-oriented tool on this machine right now;
//! - **decode/encode**: the same pack's format with no bindings and no
//!   detectors, what the format costs on its own.
//!
//! Each configuration runs every thread over the whole data set for at least
//! a minimum time; throughput is total bytes over wall time. Per-record
//! latency is sampled (every 8th record) so timing does not distort the run.

pub mod kafka;

use std::time::{Duration, Instant};

use crate::keys::Keyring;
use crate::pipeline::{Engine, Worker};
use crate::rules::Pack;
use crate::workload;

/// Payload bytes per second of 1 Gbit/s Ethernet (1500-byte frames, after
/// Ethernet, IP and TCP overhead).
pub const GBE_PAYLOAD: f64 = 118e6;

/// A generated workload: a set of templates (see [`workload`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workload {
    /// The realistic syslog corpus: sshd, pam, sudo, postfix, kamailio,
    /// asterisk, SMS gateway and firewall lines (`syslog` pack).
    Syslog,
    /// The first, friendlier syslog mix: lines padded to 150-250 bytes, a
    /// few hundred users (`syslog` pack); Zipf values unless told otherwise.
    SyslogZipf,
    /// Asterisk `cdr_csv` rows (`asterisk-cdr` pack).
    AsteriskCdr,
    /// Cisco CUCM CDR rows (`cisco-cucm-cdr` pack).
    CucmCdr,
    /// ECS-style JSON events (`json` pack).
    Json,
}

/// Where a workload's personal values come from.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueModel {
    /// The friendly pools: a few hundred users and a few thousand numbers,
    /// drawn Zipf-like (about 93% cache hits on the syslog mix).
    Zipf,
    /// The realistic model ([`workload::Novel`]): each occurrence is a new
    /// value with this probability; the cache hit rate lands near one minus it.
    Novelty(f64),
}

/// The novelty of the realistic default: about two thirds of lookups hit
/// the pseudonym cache, as on the real corpus of issue 12 (66.8%). (Hits
/// land a few points above `1 - novelty`: some returning values are still
/// cached, and a record may repeat a value it holds.)
pub const DEFAULT_NOVELTY: f64 = 0.38;

/// The novelty levels of the cost curve: about 50%, 70% and 90% cache hits
/// on syslog (measured: 50-51%, 70-71%, 91%).
pub const CURVE: [f64; 3] = [0.6, 0.35, 0.1];

impl ValueModel {
    /// `zipf` or a novelty in 0..=1.
    pub fn parse(s: &str) -> Option<ValueModel> {
        if s == "zipf" {
            return Some(ValueModel::Zipf);
        }
        let n: f64 = s.parse().ok()?;
        (0.0..=1.0).contains(&n).then_some(ValueModel::Novelty(n))
    }

    /// How it is printed.
    pub fn label(self) -> String {
        match self {
            ValueModel::Zipf => "zipf values".to_string(),
            ValueModel::Novelty(n) => format!("novelty {n:.2}"),
        }
    }
}

/// A generated data set and what it holds.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Newline-terminated records.
    pub data: Vec<u8>,
    /// The value model it was made with.
    pub values: ValueModel,
    /// Occurrences and distinct values per kind (realistic model only).
    pub kinds: Vec<workload::KindStats>,
    /// Every `sample_every`-th value drawn, as written (realistic model
    /// only): for checking that an output holds none of them.
    pub sample: Vec<String>,
}

impl Workload {
    /// Every workload.
    pub const ALL: [Workload; 5] = [
        Workload::Syslog,
        Workload::SyslogZipf,
        Workload::AsteriskCdr,
        Workload::CucmCdr,
        Workload::Json,
    ];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Workload::Syslog => "syslog",
            Workload::SyslogZipf => "syslog-zipf",
            Workload::AsteriskCdr => "asterisk-cdr",
            Workload::CucmCdr => "cucm-cdr",
            Workload::Json => "json",
        }
    }

    /// The pack that processes it.
    pub fn pack(self) -> &'static str {
        match self {
            Workload::Syslog | Workload::SyslogZipf => "syslog",
            Workload::AsteriskCdr => "asterisk-cdr",
            Workload::CucmCdr => "cisco-cucm-cdr",
            Workload::Json => "json",
        }
    }

    /// Its values when none are asked for: the friendly mix keeps its Zipf
    /// values, every other workload is realistic.
    pub fn default_values(self) -> ValueModel {
        match self {
            Workload::SyslogZipf => ValueModel::Zipf,
            _ => ValueModel::Novelty(DEFAULT_NOVELTY),
        }
    }

    /// `records` generated records, newline-terminated, with the workload's
    /// default values.
    pub fn generate(self, records: usize, seed: u64) -> Vec<u8> {
        self.generate_with(records, seed, self.default_values(), 0)
            .data
    }

    /// `records` generated records with `values`; with the realistic model
    /// every `sample_every`-th value drawn is kept in the sample (0: none).
    pub fn generate_with(
        self,
        records: usize,
        seed: u64,
        values: ValueModel,
        sample_every: u64,
    ) -> Generated {
        fn make<V: workload::Values>(w: Workload, v: &mut V, n: usize) -> Vec<u8> {
            match w {
                Workload::Syslog => workload::lines_from(v, n, workload::syslog_realistic),
                Workload::SyslogZipf => workload::lines_from(v, n, workload::syslog_line),
                Workload::AsteriskCdr => workload::lines_from(v, n, workload::asterisk_cdr),
                Workload::CucmCdr => workload::lines_from(v, n, workload::cucm_cdr),
                Workload::Json => workload::lines_from(v, n, workload::json_event),
            }
        }
        match values {
            ValueModel::Zipf => Generated {
                data: make(self, &mut workload::Rng::new(seed), records),
                values,
                kinds: Vec::new(),
                sample: Vec::new(),
            },
            ValueModel::Novelty(n) => {
                let mut v = workload::Novel::new(seed, n).with_sample(sample_every);
                let data = make(self, &mut v, records);
                Generated {
                    data,
                    values,
                    kinds: v.stats(),
                    sample: v.take_sample(),
                }
            }
        }
    }
}

/// One measured configuration.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Measurement {
    /// `veil`, `baseline-memchr` or `baseline-decode-encode`.
    pub name: String,
    /// Threads that ran.
    pub threads: usize,
    /// Bytes processed (all threads, all passes).
    pub bytes: u64,
    /// Records processed.
    pub records: u64,
    /// Wall time.
    pub seconds: f64,
    /// Median per-record latency in nanoseconds (sampled).
    pub p50_ns: u64,
    /// 99th-percentile per-record latency in nanoseconds (sampled).
    pub p99_ns: u64,
    /// Pseudonym cache hit rate, 0..1 (0 for baselines).
    pub cache_hit_rate: f64,
    /// Records quarantined (should be 0 on generated data).
    pub quarantined: u64,
    /// CPU time of the measuring threads (user + system), if known: on a
    /// shared machine MB per CPU second moves far less than MB/s.
    pub cpu_seconds: Option<f64>,
}

impl Measurement {
    /// Megabytes (10^6) per second, all threads.
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-12)
    }

    /// Records per second, all threads.
    pub fn records_per_s(&self) -> f64 {
        self.records as f64 / self.seconds.max(1e-12)
    }

    /// Megabytes per CPU second (all threads' CPU time), if known.
    pub fn mb_per_cpu_s(&self) -> Option<f64> {
        self.cpu_seconds
            .map(|c| self.bytes as f64 / 1e6 / c.max(1e-12))
    }
}

/// Everything one `veil bench` run measured.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Report {
    /// The workload's name, or the input file's.
    pub workload: String,
    /// The pack that ran.
    pub pack: String,
    /// Records in the data set.
    pub records: usize,
    /// Mean record size in bytes.
    pub mean_record_bytes: f64,
    /// Replaced values per record (from the engine's counters).
    pub values_per_record: f64,
    /// Where the values came from (`None` for an input file).
    pub values: Option<ValueModel>,
    /// Occurrences and distinct values per kind (realistic model only).
    pub kinds: Vec<workload::KindStats>,
    /// The measurements, baselines first, for each thread count.
    pub runs: Vec<Measurement>,
    /// Peak resident set size of the process in bytes, if known.
    pub peak_rss_bytes: Option<u64>,
}

/// How to run.
#[derive(Clone, Debug)]
pub struct Config {
    /// Thread counts to measure, e.g. `[1, 2]`.
    pub threads: Vec<usize>,
    /// Minimum wall time per configuration.
    pub min_time: Duration,
    /// Measure the two baselines too (a cost curve measures them once).
    pub baselines: bool,
}

/// Runs the benchmark on `data` (newline-terminated records) with `pack`.
pub fn run(
    name: &str,
    pack: &Pack,
    keyring: &Keyring,
    data: &[u8],
    cfg: &Config,
) -> Result<Report, crate::pipeline::engine::EngineError> {
    let engine = Engine::new(pack.clone(), keyring)?;
    let bare = Engine::new(no_detection(pack), keyring)?;
    let records = memchr::memchr_iter(b'\n', data).count().max(1);
    // One untimed pass: counts values per record, warms caches and pages.
    let mut probe = engine.worker();
    let mut out = Vec::with_capacity(data.len() * 2);
    let _ = pass(&mut probe, data, &mut out, false, &mut Vec::new());
    let replaced: u64 = probe.stats().per_category.iter().sum();
    let mut runs = Vec::new();
    for &threads in &cfg.threads {
        let threads = threads.max(1);
        if cfg.baselines {
            runs.push(measure(
                "baseline-memchr",
                threads,
                data,
                cfg.min_time,
                |_| None,
            ));
            runs.push(measure(
                "baseline-decode-encode",
                threads,
                data,
                cfg.min_time,
                |_| Some(bare.worker()),
            ));
        }
        runs.push(measure("veil", threads, data, cfg.min_time, |_| {
            Some(engine.worker())
        }));
    }
    Ok(Report {
        workload: name.to_string(),
        pack: pack.name.clone(),
        records,
        mean_record_bytes: data.len() as f64 / records as f64,
        values_per_record: replaced as f64 / records as f64,
        values: None,
        kinds: Vec::new(),
        runs,
        peak_rss_bytes: peak_rss(),
    })
}

/// The same pack with every detector and binding removed.
pub fn no_detection(pack: &Pack) -> Pack {
    let mut p = pack.clone();
    p.detectors = Default::default();
    p.bindings.clear();
    p.scan_fields = Some(Default::default());
    p
}

/// Runs `threads` threads, each making passes over `data` until `min_time`
/// has elapsed. `make` builds a thread's worker; `None` means memchr
/// passthrough.
fn measure(
    name: &str,
    threads: usize,
    data: &[u8],
    min_time: Duration,
    make: impl Fn(usize) -> Option<Worker> + Sync,
) -> Measurement {
    let started = Instant::now();
    type ThreadResult = (u64, u64, Vec<u32>, u64, u64, u64, Option<f64>);
    let results: Vec<ThreadResult> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let make = &make;
                s.spawn(move || {
                    let mut worker = make(t);
                    let mut out = Vec::with_capacity(data.len() * 2);
                    let mut lat = Vec::new();
                    let (mut bytes, mut recs, mut quarantined) = (0u64, 0u64, 0u64);
                    let t0 = Instant::now();
                    let cpu0 = thread_cpu_seconds();
                    loop {
                        let (r, q) = match worker.as_mut() {
                            Some(w) => pass(w, data, &mut out, true, &mut lat),
                            None => (passthrough(data, &mut out), 0),
                        };
                        bytes += data.len() as u64;
                        recs += r;
                        quarantined += q;
                        if t0.elapsed() >= min_time {
                            break;
                        }
                    }
                    let (hits, total) = worker.as_ref().map_or((0, 0), |w| {
                        let s = w.stats();
                        (s.cache_hits, s.cache_hits + s.cache_misses)
                    });
                    let cpu = thread_cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
                    (bytes, recs, lat, hits, total, quarantined, cpu)
                })
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut lat: Vec<u32> = results.iter().flat_map(|r| r.2.iter().copied()).collect();
    lat.sort_unstable();
    let pct = |p: f64| -> u64 {
        if lat.is_empty() {
            return 0;
        }
        let i = ((lat.len() - 1) as f64 * p).round() as usize;
        u64::from(lat[i])
    };
    let hits: u64 = results.iter().map(|r| r.3).sum();
    let lookups: u64 = results.iter().map(|r| r.4).sum();
    Measurement {
        name: name.to_string(),
        threads,
        bytes: results.iter().map(|r| r.0).sum(),
        records: results.iter().map(|r| r.1).sum(),
        seconds,
        p50_ns: pct(0.50),
        p99_ns: pct(0.99),
        cache_hit_rate: if lookups == 0 {
            0.0
        } else {
            hits as f64 / lookups as f64
        },
        quarantined: results.iter().map(|r| r.5).sum(),
        cpu_seconds: results.iter().map(|r| r.6).sum(),
    }
}

/// One pass of the engine over `data`; returns (records, quarantined).
/// When `sample` is set, every 8th record's latency goes to `lat` (ns).
fn pass(
    w: &mut Worker,
    data: &[u8],
    out: &mut Vec<u8>,
    sample: bool,
    lat: &mut Vec<u32>,
) -> (u64, u64) {
    out.clear();
    let (mut at, mut n, mut q) = (0, 0u64, 0u64);
    for end in memchr::memchr_iter(b'\n', data) {
        let rec = &data[at..end];
        if sample && n % 8 == 0 {
            let t = Instant::now();
            q += u64::from(w.process(rec, out).is_err());
            lat.push(u32::try_from(t.elapsed().as_nanos()).unwrap_or(u32::MAX));
        } else {
            q += u64::from(w.process(rec, out).is_err());
        }
        out.push(b'\n');
        at = end + 1;
        n += 1;
        // A real driver hands these to the vault; here they are dropped.
        w.take_vault_items().for_each(drop);
        // Keep the output buffer bounded: a real sink drains it.
        if out.len() > (1 << 20) {
            out.clear();
        }
    }
    (n, q)
}

/// Splits lines with memchr and copies them: the passthrough baseline.
fn passthrough(data: &[u8], out: &mut Vec<u8>) -> u64 {
    out.clear();
    let (mut at, mut n) = (0, 0u64);
    for end in memchr::memchr_iter(b'\n', data) {
        out.extend_from_slice(&data[at..=end]);
        at = end + 1;
        n += 1;
        if out.len() > (1 << 20) {
            out.clear();
        }
    }
    n
}

/// The calling thread's CPU time (user + system) in seconds, from Linux
/// `/proc/thread-self/stat` (clock ticks, assumed 100 per second as on
/// every Linux build veil targets), or `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut f = rest.split_whitespace().skip(11);
    let utime: u64 = f.next()?.parse().ok()?;
    let stime: u64 = f.next()?.parse().ok()?;
    Some((utime + stime) as f64 / 100.0)
}

/// The process's peak resident set size (Linux `VmHWM`).
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Source;

    #[test]
    fn every_workload_runs_through_its_pack_without_quarantine() {
        let keyring = Keyring::generate().unwrap();
        for w in Workload::ALL {
            let pack = Source::Embedded.load(w.pack()).unwrap();
            let data = w.generate(300, 1);
            let cfg = Config {
                threads: vec![1],
                min_time: Duration::from_millis(1),
                baselines: true,
            };
            let r = run(w.name(), &pack, &keyring, &data, &cfg).unwrap();
            assert_eq!(r.records, 300);
            assert_eq!(r.runs.len(), 3);
            for m in &r.runs {
                assert_eq!(m.quarantined, 0, "{} {}", w.name(), m.name);
                assert!(m.records >= 300 && m.bytes >= data.len() as u64);
            }
            assert!(
                r.values_per_record >= 1.0,
                "{}: {} values per record",
                w.name(),
                r.values_per_record
            );
        }
    }

    /// One pass of the syslog pack over `data`: (output, cache hit rate).
    fn one_pass(data: &[u8]) -> (Vec<u8>, f64) {
        let keyring = Keyring::generate().unwrap();
        let pack = Source::Embedded.load("syslog").unwrap();
        let engine = Engine::new(pack, &keyring).unwrap();
        let mut w = engine.worker();
        let mut out = Vec::new();
        let mut all = Vec::new();
        for line in data.split_inclusive(|b| *b == b'\n') {
            out.clear();
            w.process(&line[..line.len() - 1], &mut out).unwrap();
            all.extend_from_slice(&out);
            all.push(b'\n');
            w.take_vault_items().for_each(drop);
        }
        let s = w.stats();
        let hits = s.cache_hits as f64 / (s.cache_hits + s.cache_misses).max(1) as f64;
        (all, hits)
    }

    #[test]
    fn the_cache_hit_rate_follows_the_novelty() {
        // On a data set this small a returning value is still cached more
        // often than on the bench's (its kind has fewer distinct values than
        // the cache holds), so the rate is above 1 - novelty.
        for (novelty, low, high) in [(0.5, 0.45, 0.68), (0.3, 0.65, 0.82), (0.1, 0.85, 0.97)] {
            let g = Workload::Syslog.generate_with(30_000, 1, ValueModel::Novelty(novelty), 0);
            let (_, hits) = one_pass(&g.data);
            assert!((low..high).contains(&hits), "novelty {novelty}: {hits}");
        }
    }

    #[test]
    fn the_syslog_pack_leaves_no_planted_value_of_the_realistic_corpus() {
        let g = Workload::Syslog.generate_with(20_000, 9, ValueModel::Novelty(0.33), 7);
        assert!(g.sample.len() > 3_000);
        // Whole words, as `grep -w` finds them: a planted value that is part
        // of a longer one in the output is no leak.
        let value_byte = |c: char| c.is_ascii_alphanumeric() || "._@+-".contains(c);
        // Two passes under two random keys: a value left raw is in both
        // outputs, while an address pseudonym that happens to spell another
        // planted address (prefix-preserving encryption keeps 10/8 in 10/8,
        // where the workload plants thousands) is in one at most, but for
        // odds of about 1e-4.
        let (first, _) = one_pass(&g.data);
        let (second, _) = one_pass(&g.data);
        let (first, second) = (
            String::from_utf8(first).unwrap(),
            String::from_utf8(second).unwrap(),
        );
        let words = |out: &str| -> std::collections::HashSet<String> {
            out.split(|c| !value_byte(c)).map(str::to_owned).collect()
        };
        let (first, second) = (words(&first), words(&second));
        let left: Vec<&String> = g
            .sample
            .iter()
            .filter(|v| first.contains(v.as_str()) && second.contains(v.as_str()))
            .collect();
        assert!(left.is_empty(), "{} of {} left", left.len(), g.sample.len());
    }

    #[test]
    fn the_friendly_mix_is_unchanged_and_realistic_values_are_the_default() {
        assert_eq!(
            Workload::SyslogZipf.generate(200, 3),
            workload::lines(200, 3, workload::syslog_line)
        );
        assert_eq!(
            Workload::AsteriskCdr
                .generate_with(200, 3, ValueModel::Zipf, 0)
                .data,
            workload::lines(200, 3, workload::asterisk_cdr)
        );
        assert_eq!(
            Workload::Syslog.default_values(),
            ValueModel::Novelty(DEFAULT_NOVELTY)
        );
        assert_eq!(ValueModel::parse("zipf"), Some(ValueModel::Zipf));
        assert_eq!(ValueModel::parse("0.5"), Some(ValueModel::Novelty(0.5)));
        assert_eq!(ValueModel::parse("1.5"), None);
    }

    #[test]
    fn thread_cpu_time_is_read_on_linux_and_counts_only_this_thread() {
        if !cfg!(target_os = "linux") {
            return;
        }
        let before = thread_cpu_seconds().unwrap();
        let t = Instant::now();
        let mut x = 0u64;
        while t.elapsed() < Duration::from_millis(300) {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(7));
        }
        let spent = thread_cpu_seconds().unwrap() - before;
        // Busy for 0.3 s of wall time: at most that much CPU, and some.
        assert!(spent > 0.0 && spent <= 0.32, "{spent}");
        let idle = std::thread::spawn(thread_cpu_seconds)
            .join()
            .unwrap()
            .unwrap();
        assert!(idle < 0.05, "a new thread starts at {idle}");
    }

    #[test]
    fn peak_rss_is_read_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(peak_rss().unwrap() > 1024 * 1024);
        }
    }
}
