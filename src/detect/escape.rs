//! Control characters as rsyslog writes them.
//!
//! rsyslog escapes control characters it receives (`$EscapeControlCharactersOnReceive`,
//! on by default) as `#` and three octal digits: a tab becomes `#011`, a
//! line break `#015#012`. Windows events forwarded through it (NXLog,
//! Snare, Event Log to Syslog) arrive as `Account Name:#011#011jdoe#015#012`,
//! and a value glued to an escape (`#011192.0.2.7`) is no word of its own.
//! Such a text is scanned as the source wrote it: each escape read as the
//! one white-space byte it stands for, and the spans found mapped back to
//! the text as it is. Nothing in the record changes but the values.

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

/// The text with every escape read as the byte it stands for, and for each
/// of its bytes (and its end) the offset in `text`; `None` when there is
/// nothing to read. rsyslog's escapes are read when `text` holds two or more
/// (one `#012` in a ticket number is no escaping); percent-escapes when one
/// other than `%2F` is there and the text they make is UTF-8 (else they are
/// left as written).
pub(crate) fn unescaped(text: &str) -> Option<(String, Vec<usize>)> {
    let b = text.as_bytes();
    let hashes = memchr::memchr(b'#', b).is_some() && {
        let mut found = memmem::find_iter(b, b"#0").filter(|&i| escape_at(b, i));
        found.next().is_some() && found.next().is_some()
    };
    let percents = memchr::memchr(b'%', b).is_some() && has_percent(b);
    if percents {
        if let Some(r) = decode(b, hashes, true) {
            return Some(r);
        }
    }
    if hashes { decode(b, true, false) } else { None }
}

/// [`unescaped`] with the kinds of escape to read chosen; `None` if the
/// result is not UTF-8.
fn decode(b: &[u8], hashes: bool, percents: bool) -> Option<(String, Vec<usize>)> {
    let mut plain = Vec::with_capacity(b.len());
    let mut map = Vec::with_capacity(b.len() + 1);
    let mut i = 0;
    while i < b.len() {
        if hashes && b[i] == b'#' && escape_at(b, i) {
            plain.push(if &b[i..i + 4] == b"#011" { b'\t' } else { b' ' });
            map.push(i);
            i += 4;
        } else if let Some(v) = (percents && b[i] == b'%')
            .then(|| percent_at(b, i))
            .flatten()
        {
            plain.push(v);
            map.push(i);
            i += 3;
        } else {
            plain.push(b[i]);
            map.push(i);
            i += 1;
        }
    }
    map.push(b.len());
    let plain = String::from_utf8(plain).ok()?;
    Some((plain, map))
}

/// `value` with its percent-escapes read ([`percent_at`]), if it holds one
/// and what they make is UTF-8: `jdoe%40example.se` is `jdoe@example.se`.
pub fn percent_decoded(value: &str) -> Option<String> {
    let b = value.as_bytes();
    memchr::memchr(b'%', b)?;
    if !memchr::memchr_iter(b'%', b).any(|i| percent_at(b, i).is_some()) {
        return None;
    }
    decode(b, false, true).map(|(plain, _)| plain)
}

/// A span `start..end` of the unescaped text, as offsets into the text as
/// it is: from where its first byte was written to where the byte after its
/// last one was (an escape's four bytes are covered whole).
#[inline]
pub(crate) fn map_back(map: &[usize], start: usize, end: usize) -> (usize, usize) {
    (map[start], map[end])
}

#[cfg(test)]
mod tests {
    use super::*;

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
