//! Refuses a command whose files are one and the same: `--output` equal to
//! an `--input` would truncate the input before it is read, a quarantine
//! equal to the output would mix sealed entries into it, and one equal to an
//! input would grow the input while it is read.
//!
//! Files are compared by what they are (device and inode, after symlinks),
//! never by how they are named, so `./a.log`, a hard link to it and a
//! symlink to it are all the same file. A file that does not exist yet is
//! known by its directory (device and inode) and its name. Standard input
//! and output count too when they are redirected from or to a regular file
//! (`veil run --input a.log >> a.log`).

use std::path::{Path, PathBuf};

/// A file a command reads or writes.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place<'a> {
    /// A path.
    Path(&'a Path),
    /// Standard input.
    Stdin,
    /// Standard output.
    Stdout,
}

/// One file of a command: what it is for (`--input`, `--output`, ...), where
/// it is, and whether the command writes it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Use<'a> {
    /// The option that names it, for the message.
    pub what: &'static str,
    /// Where it is.
    pub place: Place<'a>,
    /// The command writes (creates, truncates or appends to) it.
    pub writes: bool,
}

impl<'a> Use<'a> {
    /// A file the command only reads.
    pub fn read(what: &'static str, place: Place<'a>) -> Use<'a> {
        Use {
            what,
            place,
            writes: false,
        }
    }

    /// A file the command writes.
    pub fn write(what: &'static str, place: Place<'a>) -> Use<'a> {
        Use {
            what,
            place,
            writes: true,
        }
    }
}

/// What a file is, independent of its name.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Identity {
    /// An existing file: device and inode.
    Existing(u64, u64),
    /// A file still to be created: its directory's device and inode, and its name.
    New(u64, u64, std::ffi::OsString),
}

/// Fails (before anything is opened for writing) when a written file is
/// also another of the command's files.
pub(super) fn refuse_same_file(uses: &[Use<'_>]) -> anyhow::Result<()> {
    let ids: Vec<Option<Identity>> = uses.iter().map(|u| identity(u.place)).collect();
    for (i, a) in uses.iter().enumerate() {
        for (j, b) in uses.iter().enumerate().skip(i + 1) {
            if !(a.writes || b.writes) {
                continue;
            }
            if let (Some(x), Some(y)) = (&ids[i], &ids[j]) {
                if x == y {
                    anyhow::bail!(
                        "{} and {} are the same file ({}): refusing to {}",
                        describe(a),
                        describe(b),
                        name(a.place, b.place),
                        harm(a, b),
                    );
                }
            }
        }
    }
    Ok(())
}

fn describe(u: &Use<'_>) -> String {
    match u.place {
        Place::Stdin => format!("{} (standard input)", u.what),
        Place::Stdout => format!("{} (standard output)", u.what),
        Place::Path(_) => u.what.to_string(),
    }
}

fn name(a: Place<'_>, b: Place<'_>) -> String {
    match (a, b) {
        (Place::Path(p), _) | (_, Place::Path(p)) => p.display().to_string(),
        _ => "a redirected file".to_string(),
    }
}

fn harm(a: &Use<'_>, b: &Use<'_>) -> &'static str {
    if a.writes && b.writes {
        "write both into one file"
    } else {
        "overwrite or grow a file while it is read"
    }
}

#[cfg(unix)]
fn identity(place: Place<'_>) -> Option<Identity> {
    use std::os::fd::AsFd;
    use std::os::unix::fs::MetadataExt;

    let std_stream = |fd: std::os::fd::BorrowedFd<'_>| -> Option<Identity> {
        let m = std::fs::File::from(fd.try_clone_to_owned().ok()?)
            .metadata()
            .ok()?;
        // A terminal or pipe may well be both stdin and stdout: only a
        // regular file can be clobbered.
        m.is_file().then(|| Identity::Existing(m.dev(), m.ino()))
    };
    match place {
        Place::Stdin => std_stream(std::io::stdin().as_fd()),
        Place::Stdout => std_stream(std::io::stdout().as_fd()),
        Place::Path(p) => {
            if let Ok(m) = std::fs::metadata(p) {
                return Some(Identity::Existing(m.dev(), m.ino()));
            }
            // Not there yet (or a dangling symlink): the file it would be.
            let target = follow_links(p);
            let name = target.file_name()?.to_os_string();
            let dir = match target.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            };
            let m = std::fs::metadata(dir).ok()?;
            Some(Identity::New(m.dev(), m.ino(), name))
        }
    }
}

#[cfg(not(unix))]
fn identity(place: Place<'_>) -> Option<Identity> {
    match place {
        Place::Path(p) => std::fs::canonicalize(p)
            .ok()
            .map(|c| Identity::New(0, 0, c.into_os_string())),
        _ => None,
    }
}

/// Where a chain of symlinks ends (at most 40 links, as the kernel allows).
#[cfg(unix)]
fn follow_links(p: &Path) -> PathBuf {
    let mut at = p.to_path_buf();
    for _ in 0..40 {
        match std::fs::read_link(&at) {
            Ok(to) if to.is_absolute() => at = to,
            Ok(to) => at = at.parent().map_or(to.clone(), |d| d.join(&to)),
            Err(_) => break,
        }
    }
    at
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn check(uses: &[Use<'_>]) -> Result<(), String> {
        refuse_same_file(uses).map_err(|e| e.to_string())
    }

    #[test]
    fn the_same_file_under_any_name_is_refused_only_when_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.log");
        std::fs::write(&a, "x\n").unwrap();
        let hard = dir.path().join("hard.log");
        std::fs::hard_link(&a, &hard).unwrap();
        let soft = dir.path().join("soft.log");
        std::os::unix::fs::symlink("a.log", &soft).unwrap();
        let dotted = dir.path().join(".").join("a.log");
        for other in [&a, &hard, &soft, &dotted] {
            let err = check(&[
                Use::read("--input", Place::Path(&a)),
                Use::write("--output", Place::Path(other)),
            ])
            .unwrap_err();
            assert!(
                err.contains("--input and --output are the same file"),
                "{err}"
            );
        }
        // Reading one file twice is fine.
        check(&[
            Use::read("--input", Place::Path(&a)),
            Use::read("--input", Place::Path(&hard)),
        ])
        .unwrap();
        // Two new files are told apart by name, and one new file by two names is not.
        let n1 = dir.path().join("new1");
        let n2 = dir.path().join("new2");
        check(&[
            Use::write("--output", Place::Path(&n1)),
            Use::write("--quarantine", Place::Path(&n2)),
        ])
        .unwrap();
        let n1_again = dir.path().join("sub/../new1");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(
            check(&[
                Use::write("--output", Place::Path(&n1)),
                Use::write("--quarantine", Place::Path(&n1_again)),
            ])
            .is_err()
        );
        // A dangling symlink is the file it would create.
        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink("new2", &dangling).unwrap();
        assert!(
            check(&[
                Use::write("--output", Place::Path(&dangling)),
                Use::write("--quarantine", Place::Path(&n2)),
            ])
            .is_err()
        );
    }
}
