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

/// The text with every escape read as one white-space byte, and for each of
/// its bytes (and its end) the offset in `text`; `None` unless `text` holds
/// two escapes or more (one `#012` in a ticket number is no escaping).
pub(crate) fn unescaped(text: &str) -> Option<(String, Vec<usize>)> {
    let b = text.as_bytes();
    let mut found = memmem::find_iter(b, b"#0").filter(|&i| escape_at(b, i));
    let first = found.next()?;
    found.next()?;
    let mut plain = Vec::with_capacity(b.len());
    let mut map = Vec::with_capacity(b.len() + 1);
    plain.extend_from_slice(&b[..first]);
    map.extend(0..first);
    let mut i = first;
    while i < b.len() {
        if escape_at(b, i) {
            plain.push(if &b[i..i + 4] == b"#011" { b'\t' } else { b' ' });
            map.push(i);
            i += 4;
        } else {
            plain.push(b[i]);
            map.push(i);
            i += 1;
        }
    }
    map.push(b.len());
    // Only ASCII bytes were replaced, by ASCII bytes: still UTF-8.
    let plain = String::from_utf8(plain).ok()?;
    Some((plain, map))
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
