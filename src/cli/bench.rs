//! `veil bench`: measure the core against line rate, beside baselines.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Args;

use crate::bench::{self, CURVE, Config, GBE_PAYLOAD, Report, ValueModel, Workload};
use crate::keys::Keyring;
use crate::rules::Source;

#[derive(Debug, Args)]
#[command(
    after_help = "Runs the real rule packs through the core on a generated, realistic workload (or your file)
on 1..N threads and prints, for each thread count, veil beside two baselines measured in the
same run: a memchr line-split passthrough and the pack's decode/encode with no detection.
Compare ratios, not absolute figures: shared machines are noisy. Nothing is written anywhere;
an in-memory key is generated, with an epoch chain like a new keyring's (--no-chain: without,
as a keyring made before epoch keys).

With --kafka --config veil.toml it measures end to end through that config's brokers instead:
the workload is produced to a bench input topic, then a plain rdkafka consume->produce
passthrough (the pipeline's client settings) and veil's pipeline (the config's delivery mode,
workers and batching) each move it to a topic of their own, and both rates are printed with
their ratio (target: veil at least 80% of the passthrough). The config's own topics are not
touched: the bench uses <prefix>-in, -passthrough, -out, -quarantine and -vault, creates them
with the admin API and deletes them afterwards (--keep-topics keeps them). A broker that does
not allow creating topics gets an error naming the topics to create.

Workloads: syslog is the realistic syslog corpus (sshd, pam, sudo, postfix, kamailio, asterisk,
SMS gateway and firewall lines, ~167 bytes and ~1.45 personal values per line); syslog-zipf is the
first, friendlier mix; asterisk-cdr, cucm-cdr and json are call records and JSON events. Their
values follow the realistic model unless --novelty says otherwise: each value occurrence is cold
(new, or returning from long ago) with probability --novelty (default 0.38), else a recent or a
popular value of its kind, so the pseudonym cache hits about 1 - novelty of its lookups, a few
points more (the measured rate is printed). --novelty zipf gives the friendly Zipf pools (about
93% hits); syslog-zipf has them by default. --curve measures each workload at novelty 0.6, 0.35
and 0.1 (about 50%, 70% and 90% cache hits on syslog) and prints throughput against novelty.

--write-workload FILE writes one workload to FILE instead of measuring (for `veil run` and
scripts/peer-bench.sh), and every 100th username, address, number and e-mail it planted to
FILE.values, one a line, to check an output for leaks.

Examples:
  veil bench                          # realistic syslog, 1 and 2 threads
  veil bench --curve --workload all --threads 1
  veil bench --workload syslog-zipf   # the friendly mix, for comparison
  veil bench --workload asterisk-cdr --novelty zipf --threads 4
  veil bench --workload all --json > bench.json
  veil bench --no-chain --threads 1   # legacy tokens, to compare
  veil bench --write-workload syslog.log --records 300000 --novelty 1
  veil bench --input Master.csv --pack asterisk-cdr
  veil bench --kafka --config veil.toml --records 200000 --rounds 3
  veil bench --kafka --config veil.toml --workload asterisk-cdr --partitions 8"
)]
pub(super) struct BenchArgs {
    /// syslog, syslog-zipf, asterisk-cdr, cucm-cdr, json or all.
    #[arg(long, default_value = "syslog")]
    workload: String,
    /// Share of value occurrences that are new, 0..1 (about 1 - the cache hit rate), or
    /// `zipf` for the friendly pools. Default: 0.38, and zipf for syslog-zipf.
    #[arg(long, value_name = "N|zipf", value_parser = parse_values, conflicts_with = "input")]
    novelty: Option<ValueModel>,
    /// Measure each workload at novelty 0.6, 0.35 and 0.1 and print the cost curve.
    #[arg(long, conflicts_with_all = ["novelty", "input", "kafka", "write_workload"])]
    curve: bool,
    /// Write the workload (one, generated) to FILE and planted values to FILE.values; measure
    /// nothing.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["input", "kafka"])]
    write_workload: Option<PathBuf>,
    /// Measure 1..=N threads. Default: the machine's cores.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Records to generate.
    #[arg(long, default_value_t = 200_000)]
    records: usize,
    /// Minimum seconds per measurement.
    #[arg(long, default_value_t = 2.0)]
    seconds: f64,
    /// Benchmark this file (one record per line) instead of a generated workload.
    #[arg(long, value_name = "FILE", requires = "pack")]
    input: Option<PathBuf>,
    /// The pack for --input.
    #[arg(long, value_name = "NAME")]
    pack: Option<String>,
    /// Directory of rule packs. Default: the packs built into veil.
    #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
    rules: Option<PathBuf>,
    /// Print the results as JSON (for comparison over time).
    #[arg(long)]
    json: bool,
    /// Measure with a key that has no epoch chain, as a keyring made before epoch keys: every
    /// category makes legacy tokens under the master secret (to compare with the default, a
    /// chain and versioned tokens for the categories with an `epoch`).
    #[arg(long, conflicts_with = "kafka")]
    no_chain: bool,
    /// Measure end to end through the brokers of --config (see above).
    #[arg(long, requires = "config", conflicts_with_all = ["input", "threads"])]
    kafka: bool,
    /// With --kafka: the veil.toml whose brokers, client properties, delivery mode, workers
    /// and batching are measured.
    #[arg(long, value_name = "FILE", requires = "kafka")]
    config: Option<PathBuf>,
    /// With --kafka: partitions of the bench topics it creates.
    #[arg(long, value_name = "N", default_value_t = 4, requires = "kafka")]
    partitions: i32,
    /// With --kafka: replication factor of the bench topics it creates.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "kafka")]
    replication: i32,
    /// With --kafka: bench topic names start with this. Default: veil-bench-<random>.
    #[arg(long, value_name = "PREFIX", requires = "kafka")]
    topic_prefix: Option<String>,
    /// With --kafka: keep the bench topics afterwards.
    #[arg(long, requires = "kafka")]
    keep_topics: bool,
    /// With --kafka: measure passthrough and veil this many times each, in alternating order,
    /// and report the medians (the output topics then hold this many copies).
    #[arg(long, value_name = "N", default_value_t = 1, requires = "kafka")]
    rounds: usize,
    /// With --kafka: give up on a phase after this many seconds.
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 600.0,
        requires = "kafka"
    )]
    timeout: f64,
}

fn parse_values(s: &str) -> Result<ValueModel, String> {
    ValueModel::parse(s).ok_or_else(|| "expected a number from 0 to 1, or zipf".to_string())
}

fn workloads(name: &str) -> anyhow::Result<Vec<Workload>> {
    if name == "all" {
        return Ok(Workload::ALL.to_vec());
    }
    Ok(vec![
        Workload::ALL
            .into_iter()
            .find(|w| w.name() == name)
            .with_context(|| {
                format!(
                    "unknown workload {name:?} (syslog, syslog-zipf, asterisk-cdr, cucm-cdr, json, all)"
                )
            })?,
    ])
}

fn run_kafka(args: &BenchArgs, path: &std::path::Path) -> anyhow::Result<ExitCode> {
    let cfg = crate::config::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    let source = match &args.rules {
        Some(dir) => Source::Dir(dir.clone()),
        None => cfg.rules.clone(),
    };
    let keyring = Keyring::generate()?;
    let prefix = match &args.topic_prefix {
        Some(p) => p.clone(),
        None => {
            let mut id = [0u8; 4];
            getrandom::fill(&mut id).map_err(|_| anyhow::anyhow!("no random numbers"))?;
            let id: String = id.iter().map(|b| format!("{b:02x}")).collect();
            format!("veil-bench-{id}")
        }
    };
    let mut reports = Vec::new();
    for (i, w) in workloads(&args.workload)?.into_iter().enumerate() {
        let pack = source.load(w.pack()).map_err(|e| anyhow::anyhow!("{e}"))?;
        let data = w.generate(args.records, 42);
        let opts = bench::kafka::KafkaBench {
            prefix: if i == 0 {
                prefix.clone()
            } else {
                format!("{prefix}-{}", w.name())
            },
            partitions: args.partitions.max(1),
            replication: args.replication.max(1),
            keep_topics: args.keep_topics,
            timeout: Duration::from_secs_f64(args.timeout.max(1.0)),
            rounds: args.rounds.max(1),
        };
        if !args.json {
            eprintln!(
                "veil: kafka bench: {} records of {} to {}-in ({} partitions)...",
                args.records,
                w.name(),
                opts.prefix,
                opts.partitions
            );
        }
        reports.push(bench::kafka::run(
            &cfg,
            &keyring,
            w.name(),
            &pack,
            &data,
            &opts,
        )?);
    }
    if args.json {
        print_json(&reports)?;
    } else {
        let mut out = std::io::stdout().lock();
        for r in &reports {
            print_kafka(&mut out, r).context("output")?;
        }
        out.flush().context("output")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_kafka(out: &mut impl Write, r: &bench::kafka::KafkaReport) -> std::io::Result<()> {
    writeln!(
        out,
        "\n{} through pack {} via Kafka: {} records, {:.1} MB ({:.0} bytes/record), {} partitions, {}, {} workers, batches of {}",
        r.workload,
        r.pack,
        r.records,
        r.bytes as f64 / 1e6,
        r.bytes as f64 / r.records.max(1) as f64,
        r.partitions,
        r.delivery,
        r.workers,
        r.batch_records
    )?;
    writeln!(
        out,
        "{:<40} {:>9} {:>12} {:>9}",
        "", "MB/s", "records/s", "seconds"
    )?;
    for (name, rate) in [
        ("produce the workload (info)", &r.produce),
        ("baseline-passthrough (consume->produce)", &r.passthrough),
        ("veil (topic to topic)", &r.veil),
    ] {
        writeln!(
            out,
            "{:<40} {:>9.1} {:>12.0} {:>9.2}",
            name, rate.mb_per_s, rate.records_per_s, rate.seconds
        )?;
    }
    if r.rounds.len() > 1 {
        let each: Vec<String> = r
            .rounds
            .iter()
            .map(|(p, v)| format!("{:.1}%", 100.0 * v.mb_per_s / p.mb_per_s.max(1e-12)))
            .collect();
        writeln!(
            out,
            "medians of {} rounds in alternating order; veil / passthrough per round: {}",
            r.rounds.len(),
            each.join(" ")
        )?;
    }
    writeln!(
        out,
        "veil / passthrough: {:.1}% (target: at least 80%){}",
        100.0 * r.ratio,
        if r.quarantined > 0 {
            format!("; {} records quarantined", r.quarantined)
        } else {
            String::new()
        }
    )?;
    Ok(())
}

pub(super) fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    if args.kafka {
        if let Some(path) = args.config.clone() {
            return run_kafka(&args, &path);
        }
    }
    if let Some(path) = &args.write_workload {
        return write_workload(&args, path);
    }
    let source = Source::from_flag(args.rules.as_deref());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut cfg = Config {
        threads: (1..=args.threads.unwrap_or(cores).max(1)).collect(),
        min_time: Duration::from_secs_f64(args.seconds.max(0.01)),
        baselines: true,
    };
    let keyring = if args.no_chain {
        Keyring::generate()?.without_chain()
    } else {
        Keyring::generate()?
    };
    let mut reports = Vec::new();
    if let Some(path) = &args.input {
        let data =
            std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        let mut data = data;
        if data.last() != Some(&b'\n') {
            data.push(b'\n');
        }
        let pack = source
            .load(args.pack.as_deref().unwrap_or_default())
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        reports.push(bench::run(
            &path.display().to_string(),
            &pack,
            &keyring,
            &data,
            &cfg,
        )?);
    } else {
        for w in workloads(&args.workload)? {
            let pack = source.load(w.pack()).map_err(|e| anyhow::anyhow!("{e}"))?;
            let levels: Vec<ValueModel> = if args.curve {
                CURVE.iter().map(|n| ValueModel::Novelty(*n)).collect()
            } else {
                vec![args.novelty.unwrap_or(w.default_values())]
            };
            for (i, values) in levels.into_iter().enumerate() {
                // A curve measures the baselines once per workload: they do
                // not depend on the values.
                cfg.baselines = i == 0;
                let g = w.generate_with(args.records, 42, values, 0);
                let mut r = bench::run(w.name(), &pack, &keyring, &g.data, &cfg)?;
                r.values = Some(g.values);
                r.kinds = g.kinds;
                reports.push(r);
            }
        }
    }
    if args.json {
        print_json(&reports)?;
    } else {
        let mut out = std::io::stdout().lock();
        for r in &reports {
            print_report(&mut out, r).context("output")?;
        }
        if args.curve {
            print_curve(&mut out, &reports).context("output")?;
        }
        out.flush().context("output")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `--write-workload`: the data set to FILE, the planted sample to FILE.values.
fn write_workload(args: &BenchArgs, path: &std::path::Path) -> anyhow::Result<ExitCode> {
    let w = match workloads(&args.workload)?.as_slice() {
        [w] => *w,
        _ => anyhow::bail!("--write-workload writes one workload, not all"),
    };
    let values = args.novelty.unwrap_or(w.default_values());
    let g = w.generate_with(args.records, 42, values, 100);
    std::fs::write(path, &g.data).with_context(|| format!("{}: cannot write", path.display()))?;
    let mut sample_path = path.as_os_str().to_owned();
    sample_path.push(".values");
    let mut sample = g.sample.join("\n");
    sample.push('\n');
    std::fs::write(&sample_path, sample)
        .with_context(|| format!("{}: cannot write", sample_path.to_string_lossy()))?;
    eprintln!(
        "veil: wrote {} records of {} ({}, {:.1} MB) to {}; {} planted values to {}",
        args.records,
        w.name(),
        values.label(),
        g.data.len() as f64 / 1e6,
        path.display(),
        g.sample.len(),
        sample_path.to_string_lossy()
    );
    if !g.kinds.is_empty() {
        eprintln!("veil: distinct values: {}", kinds_line(&g.kinds));
    }
    Ok(ExitCode::SUCCESS)
}

/// `ipv4 23,114 of 71,050, ...`: distinct values of each kind, of occurrences.
fn kinds_line(kinds: &[crate::workload::KindStats]) -> String {
    kinds
        .iter()
        .map(|k| format!("{} {} of {}", k.kind, k.distinct, k.occurrences))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The cost curve: veil's throughput against novelty, per workload and
/// thread count, beside the codec baseline measured at the first level.
fn print_curve(out: &mut impl Write, reports: &[Report]) -> std::io::Result<()> {
    writeln!(
        out,
        "\ncost curve: throughput against novelty (share of value occurrences that are cold: new, or returning from long ago; cache hits ~ 1 - novelty)"
    )?;
    writeln!(
        out,
        "{:<14} {:>3} {:>8} {:>11} {:>10} {:>10} {:>9} {:>12} {:>9} {:>9} {:>10}",
        "workload",
        "thr",
        "novelty",
        "cache hits",
        "values/rec",
        "MB/s/thr",
        "MB/CPU-s",
        "records/s",
        "p50",
        "vs codec",
        "distinct"
    )?;
    for r in reports {
        let Some(ValueModel::Novelty(n)) = r.values else {
            continue;
        };
        for m in r.runs.iter().filter(|m| m.name == "veil") {
            let codec = reports
                .iter()
                .filter(|b| b.workload == r.workload)
                .flat_map(|b| &b.runs)
                .find(|b| b.threads == m.threads && b.name == "baseline-decode-encode");
            // Per CPU second where both are known: far less noisy than
            // wall time on a shared machine.
            let vs = codec.map_or("-".to_string(), |b| {
                let (a, b) = match (m.mb_per_cpu_s(), b.mb_per_cpu_s()) {
                    (Some(a), Some(b)) => (a, b),
                    _ => (m.mb_per_s(), b.mb_per_s()),
                };
                format!("{:.1}%", 100.0 * a / b.max(1e-9))
            });
            let distinct: u64 = r.kinds.iter().map(|k| k.distinct).max().unwrap_or(0);
            writeln!(
                out,
                "{:<14} {:>3} {:>8.2} {:>10.1}% {:>10.2} {:>10.1} {:>9} {:>12.0} {:>9} {:>9} {:>10}",
                r.workload,
                m.threads,
                n,
                100.0 * m.cache_hit_rate,
                r.values_per_record,
                m.mb_per_s() / m.threads as f64,
                m.mb_per_cpu_s()
                    .map_or("-".to_string(), |c| format!("{c:.1}")),
                m.records_per_s(),
                format!("{:.2}µs", m.p50_ns as f64 / 1000.0),
                vs,
                distinct
            )?;
        }
    }
    writeln!(
        out,
        "(distinct: the largest count of distinct values of one kind in the data set)"
    )?;
    Ok(())
}

fn print_report(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(
        out,
        "\n{} through pack {}: {} records, {:.0} bytes/record, {:.2} values replaced/record{}",
        r.workload,
        r.pack,
        r.records,
        r.mean_record_bytes,
        r.values_per_record,
        r.values
            .map_or(String::new(), |v| format!(", {}", v.label()))
    )?;
    if !r.kinds.is_empty() {
        writeln!(out, "distinct values: {}", kinds_line(&r.kinds))?;
    }
    writeln!(
        out,
        "{:<24} {:>3} {:>10} {:>12} {:>9} {:>9} {:>9} {:>7} {:>9} {:>9} {:>7} {:>7}",
        "",
        "thr",
        "MB/s",
        "records/s",
        "MB/s/thr",
        "MB/CPU-s",
        "p50",
        "p99",
        "vs copy",
        "vs codec",
        "1GbE",
        "10GbE"
    )?;
    for m in &r.runs {
        let copy = r
            .runs
            .iter()
            .find(|b| b.threads == m.threads && b.name == "baseline-memchr");
        let codec = r
            .runs
            .iter()
            .find(|b| b.threads == m.threads && b.name == "baseline-decode-encode");
        let ratio = |b: Option<&bench::Measurement>| {
            b.map_or("-".to_string(), |b| {
                format!("{:.1}%", 100.0 * m.mb_per_s() / b.mb_per_s().max(1e-9))
            })
        };
        let lat = |ns: u64| {
            if ns == 0 {
                "-".to_string()
            } else {
                format!("{:.2}µs", ns as f64 / 1000.0)
            }
        };
        let mbs = m.mb_per_s();
        writeln!(
            out,
            "{:<24} {:>3} {:>10.1} {:>12.0} {:>9.1} {:>9} {:>9} {:>7} {:>9} {:>9} {:>6.2}x {:>6.2}x",
            m.name,
            m.threads,
            mbs,
            m.records_per_s(),
            mbs / m.threads as f64,
            m.mb_per_cpu_s()
                .map_or("-".to_string(), |c| format!("{c:.1}")),
            lat(m.p50_ns),
            lat(m.p99_ns),
            ratio(copy),
            ratio(codec),
            mbs * 1e6 / GBE_PAYLOAD,
            mbs * 1e6 / (GBE_PAYLOAD * 10.0),
        )?;
    }
    if let Some(v) = r.runs.iter().rev().find(|m| m.name == "veil") {
        writeln!(
            out,
            "pseudonym cache hit rate {:.1}%",
            100.0 * v.cache_hit_rate
        )?;
    }
    if let Some(rss) = r.peak_rss_bytes {
        writeln!(
            out,
            "peak RSS {:.1} MB (whole process, data set included)",
            rss as f64 / 1e6
        )?;
    }
    let one = r.runs.iter().find(|m| m.name == "veil" && m.threads == 1);
    let two = r.runs.iter().find(|m| m.name == "veil" && m.threads == 2);
    if let (Some(a), Some(b)) = (one, two) {
        writeln!(
            out,
            "scaling 1 -> 2 threads: {:.2}x",
            b.mb_per_s() / a.mb_per_s().max(1e-9)
        )?;
    }
    Ok(())
}

/// Writes the reports as one JSON document to stdout. A closed pipe
/// (`veil bench --json | head`) is an error the caller reports, as
/// `veil run` and `veil scan` do, not a panic; the text reports write
/// through the same locked stdout for the same reason.
fn print_json<T: serde::Serialize>(reports: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, reports).context("output")?;
    writeln!(out).context("output")?;
    out.flush().context("output")
}
