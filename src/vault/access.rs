//! A vault handle's reads and handles: its paths, writers and openers,
//! token lookups, statistics.

use super::epoch::{epoch_of, time};
use super::error::VaultError;
use super::outcome::{Entry, KeyStats, Lookup, Stats};
use super::schema::{ENTRIES, ERASED, KEYS, META, NAMES, NameIds, TOMBSTONES, decode_entry};
use super::shred::ShredKeys;
use super::{Vault, Writer};
use crate::keys::Keyring;
use redb::ReadableTable;
use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

impl Vault {
    /// The vault file.
    pub fn path(&self) -> &Path {
        &self.shared.path
    }

    /// The shred-key file that must stay with this vault (and out of its
    /// backups).
    pub fn keys_path(&self) -> &Path {
        &self.shared.keys_path
    }

    /// A writer for the pipeline. Needs only the reveal public key (a public
    /// keyring is enough). Every writer starts new epochs. The writer does
    /// not borrow the handle: while the handle lives, the writer commits
    /// through it; once it is dropped, the writer opens the file for each
    /// commit only (see [`Vault::into_writer`]).
    pub fn writer(&self, keyring: &Keyring) -> Result<Writer, VaultError> {
        let public = keyring.reveal_public().ok_or(VaultError::NoRevealKey)?;
        if public.fingerprint() != self.fingerprint()? {
            return Err(VaultError::WrongKeyring {
                path: self.shared.path.clone(),
            });
        }
        Ok(Writer::new(Arc::clone(&self.shared), *public))
    }

    /// A writer that holds the vault file only while it commits a batch (or
    /// reserves a key epoch), so that other processes — `veil reveal`,
    /// `veil subject`, `veil vault` — can open the vault between commits.
    /// This is what a long-running pipeline should use.
    pub fn into_writer(self, keyring: &Keyring) -> Result<Writer, VaultError> {
        self.writer(keyring)
    }

    pub(super) fn fingerprint(&self) -> Result<[u8; 32], VaultError> {
        let err = self.store_err();
        let tx = self.db.begin_read().map_err(|e| err(&e))?;
        let meta = tx.open_table(META).map_err(|e| err(&e))?;
        let fp = meta.get("keyring").map_err(|e| err(&e))?;
        fp.and_then(|v| <[u8; 32]>::try_from(v.value()).ok())
            .ok_or_else(|| self.corrupt("meta table without a keyring fingerprint"))
    }

    pub(super) fn load_shred(&self) -> Result<ShredKeys, VaultError> {
        self.shared.load_shred(&self.db)
    }

    /// What the vault knows about `token`. Needs no key.
    pub fn lookup(&self, token: &str) -> Result<Lookup, VaultError> {
        let err = self.store_err();
        let tx = self.db.begin_read().map_err(|e| err(&e))?;
        let entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        if let Some(row) = entries.get(token.as_bytes()).map_err(|e| err(&e))? {
            let ((epoch, first, last, name), leaf, sealed) = decode_entry(row.value())
                .ok_or_else(|| self.corrupt("an entry row is too short"))?;
            let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let name = names.get(name).map_err(|e| err(&e))?;
            let (domain, category) = name
                .as_ref()
                .map(|n| n.value())
                .ok_or_else(|| self.corrupt("an entry's domain and category are missing"))?;
            return Ok(Lookup::Found(Entry {
                token: token.to_owned(),
                domain: domain.to_owned(),
                category: category.to_owned(),
                epoch,
                first_seen: time(first),
                last_seen: time(last),
                leaf,
                sealed: sealed.to_vec(),
            }));
        }
        let tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
        Ok(match tombs.get(token).map_err(|e| err(&e))? {
            Some(row) => {
                let (reason, at, category) = row.value();
                let (at, category) = (time(at), category.to_owned());
                if reason == ERASED {
                    Lookup::Erased { at, category }
                } else {
                    Lookup::Expired { at, category }
                }
            }
            None => Lookup::Unknown,
        })
    }
}

impl Vault {
    /// First and last seen of a token's entry (for access requests).
    pub fn find(&self, token: &str) -> Result<Option<(SystemTime, SystemTime)>, VaultError> {
        Ok(match self.lookup(token)? {
            Lookup::Found(e) => Some((e.first_seen, e.last_seen)),
            _ => None,
        })
    }

    /// Counts per category and epoch, key ages and seal counts.
    pub fn stats(&self) -> Result<Stats, VaultError> {
        let err = self.store_err();
        let tx = self.db.begin_read().map_err(|e| err(&e))?;
        let mut stats = Stats::default();
        let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
        let names = NameIds::load(&names, self.path())?;
        let entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        for row in entries.iter().map_err(|e| err(&e))? {
            let (_, v) = row.map_err(|e| err(&e))?;
            let ((epoch, first, last, name), _, _) =
                decode_entry(v.value()).ok_or_else(|| self.corrupt("an entry row is too short"))?;
            let (_, category) = names
                .get(name)
                .ok_or_else(|| self.corrupt("an entry's category is missing"))?;
            let c = stats.categories.entry(category.to_owned()).or_default();
            c.entries += 1;
            *c.per_epoch.entry(epoch_of(epoch)).or_default() += 1;
            let (first, last) = (time(first), time(last));
            c.oldest_first_seen = Some(c.oldest_first_seen.map_or(first, |t| t.min(first)));
            c.oldest_last_seen = Some(c.oldest_last_seen.map_or(last, |t| t.min(last)));
        }
        let keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
        for row in keys.iter().map_err(|e| err(&e))? {
            let (k, v) = row.map_err(|e| err(&e))?;
            let (epoch, category) = k.value();
            let (created, last_used, seals, ..) = v.value();
            stats.keys.push(KeyStats {
                epoch,
                category: category.to_owned(),
                created: time(created),
                last_used: time(last_used),
                seals,
            });
        }
        let tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
        for row in tombs.iter().map_err(|e| err(&e))? {
            let (_, v) = row.map_err(|e| err(&e))?;
            if v.value().0 == ERASED {
                stats.erased += 1;
            } else {
                stats.expired += 1;
            }
        }
        Ok(stats)
    }
}
