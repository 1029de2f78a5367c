//! Data subjects: every pseudonym one person's value has, for access and
//! erasure requests.
//!
//! The value is normalised exactly as the pipeline normalises it, then run
//! through every configured (domain, category) operator, so the result is
//! the token the SIEM holds.

use std::collections::BTreeSet;

use crate::detect::{self, Kind, Normalize};
use crate::keys::Keyring;
use crate::ops::Applied;
use crate::pipeline::engine::build_operator;
use crate::rules::{OperatorSpec, Pack};

/// The kinds `veil subject` accepts, by their command-line names.
pub const KINDS: &str =
    "phone, email, username, ip, personnummer, samordningsnummer, orgnr, badge, name, imei, imsi";

/// Parses a `--kind` name. `ip` is IPv4 or IPv6 according to the value.
pub fn parse_kind(name: &str, value: &str) -> Option<Kind> {
    Some(match name {
        "ip" | "ipv4" | "ipv6" => {
            if value.contains(':') {
                Kind::Ipv6
            } else {
                Kind::Ipv4
            }
        }
        "name" | "person_name" => Kind::PersonName,
        other => Kind::from_name(other)?,
    })
}

/// One pseudonym of the subject's value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pseudonym {
    /// The recipient domain.
    pub domain: String,
    /// The category.
    pub category: String,
    /// What the SIEM holds: a token (`ph_...`), or an encrypted IP address.
    pub value: String,
    /// Whether it is a vault token (reversible category).
    pub reversible: bool,
}

/// Every pseudonym of `value` (of `kind`) across `packs`, one per
/// (domain, category), sorted.
pub fn pseudonyms(kind: Kind, value: &str, packs: &[Pack], keyring: &Keyring) -> Vec<Pseudonym> {
    let mut out = BTreeSet::new();
    for pack in packs {
        for c in pack.categories.iter().filter(|c| c.kind == kind) {
            if !matches!(
                c.operator,
                OperatorSpec::Pseudonym { .. } | OperatorSpec::IpPrefix
            ) {
                continue;
            }
            let Ok(op) = build_operator(c, keyring) else {
                continue;
            };
            let opts = Normalize {
                casefold_username: c.casefold,
            };
            let mut canon = String::new();
            if !detect::normalize(kind, value, &opts, &mut canon) {
                canon = value.trim().to_string();
            }
            let mut token = String::new();
            if let Ok(Applied::Replaced) = op.apply(kind, value.trim(), &canon, &mut token) {
                // The vault key of an e-mail token is the part before `@`.
                if kind == Kind::Email && matches!(c.operator, OperatorSpec::Pseudonym { .. }) {
                    if let Some(at) = token.find('@') {
                        token.truncate(at);
                    }
                }
                out.insert(Pseudonym {
                    domain: c.domain.clone(),
                    category: c.name.clone(),
                    value: token,
                    reversible: c.reversible,
                });
            }
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Engine;
    use crate::rules::Source;

    #[test]
    fn a_subject_finds_the_token_the_pipeline_wrote_however_the_number_was_spelt() {
        let keyring = Keyring::generate().unwrap();
        let pack = Source::Embedded.load("asterisk-cdr").unwrap();
        let row = b"\"\",\"070-174 06 83\",\"1177\",\"c\",\"\",\"\",\"\",\"Dial\",\"\",\"2026-01-01 00:00:00\",\"\",\"2026-01-01 00:00:01\",1,0,\"NO ANSWER\",\"DOCUMENTATION\"";
        let mut out = Vec::new();
        Engine::new(pack.clone(), &keyring)
            .unwrap()
            .worker()
            .process(row, &mut out)
            .unwrap();
        let out = String::from_utf8(out).unwrap();
        let written = out.split(',').nth(1).unwrap().trim_matches('"').to_string();
        let found = pseudonyms(Kind::Phone, "+46701740683", &[pack], &keyring);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, written);
        assert_eq!(found[0].category, "phone");
    }

    #[test]
    fn kinds_parse() {
        assert_eq!(parse_kind("ip", "192.0.2.1"), Some(Kind::Ipv4));
        assert_eq!(parse_kind("ip", "2001:db8::1"), Some(Kind::Ipv6));
        assert_eq!(parse_kind("name", "Karin"), Some(Kind::PersonName));
        assert_eq!(parse_kind("phone", "x"), Some(Kind::Phone));
        assert_eq!(parse_kind("shoe", "x"), None);
    }
}
