//! The core, end to end, per format (syslog mix, Asterisk and CUCM CDRs,
//! JSON), each beside
//! two baselines measured in the same run: a memchr line-split passthrough
//! (the ceiling of any line-oriented tool) and decode→encode with no
//! detection (what the format costs on its own).
//!
//! Run: `cargo bench --bench core`. Throughput is reported in bytes (MB/s);
//! records/s = MB/s ÷ mean record size, printed at the start.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use veil::keys::Keyring;
use veil::pipeline::Engine;
use veil::rules::Source;
use veil::workload;

const RECORDS: usize = 20_000;

fn passthrough(data: &[u8], out: &mut Vec<u8>) {
    out.clear();
    let mut at = 0;
    for end in memchr::memchr_iter(b'\n', data) {
        out.extend_from_slice(&data[at..=end]);
        at = end + 1;
    }
}

fn run_engine(w: &mut veil::pipeline::Worker, data: &[u8], out: &mut Vec<u8>) -> usize {
    out.clear();
    let mut at = 0;
    let mut failed = 0;
    for end in memchr::memchr_iter(b'\n', data) {
        if w.process(&data[at..end], out).is_err() {
            failed += 1;
        }
        out.push(b'\n');
        at = end + 1;
    }
    failed
}

/// The same pack with every detector and binding removed: decode→encode only.
fn no_detection(pack: &veil::rules::Pack) -> veil::rules::Pack {
    let mut p = pack.clone();
    p.detectors = Default::default();
    p.bindings.clear();
    p.scan_fields = Some(Default::default());
    p
}

fn bench_format(c: &mut Criterion, name: &str, pack: &str, data: Vec<u8>) {
    let keyring = Keyring::generate().expect("os rng");
    let pack = Source::Embedded.load(pack).expect("shipped pack");
    let engine = Engine::new(pack.clone(), &keyring).expect("engine");
    let bare = Engine::new(no_detection(&pack), &keyring).expect("engine");
    eprintln!(
        "{name}: {RECORDS} records, {} bytes, {:.0} bytes/record",
        data.len(),
        data.len() as f64 / RECORDS as f64
    );
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(data.len() as u64));
    g.sample_size(20);
    let mut out = Vec::with_capacity(data.len() * 2);
    g.bench_function("baseline-memchr-passthrough", |b| {
        b.iter(|| passthrough(black_box(&data), &mut out))
    });
    let mut w = bare.worker();
    g.bench_function("baseline-decode-encode", |b| {
        b.iter(|| run_engine(&mut w, black_box(&data), &mut out))
    });
    g.bench_function("veil-cold-cache", |b| {
        b.iter_batched(
            || engine.worker(),
            |mut w| run_engine(&mut w, black_box(&data), &mut out),
            BatchSize::LargeInput,
        )
    });
    let mut w = engine.worker();
    g.bench_function("veil-warm-cache", |b| {
        b.iter(|| run_engine(&mut w, black_box(&data), &mut out))
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    bench_format(
        c,
        "syslog-mix",
        "syslog",
        workload::lines(RECORDS, 42, workload::syslog_line),
    );
    bench_format(
        c,
        "cucm-cdr",
        "cisco-cucm-cdr",
        workload::lines(RECORDS, 42, workload::cucm_cdr),
    );
    bench_format(
        c,
        "json",
        "json",
        workload::lines(RECORDS, 42, workload::json_event),
    );
    bench_format(
        c,
        "asterisk-cdr",
        "asterisk-cdr",
        workload::lines(RECORDS, 42, workload::asterisk_cdr),
    );
}

criterion_group!(core, benches);
criterion_main!(core);
