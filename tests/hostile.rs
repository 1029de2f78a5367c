//! Records a hostile or careless source can write (issue 15): line breaks
//! inside CSV cells, stray quotes, rows that slide sideways, header rows
//! anywhere, over-long lines. Each runs through the file driver, serial and
//! parallel, as `veil run` runs it.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use veil::keys::Keyring;
use veil::pipeline::file::{self, BoxError, Input, Options, Summary, VaultSink};
use veil::pipeline::quarantine::read_entries;
use veil::pipeline::{Engine, VaultItem};

/// Holds vault items in memory: these tests look at outputs, not the vault.
struct NoVault;

impl VaultSink for NoVault {
    fn put(&mut self, _: &Engine, _: &VaultItem) -> Result<(), BoxError> {
        Ok(())
    }
    fn commit(&mut self) -> Result<(), BoxError> {
        Ok(())
    }
}

/// What one run gave: output, the summary, and each quarantine entry as
/// (line, reason, sealed record).
struct Ran {
    out: Vec<u8>,
    summary: Summary,
    quarantined: Vec<(u64, String, Vec<u8>)>,
    quarantine_bytes: u64,
}

impl Ran {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.out).into_owned()
    }

    fn reasons(&self) -> BTreeMap<&'static str, u64> {
        self.summary.quarantined.clone()
    }
}

/// Runs `input` through `engine` from a file, with `threads` workers.
fn run(engine: &Engine, input: &[u8], threads: usize) -> Ran {
    let dir = tempfile::tempdir().unwrap();
    let keyring = common::test_keyring();
    let path = dir.path().join("input");
    std::fs::write(&path, input).unwrap();
    run_files(engine, &keyring, &[&path], dir.path(), threads)
}

fn run_files(
    engine: &Engine,
    keyring: &Keyring,
    inputs: &[&Path],
    dir: &Path,
    threads: usize,
) -> Ran {
    let quarantine = dir.join(format!("q{threads}.jsonl"));
    let opts = Options {
        inputs: inputs
            .iter()
            .map(|p| Input::File(p.to_path_buf()))
            .collect(),
        quarantine: quarantine.clone(),
        progress: false,
        threads,
    };
    let mut out = Vec::new();
    let mut vault = NoVault;
    let summary = file::run(engine, keyring, &opts, Some(&mut vault), &mut out).unwrap();
    let mut quarantined = Vec::new();
    let mut quarantine_bytes = 0;
    if let Ok(f) = std::fs::File::open(&quarantine) {
        quarantine_bytes = f.metadata().unwrap().len();
        for e in read_entries(std::io::BufReader::new(f), keyring) {
            let (e, raw) = e.unwrap();
            quarantined.push((e.line, e.reason, raw));
        }
    }
    Ran {
        out,
        summary,
        quarantined,
        quarantine_bytes,
    }
}

/// Runs with one and with two workers, checks both give the same, and
/// returns the one-worker run.
fn run_both(engine: &Engine, input: &[u8]) -> Ran {
    let one = run(engine, input, 1);
    let two = run(engine, input, 2);
    assert_eq!(one.text(), two.text(), "serial and parallel outputs differ");
    assert_eq!(one.reasons(), two.reasons());
    let lines = |r: &Ran| r.quarantined.iter().map(|q| q.0).collect::<Vec<_>>();
    assert_eq!(lines(&one), lines(&two));
    one
}

/// Asserts that none of `values` is in `text`.
fn assert_none_in(text: &str, values: &[&str]) {
    for v in values {
        assert!(!text.contains(v), "{v:?} survived in:\n{text}");
    }
}

// Made up for these tests: numbers from the Swedish drama range, a name, a
// login.
const ASTERISK: &str = r#""B130791","+46701740683","070-174 06 66","from-internal","""Karin Eriksson"" <+46701740683>","PJSIP/+46701740683-cec86b3e","PJSIP/trunk-acf226d5","Dial","PJSIP/0701740666@trunk,60,tT","2026-02-12 12:38:46","2026-02-12 12:39:11","2026-02-12 12:51:13",747,722,"ANSWERED","DOCUMENTATION","1770899926.4571","""#;
const ASTERISK_VALUES: [&str; 6] = [
    "B130791",
    "46701740683",
    "070-174 06 66",
    "Karin Eriksson",
    "0701740666",
    "1740683",
];

/// The first data row of the CUCM golden sample.
fn cucm_row() -> String {
    let sample =
        std::fs::read_to_string(common::root().join("tests/golden/cisco-cucm-cdr/input.csv"))
            .unwrap();
    sample.lines().nth(2).unwrap().to_string()
}

const CUCM_VALUES: [&str; 6] = [
    "46701740683",
    "Karin.Eriksson",
    "167903424",
    "342111174",
    "0812345678",
    "00112233AABB",
];

/// Issue 15, item 1: a newline inside a quoted cell split the record in
/// two; the tail had one column fewer, passed the column count, and slid
/// every value one column to the left, into columns kept as they are (the
/// caller id in `dcontext`, a dial string in `lastapp`). A record is now
/// framed as RFC 4180 frames it, so it stays whole.
#[test]
fn csv_newline_in_quoted_cell_does_not_shift_columns() {
    let asterisk = common::engine("asterisk-cdr");
    let row = ASTERISK.replacen("+46701740683", "+4670\n1740683", 1);
    let input = format!("{row}\n{ASTERISK}\r\n");
    let ran = run_both(&asterisk, input.as_bytes());
    assert_eq!(ran.summary.quarantined_total(), 0, "{:?}", ran.reasons());
    assert_eq!(ran.text().matches('\n').count(), 2, "{}", ran.text());
    assert_none_in(&ran.text(), &ASTERISK_VALUES);
}

/// A quote that never closes takes at most `MAX_RECORD_LINES` lines with
/// it, each quarantined as a fragment, and framing starts afresh after them.
#[test]
fn an_unclosed_csv_quote_quarantines_its_fragments_not_the_rest() {
    use veil::pipeline::frame::MAX_RECORD_LINES;
    let asterisk = common::engine("asterisk-cdr");
    // A writer that died mid-cell, then lines without a quote to close it.
    let open = &ASTERISK[..ASTERISK.find("\"from-internal\"").unwrap() + 6];
    let mut input = format!("{ASTERISK}\n{open}\n");
    for _ in 1..MAX_RECORD_LINES {
        input.push_str("no quote, 0701740683\n");
    }
    for _ in 0..2 {
        input.push_str(ASTERISK);
        input.push('\n');
    }
    let ran = run_both(&asterisk, input.as_bytes());
    assert_none_in(&ran.text(), &ASTERISK_VALUES);
    let unclosed: Vec<u64> = ran
        .quarantined
        .iter()
        .filter(|q| q.1 == "csv-unclosed")
        .map(|q| q.0)
        .collect();
    assert_eq!(unclosed, (2..2 + MAX_RECORD_LINES).collect::<Vec<_>>());
    // Each fragment is one line, sealed as it was.
    assert_eq!(ran.quarantined[0].2, open.as_bytes());
    // The first row and the rows after the cap came through.
    assert_eq!(ran.text().lines().count(), 1 + 2);
}

/// Issue 15, item 5: the size limit was checked after the whole line was
/// read (a 1 GiB line took 3.5 GB of memory and left a 1.43 GB quarantine
/// entry). Reading now stops keeping bytes at the limit and skips to the
/// next line; the quarantine entry says where the line was and how long,
/// and holds none of it.
#[test]
fn an_over_long_line_is_read_bounded_and_quarantined_as_metadata() {
    let syslog = common::engine("syslog").with_max_record(4096);
    let long = 16 << 20;
    let mut input = b"sshd[1]: Failed password for invalid user kerik from 192.0.2.247\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', long));
    input.extend_from_slice(b" user=kerik\nsshd[1]: Accepted password for kerik\n");
    let ran = run_both(&syslog, &input);
    assert_eq!(ran.reasons().get("too-large"), Some(&1));
    assert_eq!(ran.text().lines().count(), 2);
    assert_none_in(&ran.text(), &["kerik", "192.0.2.247"]);
    assert_eq!(ran.quarantined.len(), 1);
    let (line, reason, raw) = &ran.quarantined[0];
    assert_eq!((*line, reason.as_str()), (2, "too-large"));
    assert!(raw.is_empty(), "the entry holds no bytes of the line");
    assert!(
        ran.quarantine_bytes < 1024,
        "quarantine is {} bytes",
        ran.quarantine_bytes
    );
    assert_eq!(ran.summary.stats.records, 3);
}
