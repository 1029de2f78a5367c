//! A name that ends a document's file name after a `_`, read back from
//! the document's extension ([`before_extension`]).
//!
//! Transfer, DLP, CASB and mail-gateway logs write the documents a person
//! is the subject of, and their file names end in that person's name:
//! `lonespec_Warsame.pdf` (vsftpd's and proftpd's xferlog),
//! `CV_Răzvan_Popescu.docx` (Synology and Nextcloud file events),
//! `intyg_Amedî.pdf` (Cisco ESA and Proofpoint attachment names),
//! `kontrakt_Popescu.docx` (Zscaler and Netskope DLP), and in the archive
//! such a document is mailed or downloaded in, `faktura_Nasrallah.zip`
//! (Bitdefender GravityZone's, Microsoft Defender's and Sophos'
//! detection paths, Mimecast's attachment names). The scan's walk
//! only calls the name rules on a capitalised word's start, and the first
//! part of such a name (`lonespec_W`) is one lower-case word with it; a
//! test on every lower-case word for a `_` and a capital inside it cost
//! about 1% of syslog. So the rule runs from the other end: on a word of
//! three or four letters right after a `.`, which must be a document's
//! extension before anything else is read.

use super::gazetteer::{COMMON, GIVEN, SURNAME};
use super::word::{Case, Word, document_extension, look_up, strong_given, word};

/// The name that ends the file name before the extension that starts at
/// `i` (a word right after a `.`, see [`extension_word`]): the part after
/// the last `_`, a capitalised (or Arabic) word the name list knows as a
/// given name or a surname and not as a common word, with the part before
/// it when that is a known given name and the last part is no common word
/// (`CV_Răzvan_Popescu.docx`).
pub(crate) fn before_extension(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if !document_extension(b, i) {
        return None;
    }
    // A period, a date or a version after the name (`Payslip_Berg_202610.pdf`,
    // `Contract_Berg_2026-10-01.docx`, `CV_Berg_v3.pdf`) is passed over: the
    // name ends before its `_` or `-`.
    let dot = period_tail(b, i - 1).unwrap_or(i - 1);
    let Some(mut last) = part_before(b, dot) else {
        return spaced_after_underscore(b, dot);
    };
    look_up(b, &mut last);
    let known = |w: &Word| w.flags & (GIVEN | SURNAME) != 0 && w.flags & COMMON == 0;
    let first = part_before(b, last.start - 1).map(|mut w| {
        look_up(b, &mut w);
        w
    });
    match first {
        Some(f) if strong_given(&f) && last.flags & COMMON == 0 => Some((f.start, dot)),
        _ => known(&last).then_some((last.start, dot)),
    }
}

/// Where a period, date or version part that ends a file name before the
/// `.` at `dot` starts, less one (its `_` or `-`): digits, and `-` between
/// them, four to ten bytes (`202610`, `2026-10`, `20261001`,
/// `2026-10-01`), or `v` and one to three digits (`v3`, `v02`).
fn period_tail(b: &[u8], dot: usize) -> Option<usize> {
    let mut s = dot;
    while s > 0 && dot - s < 11 && (b[s - 1].is_ascii_digit() || b[s - 1] == b'-') {
        s -= 1;
    }
    // The joint before the digits is not one of them.
    while s < dot && b[s] == b'-' {
        s += 1;
    }
    let digits = &b[s..dot];
    let date = (4..=10).contains(&digits.len())
        && digits[0].is_ascii_digit()
        && digits[digits.len() - 1].is_ascii_digit()
        && !digits.windows(2).any(|w| w == b"--");
    let version = !date
        && (1..=3).contains(&digits.len())
        && digits.iter().all(u8::is_ascii_digit)
        && s >= 2
        && matches!(b[s - 1], b'v' | b'V');
    let s = if version { s - 1 } else { s };
    ((date || version) && s >= 2 && matches!(b[s - 1], b'_' | b'-')).then_some(s - 1)
}

/// The given name, and the particles after it, that open a document's
/// name before the part [`before_extension`] found at `s`
/// (`Lönespec_Bram_van_Dijk.pdf`, `CV_Ngọc Lan_Nguyễn.pdf`): a known given
/// name right after a `_`, then only known names and particles, joined by
/// `_` or a space. A span of its own, so the part found before keeps its
/// token.
pub(crate) fn given_before(b: &[u8], s: usize) -> Option<(usize, usize)> {
    if s < 2 || !matches!(b[s - 1], b'_' | b' ') {
        return None;
    }
    let end = s - 1;
    let mut e = end;
    let mut start = None;
    for _ in 0..4 {
        let Some(mut w) = any_part_before(b, e) else {
            break;
        };
        look_up(b, &mut w);
        let sep = b[w.start - 1];
        if w.particle {
            // A particle opens no name: `Lönespec_van_Dijk.pdf` is found
            // whole by the part after it.
        } else if matches!(w.case, Case::Cap | Case::Caseless)
            && w.flags & (GIVEN | SURNAME) != 0
            && w.flags & COMMON == 0
        {
            if sep == b'_' && strong_given(&w) {
                start = Some(w.start);
            }
        } else {
            break;
        }
        if !matches!(sep, b'_' | b' ') {
            break;
        }
        e = w.start - 1;
    }
    start.map(|st| (st, end))
}

/// `Intyg_García Castañeda.pdf`: the name after the last `_` in two or
/// three capitalised words, one of them a known name, none a common word.
fn spaced_after_underscore(b: &[u8], dot: usize) -> Option<(usize, usize)> {
    let mut e = dot;
    let mut known = false;
    for n in 0..3 {
        let mut w = any_part_before(b, e)?;
        look_up(b, &mut w);
        if w.flags & COMMON != 0 || !(w.particle || matches!(w.case, Case::Cap | Case::Caseless)) {
            return None;
        }
        if n == 0 && w.particle {
            return None;
        }
        known |= w.flags & (GIVEN | SURNAME) != 0;
        match b[w.start - 1] {
            b'_' if n > 0 && !w.particle => return known.then_some((w.start, dot)),
            b' ' => e = w.start - 1,
            _ => return None,
        }
    }
    None
}

/// True if the word `b[i..j]` may be a document's extension: three or
/// four bytes that spell one, in any case, compared as one number (the
/// scan asks this of every short word after a `.`: `com`, `int`, `local`
/// and the parts of addresses are turned away here).
#[inline(always)]
pub(crate) fn extension_word(b: &[u8], i: usize, j: usize) -> bool {
    const fn packed(x: &[u8]) -> u32 {
        let mut v = 0u32;
        let mut k = 0;
        while k < x.len() {
            v = v << 8 | x[k] as u32;
            k += 1;
        }
        v
    }
    let x = match j - i {
        3 => packed(&[b[i] | 0x20, b[i + 1] | 0x20, b[i + 2] | 0x20]),
        4 => packed(&[
            b[i] | 0x20,
            b[i + 1] | 0x20,
            b[i + 2] | 0x20,
            b[i + 3] | 0x20,
        ]),
        _ => return false,
    };
    // The extensions of `word::document_extension`.
    const EXT: [u32; 18] = [
        packed(b"pdf"),
        packed(b"doc"),
        packed(b"docx"),
        packed(b"odt"),
        packed(b"rtf"),
        packed(b"txt"),
        packed(b"xls"),
        packed(b"xlsx"),
        packed(b"ods"),
        packed(b"csv"),
        packed(b"ppt"),
        packed(b"pptx"),
        packed(b"msg"),
        packed(b"eml"),
        packed(b"jpg"),
        packed(b"jpeg"),
        packed(b"png"),
        packed(b"zip"),
    ];
    EXT.contains(&x)
}

/// The word that ends at `e` and starts after a `_` or a space, in any
/// case (a particle is lower case), no initial.
fn any_part_before(b: &[u8], e: usize) -> Option<Word> {
    let mut s = e;
    while s > 0
        && e - s < 40
        && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80 || matches!(b[s - 1], b'-' | b'\''))
    {
        s -= 1;
    }
    if s == e || s == 0 || !matches!(b[s - 1], b'_' | b' ') {
        return None;
    }
    let w = word(b, s)?;
    (w.end == e && !w.initial).then_some(w)
}

/// The name-shaped word that ends at `e` and starts right after a `_`,
/// capitalised or in Arabic script.
fn part_before(b: &[u8], e: usize) -> Option<Word> {
    // Back over the letters and the bytes of non-ASCII letters, and a
    // hyphen or apostrophe inside a name (`Al-Saadi`), at most 40 bytes.
    let mut s = e;
    while s > 0
        && e - s < 40
        && (b[s - 1].is_ascii_alphabetic() || b[s - 1] >= 0x80 || matches!(b[s - 1], b'-' | b'\''))
    {
        s -= 1;
    }
    if s == e || s == 0 || b[s - 1] != b'_' {
        return None;
    }
    let w = word(b, s)?;
    (w.end == e && matches!(w.case, Case::Cap | Case::Caseless) && !w.initial && !w.particle)
        .then_some(w)
}
