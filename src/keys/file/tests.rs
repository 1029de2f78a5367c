use std::fs::{self, File};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::error::{line_col, scrub};
use super::render::render;
use super::*;
use crate::keys::reveal::RevealKeys;
use crate::keys::{Created, MasterKey};

const B64_A: &str = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="; // 32 x 'A'
const B64_B: &str = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI="; // 32 x 'B'

fn write_mode(dir: &Path, name: &str, body: &str, mode: u32) -> std::path::PathBuf {
    let path = dir.join(name);
    fs::write(&path, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
    }
    path
}

fn err_text(body: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = write_mode(dir.path(), "k.toml", body, 0o600);
    Keyring::load(&path).unwrap_err().to_string()
}

#[test]
fn create_then_load_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dir/keyring.toml");
    let made = Keyring::create(&path).unwrap();
    let loaded = Keyring::load(&path).unwrap();
    assert_eq!(loaded.active().id(), "k1");
    assert_eq!(
        made.active().secret.expose(),
        loaded.active().secret.expose()
    );
    assert_ne!(made.active().secret.expose(), &[0u8; 32]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dmode = fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dmode, 0o700);
    }
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("version = 1"), "{text}");
    assert!(text.contains("[[keys]]"), "{text}");
}

#[test]
fn two_creates_give_different_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let a = Keyring::create(&dir.path().join("a.toml")).unwrap();
    let b = Keyring::create(&dir.path().join("b.toml")).unwrap();
    assert_ne!(a.active().secret.expose(), b.active().secret.expose());
}

#[test]
fn create_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_mode(dir.path(), "k.toml", "precious", 0o600);
    let err = Keyring::create(&path).unwrap_err();
    assert!(matches!(err, KeyError::Exists { .. }), "{err}");
    assert!(err.to_string().contains("refusing to overwrite"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), "precious");
}

#[cfg(unix)]
#[test]
fn load_refuses_group_or_other_access() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
    for mode in [0o644, 0o640, 0o604, 0o620, 0o602, 0o660] {
        let path = write_mode(dir.path(), "k.toml", &body, mode);
        let err = Keyring::load(&path).unwrap_err();
        assert!(matches!(err, KeyError::Permissions { .. }), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains(&format!("chmod 600 {}", path.display())),
            "{msg}"
        );
    }
    let path = write_mode(dir.path(), "k.toml", &body, 0o400);
    assert!(Keyring::load(&path).is_ok());
}

/// Issue 15 item 14: a FIFO as keyring used to block the reader forever.
#[cfg(unix)]
#[test]
fn a_fifo_keyring_is_refused_without_hanging() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    // On a thread: a regression fails the test instead of hanging it.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(Keyring::load(&path).map(|_| ()).map_err(|e| e.to_string()));
    });
    let result = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("loading a FIFO keyring blocked");
    let msg = result.unwrap_err();
    assert!(msg.contains("not a regular file (a fifo)"), "{msg}");
}

/// Issue 15 item 14: a 3 GB sparse keyring used to be read whole.
#[test]
fn a_huge_sparse_keyring_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_mode(dir.path(), "k.toml", "version = 1\n", 0o600);
    File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(3 << 30)
        .unwrap();
    let err = Keyring::load(&path).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(
            err,
            KeyError::File(crate::private_file::PrivateFileError::TooLarge { .. })
        ),
        "{msg}"
    );
    assert!(msg.contains("3221225472 bytes"), "{msg}");
}

/// Issue 15 item 14: an all-zero master secret was accepted, and with it
/// pseudonyms anyone can recompute.
#[test]
fn an_all_zero_secret_is_refused() {
    let zero = BASE64.encode([0u8; 32]);
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{zero}\"\n"
    ));
    assert!(msg.contains(":5:") && msg.contains("all zero"), "{msg}");
    // Also in a key that is not the active one.
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{zero}\"\n\
         [[keys]]\nid = \"k2\"\ncreated = 0\nsecret = \"{B64_B}\"\n"
    ));
    assert!(
        msg.contains("key `k1`") && msg.contains("all zero"),
        "{msg}"
    );
    // And as the reveal key pair.
    let base = format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
    let msg = err_text(&format!("{base}[reveal]\npublic = \"{zero}\"\n"));
    assert!(msg.contains("reveal public key is all zero"), "{msg}");
}

/// Issue 15 item 14: a keyring owned by another uid was accepted (ssh
/// refuses such keys). Giving a file away needs root; as another user
/// there is nothing to check.
#[cfg(unix)]
#[test]
fn a_keyring_owned_by_another_user_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
    let path = write_mode(dir.path(), "k.toml", &body, 0o600);
    assert!(Keyring::load(&path).is_ok());
    if std::os::unix::fs::chown(&path, Some(4242), None).is_err() {
        eprintln!("not root: cannot give a file to another user; skipped");
        return;
    }
    let msg = Keyring::load(&path).unwrap_err().to_string();
    assert!(msg.contains("owned by uid 4242"), "{msg}");
    // Root's own files are fine, as for ssh.
    std::os::unix::fs::chown(&path, Some(0), None).unwrap();
    assert!(Keyring::load(&path).is_ok());
}

#[test]
fn last_key_is_active_and_rfc3339_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "version = 1\n\n[[keys]]\nid = \"k1\"\ncreated = 1700000000\nsecret = \"{B64_A}\"\n\n\
         [[keys]]\nid = \"k2\"\ncreated = 2026-01-02T03:04:05Z\nsecret = \"{B64_B}\"\n"
    );
    let path = write_mode(dir.path(), "k.toml", &body, 0o600);
    let ring = Keyring::load(&path).unwrap();
    assert_eq!(ring.active().id(), "k2");
    assert_eq!(ring.active().secret.expose(), &[b'B'; 32]);
    assert_eq!(ring.get("k1").unwrap().secret.expose(), &[b'A'; 32]);
    assert_eq!(
        ring.get("k1").unwrap().created(),
        &Created::Unix(1_700_000_000)
    );
    assert_eq!(ring.active().created().to_string(), "2026-01-02T03:04:05Z");
    assert_eq!(
        ring.keys().map(MasterKey::id).collect::<Vec<_>>(),
        ["k1", "k2"]
    );
    // A rendered keyring parses back to the same keys.
    let again = parse(&path, &render(&ring)).unwrap();
    assert_eq!(again.active().secret.expose(), &[b'B'; 32]);
    assert_eq!(again.active().created(), ring.active().created());
}

#[test]
fn wrong_length_is_refused_without_echo() {
    // 31 bytes of 'A'.
    let short = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQQ==";
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{short}\"\n"
    ));
    assert!(msg.contains(":5:"), "{msg}");
    assert!(msg.contains("32 bytes, found 31"), "{msg}");
    assert!(!msg.contains("QUFB"), "{msg}");

    let long = BASE64.encode([b'A'; 60]);
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{long}\"\n"
    ));
    assert!(msg.contains("found more"), "{msg}");
    assert!(!msg.contains("QUFB"), "{msg}");
}

#[test]
fn bad_base64_is_refused_without_echo() {
    let msg = err_text(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"s3cr3t!!s3cr3t!!\"\n",
    );
    assert!(msg.contains("not valid base64"), "{msg}");
    assert!(!msg.contains("s3cr3t"), "{msg}");
}

#[test]
fn malformed_toml_reports_line_without_secret() {
    // An unterminated string on line 5: the parser error must not quote it.
    let msg =
        err_text("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"hunter2hunter2\n");
    assert!(msg.contains(":5:"), "{msg}");
    assert!(!msg.contains("hunter2"), "{msg}");

    // A secret of the wrong type: serde names the type, not the value.
    let msg = err_text("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = 123456789\n");
    assert!(msg.contains(":5:"), "{msg}");
    assert!(!msg.contains("123456789"), "{msg}");

    // A string where a number is expected is quoted by serde: scrubbed.
    let msg = err_text("version = \"sekrit-value\"\n");
    assert!(msg.contains(":1:"), "{msg}");
    assert!(!msg.contains("sekrit"), "{msg}");
}

#[test]
fn structural_errors_are_reported() {
    let msg = err_text("version = 1\nkeys = []\n");
    assert!(msg.contains("no keys"), "{msg}");
    let msg = err_text(&format!(
        "version = 2\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n"
    ));
    assert!(msg.contains("unsupported keyring version 2"), "{msg}");
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n\
         [[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_B}\"\n"
    ));
    assert!(
        msg.contains(":7:") && msg.contains("duplicate key id"),
        "{msg}"
    );
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\ncolour = 1\n"
    ));
    assert!(msg.contains("unknown field"), "{msg}");
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k 1\"\ncreated = 0\nsecret = \"{B64_A}\"\n"
    ));
    assert!(msg.contains(":3:") && msg.contains("key id"), "{msg}");
    let msg = err_text(&format!(
        "version = 1\n[[keys]]\nid = \"k1\"\ncreated = true\nsecret = \"{B64_A}\"\n"
    ));
    assert!(msg.contains(":4:") && msg.contains("created"), "{msg}");
}

#[test]
fn reveal_keys_round_trip_export_and_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.toml");
    let ring = Keyring::create(&path).unwrap();
    let loaded = Keyring::load(&path).unwrap();
    let public = *ring.reveal_public().unwrap();
    assert_eq!(loaded.reveal_public(), Some(&public));
    assert_eq!(loaded.reveal_secret().unwrap().public(), public);

    // The public keyring: master secrets and reveal public key, no
    // reveal secret, mode 0600.
    let pub_path = dir.path().join("public.toml");
    ring.export_public(&pub_path).unwrap();
    let text = fs::read_to_string(&pub_path).unwrap();
    assert!(
        text.contains("[reveal]") && text.contains("public = "),
        "{text}"
    );
    let secret_b64 = BASE64.encode(ring.reveal_secret().unwrap().expose());
    assert!(!text.contains(&secret_b64));
    let public_ring = Keyring::load(&pub_path).unwrap();
    assert!(public_ring.reveal_secret().is_none());
    assert_eq!(public_ring.reveal_public(), Some(&public));
    assert_eq!(
        public_ring.active().secret.expose(),
        ring.active().secret.expose()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&pub_path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(matches!(
        ring.export_public(&pub_path),
        Err(KeyError::Exists { .. })
    ));

    // A keyring from before the vault loads without reveal keys, and
    // `add_reveal` upgrades it in place, once.
    let old = write_mode(
        dir.path(),
        "old.toml",
        &format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n"),
        0o600,
    );
    let ring = Keyring::load(&old).unwrap();
    assert!(ring.reveal_public().is_none() && ring.reveal_secret().is_none());
    let err = ring.export_public(&dir.path().join("x.toml")).unwrap_err();
    assert!(err.to_string().contains("add-reveal"), "{err}");
    let upgraded = Keyring::add_reveal(&old).unwrap();
    assert_eq!(upgraded.active().secret.expose(), &[b'A'; 32]);
    let again = Keyring::load(&old).unwrap();
    assert_eq!(again.reveal_public(), upgraded.reveal_public());
    assert!(again.reveal_secret().is_some());
    assert!(matches!(
        Keyring::add_reveal(&old),
        Err(KeyError::HasReveal { .. })
    ));
}

#[test]
fn reveal_table_errors() {
    let pair = RevealKeys::generate().unwrap();
    let other = RevealKeys::generate().unwrap();
    let public = BASE64.encode(pair.public.as_bytes());
    let secret = BASE64.encode(other.secret.as_ref().unwrap().expose());
    let base = format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
    let msg = err_text(&format!(
        "{base}[reveal]\npublic = \"{public}\"\nsecret = \"{secret}\"\n"
    ));
    assert!(
        msg.contains(":7:") && msg.contains("does not match"),
        "{msg}"
    );
    assert!(!msg.contains(&secret[..12]), "{msg}");
    let msg = err_text(&format!("{base}[reveal]\npublic = \"QUFB\"\n"));
    assert!(msg.contains("reveal public key must be 32 bytes"), "{msg}");
    let msg = err_text(&format!(
        "{base}[reveal]\npublic = \"{public}\"\nsecret = \"s3cr3t!!\"\n"
    ));
    assert!(
        msg.contains("not valid base64") && !msg.contains("s3cr3t"),
        "{msg}"
    );
    let msg = err_text(&format!("{base}[reveal]\nsecret = \"{secret}\"\n"));
    assert!(msg.contains("public"), "{msg}");
}

#[test]
fn missing_file_is_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = Keyring::load(&dir.path().join("absent.toml")).unwrap_err();
    assert!(matches!(err, KeyError::Io { .. }), "{err}");
}

#[test]
fn scrub_removes_quoted_values() {
    assert_eq!(
        scrub("invalid type: string \"abc\", expected u32"),
        "invalid type: string \"...\", expected u32"
    );
    assert_eq!(scrub("unknown field `colour`"), "unknown field `colour`");
    assert_eq!(scrub("bad\n  | secret = x"), "bad");
    assert_eq!(
        scrub("invalid type: integer `123`, expected a string"),
        "invalid type: integer `...`, expected a string"
    );
    assert_eq!(scrub("open \"abc"), "open \"...");
}

#[test]
fn line_col_counts_chars() {
    assert_eq!(line_col("ab\ncåd", 6), (2, 3));
    assert_eq!(line_col("", 10), (1, 1));
}
