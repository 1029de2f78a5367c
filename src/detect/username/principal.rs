//! A Kerberos client principal written `user/REALM`: Zeek's kerberos.log
//! `client` column (`jdoe/CORP.EXAMPLE.COM`), and the same form in KDC
//! and IDS exports that print a principal's name and realm with a slash
//! (Corelight, Security Onion, Suricata's krb5 metadata, Brim). The realm
//! is the evidence: upper case, dotted, at the end of a field. Service
//! principals (`krbtgt/REALM`, `kadmin/...`, `host/`, `HTTP/`, `cifs/`,
//! `ldap/`, `MSSQLSvc/`, ...) and machine accounts (`WS01$`) stay.

use super::shape::{hostname_like, plausible, service_like};
use crate::detect::util::at;

/// The service names of service principals (compared folding ASCII
/// case): Kerberos' own, Windows' SPN classes and the services of the
/// Hadoop, mail and database stacks.
const SERVICES: [&str; 36] = [
    "krbtgt",
    "kadmin",
    "changepw",
    "host",
    "http",
    "https",
    "cifs",
    "ldap",
    "gc",
    "dns",
    "nfs",
    "mssqlsvc",
    "restrictedkrbhost",
    "wsman",
    "termsrv",
    "rpcss",
    "smtp",
    "imap",
    "pop",
    "ftp",
    "afs",
    "sip",
    "postgres",
    "oracle",
    "hdfs",
    "yarn",
    "hive",
    "hbase",
    "zookeeper",
    "kafka",
    "exchangemdb",
    "exchangerfr",
    "exchangeab",
    "vnc",
    "iscsi",
    "dhcp",
];

/// Whether `v` names a Kerberos service (ASCII case folded): the first
/// part of a service principal, `HTTP/` in `HTTP/web1.corp@CORP`, or a
/// service's own `krbtgt/REALM`. The one list for every principal form
/// (`user/REALM` here, `service/instance@REALM` in e-mail detection).
pub(crate) fn kerberos_service(v: &[u8]) -> bool {
    SERVICES
        .iter()
        .any(|w| v.eq_ignore_ascii_case(w.as_bytes()))
}

/// Country and generic endings a one-dot realm may have (`CORP.LOCAL`,
/// `EXAMPLE.COM`, `KORP.SE`); a realm of three labels or more needs none.
const ONE_DOT_ENDS: [&[u8]; 18] = [
    b"COM", b"NET", b"ORG", b"LOCAL", b"LAN", b"INT", b"CORP", b"EDU", b"GOV", b"SE", b"NO", b"DK",
    b"FI", b"DE", b"NL", b"UK", b"EU", b"IO",
];

/// The client account before the realm that starts at `r` (right after a
/// `/`): `hauveg73/AD.EXAMPLE.SE`.
pub(crate) fn before_realm(b: &[u8], r: usize) -> Option<(usize, usize)> {
    // The realm: upper-case labels joined by dots, ending the field.
    let mut e = r;
    let mut dots = 0;
    let mut last = r;
    while e < b.len() && e - r < 128 {
        match b[e] {
            b'A'..=b'Z' | b'0'..=b'9' | b'-' => {}
            b'.' => {
                if e == last {
                    return None;
                }
                dots += 1;
                last = e + 1;
            }
            _ => break,
        }
        e += 1;
    }
    if dots == 0
        || e == last
        || !matches!(
            at(b, e),
            0 | b'\t' | b' ' | b'"' | b'\'' | b',' | b';' | b'|' | b')' | b']' | b'\n' | b'\r'
        )
    {
        return None;
    }
    let tld = &b[last..e];
    if !tld.iter().all(u8::is_ascii_uppercase) || (dots == 1 && !ONE_DOT_ENDS.contains(&tld)) {
        return None;
    }
    // The client's name, from the start of its field to the slash.
    let k = r - 1;
    let mut s = k;
    while s > 0
        && k - s < 64
        && (b[s - 1].is_ascii_alphanumeric()
            || matches!(b[s - 1], b'.' | b'_' | b'-')
            || b[s - 1] >= 0x80)
    {
        s -= 1;
    }
    if s == k
        || !(s == 0
            || matches!(
                b[s - 1],
                b'\t' | b' ' | b'"' | b'\'' | b'=' | b',' | b'|' | b';' | b'[' | b'(' | b':' | b'<'
            ))
    {
        return None;
    }
    let v = &b[s..k];
    (!kerberos_service(v)
        && plausible(v)
        && !service_like(v)
        && !hostname_like(v)
        && v.iter().any(u8::is_ascii_alphabetic))
    .then_some((s, k))
}
