//! A run of name-shaped words in free text and the rules that make it a
//! name ([`at`]): gazetteer, surname and family-name-first orders, cues.

use super::cue::{
    Cue, back_over_separators, closes_greeting, closing_before, cue_before, ends_message, framed,
    greeting_before, signature_before,
};
use super::gazetteer::{COMMON, FAMILY_FIRST, GIVEN, MAX_KEY, SURNAME};
use super::word::{
    Case, Word, arabic_prefix, end_ok, key, letters_end, look_up, particle, plain_common, start_ok,
    strong_given, word,
};

/// The most words (particles and initials included) one name takes.
const MAX_WORDS: usize = 7;

/// The name that starts at `i`, if any: its byte range. `i` is where the
/// scan loop found a char for which [`may_start`] holds.
pub(crate) fn at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    // `\\fs01\Personal\Marjatta Lehtonen\Lönespec.pdf`: a folder under a
    // root of per-user folders ends at the next `\` or `/`, as a name ends
    // at the end of the text.
    let b = user_folder(b, i).unwrap_or(b);
    let found = at_words(b, i);
    if found.is_none() && i > 0 && matches!(b[i - 1], b',' | b';' | b'\t' | b'|') {
        return cell_pair(b, i);
    }
    found
}

/// The name that starts at `i` by its words and their context.
fn at_words(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if let Some(s) = super::script::script_at(b, i) {
        return super::script::at(b, i, s);
    }
    if !start_ok(b, i) {
        return None;
    }
    let first = word(b, i)?;
    if first.case == Case::Lower || first.initial && !matches!(b.get(first.end), Some(b' ')) {
        return None;
    }
    // Before `end_ok`: `Csabas_iPad` goes on after the word.
    if let Some(e) = device_owner(b, &first) {
        return Some((i, e));
    }
    if b.get(first.end) == Some(&b'_') {
        return underscore_title_name(b, first.end);
    }
    if !end_ok(b, first.end) {
        return None;
    }
    // The run of name-shaped words from here. Most runs end after the
    // first word (`Failed password`, `Mar 12`).
    let Some(second) = next_word(b, &first, &first) else {
        let mut w = first;
        return decide(b, std::slice::from_mut(&mut w));
    };
    let mut words = [first; MAX_WORDS];
    words[1] = second;
    let mut n = 2;
    while n < MAX_WORDS {
        let Some(w) = next_word(b, &first, &words[n - 1]) else {
            break;
        };
        words[n] = w;
        n += 1;
    }
    decide(b, &mut words[..n])
}

/// The name that ends a document's file name whose parts are joined by
/// `_` (`Kunder_Räsänen.xlsx`), from the `_` at `u` on: the last part, if
/// [`alone`] takes it.
fn underscore_title_name(b: &[u8], u: usize) -> Option<(usize, usize)> {
    let mut k = u;
    let mut last = u;
    while k < b.len() && k - u < 80 {
        match b[k] {
            b'_' => last = k,
            b'.' => break,
            c if c.is_ascii_alphanumeric() || c >= 0x80 || c == b'-' => {}
            _ => return None,
        }
        k += 1;
    }
    if !super::word::underscore_title_at(b, last + 1) {
        return None;
    }
    let mut w = word(b, last + 1)?;
    alone(b, &mut w)
}

/// Device words that follow an owner's name, as written; `MBP` and `MBA`
/// are a MacBook Pro's and Air's short names in host names
/// (`Jianguos-MBP`).
const DEVICES: [&[u8]; 31] = [
    b"iPhone",
    b"iPad",
    b"iPod",
    b"MacBook",
    b"MBP",
    b"MBA",
    b"iMac",
    b"Mac",
    b"Apple Watch",
    b"Watch",
    b"AirPods",
    b"Galaxy",
    b"Pixel",
    b"Android",
    b"Surface",
    b"Laptop",
    b"laptop",
    b"Desktop",
    b"PC",
    b"Phone",
    b"Tablet",
    b"Chromebook",
    b"ThinkPad",
    // A laptop and a notebook in asset naming (`Haidar-LT`, `Ingeborg-NB`).
    b"LT",
    b"NB",
    // Phones of the makers whose default names carry no owner until one
    // renames them (`Kjells Xperia 10 V`, `Sahras OnePlus 12`).
    b"Xperia",
    b"OnePlus",
    b"Redmi",
    b"Xiaomi",
    b"Huawei",
    b"Fairphone",
];

/// True if a device word starts at `d` and no letter goes on after it
/// (`iPad`, `Pixel-8`; not `Macintosh`, `MacLeod`). `any_case`
/// also takes `ipad`, `IPHONE`.
pub(super) fn device_at(b: &[u8], d: usize, any_case: bool) -> bool {
    let Some(&c) = b.get(d) else {
        return false;
    };
    // Most words start with none of the devices' first letters: one test
    // before the list.
    if !matches!(
        c.to_ascii_lowercase(),
        b'i' | b'm'
            | b'a'
            | b'w'
            | b'g'
            | b'p'
            | b's'
            | b'l'
            | b'd'
            | b't'
            | b'c'
            | b'n'
            | b'x'
            | b'o'
            | b'r'
            | b'h'
            | b'f'
    ) {
        return false;
    }
    let rest = &b[d..];
    DEVICES.iter().any(|dev| {
        let head = rest.get(..dev.len());
        let hit = match head {
            Some(h) if any_case => h.eq_ignore_ascii_case(dev),
            Some(h) => h == *dev,
            None => false,
        };
        hit && !rest
            .get(dev.len())
            .is_some_and(|&x| x.is_ascii_alphabetic() || x >= 0x80)
    })
}

/// The owner's given name in a device's default name: `Annas iPhone`,
/// `Anna's MacBook Pro`, `Jonas iPad`, `Csabas-iPad`, `Dong-hyun-Galaxy`,
/// `Stavros_PC`, `JonasiPhone`, `AnnasMacBook` (Apple, Android and Windows
/// name a device after its owner, and DHCP host names keep it). Returns
/// the end of the name without the genitive `s` or `'s`, when the word or
/// its stem is a given name; the device word stays.
fn device_owner(b: &[u8], first: &Word) -> Option<usize> {
    if first.case != Case::Cap {
        return None;
    }
    let s = first.start;
    let mut q = letters_end(b, s);
    // Up to three parts of a hyphenated given name (`Dong-hyun-Galaxy`,
    // `Gustav-Åsa-iPhone`).
    for part in 0..3 {
        let (g, after) = if b[q..].starts_with(b"'s") {
            (q, q + 2)
        } else if b[q..].starts_with("’s".as_bytes()) {
            (q, q + 4)
        } else {
            (q, q)
        };
        let apostrophe = after != q;
        let device = match b.get(after) {
            Some(b' ') => device_at(b, after + 1, false),
            Some(b'-' | b'_') => device_at(b, after + 1, true),
            _ => false,
        };
        if device {
            let personal = personal_device_at(b, after + 1);
            return owner(b, s, g, apostrophe, personal);
        }
        if part == 0 && !apostrophe {
            // CamelCase: `JonasiPhone`, `AnnasMacBook`, `KarinsPC`.
            if let Some(u) = (s + 1..q).find(|&k| b[k].is_ascii_uppercase()) {
                let d = if b[u - 1] == b'i' && u - 1 > s {
                    u - 1
                } else {
                    u
                };
                return if device_at(b, d, false) {
                    owner(b, s, d, false, false)
                } else {
                    None
                };
            }
        }
        if apostrophe || b.get(q) != Some(&b'-') || letters_end(b, q + 1) == q + 1 {
            return None;
        }
        q = letters_end(b, q + 1);
    }
    None
}

/// The end of the owner `b[s..e]` before a device word, if it is a given
/// name: the whole word (`Jonas`, `Annas` when the list has it) or its
/// stem before a genitive `s` (`Csabas`). A word that is common in logs
/// (`Sales`, `Store`, `Sofia`) is an owner only with an apostrophe
/// (`Sofia's MacBook`).
///
/// Before a phone, tablet or laptop its maker names after the owner by
/// default (`personal`: Apple's `Jericho's iPhone`, Google's `Ánde's Pixel
/// 8`, Samsung's `Efua's Galaxy S23`), a genitive's apostrophe says the
/// word is an owner's name even if no list has it, unless it is a word
/// common in logs (`Sales`). Without the apostrophe (`Jerichos-iPhone`) the
/// stem must be a known given name: `Konferens iPad` is a room's.
fn owner(b: &[u8], s: usize, e: usize, apostrophe: bool, personal: bool) -> Option<usize> {
    let mut buf = [0u8; MAX_KEY];
    // A genitive the list holds only without its diacritics (`Örjans`,
    // read as `orjans`) is still the genitive of a listed name (`Örjan`).
    if !apostrophe
        && e - s > 3
        && b[e - 1] == b's'
        && key(b, s, e, &mut buf).is_some_and(|k| super::gazetteer::flags_exact(k) == 0)
    {
        let f = key(b, s, e - 1, &mut buf).map_or(0, super::gazetteer::flags_exact);
        if f & GIVEN != 0 && f & COMMON == 0 {
            return Some(e - 1);
        }
    }
    let f = key(b, s, e, &mut buf).map_or(0, owner_flags);
    if f & GIVEN != 0
        && (f & COMMON == 0
            || apostrophe
            || key(b, s, e, &mut buf).is_some_and(super::gazetteer::person_first))
    {
        return Some(e);
    }
    if apostrophe {
        return (personal && f & COMMON == 0 && e - s >= 3).then_some(e);
    }
    // `Kiduss-MBP`, `Somchais-MacBook-Pro`: macOS names a Mac after its
    // owner's `Kidus's MacBook Pro` and drops the apostrophe from the host
    // name; before a device its maker names so, joined by `-`, the
    // genitive of a name no list holds is still an owner's (no common
    // word, neither with nor without its `s`).
    if personal && b.get(e) == Some(&b'-') && e - s >= 5 && b[e - 1] == b's' && f & COMMON == 0 {
        let stem = key(b, s, e - 1, &mut buf).map_or(0, owner_flags);
        if stem & COMMON == 0 {
            return Some(e - 1);
        }
    }
    if f & COMMON != 0 || e - s <= 3 || b[e - 1] != b's' {
        return None;
    }
    let f = key(b, s, e - 1, &mut buf).map_or(0, owner_flags);
    (f & GIVEN != 0 && f & COMMON == 0).then_some(e - 1)
}

/// True if a device its maker names after its owner by default starts at
/// `d`: an iPhone, iPad, MacBook, iMac, Pixel or Galaxy (not a `PC` or a
/// `Laptop`, which IT departments name after rooms and functions too).
fn personal_device_at(b: &[u8], d: usize) -> bool {
    let rest = &b[d.min(b.len())..];
    [
        b"iPhone".as_slice(),
        b"iPad",
        b"MacBook",
        b"MBP",
        b"MBA",
        b"iMac",
        b"Pixel",
        b"Galaxy",
    ]
    .iter()
    .any(|p| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p))
}

/// The gazetteer flags of an owner's name; a hyphenated one not in the
/// list (`dong-hyun`) is a given name when its first part is one and no
/// part is a common word (not `conference-room`).
fn owner_flags(k: &str) -> u8 {
    let f = super::gazetteer::flags(k);
    if f != 0 || !k.contains('-') {
        return f;
    }
    let mut parts = k.split('-');
    let first = parts.next().map_or(0, super::gazetteer::flags);
    if parts.any(|p| super::gazetteer::flags(p) & COMMON != 0) {
        return COMMON;
    }
    first
}

/// The word after one or two spaces from the end of `prev` that can
/// continue a run that starts with `first`.
///
/// A name may change script once, between its first and second word: a
/// given name in Arabic script before a surname in Latin letters (`يوسف
/// Nasrallah`, `فاطمة Abu Khalil`) or the other way round (`Rania حداد`), as
/// directories and forms fed by two alphabets write them. The Latin part
/// then follows the rules of a run that starts in Latin letters.
#[inline]
fn next_word(b: &[u8], first: &Word, prev: &Word) -> Option<Word> {
    let e = prev.end;
    let mut k = e;
    while k < b.len() && b[k] == b' ' && k - e < 2 {
        k += 1;
    }
    if k == e || k >= b.len() {
        return None;
    }
    if first.case == Case::Cap {
        if let Some(w) = joiner(b, prev, k) {
            return Some(w);
        }
    }
    let w = word(b, k)?;
    let second = prev.start == first.start;
    // The case the run's Latin words follow: the first word's, or a
    // capitalised one after an Arabic given name.
    let lead = if first.case == Case::Caseless && prev.case != Case::Caseless {
        Case::Cap
    } else {
        first.case
    };
    let fits = match (lead, w.case) {
        (Case::Caseless, Case::Caseless) => true,
        (Case::Caseless, c) => second && matches!(c, Case::Cap | Case::Upper),
        (_, Case::Caseless) => second && first.case == Case::Cap,
        _ if prev.case == Case::Caseless => false,
        // Capitals take no particles (`REGISTER from`).
        (Case::Upper, Case::Lower) => false,
        // Most runs end here, at a lower-case word (`Failed password`).
        (_, Case::Lower) => joins_lower(b, &w),
        _ => true,
    };
    (fits && end_ok(b, w.end)).then_some(w)
}

/// A particle that [`word`] does not read as a word, at `k` after `prev`:
/// Dutch `'t` (`het`) after `van` (`Femke van 't Hof`, `Joost van 't
/// Veer`) and German `und` between `von` and `zu` (`Hans von und zu
/// Liechtenstein`).
fn joiner(b: &[u8], prev: &Word, k: usize) -> Option<Word> {
    let p = &b[prev.start..prev.end];
    let rest = &b[k..];
    let len = if (rest.starts_with(b"'t ") || rest.starts_with("’t ".as_bytes()))
        && p.eq_ignore_ascii_case(b"van")
    {
        rest.iter().position(|&c| c == b' ')?
    } else if rest.starts_with(b"und zu ") && p.eq_ignore_ascii_case(b"von") {
        3
    } else {
        return None;
    };
    Some(Word {
        start: k,
        end: k + len,
        case: Case::Lower,
        initial: false,
        particle: true,
        prefixed: false,
        flags: 0,
        looked_up: true,
    })
}

/// Where a surname's particles start, before the surname at `s`: `van`,
/// `van der`, `van 't`, `de la`, `Abu`, `Al` (`van Dijk, Maarten`, `Abu
/// Khalil, Haidar`, `de la Cruz, María`); `s` if none stands there.
fn particles_before(b: &[u8], s: usize) -> usize {
    let mut k = s;
    for _ in 0..3 {
        if k < 2 || b[k - 1] != b' ' {
            break;
        }
        let e = k - 1;
        let mut j = e;
        while j > 0 && (b[j - 1].is_ascii_alphabetic() || b[j - 1] >= 0x80 || b[j - 1] == b'\'') {
            j -= 1;
        }
        if j == e || e - j > 12 || (j > 0 && !matches!(b[j - 1], b' ' | b'"' | b'(' | b':' | b'='))
        {
            break;
        }
        let t = &b[j..e];
        let mut buf = [0u8; MAX_KEY];
        let ok = t == b"'t"
            || t == "’t".as_bytes()
            || key(b, j, e, &mut buf)
                .is_some_and(|x| particle(x) || x == "ní" || x == "nic" || x == "ó");
        if !ok {
            break;
        }
        k = j;
    }
    k
}

/// The scan loop's test for an ASCII word `b[i..j]` that starts with a
/// capital: false where [`at`] is sure to find nothing, without looking
/// the word up. `b[j]` is not an ASCII letter, digit or `_`.
#[inline]
pub(crate) fn ascii_candidate(b: &[u8], i: usize, j: usize) -> bool {
    let after = b.get(j).copied().unwrap_or(0);
    let may_follow = matches!(
        after,
        0 | b' '
            | b'\t'
            | b'\n'
            | b'\r'
            | 0x0b
            | 0x0c
            | b','
            | b';'
            | b':'
            | b'.'
            | b')'
            | b']'
            | b'}'
            | b'"'
            | b'\''
            | b'-'
            | b'>'
            | b'!'
            | b'?'
            | b'|'
            | b'('
    ) || after >= 0x80
        || (after == b'\\' && super::word::escaped_comma(b, j).is_some())
        || (after == b'&' && super::word::form_field_at(b, j + 1))
        || (after == b'<' && b.get(j + 1) == Some(&b'/'));
    // A word that ends in a digit or `_` (`SHA256`, `Host_1`) is no name.
    if !may_follow || !b[j - 1].is_ascii_alphabetic() {
        return false;
    }
    // `Kunder_Bakri.xlsx`: a document's file name may end in a name.
    if after == b'.' && memchr::memchr(b'_', &b[i..j]).is_some() {
        return true;
    }
    if after >= 0x80 {
        return true;
    }
    let next = b.get(j + 1).copied().unwrap_or(0);
    if j - i >= 2 && b[i..j].iter().all(u8::is_ascii_uppercase) {
        // A word in capitals (`INFO:`, `REGISTER from`, `TCP 22`) is a
        // name only before another word in capitals or as a display name.
        return match after {
            b'"' | b'\'' | b')' | b'-' => true,
            b' ' => !(next.is_ascii_lowercase() || next.is_ascii_digit()),
            // `HÅKANSSON, ERIK`: a surname in capitals, a comma and a given
            // name in capitals (`surname_comma_given` decides).
            // `ÅKERLUND, Signe`, `JANKOWSKI, Łukasz`, `HÄGGLUND; Bengt`.
            b',' | b';' => {
                next == b' '
                    && b.get(j + 2)
                        .is_some_and(|&c| c.is_ascii_uppercase() || c >= 0x80)
            }
            b'\\' => true,
            _ => false,
        };
    }
    // One word alone (`Mar 12`, `Failed password`) is a name only in a
    // frame or after a cue, and a cue is a word.
    let alone = match after {
        b' ' => {
            (next < 0x80 && !next.is_ascii_alphabetic() && !matches!(next, b' ' | b'<'))
                || (next.is_ascii_lowercase() && !PARTICLE_START[usize::from(next - b'a')])
        }
        b',' | b'-' | b'\'' => false,
        // `Sjögren; Arvid`: `surname_comma_given` decides.
        b';' => next != b' ',
        // An initial: `J. Ødegård`.
        b'.' => !(j - i == 1 && next == b' '),
        _ => true,
    };
    if !alone || matches!(i.checked_sub(1).map(|p| b[p]), Some(b'"' | b'\'' | b'(')) {
        return true;
    }
    let (e, _) = back_over_separators(b, i);
    e > 0
        && (b[e - 1].is_ascii_alphabetic()
            || matches!(b[e - 1], b'_' | b'-') || b[e - 1] >= 0x80
            // `..., Karin` and `... /Karin` ending a message: a signature.
            || (matches!(b[e - 1], b',' | b'/') && super::cue::ends_message(b, j))
            // `Sveiki, Drita!`, `Hola, Itziar,`: a salutation and a comma
            // before whom it greets.
            || (b[e - 1] == b','
                && matches!(after, b'!' | b',')
                && e >= 2
                && (b[e - 2].is_ascii_alphabetic() || b[e - 2] >= 0x80)))
}

/// First letters of the lower-case words that may join a name (particles
/// and `al-`, `bin-` prefixes), indexed from `a`.
static PARTICLE_START: [bool; 26] = {
    let mut t = [false; 26];
    let s = b"abdeilotuvyz";
    let mut k = 0;
    while k < s.len() {
        t[(s[k] - b'a') as usize] = true;
        k += 1;
    }
    t
};

/// True if the lower-case word `w` may stand inside a name: a particle
/// (`van`, `af`, `bin`) or an `al-` name.
fn joins_lower(b: &[u8], w: &Word) -> bool {
    if w.end - w.start > 12 {
        return false;
    }
    let mut buf = [0u8; MAX_KEY];
    key(b, w.start, w.end, &mut buf).is_some_and(|k| particle(k) || arabic_prefix(k))
}

/// A word after which capitalised words are a company's name, not a
/// person's.
fn organisation(b: &[u8], w: &Word) -> bool {
    let mut buf = [0u8; MAX_KEY];
    key(b, w.start, w.end, &mut buf).is_some_and(|k| {
        matches!(
            k,
            "ab" | "inc"
                | "ltd"
                | "llc"
                | "gmbh"
                | "corp"
                | "co"
                | "plc"
                | "oy"
                | "oyj"
                | "as"
                | "asa"
                | "aps"
                | "sa"
                | "nv"
                | "bv"
                | "ag"
                | "kg"
                | "group"
                | "holding"
                | "bank"
                | "sverige"
                | "sweden"
                | "norge"
                | "norway"
                | "danmark"
                | "finland"
                | "company"
                | "corporation"
                | "incorporated"
                | "limited"
                | "foundation"
                | "stiftelse"
                | "kommun"
                | "region"
                | "university"
                | "universitet"
        )
    })
}

/// A word that confirms the given or family name next to it: a known
/// surname or given name that is not also a common word.
fn confirms(w: &Word) -> bool {
    w.flags & (GIVEN | SURNAME) != 0 && w.flags & COMMON == 0
}

/// Applies the rules to the run `ws` (its first word starts the name).
fn decide(b: &[u8], ws: &mut [Word]) -> Option<(usize, usize)> {
    if ws.len() == 1 {
        // One word: only `Surname, Given`, a cue or a frame makes it a name.
        if let Some(r) = surname_comma_given(b, &mut ws[0]) {
            return Some(r);
        }
        return alone(b, &mut ws[0]);
    }
    for w in ws.iter_mut() {
        look_up(b, w);
    }
    // The longest prefix of words that can all belong to a name: no common
    // word, no particle or initial at its end, lower case only for particles
    // and `al-` names, and capitals throughout if it starts in capitals.
    let upper = ws[0].case == Case::Upper;
    let mut run = 0;
    // Indices of the name words (not particles or initials) in the run.
    let mut names = [0usize; 4];
    let mut count = 0;
    // `ZÊBARÎ Şirin`, `VON WEIZSÄCKER Lukas`: a surname in capitals, then
    // a known given name, as registers and EU forms write a name.
    let mut caps_then_given = false;
    for (k, w) in ws.iter().enumerate() {
        let joiner = w.particle || w.initial;
        if w.case == Case::Lower && !(w.particle || w.prefixed) {
            break;
        }
        if joiner {
            // A particle starts no name, unless in capitals before a
            // surname in capitals (`VON WEIZSÄCKER Lukas`).
            if k == 0 && w.particle && !(upper && !w.initial && ws.len() > 2) {
                return None;
            }
            continue;
        }
        if upper && w.case == Case::Cap {
            if count > 0 && strong_given(w) && !plain_common(w) {
                names[count] = k;
                count += 1;
                run = k + 1;
                caps_then_given = true;
            }
            break;
        }
        if plain_common(w) {
            break;
        }
        // After a capitalised word, short or common capitals are an acronym
        // (`Travis CI`, `Karin ERROR`); longer ones a surname (`Jean DUPONT`).
        if k > 0
            && ws[0].case == Case::Cap
            && w.case == Case::Upper
            && !(w.end - w.start >= 3 && w.flags & COMMON == 0)
        {
            break;
        }
        // `Cardholder: Ekström, Kjell Badge: B893785`: a word that is no
        // known name, glued to a colon after a name, is the next value's key.
        if k > 0 && b.get(w.end) == Some(&b':') && w.flags & (GIVEN | SURNAME) == 0 {
            break;
        }
        names[count] = k;
        count += 1;
        run = k + 1;
        if count == names.len() {
            break;
        }
    }
    if ws[..(run + 1).min(ws.len())]
        .iter()
        .any(|w| organisation(b, w))
    {
        // `Ericsson AB`, `Chase Bank`: a company, not a person.
        return None;
    }
    if caps_then_given {
        // The capitals are a surname, not an acronym or a log level: no
        // common word, two letters or more, and a cue before it, or four
        // letters or more with a vowel (`TAMM Aivar`, not `VPN Karin`,
        // `SIP Maria` or `INFO Anna`; `LI Wei` needs its cue).
        let (start, end) = (ws[0].start, ws[run - 1].end);
        let cue = cue_before(b, start) >= Cue::Weak;
        let surname_ok = names[..count - 1].iter().all(|&k| {
            let w = &ws[k];
            let n = w.end - w.start;
            let vowel = b[w.start..w.end]
                .iter()
                .any(|c| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y') || *c >= 0x80);
            w.flags & COMMON == 0 && n >= 2 && (cue || (n >= 4 && vowel))
        });
        return surname_ok.then_some((start, end));
    }
    if ws[0].initial {
        // `J. Ødegård`, `A. de Vries`: initials, then a known surname (any
        // capitalised word after a cue or as a display name).
        let first = names[..count].first().map(|&k| &ws[k])?;
        let (start, end) = (ws[0].start, ws[run - 1].end);
        let surname = first.flags & SURNAME != 0 && first.flags & COMMON == 0;
        let ok = first.case == Case::Cap
            && (surname || cue_before(b, start) >= Cue::Medium || framed(b, start, end));
        return ok.then_some((start, end));
    }
    if count < 2 {
        return alone(b, &mut ws[0]);
    }
    let (start, end) = (ws[0].start, ws[run - 1].end);
    let head = ws[0];
    let second = ws[names[1]];
    let rest = || names[1..count].iter().map(|&k| &ws[k]);
    // A given name, then a surname-like word.
    if head.flags & GIVEN != 0 {
        let ok = match head.case {
            Case::Caseless => {
                second.flags & COMMON == 0
                    && (strong_given(&head) || (confirms(&second) || article_family(b, &second)))
            }
            // `skickat av AZAD KURDO`, `heter TUĞBA YILMAZ`: after a cue, a
            // given name in capitals and a surname-shaped word in capitals
            // the list does not know (four letters or more with a vowel).
            Case::Upper => {
                confirms(&second)
                    || (strong_given(&head)
                        && !plain_common(&head)
                        && second.case == Case::Upper
                        && second.flags & COMMON == 0
                        && caps_surname(b, &second)
                        && cue_before(b, start) >= Cue::Weak)
            }
            // A given name that is also a common word (`North`, `Will`)
            // needs a known surname after it: `North Wing` is a place.
            _ if head.flags & COMMON != 0 => confirms(&second) && second.flags & SURNAME != 0,
            _ => strong_given(&head) || confirms(&second),
        };
        if ok {
            return Some((start, end));
        }
    }
    // A family name first: `Nguyễn Văn An`, `Nagy László`, `ERIKSSON KARIN`.
    if head.flags & SURNAME != 0 {
        // A family name that is also a common word (`He`, `Long`, `Do`)
        // needs a cue.
        let family_first = head.flags & FAMILY_FIRST != 0 && rest().any(|w| w.flags & GIVEN != 0);
        if head.flags & COMMON == 0 && (family_first || strong_given(&second)) {
            return Some((start, end));
        }
    }
    // `Yuxuan Guo`, `Guo Yuxuan`: a Chinese family name beside a given
    // name in pinyin, which no list holds whole.
    if count == 2 && head.case == Case::Cap && second.case == Case::Cap {
        let family = |w: &Word| w.flags & FAMILY_FIRST != 0 && w.flags & COMMON == 0;
        let pinyin = |w: &Word| {
            let mut buf = [0u8; MAX_KEY];
            w.flags & COMMON == 0
                && key(b, w.start, w.end, &mut buf).is_some_and(super::pinyin::given)
        };
        if (family(&second) && pinyin(&head)) || (family(&head) && pinyin(&second)) {
            return Some((start, end));
        }
    }
    // A cue or a frame around capitalised words: one of them must be a
    // known name, or none of them a common word (`Chukwuemeka Obi`, but not
    // `Max Retries` or `Chase Bank`).
    let known = names[..count].iter().any(|&k| confirms(&ws[k]));
    let unknown = names[..count].iter().all(|&k| ws[k].flags & COMMON == 0);
    // `Adébáyọ̀ Ogunleye 님`: an honorific after the name is as strong as
    // a cue before it, and so is a salutation before it.
    let cue = if super::cue::honorific_after(b, end)
        || (closes_greeting(b, end) && greeting_before(b, start))
    {
        // `Sveiki, Anna Kalniņa!`: whom a salutation greets, as one word.
        Cue::Strong
    } else {
        cue_before(b, start)
    };
    let ok = match cue {
        Cue::Strong => known || (unknown && !upper),
        Cue::Medium => known,
        Cue::Weak | Cue::None => framed(b, start, end) && (known || (unknown && !upper)),
    };
    ok.then_some((start, end))
}

/// True if `w`, a word in Arabic script, is a family name with the
/// article joined to it (`الجبوري`, `العبيدي`: the article `ال` and three
/// letters or more). After a given name that is also a common word (`نور`,
/// light), such a word makes the pair a name: prose puts the article on a
/// noun after a noun too, but Arabic prose is rare in the logs veil reads
/// and the pair is a name far more often.
fn article_family(b: &[u8], w: &Word) -> bool {
    let t = &b[w.start..w.end];
    t.starts_with("ال".as_bytes())
        && std::str::from_utf8(&t[4..]).is_ok_and(|r| r.chars().count() >= 3)
}

/// True if `w`, a word in capitals, has the shape of a surname: four
/// letters or more, one of them a vowel (`KURDO`, `HEWRAMÎ`; not `VPN`,
/// `SMS`, `HTTP`).
fn caps_surname(b: &[u8], w: &Word) -> bool {
    let t = &b[w.start..w.end];
    let letters =
        std::str::from_utf8(t).map_or(0, |x| x.chars().filter(|c| c.is_alphabetic()).count());
    letters >= 4
        && t.iter()
            .any(|c| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y') || *c >= 0x80)
}

/// One word alone (or the only one of its run that can be a name): a given
/// name after a cue, or in a frame.
fn alone(b: &[u8], w: &mut Word) -> Option<(usize, usize)> {
    if w.particle || w.initial || w.case == Case::Lower {
        return None;
    }
    let framed = framed(b, w.start, w.end);
    if w.case == Case::Upper && !framed {
        // `INFO`, `REGISTER`, `KARIN`: one word in capitals is a name only
        // as a whole display name.
        return None;
    }
    // `Þetta er Eszter, get ekki mætt`, `Ako si Rowena, salamat`, `Sou a
    // Inês.`: the one word after a speaker's introduction that closes its
    // clause is the speaker's name, known or not, in any script with or
    // without case; no common word (`this is Monday, ...`).
    if matches!(w.case, Case::Cap | Case::Caseless)
        && (closes_greeting(b, w.end) || ends_message(b, w.end))
        && super::cue::introduced(b, w.start)
    {
        look_up(b, w);
        if w.flags & COMMON == 0 {
            return Some((w.start, w.end));
        }
    }
    // `Hej Sherko, din tid är bokad`: a salutation's one capitalised word,
    // closed by a comma or `!`, is whom it greets, known name or not.
    // `Merhaba Agnieszka,`, `مرحبا Hiba،`: in any language, and in a
    // script without case.
    if matches!(w.case, Case::Cap | Case::Caseless)
        && closes_greeting(b, w.end)
        && greeting_before(b, w.start)
    {
        look_up(b, w);
        // `Hej Björn!`: a given name that is also a word (`björn`, a bear)
        // is whom a greeting greets too.
        if w.flags & COMMON == 0 || w.flags & GIVEN != 0 {
            return Some((w.start, w.end));
        }
    }
    // `Ring mig på 0736884475 istället, mvh Kerstin`: the one capitalised
    // word after a closing, ending the message, signs it.
    if w.case == Case::Cap && ends_message(b, w.end) && closing_before(b, w.start) {
        look_up(b, w);
        // `mvh Björn`: a given name that is also a word signs too.
        if w.flags & COMMON == 0 || w.flags & GIVEN != 0 {
            return Some((w.start, w.end));
        }
    }
    // `Mitt nya nummer är 070-123 45 67, Karin`, `Avboka min tid /Omar`: a
    // known given name that ends the message after `, ` or ` /` signs it
    // without a closing word; no common word (`..., Stockholm.`).
    if w.case == Case::Cap && ends_message(b, w.end) && signature_before(b, w.start) {
        look_up(b, w);
        if strong_given(w) {
            return Some((w.start, w.end));
        }
    }
    // `Kunder_Räsänen.xlsx`: a document's file name ends in the name of
    // whom it is about: a known surname or given name, no common word.
    if w.case == Case::Cap
        && w.start > 0
        && b[w.start - 1] == b'_'
        && super::word::underscore_title_at(b, w.start)
    {
        look_up(b, w);
        let known = w.flags & (GIVEN | SURNAME) != 0 && w.flags & COMMON == 0;
        return known.then_some((w.start, w.end));
    }
    let (cue, surname_key) = super::cue::cue_and_surname_key(b, w.start);
    // `"efternamn":"Băsescu"`, `(sn=Tegnér)`: one capitalised word under a
    // surname's key, known or not, that is no common word; in a script
    // without case too (`"efternamn":"حداد"`).
    if surname_key && matches!(w.case, Case::Cap | Case::Caseless) {
        look_up(b, w);
        return (w.flags & COMMON == 0).then_some((w.start, w.end));
    }
    // `"efternamn":"de Jong"`, `(sn=van Dijk)`: the surname's particles
    // stand between the key and its capitalised word.
    if w.case == Case::Cap && w.start > 2 && b[w.start - 1] == b' ' && b[w.start - 2] >= b'a' {
        let ps = particles_before(b, w.start);
        if ps < w.start && super::cue::cue_and_surname_key(b, ps).1 {
            look_up(b, w);
            return (w.flags & COMMON == 0).then_some((ps, w.end));
        }
    }
    if !framed && cue <= Cue::Weak {
        return None;
    }
    look_up(b, w);
    // A preposition alone (`with Tansu`, `for Lua`) is too weak for one
    // word: products and places follow it as often as people.
    let ok = strong_given(w) && (framed || (cue >= Cue::Medium && w.case != Case::Upper));
    ok.then_some((w.start, w.end))
}

/// `Eriksson, Karin`: a known surname, a comma and a given name.
///
/// Also in capitals (`HÅKANSSON, ERIK`, as patient and population
/// registers print them), as a surname in capitals before a capitalised
/// given name (`ÅKERLUND, Signe`, as EU forms, bank files and HR exports
/// write it), with a semicolon (`Sjögren; Arvid`, as access-control and
/// HR exports write `Last; First` in comma-separated rows), and with the
/// comma escaped as a directory's distinguished name escapes it
/// (`CN=Rahimi\, Farhad,OU=Users`).
fn surname_comma_given(b: &[u8], w: &mut Word) -> Option<(usize, usize)> {
    if !matches!(w.case, Case::Cap | Case::Upper) {
        return None;
    }
    let sep = b.get(w.end).copied();
    let g_start = if matches!(sep, Some(b',' | b';')) && b.get(w.end + 1) == Some(&b' ') {
        w.end + 2
    } else {
        super::word::escaped_comma(b, w.end)?
    };
    let mut g = word(b, g_start)?;
    // `ÅKERLUND, Signe`: a register's surname in capitals may precede a
    // given name written as usual.
    let caps_cap = w.case == Case::Upper && g.case == Case::Cap;
    if !(g.case == w.case || caps_cap) || !end_ok(b, g.end) {
        return None;
    }
    look_up(b, w);
    // `Caller Park, Ha-eun`, `Klients Long, Wei`: a surname that is also a
    // common word counts after a cue that names a person.
    if w.flags & COMMON != 0
        && !(w.flags & (SURNAME | FAMILY_FIRST) != 0 && cue_before(b, w.start) == Cue::Strong)
    {
        return None;
    }
    // A surname the list does not know counts after a cue (`requested by
    // Bakri, Hassan`, `Innringer Talabani, Sherko`) or as a display name
    // (`"Nieminen, Ville" <sip:…>`): the given name after the comma is the
    // evidence. So does one in capitals before a capitalised given name
    // (`JANKOWSKI, Łukasz`), which has a surname's shape (four letters
    // with a vowel), and a pair that fills a cell of its own
    // (`,Venkataraman; Lakshmi,`).
    // `van Dijk, Maarten`, `Abu Khalil, Haidar`: the surname's particles
    // belong to it, and the cue stands before them.
    let mut s = particles_before(b, w.start);
    // `oprettet af Fernández, Santiago`: a particle that is also a
    // preposition (Danish `af`) is the cue, not part of the surname.
    if s != w.start && cue_before(b, s) < Cue::Weak && cue_before(b, w.start) >= Cue::Weak {
        s = w.start;
    }
    let after_number = paren_after_number(b, s, g.end);
    if w.flags & SURNAME == 0
        && cue_before(b, s) < Cue::Weak
        && !framed(b, s, g.end)
        && !after_number
        && !(caps_cap && caps_surname(b, w))
        && !(w.case == Case::Cap && fills_cell(b, s, g.end))
    {
        return None;
    }
    look_up(b, &mut g);
    // A given name that is also a common word (`Ville`, `Jan`, `Santiago`)
    // counts after a surname the list knows (`Tikkanen, Ville`, `van Dijk,
    // Jan`): the order and the comma are the evidence. A common word
    // before the comma was refused above (`Paris, France`).
    let known_surname = w.flags & SURNAME != 0;
    if !(strong_given(&g) || (known_surname && g.flags & GIVEN != 0)) {
        return None;
    }
    // `Wästerby, Gunnel Ingeborg`: second given names belong to it.
    let mut end = g.end;
    for _ in 0..2 {
        if b.get(end) != Some(&b' ') {
            break;
        }
        let Some(mut n) = word(b, end + 1) else { break };
        if n.case != g.case || !end_ok(b, n.end) {
            break;
        }
        look_up(b, &mut n);
        if !strong_given(&n) {
            break;
        }
        end = n.end;
    }
    Some((s, end))
}

/// True if `b[s..e]` fills the parentheses after a number (`Samtal från
/// 073 594 80 01 (Berg, Anna)`, `Voicemail from 5551234 (Berg, Anna)`): a
/// voicemail's or a missed call's subject names the caller after the
/// number.
fn paren_after_number(b: &[u8], s: usize, e: usize) -> bool {
    s >= 3
        && b[s - 1] == b'('
        && b[s - 2] == b' '
        && b[s - 3].is_ascii_digit()
        && b.get(e) == Some(&b')')
}

/// True if `b[s..e]` fills a cell of a delimited row or a quoted value on
/// its own: a comma, tab, pipe, quote, `=` or a line's start before it, and
/// one of those (or the end) after it.
fn fills_cell(b: &[u8], s: usize, e: usize) -> bool {
    // `user:"Wästerby, Gunnel (gunnel.wasterby)"`: the holder's account in
    // parentheses after the name still ends the cell's name.
    let e = if b.get(e) == Some(&b' ') && b.get(e + 1) == Some(&b'(') {
        e + 1 + b[e + 1..].iter().position(|&c| c == b')').unwrap_or(0) + 1
    } else {
        e
    };
    let cell =
        |c: Option<&u8>| c.is_none_or(|c| matches!(c, b',' | b'\t' | b'|' | b'"' | b'\n' | b'\r'));
    (s == 0 || cell(b.get(s - 1)) || b[s - 1] == b'=') && cell(b.get(e))
}

/// The text up to the end of the folder that starts at `i`, if it is a
/// folder under a root of per-user folders (`\\fs01\Personal\Anna Berg\`,
/// `/home/Karin Eriksson/`, `C:\Users\Anna Berg\Desktop`) and another part
/// of the path follows it: file-share audits (Netwrix, Varonis, Windows
/// 5145) write the documents in a user's folder by their full path.
fn user_folder(b: &[u8], i: usize) -> Option<&[u8]> {
    if i == 0 || !matches!(b[i - 1], b'\\' | b'/') || !super::word::user_root_before(b, i - 1) {
        return None;
    }
    let k = b[i..]
        .iter()
        .take(80)
        .position(|&c| {
            matches!(
                c,
                b'\\' | b'/' | b'"' | b'|' | b'\t' | b'\n' | b'\r' | b';' | b'=' | b','
            )
        })
        .map(|k| i + k)?;
    matches!(b[k], b'\\' | b'/').then(|| &b[..k])
}

/// The end of the cell of a row delimited by `d` that starts at `s`, if
/// it holds one to three name-shaped words (capitalised, or in a script
/// without case; particles between them), one space apart, and nothing
/// else: the cell ends at `d`, a line's end, a quote or the text's end.
/// `given` asks a word of the cell to be a known given name no common
/// word spells and the others to be given names too (`Hodan`, `Thu
/// Trang`, whose `Thu` is also a weekday); otherwise no word of the cell
/// may be a common word.
fn name_cell(b: &[u8], s: usize, d: u8, given: bool) -> Option<usize> {
    let mut k = s;
    let mut n = 0;
    let mut strong = false;
    loop {
        let mut w = word(b, k)?;
        let named = matches!(w.case, Case::Cap | Case::Caseless);
        if !(named || (n > 0 && w.particle)) || w.initial {
            return None;
        }
        look_up(b, &mut w);
        if given {
            if w.flags & GIVEN == 0 {
                return None;
            }
            strong |= strong_given(&w);
        } else if !w.particle && w.flags & COMMON != 0 {
            return None;
        }
        n += 1;
        k = w.end;
        match b.get(k) {
            None | Some(b'\n' | b'\r' | b'"') => break,
            Some(&c) if c == d => break,
            Some(b' ') if n < 3 => k += 1,
            _ => return None,
        }
    }
    (strong || !given).then_some(k)
}

/// `Access granted,Loading dock,In,Hodan,Cismaan,1FD6C5C4,5/29/2026`: a
/// given name and a surname as two cells of a row without a header,
/// as access-control systems export cardholders (Genetec Security
/// Center's syslog and CSV reports, Lenel OnGuard, C•CURE 9000 and
/// Gallagher Command Centre write First name and Last name as adjacent
/// columns). The cell at `i` (after its delimiter) is taken when it
/// starts with a known given name and the next cell holds name-shaped
/// words, or when it holds name-shaped words and the cell before it such
/// a given name. The same delimiter stands before, between and after.
fn cell_pair(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let d = b[i - 1];
    // This cell as the given name, the next as the surname.
    if let Some(e) = name_cell(b, i, d, true) {
        if b.get(e) == Some(&d) && name_cell(b, e + 1, d, false).is_some() {
            return Some((i, e));
        }
    }
    // This cell as the surname after a given name's cell.
    let e = name_cell(b, i, d, false)?;
    let p = i - 1;
    let ps = b[..p].iter().rposition(|&c| c == d || c == b'\n')? + 1;
    if b[ps - 1] != d || p - ps > 60 {
        return None;
    }
    (name_cell(b, ps, d, true) == Some(p)).then_some((i, e))
}
