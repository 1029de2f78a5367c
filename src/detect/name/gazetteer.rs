//! The gazetteer (`data/names.txt`) as one table, loaded on first use:
//! lower-cased word -> flags (given name, surname, family name first,
//! common word).

use std::collections::HashMap;
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

type Table = HashMap<&'static str, u8, foldhash::fast::FixedState>;

/// The gazetteer as one table: lower-cased word -> flags.
pub(super) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table::with_capacity_and_hasher(140_000, foldhash::fast::FixedState::default());
        let mut flag = 0;
        for line in DATA.lines() {
            match line {
                "" => {}
                _ if line.starts_with('#') => {}
                "[given]" => flag = GIVEN,
                "[surname]" => flag = SURNAME,
                "[family-first]" => flag = FAMILY_FIRST | SURNAME,
                "[common]" => flag = COMMON,
                w => *t.entry(w).or_insert(0) |= flag,
            }
        }
        t
    })
}

/// The flags of one lower-cased word as the list writes it.
pub(super) fn flags_exact(key: &str) -> u8 {
    table().get(key).copied().unwrap_or(0)
}

/// The flags of one lower-cased word. A word the list does not hold as
/// written is looked up again without its Latin diacritics, as names are
/// written with and without them (`Siobhán`, `Pádraig`, `Iñaki`, `Şükrü`;
/// the list may hold only `siobhan`).
pub(super) fn flags(key: &str) -> u8 {
    let t = table();
    if let Some(&f) = t.get(key) {
        return f;
    }
    if key.is_ascii() {
        return 0;
    }
    let mut buf = [0u8; 2 * MAX_KEY];
    fold(key, &mut buf)
        .and_then(|k| t.get(k).copied())
        .unwrap_or(0)
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
