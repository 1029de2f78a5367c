//! The keyring file: TOML on disk, owner-only permissions, no secret text in
//! any error.

use std::fmt::Write as _;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Deserialize;
use zeroize::{Zeroize, Zeroizing};

use super::epoch::{Epochs, KeyUse, Seed, StoredKey, date};
use super::reveal::{RevealKeys, RevealPublicKey, RevealSecretKey};
use super::{Created, KeyError, Keyring, MasterKey, SecretKey};
use crate::private_file::PrivateFileError;

/// The only file format version this build reads and writes.
const VERSION: u32 = 1;

/// A string that is wiped when dropped: the base64 text of a secret.
struct SecretText(String);

impl Drop for SecretText {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(SecretText)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRepr {
    version: u32,
    keys: Vec<KeyRepr>,
    reveal: Option<toml::Spanned<RevealRepr>>,
    chain: Option<toml::Spanned<ChainRepr>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChainRepr {
    #[serde(default)]
    since: Option<toml::Spanned<toml::value::Datetime>>,
    day: toml::Spanned<toml::value::Datetime>,
    state: toml::Spanned<SecretText>,
    #[serde(default)]
    epoch: Vec<SeedRepr>,
    #[serde(default)]
    key: Vec<EpochKeyRepr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedRepr {
    length: toml::Spanned<u64>,
    start: toml::Spanned<toml::value::Datetime>,
    seed: toml::Spanned<SecretText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EpochKeyRepr {
    #[serde(rename = "use")]
    usage: toml::Spanned<String>,
    domain: String,
    #[serde(default)]
    category: Option<String>,
    length: toml::Spanned<u64>,
    start: toml::Spanned<toml::value::Datetime>,
    destroy: toml::Spanned<toml::value::Datetime>,
    key: toml::Spanned<SecretText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RevealRepr {
    public: toml::Spanned<String>,
    secret: Option<toml::Spanned<SecretText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyRepr {
    id: toml::Spanned<String>,
    created: toml::Spanned<toml::Value>,
    secret: toml::Spanned<SecretText>,
}

pub(super) fn unix_now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        // A clock before 1970 is wrong, but the key is still good.
        Err(_) => 0,
    }
}

fn io_err(path: &Path, source: io::Error) -> KeyError {
    KeyError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Serialises the keyring into a buffer that is wiped on drop.
fn render(ring: &Keyring) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(256));
    out.push_str(
        "# veil keyring. Keep it secret: mode 0600, never in version control.\n\
         # The last key is the active one; older keys stay for lookup.\n\
         version = 1\n",
    );
    for key in ring.keys() {
        out.push_str("\n[[keys]]\n");
        // Writing to a String cannot fail; ids are validated to need no escaping.
        let _ = writeln!(out, "id = \"{}\"", key.id);
        match &key.created {
            Created::Unix(secs) => {
                let _ = writeln!(out, "created = {secs}");
            }
            Created::Rfc3339(text) => {
                let _ = writeln!(out, "created = {text}");
            }
        }
        out.push_str("secret = \"");
        BASE64.encode_string(key.secret.expose(), &mut out);
        out.push_str("\"\n");
    }
    if let Some(reveal) = &ring.reveal {
        out.push_str(
            "\n# The vault's reveal key pair. A pipeline host needs the public key only\n\
             # (`veil keys export-public`); the secret opens vault entries.\n[reveal]\npublic = \"",
        );
        BASE64.encode_string(reveal.public.as_bytes(), &mut out);
        out.push_str("\"\n");
        if let Some(secret) = &reveal.secret {
            out.push_str("secret = \"");
            BASE64.encode_string(secret.expose(), &mut out);
            out.push_str("\"\n");
        }
    }
    if let Some(e) = &ring.epochs {
        render_chain(&mut out, e);
    }
    out
}

/// The `[chain]` table: dates for days, so a reader can check them.
fn render_chain(out: &mut String, e: &Epochs) {
    out.push_str(
        "\n# Epoch keys, on a one-way chain. veil overwrites this table as days pass:\n\
         # `state` gives the keys of epochs starting on or after `day`, nothing earlier;\n\
         # [[chain.epoch]] are seeds of current epochs that began before it, and\n\
         # [[chain.key]] (reveal side only) keys of ended epochs, kept until `destroy`.\n\
         [chain]\n",
    );
    let _ = writeln!(out, "since = {}", date(e.since));
    let _ = writeln!(out, "day = {}", date(e.day));
    out.push_str("state = \"");
    BASE64.encode_string(e.state.expose(), out);
    out.push_str("\"\n");
    for s in &e.seeds {
        out.push_str("\n[[chain.epoch]]\n");
        let _ = writeln!(out, "length = {}", s.length);
        let _ = writeln!(out, "start = {}", date(s.start));
        out.push_str("seed = \"");
        BASE64.encode_string(s.seed.expose(), out);
        out.push_str("\"\n");
    }
    for k in &e.keys {
        out.push_str("\n[[chain.key]]\n");
        match &k.usage {
            KeyUse::Pseudonym { domain, category } => {
                // Domains and categories are validated names: no escaping.
                let _ = writeln!(
                    out,
                    "use = \"pseudonym\"\ndomain = \"{domain}\"\ncategory = \"{category}\""
                );
            }
            KeyUse::IpCrypt { domain } => {
                let _ = writeln!(out, "use = \"ipcrypt\"\ndomain = \"{domain}\"");
            }
        }
        let _ = writeln!(out, "length = {}", k.length);
        let _ = writeln!(out, "start = {}", date(k.start));
        let _ = writeln!(out, "destroy = {}", date(k.destroy));
        out.push_str("key = \"");
        BASE64.encode_string(k.key.expose(), out);
        out.push_str("\"\n");
    }
}

/// Holds an exclusive `flock` on the keyring's directory while a keyring
/// file is read, changed and replaced, so that two processes advancing the
/// same keyring do not lose each other's change. The kernel releases it
/// when its holder dies. No lock file: a directory can be locked itself.
pub(super) fn lock_dir(path: &Path) -> Result<File, KeyError> {
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
pub(super) fn write_new(path: &Path, ring: &Keyring) -> Result<(), KeyError> {
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
pub(super) fn replace(path: &Path, ring: &Keyring) -> Result<(), KeyError> {
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

/// The most a keyring file may hold: a few keys and comments take about a
/// kilobyte; anything near this is not a keyring.
pub(super) const MAX_KEYRING_BYTES: u64 = 1 << 20;

/// Opens, checks and parses a keyring file: a regular file of this user
/// or root, no group or other access, at most [`MAX_KEYRING_BYTES`] (see
/// [`crate::private_file`]).
pub(super) fn load(path: &Path) -> Result<Keyring, KeyError> {
    let bytes = crate::private_file::read(path, MAX_KEYRING_BYTES).map_err(|e| match e {
        PrivateFileError::Io { path, source } => KeyError::Io { path, source },
        PrivateFileError::Permissions { path, mode } => KeyError::Permissions { path, mode },
        other => KeyError::File(other),
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        // Not text: say where, never what.
        let text = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        malformed(path, text, text.len(), "the keyring is not UTF-8 text")
    })?;
    parse(path, text)
}

fn malformed(path: &Path, text: &str, offset: usize, reason: impl Into<String>) -> KeyError {
    let (line, column) = line_col(text, offset);
    KeyError::Malformed {
        path: path.to_path_buf(),
        line,
        column,
        reason: reason.into(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Removes values from a parser message: TOML and serde quote an offending
/// string with `"` and other values with back-ticks, and either may be (part
/// of) a secret. Back-ticked identifiers (field and type names) stay, they
/// help find the problem.
fn scrub(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(['"', '`']) {
        out.push_str(&rest[..i]);
        let quote = &rest[i..i + 1];
        let after = &rest[i + 1..];
        let Some(end) = after.find(quote) else {
            // An unterminated quote: drop everything after it.
            out.push_str(quote);
            out.push_str("...");
            rest = "";
            break;
        };
        let inner = &after[..end];
        let identifier = inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && inner
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        out.push_str(quote);
        out.push_str(if quote == "`" && identifier {
            inner
        } else {
            "..."
        });
        out.push_str(quote);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    // Drop the source excerpt some parser messages append after a newline.
    match out.find('\n') {
        Some(i) => out[..i].trim_end().to_owned(),
        None => out.trim_end().to_owned(),
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

fn parse(path: &Path, text: &str) -> Result<Keyring, KeyError> {
    let repr: FileRepr = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        malformed(path, text, offset, scrub(e.message()))
    })?;
    if repr.version != VERSION {
        return Err(malformed(
            path,
            text,
            text.find("version").unwrap_or(0),
            format!(
                "unsupported keyring version {} (this build reads version {VERSION})",
                repr.version
            ),
        ));
    }
    let mut keys: Vec<MasterKey> = Vec::with_capacity(repr.keys.len());
    for k in repr.keys {
        let id_span = k.id.span();
        let id = k.id.into_inner();
        if !valid_id(&id) {
            return Err(malformed(
                path,
                text,
                id_span.start,
                "key id must be 1-64 characters of a-z, A-Z, 0-9, `-`, `_`, `.`",
            ));
        }
        if keys.iter().any(|other| other.id == id) {
            return Err(malformed(
                path,
                text,
                id_span.start,
                format!("duplicate key id `{id}`"),
            ));
        }
        let created_span = k.created.span();
        let created = match k.created.into_inner() {
            toml::Value::Integer(secs) => Created::Unix(secs),
            toml::Value::Datetime(dt) if dt.date.is_some() && dt.time.is_some() => {
                Created::Rfc3339(dt.to_string())
            }
            _ => {
                return Err(malformed(
                    path,
                    text,
                    created_span.start,
                    format!("key `{id}`: `created` must be unix seconds or an RFC 3339 date-time"),
                ));
            }
        };
        let secret_span = k.secret.span();
        let secret_text = k.secret.into_inner();
        let mut buf = Zeroizing::new([0u8; 48]);
        let decoded = BASE64.decode_slice(secret_text.0.trim().as_bytes(), &mut buf[..]);
        let secret = match decoded {
            Ok(32) if buf[..32].iter().all(|&b| b == 0) => {
                return Err(malformed(
                    path,
                    text,
                    secret_span.start,
                    format!("key `{id}`: secret is all zero bytes, not a random key"),
                ));
            }
            Ok(32) => {
                let mut bytes = [0u8; 32];
                bytes.copy_from_slice(&buf[..32]);
                let key = SecretKey::from_bytes(bytes);
                bytes.zeroize();
                key
            }
            Ok(n) => {
                return Err(malformed(
                    path,
                    text,
                    secret_span.start,
                    format!("key `{id}`: secret must be 32 bytes, found {n}"),
                ));
            }
            Err(base64::DecodeSliceError::OutputSliceTooSmall) => {
                return Err(malformed(
                    path,
                    text,
                    secret_span.start,
                    format!("key `{id}`: secret must be 32 bytes, found more"),
                ));
            }
            Err(base64::DecodeSliceError::DecodeError(_)) => {
                return Err(malformed(
                    path,
                    text,
                    secret_span.start,
                    format!("key `{id}`: secret is not valid base64"),
                ));
            }
        };
        keys.push(MasterKey {
            id,
            created,
            secret,
        });
    }
    let reveal = match repr.reveal {
        None => None,
        Some(r) => Some(parse_reveal(path, text, r.into_inner())?),
    };
    let epochs = match repr.chain {
        None => None,
        Some(c) => Some(parse_chain(path, text, c.into_inner())?),
    };
    let mut ring = Keyring::from_keys(keys, reveal)
        .ok_or_else(|| malformed(path, text, 0, "keyring has no keys (`[[keys]]`)"))?;
    ring.epochs = epochs;
    Ok(ring)
}

/// A TOML date (`2026-03-01`) as a day number.
fn parse_day(
    path: &Path,
    text: &str,
    what: &str,
    v: &toml::Spanned<toml::value::Datetime>,
) -> Result<u64, KeyError> {
    let dt = v.get_ref();
    dt.date
        .filter(|_| dt.time.is_none() && dt.offset.is_none())
        .and_then(|d| super::epoch::parse_date(&d.to_string()))
        .ok_or_else(|| {
            malformed(
                path,
                text,
                v.span().start,
                format!("{what} must be a date (YYYY-MM-DD)"),
            )
        })
}

fn parse_chain(path: &Path, text: &str, c: ChainRepr) -> Result<Epochs, KeyError> {
    let day = parse_day(path, text, "chain day", &c.day)?;
    let since = match &c.since {
        Some(s) => parse_day(path, text, "chain since", s)?,
        None => day,
    };
    let span = c.state.span();
    let state = SecretKey::from_bytes(*decode32(
        path,
        text,
        span.start,
        "chain state",
        &c.state.get_ref().0,
    )?);
    let mut seeds = Vec::new();
    for s in c.epoch {
        let length = *s.length.get_ref();
        if length == 0 || length > super::epoch::MAX_EPOCH_DAYS {
            return Err(malformed(
                path,
                text,
                s.length.span().start,
                "epoch length must be 1-366 days",
            ));
        }
        let start = parse_day(path, text, "epoch start", &s.start)?;
        let span = s.seed.span();
        let seed = SecretKey::from_bytes(*decode32(
            path,
            text,
            span.start,
            "epoch seed",
            &s.seed.get_ref().0,
        )?);
        seeds.push(Seed {
            length,
            start,
            seed,
        });
    }
    let mut keys = Vec::new();
    for k in c.key {
        let usage = match (k.usage.get_ref().as_str(), k.category) {
            ("pseudonym", Some(category)) => KeyUse::Pseudonym {
                domain: k.domain,
                category,
            },
            ("ipcrypt", None) => KeyUse::IpCrypt { domain: k.domain },
            _ => {
                return Err(malformed(
                    path,
                    text,
                    k.usage.span().start,
                    "`use` must be \"pseudonym\" (with a category) or \"ipcrypt\" (without)",
                ));
            }
        };
        let start = parse_day(path, text, "epoch start", &k.start)?;
        let destroy = parse_day(path, text, "destroy date", &k.destroy)?;
        let span = k.key.span();
        let key = SecretKey::from_bytes(*decode32(
            path,
            text,
            span.start,
            "epoch key",
            &k.key.get_ref().0,
        )?);
        keys.push(StoredKey {
            usage,
            length: *k.length.get_ref(),
            start,
            destroy,
            key,
        });
    }
    Ok(Epochs {
        since,
        day,
        state,
        seeds,
        keys,
    })
}

/// Decodes exactly 32 bytes of base64 into a buffer wiped on drop.
fn decode32(
    path: &Path,
    text: &str,
    offset: usize,
    what: &str,
    b64: &str,
) -> Result<Zeroizing<[u8; 32]>, KeyError> {
    let mut buf = Zeroizing::new([0u8; 48]);
    match BASE64.decode_slice(b64.trim().as_bytes(), &mut buf[..]) {
        Ok(32) if buf[..32].iter().all(|&b| b == 0) => Err(malformed(
            path,
            text,
            offset,
            format!("{what} is all zero bytes, not a random key"),
        )),
        Ok(32) => {
            let mut out = Zeroizing::new([0u8; 32]);
            out.copy_from_slice(&buf[..32]);
            Ok(out)
        }
        Ok(n) => Err(malformed(
            path,
            text,
            offset,
            format!("{what} must be 32 bytes, found {n}"),
        )),
        Err(base64::DecodeSliceError::OutputSliceTooSmall) => Err(malformed(
            path,
            text,
            offset,
            format!("{what} must be 32 bytes, found more"),
        )),
        Err(base64::DecodeSliceError::DecodeError(_)) => Err(malformed(
            path,
            text,
            offset,
            format!("{what} is not valid base64"),
        )),
    }
}

fn parse_reveal(path: &Path, text: &str, r: RevealRepr) -> Result<RevealKeys, KeyError> {
    let public_span = r.public.span();
    let public = decode32(
        path,
        text,
        public_span.start,
        "reveal public key",
        r.public.get_ref(),
    )?;
    let public = RevealPublicKey::from_bytes(*public);
    let secret = match r.secret {
        None => None,
        Some(s) => {
            let span = s.span();
            let bytes = decode32(path, text, span.start, "reveal secret key", &s.get_ref().0)?;
            let secret = RevealSecretKey::from_bytes(*bytes);
            if secret.public() != public {
                return Err(malformed(
                    path,
                    text,
                    public_span.start,
                    "reveal public key does not match the reveal secret key",
                ));
            }
            Some(secret)
        }
    };
    Ok(RevealKeys { public, secret })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let body =
            format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
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
        let base =
            format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
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
        let body =
            format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
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
        let msg = err_text(
            "version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"hunter2hunter2\n",
        );
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
        let base =
            format!("version = 1\n[[keys]]\nid = \"k1\"\ncreated = 0\nsecret = \"{B64_A}\"\n");
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
}
