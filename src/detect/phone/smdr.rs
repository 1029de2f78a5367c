//! Mitel SMDR call records (MiVoice Business, SX-200/SX-2000 and their
//! successors), read by their documented columns: `mm/dd hh:mm[p]
//! hh:mm:ss`, the calling party (a station's number, or `Tnnnn`/`Xnnnn`
//! for a trunk), the attendant flag `*`, the time to answer (`ttt` or
//! `***`, incoming trunk calls), the digits dialled (up to 26: on an
//! outgoing call the outside-line access code and the number; on an
//! incoming one the caller's number, with ANI reporting), the call
//! completion status and speed-call flags (one letter each), the called
//! party (a station, or the trunk of an outgoing call), the
//! transfer/conference flag and the third party (the station a call was
//! transferred to), then the account code.
//!
//! A relay pads or collapses the fixed columns, so the record is read as
//! its tokens in that order, recognised by its own shape (date, start
//! time, duration, then a party); no state across records. The stations
//! and the number dialled are a person's lines; a trunk, a flag, a
//! service or emergency number (`0112`: the access code and 112) and the
//! account code (`KST 4410`, a cost centre) are not read as any.

use super::{extension_value, is_phone};
use crate::detect::{Kind, Span};

/// No SMDR record with a party fits in fewer bytes (`mm/dd hh:mm
/// hh:mm:ss nn`).
pub(crate) const MIN_LEN: usize = 23;

/// The most tokens read after the duration.
const MAX_TOKENS: usize = 12;

/// True if `r` starts with the first columns of an SMDR record: a date
/// `mm/dd`, a start time `hh:mm` (with `p` for p.m. on a 12-hour clock, or
/// seconds), a duration `hh:mm:ss`. Returns where the calling party
/// starts.
fn head(r: &[u8]) -> Option<usize> {
    let d = |k: usize| r.get(k).is_some_and(u8::is_ascii_digit);
    let c = |k: usize, v: u8| r.get(k) == Some(&v);
    if !(d(0) && d(1) && c(2, b'/') && d(3) && d(4) && c(5, b' ')) {
        return None;
    }
    if !(d(6) && d(7) && c(8, b':') && d(9) && d(10)) {
        return None;
    }
    let mut k = 11;
    if c(k, b':') && d(k + 1) && d(k + 2) {
        k += 3;
    }
    if matches!(r.get(k), Some(b'p' | b'P' | b'a' | b'A')) {
        k += 1;
    }
    if !c(k, b' ') {
        return None;
    }
    k += 1;
    let t = k;
    if !(d(t) && d(t + 1) && c(t + 2, b':') && d(t + 3) && d(t + 4) && c(t + 5, b':')) {
        return None;
    }
    if !(d(t + 6) && d(t + 7) && c(t + 8, b' ')) {
        return None;
    }
    let mut k = t + 8;
    while c(k, b' ') {
        k += 1;
    }
    Some(k)
}

/// A trunk as SMDR names one: `T` or `X` and its number.
fn trunk(v: &[u8]) -> bool {
    v.len() >= 2 && matches!(v[0], b'T' | b'X') && v[1..].iter().all(u8::is_ascii_digit)
}

/// Reads an SMDR record whose first column starts `b[p..]` (the line, or
/// the message after a syslog tag), pushing its parties' numbers to `out`
/// unless a span in `out[base..]` holds them already. Returns false if
/// the text is no SMDR record.
pub(crate) fn read(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let mut p = p;
    // The long-call mark before the date (`-` 5-10 minutes, `%` 10-30,
    // `+` 30 and more).
    if matches!(b.get(p), Some(b'-' | b'%' | b'+')) {
        p += 1;
    }
    let Some(h) = head(&b[p.min(b.len())..]) else {
        return false;
    };
    let mut k = p + h;
    let line_end = memchr::memchr2(b'\n', b'\r', &b[k..]).map_or(b.len(), |e| k + e);
    let mut tok = [(0usize, 0usize); MAX_TOKENS];
    let mut n = 0;
    while k < line_end && n < MAX_TOKENS {
        let s = k;
        while k < line_end && b[k] != b' ' {
            k += 1;
        }
        tok[n] = (s, k);
        n += 1;
        while k < line_end && b[k] == b' ' {
            k += 1;
        }
    }
    let tok = &tok[..n];
    let Some(&(cs, mut ce)) = tok.first() else {
        return false;
    };
    // The attendant flag may follow the calling party in its column.
    if ce > cs && b[ce - 1] == b'*' {
        ce -= 1;
    }
    let calling = &b[cs..ce];
    let from_trunk = trunk(calling);
    let station = (2..=7).contains(&calling.len()) && calling.iter().all(u8::is_ascii_digit);
    if !from_trunk && !station {
        return false;
    }
    let mut found: [(usize, usize); 6] = [(0, 0); 6];
    let mut nf = 0;
    let mut push = |s: usize, e: usize| {
        if nf < found.len() {
            found[nf] = (s, e);
            nf += 1;
        }
    };
    if !from_trunk && extension_value(calling) {
        push(cs, ce);
    }
    let mut t = 1;
    // The attendant flag alone, and the time to answer.
    if tok.get(t).is_some_and(|&(s, e)| &b[s..e] == b"*") {
        t += 1;
    }
    if let Some(&(s, e)) = tok.get(t) {
        let v = &b[s..e];
        if v == b"***"
            || (from_trunk
                && v.len() == 3
                && v.iter().all(u8::is_ascii_digit)
                && tok
                    .get(t + 1)
                    .is_some_and(|&(s2, _)| matches!(b[s2], b'0'..=b'9' | b'+')))
        {
            t += 1;
        }
    }
    // The digits dialled.
    if let Some(&(s, e)) = tok.get(t) {
        let v = &b[s..e];
        if matches!(v.first(), Some(b'0'..=b'9' | b'+')) {
            t += 1;
            if from_trunk {
                // The caller's number.
                if is_phone(v) {
                    push(s, e);
                }
            } else if v.len() > 1 && matches!(v[0], b'0' | b'8' | b'9') && is_phone(&v[1..]) {
                // The outside-line access code, then the number as the
                // public network takes it (`0` and `0701740683`, `0` and
                // `0048...`): a service number (`0112`, `01177`,
                // `0020...` freephone) is none.
                push(s + 1, e);
            } else if v.len() > 2 && v[0] == b'0' && v[1] != b'0' && is_phone(v) {
                // A national number dialled without an access code.
                push(s, e);
            } else if extension_value(v) {
                // A station dialled.
                push(s, e);
            }
        }
    }
    // Flags, the called party, the transfer flag and the third party: a
    // station only where a party's column is (after the digits or a
    // flag); anything else (the account code) ends the record.
    // Two numbers in a row are a party and the account code.
    let mut party = true;
    while let Some(&(s, e)) = tok.get(t) {
        let v = &b[s..e];
        t += 1;
        if (v.len() == 1 && v[0].is_ascii_alphabetic()) || trunk(v) {
            party = true;
            continue;
        }
        if party && v.iter().all(u8::is_ascii_digit) {
            if extension_value(v) {
                push(s, e);
            }
            party = false;
            continue;
        }
        break;
    }
    for &(s, e) in &found[..nf] {
        if !out[base..].iter().any(|x| x.start < e && s < x.end) {
            out.push(Span {
                start: s,
                end: e,
                kind: Kind::Phone,
            });
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parties(line: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let b = line.as_bytes();
        let p = line.find("SMDR: ").map_or(0, |i| i + 6);
        read(b, p, &mut out, 0);
        out.iter().map(|s| &line[s.start..s.end]).collect()
    }

    #[test]
    fn mitel_outgoing_incoming_and_internal_calls() {
        // Outgoing: the station, then the access code and the number.
        assert_eq!(
            parties("MiVB-SMDR: 03/29 02:22 00:29:17 2449 00048227736274  T0024 A KST 4410"),
            ["2449", "0048227736274"]
        );
        assert_eq!(
            parties("MiVB-SMDR: 06/16 20:11 01:55:27 61039 00709302468  T0028 A kst3300"),
            ["61039", "0709302468"]
        );
        // Incoming: the trunk, the caller, the station answering and the
        // one the call was transferred to.
        assert_eq!(
            parties("MiVB-SMDR: 04/19 14:14 01:10:30 T0003 +902128771470  7010 A 61774"),
            ["+902128771470", "7010", "61774"]
        );
        // Station to station.
        assert_eq!(
            parties("MiVB-SMDR: 01/27 02:17 00:15:21 2657  61732  S"),
            ["2657", "61732"]
        );
        // Mitel's fixed columns as the SX-2000 prints them: long-call
        // mark, p.m. start time, attendant flag, time to answer.
        assert_eq!(
            parties("%03/13 11:25P 00:12:03 T201 012 0701740683          A 2201 T 2234 551"),
            ["0701740683", "2201", "2234"]
        );
        assert_eq!(
            parties("-12/01 09:02 00:06:41 2201* 90870123456            A T12"),
            ["2201", "0870123456"]
        );
    }

    #[test]
    fn service_numbers_trunks_and_account_codes_stay() {
        assert_eq!(
            parties("MiVB-SMDR: 02/17 08:03 01:47:06 4429 01177  T0001 E"),
            ["4429"]
        );
        assert_eq!(
            parties("MiVB-SMDR: 06/10 03:00 00:59:08 4406 0112  T0001 E"),
            ["4406"]
        );
        assert_eq!(
            parties("MiVB-SMDR: 02/15 15:50 01:31:00 2595 0020220000  T0001 E"),
            ["2595"]
        );
        assert_eq!(
            parties("MiVB-SMDR: 02/12 10:45 00:58:17 2197 011313  T0001 E"),
            ["2197"]
        );
        // Not SMDR: a date and times of another layout.
        assert!(parties("12/01 09:02 took 00:06:41 user 2201").is_empty());
        assert!(parties("12/01 09:02:11 00:06:41 backup 4410 files").is_empty());
    }
}
