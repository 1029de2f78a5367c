//! 3M SIP2 (Standard Interchange Protocol 2.0), the protocol of library
//! self-service terminals, sorters and patron apps, as its servers and
//! gateways log it (`OUTPUT MSG: '64...AOinst|AApatron|AEname|...'`,
//! `INPUT MSG:`, or a message alone): a two-digit command, its fixed
//! fields, then variable fields, each a two-letter field id and its text,
//! ended by `|`. The field id says what the text is, whatever its shape:
//! `AE` the patron's personal name, `BF` the home phone number (in any
//! national writing), `BE` the e-mail address (which the e-mail detector
//! finds). `AA` the patron identifier, `AO` the institution id, `BD` the
//! home address, `AF`/`AG` screen and print messages are left to the text
//! detectors.
//!
//! A text is read as SIP2 only if it carries the patron identifier or the
//! institution id after a `|`, and another SIP2 field id: CEF headers and
//! other pipe-separated lines carry neither. What this reader finds wins
//! over the text detectors' spans in the same field (a name glued to its
//! field id is no longer read as one word with it).

use super::{Kind, Span, bound};

/// No SIP2 patron message with a field this reader reads is shorter.
pub(crate) const MIN_LEN: usize = 12;

/// The most fields read from one text.
const MAX_FIELDS: usize = 48;

/// The field ids of SIP2 2.00's variable fields that patron messages
/// carry (the specification's field table and its common extensions).
fn known_id(id: [u8; 2]) -> bool {
    matches!(
        &id,
        b"AA"
            | b"AB"
            | b"AC"
            | b"AD"
            | b"AE"
            | b"AF"
            | b"AG"
            | b"AH"
            | b"AJ"
            | b"AM"
            | b"AN"
            | b"AO"
            | b"AP"
            | b"AQ"
            | b"AS"
            | b"AT"
            | b"AU"
            | b"AV"
            | b"AY"
            | b"AZ"
            | b"BD"
            | b"BE"
            | b"BF"
            | b"BH"
            | b"BL"
            | b"BP"
            | b"BQ"
            | b"BV"
            | b"BZ"
            | b"CA"
            | b"CB"
            | b"CC"
            | b"CD"
            | b"CQ"
            | b"PA"
            | b"PB"
            | b"PC"
    )
}

/// What a field's text is, by its id.
fn kind_of(id: [u8; 2]) -> Option<Kind> {
    match &id {
        b"AE" => Some(Kind::PersonName),
        b"BF" => Some(Kind::Phone),
        _ => None,
    }
}

/// True if `v`, a `BF` field's text, is written as a phone number: digits
/// (six to fifteen) with the separators and brackets numbers are written
/// with (a no-break or thin space too, as word processors and Hungarian,
/// French and Czech typography group them), a leading `+`.
fn phone_text(v: &str) -> bool {
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    (6..=15).contains(&digits)
        && v.char_indices().all(|(k, c)| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}' | '\u{2009}' | '\u{202f}'
                )
                || (c == '+' && k == 0)
        })
}

/// True if `v`, an `AE` field's text, can be a person's name: a letter, no
/// digit, not a placeholder (`-`, `N/A`).
fn name_text(v: &str) -> bool {
    v.chars().any(char::is_alphabetic)
        && !v.bytes().any(|c| c.is_ascii_digit())
        && !bound::placeholder(Kind::PersonName, v)
}

/// Reads `b` as a SIP2 message: pushes the personal name and home phone
/// fields to `out` and drops the spans in `out[base..]` that overlap those
/// fields (ids included). Does nothing if `b` is not SIP2.
pub(crate) fn fields(b: &[u8], out: &mut Vec<Span>, base: usize) {
    // (id start, text start, text end) of the fields read.
    let mut found = [(0usize, 0usize, 0usize); MAX_FIELDS];
    let mut n = 0;
    let mut patron = false;
    let mut known = 0;
    for p in memchr::memchr_iter(b'|', b) {
        let (Some(&x), Some(&y)) = (b.get(p + 1), b.get(p + 2)) else {
            break;
        };
        if !(x.is_ascii_uppercase() && y.is_ascii_uppercase()) {
            continue;
        }
        let id = [x, y];
        if !known_id(id) {
            continue;
        }
        known += 1;
        patron |= matches!(&id, b"AA" | b"AO");
        if kind_of(id).is_some() && n < MAX_FIELDS {
            let s = p + 3;
            let e = s + b[s..]
                .iter()
                .position(|c| matches!(c, b'|' | b'\'' | b'"' | b'\r' | b'\n'))
                .unwrap_or(b.len() - s);
            found[n] = (p + 1, s, e);
            n += 1;
        }
    }
    if !patron || known < 2 || n == 0 {
        return;
    }
    for &(id_at, s, e) in &found[..n] {
        let id = [b[id_at], b[id_at + 1]];
        let Some(kind) = kind_of(id) else { continue };
        // The field's text without the spaces a fixed-width writer pads.
        let Ok(raw) = std::str::from_utf8(&b[s..e]) else {
            continue;
        };
        let v = raw.trim();
        if v.is_empty() {
            continue;
        }
        let vs = s + (raw.len() - raw.trim_start().len());
        let ve = vs + v.len();
        let ok = match kind {
            Kind::PersonName => name_text(v),
            _ => phone_text(v) && !bound::placeholder(Kind::Phone, v),
        };
        if !ok {
            continue;
        }
        // The text detectors' spans in the field give way to its id.
        let mut k = base;
        while k < out.len() {
            if out[k].start < e && out[k].end > id_at {
                out.swap_remove(k);
            } else {
                k += 1;
            }
        }
        out.push(Span {
            start: vs,
            end: ve,
            kind,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, Kind)> {
        let mut out = Vec::new();
        fields(t.as_bytes(), &mut out, 0);
        out.sort_by_key(|s| s.start);
        out.iter()
            .map(|s| (t[s.start..s.end].to_string(), s.kind))
            .collect()
    }

    #[test]
    fn patron_information_response_by_field_id() {
        let t = "OUTPUT MSG: '64              00120250101    120000000000000002000000000000AOMain|AA2900055501|AEKARLSSON Britt-Marie|BLY|CQY|BEb.k@example.se|BF+420 555.010.203|AFPatron status is ok.|AY3AZ1234'";
        assert_eq!(
            found(t),
            vec![
                ("KARLSSON Britt-Marie".to_string(), Kind::PersonName),
                ("+420 555.010.203".to_string(), Kind::Phone),
            ]
        );
        // A surname first with a comma, an initial, a bare national number.
        let t = "24              00120250101    120000AOMain|AA2900055502|AEQwertyson, J.|BF555010203|AY2AZ99ac";
        assert_eq!(
            found(t),
            vec![
                ("Qwertyson, J.".to_string(), Kind::PersonName),
                ("555010203".to_string(), Kind::Phone),
            ]
        );
    }

    #[test]
    fn the_field_id_wins_over_text_spans() {
        let t = "|AO1|AA2|AENILSSONX Eva|BLY";
        let mut out = vec![Span {
            start: 10,
            end: 24,
            kind: Kind::PersonName,
        }];
        fields(t.as_bytes(), &mut out, 0);
        assert_eq!(out.len(), 1);
        assert_eq!(&t[out[0].start..out[0].end], "NILSSONX Eva");
    }

    #[test]
    fn not_sip2_or_not_personal() {
        // A CEF header, a pipe table, a SIP2 message without a name.
        assert!(found("CEF:0|AEVendor|BFProduct|1.0|100|AE test|5|src=192.0.2.1").is_empty());
        assert!(found("| AE | BF | name | Eva Berg |").is_empty());
        assert!(
            found("98YYYNYN00100320250101    1200002.00AOMain|BXYYYYYYYYYYYNNYYY|AY1AZ1")
                .is_empty()
        );
        // A number grouped with no-break spaces.
        let t = "|AO1|AA2|BF+36 1\u{a0}555\u{a0}0102|AY1";
        assert_eq!(
            found(t),
            vec![("+36 1\u{a0}555\u{a0}0102".to_string(), Kind::Phone)]
        );
        // Placeholders and an item count where the phone goes.
        assert!(found("|AO1|AA2|AE-|BF123|AY1").is_empty());
    }
}
