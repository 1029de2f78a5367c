//! The shred-key file: one random 256-bit secret per (epoch, category) data
//! key, kept outside the vault file so that destroying it destroys the data
//! key in every copy of the vault.
//!
//! Binary layout, all integers big-endian:
//!
//! ```text
//! "VEILSHR1" (8) | vault id (16) | count (4)
//! count × ( epoch (8) | category length (2) | category | secret (32) )
//! SHA-256 of everything before (32)
//! ```
//!
//! The checksum turns a truncated or damaged file into a clear error instead
//! of silently missing keys. The file is replaced atomically (temporary file,
//! fsync, rename, fsync of the directory) with mode 0600, so a crash leaves
//! either the old or the new set of secrets.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::keys::SecretKey;

const MAGIC: &[u8; 8] = b"VEILSHR1";

/// Why the shred-key file could not be read or written.
#[derive(Debug)]
pub(super) enum ShredFileError {
    Io(io::Error),
    /// Bad magic, bad checksum, truncated, or for another vault.
    Malformed(&'static str),
}

/// The secrets of one vault, by (epoch, category).
pub(super) struct ShredKeys {
    pub vault_id: [u8; 16],
    pub secrets: BTreeMap<(u64, String), SecretKey>,
}

impl std::fmt::Debug for ShredKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ShredKeys({} [redacted])", self.secrets.len())
    }
}

impl ShredKeys {
    /// Reads the file; a missing file is an empty set.
    pub fn load(path: &Path, vault_id: [u8; 16]) -> Result<ShredKeys, ShredFileError> {
        let mut bytes = Zeroizing::new(Vec::new());
        match File::open(path) {
            Ok(mut f) => {
                f.read_to_end(&mut bytes).map_err(ShredFileError::Io)?;
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(ShredKeys {
                    vault_id,
                    secrets: BTreeMap::new(),
                });
            }
            Err(e) => return Err(ShredFileError::Io(e)),
        }
        let keys = decode(&bytes)?;
        if keys.vault_id != vault_id {
            return Err(ShredFileError::Malformed("it belongs to another vault"));
        }
        Ok(keys)
    }

    /// Replaces the file atomically with this set.
    pub fn save(&self, path: &Path) -> Result<(), ShredFileError> {
        let bytes = self.encode();
        let tmp = tmp_path(path);
        let _ = fs::remove_file(&tmp);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let written = options.open(&tmp).and_then(|mut f| {
            f.write_all(&bytes)?;
            f.sync_all()
        });
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(ShredFileError::Io(e));
        }
        fs::rename(&tmp, path).map_err(ShredFileError::Io)?;
        sync_dir(path).map_err(ShredFileError::Io)
    }

    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(64 + self.secrets.len() * 64));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.vault_id);
        out.extend_from_slice(&(self.secrets.len() as u32).to_be_bytes());
        for ((epoch, category), secret) in &self.secrets {
            out.extend_from_slice(&epoch.to_be_bytes());
            // Category names are short identifiers from the rules.
            out.extend_from_slice(&(category.len() as u16).to_be_bytes());
            out.extend_from_slice(category.as_bytes());
            out.extend_from_slice(secret.expose());
        }
        let sum = Sha256::digest(&out[..]);
        out.extend_from_slice(&sum);
        out
    }
}

fn decode(bytes: &[u8]) -> Result<ShredKeys, ShredFileError> {
    const BAD: ShredFileError = ShredFileError::Malformed("truncated or damaged");
    if bytes.len() < 8 + 16 + 4 + 32 || &bytes[..8] != MAGIC {
        return Err(ShredFileError::Malformed("not a veil shred-key file"));
    }
    let (body, sum) = bytes.split_at(bytes.len() - 32);
    if Sha256::digest(body).as_slice() != sum {
        return Err(BAD);
    }
    let mut vault_id = [0u8; 16];
    vault_id.copy_from_slice(&body[8..24]);
    let count = u32::from_be_bytes([body[24], body[25], body[26], body[27]]);
    let mut rest = &body[28..];
    let mut secrets = BTreeMap::new();
    for _ in 0..count {
        if rest.len() < 10 {
            return Err(BAD);
        }
        let epoch = u64::from_be_bytes(rest[..8].try_into().map_err(|_| BAD)?);
        let len = usize::from(u16::from_be_bytes([rest[8], rest[9]]));
        rest = &rest[10..];
        if rest.len() < len + 32 {
            return Err(BAD);
        }
        let category = std::str::from_utf8(&rest[..len])
            .map_err(|_| BAD)?
            .to_owned();
        let mut secret = [0u8; 32];
        secret.copy_from_slice(&rest[len..len + 32]);
        secrets.insert((epoch, category), SecretKey::from_bytes(secret));
        zeroize::Zeroize::zeroize(&mut secret);
        rest = &rest[len + 32..];
    }
    if !rest.is_empty() {
        return Err(BAD);
    }
    Ok(ShredKeys { vault_id, secrets })
}

fn tmp_path(path: &Path) -> PathBuf {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".new");
    PathBuf::from(tmp)
}

fn sync_dir(path: &Path) -> io::Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(dir) => File::open(dir)?.sync_all(),
        None => File::open(".")?.sync_all(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage_is_detected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.keys");
        let id = [7u8; 16];
        let empty = ShredKeys::load(&path, id).unwrap();
        assert!(empty.secrets.is_empty());
        let mut keys = empty;
        keys.secrets
            .insert((1, "phone".into()), SecretKey::from_bytes([1; 32]));
        keys.secrets
            .insert((2, "e-mail".into()), SecretKey::from_bytes([2; 32]));
        keys.save(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let back = ShredKeys::load(&path, id).unwrap();
        assert_eq!(back.secrets.len(), 2);
        assert_eq!(back.secrets[&(2, "e-mail".to_owned())].expose(), &[2u8; 32]);
        assert!(matches!(
            ShredKeys::load(&path, [8u8; 16]),
            Err(ShredFileError::Malformed(_))
        ));
        let bytes = fs::read(&path).unwrap();
        for len in [0, 10, bytes.len() - 1] {
            fs::write(&path, &bytes[..len]).unwrap();
            assert!(matches!(
                ShredKeys::load(&path, id),
                Err(ShredFileError::Malformed(_))
            ));
        }
        let mut flipped = bytes.clone();
        flipped[40] ^= 1;
        fs::write(&path, &flipped).unwrap();
        assert!(matches!(
            ShredKeys::load(&path, id),
            Err(ShredFileError::Malformed(_))
        ));
        assert_eq!(format!("{back:?}"), "ShredKeys(2 [redacted])");
    }
}
