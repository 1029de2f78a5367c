//! Accounts that no key and no cue word name, found by their COLUMN in a
//! log layout that the product documents: the value's position is the
//! evidence, checked against the shapes of the columns around it (dates,
//! addresses, ports, methods), so that a random line of words is never
//! read as one of these layouts.
//!
//! Layouts read (each from its vendor's documented default field order):
//!
//! - W3C extended logs of IIS with the documented default field set
//!   (`date time s-ip cs-method cs-uri-stem cs-uri-query s-port
//!   cs-username c-ip ...`, IIS 7 and later, Exchange OWA/EAS), with
//!   `s-sitename` and/or `s-computername` before `s-ip` (IIS 6), the IIS
//!   FTP service's default (`date time c-ip cs-username s-ip s-port
//!   cs-method ...`) and Blue Coat ProxySG's `main` format (`date time
//!   time-taken c-ip cs-username cs-auth-group x-exception-id
//!   sc-filter-result ...`): the `cs-username` column.
//! - The common log format and its descendants (Apache `%h %l %u %t`,
//!   nginx `$remote_user`, Tomcat, Jetty, Squid's and ProFTPD's common
//!   formats) whatever the client column holds, and McAfee/Skyhigh Web
//!   Gateway's default (`[time] "user" client status "request" ...`).
//! - Squid's native access log (`time elapsed remotehost code/status
//!   bytes method URL rfc931 peerstatus/peerhost type`): `rfc931`.
//! - Zeek (Bro) TSV logs (`ts uid id.orig_h id.orig_p id.resp_h id.resp_p
//!   ...`): http.log `username` (after `tags`), ntlm.log `username`,
//!   ftp.log `user`, rdp.log `cookie`, radius.log `username`, socks.log
//!   `user`. (kerberos.log's `client` is `user/REALM`, read elsewhere.)
//! - PAN-OS syslog CSV (`FUTURE_USE, Receive Time, Serial Number, Type,
//!   ...`): TRAFFIC, THREAT, DECRYPTION and TUNNEL `Source User` and
//!   `Destination User`; GLOBALPROTECT `Source User`; USERID and AUTH
//!   `User` (and AUTH's `Normalize User`); HIP-MATCH `Source User`; CONFIG
//!   `Admin`.
//! - Windows NPS (IAS) accounting logs in IAS and database-compatible
//!   formats: `User-Name` (and the canonical name's last part).
//! - Samba `vfs_full_audit` records with the default prefix `%u|%I`.
//! - xferlog(5) (wu-ftpd, ProFTPD, vsftpd, Pure-FTPd): `username` and
//!   `authenticated-user-id`.
//! - CUPS's page log (`printer user job-id [time] page copies ...`,
//!   Linux and macOS): `user`.
//!
//! A message that starts as a Mitel SMDR call record (`mm/dd hh:mm
//! hh:mm:ss`) is handed to `phone::smdr`, which reads its parties' numbers
//! by their columns.
//!
//! A `#Fields:`/`#fields` header seen earlier in the input is NOT used:
//! records are independent (Kafka mode, any `--threads` count must give
//! the same output), so only a record's own shape is evidence. A layout
//! that a header reorders is left to the other detectors.
//!
//! Cost: a record shorter than [`MIN_LEN`] is not looked at; otherwise
//! the first bytes of the message (at the start of the text, or after a
//! syslog tag or header it still carries) and its first word choose at
//! most one layout to check, and the last two bytes gate xferlog. Only a
//! first word with a `.` or `:` (a client address) costs one `memchr`
//! (for the common log format's `[`).

use super::phone;
use super::username::{plausible, service_like_under_key};
use super::{Kind, Span};

/// No layout read here fits in fewer bytes.
pub(super) const MIN_LEN: usize = 48;

/// Where a layout's first columns must start: the syslog header, if the
/// text still has one, fits before this.
const WINDOW: usize = 128;

/// Most columns any layout here needs.
const MAX_FIELDS: usize = 40;

/// The longest account taken from a column.
const MAX_USER: usize = 96;

/// Appends the accounts found by their column in `b` to `out`; a column
/// whose value overlaps a span already in `out[base..]` is left to that
/// span, so a value found by other evidence keeps its kind and token.
pub(super) fn find(b: &[u8], out: &mut Vec<Span>, base: usize) {
    if b.len() < MIN_LEN {
        return;
    }
    // A layout starts the message: at the start of the text, after a tag
    // (`app[42]: `, `IIS-W3SVC1: `), or after a syslog header the text
    // still carries (`<14>Nov 27 00:46:58 pa-fw02 `).
    match at_start(b, 0, out, base) {
        Start::Read | Start::Other => {}
        Start::Tag(p) => {
            at_start(b, p, out, base);
        }
        Start::Header => {
            if let Some(p) = after_header(b) {
                if let Start::Tag(p) = at_start(b, p, out, base) {
                    at_start(b, p, out, base);
                }
            }
        }
    }
    xferlog(b, out, base);
}

/// What [`at_start`] found.
enum Start {
    /// A layout, read.
    Read,
    /// A syslog tag (`app[42]:`); the message starts at the offset.
    Tag(usize),
    /// A syslog header (`<14>...`).
    Header,
    /// Nothing to read.
    Other,
}

/// Where the message starts after an RFC 3164 header (`<14>Nov 27
/// 00:46:58 pa-fw02 ...`): after the priority, three time tokens and the
/// host.
fn after_header(b: &[u8]) -> Option<usize> {
    let w = &b[..b.len().min(WINDOW)];
    let mut k = match w.first() {
        Some(b'<') => w[..w.len().min(6)].iter().position(|&c| c == b'>')? + 1,
        _ => 0,
    };
    for _ in 0..4 {
        while k < w.len() && w[k] != b' ' {
            k += 1;
        }
        while k < w.len() && w[k] == b' ' {
            k += 1;
        }
    }
    (k < w.len()).then_some(k)
}

/// The layouts whose first column is at `p`, told apart by its first
/// bytes and its first word.
fn at_start(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> Start {
    let r = &b[p.min(b.len())..];
    let Some(&c) = r.first() else {
        return Start::Other;
    };
    let read = |ok: bool| if ok { Start::Read } else { Start::Other };
    if matches!(c, b'-' | b'%' | b'+') && shape(&r[1..], b"dd/dd dd:dd") {
        // A Mitel SMDR record after its long-call mark.
        return read(phone::smdr(b, p, out, base));
    }
    if c.is_ascii_digit() {
        if shape(r, b"dd/dd dd:dd") {
            // A Mitel SMDR call record: its parties' numbers.
            return read(phone::smdr(b, p, out, base));
        }
        if shape(r, b"dddd-dd-dd dd:dd:dd ") {
            return read(w3c(b, p, out, base));
        }
        if shape(r, b"dddd-dd-dd dd:dd:dd,ddd | ") && r[26..].starts_with(b"tid:") {
            return read(pingfederate(b, p, out, base));
        }
        if shape(r, b"ddddddddd") {
            // An epoch time: Zeek (tab-separated) or Squid.
            return read(match r.iter().take(24).position(|&c| c == b'\t') {
                Some(t) => zeek(b, p + t, out, base),
                None => squid(b, p, out, base),
            });
        }
        if let Some(k) = r.iter().take(3).position(|&c| c == b',') {
            if panos(b, p + k, out, base) {
                return Start::Read;
            }
        }
    }
    if c == b'[' {
        return read(clf(b, p, out, base));
    }
    if c == b'<' && p == 0 {
        return Start::Header;
    }
    // The first word, in one pass: a `|` (Samba), a `.` or `:` (a client
    // address or host name: the common log format), a tag's `:` at its end.
    let lim = r.len().min(64);
    let (mut k, mut bar, mut dotted, mut comma) = (0, None, false, false);
    while k < lim && r[k] != b' ' {
        match r[k] {
            b'|' if bar.is_none() => bar = Some(k),
            b'.' | b':' => dotted = true,
            b',' => comma = true,
            _ => {}
        }
        k += 1;
    }
    if let Some(q) = bar {
        return read(samba(b, p + q, out, base));
    }
    if comma && nps(b, p, out, base) {
        return Start::Read;
    }
    if k > 1 && r[k - 1] == b':' && k < lim {
        return Start::Tag(p + k + 1);
    }
    if k > 0 && r.get(k) == Some(&b' ') && cups_page(b, p + k + 1, out, base) {
        return Start::Read;
    }
    if dotted {
        if let Some(q) = memchr::memchr(b'[', &r[..r.len().min(WINDOW + 32)]) {
            return read(clf(b, p + q, out, base));
        }
    }
    if p == 0
        && k == 3
        && c.is_ascii_uppercase()
        && r.get(4).is_some_and(|&d| d == b' ' || d.is_ascii_digit())
    {
        // `Mar  5 14:02:11 host tag: ...`: a header without a priority.
        return Start::Header;
    }
    Start::Other
}

/// The fields of `b` from `s` to the end of the line, split at `sep`,
/// up to [`MAX_FIELDS`]; a field in double quotes (PAN-OS and ProxySG
/// write separators inside them) is one field, and a run of spaces is one
/// separator (Squid pads its columns). Returns how many were filled.
fn split(b: &[u8], s: usize, sep: u8, f: &mut [(usize, usize); MAX_FIELDS]) -> usize {
    let mut n = 0;
    let mut k = s;
    let mut start = s;
    let mut quoted = false;
    while k < b.len() && n < MAX_FIELDS {
        let c = b[k];
        if c == b'"' && (k == start || quoted) {
            quoted = !quoted;
        } else if !quoted && (c == sep || c == b'\n' || c == b'\r') {
            f[n] = (start, k);
            n += 1;
            if c != sep {
                return n;
            }
            while sep == b' ' && b.get(k + 1) == Some(&b' ') {
                k += 1;
            }
            start = k + 1;
        }
        k += 1;
    }
    if n < MAX_FIELDS && k == b.len() {
        f[n] = (start, k);
        n += 1;
    }
    n
}

fn is_ip(v: &[u8]) -> bool {
    v.len() >= 3
        && v.len() <= 45
        && std::str::from_utf8(v)
            .ok()
            .is_some_and(|s| s.parse::<std::net::IpAddr>().is_ok())
}

fn digits(v: &[u8], min: usize, max: usize) -> bool {
    v.len() >= min && v.len() <= max && v.iter().all(u8::is_ascii_digit)
}

fn shape(v: &[u8], pat: &[u8]) -> bool {
    v.len() >= pat.len()
        && v.iter().zip(pat).all(|(&c, &p)| match p {
            b'd' => c.is_ascii_digit(),
            _ => c == p,
        })
}

/// Pushes the account in the column `b[s..e]`: `-`, placeholders, system,
/// service and computer accounts, numbers and addresses are none;
/// `DOMAIN\user` gives its user part.
fn push_user(b: &[u8], s: usize, e: usize, out: &mut Vec<Span>, base: usize) {
    let (mut s, mut e) = (s, e);
    if e > s + 1 && b[s] == b'"' && b[e - 1] == b'"' {
        s += 1;
        e -= 1;
    }
    if let Some(k) = memchr::memrchr(b'\\', &b[s..e]) {
        s += k + 1;
    }
    let v = &b[s..e];
    if v.is_empty()
        || v.len() > MAX_USER
        || v.iter()
            .any(|&c| c <= b' ' || matches!(c, b'"' | b',' | b'/' | b'=' | b'\\'))
        || !plausible(v)
        || service_like_under_key(v)
        || is_ip(v)
        || std::str::from_utf8(v).map_or(true, super::keys::not_an_account)
        || v.eq_ignore_ascii_case(b"(empty)")
        || v.eq_ignore_ascii_case(b"<hidden>")
    {
        return;
    }
    if out[base..].iter().any(|x| x.start < e && s < x.end) {
        return;
    }
    out.push(Span {
        start: s,
        end: e,
        kind: Kind::Username,
    });
}

/// A W3C extended log line of a documented IIS default layout whose
/// `date` starts at `p` (`2026-12-10 09:39:30 ...`). Returns whether the
/// line was one.
fn w3c(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    if p > 0 && !matches!(b[p - 1], b' ' | b'"') {
        return false;
    }
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, p + 20, b' ', &mut f);
    let field = |k: usize| &b[f[k].0..f[k].1];
    // IIS FTP: `c-ip cs-username s-ip s-port cs-method`.
    if n >= 5 && is_ip(field(0)) && is_ip(field(2)) && digits(field(3), 1, 5) {
        push_user(b, f[1].0, f[1].1, out, base);
        return true;
    }
    // Blue Coat ProxySG's main format: `time-taken c-ip cs-username
    // cs-auth-group x-exception-id sc-filter-result cs-categories ...`.
    if n >= 8
        && digits(field(0), 1, 10)
        && is_ip(field(1))
        && matches!(field(5), b"OBSERVED" | b"DENIED" | b"PROXIED")
    {
        push_user(b, f[2].0, f[2].1, out, base);
        return true;
    }
    // HTTP: `[s-sitename] [s-computername] s-ip cs-method cs-uri-stem
    // cs-uri-query s-port cs-username c-ip`.
    for m in 1..=3 {
        if n < m + 6 || !is_ip(field(m - 1)) || !method(field(m)) {
            continue;
        }
        let stem = field(m + 1);
        let stem_ok = matches!(stem.first(), Some(b'/' | b'*')) || stem.starts_with(b"http");
        if stem_ok && digits(field(m + 3), 1, 5) && is_ip(field(m + 5)) {
            push_user(b, f[m + 4].0, f[m + 4].1, out, base);
            return true;
        }
    }
    false
}

/// A PingFederate `audit.log` line at `p`, its documented default layout
/// (`log4j2.xml`: `%d | %X{trackingid}| %X{event}| %X{subject}| %X{ip} |
/// %X{app}| ...`): `2026-01-29 07:13:52,733 | tid:lyEHL...| SSO| kberg|
/// 10.1.2.3 | ...`. The subject is the account that signed on; the
/// tracking id, the event in capitals and the client's address (or none)
/// around it tell the layout. Returns whether the line was one.
fn pingfederate(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, p, b'|', &mut f);
    if n < 6 {
        return false;
    }
    let trim = |(mut s, mut e): (usize, usize)| {
        while s < e && b[s] == b' ' {
            s += 1;
        }
        while e > s && b[e - 1] == b' ' {
            e -= 1;
        }
        (s, e)
    };
    let (t, event, (us, ue), ip) = (trim(f[1]), trim(f[2]), trim(f[3]), trim(f[4]));
    let event = &b[event.0..event.1];
    let ip = &b[ip.0..ip.1];
    if !b[t.0..t.1].starts_with(b"tid:")
        || event.is_empty()
        || !event.iter().all(|&c| c.is_ascii_uppercase() || c == b'_')
        || !(ip.is_empty() || is_ip(ip))
    {
        return false;
    }
    push_user(b, us, ue, out, base);
    true
}

/// An HTTP (or WebDAV, RPC over HTTP, BITS) method: upper-case letters
/// and `_`, 3 to 16 of them.
fn method(v: &[u8]) -> bool {
    v.len() >= 3 && v.len() <= 16 && v.iter().all(|&c| c.is_ascii_uppercase() || c == b'_')
}

/// The common log format and its descendants, whose `[` before the
/// request's time is at `p` (`[10/Oct/2024:13:55:36 +0200]`): Apache's `%h
/// %l %u %t`, nginx's `$remote_addr - $remote_user [$time_local]`, Tomcat,
/// Jetty, Squid's and ProFTPD's common formats. The column before the time
/// is the authenticated user, whatever the client column holds (an IPv6
/// address, a host name when lookups are on) and whatever identd wrote.
/// McAfee/Skyhigh Web Gateway's default access log starts with the time
/// and has the user right after it, quoted, before the client's address
/// (`[10/Oct/2024:13:55:36 +0200] "anna" 192.0.2.10 200 "GET ...`).
/// Returns whether the line was one.
fn clf(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let r = &b[p + 1..];
    let month = r
        .get(3..6)
        .is_some_and(|m| m.iter().all(u8::is_ascii_alphabetic));
    if !(shape(r, b"dd/") && month && shape(&r[6..], b"/dddd:dd:dd:dd")) {
        return false;
    }
    let Some(close) = memchr::memchr(b']', &r[20..]).map(|k| p + 21 + k) else {
        return false;
    };
    let after = &b[close + 1..];
    if p > 0 && b[p - 1] == b' ' && after.starts_with(b" \"") {
        // `host ident authuser [time] "request"`.
        let e = p - 1;
        let s = b[..e].iter().rposition(|&c| c == b' ').map_or(0, |k| k + 1);
        let ident_s = b[..s.saturating_sub(1)]
            .iter()
            .rposition(|&c| c == b' ')
            .map_or(0, |k| k + 1);
        let host = b[..ident_s.saturating_sub(1)]
            .iter()
            .rposition(|&c| c == b' ')
            .map_or(0, |k| k + 1);
        let host = &b[host..ident_s.saturating_sub(1)];
        let request = &after[2..];
        let request_ok = request.starts_with(b"-\"")
            || request
                .iter()
                .position(|&c| c == b' ')
                .is_some_and(|k| method(&request[..k]));
        let host_ok = is_ip(host) || (host.contains(&b'.') && !host.contains(&b'/'));
        if s > 1 && ident_s > 1 && request_ok && host_ok {
            push_user(b, s, e, out, base);
            return true;
        }
        return false;
    }
    if after.starts_with(b" \"") {
        // Web Gateway: `[time] "user" client status "request"`.
        let s = close + 3;
        let Some(q) = memchr::memchr(b'"', &b[s..]).map(|k| s + k) else {
            return false;
        };
        let mut f = [(0, 0); MAX_FIELDS];
        let n = split(b, q + 2, b' ', &mut f);
        if n >= 3 && is_ip(&b[f[0].0..f[0].1]) && digits(&b[f[1].0..f[1].1], 3, 3) {
            push_user(b, s, q, out, base);
            return true;
        }
    }
    false
}

/// CUPS's page log (`/var/log/cups/page_log` on Linux and macOS, or
/// through syslog), in the default `PageLogFormat` of cupsd.conf(5):
/// `%p %u %j %T %P %C %{job-billing} %{job-originating-host-name}
/// %{job-name} %{media} %{sides}`, i.e. `printer user job-id [time] page
/// copies ...`, where `page` is a page number or `total` (CUPS 1.5 and
/// later write one `total` line per job). `p` is where the column after
/// the printer starts: the account, then the job id (digits) and the time
/// in the common log format, then the page and copies columns, which tell
/// it from a common log format line (`host ident user [time] "request"`).
/// Returns whether the line was one.
fn cups_page(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let r = &b[p.min(b.len())..];
    let Some(u) = r.iter().take(MAX_USER + 1).position(|&c| c == b' ') else {
        return false;
    };
    let j = &r[u + 1..];
    let d = j.iter().take(11).take_while(|c| c.is_ascii_digit()).count();
    if u == 0 || d == 0 || !j[d..].starts_with(b" [") {
        return false;
    }
    let t = &j[d + 2..];
    let month = t
        .get(3..6)
        .is_some_and(|m| m.iter().all(u8::is_ascii_alphabetic));
    if !(shape(t, b"dd/") && month && shape(&t[6..], b"/dddd:dd:dd:dd")) {
        return false;
    }
    let Some(close) = t[20..].iter().take(12).position(|&c| c == b']') else {
        return false;
    };
    // ` <page> <copies> `: a page number or `total`, then a number.
    let after = &t[20 + close + 1..];
    let Some(rest) = after.strip_prefix(b" ") else {
        return false;
    };
    let page = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = match rest.strip_prefix(b"total") {
        Some(x) => x,
        None if page > 0 => &rest[page..],
        None => return false,
    };
    let copies = rest
        .iter()
        .skip(1)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(rest.first() == Some(&b' ') && copies > 0) {
        return false;
    }
    push_user(b, p, p + u, out, base);
    true
}

/// Squid's native access log at `p`: `time elapsed remotehost
/// code/status bytes method URL rfc931 peerstatus/peerhost type`, whatever
/// the hierarchy code (`HIER_DIRECT`, `FIRSTUP_PARENT`, `PARENT_HIT`...).
fn squid(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let ts_end = b[p..].iter().take(16).position(|&c| c == b' ');
    if !ts_end.is_some_and(|k| k >= 13 && b[p + k - 4] == b'.') {
        return false;
    }
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, p, b' ', &mut f);
    if n < 9 {
        return false;
    }
    let field = |k: usize| &b[f[k].0..f[k].1];
    let ts = field(0);
    let Some(dot) = memchr::memchr(b'.', ts) else {
        return false;
    };
    let code = field(3);
    let code_ok = memchr::memchr(b'/', code).is_some_and(|k| {
        k >= 4
            && code[..k]
                .iter()
                .all(|&c| c.is_ascii_uppercase() || c == b'_')
            && digits(&code[k + 1..], 3, 3)
    });
    let ok = digits(&ts[..dot], 9, 10)
        && digits(&ts[dot + 1..], 3, 3)
        && digits(field(1), 1, 10)
        && code_ok
        && digits(field(4), 1, 15)
        && method(field(5))
        && memchr::memchr(b'/', field(8)).is_some();
    if ok {
        push_user(b, f[7].0, f[7].1, out, base);
    }
    ok
}

/// Samba's `vfs_full_audit` record, whose first `|` is at `p`: `PREFIX|
/// OPERATION|RESULT|FILE` with the documented default prefix `%u|%I`
/// (often `%u|%I|%m|%S`): the user, then the client's address
/// (`smbd_audit: anna|192.0.2.44|openat|ok|r|report.docx`).
fn samba(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let ip_end = b[p + 1..].iter().take(46).position(|&c| c == b'|');
    if !ip_end.is_some_and(|k| is_ip(&b[p + 1..p + 1 + k])) {
        return false;
    }
    let s = b[..p].iter().rposition(|&c| c == b' ').map_or(0, |k| k + 1);
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, s, b'|', &mut f);
    let field = |k: usize| &b[f[k].0..f[k].1];
    if n >= 4
        && is_ip(field(1))
        && (2..n.min(6)).any(|k| field(k) == b"ok" || field(k).starts_with(b"fail"))
    {
        push_user(b, f[0].0, f[0].1, out, base);
        return true;
    }
    false
}

/// Windows NPS (IAS) accounting logs at `p`, both documented layouts:
/// IAS format `NAS-IP-Address,User-Name,Record-Date,Record-Time,
/// Service-Name,Computer-Name,...` (`10.10.10.10,client,06/04/1999,
/// 14:42:19,NPS,CLIENTCOMP,...`) and the database-compatible format
/// `"ComputerName","ServiceName",Record-Date,Record-Time,Packet-Type,
/// "User-Name","Fully-Qualified-Distinguished-Name",...`
/// (`"CLIENTCOMP","IAS",03/07/2008,13:04:33,1,"client",...`).
fn nps(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    // Only a line that starts with an address and a comma, or with a
    // quoted computer name and the quoted service, is split.
    let head = &b[p..b.len().min(p + 64)];
    let ias = head.first().is_some_and(u8::is_ascii_digit)
        && memchr::memchr(b',', head).is_some_and(|q| is_ip(&head[..q]));
    let database = head.first() == Some(&b'"')
        && (memchr::memmem::find(head, b"\",\"IAS\",").is_some()
            || memchr::memmem::find(head, b"\",\"NPS\",").is_some());
    if !(ias || database) {
        return false;
    }
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, p, b',', &mut f);
    if n < 7 {
        return false;
    }
    let field = |k: usize| &b[f[k].0..f[k].1];
    let date = |k: usize| shape(field(k), b"dd/dd/dddd") && shape(field(k + 1), b"dd:dd:dd");
    if is_ip(field(0)) && date(2) && matches!(field(4), b"IAS" | b"NPS") {
        push_user(b, f[1].0, f[1].1, out, base);
        return true;
    }
    if matches!(field(1), b"\"IAS\"" | b"\"NPS\"") && date(2) {
        push_user(b, f[5].0, f[5].1, out, base);
        // The canonical name's last part (`corp.example/Users/anna`).
        let (s, e) = f[6];
        let last = b[s..e]
            .iter()
            .rposition(|&c| c == b'/')
            .map_or(s, |k| s + k + 1);
        if last > s {
            push_user(
                b,
                last,
                e.saturating_sub(usize::from(b[e - 1] == b'"')),
                out,
                base,
            );
        }
        return true;
    }
    false
}

/// The xferlog(5) transfer log of wu-ftpd, ProFTPD, vsftpd and Pure-FTPd:
/// `current-time transfer-time remote-host file-size filename
/// transfer-type special-action-flag direction access-mode username
/// service-name authentication-method authenticated-user-id
/// completion-status`, read from the end of the line (a file name has no
/// spaces there).
fn xferlog(b: &[u8], out: &mut Vec<Span>, base: usize) {
    let mut e = b.len();
    while e > 0 && matches!(b[e - 1], b'\n' | b'\r' | b' ') {
        e -= 1;
    }
    if e < 2 || b[e - 2] != b' ' || !matches!(b[e - 1], b'c' | b'i') {
        return;
    }
    // The last nine tokens, last first.
    let mut t = [(0, 0); 9];
    let mut end = e;
    for slot in &mut t {
        let Some(k) = b[..end].iter().rposition(|&c| c == b' ') else {
            return;
        };
        *slot = (k + 1, end);
        end = k;
    }
    let tok = |k: usize| &b[t[k].0..t[k].1];
    let ok = matches!(tok(2), b"0" | b"1")
        && matches!(tok(5), b"a" | b"g" | b"r")
        && matches!(tok(6), b"o" | b"i" | b"d")
        && !tok(7).is_empty()
        && tok(7).iter().all(|c| b"CUT_".contains(c))
        && matches!(tok(8), b"a" | b"b");
    if ok {
        push_user(b, t[4].0, t[4].1, out, base);
        if tok(1) != b"*" {
            push_user(b, t[1].0, t[1].1, out, base);
        }
    }
}

/// A Zeek TSV row whose first tab is at `t`: `ts` (epoch seconds with
/// microseconds), `uid` (`C` and base62), the connection's four columns,
/// then the log's own.
fn zeek(b: &[u8], t: usize, out: &mut Vec<Span>, base: usize) -> bool {
    let s = b[..t].iter().rposition(|&c| c == b' ').map_or(0, |k| k + 1);
    let ts = &b[s..t];
    let dot = match memchr::memchr(b'.', ts) {
        Some(d) => d,
        None => return false,
    };
    if !digits(&ts[..dot], 9, 10) || !digits(&ts[dot + 1..], 1, 9) {
        return false;
    }
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, s, b'\t', &mut f);
    let field = |k: usize| &b[f[k].0..f[k].1];
    let uid = field(1);
    let uid_ok = uid.len() >= 10
        && uid.len() <= 22
        && uid[0] == b'C'
        && uid.iter().all(u8::is_ascii_alphanumeric);
    if n < 9
        || !uid_ok
        || !is_ip(field(2))
        || !digits(field(3), 1, 5)
        || !is_ip(field(4))
        || !digits(field(5), 1, 5)
    {
        return false;
    }
    let flag = |v: &[u8]| matches!(v, b"T" | b"F" | b"-");
    let user = if digits(field(6), 1, 4) && method(field(7)) {
        // http.log: `trans_depth method host uri ...`; `username` follows
        // `tags` (`(empty)` or `HTTP::...`).
        (14..n.saturating_sub(1))
            .find(|&k| field(k) == b"(empty)" || memchr::memmem::find(field(k), b"::").is_some())
            .map(|k| k + 1)
    } else if matches!(field(6), b"4" | b"5") && n >= 10 {
        // socks.log: `version user [password] status ...`.
        Some(7)
    } else if (field(7) == b"<hidden>" || field(7) == b"-")
        && field(8).len() >= 3
        && field(8).len() <= 4
        && field(8).iter().all(u8::is_ascii_uppercase)
    {
        // ftp.log: `user password command arg ...`.
        Some(6)
    } else if matches!(
        field(8),
        b"RDP" | b"SSL" | b"HYBRID" | b"HYBRID_EX" | b"RDSTLS" | b"RDSAAD"
    ) {
        // rdp.log: `cookie result security_protocol ...`.
        Some(6)
    } else if (mac_shaped(field(7)) || field(7) == b"-")
        && (9..n).any(|k| matches!(field(k), b"success" | b"failed"))
    {
        // radius.log: `username mac ... result`.
        Some(6)
    } else if ((n == 13 && flag(field(12))) || (n == 11 && flag(field(9))))
        && !matches!(
            field(6),
            b"tcp" | b"udp" | b"icmp" | b"unknown_transport" | b"AS" | b"TGS"
        )
        && !field(7).contains(&b'/')
        && !field(8).first().is_some_and(u8::is_ascii_digit)
    {
        // ntlm.log: `username hostname domainname [server names...]
        // success`; not kerberos.log (`request_type client service
        // success error_msg`, its client read elsewhere).
        Some(6)
    } else {
        None
    };
    if let Some(k) = user.filter(|&k| k < n) {
        push_user(b, f[k].0, f[k].1, out, base);
    }
    true
}

fn mac_shaped(v: &[u8]) -> bool {
    v.len() == 17
        && v.iter().enumerate().all(|(k, &c)| {
            if k % 3 == 2 {
                c == b':' || c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// A PAN-OS CSV record whose `,` before the receive time's year is at
/// `p`: `1,2026/11/27 00:46:58,013201027875,USERID,...`.
fn panos(b: &[u8], p: usize, out: &mut Vec<Span>, base: usize) -> bool {
    if p == 0 || !b[p - 1].is_ascii_digit() || !shape(&b[p + 1..], b"dddd/dd/dd dd:dd:dd,") {
        return false;
    }
    let s = p - 1;
    if s > 0 && !matches!(b[s - 1], b' ' | b'>' | b'"' | b':') {
        return false;
    }
    let mut f = [(0, 0); MAX_FIELDS];
    let n = split(b, s, b',', &mut f);
    if n < 12 || !digits(&b[f[2].0..f[2].1], 8, 16) {
        return false;
    }
    let field = |k: usize| &b[f[k].0..f[k].1];
    let vsys = |k: usize| field(k).starts_with(b"vsys") || field(k).is_empty();
    let users: &[usize] = match field(3) {
        b"TRAFFIC" | b"THREAT" | b"DECRYPTION" | b"TUNNEL"
            if is_ip(field(7)) && is_ip(field(8)) && n > 13 =>
        {
            &[12, 13]
        }
        b"GLOBALPROTECT" if vsys(7) && n > 12 => &[12],
        b"USERID" if vsys(7) && is_ip(field(8)) => &[9],
        b"AUTH" | b"AUTHENTICATION" if vsys(7) && is_ip(field(8)) => &[9, 10],
        b"HIPMATCH" | b"HIP-MATCH" if vsys(8) && is_ip(field(11)) => &[7],
        b"CONFIG"
            if matches!(
                field(11),
                b"Web" | b"CLI" | b"web" | b"cli" | b"API" | b"XML API"
            ) =>
        {
            &[10]
        }
        _ => &[],
    };
    for &k in users {
        push_user(b, f[k].0, f[k].1, out, base);
    }
    !users.is_empty()
}

#[cfg(test)]
mod tests;
