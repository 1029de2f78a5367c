//! The reveal key pair: an X25519 key pair for the vault's envelope keys.
//!
//! The pipeline wraps each vault data key for the reveal PUBLIC key; only a
//! holder of the reveal SECRET key (the support side) can unwrap it. A
//! keyring exported with [`super::Keyring::export_public`] carries the public
//! half only, so a compromised pipeline host can create vault entries but
//! not open them.

use std::fmt;

use sha2::{Digest, Sha256};
use x25519_dalek::{PublicKey, SharedSecret, StaticSecret};
use zeroize::Zeroize;

use super::KeyError;

/// The public half of the reveal key pair (an X25519 public key). Not
/// secret; Debug shows its fingerprint prefix.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RevealPublicKey([u8; 32]);

impl RevealPublicKey {
    /// Wraps the 32 bytes of an X25519 public key.
    pub fn from_bytes(bytes: [u8; 32]) -> RevealPublicKey {
        RevealPublicKey(bytes)
    }

    /// The key bytes (the u-coordinate, RFC 7748).
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// SHA-256 over a fixed label and the key: names the keyring a vault
    /// belongs to without revealing anything secret.
    pub fn fingerprint(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(b"veil reveal public key v1");
        h.update(self.0);
        h.finalize().into()
    }
}

impl fmt::Debug for RevealPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fp = self.fingerprint();
        let fp = data_encoding::HEXLOWER.encode(&fp[..6]);
        write!(f, "RevealPublicKey({fp}...)")
    }
}

/// The secret half of the reveal key pair. Zeroized on drop (by
/// x25519-dalek); Debug prints `[redacted]`.
#[derive(Clone)]
pub struct RevealSecretKey(StaticSecret);

impl RevealSecretKey {
    /// Wraps 32 secret bytes (clamped by X25519 when used).
    pub fn from_bytes(mut bytes: [u8; 32]) -> RevealSecretKey {
        let key = RevealSecretKey(StaticSecret::from(bytes));
        bytes.zeroize();
        key
    }

    /// A fresh secret from the operating system's random number generator.
    pub fn generate() -> Result<RevealSecretKey, KeyError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| KeyError::Random)?;
        Ok(RevealSecretKey::from_bytes(bytes))
    }

    /// The matching public key.
    pub fn public(&self) -> RevealPublicKey {
        RevealPublicKey(PublicKey::from(&self.0).to_bytes())
    }

    /// The key bytes, for writing the keyring.
    pub(crate) fn expose(&self) -> &[u8; 32] {
        self.0.as_bytes()
    }

    /// X25519 with a peer's public key (an ephemeral key of a wrapped data key).
    pub(crate) fn diffie_hellman(&self, peer: &[u8; 32]) -> SharedSecret {
        self.0.diffie_hellman(&PublicKey::from(*peer))
    }
}

impl fmt::Debug for RevealSecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// The reveal key pair as a keyring holds it: the public key always, the
/// secret only on the reveal side.
#[derive(Clone, Debug)]
pub struct RevealKeys {
    pub(crate) public: RevealPublicKey,
    pub(crate) secret: Option<RevealSecretKey>,
}

impl RevealKeys {
    /// A fresh key pair.
    pub fn generate() -> Result<RevealKeys, KeyError> {
        let secret = RevealSecretKey::generate()?;
        Ok(RevealKeys {
            public: secret.public(),
            secret: Some(secret),
        })
    }

    /// The public half only.
    pub fn public_only(&self) -> RevealKeys {
        RevealKeys {
            public: self.public,
            secret: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex32(s: &str) -> [u8; 32] {
        let v = data_encoding::HEXLOWER.decode(s.as_bytes()).unwrap();
        v.try_into().unwrap()
    }

    /// RFC 7748 section 6.1: Alice and Bob's key pairs and shared secret.
    #[test]
    fn rfc7748_diffie_hellman_vector() {
        let alice = RevealSecretKey::from_bytes(hex32(
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        ));
        let bob = RevealSecretKey::from_bytes(hex32(
            "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        ));
        let alice_pub = hex32("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        let bob_pub = hex32("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        let shared = hex32("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        assert_eq!(alice.public().as_bytes(), &alice_pub);
        assert_eq!(bob.public().as_bytes(), &bob_pub);
        assert_eq!(alice.diffie_hellman(&bob_pub).as_bytes(), &shared);
        assert_eq!(bob.diffie_hellman(&alice_pub).as_bytes(), &shared);
    }

    /// RFC 7748 section 5.2, first scalar-multiplication vector.
    #[test]
    fn rfc7748_x25519_function_vector() {
        let k = hex32("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
        let u = hex32("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");
        let out = hex32("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
        assert_eq!(x25519_dalek::x25519(k, u), out);
    }

    #[test]
    fn debug_is_redacted_and_fingerprints_differ() {
        let a = RevealKeys::generate().unwrap();
        let b = RevealKeys::generate().unwrap();
        let secret = a.secret.as_ref().unwrap();
        let hex: String = data_encoding::HEXLOWER.encode(secret.expose());
        let text = format!("{a:?} {secret:?}");
        assert!(!text.contains(&hex[..12]), "{text}");
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_ne!(a.public.fingerprint(), b.public.fingerprint());
        assert!(a.public_only().secret.is_none());
        assert_eq!(a.public_only().public, a.public);
    }
}
