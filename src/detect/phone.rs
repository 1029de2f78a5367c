//! Telephone numbers: E.164 (`+46701740683`, `+1 202 555 0100`), the `00`
//! international prefix, and Swedish national numbers (`070-174 06 83`,
//! `08-123 456 78`), checked against the Swedish numbering plan.
//!
//! The Swedish plan is hand-written because it is the hot case and
//! libphonenumber is slow; other countries go through the `phonenumber`
//! crate, which only runs for numbers written with `+` or `00`. Emergency and
//! service numbers (112, 1177, 11414, freephone, premium rate) never validate:
//! a national number needs the trunk `0` and 7-9 significant digits, and the
//! non-personal ranges are refused.

use super::util::{self, at, is_digit, is_word, key_before};

mod smdr;
pub(crate) use smdr::{MIN_LEN as SMDR_MIN_LEN, read as smdr};

/// The most digits a number (with its prefix) may have.
const MAX_DIGITS: usize = 17;
/// The most digit groups a spaced or dashed number may have.
const MAX_GROUPS: usize = 8;

/// Validates a Swedish national significant number (without the trunk `0`).
/// Returns the length of its area code (2 for mobile ranges).
pub(crate) fn se_nsn(n: &[u8]) -> Option<usize> {
    let len = n.len();
    if !(7..=9).contains(&len) || n[0] == b'0' || !n.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // Geographic subscriber numbers never start with 0; checking it keeps
    // dates and counters that happen to start with 0 out.
    let two = || (n[2] != b'0').then_some(2);
    let three = || (len >= 8 && n[3] != b'0').then_some(3);
    match (n[0], n[1]) {
        (b'7', b'0' | b'2' | b'3' | b'6' | b'9') => (len == 9).then_some(2),
        (b'7', _) => None, // M2M, pagers, shared cost, unassigned
        // Stockholm: a subscriber number may start with 0 only in the
        // longest form (`08-073 421 62`).
        (b'8', _) => (n[1] != b'0' || len == 9).then_some(1),
        (b'1', b'0') => (len == 9).then_some(2), // location-independent 010
        (b'1', b'1' | b'3' | b'6' | b'8' | b'9') => two(),
        (b'2', b'0') => None, // freephone
        (b'2', b'1' | b'3' | b'6') => two(),
        (b'3', b'1' | b'3' | b'5' | b'6') => two(),
        (b'4', b'0' | b'2' | b'4' | b'6') => two(),
        (b'5', b'4') => two(),
        (b'6', b'0' | b'3') => two(),
        (b'9', b'0') => two(), // 0900 premium fails the subscriber check
        (b'9', b'9') => None,  // premium rate
        (b'9', b'3') if n[2] == b'9' => None,
        (b'9', b'4') if n[2] == b'4' => None,
        (b'1'..=b'6' | b'9', _) => three(),
        _ => None,
    }
}

/// Validates an international number given as its digits (country code
/// first, no prefix).
fn intl_valid(d: &[u8]) -> bool {
    if d.first() == Some(&b'0') {
        return false;
    }
    if let Some(nsn) = d.strip_prefix(b"46") {
        return se_nsn(nsn).is_some();
    }
    if !(8..=15).contains(&d.len()) {
        return false;
    }
    other_valid(d)
}

/// Validates a non-Swedish E.164 number with libphonenumber's metadata: a
/// valid number, or one of a length and leading digits the country's plan
/// allows (a block not yet assigned when the metadata was cut is still
/// someone's number a year later). An unknown country code never passes.
fn other_valid(d: &[u8]) -> bool {
    let mut s = String::with_capacity(d.len() + 1);
    s.push('+');
    s.extend(d.iter().map(|&c| char::from(c)));
    let Ok(num) = phonenumber::parse(None, &s) else {
        return false;
    };
    if phonenumber::is_valid(&num) {
        return true;
    }
    let Some(meta) = num.metadata(&phonenumber::metadata::DATABASE) else {
        return false;
    };
    // The general pattern holds the plan's lengths and leading digits.
    meta.descriptors()
        .general()
        .is_match(&num.national().to_string())
}

/// True if `d` (ASCII digits, country code first, no prefix) is a valid
/// international number: E.164 written without its `+`, as telephony
/// fields, channel names and dial strings carry it (`447700900123`).
pub(crate) fn bare_intl(d: &[u8]) -> bool {
    (8..=15).contains(&d.len()) && d.iter().all(u8::is_ascii_digit) && intl_valid(d)
}

/// True if a bare run of 8, 12 or 14 digits reads as a date and time of
/// this era (`20260314`, `202603141200`, `20260314120005`: a batch, job or
/// file stamp): after a cue word it is no international number. Years
/// 2020-2039 only: `+20 1x` (Egypt's mobiles) reads as 201x.
pub(crate) fn date_stamp(d: &[u8]) -> bool {
    let n = |k: usize| u32::from(d[k] - b'0') * 10 + u32::from(d[k + 1] - b'0');
    matches!(d.len(), 8 | 12 | 14)
        && d.iter().all(u8::is_ascii_digit)
        && d[0] == b'2'
        && d[1] == b'0'
        && matches!(d[2], b'2' | b'3')
        && (1..=12).contains(&n(4))
        && (1..=31).contains(&n(6))
        && (d.len() == 8 || (n(8) < 24 && n(10) < 60))
        && (d.len() < 14 || n(12) < 60)
}

/// Country codes of plans with no trunk prefix, whose national numbers
/// are written without a leading `0` (`695 917 1283` in Greece, `917 833
/// 531` in Spain, `912 345 678` in Portugal, `412 34 567` in Norway,
/// `777 123 456` in the Czech Republic, `512 345 678` in Poland, `81 1234
/// 5678` in Mexico, whose plan dropped its trunk prefixes in 2019).
const NO_TRUNK: [&[u8]; 19] = [
    b"30", b"34", b"39", b"351", b"47", b"45", b"352", b"356", b"357", b"354", b"372", b"371",
    b"65", b"852", b"974", b"965", b"420", b"48", b"52",
];

/// Country codes of plans whose mobile numbers people write without the
/// trunk prefix the plan has (mobile numbers only: a fixed line is written
/// with it, and ten digits from `1` are as often a Unix time): China's `138 1234 5678` (11 digits from
/// `1`), India's `98765 43210`, Brazil's `11 91234-5678` (area code and
/// number), Russia's and Kazakhstan's `912 345-67-89`.
const MOBILE_NO_TRUNK: [&[u8]; 4] = [b"86", b"91", b"55", b"7"];

/// True if `d` (8-12 ASCII digits, not starting with `0`) is a valid
/// national number of a plan without a trunk prefix, or a North American
/// one. Only where the context is telephony (a cue word or a phone key):
/// the country is not written, so the number is tried in each plan.
/// Eight digits are Norway's and Denmark's whole numbers (`40 61 23 45`).
pub(crate) fn national_no_trunk(d: &[u8]) -> bool {
    if !(8..=12).contains(&d.len()) || d[0] == b'0' || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if nanp_valid(d) {
        return true;
    }
    let mut s = String::with_capacity(d.len() + 4);
    let mut valid = |cc: &[u8], mobile: bool| {
        s.clear();
        s.push('+');
        s.extend(cc.iter().chain(d).map(|&c| char::from(c)));
        phonenumber::parse(None, &s).is_ok_and(|n| {
            phonenumber::is_valid(&n)
                && (!mobile
                    || matches!(
                        n.number_type(&phonenumber::metadata::DATABASE),
                        phonenumber::Type::Mobile | phonenumber::Type::FixedLineOrMobile
                    ))
        })
    };
    NO_TRUNK.iter().any(|cc| valid(cc, false)) || MOBILE_NO_TRUNK.iter().any(|cc| valid(cc, true))
}

/// Country codes of plans whose personal numbers have seven digits and
/// no trunk prefix: Iceland, Estonia's fixed lines, Mauritius's fixed
/// lines, Panama's fixed lines, the Maldives, Fiji, Guyana, Belize,
/// Suriname.
const SEVEN_DIGIT_PLANS: [&[u8]; 9] = [
    b"354", b"372", b"230", b"507", b"960", b"679", b"592", b"501", b"597",
];

/// A seven-digit number right after a telephony cue at `i` (`í síma 881
/// 6086`, `tel. 8684593`, `call 555-0143`): seven bare digits valid in a
/// plan whose numbers have seven ([`SEVEN_DIGIT_PLANS`]), or three and
/// four joined by a space, dash or dot, valid there or as a North
/// American local number (`NXX-XXXX`). The cue must stand within the 16
/// bytes before: seven digits are as often a count, a code or an order,
/// and a number of such a plan is known by its cue. Returns the end.
#[cold]
#[inline(never)]
pub(crate) fn seven_after_cue(b: &[u8], i: usize) -> Option<usize> {
    if !matches!(at(b, i), b'2'..=b'9') {
        return None;
    }
    let mut d = [0u8; 7];
    let first = super::util::digits_end(b, i);
    // The typographic spaces and dashes count as the ones they stand for
    // (`776\u{a0}5310`, as a web form or a word processor writes it).
    let (sep, sep_len) = sep_at(b, first);
    let (end, grouped) = match first - i {
        7 => {
            d.copy_from_slice(&b[i..first]);
            (first, false)
        }
        3 if matches!(sep, b' ' | b'-' | b'.') => {
            let e = super::util::digits_end(b, first + sep_len);
            if e - first - sep_len != 4 {
                return None;
            }
            d[..3].copy_from_slice(&b[i..first]);
            d[3..].copy_from_slice(&b[first + sep_len..e]);
            (e, true)
        }
        _ => return None,
    };
    // Not a group of a longer number (`881 6086 12`, `555-0143-7`).
    if matches!(at(b, end), b' ' | b'-' | b'.' | b'/') && is_digit(at(b, end + 1)) {
        return None;
    }
    // In brackets after the name of the person it reaches (`Volal pan
    // Karin Berg (5550143)`, `called back Karin Berg (555 0143)`): the cue
    // stands before the name, and the brackets say the number belongs to
    // it: a local number of any plan.
    let bracketed = i > 0 && b[i - 1] == b'(' && at(b, end) == b')';
    let width = if bracketed { 64 } else { 16 };
    if !cue_within(b, i, false, width) || ticket_before(b, i) || code_word_before(b, i) {
        return None;
    }
    if bracketed || (grouped && sep == b'-') {
        return Some(end);
    }
    let mut s = String::with_capacity(12);
    let valid = SEVEN_DIGIT_PLANS.iter().any(|cc| {
        s.clear();
        s.push('+');
        s.extend(cc.iter().chain(&d).map(|&c| char::from(c)));
        phonenumber::parse(None, &s).is_ok_and(|n| phonenumber::is_valid(&n))
    });
    valid.then_some(end)
}

/// True if the word right before `i` (past `:`, `#` and spaces) names a
/// code or an id, not a number to call (`SMS code 8684593`, `PIN:`,
/// `OTP`, `kod`, `koodi`, `id`).
fn code_word_before(b: &[u8], i: usize) -> bool {
    let mut e = i;
    while e > 0 && i - e < 3 && matches!(b[e - 1], b' ' | b':' | b'#' | b'=') {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && e - s < 8 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    const CODES: [&[u8]; 8] = [
        b"code", b"kod", b"kode", b"koodi", b"pin", b"otp", b"id", b"codigo",
    ];
    s < e && CODES.iter().any(|c| b[s..e].eq_ignore_ascii_case(c))
}

/// A national number without a trunk `0`, grouped as people write it
/// (`695 917 1283`, `917-833-531`, `20 12 34 56 78`, `40 61 23 45`), at
/// `i`: groups of two to four digits joined by one kind of separator (a
/// space or a dash, typographic ones too), or an area code and one group
/// of five to seven digits (`22-454702`), 9-12 digits in all, or 8 in
/// three groups or more, in those two, or in two of four joined by a space
/// (Norway's, Denmark's, Singapore's and Hong Kong's numbers), not followed by
/// `:` (a time) or a digit group of another separator (`2027-03-11 12`).
/// Returns the end and the digits' count in `out`.
pub(crate) fn grouped_plain(b: &[u8], i: usize, out: &mut [u8; 12]) -> Option<(usize, usize)> {
    // A date written `2026-02-02`, `2026.02.02` or `2026/02/02` after a cue
    // (`VoiceMailMain,...,2026-02-02`) is no Danish or Norwegian number.
    if let Some(d) = b.get(i..i + 10) {
        let sep = d[4];
        if matches!(sep, b'-' | b'.' | b'/') && d[7] == sep {
            let digits = [d[0], d[1], d[2], d[3], d[5], d[6], d[8], d[9]];
            if date_stamp(&digits) {
                return None;
            }
        }
    }
    let mut nd = 0;
    let mut p = i;
    let mut sep = 0u8;
    let mut groups = 0;
    let mut first = 0;
    loop {
        let mut e = p;
        while is_digit(at(b, e)) {
            if nd == out.len() {
                return None;
            }
            out[nd] = b[e];
            nd += 1;
            e += 1;
        }
        // An area code and the subscriber number as one group after it
        // (`22-454702`, `414-73390`, `8676 01354`), the old Nordic and
        // Baltic way of writing a number: a second and last group of five
        // to seven digits, joined by a space or a dash.
        // A year before it (`2026-123456`) makes a case or a serial.
        let long_last = groups == 1
            && (5..=7).contains(&(e - p))
            && sep != b'.'
            && !(first == 4 && matches!((out[0], out[1]), (b'1', b'9') | (b'2', b'0')));
        if !((2..=4).contains(&(e - p)) || long_last) || is_word(at(b, e)) {
            return None;
        }
        groups += 1;
        if groups == 1 {
            first = e - p;
        }
        // The typographic spaces and dashes (`695\u{a0}917\u{a0}1283`)
        // count as the space and the dash they stand for; Spain's and
        // France's dots (`635.850.683`) as a separator of their own.
        let (x, len) = sep_at(b, e);
        if matches!(x, b' ' | b'-' | b'.')
            && is_digit(at(b, e + len))
            && (sep == 0 || sep == x)
            && !long_last
        {
            sep = x;
            p = e + len;
            continue;
        }
        if (at(b, e) == b':' && is_digit(at(b, e + 1))) || (len > 0 && is_digit(at(b, e + len))) {
            return None;
        }
        // A dotted date (`24.12.2025`, `2025.12.24`) is no number.
        let last = e - p;
        if sep == b'.' && groups == 3 && ((first, last) == (2, 4) || (first, last) == (4, 2)) {
            return None;
        }
        // Eight digits in two groups of four joined by a space (`9123
        // 4567`, `5516 3888`): how Singapore and Hong Kong write every
        // number, and Denmark, Norway and Latvia often; not a date
        // (`2026 0314`).
        let four_four = nd == 8
            && groups == 2
            && first == 4
            && last == 4
            && sep == b' '
            && !date_stamp(&out[..8]);
        return ((9..=12).contains(&nd) || (nd == 8 && (groups >= 3 || long_last || four_four)))
            .then_some((e, nd));
    }
}

/// True if `d` (10 ASCII digits) is a valid North American number.
pub(crate) fn nanp_valid(d: &[u8]) -> bool {
    if d.len() != 10 || !(b'2'..=b'9').contains(&d[0]) || !(b'2'..=b'9').contains(&d[3]) {
        return false;
    }
    let mut n = [0u8; 11];
    n[0] = b'1';
    n[1..].copy_from_slice(d);
    other_valid(&n)
}

/// The digit at `k`, ASCII or full-width (U+FF10..U+FF19), and its length.
#[inline]
pub(crate) fn digit_at(b: &[u8], k: usize) -> Option<(u8, usize)> {
    match at(b, k) {
        c @ b'0'..=b'9' => Some((c, 1)),
        0xef if at(b, k + 1) == 0xbc && (0x90..=0x99).contains(&at(b, k + 2)) => {
            Some((at(b, k + 2) - 0x90 + b'0', 3))
        }
        _ => None,
    }
}

/// The length of a plus sign at `k` (`+` or full-width `＋`), or 0.
#[inline]
pub(crate) fn plus_at(b: &[u8], k: usize) -> usize {
    match at(b, k) {
        b'+' => 1,
        0xef if at(b, k + 1) == 0xbc && at(b, k + 2) == 0x8b => 3,
        _ => 0,
    }
}

/// The separator between digit groups at `k` and its length: space, `-`,
/// `.`, `/`, and the typographic ones people paste (no-break, narrow and
/// thin spaces, hyphen, figure and en dashes); 0 for none.
#[inline]
fn sep_at(b: &[u8], k: usize) -> (u8, usize) {
    match at(b, k) {
        c @ (b' ' | b'-' | b'.' | b'/') => (c, 1),
        0xc2 if at(b, k + 1) == 0xa0 => (b' ', 2),
        0xe2 if at(b, k + 1) == 0x80 => match at(b, k + 2) {
            0x90..=0x93 => (b'-', 3),
            0x89 | 0xaf => (b' ', 3),
            _ => (0, 0),
        },
        _ => (0, 0),
    }
}

/// True if a typographic space or dash (no-break, narrow, thin; hyphen,
/// en dash) stands at `k` between digit groups, as a word processor or a
/// web form writes a number (`40\u{a0}61\u{a0}23\u{a0}45`).
#[inline]
pub(crate) fn group_sep(b: &[u8], k: usize) -> bool {
    let (c, len) = sep_at(b, k);
    len > 1 && matches!(c, b' ' | b'-')
}

/// The end of the run of digits (ASCII or full-width) at `k`; their ASCII
/// values are appended to `out` (at most `room`, else `None`).
fn digit_run(b: &[u8], mut k: usize, out: &mut [u8], n: &mut usize) -> Option<usize> {
    // ASCII digits first: one test a byte.
    while k < b.len() && b[k].is_ascii_digit() {
        if *n == out.len() {
            return None;
        }
        out[*n] = b[k];
        *n += 1;
        k += 1;
    }
    while let Some((d, len)) = digit_at(b, k) {
        if *n == out.len() {
            return None;
        }
        out[*n] = d;
        *n += 1;
        k += len;
    }
    Some(k)
}

/// A phone number starting at `i`: a `+` (or `＋`), a `(` before an area
/// code, or a digit at the start of a digit word (the caller checks the
/// byte before and which digits may start one). Returns the end of the
/// longest valid reading.
///
/// National numbers are Swedish (default region SE: `070-174 06 83`,
/// `(08) 465 004 35`, `070/1740683`, `070.174.06.83`) or North American in
/// their own spellings (`(617) 555-0176`, `202.555.0141`, `1-212-555-0167`);
/// an international number (`+CC`, `00CC`) of any country is checked
/// against that country's plan.
pub(crate) fn at_pos(b: &[u8], i: usize) -> Option<usize> {
    let plus = plus_at(b, i);
    let intl = plus > 0;
    let mut digits = [0u8; MAX_DIGITS];
    let mut nd = 0;
    // Per group: digits so far, end offset, digits in the group.
    let mut groups = [(0usize, 0usize, 0usize); MAX_GROUPS];
    let mut ng = 0;
    let mut p = i + plus;
    let mut open = false;
    let mut paren_group = usize::MAX;
    let mut dotted = false;
    let mut slash = false;
    if at(b, p) == b'(' {
        open = true;
        p += 1;
    }
    loop {
        let before = nd;
        // Too many digits, or a run glued to a word: the groups so far are
        // the candidates.
        let Some(e) = digit_run(b, p, &mut digits, &mut nd) else {
            break;
        };
        if e == p || is_word(at(b, e)) {
            break;
        }
        groups[ng] = (nd, e, nd - before);
        ng += 1;
        if ng == MAX_GROUPS {
            break;
        }
        let mut q = e;
        if open {
            if at(b, q) != b')' {
                return None;
            }
            open = false;
            paren_group = ng - 1;
            q += 1;
        }
        // `+46 (0)70 ...`: the trunk zero in brackets after the country code.
        if intl && ng == 1 {
            let t = &b[q..];
            if t.starts_with(b" (0)") {
                q += 4;
            } else if t.starts_with(b"(0)") {
                q += 3;
            }
        }
        let (c, len) = sep_at(b, q);
        if len > 0 {
            q += len;
            dotted |= c == b'.';
            if c == b'/' {
                if ng != 1 || slash {
                    break;
                }
                slash = true;
            }
        }
        // `+1 (617) 555-0176`: the area code in brackets after the country
        // code.
        if at(b, q) == b'(' && intl && ng == 1 && paren_group == usize::MAX {
            open = true;
            q += 1;
        }
        if q == e || digit_at(b, q).is_none() {
            break;
        }
        p = q;
    }
    for k in (1..=ng).rev() {
        let (n, end, _) = groups[k - 1];
        if at(b, end) == b'.' && is_digit(at(b, end + 1)) {
            continue;
        }
        if paren_group != usize::MAX && k <= paren_group + 1 {
            continue;
        }
        let d = &digits[..n];
        let sizes = || groups[..k].iter().map(|g| g.2);
        let ok = if intl {
            intl_valid(d)
        } else if let Some(rest) = d.strip_prefix(b"00") {
            intl_valid(rest)
        } else if let Some(nsn) = d.strip_prefix(b"0") {
            // When the number is grouped, the first group is the trunk
            // prefix and area code: `081111 073350` is a timestamp.
            se_nsn(nsn).is_some_and(|ac| k == 1 || groups[0].0 == ac + 1)
                && !(dotted && nsn.len() < 8)
        } else if k >= 3 && sizes().rev().take(2).eq([4, 3]) {
            // North American: `617-555-0176`, `(617) 555-0176`,
            // `1-212-555-0167`, `202.555.0141`.
            match n {
                10 => k == 3 && nanp_valid(d),
                11 => k == 4 && d[0] == b'1' && nanp_valid(&d[1..]),
                _ => false,
            }
        } else {
            false
        };
        if ok {
            return Some(end);
        }
    }
    None
}

/// True if `d` (digits) is an emergency or service number that reaches no
/// person: 112, 911, 999, 000, 110, 114 14, 1177, 90000, 116xxx, 118xxx.
pub(crate) fn is_service(d: &[u8]) -> bool {
    const SERVICE: [&[u8]; 11] = [
        b"112", b"911", b"999", b"000", b"110", b"113", b"114", b"1177", b"11414", b"11313",
        b"90000",
    ];
    SERVICE.contains(&d) || ((d.starts_with(b"116") || d.starts_with(b"118")) && d.len() == 6)
}

/// True if `d` (digits) is a short emergency number of some country, as
/// the ITU's and Wikipedia's lists of emergency telephone numbers give
/// them: Europe's 112; 110 (police in Germany, China and Japan, fire in
/// Turkey); 100-108 (police, fire and ambulance in Greece, Israel, India,
/// Belgium and the CIS); 113, 115, 117, 118 (Italy, Norway, Switzerland);
/// 119 (fire and ambulance in Japan, Korea, Taiwan, Indonesia); 120 and
/// 122 (China); 122, 133, 140, 141, 144 (Austria; 144 is also Switzerland's
/// ambulance); 123 (Egypt, Colombia); 155, 156, 158, 177 (Turkey); 166,
/// 199 (Greece); 190-193 (Brazil, Thailand); 911, 995, 997-999 (the
/// Americas, Singapore, Poland, the UK); 000 (Australia); 1669 (Thailand's
/// ambulance). Most are also everyday extensions of a PBX (`144` is
/// somebody's desk phone), so this is read only where the record shows
/// the number dialled out to the public network (a trunk or a DAHDI
/// group): no subscriber there has a number this short.
pub(crate) fn emergency_abroad(d: &[u8]) -> bool {
    match d {
        [b'1', b'0', c] => (b'0'..=b'8').contains(c),
        [b'1', b'1', c] => matches!(c, b'0' | b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9'),
        [b'9', b'9', c] => matches!(c, b'5' | b'7' | b'8' | b'9'),
        [b'1', b'9', c] => matches!(c, b'0' | b'1' | b'2' | b'3' | b'9'),
        _ => matches!(
            d,
            b"120"
                | b"122"
                | b"123"
                | b"133"
                | b"140"
                | b"141"
                | b"144"
                | b"155"
                | b"156"
                | b"158"
                | b"166"
                | b"177"
                | b"911"
                | b"000"
                | b"1669"
        ),
    }
}

/// True if `v` is an internal extension as a PBX writes a party's number:
/// three to six ASCII digits, no leading `0` (the operator, an outside
/// line), no service or emergency number (`112`, `1177`, `11414`). Only
/// where a key or a structure says the value is a party's number: bare
/// in free text such a run is a count, a port or a pid.
pub(crate) fn extension_value(v: &[u8]) -> bool {
    (3..=6).contains(&v.len()) && v[0] != b'0' && v.iter().all(u8::is_ascii_digit) && !is_service(v)
}

/// The cheap gate of [`sip_account_before`]: `=`, `:` or a quote before
/// `i`, and before that (past `="` or `":"`) the last letter of a key that
/// may name an account: every one ends in `d`, `t`, `r` or `e`
/// (`AccountID`, `account`, `user`, `authname`), so one byte turns most
/// digit runs after a key away.
#[inline]
pub(crate) fn account_key_end(b: &[u8], i: usize) -> bool {
    if i < 2 || !matches!(b[i - 1], b'=' | b':' | b'"') {
        return false;
    }
    let mut k = i - 1;
    if b[k] == b'"' && matches!(b[k - 1], b'=' | b':') {
        k -= 1;
    }
    if k >= 2 && matches!(b[k], b'=' | b':') && b[k - 1] == b'"' {
        k -= 1;
    }
    k > 0 && matches!(b[k - 1] | 0x20, b'd' | b't' | b'r' | b'e')
}

/// True if a key that names the SIP account of a telephony event stands
/// right before `i` (`AccountID="2001"` of Asterisk's security events,
/// `user=2001` of a SIP proxy's `auth failed` line, `auth_user=`,
/// `authname=`, `endpoint=`) on a line that names a SIP service or a
/// PBX: the account is the subscriber's line, so all digits it is the
/// subscriber's extension or number. Read only after `=`, `:` or `"`.
#[inline(never)]
pub(crate) fn sip_account_before(b: &[u8], i: usize) -> bool {
    let key_byte = |c: u8| c.is_ascii_alphabetic() || c == b'_';
    let Some(key) = key_before(b, i, false, 16, key_byte) else {
        return false;
    };
    const KEYS: [&[u8]; 9] = [
        b"accountid",
        b"account",
        b"user",
        b"username",
        b"auth_user",
        b"authuser",
        b"authname",
        b"auth_username",
        b"endpoint",
    ];
    if !KEYS.iter().any(|k| key.eq_ignore_ascii_case(k)) {
        return false;
    }
    // The line's words that say it is a telephony event: the SIP stacks
    // and channel drivers of Asterisk, FreeSWITCH, Kamailio and OpenSIPS
    // (`res_pjsip`, `chan_sip`, `sofia`, `Service="PJSIP"`), Asterisk's
    // security event framework, the daemons' own names.
    const WORDS: [&[u8]; 10] = [
        b"sip",
        b"pjsip",
        b"iax2",
        b"sofia",
        b"securityevent",
        b"kamailio",
        b"opensips",
        b"asterisk",
        b"freeswitch",
        b"voip",
    ];
    // A SIP method, written in capitals as SIP writes it (`REGISTER auth
    // failed`, `INVITE from`): not the English verbs.
    const METHODS: [&[u8]; 3] = [b"REGISTER", b"INVITE", b"SUBSCRIBE"];
    let (s, e) = util::line_bounds(b, i);
    util::alnum_words(&b[s..e]).any(|word| {
        (3..=13).contains(&word.len())
            && (WORDS.iter().any(|x| word.eq_ignore_ascii_case(x)) || METHODS.contains(&word))
    })
}

/// True if the digits `b[i..j]` are the MSISDN of a 3GPP GPSI written
/// with its type prefix (TS 23.003 and TS 29.571: `msisdn-46701740683`),
/// as 5G cores (free5gc, Open5GS) log it and their SBI bodies carry it
/// (`"gpsi":"msisdn-..."`): the subscriber's number in international
/// form without its `+`, five to fifteen digits. The prefix is the
/// number's type, so the plan need not know it.
pub(crate) fn gpsi_msisdn(b: &[u8], i: usize, j: usize) -> bool {
    const PREFIX: &[u8] = b"msisdn-";
    i >= PREFIX.len()
        && (5..=15).contains(&(j - i))
        && b[i - PREFIX.len()..i].eq_ignore_ascii_case(PREFIX)
        && !(i > PREFIX.len() && b[i - PREFIX.len() - 1].is_ascii_alphanumeric())
}

/// True if the digits `b[i..j]` are the local number of a `tel:` URI
/// (`tel:4291;phone-context=pbx.example.se`, RFC 3966): a number valid
/// only where its `phone-context` says, which SIP servers and SBCs write in
/// P-Asserted-Identity, Diversion and Request-URIs for an extension. A
/// global number (`tel:+46...`) is read as any `+` number.
pub(crate) fn tel_local(b: &[u8], i: usize, j: usize) -> bool {
    i >= 4
        && b[i - 4..i].eq_ignore_ascii_case(b"tel:")
        && b[j..].starts_with(b";phone-context=")
        && (3..=15).contains(&(j - i))
        && !is_service(&b[i..j])
}

/// True if `v`, the whole value of a field bound to phone numbers, is what a
/// PBX writes where no person's number is: a service or emergency number
/// (`112`, `1177`), a feature code (`*97`, `#31#`), an extension the dial
/// plan reserves (`s`, `h`, `i`, `t`), a number of zeros (`0000000000`),
/// or a word (`Anonymous`, `voicemail`). A SIEM needs these as they are,
/// and they name no one.
pub(crate) fn placeholder(v: &str) -> bool {
    const WORDS: [&str; 23] = [
        "anonymous",
        "unknown",
        "unavailable",
        "restricted",
        "private",
        "withheld",
        "blocked",
        "invalid",
        "none",
        "null",
        "s",
        "h",
        "i",
        "t",
        "o",
        "a",
        "e",
        "fax",
        "talk",
        "voicemail",
        "conference",
        "park",
        "asterisk",
    ];
    let b = v.trim().as_bytes();
    match b.first() {
        None => false,
        // `110`, `113` and `114` are emergency numbers somewhere and
        // everyday extensions in a PBX, where they name a person's phone.
        // `000` (Australia's emergency number) is no extension: dial plans
        // keep a leading 0 for the operator or an outside line.
        // A caller id of zeros (`0`, `0000000000`) is what a carrier or
        // gateway sends when it has no number; no extension is `0` or five
        // zeros and more.
        // One digit alone is an access code or a menu choice (`9` for an
        // outside line, `0` for the operator, `1` in an IVR), no line.
        Some(c) if c.is_ascii_digit() => {
            b.iter().all(u8::is_ascii_digit)
                && (b.len() == 1
                    || (is_service(b) && !matches!(b, b"110" | b"113" | b"114"))
                    || (b.iter().all(|&c| c == b'0') && b.len() >= 5))
        }
        // A feature code is short: `*21*0701234567#` forwards to a person's
        // number and is not one.
        Some(b'*' | b'#') => {
            b.len() <= 5
                && b.len() >= 2
                && b[1..]
                    .iter()
                    .all(|&c| c.is_ascii_digit() || c == b'*' || c == b'#')
        }
        Some(_) => {
            WORDS.iter().any(|w| w.as_bytes().eq_ignore_ascii_case(b))
                || application(b)
                || conference_port(b)
        }
    }
}

/// True if `b` is the number Cisco CUCM gives a conference bridge port in a
/// call's called-party fields: `b` and digits, "in the form `b0019901001`"
/// as Cisco's CDR guide puts it (the length follows the bridge's own
/// numbering, so it is not fixed). It names the bridge, not a person, and
/// no dialled number begins with a letter.
fn conference_port(b: &[u8]) -> bool {
    (5..=16).contains(&b.len()) && b[0] == b'b' && b[1..].iter().all(u8::is_ascii_digit)
}

/// True if `b` is a dial-plan destination that names an application, not a
/// number or a user: a feature word, then a separator and what the
/// application takes (`park+701`, `conf_3000`, `ivr_main`, `vm-menu`,
/// `queue*sales`), without a run of five digits or more (a number it would
/// reach: `vm_0701740683` is not kept).
fn application(b: &[u8]) -> bool {
    const FEATURES: [&str; 30] = [
        "park",
        "parking",
        "conf",
        "conference",
        "confbridge",
        "meetme",
        "ivr",
        "menu",
        "vm",
        "vmail",
        "voicemail",
        "queue",
        "pickup",
        "intercept",
        "page",
        "paging",
        "intercom",
        "echo",
        "moh",
        "music",
        "hold",
        "dnd",
        "fax",
        "directory",
        "attendant",
        "record",
        "recording",
        "hunt",
        "ringgroup",
        "callback",
    ];
    let Some(sep) = b
        .iter()
        .position(|c| matches!(c, b'_' | b'+' | b'-' | b'*' | b'.'))
    else {
        return false;
    };
    let (word, rest) = (&b[..sep], &b[sep + 1..]);
    let mut run = 0;
    let long_number = rest.iter().any(|c| {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        run >= 5
    });
    !rest.is_empty()
        && !long_number
        && rest
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'-' | b'*' | b'.'))
        && FEATURES
            .iter()
            .any(|f| f.as_bytes().eq_ignore_ascii_case(word))
}

/// True if `d` (digits) is a national number of some country written with
/// its trunk `0` (`07477394335`, `02121426970`): 9-12 digits, not `00`.
/// Only where the context is telephony (a dial string, a phone key), since
/// the country is unknown and so is the plan.
pub(crate) fn national_any(d: &[u8]) -> bool {
    (9..=12).contains(&d.len())
        && d[0] == b'0'
        && d[1] != b'0'
        && d.iter().all(u8::is_ascii_digit)
        && d[1..].iter().any(|&c| c != d[1])
}

/// True if the word right before `i` names an extension, a person's line on
/// a PBX, in the languages PBXs log in: `ext 731`, `ext. 4711`,
/// `extension: 1001`, `anknytning 2231`, `Durchwahl 4711`, `Nebenstelle`,
/// `poste 214`, `interno 31`. Only spaces, `.`, `:`, `=` or `#` may stand
/// between.
pub(crate) fn extension_before(b: &[u8], i: usize) -> bool {
    let mut e = i;
    while e > 0 && i - e < 3 && matches!(b[e - 1], b' ' | b'.' | b':' | b'=' | b'#') {
        e -= 1;
    }
    // Every word above ends in one of these letters: most digit runs (after
    // a time, a count or a pid) are turned away on one byte.
    if e == i
        || e == 0
        || !matches!(
            b[e - 1] | 0x20,
            b't' | b'n' | b'l' | b'e' | b'o' | b'g' | b'r'
        )
    {
        return false;
    }
    let mut s = e;
    while s > 0 && e - s < 20 && b[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'_' | b'-' | b'.' | b'/'))
    {
        return false;
    }
    const WORDS: [&[u8]; 10] = [
        b"ext",
        b"extn",
        b"extension",
        b"anknytning",
        b"ankn",
        b"durchwahl",
        b"nebenstelle",
        b"poste",
        b"interno",
        b"lokalnummer",
    ];
    let w = &b[s..e];
    WORDS.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// True if a key that names the user part of a SIP URI stands right
/// before `i` with `=` or `:` (`src_user=`, `dst_user=`, `from_user=`,
/// `to_user=`, `ruri_user=`, `caller_user=`, `callee_user=`, `src_ouser=`,
/// `dst_ouser=`, as SIP proxies' accounting writes them): all digits
/// there, it is a dialled number.
#[inline(never)]
pub(crate) fn sip_user_before(b: &[u8], i: usize) -> bool {
    // Every key below ends in `user`: those four bytes are read first, as
    // `key_before` would find the key's end (most digit runs after `=`,
    // `:` or `"` are ports, pids and counters, under keys that do not).
    let mut e = i;
    if e > 0 && b[e - 1] == b'"' {
        e -= 1;
    }
    if e == 0 || !matches!(b[e - 1], b'=' | b':') {
        return false;
    }
    e -= 1;
    if e > 0 && b[e - 1] == b'"' {
        e -= 1;
    }
    if e < 4 || !b[e - 4..e].eq_ignore_ascii_case(b"user") {
        return false;
    }
    let key_byte = |c: u8| c.is_ascii_alphabetic() || c == b'_';
    let Some(w) = key_before(b, i, false, 16, key_byte) else {
        return false;
    };
    const KEYS: [&[u8]; 11] = [
        b"src_user",
        b"dst_user",
        b"from_user",
        b"to_user",
        b"ruri_user",
        b"req_user",
        b"caller_user",
        b"callee_user",
        b"src_ouser",
        b"dst_ouser",
        b"uri_user",
    ];
    // The test of `user` above holds for every key: checked when compiled.
    const _: () = {
        let mut k = 0;
        while k < KEYS.len() {
            let w = KEYS[k];
            let n = w.len();
            assert!(n >= 4 && w[n - 4] == b'u' && w[n - 3] == b's' && w[n - 2] == b'e');
            assert!(w[n - 1] == b'r');
            k += 1;
        }
    };
    KEYS.iter().any(|k| w.eq_ignore_ascii_case(k))
}

/// True if the key right before `i` (`key=`, `key:`, `"key":"`) names
/// one end of a message or a call: the shared vocabulary's parties and
/// lines (`src`, `dst`, `from`, `to`, `sender`, `recipient`, SMPP's
/// `source_addr`/`destination_addr`, `calling`, `called`) and the
/// originating and destination addresses of SMS signalling (MAP's and
/// SMS firewalls' `oa`/`da`, `orig_addr`, `a_number`/`b_number`). Where
/// the line is a mobile network's ([`super::imei::mobile_evidence`]) the
/// value there is an MSISDN, written without its `+` as the network
/// carries it; elsewhere `src`/`dst` are hosts.
pub(crate) fn party_key_before(b: &[u8], i: usize) -> bool {
    use super::keys::{KeyClass, classify_word};
    let key_byte = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    let Some(key) = key_before(b, i, false, 20, key_byte) else {
        return false;
    };
    const SIGNALLING: [&[u8]; 6] = [b"oa", b"da", b"origaddr", b"anumber", b"bnumber", b"orig"];
    // The id of a party (`recipient_id`, `senderId`): on a messaging line
    // the id of a message's end is its number, as WhatsApp's Cloud API
    // names the addressee of a status (`"recipient_id":"447700900123"`);
    // a phone's own id (`phone_number_id`, Meta's id of a line) is none.
    !key.is_empty()
        && (matches!(
            classify_word(key),
            Some(KeyClass::Party | KeyClass::Line | KeyClass::Phone)
        ) || party_id_word(key)
            || {
                let mut w = [0u8; 12];
                let mut n = 0;
                for &c in key.iter().filter(|c| c.is_ascii_alphanumeric()) {
                    if n == w.len() {
                        return false;
                    }
                    w[n] = c.to_ascii_lowercase();
                    n += 1;
                }
                SIGNALLING.contains(&&w[..n])
            })
}

/// True if `key` names the id of a message's or a call's party
/// (`recipient_id`, `senderId`, `originator_id`): on a messaging platform
/// whose ids are numbers the id of a message's end is its number, as
/// WhatsApp's Cloud API names the addressee of a status
/// (`"recipient_id":"447700900123"`); a phone's own id
/// (`phone_number_id`, Meta's id of a line) is none.
pub(crate) fn party_id_word(key: &[u8]) -> bool {
    use super::keys::{KeyClass, classify_word};
    let n = key.len();
    let stem = if n > 3 && key[n - 3..].eq_ignore_ascii_case(b"_id") {
        &key[..n - 3]
    } else if n > 2 && key[n - 2..] == *b"Id" {
        &key[..n - 2]
    } else {
        return false;
    };
    classify_word(stem) == Some(KeyClass::Party)
}

/// True if one of the words just before `i` (within 32 bytes) asks for a
/// phone number: `ring mig på 6173303122`, `call me at`, `SMS till`.
pub(crate) fn cue_before(b: &[u8], i: usize) -> bool {
    cue_within(b, i, true, 32) || far_cue_before(b, i)
}

/// True if a preposition stands right before `i` (past a quote or a
/// bracket) and a telephony cue within the 96 bytes before it: the person
/// named between the verb and the number (`called back Karin Berg on`,
/// `Oddzwoniłem do Anna Nowak na`, `bad om återuppringning på`, `changed
/// the phone number of user [kberg] to [...]`). The prepositions that put
/// a number after a call in English (`on`, `at`, `to`), the Nordic
/// languages (`på`, `till`, `til`), Polish and the other Slavic languages
/// (`na`), German (`unter`), Dutch (`op`), French (`au`), Spanish and
/// Italian (`al`), Tagalog (`sa`: `Tumawag si Karin Berg mula sa`),
/// Indonesian and Malay (`di`, at; `dari`, from), Albanian (`nga`, from)
/// and Yoruba (`ní`, at).
#[cold]
#[inline(never)]
fn far_cue_before(b: &[u8], i: usize) -> bool {
    let mut e = i;
    while e > 0 && i - e < 4 && matches!(b[e - 1], b' ' | b'"' | b'\'' | b'[' | b'(' | b'\\') {
        e -= 1;
    }
    // The word ends at a space: `on 0701...`, `to [0701...]`, `to \"0701`.
    if e == i || e == 0 || b[e] != b' ' {
        return false;
    }
    let mut s = e;
    while s > 0 && e - s < 6 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80) {
        s -= 1;
    }
    if s == 0 || s == e || b[s - 1] != b' ' {
        return false;
    }
    const PREPOSITIONS: [&[u8]; 16] = [
        b"sa",
        b"di",
        b"dari",
        b"nga",
        "ní".as_bytes(),
        b"on",
        b"at",
        b"to",
        b"p\xc3\xa5",
        b"till",
        b"til",
        b"na",
        b"unter",
        b"op",
        b"au",
        b"al",
    ];
    let w = &b[s..e];
    PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p)) && cue_within(b, s - 1, false, 64)
}

/// True if a word right after the number that ends at `e` says it is a
/// telephone number, as languages whose postpositions and verbs follow
/// the number write a note: Hungarian `a 06 20 123 4567 számon` (on the
/// number; `számra`, `számról`), Urdu `... سے فون کیا` (called from),
/// Amharic `... ደውለዋል` (has called), Turkish `... numarasından aradı`,
/// Japanese `...に電話`, Korean `...로 전화`. At most one short word
/// (a postposition, six bytes or fewer) may stand between.
#[cold]
#[inline(never)]
pub(crate) fn cue_after(b: &[u8], e: usize) -> bool {
    // Hungarian's number in the cases a note puts it in (`számon`,
    // `számot`, `számra`, `számról`), not `számla` (an account, a bill).
    const AFTER: [&[u8]; 8] = [
        "számo".as_bytes(),
        "számr".as_bytes(),
        "فون".as_bytes(),
        "ደውለ".as_bytes(),
        "ደወለ".as_bytes(),
        b"numaras",
        "電話".as_bytes(),
        "전화".as_bytes(),
    ];
    // Each cue starts with one of these bytes (`s`, `n`, and the lead
    // bytes of `ف`, `ደ`, `電`, `전`): most positions are turned away by one.
    let starts = |k: usize| {
        matches!(at(b, k), b's' | b'n' | 0xd9 | 0xe1 | 0xe9 | 0xec)
            && AFTER.iter().any(|c| b.get(k..k + c.len()) == Some(c))
    };
    let mut k = e;
    while k < b.len() && k - e < 2 && matches!(b[k], b' ' | b'"' | b')' | b'\'') {
        k += 1;
    }
    if starts(k) {
        return true;
    }
    // A particle glued to the number (`に`, `로`) or one short word
    // before the cue (`سے`): a cue starts with a lead byte, so comparing
    // at every byte finds it only where a character starts.
    let w = k;
    while k < b.len() && k - w <= 6 {
        if b[k] == b' ' {
            return k > w && starts(k + 1);
        }
        if b[k].is_ascii_punctuation() {
            return false;
        }
        if k > w && starts(k) {
            return true;
        }
        k += 1;
    }
    false
}

/// [`cue_before`] within the `width` bytes before `i`; `chain`: whether a
/// number just before ` to ` may pass its own cue on (once: `a to b to c`
/// is read no further back than `b`).
fn cue_within(b: &[u8], i: usize, chain: bool, width: usize) -> bool {
    // The parties of a message or a call in gateways' words: `sender`,
    // `recipient`, `originator`, `destination`, in German and Swedish too.
    // The telephone in the words and abbreviations of the Nordic and other
    // European languages that address books and case systems write before
    // a number: Swedish `tfn`, Danish and Norwegian `tlf.`, Finnish
    // `puhelin`/`puhelu` (`puh.` below), Dutch `mobiel`, Spanish and
    // Portuguese `celular`. Calling and being reached, as a note in a case
    // or a message says it: Polish `zadzwoni`/`oddzwoni`/`dzwoni` (call,
    // call back) and `komórk` (mobile), Dutch `bellen`/`gebeld`/`terugbel`
    // and `bereikbaar`, German `erreichbar` and `Rückruf`, French
    // `joignable` and `rappel`, Spanish `llamar`/`llamada`, Italian
    // `chiamare`/`chiamata`, Finnish `soita` and `tavoit` (reachable).
    const CUES: [&[u8]; 219] = [
        // A call in the words PBXs and call managers write in other
        // languages: French `appel` (`Appel entrant de`, `appelant`),
        // Polish `połączenie`, Dutch `oproep`, Danish `opkald`, Norwegian
        // `anrop`, Portuguese `chamada`, Turkish `arama` (`Gelen arama`),
        // and a voicemail left or a call transferred by a number.
        b"appel",
        b"po\xc5\x82\xc4\x85czeni",
        b"oproep",
        b"opkald",
        b"anrop",
        b"chamada",
        b"arama",
        b"voicemail",
        b"transfer",
        // A code or a message sent or delivered to the number, as 2FA
        // senders and SMS gateways say it in their languages (`Verification
        // code sent to`, `envoyé au`, `verstuurd naar`, `enviado al`,
        // `inviato al`, `wysłany na`, `sendt til`, `skickad till`,
        // `lähetetty numeroon`): a phrase, not the verb alone (`sent 4096
        // bytes`).
        b"sent to ",
        b"delivered to ",
        b"envoy\xc3\xa9 au ",
        b"envoy\xc3\xa9 \xc3\xa0 ",
        b"envoy\xc3\xa9e au ",
        b"verstuurd naar ",
        b"verzonden naar ",
        b"gesendet an ",
        b"enviado a",
        b"inviato a",
        b"wys\xc5\x82any na ",
        b"wys\xc5\x82ano na ",
        b"sendt til ",
        b"skickad till ",
        b"skickat till ",
        b"l\xc3\xa4hetetty numeroon ",
        // A one-time code sent to the number (`Engångskod skickad till`,
        // `engangskode ... sendt til`, German `Einmalcode`).
        b"eng\xc3\xa5ngskod",
        b"engangskod",
        b"einmalcode",
        b"ring",
        b"call",
        b"tel",
        b"phone",
        b"sms",
        b"mobil",
        b"nummer",
        b"number",
        b"fax",
        b"anruf",
        b"samtal",
        b"dial",
        b"msisdn",
        b"cell",
        b"sender",
        b"recipient",
        b"originat",
        b"destinat",
        b"absender",
        b"empf\xc3\xa4nger",
        b"avs\xc3\xa4ndare",
        b"mottagare",
        b"tfn",
        b"tlf",
        b"puhel",
        b"mobiel",
        b"celular",
        b"zadzwoni",
        b"oddzwoni",
        b"dzwoni",
        b"kom\xc3\xb3rk",
        b"bellen",
        b"gebeld",
        b"terugbel",
        b"bereikbaar",
        b"erreichbar",
        b"r\xc3\xbcckruf",
        b"joignable",
        b"rappel",
        b"llam",
        b"chiam",
        b"soita",
        b"tavoit",
        // Polish `kom.` (komórka) with its dot: `kom` alone is a Swedish
        // and Norwegian verb (`kom in`).
        b"kom.",
        // Turkish `numara` (`numarası`, `numarasına`), Czech and Slovak
        // `číslo` in its cases (`z čísla`, from the number), Romanian
        // `număr`.
        b"numara",
        b"\xc4\x8d\xc3\xadsl",
        b"num\xc4\x83r",
        // The telephone, the mobile and the number in the scripts of
        // other languages: Russian, Ukrainian and Bulgarian `тел`
        // (телефон), `моб` (мобильный), `номер`, `звон` (to ring); Greek
        // `τηλ` (τηλέφωνο), `κινητ` (mobile); Arabic `هاتف`, `جوال`,
        // `موبايل`, `اتصال` (call); Persian `تلفن`, `موبایل`, `شماره`
        // (number); Hebrew `טלפון`, `נייד`; Hindi `फ़ोन`/`फोन`, `मोबाइल`;
        // Thai `โทร`; Chinese and Japanese `电话`/`電話`, `手机`/`手機`,
        // `号码`/`號碼`, `携帯`; Korean `전화`, `휴대폰`, `핸드폰`;
        // Vietnamese `điện thoại`, `SĐT`/`sđt` (số điện thoại).
        "тел".as_bytes(),
        "Тел".as_bytes(),
        "ТЕЛ".as_bytes(),
        "моб".as_bytes(),
        "Моб".as_bytes(),
        "номер".as_bytes(),
        "Номер".as_bytes(),
        "звон".as_bytes(),
        "τηλ".as_bytes(),
        "Τηλ".as_bytes(),
        "κινητ".as_bytes(),
        "Κινητ".as_bytes(),
        "هاتف".as_bytes(),
        "جوال".as_bytes(),
        "موبايل".as_bytes(),
        "اتصال".as_bytes(),
        "تلفن".as_bytes(),
        "موبایل".as_bytes(),
        "شماره".as_bytes(),
        "טלפון".as_bytes(),
        "נייד".as_bytes(),
        "फोन".as_bytes(),
        "फ़ोन".as_bytes(),
        "मोबाइल".as_bytes(),
        "โทร".as_bytes(),
        "电话".as_bytes(),
        "電話".as_bytes(),
        "手机".as_bytes(),
        "手機".as_bytes(),
        "号码".as_bytes(),
        "號碼".as_bytes(),
        "携帯".as_bytes(),
        "전화".as_bytes(),
        "휴대폰".as_bytes(),
        "핸드폰".as_bytes(),
        "điện thoại".as_bytes(),
        "Điện thoại".as_bytes(),
        "SĐT".as_bytes(),
        "sđt".as_bytes(),
        // Calling and the number in the languages of care and service-desk
        // notes beyond Europe's largest: Finnish `soitti`/`soittaa` (`soita`
        // above is the imperative) and the cases of `numero` (`numerosta`,
        // `numeroon`, `numerolla`); Arabic `الرقم` (the number: `على
        // الرقم`, on the number) and `برقم` (by the number), not `رقم`
        // alone, which names any number after it (`رقم العملية`, the
        // transaction's), and `اتصل` (called); Persian `تماس` (call, contact) and `زنگ`
        // (ring); Urdu `نمبر` (number); Kurdish `ژمار` (number) and
        // `hejmar`; Somali `wacay`/`wacday` (called), `lambar` (number:
        // `lambarka`) and `taleefan`; Turkish `aradı` (called); Amharic
        // `ስልክ` (telephone); French `tél`; German `angerufen`; Dutch
        // `belde`; Portuguese `ligou`/`ligar`/`ligação`; Icelandic `sím`
        // (`sími`, `síma`); Estonian `helista`; Latvian `zvan`; Lithuanian
        // `skambin`; Hungarian `hív` (`hívta`, `hívás`); Bosnian, Croatian
        // and Serbian `nazva` (called); Chinese `来电` (incoming call),
        // `致电` and `拨打` (to dial).
        b"soitt",
        b"numerost",
        b"numeroon",
        b"numerolla",
        "الرقم".as_bytes(),
        "برقم".as_bytes(),
        "اتصل".as_bytes(),
        "تماس".as_bytes(),
        "زنگ".as_bytes(),
        "نمبر".as_bytes(),
        "ژمار".as_bytes(),
        b"hejmar",
        b"wacay",
        b"wacday",
        b"lambar",
        b"taleefan",
        b"arad\xc4\xb1",
        "ስልክ".as_bytes(),
        b"t\xc3\xa9l",
        b"T\xc3\x89L",
        b"angerufen",
        b"belde",
        b"ligou",
        b"ligar",
        b"liga\xc3\xa7",
        b"s\xc3\xadm",
        b"helista",
        b"zvan",
        b"skambin",
        b"h\xc3\xadv",
        b"nazva",
        "来电".as_bytes(),
        "致电".as_bytes(),
        "拨打".as_bytes(),
        // Calling back in Hungarian's compounds (`visszahívást kért`,
        // asked for a call back; `visszahívta`), where `hív` is inside the
        // word; Vietnamese `gọi` (to call: `gọi từ số`, called from the
        // number); Tagalog `tumawag` and `tawag` (called, a call);
        // Estonian `numbri` (`numbrilt`, from the number).
        "visszahív".as_bytes(),
        "gọi".as_bytes(),
        b"tumawag",
        b"tawag",
        b"numbri",
        // Czech and Slovak `volal`/`volala` (called) and `zavolat`
        // (to call), Indonesian and Malay `menelepon` (to telephone:
        // `menelepon dari`, called from) and `hubungi` (contact: `mohon
        // hubungi ... di`), Albanian `numr` (`numri`, `numrin`: the
        // number), Yoruba `padà ní` (back at: a call back at the number).
        b"volal",
        b"zavol",
        b"menelepon",
        b"hubungi",
        b"numr",
        "padà ní".as_bytes(),
        // Calling back and contact in the words case notes write before
        // the number a customer wants to be reached on: Icelandic and
        // Faroese `hring` (`hringja í`, call at; `hringið`, `hringdi`),
        // Greek `επικοινων` (contact: `Επικοινωνία`, `επικοινωνήστε`),
        // `καλέστε` (call!) and `κλήσ` (a call: `επιστροφή κλήσης`, call
        // back), Romanian `sună` (`Sună înapoi la`, call back at) and
        // `sunați`, Italian `richiam` (`richiamare al`, call back) and
        // `recapito` (the number to reach one on), Spanish and Portuguese
        // `contacto`/`contato` and the verbs (`contactar`, `contatar`),
        // Italian `contatt`, French `contactez`, Romanian `contactaț`,
        // Catalan `trucar`/`truqu`, Croatian, Bosnian and Serbian `nazov`
        // (`nazovite`, call!), Slovene `poklič`, Slovak `volajte`, Turkish
        // `arayın` (call!) and `iletişim` (contact), Hebrew `התקשר`
        // (called), Hindi `कॉल` (call) and `संपर्क` (contact), Chinese and
        // Japanese `联系`/`聯繫`/`聯絡`/`連絡` (contact) and Korean `연락`.
        b"hring",
        "επικοινων".as_bytes(),
        "Επικοινων".as_bytes(),
        "ΕΠΙΚΟΙΝΩΝ".as_bytes(),
        "καλέστε".as_bytes(),
        "Καλέστε".as_bytes(),
        "κλήσ".as_bytes(),
        "Κλήσ".as_bytes(),
        "sună".as_bytes(),
        "Sună".as_bytes(),
        "SUNĂ".as_bytes(),
        "sunați".as_bytes(),
        "Sunați".as_bytes(),
        b"richiam",
        b"recapito",
        b"contacto",
        b"contactar",
        b"contato",
        b"contatar",
        b"contatt",
        b"contactez",
        "contactaț".as_bytes(),
        b"trucar",
        b"truqu",
        b"nazov",
        "poklič".as_bytes(),
        "Poklič".as_bytes(),
        b"volajte",
        "arayın".as_bytes(),
        "iletişim".as_bytes(),
        "İletişim".as_bytes(),
        "התקשר".as_bytes(),
        "कॉल".as_bytes(),
        "संपर्क".as_bytes(),
        "联系".as_bytes(),
        "聯繫".as_bytes(),
        "聯絡".as_bytes(),
        "連絡".as_bytes(),
        "연락".as_bytes(),
        // A next of kin, a relative or a key holder, whose number a care,
        // home-help or alarm-centre note gives to be called (`omainen 040
        // 123 4567`, `anhörig nås på`, `Angehörige: 0171 ...`): Finnish
        // `omainen` (`omaisen`, `omaiselle`, `lähiomainen`), Swedish
        // `anhörig` and `närstående`, Norwegian and Danish `pårørende`,
        // German `Angehörige`, Dutch `familielid`, Polish `krewny`/`krewna`,
        // Czech `příbuzný` and Slovak `príbuzný`, Lithuanian `giminaitis`,
        // Latvian `radinieks`/`radiniece`, Estonian `sugulane`, Hungarian
        // `hozzátartozó`, Icelandic `aðstandandi`, English `next of kin`
        // and `keyholder`, Finnish `avainhenkilö` (a key holder). German
        // `rufen` (`rufen Sie mich unter ... zurück`) calls.
        b"omainen",
        b"omaise",
        "lähiomai".as_bytes(),
        "anhörig".as_bytes(),
        "närstående".as_bytes(),
        "pårørend".as_bytes(),
        "angehörig".as_bytes(),
        b"familielid",
        b"krewn",
        "příbuzn".as_bytes(),
        "príbuzn".as_bytes(),
        b"giminait",
        b"radinie",
        b"sugula",
        "hozzátartoz".as_bytes(),
        "aðstandand".as_bytes(),
        b"next of kin",
        b"next-of-kin",
        b"keyholder",
        "avainhenkilö".as_bytes(),
        b"rufen",
    ];
    // Whole words only: `cli` is no cue in `client`, nor `ani` in `animal`.
    // SBCs and PBXs say `ANI`, `DNIS`, `CLI`, `CgPN`/`CdPN`; SMS gateways
    // `source_addr`/`destination_addr` (SMPP); French, Spanish and
    // Italian `numéro`/`número`/`numero`, German `Rufnummer`; Finnish
    // `puh.` (puhelin), German `Handy`, Spanish `móvil`; Polish `numer`,
    // and the Scandinavian `nås` (`nås på 070...`: is reached at) and
    // Danish `træffes`.
    const WORDS: [&[u8]; 33] = [
        b"ani",
        b"dnis",
        b"cli",
        b"cgpn",
        b"cdpn",
        b"numero",
        b"num\xc3\xa9ro",
        b"n\xc3\xbamero",
        b"rufnummer",
        b"source_addr",
        b"destination_addr",
        b"dest_addr",
        b"callee",
        b"puh",
        b"handy",
        b"m\xc3\xb3vil",
        b"movil",
        b"numer",
        b"n\xc3\xa5s",
        b"tr\xc3\xa6ffes",
        // Polish, Czech and Baltic `mob.`/`Mob:`, Turkish `cep`
        // (`Cep: 0532 ...`, `cep telefonu`), `GSM` as Belgium, Turkey and
        // North Africa name a mobile, Indonesian and Malay `nomor`.
        b"mob",
        b"cep",
        b"gsm",
        b"nomor",
        // English `rang` (`rang from`, `rang in`), a whole word: not
        // `range`.
        b"rang",
        // Czech and Slovak `volat`/`volejte` (to call, call!), whole
        // words: not `volatile`. Yoruba `pè` (to call: `pè láti`, called
        // from).
        b"volat",
        b"volejte",
        "pè".as_bytes(),
        // Dutch and Afrikaans `bel` (call!: `bel 06-...`), Swahili `simu`
        // (telephone: `simu 0712 ...`), whole words.
        b"bel",
        b"simu",
        // A relative in Spanish, Portuguese and Italian (`pariente`,
        // `parente`, `familiare`), whole words: not `parentesi`.
        b"pariente",
        b"parente",
        b"familiare",
    ];
    // `kontakt via 0701740683`, `Kontakt: +49...`, `contact 555-0143`:
    // the word alone, before a space or a colon (not `contact_id`,
    // `kontaktperson`).
    const CONTACT: [&[u8]; 2] = [b"kontakt", b"contact"];
    let w = &b[i.saturating_sub(width)..i];
    // Kannel's access log: `[from:+46...] [to:+46...]`; Jasmin under
    // Python 3 writes the addresses as bytes (`[to:b'4915123456789']`).
    if w.ends_with(b"[from:")
        || w.ends_with(b"[to:")
        || w.ends_with(b"[from:b'")
        || w.ends_with(b"[to:b'")
    {
        return true;
    }
    // A German compound that ends in the number of a line
    // (`Internetrufnummer`, `Festnetzrufnummer`, `Handynummer`): the word
    // starts with something else.
    // So does a call back in the Nordic languages' compounds, where `ring`
    // is inside the word: Swedish `återuppringning`, `uppringd`, Norwegian
    // `oppringning`, Danish `opringning`.
    // And the verbs of the languages that build calling back and calling
    // as compounds (Swedish `återring`, Norwegian `tilbakering`, Finnish
    // `takaisinsoitto`, Estonian `tagasihelistamine`, Latvian `atzvanīt`,
    // `piezvanīt`, Lithuanian `perskambinti`, `paskambino`).
    const SUFFIXES: [&[u8]; 12] = [
        b"rufnummer",
        b"handynummer",
        b"uppring",
        b"oppring",
        b"opring",
        "återring".as_bytes(),
        "Återring".as_bytes(),
        b"tilbakering",
        b"soitto",
        b"helist",
        b"zvan",
        b"skambin",
    ];
    if SUFFIXES
        .iter()
        .any(|c| w.windows(c.len()).any(|x| x.eq_ignore_ascii_case(c)))
    {
        return true;
    }
    // A value changed from one number to another (`Mobile changed from
    // +48 512 345 678 to 0612 345 678`, `0701740683 -> 0812345678`): the
    // second is cued as the first was.
    if let Some(s) = number_before_to(b, i).filter(|_| chain) {
        if cue_within(b, s, false, 32) {
            return true;
        }
    }
    (0..w.len()).any(|k| {
        (k == 0 || !w[k - 1].is_ascii_alphabetic())
            && (CONTACT.iter().any(|c| {
                w.len() - k >= c.len()
                    && w[k..k + c.len()].eq_ignore_ascii_case(c)
                    && matches!(at(w, k + c.len()), b' ' | b':')
            }) || CUES
                .iter()
                .any(|c| w.len() - k >= c.len() && w[k..k + c.len()].eq_ignore_ascii_case(c))
                || WORDS.iter().any(|c| {
                    w.len() - k >= c.len()
                        && w[k..k + c.len()].eq_ignore_ascii_case(c)
                        && !at(w, k + c.len()).is_ascii_alphabetic()
                }))
    })
}

/// Where the number starts that ends just before ` to `, ` -> `, ` => `
/// or ` → ` at `i` (`from 0701740683 to 0812345678`): its digits, spaces,
/// dashes, dots, slashes, brackets and `+`. `None` if no digit ends there.
fn number_before_to(b: &[u8], i: usize) -> Option<usize> {
    const TO: [&[u8]; 4] = [b" to ", b" -> ", b" => ", " \u{2192} ".as_bytes()];
    let w = &b[..i];
    let arrow = TO.iter().find(|t| w.ends_with(t))?;
    let e = i - arrow.len();
    if e == 0 || !is_digit(b[e - 1]) {
        return None;
    }
    let mut s = e;
    while s > 0
        && e - s < 24
        && (is_digit(b[s - 1])
            || matches!(b[s - 1], b' ' | b'-' | b'.' | b'/' | b'(' | b')' | b'+'))
    {
        s -= 1;
    }
    while s < e && !is_digit(b[s]) && b[s] != b'+' && b[s] != b'(' {
        s += 1;
    }
    Some(s)
}

/// True if a word just before `i` (within 32 bytes) names a ticket, an
/// order or a case (`ticket number 0123 4567 89`): its number is none of
/// a phone's, whatever cue follows.
pub(crate) fn ticket_before(b: &[u8], i: usize) -> bool {
    const WORDS: [&[u8]; 16] = [
        b"ticket",
        b"order",
        b"case",
        b"invoice",
        b"faktur",
        b"incident",
        b"ref",
        b"serial",
        b"\xc3\xa4rende",
        b"kundnummer",
        b"ordernummer",
        // Polish `numer zgłoszenia` (ticket number), `zamówienia` (order);
        // `faktur` is the invoice in the Nordic languages, German and
        // Polish (`faktura`, `Faktur`, `faktury`).
        b"zg\xc5\x82oszeni",
        b"zam\xc3\xb3wieni",
        // Arabic `عملية` (transaction: `رقم العملية`), `تذكرة` (ticket)
        // and `مرجع` (reference).
        "عملية".as_bytes(),
        "تذكرة".as_bytes(),
        "مرجع".as_bytes(),
    ];
    let w = &b[i.saturating_sub(32)..i];
    (0..w.len()).any(|k| {
        (k == 0 || !w[k - 1].is_ascii_alphabetic())
            && WORDS.iter().any(|c| {
                w.len() - k >= c.len()
                    && w[k..k + c.len()].eq_ignore_ascii_case(c)
                    && !own_number_then_cue(&w[k + c.len()..])
            })
    })
}

/// True if the text after a ticket word holds the ticket's own number and
/// then a telephony cue (`Ticket #41233 callback number 07400 123456`,
/// `Order 4711: Rückruf unter ...`): the ticket is named already, and the
/// number after the cue is the caller's.
fn own_number_then_cue(rest: &[u8]) -> bool {
    let Some(d) = rest.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let e = d + rest[d..].iter().take_while(|c| c.is_ascii_digit()).count();
    e < rest.len() && cue_before(&rest[e..], rest.len() - e)
}

/// A national number of any country written with its trunk `0` and
/// grouped as people write it (`01 42 68 53 00`, `030 1234567`,
/// `0532 123 45 67`, `0701-74 06 83`), at `i`: groups of two or more
/// digits joined by one space, dash, dot or slash, 9-12 digits in all.
/// The caller knows the context is telephony (a cue word or a phone key):
/// the country, and so the plan, is unknown. Returns the end.
pub(crate) fn cued_national(b: &[u8], i: usize) -> Option<usize> {
    let mut digits = [0u8; 12];
    let mut nd = 0;
    let mut p = i;
    // The trunk zero apart and the area code in brackets, as Turkey's plan
    // writes a number (`0 (532) 123 45 67`, `0 (212) 945 17 77`).
    let bracket = b[i..].starts_with(b"0 (") && matches!(at(b, i + 3), b'1'..=b'9');
    if bracket {
        let e = super::util::digits_end(b, i + 3);
        if !(3..=4).contains(&(e - i - 3)) || !b[e..].starts_with(b") ") {
            return None;
        }
        digits[0] = b'0';
        digits[1..e - i - 2].copy_from_slice(&b[i + 3..e]);
        nd = e - i - 2;
        p = e + 2;
        if !is_digit(at(b, p)) {
            return None;
        }
    } else if at(b, i) != b'0' || !is_digit(at(b, i + 1)) || at(b, i + 1) == b'0' {
        return None;
    }
    let mut best = None;
    loop {
        let mut e = p;
        while is_digit(at(b, e)) {
            if nd == digits.len() {
                return best;
            }
            digits[nd] = b[e];
            nd += 1;
            e += 1;
        }
        if e - p < 2 || is_word(at(b, e)) {
            return best;
        }
        // `0800` and `0808` are freephone in most European plans (the
        // United Kingdom, Germany, France, the Netherlands, Austria,
        // Czechia, Poland): an organisation's line, which a note names as
        // the one not to call (`volat ..., ne 0800 800 123`).
        if nd >= 9 && national_any(&digits[..nd]) && !matches!(&digits[..4], b"0800" | b"0808") {
            best = Some(e);
        }
        // Any separator people group with, the typographic ones too
        // (`031-086\u{a0}78\u{a0}09`, as a word processor writes it).
        let (_, len) = sep_at(b, e);
        if len > 0 && is_digit(at(b, e + len)) {
            p = e + len;
        } else {
            return best;
        }
    }
}

/// A national number with its area code in brackets at `i`, as Latin
/// America and Eastern Europe write one (`(11) 91234-5678` in Brazil, `(55)
/// 1234 5678` in Mexico, `(011) 4123-4567` in Argentina, `(067) 101-85-80`
/// in Ukraine, `(601) 234 5678` in Colombia): two to four digits in
/// brackets, a space or none, then two or three groups of two to five
/// digits joined by one kind of separator (a space, a dash, a dot, the
/// typographic ones), 9-12 digits in all. With a trunk `0` in the brackets
/// the number is one of any plan that has one ([`national_any`]); without,
/// one of a plan without a trunk prefix ([`national_no_trunk`]). The caller
/// knows the context is telephony (a cue word or a phone key). Returns the
/// end.
pub(crate) fn bracketed_national(b: &[u8], i: usize) -> Option<usize> {
    if at(b, i) != b'(' {
        return None;
    }
    let mut d = [0u8; 12];
    let close = super::util::digits_end(b, i + 1);
    let area = close - i - 1;
    if !(2..=4).contains(&area) || at(b, close) != b')' {
        return None;
    }
    d[..area].copy_from_slice(&b[i + 1..close]);
    let mut n = area;
    let mut k = close + 1;
    let (c, len) = sep_at(b, k);
    if c == b' ' {
        k += len;
    }
    let mut sep = 0u8;
    let mut groups = 0;
    loop {
        let e = super::util::digits_end(b, k);
        let g = e - k;
        if !(2..=5).contains(&g) || n + g > d.len() || is_word(at(b, e)) {
            return None;
        }
        d[n..n + g].copy_from_slice(&b[k..e]);
        n += g;
        groups += 1;
        let (c, len) = sep_at(b, e);
        if groups < 3
            && matches!(c, b' ' | b'-' | b'.')
            && (sep == 0 || sep == c)
            && is_digit(at(b, e + len))
        {
            sep = c;
            k = e + len;
            continue;
        }
        if (len > 0 || at(b, e) == b':') && is_digit(at(b, e + len.max(1))) {
            return None;
        }
        let d = &d[..n];
        let ok = if d[0] == b'0' {
            national_any(d) && area >= 3
        } else {
            (9..=12).contains(&n) && national_no_trunk(d)
        };
        return ok.then_some(e);
    }
}

/// A number written with the trunk `8` of the former Soviet plans at `i`
/// (`8 (495) 123-45-67`, `8-912-345-67-89`, `89123456789` in Russia and
/// Kazakhstan, `8 029 123-45-67` in Belarus, whose area codes start with
/// `0` after it): eleven digits in groups, the area code in brackets or
/// not, valid in the plan of `+7` or `+375`. The caller knows the context
/// is telephony. Returns the end.
pub(crate) fn trunk8_at(b: &[u8], i: usize) -> Option<usize> {
    if at(b, i) != b'8' {
        return None;
    }
    let mut d = [0u8; 11];
    let mut n = 0;
    let mut k = i;
    let mut end = i;
    let mut open = false;
    loop {
        let c = at(b, k);
        if is_digit(c) {
            if n == d.len() {
                return None;
            }
            d[n] = c;
            n += 1;
            k += 1;
            end = k;
            continue;
        }
        let next = at(b, k + 1);
        match c {
            b'(' if !open && (1..=2).contains(&n) => open = true,
            b')' if open => {
                open = false;
                if next == b' ' {
                    k += 1;
                }
            }
            b' ' | b'-' if !open && (is_digit(next) || next == b'(') => {}
            _ => break,
        }
        k += 1;
    }
    let c = at(b, end);
    if open
        || n != d.len()
        || is_word(c)
        || (matches!(c, b'.' | b'-' | b'/' | b':') && is_digit(at(b, end + 1)))
    {
        return None;
    }
    let mut intl = [0u8; 12];
    let intl = if d[1] == b'0' {
        intl[..3].copy_from_slice(b"375");
        intl[3..].copy_from_slice(&d[2..]);
        &intl[..]
    } else {
        intl[0] = b'7';
        intl[1..11].copy_from_slice(&d[1..]);
        &intl[..11]
    };
    other_valid(intl).then_some(end)
}

/// An international number at `i` (`+CC` or `00CC`, grouped as people
/// write it: `+49 176/76038820`, `0049 30 1234 56`, `+1 (617) 302-5062`)
/// that the country's plan does not hold but whose country code exists
/// and whose national part has a length that country uses
/// ([`known_country`]). The caller knows the context is telephony (a cue
/// word or a phone key), as a phone key's value is read: a number
/// mistyped or from a block the metadata does not know is still someone's.
/// Returns the end.
pub(crate) fn cued_intl(b: &[u8], i: usize) -> Option<usize> {
    let plus = plus_at(b, i);
    let mut k = i + plus;
    if plus == 0 {
        if !b[i..].starts_with(b"00") || at(b, i + 2) == b'0' {
            return None;
        }
        k += 2;
    }
    let mut d = [0u8; 15];
    let mut n = 0;
    let mut end = k;
    loop {
        // An area code in brackets after the country code (`+1 (617)`), or
        // the trunk zero people bracket (`+46 (0)70`).
        if (1..=3).contains(&n) && at(b, k) == b'(' {
            k += if b[k..].starts_with(b"(0)") { 3 } else { 1 };
            if at(b, k) == b' ' {
                k += 1;
            }
        }
        let e = digit_run(b, k, &mut d, &mut n)?;
        if e == k {
            break;
        }
        end = e;
        k = e;
        if at(b, k) == b')' {
            k += 1;
        }
        let (_, len) = sep_at(b, k);
        k += len;
        if !(is_digit(at(b, k)) || (at(b, k) == b'(' && (1..=3).contains(&n))) {
            break;
        }
    }
    let c = at(b, end);
    if !(8..=15).contains(&n)
        || is_word(c)
        || (matches!(c, b'.' | b'-' | b'/' | b':') && is_digit(at(b, end + 1)))
    {
        return None;
    }
    // Sweden's plan is known number by number ([`se_nsn`]): what it turns
    // away (`+46 900 ...` premium rate, `+46 20 ...` freephone, a
    // subscriber number starting with `0`) reaches no person's line.
    (!d.starts_with(b"46") && known_country(&d[..n])).then_some(end)
}

/// [`cued_intl`] at `i` where the context is telephony: a cue word just
/// before (`tlf. +4690076359`, `mobil 0046 31 075 38 33`) or a phone key
/// (`PhoneNumber=+49 176/76038820`), and no ticket or order word.
#[cold]
#[inline(never)]
pub(crate) fn cued_intl_at(b: &[u8], i: usize) -> Option<usize> {
    // The number first: most `+` and `00` runs that the plans turn away
    // (`+0000`, `+46...`) end here, before the cue words are looked for.
    let e = cued_intl(b, i).filter(|&e| super::idnum::tail_ok(b, e))?;
    let keyed = super::idnum::context(b, i) == super::idnum::Context::Phone;
    if !(keyed || cue_before(b, i) || cue_after(b, e)) || ticket_before(b, i) {
        return None;
    }
    // A bare `00` run is as often a zero-padded id or counter
    // (`call_id=0012345678901`): only grouped, or right after a phone's
    // key, is it a number dialled with its international prefix.
    let grouped = b[i..e].iter().any(|c| !c.is_ascii_digit());
    (plus_at(b, i) > 0 || grouped || keyed).then_some(e)
}

/// Whether international digits (country code first, no prefix) start
/// with a country code that exists and have a national number of a length
/// that country uses.
pub(crate) fn known_country(d: &[u8]) -> bool {
    let mut s = String::with_capacity(d.len() + 1);
    s.push('+');
    s.extend(d.iter().map(|&c| char::from(c)));
    let Ok(n) = phonenumber::parse(None, &s) else {
        return false;
    };
    let code = n.code().value();
    let national = d.len().saturating_sub(code.to_string().len());
    phonenumber::metadata::DATABASE
        .by_code(&code)
        .is_some_and(|metas| {
            metas.iter().any(|m| {
                let lens = m.descriptors().general().possible_length();
                lens.is_empty() || lens.contains(&(national as u16))
            })
        })
}

/// The end of the number that starts at `s` (a `+` or a digit, right
/// after a `_`) in the name of an SMS spool file, as SMS daemons name the
/// messages they queue and store: gammu-smsd's files backend
/// (`IN<date>_<time>_<serial>_<sender>_<part>.txt`,
/// `OUT<priority>_<recipient>_<serial>.txt`,
/// `OUT<priority><date>_<time>_<serial>_<recipient>_<note>.txt`) and the
/// names scripts give the files they drop into smstools' spool
/// (`/var/spool/sms/outgoing/alarm_+46701740683_42`). The number is a
/// part of its own between `_` and `_` or `.`: an international number
/// (`+` and a country that exists, or bare and valid, no date stamp), or
/// a national one with its trunk `0`; and the line is an SMS product's
/// ([`super::imei::mobile_evidence`]: `smsd`, `/spool/sms/`, `gammu-smsd`).
#[cold]
#[inline(never)]
pub(crate) fn spool_number(b: &[u8], s: usize) -> Option<usize> {
    if s == 0 || b[s - 1] != b'_' {
        return None;
    }
    let plus = usize::from(at(b, s) == b'+');
    let e = super::util::digits_end(b, s + plus);
    let d = &b[s + plus..e];
    if !(8..=15).contains(&d.len()) {
        return None;
    }
    // The part ends the name or another part follows: `_`, or `.` before
    // the extension's letters.
    let ends = match at(b, e) {
        b'_' => true,
        b'.' => at(b, e + 1).is_ascii_alphabetic(),
        c => !is_word(c),
    };
    let ok = ends
        && if plus == 1 {
            known_country(d)
        } else if d[0] == b'0' {
            d.len() >= 10 && national_any(d)
        } else {
            bare_intl(d) && !date_stamp(d)
        };
    (ok && (spool_name(b, s) || super::imei::mobile_evidence(b, s))).then_some(e)
}

/// True if the file name or path that holds `s` says it is an SMS
/// spool's: a path through a directory of an SMS daemon (`/spool/sms/`,
/// `/var/spool/gammu/`, `smstools`), or a name as gammu-smsd's files
/// backend writes it (`IN` and a date, `OUT` and a priority letter or the
/// number). A syslog message is read without its program's name, which
/// is often the only other word that says so.
fn spool_name(b: &[u8], s: usize) -> bool {
    let mut t = s;
    while t > 0 && s - t < 160 && !matches!(b[t - 1], b' ' | b'"' | b'\'' | b'=' | b'\t') {
        t -= 1;
    }
    let path = &b[t..s];
    let name = path
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(path, |k| &path[k + 1..]);
    let gammu_name = (name.starts_with(b"IN") && is_digit(at(name, 2)))
        || (name.starts_with(b"OUT") && (at(name, 3).is_ascii_uppercase() || at(name, 3) == b'_'));
    gammu_name
        || path.windows(5).any(|w| w.eq_ignore_ascii_case(b"/sms/"))
        || path.windows(5).any(|w| w.eq_ignore_ascii_case(b"gammu"))
        || path.windows(8).any(|w| w.eq_ignore_ascii_case(b"smstools"))
}

/// The number in a spool file's name that is the word `b[i..j]`
/// (`larm_46701740683_17`, `OUTA_0701740683_00`; see [`spool_number`]):
/// its first `_`-delimited part of 8-15 digits, if it reads as one.
/// Only for a word of 12 bytes or more after a `/` or a space.
pub(crate) fn spool_word(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let mut k = i;
    while let Some(p) = memchr::memchr(b'_', &b[k..j]) {
        let s = k + p + 1;
        if s < j && is_digit(b[s]) {
            let e = super::util::digits_end(b, s);
            if e - s >= 8 {
                return spool_number(b, s).map(|e| (s, e));
            }
        }
        k = s;
        if k >= j {
            break;
        }
    }
    None
}

/// Whether `w` is the call type that starts a FreePBX call recording's
/// file name (`{CALLTYPE}-{EXTEN}-{CALLERID}-{YYYYMMDD}-{HHMMSS}-{UNIQUEID}`,
/// its default `MIXMON_FORMAT`): `in`, `out`, `exten`, `external`,
/// `internal`, `q` (queue), `g` and `rg` (ring group), `conf`, `ondemand`,
/// `force`.
pub(crate) fn recording_type(w: &[u8]) -> bool {
    matches!(
        w,
        b"in"
            | b"out"
            | b"exten"
            | b"external"
            | b"internal"
            | b"q"
            | b"g"
            | b"rg"
            | b"conf"
            | b"ondemand"
            | b"force"
    )
}

/// The numbers in a FreePBX recording's file name whose call type
/// `b[i..j]` ([`recording_type`]) ends at the dash at `j`: the caller id
/// (the third part), and the number dialled where the call went out (the
/// second part of `out-`, `external-`; elsewhere that part is the
/// extension, queue, ring group or conference the call reached, and
/// stays). Each is a number of 3 to 15 digits, `+` allowed, no service
/// number, and the date that follows (`20261111` or `2026-11-11`) says the
/// name is a recording's. Returns them and the end of the caller id.
#[allow(clippy::type_complexity)]
pub(crate) fn recording_parties(
    b: &[u8],
    i: usize,
    j: usize,
) -> Option<(Option<(usize, usize)>, (usize, usize), usize)> {
    let number = |s: usize| -> Option<usize> {
        let d = if at(b, s) == b'+' { s + 1 } else { s };
        let mut e = d;
        while is_digit(at(b, e)) {
            e += 1;
        }
        ((3..=15).contains(&(e - d)) && at(b, e) == b'-' && !is_service(&b[d..e])).then_some(e)
    };
    let to_end = number(j + 1)?;
    let from_end = number(to_end + 1)?;
    let date = from_end + 1;
    let dated = (date..date + 8).all(|k| is_digit(at(b, k)))
        || ((date..date + 4).all(|k| is_digit(at(b, k)))
            && at(b, date + 4) == b'-'
            && is_digit(at(b, date + 5)));
    if !dated || !matches!(&b[date..date + 2], b"19" | b"20") {
        return None;
    }
    let out = matches!(&b[i..j], b"out" | b"external");
    Some((
        out.then_some((j + 1, to_end)),
        (to_end + 1, from_end),
        from_end,
    ))
}

/// True if all of `s` is one phone number (for SIP user parts).
pub(crate) fn is_phone(s: &[u8]) -> bool {
    matches!(s.first(), Some(b'+' | b'0')) && at_pos(s, 0) == Some(s.len())
}

/// E.164 form (default region SE), or false. Separators, brackets and
/// full-width digits are read as [`at_pos`] reads them.
pub(crate) fn normalize(v: &str, out: &mut String) -> bool {
    let v = v.trim();
    let b = v.as_bytes();
    let mut d = [0u8; MAX_DIGITS];
    let mut n = 0;
    let plus = plus_at(b, 0);
    let mut k = plus;
    // Drop a bracketed trunk zero (`+46 (0)70`) before collecting digits.
    let mut trunk_zero = plus > 0;
    while k < b.len() {
        if trunk_zero && b[k..].starts_with(b"(0)") {
            trunk_zero = false;
            k += 3;
            continue;
        }
        if let Some((c, len)) = digit_at(b, k) {
            if n == MAX_DIGITS {
                return false;
            }
            d[n] = c;
            n += 1;
            k += len;
            continue;
        }
        let (_, len) = sep_at(b, k);
        if len > 0 {
            k += len;
        } else if matches!(b[k], b'(' | b')') {
            k += 1;
        } else {
            return false;
        }
    }
    let d = &d[..n];
    let formatted = n < b.len();
    let intl: &[u8] = if plus > 0 {
        d
    } else if let Some(r) = d.strip_prefix(b"00") {
        r
    } else if let Some(nsn) = d.strip_prefix(b"0") {
        if se_nsn(nsn).is_none() {
            return false;
        }
        out.push_str("+46");
        out.extend(nsn.iter().map(|&c| char::from(c)));
        return true;
    } else if d.starts_with(b"46") && se_nsn(&d[2..]).is_some() {
        // CDR exports often drop the `+`.
        d
    } else if formatted && d.len() == 10 && nanp_valid(d) {
        // `(617) 555-0176`. A bare digit run keeps the form it always had,
        // so tokens of bound fields do not change.
        out.push_str("+1");
        out.extend(d.iter().map(|&c| char::from(c)));
        return true;
    } else if formatted && d.len() == 11 && d[0] == b'1' && nanp_valid(&d[1..]) {
        d
    } else {
        return false;
    };
    if !intl_valid(intl) {
        return false;
    }
    out.push('+');
    out.extend(intl.iter().map(|&c| char::from(c)));
    true
}

#[cfg(test)]
mod tests {
    #[test]
    fn sending_phrases_and_ticket_numbers() {
        let cue = |s: &str| super::cue_before(s.as_bytes(), s.len());
        let ticket = |s: &str| super::ticket_before(s.as_bytes(), s.len());
        for s in [
            "Verification code sent to ",
            "Code de vérification envoyé au ",
            "Verificatiecode verstuurd naar ",
            "Kod weryfikacyjny wysłany na ",
            "Vahvistuskoodi lähetetty numeroon ",
            "message 4f5a6b delivered to ",
            "Appel entrant de ",
            "Połączenie przychodzące od ",
            "Inkomende oproep van ",
            "Indgående opkald fra ",
            "Innkommende anrop fra ",
            "Chamada recebida de ",
            "Gelen arama ",
            "voicemail left by ",
            "Transfer to external ",
        ] {
            assert!(cue(s), "{s}");
        }
        assert!(!cue("sent 4096 bytes, "));
        // The ticket's own number is written before the caller's.
        assert!(!ticket("Ticket #41233 callback number "));
        assert!(ticket("ticket number "));
        assert!(ticket("Order 4711 qty "));
    }

    #[test]
    fn date_stamps() {
        for d in ["20260314", "202603141200", "20260314120005"] {
            assert!(super::date_stamp(d.as_bytes()), "{d}");
        }
        // Egypt's mobiles (+20 1x), and numbers of no date.
        for d in ["201203041234", "202613141200", "4915123456789", "12345678"] {
            assert!(!super::date_stamp(d.as_bytes()), "{d}");
        }
    }

    #[test]
    fn local_numbers_of_tel_uris() {
        let t = |s: &str| {
            let i = s.find("tel:").unwrap() + 4;
            let j = i + s[i..].bytes().take_while(u8::is_ascii_digit).count();
            super::tel_local(s.as_bytes(), i, j)
        };
        assert!(t(
            "P-Asserted-Identity: <tel:4291;phone-context=pbx.example.se>"
        ));
        assert!(t(
            "Diversion: <tel:52317;phone-context=+46-8>;reason=no-answer"
        ));
        // A service number, and a number with no context (a global number
        // is read as one).
        assert!(!t("<tel:112;phone-context=pbx.example.se>"));
        assert!(!t("<tel:4291>"));
    }

    #[test]
    fn national_numbers_in_typographic_groups() {
        let mut d = [0u8; 12];
        // No-break, narrow no-break and thin spaces, en dashes.
        for s in [
            "40\u{a0}61\u{a0}23\u{a0}45",
            "612\u{202f}34\u{202f}56\u{202f}78",
            "312\u{2009}345\u{2009}6789",
            "695\u{2013}917\u{2013}1283",
        ] {
            assert_eq!(
                super::grouped_plain(s.as_bytes(), 0, &mut d).map(|r| r.0),
                Some(s.len()),
                "{s}"
            );
        }
        // Eight digits in two groups of four are a number as Singapore,
        // Hong Kong, Denmark and Norway write it; the callers read it only
        // under a phone key or after a cue (and a plan must hold it). Two
        // groups of another split, or four and four with a dash (a case
        // or a serial), may be anything.
        assert_eq!(super::grouped_plain(b"4061 2345", 0, &mut d), Some((9, 8)));
        assert_eq!(super::grouped_plain(b"2026 0314", 0, &mut d), None);
        assert_eq!(super::grouped_plain(b"40612 345", 0, &mut d), None);
        assert_eq!(super::grouped_plain(b"4061-2345", 0, &mut d), None);
        let s = "031-086\u{a0}78\u{a0}09";
        assert_eq!(super::cued_national(s.as_bytes(), 0), Some(s.len()));
    }

    #[test]
    fn sip_user_keys() {
        let at = |s: &str| sip_user_before(s.as_bytes(), s.len());
        for s in [
            "code=486;reason=Busy Here;src_user=",
            "dst_user=",
            "\"from_user\":\"",
            "RURI_USER:",
        ] {
            assert!(at(s), "{s}");
        }
        for s in ["user=", "src_user ", "src_users=", "xsrc_user="] {
            assert!(!at(s), "{s}");
        }
    }

    #[test]
    fn telephone_cues_in_several_languages() {
        let at = |s: &str| cue_before(s.as_bytes(), s.len());
        for s in [
            "(asiakas Tuğba Arslan, puh. ",
            "Puhelinnumero: ",
            "kontaktperson Kari Nordmann, tlf. ",
            "Anna Berg, tfn ",
            "Handy: ",
            "mobiel nummer ",
            "móvil ",
        ] {
            assert!(at(s), "{s}");
        }
        for s in ["push ", "handyman ", "pid ", "automovil-"] {
            assert!(!at(s), "{s}");
        }
    }

    #[test]
    fn calls_in_care_and_service_desk_notes_of_many_languages() {
        let at = |s: &str| cue_before(s.as_bytes(), s.len());
        for s in [
            "Potilas Matti Virtanen soitti numerosta ",
            "Asiakas soitti, vastattu numeroon ",
            "تم الاتصال بالمريض Ali Hassan على الرقم ",
            "Macmiil Cali Xasan wuxuu ka soo wacay ",
            "lambarka ",
            "Hasta Ayşe Yılmaz aradı, ",
            "Le patient a laissé son tél. ",
            "Kunden bad om återuppringning på ",
            // The person named between the call and the number.
            "note: called back Karin Margareta Lindqvist-Berg on ",
            "Oddzwoniłem do Katarzyna Wiśniewska-Nowak na ",
            "changed the phone number of user [karin.lindqvist] to [",
        ] {
            assert!(at(s), "{s}");
        }
        for s in [
            // `رقم` alone names any number (`رقم العملية`, the transaction's).
            "سحب مبلغ من الصراف، رقم العملية ",
            "wrote 4096 bytes of the backup archive on ",
            "Karin Margareta Lindqvist-Berg logged in on ",
            "phone ok; the nightly backup of the whole /srv/archive volume on nas2 finished at ",
        ] {
            assert!(!at(s), "{s}");
        }
        // A ticket's word keeps its number whatever cue stands before.
        let s = "ringde om faktura, رقم العملية ";
        assert!(ticket_before(s.as_bytes(), s.len()));
    }

    #[test]
    fn an_area_code_and_one_subscriber_group() {
        let mut d = [0u8; 12];
        for s in ["22-454545", "412-34567", "8676 12345", "31-123456"] {
            assert_eq!(
                super::grouped_plain(s.as_bytes(), 0, &mut d).map(|r| r.0),
                Some(s.len()),
                "{s}"
            );
        }
        for s in [
            "22.454545",      // a decimal
            "22-454545-12",   // a third group after a long one
            "22-45454545454", // too long a group
            "2026-123456",    // a year and a serial
        ] {
            let r = super::grouped_plain(s.as_bytes(), 0, &mut d);
            assert!(r.is_none() || !national_no_trunk(&d[..r.unwrap().1]), "{s}");
        }
        // Norway's and Denmark's eight digits hold in their plans.
        for s in ["41234567", "22454545", "31123456"] {
            assert!(national_no_trunk(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn telephone_cues_in_other_scripts_and_compounds() {
        let at = |s: &str| cue_before(s.as_bytes(), s.len());
        for s in [
            "Контакт: тел. ",
            "моб. ",
            "κινητό ",
            "جوال ",
            "موبایل ",
            "נייד ",
            "電話 ",
            "휴대폰 ",
            "SĐT ",
            "Cep: ",
            "tel. kom. ",
            "Internetrufnummer ",
            "[to:b'",
            // The second number of a change is cued as the first was.
            "Mobile changed from +46 70 123 45 67 to ",
            "mobil 0701234567 -> ",
        ] {
            assert!(at(s), "{s}");
        }
        for s in [
            "kom in ",
            "cepheus ",
            "mobster ",
            "Build changed from 4.2.0 to ",
            "moved 4 to ",
        ] {
            assert!(!at(s), "{s}");
        }
    }

    #[test]
    fn telephony_cues_after_the_number() {
        // Hungarian `számon`, Urdu `سے فون`, Amharic `ደውለዋል`, Turkish
        // `numarasından`, Japanese `に電話`: the cue follows the number.
        for s in [
            " számon; ügyelet",
            " سے فون کیا",
            " ደውለዋል",
            " numarasından aradı",
            "に電話",
        ] {
            assert!(cue_after(s.as_bytes(), 0), "{s}");
        }
        // A sentence that goes on, a unit, a word longer than a
        // postposition before the cue, a word that only starts alike.
        for s in [" bytes sent", " ms", " records; phone", " számlaszám"] {
            assert!(!cue_after(s.as_bytes(), 0), "{s}");
        }
    }

    #[test]
    fn seven_digit_numbers_right_after_a_cue() {
        for (s, n) in [
            ("Hringt \u{ed} s\u{ed}ma 881 6086, kennitala", "881 6086"),
            ("tel. 8684593", "8684593"),
            ("call 555-0143 back", "555-0143"),
        ] {
            let i = s.find(n).unwrap();
            assert_eq!(seven_after_cue(s.as_bytes(), i), Some(i + n.len()), "{s}");
        }
        // No cue, a cue too far, a code after the cue, a group of a longer
        // number, a run of another length.
        for (s, n) in [
            ("order 8684593", "8684593"),
            (
                "phone backup of the archive volume finished 8684593",
                "8684593",
            ),
            ("SMS code 8684593", "8684593"),
            ("tel. 881 6086 12", "881 6086"),
            ("tel. 88160861", "88160861"),
        ] {
            let i = s.find(n).unwrap();
            assert_eq!(seven_after_cue(s.as_bytes(), i), None, "{s}");
        }
    }

    #[test]
    fn call_back_and_contact_cues_of_more_languages() {
        let at = |s: &str| cue_before(s.as_bytes(), s.len());
        for s in [
            "Επικοινωνία ",
            "επικοινωνήστε ",
            "Sună înapoi la ",
            "Hringja í ",
            "Viðskiptavinur bað um að hringt yrði í ",
            "Återring ",
            "Kunden vill ha återringning på ",
            "da richiamare al ",
            "recapito ",
            "Contato do cliente: ",
            "contactar al ",
            "iletişim ",
            "Bel ",
            "takaisinsoitto numeroon ",
            "atzvanīt uz ",
            "联系电话 ",
        ] {
            assert!(at(s), "{s}");
        }
        // The same letters inside other words, and `bel` as part of one.
        for s in [
            "string ",
            "during the run ",
            "label ",
            "contact_id ",
            "Bellevue ",
        ] {
            assert!(!at(s), "{s}");
        }
    }

    #[test]
    fn area_codes_in_brackets_of_plans_without_a_trunk() {
        for s in [
            "(11) 91234-5678",
            "(21) 98765-4321",
            "(55) 1234 5678",
            "(81) 1234-5678",
            "(067) 101-85-80",
            "(011) 4123-4567",
        ] {
            assert_eq!(bracketed_national(s.as_bytes(), 0), Some(s.len()), "{s}");
        }
        for s in [
            "(12) 34",            // too few digits
            "(2026) 03-14",       // a date
            "(11) 91234-5678-12", // a third group of another separator
            "(1) 234 5678",       // one digit in brackets
            "(11) 12:30",         // a time
            "(000) 000-00-00",    // no number
        ] {
            let r = bracketed_national(s.as_bytes(), 0);
            assert!(r != Some(s.len()), "{s}");
        }
    }

    #[test]
    fn mexican_and_greek_numbers_without_a_trunk() {
        // Mexico dropped its trunk prefixes in 2019: ten digits, area code
        // first; Greece's mobiles start with `69`.
        for s in ["8112345678", "5512345678", "3312345678", "6971234567"] {
            assert!(national_no_trunk(s.as_bytes()), "{s}");
        }
        // A Unix time of this era is none.
        assert!(!national_no_trunk(b"1750030073"));
    }

    #[test]
    fn the_id_of_a_party_is_its_number_on_messaging_lines() {
        for k in ["recipient_id", "senderId", "originator_id"] {
            assert!(party_id_word(k.as_bytes()), "{k}");
        }
        for k in [
            "phone_number_id",
            "message_id",
            "id",
            "recipient",
            "conversation_id",
        ] {
            assert!(!party_id_word(k.as_bytes()), "{k}");
        }
    }

    #[test]
    fn seven_digits_in_typographic_groups_after_a_cue() {
        let s = "T\u{e9}l. 776\u{a0}5310, dossier";
        let i = s.find('7').unwrap();
        assert_eq!(seven_after_cue(s.as_bytes(), i), Some(s.find(',').unwrap()));
    }

    #[test]
    fn gpsi_msisdn_prefix() {
        let at = |s: &str| {
            let i = s.find(|c: char| c.is_ascii_digit()).unwrap();
            gpsi_msisdn(s.as_bytes(), i, s.len())
        };
        assert!(at("GPSI msisdn-46701234567"));
        assert!(at("\"gpsi\":\"MSISDN-447700900123"));
        // Another prefix, a word that only ends in the prefix, too few
        // or too many digits.
        assert!(!at("extid-46701234567"));
        assert!(!at("xmsisdn-46701234567"));
        assert!(!at("msisdn-4670"));
        assert!(!at("msisdn-4670123456789012"));
    }

    #[test]
    fn sip_accounts_of_telephony_events() {
        let at = |s: &str| sip_account_before(s.as_bytes(), s.len());
        assert!(at(
            "SecurityEvent=\"InvalidPassword\",Service=\"PJSIP\",AccountID=\""
        ));
        assert!(at("REGISTER auth failed: user="));
        assert!(at("sofia/internal: auth_user="));
        // An account key on a line of no telephony service, a SIP word
        // under another key, the English verb.
        assert!(!at("pam_unix(cron:session): session opened for user="));
        assert!(!at("Service=\"PJSIP\",SessionID=\""));
        assert!(!at("please register your account: user="));
        let gate = |s: &str| account_key_end(s.as_bytes(), s.len());
        for s in ["AccountID=\"", "user=", "\"user\":\"", "\"user\":"] {
            assert!(gate(s), "{s}");
        }
        for s in ["len=\"", "duration=", "=\"", "\""] {
            assert!(!gate(s), "{s}");
        }
    }

    #[test]
    fn trunk_eight_numbers_of_the_former_soviet_plans() {
        for s in [
            "8 (495) 123-45-67",
            "8-912-345-67-89",
            "89123456789",
            "8 029 123-45-67",
        ] {
            assert_eq!(trunk8_at(s.as_bytes(), 0), Some(s.len()), "{s}");
        }
        // Too few or too many digits, a bracket left open, a date, a
        // version: none is a number.
        for s in [
            "8 912 345-67",
            "8 (495 123-45-67",
            "8-912-345-67-89-10",
            "8.912.345.67.89",
        ] {
            assert_eq!(trunk8_at(s.as_bytes(), 0), None, "{s}");
        }
    }

    #[test]
    fn extensions_after_their_word() {
        let at = |s: &str| extension_before(s.as_bytes(), s.len());
        for s in [
            "emergency call to 112 from ext ",
            "transferred to ext. ",
            "Extension: ",
            "ring anknytning ",
            "Rückruf Durchwahl ",
            "appel du poste ",
            "ext=",
            "(Ext #",
        ] {
            assert!(at(s), "{s}");
        }
        for s in [
            "next ",
            "file.ext ",
            "text ",
            "ext4 ",
            "context ",
            "ext-",
            "ext",
        ] {
            assert!(!at(s), "{s}");
        }
    }

    use super::*;

    fn p(s: &str) -> Option<&str> {
        at_pos(s.as_bytes(), 0).map(|e| &s[..e])
    }

    #[test]
    fn conference_bridge_ports_are_placeholders() {
        assert!(placeholder("b0029901001"));
        assert!(placeholder("b0019901001"));
        // Cisco's own examples also show eleven digits, and bridges numbered
        // by the site show fewer.
        assert!(placeholder("b00105401002"));
        assert!(placeholder("b0299011"));
        assert!(!placeholder("b123"));
        assert!(!placeholder("b00299010011223344"));
        assert!(!placeholder("bx029901001"));
        assert!(!placeholder("B0029901001"));
        assert!(!placeholder("0029901001"));
    }

    #[test]
    fn swedish_national_formats() {
        assert_eq!(p("070-174 06 83"), Some("070-174 06 83"));
        assert_eq!(p("0701740683"), Some("0701740683"));
        assert_eq!(p("070-1740683"), Some("070-1740683"));
        assert_eq!(p("08-123 456 78"), Some("08-123 456 78"));
        assert_eq!(p("031-123 45 67,"), Some("031-123 45 67"));
        assert_eq!(p("0046701740683"), Some("0046701740683"));
        assert_eq!(p("0701740666@trunk,60,tT"), Some("0701740666"));
        assert_eq!(p("0701740616-7b38b03a"), Some("0701740616"));
    }

    #[test]
    fn e164() {
        assert_eq!(p("+46701740683-cec86b3e"), Some("+46701740683"));
        assert_eq!(p("+46 (0)70 174 06 83"), Some("+46 (0)70 174 06 83"));
        assert_eq!(p("+46 70 174 06 83 x"), Some("+46 70 174 06 83"));
        assert_eq!(p("+1 202 555 0100"), Some("+1 202 555 0100"));
        assert_eq!(p("+44 20 7946 0958"), Some("+44 20 7946 0958"));
    }

    #[test]
    fn not_personal_or_not_phones() {
        assert_eq!(p("112"), None);
        assert_eq!(p("1177"), None);
        assert_eq!(p("11414"), None);
        assert_eq!(p("90000"), None);
        assert_eq!(p("+46112"), None);
        assert_eq!(p("020-123 456"), None); // freephone
        assert_eq!(p("0900-123 45 67"), None); // premium
        assert_eq!(p("081111 073350"), None); // HDFS timestamp
        assert_eq!(p("0701740683.5"), None);
        assert_eq!(p("07017406"), None);
        assert_eq!(p("+4670174068"), None);
        assert_eq!(p("+999 123 456 789"), None);
    }

    #[test]
    fn one_person_one_e164() {
        for v in [
            "070-174 06 83",
            "0701740683",
            "070-1740683",
            "+46701740683",
            "0046701740683",
            "+46 (0)70-174 06 83",
            "+46 (0)70 174 06 83",
        ] {
            let mut s = String::new();
            assert!(normalize(v, &mut s), "{v}");
            assert_eq!(s, "+46701740683", "{v}");
        }
        let mut s = String::new();
        assert!(normalize("+1 202 555 0100", &mut s));
        assert_eq!(s, "+12025550100");
        s.clear();
        assert!(!normalize("112", &mut s));
        s.clear();
        assert!(!normalize("alice", &mut s));
    }
}
