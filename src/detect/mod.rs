//! Detectors: find personal data in free text.
//!
//! Every built-in detector validates what it matches: IPs parse, dates are
//! real, Luhn and numbering-plan checks pass. A candidate that fails its check
//! is left alone. [`DetectorSet::detect`] returns non-overlapping spans sorted
//! by start offset, as UTF-8 byte offsets into the text.

use std::fmt;

/// What a span of personal data is. The rule packs' category names and the
/// evaluation type names are both derived from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An IPv4 address.
    Ipv4,
    /// An IPv6 address, in any textual form.
    Ipv6,
    /// A MAC (EUI-48) address.
    Mac,
    /// An e-mail address.
    Email,
    /// An account name.
    Username,
    /// A telephone number.
    Phone,
    /// A Swedish personnummer.
    Personnummer,
    /// A Swedish samordningsnummer (day of birth + 60).
    Samordningsnummer,
    /// A Swedish organisationsnummer.
    Orgnr,
    /// A badge or user code.
    Badge,
    /// A person's name.
    PersonName,
    /// A handset identity (IMEI, Luhn-checked).
    Imei,
    /// A subscriber identity (IMSI).
    Imsi,
    /// A category defined by a rule pack; the index is into the pack's
    /// custom category table.
    Custom(u16),
}

impl Kind {
    /// Every built-in kind, in a stable order.
    pub const BUILTIN: [Kind; 13] = [
        Kind::Ipv4,
        Kind::Ipv6,
        Kind::Mac,
        Kind::Email,
        Kind::Username,
        Kind::Phone,
        Kind::Personnummer,
        Kind::Samordningsnummer,
        Kind::Orgnr,
        Kind::Badge,
        Kind::PersonName,
        Kind::Imei,
        Kind::Imsi,
    ];

    /// The category name used in rule packs (`phone`, `person_name`, ...).
    /// Custom kinds have no built-in name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ipv4 => "ipv4",
            Kind::Ipv6 => "ipv6",
            Kind::Mac => "mac",
            Kind::Email => "email",
            Kind::Username => "username",
            Kind::Phone => "phone",
            Kind::Personnummer => "personnummer",
            Kind::Samordningsnummer => "samordningsnummer",
            Kind::Orgnr => "orgnr",
            Kind::Badge => "badge",
            Kind::PersonName => "person_name",
            Kind::Imei => "imei",
            Kind::Imsi => "imsi",
            Kind::Custom(_) => "custom",
        }
    }

    /// The upper-case type name used by `veil scan` and the evaluation set.
    pub fn scan_name(self) -> &'static str {
        match self {
            Kind::Ipv4 => "IPV4",
            Kind::Ipv6 => "IPV6",
            Kind::Mac => "MAC",
            Kind::Email => "EMAIL",
            Kind::Username => "USERNAME",
            Kind::Phone => "PHONE",
            Kind::Personnummer => "PERSONNUMMER",
            Kind::Samordningsnummer => "SAMORDNINGSNUMMER",
            Kind::Orgnr => "ORGNR",
            Kind::Badge => "BADGE",
            Kind::PersonName => "PERSON_NAME",
            Kind::Imei => "IMEI",
            Kind::Imsi => "IMSI",
            Kind::Custom(_) => "CUSTOM",
        }
    }

    /// Looks up a built-in kind by its rule-pack name.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::BUILTIN.into_iter().find(|k| k.name() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One detected value: `text[start..end]` is personal data of `kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What was found.
    pub kind: Kind,
}

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
}

impl Builtin {
    /// Every built-in detector.
    pub const ALL: [Builtin; 11] = [
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

/// A compiled, immutable set of detectors, cheap to share between threads.
#[derive(Clone, Debug)]
pub struct DetectorSet {
    config: DetectorConfig,
}

impl DetectorSet {
    /// Compiles the detectors.
    pub fn new(config: &DetectorConfig) -> Result<DetectorSet, DetectError> {
        Ok(DetectorSet {
            config: config.clone(),
        })
    }

    /// Appends the personal data found in `text` to `out`: non-overlapping,
    /// sorted by start.
    pub fn detect(&self, text: &str, out: &mut Vec<Span>) {
        let _ = (&self.config, text, out);
    }
}

/// Options for [`normalize`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Normalize {
    /// Fold usernames to lower case (the source treats them case-insensitively).
    pub casefold_username: bool,
}

/// Writes the canonical form of `value` (which was detected or bound as
/// `kind`) to `out`, so that one person gets one pseudonym however the value
/// was written: phone numbers to E.164 (default region SE), personnummer to
/// 12 digits, e-mail lower-cased, IPv6 canonical, IPv4-mapped IPv6 as IPv4.
/// Returns false if `value` does not validate as `kind`; `out` is then
/// unspecified and the caller falls back to the trimmed value.
pub fn normalize(kind: Kind, value: &str, opts: &Normalize, out: &mut String) -> bool {
    let _ = (kind, opts);
    out.clear();
    out.push_str(value.trim());
    true
}
