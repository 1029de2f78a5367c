//! E-mail addresses, found from their `@`: a dot-atom local part and a
//! domain of at least two labels whose last label is alphabetic.

use super::util::{at, is_word};

/// The most bytes a local part may have (RFC 5321).
const MAX_LOCAL: usize = 64;

#[inline]
fn local_byte(c: u8) -> bool {
    is_word(c) || matches!(c, b'.' | b'%' | b'+' | b'-')
}

#[inline]
fn label_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-'
}

/// The start of the local part ending at `a` (the `@`), if it is one.
fn local_start(b: &[u8], a: usize) -> Option<usize> {
    let mut s = a;
    while s > 0 && a - s < MAX_LOCAL && local_byte(b[s - 1]) {
        s -= 1;
    }
    if s > 0 && local_byte(b[s - 1]) {
        return None;
    }
    while s < a && b[s] == b'.' {
        s += 1;
    }
    if s == a || b[a - 1] == b'.' {
        return None;
    }
    Some(s)
}

/// The end of the domain starting after `a` (the `@`).
fn domain_end(b: &[u8], a: usize) -> Option<usize> {
    let mut j = a + 1;
    let mut labels = 0;
    let mut last_alpha = false;
    loop {
        let s = j;
        while j < b.len() && label_byte(b[j]) {
            j += 1;
        }
        if j == s || b[s] == b'-' || b[j - 1] == b'-' || j - s > 63 {
            // An empty or malformed label ends the domain before its dot.
            if labels >= 2 && last_alpha {
                return Some(s - 1);
            }
            return None;
        }
        labels += 1;
        last_alpha = j - s >= 2 && b[s..j].iter().all(u8::is_ascii_alphabetic);
        if at(b, j) == b'.' && label_byte(at(b, j + 1)) {
            j += 1;
            continue;
        }
        return (labels >= 2 && last_alpha).then_some(j);
    }
}

/// The e-mail address around the `@` at `a`. When `sip` is set, the user
/// part of a `sip:`/`sips:` URI is left to the SIP detector.
pub(crate) fn around(b: &[u8], a: usize, sip: bool) -> Option<(usize, usize)> {
    let s = local_start(b, a)?;
    if sip {
        let pre = &b[..s];
        let ends =
            |p: &[u8]| pre.len() >= p.len() && pre[pre.len() - p.len()..].eq_ignore_ascii_case(p);
        if ends(b"sip:") || ends(b"sips:") {
            return None;
        }
    }
    let e = domain_end(b, a)?;
    Some((s, e))
}

/// Lower-cased, or false if `v` is not one address.
pub(crate) fn normalize(v: &str, out: &mut String) -> bool {
    let v = v.trim();
    let b = v.as_bytes();
    let Some(a) = v.find('@') else {
        return false;
    };
    if around(b, a, false) != Some((0, b.len())) {
        return false;
    }
    out.extend(v.chars().map(|c| c.to_ascii_lowercase()));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(s: &str) -> Option<&str> {
        let a = s.find('@')?;
        around(s.as_bytes(), a, true).map(|(x, y)| &s[x..y])
    }

    #[test]
    fn addresses() {
        assert_eq!(
            e("to <Alice.B+tag@Example.COM>"),
            Some("Alice.B+tag@Example.COM")
        );
        assert_eq!(
            e("spark://karin@example.org:48069"),
            Some("karin@example.org")
        );
        assert_eq!(e("mail bob@mail.example.se."), Some("bob@mail.example.se"));
        assert_eq!(e("x=.bob@example.com"), Some("bob@example.com"));
    }

    #[test]
    fn not_addresses() {
        assert_eq!(e("PJSIP/0701740666@trunk,60"), None);
        assert_eq!(e("_abc=_@::ffff:192.0.2.1"), None);
        assert_eq!(e("a@192.0.2.1"), None);
        assert_eq!(e("sip:alice@example.com"), None);
        assert_eq!(e("@example.com"), None);
        assert_eq!(e("bob.@example.com"), None);
    }

    #[test]
    fn normalisation() {
        let mut s = String::new();
        assert!(normalize(" Alice@Example.COM ", &mut s));
        assert_eq!(s, "alice@example.com");
        s.clear();
        assert!(!normalize("alice", &mut s));
    }
}
