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

/// The flags of one lower-cased word.
pub(super) fn flags(key: &str) -> u8 {
    table().get(key).copied().unwrap_or(0)
}
