//! Operators: what happens to a detected or bound value.
//!
//! One operator to a file:
//! - [`Pseudonym`]: keyed HMAC-SHA256 token `<prefix>_<24 base32 chars>`,
//!   typed for e-mail (`<token>@domain`) and MAC (a MAC-shaped value).
//! - [`IpPrefix`]: ipcrypt-pfx, prefix-preserving keyed encryption of IPs.
//! - [`Mask`]: keep the first or last N characters, mask the rest.
//! - [`Redact`]: a fixed text.
//! - `Drop` removes the value (or the record: the engine decides), `Keep`
//!   passes it through.
//!
//! Operators are built once from the keyring (each keyed operator gets its
//! own HKDF sub-key, see [`crate::keys::label`]) and are cheap to clone into
//! workers. There is no unkeyed hash anywhere: every digest is an HMAC or an
//! AES encryption under a derived key.
//!
//! On the hot path nothing allocates except growth of the caller's output
//! buffer, and errors are a small `Copy` enum that never holds the value.

mod ipcrypt;
mod mask;
mod pseudonym;
mod redact;

pub use ipcrypt::IpPrefix;
pub use mask::{Mask, MaskFrom};
pub use pseudonym::{
    EPOCH_CHARS, EmailDomain, Pseudonym, TOKEN_CHARS, default_prefix, token_epoch, vault_token,
};
pub use redact::Redact;

use crate::detect::Kind;

/// What to do with one value.
#[derive(Clone, Debug)]
pub enum Operator {
    /// Replace with a keyed pseudonym.
    Pseudonym(Pseudonym),
    /// Encrypt an IP address, preserving prefixes.
    IpPrefix(IpPrefix),
    /// Mask all but the first or last N characters.
    Mask(Mask),
    /// Replace with a fixed text.
    Redact(Redact),
    /// Remove the value.
    Drop,
    /// Leave the value as it is.
    Keep,
}

/// The outcome of [`Operator::apply`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The replacement text was appended to `out`.
    Replaced,
    /// The value is to be removed; `out` is unchanged.
    Dropped,
    /// The value is to be kept as it is; `out` is unchanged.
    Kept,
}

/// Why an operator could not transform a value. Small, `Copy`, and never
/// holds any part of the value: the engine quarantines the record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpError {
    /// The operator cannot handle this kind (e.g. ip-prefix on a phone number).
    #[error("operator does not apply to this kind of value")]
    WrongKind,
    /// The value does not parse as its kind (e.g. an IP that is not an IP).
    #[error("value does not parse as its kind")]
    Malformed,
    /// A pseudonym prefix is not 1-16 characters of `a-z` and `0-9`.
    #[error("pseudonym prefix must be 1-16 characters of a-z and 0-9")]
    BadPrefix,
    /// A custom kind has no default pseudonym prefix; the rule must give one.
    #[error("custom categories need an explicit pseudonym prefix")]
    NoDefaultPrefix,
    /// The two halves of an ipcrypt-pfx key are equal, which would make
    /// encryption the identity.
    #[error("ipcrypt-pfx key halves must differ")]
    WeakKey,
}

impl Operator {
    /// Applies the operator to one value.
    ///
    /// - `kind`: what the value was detected or bound as.
    /// - `original`: the value exactly as it appears in the record; [`Mask`]
    ///   works on it and typed pseudonyms copy its shape (MAC separators and
    ///   case, the e-mail domain).
    /// - `canonical`: its normalised form ([`crate::detect::normalize`]), which
    ///   keys the pseudonym so one person gets one token however the value
    ///   was written, and which [`IpPrefix`] parses.
    /// - `out`: the replacement is appended here on [`Applied::Replaced`].
    ///   On any other outcome, including an error, `out` is left exactly as
    ///   it was.
    pub fn apply(
        &self,
        kind: Kind,
        original: &str,
        canonical: &str,
        out: &mut String,
    ) -> Result<Applied, OpError> {
        let start = out.len();
        let result = match self {
            Operator::Pseudonym(p) => p.apply(kind, original, canonical, out),
            Operator::IpPrefix(ip) => ip.apply(kind, canonical, out).map(|()| {
                // A reverse-DNS name keeps its suffix as it was written.
                if let Some((_, suffix)) = crate::detect::split_arpa(original.trim()) {
                    if kind == Kind::ArpaIpv4 {
                        out.push_str(suffix);
                    }
                }
            }),
            Operator::Mask(m) => {
                m.apply(original, out);
                Ok(())
            }
            Operator::Redact(r) => {
                r.apply(out);
                Ok(())
            }
            Operator::Drop => return Ok(Applied::Dropped),
            Operator::Keep => return Ok(Applied::Kept),
        };
        match result {
            Ok(()) => Ok(Applied::Replaced),
            Err(e) => {
                out.truncate(start);
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::SecretKey;

    #[test]
    fn drop_and_keep_leave_out_alone() {
        let mut out = String::from("before");
        assert_eq!(
            Operator::Drop
                .apply(Kind::Phone, "0701740683", "+46701740683", &mut out)
                .unwrap(),
            Applied::Dropped
        );
        assert_eq!(
            Operator::Keep
                .apply(Kind::Phone, "0701740683", "+46701740683", &mut out)
                .unwrap(),
            Applied::Kept
        );
        assert_eq!(out, "before");
    }

    #[test]
    fn replacements_append_and_errors_leave_out_unchanged() {
        let key = SecretKey::from_bytes(std::array::from_fn(|i| i as u8));
        let ops = [
            Operator::Pseudonym(Pseudonym::for_kind(&key, Kind::Phone).unwrap()),
            Operator::Mask(Mask::keep_last(2)),
            Operator::Redact(Redact::default()),
        ];
        for op in &ops {
            let mut out = String::from("x=");
            assert_eq!(
                op.apply(Kind::Phone, "0701740683", "+46701740683", &mut out)
                    .unwrap(),
                Applied::Replaced
            );
            assert!(out.starts_with("x=") && out.len() > 2, "{out}");
            assert!(!out.contains("0701740683"), "{out}");
        }

        let ip = Operator::IpPrefix(IpPrefix::new(&key).unwrap());
        let mut out = String::from("x=");
        assert_eq!(
            ip.apply(Kind::Phone, "0701740683", "+46701740683", &mut out),
            Err(OpError::WrongKind)
        );
        assert_eq!(
            ip.apply(Kind::Ipv4, "1.2.3", "1.2.3", &mut out),
            Err(OpError::Malformed)
        );
        let mac = Operator::Pseudonym(Pseudonym::for_kind(&key, Kind::Mac).unwrap());
        assert_eq!(
            mac.apply(Kind::Mac, "00:11:22", "00:11:22", &mut out),
            Err(OpError::Malformed)
        );
        assert_eq!(out, "x=");
    }

    #[test]
    fn debug_never_shows_keys() {
        let key = SecretKey::from_bytes(std::array::from_fn(|i| 0xc0 ^ i as u8));
        let ops = [
            Operator::Pseudonym(Pseudonym::for_kind(&key, Kind::Email).unwrap()),
            Operator::IpPrefix(IpPrefix::new(&key).unwrap()),
        ];
        for op in &ops {
            for text in [format!("{op:?}"), format!("{op:#?}")] {
                assert!(text.contains("[redacted]"), "{text}");
                assert!(
                    !text.contains("c0c1") && !text.contains("192, 193"),
                    "{text}"
                );
            }
        }
    }
}
