//! Caller-ID cells (`"Maja Holm" <+46701740612>`), split into the name and
//! the number so each can be bound to its own category.

use std::ops::Range;

/// Ranges of the name and the number in `value`. See
/// [`super::split_caller_id`].
pub(crate) fn split(value: &str) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let b = value.as_bytes();
    let (start, end) = trim(b, 0, b.len());
    if start == end {
        return (None, None);
    }
    // A trailing `<...>` holds the number.
    let (name_part, number) = if b[end - 1] == b'>' {
        match memchr::memrchr(b'<', &b[start..end]) {
            Some(k) => {
                let lt = start + k;
                let (ns, ne) = trim(b, lt + 1, end - 1);
                ((start, lt), (ns < ne).then_some(ns..ne))
            }
            None => ((start, end), None),
        }
    } else {
        ((start, end), None)
    };
    let (s, e) = trim(b, name_part.0, name_part.1);
    let (s, e) = if e - s >= 2 && b[s] == b'"' && b[e - 1] == b'"' {
        (s + 1, e - 1)
    } else {
        (s, e)
    };
    let name = (s < e).then_some(s..e);
    match (name, number) {
        (Some(n), None) if looks_like_number(&b[n.clone()]) => (None, Some(n)),
        (Some(n), None) => match labelled_number(&b[n.clone()]) {
            Some(k) => (None, Some(n.start + k..n.end)),
            None => (Some(n), None),
        },
        other => other,
    }
}

/// Where the number starts in a caller name that only labels a line,
/// `Extension 1000` (FreeSWITCH's default directory names every user so),
/// `Ext. 1000`, `Anknytning 1000`, `Nebenstelle 1000`, `Poste 1000`: the
/// number is the caller's, and the word names no one.
pub(crate) fn labelled_number(b: &[u8]) -> Option<usize> {
    const LABELS: [&[u8]; 8] = [
        b"extension",
        b"ext",
        b"ext.",
        b"anknytning",
        b"ankn",
        b"nebenstelle",
        b"poste",
        b"interno",
    ];
    let sp = memchr::memchr(b' ', b)?;
    let digits = &b[sp + 1..];
    let ok = LABELS.iter().any(|l| b[..sp].eq_ignore_ascii_case(l))
        && (2..=15).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit);
    ok.then_some(sp + 1)
}

/// The name, the number repeated in the name, and the number of a caller
/// ID: as [`split`], but a name that ends in the number it labels
/// (`"Callback 0701740683" <0701740683>`, as callback and follow-me
/// modules prefix the caller's name; `"Mobile +46701740683"
/// <+46701740683>`) is no name: the number in it is the caller's number,
/// and the words before it stay. Only where those words name no one (the
/// name as a whole is a placeholder): `"Karin 0701740683"` is replaced as
/// a name, as it was.
pub(crate) fn parts(value: &str) -> [Option<Range<usize>>; 3] {
    let (name, number) = split(value);
    if let (Some(n), Some(p)) = (&name, &number) {
        let b = value.as_bytes();
        let num = &b[p.clone()];
        if num.len() >= 3 && n.end - n.start > num.len() && b[n.clone()].ends_with(num) {
            let s = n.end - num.len();
            if b[s - 1] == b' '
                && b[n.start..s].iter().any(u8::is_ascii_alphabetic)
                && crate::detect::placeholder(crate::detect::Kind::PersonName, &value[n.clone()])
            {
                return [None, Some(s..n.end), number];
            }
        }
    }
    [name, None, number]
}

fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// A bare caller ID that is a number, in any common spelling
/// (`+46701740612`, `070-174 06 12`).
fn looks_like_number(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_digit)
        && b.iter()
            .all(|&c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b' '))
}

#[cfg(test)]
mod tests {
    use crate::format::split_caller_id;

    fn parts(v: &str) -> (Option<&str>, Option<&str>) {
        let (n, num) = split_caller_id(v);
        (n.map(|r| &v[r]), num.map(|r| &v[r]))
    }

    #[test]
    fn shapes() {
        assert_eq!(
            parts("\"Maja Holm\" <+46701740612>"),
            (Some("Maja Holm"), Some("+46701740612"))
        );
        assert_eq!(parts("Maja Holm <1004>"), (Some("Maja Holm"), Some("1004")));
        assert_eq!(parts("<0701740612>"), (None, Some("0701740612")));
        assert_eq!(parts("\"\" <0701740612>"), (None, Some("0701740612")));
        assert_eq!(parts("\"Maja\""), (Some("Maja"), None));
        assert_eq!(parts("Maja"), (Some("Maja"), None));
        assert_eq!(parts("Extension 1004"), (None, Some("1004")));
        assert_eq!(parts("\"Ext. 1004\""), (None, Some("1004")));
        assert_eq!(parts("Extension desk"), (Some("Extension desk"), None));
        assert_eq!(parts("+46701740612"), (None, Some("+46701740612")));
        assert_eq!(parts("070-174 06 12"), (None, Some("070-174 06 12")));
        assert_eq!(
            parts("  \"Åsa Öberg\"   < 1004 > "),
            (Some("Åsa Öberg"), Some("1004"))
        );
        assert_eq!(parts(""), (None, None));
        assert_eq!(parts("   "), (None, None));
        assert_eq!(parts("<>"), (None, None));
        assert_eq!(parts("\""), (Some("\""), None));
    }
}
