//! Sealing: AES-256-GCM with a random 96-bit nonce, for quarantined records
//! and anything else that must be stored but not read.
//!
//! Layout: `nonce (12) || ciphertext || tag (16)`. The associated data is not
//! stored; the caller must supply the same bytes to [`open`].
//!
//! Random nonces are safe while one key seals far fewer than 2^32 messages
//! (NIST SP 800-38D section 8.3); callers rotate keys long before that.

use aes_gcm::aead::AeadInOut;
use aes_gcm::{Aes256Gcm, KeyInit, Nonce, Tag};

use super::SecretKey;

/// Bytes of nonce at the front of a sealed message.
pub const NONCE_LEN: usize = 12;
/// Bytes of authentication tag at the end of a sealed message.
pub const TAG_LEN: usize = 16;
/// Bytes a sealed message is longer than its plaintext.
pub const OVERHEAD: usize = NONCE_LEN + TAG_LEN;

/// Sealing failed. Carries nothing about the key or the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SealError {
    /// The operating system random number generator failed.
    #[error("sealing failed: no random nonce available")]
    Random,
    /// The plaintext is longer than AES-GCM allows (about 64 GiB).
    #[error("sealing failed: message too long")]
    TooLong,
}

/// Opening failed: wrong key, wrong associated data, or the sealed bytes
/// were truncated or altered. Deliberately says nothing more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("opening a sealed message failed")]
pub struct OpenError;

/// Nonces drawn from the operating system at a time, per thread: one
/// `getrandom` call per message cost about 2% of a run whose values are all
/// new. Each nonce is still 96 fresh random bits, handed out once.
const NONCES_PER_FILL: usize = 256;

struct NoncePool {
    bytes: [u8; NONCE_LEN * NONCES_PER_FILL],
    /// Offset of the next unused nonce; `bytes.len()` when all are used.
    next: usize,
}

thread_local! {
    static NONCES: std::cell::RefCell<NoncePool> = const {
        std::cell::RefCell::new(NoncePool {
            bytes: [0; NONCE_LEN * NONCES_PER_FILL],
            next: NONCE_LEN * NONCES_PER_FILL,
        })
    };
}

/// A random nonce never handed out before.
fn fresh_nonce() -> Result<[u8; NONCE_LEN], SealError> {
    NONCES.with_borrow_mut(|pool| {
        if pool.next + NONCE_LEN > pool.bytes.len() {
            getrandom::fill(&mut pool.bytes).map_err(|_| SealError::Random)?;
            pool.next = 0;
        }
        let mut nonce = [0u8; NONCE_LEN];
        nonce.copy_from_slice(&pool.bytes[pool.next..pool.next + NONCE_LEN]);
        pool.next += NONCE_LEN;
        Ok(nonce)
    })
}

/// An AES-256-GCM key with its key schedule expanded once, for sealing many
/// messages. Debug prints `[redacted]`.
#[derive(Clone)]
pub struct Sealer {
    cipher: Aes256Gcm,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer([redacted])")
    }
}

impl Sealer {
    /// Expands `key` for sealing and opening.
    pub fn new(key: &SecretKey) -> Sealer {
        Sealer {
            cipher: Aes256Gcm::new(key.expose().into()),
        }
    }

    /// Seals `plaintext` bound to `aad` under a fresh random nonce:
    /// `nonce || ciphertext || tag`.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        self.seal_with_nonce(&fresh_nonce()?, aad, plaintext)
    }

    /// Seals with a caller-chosen nonce. Only for known-answer tests: reusing
    /// a nonce under one key destroys GCM's confidentiality and integrity.
    pub(crate) fn seal_with_nonce(
        &self,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, SealError> {
        let mut out = Vec::with_capacity(OVERHEAD + plaintext.len());
        self.seal_into_with_nonce(&mut out, nonce, aad, plaintext)?;
        Ok(out)
    }

    /// [`Sealer::seal`] appended to `out`, so that a caller sealing many
    /// messages can reuse one buffer.
    pub fn seal_into(
        &self,
        out: &mut Vec<u8>,
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<(), SealError> {
        self.seal_into_with_nonce(out, &fresh_nonce()?, aad, plaintext)
    }

    fn seal_into_with_nonce(
        &self,
        out: &mut Vec<u8>,
        nonce: &[u8; NONCE_LEN],
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<(), SealError> {
        let start = out.len();
        out.reserve(OVERHEAD + plaintext.len());
        out.extend_from_slice(nonce);
        out.extend_from_slice(plaintext);
        let tag = self
            .cipher
            .encrypt_inout_detached(
                &Nonce::from(*nonce),
                aad,
                (&mut out[start + NONCE_LEN..]).into(),
            )
            .map_err(|_| SealError::TooLong);
        match tag {
            Ok(tag) => {
                out.extend_from_slice(&tag);
                Ok(())
            }
            Err(e) => {
                // The plaintext was copied in to be encrypted in place.
                zeroize::Zeroize::zeroize(&mut out[start..]);
                out.truncate(start);
                Err(e)
            }
        }
    }

    /// Opens a message from [`Sealer::seal`] with the same `aad`.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
        if sealed.len() < OVERHEAD {
            return Err(OpenError);
        }
        let (nonce, rest) = sealed.split_at(NONCE_LEN);
        let (body, tag) = rest.split_at(rest.len() - TAG_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| OpenError)?;
        let tag: [u8; TAG_LEN] = tag.try_into().map_err(|_| OpenError)?;
        let mut plain = body.to_vec();
        match self.cipher.decrypt_inout_detached(
            &Nonce::from(nonce),
            aad,
            plain.as_mut_slice().into(),
            &Tag::from(tag),
        ) {
            Ok(()) => Ok(plain),
            Err(_) => Err(OpenError),
        }
    }
}

/// Seals `plaintext` bound to `aad` under `key` with a random nonce; output is
/// `nonce || ciphertext || tag`. Expands the key on every call: use a
/// [`Sealer`] to seal many messages.
pub fn seal(key: &SecretKey, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
    Sealer::new(key).seal(aad, plaintext)
}

/// Opens a message from [`seal`]. The error says only that opening failed.
pub fn open(key: &SecretKey, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
    Sealer::new(key).open(aad, sealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        data_encoding::HEXLOWER.decode(s.as_bytes()).unwrap()
    }

    /// McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)",
    /// appendix B, test case 16 (AES-256, 96-bit IV, with AAD).
    #[test]
    fn gcm_spec_test_case_16() {
        let key: [u8; 32] = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
            .try_into()
            .unwrap();
        let iv: [u8; 12] = hex("cafebabefacedbaddecaf888").try_into().unwrap();
        let pt = hex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72\
             1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        );
        let aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        let ct = hex(
            "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa\
             8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
        );
        let tag = hex("76fc6ece0f4e1768cddf8853bb2d551b");

        let sealer = Sealer::new(&SecretKey::from_bytes(key));
        let sealed = sealer.seal_with_nonce(&iv, &aad, &pt).unwrap();
        let mut expected = iv.to_vec();
        expected.extend_from_slice(&ct);
        expected.extend_from_slice(&tag);
        assert_eq!(sealed, expected);
        assert_eq!(sealer.open(&aad, &sealed).unwrap(), pt);
        assert_eq!(
            open(&SecretKey::from_bytes(key), &aad, &sealed).unwrap(),
            pt
        );
    }

    #[test]
    fn round_trip_with_random_nonces() {
        let key = SecretKey::from_bytes([9u8; 32]);
        let a = seal(&key, b"ctx", b"record").unwrap();
        let b = seal(&key, b"ctx", b"record").unwrap();
        assert_ne!(a, b, "nonces must differ");
        assert_eq!(a.len(), b"record".len() + OVERHEAD);
        assert_eq!(open(&key, b"ctx", &a).unwrap(), b"record");
        assert_eq!(open(&key, b"ctx", &b).unwrap(), b"record");
        let empty = seal(&key, b"", b"").unwrap();
        assert_eq!(open(&key, b"", &empty).unwrap(), b"");
    }

    #[test]
    fn nonces_are_never_handed_out_twice_across_refills_and_threads() {
        let draw = || {
            (0..3 * NONCES_PER_FILL + 7)
                .map(|_| fresh_nonce().unwrap())
                .collect::<Vec<_>>()
        };
        let other = std::thread::spawn(draw);
        let mut all = draw();
        all.extend(other.join().unwrap());
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
        assert!(all.iter().all(|x| x != &[0u8; NONCE_LEN]));
        let key = SecretKey::from_bytes([5u8; 32]);
        let sealer = Sealer::new(&key);
        let nonces: std::collections::HashSet<Vec<u8>> = (0..NONCES_PER_FILL + 3)
            .map(|_| sealer.seal(b"", b"x").unwrap()[..NONCE_LEN].to_vec())
            .collect();
        assert_eq!(nonces.len(), NONCES_PER_FILL + 3);
    }

    #[test]
    fn any_flipped_bit_or_wrong_aad_or_key_fails() {
        let key = SecretKey::from_bytes([3u8; 32]);
        let sealed = seal(&key, b"aad", b"quarantined line").unwrap();
        for i in 0..sealed.len() {
            for bit in [0x01u8, 0x80] {
                let mut bad = sealed.clone();
                bad[i] ^= bit;
                assert_eq!(open(&key, b"aad", &bad), Err(OpenError), "byte {i}");
            }
        }
        assert_eq!(open(&key, b"aaD", &sealed), Err(OpenError));
        assert_eq!(open(&key, b"", &sealed), Err(OpenError));
        let other = SecretKey::from_bytes([4u8; 32]);
        assert_eq!(open(&other, b"aad", &sealed), Err(OpenError));
        for len in 0..sealed.len() {
            assert_eq!(open(&key, b"aad", &sealed[..len]), Err(OpenError));
        }
        let mut longer = sealed.clone();
        longer.push(0);
        assert_eq!(open(&key, b"aad", &longer), Err(OpenError));
        assert_eq!(OpenError.to_string(), "opening a sealed message failed");
    }

    #[test]
    fn debug_is_redacted() {
        let sealer = Sealer::new(&SecretKey::from_bytes([0x5au8; 32]));
        assert_eq!(format!("{sealer:?}"), "Sealer([redacted])");
    }

    /// Timing, not a pass/fail test:
    /// `cargo test --release --lib keys::seal -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn time_seal() {
        let sealer = Sealer::new(&SecretKey::from_bytes([1u8; 32]));
        for len in [200usize, 1500] {
            let record = vec![b'x'; len];
            let rounds = 100_000;
            let start = std::time::Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(sealer.seal(b"quarantine v1", &record).unwrap());
            }
            let ns = start.elapsed().as_nanos() as f64 / f64::from(rounds);
            println!("seal {len} bytes (random nonce, reused Sealer): {ns:.0} ns/op");
            let sealed = sealer.seal(b"quarantine v1", &record).unwrap();
            let start = std::time::Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(sealer.open(b"quarantine v1", &sealed).unwrap());
            }
            let ns = start.elapsed().as_nanos() as f64 / f64::from(rounds);
            println!("open {len} bytes: {ns:.0} ns/op");
        }
        let key = SecretKey::from_bytes([1u8; 32]);
        let start = std::time::Instant::now();
        for _ in 0..100_000 {
            std::hint::black_box(seal(&key, b"q", &[b'x'; 200]).unwrap());
        }
        let ns = start.elapsed().as_nanos() as f64 / 100_000.0;
        println!("seal 200 bytes via free fn (key schedule per call): {ns:.0} ns/op");
    }
}
