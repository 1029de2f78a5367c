//! `veil scan`: detection only, so a user sees what would change.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{EXIT_QUARANTINED, PackArgs};
use crate::pipeline::Found;
use crate::pipeline::file::split_terminator;

#[derive(Debug, Args)]
#[command(
    after_help = "Input lines are either JSON objects {\"id\": ..., \"text\": \"...\"} or plain records;
each output line is {\"id\": ..., \"spans\": [{\"start\", \"end\", \"type\"}]} with UTF-8 byte
offsets into the text (plain lines get their line number as id). A record that would be
quarantined prints {\"id\": ..., \"error\": REASON}. No keyring is needed: nothing is replaced.
With --explain, each span also says which rule took it: \"by\": \"detector:phone\" (a text
detector), \"binding:src\" (the pack binds the field) or \"key:personalNumber\" (the field's key
names the category and the value validates; a CEF label shows as \"key:cs1Label=pnr\").

Types: IPV4 IPV6 MAC EMAIL USERNAME PHONE PERSONNUMMER SAMORDNINGSNUMMER ORGNR BADGE PERSON_NAME
IMEI IMSI, and CUSTOM for a pack's own categories.

Examples:
  echo 'invalid user admin from 203.0.113.9' | veil scan --pack syslog
  veil scan --pack asterisk-cdr --input Master.csv
  veil scan --pack syslog --input records.jsonl > spans.jsonl
  echo '{\"pnr\":191212121212}' | veil scan --pack json --explain"
)]
pub(super) struct ScanArgs {
    #[command(flatten)]
    pack: PackArgs,
    /// Input file. Default: stdin.
    #[arg(long, short, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Treat every line as a raw record, even if it looks like {"id","text"}.
    #[arg(long)]
    raw: bool,
    /// Add to each span which rule produced it ("by": "detector:phone",
    /// "binding:src", "key:personalNumber").
    #[arg(long)]
    explain: bool,
}

#[derive(Deserialize)]
struct Wrapped {
    #[serde(default)]
    id: Option<Value>,
    text: String,
}

pub(super) fn run(args: ScanArgs) -> anyhow::Result<ExitCode> {
    let pack = args.pack.load()?;
    // Detection does not need keys, but the engine attaches operators; an
    // ephemeral keyring is generated and dropped.
    let keyring = crate::keys::Keyring::generate()?;
    let engine = crate::pipeline::Engine::new(pack, &keyring)?;
    let mut worker = engine.worker();
    let reader: Box<dyn Read> = match &args.input {
        Some(p) if p.as_os_str() != "-" => {
            Box::new(File::open(p).with_context(|| format!("{}: cannot open", p.display()))?)
        }
        _ => Box::new(io::stdin().lock()),
    };
    let mut reader = BufReader::with_capacity(256 * 1024, reader);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut line = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let mut n: u64 = 0;
    let mut failed = 0u64;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        n += 1;
        let (rec, _) = split_terminator(&line);
        let wrapped = if args.raw || rec.first() != Some(&b'{') {
            None
        } else {
            serde_json::from_slice::<Wrapped>(rec).ok()
        };
        let (id, text): (Value, &[u8]) = match &wrapped {
            Some(w) => (w.id.clone().unwrap_or_else(|| json!(n)), w.text.as_bytes()),
            None => (json!(n), rec),
        };
        found.clear();
        let result = worker.scan(text, &mut found);
        let obj = match result {
            Ok(()) => {
                let spans: Vec<Value> = found
                    .iter()
                    .map(|f| {
                        let mut span =
                            json!({"start": f.start, "end": f.end, "type": f.kind.scan_name()});
                        if args.explain {
                            span["by"] = Value::String(f.explain());
                        }
                        span
                    })
                    .collect();
                json!({"id": id, "spans": spans})
            }
            Err(e) => {
                failed += 1;
                json!({"id": id, "error": e.reason()})
            }
        };
        serde_json::to_writer(&mut out, &obj)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(EXIT_QUARANTINED)
    } else {
        ExitCode::SUCCESS
    })
}
