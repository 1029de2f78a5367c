//! Byte classes, Luhn and calendar helpers shared by the detectors.
//!
//! The calendar is two functions: whether `y-m-d` is a real Gregorian date
//! (the leap-year rule) and the current year from the clock (Hinnant's
//! days-to-civil, a dozen lines). `jiff` would not earn its place for them:
//! it is not among veil's dependencies (nothing else here needs time zones
//! or spans; the audit log's RFC 3339 goes through `humantime`), it would
//! add a large crate with a time-zone database to the build for about
//! thirty lines, and `valid_date` runs on the hot path for every candidate
//! personnummer, where a plain `bool` is all that is asked and a date
//! constructor returns a `Result` whose error is built on every miss. The
//! tests pin both against known dates.

/// Bit flags per byte: the scanner's only lookup on the hot path.
pub(crate) const WORD: u8 = 1;
pub(crate) const HEX: u8 = 2;
pub(crate) const DIGIT: u8 = 4;
/// A letter that may start a word the scanner acts on: a hex digit (MAC,
/// IPv6) or the first letter of a context keyword.
pub(crate) const CUE: u8 = 8;
/// A byte that may start a value outside any word: `+`, `:`, `@`, `\`,
/// `(` and the first byte of a full-width digit.
pub(crate) const SPECIAL: u8 = 16;
/// The first byte of a multi-byte UTF-8 char: where a name in a non-ASCII
/// letter (`Åberg`, `محمد`) may start.
pub(crate) const LEAD: u8 = 32;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let mut c = 0;
        if b.is_ascii_alphanumeric() || b == b'_' {
            c |= WORD;
        }
        if b.is_ascii_hexdigit() {
            c |= HEX;
        }
        if b.is_ascii_digit() {
            c |= DIGIT;
        }
        let l = b.to_ascii_lowercase();
        if b.is_ascii_alphabetic()
            && matches!(
                l,
                b'a'..=b'h'
                    | b'i'
                    | b'k'
                    | b'l'
                    | b'm'
                    | b'n'
                    | b'o'
                    | b'p'
                    | b'r'
                    | b's'
                    | b't'
                    | b'u'
                    // `von`, German for `by` after a participle.
                    | b'v'
                    // `Wiegand`, the card format before a card number.
                    | b'w'
            )
        {
            c |= CUE;
        }
        // `(` may open an area code, 0xEF starts full-width digits, `~`
        // a user's web directory (`/~alice/`).
        if matches!(b, b'+' | b':' | b'@' | b'\\' | b'(' | b'~' | 0xef) {
            c |= SPECIAL;
        }
        if matches!(b, 0xC2..=0xF4) {
            c |= LEAD;
        }
        t[i] = c;
        i += 1;
    }
    t
};

/// The class bits of a byte.
#[inline(always)]
pub(crate) fn class(b: u8) -> u8 {
    CLASS[b as usize]
}

/// The end of the word whose bytes continue at `j`: eight bytes per step,
/// since most of a log line is inside words.
#[inline]
pub(crate) fn word_end(b: &[u8], mut j: usize) -> usize {
    while let Some(chunk) = b.get(j..j + 8) {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let m = non_word_bytes(u64::from_le_bytes(bytes));
        if m != 0 {
            return j + (m.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < b.len() && is_word(b[j]) {
        j += 1;
    }
    j
}

/// The high bit of every byte of `x` that is not a word byte (SWAR: each
/// range test adds a constant to the 7-bit value and reads bit 7, so no
/// carry crosses into the next byte).
#[inline(always)]
fn non_word_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let y = x & !HIGH;
    let digit = (y + ONES * (0x80 - 0x30)) & !(y + ONES * (0x80 - 0x3a));
    let l = y | (ONES * 0x20);
    let alpha = (l + ONES * (0x80 - 0x61)) & !(l + ONES * (0x80 - 0x7b));
    let underscore = !((y ^ (ONES * 0x5f)) + ONES * 0x7f);
    let word = (digit | alpha | underscore) & !x & HIGH;
    !word & HIGH
}

/// A byte that belongs to a word: ASCII letter, digit or `_`.
#[inline(always)]
pub(crate) fn is_word(b: u8) -> bool {
    CLASS[b as usize] & WORD != 0
}

/// An ASCII hex digit.
#[inline(always)]
pub(crate) fn is_hex(b: u8) -> bool {
    CLASS[b as usize] & HEX != 0
}

/// An ASCII digit.
#[inline(always)]
pub(crate) fn is_digit(b: u8) -> bool {
    CLASS[b as usize] & DIGIT != 0
}

/// The byte at `i`, or 0 past the end (0 is in no class).
#[inline(always)]
pub(crate) fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The non-ASCII character that starts at `k`, and its length in bytes
/// (`b` is UTF-8 text; a stray byte gives `None`).
#[inline]
pub(crate) fn char_at(b: &[u8], k: usize) -> Option<(char, usize)> {
    let c = *b.get(k)?;
    let len = match c {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(b.get(k..k + len)?).ok()?;
    s.chars().next().map(|ch| (ch, len))
}

/// The key written right before a value at `i`: `key=value`,
/// `key:value`, `"key":"value"` (and, where `space`, `key: value`): an
/// optional quote, one optional space, `=` or `:`, an optional quote, then
/// up to `max` bytes for which `key_byte` holds, which may be none. `None`
/// where no `=` or `:` stands there.
pub(crate) fn key_before(
    b: &[u8],
    i: usize,
    space: bool,
    max: usize,
    key_byte: impl Fn(u8) -> bool,
) -> Option<&[u8]> {
    let mut e = i;
    if e > 0 && b[e - 1] == b'"' {
        e -= 1;
    }
    if space && e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    if e == 0 || !matches!(b[e - 1], b'=' | b':') {
        return None;
    }
    e -= 1;
    if e > 0 && b[e - 1] == b'"' {
        e -= 1;
    }
    let mut k = e;
    while k > 0 && e - k < max && key_byte(b[k - 1]) {
        k -= 1;
    }
    Some(&b[k..e])
}

/// The non-ASCII character that ends right before `k`, and its start.
#[inline]
pub(crate) fn char_before(b: &[u8], k: usize) -> Option<(char, usize)> {
    let mut s = k;
    while s > 0 && k - s < 4 {
        s -= 1;
        if b[s] & 0xc0 != 0x80 {
            let (ch, len) = char_at(b, s)?;
            return (s + len == k).then_some((ch, s));
        }
    }
    None
}

/// The length of a letter or digit outside ASCII at `k` (a name such as
/// `björn` or `Ölander` is one word with its ASCII letters), or 0.
#[inline]
pub(crate) fn intl_alnum_len(b: &[u8], k: usize) -> usize {
    match char_at(b, k) {
        Some((ch, len)) if ch.is_alphanumeric() => len,
        _ => 0,
    }
}

/// The start of a letter or digit outside ASCII that ends at `k`, if one does.
#[inline]
pub(crate) fn intl_alnum_before(b: &[u8], k: usize) -> Option<usize> {
    match char_before(b, k) {
        Some((ch, s)) if ch.is_alphanumeric() => Some(s),
        _ => None,
    }
}

/// The bounds of the line of `b` that holds byte `i` (without its `\n`).
pub(crate) fn line_bounds(b: &[u8], i: usize) -> (usize, usize) {
    let s = b[..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let e = b[i..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| i + p);
    (s, e)
}

/// The words of `line`: its runs of ASCII letters and digits, as the
/// line-evidence readers test them against their word lists.
pub(crate) fn alnum_words(line: &[u8]) -> impl Iterator<Item = &[u8]> {
    line.split(|c| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The end of the run of digits starting at `i`.
#[inline]
pub(crate) fn digits_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_digit(b[i]) {
        i += 1;
    }
    i
}

/// True if the Luhn (mod 10) check over `digits` (ASCII) passes.
pub(crate) fn luhn(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut double = false;
    let mut n = 0;
    for &d in digits.iter().rev() {
        if !d.is_ascii_digit() {
            continue;
        }
        let mut v = u32::from(d - b'0');
        if double {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
        double = !double;
        n += 1;
    }
    n >= 2 && sum % 10 == 0
}

/// The value of a run of ASCII digits (callers keep it short).
pub(crate) fn num(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |a, &d| {
        a.wrapping_mul(10)
            .wrapping_add(u32::from(d.wrapping_sub(b'0')))
    })
}

/// True if `y-m-d` is a real Gregorian date.
pub(crate) fn valid_date(y: u32, m: u32, d: u32) -> bool {
    if !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d <= days
}

/// The current UTC calendar year (1970 if the clock is before the epoch).
pub(crate) fn current_year() -> u32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    year_from_days((secs / 86_400) as i64)
}

/// Civil year of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn year_from_days(z: i64) -> u32 {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    u32::try_from(y).unwrap_or(1970)
}

/// A first-byte and length gate in front of a word list: bit `len` of
/// entry `b` is set if a word of that length starts with byte `b`. Most
/// values (a person's login, a name) are turned away by this one lookup
/// before the list is searched. Words start with a lower-case ASCII byte
/// and are shorter than 32 bytes (checked when the table is built).
pub(crate) struct ShapeGate([u32; 128]);

impl ShapeGate {
    pub(crate) const fn new(words: &[&[u8]]) -> ShapeGate {
        let mut t = [0u32; 128];
        let mut k = 0;
        while k < words.len() {
            let w = words[k];
            assert!(!w.is_empty() && w.len() < 32 && w[0] < 0x80 && !w[0].is_ascii_uppercase());
            t[w[0] as usize] |= 1 << w.len();
            k += 1;
        }
        ShapeGate(t)
    }

    /// False if no word of the list has `v`'s length and first byte (in
    /// any case); true means "search the list".
    #[inline]
    pub(crate) fn may_hold(&self, v: &[u8]) -> bool {
        match v.first() {
            Some(&f) if v.len() < 32 && f < 0x80 => {
                self.0[usize::from(f.to_ascii_lowercase())] & (1 << v.len()) != 0
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_known_values() {
        assert!(luhn(b"79927398713"));
        assert!(!luhn(b"79927398710"));
        assert!(luhn(b"8112189876"));
        assert!(!luhn(b"8112189875"));
        assert!(!luhn(b"0"));
    }

    #[test]
    fn word_end_agrees_with_the_byte_table() {
        let mut text: Vec<u8> = (0..=255u8).collect();
        text.extend_from_slice(b"abc_DEF09 xyz\xc3\xa5q`{@[/:");
        for start in 0..text.len() {
            let mut want = start;
            while want < text.len() && is_word(text[want]) {
                want += 1;
            }
            assert_eq!(word_end(&text, start), want, "from {start}");
        }
        let long = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_ end";
        assert_eq!(word_end(long, 0), long.len() - 4);
        for b in 0..=255u8 {
            let one = [b'a', b'a', b'a', b, b'a', b'a', b'a', b'a', b'a'];
            assert_eq!(word_end(&one, 0), if is_word(b) { 9 } else { 3 }, "{b}");
        }
    }

    #[test]
    fn characters_outside_ascii() {
        let t = "xå€𝄞ö1 ".as_bytes();
        assert_eq!(char_at(t, 1), Some(('å', 2)));
        assert_eq!(char_at(t, 2), None); // inside a character
        assert_eq!(char_at(t, 0), None); // ASCII
        assert_eq!(char_before(t, 3), Some(('å', 1)));
        assert_eq!(char_before(t, 6), Some(('€', 3)));
        assert_eq!(char_before(t, 10), Some(('𝄞', 6)));
        assert_eq!(intl_alnum_len(t, 1), 2);
        assert_eq!(intl_alnum_len(t, 3), 0); // € is no letter
        assert_eq!(intl_alnum_len(t, 10), 2);
        assert_eq!(intl_alnum_before(t, 12), Some(10));
        assert_eq!(intl_alnum_before(t, 6), None);
        assert_eq!(intl_alnum_before(t, 1), None);
    }

    #[test]
    fn dates() {
        assert!(valid_date(2000, 2, 29));
        assert!(!valid_date(1900, 2, 29));
        assert!(!valid_date(2023, 2, 29));
        assert!(valid_date(2024, 2, 29));
        assert!(!valid_date(2024, 4, 31));
        assert!(!valid_date(2024, 13, 1));
        assert!(!valid_date(2024, 1, 0));
    }

    #[test]
    fn civil_year() {
        assert_eq!(year_from_days(0), 1970);
        assert_eq!(year_from_days(19_723), 2024); // 2024-01-01
        assert_eq!(year_from_days(19_722), 2023); // 2023-12-31
        assert!(current_year() >= 2025);
    }

    #[test]
    fn a_shape_gate_passes_its_words_in_any_case_and_little_else() {
        let gate = ShapeGate::new(&[b"root", b"xs$null", b"gateway"]);
        for v in [
            "root", "ROOT", "Root", "xs$null", "GateWay", "rxyz", "gqqqqqq",
        ] {
            assert!(gate.may_hold(v.as_bytes()), "{v}");
        }
        let long = "r".repeat(40);
        for v in ["", "roo", "rooot", "admin", "åsa", "ROOT1", &long[..]] {
            assert!(!gate.may_hold(v.as_bytes()), "{v}");
        }
    }
}
