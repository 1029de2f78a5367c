//! The keys the packs need: what each category's key is for, the schedule
//! of all of them, and the conflicts between packs.

use super::error::RuleError;
use super::pack::{Category, OperatorSpec, Pack};
use crate::keys::{KeyUse, Sched};

/// What a category's key is for, if its operator is keyed: the pseudonyms
/// of its (domain, category), or the IP encryption of its domain.
pub fn key_use(c: &Category) -> Option<KeyUse> {
    match c.operator {
        OperatorSpec::Pseudonym { .. } => Some(KeyUse::Pseudonym {
            domain: c.domain.clone(),
            category: c.name.clone(),
        }),
        OperatorSpec::IpPrefix => Some(KeyUse::IpCrypt {
            domain: c.domain.clone(),
        }),
        _ => None,
    }
}

/// The epoch schedule of `packs`: every keyed use with an `epoch`, its
/// length and the shortest retention any pack gives it, in days. Packs that
/// disagree on a use's epoch are refused by [`check_schedule`].
pub fn schedule(packs: &[Pack]) -> Vec<Sched> {
    let mut out: Vec<Sched> = Vec::new();
    for c in packs.iter().flat_map(|p| p.categories.iter()) {
        let (Some(usage), Some(length), Some(r)) = (key_use(c), c.epoch, c.retention) else {
            continue;
        };
        let retention = r.as_secs() / 86_400;
        match out.iter_mut().find(|s| s.usage == usage) {
            Some(s) => s.retention = s.retention.min(retention),
            None => out.push(Sched {
                usage,
                length,
                retention,
            }),
        }
    }
    out.sort();
    out
}

/// Every keyed use must have one epoch in all packs (or none in all): two
/// epochs would give one value two tokens in one domain, and an epoch in
/// one pack only would leave that use's keys with the master secret in the
/// other. IPv4 and IPv6 of a domain share one IP key, so one epoch too.
pub fn check_schedule(packs: &[Pack]) -> Vec<RuleError> {
    let mut seen: Vec<(KeyUse, Option<u64>, &str, &str)> = Vec::new();
    let mut errors = Vec::new();
    for p in packs {
        for c in &p.categories {
            let Some(usage) = key_use(c) else { continue };
            match seen.iter().find(|(u, ..)| *u == usage) {
                Some((_, epoch, file, name)) if *epoch != c.epoch => {
                    let show = |e: Option<u64>| e.map_or("none".to_string(), |d| format!("{d}d"));
                    errors.push(RuleError {
                        file: p.file.clone(),
                        line: None,
                        rule: format!("categories.{}", c.name),
                        message: format!(
                            "epoch {} differs from {} in {file} (categories.{name}): every pack must give {usage} the same epoch",
                            show(c.epoch),
                            show(*epoch)
                        ),
                    });
                }
                Some(_) => {}
                None => seen.push((usage, c.epoch, &p.file, &c.name)),
            }
        }
    }
    errors
}
