//! HKDF labels: the one place that decides which sub-key serves which purpose.
//!
//! A label is `veil/v1` followed by its components, each written as
//! `<byte length>:<bytes>` (a netstring without the trailing comma). The
//! encoding is prefix-free, so distinct component lists always give distinct
//! labels: `("a", "bc")` and `("ab", "c")` become `1:a2:bc` and `2:ab1:c`.
//! The first component names the purpose, so a pseudonym key can never equal
//! an ipcrypt or quarantine key either.

use std::fmt::Write as _;

/// Version tag of the label scheme; changing any label changes every key.
const SCHEME: &str = "veil/v1";

fn build(components: &[&str]) -> String {
    let len = SCHEME.len() + components.iter().map(|c| c.len() + 8).sum::<usize>();
    let mut label = String::with_capacity(len);
    label.push_str(SCHEME);
    for c in components {
        // Writing to a String cannot fail.
        let _ = write!(label, "{}:{}", c.len(), c);
    }
    label
}

/// The HMAC key for pseudonyms of `category` (e.g. `phone`) sent to the
/// pseudonymisation `domain` (a recipient, e.g. `siem`). Different domains
/// get unlinkable pseudonyms for one value.
pub fn pseudonym(domain: &str, category: &str) -> String {
    build(&["pseudonym", domain, category])
}

/// The ipcrypt-pfx key (32 bytes: two AES-128 keys) for IP addresses sent to
/// `domain`.
pub fn ipcrypt(domain: &str) -> String {
    build(&["ipcrypt-pfx", domain])
}

/// The AES-256-GCM key that seals quarantined records.
pub fn quarantine() -> String {
    build(&["quarantine"])
}

/// One step of the epoch chain: `G(d+1) = HKDF(G(d), chain_next())`.
pub fn chain_next() -> String {
    build(&["chain", "next"])
}

/// The seed of an epoch of `length` days, from the chain state of its first
/// day. The length is part of it, so that the seed of a long epoch gives
/// nothing of a shorter one that starts the same day.
pub fn epoch_seed(length: u64) -> String {
    build(&["epoch", &length.to_string()])
}

/// The HMAC key that chains the audit log.
pub fn audit() -> String {
    build(&["audit"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_length_prefixed() {
        assert_eq!(pseudonym("a", "bc"), "veil/v19:pseudonym1:a2:bc");
        assert_ne!(pseudonym("a", "bc"), pseudonym("ab", "c"));
        assert_ne!(pseudonym("", "abc"), pseudonym("abc", ""));
        // A separator inside a component cannot forge a boundary.
        assert_ne!(pseudonym("a1:b", "c"), pseudonym("a", "b1:c"));
    }

    #[test]
    fn purposes_never_collide() {
        let all = [
            pseudonym("siem", "phone"),
            pseudonym("fraud", "phone"),
            pseudonym("siem", "email"),
            ipcrypt("siem"),
            ipcrypt("fraud"),
            quarantine(),
            audit(),
            chain_next(),
            epoch_seed(7),
            epoch_seed(30),
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn lengths_count_bytes_not_chars() {
        assert_eq!(ipcrypt("å"), "veil/v111:ipcrypt-pfx2:å");
    }
}
