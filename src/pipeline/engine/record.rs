//! One record's outside view and plumbing: why it was not processed
//! ([`RecordError`]), what was found in it ([`Found`], [`By`]), its decoding
//! into fields ([`decode`]) and shape checks ([`check_shapes`]), the gaps
//! between its fields ([`gaps`]), the trimming of replaced ranges
//! ([`trim_range`], [`trim_separator`]) and an address's kind
//! ([`ip_kind_of`]).

use std::ops::Range;

use crate::detect::Kind;
use crate::format::{self, DecodeError, Field, Format, Style};
use crate::ops::OpError;

use super::Columns;
use super::inner::Inner;
use super::layout::Layout;

/// Why a record was not processed. Small and `Copy`; never holds data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The format decoder refused the record.
    #[error("{0}")]
    Decode(DecodeError),
    /// The record exceeds the size limit.
    #[error("record of {len} bytes exceeds the limit of {limit}")]
    TooLarge {
        /// The record's length.
        len: usize,
        /// The configured limit.
        limit: usize,
    },
    /// An operator failed on a value of this category.
    #[error("operator failed on a {kind} value: {error}")]
    Operator {
        /// The category's kind.
        kind: Kind,
        /// What failed.
        error: OpError,
    },
    /// A bound integer-encoded IP is not a 32-bit integer.
    #[error("field is bound to an integer-encoded ip but is not a 32-bit integer")]
    NotAnInteger,
    /// A CSV cell does not hold what the pack's `[shapes]` says its column
    /// holds: the row's cells may have slid sideways.
    #[error("column {column} does not hold what its shape says")]
    Shape {
        /// The column, from 1.
        column: usize,
    },
    /// A CSV quoted cell did not close within the lines or bytes one
    /// record may span; the record's lines are quarantined one by one.
    #[error(
        "a quoted csv cell opened on line {first_line} did not close within {lines} lines or the record limit"
    )]
    CsvUnclosed {
        /// The line the cell opened on.
        first_line: u64,
        /// The lines read looking for its end.
        lines: u64,
    },
}

impl RecordError {
    /// A stable, machine-readable reason, used in quarantine and metrics.
    pub fn reason(&self) -> &'static str {
        match self {
            RecordError::Decode(DecodeError::Utf8 { .. }) => "invalid-utf8",
            RecordError::Decode(DecodeError::ColumnCount { .. }) => "column-count",
            RecordError::Decode(DecodeError::CsvQuote { .. }) => "csv-quote",
            RecordError::Decode(DecodeError::CsvLineBreak { .. }) => "csv-line-break",
            RecordError::Decode(DecodeError::Json { .. }) => "invalid-json",
            RecordError::Decode(DecodeError::JsonShape { .. }) => "json-shape",
            RecordError::Decode(DecodeError::CefHeader) => "cef-header",
            RecordError::TooLarge { .. } => "too-large",
            RecordError::Operator { .. } => "operator",
            RecordError::NotAnInteger => "not-an-integer",
            RecordError::Shape { .. } => "shape",
            RecordError::CsvUnclosed { .. } => "csv-unclosed",
        }
    }
}

/// A span found by [`Worker::scan`](super::Worker::scan), in record byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
    /// Which rule took it.
    pub by: By,
}

/// Which rule produced a [`Found`] span (`veil scan --explain`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum By {
    /// A text detector (built-in or the pack's own) found it in free text.
    Detector,
    /// The pack binds the field (named here) to the span's category.
    Binding(String),
    /// The field's key (named here: a field name, or a CEF label as
    /// `cs1Label=pnr`) says what the value is, and the value validates.
    Key(String),
}

impl Found {
    /// `detector:phone`, `binding:src` or `key:personalNumber`.
    pub fn explain(&self) -> String {
        match &self.by {
            By::Detector => format!("detector:{}", self.kind.name()),
            By::Binding(f) => format!("binding:{f}"),
            By::Key(k) => format!("key:{k}"),
        }
    }
}

/// Decodes with the pack's format, or as the columns a CSV header row
/// named. A `cef` pack also takes plain key=value lines, so one pack covers
/// a firewall's mixed output.
///
/// A row after a header row is read by the header's columns. A row with
/// another number of cells, one the pack itself allows (CUCM's 78 columns
/// in a file whose header names 129, Asterisk's 16 after an exported header
/// of 18), is a row of that other layout, as files concatenated from
/// several writers hold them: it is read by the pack's own columns, and
/// `named` becomes `None`. Its cells are not re-aligned: the count is
/// exact and the pack's shapes still check the kept columns.
pub(super) fn decode<'a>(
    inner: &'a Inner,
    named: &mut Option<&'a Columns>,
    rec: &'a [u8],
    fields: &mut Vec<Field<'a>>,
) -> Result<(), RecordError> {
    if let Some(c) = *named {
        match format::decode_csv_as(rec, &c.0.names, fields) {
            Err(DecodeError::ColumnCount { found, .. }) if own_count(&inner.pack.format, found) => {
                fields.clear();
                *named = None;
            }
            other => return other.map_err(RecordError::Decode),
        }
    }
    match inner.pack.format.decode(rec, fields) {
        Err(DecodeError::CefHeader) => {
            fields.clear();
            static KV: Format = Format::Kv;
            KV.decode(rec, fields).map_err(RecordError::Decode)
        }
        other => other.map_err(RecordError::Decode),
    }
}

/// Whether the pack's own CSV columns may come in rows of `found` cells.
fn own_count(format: &Format, found: usize) -> bool {
    matches!(format, Format::Csv { column_counts, .. } if column_counts.contains(&found))
}

/// What both passes over a record (rewriting and scanning) need before they
/// walk its fields: the columns it is read by, checked against their shapes,
/// the `[[keep_when]]` tables that hold for it, and whether its fields carry
/// labels.
pub(super) struct Prepared<'a> {
    pub(super) layout: Option<&'a Layout>,
    pub(super) held: u64,
    pub(super) labels: bool,
}

/// Decodes `rec` into `fields` (see [`decode`]) and makes its [`Prepared`].
pub(super) fn prepare<'a>(
    inner: &'a Inner,
    named: &mut Option<&'a Columns>,
    rec: &'a [u8],
    fields: &mut Vec<Field<'a>>,
) -> Result<Prepared<'a>, RecordError> {
    decode(inner, named, rec, fields)?;
    let layout = named.map(|c| &*c.0).or(inner.columns.as_ref());
    if let Some(l) = layout {
        check_shapes(l, fields)?;
    }
    Ok(Prepared {
        layout,
        held: inner.keep_when_held(layout, fields),
        labels: super::layout::has_labels(&inner.pack.format, fields),
    })
}

/// Fails at the first CSV cell that does not fit its column's shape.
pub(super) fn check_shapes(layout: &Layout, fields: &[Field<'_>]) -> Result<(), RecordError> {
    for (i, shape) in &layout.shaped {
        if let Some(f) = fields.get(*i) {
            if !shape.fits(&f.value) {
                return Err(RecordError::Shape { column: i + 1 });
            }
        }
    }
    Ok(())
}

/// Formats whose records can hold text outside any field: kv free text
/// between pairs, JSON object keys, CEF extension keys. That text is scanned
/// too, so nothing passes just because it is not a value.
pub(super) fn scans_gaps(format: &Format) -> bool {
    matches!(format, Format::Kv | Format::Cef | Format::Json)
}

/// Whether the usernames a record's keys took are looked for between its
/// fields too: kv lines carry free text there, a JSON record only its
/// object keys.
pub(super) fn echoes_in_gaps(format: &Format) -> bool {
    matches!(format, Format::Kv | Format::Cef)
}

/// The byte ranges of a record that no field covers, skipping ones too short
/// to hold any personal value: `(range, from)`, where detections that start
/// before `from` are not taken. A gap normally starts at `from`; after a
/// bare kv value that is only a label (`msg=user: x`, Netwrix's
/// `Details=sAMAccountName: x; ...`, `reason=Login failed for user: x`:
/// whitespace ended the value at the label) it starts at that label, so
/// the text after it is read with the label before it, as the json and
/// syslog packs read it; the label itself stays the field's.
pub(super) fn gaps<'f>(
    len: usize,
    fields: &'f [Field<'_>],
) -> impl Iterator<Item = (Range<usize>, usize)> + 'f {
    const MIN: usize = 5;
    let mut at = 0;
    let mut label = None;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i <= fields.len() {
            let (start, next) = match fields.get(i) {
                Some(f) => (f.raw.start, f.raw.end),
                None => (len, len),
            };
            let from_label = label.take();
            label = fields
                .get(i)
                .filter(|f| f.raw.end >= at && ends_in_label(f))
                .map(|f| f.raw.start);
            i += 1;
            let gap = at..start.max(at);
            at = at.max(next);
            let short = if from_label.is_some() { 2 } else { MIN };
            if gap.end - gap.start >= short {
                let from = gap.start;
                return Some((from_label.unwrap_or(from)..gap.end, from));
            }
        }
        None
    })
}

/// A bare kv value that is only a label before the value whitespace cut
/// off: ASCII letters (and `_`, `-` inside) ending in `:` (`user:`,
/// `sAMAccountName:`, `Account_Name:`), at most 40 bytes. No digit, so
/// the label holds nothing a detector takes.
fn ends_in_label(f: &Field<'_>) -> bool {
    if f.style != Style::KvBare {
        return false;
    }
    let v = f.value.as_bytes();
    let [word @ .., b':'] = v else {
        return false;
    };
    (2..=40).contains(&word.len())
        && word[0].is_ascii_alphabetic()
        && word
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c == b'_' || c == b'-')
}

/// Narrows a range to exclude surrounding whitespace, so a bound value such
/// as ` 0701740683 ` keeps its padding.
pub(super) fn trim_range(value: &str, r: Range<usize>) -> (usize, usize) {
    let s = &value[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return (r.start, r.start);
    }
    (r.start + lead, r.end - trail)
}

/// Removes trailing JSON whitespace and then one comma from `out`, never
/// below `floor` (where this record's output began).
pub(super) fn trim_separator(out: &mut Vec<u8>, floor: usize) {
    while out.len() > floor && matches!(out.last(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        out.pop();
    }
    if out.len() > floor && out.last() == Some(&b',') {
        out.pop();
    }
}

/// The kind an address of an IP category is handled as: a field bound to
/// `ipv4` may carry an IPv6 address (and the other way round), and the
/// `ipv4` policy also covers addresses spelt with dashes in host names and
/// backwards in reverse-DNS names, so the value's own form decides. Other kinds are returned as they are.
pub(crate) fn ip_kind_of(kind: Kind, original: &str) -> Kind {
    match kind {
        Kind::Ipv4 | Kind::ArpaIpv4 if crate::detect::split_arpa(original.trim()).is_some() => {
            Kind::ArpaIpv4
        }
        Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4
            if original.contains(':') || original.contains("%3A") || original.contains("%3a") =>
        {
            Kind::Ipv6
        }
        Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 if original.contains('-') => Kind::HostIpv4,
        Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 => Kind::Ipv4,
        k => k,
    }
}

#[cfg(test)]
mod gap_tests {
    use super::gaps;
    use crate::format::{Field, Format};

    fn kv_gaps(rec: &str) -> Vec<(String, String)> {
        let mut fields: Vec<Field<'_>> = Vec::new();
        Format::Kv.decode(rec.as_bytes(), &mut fields).unwrap();
        gaps(rec.len(), &fields)
            .map(|(g, from)| (rec[g.start..from].to_string(), rec[from..g.end].to_string()))
            .collect()
    }

    #[test]
    fn a_gap_after_a_label_value_starts_at_the_label() {
        // Netwrix Auditor's Details, logfmt's msg, a kv Message.
        assert_eq!(
            kv_gaps("Who=CORP\\adm Details=sAMAccountName: kberg2; x Where=dc01"),
            [
                (String::new(), " Details=".into()),
                ("sAMAccountName:".into(), " kberg2; x Where=".into())
            ]
        );
        assert_eq!(
            kv_gaps("level=warn msg=username: mnorberg3 src=198.51.100.20"),
            [
                (String::new(), "level=".into()),
                (String::new(), " msg=".into()),
                ("username:".into(), " mnorberg3 src=".into())
            ]
        );
        assert_eq!(
            kv_gaps("a=1 msg=User: bo"),
            [
                (String::new(), " msg=".into()),
                ("User:".into(), " bo".into())
            ]
        );
        // No label: auditd's msg=audit(...):, a value with digits, a
        // value that does not end in ':', a quoted value.
        for rec in [
            "type=USER_AUTH msg=audit(1700000000.123:456): pid=4242 uid=0",
            "t=10:00:00: next words here x=1",
            "msg=user jsmith17 src=10.0.0.1",
            "msg=\"user:\" jsmith17 src=10.0.0.1",
        ] {
            for (head, _) in kv_gaps(rec) {
                assert!(head.is_empty(), "{rec}: {head:?}");
            }
        }
        // Without a label, a gap shorter than five bytes is still skipped.
        assert!(kv_gaps("a=1 bo").is_empty());
    }
}
