//! Runs every built-in detector over a labelled JSONL set and writes the
//! predicted spans, for `score.py`.
//!
//! usage: detect_eval IN.jsonl > PRED.jsonl
//! Input lines are `{"id", "text", ...}`; output lines are
//! `{"id", "spans": [{"start", "end", "type"}]}` with UTF-8 byte offsets.

use std::io::{BufRead, BufWriter, Write};

use veil::detect::DetectorSet;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: detect_eval IN.jsonl"))?;
    let set = DetectorSet::all_builtins();
    let input = std::io::BufReader::new(std::fs::File::open(&path)?);
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut spans = Vec::new();
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = serde_json::from_str(&line)?;
        let text = rec["text"].as_str().unwrap_or_default();
        spans.clear();
        set.detect(text, &mut spans);
        let spans_json: Vec<_> = spans
            .iter()
            .map(
                |s| serde_json::json!({"start": s.start, "end": s.end, "type": s.kind.scan_name()}),
            )
            .collect();
        let o = serde_json::json!({"id": rec["id"], "spans": spans_json});
        writeln!(out, "{o}")?;
    }
    out.flush()?;
    Ok(())
}
