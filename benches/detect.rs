//! `DetectorSet::detect` alone, on the syslog mix and on Asterisk CDR rows,
//! each beside a memchr passthrough over the same records (the ceiling of
//! any per-record pass) measured in the same run.
//!
//! Run: `cargo bench --bench detect`. Throughput is in bytes; the records
//! are generated and split before timing starts.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use veil::detect::{Builtin, DetectorConfig, DetectorSet, Span};
use veil::workload;

const RECORDS: usize = 20_000;

/// The records of a generated workload, without their newlines.
fn records(make: fn(&mut workload::Rng) -> String) -> (Vec<String>, u64) {
    let data = workload::lines(RECORDS, 42, make);
    let text = String::from_utf8(data).expect("generated text is UTF-8");
    let recs: Vec<String> = text.lines().map(str::to_owned).collect();
    let bytes = recs.iter().map(|r| r.len() as u64).sum();
    (recs, bytes)
}

fn bench_mix(c: &mut Criterion, name: &str, make: fn(&mut workload::Rng) -> String) {
    let (recs, bytes) = records(make);
    let set = DetectorSet::all_builtins();
    let without_names = DetectorSet::new(&DetectorConfig {
        builtins: Builtin::ALL
            .into_iter()
            .filter(|b| *b != Builtin::PersonName)
            .collect(),
        custom: vec![],
    })
    .expect("built-in detectors");
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("baseline-memchr-passthrough", |b| {
        b.iter(|| {
            let mut n = 0;
            for r in &recs {
                n += memchr::memchr_iter(b'@', black_box(r.as_bytes())).count();
            }
            n
        })
    });
    let mut spans: Vec<Span> = Vec::with_capacity(16);
    g.bench_function("detect", |b| {
        b.iter(|| {
            let mut n = 0;
            for r in &recs {
                spans.clear();
                set.detect(black_box(r), &mut spans);
                n += spans.len();
            }
            n
        })
    });
    // The same records without the person-name detector: what it costs on
    // text that has no names (the generated mixes have none in free text).
    g.bench_function("detect-without-person-name", |b| {
        b.iter(|| {
            let mut n = 0;
            for r in &recs {
                spans.clear();
                without_names.detect(black_box(r), &mut spans);
                n += spans.len();
            }
            n
        })
    });
    g.finish();
}

fn detect(c: &mut Criterion) {
    bench_mix(c, "detect-syslog", workload::syslog_line);
    bench_mix(c, "detect-asterisk-cdr", workload::asterisk_cdr);
}

criterion_group!(benches, detect);
criterion_main!(benches);
