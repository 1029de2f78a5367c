//! IPv4 and IPv6 addresses.
//!
//! IPv4 octets are strict (0-255, no leading zeros) and the address must not
//! be part of a longer dotted or digit run, so version strings such as
//! `1.2.3.4.5` or `5.2.4182.69463` are left alone. IPv6 accepts every textual
//! form `std` parses (compressed, embedded IPv4), with an optional zone id
//! (`%eth0`) that is not part of the span. An address with an embedded IPv4
//! tail, IPv4-mapped (`::ffff:192.0.2.1`) included, is one IPv6 value over
//! its whole text, so no part of it survives; [`normalize_v6`] turns a mapped
//! address into its IPv4 form, so the host still gets one pseudonym however
//! it was written.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::util::{at, is_digit, is_hex, is_word};

/// One octet at `i` (0-255, no leading zero): its end. At most four bytes
/// are looked at, one branch each.
#[inline]
fn octet(b: &[u8], i: usize) -> Option<usize> {
    let digit = |k: usize| at(b, k).wrapping_sub(b'0');
    let d0 = digit(i);
    if d0 > 9 {
        return None;
    }
    let d1 = digit(i + 1);
    if d1 > 9 {
        return Some(i + 1);
    }
    if d0 == 0 {
        return None;
    }
    let d2 = digit(i + 2);
    if d2 > 9 {
        return Some(i + 2);
    }
    let v = u32::from(d0) * 100 + u32::from(d1) * 10 + u32::from(d2);
    (v <= 255 && digit(i + 3) > 9).then_some(i + 3)
}

/// The octet parser as it was, kept as the oracle for [`octet`].
#[cfg(test)]
fn ref_octet(b: &[u8], i: usize) -> Option<usize> {
    let c0 = at(b, i);
    if !is_digit(c0) {
        return None;
    }
    let mut v = u32::from(c0 - b'0');
    let mut j = i + 1;
    while is_digit(at(b, j)) {
        if c0 == b'0' || j - i >= 3 {
            return None;
        }
        v = v * 10 + u32::from(b[j] - b'0');
        j += 1;
    }
    (v <= 255).then_some(j)
}

/// Four octets at `i` joined by `sep`: their end.
#[inline]
fn quad(b: &[u8], i: usize, sep: u8) -> Option<usize> {
    let mut j = octet(b, i)?;
    for _ in 0..3 {
        if at(b, j) != sep {
            return None;
        }
        j = octet(b, j + 1)?;
    }
    Some(j)
}

/// An IPv4 address starting at `i`; the caller has checked the byte before.
/// Returns its end.
pub(crate) fn ipv4_at(b: &[u8], i: usize) -> Option<usize> {
    // Inside a longer dotted run (`1.3.6.1.4.1`, `v2.10.0.1.5`) no address
    // starts; after an ellipsis (`..`, `...`) one does: strongSwan writes
    // its two endpoints as `192.0.2.1[gw]...198.51.100.7[peer]`.
    if i > 0 && b[i - 1] == b'.' && !(i > 1 && b[i - 2] == b'.') {
        return None;
    }
    let j = quad(b, i, b'.')?;
    let c = at(b, j);
    if is_word(c) || (c == b'.' && is_word(at(b, j + 1)) && !packet_port(b, j)) {
        return None;
    }
    if after_version_word(b, i)
        || after_product(b, i, j)
        || version_dir(b, i)
        || header_version(b, i, j)
        || !host_address(&b[i..j])
    {
        return None;
    }
    Some(j)
}

/// True if the quad `b[i..j]` is the whole fourth field of a CEF or LEEF
/// header (`CEF:0|Vendor|Product|Version|`, `LEEF:2.0|Vendor|Product|
/// Version|EventID|`): the product's version, as both formats define that
/// field, whatever the product.
fn header_version(b: &[u8], i: usize, j: usize) -> bool {
    if i == 0 || b[i - 1] != b'|' || at(b, j) != b'|' {
        return false;
    }
    let w = &b[i.saturating_sub(256)..i - 1];
    let mut pipes = 0;
    for k in (0..w.len()).rev() {
        match w[k] {
            b'|' if k > 0 && w[k - 1] == b'\\' => {}
            b'|' => {
                pipes += 1;
                if pipes > 2 {
                    return false;
                }
            }
            // The header's own `|` before the quad is not in `w`: two more
            // back to the format's name.
            b':' if pipes == 2 => {
                let start = &w[..k];
                return start.ends_with(b"CEF") || start.ends_with(b"LEEF");
            }
            b'\n' => return false,
            _ => {}
        }
    }
    false
}

/// A dotted quad that is a whole segment of a path, right after a
/// segment that names versions (`/fw/10.2.4.3/image.bin`,
/// `/agent/7.0.2.4/setup.msi`, `/releases/4.2.0.1/`): download servers,
/// update mirrors and package repositories file each build under a
/// directory named for its version. An address as a path segment
/// (`/hosts/192.0.2.7/`) follows a segment that names no version.
fn version_dir(b: &[u8], i: usize) -> bool {
    if i < 3 || b[i - 1] != b'/' {
        return false;
    }
    let e = i - 1;
    let mut s = e;
    while s > 0 && e - s < 10 && b[s - 1].is_ascii_alphanumeric() {
        s -= 1;
    }
    if s == e || s == 0 || b[s - 1] != b'/' {
        return false;
    }
    let w = &b[s..e];
    version_word(w)
        || (w.len() > 2 && (w[w.len() - 1] | 0x20) == b's' && version_word(&w[..w.len() - 1]))
}

/// At `j`, right after a dotted quad: `.port` as tcpdump and OpenBSD's
/// pflog write an endpoint (`IP 192.0.2.7.51234 > 198.51.100.2.443: Flags
/// [S]`), one to five digits (a port) followed by ` > ` or `:`. A fifth
/// group before anything else is a longer dotted run (`1.3.6.1.4.1`, a
/// version), which stays.
fn packet_port(b: &[u8], j: usize) -> bool {
    let s = j + 1;
    let mut e = s;
    while e < b.len() && e - s < 6 && b[e].is_ascii_digit() {
        e += 1;
    }
    (1..=5).contains(&(e - s)) && (b[e..].starts_with(b" > ") || at(b, e) == b':')
}

/// True unless the dotted quad `q` names no host ([`ipv4_names_host`]).
fn host_address(q: &[u8]) -> bool {
    let mut bits = 0u32;
    for part in q.split(|&c| c == b'.') {
        bits = (bits << 8) | super::util::num(part);
    }
    ipv4_names_host(bits)
}

/// True unless the IPv4 address `a` names no host: loopback (`127.x`), the
/// unspecified and broadcast addresses, or a netmask (`255.255.255.252`:
/// ones, then zeros). The detector passes over these, and IP pseudonyms
/// never fall among them (`IpPrefix::encrypt_host`).
pub(crate) fn ipv4_names_host(a: u32) -> bool {
    if a >> 24 == 127 || a == 0 {
        return false;
    }
    // A netmask is a run of ones followed by zeros: inverted, plus one, a
    // power of two.
    a >> 24 != 255 || !(!a).wrapping_add(1).is_power_of_two()
}

/// A dotted quad right after a product token in a user-agent string is the
/// product's version: `Firefox/115.0.2.1`, `Snom D785/10.1.141.13`,
/// `UA=Yealink SIP-T54W 96.86.0.100`. The token is glued with `/`, or is a
/// model number (letters and digits) before a space; and a user-agent cue
/// (`agent`, `ua=`, `Mozilla/`) comes earlier in the line. An address with
/// a port after it (openvpn's `user/192.0.2.1:1194`) is never a version.
fn after_product(b: &[u8], i: usize, j: usize) -> bool {
    let Some(&p) = i.checked_sub(1).and_then(|k| b.get(k)) else {
        return false;
    };
    // A model number before a space ends in a digit or a capital
    // (`SIP-T54W`, `GXP2170`); `from 192.0.2.1` is rejected here.
    let q = i.checked_sub(2).map_or(0, |k| b[k]);
    if !(p == b'/' || (p == b' ' && (q.is_ascii_digit() || q.is_ascii_uppercase()))) {
        return false;
    }
    if at(b, j) == b':' && is_digit(at(b, j + 1)) {
        return false;
    }
    let e = i - 1;
    let mut s = e;
    while s > 0
        && e - s < 40
        && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'-' | b'_'))
    {
        s -= 1;
    }
    let tok = &b[s..e];
    let letter = tok.iter().any(u8::is_ascii_alphabetic);
    let digit = tok.iter().any(u8::is_ascii_digit);
    let shaped = if p == b'/' {
        letter && (s == 0 || b[s - 1] != b'/')
    } else {
        letter && digit
    };
    shaped
        && (user_agent_before(b, s)
            || (p == b' ' && quoted_product(b, s, j))
            || (p == b'/' && product_follows(b, j)))
}

/// After a `Product/1.2.3.4` token, another product or a comment follows
/// (`CitrixReceiver/23.9.1.104 Windows/10.0.22631`, `Foo/1.2.3.4 (Linux)`):
/// the grammar of a User-Agent header (RFC 9110, 10.1.5: products, each
/// `token/version`, and comments, separated by spaces), whatever key or
/// word (`Browser_type`, `UA [`, none at all) introduced it. A user and an
/// address (`alice/192.0.2.7 connected`) is followed by a word, not by a
/// product with its version.
fn product_follows(b: &[u8], j: usize) -> bool {
    if at(b, j) != b' ' {
        return false;
    }
    let k = j + 1;
    if at(b, k) == b'(' {
        return true;
    }
    let mut e = k;
    while e - k < 40 && (at(b, e).is_ascii_alphanumeric() || matches!(at(b, e), b'-' | b'_' | b'.'))
    {
        e += 1;
    }
    e > k && at(b, k).is_ascii_alphabetic() && at(b, e) == b'/' && is_digit(at(b, e + 1))
}

/// `"Yealink SIP-T54W 96.86.0.100"`: a quoted string that ends with the
/// quad and opens, a few words earlier, with a capitalised word (the
/// vendor), as an access log writes a phone's user agent.
fn quoted_product(b: &[u8], s: usize, j: usize) -> bool {
    if at(b, j) != b'"' {
        return false;
    }
    let Some(q) = b[s.saturating_sub(40)..s].iter().rposition(|&c| c == b'"') else {
        return false;
    };
    let open = s.saturating_sub(40) + q;
    let words = b[open..s].iter().filter(|&&c| c == b' ').count();
    at(b, open + 1).is_ascii_uppercase() && (1..=3).contains(&words)
}

/// True if a user-agent cue appears in the 160 bytes before `i`.
fn user_agent_before(b: &[u8], i: usize) -> bool {
    let w = &b[i.saturating_sub(160)..i];
    let lower = |k: usize| w[k].to_ascii_lowercase();
    (0..w.len()).any(|k| {
        let rest = w.len() - k;
        match lower(k) {
            b'a' => rest >= 5 && w[k..k + 5].eq_ignore_ascii_case(b"agent"),
            b'f' => rest >= 8 && w[k..k + 8].eq_ignore_ascii_case(b"firmware"),
            b'm' => rest >= 8 && w[k..k + 8].eq_ignore_ascii_case(b"mozilla/"),
            b'u' => {
                rest >= 3
                    && lower(k + 1) == b'a'
                    && matches!(w[k + 2], b'=' | b':' | b'"')
                    && (k == 0 || !w[k - 1].is_ascii_alphanumeric())
            }
            _ => false,
        }
    })
}

/// An IPv4 address written with dashes inside a host name, as reverse DNS
/// and cloud providers name hosts (`ip-10-0-0-1.ec2.internal`,
/// `adsl-70-242-75-179.dsl.example.net`, `h64-187-1-131.example.net`,
/// `82-252-162-81.adsl.example.fr`): the address is personal data however it
/// is spelt. Dashed digit groups are common elsewhere (dates, phone numbers,
/// MACs, ids), so the quad counts only as part of a host name: glued to a
/// letter or after a `word-` that holds a letter, or at the start of a token
/// and followed by a domain of two or more labels; and never inside a longer
/// dashed run (`1-2-3-4-5`, `10-20-30-40-50-60`). Returns its end.
pub(crate) fn dashed_ipv4_at(b: &[u8], i: usize) -> Option<usize> {
    let j = quad(b, i, b'-')?;
    let c = at(b, j);
    if is_word(c) || (c == b'-' && is_word(at(b, j + 1))) || (c == b'.' && is_digit(at(b, j + 1))) {
        return None;
    }
    let in_host_name = match i.checked_sub(1).map(|p| b[p]) {
        Some(p) if p.is_ascii_alphabetic() => true,
        Some(b'-') => {
            // The word before the dash: letters and digits, at least one
            // letter (`ip-`, `ec2-`; not `2026-` or `1-`).
            let mut k = i - 1;
            let mut letter = false;
            while k > 0 && b[k - 1].is_ascii_alphanumeric() {
                letter |= b[k - 1].is_ascii_alphabetic();
                k -= 1;
            }
            letter
        }
        Some(p) if is_word(p) || p == b'.' => false,
        _ => domain_follows(b, j),
    };
    in_host_name.then_some(j)
}

/// At `j`: `.label.x`, the rest of a host name with at least two labels,
/// the first starting with a letter (not a file extension such as `.txt`).
fn domain_follows(b: &[u8], j: usize) -> bool {
    if at(b, j) != b'.' || !at(b, j + 1).is_ascii_alphabetic() {
        return false;
    }
    let mut k = j + 2;
    while at(b, k).is_ascii_alphanumeric() || at(b, k) == b'-' {
        k += 1;
    }
    at(b, k) == b'.' && at(b, k + 1).is_ascii_alphanumeric()
}

/// Words after which a dotted quad is a version number, not an address:
/// `version=1.2.3.4`, `firmware 1.2.3.4`, `"version":"1.2.3.4"`, `v1.2.3.4`.
/// [`version_word`] is the lookup; this list is its oracle.
#[cfg(test)]
const VERSION_WORDS: [&[u8]; 24] = [
    b"version",
    // The word in the languages of Nordic, Baltic and Central European
    // help desks and apps (`versio 2.5.1.4`, `verzija 2.5.1.4`).
    b"versio",
    b"versjon",
    b"verzija",
    b"versija",
    b"verze",
    b"verzia",
    b"wersja",
    b"versione",
    b"versiyon",
    b"ver",
    b"vers",
    b"v",
    b"firmware",
    b"fw",
    b"build",
    b"release",
    b"rev",
    b"revision",
    b"sw",
    b"software",
    b"agent",
    b"bios",
    b"oid",
];

/// Whether the word just before `i` (skipping `=`, `:`, `"`, `'`, spaces and
/// a glued `v`) says the number that follows is a version.
pub(crate) fn after_version_word(b: &[u8], i: usize) -> bool {
    let mut j = i;
    // `v1.2.3.4`: the letter is glued to the digits.
    if j > 0
        && (b[j - 1] == b'v' || b[j - 1] == b'V')
        && (j < 2 || !b[j - 2].is_ascii_alphanumeric())
    {
        return true;
    }
    let mut skipped = 0;
    while j > 0 && matches!(b[j - 1], b'=' | b':' | b'"' | b'\'' | b' ' | b'\t') && skipped < 4 {
        j -= 1;
        skipped += 1;
    }
    if skipped == 0 || j == 0 {
        return false;
    }
    // `app_version`, `fw-version`: the last part of a compound name counts,
    // so only the letters and digits back to a `_`, `-` or the word's start
    // matter.
    // Every version word ends in one of these letters; `srcip=` and `from `
    // are rejected here without walking back over them.
    // Bit 0 is `a` (`verzija`, `wersja`).
    const LAST: u32 = 1
        | 1 << (b'o' - b'a')
        | 1 << (b'd' - b'a')
        | 1 << (b'e' - b'a')
        | 1 << (b'n' - b'a')
        | 1 << (b'r' - b'a')
        | 1 << (b's' - b'a')
        | 1 << (b't' - b'a')
        | 1 << (b'v' - b'a')
        | 1 << (b'w' - b'a');
    let l = (b[j - 1] | 0x20).wrapping_sub(b'a');
    if l >= 26 || LAST & (1 << l) == 0 {
        return false;
    }
    let end = j;
    while j > 0 && end - j <= 8 && b[j - 1].is_ascii_alphanumeric() {
        // `clientVersion`, `AppVersion`, `firmwareVersion`, `OSVersion`:
        // a camel-case compound's last word counts, as after `_`.
        let hump = b[j - 1].is_ascii_lowercase() && b[j].is_ascii_uppercase();
        let acronym = b[j - 1].is_ascii_uppercase()
            && b[j].is_ascii_uppercase()
            && b.get(j + 1).is_some_and(u8::is_ascii_lowercase);
        if j < end && (hump || acronym) {
            break;
        }
        j -= 1;
    }
    version_word(&b[j..end])
        // A vendor's or product's acronym glued to the word (`OMSversion`,
        // `FWversion`, `OSversion`), as CEF extensions and kv keys write it.
        || (end >= 8
            && b[end - 8].is_ascii_uppercase()
            && b[end - 7] == b'v'
            && b[end - 6..end].eq_ignore_ascii_case(b"ersion"))
}

/// One of [`VERSION_WORDS`], ignoring ASCII case. The length and first
/// letter pick the candidates, so most words cost one comparison at most.
#[inline]
pub(crate) fn version_word(w: &[u8]) -> bool {
    let Some(&f) = w.first() else {
        return false;
    };
    let is = |k: &[u8]| w.eq_ignore_ascii_case(k);
    match (w.len(), f | 0x20) {
        (1, b'v') => is(b"v"),
        (2, b'f') => is(b"fw"),
        (2, b's') => is(b"sw"),
        (3, b'v') => is(b"ver"),
        (3, b'r') => is(b"rev"),
        (3, b'o') => is(b"oid"),
        (4, b'v') => is(b"vers"),
        (4, b'b') => is(b"bios"),
        (5, b'b') => is(b"build"),
        (5, b'a') => is(b"agent"),
        (5, b'v') => is(b"verze"),
        (6, b'v') => is(b"versio") || is(b"verzia"),
        (6, b'w') => is(b"wersja"),
        (7, b'v') => is(b"version") || is(b"verzija") || is(b"versija") || is(b"versjon"),
        (8, b'v') => is(b"versione") || is(b"versiyon"),
        (7, b'r') => is(b"release"),
        (8, b'f') => is(b"firmware"),
        (8, b'r') => is(b"revision"),
        (8, b's') => is(b"software"),
        _ => false,
    }
}

/// True if `s` is eight bytes written as colon-separated pairs of hex
/// digits (`55:de:55:e7:7e:64:f6:e3`): a certificate's serial number as
/// Suricata's `tls.serial`, Zeek's x509 log and OpenSSL's `-serial` print
/// it, a key id or an EUI-64, never an address. An address written with all
/// eight groups and no `::` has a first group of four digits in every range
/// that is assigned (`2001:`, `fe80:`, `fd00:`, `ff02:`), and a group of
/// one or two only where a `::` would have been written. An EUI-64 made
/// from a MAC (`ff:fe` as its fourth and fifth bytes) names the device as
/// its MAC does and is still found.
fn byte_pairs(s: &[u8]) -> bool {
    s.len() == 23
        && !s[9..14].eq_ignore_ascii_case(b"ff:fe")
        && s.chunks(3)
            .all(|g| is_hex(g[0]) && is_hex(g[1]) && g.get(2).is_none_or(|&c| c == b':'))
}

/// An IPv6 address starting at `i` (a hex digit or the first `:` of `::`).
/// Returns its span.
pub(crate) fn ipv6_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 {
        let p = b[i - 1];
        // Postfix writes `[IPv6:2001:db8::25]`.
        // So do `addr:2001:db8::1` (ifconfig) and `src:fe80::1`: a word
        // with a letter that is no hex digit is no group of an address.
        let tagged = p == b':' && {
            let mut k = i - 1;
            while k > 0 && is_word(b[k - 1]) {
                k -= 1;
            }
            k < i - 1
                && b[k..i - 1]
                    .iter()
                    .any(|c| c.is_ascii_alphabetic() && !is_hex(*c))
        };
        if (is_word(p) || p == b':' || p == b'.') && !tagged {
            return None;
        }
    }
    let mut e = i;
    let mut colons = 0;
    let mut double = false;
    while e < b.len() && e - i < 64 {
        let c = b[e];
        if c == b':' {
            colons += 1;
            double |= e > i && b[e - 1] == b':';
        } else if !(is_hex(c) || c == b'.') {
            break;
        }
        e += 1;
    }
    // Without `::` an address has all its groups (6 before an embedded IPv4),
    // which rejects times such as `10:05:33` before any parsing.
    if colons < 2 || !(double || colons >= 6) || byte_pairs(&b[i..e]) {
        return None;
    }
    let after = at(b, e);
    if is_word(after) {
        return None;
    }
    // A sentence may end right after the address; a lone `:` introduces
    // whatever follows. Neither belongs to the address.
    while e > i && b[e - 1] == b'.' {
        e -= 1;
    }
    if e >= i + 2 && b[e - 1] == b':' && b[e - 2] != b':' {
        e -= 1;
    }
    let s = std::str::from_utf8(&b[i..e]).ok()?;
    // The unspecified and loopback addresses name no host.
    if s == "::" || s == "::1" {
        return None;
    }
    // Samba's tsocket addresses (`remote host [ipv6:fe80::1:445]`) always
    // end in the port, which a parse of the whole would take for a group.
    // Postfix's `[IPv6:...]` address literal has no port and is capitalised.
    if i >= 5 && &b[i - 5..i] == b"ipv6:" {
        if let Some(c) = s.rfind(':') {
            let port = &s[c + 1..];
            if (1..=5).contains(&port.len())
                && port.bytes().all(|d| d.is_ascii_digit())
                && s[..c].parse::<Ipv6Addr>().is_ok()
            {
                return Some((i, i + c));
            }
        }
    }
    if s.parse::<Ipv6Addr>().is_ok() {
        return Some((i, e));
    }
    // tcpdump's `2001:db8::1.443`: a port after a dot, on an address with
    // no embedded IPv4.
    if let Some(d) = s.rfind('.') {
        let (head, port) = (&s[..d], &s[d + 1..]);
        if !head.contains('.')
            && (1..=5).contains(&port.len())
            && port.bytes().all(|c| c.is_ascii_digit())
            && head.parse::<Ipv6Addr>().is_ok()
        {
            return Some((i, i + d));
        }
    }
    // `::ffff:192.0.2.1:5060`: a port after an embedded IPv4 tail, which no
    // address can end with. `2001:db8:0:0:1:2:3:4:443`: a port after all
    // eight groups, which no address has a ninth of (dropbear's `from
    // ADDR:PORT`, Apache's `[client ADDR:PORT]`); with a `::` the last group
    // may be the address's own, so that form is left alone.
    let c = s.rfind(':')?;
    let port = &s[c + 1..];
    let head = &s[..c];
    // Five digits are no group either (dropbear's `from fe80::1:43385`).
    let full =
        !head.contains("::") && head.bytes().filter(|&x| x == b':').count() == 7 || port.len() == 5;
    ((head.contains('.') || full)
        && (1..=5).contains(&port.len())
        && port.bytes().all(|d| d.is_ascii_digit())
        && head.parse::<Ipv6Addr>().is_ok())
    .then_some((i, i + c))
}

/// At `i`, a dotted quad that a reverse-DNS name spells backwards:
/// `7.2.0.192.in-addr.arpa` is the PTR name of 192.0.2.7, which resolvers
/// and DNS servers log for every reverse lookup (BIND's `query:` lines,
/// Unbound, dnsmasq, Windows DNS debug logs, mail servers checking a
/// client's name). Only a whole name counts: four octets, then
/// `.in-addr.arpa` (any case), and no longer dotted run before; a zone of
/// one to three octets (`2.0.192.in-addr.arpa`) names a network, not a host,
/// and stays. The address read forwards must name a host ([`host_address`]).
/// Returns the end of the name: the span holds `.in-addr.arpa` too, so the
/// value tells its spelling wherever it goes (the operator writes the
/// address back reversed, and the suffix as it was written).
pub(crate) fn arpa_ipv4_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (b[i - 1] == b'.' || is_word(b[i - 1])) {
        return None;
    }
    let j = quad(b, i, b'.')?;
    const ARPA: &[u8] = b".in-addr.arpa";
    let tail = b.get(j..j + ARPA.len())?;
    if !tail.eq_ignore_ascii_case(ARPA) || is_word(at(b, j + ARPA.len())) {
        return None;
    }
    let forward = reverse_v4(std::str::from_utf8(&b[i..j]).ok()?);
    host_address(forward.as_bytes()).then_some(j + ARPA.len())
}

/// The reverse-DNS suffix of an IPv4 PTR name, as written (any case), and
/// the reversed quad before it.
pub(crate) fn split_arpa(v: &str) -> Option<(&str, &str)> {
    let cut = v.len().checked_sub(".in-addr.arpa".len())?;
    let (quad, suffix) = (v.get(..cut)?, v.get(cut..)?);
    suffix
        .eq_ignore_ascii_case(".in-addr.arpa")
        .then_some((quad, suffix))
}

/// The dotted quad `v` with its octets in the other order.
pub(crate) fn reverse_v4(v: &str) -> String {
    let mut parts: Vec<&str> = v.split('.').collect();
    parts.reverse();
    parts.join(".")
}

/// Canonical IPv4 text of a reverse-DNS name (`7.2.0.192.in-addr.arpa` is
/// 192.0.2.7), or false.
pub(crate) fn normalize_arpa_v4(v: &str, out: &mut String) -> bool {
    split_arpa(v).is_some_and(|(quad, _)| normalize_v4(&reverse_v4(quad), out))
}

/// Canonical IPv4 text, or false. The dashed form of a host name
/// (`10-0-0-1`) is the same address.
pub(crate) fn normalize_v4(v: &str, out: &mut String) -> bool {
    if v.contains('-') {
        return match v.replace('-', ".").parse::<Ipv4Addr>() {
            Ok(a) => {
                use std::fmt::Write;
                let _ = write!(out, "{a}");
                true
            }
            Err(_) => false,
        };
    }
    // The parser takes only four decimal octets of at most 255 without
    // leading zeros, which is how an address is written back: the text
    // it took is the canonical form, copied instead of formatted (about
    // 1,000 instructions an address).
    if v.parse::<Ipv4Addr>().is_err() {
        return false;
    }
    out.push_str(v);
    true
}

/// Canonical IPv6 text (RFC 5952), or the IPv4 form of a mapped address.
/// Brackets and a zone id are dropped.
pub(crate) fn normalize_v6(v: &str, out: &mut String) -> bool {
    use std::fmt::Write;
    let v = v.strip_prefix('[').unwrap_or(v);
    let v = v.strip_suffix(']').unwrap_or(v);
    let v = v.split('%').next().unwrap_or(v);
    match v.parse::<Ipv6Addr>() {
        Ok(a) => {
            let _ = match a.to_ipv4_mapped() {
                Some(v4) => write!(out, "{v4}"),
                None => write!(out, "{a}"),
            };
            true
        }
        Err(_) => normalize_v4(v, out),
    }
}

#[cfg(test)]
mod tests {
    use super::super::Kind;
    use super::*;

    proptest::proptest! {
        /// The copied text is what formatting the parsed address wrote.
        #[test]
        fn normalize_v4_copies_only_canonical_text(
            v in "[0-9]{1,4}([.-][0-9]{1,4}){2,4}|0*[0-9 +.]{0,16}"
        ) {
            let mut out = String::new();
            let ok = normalize_v4(&v, &mut out);
            let formatted = v
                .replace('-', ".")
                .parse::<Ipv4Addr>()
                .map(|a| a.to_string());
            proptest::prop_assert_eq!(ok, formatted.is_ok());
            if let Ok(f) = formatted {
                proptest::prop_assert_eq!(out, f);
            }
        }
    }

    #[test]
    fn octet_agrees_with_the_reference() {
        let alphabet = b"0125679.a";
        // Every string of up to five bytes over a small alphabet, and every
        // number below 100000 with and without a tail.
        let mut probes: Vec<Vec<u8>> = vec![Vec::new()];
        for len in 1..=5u32 {
            for code in 0..alphabet.len().pow(len) {
                let mut c = code;
                let mut p = Vec::new();
                for _ in 0..len {
                    p.push(alphabet[c % alphabet.len()]);
                    c /= alphabet.len();
                }
                probes.push(p);
            }
        }
        for n in 0..100_000u32 {
            probes.push(n.to_string().into_bytes());
            probes.push(format!("{n}.x").into_bytes());
        }
        for p in &probes {
            for i in 0..=p.len() {
                let s = String::from_utf8_lossy(p);
                assert_eq!(octet(p, i), ref_octet(p, i), "{s} at {i}");
            }
        }
    }

    #[test]
    fn version_word_agrees_with_the_list() {
        let mut probes: Vec<Vec<u8>> = Vec::new();
        for w in VERSION_WORDS {
            probes.push(w.to_vec());
            probes.push(w.to_ascii_uppercase());
            probes.push(w[..w.len() - 1].to_vec());
            probes.push([w, &b"x"[..]].concat());
            probes.push([&b"x"[..], w].concat());
        }
        for w in ["", "V", "vv", "fwx", "firmwares", "agentx", "1", "_"] {
            probes.push(w.as_bytes().to_vec());
        }
        for p in &probes {
            let want = VERSION_WORDS.iter().any(|w| p.eq_ignore_ascii_case(w));
            assert_eq!(version_word(p), want, "{}", String::from_utf8_lossy(p));
        }
        for w in VERSION_WORDS {
            for t in [
                [w, &b"=1.2.3.4"[..]].concat(),
                [w, &b" 1.2.3.4"[..]].concat(),
            ] {
                assert!(after_version_word(&t, w.len() + 1));
                assert!(after_version_word(&t.to_ascii_uppercase(), w.len() + 1));
            }
        }
        assert!(!after_version_word(b"=1.2.3.4", 1));
        assert!(after_version_word(b"app_version=1.2.3.4", 12));
        assert!(after_version_word(b"fw-Version: 1.2.3.4", 12));
        assert!(after_version_word(b"x v1.2.3.4", 3));
        // Camel-case compounds, as JSON and kv keys write them.
        for t in [
            &b"AppVersion=10.4.2.17"[..],
            b"clientVersion: 12.0.1.3",
            b"firmwareVersion 8.10.181.0",
            b"OSVersion=19.21.0.0",
            b"agentBuild=10.4.2.17",
            b"lastFirmware: 10.4.2.17",
            b"swVersion=10.4.2.17",
            b"OMSversion=10.4.2.17",
            b"FWversion 10.4.2.17",
        ] {
            let at = t.iter().position(u8::is_ascii_digit).unwrap();
            assert!(after_version_word(t, at), "{}", String::from_utf8_lossy(t));
        }
        for t in [
            &b"srcIp=10.4.2.17"[..],
            b"gatewayAddr: 10.4.2.17",
            b"conversion=10.4.2.17",
            b"lastServer 10.4.2.17",
        ] {
            let at = t.iter().position(u8::is_ascii_digit).unwrap();
            assert!(!after_version_word(t, at), "{}", String::from_utf8_lossy(t));
        }
        assert!(!after_version_word(b"conversion=1.2.3.4", 11));
        assert!(!after_version_word(b"src=1.2.3.4", 4));
    }

    fn v4(s: &str) -> Option<&str> {
        ipv4_at(s.as_bytes(), 0).map(|e| &s[..e])
    }

    fn v6(s: &str) -> Option<(&str, Kind)> {
        ipv6_at(s.as_bytes(), 0).map(|(a, e)| (&s[a..e], Kind::Ipv6))
    }

    #[test]
    fn the_version_field_of_a_cef_or_leef_header_is_no_address() {
        for text in [
            "CEF:0|Acme|Mail Gateway|10.4.2.17|100|Login|5|src=192.0.2.7",
            "<13>Mar  3 h LEEF:2.0|Acme|Kiosk|10.4.2.17|CHECKIN|^|src=192.0.2.7",
            "LEEF:1.0|Acme|Kiosk|10.4.2.17|CHECKIN|src=192.0.2.7",
        ] {
            let b = text.as_bytes();
            let i = text.find("10.4").unwrap();
            assert_eq!(ipv4_at(b, i), None, "{text}");
            let i = text.find("192.0").unwrap();
            assert_eq!(v4(&text[i..]), Some("192.0.2.7"), "{text}");
        }
        // Elsewhere in a header, or between pipes of another format, a
        // quad is an address.
        for text in [
            "CEF:0|Acme|Gateway|1.0|192.0.2.7|Login|5|",
            "2026-03-03|login|192.0.2.7|ok",
            "x CEF:0|Acme|192.0.2.7|x",
        ] {
            let i = text.find("192.0").unwrap();
            assert_eq!(ipv4_at(text.as_bytes(), i), Some(i + 9), "{text}");
        }
    }

    #[test]
    fn version_numbers_after_a_version_word_are_not_addresses() {
        for text in [
            "versio 2.5.1.4",
            "verzija: 2.5.1.4",
            "wersja 2.5.1.4",
            "Versione=2.5.1.4",
            "version=1.2.3.4",
            "firmware 1.2.3.4",
            "\"version\":\"10.0.0.1\"",
            "app_version: 4.3.2.1",
            "v1.2.3.4",
            "Build 10.2.0.15 deployed",
        ] {
            let b = text.as_bytes();
            let i = b.iter().position(|c| c.is_ascii_digit()).unwrap();
            assert_eq!(ipv4_at(b, i), None, "{text}");
        }
        for text in [
            "from 10.0.0.1",
            "src=10.0.0.1",
            "host: 192.0.2.7",
            "server 192.0.2.7",
        ] {
            let b = text.as_bytes();
            let i = b.iter().position(|c| c.is_ascii_digit()).unwrap();
            assert!(ipv4_at(b, i).is_some(), "{text}");
        }
    }

    fn dashed(s: &str) -> Vec<&str> {
        let b = s.as_bytes();
        (0..b.len())
            .filter(|&i| is_digit(b[i]) && (i == 0 || !is_digit(b[i - 1])))
            .filter_map(|i| dashed_ipv4_at(b, i).map(|e| &s[i..e]))
            .collect()
    }

    #[test]
    fn dashed_addresses_in_host_names() {
        for (text, want) in [
            ("rhost=ip-10-0-0-1.ec2.internal user=x", "10-0-0-1"),
            ("rhost=h64-187-1-131.example.net", "64-187-1-131"),
            ("adsl-70-242-75-179.dsl.example.net", "70-242-75-179"),
            ("(82-252-162-81.adsl.example.fr)", "82-252-162-81"),
            ("ec2-52-1-2-3.compute.example.com", "52-1-2-3"),
            ("host airbears2-10-142-110-255 kernel", "10-142-110-255"),
            ("ip-10-0-0-1", "10-0-0-1"),
        ] {
            assert_eq!(dashed(text), vec![want], "{text}");
        }
    }

    #[test]
    fn dashed_digit_groups_that_are_not_host_names() {
        for text in [
            "2026-11-22",
            "call 08-123-45-67 now",
            "070-12-34-56",
            "10-20-30-40-50-60",
            "id 1-2-3-4 done",
            "x 1-2-3-4-5 y",
            "4-3-2-1.5",
            "node-1-2-3-4-db-e1",
            "v10-0-0-1x",
            "12345-1-2-3",
            "1-2-3-4.txt",
        ] {
            assert_eq!(dashed(text), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_version_directory_in_a_path_is_no_address() {
        let at = |s: &str, q: &str| ipv4_at(s.as_bytes(), s.find(q).unwrap());
        for (s, q) in [
            (
                "GET http://mirror.example/fw/10.2.4.3/image.bin -",
                "10.2.4.3",
            ),
            ("GET /agent/7.0.2.4/setup.msi HTTP/1.1", "7.0.2.4"),
            (
                "https://repo.example/releases/4.2.0.1/pkg.tar.gz",
                "4.2.0.1",
            ),
            ("/Firmware/11.0.3.2/", "11.0.3.2"),
        ] {
            assert!(at(s, q).is_none(), "{s}");
        }
        // An address as a path segment under a segment that names no
        // version is an address.
        for (s, q) in [
            ("GET /hosts/192.0.2.7/status", "192.0.2.7"),
            ("/api/v1/10.1.2.3/", "10.1.2.3"),
            ("/fwd/198.51.100.4/x", "198.51.100.4"),
            ("http://192.0.2.9/fw/", "192.0.2.9"),
        ] {
            assert!(at(s, q).is_some(), "{s}");
        }
    }

    #[test]
    fn versions_after_products_in_user_agents_are_not_addresses() {
        for text in [
            "UA=Yealink SIP-T54W 96.86.0.100 x",
            "User-Agent: Snom D785/10.1.141.13",
            "ua=\"Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/115.0.2.1\"",
            "useragent=Grandstream GXP2170 1.0.11.23",
            "sip_user_agent: Cisco-CP8865/14.1.1.1 ok",
            "agent=\"MicroSIP/3.21.3.0\"",
            "Browser_type \"CitrixReceiver/23.9.1.104 Windows/10.0.22631\" -",
            "auth failed UA [CitrixReceiver/23.9.1.104 Windows/10.0.22631]",
            "client=Zoiper/5.6.1.7 (Windows 11)",
            "oid=1.3.6.1",
            "OID: 2.5.4.3",
        ] {
            let b = text.as_bytes();
            let found: Vec<usize> = (1..b.len())
                .filter(|&k| is_digit(b[k]) && !is_word(b[k - 1]) && b[k - 1] != b'.')
                .filter(|&k| ipv4_at(b, k).is_some())
                .collect();
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        for text in [
            "peer alice/198.51.100.7:51234 MULTI: Learn",
            "from gw1 10.1.2.3",
            "UA=Yealink src 10.1.2.3",
            "host D785/10.1.141.13",
            "peer alice/198.51.100.7 connected",
            "route 10.0.0.0/10.1.2.3 via",
            "agent=x path /var/10.1.2.3",
        ] {
            let b = text.as_bytes();
            let found = (1..b.len())
                .filter(|&k| is_digit(b[k]) && !is_word(b[k - 1]) && b[k - 1] != b'.')
                .any(|k| ipv4_at(b, k).is_some());
            assert!(found, "{text}");
        }
    }

    #[test]
    fn loopback_broadcast_and_netmasks_are_not_hosts() {
        for q in [
            "127.0.0.1",
            "127.1.2.3",
            "0.0.0.0",
            "255.255.255.255",
            "255.255.255.252",
            "255.255.0.0",
            "255.0.0.0",
        ] {
            assert_eq!(v4(q), None, "{q}");
        }
        for q in ["255.255.1.2", "255.1.255.0", "10.0.0.1", "128.0.0.1"] {
            assert_eq!(v4(q), Some(q), "{q}");
        }
    }

    #[test]
    fn dashed_form_normalises_to_the_dotted_address() {
        let mut out = String::new();
        assert!(normalize_v4("10-0-0-1", &mut out));
        assert_eq!(out, "10.0.0.1");
        out.clear();
        assert!(!normalize_v4("10-0-0-256", &mut out));
    }

    #[test]
    fn ipv4_strict_octets() {
        assert_eq!(v4("192.0.2.1"), Some("192.0.2.1"));
        assert_eq!(v4("192.0.2.1:5060"), Some("192.0.2.1"));
        assert_eq!(v4("10.0.0.255."), Some("10.0.0.255"));
        assert_eq!(v4("256.1.1.1"), None);
        assert_eq!(v4("01.2.3.4"), None);
        assert_eq!(v4("1.2.3"), None);
    }

    #[test]
    fn ipv4_not_in_longer_runs() {
        assert_eq!(v4("1.2.3.4.5"), None);
        assert_eq!(v4("5.2.4182.69463"), None);
        assert_eq!(v4("1.2.3.4a"), None);
        assert_eq!(v4("1.2.3.4.example.com"), None);
        assert_eq!(ipv4_at(b"x.1.2.3.4", 2), None);
    }

    #[test]
    fn ipv6_forms() {
        assert_eq!(v6("2001:db8::1"), Some(("2001:db8::1", Kind::Ipv6)));
        // Eight bytes in pairs: a certificate serial (Suricata's
        // `tls.serial`, Zeek's x509 `certificate.serial`), a key id; an
        // EUI-64 made from a MAC and an address of eight groups with
        // two-digit groups are still found.
        for s in [
            "55:de:55:e7:7e:64:f6:e3",
            "0C:9C:CA:C1:5C:55:10:BA",
            "00:00:00:00:00:00:00:01",
        ] {
            assert_eq!(v6(&format!("{s} x")), None, "{s}");
        }
        assert_eq!(
            v6("2001:db8:10:20:30:40:50:60 x"),
            Some(("2001:db8:10:20:30:40:50:60", Kind::Ipv6))
        );
        assert_eq!(
            v6("04:18:40:ff:fe:3b:e1:c7 x"),
            Some(("04:18:40:ff:fe:3b:e1:c7", Kind::Ipv6))
        );
        assert_eq!(
            v6("fe80:0:0:0:a:b:c:d x"),
            Some(("fe80:0:0:0:a:b:c:d", Kind::Ipv6))
        );
        assert_eq!(v6("::1 x"), None);
        assert_eq!(v6("::2 x"), Some(("::2", Kind::Ipv6)));
        assert_eq!(
            v6("2001:0db8:0000:0000:0000:ff00:0042:8329"),
            Some(("2001:0db8:0000:0000:0000:ff00:0042:8329", Kind::Ipv6))
        );
        assert_eq!(v6("fe80::1%eth0"), Some(("fe80::1", Kind::Ipv6)));
        assert_eq!(v6("2001:db8::1]:443"), Some(("2001:db8::1", Kind::Ipv6)));
        assert_eq!(
            v6("64:ff9b::192.0.2.1"),
            Some(("64:ff9b::192.0.2.1", Kind::Ipv6))
        );
        // Mapped and embedded IPv4 tails are part of the one address.
        for a in [
            "::ffff:192.0.2.1",
            "::FFFF:192.0.2.1",
            "0:0:0:0:0:ffff:192.0.2.1",
            "::ffff:0:192.0.2.1",
            "2001:db8:1::192.0.2.33",
            "::192.0.2.1",
            "64:ff9b:1::203.0.113.9",
        ] {
            assert_eq!(v6(&format!("{a} x")), Some((a, Kind::Ipv6)), "{a}");
            assert_eq!(v6(&format!("{a}:5060")), Some((a, Kind::Ipv6)), "{a}");
            assert_eq!(v6(&format!("{a}.")), Some((a, Kind::Ipv6)), "{a}");
        }
        // A port after all eight groups, unbracketed.
        assert_eq!(
            v6("2001:9b1:40:f5c5:da8:a6bb:121c:8e2a:17292 x"),
            Some(("2001:9b1:40:f5c5:da8:a6bb:121c:8e2a", Kind::Ipv6))
        );
        assert_eq!(
            v6("2a01:04f8:0c17:acf4:9c69:6f55:a012:72fa:2022]"),
            Some(("2a01:04f8:0c17:acf4:9c69:6f55:a012:72fa", Kind::Ipv6))
        );
        assert_eq!(
            v6("fdab:cd00:1:f17f::be8:43385 x"),
            Some(("fdab:cd00:1:f17f::be8", Kind::Ipv6))
        );
        // With `::` the last group may be the address's: the whole is one.
        assert_eq!(
            v6("2001:db8::1:443 x"),
            Some(("2001:db8::1:443", Kind::Ipv6))
        );
        // Nine groups ending in hex letters are no address and port.
        assert_eq!(v6("2001:db8:0:0:1:2:3:4:ab x"), None);
        assert_eq!(v6("fe80::: x"), None);
        assert_eq!(v6(":: x"), None);
        assert_eq!(v6("12:30:45"), None);
        assert_eq!(v6("00:00:5e:00:53:01"), None);
    }

    #[test]
    fn normalisation() {
        let mut s = String::new();
        assert!(normalize_v6("2001:0DB8:0:0:0:0:0:1", &mut s));
        assert_eq!(s, "2001:db8::1");
        s.clear();
        assert!(normalize_v6("[fe80::1%eth0]", &mut s));
        assert_eq!(s, "fe80::1");
        s.clear();
        assert!(normalize_v6("::ffff:192.0.2.1", &mut s));
        assert_eq!(s, "192.0.2.1");
        s.clear();
        assert!(!normalize_v6("not an address", &mut s));
        s.clear();
        assert!(normalize_v4("192.0.2.7", &mut s));
        assert_eq!(s, "192.0.2.7");
        s.clear();
        assert!(!normalize_v4("192.0.2.300", &mut s));
    }
}
