//! MAC (EUI-48) addresses: `aa:bb:cc:dd:ee:ff`, `aa-bb-cc-dd-ee-ff` and
//! Cisco's `aabb.ccdd.eeff`; Huawei and H3C's `aabb-ccdd-eeff`, HP
//! ProCurve's `aabbcc-ddeeff` and the BSD and Solaris `0:1a:2b:3c:4d:5e`
//! (leading zeros dropped); the MAC inside a DHCP client identifier or
//! DUID; and twelve bare hex digits after a word that names a MAC
//! (`hwaddr`, `client-mac=`, `STA`, `Calling-Station-Id`); three colon
//! groups of four (`001a:2b3c:4d5e`) and, after such a word, dotted pairs
//! (`00.1a.2b.3c.4d.5e`). A longer run of
//! the same shape (a key fingerprint, an EUI-64) is not a MAC.

use super::util::{at, is_hex, is_word};

/// A MAC address starting at `i`; returns its end.
pub(crate) fn at_pos(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && matches!(b[i - 1], b':' | b'-' | b'.') && !tagged(b, i) {
        return None;
    }
    let hex2 = |j: usize| is_hex(at(b, j)) && is_hex(at(b, j + 1));
    let sep = at(b, i + 2);
    if (sep == b':' || sep == b'-') && hex2(i) {
        let j = hex_pairs(b, i, sep, 6)?;
        let c = at(b, j);
        // A `:` after it ends a label (`Deauth to sta: 3c:22:fb:5a:1c:2e:
        // Ageout`, Aruba) or starts an SSID; any other `:` goes on to a
        // longer run.
        let label = c == b':' && matches!(at(b, j + 1), b' ' | b'\t' | 0);
        if is_word(c)
            || (c == sep && is_hex(at(b, j + 1)))
            || (c == b':' && !label && !ssid_after(b, j))
        {
            return None;
        }
        return Some(j);
    }
    if at(b, i + 4) == b'.' {
        let mut j = i;
        for k in 0..3 {
            if k > 0 {
                if at(b, j) != b'.' {
                    return None;
                }
                j += 1;
            }
            if !(hex2(j) && hex2(j + 2)) {
                return None;
            }
            j += 4;
        }
        let c = at(b, j);
        if is_word(c) || (c == b'.' && is_word(at(b, j + 1))) {
            return None;
        }
        return Some(j);
    }
    None
}

/// True if the `:` at `j`, right after a MAC, starts the SSID of a RADIUS
/// `Called-Station-Id` (`00-10-A4-23-19-C0:AP1`, RFC 3580 3.20; Cisco ISE,
/// NPS, FreeRADIUS, ClearPass): a word with a letter that is no hex digit,
/// which no further group of a longer hex run (an EUI-64, an IPv6 address,
/// a fingerprint) can be.
fn ssid_after(b: &[u8], j: usize) -> bool {
    let mut k = j + 1;
    while k < b.len() && (is_word(b[k]) || b[k] == b'-') {
        k += 1;
    }
    b[j + 1..k]
        .iter()
        .any(|c| c.is_ascii_alphabetic() && !is_hex(*c))
}

/// True if a label ends with `:` right before `i` (`mac:3c:22:...`,
/// `[src:3c-22-...]`): a word with a letter that is no hex digit, which
/// no group of a longer hex run can be.
fn tagged(b: &[u8], i: usize) -> bool {
    if i < 2 || b[i - 1] != b':' {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && is_word(b[k - 1]) {
        k -= 1;
    }
    b[k..i - 1]
        .iter()
        .any(|c| c.is_ascii_alphabetic() && !is_hex(*c))
}

/// A MAC in another vendor's notation starting at `i`, a word start:
/// `aabb-ccdd-eeff` (Huawei, H3C), `aabbcc-ddeeff` (HP ProCurve) or
/// `0:1a:2b:3c:4d:5e` (BSD and Solaris `arp`, one digit where the octet
/// has one). `cued` says whether a word that names a MAC stands before it
/// (read only when needed): without one, a dashed form must hold a hex
/// letter, as dates, session ids and counters (`2026-1206-1000`,
/// `202612-061000`) hold none. Returns its end.
pub(crate) fn other_at(b: &[u8], i: usize, cued: impl Fn() -> bool) -> Option<usize> {
    if i > 0 && matches!(b[i - 1], b':' | b'-' | b'.') && !tagged(b, i) {
        return None;
    }
    let hex_run = |j: usize| {
        let mut k = j;
        while is_hex(at(b, k)) {
            k += 1;
        }
        k - j
    };
    let first = hex_run(i);
    let dashed = |groups: &[usize], sep: u8| -> Option<usize> {
        let mut j = i;
        for (g, &len) in groups.iter().enumerate() {
            if g > 0 {
                if at(b, j) != sep {
                    return None;
                }
                j += 1;
            }
            if hex_run(j) != len {
                return None;
            }
            j += len;
        }
        let c = at(b, j);
        if is_word(c)
            || (matches!(c, b'-' | b'.' | b':') && is_word(at(b, j + 1)))
            || (sep == b':' && c == b':')
        {
            return None;
        }
        let letter = b[i..j].iter().any(|c| c.is_ascii_alphabetic());
        let digit = b[i..j].iter().any(u8::is_ascii_digit);
        (digit && (letter || cued())).then_some(j)
    };
    match (first, at(b, i + first)) {
        (4, b'-') => dashed(&[4, 4, 4], b'-'),
        (6, b'-') => dashed(&[6, 6], b'-'),
        // Three colon groups of four (`001a:2b3c:4d5e`), which no IPv6
        // address is without a `::`.
        (4, b':') => dashed(&[4, 4, 4], b':'),
        // Pairs with dots (`00.1a.2b.3c.4d.5e`): only after a word that
        // names a MAC, as OIDs and versions are written so too.
        (2, b'.') if cued() => dashed(&[2, 2, 2, 2, 2, 2], b'.'),
        (1 | 2, b':') => {
            // Six colon groups of one or two hex digits, at least one of one
            // (two everywhere is the common notation, read by `at_pos`).
            let mut j = i;
            let (mut short, mut long) = (0, 0);
            for k in 0..6 {
                if k > 0 {
                    if at(b, j) != b':' {
                        return None;
                    }
                    j += 1;
                }
                match hex_run(j) {
                    1 => short += 1,
                    2 => long += 1,
                    _ => return None,
                }
                j += hex_run(j);
            }
            let c = at(b, j);
            if is_word(c) || c == b':' || (c == b'.' && is_word(at(b, j + 1))) {
                return None;
            }
            // `1:2:3:4:5:6` is a version or a list; an arp MAC has letters
            // or mostly full octets.
            let letter = b[i..j].iter().any(|c| c.is_ascii_alphabetic());
            (short > 0 && (letter || long >= 4)).then_some(j)
        }
        _ => None,
    }
}

/// The MAC inside a DHCP client identifier or DHCPv6 DUID starting at
/// `i`: hardware type 1 and the MAC (`01:3c:22:fb:12:34:56`, ISC dhcpd's
/// `uid`, dnsmasq's `client-id`), a DUID-LL (`00:03:00:01:` and the MAC) or
/// a DUID-LLT (`00:01:00:01:`, four bytes of time, the MAC), with `:` or
/// `-` throughout. Returns the span of the MAC alone, so that it gets the
/// pseudonym of the same MAC written anywhere else.
pub(crate) fn in_client_id(b: &[u8], i: usize) -> Option<Range> {
    if i > 0 && matches!(b[i - 1], b':' | b'-' | b'.') && !tagged(b, i) {
        return None;
    }
    // ISC dhcpd writes the hardware type as one digit
    // (`dhcp-client-identifier 1:3c:22:fb:5a:1c:2e`).
    if at(b, i) == b'1' && at(b, i + 1) == b':' && at(b, i + 4) == b':' {
        let s = i + 2;
        let j = hex_pairs(b, s, b':', 6)?;
        let c = at(b, j);
        if is_word(c) || (c == b':' && is_hex(at(b, j + 1))) {
            return None;
        }
        return personal(&b[s..j]).then_some((s, j));
    }
    let sep = at(b, i + 2);
    if sep != b':' && sep != b'-' {
        return None;
    }
    // Octets before the MAC, by the leading type.
    let octet = |k: usize| -> Option<u8> {
        let j = i + 3 * k;
        let v = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
        if k > 0 && at(b, j - 1) != sep {
            return None;
        }
        Some(v(at(b, j))? << 4 | v(at(b, j + 1))?)
    };
    let head = match octet(0)? {
        1 => 1,
        0 => match (octet(1)?, octet(2)?, octet(3)?) {
            (3, 0, 1) => 4,
            (1, 0, 1) => 8,
            _ => return None,
        },
        _ => return None,
    };
    let j = hex_pairs(b, i, sep, head + 6)?;
    let c = at(b, j);
    if is_word(c) || (c == sep && is_hex(at(b, j + 1))) {
        return None;
    }
    let s = i + head * 3;
    personal(&b[s..j]).then_some((s, j))
}

/// The word right before `i`, past up to four separators (`=`, `:`,
/// quotes, brackets, `#`, spaces): its start, and its letters and digits
/// lower-cased (at most 24).
fn word_before(b: &[u8], i: usize) -> (usize, [u8; 24], usize) {
    let mut k = i;
    let mut seps = 0;
    while k > 0
        && seps < 4
        && matches!(
            b[k - 1],
            b'=' | b':' | b'"' | b'\'' | b' ' | b'[' | b'(' | b'#'
        )
    {
        k -= 1;
        seps += 1;
    }
    let end = k;
    while k > 0
        && end - k < 32
        && (b[k - 1].is_ascii_alphanumeric() || matches!(b[k - 1], b'-' | b'_' | b'.'))
    {
        k -= 1;
    }
    let mut w = [0u8; 24];
    let mut n = 0;
    for &c in &b[k..end] {
        if c.is_ascii_alphanumeric() && n < w.len() {
            w[n] = c.to_ascii_lowercase();
            n += 1;
        }
    }
    (k, w, n)
}

/// True if twelve bare hex digits `b[i..j]` (a whole word, not glued to
/// another by `-`, `.` or `/`: the caller checks) are a MAC by their
/// maker's prefix alone, with no word that names a MAC: the first six
/// digits are a registered OUI ([`super::oui`]), one case throughout (no
/// MAC is written `3C22fb...`), at least one hex letter and one digit
/// (twelve decimal digits are a phone number, a personnummer or a
/// timestamp far more often), a device's own address (not group, not all
/// zero), and the key before it names no other kind of id (`sn=`,
/// `serial`, `devID=`, `commit`, `container`, `hash`, anything `...id`:
/// SonicWall's and others' serial numbers are a MAC of the box itself,
/// and hashes and ids are random hex), and no `:` ends it (Postfix's
/// queue ids, `4B3C22FB5A1C: from=<...>`, are hex read from the clock and
/// an inode number, and name a message). Windows DHCP's audit log
/// (`10,06/12/26,...,3C22FB123456,,`), dnsmasq's and hostapd's lines, MDM
/// inventories and Cisco ISE's `00112233AABB` write MACs so.
pub(crate) fn registered_bare(b: &[u8], i: usize, j: usize) -> bool {
    let v = &b[i..j];
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let lower = v.iter().any(u8::is_ascii_lowercase);
    v.len() == 12
        && v.iter().all(|&c| is_hex(c))
        && (upper != lower)
        && v.iter().any(u8::is_ascii_digit)
        && personal(v)
        && super::oui::registered_hex(v)
        && !whole_value(b, i, j)
        && at(b, j) != b':'
        && !other_id_before(b, i)
}

/// True if the word `b[i..j]` is all of the text but blanks and quotes:
/// the value of a JSON, kv or CEF field, scanned alone, whose key the
/// text does not show (`sn=C0EAE4542A82`, SonicWall's serial number, is
/// its own MAC). There the key's evidence decides (`macAddress`,
/// `client_mac`, `bssid`), not the prefix.
fn whole_value(b: &[u8], i: usize, j: usize) -> bool {
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'"' | b'\'');
    b[..i].iter().all(blank) && b[j..].iter().all(blank)
}

/// True if the key or word right before `i` names an id that is no MAC:
/// a serial number, a hash, a commit, a container or image, a session,
/// trace or request id, a token, a key (`sn=`, `serial_number:`,
/// `"devID":"`, `commit `, `sha1=`, `sessionId=`).
fn other_id_before(b: &[u8], i: usize) -> bool {
    let (k, w, n) = word_before(b, i);
    let w = &w[..n];
    if w.is_empty() {
        return false;
    }
    // `id` as a word of the key (`id=`, `devID`, `device_id`, `sessionId`,
    // `client-id`), not the end of another word (`Android`, `squid`).
    let mut e = k;
    while e < i && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'-' | b'_' | b'.')) {
        e += 1;
    }
    let raw = &b[k..e];
    let id_word = raw.len() >= 2 && {
        let (p, t) = raw.split_at(raw.len() - 2);
        t.eq_ignore_ascii_case(b"id")
            && (p.is_empty()
                || matches!(p[p.len() - 1], b'-' | b'_' | b'.')
                || t[0] == b'I'
                || w.ends_with(b"guid")
                || w.ends_with(b"uuid")
                || w == b"devid")
    };
    if id_word {
        return true;
    }
    const SUFFIXES: [&[u8]; 21] = [
        b"sn",
        b"hmac",
        b"serial",
        b"serialno",
        b"serialnr",
        b"serialnumber",
        b"hash",
        b"sha",
        b"sha1",
        b"sha256",
        b"md5",
        b"digest",
        b"checksum",
        b"commit",
        b"container",
        b"image",
        b"token",
        b"nonce",
        b"key",
        b"fingerprint",
        b"etag",
    ];
    const WORDS: [&[u8]; 19] = [
        b"session",
        b"sess",
        b"request",
        b"req",
        b"transaction",
        b"job",
        b"task",
        b"queue",
        b"object",
        b"blob",
        b"rev",
        b"revision",
        b"build",
        b"version",
        b"ref",
        b"tx",
        b"txn",
        b"trace",
        b"span",
    ];
    SUFFIXES.iter().any(|s| w.ends_with(s)) || WORDS.contains(&w)
}

/// True if the twelve hex digits `b[i..j]` end a device id of the form
/// `<model>-<MAC>`: Shelly's Gen2+ devices (`shellyplus1pm-3c22fb123456`,
/// their MQTT client id, mDNS name and access point), ESPHome's and
/// WLED's `name_add_mac_suffix`-style ids with the full address, and
/// vendors' `AP-<MAC>` and `<model>-<MAC>` host names. The model is one
/// word of letters and digits (a letter first, three to 24 bytes) from
/// the start of the token; the address has a registered manufacturer
/// prefix and one case throughout ([`registered_bare`] without its key
/// tests: the model is the evidence).
pub(crate) fn device_id_suffix(b: &[u8], i: usize, j: usize) -> bool {
    if i < 4 || b[i - 1] != b'-' {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && k + 24 > i && b[k - 1].is_ascii_alphanumeric() {
        k -= 1;
    }
    let model = &b[k..i - 1];
    // Builds, images, commits and jobs are named with a short hash so.
    const NOT_MODELS: [&[u8]; 16] = [
        b"build",
        b"image",
        b"commit",
        b"release",
        b"session",
        b"job",
        b"task",
        b"run",
        b"tmp",
        b"cache",
        b"hash",
        b"rev",
        b"version",
        b"pod",
        b"container",
        b"trace",
    ];
    if NOT_MODELS.iter().any(|w| model.eq_ignore_ascii_case(w)) {
        return false;
    }
    let starts = k == 0
        || matches!(
            b[k - 1],
            b' ' | b'"' | b'\'' | b'=' | b'(' | b'[' | b'<' | b'\t' | b'/' | b':' | b','
        );
    let v = &b[i..j];
    let upper = v.iter().any(u8::is_ascii_uppercase);
    let lower = v.iter().any(u8::is_ascii_lowercase);
    starts
        && (3..=24).contains(&model.len())
        && model[0].is_ascii_alphabetic()
        && v.len() == 12
        && upper != lower
        && v.iter().any(u8::is_ascii_digit)
        && personal(v)
        && super::oui::registered_hex(v)
}

/// The MAC inside a Cisco device name written as one word from `i` to
/// `j`: `SEP` and twelve hex digits (a Cisco IP phone, "Selsius Ethernet
/// Phone", as CUCM, its syslog and its RIS and CDR exports name it) or
/// `ATA` and twelve (an analogue telephone adaptor). Returns the start of
/// the MAC; the prefix stays.
pub(crate) fn device_name(b: &[u8], i: usize, j: usize) -> Option<usize> {
    let w = &b[i..j];
    if w.len() != 15 || !(w.starts_with(b"SEP") || w.starts_with(b"ATA")) {
        return None;
    }
    let m = &w[3..];
    (m.iter().all(|&c| is_hex(c)) && personal(m)).then_some(i + 3)
}

/// True if the MAC at `i` follows a DHCP hardware type written `1,`
/// (ISC dhcpd's `uid 1,3c:22:fb:5a:1c:2e`): the `1` a word of its own.
/// Elsewhere a digit and a comma before a number continue it (`1,3`).
pub(crate) fn after_hw_type(b: &[u8], i: usize) -> bool {
    i >= 2
        && b[i - 1] == b','
        && b[i - 2] == b'1'
        && (i == 2 || !is_word(b[i - 3]))
        && at_pos(b, i).is_some()
}

/// True if a word that names a MAC address stands right before `i`:
/// `mac`, `MAC address`, `hwaddr`, `lladdr`, `chaddr`, `client-mac`,
/// `src_mac`, `STA`, `station`, `Calling-Station-Id`, FreeRADIUS's `cli`,
/// `hardware ethernet`, with `=`, `:`, quotes, brackets or spaces between.
pub(crate) fn cue_before(b: &[u8], i: usize) -> bool {
    let (k, w, n) = word_before(b, i);
    let w = &w[..n];
    if w.is_empty() {
        return false;
    }
    const SUFFIXES: [&[u8]; 7] = [
        b"mac",
        b"macaddr",
        b"macaddress",
        b"hwaddr",
        b"lladdr",
        b"chaddr",
        b"callingstationid",
    ];
    const WORDS: [&[u8]; 5] = [b"sta", b"station", b"cli", b"hwaddress", b"ethernet"];
    if w == b"hmac" {
        return false;
    }
    if SUFFIXES.iter().any(|s| w.ends_with(s)) || WORDS.contains(&w) {
        return true;
    }
    // Wireless controllers and NAC name a station by its MAC alone
    // (`Client 3C22FB123458 roamed`, `supplicant 3c22fb123458`); twelve
    // hex digits with a letter among them are taken there.
    const PARTIES: [&[u8]; 4] = [b"client", b"device", b"endpoint", b"supplicant"];
    if PARTIES.contains(&w) {
        return b[i..].iter().take(12).any(|c| c.is_ascii_alphabetic());
    }
    // `MAC address: ...`, `Client MAC Address ...`.
    if w == b"address" || w == b"addr" {
        let (_, p, pn) = word_before(b, k);
        return &p[..pn] == b"mac" || p[..pn].ends_with(b"mac");
    }
    false
}

/// True if the twelve hex digits at `i..j` name a phone's own file in a
/// path: IP phones fetch and upload files named after their MAC
/// (`/provisioning/0004f2a1b2c3.cfg`, Polycom's `0004f2a1b2c3-phone.cfg`
/// and `-app.log`, Yealink's and Fanvil's `<MAC>.cfg`, Cisco's and
/// Avaya's `.xml`). A `/` must stand before and a configuration or log
/// extension end the path segment.
pub(crate) fn config_file(b: &[u8], i: usize, j: usize) -> bool {
    if i == 0 || b[i - 1] != b'/' || !matches!(b.get(j), Some(b'.' | b'-' | b'_')) {
        return false;
    }
    let mut e = j;
    while e < b.len()
        && e - j < 40
        && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'-' | b'_'))
    {
        e += 1;
    }
    let seg = &b[j..e];
    let Some(dot) = seg.iter().rposition(|&c| c == b'.') else {
        return false;
    };
    const EXTENSIONS: [&[u8]; 8] = [
        b"cfg", b"cnf", b"xml", b"boot", b"ini", b"htm", b"log", b"conf",
    ];
    let ext = &seg[dot + 1..];
    EXTENSIONS.iter().any(|x| ext.eq_ignore_ascii_case(x))
}

/// The end of `n` pairs of hex digits from `i`, `sep` between each two.
fn hex_pairs(b: &[u8], i: usize, sep: u8, n: usize) -> Option<usize> {
    let mut j = i;
    for k in 0..n {
        if k > 0 {
            if at(b, j) != sep {
                return None;
            }
            j += 1;
        }
        if !(is_hex(at(b, j)) && is_hex(at(b, j + 1))) {
            return None;
        }
        j += 2;
    }
    Some(j)
}

/// A `(start, end)` byte range.
type Range = (usize, usize);

/// The `MAC=` field of a netfilter (iptables) log line: destination MAC,
/// source MAC and EtherType as 14 colon-separated hex pairs
/// (`MAC=00:1a:2b:3c:4d:5e:00:aa:bb:cc:dd:ee:08:00`). Returns the spans of
/// the two MACs and the end of the field. Only after `MAC=`, where the shape
/// is certain; elsewhere a long colon run is not a MAC.
pub(crate) fn netfilter_at(b: &[u8], i: usize) -> Option<(Range, Range, usize)> {
    if i < 4 || &b[i - 4..i] != b"MAC=" {
        return None;
    }
    // Some firewalls write the destination with dashes
    // (`MAC=FF-FF-FF-FF-FF-FF:b8:27:eb:1a:07:19:08:00`).
    let dst_sep = if at(b, i + 2) == b'-' { b'-' } else { b':' };
    let j = hex_pairs(b, i, dst_sep, 6)?;
    if at(b, j) != b':' {
        return None;
    }
    let j = hex_pairs(b, j + 1, b':', 8)?;
    if is_word(at(b, j)) || at(b, j) == b':' {
        return None;
    }
    Some(((i, i + 17), (i + 18, i + 35), j))
}

/// True if a MAC names one device: not the broadcast address, not a
/// group (multicast) address, whose first octet is odd, and not the
/// all-zero address that stands for "none" (an unset or wildcard field).
pub(crate) fn personal(mac: &[u8]) -> bool {
    // The first octet's low digit: `0:1a:...` writes the octet with one.
    let first = match mac.get(1) {
        Some(c) if c.is_ascii_hexdigit() => *c,
        _ => mac.first().copied().unwrap_or(0),
    };
    let odd = matches!(
        first | 0x20,
        b'1' | b'3' | b'5' | b'7' | b'9' | b'b' | b'd' | b'f'
    );
    let zero = mac.iter().all(|&c| !c.is_ascii_hexdigit() || c == b'0');
    !odd && !zero
}

/// Lower-case colon form, or false if `v` does not hold exactly 12 hex digits
/// in one of the accepted shapes.
pub(crate) fn normalize(v: &str, out: &mut String) -> bool {
    let b = v.as_bytes();
    if at_pos(b, 0) != Some(b.len()) {
        // The BSD notation drops leading zeros (`0:1a:2b:3c:4d:5e`): padded,
        // it is the MAC every other notation names.
        if other_at(b, 0, || true) != Some(b.len()) {
            return false;
        }
        // The notations read since tokens were first issued for the dashed
        // ones (`aabb-ccdd-eeff`, `aabbcc-ddeeff`) keep the token of their
        // written form; `001a:2b3c:4d5e` and `00.1a.2b.3c.4d.5e` get the
        // canonical one.
        if b.len() == 14 && b[4] == b':' || b.len() == 17 && b[2] == b'.' {
            for (n, c) in b.iter().filter(|c| c.is_ascii_hexdigit()).enumerate() {
                if n > 0 && n % 2 == 0 {
                    out.push(':');
                }
                out.push(char::from(c.to_ascii_lowercase()));
            }
            return true;
        }
        if !b.contains(&b':') {
            return false;
        }
        for (k, g) in v.split(':').enumerate() {
            if k > 0 {
                out.push(':');
            }
            if g.len() == 1 {
                out.push('0');
            }
            out.extend(g.chars().map(|c| c.to_ascii_lowercase()));
        }
        return true;
    }
    let mut n = 0;
    for &c in b.iter().filter(|c| c.is_ascii_hexdigit()) {
        if n > 0 && n % 2 == 0 {
            out.push(':');
        }
        out.push(char::from(c.to_ascii_lowercase()));
        n += 1;
    }
    n == 12
}

/// The UID of a contactless card (ISO/IEC 14443-3) in the notation
/// access-control systems log it, at `i`: seven or ten bytes as hex pairs
/// joined by `:` or `-` (`04:A9:94:59:00:93:EB`, a MIFARE DESFire or
/// NTAG's double-size UID; `RFID UID 04-18-40-3B-E1-C7-FF`). Its first
/// byte is the chip maker's code (ISO/IEC 7816-6: NXP `04`, Infineon
/// `05`, ST `02`), below `0x80` and above `01`. Nothing else is written so: a MAC has
/// six bytes, an EUI-64 or a Fibre Channel WWN eight, an IPv6 address
/// groups of four and eight groups or a `::`, a fingerprint 16 or more.
/// Four-byte UIDs (`0F:93:58:C0`) look like too much else and need a word
/// or a key that names a card. Returns the end.
#[inline(never)]
pub(crate) fn card_uid_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (is_word(b[i - 1]) || matches!(b[i - 1], b':' | b'-' | b'.')) {
        return None;
    }
    let sep = at(b, i + 2);
    // `01` and `00` start a DHCP client identifier (hardware type 1 and a
    // MAC: `client-id 01:3c:22:fb:12:34:57`), no card.
    if !matches!(sep, b':' | b'-')
        || !matches!(at(b, i), b'0'..=b'7')
        || (at(b, i) == b'0' && matches!(at(b, i + 1), b'0' | b'1'))
    {
        return None;
    }
    let j = hex_pairs(b, i, sep, 7)?;
    let j = hex_pairs(b, i, sep, 10).unwrap_or(j);
    let c = at(b, j);
    if is_word(c) || (matches!(c, b':' | b'-') && is_hex(at(b, j + 1))) {
        return None;
    }
    Some(j)
}

/// True if all of `v` is a card UID as [`card_uid_at`] reads it, or a
/// four-byte one (`0F:93:58:C0`, `0f 93 58 c0` as a reader's debug log
/// prints it): under a key that names a card, the key says what it is.
pub(crate) fn card_uid(v: &[u8]) -> bool {
    let sep = at(v, 2);
    if !matches!(sep, b':' | b'-' | b' ') {
        return false;
    }
    [4, 7, 10]
        .iter()
        .any(|&n| v.len() == 3 * n - 1 && hex_pairs(v, 0, sep, n) == Some(v.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contactless_card_uids() {
        fn c(s: &str) -> Option<&str> {
            let i = ["04:", "04-", "01:"]
                .iter()
                .find_map(|p| s.find(p))
                .unwrap();
            card_uid_at(s.as_bytes(), i).map(|e| &s[i..e])
        }
        // Access-control events of several makers' systems.
        for (line, uid) in [
            (
                "OnGuard,2025-04-17 07:26:03,Access Granted,Main,Berg; Karin,04:A9:94:59:00:93:EB,Employee",
                "04:A9:94:59:00:93:EB",
            ),
            (
                "Credential 04-18-40-3B-E1-C7-FF presented at Reader 2",
                "04-18-40-3B-E1-C7-FF",
            ),
            (
                "NFC tag read uid=04:5b:2f:43:78:43:c7 door=12",
                "04:5b:2f:43:78:43:c7",
            ),
            (
                "Card (04:A1:B2:C3:D4:E5:F6:07:18:29) not enrolled",
                "04:A1:B2:C3:D4:E5:F6:07:18:29",
            ),
        ] {
            assert_eq!(c(line), Some(uid), "{line}");
        }
        // A MAC, an EUI-64, a WWN, a fingerprint and a longer run are not.
        for line in [
            "client 04:18:40:3b:e1:c7 associated",
            "eui64 04:18:40:ff:fe:3b:e1:c7",
            "wwn 04:00:00:00:c9:3b:e1:c7:aa",
            "fp 04:a9:94:59:00:93:eb:11:22:33:44:55:66:77:88:99",
            "x:04:a9:94:59:00:93:eb",
            "client-id 01:3c:22:fb:12:34:57",
        ] {
            assert_eq!(c(line), None, "{line}");
        }
        assert!(card_uid(b"04:65:A4:76:D6:C9:9D"));
        assert!(card_uid(b"0f 93 58 c0"));
        assert!(card_uid(b"0F:93:58:C0"));
        assert!(!card_uid(b"04:65:A4:76:D6:C9"));
        assert!(!card_uid(b"04:65:A4:76:D6:C9:9"));
    }

    #[test]
    fn netfilter_mac_field_holds_two_macs() {
        let line = b"IN=eth0 OUT= MAC=00:1a:2b:3c:4d:5e:00:aa:bb:cc:dd:ee:08:00 SRC=192.0.2.1";
        let i = 17;
        let (dst, src, end) = netfilter_at(line, i).unwrap();
        assert_eq!(&line[dst.0..dst.1], b"00:1a:2b:3c:4d:5e");
        assert_eq!(&line[src.0..src.1], b"00:aa:bb:cc:dd:ee");
        assert_eq!(&line[end..end + 4], b" SRC");
        assert!(netfilter_at(b"KEY=00:1a:2b:3c:4d:5e:00:aa:bb:cc:dd:ee:08:00", 4).is_none());
        assert!(netfilter_at(b"MAC=00:1a:2b:3c:4d:5e:00:aa:bb:cc:dd:ee:08", 4).is_none());
        let dashed = b"MAC=FF-FF-FF-FF-FF-FF:b8:27:eb:1a:07:19:08:00 SRC";
        let (dst, src, _) = netfilter_at(dashed, 4).unwrap();
        assert_eq!(&dashed[dst.0..dst.1], b"FF-FF-FF-FF-FF-FF");
        assert_eq!(&dashed[src.0..src.1], b"b8:27:eb:1a:07:19");
        assert!(!personal(b"FF-FF-FF-FF-FF-FF"));
        assert!(!personal(b"01:00:5e:00:00:fb"));
        assert!(!personal(b"00:00:00:00:00:00"));
        assert!(!personal(b"0000.0000.0000"));
        assert!(personal(b"00:00:00:00:00:01"));
        assert!(personal(b"b8:27:eb:1a:07:19"));
    }

    fn m(s: &str) -> Option<&str> {
        at_pos(s.as_bytes(), 0).map(|e| &s[..e])
    }

    #[test]
    fn shapes() {
        assert_eq!(m("00:00:5e:00:53:af x"), Some("00:00:5e:00:53:af"));
        assert_eq!(m("00-00-5E-00-53-AF,"), Some("00-00-5E-00-53-AF"));
        assert_eq!(m("0000.5e00.53af"), Some("0000.5e00.53af"));
        assert_eq!(m("00:00-5e:00:53:af"), None);
        assert_eq!(m("00:00:5e:00:53"), None);
        assert_eq!(m("8c:e3:aa:0f:64:51:02:f7:14:79"), None);
        assert_eq!(m("00:00:5e:00:53:afx"), None);
        assert_eq!(m("12:30:45"), None);
    }

    #[test]
    fn access_point_mac_before_its_ssid() {
        // RADIUS Called-Station-Id: the access point's MAC, then the SSID.
        assert_eq!(m("60-F2-62-AB-40-E9:VSE-Corp, "), Some("60-F2-62-AB-40-E9"));
        assert_eq!(m("00-10-A4-23-19-C0:eduroam "), Some("00-10-A4-23-19-C0"));
        assert_eq!(
            m("00:10:a4:23:19:c0:Kontor-Gast\""),
            Some("00:10:a4:23:19:c0")
        );
        // More hex groups after the colon: a longer run, no MAC.
        assert_eq!(m("00:10:a4:23:19:c0:ff:fe"), None);
        assert_eq!(m("00-10-A4-23-19-C0:CAFE"), None);
        assert_eq!(m("fe80:0:0:0:0:0:0:1"), None);
    }

    #[test]
    fn bare_by_registered_prefix() {
        let r = |s: &str| {
            let i = s.find('|').unwrap();
            let b = s.replace('|', "");
            registered_bare(b.as_bytes(), i, i + 12)
        };
        assert!(r("10,Assign,,pc.example,|3C22FB5A1C2E,,"));
        assert!(r("lease (|b827eb1a0719) expired"));
        assert!(r("mac_list: |f4f5d8f36cc4"));
        assert!(r("Android |f4f5d8f36cc4 joined")); // `id` ends a word
        // A field's whole value, scanned alone: its key decides.
        assert!(!r("|0017C5016079"));
        assert!(!r(" \"|0017C5016079\""));
        // Twelve decimal digits, mixed case, a group or zero address.
        assert!(!r("seq |001122334455 done"));
        assert!(!r("x |3C22fb5a1c2e"));
        assert!(!r("x |000000000000"));
        assert!(!r("x |01005e7f0a0b"));
        // A label: Postfix's queue id before its message.
        assert!(!r("postfix/qmgr[811]: |0017C5A1B2C3: from=<a@example.se>"));
        assert!(!r("session |0017c5a1b2c3 closed"));
        // Unregistered and locally administered prefixes.
        assert!(!r("x |4e5a9f2b7c1d"));
        assert!(!r("x |da1b2c3d4e5f"));
        // Keys that name another id.
        for key in [
            "sn=",
            "devID=\"",
            "\"deviceId\":\"",
            "client-id ",
            "serial: ",
            "SerialNumber=",
            "commit ",
            "container ",
            "sha1=",
            "trace ",
            "session_id=",
            "guid=",
            "uuid:",
        ] {
            let line = format!("{key}|3c22fb5a1c2e");
            assert!(!r(&line), "{line}");
        }
    }

    #[test]
    fn dhcp_hardware_type_and_a_label_colon() {
        fn c(s: &str) -> Option<&str> {
            let i = s.find("1:")?;
            in_client_id(s.as_bytes(), i).map(|(x, y)| &s[x..y])
        }
        assert_eq!(
            c("dhcp-client-identifier 1:3c:22:fb:5a:1c:2e;"),
            Some("3c:22:fb:5a:1c:2e")
        );
        assert_eq!(c("x 1:3c:22:fb:5a:1c:2e:ff:00"), None);
        let s = "uid 1,3c:22:fb:5a:1c:2e lease";
        assert!(after_hw_type(s.as_bytes(), 6));
        assert!(!after_hw_type(b"v 11,3c:22:fb:5a:1c:2e", 6));
        assert!(!after_hw_type(b"v 1,3c", 4));
        assert_eq!(m("3c:22:fb:5a:1c:2e: Ageout"), Some("3c:22:fb:5a:1c:2e"));
        assert_eq!(m("3c:22:fb:5a:1c:2e:"), Some("3c:22:fb:5a:1c:2e"));
        assert_eq!(m("3c:22:fb:5a:1c:2e:00:11 x"), None);
    }

    #[test]
    fn device_ids_that_end_in_their_mac() {
        let d = |s: &str, v: &str| {
            let i = s.find(v).unwrap();
            device_id_suffix(s.as_bytes(), i, i + v.len())
        };
        // Shelly Gen2+, ESPHome-style and vendors' `<model>-<MAC>` ids
        // with a registered prefix (3C:22:FB, B8:27:EB).
        assert!(d("as shellyplus1pm-3c22fb123456 (p2)", "3c22fb123456"));
        assert!(d("host=esp32cam-B827EB1A0719", "B827EB1A0719"));
        assert!(d("'esp32-3C22FB5A1C2E' joined", "3C22FB5A1C2E"));
        // An unregistered prefix, mixed case, no model before it, a model
        // that is a longer path of words.
        assert!(!d("as shellyplus1pm-deadbeef0001 (p2)", "deadbeef0001"));
        assert!(!d("as shelly-3C22fb123456", "3C22fb123456"));
        assert!(!d("id -3c22fb123456", "3c22fb123456"));
        assert!(!d("as a-3c22fb123456", "3c22fb123456"));
        assert!(!d("image build-3c22fb123456 pushed", "3c22fb123456"));
    }

    #[test]
    fn cisco_device_names() {
        fn d(s: &str) -> Option<&str> {
            device_name(s.as_bytes(), 0, s.len()).map(|k| &s[k..])
        }
        assert_eq!(d("SEP001B54A1B2C3"), Some("001B54A1B2C3"));
        assert_eq!(d("ATA0050C2ABCDEF"), Some("0050C2ABCDEF"));
        assert_eq!(d("SEP000000000000"), None);
        assert_eq!(d("SEP001B54A1B2CX"), None);
        assert_eq!(d("CSF001B54A1B2C3"), None); // a Jabber client: its user
        assert_eq!(d("SEP001B54A1B2C"), None);
    }

    fn o(s: &str, cued: bool) -> Option<&str> {
        other_at(s.as_bytes(), 0, || cued).map(|e| &s[..e])
    }

    #[test]
    fn phone_files_named_after_their_mac() {
        let f = |s: &str| {
            // The twelve hex digits after the last `/` or `=`.
            let i = s.rfind(['/', '=']).map_or(0, |k| k + 1);
            config_file(s.as_bytes(), i, i + 12)
        };
        assert!(f("GET /0C811257B363.cfg"));
        assert!(f("PUT /logs/0004f2a1b2c3-app.log"));
        assert!(f("/0004f2a1b2c3-phone.cfg"));
        assert!(f("tftp read /000b82a1b2c3.xml"));
        // Other files, and ids that are no file names.
        assert!(!f("GET /0C811257B363.jpg"));
        assert!(!f("GET /0C811257B363"));
        assert!(!f("id=0C811257B363.cfg"));
    }

    #[test]
    fn other_notations() {
        assert_eq!(o("001a:2b3c:4d5e x", false), Some("001a:2b3c:4d5e"));
        assert_eq!(o("2001:0db8:0000:0000::1", false), None); // IPv6
        assert_eq!(o("2001:0db8:0001::", false), None);
        assert_eq!(o("1200:1300:1400", false), None); // no letter, no cue
        assert_eq!(o("1200:1300:1400", true), Some("1200:1300:1400"));
        assert_eq!(o("00.1a.2b.3c.4d.5e x", true), Some("00.1a.2b.3c.4d.5e"));
        assert_eq!(o("00.1a.2b.3c.4d.5e", false), None); // an OID or a version
        assert_eq!(o("10.20.30.40.50.60.70", true), None);
        let mut s = String::new();
        assert!(normalize("001A:2B3C:4D5E", &mut s));
        assert_eq!(s, "00:1a:2b:3c:4d:5e");
        s.clear();
        assert!(normalize("00.1A.2b.3c.4d.5e", &mut s));
        assert_eq!(s, "00:1a:2b:3c:4d:5e");
        s.clear();
        // The dashed vendor forms keep the token they were issued.
        assert!(!normalize("001a-2b3c-4d5e", &mut s));
    }

    #[test]
    fn normalisation() {
        let mut s = String::new();
        assert!(normalize("00-00-5E-00-53-AF", &mut s));
        assert_eq!(s, "00:00:5e:00:53:af");
        s.clear();
        assert!(normalize("0000.5E00.53AF", &mut s));
        assert_eq!(s, "00:00:5e:00:53:af");
        s.clear();
        assert!(normalize("0:0:5e:0:53:af", &mut s));
        assert_eq!(s, "00:00:5e:00:53:af");
        s.clear();
        assert!(!normalize("00:00:5e", &mut s));
    }
}
