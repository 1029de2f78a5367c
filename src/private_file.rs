//! Files that hold keys or personal data — the keyring, the vault, its
//! shred-key file, the audit log, the quarantine — are used only if they are
//! what they claim to be: a regular file (a FIFO would block a reader
//! forever, a device could be read without end), owned by this user or by
//! root (as ssh requires of its keys), with no permission bits for group or
//! others, and small enough for what they hold when they are read whole.
//!
//! Every check runs on the open handle (`fstat`), not on a path that could be
//! swapped in between, and the open itself does not block on a FIFO
//! (`O_NONBLOCK`, which changes nothing for a regular file).

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

/// Why a private file was refused. Says what is wrong with the file, never
/// what is in it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PrivateFileError {
    /// Opening or reading the file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The path names a FIFO, socket, device or directory.
    #[error("{path}: not a regular file (a {kind}); refusing to use it")]
    NotRegular {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        kind: &'static str,
    },
    /// The file belongs to another user, who could have written anything
    /// into it.
    #[error(
        "{path}: owned by uid {owner}, not by this user (uid {user}) or root; refusing to use it (run `chown {user} {path}` if it is yours)"
    )]
    Owner {
        /// The file.
        path: PathBuf,
        /// Its owner.
        owner: u32,
        /// The effective uid of this process.
        user: u32,
    },
    /// Group or others have some access to the file.
    #[error("{path}: accessible by group or others (mode {mode:04o}); run `chmod 600 {path}`")]
    Permissions {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The file is larger than anything of its kind can be.
    #[error("{path}: {len} bytes, more than such a file can hold ({limit}); refusing to read it")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its length.
        len: u64,
        /// The most this kind of file may hold.
        limit: u64,
    },
}

impl PrivateFileError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            PrivateFileError::Io { path, .. }
            | PrivateFileError::NotRegular { path, .. }
            | PrivateFileError::Owner { path, .. }
            | PrivateFileError::Permissions { path, .. }
            | PrivateFileError::TooLarge { path, .. } => path,
        }
    }
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> PrivateFileError + '_ {
    move |source| PrivateFileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks an open file: a regular file, owned by this user or root, with no
/// permission bits for group or others. Returns its metadata.
pub fn check(path: &Path, file: &File) -> Result<Metadata, PrivateFileError> {
    let meta = file.metadata().map_err(io_err(path))?;
    check_metadata(path, &meta)?;
    Ok(meta)
}

fn check_metadata(path: &Path, meta: &Metadata) -> Result<(), PrivateFileError> {
    let kind = file_kind(meta);
    if kind != "regular file" {
        return Err(PrivateFileError::NotRegular {
            path: path.to_path_buf(),
            kind,
        });
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let user = effective_uid();
        if !owner_allowed(meta.uid(), user) {
            return Err(PrivateFileError::Owner {
                path: path.to_path_buf(),
                owner: meta.uid(),
                user,
            });
        }
        let mode = meta.mode() & 0o7777;
        if mode & 0o077 != 0 {
            return Err(PrivateFileError::Permissions {
                path: path.to_path_buf(),
                mode,
            });
        }
    }
    Ok(())
}

/// Whether a file owned by `owner` may be used by a process running as
/// `user`: its own files and root's, as ssh allows.
pub fn owner_allowed(owner: u32, user: u32) -> bool {
    owner == user || owner == 0
}

/// The effective uid of this process.
#[cfg(unix)]
pub fn effective_uid() -> u32 {
    rustix::process::geteuid().as_raw()
}

fn file_kind(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_file() {
        return "regular file";
    }
    if t.is_dir() {
        return "directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "fifo";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "device";
        }
    }
    "special file"
}

/// Sets flags so that opening a FIFO does not wait for its other end (the
/// checks then refuse it); no effect on a regular file.
fn no_blocking(options: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOCTTY;
        // The flag values are small positive constants.
        options.custom_flags(flags.bits() as i32);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// Opens an existing private file for reading, after the checks of
/// [`check`].
pub fn open(path: &Path) -> Result<File, PrivateFileError> {
    let mut options = OpenOptions::new();
    options.read(true);
    no_blocking(&mut options);
    let file = options.open(path).map_err(io_err(path))?;
    check(path, &file)?;
    Ok(file)
}

/// Opens a private file for appending, creating it with mode 0600 if it is
/// missing; an existing one must pass [`check`]. Returns the file and
/// whether it was created.
pub fn open_append(path: &Path) -> Result<(File, bool), PrivateFileError> {
    let mut options = OpenOptions::new();
    options.append(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    no_blocking(&mut options);
    match options.open(path) {
        Ok(file) => {
            check(path, &file)?;
            return Ok((file, true));
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(io_err(path)(e)),
    }
    let mut options = OpenOptions::new();
    options.append(true);
    no_blocking(&mut options);
    let file = options.open(path).map_err(io_err(path))?;
    check(path, &file)?;
    Ok((file, false))
}

/// Reads a whole private file of at most `limit` bytes into a buffer that is
/// wiped when dropped. A larger file is refused before any of it is read
/// (a sparse file can claim gigabytes without using the disk).
pub fn read(path: &Path, limit: u64) -> Result<Zeroizing<Vec<u8>>, PrivateFileError> {
    let file = open(path)?;
    let len = file.metadata().map_err(io_err(path))?.len();
    let too_large = |len| PrivateFileError::TooLarge {
        path: path.to_path_buf(),
        len,
        limit,
    };
    if len > limit {
        return Err(too_large(len));
    }
    // Sized up front so that the buffer is never reallocated, which would
    // leave an unwiped copy of the secret behind.
    let capacity = usize::try_from(len).unwrap_or(0).saturating_add(1);
    let mut bytes = Zeroizing::new(Vec::with_capacity(capacity));
    // The file can grow after the length was read: read one byte past the
    // limit at most.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err(path))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn write_mode(path: &Path, body: &[u8], mode: u32) {
        std::fs::write(path, body).unwrap();
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn a_private_regular_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        write_mode(&path, b"secret", 0o600);
        assert_eq!(read(&path, 6).unwrap().as_slice(), b"secret");
        write_mode(&path, b"secret", 0o400);
        assert_eq!(read(&path, 100).unwrap().as_slice(), b"secret");
    }

    #[test]
    fn group_or_other_bits_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        for mode in [0o640, 0o604, 0o620, 0o602, 0o610, 0o601, 0o644, 0o666] {
            write_mode(&path, b"x", mode);
            let err = read(&path, 100).unwrap_err();
            assert!(
                matches!(err, PrivateFileError::Permissions { mode: m, .. } if m == mode),
                "{mode:o}: {err}"
            );
            assert!(err.to_string().contains("chmod 600"), "{err}");
            let err = open_append(&path).unwrap_err();
            assert!(matches!(err, PrivateFileError::Permissions { .. }), "{err}");
        }
    }

    #[test]
    fn a_larger_file_than_the_limit_is_refused_unread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        write_mode(&path, b"", 0o600);
        // Sparse: claims 1 GiB, uses no disk.
        File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_len(1 << 30)
            .unwrap();
        let err = read(&path, 1 << 20).unwrap_err();
        assert!(
            matches!(err, PrivateFileError::TooLarge { len, .. } if len == 1 << 30),
            "{err}"
        );
    }

    #[test]
    fn a_fifo_or_a_directory_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        std::fs::set_permissions(&fifo, std::fs::Permissions::from_mode(0o600)).unwrap();
        // On a thread, so that a regression fails the test instead of
        // hanging it: opening a FIFO blocks until a writer appears.
        let (tx, rx) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || {
            let read = read(&path, 100).map(|_| ());
            let append = open_append(&path).map(|_| ());
            let _ = tx.send((read, append));
        });
        let (read_result, append_result) = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("opening a FIFO blocked");
        for r in [read_result, append_result] {
            let err = r.unwrap_err();
            assert!(
                matches!(err, PrivateFileError::NotRegular { kind: "fifo", .. })
                    // Appending to a FIFO nobody reads fails already at open.
                    || matches!(&err, PrivateFileError::Io { .. }),
                "{err}"
            );
        }
        let err = read(dir.path(), 100).unwrap_err();
        assert!(
            matches!(
                err,
                PrivateFileError::NotRegular {
                    kind: "directory",
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn only_own_or_root_files_are_accepted() {
        assert!(owner_allowed(1000, 1000));
        assert!(owner_allowed(0, 1000));
        assert!(owner_allowed(0, 0));
        assert!(!owner_allowed(1001, 1000));
        assert!(!owner_allowed(1000, 0));
    }

    /// Needs root to give a file away; as any other user the chown fails
    /// and there is nothing to check.
    #[test]
    fn a_file_owned_by_another_user_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        write_mode(&path, b"x", 0o600);
        if std::os::unix::fs::chown(&path, Some(4242), None).is_err() {
            eprintln!("not root: cannot give a file to another user; skipped");
            return;
        }
        let err = read(&path, 100).unwrap_err();
        assert!(
            matches!(err, PrivateFileError::Owner { owner: 4242, .. }),
            "{err}"
        );
        assert!(matches!(
            open_append(&path),
            Err(PrivateFileError::Owner { .. })
        ));
    }

    #[test]
    fn open_append_creates_a_private_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let (_, created) = open_append(&path).unwrap();
        assert!(created);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let (_, created) = open_append(&path).unwrap();
        assert!(!created);
    }
}
