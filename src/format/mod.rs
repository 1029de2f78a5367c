//! Record formats: decode a record into fields with their raw byte ranges,
//! and encode a changed value back with the field's own quoting.
//!
//! Decoders never copy the record: a [`Field`] borrows its value unless
//! unescaping had to allocate. Untouched bytes are never re-encoded; the
//! engine splices only the ranges of fields that changed.

use std::borrow::Cow;
use std::ops::Range;

/// How a field's value is written in the record, so that a new value can be
/// written the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Style {
    /// Raw bytes with no quoting (plain text, syslog header parts and MSG,
    /// unquoted CSV cells, bare kv values). An encoder may still add quotes
    /// where the format needs them for the new value.
    Bare,
    /// A CSV cell in double quotes, with `""` for a quote.
    CsvQuoted,
    /// A JSON string, including its quotes.
    JsonString,
    /// A JSON number, `true`/`false` or `null`: written bare if the new value
    /// is a JSON number, else as a JSON string.
    JsonScalar,
    /// A kv value in the given quote character (`"` or `'`), backslash escapes.
    KvQuoted(u8),
    /// A CEF header field: `|` and `\` escaped with a backslash.
    CefHeader,
    /// A CEF extension value: `=`, `\` and newlines escaped with a backslash.
    CefExtension,
    /// An RFC 5424 structured-data parameter value, inside its quotes:
    /// `"`, `\` and `]` escaped with a backslash.
    SdParam,
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
    pub fn record_offset(&self, rec: &[u8], value_offset: usize) -> usize {
        let _ = rec;
        self.raw.start + value_offset
    }
}

/// Writes `value` in `style` (quotes included) to `out`.
pub fn encode(style: Style, value: &str, out: &mut Vec<u8>) {
    let _ = style;
    out.extend_from_slice(value.as_bytes());
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
        /// Column names. Rows may have fewer columns (at least `min_columns`)
        /// when trailing columns are optional.
        columns: Vec<String>,
        /// Fewest columns a row may have.
        min_columns: usize,
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
    pub fn decode<'a>(&self, rec: &'a [u8], out: &mut Vec<Field<'a>>) -> Result<(), DecodeError> {
        let text = std::str::from_utf8(rec).map_err(|e| DecodeError::Utf8 {
            offset: e.valid_up_to(),
        })?;
        out.push(Field {
            name: Cow::Borrowed("text"),
            raw: 0..rec.len(),
            value: Cow::Borrowed(text),
            remove: 0..rec.len(),
            style: Style::Bare,
        });
        Ok(())
    }
}

/// Splits a caller-ID value such as `"Karin Eriksson" <+46701740683>` into
/// the ranges (within `value`) of the name and of the number, either of which
/// may be absent.
pub fn split_caller_id(value: &str) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let _ = value;
    (None, None)
}
