//! JSON lines: one object per record, every scalar leaf a field.
//!
//! A hand-written parser, because the engine needs the byte range of every
//! value and of every member (to drop it) and `serde_json` gives neither.
//! Leaves are named by their dotted path (`user.name`); array elements add
//! `[]` (`hosts[]`, `hosts[].ip`).

use std::borrow::Cow;

use super::{DecodeError, Field, Style};

/// Deepest nesting of objects and arrays accepted; deeper documents are a
/// [`DecodeError::JsonShape`], which also bounds the parser's recursion.
const MAX_DEPTH: usize = 64;

/// Appends one field per scalar leaf of the object in `text`.
pub(crate) fn decode<'a>(text: &'a str, out: &mut Vec<Field<'a>>) -> Result<(), DecodeError> {
    let b = text.as_bytes();
    let start = skip_ws(b, 0);
    match b.get(start) {
        Some(b'{') => {}
        Some(b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n') => {
            return Err(DecodeError::JsonShape { offset: start });
        }
        _ => return Err(DecodeError::Json { offset: start }),
    }
    let mut p = Parser {
        text,
        b,
        out,
        path: String::new(),
    };
    let end = p.container(start, 1)?;
    let end = skip_ws(b, end);
    if end != b.len() {
        return Err(DecodeError::Json { offset: end });
    }
    Ok(())
}

struct Parser<'a, 'o> {
    text: &'a str,
    b: &'a [u8],
    out: &'o mut Vec<Field<'a>>,
    /// Path of the container being parsed; only built below the top level,
    /// so flat objects never allocate it.
    path: String,
}

fn err(offset: usize) -> DecodeError {
    DecodeError::Json { offset }
}

impl<'a> Parser<'a, '_> {
    /// Parses the object or array opening at `i`; returns the offset past it.
    fn container(&mut self, i: usize, depth: usize) -> Result<usize, DecodeError> {
        if depth > MAX_DEPTH {
            return Err(DecodeError::JsonShape { offset: i });
        }
        let is_object = self.b[i] == b'{';
        let close = if is_object { b'}' } else { b']' };
        let mut j = skip_ws(self.b, i + 1);
        if self.b.get(j) == Some(&close) {
            return Ok(j + 1);
        }
        // End of the value before the current member, and the field pushed
        // for the previous member if it was a scalar, with that member's
        // start and the end of the value before it: its `remove` range is
        // only known once we see whether another member follows.
        let mut prev_end: Option<usize> = None;
        let mut pending: Option<(usize, usize, Option<usize>)> = None;
        loop {
            let member_start = j;
            let key = if is_object {
                if self.b.get(j) != Some(&b'"') {
                    return Err(err(j));
                }
                let (kend, key) = self.string(j)?;
                self.key_as_value(j, kend, &key);
                j = skip_ws(self.b, kend);
                if self.b.get(j) != Some(&b':') {
                    return Err(err(j));
                }
                j = skip_ws(self.b, j + 1);
                Some(key)
            } else {
                None
            };
            let base = self.path.len();
            let vend = match self.b.get(j) {
                Some(b'{' | b'[') => {
                    self.push_segment(key.as_deref());
                    let r = self.container(j, depth + 1);
                    self.path.truncate(base);
                    r?
                }
                Some(_) => {
                    let name = match key {
                        Some(k) if base == 0 => k,
                        k => {
                            let mut name = String::with_capacity(base + 8);
                            name.push_str(&self.path);
                            let _ = k.as_deref().map(|k| {
                                name.push('.');
                                name.push_str(k)
                            });
                            if k.is_none() {
                                name.push_str("[]");
                            }
                            Cow::Owned(name)
                        }
                    };
                    self.scalar(j, name)?
                }
                None => return Err(err(j)),
            };
            if let Some((idx, ms, _)) = pending.take() {
                self.out[idx].remove = ms..member_start;
            }
            if !matches!(self.b[j], b'{' | b'[') {
                pending = Some((self.out.len() - 1, member_start, prev_end));
            }
            j = skip_ws(self.b, vend);
            match self.b.get(j) {
                Some(b',') => {
                    prev_end = Some(vend);
                    j = skip_ws(self.b, j + 1);
                }
                Some(&c) if c == close => {
                    if let Some((idx, ms, before)) = pending {
                        self.out[idx].remove = before.unwrap_or(ms)..vend;
                    }
                    return Ok(j + 1);
                }
                _ => return Err(err(j)),
            }
        }
    }

    /// An object key that is a number a person has (`{"calls_by_number":
    /// {"605485264": 69}}`: 7 to 15 digits, perhaps after `+`) is a value
    /// too, of the object's own key: it becomes a field named by the
    /// object's path, so that key's evidence judges it like any value
    /// under it. A replacement is written as a JSON string in its place; a
    /// dropped one leaves the empty key `""`, so the JSON stays valid.
    fn key_as_value(&mut self, start: usize, end: usize, key: &str) {
        let digits = key.strip_prefix('+').unwrap_or(key);
        if self.path.is_empty()
            || !(7..=15).contains(&digits.len())
            || !digits.bytes().all(|c| c.is_ascii_digit())
            || end - start != key.len() + 2
        {
            return;
        }
        self.out.push(Field {
            name: Cow::Owned(self.path.clone()),
            raw: start..end,
            value: Cow::Borrowed(&self.text[start + 1..end - 1]),
            remove: start + 1..end - 1,
            style: Style::JsonString,
        });
    }

    /// Extends the path for a container member: `.key` in an object (no dot
    /// at the top level), `[]` in an array.
    fn push_segment(&mut self, key: Option<&str>) {
        match key {
            Some(k) => {
                if !self.path.is_empty() {
                    self.path.push('.');
                }
                self.path.push_str(k);
            }
            None => self.path.push_str("[]"),
        }
    }

    /// Parses the scalar at `i`, pushes its field and returns its end.
    fn scalar(&mut self, i: usize, name: Cow<'a, str>) -> Result<usize, DecodeError> {
        let (end, value, style) = match self.b[i] {
            b'"' => {
                let (end, v) = self.string(i)?;
                (end, v, Style::JsonString)
            }
            b'-' | b'0'..=b'9' => {
                let end = number_end(self.b, i).ok_or(err(i))?;
                (end, Cow::Borrowed(&self.text[i..end]), Style::JsonScalar)
            }
            b't' | b'f' | b'n' => {
                let rest = &self.b[i..];
                let n = [&b"true"[..], b"false", b"null"]
                    .iter()
                    .find(|lit| rest.starts_with(lit))
                    .map(|lit| lit.len())
                    .ok_or(err(i))?;
                (
                    i + n,
                    Cow::Borrowed(&self.text[i..i + n]),
                    Style::JsonScalar,
                )
            }
            _ => return Err(err(i)),
        };
        self.out.push(Field {
            name,
            raw: i..end,
            value,
            remove: i..end,
            style,
        });
        Ok(end)
    }

    /// Parses the string whose opening quote is at `i`; returns the offset
    /// past its closing quote and its decoded value.
    fn string(&self, i: usize) -> Result<(usize, Cow<'a, str>), DecodeError> {
        let b = self.b;
        let mut j = i + 1;
        let mut escaped = false;
        loop {
            while j < b.len() && !matches!(b[j], b'"' | b'\\' | 0..=0x1f) {
                j += 1;
            }
            match b.get(j) {
                Some(b'"') => break,
                Some(b'\\') => {
                    let (n, _) = escape_at(b, j).ok_or(err(j))?;
                    escaped = true;
                    j += n;
                }
                Some(_) => return Err(err(j)),
                None => return Err(err(b.len())),
            }
        }
        let body = &self.text[i + 1..j];
        let value = if escaped {
            Cow::Owned(unescape(body))
        } else {
            Cow::Borrowed(body)
        };
        Ok((j + 1, value))
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// End of the JSON number starting at `i`, if one does.
fn number_end(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |b: &[u8], mut i: usize| {
        let s = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        (i > s).then_some(i)
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    i = match b.get(i)? {
        b'0' => i + 1,
        b'1'..=b'9' => digits(b, i)?,
        _ => return None,
    };
    if b.get(i) == Some(&b'.') {
        i = digits(b, i + 1)?;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        i = digits(b, i)?;
    }
    Some(i)
}

fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let h = b.get(i..i + 4)?;
    let mut v = 0;
    for &c in h {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

/// The escape at `i` (a backslash): raw length and the char it stands for.
/// `None` for a bad escape or a lone surrogate.
fn escape_at(b: &[u8], i: usize) -> Option<(usize, char)> {
    let c = match b.get(i + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let hi = hex4(b, i + 2)?;
            if (0xDC00..0xE000).contains(&hi) {
                return None;
            }
            if (0xD800..0xDC00).contains(&hi) {
                if b.get(i + 6..i + 8)? != b"\\u" {
                    return None;
                }
                let lo = hex4(b, i + 8)?;
                if !(0xDC00..0xE000).contains(&lo) {
                    return None;
                }
                let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                return char::from_u32(cp).map(|c| (12, c));
            }
            return char::from_u32(hi).map(|c| (6, c));
        }
        _ => return None,
    };
    Some((2, c))
}

/// Decodes a string body already validated by the parser.
pub(crate) fn unescape(body: &str) -> String {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let next = memchr::memchr(b'\\', &b[i..]).map_or(b.len(), |k| i + k);
        out.push_str(&body[i..next]);
        if next >= b.len() {
            break;
        }
        match escape_at(b, next) {
            Some((n, c)) => {
                out.push(c);
                i = next + n;
            }
            // Unreachable after validation; keep the byte rather than panic.
            None => {
                out.push('\\');
                i = next + 1;
            }
        }
    }
    out
}

/// Raw bytes of a string body that decode to the first `value_offset`
/// bytes of its value.
pub(crate) fn raw_len_for(raw: &[u8], value_offset: usize) -> usize {
    let mut i = 0;
    let mut d = 0;
    while d < value_offset && i < raw.len() {
        match (raw[i] == b'\\').then(|| escape_at(raw, i)).flatten() {
            Some((n, c)) => {
                i += n;
                d += c.len_utf8();
            }
            None => {
                i += 1;
                d += 1;
            }
        }
    }
    i
}

/// Writes `value` as a JSON string: quotes, backslashes and control
/// characters escaped, everything else (including non-ASCII) as is.
pub(crate) fn encode_string(value: &str, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let b = value.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut from = 0;
    for (i, &c) in b.iter().enumerate() {
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&b[from..i]);
        if esc.is_empty() {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(c >> 4)]);
            out.push(HEX[usize::from(c & 0xf)]);
        } else {
            out.extend_from_slice(esc);
        }
        from = i + 1;
    }
    out.extend_from_slice(&b[from..]);
    out.push(b'"');
}

/// Writes `value` bare if it is a JSON number or literal, else as a string.
pub(crate) fn encode_scalar(value: &str, out: &mut Vec<u8>) {
    let b = value.as_bytes();
    let bare = matches!(value, "true" | "false" | "null")
        || (!b.is_empty() && number_end(b, 0) == Some(b.len()));
    if bare {
        out.extend_from_slice(b);
    } else {
        encode_string(value, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::format::{DecodeError, Field, Format, Style, encode};

    fn decode(rec: &str) -> Result<Vec<Field<'_>>, DecodeError> {
        let mut out = Vec::new();
        Format::Json.decode(rec.as_bytes(), &mut out).map(|()| out)
    }

    fn remove(rec: &str, f: &Field<'_>) -> String {
        format!("{}{}", &rec[..f.remove.start], &rec[f.remove.end..])
    }

    #[test]
    fn numbers_as_object_keys_are_values_of_the_objects_key() {
        let rec = r#"{"calls_by_number":{"+4532606349":7,"605485264":69},"by_id":{"1001":2},"12345678":1}"#;
        let out = decode(rec).unwrap();
        let got: Vec<(&str, &str)> = out
            .iter()
            .map(|f| (f.name.as_ref(), &rec[f.raw.clone()]))
            .collect();
        assert_eq!(
            got,
            [
                ("calls_by_number", "\"+4532606349\""),
                ("calls_by_number.+4532606349", "7"),
                ("calls_by_number", "\"605485264\""),
                ("calls_by_number.605485264", "69"),
                ("by_id.1001", "2"),
                ("12345678", "1"),
            ]
        );
    }

    #[test]
    fn nested_paths_styles_and_escapes() {
        let rec = r#"{"ts":"2026-03-01T09:15:02Z","user":{"name":"Bj\u00f6rn \"bj\" Ek","id":1004,"admin":false},"hosts":["192.0.2.7",{"ip":"198.51.100.9"}],"n":null, "x":-1.5e3}"#;
        let out = decode(rec).unwrap();
        let names: Vec<&str> = out.iter().map(|f| f.name.as_ref()).collect();
        assert_eq!(
            names,
            [
                "ts",
                "user.name",
                "user.id",
                "user.admin",
                "hosts[]",
                "hosts[].ip",
                "n",
                "x"
            ]
        );
        assert_eq!(out[1].value, "Björn \"bj\" Ek");
        assert_eq!(out[1].style, Style::JsonString);
        assert_eq!(out[2].value, "1004");
        assert_eq!(out[2].style, Style::JsonScalar);
        assert_eq!(out[7].value, "-1.5e3");
        let ek = out[1].value.find("Ek").unwrap();
        let p = out[1].record_offset(rec.as_bytes(), ek);
        assert!(rec[p..].starts_with("Ek\""));
        let bj = out[1].value.find("bj").unwrap();
        let p = out[1].record_offset(rec.as_bytes(), bj);
        assert!(rec[p..].starts_with("bj\\\""));
        let rn = out[1].value.find("rn").unwrap();
        let p = out[1].record_offset(rec.as_bytes(), rn);
        assert!(rec[p..].starts_with("rn "));
        for f in &out {
            let mut e = Vec::new();
            encode(f.style, &f.value, &mut e);
            if f.name != "user.name" {
                assert_eq!(e, rec.as_bytes()[f.raw.clone()].to_vec());
            }
        }
    }

    #[test]
    fn remove_keeps_valid_json() {
        let rec = r#"{ "a" : 1 , "b":"two", "c":[3, 4], "d":{"e":true} }"#;
        let out = decode(rec).unwrap();
        for f in &out {
            let left = remove(rec, f);
            let v: serde_json::Value =
                serde_json::from_str(&left).unwrap_or_else(|e| panic!("{} -> {left}: {e}", f.name));
            assert!(v.is_object());
        }
        assert_eq!(
            remove(rec, &out[0]),
            r#"{ "b":"two", "c":[3, 4], "d":{"e":true} }"#
        );
        assert_eq!(
            remove(rec, &out[3]),
            r#"{ "a" : 1 , "b":"two", "c":[3], "d":{"e":true} }"#
        );
        assert_eq!(
            remove(rec, &out[4]),
            r#"{ "a" : 1 , "b":"two", "c":[3, 4], "d":{} }"#
        );
    }

    #[test]
    fn unicode_surrogate_pair_maps_offsets() {
        let rec = r#"{"m":"a\ud83d\ude00b\u00e9c"}"#;
        let out = decode(rec).unwrap();
        assert_eq!(out[0].value, "a😀béc");
        let v = &out[0].value;
        let at = |s: &str| out[0].record_offset(rec.as_bytes(), v.find(s).unwrap());
        assert!(rec[at("b")..].starts_with("b\\u00e9"));
        assert!(rec[at("c")..].starts_with("c\""));
        assert!(rec[at("😀")..].starts_with("\\ud83d"));
    }

    #[test]
    fn errors() {
        let cases: &[(&str, DecodeError)] = &[
            ("[1,2]", DecodeError::JsonShape { offset: 0 }),
            ("  \"s\"", DecodeError::JsonShape { offset: 2 }),
            ("x", DecodeError::Json { offset: 0 }),
            ("", DecodeError::Json { offset: 0 }),
            (r#"{"a":1} x"#, DecodeError::Json { offset: 8 }),
            (r#"{"a":"\q"}"#, DecodeError::Json { offset: 6 }),
            (r#"{"a":"\ud800x"}"#, DecodeError::Json { offset: 6 }),
            (r#"{"a":"\udc00"}"#, DecodeError::Json { offset: 6 }),
            ("{\"a\":\"\t\"}", DecodeError::Json { offset: 6 }),
            (r#"{"a":01}"#, DecodeError::Json { offset: 6 }),
            (r#"{"a":1,}"#, DecodeError::Json { offset: 7 }),
            (r#"{"a" 1}"#, DecodeError::Json { offset: 5 }),
            (r#"{"a":tru}"#, DecodeError::Json { offset: 5 }),
            (r#"{"a":"x"#, DecodeError::Json { offset: 7 }),
        ];
        for (rec, want) in cases {
            assert_eq!(decode(rec).unwrap_err(), *want, "{rec}");
        }
        let deep = format!("{}{}", "{\"a\":".repeat(70), "1");
        assert!(matches!(decode(&deep), Err(DecodeError::JsonShape { .. })));
        let ok = format!("{}1{}", "{\"a\":".repeat(64), "}".repeat(64));
        assert_eq!(decode(&ok).unwrap()[0].value, "1");
    }

    #[test]
    fn scalar_encoding() {
        let enc = |s: Style, v: &str| {
            let mut o = Vec::new();
            encode(s, v, &mut o);
            String::from_utf8(o).unwrap()
        };
        assert_eq!(enc(Style::JsonScalar, "42"), "42");
        assert_eq!(enc(Style::JsonScalar, "null"), "null");
        assert_eq!(enc(Style::JsonScalar, "ph_abc"), "\"ph_abc\"");
        assert_eq!(enc(Style::JsonScalar, ""), "\"\"");
        assert_eq!(
            enc(Style::JsonString, "a\"\\\n\u{1}é"),
            r#""a\"\\\n\u0001é""#
        );
    }
}
