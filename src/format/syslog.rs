//! Syslog lines: RFC 5424, RFC 3164 (with or without `<PRI>`, as relays
//! write files), and anything else as one `msg` field.
//!
//! Fields: `hostname`, `app`, `procid`, `msgid` (bare header tokens, absent
//! when NILVALUE `-`), `sd.ID.PARAM` for structured-data parameters
//! ([`Style::SdParam`]), and `msg` ([`Style::Bare`], after any BOM). Header
//! parts are positional, so their `remove` equals `raw`; an SD parameter's
//! `remove` takes the space before it.

use std::borrow::Cow;
use std::ops::Range;

use super::{Field, Style, backslash_raw_len_for, bare_field, unescape_backslash};

/// Appends the fields of the syslog line `text`. Never fails: a line in
/// neither RFC shape is one `msg` field.
pub(crate) fn decode<'a>(text: &'a str, out: &mut Vec<Field<'a>>) {
    let before = out.len();
    if rfc5424(text, out).is_some() {
        return;
    }
    out.truncate(before);
    if rfc3164(text, out).is_some() {
        return;
    }
    out.truncate(before);
    push_msg(text, 0, out);
}

fn push_msg<'a>(text: &'a str, start: usize, out: &mut Vec<Field<'a>>) {
    if start < text.len() {
        let r = start..text.len();
        out.push(bare_field("msg", text, r.clone(), r, Style::Bare));
    }
}

fn push_part<'a>(name: &'static str, text: &'a str, r: Range<usize>, out: &mut Vec<Field<'a>>) {
    if !r.is_empty() && &text[r.clone()] != "-" {
        out.push(bare_field(name, text, r.clone(), r, Style::Bare));
    }
}

/// Offset past `<PRI>`, if the line starts with a valid one.
fn pri_end(b: &[u8]) -> Option<usize> {
    if b.first() != Some(&b'<') {
        return None;
    }
    let close = b.iter().take(5).position(|&c| c == b'>')?;
    let digits = b.get(1..close)?;
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let pri: u32 = digits.iter().fold(0, |a, &d| a * 10 + u32::from(d - b'0'));
    (pri <= 191).then_some(close + 1)
}

/// The header token (printable ASCII, no space) at `i` and the offset of the
/// space after it.
fn token(b: &[u8], i: usize) -> Option<Range<usize>> {
    let mut j = i;
    while j < b.len() && (33..=126).contains(&b[j]) {
        j += 1;
    }
    (j > i && b.get(j) == Some(&b' ')).then_some(i..j)
}

fn rfc5424<'a>(text: &'a str, out: &mut Vec<Field<'a>>) -> Option<()> {
    let b = text.as_bytes();
    let mut i = pri_end(b)?;
    if b.get(i..i + 2)? != b"1 " {
        return None;
    }
    i += 2;
    let ts = token(b, i)?;
    if !(b[ts.start].is_ascii_digit() || &b[ts.clone()] == b"-") {
        return None;
    }
    let host = token(b, ts.end + 1)?;
    let app = token(b, host.end + 1)?;
    let procid = token(b, app.end + 1)?;
    let msgid = token(b, procid.end + 1)?;
    push_part("hostname", text, host, out);
    push_part("app", text, app, out);
    push_part("procid", text, procid, out);
    push_part("msgid", text, msgid.clone(), out);
    i = msgid.end + 1;
    match b.get(i)? {
        b'-' => i += 1,
        b'[' => {
            while b.get(i) == Some(&b'[') {
                i = sd_element(text, i, out)?;
            }
        }
        _ => return None,
    }
    match b.get(i) {
        None => {}
        Some(b' ') => {
            let mut m = i + 1;
            if b[m..].starts_with("\u{feff}".as_bytes()) {
                m += 3;
            }
            push_msg(text, m, out);
        }
        Some(_) => return None,
    }
    Some(())
}

/// An SD-NAME: printable ASCII except `=`, space, `]` and `"`.
fn sd_name(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && (33..=126).contains(&b[j]) && !matches!(b[j], b'=' | b']' | b'"') {
        j += 1;
    }
    (j > i).then_some(j)
}

/// Parses the SD-ELEMENT opening at `i`, pushes its parameters and returns
/// the offset past its `]`.
fn sd_element<'a>(text: &'a str, i: usize, out: &mut Vec<Field<'a>>) -> Option<usize> {
    let b = text.as_bytes();
    let id_end = sd_name(b, i + 1)?;
    let id = &text[i + 1..id_end];
    let mut j = id_end;
    loop {
        match b.get(j)? {
            b']' => return Some(j + 1),
            b' ' => {}
            _ => return None,
        }
        let name_start = j + 1;
        let name_end = sd_name(b, name_start)?;
        if b.get(name_end..name_end + 2)? != b"=\"" {
            return None;
        }
        let open = name_end + 1;
        let mut k = open + 1;
        loop {
            match b.get(k)? {
                b'"' => break,
                b'\\' if b.get(k + 1).and_then(|&n| map_sd(n)).is_some() => k += 2,
                _ => k += 1,
            }
        }
        let param = &text[name_start..name_end];
        let mut name = String::with_capacity(4 + id.len() + param.len());
        name.push_str("sd.");
        name.push_str(id);
        name.push('.');
        name.push_str(param);
        out.push(Field {
            name: Cow::Owned(name),
            raw: open..k + 1,
            value: unescape_backslash(&text[open + 1..k], map_sd),
            remove: j..k + 1,
            style: Style::SdParam,
        });
        j = k + 1;
    }
}

const MONTHS: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// Offset past a BSD timestamp (`Mmm dd hh:mm:ss`, day space-padded or not,
/// optional fraction) or an RFC 3339 one (`2026-03-01T09:15:02+01:00`).
fn timestamp_end(b: &[u8], i: usize) -> Option<usize> {
    let rest = b.get(i..)?;
    if rest.len() >= 4 && rest[..4].iter().all(u8::is_ascii_digit) {
        if rest.get(4) != Some(&b'-') || rest.get(10) != Some(&b'T') {
            return None;
        }
        let t = token(b, i)?;
        return Some(t.end);
    }
    let month = rest.get(..3)?;
    if !MONTHS.iter().any(|m| &m[..] == month) || rest.get(3) != Some(&b' ') {
        return None;
    }
    let mut j = i + 4;
    if b.get(j) == Some(&b' ') {
        j += 1;
    }
    let d = j;
    while j < b.len() && j - d < 2 && b[j].is_ascii_digit() {
        j += 1;
    }
    let day = b[d..j].iter().fold(0, |a, &c| a * 10 + (c - b'0'));
    if !(1..=31).contains(&day) || b.get(j) != Some(&b' ') {
        return None;
    }
    j += 1;
    let time = b.get(j..j + 8)?;
    let shape_ok = time.iter().enumerate().all(|(k, &c)| {
        if k == 2 || k == 5 {
            c == b':'
        } else {
            c.is_ascii_digit()
        }
    });
    if !shape_ok {
        return None;
    }
    j += 8;
    if b.get(j) == Some(&b'.') {
        j += 1;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
    }
    Some(j)
}

/// Longest tag taken as an app name; longer first words are message text.
const MAX_TAG: usize = 64;

/// True if what looks like a tag before a `:` is the start of a value in
/// a message that has no tag: a number (`+46701740683: call ended`), an
/// IPv4 address or a Cisco MAC (`10.0.0.7: down`, `3c22.fb12.3456:
/// roamed`), or the first group of a MAC or an IPv6 address
/// (`3c:22:fb:12:34:56 joined`, `2001:db8::7 connected`), which no program
/// is named.
fn value_not_tag(tag: &[u8], after: Option<&u8>) -> bool {
    let digits = tag.strip_prefix(b"+").unwrap_or(tag);
    let glued = after.is_some_and(|c| c.is_ascii_hexdigit() || *c == b':');
    let dotted = |n: usize, max: usize, hex: bool| {
        let mut k = 0;
        tag.split(|&c| c == b'.').all(|g| {
            k += 1;
            (1..=max).contains(&g.len())
                && g.iter().all(|c| {
                    if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    }
                })
        }) && k == n
    };
    (!digits.is_empty() && digits.iter().all(u8::is_ascii_digit))
        || (glued && tag.len() <= 4 && tag.iter().all(u8::is_ascii_hexdigit))
        || (tag.len() == 14 && dotted(3, 4, true))
        || dotted(4, 3, false)
}

fn rfc3164<'a>(text: &'a str, out: &mut Vec<Field<'a>>) -> Option<()> {
    let b = text.as_bytes();
    let i = if b.first() == Some(&b'<') {
        pri_end(b)?
    } else {
        0
    };
    let ts_end = timestamp_end(b, i)?;
    if b.get(ts_end) != Some(&b' ') {
        return None;
    }
    let mut i = ts_end + 1;
    // Some writers leave out the hostname: a first word that is already a
    // tag (`sshd[42]:`, `kernel:`) is taken as one.
    let first_end = memchr::memchr(b' ', &b[i..]).map_or(b.len(), |k| i + k);
    let first = &b[i..first_end];
    let is_tag = first.ends_with(b":") || (first.contains(&b'[') && first.ends_with(b"]:"));
    if !is_tag && first_end < b.len() && first_end > i {
        push_part("hostname", text, i..first_end, out);
        i = first_end + 1;
    } else if !is_tag {
        // Only a timestamp and a word: the word is the message.
        push_msg(text, i, out);
        return Some(());
    }
    let mut j = i;
    while j < b.len() && j - i <= MAX_TAG && !matches!(b[j], b' ' | b'[' | b':') {
        j += 1;
    }
    let tag = i..j;
    let msg_from = match b.get(j) {
        Some(b'[') if !tag.is_empty() => {
            let close = memchr::memchr(b']', &b[j..]).map(|k| j + k);
            match close {
                Some(c) if b.get(c + 1) == Some(&b':') && !b[j + 1..c].contains(&b' ') => {
                    push_part("app", text, tag, out);
                    push_part("procid", text, j + 1..c, out);
                    c + 2
                }
                _ => i,
            }
        }
        Some(b':') if !tag.is_empty() && !value_not_tag(&b[tag.clone()], b.get(j + 1)) => {
            push_part("app", text, tag, out);
            j + 1
        }
        _ => i,
    };
    let msg_from = if msg_from > i && b.get(msg_from) == Some(&b' ') {
        msg_from + 1
    } else {
        msg_from
    };
    push_msg(text, msg_from, out);
    Some(())
}

pub(crate) fn map_sd(c: u8) -> Option<u8> {
    matches!(c, b'"' | b'\\' | b']').then_some(c)
}

/// Raw bytes of an SD-PARAM body that decode to `value_offset` value bytes.
pub(crate) fn sd_raw_len_for(raw: &[u8], value_offset: usize) -> usize {
    backslash_raw_len_for(raw, map_sd, value_offset)
}

/// Writes an SD-PARAM value in quotes, escaping `"`, `\` and `]`.
pub(crate) fn encode_sd_param(value: &str, out: &mut Vec<u8>) {
    out.reserve(value.len() + 2);
    out.push(b'"');
    for &c in value.as_bytes() {
        if map_sd(c).is_some() {
            out.push(b'\\');
        }
        out.push(c);
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use crate::format::{Field, Format, Style, encode};

    fn decode(rec: &str) -> Vec<Field<'_>> {
        let mut out = Vec::new();
        Format::Syslog.decode(rec.as_bytes(), &mut out).unwrap();
        out
    }

    fn pairs<'a>(out: &'a [Field<'a>]) -> Vec<(&'a str, &'a str)> {
        out.iter()
            .map(|f| (f.name.as_ref(), f.value.as_ref()))
            .collect()
    }

    #[test]
    fn rfc5424_with_sd_escapes_and_bom() {
        let rec = "<165>1 2026-03-01T09:15:02.003Z pbx-01 kamailio 4242 ID47 [auth@32473 user=\"maja\" from=\"\\\"Maja\\\" <sip:1004@192.0.2.7>\" note=\"a\\]b\\\\c\\d\"][origin ip=\"192.0.2.1\"] \u{feff}REGISTER from 198.51.100.9";
        let out = decode(rec);
        assert_eq!(
            pairs(&out),
            [
                ("hostname", "pbx-01"),
                ("app", "kamailio"),
                ("procid", "4242"),
                ("msgid", "ID47"),
                ("sd.auth@32473.user", "maja"),
                ("sd.auth@32473.from", "\"Maja\" <sip:1004@192.0.2.7>"),
                ("sd.auth@32473.note", "a]b\\c\\d"),
                ("sd.origin.ip", "192.0.2.1"),
                ("msg", "REGISTER from 198.51.100.9"),
            ]
        );
        assert_eq!(out[4].style, Style::SdParam);
        assert_eq!(&rec[out[4].raw.clone()], "\"maja\"");
        assert_eq!(&rec[out[4].remove.clone()], " user=\"maja\"");
        let from = &out[5];
        let p = from.record_offset(rec.as_bytes(), from.value.find("sip").unwrap());
        assert!(rec[p..].starts_with("sip:1004@"));
        let p = from.record_offset(rec.as_bytes(), from.value.find("Maja").unwrap());
        assert!(rec[p..].starts_with("Maja\\\" <"));
        for f in &out {
            if f.name != "sd.auth@32473.note" {
                let mut e = Vec::new();
                encode(f.style, &f.value, &mut e);
                assert_eq!(e, rec.as_bytes()[f.raw.clone()].to_vec(), "{}", f.name);
            }
        }
    }

    #[test]
    fn rfc5424_nil_values_and_no_msg() {
        let out = decode("<13>1 - - - - - -");
        assert!(out.is_empty());
        let out = decode("<13>1 2026-03-01T09:15:02Z host app - - - hello");
        assert_eq!(
            pairs(&out),
            [("hostname", "host"), ("app", "app"), ("msg", "hello")]
        );
    }

    #[test]
    fn rfc3164_values_are_no_tags() {
        for (line, msg) in [
            (
                "Dec  6 10:00:01 ap01 3c:22:fb:12:34:56 joined",
                "3c:22:fb:12:34:56 joined",
            ),
            (
                "Dec  6 10:00:01 r1 2001:db8::7 connected",
                "2001:db8::7 connected",
            ),
            (
                "Dec  6 10:00:01 pbx 0701740683: call ended",
                "0701740683: call ended",
            ),
        ] {
            let out = decode(line);
            let p = pairs(&out);
            assert!(p.iter().all(|(k, _)| *k != "app"), "{line}: {p:?}");
            assert_eq!(p.last().map(|f| f.1), Some(msg), "{line}");
        }
        let out = decode("Dec  6 10:00:01 host dead: beef");
        assert!(pairs(&out).contains(&("app", "dead")));
    }

    #[test]
    fn rfc3164_shapes() {
        let out = decode(
            "<34>Mar  1 09:15:02 mail-01 postfix/smtpd[8812]: connect from unknown[192.0.2.7]",
        );
        assert_eq!(
            pairs(&out),
            [
                ("hostname", "mail-01"),
                ("app", "postfix/smtpd"),
                ("procid", "8812"),
                ("msg", "connect from unknown[192.0.2.7]"),
            ]
        );
        let out =
            decode("Mar 12 10:01:44 gw sshd(pam_unix)[1941]: authentication failure; user=maja");
        assert_eq!(out[1].value, "sshd(pam_unix)");
        assert_eq!(out[2].value, "1941");
        assert_eq!(out[3].value, "authentication failure; user=maja");
        let out = decode("Mar 12 10:01:44 gw kernel: [ 12.5] eth0: link up");
        assert_eq!(
            pairs(&out),
            [
                ("hostname", "gw"),
                ("app", "kernel"),
                ("msg", "[ 12.5] eth0: link up")
            ]
        );
        let out = decode("Mar 12 10:01:44 sudo: maja : TTY=pts/0 ; COMMAND=/bin/ls");
        assert_eq!(
            pairs(&out),
            [
                ("app", "sudo"),
                ("msg", "maja : TTY=pts/0 ; COMMAND=/bin/ls")
            ]
        );
        let out = decode(
            "2026-03-01T09:15:02.123+01:00 pbx asterisk[311]: Registration from '<sip:1004@example.com>'",
        );
        assert_eq!(out[0].value, "pbx");
        assert_eq!(out[1].value, "asterisk");
        let out = decode("Mar 12 10:01:44 gw free text without a tag");
        assert_eq!(
            pairs(&out),
            [("hostname", "gw"), ("msg", "free text without a tag")]
        );
    }

    #[test]
    fn other_shapes_are_one_msg() {
        for rec in [
            "[Sun Mar 01 09:15:02 2026] [error] [client 192.0.2.7] File does not exist",
            "260301 091502 13 INFO dfs.DataNode: Receiving block src: /192.0.2.7:50010",
            "<999>1 x",
            "<13>1 2026 host",
            "Mar 99 10:01:44 gw x",
            "",
        ] {
            let out = decode(rec);
            if rec.is_empty() {
                assert!(out.is_empty());
                continue;
            }
            assert_eq!(out.len(), 1, "{rec}");
            assert_eq!(out[0].name, "msg");
            assert_eq!(out[0].raw, 0..rec.len());
        }
    }
}
