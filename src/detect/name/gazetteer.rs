//! The gazetteer (`data/names.txt`) as one table, built at compile time:
//! lower-cased word -> flags (given name, surname, family name first,
//! common word).

use super::table_hash::word_hash;

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
/// 6 MB), and a probe compares a tag before it reads the word. `build.rs`
/// builds it when veil is compiled (it took 23.5M instructions in every
/// process that met a capitalised word), with the same hash
/// ([`word_hash`]) and the same layout.
pub(crate) struct Table {
    /// Per slot, little-endian: the word's offset in `DATA` (bits 0..32),
    /// its length (32..48), its flags (48..56) and 8 bits of its hash
    /// (56..64); 0 is an empty slot (no word is empty).
    slots: &'static [u8],
    mask: usize,
}

include!(concat!(env!("OUT_DIR"), "/names_table.rs"));

/// The table `build.rs` wrote: `SLOTS` slots of 8 bytes.
static SLOT_BYTES: &[u8; SLOTS * 8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.slots"));

impl Table {
    /// Slot `i`.
    #[inline]
    fn slot(&self, i: usize) -> u64 {
        let mut x = [0u8; 8];
        x.copy_from_slice(&self.slots[i * 8..i * 8 + 8]);
        u64::from_le_bytes(x)
    }

    /// The slot that holds `w`, or the empty slot where it would be.
    #[inline]
    fn probe(&self, w: &str) -> usize {
        let h = word_hash(w.as_bytes());
        let tag = h >> 56;
        let mut i = (h as usize) & self.mask;
        loop {
            let s = self.slot(i);
            if s == 0 {
                return i;
            }
            let len = ((s >> 32) & 0xffff) as usize;
            if s >> 56 == tag && len == w.len() {
                let at = (s & 0xffff_ffff) as usize;
                if DATA.as_bytes().get(at..at + len) == Some(w.as_bytes()) {
                    return i;
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The flags of one lower-cased word; 0 when it is in no section.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> u8 {
        (self.slot(self.probe(w)) >> 48) as u8
    }

    /// Distinct words held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        WORDS
    }
}

/// The gazetteer as one table: lower-cased word -> flags.
pub(super) fn table() -> &'static Table {
    static TABLE: Table = Table {
        slots: SLOT_BYTES,
        mask: SLOTS - 1,
    };
    &TABLE
}

/// The flags of one lower-cased word as the list writes it.
/// Given names the gazetteer also holds as words common in log text (a
/// month, a place, a verb, a product), whose first sense in a device's or
/// a host's name is still its owner (`MARTIN-PC`, `Lucia-LT`,
/// `MBP-Angel`, `Per-iPhone`): Nordic, Dutch, German, French, Spanish,
/// Italian and English names, lower case as [`flags`] reads them. Not
/// listed: names of languages and products (`Ada`, `Julia`, `Ruby`,
/// `Pascal`, `Alexa`, `Cassandra`), of cities a site is named after
/// (`Sofia`, `Victoria`, `Florence`, `Austin`), nor names that are
/// English words first (`Ray`, `Mark`, `Will`, `Max`, `Page`, `Grace`).
pub(crate) fn person_first(k: &str) -> bool {
    matches!(
        k,
        "martin"
            | "lucia"
            | "angel"
            | "christian"
            | "hans"
            | "björn"
            | "bjorn"
            | "per"
            | "jan"
            | "dag"
            | "stig"
            | "sten"
            | "pierre"
            | "vincent"
            | "maarten"
            | "diego"
            | "carol"
            | "nancy"
            | "helena"
    )
}

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
