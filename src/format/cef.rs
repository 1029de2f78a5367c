//! ArcSight CEF: `CEF:Version|Vendor|Product|DeviceVersion|SignatureID|Name|
//! Severity|Extension`, optionally after a syslog header.
//!
//! Header fields escape `|` and `\` with a backslash. The extension is
//! `key=value` pairs where a value runs until the space before the next
//! `key=`, with `\=`, `\\`, `\n` and `\r` escapes. A backslash before any
//! other byte is kept literally, as CEF readers do.

use std::borrow::Cow;

use memchr::memmem;

use super::{DecodeError, Field, Style, backslash_raw_len_for, syslog, unescape_backslash};

pub(crate) const HEADER: [&str; 7] = [
    "cef.version",
    "cef.vendor",
    "cef.product",
    "cef.device_version",
    "cef.signature",
    "cef.name",
    "cef.severity",
];

/// Appends the syslog header fields (if any), the seven CEF header fields and
/// one field per extension pair of `text`.
pub(crate) fn decode<'a>(text: &'a str, out: &mut Vec<Field<'a>>) -> Result<(), DecodeError> {
    let b = text.as_bytes();
    let cef = memmem::find(b, b"CEF:").ok_or(DecodeError::CefHeader)?;
    let mut i = cef + 4;
    // Find the seven unescaped pipes before touching `out`, so a bad header
    // leaves no partial fields behind.
    let mut ends = [0usize; 7];
    for end in &mut ends {
        let mut j = i;
        loop {
            match b.get(j) {
                None => return Err(DecodeError::CefHeader),
                Some(b'|') => break,
                Some(b'\\') if matches!(b.get(j + 1), Some(b'|' | b'\\')) => j += 2,
                Some(_) => j += 1,
            }
        }
        *end = j;
        i = j + 1;
    }
    if text[..cef].bytes().any(|c| !c.is_ascii_whitespace()) {
        let before = out.len();
        syslog::decode(&text[..cef], out);
        // The syslog MSG of a CEF line is the CEF part itself; drop the empty
        // one the prefix leaves.
        if out.len() > before
            && out
                .last()
                .is_some_and(|f| f.name == "msg" && f.value.trim().is_empty())
        {
            out.pop();
        }
    }
    let mut start = cef + 4;
    for (name, &end) in HEADER.iter().zip(&ends) {
        out.push(Field {
            name: Cow::Borrowed(name),
            raw: start..end,
            value: unescape_backslash(&text[start..end], map_header),
            remove: start..end,
            style: Style::CefHeader,
        });
        start = end + 1;
    }
    extension(text, start, out);
    Ok(())
}

fn is_key_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')
}

/// If a key followed by `=` starts at `i`, the offset of that `=`.
fn key_at(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && is_key_byte(b[j]) {
        j += 1;
    }
    (j > i && b.get(j) == Some(&b'=')).then_some(j)
}

/// Start of the next ` key=` at or after `from`: the offset of its space.
fn next_pair(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(k) = memchr::memchr(b' ', &b[at..]) {
        let s = at + k;
        if key_at(b, s + 1).is_some() {
            return Some(s);
        }
        at = s + 1;
    }
    None
}

fn extension<'a>(text: &'a str, from: usize, out: &mut Vec<Field<'a>>) {
    let b = text.as_bytes();
    let mut i = from;
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    let mut key_start = if key_at(b, i).is_some() {
        i
    } else {
        // Text before the first pair is not in CEF shape; skip it.
        match next_pair(b, i) {
            Some(s) => s + 1,
            None => return,
        }
    };
    let mut first = true;
    while let Some(eq) = key_at(b, key_start) {
        let v = eq + 1;
        let next = next_pair(b, v);
        let end = next.unwrap_or(b.len());
        let remove = if first {
            key_start..next.map_or(end, |s| s + 1)
        } else {
            key_start - 1..end
        };
        out.push(Field {
            name: Cow::Borrowed(&text[key_start..eq]),
            raw: v..end,
            value: unescape_backslash(&text[v..end], map_ext),
            remove,
            style: Style::CefExtension,
        });
        first = false;
        match next {
            Some(s) => key_start = s + 1,
            None => break,
        }
    }
}

pub(crate) fn map_header(c: u8) -> Option<u8> {
    matches!(c, b'|' | b'\\').then_some(c)
}

pub(crate) fn map_ext(c: u8) -> Option<u8> {
    match c {
        b'=' | b'\\' => Some(c),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        _ => None,
    }
}

/// Raw bytes of a header field that decode to `value_offset` value bytes.
pub(crate) fn header_raw_len_for(raw: &[u8], value_offset: usize) -> usize {
    backslash_raw_len_for(raw, map_header, value_offset)
}

/// Raw bytes of an extension value that decode to `value_offset` value bytes.
pub(crate) fn ext_raw_len_for(raw: &[u8], value_offset: usize) -> usize {
    backslash_raw_len_for(raw, map_ext, value_offset)
}

/// Writes a header field, escaping `|` and `\`.
pub(crate) fn encode_header(value: &str, out: &mut Vec<u8>) {
    for &c in value.as_bytes() {
        if matches!(c, b'|' | b'\\') {
            out.push(b'\\');
        }
        out.push(c);
    }
}

/// Writes an extension value, escaping `=`, `\` and line breaks.
pub(crate) fn encode_ext(value: &str, out: &mut Vec<u8>) {
    for &c in value.as_bytes() {
        match c {
            b'=' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::format::{DecodeError, Field, Format, Style, encode};

    fn decode(rec: &str) -> Result<Vec<Field<'_>>, DecodeError> {
        let mut out = Vec::new();
        Format::Cef.decode(rec.as_bytes(), &mut out).map(|()| out)
    }

    #[test]
    fn firewall_event_after_syslog_header() {
        let rec = r"Mar  1 09:15:02 fw-sto-01 CEF:0|Acme|Edge FW|7.2|1001|Login by a\|b|5|src=192.0.2.7 suser=maja.holm msg=Failed login for Maja Holm\=x \\ok\nnext dst=198.51.100.9 cs1Label=note cs1=";
        let out = decode(rec).unwrap();
        let names: Vec<&str> = out.iter().map(|f| f.name.as_ref()).collect();
        assert_eq!(
            names,
            [
                "hostname",
                "cef.version",
                "cef.vendor",
                "cef.product",
                "cef.device_version",
                "cef.signature",
                "cef.name",
                "cef.severity",
                "src",
                "suser",
                "msg",
                "dst",
                "cs1Label",
                "cs1"
            ]
        );
        assert_eq!(out[0].value, "fw-sto-01");
        assert_eq!(out[3].value, "Edge FW");
        assert_eq!(out[6].value, "Login by a|b");
        assert_eq!(out[6].style, Style::CefHeader);
        assert_eq!(out[8].value, "192.0.2.7");
        assert_eq!(out[10].value, "Failed login for Maja Holm=x \\ok\nnext");
        assert_eq!(out[10].style, Style::CefExtension);
        assert_eq!(out[13].value, "");
        let v = &out[10].value;
        let p = out[10].record_offset(rec.as_bytes(), v.find("next").unwrap());
        assert!(rec[p..].starts_with("next dst="));
        let p = out[10].record_offset(rec.as_bytes(), v.find("x ").unwrap());
        assert!(rec[p..].starts_with("x \\\\ok"));
        for f in &out {
            let mut e = Vec::new();
            encode(f.style, &f.value, &mut e);
            assert_eq!(e, rec.as_bytes()[f.raw.clone()].to_vec(), "{}", f.name);
        }
        let cut = |f: &Field<'_>| format!("{}{}", &rec[..f.remove.start], &rec[f.remove.end..]);
        assert!(cut(&out[8]).ends_with("|5|suser=maja.holm msg=Failed login for Maja Holm\\=x \\\\ok\\nnext dst=198.51.100.9 cs1Label=note cs1="));
        assert!(cut(&out[11]).contains("\\nnext cs1Label=note"));
    }

    #[test]
    fn missing_header_parts() {
        assert_eq!(decode("no cef here").unwrap_err(), DecodeError::CefHeader);
        assert_eq!(
            decode("CEF:0|a|b|c|d|e|5").unwrap_err(),
            DecodeError::CefHeader
        );
        assert_eq!(
            decode(r"CEF:0|a|b|c|d|e\|5|x").unwrap_err(),
            DecodeError::CefHeader
        );
        let out = decode("CEF:0|a|b|c|d|e|5|").unwrap();
        assert_eq!(out.len(), 7);
        assert_eq!(out[6].value, "5");
    }
}
