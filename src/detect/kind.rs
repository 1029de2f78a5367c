//! What a span of personal data is, and where it is.

use std::fmt;

/// What a span of personal data is. The rule packs' category names and the
/// evaluation type names are both derived from this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An IPv4 address.
    Ipv4,
    /// An IPv4 address spelt with dashes inside a host name
    /// (`ip-10-0-0-1.ec2.internal`). Found by the `ipv4` detector; without a
    /// `[categories.host_ipv4]` policy of its own it follows `ipv4`'s.
    HostIpv4,
    /// An IPv4 address spelt backwards in a reverse-DNS name
    /// (`4.2.0.192.in-addr.arpa` for 192.0.2.4), as resolvers and DNS
    /// servers log PTR queries. Found by the `ipv4` detector; it follows
    /// `ipv4`'s policy unless a pack has a `[categories.arpa_ipv4]`, and is
    /// written back reversed.
    ArpaIpv4,
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
    pub const BUILTIN: [Kind; 15] = [
        Kind::Ipv4,
        Kind::HostIpv4,
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
        Kind::ArpaIpv4,
    ];

    /// The category name used in rule packs (`phone`, `person_name`, ...).
    /// Custom kinds have no built-in name.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ipv4 => "ipv4",
            Kind::HostIpv4 => "host_ipv4",
            Kind::ArpaIpv4 => "arpa_ipv4",
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
            Kind::HostIpv4 => "HOST_IPV4",
            Kind::ArpaIpv4 => "ARPA_IPV4",
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

    /// The kind whose category policy applies when a pack has none for
    /// this one.
    pub fn falls_back_to(self) -> Option<Kind> {
        match self {
            Kind::HostIpv4 | Kind::ArpaIpv4 => Some(Kind::Ipv4),
            _ => None,
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
