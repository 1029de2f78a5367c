//! The entry format and the hash chain: what an entry holds, its one
//! canonical spelling, its MAC, and the hex that `prev` and `mac` are
//! written in.

use data_encoding::HEXLOWER;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::time::parse_rfc3339;
use super::{AuditError, Problem, encode_error};
use crate::keys::SecretKey;
use crate::reveal::tokens::is_token;

/// The `prev` of the first entry: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What an audit entry records. A log holding actions that this build does
/// not know (written by a newer veil) reports those lines as malformed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Action {
    /// Originals were shown for `tokens`.
    Reveal,
    /// A reveal was refused (no case, no reason, rate limit, role).
    Refuse,
    /// A data subject's vault entries were erased.
    Erase,
    /// Vault entries past retention were purged.
    Purge,
    /// A login to `veil serve` failed.
    LoginFailure,
    /// A support case was opened for reveals.
    CaseOpen,
    /// A support case was closed.
    CaseClose,
    /// A second engineer approved a support case that needs approval.
    CaseApprove,
    /// `veil subject find` looked up a value's pseudonyms.
    SubjectFind,
}

impl Action {
    /// The name written in the log (`reveal`, `login-failure`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Reveal => "reveal",
            Action::Refuse => "refuse",
            Action::Erase => "erase",
            Action::Purge => "purge",
            Action::LoginFailure => "login-failure",
            Action::CaseOpen => "case-open",
            Action::CaseClose => "case-close",
            Action::CaseApprove => "case-approve",
            Action::SubjectFind => "subject-find",
        }
    }
}

/// What the caller supplies for an entry; the log adds `seq`, `time`,
/// `prev` and `mac`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    /// Who acted: the engineer's login, or the service for automatic work.
    pub actor: String,
    /// What happened.
    pub action: Action,
    /// The support case; required for [`Action::Reveal`].
    pub case: Option<String>,
    /// Why, as the actor wrote it; required for [`Action::Reveal`].
    pub reason: String,
    /// Tokens concerned (pseudonyms, never originals).
    pub tokens: Vec<String>,
    /// How many values the action concerned; the rate limit sums this for
    /// reveals.
    pub count: u64,
}

impl NewEntry {
    /// Checks what [`AuditLog::append`] checks before writing: an actor, a
    /// case and reason for reveals, and only tokens in `tokens`.
    pub fn check(&self) -> Result<(), AuditError> {
        check_new(self)
    }
}

/// One entry as stored in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Position in the log, from 1; equals the line number.
    pub seq: u64,
    /// When, as RFC 3339 UTC to the second (`2026-01-01T09:30:00Z`).
    pub time: String,
    /// Who acted.
    pub actor: String,
    /// What happened.
    pub action: Action,
    /// The support case, if any.
    pub case: Option<String>,
    /// Why, as the actor wrote it.
    pub reason: String,
    /// Tokens concerned.
    pub tokens: Vec<String>,
    /// How many values the action concerned.
    pub count: u64,
    /// Hex SHA-256 of the previous line, or [`GENESIS`].
    pub prev: String,
    /// Hex HMAC-SHA256 of the line without this field.
    pub mac: String,
}

impl Entry {
    /// `time` as seconds since the Unix epoch; `None` if it is not the
    /// RFC 3339 form this log writes.
    pub fn unix_time(&self) -> Option<u64> {
        parse_rfc3339(&self.time)
    }

    pub(super) fn unsealed(&self) -> Unsealed<'_> {
        Unsealed {
            seq: self.seq,
            time: &self.time,
            actor: &self.actor,
            action: self.action,
            case: self.case.as_deref(),
            reason: &self.reason,
            tokens: &self.tokens,
            count: self.count,
            prev: &self.prev,
        }
    }
}

/// The fields the MAC covers, in [`Entry`]'s order.
#[derive(Serialize)]
pub(super) struct Unsealed<'a> {
    seq: u64,
    time: &'a str,
    actor: &'a str,
    action: Action,
    case: Option<&'a str>,
    reason: &'a str,
    tokens: &'a [String],
    count: u64,
    prev: &'a str,
}

pub(super) fn check_new(entry: &NewEntry) -> Result<(), AuditError> {
    let action = entry.action.as_str();
    if entry.actor.is_empty() {
        return Err(AuditError::Missing {
            action,
            field: "actor",
        });
    }
    if entry.action == Action::Reveal {
        if entry.case.as_deref().is_none_or(str::is_empty) {
            return Err(AuditError::Missing {
                action,
                field: "case",
            });
        }
        if entry.reason.trim().is_empty() {
            return Err(AuditError::Missing {
                action,
                field: "reason",
            });
        }
    }
    if let Some(index) = entry.tokens.iter().position(|t| !is_token(t)) {
        return Err(AuditError::NotAToken { index });
    }
    Ok(())
}

/// Fills in `entry.mac` and returns its line (without newline).
pub(super) fn seal(keyed: &Hmac<Sha256>, entry: &mut Entry) -> Result<Vec<u8>, AuditError> {
    let unsealed = serde_json::to_vec(&entry.unsealed()).map_err(encode_error)?;
    let mut mac = keyed.clone();
    mac.update(&unsealed);
    entry.mac = hex(&mac.finalize().into_bytes());
    Ok(join_mac(unsealed, &entry.mac))
}

/// `{…"prev":"…"}` and a MAC to `{…"prev":"…","mac":"…"}`.
pub(super) fn join_mac(mut unsealed: Vec<u8>, mac: &str) -> Vec<u8> {
    unsealed.pop();
    unsealed.extend_from_slice(b",\"mac\":\"");
    unsealed.extend_from_slice(mac.as_bytes());
    unsealed.extend_from_slice(b"\"}");
    unsealed
}

/// Parses one line (without newline) and checks its form and MAC; the
/// chain is the caller's business.
pub(super) fn open_line(keyed: &Hmac<Sha256>, line: &[u8]) -> Result<Entry, Problem> {
    let entry: Entry = serde_json::from_slice(line).map_err(|_| Problem::Malformed)?;
    let unsealed = serde_json::to_vec(&entry.unsealed()).map_err(|_| Problem::Malformed)?;
    let tag = unhex32(&entry.mac).ok_or(Problem::Malformed)?;
    if !is_hex64(&entry.prev) {
        return Err(Problem::Malformed);
    }
    let mut mac = keyed.clone();
    mac.update(&unsealed);
    if join_mac(unsealed, &entry.mac) != line {
        return Err(Problem::Malformed);
    }
    mac.verify_slice(&tag).map_err(|_| Problem::Mac)?;
    Ok(entry)
}

pub(super) fn keyed_hmac(key: &SecretKey) -> Hmac<Sha256> {
    // A 32-byte key zero-padded to the block is the same HMAC key, and the
    // fixed-size constructor cannot fail.
    let mut block = [0u8; 64];
    block[..32].copy_from_slice(key.expose());
    let keyed = <Hmac<Sha256> as KeyInit>::new(&block.into());
    zeroize::Zeroize::zeroize(&mut block);
    keyed
}

/// Lower-case hex, the one spelling of `prev`, `mac` and the head's `hash`.
pub(super) fn hex(bytes: &[u8]) -> String {
    HEXLOWER.encode(bytes)
}

pub(super) fn is_hex64(s: &str) -> bool {
    unhex32(s).is_some()
}

/// Decodes 64 lower-case hex digits (`HEXLOWER` refuses upper case).
pub(super) fn unhex32(s: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if s.len() != 64 {
        return None;
    }
    HEXLOWER.decode_mut(s.as_bytes(), &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::reveal::audit::testing::*;
    use crate::reveal::audit::*;

    #[test]
    fn the_mac_covers_the_line_without_its_mac_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let line = lines(&path)[0].clone();
        let text = std::str::from_utf8(&line).unwrap().trim_end();
        let (unsealed, mac) = text.split_once(r#","mac":""#).unwrap();
        let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key().expose()).unwrap();
        m.update(format!("{unsealed}}}").as_bytes());
        assert_eq!(hex(&m.finalize().into_bytes()), mac.trim_end_matches("\"}"));
    }

    #[test]
    fn non_canonical_spellings_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = sample(&dir);
        let all = lines(&path);
        let first = String::from_utf8(all[0].clone()).unwrap();
        for edit in [
            first.replacen(r#""actor":"alice""#, r#""actor":"\u0061lice""#, 1),
            first.replacen(r#"{"seq":1"#, r#"{ "seq":1"#, 1),
            first.replacen(r#""count":1"#, r#""count":1.0"#, 1),
            first.replacen(r#""count":1,"#, r#""count":1,"extra":0,"#, 1),
        ] {
            assert_ne!(edit, first);
            let mut bytes = edit.into_bytes();
            for l in &all[1..] {
                bytes.extend_from_slice(l);
            }
            fs::write(&path, &bytes).unwrap();
            assert_eq!(problem_at(verify(&path, &key())), (1, Problem::Malformed));
        }
    }

    #[test]
    fn refuses_values_and_missing_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.log");
        let mut log = AuditLog::open(&path, key()).unwrap();
        let err = log
            .append(reveal("alice", "INC-1", &[TOKEN_A, "+46701740683"]))
            .unwrap_err();
        assert!(matches!(err, AuditError::NotAToken { index: 1 }));
        assert!(!err.to_string().contains("4670"), "{err}");
        let mut no_case = reveal("alice", "", &[TOKEN_A]);
        assert!(matches!(
            log.append(no_case.clone()),
            Err(AuditError::Missing { field: "case", .. })
        ));
        no_case.case = None;
        assert!(log.append(no_case).is_err());
        let mut no_reason = reveal("alice", "INC-1", &[TOKEN_A]);
        no_reason.reason = "  ".into();
        assert!(matches!(
            log.append(no_reason),
            Err(AuditError::Missing {
                field: "reason",
                ..
            })
        ));
        assert_eq!(fs::metadata(&path).unwrap().len(), 0);
    }

    /// The hex that `prev`, `mac` and the head's `hash` are written in,
    /// pinned: lower case, two digits a byte; decoding takes exactly that
    /// form back and refuses upper case, other lengths and other digits.
    #[test]
    fn hex_is_pinned_and_strict() {
        let bytes: Vec<u8> = (0u8..32).map(|i| i.wrapping_mul(37) ^ 0xa5).collect();
        let text = hex(&bytes);
        assert_eq!(
            text,
            "a580efca311c7ba68de8d7321944a38ef5d03f1a41ac8bf6dd386742a994f3de"
        );
        assert_eq!(hex(&[]), "");
        assert_eq!(hex(&[0x00, 0x0f, 0xf0, 0xff]), "000ff0ff");
        assert_eq!(unhex32(&text).map(Vec::from), Some(bytes));
        assert!(is_hex64(&text));
        assert_eq!(unhex32(&text.to_ascii_uppercase()), None);
        assert!(!is_hex64(&text.to_ascii_uppercase()));
        assert_eq!(unhex32(&text[..62]), None);
        assert_eq!(unhex32(&format!("{text}00")), None);
        assert_eq!(unhex32(&text.replace('a', "g")), None);
        assert_eq!(unhex32(GENESIS), Some([0; 32]));
    }
}
