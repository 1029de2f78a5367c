//! `key=value` pairs separated by whitespace, as firewalls and many daemons
//! write them (`src=192.0.2.7 user="Maja Holm" action=deny`).
//!
//! A pair is a whitespace-delimited token `key=value`; values are bare (up
//! to the next whitespace) or quoted with `"` or `'`, where a backslash
//! escapes the quote or itself and is otherwise literal. Tokens that are not
//! pairs are skipped, not errors: kv lines often carry free text too.

use std::borrow::Cow;

use super::{Field, Style, backslash_raw_len_for, unescape_backslash};

/// Appends one field per `key=value` pair in `text`.
pub(crate) fn decode<'a>(text: &'a str, out: &mut Vec<Field<'a>>) {
    if leef(text, out) {
        return;
    }
    if let Some((body, delim)) = delimited(text.as_bytes()) {
        split_pairs(text, body, delim, out);
        return;
    }
    let b = text.as_bytes();
    let len = b.len();
    let mut i = 0;
    while i < len {
        let ws_start = i;
        while i < len && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let key_start = i;
        while i < len && !matches!(b[i], b'=' | b'"' | b'\'') && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == key_start || b.get(i) != Some(&b'=') {
            // Not a pair: skip the rest of this token (quotes included).
            while i < len && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            continue;
        }
        let key = &text[key_start..i];
        let v = i + 1;
        let (raw, value, style) = match b.get(v) {
            Some(&q @ (b'"' | b'\'')) => {
                let Some(j) = closing_quote(b, v) else {
                    return;
                };
                let value = unescape_backslash(&text[v + 1..j], quote_map(q));
                (v..j + 1, value, Style::KvQuoted(q))
            }
            _ => {
                let mut j = v;
                while j < len && !b[j].is_ascii_whitespace() {
                    j += 1;
                }
                (v..j, Cow::Borrowed(&text[v..j]), Style::KvBare)
            }
        };
        // The pair goes with the whitespace before it, or (first in the
        // line) the whitespace after it, so dropping it leaves one separator.
        let remove = if ws_start < key_start {
            ws_start..raw.end
        } else {
            let mut e = raw.end;
            while e < len && b[e].is_ascii_whitespace() {
                e += 1;
            }
            key_start..e
        };
        i = raw.end;
        out.push(Field {
            name: Cow::Borrowed(key),
            raw,
            value,
            remove,
            style,
        });
    }
}

/// A LEEF record (`LEEF:1.0|Vendor|Product|Version|EventID|k=v<tab>k=v`,
/// or 2.0 with a delimiter field: `|^|`, `|x09|`, `|0x7C|`, empty for tab),
/// possibly after a syslog header: one field per pair, split at the
/// delimiter, so a value may hold spaces (`devTime=Mar 03 2026 10:00:01`).
/// The header stays free text. Returns false, with `out` untouched, if
/// `text` is no LEEF or a 1.0 record has no tab (then whitespace splits
/// its pairs, as in plain key=value lines).
fn leef<'a>(text: &'a str, out: &mut Vec<Field<'a>>) -> bool {
    let b = text.as_bytes();
    let Some(p) = memchr::memmem::find(b, b"LEEF:") else {
        return false;
    };
    let v2 = b.get(p + 5) == Some(&b'2');
    let mut i = p + 5;
    let mut pipes = [0usize; 6];
    let n = if v2 { 6 } else { 5 };
    for slot in pipes.iter_mut().take(n) {
        let Some(k) = memchr::memchr(b'|', &b[i..]) else {
            return false;
        };
        *slot = i + k;
        i += k + 1;
    }
    let delim = if v2 {
        let d = &text[pipes[4] + 1..pipes[5]];
        let hex = d
            .strip_prefix("0x")
            .or_else(|| d.strip_prefix("0X"))
            .or_else(|| d.strip_prefix('x'))
            .or_else(|| d.strip_prefix('X'));
        match (d.len(), hex) {
            (0, _) => b'\t',
            (1, _) => d.as_bytes()[0],
            (_, Some(h)) if h.len() == 2 => match u8::from_str_radix(h, 16) {
                Ok(c) if c.is_ascii() && c != b'=' => c,
                _ => return false,
            },
            _ => return false,
        }
    } else {
        b'\t'
    };
    let body = i;
    let delim = if delim == b'\t' && !v2 && memchr::memchr(b'\t', &b[body..]).is_none() {
        if !pipe_pairs(&b[body..]) {
            return false;
        }
        b'|'
    } else {
        delim
    };
    split_pairs(text, body, delim, out);
    true
}

/// Appends one field per `key=value` of `text[body..]`, split at `delim`,
/// so a value may hold spaces.
fn split_pairs<'a>(text: &'a str, body: usize, delim: u8, out: &mut Vec<Field<'a>>) {
    let b = text.as_bytes();
    let mut s = body;
    while s <= b.len() {
        let e = memchr::memchr(delim, &b[s..]).map_or(b.len(), |k| s + k);
        if let Some(eq) = memchr::memchr(b'=', &b[s..e]) {
            let k = s + eq;
            let key = text[s..k].trim_start();
            if !key.is_empty() && !key.contains(' ') {
                let ks = k - key.len();
                let remove = if s > body {
                    s - 1..e
                } else {
                    ks..(e + 1).min(b.len())
                };
                out.push(Field {
                    name: Cow::Borrowed(key),
                    raw: k + 1..e,
                    value: Cow::Borrowed(&text[k + 1..e]),
                    remove,
                    style: Style::KvBare,
                });
            }
        }
        s = e + 1;
    }
}

/// A plain key=value line whose pairs are joined by `|`, `;` or `,`
/// instead of whitespace, as Check Point's Log Exporter and other
/// exporters write them (`time=1797749808|hostname=gw1|src=192.0.2.7|
/// src_user_name=Karin Ek (kek)|`): where its first key starts and the
/// delimiter. The line opens with a key and `=` (after whitespace, a
/// syslog header ending in `: `, or a prefix without pairs ending in `|`
/// or `:`, see [`after_prefix`]), and the delimiter followed by another
/// key and `=` occurs at least twice: more often than whitespace followed
/// by one for `|`, and with no such whitespace at all for `;` and `,`. Read at whitespace, the first value would swallow
/// every other pair, and a kept first key (`time`) would keep them all.
fn delimited(b: &[u8]) -> Option<(usize, u8)> {
    let lead = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let body = if key_len(&b[lead..]).is_some() {
        lead
    } else {
        match memchr::memmem::find(b, b": ") {
            // After a syslog header: the first `: ` followed by a key.
            Some(p) if key_len(&b[p + 2..]).is_some() => p + 2,
            _ => after_prefix(b)?,
        }
    };
    // A delimiter inside a quoted value (`a='x|b=1'`) joins no pairs; only
    // a line that opens a value with a quote pays for looking.
    let rest = &b[body..];
    let quotes =
        memchr::memmem::find(rest, b"=\"").is_some() || memchr::memmem::find(rest, b"='").is_some();
    let pairs_after = |d: u8| {
        memchr::memchr_iter(d, rest)
            .filter(|&k| key_len(&rest[k + 1..]).is_some())
            .filter(|&k| !quotes || !in_quoted_value(rest, k))
            .count()
    };
    // Most lines join their pairs with spaces and hold no other delimiter
    // before a key: the whitespace count is only taken for a candidate.
    let mut spaced = None;
    [b'|', b';', b','].into_iter().find_map(|d| {
        let n = pairs_after(d);
        if n < 2 {
            return None;
        }
        let spaced = *spaced.get_or_insert_with(|| pairs_after(b' '));
        // `,` and `;` sit inside whitespace-joined values too (`list=a,b=1`):
        // they split only a line with no whitespace-joined pair at all.
        let ok = if d == b'|' { n > spaced } else { spaced == 0 };
        ok.then_some((body, d))
    })
}

/// True if byte `at` of `b` lies inside a value that opens with a quote
/// right after its `=` (`a="x|b=1"`), up to its closing quote.
fn in_quoted_value(b: &[u8], at: usize) -> bool {
    let mut i = 0;
    while i < at {
        if b[i] == b'=' && matches!(b.get(i + 1), Some(b'"' | b'\'')) {
            match closing_quote(b, i + 1) {
                Some(end) if end < at => i = end,
                _ => return true,
            }
        }
        i += 1;
    }
    false
}

/// Where the quote at `b[open]` that opens a value closes, past the
/// backslash escapes of that quote; `None` if it never does.
fn closing_quote(b: &[u8], open: usize) -> Option<usize> {
    let q = b[open];
    let map = quote_map(q);
    let mut j = open + 1;
    loop {
        match b.get(j) {
            None => return None,
            Some(&c) if c == q => return Some(j),
            Some(b'\\') if b.get(j + 1).and_then(|&n| map(n)).is_some() => j += 2,
            Some(_) => j += 1,
        }
    }
}

/// Where the pairs start after a prefix that names the product or the
/// session and holds no pair itself: the first `|` or `:` followed by a
/// key and `=` (Netwrix Auditor's `Netwrix Auditor|DataSource=...|Who=...`,
/// BeyondTrust's `BG[98765]:1234:01:01:event=login;site=...;who=...`).
/// Whether the line is split there is still decided by its delimiters.
fn after_prefix(b: &[u8]) -> Option<usize> {
    let p = memchr::memchr2_iter(b'|', b':', b).find(|&p| key_len(&b[p + 1..]).is_some())?;
    memchr::memchr(b'=', &b[..p]).is_none().then_some(p + 1)
}

/// True if a LEEF 1.0 body without a tab is written as `k=v|k=v`, as
/// Palo Alto Networks' LEEF log formats for QRadar write it
/// (`ReceiveTime=2026-03-01 09:15:02|SerialNumber=0123456789|Type=THREAT`):
/// it opens with a key and `=`, and a `|` is followed by another key and
/// `=`. Such a record is split at `|`, so a value may hold spaces and a
/// key names its value, as in LEEF 2.0 with `|` declared.
fn pipe_pairs(body: &[u8]) -> bool {
    let key = |b: &[u8]| key_len(b).is_some();
    key(body) && memchr::memchr_iter(b'|', body).any(|k| key(&body[k + 1..]))
}

/// The length of the key of a `key=` that opens `b` (letters, digits,
/// `_`, `-`, `.`), if one does.
fn key_len(b: &[u8]) -> Option<usize> {
    let n = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
        .count();
    (n > 0 && b.get(n) == Some(&b'=')).then_some(n)
}

pub(crate) fn map_double(c: u8) -> Option<u8> {
    matches!(c, b'"' | b'\\').then_some(c)
}

pub(crate) fn map_single(c: u8) -> Option<u8> {
    matches!(c, b'\'' | b'\\').then_some(c)
}

fn quote_map(q: u8) -> fn(u8) -> Option<u8> {
    if q == b'\'' { map_single } else { map_double }
}

/// Raw bytes of a quoted value's body that decode to the first
/// `value_offset` bytes of its value.
pub(crate) fn raw_len_for(raw: &[u8], q: u8, value_offset: usize) -> usize {
    backslash_raw_len_for(raw, quote_map(q), value_offset)
}

/// Writes `value` in quote `q` (`"` unless `q` is `'`).
pub(crate) fn encode_quoted(value: &str, q: u8, out: &mut Vec<u8>) {
    let q = if q == b'\'' { q } else { b'"' };
    out.reserve(value.len() + 2);
    out.push(q);
    for &c in value.as_bytes() {
        if c == q || c == b'\\' {
            out.push(b'\\');
        }
        out.push(c);
    }
    out.push(q);
}

/// Writes `value` bare, or double-quoted when a kv reader would otherwise
/// cut it at whitespace or take a leading quote for quoting.
pub(crate) fn encode_bare(value: &str, out: &mut Vec<u8>) {
    let b = value.as_bytes();
    let needs_quotes =
        matches!(b.first(), Some(b'"' | b'\'')) || b.iter().any(u8::is_ascii_whitespace);
    if needs_quotes {
        encode_quoted(value, b'"', out);
    } else {
        out.extend_from_slice(b);
    }
}

#[cfg(test)]
mod tests {
    use crate::format::{Field, Format, Style, encode};

    fn decode(rec: &str) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        Format::Kv.decode(rec.as_bytes(), &mut out).unwrap();
        out
    }

    /// `rec` decodes to exactly the pairs `want`, each value at its raw
    /// range.
    fn assert_pairs(rec: &str, want: &[(&str, &str)]) {
        let got: Vec<(String, String)> = decode(rec)
            .iter()
            .map(|f| (f.name.to_string(), f.value.to_string()))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(got, want, "{rec}");
        for f in decode(rec) {
            assert_eq!(&rec[f.raw.clone()], f.value.as_ref());
        }
    }

    #[test]
    fn a_delimiter_inside_a_quoted_value_joins_no_pairs() {
        let pairs = |rec| {
            decode(rec)
                .iter()
                .map(|f| (f.name.to_string(), f.value.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(pairs("a='|r=|r='"), [("a".into(), "|r=|r=".into())]);
        assert_eq!(
            pairs(r#"msg="x|user=y|id=2" src=10.0.0.1"#),
            [
                ("msg".into(), "x|user=y|id=2".into()),
                ("src".into(), "10.0.0.1".into())
            ]
        );
        // Pairs joined by `|` are still split there.
        assert_pairs("a=1|b=2|c=x y", &[("a", "1"), ("b", "2"), ("c", "x y")]);
    }

    #[test]
    fn pairs_joined_by_a_delimiter_split_at_it() {
        for (rec, want) in [
            (
                "time=1797749808|hostname=gw1|src=192.0.2.7|src_user_name=Karin Ek (kek)|user=kek|",
                vec![
                    ("time", "1797749808"),
                    ("hostname", "gw1"),
                    ("src", "192.0.2.7"),
                    ("src_user_name", "Karin Ek (kek)"),
                    ("user", "kek"),
                ],
            ),
            (
                "<134>Mar  3 10:00:01 gw1 exporter: action=Accept;src=192.0.2.7;user=kek",
                vec![("action", "Accept"), ("src", "192.0.2.7"), ("user", "kek")],
            ),
            // Whitespace-joined pairs whose values hold the delimiter stay
            // split at whitespace.
            (
                "msg=a|b=c src=192.0.2.7 user=kek dst=192.0.2.8",
                vec![
                    ("msg", "a|b=c"),
                    ("src", "192.0.2.7"),
                    ("user", "kek"),
                    ("dst", "192.0.2.8"),
                ],
            ),
            (
                "list=a,b=1,c=2 d=3",
                vec![("list", "a,b=1,c=2"), ("d", "3")],
            ),
            // A product's or session's prefix before the first pair.
            (
                r"Netwrix Auditor|DataSource=Windows File Servers|Action=Read|Who=CORP\kek|What=\\fs01\Personal\Karin Ek\avtal.pdf|When=2026-03-26T14:59:49Z",
                vec![
                    ("DataSource", "Windows File Servers"),
                    ("Action", "Read"),
                    ("Who", r"CORP\kek"),
                    ("What", r"\\fs01\Personal\Karin Ek\avtal.pdf"),
                    ("When", "2026-03-26T14:59:49Z"),
                ],
            ),
            (
                "Feb  5 12:54:46 example_host BG[98765]:1234:01:01:event=login;site=support.example.com;who=Karin Ek(kek) using password;who_ip=192.0.2.7",
                vec![
                    ("event", "login"),
                    ("site", "support.example.com"),
                    ("who", "Karin Ek(kek) using password"),
                    ("who_ip", "192.0.2.7"),
                ],
            ),
            (
                "<14>Mar  3 10:00:01 pra01 BG[4411]:0001:01:01:event=session_start;session_id=9f2c;customer_name=Leyla Åberg;representative_name=Omar Haddad",
                vec![
                    ("event", "session_start"),
                    ("session_id", "9f2c"),
                    ("customer_name", "Leyla Åberg"),
                    ("representative_name", "Omar Haddad"),
                ],
            ),
            (
                "Auditor Add-on|Action=Modified|ObjectType=user|What=CN=Karin Ek,OU=Users,DC=corp|Who=CORP\\admin1",
                vec![
                    ("Action", "Modified"),
                    ("ObjectType", "user"),
                    ("What", "CN=Karin Ek,OU=Users,DC=corp"),
                    ("Who", "CORP\\admin1"),
                ],
            ),
            // A prefix that holds a pair is no prefix: the line stays split
            // at whitespace.
            (
                "10:00:01 gw1 action=allow src=192.0.2.7 msg=a|b=c|d=e",
                vec![
                    ("action", "allow"),
                    ("src", "192.0.2.7"),
                    ("msg", "a|b=c|d=e"),
                ],
            ),
        ] {
            assert_pairs(rec, &want);
        }
    }

    #[test]
    fn leef_pairs_split_at_the_declared_delimiter() {
        for (rec, want) in [
            (
                "LEEF:2.0|Lancope|StealthWatch|6.7|41|^|src=192.0.2.1^usrName=Åsa Ek^sev=5",
                vec![("src", "192.0.2.1"), ("usrName", "Åsa Ek"), ("sev", "5")],
            ),
            (
                "LEEF:2.0|V|P|1.0|Login|0x7C|usrName=k.ek|src=192.0.2.1",
                vec![("usrName", "k.ek"), ("src", "192.0.2.1")],
            ),
            (
                "LEEF:2.0|V|P|1.0|Login|x09|usrName=k.ek\tdevTime=Mar 03 2026 10:00:01",
                vec![("usrName", "k.ek"), ("devTime", "Mar 03 2026 10:00:01")],
            ),
            (
                "<13>Mar  3 10:00:01 h LEEF:1.0|IBM|QRadar|7.0|Login|usrName=k.ek\tsrc=192.0.2.1",
                vec![("usrName", "k.ek"), ("src", "192.0.2.1")],
            ),
        ] {
            assert_pairs(rec, &want);
        }
        // A LEEF 1.0 line without tabs is split at whitespace as before.
        let out = decode("LEEF:1.0|V|P|1|E|usrName=k.ek src=192.0.2.1");
        assert_eq!(out.len(), 2);
        // Unless its pairs are written with `|` between them, as Palo Alto
        // Networks' LEEF formats write them.
        let rec = "LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.2.4|virus(1234)|\
                   ReceiveTime=2026-03-01 09:15:02|SerialNumber=0123456789|usrName=CORP\\k.ek";
        let got: Vec<(String, &str)> = decode(rec)
            .iter()
            .map(|f| (f.name.to_string(), &rec[f.raw.clone()]))
            .collect();
        let want = [
            ("ReceiveTime", "2026-03-01 09:15:02"),
            ("SerialNumber", "0123456789"),
            ("usrName", "CORP\\k.ek"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((k, v), (wk, wv)) in got.iter().zip(want) {
            assert_eq!((k.as_str(), *v), (wk, wv));
        }
    }

    #[test]
    fn firewall_line() {
        let rec = r#"date=2026-03-01 time=09:15:02 devname="fw-sto-01" type="traffic" srcip=192.0.2.7 user="Maja \"mh\" Holm" msg='it''s' action=deny note= done"#;
        let out = decode(rec);
        let names: Vec<&str> = out.iter().map(|f| f.name.as_ref()).collect();
        assert_eq!(
            names,
            [
                "date", "time", "devname", "type", "srcip", "user", "msg", "action", "note"
            ]
        );
        assert_eq!(out[2].value, "fw-sto-01");
        assert_eq!(out[2].style, Style::KvQuoted(b'"'));
        assert_eq!(out[4].value, "192.0.2.7");
        assert_eq!(out[4].style, Style::KvBare);
        assert_eq!(out[5].value, "Maja \"mh\" Holm");
        assert_eq!(out[6].value, "it");
        assert_eq!(out[6].style, Style::KvQuoted(b'\''));
        assert_eq!(out[8].value, "");
        let holm = out[5].value.find("Holm").unwrap();
        let p = out[5].record_offset(rec.as_bytes(), holm);
        assert!(rec[p..].starts_with("Holm\""));
        for f in &out {
            let mut e = Vec::new();
            encode(f.style, &f.value, &mut e);
            assert_eq!(e, rec.as_bytes()[f.raw.clone()].to_vec(), "{}", f.name);
        }
    }

    #[test]
    fn free_text_is_skipped_and_remove_keeps_one_separator() {
        let rec = "authentication failure; logname= uid=0  tty=ssh rhost=203.0.113.79";
        let out = decode(rec);
        let names: Vec<&str> = out.iter().map(|f| f.name.as_ref()).collect();
        assert_eq!(names, ["logname", "uid", "tty", "rhost"]);
        let cut = |f: &Field<'_>| format!("{}{}", &rec[..f.remove.start], &rec[f.remove.end..]);
        assert_eq!(
            cut(&out[1]),
            "authentication failure; logname=  tty=ssh rhost=203.0.113.79"
        );
        assert_eq!(
            cut(&out[3]),
            "authentication failure; logname= uid=0  tty=ssh"
        );
        let first = decode("a=1  b=2");
        assert_eq!(&"a=1  b=2"[first[0].remove.clone()], "a=1  ");
    }

    #[test]
    fn unterminated_quote_stops() {
        let out = decode(r#"a=1 b="open c=3"#);
        assert_eq!(out.len(), 1);
        let out = decode(r#"path="C:\temp\x" k=v"#);
        assert_eq!(out[0].value, "C:\\temp\\x");
        assert_eq!(out[1].value, "v");
    }

    #[test]
    fn bare_value_gets_quotes_when_needed() {
        let enc = |v: &str| {
            let mut o = Vec::new();
            encode(Style::KvBare, v, &mut o);
            String::from_utf8(o).unwrap()
        };
        assert_eq!(enc("ph_abc"), "ph_abc");
        assert_eq!(enc("a b"), "\"a b\"");
        assert_eq!(enc("'x"), "\"'x\"");
        assert_eq!(enc("x\"y\\"), "x\"y\\");
    }
}
