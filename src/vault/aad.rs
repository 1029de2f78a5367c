//! The associated data that binds a sealed entry to its token, category,
//! domain, epoch and leaf.

use super::wrap;

/// Associated data of an entry.
pub(super) fn entry_aad(domain: &str, category: &str, token: &str, epoch: u64) -> Vec<u8> {
    let mut aad = Vec::with_capacity(40 + domain.len() + category.len() + token.len());
    entry_aad_into(&mut aad, domain, category, token, epoch);
    aad
}

/// Associated data of a leaf-keyed entry: also binds the leaf index.
pub(super) fn leaf_aad_into(
    aad: &mut Vec<u8>,
    domain: &str,
    category: &str,
    token: &str,
    epoch: u64,
    leaf: u32,
) {
    aad.clear();
    wrap::lp(aad, b"veil vault entry v2");
    wrap::lp(aad, domain.as_bytes());
    wrap::lp(aad, category.as_bytes());
    wrap::lp(aad, token.as_bytes());
    aad.extend_from_slice(&epoch.to_be_bytes());
    aad.extend_from_slice(&leaf.to_be_bytes());
}

/// [`entry_aad`] into a reused buffer (cleared first).
fn entry_aad_into(aad: &mut Vec<u8>, domain: &str, category: &str, token: &str, epoch: u64) {
    aad.clear();
    wrap::lp(aad, b"veil vault entry v1");
    wrap::lp(aad, domain.as_bytes());
    wrap::lp(aad, category.as_bytes());
    wrap::lp(aad, token.as_bytes());
    aad.extend_from_slice(&epoch.to_be_bytes());
}
