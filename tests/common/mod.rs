//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use veil::keys::Keyring;
use veil::pipeline::Engine;
use veil::rules::Source;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `veil` binary in `dir` as `user`, with `stdin` written to it and
/// none of veil's environment variables inherited.
pub fn veil_as(user: &str, args: &[&str], stdin: &[u8], dir: &Path) -> Output {
    veil_env(user, args, stdin, dir, &[])
}

/// [`veil_as`] with `env` set as well (`VEIL_REVEAL_POLICY`, ...). veil
/// records the OS user of the process, whatever `USER` says.
pub fn veil_env(
    user: &str,
    args: &[&str],
    stdin: &[u8],
    dir: &Path,
    env: &[(&str, &str)],
) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(args)
        .current_dir(dir)
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_VAULT")
        .env_remove("VEIL_AUDIT")
        .env_remove("VEIL_RULES")
        .env_remove("VEIL_QUARANTINE")
        .env_remove("VEIL_REVEAL_POLICY")
        .envs(env.iter().copied())
        .env("USER", user)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A child that refuses to start closes its stdin early: a broken pipe
    // here is what some tests check.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// Lossy text of a command's output.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The committed test keyring, copied to a private temporary file (git does
/// not keep mode 0600, and veil refuses a keyring others can read).
pub fn test_keyring() -> Keyring {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("test.keyring");
    std::fs::copy(root().join("tests/golden/test.keyring"), &path).unwrap();
    set_private(&path);
    Keyring::load(&path).unwrap()
}

/// Makes a file owner-only.
pub fn set_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// An engine for a shipped pack under the test keyring.
pub fn engine(pack: &str) -> Engine {
    let pack = Source::Dir(root().join("rules")).load(pack).unwrap();
    Engine::new(pack, &test_keyring()).unwrap()
}

/// The output of one record through an engine; a record error fails the
/// test, naming the record.
pub fn run(engine: &Engine, rec: &str) -> String {
    let mut out = Vec::new();
    engine
        .worker()
        .process(rec.as_bytes(), &mut out)
        .unwrap_or_else(|e| panic!("{rec}: {e}"));
    String::from_utf8(out).unwrap()
}

/// Runs every record of `input` through the engine as the file driver
/// frames them (lines, or CSV records whose quoted cells may hold line
/// breaks), with header rows recognised by content: outputs (with their
/// terminators) and the 1-based line numbers and reasons of what failed.
pub fn process_lines(engine: &Engine, input: &[u8]) -> (Vec<u8>, Vec<(usize, &'static str)>) {
    use veil::pipeline::frame::{Frame, Framer};
    let mut w = engine.worker();
    w.follow_headers(true);
    let csv = matches!(engine.pack().format, veil::format::Format::Csv { .. });
    let mut framer = Framer::new(input, csv, engine.max_record());
    let mut out = Vec::new();
    let mut failed = Vec::new();
    loop {
        let mut frame_bytes = Vec::new();
        match framer.next(&mut frame_bytes).unwrap() {
            Frame::End => break,
            Frame::Record { line, .. } => {
                let (rec, term) = veil::pipeline::file::split_terminator(&frame_bytes);
                let mut buf = Vec::new();
                match w.process(rec, &mut buf) {
                    Ok(_) => {
                        out.extend_from_slice(&buf);
                        out.extend_from_slice(term);
                    }
                    Err(e) => failed.push((line as usize, e.reason())),
                }
            }
            Frame::TooLarge { line, .. } => failed.push((line as usize, "too-large")),
            Frame::Unclosed { line, lines } => {
                for i in 0..lines {
                    failed.push(((line + i) as usize, "csv-unclosed"));
                }
            }
        }
    }
    (out, failed)
}

/// A line-by-line diff that a human can read.
pub fn diff(expected: &str, actual: &str) -> String {
    let mut s = String::new();
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i).copied(), a.get(i).copied());
        if x != y {
            s.push_str(&format!(
                "line {}:\n  - {}\n  + {}\n",
                i + 1,
                x.unwrap_or("<none>"),
                y.unwrap_or("<none>")
            ));
        }
    }
    s
}

/// The name veil records for this process's user: the password-file name
/// of its uid.
pub fn os_user() -> String {
    let out = Command::new("id").arg("-un").output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}
