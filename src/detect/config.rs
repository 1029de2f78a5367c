//! What a [`DetectorSet`] is built from, and why it could not be built.

use super::Kind;
#[cfg(doc)]
use super::{DetectorSet, name};

/// A built-in detector that a rule pack enables by name in `detectors = [...]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    /// `ipv4`
    Ipv4,
    /// `ipv6`: every textual form, embedded IPv4, zone ids.
    Ipv6,
    /// `email`
    Email,
    /// `phone`: E.164 and Swedish national formats, numbering-plan checked.
    Phone,
    /// `personnummer`: personnummer and samordningsnummer (date + Luhn).
    Personnummer,
    /// `orgnr`: organisationsnummer (Luhn, third digit >= 2).
    Orgnr,
    /// `mac`
    Mac,
    /// `imei` (Luhn)
    Imei,
    /// `imsi`
    Imsi,
    /// `sip-uri`: the user part of `sip:`/`sips:` URIs (a phone or a username).
    SipUri,
    /// `username`: account names found by context (`user=`, `for invalid user X from`, ...).
    Username,
    /// `person-name`: person names in free text (a given-name gazetteer plus
    /// surname and context rules, [`name`]).
    PersonName,
    /// `badge`: access-control badge and card codes under a key that names
    /// them (`badge=`, `card_no=`, `kortnr=`).
    Badge,
}

impl Builtin {
    /// Every built-in detector.
    pub const ALL: [Builtin; 13] = [
        Builtin::Ipv4,
        Builtin::Ipv6,
        Builtin::Email,
        Builtin::Phone,
        Builtin::Personnummer,
        Builtin::Orgnr,
        Builtin::Mac,
        Builtin::Imei,
        Builtin::Imsi,
        Builtin::SipUri,
        Builtin::Username,
        Builtin::PersonName,
        Builtin::Badge,
    ];

    /// The name used in rule packs.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Ipv4 => "ipv4",
            Builtin::Ipv6 => "ipv6",
            Builtin::Email => "email",
            Builtin::Phone => "phone",
            Builtin::Personnummer => "personnummer",
            Builtin::Orgnr => "orgnr",
            Builtin::Mac => "mac",
            Builtin::Imei => "imei",
            Builtin::Imsi => "imsi",
            Builtin::SipUri => "sip-uri",
            Builtin::Username => "username",
            Builtin::PersonName => "person-name",
            Builtin::Badge => "badge",
        }
    }

    /// Looks a detector up by its rule-pack name.
    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::ALL.into_iter().find(|b| b.name() == name)
    }
}

/// A checksum that a custom detector's match must pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Checksum {
    /// Luhn (mod 10) over the digits of the match.
    Luhn,
}

impl Checksum {
    /// Looks a checksum up by its rule-pack name.
    pub fn from_name(name: &str) -> Option<Checksum> {
        match name {
            "luhn" => Some(Checksum::Luhn),
            _ => None,
        }
    }
}

/// A rule pack's own regex detector.
#[derive(Clone, Debug)]
pub struct CustomDetector {
    /// The kind its matches get (usually [`Kind::Custom`], or a built-in such as [`Kind::Badge`]).
    pub kind: Kind,
    /// The regex. If it has a group named `value`, only that group is the span.
    pub pattern: String,
    /// A checksum the match must pass, or none.
    pub checksum: Option<Checksum>,
}

/// What a [`DetectorSet`] is built from.
#[derive(Clone, Debug, Default)]
pub struct DetectorConfig {
    /// Enabled built-in detectors.
    pub builtins: Vec<Builtin>,
    /// Custom regex detectors, in rule order.
    pub custom: Vec<CustomDetector>,
}

/// Why a [`DetectorSet`] could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DetectError {
    /// A custom pattern does not compile, or is too large.
    #[error("custom detector {index}: invalid pattern: {reason}")]
    BadPattern {
        /// Index into [`DetectorConfig::custom`].
        index: usize,
        /// The regex compiler's message (about the pattern, never about data).
        reason: String,
    },
}
