//! Vault-topic records: sealed originals, readable only with the reveal key.
//!
//! The pipeline holds only the reveal public key `R`. Per run it draws a
//! random session data key `K` and publishes it wrapped for `R` in a key
//! record, to every partition of the vault topic before any entry that
//! needs it (so a reader meets the key before the entries in each partition):
//!
//! ```text
//! key record:  kafka key "veil-key:ID", value "K1" E wrapped
//!   ss = X25519(e, R); info = lp("veil vault topic key v1") lp(E) lp(R) lp(ID)
//!   kek = HKDF-SHA256(salt "veil vault topic v1", ss, info)
//!   wrapped = AES-256-GCM(kek, aad = info, K)
//! entry:       kafka key TOKEN, value "E1" lp(ID) AES-256-GCM(K, aad, json)
//!   aad = lp("veil vault topic entry v1") lp(ID) lp(TOKEN)
//! erasure:     kafka key TOKEN, no value (a tombstone)
//! ```
//!
//! The token is bound in the associated data, so an entry cannot be moved to
//! another token. `veil vault sync` unwraps `K` with the reveal secret and
//! re-seals every entry into the embedded store under the vault's own
//! per-(epoch, category) keys.

use std::collections::HashMap;

use hkdf::Hkdf;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::{Zeroize, Zeroizing};

use crate::keys::seal::Sealer;
use crate::keys::{RevealPublicKey, RevealSecretKey, SecretKey};

/// Kafka keys of key records start with this.
pub const KEY_PREFIX: &str = "veil-key:";

const SALT: &[u8] = b"veil vault topic v1";
const KEY_LABEL: &[u8] = b"veil vault topic key v1";
const ENTRY_LABEL: &[u8] = b"veil vault topic entry v1";

/// Why a vault-topic record could not be made or opened. Holds no values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    /// No randomness.
    #[error("no random numbers available")]
    Random,
    /// Not a vault-topic record of a known version.
    #[error("malformed vault-topic record")]
    Malformed,
    /// The entry's session key has not been seen.
    #[error("vault-topic entry sealed under an unknown session key")]
    UnknownKey,
    /// Wrong reveal key, or the record was altered or moved.
    #[error("vault-topic record does not open (wrong reveal key, or altered)")]
    Open,
}

/// The plaintext of an entry. Holds an original: never log it.
#[derive(Serialize, Deserialize)]
pub struct EntryBody {
    /// Pseudonymisation domain.
    pub domain: String,
    /// Category name.
    pub category: String,
    /// The original value.
    pub original: String,
    /// Retention in seconds, if the category has one.
    pub retention: Option<u64>,
    /// Unix seconds when it was seen.
    pub seen: u64,
}

impl Drop for EntryBody {
    fn drop(&mut self) {
        self.original.zeroize();
    }
}

impl std::fmt::Debug for EntryBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntryBody")
            .field("category", &self.category)
            .finish_non_exhaustive()
    }
}

fn lp(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

fn read_lp(b: &[u8]) -> Option<(&[u8], &[u8])> {
    let n = u32::from_be_bytes(b.get(..4)?.try_into().ok()?) as usize;
    let rest = &b[4..];
    Some((rest.get(..n)?, &rest[n..]))
}

fn key_info(ephemeral: &[u8; 32], recipient: &[u8; 32], id: &str) -> Vec<u8> {
    let mut info = Vec::with_capacity(128);
    lp(&mut info, KEY_LABEL);
    lp(&mut info, ephemeral);
    lp(&mut info, recipient);
    lp(&mut info, id.as_bytes());
    info
}

fn kek(shared: &[u8; 32], info: &[u8]) -> Result<SecretKey, EnvelopeError> {
    let hk = Hkdf::<Sha256>::new(Some(SALT), shared);
    let mut okm = [0u8; 32];
    hk.expand(info, &mut okm).map_err(|_| EnvelopeError::Open)?;
    let key = SecretKey::from_bytes(okm);
    okm.zeroize();
    Ok(key)
}

fn entry_aad(id: &str, token: &str) -> Vec<u8> {
    let mut aad = Vec::with_capacity(64 + token.len());
    lp(&mut aad, ENTRY_LABEL);
    lp(&mut aad, id.as_bytes());
    lp(&mut aad, token.as_bytes());
    aad
}

/// A run's data key for vault-topic entries. Debug is redacted.
pub struct SessionKey {
    id: String,
    sealer: Sealer,
    record: Vec<u8>,
}

impl std::fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionKey").field("id", &self.id).finish()
    }
}

impl SessionKey {
    /// A fresh key wrapped for `recipient`.
    pub fn new(recipient: &RevealPublicKey) -> Result<SessionKey, EnvelopeError> {
        let mut raw = Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut raw[..]).map_err(|_| EnvelopeError::Random)?;
        let mut idb = [0u8; 12];
        getrandom::fill(&mut idb).map_err(|_| EnvelopeError::Random)?;
        let id: String = data_encoding::HEXLOWER.encode(&idb);
        let mut e = Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut e[..]).map_err(|_| EnvelopeError::Random)?;
        let e = StaticSecret::from(*e);
        let ephemeral = PublicKey::from(&e).to_bytes();
        let shared = e.diffie_hellman(&PublicKey::from(*recipient.as_bytes()));
        if !shared.was_contributory() {
            return Err(EnvelopeError::Open);
        }
        let info = key_info(&ephemeral, recipient.as_bytes(), &id);
        let kek = kek(shared.as_bytes(), &info)?;
        let wrapped = Sealer::new(&kek)
            .seal(&info, &raw[..])
            .map_err(|_| EnvelopeError::Random)?;
        let mut record = Vec::with_capacity(2 + 32 + wrapped.len());
        record.extend_from_slice(b"K1");
        record.extend_from_slice(&ephemeral);
        record.extend_from_slice(&wrapped);
        Ok(SessionKey {
            sealer: Sealer::new(&SecretKey::from_bytes(*raw)),
            id,
            record,
        })
    }

    /// The Kafka key of its key record.
    pub fn record_key(&self) -> String {
        format!("{KEY_PREFIX}{}", self.id)
    }

    /// The value of its key record.
    pub fn record(&self) -> &[u8] {
        &self.record
    }

    /// Seals one entry for `token`.
    pub fn seal(&self, token: &str, body: &EntryBody) -> Result<Vec<u8>, EnvelopeError> {
        let plain = Zeroizing::new(serde_json::to_vec(body).map_err(|_| EnvelopeError::Malformed)?);
        let sealed = self
            .sealer
            .seal(&entry_aad(&self.id, token), &plain)
            .map_err(|_| EnvelopeError::Random)?;
        let mut out = Vec::with_capacity(2 + 4 + self.id.len() + sealed.len());
        out.extend_from_slice(b"E1");
        lp(&mut out, self.id.as_bytes());
        out.extend_from_slice(&sealed);
        Ok(out)
    }
}

/// The reveal side: session keys seen so far, by id.
#[derive(Default)]
pub struct Opener {
    keys: HashMap<String, Sealer>,
}

impl Opener {
    /// Unwraps a key record (Kafka key `veil-key:ID`) and remembers its key.
    pub fn add_key(
        &mut self,
        kafka_key: &str,
        value: &[u8],
        secret: &RevealSecretKey,
    ) -> Result<(), EnvelopeError> {
        let id = kafka_key
            .strip_prefix(KEY_PREFIX)
            .ok_or(EnvelopeError::Malformed)?;
        if self.keys.contains_key(id) {
            return Ok(());
        }
        let rest = value.strip_prefix(b"K1").ok_or(EnvelopeError::Malformed)?;
        let ephemeral: [u8; 32] = rest
            .get(..32)
            .and_then(|e| e.try_into().ok())
            .ok_or(EnvelopeError::Malformed)?;
        let shared = secret.diffie_hellman(&ephemeral);
        if !shared.was_contributory() {
            return Err(EnvelopeError::Open);
        }
        let info = key_info(&ephemeral, secret.public().as_bytes(), id);
        let kek = kek(shared.as_bytes(), &info)?;
        let raw = Zeroizing::new(
            Sealer::new(&kek)
                .open(&info, &rest[32..])
                .map_err(|_| EnvelopeError::Open)?,
        );
        let raw: [u8; 32] = raw[..].try_into().map_err(|_| EnvelopeError::Malformed)?;
        self.keys
            .insert(id.to_string(), Sealer::new(&SecretKey::from_bytes(raw)));
        Ok(())
    }

    /// Opens an entry for `token`.
    pub fn open(&self, token: &str, value: &[u8]) -> Result<EntryBody, EnvelopeError> {
        let rest = value.strip_prefix(b"E1").ok_or(EnvelopeError::Malformed)?;
        let (id, sealed) = read_lp(rest).ok_or(EnvelopeError::Malformed)?;
        let id = std::str::from_utf8(id).map_err(|_| EnvelopeError::Malformed)?;
        let sealer = self.keys.get(id).ok_or(EnvelopeError::UnknownKey)?;
        let plain = Zeroizing::new(
            sealer
                .open(&entry_aad(id, token), sealed)
                .map_err(|_| EnvelopeError::Open)?,
        );
        serde_json::from_slice(&plain).map_err(|_| EnvelopeError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> EntryBody {
        EntryBody {
            domain: "siem".into(),
            category: "phone".into(),
            original: "+46701740683".into(),
            retention: Some(86_400),
            seen: 1_700_000_000,
        }
    }

    #[test]
    fn entries_open_with_the_reveal_secret_only() {
        let secret = RevealSecretKey::generate().unwrap();
        let session = SessionKey::new(&secret.public()).unwrap();
        let sealed = session.seal("ph_abc", &body()).unwrap();
        assert!(!sealed.windows(12).any(|w| w == b"+46701740683"));
        let mut opener = Opener::default();
        assert_eq!(
            opener.open("ph_abc", &sealed).unwrap_err(),
            EnvelopeError::UnknownKey
        );
        opener
            .add_key(&session.record_key(), session.record(), &secret)
            .unwrap();
        let b = opener.open("ph_abc", &sealed).unwrap();
        assert_eq!(b.original, "+46701740683");
        assert_eq!(b.retention, Some(86_400));
        // Moved to another token: refused.
        assert_eq!(
            opener.open("ph_xyz", &sealed).unwrap_err(),
            EnvelopeError::Open
        );
        // Another reveal key cannot unwrap the session key.
        let other = RevealSecretKey::generate().unwrap();
        let mut o2 = Opener::default();
        assert_eq!(
            o2.add_key(&session.record_key(), session.record(), &other)
                .unwrap_err(),
            EnvelopeError::Open
        );
        // A flipped byte does not open.
        let mut bad = sealed.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        assert_eq!(
            opener.open("ph_abc", &bad).unwrap_err(),
            EnvelopeError::Open
        );
    }
}
