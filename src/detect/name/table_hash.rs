//! The gazetteer table's hash of a lower-cased word. `build.rs` builds the
//! table with it and [`super::gazetteer`] probes with it, so it is plain
//! `u64` arithmetic: the same on the build host and on every target.

/// The hash of `w`: its 8-byte groups folded by multiplication, then
/// mixed (MurmurHash3's finaliser), so the low bits (the slot) and the top
/// byte (the tag) both depend on every byte.
#[inline]
pub(crate) fn word_hash(w: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (w.len() as u64 ^ 0x6e61_6d65).wrapping_mul(K);
    let mut groups = w.chunks_exact(8);
    for g in &mut groups {
        let mut x = [0u8; 8];
        x.copy_from_slice(g);
        h = (h ^ u64::from_le_bytes(x)).wrapping_mul(K).rotate_left(31);
    }
    let rest = groups.remainder();
    if !rest.is_empty() {
        let mut x = [0u8; 8];
        x[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(x)).wrapping_mul(K).rotate_left(31);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}
