//! Handset and subscriber identities.
//!
//! IMEI: 15 digits, Luhn, and a type allocation code whose first two digits
//! are an assigned reporting body; found bare or after an `imei` key, in
//! groups (`AA-BBBBBB-CCCCCC-D`, with spaces or `/`), and as an IMEISV (the
//! 14 digits and a two-digit software version, `35209900627260/01`) after a
//! word that names it.
//! IMSI: 14-15 digits starting with an assigned mobile country code (ITU-T
//! E.212). An IMSI has no checksum, so a bare 15-digit run would be a coin
//! toss between an IMSI, an IMEI, a microsecond timestamp and an account
//! id: it is taken after an `imsi` key (`imsi=`, `IMSI: `, `"imsi":"...`,
//! the 3GPP SUPI `imsi-...`, Open5GS's `IMSI[...]`), and bare only on a
//! line that names a subscriber or a mobile-core function
//! ([`imsi_evidence`]).

use super::idnum::tail_ok;
use super::util::{alnum_words, at, digits_end, is_digit, line_bounds, luhn, num};

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
/// and a two-digit software version). Neither has a checksum, so they are
/// only taken after a word that names them; after that word the version
/// decides nothing: TS 23.003 reserves `99`, but a log that writes it
/// under `imeisv` still writes the handset's identity before it.
pub(crate) fn imei_unchecked(d: &[u8]) -> bool {
    let body = match d.len() {
        14 => d,
        16 => &d[..14],
        _ => return false,
    };
    RBI.iter().any(|r| body.starts_with(&r[..]))
}

/// The mobile country codes ITU-T E.212 assigns to countries and
/// territories, and 901 (international networks).
const MCC: [u16; 239] = [
    202, 204, 206, 208, 212, 213, 214, 216, 218, 219, 220, 221, 222, 225, 226, 228, 230, 231, 232,
    234, 235, 238, 240, 242, 244, 246, 247, 248, 250, 255, 257, 259, 260, 262, 266, 268, 270, 272,
    274, 276, 278, 280, 282, 283, 284, 286, 288, 289, 290, 292, 293, 294, 295, 297, 302, 308, 310,
    311, 312, 313, 314, 315, 316, 330, 332, 334, 338, 340, 342, 344, 346, 348, 350, 352, 354, 356,
    358, 360, 362, 363, 364, 365, 366, 368, 370, 372, 374, 376, 400, 401, 402, 404, 405, 406, 410,
    412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422, 424, 425, 426, 427, 428, 429, 430, 431,
    432, 434, 436, 437, 438, 440, 441, 450, 452, 454, 455, 456, 457, 460, 461, 466, 467, 470, 472,
    502, 505, 510, 514, 515, 520, 525, 528, 530, 536, 537, 539, 540, 541, 542, 543, 544, 545, 546,
    547, 548, 549, 550, 551, 552, 553, 554, 555, 602, 603, 604, 605, 606, 607, 608, 609, 610, 611,
    612, 613, 614, 615, 616, 617, 618, 619, 620, 621, 622, 623, 624, 625, 626, 627, 628, 629, 630,
    631, 632, 633, 634, 635, 636, 637, 638, 639, 640, 641, 642, 643, 645, 646, 647, 648, 649, 650,
    651, 652, 653, 654, 655, 657, 658, 659, 702, 704, 706, 708, 710, 712, 714, 716, 722, 724, 730,
    732, 734, 736, 738, 740, 742, 744, 746, 748, 750, 901,
];

/// [`MCC`] as a bit set, one bit per three-digit code.
static MCC_SET: [u64; 16] = {
    let mut t = [0u64; 16];
    let mut k = 0;
    while k < MCC.len() {
        let m = MCC[k] as usize;
        t[m / 64] |= 1 << (m % 64);
        k += 1;
    }
    t
};

/// True if `mcc` is assigned to a country, a territory or international
/// networks.
fn mcc_assigned(mcc: u32) -> bool {
    mcc < 1000 && MCC_SET[mcc as usize / 64] & (1 << (mcc % 64)) != 0
}

/// True if `d` (digits only) is a plausible IMSI: 14 or 15 digits and an
/// assigned country code, or the test network's 001 and the private
/// networks' 999 (a private 5G core's subscribers are people too; a key
/// has said what the value is).
pub(crate) fn imsi_valid(d: &[u8]) -> bool {
    (14..=15).contains(&d.len()) && {
        let mcc = num(&d[..3]);
        mcc_assigned(mcc) || mcc == 1 || mcc == 999
    }
}

/// True if the bare 15-digit run `b[i..j]` is an IMSI: an assigned
/// country code (no test or private network, which a key must name), not
/// a valid IMEI (that reading wins), no id or order word right before, and
/// a line that says it is about subscribers ([`imsi_evidence`]). A
/// microsecond epoch time has 16 digits and starts with `1`, no country
/// code; an ICCID has 19 or 20.
pub(crate) fn bare_imsi(b: &[u8], i: usize, j: usize) -> bool {
    let d = &b[i..j];
    d.len() == 15
        && mcc_assigned(num(&d[..3]))
        && !imei_valid(d)
        && tail_ok(b, j)
        && !(i > 0 && matches!(b[i - 1], b'.' | b'-' | b'/' | b'#'))
        && (!d.starts_with(b"35") || imsi_cue_before(b, i))
        && if sim_word_before(b, i) {
            true
        } else {
            !other_id_before(b, i) && imsi_evidence(b, i)
        }
}

/// True if the word right before `i` names the SIM whose subscriber
/// identity follows (`sim 240011234567890`, `SIM: ...`, `sim_id=`,
/// `SIM-ID`, `simcard`, `SIM card`, `SIM-kort`, `SIM-Karte`, `carte SIM`,
/// `usim`), as device managers, POS and scanner gateways and MDMs log a
/// handset's SIM. The caller has checked the country code; an ICCID has
/// 19 or 20 digits and is not read here.
pub(crate) fn sim_word_before(b: &[u8], i: usize) -> bool {
    // The token before, past at most three bytes of `=`, `:`, quotes,
    // spaces and brackets.
    let token = |end: usize| -> (usize, usize) {
        let mut e = end;
        while e > 0
            && end - e < 3
            && matches!(b[e - 1], b' ' | b'=' | b':' | b'"' | b'\'' | b'[' | b'(')
        {
            e -= 1;
        }
        let mut s = e;
        while s > 0
            && e - s < 12
            && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'_' | b'-'))
        {
            s -= 1;
        }
        (s, e)
    };
    let squash = |s: usize, e: usize, out: &mut [u8; 12]| -> usize {
        let mut n = 0;
        for &c in &b[s..e] {
            if c.is_ascii_alphanumeric() && n < out.len() {
                out[n] = c.to_ascii_lowercase();
                n += 1;
            }
        }
        n
    };
    const SIM: [&[u8]; 9] = [
        b"sim",
        b"usim",
        b"simid",
        b"simcard",
        b"simkort",
        b"simkarte",
        b"simkortti",
        b"simkarta",
        b"simkaart",
    ];
    const CARD: [&[u8]; 6] = [b"card", b"kort", b"karte", b"kortti", b"karta", b"kaart"];
    let (s, e) = token(i);
    let mut w = [0u8; 12];
    let n = squash(s, e, &mut w);
    if SIM.contains(&&w[..n]) {
        return true;
    }
    // `SIM card 240...`, `SIM kort: 240...`: the card's word after `SIM`.
    if CARD.contains(&&w[..n]) && s > 0 && b[s - 1] == b' ' {
        let (s2, e2) = token(s - 1);
        let n2 = squash(s2, e2, &mut w);
        return e2 == s - 1 && &w[..n2] == b"sim";
    }
    false
}

/// True if the word `imsi` appears in the 24 bytes before `i`. A bare run
/// from `35` (the type allocation codes of BABT, the reporting body of
/// most handsets' IMEIs) whose check digit fails is a mistyped or
/// truncated IMEI far more often than the IMSI of a subscriber of the
/// Caribbean networks 350-358: only the word right before makes it one,
/// not an `IMSI` elsewhere on the line (`IMSI 240... Gammal enhet 35...`).
fn imsi_cue_before(b: &[u8], i: usize) -> bool {
    let w = &b[i.saturating_sub(24)..i];
    w.windows(4).any(|x| x.eq_ignore_ascii_case(b"imsi"))
}

/// Words that, anywhere on the line, say its bare 15-digit runs are
/// subscriber identities: the subscriber in several languages, the
/// identity's own names, the mobility procedures that carry it, and the
/// mobile-core functions that log it (as words and as Open5GS daemon
/// names such as `open5gs-mmed`).
const IMSI_LINE_WORDS: [&[u8]; 52] = [
    b"subscriber",
    b"subscribers",
    b"subscr",
    b"abonnent",
    b"abonnenten",
    b"abonne",
    b"teilnehmer",
    b"suscriptor",
    b"abbonato",
    b"tilaaja",
    b"imsi",
    b"supi",
    b"usim",
    b"attach",
    b"attached",
    b"detach",
    b"detached",
    b"registration",
    b"deregistration",
    b"mme",
    b"mmed",
    b"amf",
    b"amfd",
    b"smf",
    b"smfd",
    b"hss",
    b"hssd",
    b"udm",
    b"udmd",
    b"udr",
    b"ausf",
    b"ausfd",
    b"pcrf",
    b"pcrfd",
    b"pgw",
    b"sgw",
    b"sgwcd",
    b"smsc",
    b"hlr",
    b"vlr",
    b"msc",
    b"sgsn",
    b"ggsn",
    b"diameter",
    b"s6a",
    b"s1ap",
    b"ngap",
    b"emm",
    b"gmm",
    b"eir",
    b"mvno",
    b"roaming",
];

/// True if the line around `i` holds a word of [`IMSI_LINE_WORDS`], or
/// the word right before `i` is `UE` or `MS` (`UE 240011234567890`).
/// Read only for candidates, which are rare.
pub(crate) fn imsi_evidence(b: &[u8], i: usize) -> bool {
    let (s, e) = line_bounds(b, i);
    let mut k = i;
    while k > s && matches!(b[k - 1], b' ' | b'=' | b':' | b'[' | b'(') {
        k -= 1;
    }
    let mut w = k;
    while w > s && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    let before = &b[w..k];
    if before.eq_ignore_ascii_case(b"ue") || before.eq_ignore_ascii_case(b"ms") {
        return true;
    }
    alnum_words(&b[s..e]).any(|word| {
        (3..=14).contains(&word.len())
            && word[0].is_ascii_alphabetic()
            && IMSI_LINE_WORDS.iter().any(|x| word.eq_ignore_ascii_case(x))
    })
}

/// True if the line around `i` is a mobile network's or an SMS product's:
/// a word of [`IMSI_LINE_WORDS`] (the core functions, `imsi`, `smsc`,
/// `hlr`), a handset's or a subscriber's identity (`imei`, `imeisv`,
/// `msisdn`), SMPP's words (`smpp`, `esme`: SMSCs, jasmin, Kannel's
/// smppbox), `mms`, `ussd`, `whatsapp` (a messaging platform whose ids are
/// numbers: WhatsApp's Cloud API), or a word that starts with `sms` (`SMS-MO`,
/// the daemons `smsd`, `smsbox`, an `smsfw` or `smsgw`). Read only for a
/// candidate under a party key, which is rare.
pub(crate) fn mobile_evidence(b: &[u8], i: usize) -> bool {
    let (s, e) = line_bounds(b, i);
    mobile_words(&b[s..e])
}

/// [`mobile_evidence`] over all of `text` (a structured record, which a
/// pretty-printer may have spread over lines).
pub(crate) fn mobile_words(text: &[u8]) -> bool {
    const MESSAGING: [&[u8]; 8] = [
        b"imei",
        b"imeisv",
        b"msisdn",
        b"smpp",
        b"esme",
        b"mms",
        b"ussd",
        b"whatsapp",
    ];
    alnum_words(text).any(|word| {
        (3..=14).contains(&word.len())
            && word[0].is_ascii_alphabetic()
            && (word[..3].eq_ignore_ascii_case(b"sms")
                || MESSAGING.iter().any(|x| word.eq_ignore_ascii_case(x))
                || IMSI_LINE_WORDS.iter().any(|x| word.eq_ignore_ascii_case(x)))
    })
}

/// The digit run that follows a key such as `imsi` (ending at `j`), across
/// at most three bytes of `=`, `:`, quotes, spaces and the openers of
/// the other notations: the SUPI and PEI prefixes of 3GPP TS 23.003 and
/// 29.571 (`imsi-240011234567890`, `imeisv-3548260512345601`), brackets
/// (`IMSI[...]`, `IMSI(...)`) and markup (`<imsi>...`).
pub(crate) fn value_after_key(b: &[u8], j: usize) -> Option<(usize, usize)> {
    let mut s = j;
    while s < j + 3
        && matches!(
            at(b, s),
            b'=' | b':' | b'"' | b'\'' | b' ' | b'-' | b'[' | b'(' | b'>'
        )
    {
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
/// with spaces or `/`; and, when `cued` says a word that names an IMEI
/// stands before it, an IMEISV in the same groups with a two-digit
/// software version last (`35-209900-627260-01`). Returns its end.
pub(crate) fn grouped_at(b: &[u8], i: usize, cued: impl Fn() -> bool) -> Option<usize> {
    const SHAPES: [&[usize]; 4] = [&[2, 6, 6, 1], &[8, 6, 1], &[2, 6, 6, 2], &[8, 6, 2]];
    let sep = at(b, i + digits_end(b, i) - i);
    if !matches!(sep, b'-' | b' ' | b'/') {
        return None;
    }
    'shape: for shape in SHAPES {
        let mut d = [0u8; 16];
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
        let ok = if n == 15 {
            imei_valid(&d[..15])
        } else {
            imei_unchecked(&d[..n]) && cued()
        };
        if ok && tail_ok(b, k) {
            return Some(k);
        }
    }
    None
}

/// The end of an IMEISV written as the 14-digit IMEI `b[i..j]`, a `/` and
/// the two-digit software version (`35209900627260/01`), if it is one.
pub(crate) fn sv_suffix(b: &[u8], i: usize, j: usize) -> Option<usize> {
    let ok = j - i == 14 && at(b, j) == b'/' && digits_end(b, j + 1) == j + 3 && tail_ok(b, j + 3);
    ok.then_some(j + 3)
}

/// Digits only, if they validate.
pub(crate) fn normalize(v: &str, imei: bool, out: &mut String) -> bool {
    let d: Vec<u8> = v.bytes().filter(u8::is_ascii_digit).collect();
    if v.bytes()
        .any(|c| !(c.is_ascii_digit() || matches!(c, b' ' | b'-' | b'/')))
    {
        return false;
    }
    // A 14-digit IMEI and an IMEISV have no check digit to verify; they
    // were taken after a word that names them, and as digits they get the
    // pseudonym they had before their notation was read.
    let ok = if imei {
        imei_valid(&d) || imei_unchecked(&d)
    } else {
        imsi_valid(&d)
    };
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
            grouped_at(s.as_bytes(), 0, || false).map(|e| &s[..e])
        }
        assert_eq!(g("49-015420-323751-8 x"), Some("49-015420-323751-8"));
        assert_eq!(g("49015420-323751-8,"), Some("49015420-323751-8"));
        assert_eq!(g("49 015420 323751 8"), Some("49 015420 323751 8"));
        assert_eq!(g("49-015420-323751-9"), None); // Luhn
        assert_eq!(g("49-015420 323751-8"), None); // mixed separators
        assert_eq!(g("49-015420-323751-8-2"), None);
        assert_eq!(g("12-345678-901234-5"), None);
        assert_eq!(g("49/015420/323751/8 x"), Some("49/015420/323751/8"));
        assert_eq!(g("49.015420.323751.8"), None);
        // An IMEISV's two software digits: only after its word.
        assert_eq!(g("35-209900-627260-01 x"), None);
        let sv = b"35-209900-627260-01 x";
        assert_eq!(grouped_at(sv, 0, || true), Some(19));
        assert_eq!(grouped_at(b"35-209900-627260-99", 0, || true), Some(19));
        assert_eq!(grouped_at(b"35-209900-627260-99", 0, || false), None);
    }

    #[test]
    fn imeisv_software_version() {
        assert_eq!(sv_suffix(b"35209900627260/01 x", 0, 14), Some(17));
        // The reserved version, after the word that names it: still a
        // handset's identity.
        assert_eq!(sv_suffix(b"35209900627260/99", 0, 14), Some(17));
        assert_eq!(sv_suffix(b"35209900627260/012", 0, 14), None);
        assert_eq!(sv_suffix(b"35209900627260/ab", 0, 14), None);
    }

    #[test]
    fn country_codes_are_the_assigned_ones() {
        assert!(imsi_valid(b"240011234567890")); // Sweden
        assert!(imsi_valid(b"310260123456789")); // United States
        assert!(imsi_valid(b"001011234567895")); // test network, under a key
        assert!(imsi_valid(b"999700000000001")); // private network, under a key
        assert!(!imsi_valid(b"205011234567890")); // 205: not assigned
        assert!(!imsi_valid(b"239011234567890")); // 239: not assigned
        assert!(!imsi_valid(b"800011234567890"));
    }

    fn bare(s: &str) -> bool {
        let b = s.as_bytes();
        let i = b.iter().position(u8::is_ascii_digit).unwrap();
        bare_imsi(b, i, crate::detect::util::digits_end(b, i))
    }

    #[test]
    fn bare_imsi_needs_a_mobile_core_line() {
        assert!(bare("subscriber 240011234567890 detached"));
        assert!(bare("mmed: [240011234567890] Attach request"));
        assert!(bare("amf: UE 240011234567890 ok"));
        assert!(bare("Teilnehmer 262011234567890 abgemeldet"));
        // No evidence on its line.
        assert!(!bare("order 240011234567890 shipped"));
        assert!(!bare("mme ok\nflow 240011234567890 done"));
        // An id word before it, on a core line.
        assert!(!bare("smsc: order id 240011234567890 queued"));
        // Test and private networks need a key.
        assert!(!bare("subscriber 001011234567895 detached"));
        // A valid IMEI is an IMEI.
        assert!(!bare("subscriber 490154203237518 detached"));
        // A microsecond epoch time has no country code.
        assert!(!bare("subscriber 176502456712345 detached"));
        assert!(!bare("subscriber 1765024567123456 detached"));
        // Part of a dotted or dashed run.
        assert!(!bare("subscriber v1.240011234567890 detached"));
        // A run from `35` whose check digit fails is a handset's, unless
        // the word names it: an `IMSI` elsewhere on the line does not.
        let last = |s: &str| {
            let b = s.as_bytes();
            let i = s.rfind(' ').unwrap() + 1;
            bare_imsi(b, i, b.len())
        };
        assert!(!last(
            "IMSI 240011234567890 aktiverat, gammal enhet 352099001761482"
        ));
        assert!(last(
            "IMSI 240011234567890 aktiverat, ny SIM imsi 352011234567891"
        ));
        assert!(last("subscriber detached: 240011234567890"));
        assert!(!last("subscriber detached, old handset 352011234567891"));
    }

    #[test]
    fn key_notations() {
        fn v(s: &str) -> Option<&str> {
            value_after_key(s.as_bytes(), 4).map(|(x, y)| &s[x..y])
        }
        assert_eq!(v("imsi-240011234567890]"), Some("240011234567890"));
        assert_eq!(v("IMSI[240011234567890]"), Some("240011234567890"));
        assert_eq!(v("IMSI(240011234567890)"), Some("240011234567890"));
        assert_eq!(v("imsi>240011234567890<"), Some("240011234567890"));
        assert_eq!(v("imsi-x240011234567890"), None);
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
        s.clear();
        // An IMEISV in any notation is its sixteen digits.
        assert!(normalize("35209900627260/01", true, &mut s));
        assert_eq!(s, "3520990062726001");
    }
}
