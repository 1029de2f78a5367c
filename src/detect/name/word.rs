//! One name-shaped word: how it is written, where it starts and ends, its
//! lower-cased key and its flags in the gazetteer.

use super::gazetteer::{COMMON, GIVEN, MAX_KEY, SURNAME, flags};

/// How a word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// `Karin`, `Ö`, `O'Brien`.
    Cap,
    /// `KARIN`: two or more letters, none lower-case.
    Upper,
    /// `van`, `al-Farsi`.
    Lower,
    /// Arabic script: no case.
    Caseless,
}

/// One word of a candidate name.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) case: Case,
    /// One capital and a period: `E.`.
    pub(super) initial: bool,
    /// A particle (`van`, `af`, `bin`, `Al`): allowed between name words.
    pub(super) particle: bool,
    /// A lower-case word that is a name by its prefix (`al-Farsi`).
    pub(super) prefixed: bool,
    /// Gazetteer flags, plus [`SURNAME`] for surname-shaped words
    /// (`Svensson`, `Petrović`, `al-Farsi`). Filled when needed.
    pub(super) flags: u8,
    /// Set once `flags` is filled.
    pub(super) looked_up: bool,
}

/// Decodes the char at byte `i`, which is a char boundary of valid UTF-8.
#[inline]
fn decode(b: &[u8], i: usize) -> Option<(char, usize)> {
    let c0 = *b.get(i)?;
    if c0 < 0x80 {
        return Some((char::from(c0), 1));
    }
    let n = match c0 {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let s = b.get(i..i + n)?;
    std::str::from_utf8(s).ok()?.chars().next().map(|c| (c, n))
}

/// The char that ends just before byte `i`.
#[inline]
pub(super) fn decode_prev(b: &[u8], i: usize) -> Option<(char, usize)> {
    if i == 0 {
        return None;
    }
    let mut s = i - 1;
    while s > 0 && i - s < 4 && b[s] & 0xC0 == 0x80 {
        s -= 1;
    }
    decode(b, s).map(|(c, _)| (c, s))
}

/// Arabic script (Arabic, Persian, Urdu letters and presentation forms).
#[inline]
fn arabic(c: char) -> bool {
    matches!(u32::from(c), 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06FA..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
}

/// A combining mark that belongs to the letter before it (Latin diacritics
/// in decomposed form, Arabic vowel signs).
#[inline]
pub(super) fn mark(c: char) -> bool {
    matches!(u32::from(c), 0x0300..=0x036F | 0x064B..=0x065F | 0x0670)
}

/// A letter of a script whose names the gazetteer holds: Latin, Greek,
/// Cyrillic (cased) or Arabic.
#[inline]
fn name_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    let u = u32::from(c);
    (u < 0x02B0 || (0x0370..=0x052F).contains(&u) || (0x1E00..=0x1FFF).contains(&u))
        && c.is_alphabetic()
        || arabic(c)
}

/// True if the char at `i` may start a name: an upper-case letter of a
/// cased script, or an Arabic letter. The scan loop calls [`at`] only there.
#[inline]
pub(crate) fn may_start(b: &[u8], i: usize) -> bool {
    match decode(b, i) {
        Some((c, _)) => {
            (c.is_uppercase() && name_letter(c)) || arabic(c) || super::script::script(c).is_some()
        }
        None => false,
    }
}

/// The word that starts at `i`, if it is name-shaped: letters of one
/// script, joined by `-` or an apostrophe; an initial keeps its period.
pub(super) fn word(b: &[u8], i: usize) -> Option<Word> {
    let (c, n) = decode(b, i)?;
    if !name_letter(c) {
        return None;
    }
    let is_arabic = arabic(c);
    let first_upper = c.is_uppercase();
    let mut lower = c.is_lowercase();
    let mut letters = 1;
    let mut j = i + n;
    // Most words are ASCII: their bytes are tested without decoding.
    while let Some(&x) = b.get(j) {
        if x.is_ascii_alphabetic() {
            if is_arabic {
                return None;
            }
            lower |= x.is_ascii_lowercase();
            letters += 1;
            j += 1;
            continue;
        }
        if x < 0x80 && !matches!(x, b'-' | b'\'') {
            break;
        }
        let Some((c, n)) = decode(b, j) else { break };
        if mark(c) {
            j += n;
            continue;
        }
        if name_letter(c) {
            if arabic(c) != is_arabic {
                return None;
            }
            lower |= c.is_lowercase();
            letters += 1;
            j += n;
            continue;
        }
        if matches!(c, '-' | '\'' | '’') {
            if let Some((d, _)) = decode(b, j + n) {
                if name_letter(d) && arabic(d) == is_arabic {
                    j += n;
                    continue;
                }
            }
        }
        break;
    }
    if j - i > MAX_KEY {
        return None;
    }
    // `Polyakov's`: the name is `Polyakov`.
    if j - i > 3 && matches!(b[j - 1], b's' | b'S') {
        if let Some((q, p)) = decode_prev(b, j - 1) {
            if matches!(q, '\'' | '’') {
                j = p;
            }
        }
    }
    let case = if is_arabic {
        Case::Caseless
    } else if !first_upper {
        Case::Lower
    } else if letters >= 2 && !lower {
        Case::Upper
    } else {
        Case::Cap
    };
    let initial = letters == 1 && first_upper && b.get(j) == Some(&b'.');
    let end = if initial { j + 1 } else { j };
    Some(Word {
        start: i,
        end,
        case,
        initial,
        particle: false,
        prefixed: false,
        flags: 0,
        looked_up: false,
    })
}

/// The end of the letters (and their marks) from `i`: no hyphen, no
/// apostrophe.
pub(super) fn letters_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while let Some(&x) = b.get(j) {
        if x.is_ascii_alphabetic() {
            j += 1;
            continue;
        }
        if x < 0x80 {
            break;
        }
        match decode(b, j) {
            Some((c, n)) if name_letter(c) || mark(c) => j += n,
            _ => break,
        }
    }
    j
}

/// True if a name may start at `i`: what comes before is not part of a
/// word, a path, an address or an identifier.
pub(super) fn start_ok(b: &[u8], i: usize) -> bool {
    let Some((c, p)) = decode_prev(b, i) else {
        return true;
    };
    if c == '\'' || c == '’' {
        // `'Karin Eriksson'` is quoted; `d'Artagnan` is one word.
        return !decode_prev(b, p).is_some_and(|(d, _)| d.is_alphanumeric());
    }
    if matches!(c, '/' | '\\') {
        return document_title_at(b, i)
            || (c == '/' && directory_leaf_at(b, i))
            || user_root_before(b, p)
            || (c == '/' && slash_signature_at(b, i));
    }
    if c == '_' {
        return underscore_title_at(b, i);
    }
    !(c.is_alphanumeric()
        || mark(c)
        || matches!(c, '.' | '@' | '-' | '#' | '$' | '%' | '&' | '+' | '~'))
}

/// True if the words at `i`, after ` /`, sign a message: no other `/`
/// before the message ends (`Avboka min tid /Karin Berg`, not `cd
/// /Karin/docs`).
fn slash_signature_at(b: &[u8], i: usize) -> bool {
    if !super::cue::signature_before(b, i) || b[i - 2] != b' ' {
        return false;
    }
    let rest = &b[i..b.len().min(i + 48)];
    let end = rest
        .iter()
        .position(|&c| matches!(c, b'"' | b'\'' | b'\n' | b'\r'))
        .unwrap_or(rest.len());
    (end < rest.len() || b.len() <= i + 48) && !rest[..end].contains(&b'/')
}

/// True if the word at `i`, after a `_`, is the last part of a document's
/// file name (`Kunder_Räsänen.xlsx`, `Lönespec_Öhman.pdf`, `CV_Saleh.docx`),
/// as DLP, CASB and file-share audits (Netskope, Varonis, Purview) write
/// the documents a person is the subject of.
pub(super) fn underscore_title_at(b: &[u8], i: usize) -> bool {
    let mut k = i;
    while k < b.len() && k - i < 40 && (b[k].is_ascii_alphabetic() || b[k] >= 0x80 || b[k] == b'-')
    {
        k += 1;
    }
    k > i && b.get(k) == Some(&b'.') && document_extension(b, k + 1)
}

/// True if the text that starts at `i` (after a `/`) is the last part of
/// a directory object's path whose container ends in a domain component:
/// Forcepoint's `usrName=LDAP://10.0.0.1 OU=Users,DC=corp/Anna Berg`, an
/// ADsPath's leaf, which directories write as the user's display name.
pub(super) fn directory_leaf_at(b: &[u8], i: usize) -> bool {
    // The last `=` before the `/` is the domain component's (`DC=corp`,
    // `DC\=corp` escaped), and no value ends between them.
    let before = &b[i.saturating_sub(160)..i - 1];
    let Some(eq) = memchr::memrchr(b'=', before) else {
        return false;
    };
    let key = &before[..eq];
    let key = key.strip_suffix(b"\\").unwrap_or(key);
    key.len() >= 2
        && key[key.len() - 2..].eq_ignore_ascii_case(b"DC")
        && !before[eq..]
            .iter()
            .any(|&x| matches!(x, b'\t' | b'\n' | b'"' | b' '))
        && !b[i..]
            .iter()
            .take_while(|&&x| !matches!(x, b'\t' | b'\n' | b'\r' | b'"' | b'|' | b'^'))
            .any(|&x| x == b'/')
}

/// True if the path segment that ends at `e` (before a `/` or `\`) is a
/// root of per-user folders, whose folders are named after their users:
/// Delinea Secret Server's `Personal Folders\Anna Berg`, Dropbox's
/// `/Personal/Anna Berg - avtal`, `C:\Users\Anna Berg`, `/home/`, `Hem\`.
/// What follows may start a name; the name rules still decide.
pub(super) fn user_root_before(b: &[u8], e: usize) -> bool {
    const ROOTS: [&[u8]; 13] = [
        b"personal folders",
        b"personal",
        b"users",
        b"home",
        b"homes",
        b"hem",
        b"hemkataloger",
        b"profiles",
        b"privat",
        b"private",
        b"medarbetare",
        b"employees",
        b"ansatte",
    ];
    // A JSON or C string doubles the backslash (`Personal Folders\\Anna`).
    let mut e = e;
    while e > 0 && b[e - 1] == b'\\' {
        e -= 1;
    }
    let head = &b[..e];
    ROOTS.iter().any(|r| {
        head.len() >= r.len()
            && head[head.len() - r.len()..].eq_ignore_ascii_case(r)
            && !head[..head.len() - r.len()]
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80)
    })
}

/// True if the path segment that starts at `i` (after a `/` or `\`) is a
/// document's file name with a space in it: `/sites/HR/Personalakter/Åsa
/// Näslund (19…).pdf`, `\\fs01\Hem\x\Lön 2026 王丽娟.xlsx`, as file-share,
/// SharePoint and DLP audits (Varonis, Netwrix, Purview, Windows 5145)
/// write the object a person's document is. A directory or a file name
/// without a space (`/home/Anna/`, `/Reports/Q1.pdf`) stays.
pub(super) fn document_title_at(b: &[u8], i: usize) -> bool {
    let mut space = false;
    for k in i..b.len().min(i + 120) {
        match b[k] {
            b' ' => space = true,
            b'/' | b'\\' | b'"' | b'\n' | b'\r' | b'\t' | b'|' | b'=' | b';' => return false,
            b'.' if space && document_extension(b, k + 1) => return true,
            _ => {}
        }
    }
    false
}

/// True if a name may end at `j`: what follows does not glue it into an
/// identifier (`Karin.Eriksson`, `Karin@`, `Karin_1`, `Anna=`).
pub(super) fn end_ok(b: &[u8], j: usize) -> bool {
    let Some((c, n)) = decode(b, j) else {
        return true;
    };
    if c.is_whitespace() {
        return true;
    }
    match c {
        // `،` and `؛`: the Arabic comma and semicolon (`مرحبا Hiba،`).
        ',' | ';' | ')' | ']' | '}' | '"' | '>' | '!' | '?' | '|' | '”' | '»' | '،' | '؛' => {
            true
        }
        // A directory name's escaped comma (`CN=Rahimi\, Farhad,OU=...`,
        // JSON-escaped `\\,`).
        '\\' => escaped_comma(b, j).is_some(),
        '\'' | '’' => true,
        // The `&` between two fields of a query or form body
        // (`text=Hej+jag+heter+Åsa+Löfgren&type=text`).
        '&' => form_field_at(b, j + 1),
        // A closing tag: the name ends an element's text
        // (`<saml2:AttributeValue>Bożena Grzybowski</saml2:AttributeValue>`,
        // `<p>Mvh Idun Ekdahl</p>`).
        '<' => b.get(j + 1) == Some(&b'/'),
        '.' | ':' => match decode(b, j + n) {
            None => true,
            Some((d, _)) => {
                d.is_whitespace()
                    || matches!(d, '"' | '\'' | ')' | ',')
                    || (c == '.' && document_extension(b, j + n))
            }
        },
        _ => false,
    }
}

/// True if a query's or form body's next field starts at `k`: a key of
/// up to 40 letters, digits, `_`, `-` or `.` that starts with a letter,
/// then `=`.
pub(super) fn form_field_at(b: &[u8], k: usize) -> bool {
    if !b.get(k).is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    b[k..]
        .iter()
        .take(41)
        .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')))
        .is_some_and(|e| b[k + e] == b'=')
}

/// At `j`, a backslash-escaped comma and a space, as an LDAP distinguished
/// name escapes the comma of `Last, First` (RFC 4514: `Rahimi\, Farhad`),
/// once or, inside a JSON string, twice (`Rahimi\\, Farhad`): where the
/// word after it starts.
pub(super) fn escaped_comma(b: &[u8], j: usize) -> Option<usize> {
    let rest = b.get(j..)?;
    if rest.starts_with(b"\\, ") {
        Some(j + 3)
    } else if rest.starts_with(b"\\\\, ") {
        Some(j + 4)
    } else {
        None
    }
}

/// True if a document's file extension starts at `k` and ends its name
/// (`pdf`, `docx`, `xlsx`, `jpg`, and `zip`, the archive a document is
/// mailed and downloaded in, before a quote, a space, a comma or
/// the end): the name before it is the document's title, and titles name
/// the people documents are about (`Beslut LSS Karin Eriksson.pdf`, in
/// print, DLP and file-share audit logs), which `Karin.Eriksson` does not
/// make a login of.
pub(super) fn document_extension(b: &[u8], k: usize) -> bool {
    const EXT: [&[u8]; 18] = [
        b"pdf", b"doc", b"docx", b"odt", b"rtf", b"txt", b"xls", b"xlsx", b"ods", b"csv", b"ppt",
        b"pptx", b"msg", b"eml", b"jpg", b"jpeg", b"png", b"zip",
    ];
    let mut e = k;
    while e < b.len() && e - k < 5 && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    let ends = b.get(e).is_none_or(|&x| {
        !(x.is_ascii_alphanumeric() || x >= 0x80 || matches!(x, b'_' | b'.' | b'@'))
    });
    ends && EXT.iter().any(|x| b[k..e].eq_ignore_ascii_case(x))
}

/// Lower-cases `b[s..e]` for lookup into `buf` (Unicode full lowercase,
/// U+0307 dropped so Turkish `İ` matches `i`, `’` read as `'`).
pub(super) fn key<'a>(b: &[u8], s: usize, e: usize, buf: &'a mut [u8; MAX_KEY]) -> Option<&'a str> {
    let mut n = 0;
    let mut i = s;
    while i < e {
        let (c, len) = decode(b, i)?;
        i += len;
        if c.is_ascii() {
            *buf.get_mut(n)? = (c as u8).to_ascii_lowercase();
            n += 1;
            continue;
        }
        let c = if c == '’' { '\'' } else { c };
        for l in c.to_lowercase() {
            if l == '\u{307}' {
                continue;
            }
            let w = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + w)?);
            n += w;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Lower-case particles that join the words of a name.
pub(super) fn particle(k: &str) -> bool {
    matches!(
        k,
        "van"
            | "von"
            | "de"
            | "der"
            | "den"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "das"
            | "du"
            | "la"
            | "le"
            | "af"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "ben"
            | "abu"
            | "ter"
            | "ten"
            | "zu"
            | "y"
            | "ould"
            | "ap"
            | "بن"
            | "ابن"
            | "بنت"
            | "أبو"
            | "ابو"
            | "آل"
            | "عبد"
    )
}

/// Endings that only surnames have (`-sson`, `-ović`, `-ski`, `-oğlu`,
/// `-zadeh`, `-nen`, ...), for words of five or more letters.
fn surname_shaped(k: &str) -> bool {
    const ENDS: [&str; 34] = [
        "sson", "ström", "strom", "gren", "qvist", "kvist", "ović", "ovic", "ević", "evic", "vić",
        "ski", "ska", "cki", "cka", "wicz", "oğlu", "oglu", "zadeh", "pour", "inen", "enko",
        "escu", "poulos", "akis", "dóttir", "dottir", "yan", "ian", "ović", "sen", "berg", "lund",
        "holm",
    ];
    k.chars().count() >= 5 && ENDS.iter().any(|e| k.ends_with(e))
}

/// Prefixes that make a lower-case word an Arabic family name (`al-Farsi`).
pub(super) fn arabic_prefix(k: &str) -> bool {
    ["al-", "el-", "ul-", "bin-", "ibn-", "abu-", "ben-"]
        .iter()
        .any(|p| k.len() > p.len() + 1 && k.starts_with(p))
}

/// Fills `w.flags`.
pub(super) fn look_up(b: &[u8], w: &mut Word) {
    if w.looked_up {
        return;
    }
    w.looked_up = true;
    let mut buf = [0u8; MAX_KEY];
    let Some(k) = key(
        b,
        w.start,
        if w.initial { w.end - 1 } else { w.end },
        &mut buf,
    ) else {
        return;
    };
    if w.initial {
        return;
    }
    if particle(k) {
        // `عبد العزيز` (Abd al-Aziz) is one given name in two words: its
        // first word starts a name, and is no particle there.
        w.particle = !(w.case == Case::Caseless && matches!(k, "عبد" | "أبو" | "ابو"));
        if !w.particle {
            w.flags = GIVEN;
        }
        return;
    }
    let mut f = flags(k);
    if arabic_prefix(k) {
        f |= SURNAME;
        w.prefixed = true;
    } else if f == 0 && k.contains(['-', '\'']) {
        // `Anna-Karin`, `Eriksson-Lind`, `O'Brien`: the parts decide.
        let mut parts = k.split(['-', '\'']).filter(|p| p.chars().count() > 1);
        let first = parts.next().map_or(0, flags);
        let last = parts.next_back().map_or(first, flags);
        f = (first & GIVEN) | ((first | last) & SURNAME) | (first & last & COMMON);
    }
    if f & SURNAME == 0 && surname_shaped(k) {
        f |= SURNAME;
    }
    w.flags = f;
}

/// A word that is no one's name: common in logs and in no name list.
pub(super) fn plain_common(w: &Word) -> bool {
    w.flags & COMMON != 0 && w.flags & (GIVEN | SURNAME) == 0
}

/// A given name that is not also a common word.
pub(super) fn strong_given(w: &Word) -> bool {
    w.flags & GIVEN != 0 && w.flags & COMMON == 0
}
