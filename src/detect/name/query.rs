//! A person searched for by name in a URL's query: `GET
//! /api/v1/personer/?q=Lindqvist`, `/patients/search?query=Anna+Berg`,
//! `/hr/employees?search=D%C4%85browska` (web servers, gunicorn, Tomcat,
//! IIS and proxies log the request line; the search box of a register of
//! persons sends what the user typed).
//!
//! The path says whose register it is: its last part (or the one before a
//! `search`) is a word for persons in one of the languages a Nordic
//! operator's applications use; the key is a search box's (`q`, `query`,
//! `search`, `term`, `s`, `sok`). The value, decoded from `%XX` and `+`, is
//! a name's shape: letters of any script, spaces, `-`, `'` and `.`, no
//! digit, and capitalised, in a script without case, or of two words or
//! more; one word the name list calls common (`Admin`, `Stockholm`) is
//! none. The span is the value as written.

use super::gazetteer::{COMMON, GIVEN, MAX_KEY, SURNAME, flags};

/// The keys of a search box.
const KEYS: [&[u8]; 7] = [b"q", b"query", b"search", b"term", b"s", b"sok", b"find"];

/// Path parts that name a register of persons.
const PERSONS: [&[u8]; 34] = [
    b"personer",
    b"persons",
    b"person",
    b"people",
    b"patienter",
    b"patients",
    b"patient",
    b"anstallda",
    b"employees",
    b"employee",
    b"staff",
    b"medarbetare",
    b"users",
    b"kunder",
    b"customers",
    b"contacts",
    b"kontakter",
    b"members",
    b"medlemmar",
    b"brukare",
    b"elever",
    b"students",
    b"clients",
    b"klienter",
    b"personen",
    b"mitarbeiter",
    b"patienten",
    b"kunden",
    b"henkilot",
    b"asiakkaat",
    b"potilaat",
    b"pasienter",
    b"ansatte",
    b"personas",
];

/// Path parts that stand for a search below the register
/// (`/patients/search?q=`).
const SEARCH: [&[u8]; 4] = [b"search", b"sok", b"find", b"lookup"];

/// The value of the search key `b[i..j]` (`b[j]` is `=`, `b[i - 1]` is `?`
/// or `&`), if the URL's path names a register of persons and the value
/// has a name's shape: its byte range.
#[inline(never)]
pub(crate) fn at(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let k = &b[i..j];
    if !KEYS.iter().any(|x| k.eq_ignore_ascii_case(x)) {
        return None;
    }
    let q = if b[i - 1] == b'?' {
        i - 1
    } else {
        let from = i.saturating_sub(400);
        from + memchr::memrchr(b'?', &b[from..i - 1])?
    };
    if !persons_path(b, q) {
        return None;
    }
    let s = j + 1;
    let mut e = s;
    while e < b.len()
        && e - s < 200
        && !matches!(
            b[e],
            b'&' | b' ' | b'"' | b'\'' | b'#' | b'\t' | b'\n' | b'\r' | b'<' | b'>' | b';' | b'|'
        )
    {
        e += 1;
    }
    name_shaped(&b[s..e]).then_some((s, e))
}

/// True if the path that ends at `q` (the `?`) ends in a part that names a
/// register of persons, or in one and a search part.
fn persons_path(b: &[u8], q: usize) -> bool {
    let mut e = q;
    for _ in 0..2 {
        if e > 0 && b[e - 1] == b'/' {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s == e || s == 0 || b[s - 1] != b'/' {
            return false;
        }
        let part = &b[s..e];
        if PERSONS.iter().any(|p| part.eq_ignore_ascii_case(p)) {
            return true;
        }
        if !SEARCH.iter().any(|p| part.eq_ignore_ascii_case(p)) {
            return false;
        }
        e = s - 1;
    }
    false
}

/// True if the query value `v`, decoded, has a name's shape.
fn name_shaped(v: &[u8]) -> bool {
    let mut buf = [0u8; 128];
    let mut n = 0;
    let mut k = 0;
    while k < v.len() {
        let c = match v[k] {
            b'%' => {
                let hex = v
                    .get(k + 1..k + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                let Some(x) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) else {
                    return false;
                };
                k += 3;
                x
            }
            b'+' => {
                k += 1;
                b' '
            }
            x => {
                k += 1;
                x
            }
        };
        let Some(slot) = buf.get_mut(n) else {
            return false;
        };
        *slot = c;
        n += 1;
    }
    let Ok(t) = std::str::from_utf8(&buf[..n]) else {
        return false;
    };
    let t = t.trim();
    let Some(first) = t.chars().next() else {
        return false;
    };
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2
        || !first.is_alphabetic()
        || !t
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.' | '’'))
    {
        return false;
    }
    if t.contains(' ') {
        return true;
    }
    if first.is_lowercase() {
        return false;
    }
    // One word: not a word the name list calls common.
    let lower = t.to_lowercase();
    if lower.len() > MAX_KEY {
        return false;
    }
    let f = flags(&lower);
    f & COMMON == 0 || f & (GIVEN | SURNAME) != 0
}

#[cfg(test)]
mod tests {
    use super::at;

    /// The value found in `text` at the search key after its first `?q=`
    /// style key, if any.
    fn found(text: &str) -> Option<&str> {
        let b = text.as_bytes();
        for i in 1..b.len() {
            if matches!(b[i - 1], b'?' | b'&') {
                let j = i + b[i..].iter().position(|&c| c == b'=')?;
                if let Some((s, e)) = at(b, i, j) {
                    return Some(&text[s..e]);
                }
            }
        }
        None
    }

    #[test]
    fn a_person_searched_for_in_a_register() {
        for (text, want) in [
            (
                "GET /api/v1/personer/?q=Lindqvist&pnr=x HTTP/1.1",
                Some("Lindqvist"),
            ),
            (
                "GET /api/v1/personer/?q=Sj%C3%B6gren HTTP/1.1",
                Some("Sj%C3%B6gren"),
            ),
            (
                "GET /patients/search?query=Anna+Berg HTTP/1.1",
                Some("Anna+Berg"),
            ),
            (
                "GET /hr/employees?dept=7&search=van%20der%20Berg HTTP/1.1",
                Some("van%20der%20Berg"),
            ),
            (
                "GET /kunder?q=%D8%AD%D8%AF%D8%A7%D8%AF HTTP/1.1",
                Some("%D8%AD%D8%AF%D8%A7%D8%AF"),
            ),
            // Another register, a number, a login, a common word: none.
            ("GET /api/v1/products/?q=Widget HTTP/1.1", None),
            ("GET /api/v1/personer/?q=19850101 HTTP/1.1", None),
            ("GET /api/v1/users?q=jdoe HTTP/1.1", None),
            ("GET /api/v1/users?q=Admin HTTP/1.1", None),
            ("GET /api/v1/personer/?sort=Berg HTTP/1.1", None),
        ] {
            assert_eq!(found(text), want, "{text}");
        }
    }
}
