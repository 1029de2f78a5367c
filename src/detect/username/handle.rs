//! A login built from its holder's name, wherever it stands as a whole
//! field: `solveig.engstrom`, `solveig.g.engstrom`, `birthe_dalsgaard`,
//! `e.blomqvist`, and an administrator's account built the same way
//! (`adm-zdabrowski`, `a-kberg`, `t0-anna.lind`, `k.berg-adm`). Many
//! exports write the account in a column that no key names (Zeek's
//! ntlm.log and http.log `username`, Windows DHCP and NPS CSV, Squid and
//! proxy CSV, print and VPN accounting rows, Splunk and SIEM exports
//! without their header), so the value's own shape and the name list are
//! the evidence.
//!
//! The name list decides: a part of three letters or more must be a
//! given name or surname that is no common word of log text; the others
//! alphabetic, or an initial. Precision comes first: a key (`max.connections=`,
//! `"mark.down":`), a file (`eve.json`, `anna.pdf`), a host or domain
//! (`anna.example.se`), a part of a path or of a longer dotted name, and a
//! service account stay.

use super::shape::{hostname_like, service_like};
use crate::detect::util::at;

/// File extensions that end a file name rather than a login.
const EXTENSIONS: [&[u8]; 60] = [
    b"json", b"log", b"txt", b"conf", b"cfg", b"ini", b"yaml", b"yml", b"xml", b"csv", b"pdf",
    b"doc", b"docx", b"xls", b"xlsx", b"ppt", b"pptx", b"exe", b"dll", b"sh", b"py", b"js",
    b"html", b"htm", b"php", b"jpg", b"jpeg", b"png", b"gif", b"zip", b"gz", b"tar", b"bak",
    b"tmp", b"msg", b"eml", b"pst", b"ost", b"wav", b"mp3", b"agi", b"cgi", b"pl", b"rb", b"lua",
    b"gsm", b"ulaw", b"alaw", b"sln", b"so", b"asp", b"aspx", b"jsp", b"bat", b"ps1", b"sql",
    b"md", b"crt", b"pem", b"old",
];

/// Prefixes of module, library and package names that are also given
/// names or surnames (`pam_keyinit`, `mod_ssl`, `lib_x`, `nss_ldap`).
const MODULE_PREFIXES: [&[u8]; 16] = [
    b"pam", b"mod", b"lib", b"nss", b"sss", b"ngx", b"php", b"apr", b"xdg", b"gdm", b"kde",
    b"gnome", b"snap", b"dbus", b"cron", b"sudo",
];

/// Verbs that end an audit log's dotted action name (`repo.create`,
/// `org.update`, `team.delete`, `user.login`: GitHub, GitLab, Okta, Slack
/// and Atlassian write `object.verb`): such a pair is an event, not a
/// login, though its object may be a surname (`Repo`, `Org`).
const ACTION_VERBS: [&[u8]; 43] = [
    b"create",
    b"created",
    b"delete",
    b"deleted",
    b"destroy",
    b"destroyed",
    b"update",
    b"updated",
    b"add",
    b"added",
    b"remove",
    b"removed",
    b"rename",
    b"renamed",
    b"transfer",
    b"transferred",
    b"invite",
    b"invited",
    b"login",
    b"logout",
    b"enable",
    b"enabled",
    b"disable",
    b"disabled",
    b"change",
    b"changed",
    b"modify",
    b"modified",
    b"granted",
    b"revoke",
    b"revoked",
    b"archive",
    b"archived",
    b"publish",
    b"published",
    b"import",
    b"export",
    b"join",
    b"leave",
    b"access",
    b"download",
    b"upload",
    b"start",
];

/// Suffixes that mark a second account of the same person (`.ext` for a
/// consultant, `.adm` for an administrator).
const ROLE_SUFFIXES: [&[u8]; 5] = [b"ext", b"adm", b"admin", b"extern", b"konsult"];

/// Prefixes of the tier model's administrator accounts (`adm-x`, `a-x`,
/// `t0-x`, `admin.x`, `adm_x`).
const ADMIN_PREFIXES: [&[u8]; 12] = [
    b"adm-", b"adm_", b"adm.", b"admin-", b"admin_", b"admin.", b"a-", b"t0-", b"t1-", b"t2-",
    b"da-", b"sa-",
];

/// True if `w`, a word before a `-`, starts an administrator's account
/// of the tier model (`adm`, `a`, `admin`, `t0`, `da`, `sa`): the cheap
/// test before [`name_login_at`] on a dashed word.
#[inline]
pub(crate) fn admin_prefix(w: &[u8]) -> bool {
    w.len() <= 5
        && ADMIN_PREFIXES
            .iter()
            .any(|p| p.len() == w.len() + 1 && p[w.len()] == b'-' && p[..w.len()] == *w)
}

/// True if the byte before a field's value may be its delimiter.
fn opens(c: u8) -> bool {
    matches!(
        c,
        b'\t' | b' ' | b'"' | b'\'' | b'=' | b',' | b'|' | b';' | b'(' | b'[' | b'<' | b'>'
    )
}

/// True if `w`, an ASCII-lettered word of three letters or more, is a
/// given name or surname of the name list and no common word.
fn name_word(w: &[u8]) -> bool {
    w.len() >= 3
        && w.len() <= 40
        && w[0].is_ascii_lowercase()
        && crate::detect::name::known_login_name_word(w)
}

/// True if `w` is all letters (ASCII lower case or non-ASCII).
fn letters(w: &[u8]) -> bool {
    !w.is_empty() && w.iter().all(|&c| c.is_ascii_lowercase() || c >= 0x80)
}

/// True if `v`, without any admin prefix or role suffix, is a login built
/// from a name: `given.surname`, `given.x.surname`, `given_surname`,
/// `g.surname`; with an admin prefix also `gsurname` (`adm-zdabrowski`).
fn person_handle(v: &[u8]) -> bool {
    let mut v = v;
    let mut admin = false;
    if let Some(p) = ADMIN_PREFIXES.iter().find(|p| v.starts_with(p)) {
        v = &v[p.len()..];
        admin = true;
    }
    for sep in [b'.', b'-', b'_'] {
        if let Some(k) = v.iter().rposition(|&c| c == sep) {
            if ROLE_SUFFIXES.contains(&&v[k + 1..]) {
                v = &v[..k];
                break;
            }
        }
    }
    // The parts between `.` and `_`, at most three, without allocating.
    let mut buf: [&[u8]; 3] = [&[]; 3];
    let mut n = 0;
    for part in v.split(|&c| c == b'.' || c == b'_') {
        if n == 3 {
            return false;
        }
        buf[n] = part;
        n += 1;
    }
    let parts = &buf[..n];
    // A namespace or a word of the sentence before the login (`user.t.lindahl`
    // is Cyrus's mailbox of `t.lindahl`, read as such elsewhere).
    if parts.len() > 1
        && (super::keyword::keyword(parts[0]).is_some() || MODULE_PREFIXES.contains(&parts[0]))
    {
        return false;
    }
    match parts {
        [g, s] if g.len() == 1 => g[0].is_ascii_lowercase() && s.len() >= 4 && name_word(s),
        [g, s] => {
            letters(g)
                && letters(s)
                && s.len() >= 3
                && (name_word(g) || name_word(s))
                && !ACTION_VERBS.contains(s)
        }
        [g, m, s] => {
            m.len() == 1
                && m[0].is_ascii_lowercase()
                && letters(g)
                && letters(s)
                && (name_word(g) || name_word(s))
        }
        // `adm-zdabrowski`: an initial glued to a surname, only with the
        // admin prefix as further evidence.
        [w] if admin => {
            letters(w) && w.len() >= 5 && w[0].is_ascii_lowercase() && name_word(&w[1..])
        }
        _ => false,
    }
}

/// The login that starts the field at `i` (a lower-case ASCII letter
/// after a delimiter), when it is built from a name.
pub(crate) fn name_login_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 && !opens(b[i - 1]) {
        return None;
    }
    let mut e = i;
    while e < b.len()
        && e - i < 64
        && (b[e].is_ascii_lowercase()
            || b[e].is_ascii_digit()
            || matches!(b[e], b'.' | b'_' | b'-')
            || b[e] >= 0x80)
    {
        e += 1;
    }
    // The field ends here: a delimiter, not a key's separator, a path, a
    // port or a longer token.
    let close = at(b, e);
    if !matches!(
        close,
        0 | b'\t' | b' ' | b'"' | b'\'' | b',' | b'|' | b';' | b')' | b']' | b'>' | b'\n' | b'\r'
    ) {
        return None;
    }
    let after = if matches!(close, b'"' | b'\'') {
        at(b, e + 1)
    } else {
        close
    };
    if matches!(after, b':' | b'=') || (close == b' ' && at(b, e + 1) == b'=') {
        return None;
    }
    // Trailing digits of a login (`anna.lind2`) are part of it.
    let mut core = e;
    while core > i && b[core - 1].is_ascii_digit() {
        core -= 1;
    }
    if e - core > 2 {
        return None;
    }
    let v = &b[i..core];
    // A host or domain (`mail.example.se`, every syslog header's) is
    // turned away first, by its dots and ending alone.
    if v.len() < 5 || hostname_like(v) {
        return None;
    }
    let last = v.rsplit(|&c| c == b'.').next().unwrap_or(v);
    if (last.len() <= 5 && EXTENSIONS.contains(&last))
        || service_like(v)
        || v.ends_with(b".")
        || v.contains(&b'-')
            && !ADMIN_PREFIXES.iter().any(|p| v.starts_with(p))
            && !v.ends_with(b"-adm")
    {
        return None;
    }
    let v = v.strip_suffix(b"-adm").unwrap_or(v);
    person_handle(v).then_some((i, e))
}
