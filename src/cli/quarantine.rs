//! `veil quarantine`: replay sealed records after a rule fix, from a
//! quarantine file or (with `--config`) from the Kafka quarantine topic.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;

use super::{EXIT_QUARANTINED, PackArgs};
use crate::pipeline::Engine;
use crate::pipeline::file::open_private_append;
use crate::pipeline::quarantine::{Writer, read_entries};

#[derive(Debug, Subcommand)]
pub(super) enum QuarantineCommand {
    /// Open quarantined records and run them through the rules again.
    #[command(
        after_help = "Records that now pass are written to --output (default stdout) in quarantine order.
Records that still fail are sealed again into --requarantine, with their new reason; the
input file is never modified. Entries for records over --max-record-bytes hold only where the
record was and how long it was (the record was not kept): they are counted, not replayed.
Exit code 1 if any record still fails or was not kept.

With --config (Kafka mode) the quarantine topic of that veil.toml is read instead: each record
is opened and run through the CURRENT rules of its source topic's pack, and what passes is
produced to that topic's output topic with its key, headers and timestamp, its vault entries
first, in the configured delivery mode. What still fails is quarantined again, sealed, with
its new reason. Progress is committed by the group replay_group_id (default
<group_id>.replay), so a second replay does not redo the first. Without --follow it stops at
the quarantine topic's end as of its start.

Examples:
  veil quarantine replay --pack asterisk-cdr --output fixed.csv
  veil quarantine replay --rules ./rules --pack syslog --input old.jsonl
  veil quarantine replay --config /etc/veil/veil.toml
  veil quarantine replay --config /etc/veil/veil.toml --follow"
    )]
    Replay {
        #[command(flatten)]
        pack: Option<PackArgs>,
        /// Kafka mode: replay the quarantine topic of this veil.toml.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["pack", "output"])]
        config: Option<PathBuf>,
        /// Kafka mode: the replay's consumer group (default: replay_group_id of the config).
        #[arg(long, value_name = "GROUP", requires = "config")]
        group: Option<String>,
        /// Kafka mode: keep replaying new quarantine records until SIGINT or SIGTERM.
        #[arg(long, requires = "config")]
        follow: bool,
        /// Kafka mode, without --follow: also stop after this many seconds with nothing new.
        #[arg(
            long,
            value_name = "SECONDS",
            default_value_t = 10.0,
            requires = "config"
        )]
        idle: f64,
        /// The quarantine file to replay. Default: `<keyring>.quarantine.jsonl`, where
        /// `veil run` puts it.
        #[arg(long, short, value_name = "FILE", env = "VEIL_QUARANTINE")]
        input: Option<PathBuf>,
        /// Output file. Default: stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Where records that still fail go. Default: `<keyring>.quarantine.replay.jsonl`.
        #[arg(long, value_name = "FILE")]
        requarantine: Option<PathBuf>,
        #[command(flatten)]
        store: super::store::StoreArgs,
    },
}

pub(super) fn run(cmd: QuarantineCommand) -> anyhow::Result<ExitCode> {
    let QuarantineCommand::Replay {
        pack,
        config,
        group,
        follow,
        idle,
        input,
        output,
        requarantine,
        store,
    } = cmd;
    if let Some(config) = config {
        return replay_kafka(&config, &store, group, follow, idle);
    }
    let Some(pack) = pack else {
        anyhow::bail!("either --pack or --config is needed");
    };
    let keyring_path = store.keyring_path()?;
    let input = input.unwrap_or_else(|| super::store::beside(&keyring_path, ".quarantine.jsonl"));
    let requarantine = requarantine
        .unwrap_or_else(|| super::store::beside(&keyring_path, ".quarantine.replay.jsonl"));
    {
        use super::paths::{Place, Use, refuse_same_file};
        let vault = store.vault_path().ok();
        let mut uses = vec![
            Use::read("--input", Place::Path(&input)),
            Use::write(
                "--output",
                output.as_deref().map_or(Place::Stdout, Place::Path),
            ),
            Use::write("--requarantine", Place::Path(&requarantine)),
            Use::read("--keyring", Place::Path(&keyring_path)),
        ];
        if let Some(v) = &vault {
            uses.push(Use::write("--vault", Place::Path(v)));
        }
        refuse_same_file(&uses)?;
    }
    let pack = pack.load()?;
    let keyring = store.load_keyring()?;
    let engine = Engine::new(pack, &keyring)?;
    // Opened now so that a vault problem stops the replay before any work;
    // turned into a writer that holds the file only while it commits.
    let writer = if engine.has_reversible() {
        Some(store.open_vault(&keyring)?.into_writer(&keyring)?)
    } else {
        None
    };
    // Outputs are held until their vault entries are committed.
    let mut held: Vec<u8> = Vec::new();
    let mut worker = engine.worker();
    let file = File::open(&input).with_context(|| format!("{}: cannot open", input.display()))?;
    let mut out: Box<dyn Write> = match &output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("{}: cannot create", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut again: Option<Writer<BufWriter<File>>> = None;
    let (mut passed, mut failed, mut not_kept) = (0u64, 0u64, 0u64);
    let mut buf = Vec::new();
    for entry in read_entries(BufReader::new(file), &keyring) {
        let (e, raw) = entry?;
        if e.reason == "too-large" && raw.is_empty() {
            // Only where it was and how long: the record itself was not
            // kept, so there is nothing to replay.
            not_kept += 1;
            continue;
        }
        buf.clear();
        match worker.process(&raw, &mut buf) {
            Ok(_) => {
                held.extend_from_slice(&buf);
                held.push(b'\n');
                passed += 1;
            }
            Err(err) => {
                failed += 1;
                if again.is_none() {
                    let f = open_private_append(&requarantine)
                        .with_context(|| format!("{}: cannot open", requarantine.display()))?;
                    again = Some(Writer::new(
                        BufWriter::new(f),
                        &keyring,
                        &engine.pack().name,
                    ));
                }
                if let Some(w) = again.as_mut() {
                    w.put(&raw, err.reason(), &err.to_string(), &e.source, e.line)?;
                }
            }
        }
    }
    if let Some(writer) = writer {
        let mut sink = super::run::Sink { writer };
        for item in worker.take_vault_items() {
            crate::pipeline::file::VaultSink::put(&mut sink, &engine, &item)
                .map_err(|e| anyhow::anyhow!("vault: {e}"))?;
        }
        crate::pipeline::file::VaultSink::commit(&mut sink)
            .map_err(|e| anyhow::anyhow!("vault: {e}"))?;
    }
    out.write_all(&held)?;
    out.flush()?;
    if let Some(w) = again.as_mut() {
        w.flush()?;
    }
    eprintln!(
        "veil: replayed {} records: {passed} passed, {failed} still failing{}{}",
        passed + failed,
        if failed > 0 {
            format!(" (sealed into {})", requarantine.display())
        } else {
            String::new()
        },
        if not_kept > 0 {
            format!("; {not_kept} over the size limit were not kept and cannot be replayed")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 || not_kept > 0 {
        ExitCode::from(EXIT_QUARANTINED)
    } else {
        ExitCode::SUCCESS
    })
}

/// `veil quarantine replay --config`: the quarantine topic through the
/// current rules.
fn replay_kafka(
    path: &std::path::Path,
    store: &super::store::StoreArgs,
    group: Option<String>,
    follow: bool,
    idle: f64,
) -> anyhow::Result<ExitCode> {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    use crate::pipeline::kafka::replay::{ReplayOptions, replay};
    use crate::pipeline::metrics::Metrics;

    let cfg = crate::config::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    let flag = store.keyring.as_deref().or(cfg.keyring.as_deref());
    let keyring = crate::keys::Keyring::load(&crate::keys::Keyring::locate(flag)?)?;
    let stop = Arc::new(AtomicBool::new(false));
    let s = Arc::clone(&stop);
    // A signal stops fetching; in-flight records are drained and committed.
    std::thread::spawn(move || {
        if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            rt.block_on(async {
                #[cfg(unix)]
                if let Ok(mut term) =
                    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                {
                    tokio::select! {
                        _ = term.recv() => {}
                        _ = tokio::signal::ctrl_c() => {}
                    }
                    return;
                }
                let _ = tokio::signal::ctrl_c().await;
            });
            s.store(true, Ordering::Relaxed);
        }
    });
    let opts = ReplayOptions {
        group,
        follow,
        idle: std::time::Duration::from_secs_f64(idle.max(0.1)),
    };
    let summary = replay(&cfg, &keyring, Arc::new(Metrics::default()), stop, &opts)?;
    let failing = summary.failing();
    let reasons: Vec<String> = summary
        .still_failing
        .iter()
        .map(|(r, n)| format!("{r} {n}"))
        .collect();
    eprintln!(
        "veil: replayed {} quarantine records from {}: {} passed, {failing} still failing{}{}{}",
        summary.read,
        cfg.quarantine_topic,
        summary.replayed,
        if reasons.is_empty() {
            String::new()
        } else {
            format!(" ({}, quarantined again)", reasons.join(", "))
        },
        if summary.unreadable > 0 {
            format!(
                ", {} did not open (wrong keyring, altered, or not an input topic) and were left",
                summary.unreadable
            )
        } else {
            String::new()
        },
        if summary.skipped > 0 {
            format!(
                ", {} quarantined again by this run passed over (left for the next replay)",
                summary.skipped
            )
        } else {
            String::new()
        }
    );
    Ok(if failing > 0 || summary.unreadable > 0 {
        ExitCode::from(EXIT_QUARANTINED)
    } else {
        ExitCode::SUCCESS
    })
}
