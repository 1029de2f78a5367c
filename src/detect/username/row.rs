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

/// The end of a column of an AAA accounting record that starts at `k`:
/// at most `max` bytes up to `sep`, none of them a `=` or a quote (an
/// attribute pair is no positional column). `None` if it is empty or does
/// not end in `sep`.
fn column_end(b: &[u8], k: usize, sep: u8, max: usize) -> Option<usize> {
    let n = b
        .get(k..)?
        .iter()
        .take(max + 1)
        .take_while(|&&c| c != sep && !matches!(c, b'=' | b'"' | b'\n' | b'\r'))
        .count();
    (n > 0 && n <= max && at(b, k + n) == sep).then_some(k + n)
}

/// The user column of a TACACS+ accounting record as the daemons write it
/// (Cisco's and Shrubbery's tac_plus, tac_plus-ng, Cisco Secure ACS's text
/// log, pam_tacplus' server side): `<NAS address> <user> <port>
/// <remote address> start|stop|update <attribute=value> ...`, tab or space
/// separated (`192.0.2.1\tkberg\ttty2\t192.0.2.7\tstop\ttask_id=5`,
/// `192.0.2.1 kberg tty4 562/4327528 start task_id=28`). The NAS address
/// ends at `ip_end`; the account is the column after it when the fourth
/// column on is the record's type, whatever the port (`tty4`, `ssh`,
/// `/dev/pts/0`, `vty0`) and the remote address (an address, a caller's
/// number, a host) are.
pub(crate) fn tacacs_acct_user(b: &[u8], ip_end: usize) -> Option<(usize, usize)> {
    let sep = at(b, ip_end);
    if !matches!(sep, b'\t' | b' ') {
        return None;
    }
    let s = ip_end + 1;
    let e = name_end(b, s, false)?;
    if e == s || at(b, e) != sep {
        return None;
    }
    let port = column_end(b, e + 1, sep, 32)?;
    let rem = column_end(b, port + 1, sep, 64)?;
    let t = rem + 1;
    const TYPES: [&[u8]; 4] = [b"start", b"stop", b"update", b"watchdog"];
    let typed = TYPES.iter().any(|w| {
        b[t.min(b.len())..].starts_with(w) && matches!(at(b, t + w.len()), 0 | b'\t' | b' ')
    });
    let v = &b[s..e];
    let team = TEAM_ACCOUNTS.iter().any(|w| v.eq_ignore_ascii_case(w));
    let ok = typed
        && !team
        && !v.iter().all(u8::is_ascii_digit)
        && plausible(v)
        && !service_like(v)
        && !USER_OUTCOMES.contains(v)
        && !ip_like(v);
    ok.then_some((s, e))
}

/// Shared logins of network teams and the tools that log in to network
/// devices on their behalf (configuration backup, inventory, automation,
/// monitoring): no one person's account in an AAA record.
const TEAM_ACCOUNTS: [&[u8]; 20] = [
    b"netops",
    b"netadmin",
    b"neteng",
    b"network",
    b"noc",
    b"nocops",
    b"ops",
    b"sysadmin",
    b"admin",
    b"operator",
    b"rancid",
    b"oxidized",
    b"netbox",
    b"nautobot",
    b"ansible",
    b"librenms",
    b"observium",
    b"solarwinds",
    b"enable",
    b"tacacs",
];

/// True if `v` starts like a dotted address (`192.0.2.7`): no login.
fn ip_like(v: &[u8]) -> bool {
    let d = v.iter().take_while(|c| is_digit(**c)).count();
    (1..=3).contains(&d) && at(v, d) == b'.'
}
