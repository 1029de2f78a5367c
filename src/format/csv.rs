//! CSV rows with named columns (Asterisk `cdr_csv`, FreeSWITCH CSV CDRs).
//!
//! Cells are bare or in double quotes with `""` for a quote; rows may mix
//! both. Columns are positional, so dropping a cell empties it: `remove`
//! equals `raw`.

use std::borrow::Cow;

use memchr::memchr;

use super::{DecodeError, Field, Style};

/// Appends one field per cell of `text`, named by `columns` (borrowed from
/// the format, so no cell allocates a name).
pub(crate) fn decode<'a>(
    text: &'a str,
    columns: &'a [String],
    min_columns: usize,
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
                Cow::Owned(body.replace("\"\"", "\""))
            } else {
                Cow::Borrowed(body)
            };
            (end, value, Style::CsvQuoted)
        } else {
            let end = memchr(b',', &b[i..]).map_or(len, |k| i + k);
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
    if found > columns.len() || found < min_columns {
        return Err(DecodeError::ColumnCount {
            expected: columns.len(),
            found,
        });
    }
    Ok(())
}

/// End (past the closing quote) of the quoted cell opening at `start`, and
/// whether it holds a `""` escape.
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
            return Err(DecodeError::CsvQuote { offset: end });
        }
        return Ok((end, escaped));
    }
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
    use crate::format::{DecodeError, Format, Style, encode};

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
            min_columns: 17,
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
            min_columns: 4,
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
            min_columns: 1,
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
    fn names_follow_each_format_across_many_column_sets() {
        let fmts: Vec<Format> = (0..12)
            .map(|k| Format::Csv {
                columns: vec![format!("a{k}"), format!("b{k}")],
                min_columns: 2,
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
