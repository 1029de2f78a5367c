//! Accounts found by what surrounds them: before an address (`X from
//! <ip>`, openvpn's `X/ip:port`), after a login outcome, and after a
//! domain's backslash (`DOMAIN\X`).

use super::shape::{
    MAX_LEN, hostname_like, ip_at, name_end, plausible, service_like, take, trim, user_byte,
};
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
    if sep == b'"' {
        return pg_csvlog_user(b, ip, ip_end);
    }
    if sep == b',' && matches!(at(b, ip_end), b',' | b':') {
        if let Some(r) = server_audit_user(b, ip, ip_end) {
            return Some(r);
        }
    }
    if sep == b'<' {
        return dropbear_exit(b, ip - 1);
    }
    // ocserv's `main[kberg]:192.0.2.7:50123 user logged in` and
    // `worker[kberg]: 192.0.2.7 assigned IPv4 address ...`.
    if sep == b':' && at(b, ip.wrapping_sub(2)) == b']' {
        return tag_login(b, ip - 2);
    }
    if sep == b' ' && ip >= 3 && &b[ip - 3..ip - 1] == b"]:" {
        if let Some(r) = tag_login(b, ip - 3) {
            return Some(r);
        }
    }
    if matches!(sep, b' ' | b'\'') {
        if let Some(r) = remote_ip_login(b, ip) {
            return Some(r);
        }
    }
    if sep == b' ' && at(b, ip.wrapping_sub(2)) == b',' {
        if let Some(r) = verdict_user_mac_ip(b, ip) {
            return Some(r);
        }
    }
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

/// True if `b[m..m_end]` is a MAC address written in hex pairs with `:` or
/// `-` (`b8:27:eb:00:11:22`) or in Cisco's dotted quads (`b827.eb00.1122`).
fn mac_between(b: &[u8], m: usize, m_end: usize) -> bool {
    let v = &b[m..m_end];
    match v.len() {
        17 => {
            let sep = v[2];
            matches!(sep, b':' | b'-')
                && v.iter().enumerate().all(|(k, &c)| {
                    if k % 3 == 2 {
                        c == sep
                    } else {
                        c.is_ascii_hexdigit()
                    }
                })
        }
        14 => v.iter().enumerate().all(|(k, &c)| {
            if k % 5 == 4 {
                c == b'.'
            } else {
                c.is_ascii_hexdigit()
            }
        }),
        _ => false,
    }
}

/// The account of a captive portal's verdict, `<VERDICT>: <login>, <MAC>,
/// <IP>`, as pfSense's and OPNsense's legacy portal (`logportalauth`:
/// `Zone: guests - ACCEPT: kberg, 00:11:22:33:44:55, 192.0.2.7`,
/// `FAILURE:`, `LOGIN:`, `DISCONNECT:`, `LOGOUT:`, `CONCURRENT LOGIN -
/// TERMINATING OLD SESSION:`) and the m0n0wall family write it: the
/// client's login, its MAC and its address, after an upper-case verdict
/// and its colon. `ip` is where the address starts, `, ` before it.
fn verdict_user_mac_ip(b: &[u8], ip: usize) -> Option<(usize, usize)> {
    let m_end = ip.checked_sub(2)?;
    let m = [17usize, 14]
        .into_iter()
        .filter_map(|n| m_end.checked_sub(n))
        .find(|&m| mac_between(b, m, m_end))?;
    if m < 4 || &b[m - 2..m] != b", " {
        return None;
    }
    let e = m - 2;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN && !matches!(b[s - 1], b' ' | b',' | b'\t' | b'"') {
        s -= 1;
    }
    if s < 4 || b[s - 1] != b' ' || b[s - 2] != b':' {
        return None;
    }
    let verdict = b[..s - 2]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let v = &b[s..e];
    let ok = verdict >= 4 && s < e && !ip_at(b, s) && !mac_between(b, s, e) && plausible(v);
    ok.then_some((s, e))
}

/// Dropbear's end of an authenticated session, `Exit (kberg) from
/// <192.0.2.7:52209>: Disconnect received` (svr-session.c writes the
/// account between the parentheses once authentication is done), as
/// routers, access points and other embedded systems log it. `lt` is the
/// `<` before the address.
fn dropbear_exit(b: &[u8], lt: usize) -> Option<(usize, usize)> {
    let head = b.get(..lt)?.strip_suffix(b") from ")?;
    let e = head.len();
    let open = head.iter().rev().take(65).position(|&c| c == b'(')?;
    let s = e - open;
    if !b[..s - 1].ends_with(b"Exit ") {
        return None;
    }
    let v = &b[s..e];
    let ok = !v.is_empty()
        && v.iter().all(|&c| user_byte(c) || c >= 0x80)
        && plausible(v)
        && !service_like(v);
    ok.then_some((s, e))
}

/// Nextcloud's and ownCloud's failed login, `Login failed: kberg (Remote
/// IP: 192.0.2.7)` (ownCloud quotes both: `'kberg' (Remote IP:
/// '192.0.2.7')`), as their audit log and fail2ban read it: the word
/// between `failed: ` and `(Remote IP:`. `ip` is where the address starts.
fn remote_ip_login(b: &[u8], ip: usize) -> Option<(usize, usize)> {
    let head = &b[..ip];
    let head = head.strip_suffix(b"'").unwrap_or(head);
    let head = head.strip_suffix(b" (Remote IP: ")?;
    let (mut s, mut e) = (head.len(), head.len());
    if e > 0 && b[e - 1] == b'\'' {
        e -= 1;
        s = e;
    }
    while s > 0 && e - s <= 64 && (user_byte(b[s - 1]) || b[s - 1] >= 0x80) {
        s -= 1;
    }
    let quoted = e < head.len();
    if quoted {
        if s == 0 || b[s - 1] != b'\'' {
            return None;
        }
        s -= 1;
    }
    let lead = &b[..s];
    if !(lead.ends_with(b"failed: ") || lead.ends_with(b"Failed: ")) {
        return None;
    }
    let s = s + usize::from(quoted);
    let v = &b[s..e];
    (!v.is_empty() && plausible(v)).then_some((s, e))
}

/// The login written as the display name of a mailbox, `kberg
/// <karin.berg@example.se>`, as Gitea, Gogs and GitLab announce a new
/// account (`New user registered: kberg <...>`) and git, Gerrit and
/// Jenkins write an author: one word right before ` <`, written as a
/// login (no capital first letter: a capitalised word is a name's, for
/// the name detector), that shares a run of at least four letters with
/// the mailbox's local part (`b[local..at]`), so a word of the sentence
/// (`from <...>`, `to <...>`) is not taken. A role mailbox's own name
/// (`postmaster <postmaster@...>`) names no one.
pub(crate) fn before_mailbox(b: &[u8], local: usize, at_sign: usize) -> Option<(usize, usize)> {
    if local < 3 || b[local - 2] != b' ' {
        return None;
    }
    let e = local - 2;
    let mut s = e;
    while s > 0 && e - s <= 64 && user_byte(b[s - 1]) && b[s - 1] != b'@' {
        s -= 1;
    }
    if s == e || (s > 0 && !matches!(b[s - 1], b' ' | b'\t' | b'"' | b'\'' | b'(' | b'[')) {
        return None;
    }
    let v = &b[s..e];
    let mailbox = &b[local..at_sign];
    let shares = v.windows(4).any(|w| {
        w.iter().all(u8::is_ascii_alphabetic)
            && mailbox.windows(4).any(|m| m.eq_ignore_ascii_case(w))
    });
    // Gitea's `New user registered: u194824 <a.b@example.se>`, `User
    // created: kberg <...>`: an account event names the login before its
    // mailbox, whatever the two spell.
    let event = || {
        let head = &b[s.saturating_sub(40)..s];
        let said = [
            &b"registered: "[..],
            b"created: ",
            b"added: ",
            b"invited: ",
            b"deleted: ",
            b"removed: ",
            b"updated: ",
        ]
        .iter()
        .any(|w| head.ends_with(w));
        said && (head.windows(4).any(|w| w.eq_ignore_ascii_case(b"user"))
            || head.windows(7).any(|w| w.eq_ignore_ascii_case(b"account")))
    };
    let ok = (shares || event())
        && !v[0].is_ascii_uppercase()
        && v[0].is_ascii_alphabetic()
        && plausible(v)
        && !hostname_like(v)
        && !matches!(
            v,
            b"noreply" | b"no-reply" | b"support" | b"info" | b"helpdesk"
        );
    ok.then_some((s, e))
}

/// The end of a run of ASCII digits from `k`, if there is at least one.
fn digit_run(b: &[u8], k: usize) -> Option<usize> {
    let e = crate::detect::util::digits_end(b, k);
    (e > k).then_some(e)
}

/// The user column of a database audit row written as the MariaDB and
/// MySQL server_audit plugin documents it, `[timestamp,]serverhost,
/// username,host,connectionid,queryid,operation,database,object,retcode`
/// (MariaDB, Percona and Amazon RDS / Aurora MySQL write the same row; in
/// syslog without the timestamp): the column right before the client's
/// address at `ip`, when the address is followed by the two numeric ids
/// and an upper-case operation (`CONNECT`, `QUERY`, `FAILED_CONNECT`,
/// `QUERY_DDL`, ...); MariaDB 12 adds the port (`host:port`). The
/// server host stands before the user.
fn server_audit_user(b: &[u8], ip: usize, ip_end: usize) -> Option<(usize, usize)> {
    // MariaDB 12 writes the client's port too: `host:port`.
    let mut k = ip_end;
    if at(b, k) == b':' {
        k = digit_run(b, k + 1)?;
    }
    if at(b, k) != b',' {
        return None;
    }
    let k = digit_run(b, k + 1)?;
    if at(b, k) != b',' {
        return None;
    }
    let k = digit_run(b, k + 1)?;
    if at(b, k) != b',' {
        return None;
    }
    let op = &b[k + 1..];
    let n = op
        .iter()
        .take(24)
        .take_while(|&&c| c.is_ascii_uppercase() || c == b'_')
        .count();
    if !(4..24).contains(&n) || at(op, n) != b',' {
        return None;
    }
    let e = ip - 1;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN && !matches!(b[s - 1], b',' | b' ' | b'\t') {
        s -= 1;
    }
    // The server host's column before the user's.
    if s < 2 || b[s - 1] != b',' || matches!(b[s - 2], b',' | b' ') {
        return None;
    }
    let v = &b[s..e];
    (!v.is_empty() && plausible(v) && !service_like(v)).then_some((s, e))
}

/// The user column of PostgreSQL's csvlog (`log_destination = csvlog`,
/// also Amazon RDS / Aurora PostgreSQL and Cloud SQL exports): `log_time,
/// "user_name","database_name",process_id,"connection_from",...`, the
/// client's address quoted at `ip` (with its port after a colon), the
/// process id, the database and the user before it, each quoted.
fn pg_csvlog_user(b: &[u8], ip: usize, ip_end: usize) -> Option<(usize, usize)> {
    if ip < 8 || b[ip - 2] != b',' {
        return None;
    }
    let end_ok = match at(b, ip_end) {
        b'"' => true,
        b':' => {
            let k = digit_run(b, ip_end + 1)?;
            at(b, k) == b'"'
        }
        _ => false,
    };
    if !end_ok {
        return None;
    }
    // `,12345,"` : the process id.
    let mut k = ip - 2;
    let pid_end = k;
    while k > 0 && is_digit(b[k - 1]) {
        k -= 1;
    }
    if k == pid_end || k < 2 || b[k - 1] != b',' || b[k - 2] != b'"' {
        return None;
    }
    // `"database",`
    let mut d = k - 2;
    while d > 0 && b[d - 1] != b'"' && k - d < 128 {
        d -= 1;
    }
    if d < 3 || b[d - 1] != b'"' || b[d - 2] != b',' || b[d - 3] != b'"' {
        return None;
    }
    // `"user",`
    let ue = d - 3;
    let mut us = ue;
    while us > 0 && b[us - 1] != b'"' && ue - us <= MAX_LEN {
        us -= 1;
    }
    if us < 2 || b[us - 1] != b'"' || b[us - 2] != b',' {
        return None;
    }
    let v = &b[us..ue];
    (!v.is_empty() && plausible(v) && !service_like(v) && !v.contains(&b' ')).then_some((us, ue))
}

/// The identity of an IKE peer given a virtual address, quoted after the
/// address that ends at `ip_end`, as strongSwan's charon writes it
/// (`assigning virtual IP 10.3.0.1 to peer 'kberg'`): an EAP or XAuth
/// login. A peer named by a host, an address or a certificate's
/// distinguished name (`'vpn.example.se'`, `'C=SE, O=Org, CN=gw'`) is no
/// one's account; an e-mail identity is the e-mail detector's. Read after
/// an address, not at the word `peer`, which would put every `port` and
/// `path` of a line through the keyword table.
pub(crate) fn ike_peer_after_ip(b: &[u8], ip_end: usize) -> Option<(usize, usize)> {
    const LEAD: &[u8] = b" to peer '";
    if !b[ip_end..].starts_with(LEAD) {
        return None;
    }
    let (s, e, _) = take(b, ip_end + LEAD.len() - 1)?;
    let v = &b[s..e];
    let ok = !v.contains(&b' ')
        && !v.contains(&b'=')
        && !v.contains(&b'@')
        && !v.contains(&b':')
        && !v.starts_with(b"%")
        && !hostname_like(v)
        && !v.iter().all(|c| c.is_ascii_digit() || *c == b'.')
        && plausible(v)
        && !service_like(v);
    ok.then_some((s, e))
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
    // `NT AUTHORITY\NETWORK SERVICE`: Windows' own principals are no one's.
    if crate::detect::bound::windows_authority(&b[..k]) {
        return None;
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
        return lower_domain_field(b, k);
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

/// True if `c` separates the fields of a CSV, pipe or tab separated row.
fn field_sep(c: u8) -> bool {
    matches!(c, b',' | b'|' | b';' | b'\t')
}

/// `domain\user` with a lower-case domain, as PAN-OS writes the source
/// and destination user columns of its CSV (`...,vsys1,corp\mward,...`)
/// and Windows agents write a down-level logon name in a CSV or pipe row.
/// Without the NetBIOS capitals the pair is taken only as a whole field:
/// a field separator (or the start) before the domain, one after the
/// account, and an account of lower-case letters, digits, `.`, `_`, `-`.
/// This keeps escaped text (`line\nnext`), paths (`dir\sub\file`) and
/// print queues (`srv-print01\Plan3-Farg`) out.
fn lower_domain_field(b: &[u8], k: usize) -> Option<(usize, usize)> {
    let mut ds = k;
    while ds > 0
        && k - ds < 16
        && (b[ds - 1].is_ascii_lowercase() || is_digit(b[ds - 1]) || b[ds - 1] == b'-')
    {
        ds -= 1;
    }
    if k - ds < 2 || !b[ds].is_ascii_lowercase() || (ds > 0 && !field_sep(b[ds - 1])) {
        return None;
    }
    let vs = if at(b, k + 1) == b'\\' { k + 2 } else { k + 1 };
    if !at(b, vs).is_ascii_lowercase() {
        return None;
    }
    let mut e = vs;
    while e < b.len()
        && e - vs <= MAX_LEN
        && (b[e].is_ascii_lowercase()
            || is_digit(b[e])
            || matches!(b[e], b'.' | b'_' | b'-' | b'\''))
    {
        e += 1;
    }
    if (e < b.len() && !field_sep(b[e])) || service_like(&b[vs..e]) {
        return None;
    }
    trim(b, vs, e)
}

/// An account in a fixed position right after the address `b[ip..ip_end]`:
/// strongSwan's remote identity after its `...` (`192.0.2.1[gw]...
/// 198.51.100.7[alice]`, an EAP identity; a host name, an address or a
/// distinguished name there is no account), and openvpn's common name
/// after `ip:port` (`198.51.100.7:51000 [alice] Peer Connection
/// Initiated`).
pub(crate) fn after_ip(b: &[u8], ip: usize, ip_end: usize) -> Option<(usize, usize)> {
    let s = if at(b, ip_end) == b'[' && ip >= 3 && &b[ip - 2..ip] == b".." {
        ip_end + 1
    } else if at(b, ip_end) == b':' && is_digit(at(b, ip_end + 1)) {
        let p = crate::detect::util::digits_end(b, ip_end + 1);
        if !b[p..].starts_with(b" [") {
            return None;
        }
        let e = b[p + 2..].iter().take(MAX_LEN).position(|&c| c == b']')? + p + 2;
        if !b[e..].starts_with(b"] Peer Connection") {
            return None;
        }
        p + 2
    } else {
        return None;
    };
    let e = name_end(b, s, false)?;
    let v = &b[s..e];
    // A host name has two dots or a known top-level domain; a 2-letter
    // tail (`jonas.ek`) is as often a surname's first letters here.
    let dots = v.iter().filter(|&&c| c == b'.').count();
    let tld = v
        .iter()
        .rposition(|&c| c == b'.')
        .map_or(0, |d| v.len() - d - 1);
    let host = dots >= 2 || (hostname_like(v) && tld != 2);
    let ok = at(b, e) == b']' && !v.is_empty() && !host && !ip_at(b, s) && plausible(v);
    ok.then_some((s, e))
}

/// MikroTik's hotspot `alice (192.0.2.7): logged in`, `alice (192.0.2.7):
/// login failed`: the account before the parenthesised address at `ip`.
pub(crate) fn before_paren_ip(b: &[u8], ip: usize, ip_end: usize) -> Option<(usize, usize)> {
    if ip < 3 || &b[ip - 2..ip] != b" (" {
        return None;
    }
    let rest = &b[ip_end..];
    if !(rest.starts_with(b"): logged")
        || rest.starts_with(b"): login")
        || rest.starts_with(b"): trying"))
    {
        return None;
    }
    let e = ip - 2;
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN {
        match intl_alnum_before(b, s) {
            Some(k) => s = k,
            None if b[s - 1] < 0x80 && user_byte(b[s - 1]) && b[s - 1] != b'\\' => s -= 1,
            None => break,
        }
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    (lead == b' ' && s < e && plausible(&b[s..e])).then_some((s, e))
}

/// Dovecot's session prefix `imap(alice)<4711><...>:`, `pop3(alice):`,
/// `lmtp(alice)<...>:`: the account in the parentheses opening at `k`.
pub(crate) fn dovecot_user(b: &[u8], k: usize) -> Option<(usize, usize)> {
    const SERVICES: [&[u8]; 6] = [
        b"imap",
        b"pop3",
        b"lmtp",
        b"submission",
        b"managesieve",
        b"doveadm",
    ];
    let svc = SERVICES.iter().find(|w| b[..k].ends_with(w))?;
    let st = k - svc.len();
    if st > 0 && !matches!(b[st - 1], b' ' | b':') {
        return None;
    }
    let s = k + 1;
    let e = name_end(b, s, false)?;
    let ok = at(b, e) == b')' && matches!(at(b, e + 1), b'<' | b':') && plausible(&b[s..e]);
    ok.then_some((s, e))
}

/// An account at an address, the `@` at `a`: `(alice@192.0.2.7)`
/// (Pure-FTPd's session prefix), `ssh alice@10.0.0.5` in a command line,
/// `alice@[2001:db8::7]`, and MySQL's `'alice'@'10.0.0.5'`,
/// `'alice'@'localhost'` and `'alice'@'%'`. A mailbox has a domain and is
/// the e-mail detector's; a package's `name@1.2.3` has no address.
pub(crate) fn before_at_ip(b: &[u8], a: usize) -> Option<(usize, usize)> {
    let quoted = a >= 1 && b[a - 1] == b'\'' && at(b, a + 1) == b'\'';
    let h = if quoted { a + 2 } else { a + 1 };
    let h = if at(b, h) == b'[' { h + 1 } else { h };
    let host =
        ip_at(b, h) || (quoted && (b[h..].starts_with(b"localhost'") || b[h..].starts_with(b"%'")));
    if !host {
        return None;
    }
    let e = if quoted { a - 1 } else { a };
    let mut s = e;
    while s > 0 && e - s <= MAX_LEN {
        match intl_alnum_before(b, s) {
            Some(k) => s = k,
            None if b[s - 1] < 0x80 && user_byte(b[s - 1]) && !matches!(b[s - 1], b'@' | b'\\') => {
                s -= 1
            }
            None => break,
        }
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    let lead_ok = if quoted {
        lead == b'\''
    } else {
        matches!(lead, b' ' | b'(' | b'[' | b'"' | b'=' | b',' | b'<' | b'\t')
    };
    // A SIP Call-ID (`x6p7ef2h6CM9DDv5tgGU@10.87.94.7`) is random letters
    // of both cases and digits, or follows its key.
    let v = &b[s..e];
    let random = v.iter().any(u8::is_ascii_uppercase)
        && v.iter().any(u8::is_ascii_lowercase)
        && v.iter().any(u8::is_ascii_digit);
    // Nor are the other Call-ID shapes: a run of seven digits or more
    // (`SSE142454116044@192.168.14.75`, Webex's), or hex with a digit
    // (`a84b4c76e66710@10.0.0.1`): logins carry at most a short number.
    let mut run = 0;
    let long_number = v.iter().any(|c| {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        run >= 7
    });
    let hex =
        v.len() >= 8 && v.iter().all(u8::is_ascii_hexdigit) && v.iter().any(u8::is_ascii_digit);
    let ok = s < e
        && e - s <= 64
        && lead_ok
        && !random
        && !long_number
        && !hex
        && plausible(v)
        && !crate::detect::email::id_before(b, s);
    ok.then_some((s, e))
}

/// An account at a machine, the `@` at `a`, as ssh, scp, rsync, Ansible
/// and shell prompts write it: `scp kberg@bastion01:/tmp/x`, `kberg@web01
/// | SUCCESS`, `[anna.ek@build-02 ~]$`. The host is one label (no dot,
/// so no mail domain) named like a machine, with a digit, and is followed
/// by `:`, a space, `|`, `]`, `)`, a quote or the end. Queues, hunt
/// groups and conference rooms at a PBX context (`support@default`,
/// `conf_3000@pbx`) have no such host or say what they are.
pub(crate) fn before_at_host(b: &[u8], a: usize) -> Option<(usize, usize)> {
    let h = a + 1;
    let mut he = h;
    while he < b.len() && he - h <= 63 && (b[he].is_ascii_alphanumeric() || b[he] == b'-') {
        he += 1;
    }
    let host = &b[h..he];
    let machine = host.len() >= 3
        && host[0].is_ascii_alphabetic()
        && host.iter().any(u8::is_ascii_digit)
        // Not a hex id (`a84b4c76e66710`), a Call-ID's host half.
        && !(host.len() >= 8 && host.iter().all(|c| c.is_ascii_hexdigit() || *c == b'-'));
    if !machine
        || !matches!(
            at(b, he),
            0 | b':' | b' ' | b'|' | b']' | b')' | b'\'' | b'"' | b'\t'
        )
    {
        return None;
    }
    let e = a;
    let mut s = e;
    while s > 0 && e - s <= 64 && b[s - 1] < 0x80 && user_byte(b[s - 1]) && b[s - 1] != b'@' {
        s -= 1;
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    if !matches!(
        lead,
        b' ' | b'(' | b'[' | b'"' | b'\'' | b'=' | b',' | b'<' | b'\t'
    ) {
        return None;
    }
    let v = &b[s..e];
    const NOT_PEOPLE: [&[u8]; 8] = [
        b"queue",
        b"conf",
        b"fifo",
        b"hunt",
        b"ivr",
        b"voicemail",
        b"group",
        b"pickup",
    ];
    let lower = |w: &[u8]| v.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    let ok = !v.is_empty()
        && v[0].is_ascii_alphabetic()
        && plausible(v)
        && !service_like(v)
        && !NOT_PEOPLE.iter().any(|w| lower(w));
    ok.then_some((s, e))
}

/// Severity words of PostgreSQL's log lines (`LOG:`, `ERROR:`, `FATAL:`).
const PG_LEVELS: [&[u8]; 12] = [
    b"LOG",
    b"ERROR",
    b"FATAL",
    b"PANIC",
    b"WARNING",
    b"NOTICE",
    b"INFO",
    b"DEBUG",
    b"STATEMENT",
    b"DETAIL",
    b"HINT",
    b"CONTEXT",
];

/// The account of a database session as PostgreSQL's `log_line_prefix`
/// writes it with `%u@%d` (`[4711] alice@payroll LOG:  duration: ...`,
/// `k.berg@hr_db ERROR:  permission denied`), and as pgBouncer and
/// Greenplum copy it: the `@` at `a`, a database name, a space and a
/// severity word with its colon. A mailbox has a dotted domain and no
/// severity after it.
pub(crate) fn before_at_db(b: &[u8], a: usize) -> Option<(usize, usize)> {
    let mut de = a + 1;
    while de < b.len()
        && de - a <= 64
        && (b[de].is_ascii_alphanumeric() || matches!(b[de], b'_' | b'-'))
    {
        de += 1;
    }
    if de == a + 1 || at(b, de) != b' ' {
        return None;
    }
    let rest = &b[de + 1..];
    let w = rest
        .iter()
        .take_while(|c| c.is_ascii_uppercase() || is_digit(**c))
        .count();
    let level = &rest[..w];
    let base = level
        .strip_suffix(b"1")
        .or(level.strip_suffix(b"2"))
        .or(level.strip_suffix(b"3"))
        .or(level.strip_suffix(b"4"))
        .or(level.strip_suffix(b"5"))
        .unwrap_or(level);
    if at(rest, w) != b':' || !PG_LEVELS.contains(&base) {
        return None;
    }
    let mut s = a;
    while s > 0
        && a - s <= MAX_LEN
        && (user_byte(b[s - 1]) || b[s - 1] == b'\'' || b[s - 1] >= 0x80)
    {
        s -= 1;
    }
    // `ocpp-gateway@claims LOG:`: an application's role, not a person's.
    if (s > 0 && !matches!(b[s - 1], b' ' | b'[' | b'(' | b':'))
        || service_like(&b[s..a])
        || super::shape::function_account(&b[s..a])
    {
        return None;
    }
    trim(b, s, a)
}

/// A person's name followed by the account in brackets, as directories,
/// ticket systems and audit trails write a user (`Katarzyna Grabowski
/// (katarzyna.grabowski)`, `Anna Ek (aek42)`, `Lars Berg (berglar)`): the
/// name spans `b[ns..ne]`. The account is lower-case and shaped like one
/// (`first.last`, letters and digits) or holds four letters of one of the
/// name's words, which keeps `(external)`, `(admin)` and `(sv)` out.
pub(crate) fn after_name(b: &[u8], ns: usize, ne: usize) -> Option<(usize, usize)> {
    // `Jiménez Domínguez, Íñigo (inigo.jimenezdominguez)`: the name written
    // surname first, its given name after the comma (Check Point's
    // `src_user_name`, directories sorted by surname).
    let mut ne = ne;
    if b[ne..].starts_with(b", ") {
        let g = ne + 2;
        let f = at(b, g);
        if f.is_ascii_uppercase() || f >= 0xC3 {
            let mut k = g;
            while k < b.len()
                && k - g < 40
                && (b[k].is_ascii_alphabetic() || b[k] >= 0x80 || b[k] == b'-')
            {
                k += 1;
            }
            if k > g && b[k..].starts_with(b" (") {
                ne = k;
            }
        }
    }
    if !b[ne..].starts_with(b" (") {
        return None;
    }
    let s = ne + 2;
    let mut e = s;
    while e < b.len() && e - s <= 64 && (user_byte(b[e]) || b[e] >= 0x80) && b[e] != b'\\' {
        e += 1;
    }
    // A lower-case first letter, of any Latin alphabet (`şêxmûrê`).
    let lower_first = b[s].is_ascii_lowercase()
        || (b[s] >= 0x80
            && std::str::from_utf8(&b[s..e])
                .ok()
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_lowercase));
    if at(b, e) != b')' || e == s || !lower_first {
        return None;
    }
    let v = &b[s..e];
    if v.iter().any(u8::is_ascii_uppercase) || !plausible(v) || service_like(v) {
        return None;
    }
    let shaped = super::shape::handle_shaped(v) || super::keyword::account_digits(v);
    // Four letters of one of the name's words, compared without their
    // diacritics (`Sepúlveda (sepulit)`, `Şêxmûs (şêxmûrê)`).
    let from_name = b[ns..ne]
        .split(|&c| c == b' ' || c == b'-')
        .filter(|w| w.len() >= 4 && w.iter().all(u8::is_ascii_alphabetic))
        .any(|w| {
            let w = &w[..4];
            v.windows(4).any(|x| x.eq_ignore_ascii_case(w))
        })
        || (!(v.is_ascii() && b[ns..ne].is_ascii()) && {
            b[ns..ne]
                .split(|&c| matches!(c, b' ' | b'-' | b','))
                .map(folded)
                .filter(|(_, n)| *n >= 4)
                .any(|(w, _)| {
                    v.split(|c| !(c.is_ascii_alphabetic() || *c >= 0x80))
                        .map(folded)
                        .any(|(p, n)| p[..n].windows(4).any(|x| x == &w[..4]))
                })
        });
    (shaped || from_name || built_from_name(&b[ns..ne], v)).then_some((s, e))
}

/// The letters of a name's word folded to ASCII lower case (`Sjöberg` ->
/// `sjoberg`, `Çelik` -> `celik`), at most 24; letters of other scripts
/// end the word.
fn folded(w: &[u8]) -> ([u8; 24], usize) {
    let mut out = [0u8; 24];
    let mut n = 0;
    let Ok(t) = std::str::from_utf8(w) else {
        return (out, 0);
    };
    for ch in t.chars() {
        let c = match ch {
            'a'..='z' | 'A'..='Z' => ch.to_ascii_lowercase(),
            'à'..='å' | 'À'..='Å' | 'ą' | 'Ą' => 'a',
            'è'..='ë' | 'È'..='Ë' | 'ę' | 'Ę' => 'e',
            'ì'..='ï' | 'Ì'..='Ï' | 'İ' | 'ı' => 'i',
            'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' => 'o',
            'ù'..='ü' | 'Ù'..='Ü' => 'u',
            'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => 'c',
            'ñ' | 'Ñ' | 'ń' | 'Ń' => 'n',
            'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' => 's',
            'ł' | 'Ł' => 'l',
            'ż' | 'Ż' | 'ź' | 'Ź' | 'ž' | 'Ž' => 'z',
            'ý' | 'Ý' => 'y',
            'ğ' | 'Ğ' => 'g',
            _ => break,
        };
        if n == out.len() {
            break;
        }
        out[n] = c as u8;
        n += 1;
    }
    (out, n)
}

/// True if the login `v` is built the way directories build one from its
/// holder's name: the start of one word of the name, then the start of
/// another, then digits if any (`Ingegerd Sjöberg (sjoing)`, `Anna Grahn
/// (agrahn)`, `John Smith (smithj2)`, `Karin Berg (karber)`, `Lê Quang
/// (qle)`), with at least three letters in all.
fn built_from_name(name: &[u8], v: &[u8]) -> bool {
    let letters = v.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if !(3..=20).contains(&letters) || !v[letters..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let v = &v[..letters];
    let mut words = [([0u8; 24], 0usize); 4];
    let mut n = 0;
    for w in name
        .split(|&c| c == b' ' || c == b'-')
        .filter(|w| !w.is_empty())
    {
        if n == words.len() {
            break;
        }
        words[n] = folded(w);
        n += 1;
    }
    let words = &words[..n];
    words.iter().enumerate().any(|(x, (a, al))| {
        let a = &a[..*al];
        (1..=a.len().min(letters - 1)).any(|k| {
            v[..k] == a[..k]
                && words.iter().enumerate().any(|(y, (c, cl))| {
                    let rest = &v[k..];
                    y != x && *cl >= rest.len() && c[..rest.len()] == *rest
                })
        })
    })
}

/// Interfaces, lines and threads that stand in a component's brackets
/// (`dhcp[eth0]`, `pppd[ppp0]`, `pool[worker-3]`): no account.
const NOT_TAG_LOGINS: [&[u8]; 20] = [
    b"eth", b"wlan", b"ppp", b"tun", b"tap", b"lo", b"br", b"bond", b"vlan", b"ens", b"enp",
    b"eno", b"wg", b"vti", b"ipsec", b"worker", b"thread", b"pool", b"conn", b"client",
];

/// The account in the brackets of a daemon's component tag right before
/// an address, `close` being the `]`: ocserv writes each line of a session
/// as `main[kberg]:192.0.2.7:50123 ...` and `worker[kberg]: 192.0.2.7
/// ...`; other VPN and access servers tag a session's lines the same way.
/// The component is one word starting the message or a phrase; the
/// bracket holds a login, not a process id, a thread or an interface.
fn tag_login(b: &[u8], close: usize) -> Option<(usize, usize)> {
    let lim = close.saturating_sub(MAX_LEN + 1);
    let open = lim + memchr::memrchr(b'[', &b[lim..close])?;
    let (s, e) = (open + 1, close);
    let mut t = open;
    while t > 0 && (b[t - 1].is_ascii_alphanumeric() || matches!(b[t - 1], b'-' | b'_')) {
        t -= 1;
    }
    let comp = &b[t..open];
    let v = &b[s..e];
    let stem = v.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let rest_digits = v[stem..]
        .iter()
        .all(|&c| c.is_ascii_digit() || matches!(c, b'-' | b'.'));
    let device = rest_digits
        && NOT_TAG_LOGINS
            .iter()
            .any(|w| v[..stem].eq_ignore_ascii_case(w));
    let ok = (2..=16).contains(&comp.len())
        && comp[0].is_ascii_alphabetic()
        && (t == 0 || b[t - 1] == b' ')
        && (2..=MAX_LEN).contains(&v.len())
        && v.iter().all(|&c| user_byte(c) || c >= 0x80)
        && v.iter().any(|c| c.is_ascii_alphabetic())
        && !device
        && !super::shape::function_account(v)
        && plausible(v)
        && !service_like(v)
        && (!hostname_like(v) || super::shape::handle_shaped(v))
        && !super::keyword::cue(v);
    ok.then_some((s, e))
}
