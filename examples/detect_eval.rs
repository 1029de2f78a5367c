//! Runs every built-in detector over a labelled JSONL set and writes the
//! predicted spans, for `score.py`.
//!
//! usage: detect_eval IN.jsonl > PRED.jsonl
//!        detect_eval --speed [ROUNDS] [--no-names]
//!                                 (throughput on a generated syslog mix)
//! Input lines are `{"id", "text", ...}`; output lines are
//! `{"id", "spans": [{"start", "end", "type"}]}` with UTF-8 byte offsets.

use std::io::{BufRead, BufWriter, Write};

use veil::detect::{Builtin, DetectorConfig, DetectorSet};

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: detect_eval IN.jsonl"))?;
    let set = DetectorSet::all_builtins();
    if path == "--speed" {
        // `--speed [ROUNDS] [--no-names]`: fewer rounds for callgrind; the
        // person-name detector off, to measure what it costs on text
        // without names.
        let args: Vec<String> = std::env::args().skip(2).collect();
        let rounds = args.iter().find_map(|a| a.parse().ok()).unwrap_or(50);
        let set = if args.iter().any(|a| a == "--no-names") {
            let builtins = Builtin::ALL
                .into_iter()
                .filter(|b| *b != Builtin::PersonName)
                .collect();
            DetectorSet::new(&DetectorConfig {
                builtins,
                custom: vec![],
            })?
        } else {
            set
        };
        speed(&set, rounds);
        return Ok(());
    }
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

/// Generated syslog-mix lines (150-250 bytes, 1-3 values each), written for
/// this measurement.
fn syslog_mix(n: usize) -> Vec<String> {
    let mut v = Vec::with_capacity(n);
    for k in 0..n {
        let a = k % 250;
        let b = (k * 7) % 250;
        let p = 10_000 + k % 50_000;
        let (mm, ss) = (k % 60, (k / 60) % 60);
        let line = match k % 8 {
            0 => format!(
                "Mar 12 10:{mm:02}:{ss:02} gw01 sshd[{p}]: Failed password for invalid user svc{a} from 198.51.100.{a} port {p} ssh2"
            ),
            1 => format!(
                "Mar 12 10:{mm:02}:{ss:02} gw01 sshd[{p}]: Accepted publickey for anna{b} from 203.0.113.{b} port {p} ssh2: RSA SHA256:Zm9vYmFyYmF6cXV4"
            ),
            2 => format!(
                "Mar 12 10:{mm:02}:{ss:02} gw01 sshd[{p}]: pam_unix(sshd:session): session opened for user erik{a} by (uid=0) after login attempt"
            ),
            3 => format!(
                "Mar 12 10:{mm:02}:{ss:02} app02 sudo:   karl{b} : TTY=pts/{a} ; PWD=/home/karl{b} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"
            ),
            4 => format!(
                "Mar 12 10:{mm:02}:{ss:02} mx1 postfix/smtpd[{p}]: 4F1A2B3C{a:02X}: client=mail.example.net[192.0.2.{a}], sasl_method=PLAIN, sasl_username=ola{a}@example.se"
            ),
            5 => format!(
                "Mar 12 10:{mm:02}:{ss:02} sip1 kamailio[{p}]: INFO: <script>: REGISTER from sip:+4670174{a:04}@sip.example.se src_ip=198.51.100.{b} ua=Linphone/5.2.1 expires=3600"
            ),
            6 => format!(
                "Mar 12 10:{mm:02}:{ss:02} fw01 kernel: FW-DROP IN=eth0 OUT= MAC=00:00:5e:00:53:{a:02x} SRC=203.0.113.{a} DST=192.0.2.{b} LEN=60 TOS=0x00 PROTO=TCP SPT={p} DPT=22 SYN"
            ),
            _ => format!(
                "Mar 12 10:{mm:02}:{ss:02} web3 nginx[{p}]: upstream response time 0.{a:03} s for request id 5f2c{b:04x} status 200 bytes 51234 cache HIT worker 4 conn {p}"
            ),
        };
        v.push(line);
    }
    v
}

fn speed(set: &DetectorSet, rounds: usize) {
    let lines = syslog_mix(20_000);
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    let mut out = Vec::new();
    let mut found = 0usize;
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for l in &lines {
            out.clear();
            set.detect(std::hint::black_box(l), &mut out);
            found += out.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    eprintln!(
        "{} lines, avg {} bytes, {:.2} values/line: {:.0} MB/s",
        lines.len(),
        bytes / lines.len(),
        found as f64 / (lines.len() * rounds) as f64,
        mb / secs
    );
}
