//! Erasure on a subject's request, scrubbing, retention purges, and the
//! rewrite of the file that drops what they removed.

use super::Vault;
use super::epoch::unix;
use super::error::VaultError;
use super::open::{create_file, open_db_once};
use super::outcome::{EraseReport, PurgeReport};
use super::schema::{
    ENTRIES, ENTRIES_V1, ERASED, ERASURES, EXPIRED, KEYS, META, NAMES, NameIds, RETENTION,
    TOMBSTONE_DEFAULT, TOMBSTONES, decode_entry, meta_u64,
};
use redb::ReadableTable;
use redb::{Database, TableDefinition};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant, SystemTime};

impl Vault {
    /// Erases the entries of `tokens` on the subject's request, records the
    /// erasures (token, time and category only), and rewrites the vault
    /// file without them ([`Vault::scrub`]). See [`Vault::erase_at`].
    pub fn erase(&mut self, tokens: &[&str]) -> Result<EraseReport, VaultError> {
        let report = self.erase_at(tokens, SystemTime::now())?;
        if report.erased > 0 {
            self.scrub()?;
        }
        Ok(report)
    }

    /// Erases entries without rewriting the file: destroys each leaf-keyed
    /// entry's key in the shred-key file (its leaf, which all its seals in
    /// every epoch share), then deletes the entries from the store with a
    /// tombstone each. From then on no copy of the vault, taken before or
    /// after, opens them with the shred-key file; their bytes stay in free
    /// pages of the live file until [`Vault::scrub`]. A crash between the
    /// two steps leaves entries that no longer open; erasing them again
    /// finishes the job.
    pub fn erase_at(&self, tokens: &[&str], now: SystemTime) -> Result<EraseReport, VaultError> {
        let shared = Arc::clone(&self.shared);
        // Writers of this process commit under the same lock; those of
        // other processes are kept out by the file lock this handle holds.
        let _guard = shared.lock_shred()?;
        let err = self.store_err();
        let mut report = EraseReport::default();
        let mut tx = self.db.begin_write().map_err(|e| err(&e))?;
        // Every vault commit saves the allocator state: see the module doc.
        tx.set_quick_repair(true);
        {
            let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
            let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let names = NameIds::load(&names, self.path())?;
            // token, category, leaf
            let mut found: Vec<(&str, String, Option<u32>)> = Vec::new();
            for &token in tokens {
                if found.iter().any(|(t, ..)| *t == token) {
                    continue;
                }
                let Some(row) = entries.get(token.as_bytes()).map_err(|e| err(&e))? else {
                    continue;
                };
                let ((_, _, _, name), leaf, _) = decode_entry(row.value())
                    .ok_or_else(|| self.corrupt("an entry row is too short"))?;
                let (_, category) = names
                    .get(name)
                    .ok_or_else(|| self.corrupt("an entry's category is missing"))?;
                found.push((token, category.to_owned(), leaf));
            }
            if found.is_empty() {
                return Ok(report);
            }
            // The keys go first, and durably: what the store forgets next
            // must already be unopenable.
            let mut shred = self.load_shred()?;
            let mut punctured = false;
            for (_, category, leaf) in &found {
                match leaf {
                    Some(i) => {
                        if let Some(tree) = shred.trees.get_mut(category) {
                            punctured |= tree.puncture(*i);
                        }
                    }
                    None => report.legacy += 1,
                }
            }
            if punctured {
                shred
                    .save(&shared.keys_path)
                    .map_err(|e| shared.shred_err(e))?;
            }
            let mut tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
            for (token, category, _) in &found {
                entries.remove(token.as_bytes()).map_err(|e| err(&e))?;
                tombs
                    .insert(*token, (ERASED, unix(now), category.as_str()))
                    .map_err(|e| err(&e))?;
            }
            report.erased = found.len() as u64;
            // Writers in other processes see this at their next commit and
            // forget their token cache.
            let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
            let n = meta_u64(&meta, ERASURES, self.path())?.unwrap_or(0);
            meta.insert(ERASURES, (n + report.erased).to_be_bytes().as_slice())
                .map_err(|e| err(&e))?;
        }
        tx.commit().map_err(|e| err(&e))?;
        self.shared.erasures.fetch_add(1, Ordering::SeqCst);
        Ok(report)
    }

    /// Rewrites the vault file with only what it holds now, so that nothing
    /// deleted survives in it: redb frees pages without overwriting them,
    /// and compaction can leave freed pages in the file too. The copy is
    /// made beside the file, synced and renamed over it (over the file a
    /// symlink points to, not the link), keeping its owner; processes that
    /// open the vault meanwhile wait, then open the new file. Takes about as
    /// long as copying the vault.
    pub fn scrub(&mut self) -> Result<(), VaultError> {
        let shared = Arc::clone(&self.shared);
        // Writers of this process lose their way to the database (they wait
        // for the file, then find the new one); one caught mid-commit
        // finishes first.
        if let Ok(mut held) = shared.held.lock() {
            *held = Weak::new();
        }
        let deadline = Instant::now() + shared.options.commit_lock_wait;
        while Arc::strong_count(&self.db) > 1 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        let result = if Arc::strong_count(&self.db) > 1 {
            Err(VaultError::Store {
                path: shared.path.clone(),
                reason: "a writer of this process kept the vault busy; not rewritten".into(),
            })
        } else {
            rewrite(&self.db, &shared.path)
        };
        if let Ok(db) = &result {
            self.db = Arc::clone(db);
        }
        if let Ok(mut held) = shared.held.lock() {
            *held = Arc::downgrade(&self.db);
        }
        result.map(|_| ())
    }

    /// Deletes entries whose `last_seen` is older than their category's
    /// retention (a versioned token's: whose epoch began longer ago than
    /// it, as its epoch key is destroyed then), destroys data keys last used longer ago than it (wrapped
    /// key from the store, shred secret from the shred-key file), forgets
    /// old tombstones, then compacts the store. Categories missing from
    /// `retention` use the retention the writer last recorded; categories
    /// with neither are kept.
    pub fn purge(
        &mut self,
        retention: &HashMap<String, Duration>,
        now: SystemTime,
    ) -> Result<PurgeReport, VaultError> {
        let now_s = unix(now);
        let mut report = PurgeReport::default();
        let err = self.store_err();
        // Held from before the transaction until the shred-key file is
        // rewritten, so that a writer of this process cannot slip a fresh
        // key's shred secret in between and see it destroyed as an orphan.
        // Writers of other processes are kept out by the file lock, which
        // this handle holds throughout.
        let shared = Arc::clone(&self.shared);
        let guard = shared.lock_shred()?;
        let mut tx = self.db.begin_write().map_err(|e| err(&e))?;
        tx.set_quick_repair(true);
        let mut live_keys: Vec<(u64, String)> = Vec::new();
        {
            let mut stored: HashMap<String, u64> = HashMap::new();
            {
                let table = tx.open_table(RETENTION).map_err(|e| err(&e))?;
                for row in table.iter().map_err(|e| err(&e))? {
                    let (k, v) = row.map_err(|e| err(&e))?;
                    stored.insert(k.value().to_owned(), v.value());
                }
            }
            let keep_for = |category: &str| -> Option<u64> {
                retention
                    .get(category)
                    .map(Duration::as_secs)
                    .or_else(|| stored.get(category).copied())
            };
            let expired = |category: &str, t: u64| -> bool {
                keep_for(category).is_some_and(|r| t.saturating_add(r) < now_s)
            };

            let mut keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
            let mut dead_keys: Vec<(u64, String)> = Vec::new();
            for row in keys.iter().map_err(|e| err(&e))? {
                let (k, v) = row.map_err(|e| err(&e))?;
                let (epoch, category) = k.value();
                let (_, last_used, ..) = v.value();
                if expired(category, last_used) {
                    dead_keys.push((epoch, category.to_owned()));
                } else {
                    live_keys.push((epoch, category.to_owned()));
                }
            }
            for (epoch, category) in &dead_keys {
                keys.remove((*epoch, category.as_str()))
                    .map_err(|e| err(&e))?;
            }
            report.keys = dead_keys.len() as u64;

            let names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let names = NameIds::load(&names, self.path())?;
            let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
            let mut dead: Vec<(String, String)> = Vec::new();
            for row in entries.iter().map_err(|e| err(&e))? {
                let (k, v) = row.map_err(|e| err(&e))?;
                let ((epoch, _, last, name), _, _) = decode_entry(v.value())
                    .ok_or_else(|| self.corrupt("an entry row is too short"))?;
                let (_, category) = names
                    .get(name)
                    .ok_or_else(|| self.corrupt("an entry's category is missing"))?;
                let key_gone = !live_keys.iter().any(|(e, c)| *e == epoch && c == category);
                let token = std::str::from_utf8(k.value())
                    .map_err(|_| self.corrupt("an entry's token is not text"))?;
                // A versioned token lives as long as its epoch's key: until
                // the epoch's start + retention, however late it was seen.
                let since = crate::ops::token_epoch(token).map_or(last, |d| last.min(d * 86_400));
                if expired(category, since) || key_gone {
                    dead.push((token.to_owned(), category.to_owned()));
                }
            }
            let mut tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
            let mut old_tombs: Vec<String> = Vec::new();
            for row in tombs.iter().map_err(|e| err(&e))? {
                let (k, v) = row.map_err(|e| err(&e))?;
                let (_, at, category) = v.value();
                let keep = keep_for(category).unwrap_or(TOMBSTONE_DEFAULT.as_secs());
                if at.saturating_add(keep) < now_s {
                    old_tombs.push(k.value().to_owned());
                }
            }
            for token in &old_tombs {
                tombs.remove(token.as_str()).map_err(|e| err(&e))?;
            }
            report.tombstones = old_tombs.len() as u64;
            for (token, category) in &dead {
                entries.remove(token.as_bytes()).map_err(|e| err(&e))?;
                tombs
                    .insert(token.as_str(), (EXPIRED, now_s, category.as_str()))
                    .map_err(|e| err(&e))?;
            }
            report.entries = dead.len() as u64;
        }
        tx.commit().map_err(|e| err(&e))?;

        // Destroy the shred secrets of every key no longer in the store: the
        // ones just purged, and orphans of a writer that crashed between
        // writing the shred-key file and committing.
        let mut shred = self.load_shred()?;
        let before = shred.secrets.len();
        shred.secrets.retain(|k, _| live_keys.contains(k));
        if shred.secrets.len() != before {
            shred
                .save(&shared.keys_path)
                .map_err(|e| shared.shred_err(e))?;
        }
        drop(guard);

        // Compaction returns freed pages to the file system so the old
        // wrapped keys and entries do not linger in free pages of the file.
        // It needs the only reference to the database: writers of this
        // process lose their way to it meanwhile (they wait, then use it
        // again), and a writer caught mid-commit skips compaction.
        if let Ok(mut held) = shared.held.lock() {
            *held = Weak::new();
        }
        report.compacted = match Arc::get_mut(&mut self.db).map(Database::compact) {
            Some(Ok(done)) => done,
            Some(Err(e)) => {
                tracing::warn!(error = %e, "vault compaction after purge failed");
                false
            }
            None => {
                tracing::warn!("vault compaction skipped: a writer was committing");
                false
            }
        };
        if let Ok(mut held) = shared.held.lock() {
            *held = Arc::downgrade(&self.db);
        }
        Ok(report)
    }
}

/// Copies every table of `db` into a new file beside `path` and renames it
/// over `path`; returns the new file's database, which holds its lock.
fn rewrite(db: &Database, path: &Path) -> Result<Arc<Database>, VaultError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| VaultError::Io { path: p, source }
    };
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    // Replace the file, not a symlink to it.
    let target = std::fs::canonicalize(path).map_err(io(path))?;
    let mut tmp = target.as_os_str().to_owned();
    tmp.push(".scrub");
    let tmp = PathBuf::from(tmp);
    match std::fs::remove_file(&tmp) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&tmp)(e)),
        _ => {}
    }
    create_file(&tmp)?;
    let copied = (|| {
        keep_owner(&target, &tmp).map_err(io(&tmp))?;
        let new = open_db_once(&tmp, true)?;
        let from = db.begin_read().map_err(|e| err(&e))?;
        let mut to = new.begin_write().map_err(|e| err(&e))?;
        to.set_quick_repair(true);
        copy_table(&from, &to, META, path)?;
        copy_table(&from, &to, ENTRIES, path)?;
        copy_table(&from, &to, NAMES, path)?;
        copy_table(&from, &to, KEYS, path)?;
        copy_table(&from, &to, TOMBSTONES, path)?;
        copy_table(&from, &to, RETENTION, path)?;
        // Rows a previous release's pipeline added after the migration,
        // still to be folded in at the next open.
        copy_table(&from, &to, ENTRIES_V1, path)?;
        to.commit().map_err(|e| err(&e))?;
        Ok::<Database, VaultError>(new)
    })();
    let new = match copied {
        Ok(new) => new,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
    };
    std::fs::rename(&tmp, &target).map_err(io(&target))?;
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io(dir))?;
    Ok(Arc::new(new))
}

/// Copies every row of one table, in key order; a table the source lacks
/// stays absent.
fn copy_table<K: redb::Key + 'static, V: redb::Value + 'static>(
    from: &redb::ReadTransaction,
    to: &redb::WriteTransaction,
    def: TableDefinition<K, V>,
    path: &Path,
) -> Result<(), VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let src = match from.open_table(def) {
        Ok(t) => t,
        Err(redb::TableError::TableDoesNotExist(_)) => return Ok(()),
        Err(e) => return Err(err(&e)),
    };
    let mut dst = to.open_table(def).map_err(|e| err(&e))?;
    for row in src.iter().map_err(|e| err(&e))? {
        let (k, v) = row.map_err(|e| err(&e))?;
        dst.insert(k.value(), v.value()).map_err(|e| err(&e))?;
    }
    Ok(())
}

/// Gives `tmp` the owner of `path` when running as root, so that a scrub
/// by root does not take the vault away from the pipeline's user (anyone
/// else creates files as themselves, and the vault is refused unless it is
/// theirs anyway).
#[cfg(unix)]
fn keep_owner(path: &Path, tmp: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    if crate::private_file::effective_uid() != 0 {
        return Ok(());
    }
    let m = std::fs::metadata(path)?;
    std::os::unix::fs::chown(tmp, Some(m.uid()), Some(m.gid()))
}

#[cfg(not(unix))]
fn keep_owner(_: &Path, _: &Path) -> std::io::Result<()> {
    Ok(())
}
