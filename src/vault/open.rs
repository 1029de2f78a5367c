//! Opening a vault: where its files are, the store file (created private,
//! opened once, retried while another process holds it), its `meta`, and
//! the shred-key file beside it.

use super::error::VaultError;
use super::options::Options;
use super::schema::{
    ENTRIES, ENTRIES_V1, FORMAT, KEYS, META, NAMES, RETENTION, TOMBSTONES, meta_u64, migrate_v1,
};
use super::{Shared, Vault};
use crate::keys::Keyring;
use redb::Database;
use redb::{ReadableTable, ReadableTableMetadata, TableHandle};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The default vault path for a keyring: `<keyring>.vault` beside it.
pub fn default_path(keyring_path: &Path) -> PathBuf {
    let mut p = keyring_path.as_os_str().to_owned();
    p.push(".vault");
    PathBuf::from(p)
}

/// The default shred-key file for a vault: `<vault>.keys` beside it.
pub fn default_keys_path(vault_path: &Path) -> PathBuf {
    let mut p = vault_path.as_os_str().to_owned();
    p.push(".keys");
    PathBuf::from(p)
}

impl Vault {
    /// Opens the vault at `path`, creating it if missing, with default
    /// [`Options`]. Refuses a vault made for another keyring, a damaged
    /// file, a file held by another process, a file that is not private
    /// (see [`crate::private_file`]) and a vault with data keys whose
    /// shred-key file is missing.
    pub fn open(path: &Path, keyring: &Keyring) -> Result<Vault, VaultError> {
        Vault::open_with(path, keyring, Options::default())
    }

    /// [`Vault::open`] with explicit options. While another process holds
    /// the file (a pipeline committing a batch), waits up to
    /// [`Options::lock_wait`] before giving up with [`VaultError::Locked`].
    pub fn open_with(
        path: &Path,
        keyring: &Keyring,
        options: Options,
    ) -> Result<Vault, VaultError> {
        Vault::open_inner(path, keyring, options, true)
    }

    /// [`Vault::open_with`] for the read side (`reveal`, `subject`, `vault
    /// stats`, `serve`): a vault that does not exist (or an empty file) is
    /// refused with [`VaultError::Missing`] instead of created, so that a
    /// mistyped path is not answered from an empty vault.
    pub fn open_existing(
        path: &Path,
        keyring: &Keyring,
        options: Options,
    ) -> Result<Vault, VaultError> {
        Vault::open_inner(path, keyring, options, false)
    }

    fn open_inner(
        path: &Path,
        keyring: &Keyring,
        options: Options,
        create: bool,
    ) -> Result<Vault, VaultError> {
        let public = keyring.reveal_public().ok_or(VaultError::NoRevealKey)?;
        let fingerprint = public.fingerprint();
        let exists = match crate::private_file::open(path) {
            Ok(file) => file.metadata().map(|m| m.len() > 0).unwrap_or(false),
            Err(crate::private_file::PrivateFileError::Io { source, .. })
                if source.kind() == std::io::ErrorKind::NotFound =>
            {
                false
            }
            Err(e) => return Err(VaultError::File(e)),
        };
        if !exists {
            if !create {
                return Err(VaultError::Missing {
                    path: path.to_path_buf(),
                });
            }
            create_file(path)?;
        }
        let db = Arc::new(open_db(path, !exists, options.lock_wait)?);
        let keys_path = options
            .keys_path
            .clone()
            .unwrap_or_else(|| default_keys_path(path));
        let vault_id = init_meta(&db, path, exists, &fingerprint)?;
        check_keys_file(&db, path, &keys_path)?;
        let shared = Arc::new(Shared {
            path: path.to_path_buf(),
            keys_path,
            vault_id,
            options,
            held: Mutex::new(Arc::downgrade(&db)),
            erasures: AtomicU64::new(0),
            shred_lock: Mutex::new(()),
            released: Mutex::new(None),
        });
        Ok(Vault { db, shared })
    }

    pub(super) fn store_err(&self) -> impl Fn(&dyn fmt::Display) -> VaultError + use<> {
        self.shared.store_err()
    }

    pub(super) fn corrupt(&self, reason: &str) -> VaultError {
        self.shared.corrupt(reason)
    }
}

/// Refuses a vault whose shred-key file is missing while it holds data keys
/// (a new, empty file would make every existing token reveal as expired),
/// and a shred-key file that is not private.
fn check_keys_file(db: &Database, path: &Path, keys_path: &Path) -> Result<(), VaultError> {
    use crate::private_file::{self, PrivateFileError};
    match private_file::open(keys_path) {
        Ok(_) => Ok(()),
        Err(PrivateFileError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound =>
        {
            if store_has_keys(db, path)? {
                Err(VaultError::KeysMissing {
                    path: path.to_path_buf(),
                    keys_path: keys_path.to_path_buf(),
                })
            } else {
                Ok(())
            }
        }
        Err(e) => Err(VaultError::File(e)),
    }
}

/// Whether the store holds any wrapped data key.
pub(super) fn store_has_keys(db: &Database, path: &Path) -> Result<bool, VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let tx = db.begin_read().map_err(|e| err(&e))?;
    let keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
    Ok(!keys.is_empty().map_err(|e| err(&e))?)
}

thread_local! {
    /// Set while this thread runs code whose panics are caught and turned
    /// into errors; see [`quietly`].
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, catching a panic, without the panic hook printing its message
/// and backtrace: the caller reports a clean error instead. The hook is
/// wrapped once per process, and stays silent only on this thread and only
/// while `f` runs; any other panic is reported as before.
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result
}

/// The file a path names now (device and inode), to notice a vault that
/// [`Vault::scrub`] replaced between opening and locking it.
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Opens the redb file, waiting up to `wait` while another process holds
/// its lock. The holder is normally a pipeline that keeps the file only for
/// the milliseconds of a commit and may take it again soon after; file
/// locks are not fair, so the poll is tight (an attempt is an `open` and a
/// `flock`) to catch the gaps between its commits.
fn open_db(path: &Path, create: bool, wait: Duration) -> Result<Database, VaultError> {
    let deadline = Instant::now() + wait;
    let mut pause = Duration::from_millis(1);
    loop {
        match open_db_once(path, create) {
            Err(VaultError::Locked { .. }) if Instant::now() < deadline => {
                let left = deadline.saturating_duration_since(Instant::now());
                std::thread::sleep(pause.min(left));
                pause = (pause * 2).min(Duration::from_millis(2));
            }
            other => return other,
        }
    }
}

pub(super) fn open_db_once(path: &Path, create: bool) -> Result<Database, VaultError> {
    open_db_sized(path, create, 32 << 20)
}

/// redb keeps a tenth of its cache for dirty pages; past that, a commit
/// writes pages out early and reads them back to checksum them. A writer's
/// commit of a 32 MB output batch dirties more than 3 MB of B-tree pages
/// (tokens are spread evenly over the key space), so it opens the file with
/// this cache: 12.8 MB for dirty pages. The cache lives only as long as the
/// commit holds the file, and fills only with pages the commit touches.
pub(super) const COMMIT_CACHE: usize = 128 << 20;

/// [`open_db_once`] with a cache of `cache` bytes.
pub(super) fn open_db_sized(
    path: &Path,
    create: bool,
    cache: usize,
) -> Result<Database, VaultError> {
    let mut builder = Database::builder();
    builder.set_cache_size(cache);
    let before = file_identity(path);
    // redb 2.x asserts (panics) on some damaged files, e.g. one truncated
    // below the length its header records; a damaged vault must be an
    // error, not a crash, and not a panic message with a backtrace.
    let opened = quietly(|| {
        if create {
            builder.create(path)
        } else {
            builder.open(path)
        }
    })
    .map_err(|_| VaultError::Corrupt {
        path: path.to_path_buf(),
        reason: "the store's consistency checks failed".to_owned(),
    })?;
    if opened.is_ok() && file_identity(path) != before {
        // The file was replaced (a scrub renamed a rewritten vault over it)
        // while we opened it: the handle may be the old, unlinked file.
        // Try again, as for a locked file.
        return Err(VaultError::Locked {
            path: path.to_path_buf(),
        });
    }
    opened.map_err(|e| match e {
        redb::DatabaseError::DatabaseAlreadyOpen => VaultError::Locked {
            path: path.to_path_buf(),
        },
        redb::DatabaseError::Storage(redb::StorageError::Io(source))
            if !matches!(
                source.kind(),
                std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::InvalidData
            ) =>
        {
            VaultError::Io {
                path: path.to_path_buf(),
                source,
            }
        }
        other => VaultError::Corrupt {
            path: path.to_path_buf(),
            reason: other.to_string(),
        },
    })
}

/// Checks (or, for a new file, writes) the `meta` table and returns the
/// vault id.
fn init_meta(
    db: &Database,
    path: &Path,
    existed: bool,
    fingerprint: &[u8; 32],
) -> Result<[u8; 16], VaultError> {
    let err = |e: &dyn fmt::Display| VaultError::Store {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let corrupt = |reason: &str| VaultError::Corrupt {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    };
    let mut tx = db.begin_write().map_err(|e| err(&e))?;
    tx.set_quick_repair(true);
    let mut fresh = false;
    let mut migrate = false;
    let mut upgrade = false;
    let vault_id;
    {
        let mut meta = tx.open_table(META).map_err(|e| err(&e))?;
        let format = meta
            .get("format")
            .map_err(|e| err(&e))?
            .map(|v| v.value().to_vec());
        match format {
            None if existed && meta.len().map_err(|e| err(&e))? > 0 => {
                return Err(corrupt("meta table without a format version"));
            }
            None => {
                fresh = true;
                let mut id = [0u8; 16];
                getrandom::fill(&mut id).map_err(|_| VaultError::Random)?;
                meta.insert("format", [FORMAT].as_slice())
                    .map_err(|e| err(&e))?;
                meta.insert("keyring", fingerprint.as_slice())
                    .map_err(|e| err(&e))?;
                meta.insert("vault_id", id.as_slice())
                    .map_err(|e| err(&e))?;
                meta.insert("next_epoch", 1u64.to_be_bytes().as_slice())
                    .map_err(|e| err(&e))?;
            }
            Some(v) if v.as_slice() == [1] => migrate = true,
            Some(v) if v.as_slice() != [FORMAT] && v.as_slice() != [2] => {
                return Err(corrupt("unsupported vault format version"));
            }
            Some(v) => {
                if v.as_slice() == [2] {
                    // Nothing to convert: only the marker moves, so that
                    // earlier releases refuse the leaf-keyed rows to come.
                    upgrade = true;
                    meta.insert("format", [FORMAT].as_slice())
                        .map_err(|e| err(&e))?;
                }
                // A pipeline of the previous release that was already
                // running when the vault was migrated recreates the format
                // 1 table at its next commit; its rows are folded in here.
                let tables = tx.list_tables().map_err(|e| err(&e))?;
                migrate = tables.into_iter().any(|t| t.name() == ENTRIES_V1.name());
            }
        }
        let stored = meta
            .get("keyring")
            .map_err(|e| err(&e))?
            .map(|v| v.value().to_vec());
        if stored.as_deref() != Some(fingerprint.as_slice()) {
            return Err(VaultError::WrongKeyring {
                path: path.to_path_buf(),
            });
        }
        let id = meta
            .get("vault_id")
            .map_err(|e| err(&e))?
            .map(|v| v.value().to_vec());
        vault_id = id
            .as_deref()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| corrupt("meta table without a vault id"))?;
        if meta_u64(&meta, "next_epoch", path)?.is_none() {
            return Err(corrupt("meta table without an epoch counter"));
        }
        // Create every table so that readers find them.
        tx.open_table(ENTRIES).map_err(|e| err(&e))?;
        tx.open_table(NAMES).map_err(|e| err(&e))?;
        tx.open_table(KEYS).map_err(|e| err(&e))?;
        tx.open_table(TOMBSTONES).map_err(|e| err(&e))?;
        tx.open_table(RETENTION).map_err(|e| err(&e))?;
    }
    if migrate {
        migrate_v1(&tx, path)?;
    }
    if fresh || migrate || upgrade {
        tx.commit().map_err(|e| err(&e))?;
    } else {
        tx.abort().map_err(|e| err(&e))?;
    }
    Ok(vault_id)
}

pub(super) fn create_file(path: &Path) -> Result<(), VaultError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |source| VaultError::Io { path: p, source }
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(parent).map_err(io(parent))?;
    }
    // Created here with mode 0600 (redb would use the umask); an empty file
    // is what redb initialises.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(io(path))?;
    Ok(())
}
