//! Values inside encodings, read as the source meant them.
//!
//! rsyslog escapes control characters it receives (`$EscapeControlCharactersOnReceive`,
//! on by default) as `#` and three octal digits: a tab becomes `#011`, a
//! line break `#015#012`. Windows events forwarded through it (NXLog,
//! Snare, Event Log to Syslog) arrive as `Account Name:#011#011jdoe#015#012`,
//! and a value glued to an escape (`#011192.0.2.7`) is no word of its own.
//!
//! Web servers, proxies, WAFs and webhook receivers log URLs and form
//! bodies as they arrived: `%40` for `@`, `%C3%A5` for `å`, `%2540` when a
//! redirect encoded an encoded value again, and in a query or
//! `application/x-www-form-urlencoded` body `+` for a space
//! (`name=Anna+Svensson`, `Body=Hej+jag+heter+...`). Mail servers log
//! header values as RFC 2047 encoded-words (`=?UTF-8?Q?=C3=85sa_L=C3=B6fgren?=`,
//! `=?utf-8?B?w4VzYQ==?=`).
//!
//! Applications that log JSON with every non-ASCII character escaped
//! (Python's `json.dumps` by default, Go's `<`, `>` and `&`, Jackson with
//! `ESCAPE_NON_ASCII`) put `\u00c5sa L\u00f6fgren` into syslog lines and
//! message fields, and JSON inside a JSON string doubles the backslash.
//! nginx writes a request's non-ASCII bytes as `\xC3\x85`, and so does
//! Python for a `bytes` value.
//!
//! Such a text is scanned as the source wrote it: each escape read as what
//! it stands for, and the spans found mapped back to the text as it is (a
//! span touching an escape covers the escape whole; one inside an
//! encoded-word covers the whole word). Nothing in the record changes but
//! the values, and a value is replaced whole, so no encoded tail is left.
//!
//! Tokens: a value found in a decoded view is hashed as its kind's
//! normaliser reads the written bytes, as before this view existed: an
//! e-mail address, a MAC and an IP address read their percent-escapes
//! ([`percent_decoded`]; `jdoe%40example.se` and `jdoe@example.se` have one
//! token), every other kind is hashed as written (`%2B46709066146` keeps
//! the token it always had, which is not that of `+46709066146`). Tokens
//! are lower-case base32 with a `_` after the category prefix, all
//! unreserved characters of RFC 3986, so a token written into a URL or a
//! form body stays one value there.

use super::Span;
use memchr::memmem;

/// Whether `b` holds an escape at `i`: `#`, then an octal code below 040
/// (a control character) or `177` (DEL).
#[inline]
fn escape_at(b: &[u8], i: usize) -> bool {
    match b.get(i..i + 4) {
        Some([b'#', b'0', d1, d2]) => (b'0'..=b'3').contains(d1) && (b'0'..=b'7').contains(d2),
        Some(e) => e == b"#177",
        None => false,
    }
}

/// The byte a percent-escape (`%40`, `%2b`) at `i` stands for, if it is one
/// that is read: a non-alphanumeric ASCII byte (a control character read as
/// a space) or a byte of a multi-byte UTF-8 character. `%41` (`A`) and a
/// `%` that is no escape (`45%`, `%s`) are not.
#[inline]
fn percent_at(b: &[u8], i: usize) -> Option<u8> {
    match b.get(i..i + 3) {
        Some([b'%', h, l]) => {
            let v = (hex(*h)? << 4) | hex(*l)?;
            match v {
                0..=0x1f | 0x7f => Some(b' '),
                0x80..=0xff => Some(v),
                _ if v.is_ascii_alphanumeric() => None,
                _ => Some(v),
            }
        }
        _ => None,
    }
}

/// A percent-escape at `i` and how many bytes it takes: `%40` (three), or
/// `%2540`, an escape encoded once more (five), read as the `@` it was
/// before either encoding when the inner escape is one that is read.
#[inline]
fn percent_twice_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    let v = percent_at(b, i)?;
    if v == b'%' {
        if let Some(&[h, l]) = b.get(i + 3..i + 5) {
            if let Some(w) = percent_at(&[b'%', h, l], 0) {
                return Some((w, 5));
            }
        }
    }
    Some((v, 3))
}

#[inline]
fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

/// Whether `text` holds a percent-escape that is read, other than `%2F`
/// (a path's slash alone is no encoded value).
fn has_percent(b: &[u8]) -> bool {
    memchr::memchr_iter(b'%', b).any(|i| percent_at(b, i).is_some_and(|v| v != b'/'))
}

/// A byte that ends a form value or a query (and never stands in one
/// unencoded).
#[inline]
fn form_stop(c: u8) -> bool {
    matches!(
        c,
        b' ' | b'\t'
            | b'\r'
            | b'\n'
            | b'"'
            | b'\''
            | b'<'
            | b'>'
            | b'&'
            | b'?'
            | b'='
            | b'('
            | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'|'
    )
}

/// The longest run between two `+` of a form value that is read as words:
/// a base64 blob (a SAML request, a state or code) has longer ones.
const FORM_WORD_MAX: usize = 48;

/// How far back from a `+` its key is looked for.
const FORM_VALUE_MAX: usize = 2048;

/// The value `vs..ve` of a query parameter or form field that holds the
/// byte at `i` (`?name=Anna+Svensson&`, `&Body=Hej+...`), if that value is
/// form text whose `+` are spaces: its key is introduced by `?` or `&` (or
/// starts the text, or a word, and the value is followed by `&`), it holds
/// no `@` (`jdoe+tag@example.se` is an address whose `+` is its own), and
/// no run between two `+` is as long as a base64 blob's.
fn form_value(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let floor = i.saturating_sub(FORM_VALUE_MAX);
    let mut eq = i;
    while eq > floor && !form_stop(b[eq - 1]) {
        eq -= 1;
    }
    if eq == floor || b[eq - 1] != b'=' {
        return None;
    }
    let vs = eq;
    let eq = eq - 1;
    let mut ks = eq;
    while ks > 0 && (b[ks - 1].is_ascii_alphanumeric() || matches!(b[ks - 1], b'_' | b'-' | b'.')) {
        ks -= 1;
    }
    if ks == eq {
        return None;
    }
    let mut ve = i;
    while ve < b.len() && !form_stop(b[ve]) {
        ve += 1;
    }
    let introduced = ks > 0 && matches!(b[ks - 1], b'&' | b'?');
    let starts = ks == 0 || matches!(b[ks - 1], b' ' | b'\t' | b'"' | b'\'' | b':' | b'\n');
    if !(introduced || starts && b.get(ve) == Some(&b'&')) {
        return None;
    }
    let v = &b[vs..ve];
    if memchr::memchr(b'@', v).is_some() || v.split(|&c| c == b'+').any(|w| w.len() > FORM_WORD_MAX)
    {
        return None;
    }
    Some((vs, ve))
}

/// Whether the `+` at `i`, inside the form value `vs..`, stands for a
/// space: not when it opens the value (`To=+46701234567`, an
/// international prefix left unencoded).
#[inline]
fn form_space(i: usize, vs: usize) -> bool {
    i > vs
}

/// Whether `b` holds a `+` that is a form's space ([`form_value`]).
fn has_form_plus(b: &[u8]) -> bool {
    memchr::memchr_iter(b'+', b).any(|i| form_value(b, i).is_some_and(|(vs, _)| form_space(i, vs)))
}

/// How an RFC 2047 encoded-word's charset maps its bytes to text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Charset {
    Utf8,
    /// ISO 8859-1 and its supersets as mail clients label them; each byte
    /// is the code point it names (the letters of names all are).
    Latin1,
}

/// An RFC 2047 encoded-word at `i` (`=?UTF-8?Q?=C3=85sa_L=C3=B6fgren?=`):
/// its charset, whether it is base64 (`B`) rather than quoted-printable
/// (`Q`), where its encoded text is and where the word ends.
fn mime_word(b: &[u8], i: usize) -> Option<(Charset, bool, usize, usize, usize)> {
    let rest = b.get(i..)?;
    if !rest.starts_with(b"=?") {
        return None;
    }
    let q1 = i + 2 + memchr::memchr(b'?', rest.get(2..rest.len().min(40))?)?;
    let name = &b[i + 2..q1];
    let name = name.split(|&c| c == b'*').next().unwrap_or(name);
    let charset = if name.eq_ignore_ascii_case(b"utf-8") || name.eq_ignore_ascii_case(b"utf8") {
        Charset::Utf8
    } else if [
        &b"iso-8859-1"[..],
        b"iso-8859-15",
        b"windows-1252",
        b"latin1",
        b"us-ascii",
        b"cp1252",
    ]
    .iter()
    .any(|c| name.eq_ignore_ascii_case(c))
    {
        Charset::Latin1
    } else {
        return None;
    };
    let base64 = match b.get(q1 + 1..q1 + 3)? {
        [b'B' | b'b', b'?'] => true,
        [b'Q' | b'q', b'?'] => false,
        _ => return None,
    };
    let ts = q1 + 3;
    let mut te = ts;
    while te < b.len() && te - ts < 1024 {
        match b[te] {
            b'?' => break,
            c if c <= b' ' || c == 0x7f => return None,
            _ => te += 1,
        }
    }
    if b.get(te..te + 2)? != b"?=" {
        return None;
    }
    Some((charset, base64, ts, te, te + 2))
}

/// The text of an encoded-word's encoded part, appended to `out`; false
/// (and `out` as it was) when it is not well formed or not text.
fn mime_text(charset: Charset, base64: bool, t: &[u8], out: &mut Vec<u8>) -> bool {
    let from = out.len();
    let mut raw = Vec::with_capacity(t.len());
    let ok = if base64 {
        base64_decode(t, &mut raw)
    } else {
        let mut k = 0;
        let mut ok = true;
        while k < t.len() {
            match t[k] {
                b'_' => {
                    raw.push(b' ');
                    k += 1;
                }
                b'=' => match (
                    t.get(k + 1).and_then(|&c| hex(c)),
                    t.get(k + 2).and_then(|&c| hex(c)),
                ) {
                    (Some(h), Some(l)) => {
                        raw.push((h << 4) | l);
                        k += 3;
                    }
                    _ => {
                        ok = false;
                        break;
                    }
                },
                c => {
                    raw.push(c);
                    k += 1;
                }
            }
        }
        ok
    };
    if !ok {
        return false;
    }
    match charset {
        Charset::Utf8 => {
            if std::str::from_utf8(&raw).is_err() {
                return false;
            }
            out.extend_from_slice(&raw);
        }
        Charset::Latin1 => {
            let mut buf = [0u8; 4];
            for &c in &raw {
                out.extend_from_slice(char::from(c).encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    // Control characters are read as spaces, as in a percent-escape.
    for c in &mut out[from..] {
        if *c < b' ' || *c == 0x7f {
            *c = b' ';
        }
    }
    true
}

/// Standard base64 (RFC 4648 section 4), padding optional; false if `t`
/// holds anything else.
fn base64_decode(t: &[u8], out: &mut Vec<u8>) -> bool {
    let mut acc = 0u32;
    let mut bits = 0;
    let mut pad = 0;
    for &c in t {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => {
                pad += 1;
                continue;
            }
            _ => return false,
        };
        if pad > 0 {
            return false;
        }
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    pad <= 2
}

/// Whether `b` holds an encoded-word that is read.
fn has_mime(b: &[u8]) -> bool {
    memmem::find_iter(b, b"=?").any(|i| {
        mime_word(b, i)
            .is_some_and(|(cs, b64, ts, te, _)| mime_text(cs, b64, &b[ts..te], &mut Vec::new()))
    })
}

/// A JSON `\uXXXX` escape at `i` (after one or more backslashes, as JSON
/// inside a JSON string doubles them): the character and the bytes it
/// takes. Read when it stands for a non-ASCII character (a surrogate pair
/// as one), a control character (as a space) or one of `<>&'@` (Go and
/// HTML-safe encoders escape them); and only when its four hex digits hold
/// a decimal digit, so an account after a domain (`CORP\ubade`) stays.
fn json_escape_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let (cp, n) = json_unit(b, i)?;
    let c = match cp {
        0xD800..=0xDBFF => {
            let (lo, m) = json_unit(b, i + n)?;
            if !(0xDC00..=0xDFFF).contains(&lo) {
                return None;
            }
            let c = char::from_u32(0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00))?;
            return Some((c, n + m));
        }
        0..=0x1f | 0x7f => ' ',
        0x80.. => char::from_u32(cp)?,
        _ => match char::from_u32(cp)? {
            c @ ('<' | '>' | '&' | '\'' | '@') => c,
            _ => return None,
        },
    };
    Some((c, n))
}

/// One `\uXXXX` unit at `i` whose hex digits hold a decimal digit: its
/// code point and length.
#[inline]
fn json_unit(b: &[u8], i: usize) -> Option<(u32, usize)> {
    let mut k = i;
    while b.get(k) == Some(&b'\\') && k - i < 4 {
        k += 1;
    }
    if k == i || b.get(k) != Some(&b'u') {
        return None;
    }
    let h = b.get(k + 1..k + 5)?;
    if !h.iter().any(u8::is_ascii_digit) {
        return None;
    }
    let mut cp = 0u32;
    for &c in h {
        cp = (cp << 4) | u32::from(hex(c)?);
    }
    Some((cp, k + 5 - i))
}

/// A run of `\xHH` escapes at `i` that spells one non-ASCII UTF-8
/// character (`\xC3\x85`), as nginx writes a request's bytes outside
/// printable ASCII in its access log (`escape=default`) and Python a
/// `bytes` value: the character and the bytes it takes. A run that is no
/// UTF-8 (`\xff`, binary) is left as written.
fn hex_escape_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let byte = |k: usize| -> Option<u8> {
        match b.get(k..k + 4)? {
            [b'\\', b'x' | b'X', h, l] => Some((hex(*h)? << 4) | hex(*l)?),
            _ => None,
        }
    };
    let lead = byte(i)?;
    let n = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut buf = [lead, 0, 0, 0];
    for (k, slot) in buf.iter_mut().enumerate().take(n).skip(1) {
        *slot = byte(i + 4 * k)?;
    }
    let c = std::str::from_utf8(&buf[..n]).ok()?.chars().next()?;
    Some((c, 4 * n))
}

/// Whether `b` holds a JSON escape ([`json_escape_at`]) or a `\xHH` run
/// ([`hex_escape_at`]) that is read.
fn has_json_escape(b: &[u8]) -> bool {
    memchr::memchr_iter(b'\\', b).any(|i| {
        (i == 0 || b[i - 1] != b'\\')
            && (json_escape_at(b, i).is_some() || hex_escape_at(b, i).is_some())
    })
}

/// An HTML or XML numeric character reference that stands for a letter
/// (`&#246;`, `&#xF6;`), as help desks' HTML bodies, file-sharing audit
/// events and XML exports write names (`Bj&#246;rn`): the letter and the
/// bytes the reference takes. A reference to anything but a letter
/// (`&#60;`, `&#32;`) is left as written.
fn entity_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let r = b.get(i..)?;
    if !r.starts_with(b"&#") {
        return None;
    }
    let (radix, from) = match r.get(2) {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let mut v: u32 = 0;
    let mut k = from;
    while k < r.len() && k - from < 7 {
        let Some(d) = char::from(r[k]).to_digit(radix) else {
            break;
        };
        v = v * radix + d;
        k += 1;
    }
    if k == from || r.get(k) != Some(&b';') {
        return None;
    }
    let c = char::from_u32(v)?;
    c.is_alphabetic().then_some((c, k + 1))
}

/// Whether `b` holds a numeric character reference that is read
/// ([`entity_at`]).
fn has_entity(b: &[u8]) -> bool {
    memmem::find_iter(b, b"&#").any(|i| entity_at(b, i).is_some())
}

/// Which encodings a text is read through.
#[derive(Clone, Copy)]
struct Read {
    hashes: bool,
    percents: bool,
    forms: bool,
    mime: bool,
    json: bool,
    entities: bool,
}

/// The gate before [`unescaped`]: whether `b` holds a byte that starts an
/// escape it reads (`#`, `%`, `\\`) or opens a query or an encoded-word
/// (`?`). Most texts a record's fields give are short: those are tested in
/// one pass the compiler vectorises, the rest with `memchr`.
#[inline]
pub(crate) fn may_hold(b: &[u8]) -> bool {
    if b.len() <= 64 {
        b.iter()
            .fold(false, |a, &c| a | matches!(c, b'#' | b'%' | b'?' | b'\\'))
    } else {
        memchr::memchr3(b'#', b'%', b'?', b).is_some() || memchr::memchr(b'\\', b).is_some()
    }
}

/// The text with every escape read as what it stands for, and for each of
/// its bytes (and its end) the offset in `text` where it was written;
/// `None` when there is nothing to read. rsyslog's escapes are read when
/// `text` holds two or more (one `#012` in a ticket number is no escaping);
/// percent-escapes when one other than `%2F` is there and the text they
/// make is UTF-8 (else they are left as written); a form's `+` as a space
/// inside a query or form value ([`form_value`]); an encoded-word whose
/// charset is UTF-8 or Latin-1 and whose text is well formed.
pub(crate) fn unescaped(text: &str) -> Option<(String, Vec<usize>)> {
    let b = text.as_bytes();
    let hashes = memchr::memchr(b'#', b).is_some() && {
        let mut found = memmem::find_iter(b, b"#0").filter(|&i| escape_at(b, i));
        found.next().is_some() && found.next().is_some()
    };
    let percents = memchr::memchr(b'%', b).is_some() && has_percent(b);
    let forms =
        memchr::memchr(b'+', b).is_some() && memchr::memchr(b'=', b).is_some() && has_form_plus(b);
    let mime = memmem::find(b, b"=?").is_some() && has_mime(b);
    let json = memchr::memchr(b'\\', b).is_some() && has_json_escape(b);
    let entities = memchr::memchr(b'&', b).is_some() && has_entity(b);
    let read = Read {
        hashes,
        percents,
        forms,
        mime,
        json,
        entities,
    };
    if percents {
        if let Some(r) = decode(b, read) {
            return Some(r);
        }
    }
    if hashes || forms || mime || json || entities {
        decode(
            b,
            Read {
                percents: false,
                ..read
            },
        )
    } else {
        None
    }
}

/// Appends `ch`, read from an escape written at `at`, to the unescaped
/// text: each of its UTF-8 bytes maps back to the escape's start.
fn push_char(plain: &mut Vec<u8>, map: &mut Vec<usize>, ch: char, at: usize) {
    let mut buf = [0u8; 4];
    let e = ch.encode_utf8(&mut buf).len();
    plain.extend_from_slice(&buf[..e]);
    map.resize(map.len() + e, at);
}

/// [`unescaped`] with the kinds of escape to read chosen; `None` if the
/// result is not UTF-8.
fn decode(b: &[u8], read: Read) -> Option<(String, Vec<usize>)> {
    let mut plain = Vec::with_capacity(b.len());
    let mut map = Vec::with_capacity(b.len() + 1);
    // The form value the last `+` looked at was in, and whether it is one.
    let mut form: (usize, usize, bool) = (0, 0, false);
    // Where the last encoded-word read ended: white space between it and
    // the next one is no part of the text (RFC 2047 section 6.2).
    let mut mime_end = usize::MAX;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if read.hashes && c == b'#' && escape_at(b, i) {
            plain.push(if &b[i..i + 4] == b"#011" { b'\t' } else { b' ' });
            map.push(i);
            i += 4;
            continue;
        }
        if read.json && c == b'\\' {
            if let Some((ch, n)) = json_escape_at(b, i).or_else(|| hex_escape_at(b, i)) {
                push_char(&mut plain, &mut map, ch, i);
                i += n;
                continue;
            }
            // The rest of a run of backslashes is copied as written, so a
            // run is looked at once, from its first backslash.
            let mut k = i;
            while k < b.len() && b[k] == b'\\' {
                plain.push(b'\\');
                map.push(k);
                k += 1;
            }
            i = k;
            continue;
        }
        if read.entities && c == b'&' {
            if let Some((ch, n)) = entity_at(b, i) {
                push_char(&mut plain, &mut map, ch, i);
                i += n;
                continue;
            }
        }
        if read.percents && c == b'%' {
            if let Some((v, n)) = percent_twice_at(b, i) {
                plain.push(v);
                map.push(i);
                i += n;
                continue;
            }
        }
        if read.forms && c == b'+' {
            if !(form.0 <= i && i < form.1) {
                form = match form_value(b, i) {
                    Some((vs, ve)) => (vs, ve, true),
                    None => (i, i + 1, false),
                };
            }
            if form.2 && form_space(i, form.0) {
                plain.push(b' ');
                map.push(i);
                i += 1;
                continue;
            }
        }
        if read.mime {
            if c == b'=' && b.get(i + 1) == Some(&b'?') {
                if let Some((cs, b64, ts, te, we)) = mime_word(b, i) {
                    let from = plain.len();
                    if mime_text(cs, b64, &b[ts..te], &mut plain) {
                        // Every byte of the word's text stands for the
                        // whole word: a value found in it replaces it.
                        map.resize(map.len() + (plain.len() - from), i);
                        i = we;
                        mime_end = we;
                        continue;
                    }
                }
            } else if i == mime_end && (c == b' ' || c == b'\t') {
                let mut k = i;
                while k < b.len() && (b[k] == b' ' || b[k] == b'\t') {
                    k += 1;
                }
                if mime_word(b, k).is_some() {
                    i = k;
                    continue;
                }
            }
        }
        plain.push(c);
        map.push(i);
        i += 1;
    }
    map.push(b.len());
    let plain = String::from_utf8(plain).ok()?;
    Some((plain, map))
}

/// `value` with its percent-escapes read ([`percent_at`]; one encoded
/// twice, `%2540`, read as what it was before both), if it holds one and
/// what they make is UTF-8: `jdoe%40example.se` is `jdoe@example.se`.
pub fn percent_decoded(value: &str) -> Option<String> {
    let b = value.as_bytes();
    memchr::memchr(b'%', b)?;
    if !memchr::memchr_iter(b'%', b).any(|i| percent_at(b, i).is_some()) {
        return None;
    }
    let read = Read {
        hashes: false,
        percents: true,
        forms: false,
        mime: false,
        json: false,
        entities: false,
    };
    decode(b, read).map(|(plain, _)| plain)
}

/// A span `start..end` of the unescaped text, as offsets into the text as
/// it is: from where its first byte was written to where the byte after its
/// last one was (an escape's bytes are covered whole, and so is an
/// encoded-word, all of whose bytes stand at its start).
#[inline]
pub(crate) fn map_back(map: &[usize], start: usize, mut end: usize) -> (usize, usize) {
    let last = map.len() - 1;
    while end > start && end < last && map[end] == map[end - 1] {
        end += 1;
    }
    (map[start], map[end])
}

/// Spans mapped back ([`map_back`]) from `out[base..]`, sorted by start,
/// with those that came to overlap (two values in one encoded-word) made
/// one, of the first one's kind.
pub(crate) fn merge_overlaps(out: &mut Vec<Span>, base: usize) {
    let mut k = base;
    for j in base..out.len() {
        if k > base && out[j].start < out[k - 1].end {
            out[k - 1].end = out[k - 1].end.max(out[j].end);
        } else {
            out[k] = out[j];
            k += 1;
        }
    }
    out.truncate(k);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_character_references_read_only_letters() {
        assert_eq!(entity_at(b"Bj&#246;rn", 2), Some(('\u{f6}', 6)));
        assert_eq!(entity_at(b"&#xF6;", 0), Some(('\u{f6}', 6)));
        assert_eq!(entity_at(b"&#X17c;", 0), Some(('\u{17c}', 7)));
        // Not a letter, no `;`, no digits: left as written.
        assert!(entity_at(b"a &#60; b", 2).is_none());
        assert!(entity_at(b"&#246", 0).is_none());
        assert!(entity_at(b"&#;", 0).is_none());
        assert!(entity_at(b"&amp;", 0).is_none());
        let (plain, _) = unescaped("Mvh Bj&#246;rn &#60;3").unwrap();
        assert_eq!(plain, "Mvh Bj\u{f6}rn &#60;3");
    }

    #[test]
    fn escapes_read_as_the_white_space_they_stand_for() {
        let t = "Kontoname:#011#011AYILMAZ#015#012#011Quellnetzwerkadresse:#011192.0.2.7";
        let (plain, map) = unescaped(t).unwrap();
        assert_eq!(
            plain,
            "Kontoname:\t\tAYILMAZ  \tQuellnetzwerkadresse:\t192.0.2.7"
        );
        let at = plain.find("192.0.2.7").unwrap();
        let (s, e) = map_back(&map, at, at + "192.0.2.7".len());
        assert_eq!(&t[s..e], "192.0.2.7");
        let at = plain.find("AYILMAZ").unwrap();
        let (s, e) = map_back(&map, at, at + 7);
        assert_eq!(&t[s..e], "AYILMAZ");
    }

    #[test]
    fn one_hash_code_is_no_escaping() {
        assert!(unescaped("ticket #0123 closed").is_none());
        assert!(unescaped("no escapes here").is_none());
        // Printable codes (`#041`) and longer runs are not control characters.
        assert!(unescaped("color #0456ff and #0789").is_none());
    }
}
