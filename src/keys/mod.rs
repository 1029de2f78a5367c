//! The keyring: one or more 256-bit master secrets, and every sub-key derived
//! from them with HKDF-SHA256 under a distinct label. There is no default key.
//!
//! A keyring is a small TOML file, readable by a human but only by its owner
//! (mode 0600, checked on every load):
//!
//! ```toml
//! version = 1
//!
//! [[keys]]
//! id = "k1"
//! created = 1767225600          # unix seconds, or an RFC 3339 date-time
//! secret = "<base64 of 32 bytes>"
//!
//! [reveal]                      # the vault's X25519 key pair
//! public = "<base64 of 32 bytes>"
//! secret = "<base64 of 32 bytes>"   # absent in a public keyring
//! ```
//!
//! A pipeline host needs only a *public keyring* ([`Keyring::export_public`]):
//! the master secrets (pseudonyms must match) and the reveal public key, so
//! it can seal vault entries that it cannot open. Keyrings written before the
//! vault existed have no `[reveal]` table; they still load, and the vault
//! refuses them with a hint to run `veil keys add-reveal`
//! ([`Keyring::add_reveal`]).
//!
//! The last key is the active one. Rotation appends a key; older ids stay so
//! that tokens and sealed entries made under them can still be looked up.
//!
//! Sub-keys are `HKDF-SHA256(salt = "veil keyring v1", ikm = master, info = label)`
//! where the label comes from [`label`], which length-prefixes every
//! component so that no two (purpose, domain, category) tuples share a label.

pub mod epoch;
mod file;
pub mod label;
pub mod reveal;
pub mod seal;

pub use epoch::{EpochError, Epochs, KeyUse, Ratchet, Sched};
pub use reveal::{RevealKeys, RevealPublicKey, RevealSecretKey};

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// The environment variable naming the keyring when `--keyring` is absent.
pub const KEYRING_ENV: &str = "VEIL_KEYRING";

/// The HKDF salt: fixed, so that a master secret reused by another program
/// (which it never should be) still yields unrelated sub-keys.
const HKDF_SALT: &[u8] = b"veil keyring v1";

/// A 256-bit secret. Zeroized on drop; Debug and Display print `[redacted]`.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey([u8; 32]);

impl SecretKey {
    /// Wraps raw key bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> SecretKey {
        SecretKey(bytes)
    }

    /// The key bytes, for handing to a cipher.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// A fresh key from the operating system's random number generator.
    pub fn generate() -> Result<SecretKey, KeyError> {
        let mut key = SecretKey([0u8; 32]);
        getrandom::fill(&mut key.0).map_err(|_| KeyError::Random)?;
        Ok(key)
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Why a keyring could not be created, found or loaded. No variant ever
/// carries secret material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// No keyring was given.
    #[error(
        "no keyring: pass --keyring PATH or set VEIL_KEYRING (create one with `veil keys init PATH`)"
    )]
    NotConfigured,
    /// Reading or writing the keyring failed.
    #[error("{path}: {source}")]
    Io {
        /// The keyring path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// `create` was pointed at a file that already exists.
    #[error("{path}: a file already exists there; refusing to overwrite a keyring")]
    Exists {
        /// The keyring path.
        path: PathBuf,
    },
    /// The keyring file is readable or writable by group or others.
    #[error(
        "{path}: keyring is accessible by group or others (mode {mode:04o}); run `chmod 600 {path}`"
    )]
    Permissions {
        /// The keyring path.
        path: PathBuf,
        /// The file's permission bits.
        mode: u32,
    },
    /// The keyring is not a regular file, belongs to another user, or is
    /// far too large to be a keyring.
    #[error(transparent)]
    File(crate::private_file::PrivateFileError),
    /// The file is not a valid keyring. `reason` describes the structure,
    /// never the content of a secret.
    #[error("{path}:{line}:{column}: {reason}")]
    Malformed {
        /// The keyring path.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong.
        reason: String,
    },
    /// The operating system's random number generator failed.
    #[error("the operating system random number generator failed")]
    Random,
    /// The keyring has no reveal key pair (it predates the vault).
    #[error(
        "{path}: the keyring has no reveal key pair; run `veil keys add-reveal` (or create a new keyring with `veil keys init`)"
    )]
    NoReveal {
        /// The keyring path.
        path: PathBuf,
    },
    /// `add_reveal` was asked to add a reveal key pair to a keyring that
    /// already has one.
    #[error("{path}: the keyring already has a reveal key pair")]
    HasReveal {
        /// The keyring path.
        path: PathBuf,
    },
    /// `add_chain` was asked to add a chain to a keyring that has one.
    #[error("{path}: the keyring already has an epoch chain")]
    HasChain {
        /// The keyring path.
        path: PathBuf,
    },
    /// An epoch key is not available.
    #[error("{0}")]
    Epoch(EpochError),
    /// The keyring file now holds another keyring than the one loaded.
    #[error(
        "{path}: the keyring file was replaced by another keyring while veil ran; refusing to advance it"
    )]
    Replaced {
        /// The keyring path.
        path: PathBuf,
    },
}

/// When a master key was created, as written in the keyring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Created {
    /// Unix seconds.
    Unix(i64),
    /// An RFC 3339 date-time, kept as written.
    Rfc3339(String),
}

impl fmt::Display for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Created::Unix(secs) => write!(f, "{secs}"),
            Created::Rfc3339(text) => f.write_str(text),
        }
    }
}

/// One master secret with its id. Debug shows the id and creation time only.
#[derive(Clone, Debug)]
pub struct MasterKey {
    id: String,
    created: Created,
    secret: SecretKey,
}

impl MasterKey {
    /// The key id (`k1`, `k2`, ...), recorded next to whatever was made with it.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// When the key was created.
    pub fn created(&self) -> &Created {
        &self.created
    }

    /// Derives the sub-key for `label` (build it with [`label`]).
    pub fn derive(&self, label: &str) -> SecretKey {
        hkdf_sha256(&self.secret, label.as_bytes())
    }
}

/// HKDF-SHA256 with the fixed veil salt, for a 32-byte output.
///
/// HKDF-Expand of one hash length is a single block, `T(1) = HMAC(PRK, info || 0x01)`
/// (RFC 5869 section 2.3). Computing it directly keeps this infallible
/// without an `unwrap`; the unit tests check it against `Hkdf::expand`.
fn hkdf_sha256(master: &SecretKey, info: &[u8]) -> SecretKey {
    let (prk, _) = Hkdf::<Sha256>::extract(Some(HKDF_SALT), master.expose());
    // An HMAC key shorter than the block is zero-padded by definition, so a
    // padded 64-byte key is the same key and `KeyInit::new` cannot fail.
    let mut block_key = [0u8; 64];
    block_key[..32].copy_from_slice(&prk);
    let mut mac = <Hmac<Sha256> as KeyInit>::new(&block_key.into());
    block_key.zeroize();
    mac.update(info);
    mac.update(&[1]);
    SecretKey(mac.finalize().into_bytes().into())
}

/// A loaded keyring: at least one master key, the last one active.
/// Debug shows ids only.
#[derive(Clone, Debug)]
pub struct Keyring {
    /// Older keys, oldest first: kept for lookup, never used for new work.
    retired: Vec<MasterKey>,
    /// The newest key.
    active: MasterKey,
    /// The vault's reveal key pair; `None` in keyrings older than the vault.
    reveal: Option<RevealKeys>,
    /// The epoch chain ([`epoch`]); `None` in keyrings older than epochs.
    epochs: Option<Epochs>,
}

impl Keyring {
    /// Creates a new keyring at `path` with one fresh 256-bit key (id `k1`),
    /// written with mode 0600. Refuses to overwrite an existing file; creates
    /// missing parent directories (mode 0700).
    pub fn create(path: &Path) -> Result<Keyring, KeyError> {
        let master = MasterKey {
            id: "k1".to_owned(),
            created: Created::Unix(file::unix_now()),
            secret: SecretKey::generate()?,
        };
        let ring = Keyring {
            retired: Vec::new(),
            active: master,
            reveal: Some(RevealKeys::generate()?),
            epochs: Some(fresh_chain()?),
        };
        file::write_new(path, &ring)?;
        Ok(ring)
    }

    /// A keyring that lives only in memory, with one fresh random key (id
    /// `ephemeral`). For detection-only runs and pack test cases, whose
    /// output is never kept; never written anywhere.
    pub fn generate() -> Result<Keyring, KeyError> {
        Ok(Keyring {
            retired: Vec::new(),
            active: MasterKey {
                id: "ephemeral".to_owned(),
                created: Created::Unix(file::unix_now()),
                secret: SecretKey::generate()?,
            },
            reveal: Some(RevealKeys::generate()?),
            epochs: Some(fresh_chain()?),
        })
    }

    /// The same keyring without its chain, as if it predated epochs: every
    /// category uses the master-derived keys (legacy tokens).
    pub fn without_chain(&self) -> Keyring {
        Keyring {
            epochs: None,
            ..self.clone()
        }
    }

    /// Loads a keyring. Refuses a file that group or others can read or
    /// write, a malformed file (with its line and column, never its secret
    /// text) and a key that is not exactly 32 bytes.
    pub fn load(path: &Path) -> Result<Keyring, KeyError> {
        file::load(path)
    }

    /// Finds the keyring path: the `--keyring` flag, else `VEIL_KEYRING`,
    /// else [`KeyError::NotConfigured`]. There is no default location.
    pub fn locate(flag: Option<&Path>) -> Result<PathBuf, KeyError> {
        locate_with(flag, std::env::var_os(KEYRING_ENV))
    }

    /// The active (last) master key.
    pub fn active(&self) -> &MasterKey {
        &self.active
    }

    /// The master key with this id, active or retired.
    pub fn get(&self, id: &str) -> Option<&MasterKey> {
        self.keys().find(|k| k.id == id)
    }

    /// Every master key, oldest first; the last is the active one.
    pub fn keys(&self) -> impl Iterator<Item = &MasterKey> {
        self.retired.iter().chain(std::iter::once(&self.active))
    }

    /// Derives a sub-key for `label` from the active master secret.
    pub fn derive(&self, label: &str) -> SecretKey {
        self.active.derive(label)
    }

    /// The reveal public key, if the keyring has a reveal key pair (every
    /// keyring made since the vault exists has one).
    pub fn reveal_public(&self) -> Option<&RevealPublicKey> {
        self.reveal.as_ref().map(|r| &r.public)
    }

    /// The reveal secret key: present on the reveal side only, absent in a
    /// public keyring.
    pub fn reveal_secret(&self) -> Option<&RevealSecretKey> {
        self.reveal.as_ref().and_then(|r| r.secret.as_ref())
    }

    /// The epoch chain, if the keyring has one.
    pub fn epochs(&self) -> Option<&Epochs> {
        self.epochs.as_ref()
    }

    /// Whether this is a full keyring (the reveal side's, or one from
    /// before the vault), which keeps ended epochs until retention; a
    /// public (pipeline) keyring keeps only current ones.
    pub fn is_full(&self) -> bool {
        self.reveal.is_none() || self.reveal_secret().is_some()
    }

    /// This keyring without the reveal secret and without any ended epoch:
    /// what a pipeline host may hold on `today` for the uses of `schedule`.
    /// It still carries the master secrets (legacy categories, quarantine).
    pub fn public_only(&self, today: u64, schedule: &[Sched]) -> Result<Keyring, KeyError> {
        let epochs = match &self.epochs {
            Some(e) => {
                let mut e = Epochs {
                    keys: Vec::new(),
                    ..e.clone()
                };
                e.advance(today, schedule, false).map_err(KeyError::Epoch)?;
                Some(e)
            }
            None => None,
        };
        Ok(Keyring {
            retired: self.retired.clone(),
            active: self.active.clone(),
            reveal: self.reveal.as_ref().map(RevealKeys::public_only),
            epochs,
        })
    }

    /// Writes the public keyring ([`Keyring::public_only`]) to a new file at
    /// `path`, mode 0600 because it still holds the master secrets. Refuses
    /// to overwrite, and refuses a keyring without a reveal key pair (a
    /// pipeline could not seal vault entries with it).
    pub fn export_public_with(
        &self,
        path: &Path,
        today: u64,
        schedule: &[Sched],
    ) -> Result<(), KeyError> {
        if self.reveal.is_none() {
            return Err(KeyError::NoReveal {
                path: path.to_path_buf(),
            });
        }
        file::write_new(path, &self.public_only(today, schedule)?)
    }

    /// [`Keyring::export_public_with`] today, for the epochs of the packs
    /// built into veil.
    pub fn export_public(&self, path: &Path) -> Result<(), KeyError> {
        let packs = crate::rules::Source::Embedded
            .compile_all()
            .unwrap_or_default();
        self.export_public_with(path, today(), &crate::rules::schedule(&packs))
    }

    /// Adds a fresh epoch chain to the keyring file at `path`, which
    /// predates epochs, and returns the updated keyring. Categories with an
    /// `epoch` then get epoch keys and versioned tokens; their legacy tokens
    /// keep working under the master secret. Refuses a keyring that has a
    /// chain already: replacing it would orphan every epoch key.
    pub fn add_chain(path: &Path) -> Result<Keyring, KeyError> {
        let _lock = file::lock_dir(path)?;
        let mut ring = Keyring::load(path)?;
        if ring.epochs.is_some() {
            return Err(KeyError::HasChain {
                path: path.to_path_buf(),
            });
        }
        ring.epochs = Some(fresh_chain()?);
        file::replace(path, &ring)?;
        Ok(ring)
    }

    /// Adds a fresh reveal key pair to the keyring file at `path`, which
    /// predates the vault, and returns the updated keyring. The file is
    /// replaced atomically (write, sync, rename). Refuses a keyring that
    /// already has one: replacing it would make every vault entry sealed
    /// for the old key unreadable.
    pub fn add_reveal(path: &Path) -> Result<Keyring, KeyError> {
        let mut ring = Keyring::load(path)?;
        if ring.reveal.is_some() {
            return Err(KeyError::HasReveal {
                path: path.to_path_buf(),
            });
        }
        ring.reveal = Some(RevealKeys::generate()?);
        file::replace(path, &ring)?;
        Ok(ring)
    }

    /// Builds a keyring from keys in file order; `None` if there are none.
    fn from_keys(mut keys: Vec<MasterKey>, reveal: Option<RevealKeys>) -> Option<Keyring> {
        let active = keys.pop()?;
        Some(Keyring {
            retired: keys,
            active,
            reveal,
            epochs: None,
        })
    }
}

/// Today, as a day number (UTC).
pub fn today() -> u64 {
    epoch::day_of(u64::try_from(file::unix_now()).unwrap_or(0))
}

/// A random chain starting far enough back that the current epoch of any
/// length follows from it: nothing was written under it before today.
fn fresh_chain() -> Result<Epochs, KeyError> {
    Epochs::generate(today().saturating_sub(epoch::MAX_EPOCH_DAYS), today())
}

fn locate_with(flag: Option<&Path>, env: Option<OsString>) -> Result<PathBuf, KeyError> {
    if let Some(path) = flag {
        return Ok(path.to_path_buf());
    }
    match env {
        Some(value) if !value.is_empty() => Ok(PathBuf::from(value)),
        _ => Err(KeyError::NotConfigured),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring_with(secret: [u8; 32]) -> Keyring {
        Keyring::from_keys(
            vec![MasterKey {
                id: "k1".into(),
                created: Created::Unix(0),
                secret: SecretKey::from_bytes(secret),
            }],
            None,
        )
        .unwrap()
    }

    #[test]
    fn debug_and_display_never_show_key_bytes() {
        use base64::Engine as _;
        let bytes: [u8; 32] = std::array::from_fn(|i| 0xa0 ^ (i as u8 * 7));
        let key = SecretKey::from_bytes(bytes);
        let ring = ring_with(bytes);
        let hex: String = data_encoding::HEXLOWER.encode(&bytes);
        let b64 = base64::engine::general_purpose::STANDARD.encode(bytes);
        for text in [
            format!("{key:?}"),
            format!("{key}"),
            format!("{ring:?}"),
            format!("{ring:#?}"),
            format!("{:?}", ring.active()),
        ] {
            assert!(!text.contains(&hex), "{text}");
            assert!(!text.contains(&hex[..16]), "{text}");
            assert!(!text.contains(&b64[..16]), "{text}");
            // Debug of the raw array would print decimal bytes.
            assert!(
                !text.contains(&format!("{}, {}", bytes[0], bytes[1])),
                "{text}"
            );
        }
        assert_eq!(format!("{key:?}"), "[redacted]");
        assert!(format!("{ring:?}").contains("[redacted]"));
    }

    #[test]
    fn hkdf_matches_rfc5869_construction() {
        // RFC 5869 test case 1 uses a different salt, so check our wiring
        // against the hkdf crate directly with the same inputs, and check
        // that labels separate keys.
        let ring = ring_with([7u8; 32]);
        let a = ring.derive(&label::pseudonym("siem", "phone"));
        let b = ring.derive(&label::pseudonym("fraud", "phone"));
        let c = ring.derive(&label::pseudonym("siem", "phone"));
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose(), c.expose());

        let hk = Hkdf::<Sha256>::new(Some(b"veil keyring v1"), &[7u8; 32]);
        let mut okm = [0u8; 32];
        hk.expand(label::pseudonym("siem", "phone").as_bytes(), &mut okm)
            .unwrap();
        assert_eq!(a.expose(), &okm);
        assert_ne!(a.expose(), &[7u8; 32]);
    }

    #[test]
    fn hkdf_rfc5869_case_1() {
        // Guards the hkdf/sha2 versions: RFC 5869 A.1.
        let ikm = [0x0bu8; 22];
        let salt: Vec<u8> = (0x00..=0x0c).collect();
        let info: Vec<u8> = (0xf0..=0xf9).collect();
        let hk = Hkdf::<Sha256>::new(Some(&salt), &ikm);
        let mut okm = [0u8; 42];
        hk.expand(&info, &mut okm).unwrap();
        let hex: String = data_encoding::HEXLOWER.encode(&okm);
        assert_eq!(
            hex,
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        );
    }

    #[test]
    fn locate_prefers_flag_then_env() {
        let flag = Path::new("/a/flag.toml");
        assert_eq!(
            locate_with(Some(flag), Some("/b/env.toml".into())).unwrap(),
            flag
        );
        assert_eq!(
            locate_with(None, Some("/b/env.toml".into())).unwrap(),
            Path::new("/b/env.toml")
        );
        assert!(matches!(
            locate_with(None, None),
            Err(KeyError::NotConfigured)
        ));
        assert!(matches!(
            locate_with(None, Some("".into())),
            Err(KeyError::NotConfigured)
        ));
        let msg = KeyError::NotConfigured.to_string();
        assert!(msg.contains("veil keys init"), "{msg}");
    }

    #[test]
    fn active_is_last_and_old_ids_stay() {
        let ring = Keyring::from_keys(
            vec![
                MasterKey {
                    id: "k1".into(),
                    created: Created::Unix(0),
                    secret: SecretKey::from_bytes([1u8; 32]),
                },
                MasterKey {
                    id: "k2".into(),
                    created: Created::Unix(1),
                    secret: SecretKey::from_bytes([2u8; 32]),
                },
            ],
            None,
        )
        .unwrap();
        assert_eq!(ring.active().id(), "k2");
        assert_eq!(ring.get("k1").unwrap().id(), "k1");
        assert!(ring.get("k3").is_none());
        let l = label::quarantine();
        assert_eq!(
            ring.derive(&l).expose(),
            ring.get("k2").unwrap().derive(&l).expose()
        );
        assert_ne!(
            ring.derive(&l).expose(),
            ring.get("k1").unwrap().derive(&l).expose()
        );
    }
}
