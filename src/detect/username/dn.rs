//! The login that names a directory entry: the first RDN of an LDAP
//! distinguished name, `CN=k.berg,OU=Users,DC=corp,DC=example`, wherever
//! the DN is written (Active Directory and Azure AD Connect change logs,
//! Windows 4662/5136 `Object DN:`, OpenLDAP's and 389 Directory Server's
//! `BIND dn=`, Cisco ISE and FortiAuthenticator LDAP lookups, Palo Alto
//! User-ID group mapping, vCenter and Keycloak LDAP federation). A DN's
//! `uid=` is an account key already; its `CN=` is either the holder's
//! display name (left to the name detector) or, in many directories, the
//! login itself.

use super::shape::{hostname_like, plausible, service_like};
use crate::detect::util::at;

/// Words in a DN's containers that say the entry is no person's:
/// computers, servers, groups, roles, services, devices, printers and
/// the directory's own system containers.
const NOT_PEOPLE: [&[u8]; 17] = [
    b"comput",
    b"server",
    b"group",
    b"grupp",
    b"gruppe",
    b"role",
    b"service",
    b"device",
    b"printer",
    b"controller",
    b"system",
    b"builtin",
    b"pki",
    b"certif",
    b"configuration",
    b"laptop",
    b"workstation",
];

/// The login after `CN=` starting at `vs`: a lower-case account (letters,
/// digits, `.`, `_`, `-`, non-ASCII letters) or one in capitals ended by the `,` before the next RDN of a
/// directory's container (`OU=`, `CN=`), in a DN that carries an `OU=` or
/// `DC=` (so a certificate subject's `CN=host,O=Org,C=SE` is left) and
/// whose containers name no computers, groups or services. Display names
/// (spaces, capitals, escaped commas), hosts and service accounts stay.
pub(super) fn dn_login(b: &[u8], vs: usize) -> Option<(usize, usize)> {
    let first = at(b, vs);
    if !(first.is_ascii_alphabetic()) {
        return None;
    }
    let mut e = vs;
    while e < b.len()
        && e - vs <= 64
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'_' | b'-') || b[e] >= 0x80)
    {
        e += 1;
    }
    if at(b, e) != b',' {
        return None;
    }
    let v = &b[vs..e];
    // A login in capitals, as directories of SAP and mainframe heritage
    // keep them (`CN=KTAMM`, `CN=MMEIER2`): four letters or more, at most
    // two digits after them, so that a computer (`CN=PC0042`, `CN=DC01`)
    // stays.
    let letters = v.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let caps =
        letters >= 4 && v.len() - letters <= 2 && v[letters..].iter().all(u8::is_ascii_digit);
    let lower = first.is_ascii_lowercase() && !v.iter().any(u8::is_ascii_uppercase);
    if !(lower || caps) {
        return None;
    }
    let next = &b[e + 1..b.len().min(e + 4)];
    let rdn = |k: &[u8]| next.len() >= k.len() && next[..k.len()].eq_ignore_ascii_case(k);
    // A container follows (a CA or a domain's own entry sits right under
    // the `DC=` parts).
    if !(rdn(b"ou=") || rdn(b"cn=")) {
        return None;
    }
    // The rest of the DN: up to a quote, a space after a value, or a
    // delimiter of the record.
    let mut r = e;
    while r < b.len()
        && r - e < 256
        && !matches!(
            b[r],
            b'"' | b'\'' | b';' | b'|' | b'\t' | b'\n' | b'\\' | b')' | b']'
        )
    {
        r += 1;
    }
    let rest = &b[e..r];
    let has = |k: &[u8]| rest.windows(k.len()).any(|w| w.eq_ignore_ascii_case(k));
    if !(has(b",ou=") || has(b",dc=")) || NOT_PEOPLE.iter().any(|w| has(w)) {
        return None;
    }
    // A directory's own containers as a search base (`cn=users,cn=accounts,
    // dc=example`, `cn=people,...`).
    const CONTAINERS: [&[u8]; 8] = [
        b"users",
        b"accounts",
        b"people",
        b"staff",
        b"admins",
        b"computers",
        b"groups",
        b"etc",
    ];
    if CONTAINERS.iter().any(|c| v.eq_ignore_ascii_case(c)) {
        return None;
    }
    (plausible(v) && !service_like(v) && !hostname_like(v) && v.iter().any(u8::is_ascii_alphabetic))
        .then_some((vs, e))
}
