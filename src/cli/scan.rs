//! `veil scan`: detection only, so a user sees what would change.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use serde::Deserialize;
use serde_json::{Value, json};

use super::paths::{Place, Use, refuse_same_file};
use super::{EXIT_QUARANTINED, PackArgs};
use crate::pipeline::Found;
use crate::pipeline::file::split_terminator;
use crate::pipeline::frame::{Frame, Framer};

#[derive(Debug, Args)]
#[command(
    after_help = "Input lines are either JSON objects {\"id\": ..., \"text\": \"...\"} or plain records;
each output line is {\"id\": ..., \"spans\": [{\"start\", \"end\", \"type\"}]} with UTF-8 byte
offsets into the text (plain records get the number of their first line as id). Plain records
are framed as `veil run` frames them: a CSV record's quoted cell may hold line breaks, and CSV
header rows, recognised by content, have no spans. A record that would be quarantined prints
{\"id\": ..., \"error\": REASON}. No keyring is needed: nothing is replaced.
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
    let input = match &args.input {
        Some(p) if p.as_os_str() != "-" => Place::Path(p),
        _ => Place::Stdin,
    };
    refuse_same_file(&[
        Use::read("--input", input),
        Use::write("the output", Place::Stdout),
    ])?;
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
    // Input of {"id","text"} lines is read line by line; plain records are
    // framed as `veil run` frames them (a CSV record may span lines) and
    // follow header rows the same way.
    let wrapped_input = !args.raw && reader.fill_buf()?.first() == Some(&b'{');
    let csv = matches!(engine.pack().format, crate::format::Format::Csv { .. });
    let mut framer = Framer::new(reader, csv && !wrapped_input, engine.max_record());
    worker.follow_headers(true);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut line = Vec::new();
    let mut found: Vec<Found> = Vec::new();
    let mut failed = 0u64;
    loop {
        line.clear();
        let frame = framer.next(&mut line)?;
        let (n, error) = match frame {
            Frame::End => break,
            Frame::Record { line, .. } => (line, None),
            Frame::TooLarge { line, .. } => (line, Some("too-large")),
            Frame::Unclosed { line, .. } => (line, Some("csv-unclosed")),
        };
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
        let result = match error {
            Some(reason) => Err(reason),
            None => worker.scan(text, &mut found).map_err(|e| e.reason()),
        };
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
            Err(reason) => {
                failed += 1;
                json!({"id": id, "error": reason})
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
