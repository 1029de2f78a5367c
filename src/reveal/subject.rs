//! Data subjects: every pseudonym one person's value has, for access and
//! erasure requests.
//!
//! The value is normalised exactly as the pipeline normalises it, then run
//! through every configured (domain, category) operator, so the result is
//! the token the SIEM holds: for a category with epoch keys, one token per
//! live epoch the keyring holds (a person's tokens differ between epochs),
//! and the legacy token of the master secret, which the SIEM may still hold
//! from before the category had epochs.

use std::collections::BTreeSet;

use crate::detect::{self, Kind, Normalize};
use crate::keys::Keyring;
use crate::ops::{Applied, Operator};
use crate::pipeline::engine::{build_operator, operator_with_key};
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
    /// The epoch it belongs to: its start day and length in days; `None`
    /// for a legacy pseudonym (the master secret's, no epoch). Sorted
    /// before the value: legacy first, then the epochs in order.
    pub epoch: Option<(u64, u64)>,
    /// What the SIEM holds: a token (`ph_...`), or an encrypted IP address.
    pub value: String,
    /// Whether it is a vault token (reversible category).
    pub reversible: bool,
}

/// Every pseudonym of `value` (of `kind`) across `packs` on `today` (a day
/// number), sorted: per (domain, category), the legacy one and one per
/// live epoch the keyring holds.
pub fn pseudonyms(
    kind: Kind,
    value: &str,
    packs: &[Pack],
    keyring: &Keyring,
    today: u64,
) -> Vec<Pseudonym> {
    let schedule = crate::rules::schedule(packs);
    let mut out = BTreeSet::new();
    for pack in packs {
        for c in pack.categories.iter().filter(|c| c.kind == kind) {
            if !matches!(
                c.operator,
                OperatorSpec::Pseudonym { .. } | OperatorSpec::IpPrefix
            ) {
                continue;
            }
            let mut ops: Vec<(Operator, Option<(u64, u64)>)> = Vec::new();
            if let Ok(op) = build_operator(c, keyring) {
                ops.push((op, None));
            }
            let usage = crate::rules::key_use(c);
            let sched = schedule.iter().find(|s| Some(&s.usage) == usage.as_ref());
            if let (Some(sched), Some(epochs)) = (sched, keyring.epochs()) {
                for (start, key) in epochs.live(sched, today) {
                    if let Ok(op) = operator_with_key(c, &key, Some(start)) {
                        ops.push((op, Some((start, sched.length))));
                    }
                }
            }
            let opts = Normalize {
                casefold_username: c.casefold,
            };
            let mut canon = String::new();
            if !detect::normalize(kind, value, &opts, &mut canon) {
                canon = value.trim().to_string();
            }
            for (op, epoch) in ops {
                let mut token = String::new();
                if let Ok(Applied::Replaced) = op.apply(kind, value.trim(), &canon, &mut token) {
                    // The vault key of an e-mail token is the part before `@`.
                    if kind == Kind::Email && matches!(c.operator, OperatorSpec::Pseudonym { .. }) {
                        token.truncate(crate::ops::vault_token(kind, &token).len());
                    }
                    out.insert(Pseudonym {
                        domain: c.domain.clone(),
                        category: c.name.clone(),
                        value: token,
                        reversible: c.reversible,
                        epoch,
                    });
                }
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
        let found = pseudonyms(
            Kind::Phone,
            "+46701740683",
            &[pack],
            &keyring,
            crate::keys::today(),
        );
        // The current epoch's token, and the legacy one.
        assert_eq!(found.len(), 2, "{found:?}");
        let current = found.iter().find(|p| p.epoch.is_some()).unwrap();
        assert_eq!(current.value, written);
        assert_eq!(current.category, "phone");
        let legacy = found.iter().find(|p| p.epoch.is_none()).unwrap();
        assert_eq!(crate::ops::token_epoch(&legacy.value), None);
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
