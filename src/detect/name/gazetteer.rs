//! The gazetteer (`data/names.txt`) as one table, loaded on first use:
//! lower-cased word -> flags (given name, surname, family name first,
//! common word).

use std::hash::BuildHasher;
use std::sync::OnceLock;

/// The gazetteer: generated, one lower-cased entry per line, in sections.
static DATA: &str = include_str!("../../../data/names.txt");

/// A given name.
pub(super) const GIVEN: u8 = 1;
/// A family name.
pub(super) const SURNAME: u8 = 2;
/// A family name written before the given name (Vietnamese, Chinese, ...).
pub(super) const FAMILY_FIRST: u8 = 4;
/// A word that is common in log text, or a place or product.
pub(super) const COMMON: u8 = 8;

/// The longest word looked up, in bytes of its lower-cased form.
pub(super) const MAX_KEY: usize = 64;

/// The gazetteer as one open-addressed table of packed words: lower-cased
/// word -> flags. A slot is one `u64` that points into [`DATA`] instead of
/// a `&str` and its flags apart (2 MB where a `HashMap<&str, u8>` took
/// 6 MB), and a probe compares a tag before it reads the word. Built on
/// first use, in every process that meets a capitalised word: 23.5M
/// instructions where the map took 43.6M.
pub(crate) struct Table {
    /// Per slot: the word's offset in `DATA` (bits 0..32), its length
    /// (32..48), its flags (48..56) and 8 bits of its hash (56..64); 0 is
    /// an empty slot (no word is empty).
    slots: Vec<u64>,
    mask: usize,
    len: usize,
}

const HASH: foldhash::fast::FixedState = foldhash::fast::FixedState::with_seed(0x6e61_6d65);

impl Table {
    fn build() -> Table {
        // About one word per 8 bytes of text; at most 5/8 of the slots
        // are taken.
        let size = (DATA.len() / 8 * 8 / 5).next_power_of_two().max(1024);
        let mut t = Table {
            slots: vec![0; size],
            mask: size - 1,
            len: 0,
        };
        let mut flag = 0;
        // The lines of `DATA` as `str::lines` cuts them (a `\r` before the
        // `\n` is not part of the line), cut with `memchr`: `lines` took
        // two thirds of the build's instructions on these short lines.
        let bytes = DATA.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |k| at + k);
            let mut line = &DATA[at..end];
            if end < bytes.len() {
                line = line.strip_suffix('\r').unwrap_or(line);
            }
            match line {
                "" => {}
                _ if line.starts_with('#') => {}
                "[given]" => flag = GIVEN,
                "[surname]" => flag = SURNAME,
                "[family-first]" => flag = FAMILY_FIRST | SURNAME,
                "[common]" => flag = COMMON,
                w => t.or_insert(at, w, flag),
            }
            at = end + 1;
        }
        t
    }

    /// The slot that holds `w`, or the empty slot where it would go; and
    /// `w`'s hash.
    #[inline]
    fn probe(&self, w: &str) -> (usize, u64) {
        let h = HASH.hash_one(w.as_bytes());
        let tag = h >> 56;
        let mut i = (h as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return (i, h);
            }
            let len = ((s >> 32) & 0xffff) as usize;
            if s >> 56 == tag && len == w.len() {
                let at = (s & 0xffff_ffff) as usize;
                if DATA.as_bytes().get(at..at + len) == Some(w.as_bytes()) {
                    return (i, h);
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    fn or_insert(&mut self, at: usize, w: &str, flag: u8) {
        let (i, h) = self.probe(w);
        if self.slots[i] != 0 {
            self.slots[i] |= u64::from(flag) << 48;
            return;
        }
        assert!(
            at <= u32::MAX as usize && !w.is_empty() && w.len() <= 0xffff,
            "gazetteer too large"
        );
        self.slots[i] =
            (h >> 56) << 56 | u64::from(flag) << 48 | (w.len() as u64) << 32 | at as u64;
        self.len += 1;
        if self.len * 8 > self.slots.len() * 5 {
            self.grow();
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![0; size]);
        self.mask = self.slots.len() - 1;
        for s in old.into_iter().filter(|&s| s != 0) {
            let at = (s & 0xffff_ffff) as usize;
            let len = ((s >> 32) & 0xffff) as usize;
            let (i, _) = self.probe(&DATA[at..at + len]);
            self.slots[i] = s;
        }
    }

    /// The flags of one lower-cased word; 0 when it is in no section.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> u8 {
        (self.slots[self.probe(w).0] >> 48) as u8
    }

    /// Distinct words held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// The gazetteer as one table: lower-cased word -> flags.
pub(super) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::build)
}

/// The flags of one lower-cased word as the list writes it.
pub(super) fn flags_exact(key: &str) -> u8 {
    table().get(key)
}

/// The flags of one lower-cased word. A word the list does not hold as
/// written is looked up again without its Latin diacritics, as names are
/// written with and without them (`Siobhán`, `Pádraig`, `Iñaki`, `Şükrü`;
/// the list may hold only `siobhan`).
pub(super) fn flags(key: &str) -> u8 {
    let t = table();
    let f = t.get(key);
    if f != 0 || key.is_ascii() {
        return f;
    }
    let mut buf = [0u8; 2 * MAX_KEY];
    fold(key, &mut buf).map_or(0, |k| t.get(k))
}

/// `key` with its Latin letters' diacritics taken off (`ß` -> `ss`, `æ` ->
/// `ae`), into `buf`; `None` if it holds any other non-ASCII letter (an
/// Arabic or Han word has no such form).
fn fold<'a>(key: &str, buf: &'a mut [u8; 2 * MAX_KEY]) -> Option<&'a str> {
    let mut n = 0;
    let mut push = |s: &str, n: &mut usize| -> Option<()> {
        buf.get_mut(*n..*n + s.len())?.copy_from_slice(s.as_bytes());
        *n += s.len();
        Some(())
    };
    for c in key.chars() {
        let plain: &str = match c {
            'a'..='z' | '-' | '\'' | '.' => {
                let mut tmp = [0u8; 4];
                let s: &str = c.encode_utf8(&mut tmp);
                push(s, &mut n)?;
                continue;
            }
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' | 'ĉ' => "c",
            'ď' | 'đ' | 'ð' => "d",
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' | 'ģ' | 'ĝ' => "g",
            'í' | 'ì' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
            'ñ' | 'ń' | 'ň' | 'ņ' => "n",
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
            'ŕ' | 'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' | 'ŝ' => "s",
            'ť' | 'ţ' | 'ț' => "t",
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'þ' => "th",
            _ => return None,
        };
        push(plain, &mut n)?;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{COMMON, DATA, FAMILY_FIRST, GIVEN, SURNAME, flags_exact as flags, table};

    /// The table answers as the `HashMap` it replaced, for every word of
    /// the gazetteer, its prefixes, and words it does not hold.
    #[test]
    fn the_packed_table_answers_as_a_map() {
        let mut map: HashMap<&str, u8> = HashMap::new();
        let mut flag = 0;
        for line in DATA.lines() {
            match line {
                "" => {}
                _ if line.starts_with('#') => {}
                "[given]" => flag = GIVEN,
                "[surname]" => flag = SURNAME,
                "[family-first]" => flag = FAMILY_FIRST | SURNAME,
                "[common]" => flag = COMMON,
                w => *map.entry(w).or_insert(0) |= flag,
            }
        }
        assert_eq!(table().len(), map.len());
        for (w, f) in &map {
            assert_eq!(flags(w), *f, "{w}");
            let cut = w.char_indices().last().map_or(0, |(i, _)| i);
            let prefix = &w[..cut];
            assert_eq!(flags(prefix), map.get(prefix).copied().unwrap_or(0));
            let longer = format!("{w}x");
            assert_eq!(
                flags(&longer),
                map.get(longer.as_str()).copied().unwrap_or(0)
            );
        }
        for w in ["", "zzzzqqq", "[given]", "# the"] {
            assert_eq!(flags(w), map.get(w).copied().unwrap_or(0));
        }
    }
}
