//! Creating, locking and atomically replacing a keyring file, mode 0600.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use super::error::io_err;
use super::render::render;
use crate::keys::{KeyError, Keyring};

/// Holds an exclusive `flock` on the keyring's directory while a keyring
/// file is read, changed and replaced, so that two processes advancing the
/// same keyring do not lose each other's change. The kernel releases it
/// when its holder dies. No lock file: a directory can be locked itself.
pub(in crate::keys) fn lock_dir(path: &Path) -> Result<File, KeyError> {
    use rustix::fs::{FlockOperation, flock};
    let dir = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(p) => p.to_path_buf(),
        None => std::path::PathBuf::from("."),
    };
    let handle = File::open(&dir).map_err(|e| io_err(&dir, e))?;
    flock(&handle, FlockOperation::LockExclusive).map_err(|e| io_err(&dir, e.into()))?;
    Ok(handle)
}

/// Writes a new keyring file, refusing to replace an existing one.
pub(in crate::keys) fn write_new(path: &Path, ring: &Keyring) -> Result<(), KeyError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(parent).map_err(|e| io_err(parent, e))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            KeyError::Exists {
                path: path.to_path_buf(),
            }
        } else {
            io_err(path, e)
        }
    })?;
    let text = render(ring);
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    if let Err(e) = written {
        drop(file);
        // A half-written keyring is worse than none; the error below is the
        // one that matters, so a failed cleanup is not reported.
        let _ = fs::remove_file(path);
        return Err(io_err(path, e));
    }
    Ok(())
}

/// Replaces an existing keyring file atomically: a temporary file beside it
/// (mode 0600), synced, renamed over the old one, and the directory synced.
pub(in crate::keys) fn replace(path: &Path, ring: &Keyring) -> Result<(), KeyError> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".new");
    let tmp = std::path::PathBuf::from(tmp);
    // A leftover from an interrupted replace holds nothing the real file lacks.
    let _ = fs::remove_file(&tmp);
    write_new(&tmp, ring)?;
    fs::rename(&tmp, path).map_err(|e| io_err(path, e))?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        File::open(parent)
            .and_then(|d| d.sync_all())
            .map_err(|e| io_err(parent, e))?;
    }
    Ok(())
}
