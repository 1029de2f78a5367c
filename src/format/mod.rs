//! Record formats: decode a record into fields with their raw byte ranges,
//! and encode a changed value back with the field's own quoting.
//!
//! Decoders never copy the record: a [`Field`] borrows its value unless
//! unescaping had to allocate. Untouched bytes are never re-encoded; the
//! engine splices only the ranges of fields that changed.
//!
//! One file per format: `plain`, `syslog`, `csv`, `json`, `kv`, `cef`, plus
//! `callerid` for splitting caller-ID cells. Every escaping
//! style knows three things, kept side by side in its format's file: how to
//! unescape (decode), how to escape (encode), and how to map an offset in the
//! decoded value back through the escapes to the record
//! ([`Field::record_offset`]).

use std::borrow::Cow;
use std::ops::Range;

mod callerid;
pub(crate) use callerid::labelled_number;
mod cef;
mod csv;

pub use csv::{HeaderRow, header_row};
mod json;
mod kv;
mod plain;
mod syslog;

/// How a field's value is written in the record, so that a new value can be
/// written the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Style {
    /// Raw bytes with no quoting (plain text, syslog header parts and MSG).
    /// Written as is: free text has no quoting to add.
    Bare,
    /// A CSV cell in double quotes, with `""` for a quote.
    CsvQuoted,
    /// An unquoted CSV cell. A new value that needs quoting (comma, quote,
    /// CR/LF, leading or trailing space) is written as [`Style::CsvQuoted`].
    CsvBare,
    /// A JSON string, including its quotes.
    JsonString,
    /// A JSON number, `true`/`false` or `null`: written bare if the new value
    /// is a JSON number (or one of those literals), else as a JSON string.
    JsonScalar,
    /// A kv value in the given quote character (`"` or `'`), backslash escapes.
    KvQuoted(u8),
    /// An unquoted kv value. A new value that is empty-looking to a kv reader
    /// (whitespace, or a leading quote) is written as `KvQuoted(b'"')`.
    KvBare,
    /// A CEF header field: `|` and `\` escaped with a backslash.
    CefHeader,
    /// A CEF extension value: `=`, `\` and newlines escaped with a backslash.
    CefExtension,
    /// An RFC 5424 structured-data parameter value, with its quotes:
    /// `"`, `\` and `]` escaped with a backslash.
    SdParam,
}

impl Style {
    /// Whether the raw bytes of a field in this style are wrapped in a quote
    /// byte at each end.
    fn is_quoted(self) -> bool {
        matches!(
            self,
            Style::CsvQuoted | Style::JsonString | Style::KvQuoted(_) | Style::SdParam
        )
    }
}

/// One field of a decoded record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field's name: CSV column name, JSON path (`a.b.c`, arrays as
    /// `a[]`), kv key, CEF header name (`cef.name`) or extension key, syslog
    /// part (`hostname`, `app`, `msg`, `sd.ID.PARAM`), `text` for plain lines.
    pub name: Cow<'a, str>,
    /// The value as written, including any quotes.
    pub raw: Range<usize>,
    /// The decoded (unescaped) value.
    pub value: Cow<'a, str>,
    /// The bytes to remove to drop this field entirely, separator included
    /// (for CSV, where columns are positional, this equals `raw`: dropping
    /// empties the cell).
    pub remove: Range<usize>,
    /// How to write a new value.
    pub style: Style,
}

impl Field<'_> {
    /// Maps a byte offset into [`Field::value`] to a byte offset in the record.
    ///
    /// `value_offset` must be a char boundary of the value (detector spans
    /// are); the result is then the record offset where the raw form of
    /// `value[value_offset..]` starts (or the end of the value's raw bytes,
    /// before any closing quote, for `value.len()`). Escapes are walked, so
    /// the mapping is exact for escaped values too.
    pub fn record_offset(&self, rec: &[u8], value_offset: usize) -> usize {
        let body = self.body();
        if matches!(self.value, Cow::Borrowed(_)) {
            // A borrowed value is, by construction, the body itself.
            return body.start + value_offset;
        }
        let Some(raw) = rec.get(body.clone()) else {
            return (body.start + value_offset).min(body.end);
        };
        let consumed = match self.style {
            Style::CsvQuoted => csv::raw_len_for(raw, value_offset),
            Style::JsonString | Style::JsonScalar => json::raw_len_for(raw, value_offset),
            Style::KvQuoted(q) => kv::raw_len_for(raw, q, value_offset),
            Style::CefHeader => cef::header_raw_len_for(raw, value_offset),
            Style::CefExtension => cef::ext_raw_len_for(raw, value_offset),
            Style::SdParam => syslog::sd_raw_len_for(raw, value_offset),
            Style::Bare | Style::CsvBare | Style::KvBare => value_offset.min(raw.len()),
        };
        body.start + consumed
    }

    /// The raw range without the quotes of a quoted style.
    fn body(&self) -> Range<usize> {
        if self.style.is_quoted() && self.raw.len() >= 2 {
            self.raw.start + 1..self.raw.end - 1
        } else {
            self.raw.clone()
        }
    }
}

/// Writes `value` in `style` (quotes included) to `out`.
///
/// For a value decoded from a record that used the format's canonical
/// escaping, this reproduces the field's raw bytes exactly.
pub fn encode(style: Style, value: &str, out: &mut Vec<u8>) {
    match style {
        Style::Bare => out.extend_from_slice(value.as_bytes()),
        Style::CsvQuoted => csv::encode_quoted(value, out),
        Style::CsvBare => csv::encode_bare(value, out),
        Style::JsonString => json::encode_string(value, out),
        Style::JsonScalar => json::encode_scalar(value, out),
        Style::KvQuoted(q) => kv::encode_quoted(value, q, out),
        Style::KvBare => kv::encode_bare(value, out),
        Style::CefHeader => cef::encode_header(value, out),
        Style::CefExtension => cef::encode_ext(value, out),
        Style::SdParam => syslog::encode_sd_param(value, out),
    }
}

/// Why a record could not be decoded. Carries positions, never content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The record is not valid UTF-8; `offset` is the first bad byte.
    #[error("invalid utf-8 at byte {offset}")]
    Utf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// A CSV row has the wrong number of columns.
    #[error("csv row has {found} columns, expected {expected}")]
    ColumnCount {
        /// Columns the pack declares.
        expected: usize,
        /// Columns in the row.
        found: usize,
    },
    /// A quoted CSV cell is not closed, or has text after its closing quote.
    #[error("malformed csv quoting at byte {offset}")]
    CsvQuote {
        /// Offset of the problem.
        offset: usize,
    },
    /// A CSV record holds a line break outside quotes: it is two records,
    /// or a fragment of one.
    #[error("csv line break outside quotes at byte {offset}")]
    CsvLineBreak {
        /// Offset of the line break.
        offset: usize,
    },
    /// The record is not valid JSON.
    #[error("invalid json at byte {offset}")]
    Json {
        /// Offset of the problem.
        offset: usize,
    },
    /// A JSON document is not an object, or nests deeper than the limit.
    #[error("unsupported json shape at byte {offset}")]
    JsonShape {
        /// Offset of the problem.
        offset: usize,
    },
    /// A CEF record lacks its header fields.
    #[error("malformed cef header")]
    CefHeader,
}

/// A record format, as named by a rule pack's `format`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// One line of free text; one field named `text`.
    Plain,
    /// RFC 3164 or RFC 5424 syslog; a line that parses as neither is one
    /// `msg` field (never an error when it is valid UTF-8).
    Syslog,
    /// CSV with named columns, in order.
    Csv {
        /// Column names.
        columns: Vec<String>,
        /// The numbers of columns a row may have, sorted: each names the
        /// first that many of `columns` (trailing columns may be optional).
        column_counts: Vec<usize>,
    },
    /// One JSON object per line.
    Json,
    /// `key=value` pairs separated by spaces; values may be quoted.
    Kv,
    /// ArcSight CEF (`CEF:0|vendor|product|version|id|name|severity|ext`),
    /// optionally after a syslog header.
    Cef,
}

impl Format {
    /// Appends the fields of `rec` to `out` (which the caller clears).
    ///
    /// On error, `out` may hold some fields of the record already; the
    /// caller discards them with the record.
    /// Field names may borrow from the format (CSV column names), so the
    /// fields live no longer than both the record and the format.
    pub fn decode<'a>(
        &'a self,
        rec: &'a [u8],
        out: &mut Vec<Field<'a>>,
    ) -> Result<(), DecodeError> {
        let text = std::str::from_utf8(rec).map_err(|e| DecodeError::Utf8 {
            offset: e.valid_up_to(),
        })?;
        match self {
            Format::Plain => {
                plain::decode(text, out);
                Ok(())
            }
            Format::Syslog => {
                syslog::decode(text, out);
                Ok(())
            }
            Format::Csv {
                columns,
                column_counts,
            } => csv::decode(text, columns, column_counts, out),
            Format::Json => json::decode(text, out),
            Format::Kv => {
                kv::decode(text, out);
                Ok(())
            }
            Format::Cef => cef::decode(text, out),
        }
    }
}

/// Decodes a CSV record whose columns a header row named: like
/// [`Format::decode`] for a CSV format, with these columns, and exactly as
/// many cells as there are columns.
pub fn decode_csv_as<'a>(
    rec: &'a [u8],
    columns: &'a [String],
    out: &mut Vec<Field<'a>>,
) -> Result<(), DecodeError> {
    let text = std::str::from_utf8(rec).map_err(|e| DecodeError::Utf8 {
        offset: e.valid_up_to(),
    })?;
    csv::decode(text, columns, &[columns.len()], out)
}

/// Splits a caller-ID value such as `"Karin Eriksson" <+46701740683>` into
/// the ranges (within `value`) of the name and of the number, either of which
/// may be absent.
pub fn split_caller_id(value: &str) -> (Option<Range<usize>>, Option<Range<usize>>) {
    callerid::split(value)
}

/// The ranges of a caller ID's name, of the number repeated at the end of
/// a name that only labels it (`"Callback 0701740683" <0701740683>`; the
/// name is then absent), and of its number.
pub fn caller_id_parts(value: &str) -> [Option<Range<usize>>; 3] {
    callerid::parts(value)
}

/// Makes a field whose value is borrowed straight from `text[raw]`.
fn bare_field<'a>(
    name: &'static str,
    text: &'a str,
    raw: Range<usize>,
    remove: Range<usize>,
    style: Style,
) -> Field<'a> {
    Field {
        name: Cow::Borrowed(name),
        value: Cow::Borrowed(text.get(raw.clone()).unwrap_or("")),
        raw,
        remove,
        style,
    }
}

/// Unescapes a backslash-escaped body where `map` turns the byte after a
/// backslash into the byte it stands for, or `None` when that backslash is
/// literal. Borrows when there is no escape.
fn unescape_backslash(body: &str, map: fn(u8) -> Option<u8>) -> Cow<'_, str> {
    let bytes = body.as_bytes();
    let Some(first) = memchr::memchr(b'\\', bytes) else {
        return Cow::Borrowed(body);
    };
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..first]);
    let mut i = first;
    while i < bytes.len() {
        let b = bytes[i];
        let escaped = if b == b'\\' {
            bytes.get(i + 1).and_then(|&n| map(n))
        } else {
            None
        };
        match escaped {
            Some(d) => {
                out.push(d);
                i += 2;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    // Escapes only ever replace ASCII with ASCII, so UTF-8 is preserved; the
    // fallback keeps the function total without a panic path.
    match String::from_utf8(out) {
        Ok(s) => Cow::Owned(s),
        Err(e) => Cow::Owned(String::from_utf8_lossy(e.as_bytes()).into_owned()),
    }
}

/// Raw bytes of a backslash-escaped body that decode to the first
/// `value_offset` bytes of its value (see [`unescape_backslash`]).
fn backslash_raw_len_for(raw: &[u8], map: fn(u8) -> Option<u8>, value_offset: usize) -> usize {
    let mut i = 0;
    let mut d = 0;
    while d < value_offset && i < raw.len() {
        if raw[i] == b'\\' && raw.get(i + 1).and_then(|&n| map(n)).is_some() {
            i += 2;
        } else {
            i += 1;
        }
        d += 1;
    }
    i
}

#[cfg(test)]
mod proptests;
