//! The pipeline's side of the vault: seal, buffer, commit.
//!
//! One file of about 900 lines on purpose: the buffer of pending entries,
//! the commit that inserts them and reclaims leaf indices, and the token
//! cache that falls back to looking up first share one lock-step state,
//! and splitting them would put that state's invariants in three places.

use std::collections::HashMap as StdHashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime};

use redb::{Database, ReadableTable, ReadableTableMetadata};

use aes::Aes256Enc;
use zeroize::Zeroizing;

use super::open::{COMMIT_CACHE, open_db_sized};
use super::puncture::{self, Cursor, Tree};
use super::{
    ENTRIES, ERASURES, KEYS, LEAVES, META, NAMES, NameIds, RETENTION, Shared, TOMBSTONES,
    VaultError, decode_entry, encode_entry, leaf_aad_into, meta_u64, unix, wrap,
};
use crate::keys::seal::Sealer;
use crate::keys::{RevealPublicKey, SecretKey};

/// Tokens are HMAC outputs, so no caller can aim collisions at these maps:
/// a fast seeded hash, not SipHash (6% of a `veil run` with many new values).
type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::RandomState>;

/// One reversible value for the vault. Debug never shows `original`.
#[derive(Clone, Copy)]
pub struct Item<'a> {
    /// The pseudonymisation domain (e.g. `siem`).
    pub domain: &'a str,
    /// The category (e.g. `phone`).
    pub category: &'a str,
    /// The token the pipeline emitted in place of the value.
    pub token: &'a str,
    /// The original value.
    pub original: &'a str,
    /// The category's retention, recorded for `veil vault purge`.
    pub retention: Option<Duration>,
}

impl fmt::Debug for Item<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Item")
            .field("domain", &self.domain)
            .field("category", &self.category)
            .field("token", &self.token)
            .field("original", &"[redacted]")
            .field("retention", &self.retention)
            .finish()
    }
}

/// The data key a category is currently sealed with.
struct Current {
    epoch: u64,
    /// The data key's AES schedule: each entry's own key is derived with
    /// it (see `puncture.rs`).
    derive: Aes256Enc,
    created: u64,
    last_used: u64,
    seals: u64,
    /// Not yet in the store: the wrapped key and its shred secret.
    fresh: Option<(wrap::Wrapped, SecretKey)>,
}

/// A token as the key of [`Writer::cache`]: inline when it fits, as every
/// token veil makes does (a prefix and 28 base32 characters, perhaps an
/// epoch), so remembering one allocates nothing and growing the map
/// rehashes without reading each token through a pointer (that rehash was
/// 5% of the committer's CPU on a run of 44,000 new tokens).
#[derive(Clone, PartialEq, Eq, Hash)]
enum TokenKey {
    /// The length and the bytes, zero-padded.
    Inline(u8, [u8; TOKEN_INLINE]),
    Heap(Box<str>),
}

/// The longest token a [`TokenKey`] holds inline.
const TOKEN_INLINE: usize = 39;

impl TokenKey {
    fn of(token: &str) -> TokenKey {
        let b = token.as_bytes();
        if b.len() <= TOKEN_INLINE {
            let mut bytes = [0u8; TOKEN_INLINE];
            bytes[..b.len()].copy_from_slice(b);
            TokenKey::Inline(b.len() as u8, bytes)
        } else {
            TokenKey::Heap(token.into())
        }
    }

    #[inline]
    fn as_bytes(&self) -> &[u8] {
        match self {
            TokenKey::Inline(n, bytes) => &bytes[..usize::from(*n)],
            TokenKey::Heap(token) => token.as_bytes(),
        }
    }
}

/// A token remembered by the writer: its epoch and the day its last_seen
/// was last written.
#[derive(Clone, Copy)]
struct Seen {
    epoch: u64,
    day: u64,
}

struct Pending {
    /// Index of (domain, category) in [`Writer::names`]: interned, so a new
    /// entry costs no allocation for them.
    name: u32,
    epoch: u64,
    /// Where the value is in [`Writer::originals`] (start, length), sealed
    /// at the commit (its leaf index comes from the store); `None` for a
    /// last_seen update of an entry sealed this epoch.
    original: Option<(u32, u32)>,
    /// When the value was first and last seen in this batch.
    first: u64,
    seen: u64,
}

/// Seals values for the vault and commits them in batches. Made by
/// [`super::Vault::writer`] or [`super::Vault::into_writer`]; needs only the
/// reveal public key. Entries put but not committed are lost when the
/// writer is dropped: commit before emitting the output that carries their
/// tokens. Debug is redacted.
///
/// The writer keeps its state (data keys, seal counts, pending entries,
/// recent tokens) in memory and holds the vault file only inside
/// [`Writer::commit`] and when a category needs a new key epoch: through
/// the handle's database while the [`super::Vault`] it came from lives,
/// otherwise by opening the file for that moment (waiting up to
/// [`super::Options::commit_lock_wait`] while another process holds it).
pub struct Writer {
    shared: Arc<Shared>,
    public: RevealPublicKey,
    /// Keyed by category.
    current: HashMap<Box<str>, Current>,
    /// Keys rotated away since the last commit, still to be recorded.
    retired: Vec<(Box<str>, Current)>,
    cache: HashMap<TokenKey, Seen>,
    /// Keyed inline like [`Writer::cache`]: a new entry allocates no key.
    pending: HashMap<TokenKey, Pending>,
    /// The originals of pending entries, one after another: one buffer per
    /// commit instead of a String per entry. Wiped at each commit and
    /// before it is given up when it grows (see [`Originals`]).
    originals: Originals,
    /// The (domain, category) pairs of pending entries, in first-seen order.
    names: Vec<(Box<str>, Box<str>)>,
    /// Scratch for an entry's associated data.
    aad: Vec<u8>,
    /// Each category's tree of leaf keys, as the shred-key file held it
    /// when this writer first needed it (an erasure since then only made
    /// leaves of erased entries unusable, which no entry asks for again).
    trees: HashMap<Box<str>, (Tree, Cursor)>,
    retention: HashMap<Box<str>, u64>,
    /// Erasures through the handle of this process, as last seen.
    erasures: u64,
    /// The erasure counter in `meta` (every process's), as last seen.
    store_erasures: Option<u64>,
    /// The newest epoch this writer reserved in the store. Epochs are
    /// reserved there, not counted in memory, because writers of several
    /// processes may now share the vault: each (epoch, category) key slot
    /// must belong to one writer.
    epoch: Option<u64>,
}

impl fmt::Debug for Writer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer")
            .field("categories", &self.current.len())
            .field("pending", &self.pending.len())
            .finish_non_exhaustive()
    }
}

impl Writer {
    pub(super) fn new(shared: Arc<Shared>, public: RevealPublicKey) -> Writer {
        let erasures = shared.erasures.load(Ordering::SeqCst);
        Writer {
            shared,
            public,
            current: HashMap::default(),
            retired: Vec::new(),
            cache: HashMap::default(),
            pending: HashMap::default(),
            originals: Originals::default(),
            names: Vec::new(),
            aad: Vec::new(),
            trees: HashMap::default(),
            retention: HashMap::default(),
            erasures,
            store_erasures: None,
            epoch: None,
        }
    }

    /// Buffers `item` for the next [`Writer::commit`]. A token already
    /// sealed in the current epoch costs a hash lookup.
    pub fn put(&mut self, item: &Item<'_>) -> Result<(), VaultError> {
        self.put_at(item, SystemTime::now())
    }

    /// [`Writer::put`] with an explicit clock (replays and tests).
    pub fn put_at(&mut self, item: &Item<'_>, now: SystemTime) -> Result<(), VaultError> {
        if item.token.is_empty() || item.category.is_empty() {
            return Err(VaultError::Invalid("empty token or category"));
        }
        let now = unix(now);
        let day = now / 86_400;
        let erasures = self.shared.erasures.load(Ordering::Relaxed);
        if erasures != self.erasures {
            // An erased token must be sealed again when it reappears.
            self.cache.clear();
            self.erasures = erasures;
        }
        let epoch = match self.current.get(item.category) {
            Some(c) if !self.must_rotate(c, now) => c.epoch,
            _ => self.new_key(item, now)?,
        };
        let key = TokenKey::of(item.token);
        // One probe of the (large) token cache for the look-up and the
        // remembering, and one of `pending`.
        let cache_full = self.cache.len() >= self.shared.options.cache_tokens;
        let seen = match self.cache.entry(key.clone()) {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) if !cache_full => v.insert(Seen {
                epoch: u64::MAX,
                day: day ^ 1,
            }),
            Entry::Vacant(_) => {
                // Bounded memory; forgetting costs one extra store lookup
                // per token at the next commit, never a duplicate seal in
                // the store.
                self.cache.clear();
                self.cache.entry(key.clone()).or_insert(Seen {
                    epoch: u64::MAX,
                    day: day ^ 1,
                })
            }
        };
        if seen.epoch == epoch {
            if seen.day != day {
                seen.day = day;
                let name = intern(&mut self.names, item.domain, item.category);
                self.pending
                    .entry(key)
                    .and_modify(|p| p.seen = now)
                    .or_insert_with(|| Pending {
                        name,
                        epoch,
                        original: None,
                        first: now,
                        seen: now,
                    });
            }
            return Ok(());
        }
        let current = self
            .current
            .get_mut(item.category)
            .ok_or(VaultError::Invalid("no data key for the category"))?;
        *seen = Seen { epoch, day };
        let p = match self.pending.entry(key) {
            Entry::Occupied(o) => {
                let p = o.into_mut();
                if p.epoch == epoch && p.original.is_some() {
                    p.seen = now;
                    return Ok(());
                }
                // A value sealed again within the batch (its key rotated)
                // was still first seen when the batch first saw it.
                p.first = p.first.min(now);
                p
            }
            Entry::Vacant(v) => v.insert(Pending {
                name: 0,
                epoch,
                original: None,
                first: now,
                seen: now,
            }),
        };
        // Counted here, sealed at the commit: the key rotates on the count.
        current.seals += 1;
        current.last_used = now;
        let limit = self.shared.options.max_seals_per_key;
        if current.seals == limit / 2 {
            tracing::warn!(
                category = item.category,
                epoch,
                seals = current.seals,
                limit,
                "vault data key reached half of its seal limit; it rotates at the limit"
            );
        }
        p.name = intern(&mut self.names, item.domain, item.category);
        p.epoch = epoch;
        p.original = Some(self.originals.push(item.original.as_bytes())?);
        p.seen = now;
        if let Some(r) = item.retention {
            if self.retention.get(item.category) != Some(&r.as_secs()) {
                self.retention.insert(item.category.into(), r.as_secs());
            }
        }
        Ok(())
    }

    fn must_rotate(&self, c: &Current, now: u64) -> bool {
        let options = &self.shared.options;
        c.seals >= options.max_seals_per_key
            || super::epoch_of(c.epoch) != super::epoch_at(now, options.epoch_length)
            || now.saturating_sub(c.created) >= options.max_epoch_age.as_secs()
    }

    /// Starts a new epoch for the item's category: a fresh data key and
    /// shred secret, the data key wrapped for the reveal public key.
    fn new_key(&mut self, item: &Item<'_>, now: u64) -> Result<u64, VaultError> {
        // The writer's newest epoch serves every category that has not used
        // it yet: one reservation when the writer starts, one per rotation
        // round, not one per category.
        let period = super::epoch_at(now, self.shared.options.epoch_length);
        let epoch = match self.epoch {
            Some(e)
                if super::epoch_of(e) == period
                    && self.current.get(item.category).is_none_or(|c| c.epoch != e) =>
            {
                e
            }
            _ => {
                let shared = Arc::clone(&self.shared);
                let (epoch, erasures) = with_db(&shared, |db| reserve_epoch(&shared, db, period))?;
                self.note_store_erasures(erasures);
                self.epoch = Some(epoch);
                epoch
            }
        };
        let data_key = SecretKey::generate().map_err(|_| VaultError::Random)?;
        let shred = SecretKey::generate().map_err(|_| VaultError::Random)?;
        let wrapped = wrap::wrap(&data_key, &self.public, &shred, epoch, item.category)
            .map_err(|_| VaultError::Random)?;
        let fresh = Current {
            epoch,
            derive: puncture::deriver(&data_key),
            created: now,
            last_used: now,
            seals: 0,
            fresh: Some((wrapped, shred)),
        };
        if let Some(old) = self.current.insert(item.category.into(), fresh) {
            tracing::info!(
                category = item.category,
                epoch = old.epoch,
                seals = old.seals,
                "vault data key retired"
            );
            self.retired.push((item.category.into(), old));
        }
        Ok(epoch)
    }

    /// Entries buffered and not yet committed.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Writes every buffered entry in one durable transaction and returns
    /// how many entries were sealed into the store. Returns only after the
    /// store has synced; on error nothing is lost from the buffer and the
    /// commit can be retried. Holds the vault file only for its duration.
    pub fn commit(&mut self) -> Result<usize, VaultError> {
        // A fresh key with nothing to store waits: it is stored with the
        // first entry that needs it, or never.
        if self.pending.is_empty() && self.retired.iter().all(|(_, c)| c.fresh.is_some()) {
            self.retired.clear();
            return Ok(0);
        }
        let shared = Arc::clone(&self.shared);
        let (written, erasures, stored) = with_db(&shared, |db| self.commit_to(db))?;
        self.pending.clear();
        self.originals.clear();
        self.names.clear();
        self.retired.clear();
        for (category, c) in &mut self.current {
            if stored.iter().any(|(e, k)| *e == c.epoch && k == category) {
                c.fresh = None;
            }
        }
        self.note_store_erasures(erasures);
        Ok(written)
    }

    /// Forgets the token cache when another process erased entries: an
    /// erased value must be sealed again when it reappears.
    fn note_store_erasures(&mut self, now: u64) {
        if self.store_erasures.is_some_and(|seen| seen != now) {
            self.cache.clear();
        }
        self.store_erasures = Some(now);
    }

    /// The commit proper, with the file held (so no other process is inside
    /// its own commit or purge). Returns the entries written, the erasure
    /// counter and the key numbers of the fresh keys it stored: a fresh key
    /// under which no entry was written (every value it sealed was already
    /// sealed this epoch) is not stored, so runs that see only known values
    /// add no keys.
    fn commit_to(&mut self, db: &Database) -> Result<CommitOutcome, VaultError> {
        let shared = Arc::clone(&self.shared);
        // Held until the store has committed: a purge of this process must
        // not see a fresh shred secret without its key row and destroy it
        // as an orphan.
        let _guard = shared.lock_shred()?;
        // Each category's leaf tree, before anything is sealed with it: one
        // per category for the vault's life, made by the first writer that
        // needs it and saved at once; a writer that finds one (made by
        // another writer, punctured by erasures) uses it.
        if self
            .names
            .iter()
            .any(|(_, category)| !self.trees.contains_key(category))
        {
            let mut shred = shared.load_shred(db)?;
            let mut made = false;
            for (_, category) in &self.names {
                if self.trees.contains_key(category) {
                    continue;
                }
                let tree = match shred.trees.get(&**category) {
                    Some(tree) => tree.clone(),
                    None => {
                        let root = SecretKey::generate().map_err(|_| VaultError::Random)?;
                        let tree = Tree::new(root);
                        shred.trees.insert(category.to_string(), tree.clone());
                        made = true;
                        tree
                    }
                };
                self.trees
                    .insert(category.clone(), (tree, Cursor::default()));
            }
            if made {
                shred
                    .save(&shared.keys_path)
                    .map_err(|e| shared.shred_err(e))?;
            }
        }
        let err = shared.store_err();
        let mut tx = db.begin_write().map_err(|e| err(&e))?;
        // Saves the allocator state with the commit: a process killed while
        // holding the file leaves a vault that reopens without a full
        // repair walk, and closing the file needs no extra commit.
        tx.set_quick_repair(true);
        let mut written = 0usize;
        let erasures;
        // (key number, category) of the keys entries of this commit were
        // sealed under, and the fresh ones among them with their shred secret.
        // A handful of pairs: a list, not a (SipHash) set probed per entry.
        let mut used: Vec<(u64, &str)> = Vec::new();
        let mut fresh: Vec<(u64, Box<str>, SecretKey)> = Vec::new();
        {
            let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
            check_vault_id(&shared, &meta)?;
            erasures = meta_u64(&meta, ERASURES, &shared.path)?.unwrap_or(0);
            let mut entries = tx.open_table(ENTRIES).map_err(|e| err(&e))?;
            let mut tombs = tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
            // In key order: tokens are spread evenly over the key space, so
            // unsorted inserts hop between leaves at random; sorted, each
            // leaf is visited once per commit.
            // Sorted by the first eight bytes, then the rest: comparing
            // whole strings was a tenth of a run whose values were all new.
            // The token's bytes are taken out of its TokenKey once, not in
            // every comparison.
            let mut order: Vec<(u64, &[u8], &Pending)> = self
                .pending
                .iter()
                .map(|(t, p)| {
                    let b = t.as_bytes();
                    (prefix_key(b), b, p)
                })
                .collect();
            order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
            let no_tombs = tombs.is_empty().map_err(|e| err(&e))?;
            let mut names = tx.open_table(NAMES).map_err(|e| err(&e))?;
            let mut ids = NameIds::load(&names, &shared.path)?;
            // The store's id for each of this batch's names, looked up once,
            // and the next free leaf index of its category.
            let mut name_ids: Vec<Option<u32>> = vec![None; self.names.len()];
            let mut next_leaf: Vec<(&str, u64, u64)> = Vec::new();
            let mut row = Vec::new();
            let mut sealed = Vec::new();
            let short = || shared.corrupt("an entry row is too short");
            let mut guess = Guess::default();
            'tokens: for (_, key, p) in order {
                // Cannot fail: the bytes came from a `str`.
                let token = std::str::from_utf8(key)
                    .map_err(|_| shared.corrupt("a pending token is not UTF-8"))?;
                let original = p.original.map(|o| {
                    self.originals
                        .get(o)
                        .ok_or_else(|| shared.corrupt("a pending original is out of range"))
                });
                let Some(original) = original.transpose()? else {
                    // A last_seen update. An entry erased meanwhile is not
                    // brought back: it is sealed again when next seen (the
                    // writer's cache was cleared by the erasure).
                    let stored = match entries.get(key).map_err(|e| err(&e))? {
                        Some(old) => {
                            let ((e, f, l, n), leaf, s) =
                                decode_entry(old.value()).ok_or_else(short)?;
                            (p.seen > l).then(|| ((e, f, p.seen, n), leaf, s.to_vec()))
                        }
                        None => None,
                    };
                    if let Some((fields, leaf, sealed)) = stored {
                        encode_entry(&mut row, fields, leaf, &sealed);
                        entries.insert(key, row.as_slice()).map_err(|e| err(&e))?;
                    }
                    continue;
                };
                let (domain, category) = self
                    .names
                    .get(p.name as usize)
                    .ok_or_else(|| shared.corrupt("a pending entry lost its name"))?;
                let slot = name_ids
                    .get_mut(p.name as usize)
                    .ok_or_else(|| shared.corrupt("a pending entry lost its name"))?;
                let name = match *slot {
                    Some(id) => id,
                    None => {
                        let id = ids.id(&mut names, domain, category, &shared.path)?;
                        *slot = Some(id);
                        id
                    }
                };
                // The stored row decides the entry: its leaf, and whether
                // this epoch sealed it already. Looking it up before the
                // insert is a second descent of the B-tree; when the batch's
                // tokens have mostly been new, the entry is made as a new one
                // and inserted at once, and the row the insert replaced, if
                // any, is looked at then (see `Guess`): the leaf index taken
                // is given back and the entry made again from that row, as
                // if it had been looked up first.
                let mut insert_first = guess.new_likely();
                // The row an insert made as a new entry replaced, as stored.
                let mut replaced: Option<Vec<u8>> = None;
                let mut old = if insert_first {
                    None
                } else {
                    let old = match entries.get(key).map_err(|e| err(&e))? {
                        Some(old) => {
                            let (fields, leaf, s) = decode_entry(old.value()).ok_or_else(short)?;
                            Some((fields, leaf, s.to_vec()))
                        }
                        None => None,
                    };
                    guess.saw(old.is_some());
                    old
                };
                loop {
                    let (first, last) = match &old {
                        Some(((epoch, first, last, old_name), leaf, stored))
                            if super::epoch_of(*epoch) == super::epoch_of(p.epoch) =>
                        {
                            // Already sealed this epoch (the cache forgot it, or
                            // another writer or an earlier run sealed it): the
                            // stored seal stays, so each token has one seal per
                            // epoch.
                            if p.seen > *last {
                                let fields = (*epoch, *first, p.seen, *old_name);
                                encode_entry(&mut row, fields, *leaf, stored);
                                entries.insert(key, row.as_slice()).map_err(|e| err(&e))?;
                            } else if let Some(stored) = &replaced {
                                // The row back as it was.
                                entries
                                    .insert(key, stored.as_slice())
                                    .map_err(|e| err(&e))?;
                            }
                            continue 'tokens;
                        }
                        // Sealed again in a new epoch: the row keeps when the
                        // value was first seen.
                        Some(((_, first, last, _), ..)) => {
                            ((*first).min(p.first), (*last).max(p.seen))
                        }
                        None => (p.first, p.seen),
                    };
                    let (tree, cursor) = self
                        .trees
                        .get_mut(&**category)
                        .ok_or_else(|| shared.corrupt("a category's leaf tree is missing"))?;
                    // The token keeps its leaf in every epoch, so that erasing
                    // it destroys the key of every seal it ever had.
                    let kept = match &old {
                        Some(((_, _, _, old_name), Some(leaf), _)) if *old_name == name => {
                            cursor.leaf(tree, *leaf).map(|secret| (*leaf, secret))
                        }
                        _ => None,
                    };
                    // The fresh leaf index taken: `next_leaf[at]` was advanced.
                    let mut taken = None;
                    let (index, leaf) = match kept {
                        Some(kept) => kept,
                        None => {
                            let at = match next_leaf.iter().position(|(c, ..)| c == &&**category) {
                                Some(at) => at,
                                None => {
                                    let counter = format!("{LEAVES}{category}");
                                    let n = meta_u64(&meta, &counter, &shared.path)?.unwrap_or(0);
                                    next_leaf.push((&**category, n, n));
                                    next_leaf.len() - 1
                                }
                            };
                            let index = u32::try_from(next_leaf[at].2).map_err(|_| {
                                VaultError::Invalid("a category has used every leaf index (2^32)")
                            })?;
                            next_leaf[at].2 += 1;
                            taken = Some(at);
                            let secret = cursor
                                .leaf(tree, index)
                                .ok_or_else(|| shared.corrupt("a fresh leaf index was erased"))?;
                            (index, secret)
                        }
                    };
                    let data_key = key_for(&self.current, &self.retired, category, p.epoch)
                        .ok_or_else(|| shared.corrupt("a pending entry lost its data key"))?;
                    let entry_key = puncture::entry_key(data_key, &leaf);
                    leaf_aad_into(&mut self.aad, domain, category, token, p.epoch, index);
                    sealed.clear();
                    Sealer::new(&entry_key)
                        .seal_into(&mut sealed, &self.aad, original)
                        .map_err(|_| VaultError::Random)?;
                    encode_entry(&mut row, (p.epoch, first, last, name), Some(index), &sealed);
                    let before = entries
                        .insert(key, row.as_slice())
                        .map_err(|e| err(&e))?
                        .map(|stored| stored.value().to_vec());
                    if insert_first {
                        insert_first = false;
                        guess.saw(before.is_some());
                        if let Some(stored) = before {
                            // The token was stored after all: give the leaf
                            // index back (it was the last one taken) and make
                            // the entry again from the stored row.
                            if let Some(at) = taken {
                                next_leaf[at].2 -= 1;
                            }
                            let (fields, leaf, s) = decode_entry(&stored).ok_or_else(short)?;
                            old = Some((fields, leaf, s.to_vec()));
                            replaced = Some(stored);
                            continue;
                        }
                    }
                    if !no_tombs {
                        tombs.remove(token).map_err(|e| err(&e))?;
                    }
                    written += 1;
                    if !used.contains(&(p.epoch, &**category)) {
                        used.push((p.epoch, &**category));
                    }
                    break;
                }
            }
            for (category, start, next) in next_leaf {
                if next != start {
                    let counter = format!("{LEAVES}{category}");
                    meta.insert(counter.as_str(), next.to_be_bytes().as_slice())
                        .map_err(|e| err(&e))?;
                }
            }
            // Key rows: every key already stored (seal counts, last use),
            // and the fresh keys some entry of this commit was sealed under.
            let mut keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
            let all = self
                .current
                .iter()
                .chain(self.retired.iter().map(|(k, c)| (k, c)));
            for (category, c) in all {
                let (eph, wrapped): (Vec<u8>, Vec<u8>) = match &c.fresh {
                    Some(_) if !used.contains(&(c.epoch, &**category)) => continue,
                    Some((w, secret)) => {
                        fresh.push((c.epoch, category.clone(), secret.clone()));
                        (w.ephemeral.to_vec(), w.sealed.clone())
                    }
                    None => {
                        let row = keys
                            .get((c.epoch, &**category))
                            .map_err(|e| err(&e))?
                            .ok_or_else(|| shared.corrupt("a live data key vanished"))?;
                        let (_, _, _, e, w) = row.value();
                        (e.to_vec(), w.to_vec())
                    }
                };
                keys.insert(
                    (c.epoch, &**category),
                    (
                        c.created,
                        c.last_used,
                        c.seals,
                        eph.as_slice(),
                        wrapped.as_slice(),
                    ),
                )
                .map_err(|e| err(&e))?;
            }
            let mut retention = tx.open_table(RETENTION).map_err(|e| err(&e))?;
            for (category, secs) in &self.retention {
                retention.insert(&**category, *secs).map_err(|e| err(&e))?;
            }
        }
        // The shred secrets must be durable before the wrapped keys and
        // entries that need them are. Read-modify-write under the file lock,
        // so that a purge in another process cannot interleave.
        if !fresh.is_empty() {
            let mut shred = shared.load_shred(db)?;
            for (epoch, category, secret) in &fresh {
                shred
                    .secrets
                    .insert((*epoch, category.to_string()), secret.clone());
            }
            shred
                .save(&shared.keys_path)
                .map_err(|e| shared.shred_err(e))?;
        }
        tx.commit().map_err(|e| err(&e))?;
        let stored = fresh.into_iter().map(|(e, c, _)| (e, c)).collect();
        Ok((written, erasures, stored))
    }
}

/// The originals of a commit's pending entries in one buffer. Every byte
/// that was ever in it is zeroed before its memory is freed or reused: at
/// [`Originals::clear`], on drop, and when it grows (the old allocation is
/// wiped, not left to the allocator as `Vec`'s own growth would).
#[derive(Default)]
struct Originals(Zeroizing<Vec<u8>>);

impl Originals {
    /// Appends `value`; returns its (start, length).
    fn push(&mut self, value: &[u8]) -> Result<(u32, u32), VaultError> {
        let buf = &mut self.0;
        let start = buf.len();
        let too_long = || VaultError::Invalid("a commit's originals passed 4 GiB");
        let end = start.checked_add(value.len()).ok_or_else(too_long)?;
        let (start32, len32) = (
            u32::try_from(start).map_err(|_| too_long())?,
            u32::try_from(value.len()).map_err(|_| too_long())?,
        );
        u32::try_from(end).map_err(|_| too_long())?;
        if end > buf.capacity() {
            let mut grown = Zeroizing::new(Vec::with_capacity(end.max(64 << 10).max(2 * start)));
            grown.extend_from_slice(buf);
            // The old buffer is wiped (its whole capacity) and freed.
            *buf = grown;
        }
        buf.extend_from_slice(value);
        Ok((start32, len32))
    }

    /// The value `push` returned `(start, len)` for; `None` for a range
    /// this buffer never held (the caller treats that as corruption rather
    /// than sealing an empty original).
    fn get(&self, (start, len): (u32, u32)) -> Option<&[u8]> {
        let start = start as usize;
        self.0.get(start..start.checked_add(len as usize)?)
    }

    /// Wipes every value (the whole capacity) and keeps the allocation.
    fn clear(&mut self) {
        zeroize::Zeroize::zeroize(&mut *self.0);
    }
}

/// The data key schedule of `category` under key number `epoch`: the
/// current one, or one rotated away since the last commit.
fn key_for<'a>(
    current: &'a HashMap<Box<str>, Current>,
    retired: &'a [(Box<str>, Current)],
    category: &str,
    epoch: u64,
) -> Option<&'a Aes256Enc> {
    current
        .get(category)
        .filter(|c| c.epoch == epoch)
        .or_else(|| {
            retired
                .iter()
                .find(|(k, c)| &**k == category && c.epoch == epoch)
                .map(|(_, c)| c)
        })
        .map(|c| &c.derive)
}

/// Entries written, the erasure counter, and the fresh keys stored.
type CommitOutcome = (usize, u64, Vec<(u64, Box<str>)>);

/// Runs `f` with the vault's database: the live handle's if this process
/// has one, else the file opened for this call only, waiting up to
/// [`super::Options::commit_lock_wait`] while another process holds it.
fn with_db<T>(
    shared: &Shared,
    f: impl FnOnce(&Database) -> Result<T, VaultError>,
) -> Result<T, VaultError> {
    let deadline = Instant::now() + shared.options.commit_lock_wait;
    let mut pause = Duration::from_millis(1);
    let mut warned = false;
    let started = Instant::now();
    let mut gap_kept = false;
    loop {
        if let Some(db) = shared.held() {
            return f(&db);
        }
        if !gap_kept {
            gap_kept = true;
            keep_gap(shared);
        }
        match open_db_sized(&shared.path, false, COMMIT_CACHE) {
            Ok(db) => {
                let result = f(&db);
                drop(db);
                if let Ok(mut released) = shared.released.lock() {
                    *released = Some(Instant::now());
                }
                return result;
            }
            Err(VaultError::Locked { .. }) if Instant::now() < deadline => {
                if !warned && started.elapsed() > Duration::from_secs(10) {
                    warned = true;
                    tracing::warn!(
                        vault = %shared.path.display(),
                        "vault commit is waiting: another process holds the vault file"
                    );
                }
                let left = deadline.saturating_duration_since(Instant::now());
                std::thread::sleep(pause.min(left));
                pause = (pause * 2).min(Duration::from_millis(5));
            }
            Err(e) => return Err(e),
        }
    }
}

/// The least time between a writer releasing the file and taking it again.
/// File locks are not fair: a writer committing back to back would win
/// the file again and again over an opener polling for it. Processing a
/// batch between commits normally takes longer than this anyway.
const RELEASE_GAP: Duration = Duration::from_millis(5);

/// Waits until [`RELEASE_GAP`] has passed since this writer last released
/// the file, so that a `veil reveal` waiting for it gets its turn.
fn keep_gap(shared: &Shared) {
    let released = shared.released.lock().ok().and_then(|r| *r);
    if let Some(left) = released.and_then(|at| RELEASE_GAP.checked_sub(at.elapsed())) {
        std::thread::sleep(left);
    }
}

/// Refuses a file that is no longer the vault the writer started on (it
/// was replaced or restored while the pipeline ran).
fn check_vault_id<T: ReadableTable<&'static str, &'static [u8]>>(
    shared: &Shared,
    meta: &T,
) -> Result<(), VaultError> {
    let err = shared.store_err();
    let id = meta.get("vault_id").map_err(|e| err(&e))?;
    if id.is_some_and(|v| v.value() == shared.vault_id) {
        Ok(())
    } else {
        Err(shared
            .corrupt("the vault file was replaced while a writer was using it (vault id differs)"))
    }
}

/// Takes the next key number of `epoch` (see [`super::epoch_of`]) from the
/// store in its own durable commit, so that no other writer, in any
/// process, gets it. Returns it with the erasure counter. Numbers only
/// grow: after a clock step backwards, keys go on in the newest epoch.
fn reserve_epoch(shared: &Shared, db: &Database, epoch: u64) -> Result<(u64, u64), VaultError> {
    let err = shared.store_err();
    let mut tx = db.begin_write().map_err(|e| err(&e))?;
    tx.set_quick_repair(true);
    let (epoch, erasures) = {
        let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
        check_vault_id(shared, &meta)?;
        let epoch = meta_u64(&meta, "next_epoch", &shared.path)?
            .ok_or_else(|| shared.corrupt("meta table without an epoch counter"))?
            .max(super::first_key_number(epoch));
        let erasures = meta_u64(&meta, ERASURES, &shared.path)?.unwrap_or(0);
        meta.insert("next_epoch", (epoch + 1).to_be_bytes().as_slice())
            .map_err(|e| err(&e))?;
        (epoch, erasures)
    };
    tx.commit().map_err(|e| err(&e))?;
    Ok((epoch, erasures))
}

/// The index of (domain, category) in `names`, added if new. A linear scan:
/// a batch holds a handful of pairs, nearly always the last one used.
fn intern(names: &mut Vec<(Box<str>, Box<str>)>, domain: &str, category: &str) -> u32 {
    let found = names
        .iter()
        .rposition(|(d, c)| **c == *category && **d == *domain);
    let i = found.unwrap_or_else(|| {
        names.push((domain.into(), category.into()));
        names.len() - 1
    });
    i as u32
}

/// Whether a commit's next token is likely new to the store, from the
/// tokens before it in the same commit: new unless at least a quarter of
/// the recent ones were stored already (a rerun over known values, a cache
/// that forgot), so that such a batch does not seal and insert twice.
#[derive(Default)]
struct Guess {
    looked: u32,
    stored: u32,
}

impl Guess {
    fn new_likely(&self) -> bool {
        self.stored * 4 <= self.looked
    }

    fn saw(&mut self, stored: bool) {
        self.looked += 1;
        self.stored += u32::from(stored);
        if self.looked == 256 {
            // The recent tokens count most.
            self.looked /= 2;
            self.stored /= 2;
        }
    }
}

/// The first eight bytes of a token as a big-endian number (zero-padded), so
/// comparing two of them orders like comparing the bytes.
fn prefix_key(b: &[u8]) -> u64 {
    let mut k = [0u8; 8];
    let n = b.len().min(8);
    k[..n].copy_from_slice(&b[..n]);
    u64::from_be_bytes(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn intern_gives_each_pair_one_index() {
        let mut names = Vec::new();
        assert_eq!(intern(&mut names, "d", "user"), 0);
        assert_eq!(intern(&mut names, "d", "phone"), 1);
        assert_eq!(intern(&mut names, "e", "user"), 2);
        assert_eq!(intern(&mut names, "d", "user"), 0);
        assert_eq!(intern(&mut names, "e", "user"), 2);
        assert_eq!(names.len(), 3);
    }

    #[test]
    fn originals_give_back_what_was_pushed_and_nothing_out_of_range() {
        let mut originals = Originals::default();
        let a = originals.push(b"alice").unwrap();
        let b = originals.push("\u{e5}sa".as_bytes()).unwrap();
        assert_eq!(originals.get(a), Some(&b"alice"[..]));
        assert_eq!(originals.get(b), Some("\u{e5}sa".as_bytes()));
        assert_eq!(originals.get((b.0, b.1 + 1)), None);
        assert_eq!(originals.get((u32::MAX, 2)), None);
        originals.clear();
        assert_eq!(originals.get(a), None);
    }

    proptest! {
        /// Sorting by the prefix key and then the bytes is byte order.
        #[test]
        fn prefix_key_then_bytes_is_byte_order(
            a in proptest::collection::vec(any::<u8>(), 0..12),
            b in proptest::collection::vec(any::<u8>(), 0..12),
        ) {
            let by_key = prefix_key(&a).cmp(&prefix_key(&b)).then_with(|| a.cmp(&b));
            prop_assert_eq!(by_key, a.cmp(&b));
        }
    }
}
