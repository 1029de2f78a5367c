//! Invariants the decoder fuzz targets check on every input.
//!
//! Run a target with `cargo +nightly fuzz run decode_json` from the
//! repository root. A crash found here becomes a regression test in
//! `src/format/`, named after what it found.
#![forbid(unsafe_code)]

use veil::format::{Field, Format, encode};

/// Decodes `data` with `fmt` and, when it decodes, checks the invariants the
/// engine relies on:
/// - every `raw` and `remove` range lies in the record, `remove` covers `raw`;
/// - `record_offset` maps every char boundary of the value into `raw`,
///   monotonically, from its start to its end;
/// - re-encoding every field with its style and decoding again gives the
///   same fields (names and values).
pub fn check(fmt: &Format, data: &[u8]) {
    let mut fields = Vec::new();
    if fmt.decode(data, &mut fields).is_err() {
        return;
    }
    for f in &fields {
        assert!(f.raw.start <= f.raw.end && f.raw.end <= data.len());
        assert!(f.remove.start <= f.raw.start && f.raw.end <= f.remove.end);
        assert!(f.remove.end <= data.len());
        let mut last = f.raw.start;
        let ends = std::iter::once(f.value.len());
        for i in f.value.char_indices().map(|(i, _)| i).chain(ends) {
            let p = f.record_offset(data, i);
            assert!(p >= last && p <= f.raw.end, "offset out of order");
            last = p;
        }
    }
    let spliced = reencode(data, &fields);
    let mut again = Vec::new();
    fmt.decode(&spliced, &mut again)
        .expect("a re-encoded record decodes");
    assert_eq!(pairs(&fields), pairs(&again));
}

fn reencode(data: &[u8], fields: &[Field<'_>]) -> Vec<u8> {
    let mut sorted: Vec<&Field<'_>> = fields.iter().collect();
    sorted.sort_by_key(|f| f.raw.start);
    let mut out = Vec::with_capacity(data.len() + 16);
    let mut at = 0;
    for f in sorted {
        out.extend_from_slice(&data[at..f.raw.start]);
        encode(f.style, &f.value, &mut out);
        at = f.raw.end;
    }
    out.extend_from_slice(&data[at..]);
    out
}

fn pairs<'a>(fields: &'a [Field<'_>]) -> Vec<(&'a str, &'a str)> {
    fields
        .iter()
        .map(|f| (f.name.as_ref(), f.value.as_ref()))
        .collect()
}

/// The Asterisk `cdr_csv` column set, with the optional `userfield`.
pub fn asterisk_csv() -> Format {
    let columns = [
        "accountcode",
        "src",
        "dst",
        "dcontext",
        "clid",
        "channel",
        "dstchannel",
        "lastapp",
        "lastdata",
        "start",
        "answer",
        "end",
        "duration",
        "billsec",
        "disposition",
        "amaflags",
        "uniqueid",
        "userfield",
    ];
    Format::Csv {
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        column_counts: (1..=columns.len()).collect(),
    }
}
