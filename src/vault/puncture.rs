//! Puncturable entry keys: an erasure destroys the key of one token's
//! entries, and nothing else, in the shred-key file — so that no copy of
//! the vault file, old or new, opens them again with the keys that remain.
//!
//! # Construction
//!
//! Each category has a GGM tree (Goldreich, Goldwasser and Micali's
//! pseudorandom function) of depth 32 over 256-bit node secrets. A node's
//! children come from AES-256 in counter mode keyed with the node, used as a
//! length-doubling generator:
//!
//! ```text
//! G(s)  = AES-256_s(0) || AES-256_s(1) || AES-256_s(2) || AES-256_s(3)
//!         (16-byte big-endian counter blocks)
//! left  = G(s)[0..32]      right = G(s)[32..64]
//! ```
//!
//! Leaf `i` is reached from the root by the bits of `i`, most significant
//! first. A token gets a leaf index the first time it is sealed and keeps it
//! for as long as the vault holds it, across epochs, so every seal of the
//! token — in the live file, in free pages, in old copies, under every
//! epoch's data key `K` — depends on the same leaf. Its entry key is the
//! leaf enciphered under the data key:
//!
//! ```text
//! entry key = AES-256_K(leaf_i[0..16]) || AES-256_K(leaf_i[16..32])
//! ```
//!
//! Without the data key (a pipeline host, which forgets it when the epoch
//! ends) that is a pseudorandom function of the leaf; with the data key but
//! without the leaf (the reveal side after an erasure) it is a permutation
//! of a secret, uniformly random value, so just as unknown. The data key's
//! AES schedule is expanded once per key, so an entry key costs two block
//! encryptions.
//!
//! The shred-key file keeps, per category, a set of nodes that covers every
//! leaf not erased: at first just the root. Erasing leaf `i` replaces the
//! node covering it by the siblings along the path from that node down to
//! the leaf (at most 32 nodes, 37 bytes each in the file): every other leaf
//! can still be derived, and leaf `i` cannot, from this file or any later
//! version of it. The tree itself opens nothing without the data keys, so
//! the pipeline may hold it, and so may the file.

use aes::Aes256Enc;
use aes::cipher::{Array, BlockCipherEncrypt, KeyInit};
use zeroize::{Zeroize, Zeroizing};

use crate::keys::SecretKey;

/// Levels below the root: leaf indices are `u32`.
pub(super) const DEPTH: u8 = 32;

/// One node of a tree: `prefix` is the top `depth` bits of every leaf
/// index under it.
#[derive(Clone)]
pub(super) struct Node {
    pub depth: u8,
    pub prefix: u32,
    pub secret: SecretKey,
}

impl Node {
    fn covers(&self, index: u32) -> bool {
        self.depth == 0 || u64::from(index) >> (DEPTH - self.depth) == u64::from(self.prefix)
    }
}

/// The nodes that cover every leaf not erased. Debug prints no secret.
#[derive(Clone)]
pub(super) struct Tree {
    pub nodes: Vec<Node>,
}

impl std::fmt::Debug for Tree {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tree({} nodes [redacted])", self.nodes.len())
    }
}

impl Tree {
    /// A tree whose only node is `root`: every leaf is there.
    pub fn new(root: SecretKey) -> Tree {
        Tree {
            nodes: vec![Node {
                depth: 0,
                prefix: 0,
                secret: root,
            }],
        }
    }

    fn covering(&self, index: u32) -> Option<&Node> {
        self.nodes.iter().find(|n| n.covers(index))
    }

    /// Leaf `index`, or `None` if it was erased.
    pub fn leaf(&self, index: u32) -> Option<SecretKey> {
        let node = self.covering(index)?;
        let mut s = Zeroizing::new(*node.secret.expose());
        for level in node.depth..DEPTH {
            *s = child(&s, bit(index, level));
        }
        Some(SecretKey::from_bytes(*s))
    }

    /// Erases leaf `index`: afterwards no node of the tree leads to it.
    /// Returns whether it was there.
    pub fn puncture(&mut self, index: u32) -> bool {
        let Some(at) = self.nodes.iter().position(|n| n.covers(index)) else {
            return false;
        };
        let node = self.nodes.swap_remove(at);
        let mut s = Zeroizing::new(*node.secret.expose());
        for level in node.depth..DEPTH {
            let b = bit(index, level);
            let depth = level + 1;
            // The prefix of the sibling at `depth`: the index's top `depth`
            // bits with the last one flipped.
            let prefix = (u64::from(index) >> (DEPTH - depth)) as u32 ^ 1;
            self.nodes.push(Node {
                depth,
                prefix,
                secret: SecretKey::from_bytes(child(&s, b ^ 1)),
            });
            *s = child(&s, b);
        }
        true
    }
}

/// Bit `level` of `index`, from the most significant (level 0).
fn bit(index: u32, level: u8) -> u32 {
    (index >> (u32::from(DEPTH) - 1 - u32::from(level))) & 1
}

/// The child of a node on side `bit` (0 left, 1 right).
fn child(secret: &[u8; 32], bit: u32) -> [u8; 32] {
    let mut key = Array::from(*secret);
    let aes = Aes256Enc::new(&key);
    key.as_mut_slice().zeroize();
    let mut blocks: [Array<u8, aes::cipher::consts::U16>; 2] = Default::default();
    // Counter blocks 2·bit and 2·bit + 1 of G(s).
    blocks[0][15] = (2 * bit) as u8;
    blocks[1][15] = (2 * bit + 1) as u8;
    aes.encrypt_blocks(&mut blocks);
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(&blocks[0]);
    out[16..].copy_from_slice(&blocks[1]);
    for b in &mut blocks {
        b.as_mut_slice().zeroize();
    }
    out
}

/// Derives leaves for a writer, which asks for fresh indices in order and
/// for a few old ones: the path to the last leaf is kept, so consecutive
/// indices cost about two child derivations instead of 32.
pub(super) struct Cursor {
    /// `path[d]`: the node at depth `d` on the path to `last`, for
    /// `d >= base.0`.
    path: Zeroizing<[[u8; 32]; DEPTH as usize + 1]>,
    /// The covering node the path starts from (depth, prefix).
    base: Option<(u8, u32)>,
    last: u32,
}

impl Default for Cursor {
    fn default() -> Cursor {
        Cursor {
            path: Zeroizing::new([[0u8; 32]; DEPTH as usize + 1]),
            base: None,
            last: 0,
        }
    }
}

impl std::fmt::Debug for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cursor([redacted])")
    }
}

impl Cursor {
    /// Leaf `index` of `tree` (the same tree, or a later version of it,
    /// at every call), or `None` if it was erased.
    pub fn leaf(&mut self, tree: &Tree, index: u32) -> Option<SecretKey> {
        let node = tree.covering(index)?;
        let from = match self.base {
            // Nodes are fixed by the root, so a path from the same covering
            // node is still right.
            Some(base) if base == (node.depth, node.prefix) => {
                let shared = (self.last ^ index).leading_zeros().min(u32::from(DEPTH)) as u8;
                shared.max(node.depth)
            }
            _ => {
                self.path[usize::from(node.depth)] = *node.secret.expose();
                self.base = Some((node.depth, node.prefix));
                node.depth
            }
        };
        for level in from..DEPTH {
            let l = usize::from(level);
            self.path[l + 1] = child(&self.path[l], bit(index, level));
        }
        self.last = index;
        Some(SecretKey::from_bytes(self.path[usize::from(DEPTH)]))
    }
}

/// A data key's AES-256 schedule, expanded once per key: each entry key
/// then costs two block encryptions. Wiped on drop.
pub(super) fn deriver(data_key: &SecretKey) -> Aes256Enc {
    let mut key = Array::from(*data_key.expose());
    let aes = Aes256Enc::new(&key);
    key.as_mut_slice().zeroize();
    aes
}

/// The key of the entry whose leaf secret is `leaf`, under the data key
/// `deriver` was made from (see the module doc).
pub(super) fn entry_key(deriver: &Aes256Enc, leaf: &SecretKey) -> SecretKey {
    let mut blocks: [Array<u8, aes::cipher::consts::U16>; 2] = Default::default();
    blocks[0].copy_from_slice(&leaf.expose()[..16]);
    blocks[1].copy_from_slice(&leaf.expose()[16..]);
    deriver.encrypt_blocks(&mut blocks);
    let mut out = [0u8; 32];
    out[..16].copy_from_slice(&blocks[0]);
    out[16..].copy_from_slice(&blocks[1]);
    let key = SecretKey::from_bytes(out);
    out.zeroize();
    for b in &mut blocks {
        b.as_mut_slice().zeroize();
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> Tree {
        Tree::new(SecretKey::from_bytes([7u8; 32]))
    }

    fn hex(b: &[u8]) -> String {
        data_encoding::HEXLOWER.encode(b)
    }

    /// The generator is AES-256 in counter mode, checked against the
    /// FIPS-197 appendix C.3 vector for the first block's cipher, and
    /// the derivation is pinned: a change would orphan every stored entry.
    #[test]
    fn known_answers() {
        // FIPS-197 C.3: key 00..1f, plaintext 00112233..ff.
        let key: [u8; 32] = std::array::from_fn(|i| i as u8);
        let aes = Aes256Enc::new(&Array::from(key));
        let mut block = Array::from([
            0x00u8, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd,
            0xee, 0xff,
        ]);
        aes.encrypt_block(&mut block);
        assert_eq!(hex(&block), "8ea2b7ca516745bfeafc49904b496089");
        // child(s, 1) is counter blocks 2 and 3 under s.
        let mut b2 = Array::from([0u8; 16]);
        b2[15] = 2;
        let mut b3 = Array::from([0u8; 16]);
        b3[15] = 3;
        aes.encrypt_block(&mut b2);
        aes.encrypt_block(&mut b3);
        let right = child(&key, 1);
        assert_eq!(&right[..16], b2.as_slice());
        assert_eq!(&right[16..], b3.as_slice());
        assert_eq!(
            hex(root().leaf(5).unwrap().expose()),
            PINNED_LEAF_5,
            "the leaf derivation changed"
        );
    }

    const PINNED_LEAF_5: &str = "8cdcabfaf6e0641167d9a81eb73070caf761ade97260bddbfed9823d3dc4171d";

    #[test]
    fn a_punctured_leaf_is_gone_and_every_other_leaf_stays() {
        let full = root();
        let mut tree = root();
        assert!(tree.puncture(1000));
        assert!(!tree.puncture(1000));
        assert_eq!(tree.nodes.len(), 32);
        assert!(tree.leaf(1000).is_none());
        for i in [0, 1, 999, 1001, 1 << 20, u32::MAX] {
            assert_eq!(
                tree.leaf(i).unwrap().expose(),
                full.leaf(i).unwrap().expose(),
                "leaf {i}"
            );
        }
        // A second puncture splits only the node that covered it.
        assert!(tree.puncture(1001));
        assert!(tree.leaf(1001).is_none() && tree.leaf(1000).is_none());
        assert_eq!(
            tree.leaf(1002).unwrap().expose(),
            full.leaf(1002).unwrap().expose()
        );
        assert!(tree.nodes.len() <= 63);
        // The leaves at the edges of the index space.
        let mut edges = root();
        assert!(edges.puncture(0) && edges.puncture(u32::MAX));
        assert!(edges.leaf(0).is_none() && edges.leaf(u32::MAX).is_none());
        assert_eq!(
            edges.leaf(1).unwrap().expose(),
            full.leaf(1).unwrap().expose()
        );
    }

    #[test]
    fn no_remaining_node_derives_a_punctured_leaf() {
        let mut tree = root();
        let erased = [3u32, 4, 77, 1 << 31, 12345];
        for &i in &erased {
            tree.puncture(i);
        }
        let full = root();
        for &i in &erased {
            let target = full.leaf(i).unwrap();
            // Walk down from every node, along i's bits where it covers i.
            for n in &tree.nodes {
                assert!(!n.covers(i));
                let mut s = *n.secret.expose();
                for level in n.depth..DEPTH {
                    s = child(&s, bit(i, level));
                }
                assert_ne!(&s, target.expose());
            }
        }
    }

    #[test]
    fn the_cursor_agrees_with_the_tree() {
        let full = root();
        let mut tree = root();
        tree.puncture(40);
        let mut cursor = Cursor::default();
        for i in (0..100).chain([5, 5, 1 << 16, 7, u32::MAX, 0]) {
            let expected = tree.leaf(i).map(|k| *k.expose());
            assert_eq!(cursor.leaf(&tree, i).map(|k| *k.expose()), expected, "{i}");
            if i != 40 {
                assert_eq!(expected.unwrap(), *full.leaf(i).unwrap().expose());
            }
        }
        // Then the tree is punctured under the cursor's path.
        tree.puncture(41);
        assert!(cursor.leaf(&tree, 41).is_none());
        assert_eq!(
            cursor.leaf(&tree, 42).unwrap().expose(),
            full.leaf(42).unwrap().expose()
        );
    }

    /// Timing, not a pass/fail test:
    /// `cargo test --release --lib vault::puncture::tests::time_leaves -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_leaves() {
        let tree = root();
        let mut cursor = Cursor::default();
        let n = 1_000_000u32;
        let start = std::time::Instant::now();
        for i in 0..n {
            std::hint::black_box(cursor.leaf(&tree, i));
        }
        let ns = start.elapsed().as_nanos() as f64 / f64::from(n);
        println!("leaf, next index (a new token): {ns:.0} ns");
        let mut x = 0x9e37_79b9u32;
        let n = 100_000u32;
        let start = std::time::Instant::now();
        for _ in 0..n {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            std::hint::black_box(cursor.leaf(&tree, x));
        }
        let ns = start.elapsed().as_nanos() as f64 / f64::from(n);
        println!("leaf, random index (a token sealed again in a new epoch): {ns:.0} ns");
        let d = deriver(&SecretKey::from_bytes([1; 32]));
        let leaf = SecretKey::from_bytes([3; 32]);
        let start = std::time::Instant::now();
        for _ in 0..n {
            let k = entry_key(&d, &leaf);
            std::hint::black_box(crate::keys::seal::Sealer::new(&k));
        }
        let ns = start.elapsed().as_nanos() as f64 / f64::from(n);
        println!("entry key and its AES-GCM schedule: {ns:.0} ns");
    }

    #[test]
    fn entry_keys_depend_on_the_data_key_and_the_leaf() {
        let a = deriver(&SecretKey::from_bytes([1; 32]));
        let b = deriver(&SecretKey::from_bytes([2; 32]));
        let leaf = SecretKey::from_bytes([3; 32]);
        let other = SecretKey::from_bytes([4; 32]);
        let k = *entry_key(&a, &leaf).expose();
        assert_eq!(k, *entry_key(&a, &leaf).expose());
        assert_ne!(k, *entry_key(&b, &leaf).expose());
        assert_ne!(k, *entry_key(&a, &other).expose());
        // Each half is one AES-256 block under the data key.
        let aes = Aes256Enc::new(&Array::from([1u8; 32]));
        let mut half = Array::from([3u8; 16]);
        aes.encrypt_block(&mut half);
        assert_eq!(&k[..16], half.as_slice());
        assert_eq!(&k[16..], half.as_slice());
    }
}
