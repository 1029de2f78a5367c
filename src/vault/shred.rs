//! The shred-key file: one random 256-bit secret per (epoch, category) data
//! key, and one puncturable tree per category (see `puncture.rs`), kept
//! outside the vault file so that destroying them destroys the data keys and
//! erased entries' keys in every copy of the vault.
//!
//! Binary layout, all integers big-endian:
//!
//! ```text
//! "VEILSHR2" (8) | vault id (16) | count (4)
//! count × ( epoch (8) | category length (2) | category | secret (32) )
//! trees (4)
//! trees × ( category length (2) | category | nodes (4)
//!           | nodes × ( depth (1) | prefix (4) | secret (32) ) )
//! SHA-256 of everything before (32)
//! ```
//!
//! Files of the previous layout (`"VEILSHR1"`, no trees) are read, and the
//! next write converts them. The checksum turns a truncated or damaged file
//! into a clear error instead of silently missing keys. The file is replaced
//! atomically (temporary file, fsync, rename, fsync of the directory) with
//! mode 0600 and its previous owner, so a crash leaves either the old or the
//! new set of secrets.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::puncture::{DEPTH, Node, Tree};
use crate::keys::SecretKey;
use crate::private_file::{self, PrivateFileError};

const MAGIC_V1: &[u8; 8] = b"VEILSHR1";
const MAGIC: &[u8; 8] = b"VEILSHR2";
/// The most a shred-key file may hold. A key takes about 50 bytes and an
/// erasure adds at most about 1.2 KB, so this is tens of thousands of
/// erasures; a file claiming more is not one.
pub(super) const MAX_BYTES: u64 = 64 << 20;

/// Why the shred-key file could not be read or written.
#[derive(Debug)]
pub(super) enum ShredFileError {
    Io(io::Error),
    /// Not a private regular file, or too large (see [`private_file`]).
    Unsafe(PrivateFileError),
    /// Bad magic, bad checksum, truncated, or for another vault.
    Malformed(&'static str),
}

/// The secrets of one vault: shred secrets by (epoch, category), trees by
/// category.
pub(super) struct ShredKeys {
    pub vault_id: [u8; 16],
    pub secrets: BTreeMap<(u64, String), SecretKey>,
    pub trees: BTreeMap<String, Tree>,
}

impl std::fmt::Debug for ShredKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ShredKeys({} keys, {} trees [redacted])",
            self.secrets.len(),
            self.trees.len()
        )
    }
}

impl ShredKeys {
    /// Reads the file; a missing file is an empty set. The file must be a
    /// private regular file of at most [`MAX_BYTES`].
    pub fn load(path: &Path, vault_id: [u8; 16]) -> Result<ShredKeys, ShredFileError> {
        let bytes = match private_file::read(path, MAX_BYTES) {
            Ok(bytes) => bytes,
            Err(PrivateFileError::Io { source, .. })
                if source.kind() == io::ErrorKind::NotFound =>
            {
                return Ok(ShredKeys {
                    vault_id,
                    secrets: BTreeMap::new(),
                    trees: BTreeMap::new(),
                });
            }
            Err(PrivateFileError::Io { source, .. }) => return Err(ShredFileError::Io(source)),
            Err(e) => return Err(ShredFileError::Unsafe(e)),
        };
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
        let written = written.and_then(|()| keep_owner(path, &tmp));
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
        out.extend_from_slice(&(self.trees.len() as u32).to_be_bytes());
        for (category, tree) in &self.trees {
            out.extend_from_slice(&(category.len() as u16).to_be_bytes());
            out.extend_from_slice(category.as_bytes());
            out.extend_from_slice(&(tree.nodes.len() as u32).to_be_bytes());
            for node in &tree.nodes {
                out.push(node.depth);
                out.extend_from_slice(&node.prefix.to_be_bytes());
                out.extend_from_slice(node.secret.expose());
            }
        }
        let sum = Sha256::digest(&out[..]);
        out.extend_from_slice(&sum);
        out
    }
}

/// Reads `n` bytes from the front of `rest`.
fn take<'a>(rest: &mut &'a [u8], n: usize) -> Result<&'a [u8], ShredFileError> {
    if rest.len() < n {
        return Err(ShredFileError::Malformed("truncated or damaged"));
    }
    let (head, tail) = rest.split_at(n);
    *rest = tail;
    Ok(head)
}

fn take_u32(rest: &mut &[u8]) -> Result<u32, ShredFileError> {
    let b = take(rest, 4)?;
    Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn take_category(rest: &mut &[u8]) -> Result<String, ShredFileError> {
    let b = take(rest, 2)?;
    let len = usize::from(u16::from_be_bytes([b[0], b[1]]));
    std::str::from_utf8(take(rest, len)?)
        .map(str::to_owned)
        .map_err(|_| ShredFileError::Malformed("truncated or damaged"))
}

fn take_secret(rest: &mut &[u8]) -> Result<SecretKey, ShredFileError> {
    let mut secret = [0u8; 32];
    secret.copy_from_slice(take(rest, 32)?);
    let key = SecretKey::from_bytes(secret);
    zeroize::Zeroize::zeroize(&mut secret);
    Ok(key)
}

fn decode(bytes: &[u8]) -> Result<ShredKeys, ShredFileError> {
    const BAD: ShredFileError = ShredFileError::Malformed("truncated or damaged");
    if bytes.len() < 8 + 16 + 4 + 32 || (&bytes[..8] != MAGIC && &bytes[..8] != MAGIC_V1) {
        return Err(ShredFileError::Malformed("not a veil shred-key file"));
    }
    let v1 = &bytes[..8] == MAGIC_V1;
    let (body, sum) = bytes.split_at(bytes.len() - 32);
    if Sha256::digest(body).as_slice() != sum {
        return Err(BAD);
    }
    let mut vault_id = [0u8; 16];
    vault_id.copy_from_slice(&body[8..24]);
    let mut rest = &body[24..];
    let count = take_u32(&mut rest)?;
    let mut secrets = BTreeMap::new();
    for _ in 0..count {
        let b = take(&mut rest, 8)?;
        let epoch = u64::from_be_bytes(b.try_into().map_err(|_| BAD)?);
        let category = take_category(&mut rest)?;
        secrets.insert((epoch, category), take_secret(&mut rest)?);
    }
    let mut trees = BTreeMap::new();
    if !v1 {
        for _ in 0..take_u32(&mut rest)? {
            let category = take_category(&mut rest)?;
            let n = take_u32(&mut rest)?;
            // Each node takes 37 bytes: a count the rest cannot hold is
            // damage, not a reason to allocate.
            if rest.len() / 37 < n as usize {
                return Err(BAD);
            }
            let mut nodes = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let depth = take(&mut rest, 1)?[0];
                let prefix = take_u32(&mut rest)?;
                if depth > DEPTH || (depth < DEPTH && u64::from(prefix) >> depth != 0) {
                    return Err(BAD);
                }
                let secret = take_secret(&mut rest)?;
                nodes.push(Node {
                    depth,
                    prefix,
                    secret,
                });
            }
            trees.insert(category, Tree { nodes });
        }
    }
    if !rest.is_empty() {
        return Err(BAD);
    }
    Ok(ShredKeys {
        vault_id,
        secrets,
        trees,
    })
}

/// Gives the new file the owner of the one it replaces: a purge or an
/// erasure run by root must not take the file away from the pipeline's
/// user.
#[cfg(unix)]
fn keep_owner(path: &Path, tmp: &Path) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    // Anyone else creates files as themselves, and the file is refused
    // unless it is theirs anyway.
    if private_file::effective_uid() != 0 {
        return Ok(());
    }
    match fs::metadata(path) {
        Ok(m) => std::os::unix::fs::chown(tmp, Some(m.uid()), Some(m.gid())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &Path, _: &Path) -> io::Result<()> {
    Ok(())
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
        let mut tree = Tree::new(SecretKey::from_bytes([3; 32]));
        tree.puncture(17);
        keys.trees.insert("phone".into(), tree);
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
        let tree = &back.trees["phone"];
        assert_eq!(tree.nodes.len(), 32);
        assert!(tree.leaf(17).is_none());
        assert_eq!(
            tree.leaf(18).unwrap().expose(),
            Tree::new(SecretKey::from_bytes([3; 32]))
                .leaf(18)
                .unwrap()
                .expose()
        );
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
        // Every truncation is caught, in the trees too.
        for len in (0..bytes.len()).step_by(7) {
            fs::write(&path, &bytes[..len]).unwrap();
            assert!(ShredKeys::load(&path, id).is_err());
        }
        let mut flipped = bytes.clone();
        flipped[40] ^= 1;
        fs::write(&path, &flipped).unwrap();
        assert!(matches!(
            ShredKeys::load(&path, id),
            Err(ShredFileError::Malformed(_))
        ));
        assert_eq!(format!("{back:?}"), "ShredKeys(2 keys, 1 trees [redacted])");
    }

    /// Files written before the trees existed are read (no trees) and
    /// written back in the new layout.
    #[test]
    fn the_previous_layout_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.keys");
        let id = [9u8; 16];
        let mut v1 = Vec::new();
        v1.extend_from_slice(MAGIC_V1);
        v1.extend_from_slice(&id);
        v1.extend_from_slice(&1u32.to_be_bytes());
        v1.extend_from_slice(&4u64.to_be_bytes());
        v1.extend_from_slice(&5u16.to_be_bytes());
        v1.extend_from_slice(b"phone");
        v1.extend_from_slice(&[6u8; 32]);
        let sum = Sha256::digest(&v1);
        v1.extend_from_slice(&sum);
        fs::write(&path, &v1).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        }
        let keys = ShredKeys::load(&path, id).unwrap();
        assert_eq!(keys.secrets[&(4, "phone".to_owned())].expose(), &[6u8; 32]);
        assert!(keys.trees.is_empty());
        keys.save(&path).unwrap();
        assert_eq!(&fs::read(&path).unwrap()[..8], MAGIC);
        assert_eq!(ShredKeys::load(&path, id).unwrap().secrets.len(), 1);
    }
}
