//! MAC (EUI-48) addresses: `aa:bb:cc:dd:ee:ff`, `aa-bb-cc-dd-ee-ff` and
//! Cisco's `aabb.ccdd.eeff`. A longer run of the same shape (a key
//! fingerprint, an EUI-64) is not a MAC.

use super::util::{at, is_hex, is_word};

/// A MAC address starting at `i`; returns its end.
pub(crate) fn at_pos(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && matches!(b[i - 1], b':' | b'-' | b'.') {
        return None;
    }
    let hex2 = |j: usize| is_hex(at(b, j)) && is_hex(at(b, j + 1));
    let sep = at(b, i + 2);
    if (sep == b':' || sep == b'-') && hex2(i) {
        let mut j = i;
        for k in 0..6 {
            if k > 0 {
                if at(b, j) != sep {
                    return None;
                }
                j += 1;
            }
            if !hex2(j) {
                return None;
            }
            j += 2;
        }
        let c = at(b, j);
        if is_word(c) || (c == sep && is_hex(at(b, j + 1))) || c == b':' {
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
    let mut j = i;
    for k in 0..14 {
        if k > 0 {
            let sep = if k < 6 { dst_sep } else { b':' };
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
    if is_word(at(b, j)) || at(b, j) == b':' {
        return None;
    }
    Some(((i, i + 17), (i + 18, i + 35), j))
}

/// True if a MAC names one device: not the broadcast address, not a
/// group (multicast) address, whose first octet is odd, and not the
/// all-zero address that stands for "none" (an unset or wildcard field).
pub(crate) fn personal(mac: &[u8]) -> bool {
    let first = mac.get(1).copied().unwrap_or(0);
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
        return false;
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn normalisation() {
        let mut s = String::new();
        assert!(normalize("00-00-5E-00-53-AF", &mut s));
        assert_eq!(s, "00:00:5e:00:53:af");
        s.clear();
        assert!(normalize("0000.5E00.53AF", &mut s));
        assert_eq!(s, "00:00:5e:00:53:af");
        s.clear();
        assert!(!normalize("00:00:5e", &mut s));
    }
}
