//! The user column of an accounting row: a timestamp, the account, then
//! small counters. Print accounting writes its jobs so: PaperCut Print
//! Logger's CSV (`Time,User,Pages,Copies,Printer,Document Name,...`),
//! PaperCut NG/MF's exported print and account logs and other print
//! managers' job logs (date and time, user, pages, copies), and usage
//! exports of VPN and RADIUS accounting (time, user, sessions, minutes).
//! The line itself is the evidence: an ISO or numeric date and a time,
//! one delimiter (`,`, tab or `;`) throughout, a value with a lower-case
//! letter, then two fields of one to six digits.

use super::shape::{name_end, plausible, service_like};
use super::words::USER_OUTCOMES;
use crate::detect::util::{at, is_digit};

/// True if a date ends right before the time at `t` (`2026-05-08 `,
/// `2026-05-08T`, `2026/05/08 `, `08/05/2026 `, `08.05.2026 `).
fn date_before(b: &[u8], t: usize) -> bool {
    if t < 11 || !matches!(b[t - 1], b' ' | b'T') {
        return false;
    }
    let d = &b[t - 11..t - 1];
    let digits = |r: &[usize]| r.iter().all(|&k| is_digit(d[k]));
    let iso = matches!(d[4], b'-' | b'/') && d[7] == d[4] && digits(&[0, 1, 2, 3, 5, 6, 8, 9]);
    let dmy =
        matches!(d[2], b'/' | b'.' | b'-') && d[5] == d[2] && digits(&[0, 1, 3, 4, 6, 7, 8, 9]);
    iso || dmy
}

/// A field of one to six digits at `k` ending in `sep`: where it ends.
fn counter(b: &[u8], k: usize, sep: u8) -> Option<usize> {
    let n = b[k.min(b.len())..]
        .iter()
        .take(7)
        .take_while(|c| is_digit(**c))
        .count();
    ((1..=6).contains(&n) && at(b, k + n) == sep).then_some(k + n)
}

/// The account in the column after the time `b[t..te]` of an accounting
/// row (see the module doc).
pub(crate) fn after_timestamp(b: &[u8], t: usize, te: usize) -> Option<(usize, usize)> {
    let sep = at(b, te);
    if !date_before(b, t) {
        return None;
    }
    let quoted = at(b, te + 1) == b'"';
    let s = te + 1 + usize::from(quoted);
    let e = name_end(b, s, false)?;
    let mut after = e;
    if quoted {
        if at(b, e) != b'"' {
            return None;
        }
        after += 1;
    }
    if at(b, after) != sep || e == s {
        return None;
    }
    let c1 = counter(b, after + 1, sep)?;
    counter(b, c1 + 1, sep)?;
    let v = &b[s..e];
    // Interfaces and lines (`eth0`, `wlan1`, `tty2`) count things too.
    const DEVICES: [&[u8]; 10] = [
        b"eth", b"ens", b"eno", b"enp", b"wlan", b"lo", b"bond", b"vlan", b"tty", b"port",
    ];
    let head = v.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if DEVICES.contains(&&v[..head]) && v[head..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let ok = v.iter().any(u8::is_ascii_lowercase)
        && plausible(v)
        && !service_like(v)
        && !USER_OUTCOMES.contains(v)
        && v.iter().filter(|&&c| c == b'.').count() < 2;
    ok.then_some((s, e))
}
