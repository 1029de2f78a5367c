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

/// A generated workload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workload {
    /// sshd, pam, sudo, postfix, kamailio and firewall kv lines (`syslog` pack).
    SyslogMix,
    /// Asterisk `cdr_csv` rows (`asterisk-cdr` pack).
    AsteriskCdr,
    /// Cisco CUCM CDR rows (`cisco-cucm-cdr` pack).
    CucmCdr,
    /// ECS-style JSON events (`json` pack).
    Json,
}

impl Workload {
    /// Every workload.
    pub const ALL: [Workload; 4] = [
        Workload::SyslogMix,
        Workload::AsteriskCdr,
        Workload::CucmCdr,
        Workload::Json,
    ];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Workload::SyslogMix => "syslog",
            Workload::AsteriskCdr => "asterisk-cdr",
            Workload::CucmCdr => "cucm-cdr",
            Workload::Json => "json",
        }
    }

    /// The pack that processes it.
    pub fn pack(self) -> &'static str {
        match self {
            Workload::SyslogMix => "syslog",
            Workload::AsteriskCdr => "asterisk-cdr",
            Workload::CucmCdr => "cisco-cucm-cdr",
            Workload::Json => "json",
        }
    }

    /// `records` generated records, newline-terminated.
    pub fn generate(self, records: usize, seed: u64) -> Vec<u8> {
        match self {
            Workload::SyslogMix => workload::lines(records, seed, workload::syslog_line),
            Workload::AsteriskCdr => workload::lines(records, seed, workload::asterisk_cdr),
            Workload::CucmCdr => workload::lines(records, seed, workload::cucm_cdr),
            Workload::Json => workload::lines(records, seed, workload::json_event),
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
    let results: Vec<(u64, u64, Vec<u32>, u64, u64, u64)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let make = &make;
                s.spawn(move || {
                    let mut worker = make(t);
                    let mut out = Vec::with_capacity(data.len() * 2);
                    let mut lat = Vec::new();
                    let (mut bytes, mut recs, mut quarantined) = (0u64, 0u64, 0u64);
                    let t0 = Instant::now();
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
                    (bytes, recs, lat, hits, total, quarantined)
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

    #[test]
    fn peak_rss_is_read_on_linux() {
        if cfg!(target_os = "linux") {
            assert!(peak_rss().unwrap() > 1024 * 1024);
        }
    }
}
