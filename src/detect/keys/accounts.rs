//! Values under an account key: shared and system accounts that are no
//! one's, an account split into its parts (user and domain), and whether a
//! bound account names a person ([`bound_account`]).

use super::evidence::{is_phone, listed};
use crate::detect::name::looks_like_name;
use crate::detect::{Kind, email};

/// Accounts that are not personal data (shared and system accounts) and
/// placeholders, compared case-insensitively.
const NOT_USERS: &[&str] = &[
    "-",
    "n/a",
    "na",
    "none",
    "null",
    "nil",
    "unknown",
    "(unknown)",
    "anonymous",
    "root",
    "nobody",
    "daemon",
    "bin",
    "sys",
    "system",
    "sshd",
    "guest",
    "admin",
    "administrator",
    "test",
    "localsystem",
    "local system",
    "networkservice",
    "localservice",
    "yes",
    "no",
    "true",
    "false",
    "empty",
    "undefined",
];

pub(super) fn username_kind(v: &str, buf: &mut String) -> Option<Kind> {
    if v.contains(' ') {
        // `owner`, `agent` and `changed_by` often hold the person's name.
        return looks_like_name(v, false).then_some(Kind::PersonName);
    }
    if !v.chars().any(char::is_alphabetic) && is_phone(v, buf) {
        // A SIP user or a login that is a telephone number.
        return Some(Kind::Phone);
    }
    // `CORP\root`, `NT AUTHORITY\SYSTEM`: the account after its domain
    // is what the tests below turn away (Netwrix's `Who=`, Windows events).
    let acct = v.rsplit('\\').next().unwrap_or(v);
    if v.chars().count() > 128
        || v.chars().any(|c| c.is_whitespace() || c.is_control())
        // `root`, `N/A`; `DBSNMP`, `MAILER-DAEMON`: an account a product
        // creates for itself.
        || not_an_account(acct)
        || crate::detect::username::NOT_NAMES.contains(acct.as_bytes())
        // `svc-backup`, `ise-monitor`, `nsroot`, `healthcheck`: a service's
        // or an appliance's own account, under `changedBy` or `ändradAv`.
        || crate::detect::username::service_like_under_key(acct.as_bytes())
        || !v.chars().any(char::is_alphabetic)
        // `DC01$`, `LAPTOP-8888EB8$`: a computer's account, not a person's.
        || v.ends_with('$')
        // `8-4-4-4-12` hex digits: an object or enrolment id that a
        // directory or an agent generated (ZPA's `CertificateCN`, an
        // IdP's user object id, a device's client certificate), never a
        // login a person chose or types; free text turns it away too.
        || crate::detect::username::uuid_shaped(acct.as_bytes())
    {
        return None;
    }
    let ok = v.chars().all(|c| {
        c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '\\' | '$' | '\'' | '+')
    });
    if !ok {
        return None;
    }
    if let Some(at) = v.rfind('@') {
        // `user@REALM`: a Kerberos principal names an account, not a
        // mailbox; `upn@example.se` is the mailbox it is.
        let realm = &v[at + 1..];
        let kerberos = realm.bytes().any(|b| b.is_ascii_uppercase())
            && !realm.bytes().any(|b| b.is_ascii_lowercase());
        if !kerberos && email::normalize(v, buf) {
            return Some(Kind::Email);
        }
    }
    Some(Kind::Username)
}

pub(super) fn person_kind(v: &str, buf: &mut String) -> Option<Kind> {
    if v.contains([' ', ',']) {
        return looks_like_name(v, false).then_some(Kind::PersonName);
    }
    if crate::detect::name::known_name_word(v) {
        return Some(Kind::PersonName);
    }
    // An account, but only one that could be nothing else: a plain word
    // under `customer` or `guest` is as often a plan, a tier or a flag.
    let account = v.contains(['.', '_', '@', '\\'])
        || (v.bytes().any(|b| b.is_ascii_digit()) && v.bytes().any(|b| b.is_ascii_alphabetic()));
    match username_kind(v, buf)? {
        Kind::Username if !account || uuid_like(v) => None,
        k => Some(k),
    }
}

/// Hex digits and dashes only, with a digit: an object id, not an account.
pub(super) fn uuid_like(v: &str) -> bool {
    v.len() >= 8
        && v.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        && v.bytes().any(|b| b.is_ascii_digit())
}

/// The two parts of an account written with its holder's name, as
/// directories, firewalls and IdPs write it: `Karin Eriksson (k.eriksson)`
/// (Check Point, Cisco ISE), `k.eriksson (Karin Eriksson)`, `Karin
/// Eriksson <karin@example.se>`. Each part with its kind: the name a
/// [`Kind::PersonName`], the account a [`Kind::Username`] or
/// [`Kind::Email`]. Offsets are into `value`. `None` when the value is
/// not of that shape.
pub fn account_parts(value: &str) -> Option<[(std::ops::Range<usize>, Kind); 2]> {
    let t = value.trim_end();
    // BeyondTrust's `who=Karin Berg (kberg) using password` (`using saml`,
    // `using ldap`): the authentication method after the account.
    let t = match t.rfind(" using ") {
        Some(u)
            if t[u + 7..]
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c == b'_' || c == b'-')
                && t.len() > u + 7
                && t[..u].ends_with(')') =>
        {
            &t[..u]
        }
        _ => t,
    };
    let close = t.as_bytes().last()?;
    let open = match close {
        b')' => '(',
        b'>' => '<',
        _ => return None,
    };
    let o = t.rfind(open)?;
    let inner = t[o + 1..t.len() - 1].trim();
    let lead = value.len() - value.trim_start().len();
    let outer = t[..o].trim();
    if inner.is_empty() || outer.is_empty() || outer.contains(['(', ')', '<', '>']) {
        return None;
    }
    let inner_at = o + 1 + (t[o + 1..].len() - t[o + 1..].trim_start().len());
    let inner_r = inner_at..inner_at + inner.len();
    let outer_r = lead..lead + outer.len();
    let outer = outer.trim_matches('"');
    let outer_r = if outer.len() + 2 == outer_r.len() {
        outer_r.start + 1..outer_r.end - 1
    } else {
        outer_r
    };
    let mut buf = String::new();
    let account = |v: &str, buf: &mut String| {
        username_kind(v, buf).filter(|k| matches!(k, Kind::Username | Kind::Email))
    };
    if looks_like_name(outer, false) && outer.contains(' ') && has_name_word(outer) {
        let k = account(inner, &mut buf)?;
        return Some([(outer_r, Kind::PersonName), (inner_r, k)]);
    }
    if open == '(' && looks_like_name(inner, false) && inner.contains(' ') && has_name_word(inner) {
        let k = account(outer, &mut buf)?;
        return Some([(outer_r, k), (inner_r, Kind::PersonName)]);
    }
    None
}

/// True if a word of `v` is a capitalised given name or surname.
fn has_name_word(v: &str) -> bool {
    v.split_whitespace()
        .any(|w| crate::detect::name::known_name_word(w.trim_end_matches(',')))
}

/// What a value in a field bound to usernames is, when it is not an
/// account: an e-mail address, a person's name (`suser=Karin Eriksson`),
/// or a shared or system account that names no one (`admin`, `-`).
pub fn bound_account(value: &str) -> BoundAccount {
    let v = value[listed(value)].trim();
    let mut buf = String::new();
    if v.contains('@') || v.contains(' ') {
        match username_kind(v, &mut buf) {
            Some(Kind::Email) => return BoundAccount::Other(Kind::Email),
            // A group or role (`Domain Admins`) is no name: one word must be
            // a known given name or surname.
            Some(Kind::PersonName) if has_name_word(v) => {
                return BoundAccount::Other(Kind::PersonName);
            }
            _ => {}
        }
    }
    BoundAccount::Account
}

/// See [`bound_account`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundAccount {
    /// An account, as the binding says.
    Account,
    /// Personal data of another kind.
    Other(Kind),
}

/// True if `value` is a shared or system account or a placeholder
/// (`root`, `admin`, `-`, `N/A`, `SYSTEM`): no one's account.
pub fn not_an_account(value: &str) -> bool {
    let v = value.trim();
    NOT_USERS.iter().any(|n| v.eq_ignore_ascii_case(n))
        || crate::detect::builtin::builtin_account(v.as_bytes())
        || kubernetes_identity(v)
}

/// True if `v` is one of Kubernetes' own identities: the API server
/// reserves the `system:` prefix for them (`system:serviceaccount:<ns>:
/// <name>`, a workload's service account; `system:node:<host>`,
/// `system:kube-scheduler`, `system:anonymous`), so an audit log's
/// `user.username` or a proxy's `suid` that holds one names a workload or
/// a component, never a person.
pub fn kubernetes_identity(v: &str) -> bool {
    v.strip_prefix("system:").is_some_and(|rest| {
        rest.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && rest
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b':' | b'-' | b'.' | b'_'))
    })
}
