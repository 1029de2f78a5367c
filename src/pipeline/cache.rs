//! The per-worker token cache: original value → replacement, for one
//! category.
//!
//! A two-way set-associative table of fixed-size slots that hold the
//! original inline, so a probe compares four words and never chases a
//! pointer. A slot is one 64-byte cache line and holds a replacement of up
//! to [`INLINE`] bytes (every text token, every IPv4 address) beside its
//! original, so a hit reads one line; longer replacements sit in one string
//! arena, compacted when it fills. Each set also has an 8-bit tag per way
//! in a small table of its own (8 KiB, so it stays in the CPU caches): a
//! probe reads a slot only when its tag matches, and a miss, which on
//! realistic data is every third probe, reads no slot at all. A full set
//! evicts the way that was used least recently, so the hot values of a
//! Zipf-like stream stay while the long tail churns. (The hash map this
//! replaces had to be cleared outright when full, and kept each replacement
//! in its own allocation.)
//!
//! Holds originals: never log or print a slot.

/// Sets per table; with two ways, 4096 entries (256 KiB of slots and 8 KiB
/// of tags, allocated on the first insert). Small on purpose: a probe that
/// misses the CPU caches costs more than the HMAC it saves (16k entries:
/// 114 MB/s on Asterisk CDRs; 4k: 149 MB/s, same run).
const SET_BITS: u32 = 11;
const SETS: usize = 1 << SET_BITS;

/// The longest original that is cached (byte 0 of a key holds the length).
pub(crate) const MAX_KEY: usize = 31;
/// The longest replacement that is cached.
pub(crate) const MAX_VALUE: usize = 64;
/// The longest replacement held in its slot; longer ones go to the arena.
const INLINE: usize = 31;

/// Arena bytes before it is compacted: twice what the live entries can
/// hold, so a compaction frees at least half.
const ARENA_LIMIT: usize = 2 * SETS * 2 * MAX_VALUE;

/// One entry, one cache line. `key` packs the original's length (byte 0)
/// and its bytes, zero-padded, so a probe is four word compares. `value`
/// holds the replacement's length (byte 0) and, up to [`INLINE`] bytes,
/// the replacement itself; a longer one is `arena[at..at + len]`, `at` in
/// bytes 1..5.
#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Slot {
    key: [u64; 4],
    value: [u8; 32],
}

const EMPTY: Slot = Slot {
    key: [0; 4],
    value: [0; 32],
};

/// A set's tags: way 0's and way 1's (0: empty), and which way was used
/// last.
#[derive(Clone, Copy, Default)]
struct Tags {
    way: [u8; 2],
    recent: u8,
}

/// Original → replacement for one category of one worker.
#[derive(Clone)]
pub(crate) struct TokenCache {
    /// `SETS` pairs of ways, or empty until the first insert.
    slots: Vec<Slot>,
    /// One per set, beside `slots`.
    tags: Vec<Tags>,
    /// Replacements longer than [`INLINE`], appended; evicted ones stay
    /// until a compaction.
    arena: Vec<u8>,
    /// The previous arena, kept so a compaction does not allocate.
    spare: Vec<u8>,
    seed: [u64; 2],
    len: usize,
}

/// The packed key of an original, or `None` when it is empty or too long
/// to cache.
fn pack(original: &str) -> Option<[u64; 4]> {
    let b = original.as_bytes();
    if b.is_empty() || b.len() > MAX_KEY {
        return None;
    }
    let mut bytes = [0u8; 32];
    bytes[0] = b.len() as u8;
    bytes[1..=b.len()].copy_from_slice(b);
    let word = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&bytes[i * 8..i * 8 + 8]);
        u64::from_le_bytes(w)
    };
    Some([word(0), word(1), word(2), word(3)])
}

/// The 128-bit product of `a` and `b`, folded to 64 bits.
#[inline(always)]
fn fold(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

/// Where a packed key lives: its set and its tag (never 0).
#[derive(Clone, Copy)]
struct Place {
    set: usize,
    tag: u8,
}

impl TokenCache {
    /// An empty cache with its own hash seed, so no input can be chosen
    /// to collide in every worker (a collision only costs a miss anyway).
    pub(crate) fn new(seed: [u64; 2]) -> TokenCache {
        TokenCache {
            slots: Vec::new(),
            tags: Vec::new(),
            arena: Vec::new(),
            spare: Vec::new(),
            seed: [seed[0] | 1, seed[1] | 1],
            len: 0,
        }
    }

    /// Entries held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    fn place(&self, k: &[u64; 4]) -> Place {
        let h = fold(k[0] ^ self.seed[0], k[1] ^ self.seed[1])
            ^ fold(k[2] ^ self.seed[1], k[3] ^ self.seed[0]);
        let h = fold(h, 0x9e37_79b9_7f4a_7c15);
        Place {
            set: (h >> (64 - SET_BITS)) as usize,
            tag: (h as u8) | 1,
        }
    }

    /// The way of `p`'s set that holds `k`.
    #[inline(always)]
    fn way_of(&self, k: &[u64; 4], p: Place) -> Option<usize> {
        let t = self.tags[p.set];
        (0..2).find(|&w| t.way[w] == p.tag && self.slots[p.set * 2 + w].key == *k)
    }

    /// The cached replacement of `original`.
    #[inline]
    pub(crate) fn get(&mut self, original: &str) -> Option<&[u8]> {
        if self.len == 0 {
            return None;
        }
        let k = pack(original)?;
        let p = self.place(&k);
        let way = self.way_of(&k, p)?;
        self.tags[p.set].recent = way as u8;
        let v = &self.slots[p.set * 2 + way].value;
        let len = usize::from(v[0]);
        if len <= INLINE {
            return v.get(1..1 + len);
        }
        let at = u32::from_le_bytes([v[1], v[2], v[3], v[4]]) as usize;
        self.arena.get(at..at + len)
    }

    /// Caches `replacement` for `original`, evicting the set's least
    /// recently used entry when both ways are taken. Values too long to
    /// hold are not cached.
    pub(crate) fn insert(&mut self, original: &str, replacement: &str) {
        let Some(k) = pack(original) else { return };
        let r = replacement.as_bytes();
        if r.len() > MAX_VALUE {
            return;
        }
        if self.slots.is_empty() {
            self.slots = vec![EMPTY; SETS * 2];
            self.tags = vec![Tags::default(); SETS];
        }
        let mut value = [0u8; 32];
        value[0] = r.len() as u8;
        if r.len() <= INLINE {
            value[1..=r.len()].copy_from_slice(r);
        } else {
            if self.arena.len() + r.len() > ARENA_LIMIT {
                self.compact();
            }
            let at = self.arena.len() as u32;
            value[1..5].copy_from_slice(&at.to_le_bytes());
            self.arena.extend_from_slice(r);
        }
        let p = self.place(&k);
        let t = &mut self.tags[p.set];
        let way = if let Some(w) =
            (0..2).find(|&w| t.way[w] == p.tag && self.slots[p.set * 2 + w].key == k)
        {
            w
        } else if let Some(w) = (0..2).find(|&w| t.way[w] == 0) {
            self.len += 1;
            w
        } else {
            1 - usize::from(t.recent)
        };
        t.way[way] = p.tag;
        t.recent = way as u8;
        self.slots[p.set * 2 + way] = Slot { key: k, value };
    }

    /// Rewrites the arena with only the replacements still referenced.
    fn compact(&mut self) {
        let mut arena = std::mem::take(&mut self.spare);
        arena.clear();
        for (i, slot) in self.slots.iter_mut().enumerate() {
            let len = usize::from(slot.value[0]);
            if self.tags[i / 2].way[i % 2] == 0 || len <= INLINE {
                continue;
            }
            let v = &mut slot.value;
            let at = u32::from_le_bytes([v[1], v[2], v[3], v[4]]) as usize;
            let value = self.arena.get(at..at + len).unwrap_or_default();
            v[1..5].copy_from_slice(&(arena.len() as u32).to_le_bytes());
            arena.extend_from_slice(value);
        }
        self.spare = std::mem::replace(&mut self.arena, arena);
    }

    /// Forgets `original`.
    pub(crate) fn remove(&mut self, original: &str) {
        let Some(k) = pack(original) else { return };
        if self.slots.is_empty() {
            return;
        }
        let p = self.place(&k);
        if let Some(w) = self.way_of(&k, p) {
            self.slots[p.set * 2 + w] = EMPTY;
            self.tags[p.set].way[w] = 0;
            self.len -= 1;
        }
    }

    /// Forgets everything (keeping the table's memory).
    pub(crate) fn clear(&mut self) {
        if self.len > 0 {
            self.slots.fill(EMPTY);
            self.tags.fill(Tags::default());
            self.arena.clear();
            self.len = 0;
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    /// `get` as text.
    fn get<'c>(c: &'c mut TokenCache, original: &str) -> Option<&'c str> {
        c.get(original).map(|b| std::str::from_utf8(b).unwrap())
    }

    #[test]
    fn holds_what_it_was_given_and_forgets_on_request() {
        let mut c = TokenCache::new([7, 9]);
        assert_eq!(get(&mut c, "alice"), None);
        c.insert("alice", "us_abc");
        c.insert("10.0.0.1", "172.16.9.3");
        assert_eq!(get(&mut c, "alice"), Some("us_abc"));
        assert_eq!(get(&mut c, "10.0.0.1"), Some("172.16.9.3"));
        assert_eq!(get(&mut c, "alic"), None);
        assert_eq!(get(&mut c, "alice "), None);
        c.insert("alice", "us_xyz");
        assert_eq!(get(&mut c, "alice"), Some("us_xyz"));
        assert_eq!(c.len(), 2);
        c.remove("alice");
        assert_eq!(get(&mut c, "alice"), None);
        assert_eq!(get(&mut c, "10.0.0.1"), Some("172.16.9.3"));
        c.clear();
        assert_eq!(get(&mut c, "10.0.0.1"), None);
        assert_eq!(c.len(), 0);
    }

    #[test]
    fn skips_what_does_not_fit() {
        let mut c = TokenCache::new([1, 2]);
        let long = "a".repeat(MAX_KEY + 1);
        c.insert(&long, "x");
        c.insert("", "x");
        c.insert("b", &"y".repeat(MAX_VALUE + 1));
        assert_eq!(c.len(), 0);
        assert_eq!(get(&mut c, &long), None);
        let key = "k".repeat(MAX_KEY);
        let value = "v".repeat(MAX_VALUE);
        c.insert(&key, &value);
        assert_eq!(get(&mut c, &key), Some(value.as_str()));
    }

    #[test]
    fn a_full_set_evicts_the_entry_used_least_recently() {
        let mut c = TokenCache::new([3, 5]);
        // Three originals of one set.
        let mut same = Vec::new();
        let first = pack("v0").unwrap();
        for i in 0.. {
            let o = format!("v{i}");
            if c.place(&pack(&o).unwrap()).set == c.place(&first).set {
                same.push(o);
                if same.len() == 3 {
                    break;
                }
            }
        }
        c.insert(&same[0], "r0");
        c.insert(&same[1], "r1");
        assert_eq!(get(&mut c, &same[0]), Some("r0"));
        c.insert(&same[2], "r2");
        assert_eq!(
            get(&mut c, &same[0]),
            Some("r0"),
            "the recently used entry stays"
        );
        assert_eq!(get(&mut c, &same[1]), None, "the other is evicted");
        assert_eq!(get(&mut c, &same[2]), Some("r2"));
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn compaction_keeps_every_live_replacement() {
        let mut c = TokenCache::new([17, 19]);
        let value = |i: usize| format!("{i:0>width$}", width = MAX_VALUE);
        // Rewriting a few originals many times fills the arena with dead
        // replacements, several compactions over.
        for round in 0..(3 * ARENA_LIMIT / MAX_VALUE / 10) {
            for i in 0..10 {
                c.insert(&format!("o{i}"), &value(round * 10 + i));
            }
        }
        assert!(c.arena.len() <= ARENA_LIMIT);
        let last = 3 * ARENA_LIMIT / MAX_VALUE / 10 - 1;
        for i in 0..10 {
            assert_eq!(
                get(&mut c, &format!("o{i}")),
                Some(value(last * 10 + i).as_str())
            );
        }
    }

    proptest! {
        /// Whatever the cache returns is what was last inserted for that
        /// original, and it never holds more than it was given.
        #[test]
        fn never_answers_wrong(ops in proptest::collection::vec(
            (0u8..3, "[a-c]{1,3}", "[x-z]{0,40}"), 0..200)
        ) {
            let mut c = TokenCache::new([11, 13]);
            let mut model: HashMap<String, String> = HashMap::new();
            for (op, k, v) in ops {
                match op {
                    0 => { c.insert(&k, &v); model.insert(k, v); }
                    1 => { c.remove(&k); model.remove(&k); }
                    _ => {
                        if let Some(got) = get(&mut c, &k) {
                            prop_assert_eq!(Some(got), model.get(&k).map(String::as_str));
                        }
                    }
                }
                prop_assert!(c.len() <= model.len());
            }
        }
    }
}
