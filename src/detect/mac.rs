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
