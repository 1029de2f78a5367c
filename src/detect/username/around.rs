//! Accounts found by what surrounds them: before an address (`X from
//! <ip>`, openvpn's `X/ip:port`), after a login outcome, and after a
//! domain's backslash (`DOMAIN\X`).

use super::shape::{MAX_LEN, plausible, take, trim, user_byte};
use super::words::USER_OUTCOMES;
use crate::detect::util::{at, intl_alnum_before, is_digit, is_word};

/// True if `name/ip:port` (the name starting at `s`, the address ending at
/// `ip_end`) is openvpn's peer and not Java's `host/ip:port`: openvpn
/// names the line (`openvpn[..]:`, `ovpn-server`), or follows the peer
/// with one of its upper-case tags (`MULTI:`, `PUSH:`, `TLS:`, `SENT`).
fn openvpn_peer(b: &[u8], s: usize, ip_end: usize) -> bool {
    let before = &b[s.saturating_sub(200)..s];
    if before.windows(3).any(|w| w.eq_ignore_ascii_case(b"vpn")) {
        return true;
    }
    let port_end = crate::detect::util::digits_end(b, ip_end + 1);
    if at(b, port_end) != b' ' {
        return false;
    }
    let tag = &b[port_end + 1..];
    let upper = tag.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let n = tag.iter().take_while(|&&c| is_word(c)).count();
    upper >= 3 && matches!(at(tag, n), b':' | b' ')
}

/// An account written right before an address: openvpn's peer
/// `alice/198.51.100.7:51234` (a port follows the address), and dovecot's
/// `pam(alice,198.51.100.7)` and `passwd-file(alice@example.com,...)`.
/// `ip` is where the address starts, `ip_end` where it ends.
pub(crate) fn before_ip(b: &[u8], ip: usize, ip_end: usize) -> Option<(usize, usize)> {
    let sep = *b.get(ip.checked_sub(1)?)?;
    if sep == b'/' && !(at(b, ip_end) == b':' && is_digit(at(b, ip_end + 1))) {
        return None;
    }
    let e = ip - 1;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN {
        if b[s - 1] == b'@' {
            s -= 1;
            continue;
        }
        match intl_alnum_before(b, s) {
            Some(k) => s = k,
            None if b[s - 1] < 0x80 && user_byte(b[s - 1]) && b[s - 1] != b'\\' => s -= 1,
            None => break,
        }
    }
    if sep == b' ' {
        return after_outcome(b, ip);
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    let ok = match sep {
        b'/' => {
            matches!(lead, b' ' | b'[' | b'"' | b'\'' | b'=' | b',' | b'\t')
                && openvpn_peer(b, s, ip_end)
        }
        b',' => lead == b'(' && s >= 2 && (b[s - 2].is_ascii_alphabetic() || b[s - 2] == b'-'),
        _ => false,
    };
    if !ok {
        return None;
    }
    trim(b, s, e)
}

/// `SSL VPN login successful: alice from 192.0.2.7`, `Login failed: alice
/// from ...`: an account between an outcome and its colon and ` from `
/// before the address at `ip`.
fn after_outcome(b: &[u8], ip: usize) -> Option<(usize, usize)> {
    if !b[..ip].ends_with(b" from ") {
        return None;
    }
    let e = ip - 6;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN && b[s - 1] != b' ' {
        s -= 1;
    }
    if s < 3 || b[s - 1] != b' ' || b[s - 2] != b':' {
        return None;
    }
    let oe = s - 2;
    let mut os = oe;
    while os > 0 && b[os - 1].is_ascii_alphabetic() {
        os -= 1;
    }
    let outcome = &b[os..oe];
    let (vs, ve) = if e > s + 2 && b[s] == b'\'' && b[e - 1] == b'\'' {
        (s + 1, e - 1)
    } else {
        (s, e)
    };
    let word = &b[vs..ve];
    (USER_OUTCOMES.contains(outcome)
        && !USER_OUTCOMES.contains(word)
        && word.iter().all(|&c| user_byte(c) || c >= 0x80)
        && plausible(word))
    .then_some((vs, ve))
}

/// The account in `DOMAIN\user` around the backslash at `k`. The domain must
/// be a NetBIOS-style upper-case name, which keeps `C:\path` and escaped
/// text such as `line\nnext` out.
pub(crate) fn after_backslash(b: &[u8], k: usize) -> Option<(usize, usize)> {
    // Samba: `user [CORP]\[alice]`.
    if k > 1 && b[k - 1] == b']' && at(b, k + 1) == b'[' {
        let (s, e, after) = take(b, k + 2)?;
        return (at(b, after) == b']' && s == k + 2).then_some((s, e));
    }
    let mut ds = k;
    while ds > 0
        && k - ds < 16
        && (b[ds - 1].is_ascii_uppercase() || is_digit(b[ds - 1]) || b[ds - 1] == b'-')
    {
        ds -= 1;
    }
    let d = &b[ds..k];
    if d.is_empty() || d.len() > 15 || !d.iter().any(u8::is_ascii_uppercase) {
        return None;
    }
    if ds > 0 && (is_word(b[ds - 1]) || matches!(b[ds - 1], b'\\' | b'/' | b':' | b'.')) {
        return None;
    }
    // `CORP\\jdoe`: JSON and CEF escape the backslash.
    let vs = if at(b, k + 1) == b'\\' { k + 2 } else { k + 1 };
    let (s, e, after) = take(b, vs)?;
    if at(b, after) == b'\\' || b[s..e].contains(&b'\\') || s != vs {
        return None;
    }
    Some((s, e))
}
