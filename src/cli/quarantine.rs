//! `veil quarantine`: replay sealed records after a rule fix.

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
input file is never modified. Exit code 1 if any record still fails.

Examples:
  veil quarantine replay --pack asterisk-cdr --input veil-quarantine.jsonl --output fixed.csv
  veil quarantine replay --rules ./rules --pack syslog --input veil-quarantine.jsonl"
    )]
    Replay {
        #[command(flatten)]
        pack: PackArgs,
        /// The quarantine file to replay.
        #[arg(
            long,
            short,
            value_name = "FILE",
            default_value = "veil-quarantine.jsonl"
        )]
        input: PathBuf,
        /// Output file. Default: stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Where records that still fail go.
        #[arg(
            long,
            value_name = "FILE",
            default_value = "veil-quarantine.replay.jsonl"
        )]
        requarantine: PathBuf,
        #[command(flatten)]
        store: super::store::StoreArgs,
    },
}

pub(super) fn run(cmd: QuarantineCommand) -> anyhow::Result<ExitCode> {
    let QuarantineCommand::Replay {
        pack,
        input,
        output,
        requarantine,
        store,
    } = cmd;
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
    let (mut passed, mut failed) = (0u64, 0u64);
    let mut buf = Vec::new();
    for entry in read_entries(BufReader::new(file), &keyring) {
        let (e, raw) = entry?;
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
        "veil: replayed {} records: {passed} passed, {failed} still failing{}",
        passed + failed,
        if failed > 0 {
            format!(" (sealed into {})", requarantine.display())
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        ExitCode::from(EXIT_QUARANTINED)
    } else {
        ExitCode::SUCCESS
    })
}
