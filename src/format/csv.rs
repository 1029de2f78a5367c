//! CSV rows with named columns (Asterisk `cdr_csv`, FreeSWITCH CSV CDRs).
//!
//! Cells are bare or in double quotes with `""` for a quote; rows may mix
//! both. Columns are positional, so dropping a cell empties it: `remove`
//! equals `raw`.

use std::borrow::Cow;

use memchr::{memchr, memchr2, memchr3};

use super::{DecodeError, Field, Style};

/// Appends one field per cell of `text`, named by `columns` (borrowed from
/// the format, so no cell allocates a name). A row must have one of
/// `counts` cells (sorted); a line break is allowed only inside quotes, and
/// as the record's own terminator at its very end (a Kafka message written
/// as a line), which stays as it is.
pub(crate) fn decode<'a>(
    text: &'a str,
    columns: &'a [String],
    counts: &[usize],
    out: &mut Vec<Field<'a>>,
) -> Result<(), DecodeError> {
    let text = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text);
    // Line breaks are rare: one pass over the record says whether bare
    // cells need looking at for them.
    let breaks = memchr2(b'\n', b'\r', text.as_bytes()).is_some();
    if !breaks {
        return decode_commas(text, columns, counts, out);
    }
    decode_per_cell(text, breaks, columns, counts, out)
}

/// [`decode`]'s cells found one at a time (a search per bare cell, which
/// `breaks` says must also look for line breaks): the path of rows with
/// line breaks, and what [`decode_commas`] is tested against.
fn decode_per_cell<'a>(
    text: &'a str,
    breaks: bool,
    columns: &'a [String],
    counts: &[usize],
    out: &mut Vec<Field<'a>>,
) -> Result<(), DecodeError> {
    let b = text.as_bytes();
    let len = b.len();
    let mut i = 0;
    let mut found = 0;
    loop {
        let start = i;
        let (end, value, style) = if b.get(i) == Some(&b'"') {
            let (end, escaped) = quoted_end(b, i)?;
            let body = &text[start + 1..end - 1];
            let value = if escaped {
                Cow::Owned(unescape(body))
            } else {
                Cow::Borrowed(body)
            };
            (end, value, Style::CsvQuoted)
        } else {
            let end = bare_end(b, i, breaks);
            if end < len && b[end] != b',' {
                // A line break outside quotes ends a record: this is two.
                return Err(DecodeError::CsvLineBreak { offset: end });
            }
            (end, Cow::Borrowed(&text[start..end]), Style::CsvBare)
        };
        if let Some(name) = columns.get(found) {
            out.push(Field {
                name: Cow::Borrowed(name.as_str()),
                raw: start..end,
                value,
                remove: start..end,
                style,
            });
        }
        found += 1;
        if end >= len {
            break;
        }
        // `end` is at a comma: the quoted branch checked it, memchr found it.
        i = end + 1;
    }
    if counts.binary_search(&found).is_err() {
        return Err(DecodeError::ColumnCount {
            expected: columns.len(),
            found,
        });
    }
    Ok(())
}

/// [`decode`] of a record without line breaks (nearly every one): a bare
/// cell ends at the next comma, which [`Commas`] finds eight bytes at a time
/// for the whole row, instead of a search set up per cell (a CUCM row has
/// 129 cells, most of them a few bytes).
fn decode_commas<'a>(
    text: &'a str,
    columns: &'a [String],
    counts: &[usize],
    out: &mut Vec<Field<'a>>,
) -> Result<(), DecodeError> {
    let b = text.as_bytes();
    let len = b.len();
    let mut commas = Commas::new(b);
    out.reserve(columns.len());
    let mut i = 0;
    let mut found = 0;
    loop {
        let start = i;
        let (end, value, style) = if b.get(i) == Some(&b'"') {
            let (end, escaped) = quoted_end(b, i)?;
            // The commas inside the quotes are not cell ends.
            commas.seek(end + 1);
            let body = &text[start + 1..end - 1];
            let value = if escaped {
                Cow::Owned(unescape(body))
            } else {
                Cow::Borrowed(body)
            };
            (end, value, Style::CsvQuoted)
        } else {
            let end = commas.next_end();
            (end, Cow::Borrowed(&text[start..end]), Style::CsvBare)
        };
        if let Some(name) = columns.get(found) {
            out.push(Field {
                name: Cow::Borrowed(name.as_str()),
                raw: start..end,
                value,
                remove: start..end,
                style,
            });
        }
        found += 1;
        if end >= len {
            break;
        }
        // `end` is at a comma: the quoted branch checked it, `Commas` found it.
        i = end + 1;
    }
    if counts.binary_search(&found).is_err() {
        return Err(DecodeError::ColumnCount {
            expected: columns.len(),
            found,
        });
    }
    Ok(())
}

/// The commas of a row, left to right, read eight bytes at a time into a
/// mask with the top bit of each comma's byte set.
struct Commas<'b> {
    b: &'b [u8],
    /// Where the next eight bytes to read start.
    next: usize,
    /// Where the bytes of `mask` start.
    base: usize,
    /// The commas read and not yet returned.
    mask: u64,
}

impl<'b> Commas<'b> {
    fn new(b: &'b [u8]) -> Self {
        Commas {
            b,
            next: 0,
            base: 0,
            mask: 0,
        }
    }

    /// Continues at `at`: commas before it are passed over.
    #[inline]
    fn seek(&mut self, at: usize) {
        self.next = at;
        self.mask = 0;
    }

    /// The next comma, else the end of the row.
    #[inline]
    fn next_end(&mut self) -> usize {
        const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
        loop {
            if self.mask != 0 {
                let at = self.base + (self.mask.trailing_zeros() / 8) as usize;
                self.mask &= self.mask - 1;
                return at;
            }
            let k = self.next;
            let word = match self.b.get(k..k + 8) {
                Some(w) => u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]),
                None if k >= self.b.len() => return self.b.len(),
                None => {
                    let mut w = [0u8; 8];
                    w[..self.b.len() - k].copy_from_slice(&self.b[k..]);
                    u64::from_le_bytes(w)
                }
            };
            // A byte of `x` is zero where the row has a comma; the top bit of
            // each such byte is set in `mask`, exactly (no carry crosses bytes).
            let x = word ^ 0x2c2c_2c2c_2c2c_2c2c;
            self.mask = !(((x & LOW7).wrapping_add(LOW7)) | x | LOW7);
            self.base = k;
            self.next = k + 8;
        }
    }
}

/// Where the bare cell that starts at `i` ends: at the first comma (or,
/// with `breaks`, line break) from `i`, else at the end. Most bare cells
/// of a CDR are a few bytes (`0`, a count, an id): the first eight are
/// read one by one before a memchr is set up for the rest.
#[inline]
fn bare_end(b: &[u8], i: usize, breaks: bool) -> usize {
    let stop = |c: u8| c == b',' || (breaks && (c == b'\n' || c == b'\r'));
    let lim = b.len().min(i + 8);
    let mut k = i;
    while k < lim {
        if stop(b[k]) {
            return k;
        }
        k += 1;
    }
    if k == b.len() {
        return k;
    }
    if breaks {
        memchr3(b',', b'\n', b'\r', &b[k..])
    } else {
        memchr(b',', &b[k..])
    }
    .map_or(b.len(), |x| k + x)
}

/// A quoted cell's body with each `""` read as `"`, left to right as
/// `str::replace` does, but with memchr instead of a substring searcher set
/// up per cell (a CDR row holds several escaped caller ids).
fn unescape(body: &str) -> String {
    let b = body.as_bytes();
    let mut out = String::with_capacity(b.len());
    let (mut done, mut i) = (0, 0);
    while let Some(k) = memchr(b'"', &b[i..]) {
        let q = i + k;
        if b.get(q + 1) == Some(&b'"') {
            out.push_str(&body[done..=q]);
            done = q + 2;
            i = q + 2;
        } else {
            i = q + 1;
        }
    }
    out.push_str(&body[done..]);
    out
}

/// End (past the closing quote) of the quoted cell opening at `start`, and
/// whether it holds a `""` escape. Inlined in both loops of [`decode`]: a
/// call per quoted cell cost more than the search.
#[inline(always)]
fn quoted_end(b: &[u8], start: usize) -> Result<(usize, bool), DecodeError> {
    let mut j = start + 1;
    let mut escaped = false;
    loop {
        let Some(k) = memchr(b'"', &b[j..]) else {
            return Err(DecodeError::CsvQuote { offset: start });
        };
        let q = j + k;
        if b.get(q + 1) == Some(&b'"') {
            escaped = true;
            j = q + 2;
            continue;
        }
        let end = q + 1;
        if end < b.len() && b[end] != b',' {
            if matches!(b[end], b'\n' | b'\r') {
                return Err(DecodeError::CsvLineBreak { offset: end });
            }
            return Err(DecodeError::CsvQuote { offset: end });
        }
        return Ok((end, escaped));
    }
}

/// A header row, recognised by its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderRow<'a> {
    /// A row naming the columns, in order.
    Names(Vec<&'a str>),
    /// A row of SQL column types (CUCM's second row).
    Types,
}

/// Recognises a header row by what it holds, never by where it is:
/// - with `names`, a row whose first cell is the first of `columns`, whose
///   every cell is a plain identifier, and more than half of whose cells
///   are names from `columns` (a later version may add columns);
/// - with `types`, a row whose every cell is an SQL type name
///   (`INTEGER`, `VARCHAR(50)`, `UNIQUEIDENTIFIER`, ...).
///
/// Neither can hold personal data, and a data row can be neither (a CUCM
/// data row starts with an integer), so a data row is always read as data.
/// Rows that cannot be headers are turned away on their first bytes.
pub fn header_row<'a>(
    rec: &'a [u8],
    columns: &[String],
    names: bool,
    types: bool,
) -> Option<HeaderRow<'a>> {
    // Turned away on the first cell, without a search: it must be the
    // first column's name, or (for types) start with a capital letter.
    let body = rec.strip_prefix(b"\"").unwrap_or(rec);
    let maybe_names = names
        && columns.first().is_some_and(|c| {
            body.starts_with(c.as_bytes()) && matches!(body.get(c.len()), None | Some(b',' | b'"'))
        });
    let maybe_types = types
        && body.first().is_some_and(u8::is_ascii_uppercase)
        && is_sql_type(&body[..memchr2(b',', b'"', body).unwrap_or(body.len())]);
    if !(maybe_names || maybe_types) {
        return None;
    }
    let text = std::str::from_utf8(rec).ok()?;
    let cells = plain_cells(text)?;
    if cells.len() < 2 {
        return None;
    }
    if maybe_types && cells.iter().all(|c| is_sql_type(c.as_bytes())) {
        return Some(HeaderRow::Types);
    }
    if maybe_names && cells.iter().all(|c| is_identifier(c)) {
        let known = cells
            .iter()
            .filter(|c| columns.iter().any(|k| k == *c))
            .count();
        if 2 * known > cells.len() {
            return Some(HeaderRow::Names(cells));
        }
    }
    None
}

/// The cells of a row none of whose cells has a `""` escape or a line
/// break, unquoted; `None` for any other row.
fn plain_cells(text: &str) -> Option<Vec<&str>> {
    let mut cells = Vec::new();
    for raw in text.split(',') {
        let cell = match raw.strip_prefix('"') {
            Some(q) => q.strip_suffix('"')?,
            None => raw,
        };
        if cell.contains('"') || cell.contains('\n') || cell.contains('\r') {
            return None;
        }
        cells.push(cell);
    }
    Some(cells)
}

/// A column name: a letter or `_`, then letters, digits or `_`, at most 64.
fn is_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_alphabetic() || b[0] == b'_')
        && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_')
}

/// An SQL column type as CUCM's second header row writes them, with an
/// optional size: `VARCHAR(50)`, `DECIMAL(10,2)`.
fn is_sql_type(cell: &[u8]) -> bool {
    const TYPES: [&[u8]; 24] = [
        b"INTEGER",
        b"INT",
        b"BIGINT",
        b"SMALLINT",
        b"TINYINT",
        b"VARCHAR",
        b"NVARCHAR",
        b"CHAR",
        b"NCHAR",
        b"TEXT",
        b"NTEXT",
        b"UNIQUEIDENTIFIER",
        b"UUID",
        b"DATETIME",
        b"DATE",
        b"TIME",
        b"TIMESTAMP",
        b"BOOLEAN",
        b"BOOL",
        b"BIT",
        b"DECIMAL",
        b"NUMERIC",
        b"FLOAT",
        b"REAL",
    ];
    let (name, size) = match memchr(b'(', cell) {
        Some(i) => (&cell[..i], &cell[i..]),
        None => (cell, &b""[..]),
    };
    let size_ok = size.is_empty()
        || (size.len() > 2
            && size.ends_with(b")")
            && size[1..size.len() - 1]
                .iter()
                .all(|&c| c.is_ascii_digit() || c == b',')
            && size[1].is_ascii_digit());
    size_ok && TYPES.contains(&name)
}

/// Writes `value` as a quoted cell.
pub(crate) fn encode_quoted(value: &str, out: &mut Vec<u8>) {
    out.reserve(value.len() + 2);
    out.push(b'"');
    let bytes = value.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr(b'"', &bytes[from..]) {
        out.extend_from_slice(&bytes[from..=from + k]);
        out.push(b'"');
        from += k + 1;
    }
    out.extend_from_slice(&bytes[from..]);
    out.push(b'"');
}

/// Writes `value` as a bare cell, or quoted when a CSV reader would
/// otherwise split, unquote or trim it.
pub(crate) fn encode_bare(value: &str, out: &mut Vec<u8>) {
    let bytes = value.as_bytes();
    let edge_space = |b: Option<&u8>| matches!(b, Some(b' ' | b'\t'));
    let needs_quotes = edge_space(bytes.first())
        || edge_space(bytes.last())
        || bytes
            .iter()
            .any(|&b| matches!(b, b',' | b'"' | b'\r' | b'\n'));
    if needs_quotes {
        encode_quoted(value, out);
    } else {
        out.extend_from_slice(bytes);
    }
}

/// Raw bytes of a quoted cell's body that decode to the first
/// `value_offset` bytes of its value.
pub(crate) fn raw_len_for(raw: &[u8], value_offset: usize) -> usize {
    let mut i = 0;
    let mut d = 0;
    while d < value_offset && i < raw.len() {
        i += if raw[i] == b'"' && raw.get(i + 1) == Some(&b'"') {
            2
        } else {
            1
        };
        d += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{DecodeError, Field, Style};

    /// [`super::decode`] as it was before [`super::decode_commas`]: one
    /// search per bare cell. The fast path must agree with it on every row.
    fn decode_per_cell<'a>(
        text: &'a str,
        columns: &'a [String],
        counts: &[usize],
        out: &mut Vec<Field<'a>>,
    ) -> Result<(), DecodeError> {
        let text = text
            .strip_suffix("\r\n")
            .or_else(|| text.strip_suffix('\n'))
            .unwrap_or(text);
        let breaks = memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_some();
        super::decode_per_cell(text, breaks, columns, counts, out)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Rows of commas, quotes, escapes, line breaks and multi-byte
        /// letters, of any length around the eight-byte steps: the same
        /// fields (or the same error, after the same fields) both ways.
        #[test]
        fn decode_agrees_with_the_per_cell_search(
            line in "[a,\"é\n\r 0]{0,40}|(\"[a,é\"]{0,6}\"|[a0é ]{0,11}|)(,(\"[a,\"]{0,5}\"|[a0é]{0,10})){0,12}\n?",
            ncols in 0..16usize,
            counts in proptest::collection::vec(0..16usize, 0..4),
        ) {
            let columns: Vec<String> = (0..ncols).map(|k| format!("c{k}")).collect();
            let mut counts = counts;
            counts.sort_unstable();
            let (mut want, mut got) = (Vec::new(), Vec::new());
            let w = decode_per_cell(&line, &columns, &counts, &mut want);
            let g = super::decode(&line, &columns, &counts, &mut got);
            proptest::prop_assert_eq!(g, w);
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        #[test]
        fn bare_end_is_the_first_stop(line in "[a,\n\r]{0,30}", i in 0..30usize, breaks: bool) {
            let b = line.as_bytes();
            let i = i.min(b.len());
            let want = b[i..]
                .iter()
                .position(|&c| c == b',' || (breaks && (c == b'\n' || c == b'\r')))
                .map_or(b.len(), |x| i + x);
            proptest::prop_assert_eq!(super::bare_end(b, i, breaks), want);
        }
    }

    #[test]
    fn unescape_reads_pairs_as_replace_does() {
        for body in [
            "",
            "a",
            "\"",
            "\"\"",
            "\"\"\"",
            "\"\"\"\"",
            "a\"\"b",
            "\"\"Anna\"\" <0701>",
            "x\"y\"\"z\"",
            "\"\"\"\"\"",
            "å\"\"ö\"",
        ] {
            assert_eq!(
                super::unescape(body),
                body.replace("\"\"", "\""),
                "{body:?}"
            );
        }
    }

    use crate::format::{Format, encode};

    fn asterisk() -> Format {
        let cols = [
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
            columns: cols.iter().map(|c| c.to_string()).collect(),
            column_counts: vec![17, 18],
        }
    }

    // Written for these tests: a made-up account, numbers from the Swedish
    // drama range 070-1740 6xx and a made-up name.
    const ROW: &str = r#""B204518","+46701740612","070-174 06 31","from-internal","""Maja Holm"" <+46701740612>","PJSIP/+46701740612-0a1b2c3d","PJSIP/trunk-4e5f6a7b","Dial","PJSIP/0701740631@trunk,60,tT","2026-03-01 09:15:02","2026-03-01 09:15:09","2026-03-01 09:20:41",339,332,"ANSWERED","DOCUMENTATION","1772356502.118""#;

    #[test]
    fn asterisk_row_mixed_quoted_and_bare() {
        let rec = format!("{ROW},\"\"");
        let mut out = Vec::new();
        let fmt = asterisk();
        fmt.decode(rec.as_bytes(), &mut out).unwrap();
        assert_eq!(out.len(), 18);
        assert_eq!(out[1].name, "src");
        assert_eq!(out[1].value, "+46701740612");
        assert_eq!(out[1].style, Style::CsvQuoted);
        assert_eq!(&rec[out[1].raw.clone()], "\"+46701740612\"");
        assert_eq!(out[4].value, "\"Maja Holm\" <+46701740612>");
        assert_eq!(out[8].value, "PJSIP/0701740631@trunk,60,tT");
        assert_eq!(out[12].name, "duration");
        assert_eq!(out[12].value, "339");
        assert_eq!(out[12].style, Style::CsvBare);
        assert_eq!(out[17].value, "");
        for f in &out {
            assert_eq!(f.remove, f.raw);
            let mut enc = Vec::new();
            encode(f.style, &f.value, &mut enc);
            assert_eq!(enc, rec.as_bytes()[f.raw.clone()].to_vec(), "{}", f.name);
        }
    }

    #[test]
    fn record_offset_walks_doubled_quotes() {
        let rec = format!("{ROW},\"\"");
        let mut out = Vec::new();
        let fmt = asterisk();
        fmt.decode(rec.as_bytes(), &mut out).unwrap();
        let clid = &out[4];
        let name_at = clid.value.find("Maja").unwrap();
        let p = clid.record_offset(rec.as_bytes(), name_at);
        assert!(rec[p..].starts_with("Maja Holm\"\" <"));
        let num_at = clid.value.find("+4670").unwrap();
        let p = clid.record_offset(rec.as_bytes(), num_at);
        assert!(rec[p..].starts_with("+46701740612>\""));
        let end = clid.record_offset(rec.as_bytes(), clid.value.len());
        assert_eq!(end, clid.raw.end - 1);
    }

    #[test]
    fn optional_trailing_column_and_counts() {
        let mut out = Vec::new();
        let fmt = asterisk();
        fmt.decode(ROW.as_bytes(), &mut out).unwrap();
        assert_eq!(out.len(), 17);
        out.clear();
        let fmt = asterisk();
        let err = fmt.decode(b"a,b,c", &mut out).unwrap_err();
        assert_eq!(
            err,
            DecodeError::ColumnCount {
                expected: 18,
                found: 3
            }
        );
        let long = format!("{ROW},\"\",x");
        let fmt = asterisk();
        let err = fmt.decode(long.as_bytes(), &mut out).unwrap_err();
        assert_eq!(
            err,
            DecodeError::ColumnCount {
                expected: 18,
                found: 19
            }
        );
    }

    #[test]
    fn freeswitch_row() {
        // FreeSWITCH's default cdr_csv template quotes every cell.
        let fmt = Format::Csv {
            columns: [
                "caller_id_name",
                "caller_id_number",
                "destination_number",
                "uuid",
            ]
            .iter()
            .map(|c| c.to_string())
            .collect(),
            column_counts: vec![4],
        };
        let rec = br#""Nils Berg","1004","0701740655","3f1c2e9a-5b7d-4c1e-9a0b-1d2e3f4a5b6c""#;
        let mut out = Vec::new();
        fmt.decode(rec, &mut out).unwrap();
        assert_eq!(out[0].name, "caller_id_name");
        assert_eq!(out[0].value, "Nils Berg");
        assert_eq!(out[2].value, "0701740655");
        assert_eq!(out[3].raw.end, rec.len());
    }

    #[test]
    fn quoting_errors() {
        let fmt = Format::Csv {
            columns: vec!["a".into(), "b".into()],
            column_counts: vec![1, 2],
        };
        let mut out = Vec::new();
        assert_eq!(
            fmt.decode(br#""abc,def"#, &mut out),
            Err(DecodeError::CsvQuote { offset: 0 })
        );
        assert_eq!(
            fmt.decode(br#""abc"x,def"#, &mut out),
            Err(DecodeError::CsvQuote { offset: 5 })
        );
        out.clear();
        fmt.decode(b"a\"b,\"\"\"\"\"\"", &mut out).unwrap();
        assert_eq!(out[0].value, "a\"b");
        assert_eq!(out[1].value, "\"\"");
    }

    #[test]
    fn counts_are_exact_and_line_breaks_only_inside_quotes() {
        let fmt = Format::Csv {
            columns: vec!["a".into(), "b".into(), "c".into()],
            column_counts: vec![1, 3],
        };
        let mut out = Vec::new();
        for ok in [
            &b"x"[..],
            b"x,y,z",
            b"\"x\ny\",y,z",
            b"x,y,\"z\"\n",
            b"x,y,z\r\n",
        ] {
            out.clear();
            fmt.decode(ok, &mut out).unwrap();
        }
        assert_eq!(out[2].value, "z");
        assert_eq!(out[2].raw, 4..5, "the terminator is not in the cell");
        for (rec, found) in [(&b"x,y"[..], 2), (b"x,y,z,w", 4)] {
            out.clear();
            assert_eq!(
                fmt.decode(rec, &mut out),
                Err(DecodeError::ColumnCount { expected: 3, found })
            );
        }
        for (rec, offset) in [(&b"x\ny,z"[..], 1), (b"x,y\rz,w", 3), (b"\"x\"\n,y,z", 3)] {
            out.clear();
            let err = fmt.decode(rec, &mut out).unwrap_err();
            assert!(
                matches!(err, DecodeError::CsvLineBreak { offset: o } | DecodeError::CsvQuote { offset: o } if o == offset),
                "{err:?}"
            );
        }
    }

    #[test]
    fn header_rows_are_told_by_what_they_hold() {
        use super::{HeaderRow, header_row};
        let columns: Vec<String> = ["cdrRecordType", "globalCallID_callId", "callingPartyNumber"]
            .iter()
            .map(|c| c.to_string())
            .collect();
        fn names<'r>(r: &'r [u8], columns: &[String]) -> Option<HeaderRow<'r>> {
            header_row(r, columns, true, true)
        }
        assert_eq!(
            names(
                b"\"cdrRecordType\",\"globalCallID_callId\",\"callingPartyNumber\"",
                &columns
            ),
            Some(HeaderRow::Names(vec![
                "cdrRecordType",
                "globalCallID_callId",
                "callingPartyNumber"
            ]))
        );
        // A later version's extra column is a name too.
        assert!(matches!(
            names(b"cdrRecordType,globalCallID_callId,callingPartyNumber,newThing", &columns),
            Some(HeaderRow::Names(n)) if n.len() == 4
        ));
        assert_eq!(
            names(
                b"INTEGER,VARCHAR(50),UNIQUEIDENTIFIER,DECIMAL(10,2)",
                &columns
            ),
            None,
            "a comma inside a size splits the cell: not a type row"
        );
        assert_eq!(
            names(b"INTEGER,VARCHAR(50),UNIQUEIDENTIFIER", &columns),
            Some(HeaderRow::Types)
        );
        // Data rows, and rows that only look alike, are not headers.
        for row in [
            &b"1,1016470,\"+46701740683\""[..],
            b"cdrRecordType,1016470,\"+46701740683\"",
            b"cdrRecordType,karin eriksson,callingPartyNumber",
            b"cdrRecordType,karin,kalle,olle",
            b"\"cdrRecordType\"\"\",x,callingPartyNumber",
            b"INTEGER,KARIN",
            b"INTEGER,VARCHAR(5O)",
            b"cdrRecordType",
        ] {
            assert_eq!(
                names(row, &columns),
                None,
                "{}",
                String::from_utf8_lossy(row)
            );
        }
        // Only the kinds the pack asks for.
        assert_eq!(header_row(b"INTEGER,INTEGER", &columns, true, false), None);
        assert_eq!(
            header_row(b"cdrRecordType,callingPartyNumber", &columns, false, true),
            None
        );
    }

    #[test]
    fn names_follow_each_format_across_many_column_sets() {
        let fmts: Vec<Format> = (0..12)
            .map(|k| Format::Csv {
                columns: vec![format!("a{k}"), format!("b{k}")],
                column_counts: vec![2],
            })
            .collect();
        for round in 0..3 {
            for (k, fmt) in fmts.iter().enumerate().rev() {
                let mut out = Vec::new();
                fmt.decode(b"1,2", &mut out).unwrap();
                assert_eq!(out[0].name, format!("a{k}"), "round {round}");
                assert_eq!(out[1].name, format!("b{k}"));
            }
        }
    }

    #[test]
    fn bare_cell_gets_quotes_when_needed() {
        let enc = |v: &str| {
            let mut o = Vec::new();
            encode(Style::CsvBare, v, &mut o);
            String::from_utf8(o).unwrap()
        };
        assert_eq!(enc("ph_abc"), "ph_abc");
        assert_eq!(enc(""), "");
        assert_eq!(enc("a,b"), "\"a,b\"");
        assert_eq!(enc("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(enc("a\nb"), "\"a\nb\"");
        assert_eq!(enc(" lead"), "\" lead\"");
        assert_eq!(enc("trail "), "\"trail \"");
    }
}
