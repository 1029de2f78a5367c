//! `veil run`: pseudonymise files or stdin.

use std::fs::File;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use std::sync::{Arc, Mutex};

use super::store::StoreArgs;
use super::{EXIT_QUARANTINED, PackArgs};
use crate::keys::{Keyring, Ratchet};
use crate::pipeline::file::{self, BoxError, Input, Options, Summary, VaultSink};
use crate::pipeline::{Engine, VaultItem};
use crate::vault;

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  # pseudonymise a syslog file with the built-in syslog pack
  veil run --keyring .veil/keyring --pack syslog --input auth.log -o out.log

  # Asterisk CDRs from stdin to stdout
  tail -F /var/log/asterisk/cdr-csv/Master.csv | veil run --pack asterisk-cdr

  # first run: create the keyring if missing; state goes beside it, in .veil/
  veil run --keyring .veil/keyring --init-keyring --pack syslog --input auth.log

Records that cannot be processed go to the quarantine file, sealed; the run goes on and exits 1.
The keyring comes from --keyring or VEIL_KEYRING; there is no default key.
Two of --input, --output (or a redirected stdout), --quarantine, the keyring and the vault that
are one file (by device and inode, so also through links) are refused with exit 2 before
anything is written.")]
pub(super) struct RunArgs {
    #[command(flatten)]
    pack: Option<PackArgs>,
    /// Kafka mode: consume and produce the topics of this veil.toml (see README, "Kafka").
    /// Runs until SIGTERM or SIGINT, then drains, commits and exits.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["input", "output", "pack"])]
    config: Option<PathBuf>,
    /// Kafka mode: serve /metrics, /healthz and /readyz here (overrides metrics_addr).
    #[arg(long, value_name = "ADDR", requires = "config")]
    metrics_addr: Option<std::net::SocketAddr>,
    /// Input file; repeat for several, read in order. Default: stdin. `-` is stdin.
    #[arg(long, short, value_name = "FILE")]
    input: Vec<PathBuf>,
    /// Output file. Default: stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    store: StoreArgs,
    /// Create the keyring at --keyring first if it does not exist yet.
    #[arg(long)]
    init_keyring: bool,
    /// Where records that fail go, sealed (appended; created mode 0600). Default: beside the
    /// keyring, `<keyring>.quarantine.jsonl`.
    #[arg(long, value_name = "FILE", env = "VEIL_QUARANTINE")]
    quarantine: Option<PathBuf>,
    /// Records longer than this many bytes are quarantined: reading keeps at most this much of
    /// one and skips the rest, and the quarantine entry says only where it was and how long.
    #[arg(long, value_name = "BYTES", default_value_t = crate::pipeline::engine::DEFAULT_MAX_RECORD)]
    max_record_bytes: usize,
    /// No progress and no summary on stderr.
    #[arg(long, short)]
    quiet: bool,
    /// Worker threads for files and stdin. The output is the same, in input order, for any
    /// number. Default: the machine's cores (at most 8).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    threads: Option<u16>,
}

pub(super) fn load_keyring(flag: Option<&std::path::Path>, init: bool) -> anyhow::Result<Keyring> {
    let path = Keyring::locate(flag)?;
    if init && !path.exists() {
        Keyring::create(&path)?;
        eprintln!(
            "veil: created keyring {} (mode 0600); keep it secret and back it up",
            path.display()
        );
    }
    Ok(Keyring::load(&path)?)
}

/// The ratchet of a run: the keyring file advanced as epochs turn, for the
/// epoch schedule of every pack of `rules` (a full keyring keeps the ended
/// epochs of all of them, not only of the packs this run uses).
pub(super) fn ratchet_for(
    keyring: Keyring,
    path: &std::path::Path,
    rules: &crate::rules::Source,
    running: &[crate::rules::Pack],
    quiet: bool,
) -> Arc<Mutex<Ratchet>> {
    let mut packs = running.to_vec();
    match rules.compile_all_for_keys_beside(running) {
        Ok(all) => packs.extend(all),
        Err(e) => eprintln!(
            "veil: warning: not every pack of the rules compiles, so only the epochs of the packs \
             this run uses are kept ({} problems; run `veil check`)",
            e.0.len()
        ),
    }
    let schedule = crate::rules::schedule(&packs);
    if keyring.epochs().is_none() && !schedule.is_empty() && !quiet {
        eprintln!(
            "veil: the keyring has no epoch chain: categories with an `epoch` make legacy tokens, \
             which never expire (README: \"Epoch keys\"; veil keys add-chain)"
        );
    }
    Arc::new(Mutex::new(Ratchet::new(
        keyring,
        Some(path.to_path_buf()),
        schedule,
    )))
}

pub(super) fn run(args: RunArgs) -> anyhow::Result<ExitCode> {
    if let Some(config) = &args.config {
        return run_kafka(&args, config);
    }
    let Some(pack_args) = &args.pack else {
        anyhow::bail!("either --pack or --config is needed");
    };
    refuse_same_files(&args)?;
    let pack = pack_args.load()?;
    let keyring = load_keyring(args.store.keyring.as_deref(), args.init_keyring)?;
    let quarantine = match &args.quarantine {
        Some(p) => p.clone(),
        None => super::store::beside(&args.store.keyring_path()?, ".quarantine.jsonl"),
    };
    let ratchet = ratchet_for(
        keyring.clone(),
        &args.store.keyring_path()?,
        &crate::rules::Source::from_flag(pack_args.rules.as_deref()),
        std::slice::from_ref(&pack),
        args.quiet,
    );
    let engine = Engine::with_ratchet(pack, &ratchet, std::time::SystemTime::now())?
        .with_max_record(args.max_record_bytes);
    let inputs = if args.input.is_empty() {
        vec![Input::Stdin]
    } else {
        args.input
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::File(p.clone())
                }
            })
            .collect()
    };
    let opts = Options {
        inputs,
        quarantine: quarantine.clone(),
        progress: !args.quiet,
        threads: args.threads.map_or_else(default_threads, usize::from),
    };
    // Reversible categories seal their originals into the vault; each batch
    // of output is written only after its entries are committed. The writer
    // holds the vault file only while it commits, so `veil reveal` and the
    // other vault commands can open it while the run goes on.
    let mut sink = if engine.has_reversible() {
        let vault = args.store.open_vault(&keyring)?;
        Some(Sink {
            writer: vault.into_writer(&keyring)?,
        })
    } else {
        None
    };
    let sink_ref = sink.as_mut().map(|s| s as &mut (dyn VaultSink + Send));
    let summary = match &args.output {
        Some(path) => {
            let f = File::create(path)
                .with_context(|| format!("{}: cannot create output", path.display()))?;
            file::run(&engine, &keyring, &opts, sink_ref, f)?
        }
        None => file::run(&engine, &keyring, &opts, sink_ref, io::stdout().lock())?,
    };
    if !args.quiet {
        print_summary(&engine, &summary, &quarantine);
    }
    Ok(if summary.quarantined_total() > 0 {
        ExitCode::from(EXIT_QUARANTINED)
    } else {
        ExitCode::SUCCESS
    })
}

/// Refuses inputs, output, quarantine, keyring and vault of which two are
/// one file and at least one is written (checked before anything is opened
/// for writing).
fn refuse_same_files(args: &RunArgs) -> anyhow::Result<()> {
    use super::paths::{Place, Use, refuse_same_file};
    let mut uses: Vec<Use<'_>> = args
        .input
        .iter()
        .map(|p| {
            Use::read(
                "--input",
                if p.as_os_str() == "-" {
                    Place::Stdin
                } else {
                    Place::Path(p)
                },
            )
        })
        .collect();
    if uses.is_empty() {
        uses.push(Use::read("--input", Place::Stdin));
    }
    uses.push(Use::write(
        "--output",
        args.output.as_deref().map_or(Place::Stdout, Place::Path),
    ));
    let keyring = args.store.keyring_path().ok();
    let quarantine = args.quarantine.clone().or_else(|| {
        keyring
            .as_deref()
            .map(|k| super::store::beside(k, ".quarantine.jsonl"))
    });
    if let Some(q) = &quarantine {
        uses.push(Use::write("--quarantine", Place::Path(q)));
    }
    let vault = args.store.vault_path().ok();
    if let Some(k) = &keyring {
        uses.push(Use {
            what: "--keyring",
            place: Place::Path(k),
            writes: args.init_keyring,
        });
    }
    if let Some(v) = &vault {
        uses.push(Use::write("--vault", Place::Path(v)));
    }
    refuse_same_file(&uses)
}

/// `veil run --config`: Kafka mode until a signal, then drain and commit.
fn run_kafka(args: &RunArgs, path: &std::path::Path) -> anyhow::Result<ExitCode> {
    use std::sync::atomic::{AtomicBool, Ordering};

    use crate::pipeline::metrics::{self, Metrics};

    let cfg = crate::config::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    let flag = args.store.keyring.as_deref().or(cfg.keyring.as_deref());
    let keyring = load_keyring(flag, args.init_keyring)?;
    let packs: Vec<_> = cfg.topics.iter().map(|t| t.pack.clone()).collect();
    let ratchet = ratchet_for(
        keyring,
        &Keyring::locate(flag)?,
        &cfg.rules,
        &packs,
        args.quiet,
    );
    let metrics = Arc::new(Metrics::default());
    let stop = Arc::new(AtomicBool::new(false));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let addr = args.metrics_addr.or(cfg.metrics_addr);
    let quiet = args.quiet;
    let summary = rt.block_on(async {
        if let Some(addr) = addr {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("{addr}: cannot serve metrics"))?;
            tokio::spawn(metrics::serve(listener, Arc::clone(&metrics)));
        }
        let s = Arc::clone(&stop);
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("signal: stopping");
            s.store(true, Ordering::Relaxed);
            // A second signal does not wait for the drain.
            wait_for_signal().await;
            std::process::exit(130);
        });
        let m = Arc::clone(&metrics);
        tokio::task::spawn_blocking(move || {
            crate::pipeline::kafka::run_with_ratchet(&cfg, &ratchet, m, stop)
        })
        .await
        .map_err(|e| anyhow::anyhow!("pipeline thread: {e}"))?
        .map_err(anyhow::Error::from)
    })?;
    if !quiet {
        let q: u64 = summary.quarantined.values().sum();
        eprintln!(
            "veil: {} records in, {} out, {q} quarantined",
            summary.records_in, summary.records_out
        );
    }
    rt.shutdown_timeout(std::time::Duration::from_millis(100));
    Ok(ExitCode::SUCCESS)
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Hands reversible values to the vault writer.
pub(super) struct Sink {
    pub(super) writer: vault::Writer,
}

impl VaultSink for Sink {
    fn put(&mut self, engine: &Engine, item: &VaultItem) -> Result<(), BoxError> {
        let c = &engine.pack().categories[item.category as usize];
        self.writer.put(&vault::Item {
            domain: &c.domain,
            category: &c.name,
            token: &item.token,
            original: &item.original,
            retention: c.retention,
        })?;
        Ok(())
    }

    /// One clock read for the batch, not one per item (1.5% of the
    /// committer's CPU on a CDR file).
    fn put_batch(&mut self, engine: &Engine, items: &[VaultItem]) -> Result<(), BoxError> {
        let now = std::time::SystemTime::now();
        for item in items {
            let c = &engine.pack().categories[item.category as usize];
            self.writer.put_at(
                &vault::Item {
                    domain: &c.domain,
                    category: &c.name,
                    token: &item.token,
                    original: &item.original,
                    retention: c.retention,
                },
                now,
            )?;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<(), BoxError> {
        self.writer.commit()?;
        Ok(())
    }
}

/// The end-of-run summary, on stderr: counts only, never values.
pub(super) fn print_summary(engine: &Engine, s: &Summary, quarantine: &std::path::Path) {
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    let mb = s.stats.bytes_in as f64 / 1e6;
    eprintln!(
        "veil: {} records ({:.2} MB) in {:.2}s, {:.1} MB/s; {} changed, {} quarantined",
        s.stats.records,
        mb,
        secs,
        mb / secs,
        s.stats.changed,
        s.quarantined_total()
    );
    let cats: Vec<String> = engine
        .pack()
        .categories
        .iter()
        .zip(&s.stats.per_category)
        .filter(|(_, n)| **n > 0)
        .map(|(c, n)| format!("{} {n}", c.name))
        .collect();
    if !cats.is_empty() {
        eprintln!("veil: replaced: {}", cats.join(", "));
    }
    if s.quarantined_total() > 0 {
        let reasons: Vec<String> = s
            .quarantined
            .iter()
            .map(|(r, n)| format!("{r} {n}"))
            .collect();
        eprintln!(
            "veil: quarantined ({}) -> {}",
            reasons.join(", "),
            quarantine.display()
        );
    }
}

/// One worker per core, up to 8: past that the single reading and writing
/// thread is the limit.
fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}
