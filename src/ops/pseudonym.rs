//! Keyed pseudonyms: HMAC-SHA256 under a per-(domain, category) sub-key.
//!
//! Text form: `<prefix>_` and the first 120 bits of the MAC in lower-case
//! RFC 4648 base32 without padding (24 characters), e.g. `ph_k3v...`. The
//! prefix makes tokens recognisable in pasted text; 120 bits keep collisions
//! out of reach (birthday bound about 2^60 values).
//!
//! A category with epoch keys writes **versioned tokens**: `<prefix>_`, the
//! epoch's start day in 4 base32 characters, then the same 24 characters of
//! MAC (`ph_aa7bnt4dvdomsuwkuqz6mdupmtab`): 28 characters after the `_`,
//! where a legacy token has 24, so the reveal side tells them apart by
//! length and knows which epoch's key made a versioned one
//! ([`token_epoch`]). Legacy tokens keep their exact spelling.
//!
//! The HMAC is keyed once at construction; each value clones the keyed state,
//! which skips hashing the two key pads again (about half the cost for short
//! values).

use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::OpError;
use crate::detect::Kind;
use crate::keys::SecretKey;
pub use crate::keys::epoch::EPOCH_CHARS;

/// Base32 characters in a token after `<prefix>_`.
pub const TOKEN_CHARS: usize = 24;

/// MAC bytes in a text token: 15 bytes = 120 bits = 24 base32 characters.
const TOKEN_BYTES: usize = 15;

/// Longest accepted prefix.
const MAX_PREFIX: usize = 16;

/// Leading byte of the HMAC input for a pseudonymised e-mail domain. Never the
/// first byte of UTF-8 text, so a domain can never collide with a value.
const DOMAIN_TAG: u8 = 0xff;

/// What happens to the domain of an e-mail address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmailDomain {
    /// Keep the domain as written (`<token>@example.se`): the SIEM can still
    /// group by organisation.
    #[default]
    Keep,
    /// Replace the domain too, with `dm-<24 base32>.invalid` (RFC 2606
    /// reserves `.invalid`, so the result can never route mail).
    Pseudonymise,
}

/// The vault key of a replacement: the token itself, and of an e-mail
/// pseudonym the part before its `@` (or `%40`, in a URL).
pub fn vault_token(kind: Kind, replacement: &str) -> &str {
    let end = if kind == Kind::Email {
        replacement.find(['@', '%'])
    } else {
        replacement.find('@')
    };
    &replacement[..end.unwrap_or(replacement.len())]
}

/// The default token prefix of a built-in kind; `None` for custom kinds,
/// whose rule must name one.
pub fn default_prefix(kind: Kind) -> Option<&'static str> {
    Some(match kind {
        Kind::Ipv4 | Kind::HostIpv4 | Kind::ArpaIpv4 | Kind::Ipv6 => "ip",
        Kind::Mac => "mac",
        Kind::Email => "em",
        Kind::Username => "us",
        Kind::Phone => "ph",
        Kind::Personnummer => "pn",
        Kind::Samordningsnummer => "sn",
        Kind::Orgnr => "on",
        Kind::Badge => "bd",
        Kind::PersonName => "nm",
        Kind::Imei => "ie",
        Kind::Imsi => "is",
        Kind::Custom(_) => return None,
    })
}

/// A keyed pseudonym operator. Debug prints `[redacted]` for the key.
#[derive(Clone)]
pub struct Pseudonym {
    /// HMAC-SHA256 state after absorbing the key; cloned per value.
    keyed: Hmac<Sha256>,
    prefix: Box<str>,
    email_domain: EmailDomain,
    /// The epoch's start day in base32, for versioned tokens.
    epoch: Option<[u8; EPOCH_CHARS]>,
}

impl fmt::Debug for Pseudonym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pseudonym")
            .field("key", &"[redacted]")
            .field("prefix", &self.prefix)
            .field("email_domain", &self.email_domain)
            .field("epoch", &self.epoch_day())
            .finish()
    }
}

impl Pseudonym {
    /// Keys a pseudonym operator. `key` must be the sub-key for this domain
    /// and category (`keyring.derive(&label::pseudonym(domain, category))`);
    /// `prefix` is 1-16 characters of `a-z0-9`.
    pub fn new(key: &SecretKey, prefix: &str) -> Result<Pseudonym, OpError> {
        if prefix.is_empty()
            || prefix.len() > MAX_PREFIX
            || !prefix
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        {
            return Err(OpError::BadPrefix);
        }
        Ok(Pseudonym {
            keyed: keyed_hmac(key.expose()),
            prefix: prefix.into(),
            email_domain: EmailDomain::Keep,
            epoch: None,
        })
    }

    /// Writes versioned tokens that name the epoch starting on `start_day`
    /// (days since 1970-01-01); `key` must be that epoch's key.
    pub fn with_epoch(mut self, start_day: u64) -> Pseudonym {
        self.epoch = Some(epoch_chars(start_day));
        self
    }

    /// The start day of the epoch its tokens name, if versioned.
    pub fn epoch_day(&self) -> Option<u64> {
        self.epoch.map(|c| decode_epoch(&c).unwrap_or(0))
    }

    /// Keys a pseudonym operator with the default prefix of `kind`.
    pub fn for_kind(key: &SecretKey, kind: Kind) -> Result<Pseudonym, OpError> {
        let prefix = default_prefix(kind).ok_or(OpError::NoDefaultPrefix)?;
        Pseudonym::new(key, prefix)
    }

    /// Sets what happens to e-mail domains (default: kept).
    pub fn with_email_domain(mut self, email_domain: EmailDomain) -> Pseudonym {
        self.email_domain = email_domain;
        self
    }

    /// The token prefix, without the `_`.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Appends the text token `<prefix>_<24 base32>` for `canonical` to `out`.
    /// Allocates nothing beyond growing `out`.
    pub fn token(&self, canonical: &str, out: &mut String) {
        let mac = self.mac(&[canonical.as_bytes()]);
        out.reserve(self.prefix.len() + 1 + EPOCH_CHARS + TOKEN_CHARS);
        out.push_str(&self.prefix);
        out.push('_');
        if let Some(e) = &self.epoch {
            // Base32 characters: ASCII.
            out.extend(e.iter().map(|&b| char::from(b)));
        }
        push_token_chars(&mac, out);
    }

    /// Appends the pseudonym of a value of `kind`: a text token, or a typed
    /// value for e-mail and MAC addresses. `out` may hold a partial result on
    /// error; [`super::Operator::apply`] truncates it.
    pub fn apply(
        &self,
        kind: Kind,
        original: &str,
        canonical: &str,
        out: &mut String,
    ) -> Result<(), OpError> {
        match kind {
            Kind::Email => self.email(original, canonical, out),
            Kind::Mac => self.mac_address(original, canonical, out),
            _ => {
                self.token(canonical, out);
                Ok(())
            }
        }
    }

    /// HMAC of the concatenated parts under the pre-keyed state.
    fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut m = self.keyed.clone();
        for p in parts {
            m.update(p);
        }
        m.finalize().into_bytes().into()
    }

    /// `<token of the whole address>@<domain>`: the token is keyed by the
    /// full canonical address, so `a@x.se` and `a@y.se` are unrelated.
    fn email(&self, original: &str, canonical: &str, out: &mut String) -> Result<(), OpError> {
        let (_, canon_domain) = canonical.rsplit_once('@').ok_or(OpError::Malformed)?;
        let (local, sep, domain) = split_address(original).ok_or(OpError::Malformed)?;
        if local.is_empty() || domain.is_empty() || canon_domain.is_empty() {
            return Err(OpError::Malformed);
        }
        self.token(canonical, out);
        out.push_str(sep);
        match self.email_domain {
            EmailDomain::Keep => out.push_str(domain),
            EmailDomain::Pseudonymise => {
                let mac = self.mac(&[&[DOMAIN_TAG], canon_domain.as_bytes()]);
                out.push_str("dm-");
                push_token_chars(&mac, out);
                out.push_str(".invalid");
            }
        }
        Ok(())
    }

    /// A MAC-shaped pseudonym: 48 bits of the HMAC with the locally
    /// administered bit set and the multicast bit cleared (so it can never
    /// be mistaken for a vendor's address), written in the original's
    /// separators and case.
    ///
    /// 46 free bits mean collisions become likely around 2^23 distinct
    /// MACs per domain; the text token is the choice when that matters.
    fn mac_address(
        &self,
        original: &str,
        canonical: &str,
        out: &mut String,
    ) -> Result<(), OpError> {
        // A MAC from a URL (`00%3A1a%3A...`) is written back decoded.
        let decoded = crate::detect::percent_decoded(original);
        let original = decoded.as_deref().unwrap_or(original);
        let mut digits = 0usize;
        let mut upper = false;
        for c in original.chars() {
            match c {
                '0'..='9' | 'a'..='f' => digits += 1,
                'A'..='F' => {
                    digits += 1;
                    upper = true;
                }
                ':' | '-' | '.' => {}
                _ => return Err(OpError::Malformed),
            }
        }
        // The BSD notation (`0:1a:2b:3c:4d:5e`) has fewer digits; its
        // pseudonym is written in full, two digits per octet.
        let padded = digits != 12;
        if padded && !(digits >= 6 && canonical.len() == 17 && original.contains(':')) {
            return Err(OpError::Malformed);
        }
        let mac = self.mac(&[canonical.as_bytes()]);
        let mut bytes = [0u8; 6];
        bytes.copy_from_slice(&mac[..6]);
        bytes[0] = (bytes[0] | 0x02) & !0x01;
        let alphabet: &[u8; 16] = if upper {
            b"0123456789ABCDEF"
        } else {
            b"0123456789abcdef"
        };
        let mut nibble = 0usize;
        out.reserve(original.len());
        if padded {
            for (k, byte) in bytes.iter().enumerate() {
                if k > 0 {
                    out.push(':');
                }
                out.push(char::from(alphabet[usize::from(byte >> 4)]));
                out.push(char::from(alphabet[usize::from(byte & 0x0f)]));
            }
            return Ok(());
        }
        for c in original.chars() {
            if c.is_ascii_hexdigit() {
                let byte = bytes[nibble / 2];
                let v = if nibble % 2 == 0 {
                    byte >> 4
                } else {
                    byte & 0x0f
                };
                out.push(char::from(alphabet[usize::from(v)]));
                nibble += 1;
            } else {
                out.push(c);
            }
        }
        Ok(())
    }
}

/// Keys HMAC-SHA256 with a 32-byte key. An HMAC key shorter than the hash
/// block is zero-padded by definition, so padding it to the 64-byte block
/// is the same key and keeps construction infallible.
fn keyed_hmac(key: &[u8; 32]) -> Hmac<Sha256> {
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key);
    let keyed = <Hmac<Sha256> as KeyInit>::new(&block.into());
    zeroize::Zeroize::zeroize(&mut block);
    keyed
}

/// Lower-case base32 alphabet (RFC 4648 section 6).
const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// A start day as 4 base32 characters, most significant first (20 bits).
fn epoch_chars(day: u64) -> [u8; EPOCH_CHARS] {
    let day = day.min((1 << 20) - 1);
    std::array::from_fn(|i| BASE32[((day >> (5 * (EPOCH_CHARS - 1 - i))) & 31) as usize])
}

fn decode_epoch(chars: &[u8]) -> Option<u64> {
    chars.iter().try_fold(0u64, |acc, &c| {
        let v = BASE32.iter().position(|&b| b == c)?;
        Some((acc << 5) | v as u64)
    })
}

/// The epoch start day a token names: `Some(day)` for a versioned token
/// (28 characters after the `_`), `None` for a legacy one (24) or anything
/// else. `token` is the token alone, without an e-mail domain.
pub fn token_epoch(token: &str) -> Option<u64> {
    let (_, body) = token.split_once('_')?;
    if body.len() != EPOCH_CHARS + TOKEN_CHARS {
        return None;
    }
    decode_epoch(&body.as_bytes()[..EPOCH_CHARS])
}

/// Appends the first 15 MAC bytes as 24 base32 characters: three 40-bit
/// groups of 8 characters each, without the general encoder's bit loop.
fn push_token_chars(mac: &[u8; 32], out: &mut String) {
    let mut chars = [0u8; TOKEN_CHARS];
    for (group, dst) in mac[..TOKEN_BYTES]
        .chunks_exact(5)
        .zip(chars.chunks_exact_mut(8))
    {
        let v = group.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        for (i, c) in dst.iter_mut().enumerate() {
            *c = BASE32[((v >> (35 - 5 * i)) & 31) as usize];
        }
    }
    match std::str::from_utf8(&chars) {
        Ok(text) => out.push_str(text),
        // Unreachable (the alphabet is ASCII), but never emit a short token.
        Err(_) => base32_lower(&mac[..TOKEN_BYTES], out),
    }
}

/// RFC 4648 base32, lower-case alphabet, no padding.
fn base32_lower(bytes: &[u8], out: &mut String) {
    let mut acc: u16 = 0;
    let mut bits = 0u32;
    for &b in bytes {
        acc = (acc << 8) | u16::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[usize::from((acc >> bits) & 31)]));
        }
        // Keep only the bits not yet emitted, so the shift never overflows.
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(char::from(BASE32[usize::from((acc << (5 - bits)) & 31)]));
    }
}

/// An address split at its last `@`, or at its last `%40` when it came
/// from a URL (`jdoe%40example.se`), or `%2540` when from a URL encoded
/// twice: local part, the separator as written, domain.
fn split_address(original: &str) -> Option<(&str, &str, &str)> {
    let b = original.as_bytes();
    let at = memchr::memrchr(b'@', b);
    let once = memchr::memmem::rfind(b, b"%40").map(|p| (p, 3));
    let twice = memchr::memmem::rfind(b, b"%2540").map(|p| (p, 5));
    let pct = once.max(twice);
    let (i, n) = match (at, pct) {
        (Some(a), Some(p)) if p.0 > a => p,
        (Some(a), _) => (a, 1),
        (None, Some(p)) => p,
        (None, None) => return None,
    };
    Some((&original[..i], &original[i..i + n], &original[i + n..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{Keyring, label};
    use std::time::Instant;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// RFC 4648 section 10, lower-cased and without padding.
    #[test]
    fn base32_rfc4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "my"),
            ("fo", "mzxq"),
            ("foo", "mzxw6"),
            ("foob", "mzxw6yq"),
            ("fooba", "mzxw6ytb"),
            ("foobar", "mzxw6ytboi"),
        ] {
            let mut out = String::new();
            base32_lower(input.as_bytes(), &mut out);
            assert_eq!(out, expected, "{input:?}");
        }
        let mut out = String::new();
        base32_lower(&[0xff; 15], &mut out);
        assert_eq!(out, "7".repeat(24));
        // The fixed-size token encoder agrees with the general one.
        for seed in 0..64u8 {
            let mac: [u8; 32] =
                std::array::from_fn(|i| seed.wrapping_mul(37) ^ (i as u8).wrapping_mul(11));
            let (mut fast, mut slow) = (String::new(), String::new());
            push_token_chars(&mac, &mut fast);
            base32_lower(&mac[..15], &mut slow);
            assert_eq!(fast, slow);
        }
    }

    /// RFC 4231 HMAC-SHA256 test cases 1-4, 6 and 7, through the same
    /// clone-the-keyed-state path as `token`. Keys longer than 32 bytes use
    /// the crate's variable-length constructor; the per-value path is shared.
    #[test]
    fn hmac_sha256_rfc4231_vectors() {
        let big_key = [0xaau8; 131];
        let cases: [(&[u8], &[u8], &str); 6] = [
            (
                &[0x0b; 20],
                b"Hi There",
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            ),
            (
                b"Jefe",
                b"what do ya want for nothing?",
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            ),
            (
                &[0xaa; 20],
                &[0xdd; 50],
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
            ),
            (
                &[
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                    23, 24, 25,
                ],
                &[0xcd; 50],
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
            ),
            (
                &big_key,
                b"Test Using Larger Than Block-Size Key - Hash Key First",
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            ),
            (
                &big_key,
                b"This is a test using a larger than block-size key and a larger than \
                  block-size data. The key needs to be hashed before being used by the \
                  HMAC algorithm.",
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
            ),
        ];
        for (i, (key, data, expected)) in cases.iter().enumerate() {
            let keyed = if key.len() <= 32 {
                let mut padded = [0u8; 32];
                // A 32-byte zero-padded key is the same HMAC key (RFC 2104).
                padded[..key.len()].copy_from_slice(key);
                keyed_hmac(&padded)
            } else {
                <Hmac<Sha256> as KeyInit>::new_from_slice(key).unwrap()
            };
            let p = Pseudonym {
                keyed,
                prefix: "t".into(),
                email_domain: EmailDomain::Keep,
                epoch: None,
            };
            // Twice, to show the keyed state is not consumed by a clone.
            for _ in 0..2 {
                assert_eq!(hex(&p.mac(&[data])), *expected, "case {i}");
            }
            // Split input gives the same MAC.
            let (a, b) = data.split_at(data.len() / 2);
            assert_eq!(hex(&p.mac(&[a, b])), *expected, "case {i} split");
        }
    }

    #[test]
    fn token_shape_and_determinism() {
        let key = SecretKey::from_bytes([5u8; 32]);
        let p = Pseudonym::for_kind(&key, Kind::Phone).unwrap();
        let mut a = String::new();
        p.token("+46701740683", &mut a);
        let mut b = String::new();
        p.token("+46701740683", &mut b);
        assert_eq!(a, b);
        assert_eq!(a.len(), 3 + TOKEN_CHARS);
        assert!(a.starts_with("ph_"));
        assert!(
            a[3..]
                .bytes()
                .all(|c| c.is_ascii_lowercase() || (b'2'..=b'7').contains(&c))
        );
        // The token is the HMAC truncated to 120 bits, base32.
        let mut expected = String::from("ph_");
        base32_lower(&p.mac(&[b"+46701740683"])[..15], &mut expected);
        assert_eq!(a, expected);
        let mut c = String::new();
        p.token("+46701740684", &mut c);
        assert_ne!(a, c);
    }

    #[test]
    fn domains_and_categories_get_unrelated_tokens() {
        let ring_key = SecretKey::from_bytes([9u8; 32]);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.toml");
        let ring = Keyring::create(&path).unwrap();
        let mut tokens = Vec::new();
        for (domain, category) in [("siem", "phone"), ("fraud", "phone"), ("siem", "badge")] {
            let key = ring.derive(&label::pseudonym(domain, category));
            let p = Pseudonym::new(&key, "ph").unwrap();
            let mut t = String::new();
            p.token("+46701740683", &mut t);
            tokens.push(t);
        }
        assert_ne!(tokens[0], tokens[1]);
        assert_ne!(tokens[0], tokens[2]);
        assert_ne!(tokens[1], tokens[2]);
        // And a different master secret gives a different token again.
        let other = Pseudonym::new(&ring_key, "ph").unwrap();
        let mut t = String::new();
        other.token("+46701740683", &mut t);
        assert!(!tokens.contains(&t));
    }

    #[test]
    fn versioned_tokens_name_their_epoch_and_keep_the_mac() {
        let key = SecretKey::from_bytes([5u8; 32]);
        let legacy = Pseudonym::for_kind(&key, Kind::Phone).unwrap();
        let versioned = legacy.clone().with_epoch(20_513);
        let (mut a, mut b) = (String::new(), String::new());
        legacy.token("+46701740683", &mut a);
        versioned.token("+46701740683", &mut b);
        assert_eq!(b.len(), a.len() + EPOCH_CHARS);
        assert_eq!(&b[..3], "ph_");
        assert_eq!(
            &b[3 + EPOCH_CHARS..],
            &a[3..],
            "same MAC under the same key"
        );
        assert_eq!(token_epoch(&b), Some(20_513));
        assert_eq!(token_epoch(&a), None);
        assert_eq!(versioned.epoch_day(), Some(20_513));
        for day in [0, 1, 31, 32, 20_513, (1 << 20) - 1] {
            let mut t = String::from("x_");
            t.extend(epoch_chars(day).iter().map(|&c| char::from(c)));
            t.push_str(&"a".repeat(TOKEN_CHARS));
            assert_eq!(token_epoch(&t), Some(day));
        }
    }

    #[test]
    fn prefixes() {
        let key = SecretKey::from_bytes([1u8; 32]);
        for bad in ["", "PH", "p-h", "ph_", "abcdefghijklmnopq", "é"] {
            assert_eq!(
                Pseudonym::new(&key, bad).unwrap_err(),
                OpError::BadPrefix,
                "{bad}"
            );
        }
        assert!(Pseudonym::new(&key, "cust01").is_ok());
        assert_eq!(
            Pseudonym::for_kind(&key, Kind::Custom(3)).unwrap_err(),
            OpError::NoDefaultPrefix
        );
        for kind in Kind::BUILTIN {
            let p = default_prefix(kind).unwrap();
            assert!(Pseudonym::new(&key, p).is_ok());
        }
        assert_eq!(default_prefix(Kind::Ipv6), Some("ip"));
        assert_eq!(default_prefix(Kind::PersonName), Some("nm"));
    }

    #[test]
    fn email_keeps_or_pseudonymises_the_domain() {
        let key = SecretKey::from_bytes([2u8; 32]);
        let p = Pseudonym::for_kind(&key, Kind::Email).unwrap();
        let mut out = String::new();
        p.apply(
            Kind::Email,
            "Anna.Svensson@Example.SE",
            "anna.svensson@example.se",
            &mut out,
        )
        .unwrap();
        let mut token = String::new();
        p.token("anna.svensson@example.se", &mut token);
        assert_eq!(out, format!("{token}@Example.SE"));

        // Same local part at another domain: unrelated token.
        let mut other = String::new();
        p.apply(
            Kind::Email,
            "anna.svensson@example.com",
            "anna.svensson@example.com",
            &mut other,
        )
        .unwrap();
        assert_ne!(out.split('@').next(), other.split('@').next());

        let p = p.with_email_domain(EmailDomain::Pseudonymise);
        let mut a = String::new();
        p.apply(Kind::Email, "a@Example.se", "a@example.se", &mut a)
            .unwrap();
        let mut b = String::new();
        p.apply(Kind::Email, "b@example.se", "b@example.se", &mut b)
            .unwrap();
        let (la, da) = a.split_once('@').unwrap();
        let (lb, db) = b.split_once('@').unwrap();
        assert_ne!(la, lb);
        assert_eq!(da, db, "one domain, one domain pseudonym");
        assert!(da.starts_with("dm-") && da.ends_with(".invalid"), "{da}");
        assert_eq!(da.len(), 3 + TOKEN_CHARS + 8);
        assert!(!a.to_lowercase().contains("example"), "{a}");

        // From a URL: the same token, the separator written back as it was.
        let p = Pseudonym::for_kind(&key, Kind::Email).unwrap();
        let mut plain = String::new();
        p.apply(
            Kind::Email,
            "jdoe@example.se",
            "jdoe@example.se",
            &mut plain,
        )
        .unwrap();
        let mut url = String::new();
        p.apply(
            Kind::Email,
            "jdoe%40example.se",
            "jdoe@example.se",
            &mut url,
        )
        .unwrap();
        assert_eq!(url, plain.replace('@', "%40"));
        // Encoded twice (a redirect's `redirect_uri`): the same token.
        let mut twice = String::new();
        p.apply(
            Kind::Email,
            "jdoe%2540example.se",
            "jdoe@example.se",
            &mut twice,
        )
        .unwrap();
        assert_eq!(twice, plain.replace('@', "%2540"));
        let p = p.with_email_domain(EmailDomain::Pseudonymise);

        let mut out = String::new();
        assert_eq!(
            p.apply(Kind::Email, "no-at-sign", "no-at-sign", &mut out),
            Err(OpError::Malformed)
        );
    }

    #[test]
    fn a_mac_from_a_url_is_pseudonymised_decoded() {
        let key = SecretKey::from_bytes([3u8; 32]);
        let p = Pseudonym::for_kind(&key, Kind::Mac).unwrap();
        let canonical = "00:1a:2b:3c:4d:5e";
        let (mut a, mut b) = (String::new(), String::new());
        p.apply(Kind::Mac, "00%3A1a%3A2b%3A3c%3A4d%3A5e", canonical, &mut a)
            .unwrap();
        p.apply(Kind::Mac, canonical, canonical, &mut b).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn mac_keeps_shape_and_sets_local_bit() {
        let key = SecretKey::from_bytes([3u8; 32]);
        let p = Pseudonym::for_kind(&key, Kind::Mac).unwrap();
        let canonical = "00:1a:2b:3c:4d:5e";
        let mut results = Vec::new();
        for original in [
            "00:1a:2b:3c:4d:5e",
            "00-1A-2B-3C-4D-5E",
            "001a.2b3c.4d5e",
            "001A2B3C4D5E",
        ] {
            let mut out = String::new();
            p.apply(Kind::Mac, original, canonical, &mut out).unwrap();
            assert_eq!(out.len(), original.len(), "{original} -> {out}");
            for (o, n) in original.chars().zip(out.chars()) {
                assert_eq!(o.is_ascii_hexdigit(), n.is_ascii_hexdigit(), "{out}");
                if !o.is_ascii_hexdigit() {
                    assert_eq!(o, n);
                }
            }
            let upper = original.chars().any(|c| c.is_ascii_uppercase());
            assert!(
                out.chars()
                    .all(|c| !c.is_ascii_alphabetic() || c.is_ascii_uppercase() == upper),
                "{out}"
            );
            let hexdigits: String = out
                .chars()
                .filter(char::is_ascii_hexdigit)
                .collect::<String>()
                .to_ascii_lowercase();
            let first = u8::from_str_radix(&hexdigits[..2], 16).unwrap();
            assert_eq!(first & 0x02, 0x02, "locally administered");
            assert_eq!(first & 0x01, 0x00, "unicast");
            results.push(hexdigits);
        }
        // One canonical MAC, one pseudonym, whatever the spelling.
        assert!(results.windows(2).all(|w| w[0] == w[1]));
        // The BSD notation drops leading zeros; its pseudonym is written
        // in full, and is the same MAC's.
        let mut out = String::new();
        p.apply(Kind::Mac, "0:1a:2b:3c:4d:5e", canonical, &mut out)
            .unwrap();
        assert_eq!(out.len(), 17, "{out}");
        assert_eq!(out.replace(':', ""), results[0]);
        let mut out = String::new();
        assert_eq!(
            p.apply(Kind::Mac, "00:1a:2b:3c:4d:5g", canonical, &mut out),
            Err(OpError::Malformed)
        );
    }

    #[test]
    fn other_kinds_get_text_tokens() {
        let key = SecretKey::from_bytes([4u8; 32]);
        let p = Pseudonym::for_kind(&key, Kind::Ipv4).unwrap();
        let mut out = String::new();
        p.apply(Kind::Ipv4, "10.0.0.1", "10.0.0.1", &mut out)
            .unwrap();
        assert!(out.starts_with("ip_") && out.len() == 27, "{out}");
    }

    /// Timing, not a pass/fail test:
    /// `cargo test --release --lib ops::pseudonym -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_token() {
        let key = SecretKey::from_bytes([6u8; 32]);
        let p = Pseudonym::for_kind(&key, Kind::Phone).unwrap();
        let mut out = String::with_capacity(64);
        let values: Vec<String> = (0..1000).map(|i| format!("+4670{i:07}")).collect();
        let rounds = 2000;
        let start = Instant::now();
        for _ in 0..rounds {
            for v in &values {
                out.clear();
                p.token(v, &mut out);
                std::hint::black_box(&out);
            }
        }
        let ns = start.elapsed().as_nanos() as f64 / (rounds * values.len()) as f64;
        println!("pseudonym token (12-byte value): {ns:.1} ns/op");

        let start = Instant::now();
        for _ in 0..rounds {
            for v in &values {
                let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose()).unwrap();
                m.update(v.as_bytes());
                std::hint::black_box(m.finalize());
            }
        }
        let ns = start.elapsed().as_nanos() as f64 / (rounds * values.len()) as f64;
        println!("for comparison, re-keying per value: {ns:.1} ns/op");
    }
}
