//! Handset and subscriber identities.
//!
//! IMEI: 15 digits, Luhn, and a type allocation code whose first two digits
//! are an assigned reporting body; found bare or after an `imei` key.
//! IMSI: 14-15 digits starting with a mobile country code. An IMSI has no
//! checksum, so a bare 15-digit run would be a coin toss between an IMSI, an
//! IMEI, a microsecond timestamp and an account id: it is only taken after an
//! `imsi` key (`imsi=`, `IMSI: `, `"imsi":"...`).

use super::idnum::tail_ok;
use super::util::{at, digits_end, is_digit, luhn, num};

/// Reporting-body identifiers that GSMA has assigned (first two TAC digits).
const RBI: [&[u8; 2]; 17] = [
    b"01", b"10", b"30", b"33", b"35", b"44", b"45", b"49", b"50", b"51", b"52", b"53", b"54",
    b"86", b"91", b"98", b"99",
];

/// True if `d` (digits only) is a plausible IMEI.
pub(crate) fn imei_valid(d: &[u8]) -> bool {
    d.len() == 15 && RBI.iter().any(|r| d.starts_with(&r[..])) && luhn(d)
}

/// True if `d` (digits only) is an IMEI written without its check digit
/// (14 digits, as 3GPP signalling carries it) or an IMEISV (the 14 digits
/// and a two-digit software version, `99` reserved). Neither has a
/// checksum, so they are only taken after a word that names them.
pub(crate) fn imei_unchecked(d: &[u8]) -> bool {
    let body = match d.len() {
        14 => d,
        16 if &d[14..] != b"99" => &d[..14],
        _ => return false,
    };
    RBI.iter().any(|r| body.starts_with(&r[..]))
}

/// True if `d` (digits only) is a plausible IMSI.
pub(crate) fn imsi_valid(d: &[u8]) -> bool {
    (14..=15).contains(&d.len()) && {
        let mcc = num(&d[..3]);
        (202..=750).contains(&mcc) || mcc == 901
    }
}

/// The digit run that follows a key such as `imsi` (ending at `j`), across
/// at most three bytes of `=`, `:`, quotes and spaces.
pub(crate) fn value_after_key(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let mut s = j;
    while s < j + 3 && matches!(at(b, s), b'=' | b':' | b'"' | b'\'' | b' ') {
        s += 1;
    }
    if s == j || !is_digit(at(b, s)) {
        return None;
    }
    let e = digits_end(b, s);
    tail_ok(b, e).then_some((s, e))
}

/// An IMEI written in groups starting at `i`: `AA-BBBBBB-CCCCCC-D` (the
/// reporting body, the rest of the type allocation code, the serial, the
/// check digit), `AABBBBBB-CCCCCC-D` (as in `urn:gsma:imei:`), or the same
/// with spaces. Returns its end.
pub(crate) fn grouped_at(b: &[u8], i: usize) -> Option<usize> {
    const SHAPES: [&[usize]; 2] = [&[2, 6, 6, 1], &[8, 6, 1]];
    let sep = at(b, i + digits_end(b, i) - i);
    'shape: for shape in SHAPES {
        let mut d = [0u8; 15];
        let mut n = 0;
        let mut k = i;
        for (g, &len) in shape.iter().enumerate() {
            if g > 0 {
                if at(b, k) != sep {
                    continue 'shape;
                }
                k += 1;
            }
            let e = digits_end(b, k);
            if e - k != len {
                continue 'shape;
            }
            d[n..n + len].copy_from_slice(&b[k..e]);
            n += len;
            k = e;
        }
        if imei_valid(&d) && tail_ok(b, k) {
            return Some(k);
        }
    }
    None
}

/// Digits only, if they validate.
pub(crate) fn normalize(v: &str, imei: bool, out: &mut String) -> bool {
    let d: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
    if v.bytes()
        .any(|c| !(c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'/')))
    {
        return false;
    }
    let ok = if imei { imei_valid(&d) } else { imsi_valid(&d) };
    if ok {
        out.extend(d.iter().map(|&c| char::from(c)));
    }
    ok
}

/// True if the word `imei` appears in the 24 bytes before `i`
/// (`IMEI number 353918051234563`, `device IMEI: ...`).
pub(crate) fn cue_before(b: &[u8], i: usize) -> bool {
    let w = &b[i.saturating_sub(24)..i];
    w.windows(4).any(|x| x.eq_ignore_ascii_case(b"imei"))
}

/// True if a word that says a bare number is something else stands right
/// before `i`: `order id 354826051234565`, `ticket 354826051234565`.
pub(crate) fn other_id_before(b: &[u8], i: usize) -> bool {
    let w = &b[i.saturating_sub(16)..i];
    let mut e = w.len();
    while e > 0 && matches!(w[e - 1], b' ' | b'=' | b':' | b'#' | b'"' | b'\'') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && (w[s - 1].is_ascii_alphabetic() || w[s - 1] == b'_') {
        s -= 1;
    }
    let word = &w[s..e];
    const IDS: [&[u8]; 10] = [
        b"id", b"no", b"nr", b"ref", b"order", b"ticket", b"case", b"invoice", b"serial", b"txn",
    ];
    IDS.iter().any(|x| word.eq_ignore_ascii_case(x))
        || (word.len() > 2 && word[word.len() - 3..].eq_ignore_ascii_case(b"_id"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imei() {
        assert!(imei_valid(b"490154203237518"));
        assert!(!imei_valid(b"490154203237519"));
        assert!(!imei_valid(b"200154203237519")); // no such reporting body
        assert!(!imei_valid(b"49015420323751"));
    }

    #[test]
    fn imsi() {
        assert!(imsi_valid(b"240011234567890"));
        assert!(!imsi_valid(b"100011234567890"));
        assert!(!imsi_valid(b"2400112345"));
    }

    #[test]
    fn key_values() {
        let b = b"imsi=240011234567890 x";
        assert_eq!(value_after_key(b, 4), Some((5, 20)));
        assert_eq!(value_after_key(b"imsi 240011234567890.5", 4), None);
        assert_eq!(value_after_key(b"imsix", 4), None);
    }

    #[test]
    fn grouped_forms() {
        fn g(s: &str) -> Option<&str> {
            grouped_at(s.as_bytes(), 0).map(|e| &s[..e])
        }
        assert_eq!(g("49-015420-323751-8 x"), Some("49-015420-323751-8"));
        assert_eq!(g("49015420-323751-8,"), Some("49015420-323751-8"));
        assert_eq!(g("49 015420 323751 8"), Some("49 015420 323751 8"));
        assert_eq!(g("49-015420-323751-9"), None); // Luhn
        assert_eq!(g("49-015420 323751-8"), None); // mixed separators
        assert_eq!(g("49-015420-323751-8-2"), None);
        assert_eq!(g("12-345678-901234-5"), None);
    }

    #[test]
    fn normalisation() {
        let mut s = String::new();
        assert!(normalize("49-015420-323751-8", true, &mut s));
        assert_eq!(s, "490154203237518");
        s.clear();
        assert!(!normalize("490154203237519", true, &mut s));
        s.clear();
        assert!(normalize("240011234567890", false, &mut s));
        assert_eq!(s, "240011234567890");
    }
}
