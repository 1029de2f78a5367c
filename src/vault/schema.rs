//! The store's tables and rows: the format version, the row layouts and
//! their encoding, the name ids, `meta` counters, and the migration of
//! format 1 rows.

use super::error::VaultError;
use redb::{ReadableTable, TableDefinition};
use std::fmt;
use std::path::Path;
use std::time::Duration;

/// The vault format version, stored in `meta`. Format 1 vaults (entries
/// keyed by `&str`, domain and category in every row) are migrated when
/// opened; format 2 vaults are format 3 vaults without leaf-keyed rows, and
/// are marked format 3 when opened (so that earlier releases, which cannot
/// read leaf-keyed rows, refuse them).
pub(super) const FORMAT: u8 = 3;
/// Tombstones of categories without a known retention are kept this long.
pub(super) const TOMBSTONE_DEFAULT: Duration = Duration::from_secs(366 * 86_400);

/// Row: epoch, first seen, last seen (u64 LE), name id (u32 LE), then the
/// sealed value; in a leaf-keyed row (top bit of the name id set) the sealed
/// value is preceded by its leaf index (u32 BE); see [`encode_entry`]. Raw bytes, not a redb tuple: a tuple
/// stores a length per field and is serialised into a fresh allocation at
/// every insert. The domain and category are a [`NAMES`] id, not strings
/// in every row.
type EntryRow<'a> = &'a [u8];
/// An entry's fixed fields: epoch, first seen, last seen, name id.
type EntryFields = (u64, u64, u64, u32);
pub(super) const ENTRY_FIXED: usize = 28;
/// Set in a row's stored name id when the entry is sealed under its own
/// key (see `puncture.rs`) and its leaf index precedes the sealed value.
/// Rows of earlier releases are sealed under the epoch's data key itself.
const LEAF_KEYED: u32 = 1 << 31;
/// Format 1 row: version, epoch, first seen, last seen, domain, category,
/// sealed.
type EntryRowV1<'a> = (u8, u64, u64, u64, &'a str, &'a str, &'a [u8]);
/// Row: created, last used, seals, ephemeral public key, wrapped data key.
type KeyRow<'a> = (u64, u64, u64, &'a [u8], &'a [u8]);
/// Row: reason (1 erased, 2 expired), when, category.
type TombRow<'a> = (u8, u64, &'a str);

pub(super) const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// Keyed by the token's bytes: a `&str` key would be checked as UTF-8 at
/// every comparison of every B-tree descent.
pub(super) const ENTRIES: TableDefinition<&[u8], EntryRow> = TableDefinition::new("entries2");
/// Name id → (domain, category), the few pairs the entries refer to.
pub(super) const NAMES: TableDefinition<u32, (&str, &str)> = TableDefinition::new("names");
pub(super) const ENTRIES_V1: TableDefinition<&str, EntryRowV1> = TableDefinition::new("entries");
pub(super) const KEYS: TableDefinition<(u64, &str), KeyRow> = TableDefinition::new("keys");
pub(super) const TOMBSTONES: TableDefinition<&str, TombRow> = TableDefinition::new("tombstones");
/// Category → retention in seconds, as last given by a writer.
pub(super) const RETENTION: TableDefinition<&str, u64> = TableDefinition::new("retention");

/// `meta` key: erasures so far, for writers in other processes.
pub(super) const ERASURES: &str = "erasures";
/// `meta` key prefix: the next unused leaf index of a category (u64 BE),
/// `leaves/<category>`.
pub(super) const LEAVES: &str = "leaves/";

pub(super) const ERASED: u8 = 1;
pub(super) const EXPIRED: u8 = 2;

/// Writes an entry row into `out`: a leaf-keyed one if `leaf` is given.
pub(super) fn encode_entry(
    out: &mut Vec<u8>,
    (epoch, first, last, name): EntryFields,
    leaf: Option<u32>,
    sealed: &[u8],
) {
    out.clear();
    out.reserve(ENTRY_FIXED + 4 + sealed.len());
    out.extend_from_slice(&epoch.to_le_bytes());
    out.extend_from_slice(&first.to_le_bytes());
    out.extend_from_slice(&last.to_le_bytes());
    let flag = if leaf.is_some() { LEAF_KEYED } else { 0 };
    out.extend_from_slice(&(name | flag).to_le_bytes());
    if let Some(leaf) = leaf {
        out.extend_from_slice(&leaf.to_be_bytes());
    }
    out.extend_from_slice(sealed);
}

/// An entry row's fields, leaf index (for a leaf-keyed row) and sealed
/// value; `None` if it is too short.
pub(super) fn decode_entry(row: &[u8]) -> Option<(EntryFields, Option<u32>, &[u8])> {
    let (fixed, rest) = row.split_at_checked(ENTRY_FIXED)?;
    let u64_at = |i: usize| -> Option<u64> {
        Some(u64::from_le_bytes(fixed.get(i..i + 8)?.try_into().ok()?))
    };
    let stored = u32::from_le_bytes(fixed.get(24..28)?.try_into().ok()?);
    let name = stored & !LEAF_KEYED;
    let (leaf, sealed) = if stored & LEAF_KEYED != 0 {
        let (leaf, sealed) = rest.split_at_checked(4)?;
        (Some(u32::from_be_bytes(leaf.try_into().ok()?)), sealed)
    } else {
        (None, rest)
    };
    Some(((u64_at(0)?, u64_at(8)?, u64_at(16)?, name), leaf, sealed))
}

/// Moves format 1 entries into the format 2 table, in the opening
/// transaction: the vault is either wholly migrated or not at all.
pub(super) fn migrate_v1(tx: &redb::WriteTransaction, path: &Path) -> Result<(), VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    {
        let old = tx.open_table(ENTRIES_V1).map_err(|e| err(&e))?;
        let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        let mut names = tx.open_table(NAMES).map_err(|e| err(&e))?;
        let mut ids = NameIds::load(&names, path)?;
        let mut buf = Vec::new();
        for row in old.iter().map_err(|e| err(&e))? {
            let (k, v) = row.map_err(|e| err(&e))?;
            let (_, epoch, first, last, domain, category, sealed) = v.value();
            let name = ids.id(&mut names, domain, category, path)?;
            encode_entry(&mut buf, (epoch, first, last, name), None, sealed);
            entries
                .insert(k.value().as_bytes(), buf.as_slice())
                .map_err(|e| err(&e))?;
        }
        let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
        meta.insert("format", [FORMAT].as_slice())
            .map_err(|e| err(&e))?;
    }
    tx.delete_table(ENTRIES_V1).map_err(|e| err(&e))?;
    Ok(())
}

/// The [`NAMES`] table in memory: (domain, category) ↔ id.
#[derive(Default)]
pub(super) struct NameIds {
    names: Vec<(u32, String, String)>,
}

impl NameIds {
    pub(super) fn load<T: ReadableTable<u32, (&'static str, &'static str)>>(
        table: &T,
        path: &Path,
    ) -> Result<NameIds, VaultError> {
        let mut names = Vec::new();
        for row in table.iter().map_err(|e| VaultError::Store {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })? {
            let (k, v) = row.map_err(|e| VaultError::Store {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
            let (domain, category) = v.value();
            names.push((k.value(), domain.to_owned(), category.to_owned()));
        }
        Ok(NameIds { names })
    }

    /// The id of (domain, category), added to `table` if new. A linear
    /// scan: a vault holds a handful of pairs.
    pub(super) fn id(
        &mut self,
        table: &mut redb::Table<'_, u32, (&'static str, &'static str)>,
        domain: &str,
        category: &str,
        path: &Path,
    ) -> Result<u32, VaultError> {
        if let Some((id, ..)) = self
            .names
            .iter()
            .find(|(_, d, c)| c == category && d == domain)
        {
            return Ok(*id);
        }
        let id = self.names.iter().map(|(id, ..)| id + 1).max().unwrap_or(0);
        table
            .insert(id, (domain, category))
            .map_err(|e| VaultError::Store {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        self.names
            .push((id, domain.to_owned(), category.to_owned()));
        Ok(id)
    }

    /// The (domain, category) of an id.
    pub(super) fn get(&self, id: u32) -> Option<(&str, &str)> {
        self.names
            .iter()
            .find(|(i, ..)| *i == id)
            .map(|(_, d, c)| (d.as_str(), c.as_str()))
    }
}

/// A big-endian u64 from `meta`; `None` if absent.
pub(super) fn meta_u64<T: ReadableTable<&'static str, &'static [u8]>>(
    meta: &T,
    key: &str,
    path: &Path,
) -> Result<Option<u64>, VaultError> {
    let value = meta
        .get(key)
        .map_err(|e| VaultError::Store {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })?
        .map(|v| v.value().to_vec());
    match value {
        None => Ok(None),
        Some(b) => <[u8; 8]>::try_from(b.as_slice())
            .map(|b| Some(u64::from_be_bytes(b)))
            .map_err(|_| VaultError::Corrupt {
                path: path.to_path_buf(),
                reason: format!("meta value {key} is not a counter"),
            }),
    }
}
