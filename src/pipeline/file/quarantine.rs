//! The run's quarantine file, opened on first use, private to this user.

use std::fs::File;
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};

use super::RunError;
use crate::keys::Keyring;
use crate::pipeline::quarantine;

/// Lazily-opened quarantine file.
pub(super) struct Quarantine<'k> {
    pub(super) path: PathBuf,
    pub(super) keyring: &'k Keyring,
    pub(super) pack: String,
    pub(super) writer: Option<quarantine::Writer<BufWriter<File>>>,
}

impl Quarantine<'_> {
    pub(super) fn put(
        &mut self,
        raw: &[u8],
        reason: &str,
        detail: &str,
        source: &str,
        line: u64,
    ) -> Result<(), RunError> {
        let err = |source| RunError::Quarantine {
            path: self.path.display().to_string(),
            source,
        };
        if self.writer.is_none() {
            let f = open_private_append(&self.path).map_err(err)?;
            self.writer = Some(quarantine::Writer::new(
                BufWriter::new(f),
                self.keyring,
                &self.pack,
            ));
        }
        if let Some(w) = self.writer.as_mut() {
            w.put(raw, reason, detail, source, line)
                .map_err(|e| RunError::Quarantine {
                    path: self.path.display().to_string(),
                    source: e,
                })?;
        }
        Ok(())
    }

    pub(super) fn flush(&mut self) -> Result<(), RunError> {
        if let Some(w) = self.writer.as_mut() {
            w.flush().map_err(|source| RunError::Quarantine {
                path: self.path.display().to_string(),
                source,
            })?;
        }
        Ok(())
    }
}

/// Opens a file for appending, created with mode 0600: quarantine entries are
/// sealed, but their metadata is still nobody else's business. An existing
/// file must be private too (see [`crate::private_file`]).
pub fn open_private_append(path: &Path) -> io::Result<File> {
    use crate::private_file::PrivateFileError;
    match crate::private_file::open_append(path) {
        Ok((file, _)) => Ok(file),
        Err(PrivateFileError::Io { source, .. }) => Err(source),
        // The path is in the caller's message already.
        Err(e) => Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            e.to_string()
                .strip_prefix(&format!("{}: ", path.display()))
                .map(str::to_owned)
                .unwrap_or_else(|| e.to_string()),
        )),
    }
}
