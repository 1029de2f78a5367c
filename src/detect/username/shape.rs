//! What an account name looks like: its bytes, its length, where it ends,
//! and the shapes (host names, UUIDs, reverse DNS) that are no account.

use super::words::NOT_NAMES;
use crate::detect::ip::{ipv4_at, ipv6_at};
use crate::detect::util::{at, intl_alnum_before, intl_alnum_len, is_digit};

/// The longest account name taken, in bytes: directory and IdP accounts
/// (`firstname.middlename.lastname@subsidiary.example.com`) run past 64.
pub(super) const MAX_LEN: usize = 256;

/// Top-level domains that mark `X` in `for X [ip]` as the host name it
/// usually is in sshd's reverse-mapping message.
const HOST_TLDS: [&[u8]; 10] = [
    b"com", b"net", b"org", b"edu", b"gov", b"mil", b"info", b"biz", b"arpa", b"local",
];

/// True if `v` looks like a DNS host name rather than an account.
pub(crate) fn hostname_like(v: &[u8]) -> bool {
    let Some(dot) = v.iter().rposition(|&c| c == b'.') else {
        return false;
    };
    let tld = &v[dot + 1..];
    let dots = v.iter().filter(|&&c| c == b'.').count();
    dots >= 3
        || (tld.iter().all(u8::is_ascii_alphabetic)
            && (tld.len() == 2 || HOST_TLDS.iter().any(|t| tld.eq_ignore_ascii_case(t))))
}

#[inline]
/// `first.last` or `first_last` (optionally with digits after): the
/// handle shape most organisations give their accounts. Used where the
/// context alone (`... for X: ...`) is too weak, so a file name such as
/// `config.yaml` must not pass.
pub(super) fn name_handle(v: &[u8]) -> bool {
    const NOT_NAMES: [&[u8]; 24] = [
        b"log",
        b"txt",
        b"conf",
        b"cfg",
        b"ini",
        b"yaml",
        b"yml",
        b"json",
        b"xml",
        b"java",
        b"py",
        b"sh",
        b"jar",
        b"so",
        b"dll",
        b"exe",
        b"html",
        b"js",
        b"css",
        b"gz",
        b"zip",
        b"tmp",
        b"class",
        b"properties",
    ];
    let Some(sep) = v.iter().position(|&c| c == b'.' || c == b'_') else {
        return false;
    };
    let (first, rest) = (&v[..sep], &v[sep + 1..]);
    let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let last = &rest[..rest.len() - digits];
    (2..=15).contains(&first.len())
        && (2..=20).contains(&last.len())
        && digits <= 3
        && first.iter().all(u8::is_ascii_lowercase)
        && last.iter().all(u8::is_ascii_lowercase)
        && !NOT_NAMES.contains(&last)
}

/// An account as organisations hand them out, after a word that says an
/// account follows: `k.lindqvist`, `anna_ek`, `marcus.l`, `lindqvist.k2`,
/// also with a Kerberos realm (`k.berg@EXAMPLE.SE`). Looser than
/// [`name_handle`] (one-letter parts pass), so only where the context
/// already names an account.
pub(crate) fn handle_shaped(v: &[u8]) -> bool {
    let v = match v.iter().position(|&c| c == b'@') {
        Some(at) if v[at + 1..].iter().all(|c| !c.is_ascii_lowercase()) => &v[..at],
        Some(_) => return false,
        None => v,
    };
    let Some(sep) = v.iter().position(|&c| c == b'.' || c == b'_') else {
        return false;
    };
    let (first, rest) = (&v[..sep], &v[sep + 1..]);
    let digits = rest.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let last = &rest[..rest.len() - digits];
    v.len() >= 3
        && !first.is_empty()
        && !last.is_empty()
        && first.len() <= 20
        && last.len() <= 24
        && digits <= 4
        && first.iter().all(u8::is_ascii_lowercase)
        && last.iter().all(u8::is_ascii_lowercase)
        && !hostname_like(v)
        && name_handle_ext_ok(last)
}

/// False for the extensions of files and the words of dotted settings
/// that [`handle_shaped`] would otherwise take (`config.yaml`, `a.out`).
fn name_handle_ext_ok(last: &[u8]) -> bool {
    const NOT: [&[u8]; 22] = [
        b"log", b"txt", b"conf", b"cfg", b"ini", b"yaml", b"yml", b"json", b"xml", b"sh", b"py",
        b"out", b"exe", b"dll", b"js", b"html", b"php", b"service", b"socket", b"timer", b"so",
        b"pem",
    ];
    !NOT.contains(&last)
}

/// A byte of an account name: a word byte or one of `.-@$\\+`.
#[inline(always)]
pub(super) fn user_byte(c: u8) -> bool {
    USER_BYTES[usize::from(c)]
}

static USER_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric()
            || matches!(c, b'_' | b'.' | b'-' | b'@' | b'$' | b'\\' | b'+');
        i += 1;
    }
    t
};

/// The length of the account-name character at `e`: an ASCII name byte, a
/// letter or digit outside ASCII (`åsa`, `Ölander1`), or an apostrophe
/// between two letters (`o'brien`); 0 for anything else.
#[inline]
pub(super) fn user_char(b: &[u8], e: usize) -> usize {
    match at(b, e) {
        b'\'' => usize::from(letter_before(b, e) && letter_at(b, e + 1)),
        c if c < 0x80 => usize::from(user_byte(c)),
        _ => intl_alnum_len(b, e),
    }
}

pub(super) fn letter_at(b: &[u8], k: usize) -> bool {
    at(b, k).is_ascii_alphabetic() || intl_alnum_len(b, k) > 0
}

pub(super) fn letter_before(b: &[u8], k: usize) -> bool {
    k > 0 && (b[k - 1].is_ascii_alphabetic() || intl_alnum_before(b, k).is_some())
}

/// The end of the run of account-name characters from `s`, or `None` if it
/// is longer than [`MAX_LEN`]. `space` lets spaces in (quoted values).
pub(super) fn name_end(b: &[u8], s: usize, space: bool) -> Option<usize> {
    let mut e = s;
    // One byte past the longest name, to tell a name that is too long.
    let lim = b.len().min(s + MAX_LEN + 1);
    loop {
        // Most names are ASCII name bytes: one table lookup each.
        while e < lim && user_byte(b[e]) {
            e += 1;
        }
        if e - s > MAX_LEN {
            return None;
        }
        let n = user_char(b, e);
        if n > 0 {
            e += n;
        } else if space && at(b, e) == b' ' {
            e += 1;
        } else {
            return Some(e);
        }
    }
}

/// A value at `s`, bare, quoted or in angle brackets (`user=<alice>`):
/// (start, end, first byte after it).
pub(super) fn take(b: &[u8], s: usize) -> Option<(usize, usize, usize)> {
    let q = at(b, s);
    if q == b'"' || q == b'\'' || q == b'<' {
        let close = if q == b'<' { b'>' } else { q };
        let vs = s + 1;
        let e = name_end(b, vs, true)?;
        if at(b, e) != close {
            return None;
        }
        let (vs, ve) = trim(b, vs, e)?;
        return Some((vs, ve, e + 1));
    }
    let e = name_end(b, s, false)?;
    let (vs, ve) = trim(b, s, e)?;
    Some((vs, ve, e))
}

/// Drops surrounding spaces and trailing sentence punctuation.
pub(super) fn trim(b: &[u8], mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    while s < e && b[s] == b' ' {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'.' | b'-') {
        e -= 1;
    }
    (e > s && plausible(&b[s..e])).then_some((s, e))
}

/// Not a placeholder, a system account, a bare number (a uid, or scanner
/// noise such as `Invalid user 123`), a hex literal, a UUID or a computer
/// account (`WS01$`).
pub(crate) fn plausible(v: &[u8]) -> bool {
    v.last() != Some(&b'$')
        && !NOT_NAMES.contains(v)
        && !crate::detect::builtin::builtin_account(v)
        && v.iter().any(|&c| c.is_ascii_alphabetic() || c >= 0x80)
        && !(v.len() > 2
            && v[..2].eq_ignore_ascii_case(b"0x")
            && v[2..].iter().all(u8::is_ascii_hexdigit))
        && !uuid_shaped(v)
        && !reverse_dns(v)
}

/// A reverse-DNS identifier (`com.apple.iokit.IO80211Family`,
/// `org.freedesktop.login1`): a bundle, service or class name.
fn reverse_dns(v: &[u8]) -> bool {
    const ROOTS: [&[u8]; 7] = [b"com.", b"org.", b"net.", b"io.", b"edu.", b"gov.", b"de."];
    v.get(..4).is_some_and(|h| h.contains(&b'.'))
        && v.iter().filter(|&&c| c == b'.').count() >= 2
        && ROOTS
            .iter()
            .any(|r| v.len() > r.len() && v[..r.len()].eq_ignore_ascii_case(r))
}

/// `8-4-4-4-12` hex digits: an object id, not a name.
pub(crate) fn uuid_shaped(v: &[u8]) -> bool {
    v.len() == 36
        && v.iter().enumerate().all(|(k, &c)| {
            if matches!(k, 8 | 13 | 18 | 23) {
                c == b'-'
            } else {
                c.is_ascii_hexdigit()
            }
        })
}

/// The word that ends right before the space at `i - 1`.
pub(super) fn prev_word(b: &[u8], i: usize) -> &[u8] {
    if i < 2 || b[i - 1] != b' ' {
        return &[];
    }
    let e = i - 1;
    let mut s = e;
    while s > 0 && !matches!(b[s - 1], b' ' | b'\t') {
        s -= 1;
    }
    &b[s..e]
}

/// The first word of `rest` (up to a space, colon or comma).
pub(super) fn first_word(rest: &[u8]) -> &[u8] {
    let e = rest
        .iter()
        .position(|&c| matches!(c, b' ' | b':' | b',' | b'.' | b';'))
        .unwrap_or(rest.len());
    &rest[..e]
}

/// An IP address starts at `k`.
pub(super) fn ip_at(b: &[u8], k: usize) -> bool {
    (is_digit(at(b, k)) && ipv4_at(b, k).is_some()) || ipv6_at(b, k).is_some()
}

/// True if a part of `v` (between `.`, `_`, `-` and digits) names a
/// service, an integration or a role rather than a person (`svc-sccm`,
/// `svc_backup`, `paloalto-userid`, `etl-loader`, `db_rw`): accounts
/// that every feed repeats and that stay readable where only the
/// account's position, not a key, says it is one.
pub(crate) fn service_like(v: &[u8]) -> bool {
    service_parts(v, 1)
}

/// [`service_like`] for a value a key already names an account: only the
/// parts of three letters or more count there, since two letters are as
/// often a person's initials (`sa.berg`, `ro.lind`) as `sa` or `ro` are a
/// service's.
pub(crate) fn service_like_under_key(v: &[u8]) -> bool {
    service_parts(v, 3)
}

// The machine roles (`gateway`, `historian`, `selfcheck`, `exporter`,
// `collector`, `poller`, `scheduler`, `controller`, ...) name what a
// process does, as integration and control-system accounts are named
// (`ocpp-gateway`, `scada-historian`, `metrics-exporter`,
// `replicaset-controller`): no person's login is made of them.
const SERVICE_PARTS: [&[u8]; 43] = [
    b"healthcheck",
    b"nsroot",
    b"keycloak",
    b"probe",
    b"svc",
    b"srv",
    b"service",
    b"sa",
    b"sys",
    b"system",
    b"backup",
    b"monitor",
    b"replication",
    b"repl",
    b"userid",
    b"agent",
    b"bot",
    b"etl",
    b"api",
    b"ro",
    b"rw",
    b"readonly",
    b"scan",
    b"scanner",
    b"sync",
    b"gateway",
    b"historian",
    b"selfcheck",
    b"exporter",
    b"importer",
    b"collector",
    b"poller",
    b"scheduler",
    b"controller",
    b"daemon",
    b"worker",
    b"ingest",
    b"loader",
    b"connector",
    b"integration",
    b"proxy",
    b"relay",
    b"runner",
];

static PART_SHAPE: crate::detect::util::ShapeGate =
    crate::detect::util::ShapeGate::new(&SERVICE_PARTS);

/// A part of `v` is one of [`SERVICE_PARTS`] at least `min` letters long.
fn service_parts(v: &[u8], min: usize) -> bool {
    v.split(|&c| matches!(c, b'.' | b'_' | b'-') || c.is_ascii_digit())
        .any(|p| {
            p.len() >= min
                && PART_SHAPE.may_hold(p)
                && SERVICE_PARTS.iter().any(|w| p.eq_ignore_ascii_case(w))
        })
}

/// A service account's shape: two to four words of letters (a trailing
/// number allowed) joined by `-` or `_`, none of them a one-letter initial
/// nor a given name or surname of the gazetteer, nor an administrator's
/// tier prefix before a login (`adm-kberg`) (`ocpp-gateway`,
/// `backup_agent`, `sip2_selfcheck`; not `anna-ek`, `k_berg`,
/// `maria_lindqvist`). Where the structure says "user" only weakly (a
/// login verdict's `as`, a component's bracket, a database session's
/// prefix), such a value names a function, not a person.
pub(crate) fn function_account(v: &[u8]) -> bool {
    let Some(sep) = v.iter().position(|&c| matches!(c, b'-' | b'_')) else {
        return false;
    };
    // A person's administrator account of the tier model (`adm-kberg`).
    if super::handle::admin_prefix(&v[..sep]) {
        return false;
    }
    let mut parts = 0;
    for p in v.split(|&c| matches!(c, b'-' | b'_')) {
        parts += 1;
        let l = p.iter().take_while(|c| c.is_ascii_lowercase()).count();
        if l < 2
            || !p[l..].iter().all(u8::is_ascii_digit)
            || crate::detect::name::known_login_name_word(&p[..l])
        {
            return false;
        }
    }
    (2..=4).contains(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape lookup turns away no word of the list, in any case, and
    /// the list's words still count only as whole parts.
    #[test]
    fn the_shape_gate_keeps_every_service_word() {
        for w in SERVICE_PARTS {
            let word = std::str::from_utf8(w).unwrap();
            for v in [
                word.to_string(),
                word.to_ascii_uppercase(),
                format!("acme-{word}"),
                format!("{word}_01"),
            ] {
                assert!(service_like(v.as_bytes()), "{v}");
            }
        }
        // A part of 32 letters or more (past the shape table's bits).
        let long = "x".repeat(40) + "-gateway";
        for v in [
            "karin.gatewood",
            "proxmire",
            "k.berg",
            "åsa.lind",
            "ö-x",
            &long[..40],
        ] {
            assert!(!service_like(v.as_bytes()), "{v}");
        }
    }
}
