//! A keyring file's text to a [`Keyring`]: the TOML as serde reads it (every
//! value that points at a place in the text is `Spanned`, secret text is
//! wiped when dropped), then the keys, the epoch chain and the reveal pair,
//! each checked, every error with its place.

use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Deserialize;
use zeroize::{Zeroize, Zeroizing};

use super::VERSION;
use super::error::{malformed, scrub};
use crate::keys::epoch::{Epochs, KeyUse, Seed, StoredKey};
use crate::keys::reveal::{RevealKeys, RevealPublicKey, RevealSecretKey};
use crate::keys::{Created, KeyError, Keyring, MasterKey, SecretKey};

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

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

pub(super) fn parse(path: &Path, text: &str) -> Result<Keyring, KeyError> {
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
        .and_then(|d| crate::keys::epoch::parse_date(&d.to_string()))
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
        if length == 0 || length > crate::keys::epoch::MAX_EPOCH_DAYS {
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
