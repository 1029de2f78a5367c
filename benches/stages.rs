//! One bench per stage of the core, each beside a passthrough measured in the
//! same run: decode per format (beside a memchr pass over the same records),
//! each built-in detector alone, each operator, and encode per style.
//!
//! Run: `cargo bench --bench stages`. Throughput is in bytes for decode,
//! detect and encode, and in values (elements) for the operators; inputs
//! are generated before timing starts.

use std::hint::black_box;
use std::net::IpAddr;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use veil::detect::{Builtin, DetectorConfig, DetectorSet, Kind, Span};
use veil::format::{self, Field, Format, Style};
use veil::keys::SecretKey;
use veil::ops::{IpPrefix, Mask, Operator, Pseudonym, Redact};
use veil::rules::Source;
use veil::workload;

const RECORDS: usize = 10_000;

fn records(make: fn(&mut workload::Rng) -> String) -> (Vec<String>, u64) {
    let text = String::from_utf8(workload::lines(RECORDS, 7, make)).expect("utf-8");
    let recs: Vec<String> = text.lines().map(str::to_owned).collect();
    let bytes = recs.iter().map(|r| r.len() as u64).sum();
    (recs, bytes)
}

fn passthrough(recs: &[String]) -> usize {
    recs.iter()
        .map(|r| memchr::memchr_iter(b'\n', black_box(r.as_bytes())).count() + 1)
        .sum()
}

fn decode(c: &mut Criterion) {
    type Make = fn(&mut workload::Rng) -> String;
    let cases: [(&str, &str, Make); 4] = [
        ("syslog", "syslog", workload::syslog_line),
        ("asterisk-cdr", "asterisk-cdr", workload::asterisk_cdr),
        ("cucm-cdr", "cisco-cucm-cdr", workload::cucm_cdr),
        ("json", "json", workload::json_event),
    ];
    for (name, pack, make) in cases {
        let format: Format = Source::Embedded.load(pack).expect("pack").format;
        let (recs, bytes) = records(make);
        let mut g = c.benchmark_group(format!("decode/{name}"));
        g.throughput(Throughput::Bytes(bytes));
        g.sample_size(20);
        g.bench_function("baseline-memchr-passthrough", |b| {
            b.iter(|| passthrough(&recs))
        });
        let mut fields: Vec<Field<'_>> = Vec::new();
        g.bench_function("decode", |b| {
            b.iter(|| {
                let mut n = 0;
                for r in &recs {
                    fields.clear();
                    let _ = format.decode(black_box(r.as_bytes()), &mut fields);
                    n += fields.len();
                }
                fields.clear();
                n
            })
        });
        g.finish();
    }
}

fn detectors(c: &mut Criterion) {
    let (recs, bytes) = records(workload::syslog_line);
    let mut g = c.benchmark_group("detect/syslog-mix");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(20);
    g.bench_function("baseline-memchr-passthrough", |b| {
        b.iter(|| passthrough(&recs))
    });
    for builtin in Builtin::ALL {
        let set = DetectorSet::new(&DetectorConfig {
            builtins: vec![builtin],
            custom: Vec::new(),
        })
        .expect("builtin detector");
        let mut spans: Vec<Span> = Vec::new();
        g.bench_function(builtin.name(), |b| {
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
    }
    g.finish();
}

fn operators(c: &mut Criterion) {
    // Distinct halves: ipcrypt-pfx refuses a key whose two halves are equal.
    let key = SecretKey::from_bytes(std::array::from_fn(|i| i as u8));
    let phones: Vec<String> = (0..1000).map(|i| format!("+467017{i:05}")).collect();
    let v4: Vec<IpAddr> = (0..1000u32)
        .map(|i| IpAddr::from(std::net::Ipv4Addr::from(0xc000_0200u32 + i)))
        .collect();
    let v6: Vec<IpAddr> = (0..1000u128)
        .map(|i| IpAddr::from(std::net::Ipv6Addr::from(0x2001_0db8_u128 << 96 | i)))
        .collect();
    let ops: [(&str, Operator, Kind); 4] = [
        (
            "pseudonym",
            Operator::Pseudonym(Pseudonym::new(&key, "ph").expect("prefix")),
            Kind::Phone,
        ),
        ("mask", Operator::Mask(Mask::keep_last(2)), Kind::Phone),
        (
            "redact",
            Operator::Redact(Redact::new("[redacted]")),
            Kind::Phone,
        ),
        ("keep", Operator::Keep, Kind::Phone),
    ];
    let mut g = c.benchmark_group("operator");
    g.throughput(Throughput::Elements(phones.len() as u64));
    let mut out = String::with_capacity(64);
    g.bench_function("baseline-copy", |b| {
        b.iter(|| {
            for p in &phones {
                out.clear();
                out.push_str(black_box(p));
            }
        })
    });
    for (name, op, kind) in &ops {
        g.bench_function(*name, |b| {
            b.iter(|| {
                for p in &phones {
                    out.clear();
                    let _ = op.apply(*kind, black_box(p), p, &mut out);
                }
            })
        });
    }
    let ip = IpPrefix::new(&key).expect("ip key");
    g.bench_function("ip-prefix-v4", |b| {
        b.iter(|| {
            v4.iter().for_each(|a| {
                black_box(ip.encrypt(black_box(*a)));
            })
        })
    });
    g.bench_function("ip-prefix-v6", |b| {
        b.iter(|| {
            v6.iter().for_each(|a| {
                black_box(ip.encrypt(black_box(*a)));
            })
        })
    });
    g.finish();
}

fn encode(c: &mut Criterion) {
    let values: Vec<String> = (0..1000)
        .map(|i| format!("Karin \"K\" Eriksson {i}, +4670174{i:04}"))
        .collect();
    let bytes: u64 = values.iter().map(|v| v.len() as u64).sum();
    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Bytes(bytes));
    let mut out = Vec::with_capacity(1 << 16);
    g.bench_function("baseline-copy", |b| {
        b.iter(|| {
            out.clear();
            for v in &values {
                out.extend_from_slice(black_box(v.as_bytes()));
            }
        })
    });
    for (name, style) in [
        ("csv-quoted", Style::CsvQuoted),
        ("json-string", Style::JsonString),
        ("kv-quoted", Style::KvQuoted(b'"')),
        ("cef-extension", Style::CefExtension),
        ("sd-param", Style::SdParam),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                out.clear();
                for v in &values {
                    format::encode(style, black_box(v), &mut out);
                }
            })
        });
    }
    g.finish();
}

criterion_group!(stages, decode, detectors, operators, encode);
criterion_main!(stages);
