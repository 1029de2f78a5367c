//! `veil bench`: measure the core against line rate, beside baselines.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Args;

use crate::bench::{self, Config, GBE_PAYLOAD, Report, Workload};
use crate::keys::Keyring;
use crate::rules::Source;

#[derive(Debug, Args)]
#[command(
    after_help = "Runs the real rule packs through the core on a generated, realistic workload (or your file)
on 1..N threads and prints, for each thread count, veil beside two baselines measured in the
same run: a memchr line-split passthrough and the pack's decode/encode with no detection.
Compare ratios, not absolute figures: shared machines are noisy. Nothing is written anywhere;
an in-memory key is generated.

With --kafka --config veil.toml it measures end to end through that config's brokers instead:
the workload is produced to a bench input topic, then a plain rdkafka consume->produce
passthrough (the pipeline's client settings) and veil's pipeline (the config's delivery mode,
workers and batching) each move it to a topic of their own, and both rates are printed with
their ratio (target: veil at least 80% of the passthrough). The config's own topics are not
touched: the bench uses <prefix>-in, -passthrough, -out, -quarantine and -vault, creates them
with the admin API and deletes them afterwards (--keep-topics keeps them). A broker that does
not allow creating topics gets an error naming the topics to create.

Examples:
  veil bench                                  # syslog mix, 1 and 2 threads
  veil bench --workload asterisk-cdr --threads 4
  veil bench --workload all --json > bench.json
  veil bench --input Master.csv --pack asterisk-cdr
  veil bench --kafka --config veil.toml --records 200000 --rounds 3
  veil bench --kafka --config veil.toml --workload asterisk-cdr --partitions 8"
)]
pub(super) struct BenchArgs {
    /// syslog, asterisk-cdr, cucm-cdr, json or all.
    #[arg(long, default_value = "syslog")]
    workload: String,
    /// Measure 1..=N threads. Default: the machine's cores.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Records to generate.
    #[arg(long, default_value_t = 50_000)]
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

fn workloads(name: &str) -> anyhow::Result<Vec<Workload>> {
    if name == "all" {
        return Ok(Workload::ALL.to_vec());
    }
    Ok(vec![
        Workload::ALL
            .into_iter()
            .find(|w| w.name() == name)
            .with_context(|| {
                format!("unknown workload {name:?} (syslog, asterisk-cdr, cucm-cdr, json, all)")
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
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        for r in &reports {
            print_kafka(r);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_kafka(r: &bench::kafka::KafkaReport) {
    println!(
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
    );
    println!(
        "{:<40} {:>9} {:>12} {:>9}",
        "", "MB/s", "records/s", "seconds"
    );
    for (name, rate) in [
        ("produce the workload (info)", &r.produce),
        ("baseline-passthrough (consume->produce)", &r.passthrough),
        ("veil (topic to topic)", &r.veil),
    ] {
        println!(
            "{:<40} {:>9.1} {:>12.0} {:>9.2}",
            name, rate.mb_per_s, rate.records_per_s, rate.seconds
        );
    }
    if r.rounds.len() > 1 {
        let each: Vec<String> = r
            .rounds
            .iter()
            .map(|(p, v)| format!("{:.1}%", 100.0 * v.mb_per_s / p.mb_per_s.max(1e-12)))
            .collect();
        println!(
            "medians of {} rounds in alternating order; veil / passthrough per round: {}",
            r.rounds.len(),
            each.join(" ")
        );
    }
    println!(
        "veil / passthrough: {:.1}% (target: at least 80%){}",
        100.0 * r.ratio,
        if r.quarantined > 0 {
            format!("; {} records quarantined", r.quarantined)
        } else {
            String::new()
        }
    );
}

pub(super) fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    if args.kafka {
        if let Some(path) = args.config.clone() {
            return run_kafka(&args, &path);
        }
    }
    let source = Source::from_flag(args.rules.as_deref());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cfg = Config {
        threads: (1..=args.threads.unwrap_or(cores).max(1)).collect(),
        min_time: Duration::from_secs_f64(args.seconds.max(0.01)),
    };
    let keyring = Keyring::generate()?;
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
            let data = w.generate(args.records, 42);
            reports.push(bench::run(w.name(), &pack, &keyring, &data, &cfg)?);
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    } else {
        for r in &reports {
            print_report(r);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_report(r: &Report) {
    println!(
        "\n{} through pack {}: {} records, {:.0} bytes/record, {:.2} values replaced/record",
        r.workload, r.pack, r.records, r.mean_record_bytes, r.values_per_record
    );
    println!(
        "{:<24} {:>3} {:>10} {:>12} {:>9} {:>9} {:>7} {:>9} {:>9} {:>7} {:>7}",
        "",
        "thr",
        "MB/s",
        "records/s",
        "MB/s/thr",
        "p50",
        "p99",
        "vs copy",
        "vs codec",
        "1GbE",
        "10GbE"
    );
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
        println!(
            "{:<24} {:>3} {:>10.1} {:>12.0} {:>9.1} {:>9} {:>7} {:>9} {:>9} {:>6.2}x {:>6.2}x",
            m.name,
            m.threads,
            mbs,
            m.records_per_s(),
            mbs / m.threads as f64,
            lat(m.p50_ns),
            lat(m.p99_ns),
            ratio(copy),
            ratio(codec),
            mbs * 1e6 / GBE_PAYLOAD,
            mbs * 1e6 / (GBE_PAYLOAD * 10.0),
        );
    }
    if let Some(v) = r.runs.iter().rev().find(|m| m.name == "veil") {
        println!("pseudonym cache hit rate {:.1}%", 100.0 * v.cache_hit_rate);
    }
    if let Some(rss) = r.peak_rss_bytes {
        println!(
            "peak RSS {:.1} MB (whole process, data set included)",
            rss as f64 / 1e6
        );
    }
    let one = r.runs.iter().find(|m| m.name == "veil" && m.threads == 1);
    let two = r.runs.iter().find(|m| m.name == "veil" && m.threads == 2);
    if let (Some(a), Some(b)) = (one, two) {
        println!(
            "scaling 1 -> 2 threads: {:.2}x",
            b.mb_per_s() / a.mb_per_s().max(1e-9)
        );
    }
}
